"""Generated from ui/settings_unlock.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

from kindspace.gui.recovery_sheet import RecoveryKeyPanel

class Ui_UnlockSettings(object):
    def setupUi(self, UnlockSettings: Any) -> None:
        if not UnlockSettings.objectName():
            UnlockSettings.setObjectName(u"UnlockSettings")
        UnlockSettings.resize(540, 900)
        self.outerLayout = QVBoxLayout(UnlockSettings)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(UnlockSettings)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(10)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 8, 0)
        self.heading = QLabel(self.content)
        self.heading.setObjectName(u"heading")

        self.contentLayout.addWidget(self.heading)

        self.openHeading = QLabel(self.content)
        self.openHeading.setObjectName(u"openHeading")

        self.contentLayout.addWidget(self.openHeading)

        self.keyringChoice = QRadioButton(self.content)
        self.keyringChoice.setObjectName(u"keyringChoice")

        self.contentLayout.addWidget(self.keyringChoice)

        self.passphraseChoice = QRadioButton(self.content)
        self.passphraseChoice.setObjectName(u"passphraseChoice")

        self.contentLayout.addWidget(self.passphraseChoice)

        self.openHint = QLabel(self.content)
        self.openHint.setObjectName(u"openHint")
        self.openHint.setText(u"")
        self.openHint.setWordWrap(True)

        self.contentLayout.addWidget(self.openHint)

        self.line1 = QFrame(self.content)
        self.line1.setObjectName(u"line1")
        self.line1.setFrameShape(QFrame.Shape.HLine)
        self.line1.setFrameShadow(QFrame.Shadow.Sunken)

        self.contentLayout.addWidget(self.line1)

        self.passphraseHeading = QLabel(self.content)
        self.passphraseHeading.setObjectName(u"passphraseHeading")

        self.contentLayout.addWidget(self.passphraseHeading)

        self.passphraseGrid = QGridLayout()
        self.passphraseGrid.setObjectName(u"passphraseGrid")
        self.passphraseGrid.setHorizontalSpacing(8)
        self.passphraseGrid.setVerticalSpacing(4)
        self.currentLabel = QLabel(self.content)
        self.currentLabel.setObjectName(u"currentLabel")

        self.passphraseGrid.addWidget(self.currentLabel, 0, 0, 1, 1)

        self.currentField = QLineEdit(self.content)
        self.currentField.setObjectName(u"currentField")
        self.currentField.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseGrid.addWidget(self.currentField, 0, 1, 1, 1)

        self.newLabel = QLabel(self.content)
        self.newLabel.setObjectName(u"newLabel")

        self.passphraseGrid.addWidget(self.newLabel, 1, 0, 1, 1)

        self.newField = QLineEdit(self.content)
        self.newField.setObjectName(u"newField")
        self.newField.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseGrid.addWidget(self.newField, 1, 1, 1, 1)

        self.showPassphrase = QToolButton(self.content)
        self.showPassphrase.setObjectName(u"showPassphrase")
        self.showPassphrase.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.passphraseGrid.addWidget(self.showPassphrase, 1, 2, 1, 1)

        self.strengthHint = QLabel(self.content)
        self.strengthHint.setObjectName(u"strengthHint")
        self.strengthHint.setText(u"")
        self.strengthHint.setWordWrap(True)

        self.passphraseGrid.addWidget(self.strengthHint, 2, 1, 1, 2)

        self.confirmLabel = QLabel(self.content)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passphraseGrid.addWidget(self.confirmLabel, 3, 0, 1, 1)

        self.confirmField = QLineEdit(self.content)
        self.confirmField.setObjectName(u"confirmField")
        self.confirmField.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseGrid.addWidget(self.confirmField, 3, 1, 1, 1)

        self.matchHint = QLabel(self.content)
        self.matchHint.setObjectName(u"matchHint")
        self.matchHint.setText(u"")
        self.matchHint.setWordWrap(True)

        self.passphraseGrid.addWidget(self.matchHint, 4, 1, 1, 2)


        self.contentLayout.addLayout(self.passphraseGrid)

        self.passphraseActions = QHBoxLayout()
        self.passphraseActions.setObjectName(u"passphraseActions")
        self.passphraseStatus = QLabel(self.content)
        self.passphraseStatus.setObjectName(u"passphraseStatus")
        self.passphraseStatus.setText(u"")
        self.passphraseStatus.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.passphraseStatus.sizePolicy().hasHeightForWidth())
        self.passphraseStatus.setSizePolicy(sizePolicy)

        self.passphraseActions.addWidget(self.passphraseStatus)

        self.passphraseActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passphraseActions.addItem(self.passphraseActionsSpacer)

        self.changePassphraseButton = QPushButton(self.content)
        self.changePassphraseButton.setObjectName(u"changePassphraseButton")

        self.passphraseActions.addWidget(self.changePassphraseButton)

        self.passphraseActions.setStretch(0, 1)

        self.contentLayout.addLayout(self.passphraseActions)

        self.line2 = QFrame(self.content)
        self.line2.setObjectName(u"line2")
        self.line2.setFrameShape(QFrame.Shape.HLine)
        self.line2.setFrameShadow(QFrame.Shadow.Sunken)

        self.contentLayout.addWidget(self.line2)

        self.recoveryHeading = QLabel(self.content)
        self.recoveryHeading.setObjectName(u"recoveryHeading")

        self.contentLayout.addWidget(self.recoveryHeading)

        self.recoveryIntro = QLabel(self.content)
        self.recoveryIntro.setObjectName(u"recoveryIntro")
        self.recoveryIntro.setWordWrap(True)

        self.contentLayout.addWidget(self.recoveryIntro)

        self.askArea = QWidget(self.content)
        self.askArea.setObjectName(u"askArea")
        self.askRow = QGridLayout(self.askArea)
        self.askRow.setObjectName(u"askRow")
        self.askRow.setHorizontalSpacing(8)
        self.askRow.setVerticalSpacing(8)
        self.askRow.setContentsMargins(0, 0, 0, 0)
        self.privateScreen = QCheckBox(self.askArea)
        self.privateScreen.setObjectName(u"privateScreen")

        self.askRow.addWidget(self.privateScreen, 0, 0, 1, 3)

        self.askLabel = QLabel(self.askArea)
        self.askLabel.setObjectName(u"askLabel")

        self.askRow.addWidget(self.askLabel, 1, 0, 1, 1)

        self.askField = QLineEdit(self.askArea)
        self.askField.setObjectName(u"askField")
        self.askField.setEchoMode(QLineEdit.EchoMode.Password)

        self.askRow.addWidget(self.askField, 1, 1, 1, 1)

        self.showRecoveryButton = QPushButton(self.askArea)
        self.showRecoveryButton.setObjectName(u"showRecoveryButton")

        self.askRow.addWidget(self.showRecoveryButton, 1, 2, 1, 1)

        self.askRow.setColumnStretch(1, 1)

        self.contentLayout.addWidget(self.askArea)

        self.shownArea = QWidget(self.content)
        self.shownArea.setObjectName(u"shownArea")
        self.shownLayout = QVBoxLayout(self.shownArea)
        self.shownLayout.setSpacing(8)
        self.shownLayout.setObjectName(u"shownLayout")
        self.shownLayout.setContentsMargins(0, 0, 0, 0)
        self.recoveryPanel = RecoveryKeyPanel(self.shownArea)
        self.recoveryPanel.setObjectName(u"recoveryPanel")

        self.shownLayout.addWidget(self.recoveryPanel)

        self.newKeyText = QLabel(self.shownArea)
        self.newKeyText.setObjectName(u"newKeyText")
        self.newKeyText.setText(u"")
        self.newKeyText.setWordWrap(True)

        self.shownLayout.addWidget(self.newKeyText)

        self.shownActions = QHBoxLayout()
        self.shownActions.setSpacing(8)
        self.shownActions.setObjectName(u"shownActions")
        self.newRecoveryKeyButton = QPushButton(self.shownArea)
        self.newRecoveryKeyButton.setObjectName(u"newRecoveryKeyButton")

        self.shownActions.addWidget(self.newRecoveryKeyButton)

        self.shownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shownActions.addItem(self.shownSpacer)

        self.hideRecoveryButton = QPushButton(self.shownArea)
        self.hideRecoveryButton.setObjectName(u"hideRecoveryButton")

        self.shownActions.addWidget(self.hideRecoveryButton)


        self.shownLayout.addLayout(self.shownActions)


        self.contentLayout.addWidget(self.shownArea)

        self.recoveryStatus = QLabel(self.content)
        self.recoveryStatus.setObjectName(u"recoveryStatus")
        self.recoveryStatus.setText(u"")
        self.recoveryStatus.setWordWrap(True)

        self.contentLayout.addWidget(self.recoveryStatus)

        self.line3 = QFrame(self.content)
        self.line3.setObjectName(u"line3")
        self.line3.setFrameShape(QFrame.Shape.HLine)
        self.line3.setFrameShadow(QFrame.Shadow.Sunken)

        self.contentLayout.addWidget(self.line3)

        self.autoLockHeading = QLabel(self.content)
        self.autoLockHeading.setObjectName(u"autoLockHeading")

        self.contentLayout.addWidget(self.autoLockHeading)

        self.autoLockRow = QHBoxLayout()
        self.autoLockRow.setSpacing(8)
        self.autoLockRow.setObjectName(u"autoLockRow")
        self.autoLockLabel = QLabel(self.content)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.autoLockRow.addWidget(self.autoLockLabel)

        self.autoLockChoice = QComboBox(self.content)
        self.autoLockChoice.setObjectName(u"autoLockChoice")

        self.autoLockRow.addWidget(self.autoLockChoice)

        self.autoLockSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.autoLockRow.addItem(self.autoLockSpacer)


        self.contentLayout.addLayout(self.autoLockRow)

        self.autoLockHint = QLabel(self.content)
        self.autoLockHint.setObjectName(u"autoLockHint")
        self.autoLockHint.setText(u"")
        self.autoLockHint.setWordWrap(True)

        self.contentLayout.addWidget(self.autoLockHint)

        self.contentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.contentSpacer)

        self.scroll.setWidget(self.content)

        self.outerLayout.addWidget(self.scroll)

        self.currentLabel.setBuddy(self.currentField)
        self.newLabel.setBuddy(self.newField)
        self.confirmLabel.setBuddy(self.confirmField)
        self.askLabel.setBuddy(self.askField)
        self.autoLockLabel.setBuddy(self.autoLockChoice)
        QWidget.setTabOrder(self.keyringChoice, self.passphraseChoice)
        QWidget.setTabOrder(self.passphraseChoice, self.currentField)
        QWidget.setTabOrder(self.currentField, self.newField)
        QWidget.setTabOrder(self.newField, self.showPassphrase)
        QWidget.setTabOrder(self.showPassphrase, self.confirmField)
        QWidget.setTabOrder(self.confirmField, self.changePassphraseButton)
        QWidget.setTabOrder(self.changePassphraseButton, self.askField)
        QWidget.setTabOrder(self.askField, self.privateScreen)
        QWidget.setTabOrder(self.privateScreen, self.showRecoveryButton)
        QWidget.setTabOrder(self.showRecoveryButton, self.newRecoveryKeyButton)
        QWidget.setTabOrder(self.newRecoveryKeyButton, self.hideRecoveryButton)
        QWidget.setTabOrder(self.hideRecoveryButton, self.autoLockChoice)

        self.retranslateUi(UnlockSettings)

        QMetaObject.connectSlotsByName(UnlockSettings)
    # setupUi

    def retranslateUi(self, UnlockSettings: Any) -> None:
        UnlockSettings.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Unlock", None))
        self.heading.setText(QCoreApplication.translate("UnlockSettings", u"Unlock", None))
        self.openHeading.setText(QCoreApplication.translate("UnlockSettings", u"How the journal opens", None))
        self.keyringChoice.setText(QCoreApplication.translate("UnlockSettings", u"Open &automatically while I'm logged in (system keyring)", None))
        self.keyringChoice.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Open automatically while I'm logged in", None))
        self.passphraseChoice.setText(QCoreApplication.translate("UnlockSettings", u"Ask for my &passphrase each time", None))
        self.passphraseChoice.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Ask for my passphrase each time", None))
        self.openHint.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"About how the journal opens", None))
        self.passphraseHeading.setText(QCoreApplication.translate("UnlockSettings", u"Passphrase", None))
        self.currentLabel.setText(QCoreApplication.translate("UnlockSettings", u"C&urrent passphrase", None))
        self.currentField.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Current passphrase", None))
        self.newLabel.setText(QCoreApplication.translate("UnlockSettings", u"&New passphrase", None))
        self.newField.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"New passphrase", None))
        self.showPassphrase.setText(QCoreApplication.translate("UnlockSettings", u"Show", None))
        self.showPassphrase.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Show the passphrase", None))
        self.strengthHint.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Passphrase hint", None))
        self.confirmLabel.setText(QCoreApplication.translate("UnlockSettings", u"Type it a&gain", None))
        self.confirmField.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"The new passphrase again", None))
        self.matchHint.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Whether the passphrases match", None))
        self.passphraseStatus.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Message about the passphrase", None))
        self.changePassphraseButton.setText(QCoreApplication.translate("UnlockSettings", u"&Change passphrase", None))
        self.changePassphraseButton.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Change passphrase", None))
        self.recoveryHeading.setText(QCoreApplication.translate("UnlockSettings", u"Recovery key", None))
        self.recoveryIntro.setText(QCoreApplication.translate("UnlockSettings", u"Your recovery key opens the journal if the passphrase or the keyring is ever lost. To keep it private, kindspace asks before showing it.", None))
        self.privateScreen.setText(QCoreApplication.translate("UnlockSettings", u"No one else can see my screen right now", None))
        self.privateScreen.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"No one else can see my screen right now", None))
        self.askLabel.setText(QCoreApplication.translate("UnlockSettings", u"Passphrase", None))
        self.askField.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Your passphrase, to show the recovery key", None))
        self.showRecoveryButton.setText(QCoreApplication.translate("UnlockSettings", u"Show &recovery key", None))
        self.showRecoveryButton.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Show the recovery key", None))
        self.newRecoveryKeyButton.setText(QCoreApplication.translate("UnlockSettings", u"Make a ne&w recovery key\u2026", None))
        self.newRecoveryKeyButton.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Make a new recovery key", None))
        self.hideRecoveryButton.setText(QCoreApplication.translate("UnlockSettings", u"&Hide", None))
        self.hideRecoveryButton.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Hide the recovery key", None))
        self.recoveryStatus.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Message about the recovery key", None))
        self.autoLockHeading.setText(QCoreApplication.translate("UnlockSettings", u"Auto-lock", None))
        self.autoLockLabel.setText(QCoreApplication.translate("UnlockSettings", u"&Lock the journal after", None))
        self.autoLockChoice.setAccessibleName(QCoreApplication.translate("UnlockSettings", u"Lock the journal after this long without use", None))
    # retranslateUi
