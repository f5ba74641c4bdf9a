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
    QVBoxLayout, QWidget)

class Ui_SupportView(object):
    def setupUi(self, SupportView: Any) -> None:
        if not SupportView.objectName():
            SupportView.setObjectName(u"SupportView")
        SupportView.resize(720, 700)
        self.supportLayout = QVBoxLayout(SupportView)
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportLayout.setContentsMargins(24, 16, 24, 16)
        self.supportTitle = QLabel(SupportView)
        self.supportTitle.setObjectName(u"supportTitle")

        self.supportLayout.addWidget(self.supportTitle)

        self.supportScroll = QScrollArea(SupportView)
        self.supportScroll.setObjectName(u"supportScroll")
        self.supportScroll.setWidgetResizable(True)
        self.supportScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sectionsArea = QWidget()
        self.sectionsArea.setObjectName(u"sectionsArea")
        self.sectionsLayout = QVBoxLayout(self.sectionsArea)
        self.sectionsLayout.setSpacing(10)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.supportScroll.setWidget(self.sectionsArea)

        self.supportLayout.addWidget(self.supportScroll)

        self.supportButtons = QHBoxLayout()
        self.supportButtons.setObjectName(u"supportButtons")
        self.supportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.supportButtons.addItem(self.supportSpacer)

        self.closeSupport = QPushButton(SupportView)
        self.closeSupport.setObjectName(u"closeSupport")

        self.supportButtons.addWidget(self.closeSupport)


        self.supportLayout.addLayout(self.supportButtons)


        self.retranslateUi(SupportView)

        QMetaObject.connectSlotsByName(SupportView)
    # setupUi

    def retranslateUi(self, SupportView: Any) -> None:
        self.supportTitle.setText(QCoreApplication.translate("SupportView", u"Support", None))
        self.closeSupport.setText(QCoreApplication.translate("SupportView", u"Back to &Today", None))
        self.closeSupport.setAccessibleName(QCoreApplication.translate("SupportView", u"Back to Today", None))
        pass
    # retranslateUi
