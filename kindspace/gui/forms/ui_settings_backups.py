"""Generated from ui/settings_backups.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_BackupSettings(object):
    def setupUi(self, BackupSettings: Any) -> None:
        if not BackupSettings.objectName():
            BackupSettings.setObjectName(u"BackupSettings")
        BackupSettings.resize(520, 480)
        self.backupsLayout = QVBoxLayout(BackupSettings)
        self.backupsLayout.setSpacing(10)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.backupsLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(BackupSettings)
        self.heading.setObjectName(u"heading")

        self.backupsLayout.addWidget(self.heading)

        self.intro = QLabel(BackupSettings)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.backupsLayout.addWidget(self.intro)

        self.folderRow = QHBoxLayout()
        self.folderRow.setSpacing(8)
        self.folderRow.setObjectName(u"folderRow")
        self.folderPath = QLabel(BackupSettings)
        self.folderPath.setObjectName(u"folderPath")
        self.folderPath.setText(u"~/.local/share/kindspace/backups")
        self.folderPath.setWordWrap(True)
        self.folderPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderPath.sizePolicy().hasHeightForWidth())
        self.folderPath.setSizePolicy(sizePolicy)

        self.folderRow.addWidget(self.folderPath)

        self.openFolderButton = QPushButton(BackupSettings)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.folderRow.addWidget(self.openFolderButton)


        self.backupsLayout.addLayout(self.folderRow)

        self.keepRow = QHBoxLayout()
        self.keepRow.setSpacing(8)
        self.keepRow.setObjectName(u"keepRow")
        self.keepLabel = QLabel(BackupSettings)
        self.keepLabel.setObjectName(u"keepLabel")

        self.keepRow.addWidget(self.keepLabel)

        self.keepCount = QSpinBox(BackupSettings)
        self.keepCount.setObjectName(u"keepCount")
        self.keepCount.setMinimum(1)
        self.keepCount.setMaximum(365)
        self.keepCount.setValue(14)

        self.keepRow.addWidget(self.keepCount)

        self.keepUnit = QLabel(BackupSettings)
        self.keepUnit.setObjectName(u"keepUnit")

        self.keepRow.addWidget(self.keepUnit)

        self.keepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepRow.addItem(self.keepSpacer)


        self.backupsLayout.addLayout(self.keepRow)

        self.keepHint = QLabel(BackupSettings)
        self.keepHint.setObjectName(u"keepHint")
        self.keepHint.setWordWrap(True)

        self.backupsLayout.addWidget(self.keepHint)

        self.backupList = QListWidget(BackupSettings)
        self.backupList.setObjectName(u"backupList")
        self.backupList.setAlternatingRowColors(True)

        self.backupsLayout.addWidget(self.backupList)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setSpacing(8)
        self.actionsRow.setObjectName(u"actionsRow")
        self.backUpNowButton = QPushButton(BackupSettings)
        self.backUpNowButton.setObjectName(u"backUpNowButton")

        self.actionsRow.addWidget(self.backUpNowButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.restoreButton = QPushButton(BackupSettings)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionsRow.addWidget(self.restoreButton)


        self.backupsLayout.addLayout(self.actionsRow)

        self.status = QLabel(BackupSettings)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setWordWrap(True)

        self.backupsLayout.addWidget(self.status)

        self.keepLabel.setBuddy(self.keepCount)
        QWidget.setTabOrder(self.openFolderButton, self.keepCount)
        QWidget.setTabOrder(self.keepCount, self.backupList)
        QWidget.setTabOrder(self.backupList, self.backUpNowButton)
        QWidget.setTabOrder(self.backUpNowButton, self.restoreButton)

        self.retranslateUi(BackupSettings)

        QMetaObject.connectSlotsByName(BackupSettings)
    # setupUi

    def retranslateUi(self, BackupSettings: Any) -> None:
        BackupSettings.setAccessibleName(QCoreApplication.translate("BackupSettings", u"Backups", None))
        self.heading.setText(QCoreApplication.translate("BackupSettings", u"Backups", None))
        self.intro.setText(QCoreApplication.translate("BackupSettings", u"kindspace makes an encrypted backup the first time you open your journal each day. Each backup opens with the same passphrase, recovery key or keyring as your journal.", None))
        self.folderPath.setAccessibleName(QCoreApplication.translate("BackupSettings", u"Backups folder", None))
        self.openFolderButton.setText(QCoreApplication.translate("BackupSettings", u"Open &folder", None))
        self.openFolderButton.setAccessibleName(QCoreApplication.translate("BackupSettings", u"Open the backups folder", None))
        self.keepLabel.setText(QCoreApplication.translate("BackupSettings", u"&Keep the newest", None))
        self.keepCount.setAccessibleName(QCoreApplication.translate("BackupSettings", u"How many automatic backups to keep", None))
        self.keepUnit.setText(QCoreApplication.translate("BackupSettings", u"automatic backups", None))
        self.keepHint.setText(QCoreApplication.translate("BackupSettings", u"Older automatic backups are removed when a new one is made. Backups you make yourself are always kept.", None))
        self.backupList.setAccessibleName(QCoreApplication.translate("BackupSettings", u"Backups, newest first", None))
        self.backUpNowButton.setText(QCoreApplication.translate("BackupSettings", u"&Back up now", None))
        self.backUpNowButton.setAccessibleName(QCoreApplication.translate("BackupSettings", u"Back up now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupSettings", u"&Restore this one\u2026", None))
        self.restoreButton.setAccessibleName(QCoreApplication.translate("BackupSettings", u"Restore the selected backup", None))
        self.status.setAccessibleName(QCoreApplication.translate("BackupSettings", u"Message", None))
    # retranslateUi
