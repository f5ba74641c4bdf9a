"""Generated from ui/first_run_join.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_FirstRunJoin(object):
    def setupUi(self, FirstRunJoin: Any) -> None:
        if not FirstRunJoin.objectName():
            FirstRunJoin.setObjectName(u"FirstRunJoin")
        FirstRunJoin.resize(600, 440)
        self.joinLayout = QVBoxLayout(FirstRunJoin)
        self.joinLayout.setSpacing(10)
        self.joinLayout.setObjectName(u"joinLayout")
        self.intro = QLabel(FirstRunJoin)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.joinLayout.addWidget(self.intro)

        self.folderLabel = QLabel(FirstRunJoin)
        self.folderLabel.setObjectName(u"folderLabel")

        self.joinLayout.addWidget(self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setSpacing(8)
        self.folderRow.setObjectName(u"folderRow")
        self.folderField = QLineEdit(FirstRunJoin)
        self.folderField.setObjectName(u"folderField")

        self.folderRow.addWidget(self.folderField)

        self.chooseFolderButton = QPushButton(FirstRunJoin)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)


        self.joinLayout.addLayout(self.folderRow)

        self.secretLabel = QLabel(FirstRunJoin)
        self.secretLabel.setObjectName(u"secretLabel")

        self.joinLayout.addWidget(self.secretLabel)

        self.secretRow = QHBoxLayout()
        self.secretRow.setSpacing(8)
        self.secretRow.setObjectName(u"secretRow")
        self.secretField = QLineEdit(FirstRunJoin)
        self.secretField.setObjectName(u"secretField")
        self.secretField.setEchoMode(QLineEdit.EchoMode.Password)

        self.secretRow.addWidget(self.secretField)

        self.showSecret = QToolButton(FirstRunJoin)
        self.showSecret.setObjectName(u"showSecret")
        self.showSecret.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.secretRow.addWidget(self.showSecret)


        self.joinLayout.addLayout(self.secretRow)

        self.keyringChoice = QCheckBox(FirstRunJoin)
        self.keyringChoice.setObjectName(u"keyringChoice")
        self.keyringChoice.setChecked(True)

        self.joinLayout.addWidget(self.keyringChoice)

        self.nothingMade = QLabel(FirstRunJoin)
        self.nothingMade.setObjectName(u"nothingMade")
        self.nothingMade.setWordWrap(True)

        self.joinLayout.addWidget(self.nothingMade)

        self.progressText = QLabel(FirstRunJoin)
        self.progressText.setObjectName(u"progressText")
        self.progressText.setText(u"")
        self.progressText.setWordWrap(True)

        self.joinLayout.addWidget(self.progressText)

        self.progress = QProgressBar(FirstRunJoin)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimum(0)
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.joinLayout.addWidget(self.progress)

        self.errorText = QLabel(FirstRunJoin)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setText(u"")
        self.errorText.setWordWrap(True)

        self.joinLayout.addWidget(self.errorText)

        self.joinSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.joinLayout.addItem(self.joinSpacer)

        self.folderLabel.setBuddy(self.folderField)
        self.secretLabel.setBuddy(self.secretField)
        QWidget.setTabOrder(self.folderField, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.secretField)
        QWidget.setTabOrder(self.secretField, self.showSecret)
        QWidget.setTabOrder(self.showSecret, self.keyringChoice)

        self.retranslateUi(FirstRunJoin)

        QMetaObject.connectSlotsByName(FirstRunJoin)
    # setupUi

    def retranslateUi(self, FirstRunJoin: Any) -> None:
        FirstRunJoin.setTitle(QCoreApplication.translate("FirstRunJoin", u"Bring your journal to this computer", None))
        self.intro.setText(QCoreApplication.translate("FirstRunJoin", u"On your other device, Settings \u25b8 Sync shares your journal through a folder. Choose that folder here, as your sync tool or USB stick brings it to this computer, then type your journal's passphrase or its recovery key.", None))
        self.folderLabel.setText(QCoreApplication.translate("FirstRunJoin", u"The &shared folder", None))
        self.folderField.setAccessibleName(QCoreApplication.translate("FirstRunJoin", u"The shared folder", None))
        self.folderField.setAccessibleDescription(QCoreApplication.translate("FirstRunJoin", u"The folder your journal is shared through on your other device", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("FirstRunJoin", u"C&hoose\u2026", None))
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("FirstRunJoin", u"Choose the shared folder", None))
        self.secretLabel.setText(QCoreApplication.translate("FirstRunJoin", u"&Passphrase or recovery key", None))
        self.secretField.setAccessibleName(QCoreApplication.translate("FirstRunJoin", u"Passphrase or recovery key", None))
        self.secretField.setAccessibleDescription(QCoreApplication.translate("FirstRunJoin", u"The same passphrase or recovery key that opens your journal on your other device", None))
        self.showSecret.setText(QCoreApplication.translate("FirstRunJoin", u"Show", None))
        self.showSecret.setAccessibleName(QCoreApplication.translate("FirstRunJoin", u"Show the passphrase", None))
        self.keyringChoice.setText(QCoreApplication.translate("FirstRunJoin", u"Let this computer's &keyring open it from now on", None))
        self.keyringChoice.setAccessibleName(QCoreApplication.translate("FirstRunJoin", u"Let this computer's keyring open the journal from now on", None))
        self.nothingMade.setText(QCoreApplication.translate("FirstRunJoin", u"Nothing is made on this computer until your passphrase or recovery key opens the journal.", None))
        self.progressText.setAccessibleName(QCoreApplication.translate("FirstRunJoin", u"Progress", None))
        self.progress.setAccessibleName(QCoreApplication.translate("FirstRunJoin", u"Bringing your journal here", None))
        self.errorText.setAccessibleName(QCoreApplication.translate("FirstRunJoin", u"Message", None))
    # retranslateUi
