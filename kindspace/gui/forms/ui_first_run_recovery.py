"""Generated from ui/first_run_recovery.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

from kindspace.gui.recovery_sheet import RecoveryKeyPanel

class Ui_FirstRunRecovery(object):
    def setupUi(self, FirstRunRecovery: Any) -> None:
        if not FirstRunRecovery.objectName():
            FirstRunRecovery.setObjectName(u"FirstRunRecovery")
        FirstRunRecovery.resize(600, 420)
        self.recoveryLayout = QVBoxLayout(FirstRunRecovery)
        self.recoveryLayout.setSpacing(12)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.created = QLabel(FirstRunRecovery)
        self.created.setObjectName(u"created")
        self.created.setWordWrap(True)

        self.recoveryLayout.addWidget(self.created)

        self.whatFor = QLabel(FirstRunRecovery)
        self.whatFor.setObjectName(u"whatFor")
        self.whatFor.setWordWrap(True)

        self.recoveryLayout.addWidget(self.whatFor)

        self.keyPanel = RecoveryKeyPanel(FirstRunRecovery)
        self.keyPanel.setObjectName(u"keyPanel")

        self.recoveryLayout.addWidget(self.keyPanel)

        self.keptIt = QCheckBox(FirstRunRecovery)
        self.keptIt.setObjectName(u"keptIt")

        self.recoveryLayout.addWidget(self.keptIt)

        self.seeItLater = QLabel(FirstRunRecovery)
        self.seeItLater.setObjectName(u"seeItLater")
        self.seeItLater.setWordWrap(True)

        self.recoveryLayout.addWidget(self.seeItLater)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)


        self.retranslateUi(FirstRunRecovery)

        QMetaObject.connectSlotsByName(FirstRunRecovery)
    # setupUi

    def retranslateUi(self, FirstRunRecovery: Any) -> None:
        FirstRunRecovery.setTitle(QCoreApplication.translate("FirstRunRecovery", u"Your recovery key", None))
        self.created.setText(QCoreApplication.translate("FirstRunRecovery", u"Your journal has been created, and it is encrypted.", None))
        self.whatFor.setText(QCoreApplication.translate("FirstRunRecovery", u"This recovery key opens your journal if you ever forget your passphrase or your keyring is reset. Please write it down, print it or save it, and keep it somewhere safe and private.", None))
        self.keptIt.setText(QCoreApplication.translate("FirstRunRecovery", u"I have &written it down or saved it", None))
        self.keptIt.setAccessibleName(QCoreApplication.translate("FirstRunRecovery", u"I have written it down or saved it", None))
        self.seeItLater.setText(QCoreApplication.translate("FirstRunRecovery", u"You can see it again later in Settings.", None))
    # retranslateUi
