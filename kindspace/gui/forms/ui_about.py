"""Generated from ui/about.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog: Any) -> None:
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 520)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.appName = QLabel(AboutDialog)
        self.appName.setObjectName(u"appName")

        self.aboutLayout.addWidget(self.appName)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")

        self.aboutLayout.addWidget(self.version)

        self.credits = QTextBrowser(AboutDialog)
        self.credits.setObjectName(u"credits")
        self.credits.setOpenLinks(False)

        self.aboutLayout.addWidget(self.credits)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog: Any) -> None:
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About kindspace", None))
        self.appName.setText(QCoreApplication.translate("AboutDialog", u"kindspace", None))
        self.version.setText("")
        self.credits.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Credits", None))
    # retranslateUi
