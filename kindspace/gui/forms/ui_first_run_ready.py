"""Generated from ui/first_run_ready.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_FirstRunReady(object):
    def setupUi(self, FirstRunReady: Any) -> None:
        if not FirstRunReady.objectName():
            FirstRunReady.setObjectName(u"FirstRunReady")
        FirstRunReady.resize(600, 400)
        self.readyLayout = QVBoxLayout(FirstRunReady)
        self.readyLayout.setSpacing(14)
        self.readyLayout.setObjectName(u"readyLayout")
        self.yours = QLabel(FirstRunReady)
        self.yours.setObjectName(u"yours")
        self.yours.setWordWrap(True)

        self.readyLayout.addWidget(self.yours)

        self.noPressure = QLabel(FirstRunReady)
        self.noPressure.setObjectName(u"noPressure")
        self.noPressure.setWordWrap(True)

        self.readyLayout.addWidget(self.noPressure)

        self.beGentle = QLabel(FirstRunReady)
        self.beGentle.setObjectName(u"beGentle")
        self.beGentle.setWordWrap(True)

        self.readyLayout.addWidget(self.beGentle)

        self.readySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.readyLayout.addItem(self.readySpacer)


        self.retranslateUi(FirstRunReady)

        QMetaObject.connectSlotsByName(FirstRunReady)
    # setupUi

    def retranslateUi(self, FirstRunReady: Any) -> None:
        FirstRunReady.setTitle(QCoreApplication.translate("FirstRunReady", u"You're ready", None))
        self.yours.setText(QCoreApplication.translate("FirstRunReady", u"Your journal is ready, and it's yours alone.", None))
        self.noPressure.setText(QCoreApplication.translate("FirstRunReady", u"There's nothing you have to do every day. Come back whenever it helps: try a short exercise, or write a few words about how you are.", None))
        self.beGentle.setText(QCoreApplication.translate("FirstRunReady", u"Be gentle with yourself.", None))
    # retranslateUi
