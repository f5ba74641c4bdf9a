"""Generated from ui/first_run_protection.ui by scripts/compile_forms.py: do not edit by hand."""

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

class Ui_FirstRunProtection(object):
    def setupUi(self, FirstRunProtection: Any) -> None:
        if not FirstRunProtection.objectName():
            FirstRunProtection.setObjectName(u"FirstRunProtection")
        FirstRunProtection.resize(600, 400)
        self.protectionLayout = QVBoxLayout(FirstRunProtection)
        self.protectionLayout.setSpacing(14)
        self.protectionLayout.setObjectName(u"protectionLayout")
        self.encrypted = QLabel(FirstRunProtection)
        self.encrypted.setObjectName(u"encrypted")
        self.encrypted.setWordWrap(True)

        self.protectionLayout.addWidget(self.encrypted)

        self.theKey = QLabel(FirstRunProtection)
        self.theKey.setObjectName(u"theKey")
        self.theKey.setWordWrap(True)

        self.protectionLayout.addWidget(self.theKey)

        self.recovery = QLabel(FirstRunProtection)
        self.recovery.setObjectName(u"recovery")
        self.recovery.setWordWrap(True)

        self.protectionLayout.addWidget(self.recovery)

        self.protectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.protectionLayout.addItem(self.protectionSpacer)


        self.retranslateUi(FirstRunProtection)

        QMetaObject.connectSlotsByName(FirstRunProtection)
    # setupUi

    def retranslateUi(self, FirstRunProtection: Any) -> None:
        FirstRunProtection.setTitle(QCoreApplication.translate("FirstRunProtection", u"How your journal is protected", None))
        self.encrypted.setText(QCoreApplication.translate("FirstRunProtection", u"Your journal is encrypted on this computer. Without its key the journal file can't be read, even by someone who copies it.", None))
        self.theKey.setText(QCoreApplication.translate("FirstRunProtection", u"The key can wait in your system keyring, so the journal opens by itself while you're logged in. Or you can choose a passphrase to type each time you open it.", None))
        self.recovery.setText(QCoreApplication.translate("FirstRunProtection", u"You'll also get a recovery key: a short code to write down or print. It opens the journal if the other ways are ever lost.", None))
    # retranslateUi
