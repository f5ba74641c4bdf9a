"""Generated from ui/first_run_unlock.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget, QWizardPage)

class Ui_FirstRunUnlock(object):
    def setupUi(self, FirstRunUnlock: Any) -> None:
        if not FirstRunUnlock.objectName():
            FirstRunUnlock.setObjectName(u"FirstRunUnlock")
        FirstRunUnlock.resize(600, 480)
        self.unlockLayout = QVBoxLayout(FirstRunUnlock)
        self.unlockLayout.setSpacing(8)
        self.unlockLayout.setObjectName(u"unlockLayout")
        self.noKeyringNote = QLabel(FirstRunUnlock)
        self.noKeyringNote.setObjectName(u"noKeyringNote")
        self.noKeyringNote.setWordWrap(True)

        self.unlockLayout.addWidget(self.noKeyringNote)

        self.keyringChoice = QRadioButton(FirstRunUnlock)
        self.keyringChoice.setObjectName(u"keyringChoice")
        self.keyringChoice.setChecked(True)

        self.unlockLayout.addWidget(self.keyringChoice)

        self.keyringExplanation = QLabel(FirstRunUnlock)
        self.keyringExplanation.setObjectName(u"keyringExplanation")
        self.keyringExplanation.setWordWrap(True)
        self.keyringExplanation.setIndent(24)

        self.unlockLayout.addWidget(self.keyringExplanation)

        self.keyringExtras = QWidget(FirstRunUnlock)
        self.keyringExtras.setObjectName(u"keyringExtras")
        self.keyringExtrasLayout = QVBoxLayout(self.keyringExtras)
        self.keyringExtrasLayout.setObjectName(u"keyringExtrasLayout")
        self.keyringExtrasLayout.setContentsMargins(22, 0, 0, 6)
        self.alsoPassphrase = QCheckBox(self.keyringExtras)
        self.alsoPassphrase.setObjectName(u"alsoPassphrase")

        self.keyringExtrasLayout.addWidget(self.alsoPassphrase)


        self.unlockLayout.addWidget(self.keyringExtras)

        self.passphraseChoice = QRadioButton(FirstRunUnlock)
        self.passphraseChoice.setObjectName(u"passphraseChoice")

        self.unlockLayout.addWidget(self.passphraseChoice)

        self.passphraseExplanation = QLabel(FirstRunUnlock)
        self.passphraseExplanation.setObjectName(u"passphraseExplanation")
        self.passphraseExplanation.setWordWrap(True)
        self.passphraseExplanation.setIndent(24)

        self.unlockLayout.addWidget(self.passphraseExplanation)

        self.passphraseArea = QWidget(FirstRunUnlock)
        self.passphraseArea.setObjectName(u"passphraseArea")
        self.passphraseGrid = QGridLayout(self.passphraseArea)
        self.passphraseGrid.setObjectName(u"passphraseGrid")
        self.passphraseGrid.setHorizontalSpacing(8)
        self.passphraseGrid.setVerticalSpacing(4)
        self.passphraseGrid.setContentsMargins(0, 8, 0, 0)
        self.passphraseLabel = QLabel(self.passphraseArea)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseGrid.addWidget(self.passphraseLabel, 0, 0, 1, 1)

        self.passphraseField = QLineEdit(self.passphraseArea)
        self.passphraseField.setObjectName(u"passphraseField")
        self.passphraseField.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseGrid.addWidget(self.passphraseField, 0, 1, 1, 1)

        self.showPassphrase = QToolButton(self.passphraseArea)
        self.showPassphrase.setObjectName(u"showPassphrase")
        self.showPassphrase.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.passphraseGrid.addWidget(self.showPassphrase, 0, 2, 1, 1)

        self.strengthHint = QLabel(self.passphraseArea)
        self.strengthHint.setObjectName(u"strengthHint")
        self.strengthHint.setText(u"")
        self.strengthHint.setWordWrap(True)

        self.passphraseGrid.addWidget(self.strengthHint, 1, 1, 1, 2)

        self.confirmLabel = QLabel(self.passphraseArea)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passphraseGrid.addWidget(self.confirmLabel, 2, 0, 1, 1)

        self.confirmField = QLineEdit(self.passphraseArea)
        self.confirmField.setObjectName(u"confirmField")
        self.confirmField.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseGrid.addWidget(self.confirmField, 2, 1, 1, 1)

        self.matchHint = QLabel(self.passphraseArea)
        self.matchHint.setObjectName(u"matchHint")
        self.matchHint.setText(u"")
        self.matchHint.setWordWrap(True)

        self.passphraseGrid.addWidget(self.matchHint, 3, 1, 1, 2)


        self.unlockLayout.addWidget(self.passphraseArea)

        self.errorText = QLabel(FirstRunUnlock)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setText(u"")
        self.errorText.setWordWrap(True)

        self.unlockLayout.addWidget(self.errorText)

        self.unlockSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unlockLayout.addItem(self.unlockSpacer)

        self.passphraseLabel.setBuddy(self.passphraseField)
        self.confirmLabel.setBuddy(self.confirmField)
        QWidget.setTabOrder(self.keyringChoice, self.passphraseChoice)
        QWidget.setTabOrder(self.passphraseChoice, self.alsoPassphrase)
        QWidget.setTabOrder(self.alsoPassphrase, self.passphraseField)
        QWidget.setTabOrder(self.passphraseField, self.showPassphrase)
        QWidget.setTabOrder(self.showPassphrase, self.confirmField)

        self.retranslateUi(FirstRunUnlock)

        QMetaObject.connectSlotsByName(FirstRunUnlock)
    # setupUi

    def retranslateUi(self, FirstRunUnlock: Any) -> None:
        FirstRunUnlock.setTitle(QCoreApplication.translate("FirstRunUnlock", u"How would you like to open your journal?", None))
        self.noKeyringNote.setText(QCoreApplication.translate("FirstRunUnlock", u"This computer has no secure system keyring that kindspace can use, so your journal will be protected with a passphrase. That keeps it just as safe; you'll type the passphrase when you open kindspace.", None))
        self.keyringChoice.setText(QCoreApplication.translate("FirstRunUnlock", u"Open it &automatically while I'm logged in", None))
        self.keyringChoice.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"Open it automatically while I'm logged in", None))
        self.keyringChoice.setAccessibleDescription(QCoreApplication.translate("FirstRunUnlock", u"The key is kept in your system keyring", None))
        self.keyringExplanation.setText(QCoreApplication.translate("FirstRunUnlock", u"The key is kept in your system keyring, which your login protects. There's nothing to type each day.", None))
        self.alsoPassphrase.setText(QCoreApplication.translate("FirstRunUnlock", u"Also set a passphrase, as a &second way in", None))
        self.alsoPassphrase.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"Also set a passphrase, as a second way in", None))
        self.passphraseChoice.setText(QCoreApplication.translate("FirstRunUnlock", u"Ask for a &passphrase each time", None))
        self.passphraseChoice.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"Ask for a passphrase each time", None))
        self.passphraseExplanation.setText(QCoreApplication.translate("FirstRunUnlock", u"Only someone who knows the passphrase can open the journal, even on your logged-in computer.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunUnlock", u"Pass&phrase", None))
        self.passphraseField.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"New passphrase", None))
        self.showPassphrase.setText(QCoreApplication.translate("FirstRunUnlock", u"Show", None))
        self.showPassphrase.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"Show the passphrase", None))
        self.strengthHint.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"Passphrase hint", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunUnlock", u"Type it &again", None))
        self.confirmField.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"The new passphrase again", None))
        self.matchHint.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"Whether the passphrases match", None))
        self.errorText.setAccessibleName(QCoreApplication.translate("FirstRunUnlock", u"Message", None))
    # retranslateUi
