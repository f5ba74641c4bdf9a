"""Generated from ui/support.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_SupportView(object):
    def setupUi(self, SupportView: Any) -> None:
        if not SupportView.objectName():
            SupportView.setObjectName(u"SupportView")
        SupportView.resize(720, 700)
        self.supportOuterLayout = QVBoxLayout(SupportView)
        self.supportOuterLayout.setObjectName(u"supportOuterLayout")
        self.supportOuterLayout.setContentsMargins(0, 0, 0, 0)
        self.supportPages = QStackedWidget(SupportView)
        self.supportPages.setObjectName(u"supportPages")
        self.mainPage = QWidget()
        self.mainPage.setObjectName(u"mainPage")
        self.supportLayout = QVBoxLayout(self.mainPage)
        self.supportLayout.setSpacing(6)
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportLayout.setContentsMargins(24, 12, 24, 12)
        self.supportTitle = QLabel(self.mainPage)
        self.supportTitle.setObjectName(u"supportTitle")

        self.supportLayout.addWidget(self.supportTitle)

        self.supportScroll = QScrollArea(self.mainPage)
        self.supportScroll.setObjectName(u"supportScroll")
        self.supportScroll.setWidgetResizable(True)
        self.supportScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sectionsArea = QWidget()
        self.sectionsArea.setObjectName(u"sectionsArea")
        self.sectionsLayout = QVBoxLayout(self.sectionsArea)
        self.sectionsLayout.setSpacing(8)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, -1, -1)
        self.supportScroll.setWidget(self.sectionsArea)

        self.supportLayout.addWidget(self.supportScroll)

        self.supportButtons = QHBoxLayout()
        self.supportButtons.setObjectName(u"supportButtons")
        self.groundMe = QPushButton(self.mainPage)
        self.groundMe.setObjectName(u"groundMe")

        self.supportButtons.addWidget(self.groundMe)

        self.supportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.supportButtons.addItem(self.supportSpacer)

        self.closeSupport = QPushButton(self.mainPage)
        self.closeSupport.setObjectName(u"closeSupport")

        self.supportButtons.addWidget(self.closeSupport)


        self.supportLayout.addLayout(self.supportButtons)

        self.supportPages.addWidget(self.mainPage)
        self.groundingPage = QWidget()
        self.groundingPage.setObjectName(u"groundingPage")
        self.groundingLayout = QVBoxLayout(self.groundingPage)
        self.groundingLayout.setObjectName(u"groundingLayout")
        self.groundingLayout.setContentsMargins(24, 12, 24, 12)
        self.groundingScroll = QScrollArea(self.groundingPage)
        self.groundingScroll.setObjectName(u"groundingScroll")
        self.groundingScroll.setWidgetResizable(True)
        self.groundingScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.groundingContent = QWidget()
        self.groundingContent.setObjectName(u"groundingContent")
        self.groundingPanelLayout = QVBoxLayout(self.groundingContent)
        self.groundingPanelLayout.setObjectName(u"groundingPanelLayout")
        self.groundingPanelLayout.setContentsMargins(0, 0, -1, -1)
        self.groundingScroll.setWidget(self.groundingContent)

        self.groundingLayout.addWidget(self.groundingScroll)

        self.groundingButtons = QHBoxLayout()
        self.groundingButtons.setObjectName(u"groundingButtons")
        self.groundingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groundingButtons.addItem(self.groundingSpacer)

        self.backToSupport = QPushButton(self.groundingPage)
        self.backToSupport.setObjectName(u"backToSupport")

        self.groundingButtons.addWidget(self.backToSupport)


        self.groundingLayout.addLayout(self.groundingButtons)

        self.supportPages.addWidget(self.groundingPage)

        self.supportOuterLayout.addWidget(self.supportPages)

        QWidget.setTabOrder(self.supportScroll, self.groundMe)
        QWidget.setTabOrder(self.groundMe, self.closeSupport)

        self.retranslateUi(SupportView)

        QMetaObject.connectSlotsByName(SupportView)
    # setupUi

    def retranslateUi(self, SupportView: Any) -> None:
        self.supportTitle.setText(QCoreApplication.translate("SupportView", u"Support", None))
        self.supportScroll.setAccessibleName(QCoreApplication.translate("SupportView", u"Support page", None))
        self.groundMe.setText(QCoreApplication.translate("SupportView", u"Breathe and &ground yourself", None))
        self.groundMe.setAccessibleName(QCoreApplication.translate("SupportView", u"Breathe and ground yourself", None))
        self.closeSupport.setText(QCoreApplication.translate("SupportView", u"Back to &Today", None))
        self.closeSupport.setAccessibleName(QCoreApplication.translate("SupportView", u"Back to Today", None))
        self.backToSupport.setText(QCoreApplication.translate("SupportView", u"&Back to support", None))
        self.backToSupport.setAccessibleName(QCoreApplication.translate("SupportView", u"Back to support", None))
        pass
    # retranslateUi
