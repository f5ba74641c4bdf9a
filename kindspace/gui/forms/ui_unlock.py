"""Generated from ui/unlock.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_UnlockView(object):
    def setupUi(self, UnlockView: Any) -> None:
        if not UnlockView.objectName():
            UnlockView.setObjectName(u"UnlockView")
        UnlockView.resize(720, 520)
        self.outerLayout = QVBoxLayout(UnlockView)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(32, 32, 32, 32)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerRow = QHBoxLayout()
        self.centerRow.setObjectName(u"centerRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.leftSpacer)

        self.column = QWidget(UnlockView)
        self.column.setObjectName(u"column")
        self.column.setMinimumSize(QSize(400, 0))
        self.column.setMaximumSize(QSize(440, 16777215))
        self.columnLayout = QVBoxLayout(self.column)
        self.columnLayout.setSpacing(10)
        self.columnLayout.setObjectName(u"columnLayout")
        self.columnLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.column)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.columnLayout.addWidget(self.heading)

        self.explanation = QLabel(self.column)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.columnLayout.addWidget(self.explanation)

        self.headingSpacer = QSpacerItem(0, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.headingSpacer)

        self.secretArea = QWidget(self.column)
        self.secretArea.setObjectName(u"secretArea")
        self.secretLayout = QVBoxLayout(self.secretArea)
        self.secretLayout.setSpacing(6)
        self.secretLayout.setObjectName(u"secretLayout")
        self.secretLayout.setContentsMargins(0, 0, 0, 0)
        self.passphraseArea = QWidget(self.secretArea)
        self.passphraseArea.setObjectName(u"passphraseArea")
        self.passphraseLayout = QVBoxLayout(self.passphraseArea)
        self.passphraseLayout.setSpacing(4)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLayout.setContentsMargins(0, 0, 0, 0)
        self.passphraseLabel = QLabel(self.passphraseArea)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.addWidget(self.passphraseLabel)

        self.passphraseRow = QHBoxLayout()
        self.passphraseRow.setSpacing(6)
        self.passphraseRow.setObjectName(u"passphraseRow")
        self.passphraseField = QLineEdit(self.passphraseArea)
        self.passphraseField.setObjectName(u"passphraseField")
        self.passphraseField.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseRow.addWidget(self.passphraseField)

        self.showPassphrase = QToolButton(self.passphraseArea)
        self.showPassphrase.setObjectName(u"showPassphrase")
        self.showPassphrase.setCheckable(True)
        self.showPassphrase.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.showPassphrase.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.passphraseRow.addWidget(self.showPassphrase)


        self.passphraseLayout.addLayout(self.passphraseRow)


        self.secretLayout.addWidget(self.passphraseArea)

        self.recoveryArea = QWidget(self.secretArea)
        self.recoveryArea.setObjectName(u"recoveryArea")
        self.recoveryLayout = QVBoxLayout(self.recoveryArea)
        self.recoveryLayout.setSpacing(4)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryLayout.setContentsMargins(0, 0, 0, 0)
        self.recoveryLabel = QLabel(self.recoveryArea)
        self.recoveryLabel.setObjectName(u"recoveryLabel")

        self.recoveryLayout.addWidget(self.recoveryLabel)

        self.recoveryField = QLineEdit(self.recoveryArea)
        self.recoveryField.setObjectName(u"recoveryField")

        self.recoveryLayout.addWidget(self.recoveryField)

        self.recoveryHint = QLabel(self.recoveryArea)
        self.recoveryHint.setObjectName(u"recoveryHint")
        self.recoveryHint.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryHint)


        self.secretLayout.addWidget(self.recoveryArea)

        self.useRecoveryKey = QCheckBox(self.secretArea)
        self.useRecoveryKey.setObjectName(u"useRecoveryKey")

        self.secretLayout.addWidget(self.useRecoveryKey)


        self.columnLayout.addWidget(self.secretArea)

        self.errorText = QLabel(self.column)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setText(u"")
        self.errorText.setWordWrap(True)

        self.columnLayout.addWidget(self.errorText)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.supportButton = QPushButton(self.column)
        self.supportButton.setObjectName(u"supportButton")
        self.supportButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.supportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.openButton = QPushButton(self.column)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)


        self.columnLayout.addLayout(self.buttonRow)


        self.centerRow.addWidget(self.column)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.passphraseLabel.setBuddy(self.passphraseField)
        self.recoveryLabel.setBuddy(self.recoveryField)
        QWidget.setTabOrder(self.passphraseField, self.showPassphrase)
        QWidget.setTabOrder(self.showPassphrase, self.recoveryField)
        QWidget.setTabOrder(self.recoveryField, self.useRecoveryKey)
        QWidget.setTabOrder(self.useRecoveryKey, self.supportButton)
        QWidget.setTabOrder(self.supportButton, self.openButton)

        self.retranslateUi(UnlockView)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockView)
    # setupUi

    def retranslateUi(self, UnlockView: Any) -> None:
        UnlockView.setAccessibleName(QCoreApplication.translate("UnlockView", u"Unlock the journal", None))
        self.heading.setText(QCoreApplication.translate("UnlockView", u"Welcome back", None))
        self.explanation.setText(QCoreApplication.translate("UnlockView", u"Your journal is safe and encrypted on this computer. Type your passphrase to open it.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockView", u"&Passphrase", None))
        self.passphraseField.setAccessibleName(QCoreApplication.translate("UnlockView", u"Passphrase", None))
        self.showPassphrase.setText(QCoreApplication.translate("UnlockView", u"Show", None))
        self.showPassphrase.setAccessibleName(QCoreApplication.translate("UnlockView", u"Show the passphrase", None))
        self.recoveryLabel.setText(QCoreApplication.translate("UnlockView", u"&Recovery key", None))
        self.recoveryField.setPlaceholderText(QCoreApplication.translate("UnlockView", u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", None))
        self.recoveryField.setAccessibleName(QCoreApplication.translate("UnlockView", u"Recovery key", None))
        self.recoveryHint.setText(QCoreApplication.translate("UnlockView", u"Type it as you wrote it down. Capital or small letters, spaces and dashes don't matter.", None))
        self.useRecoveryKey.setText(QCoreApplication.translate("UnlockView", u"Use my recovery &key instead", None))
        self.useRecoveryKey.setAccessibleName(QCoreApplication.translate("UnlockView", u"Use my recovery key instead", None))
        self.errorText.setAccessibleName(QCoreApplication.translate("UnlockView", u"Message", None))
        self.supportButton.setText(QCoreApplication.translate("UnlockView", u"Need support now?", None))
        self.supportButton.setAccessibleName(QCoreApplication.translate("UnlockView", u"Support: crisis lines and a moment to breathe", None))
        self.supportButton.setToolTip(QCoreApplication.translate("UnlockView", u"Crisis lines and grounding, without opening the journal (F1)", None))
        self.openButton.setText(QCoreApplication.translate("UnlockView", u"&Open journal", None))
        self.openButton.setAccessibleName(QCoreApplication.translate("UnlockView", u"Open the journal", None))
    # retranslateUi
