"""Generated from ui/settings_sync.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_SyncSettings(object):
    def setupUi(self, SyncSettings: Any) -> None:
        if not SyncSettings.objectName():
            SyncSettings.setObjectName(u"SyncSettings")
        SyncSettings.resize(540, 520)
        self.syncLayout = QVBoxLayout(SyncSettings)
        self.syncLayout.setSpacing(10)
        self.syncLayout.setObjectName(u"syncLayout")
        self.syncLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(SyncSettings)
        self.heading.setObjectName(u"heading")

        self.syncLayout.addWidget(self.heading)

        self.intro = QLabel(SyncSettings)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.syncLayout.addWidget(self.intro)

        self.states = QStackedWidget(SyncSettings)
        self.states.setObjectName(u"states")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.states.sizePolicy().hasHeightForWidth())
        self.states.setSizePolicy(sizePolicy)
        self.notSharingPage = QWidget()
        self.notSharingPage.setObjectName(u"notSharingPage")
        self.notSharingLayout = QVBoxLayout(self.notSharingPage)
        self.notSharingLayout.setSpacing(10)
        self.notSharingLayout.setObjectName(u"notSharingLayout")
        self.notSharingLayout.setContentsMargins(0, 0, 0, 0)
        self.whatGoesIn = QLabel(self.notSharingPage)
        self.whatGoesIn.setObjectName(u"whatGoesIn")
        self.whatGoesIn.setWordWrap(True)

        self.notSharingLayout.addWidget(self.whatGoesIn)

        self.folderLabel = QLabel(self.notSharingPage)
        self.folderLabel.setObjectName(u"folderLabel")

        self.notSharingLayout.addWidget(self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setSpacing(8)
        self.folderRow.setObjectName(u"folderRow")
        self.folderField = QLineEdit(self.notSharingPage)
        self.folderField.setObjectName(u"folderField")

        self.folderRow.addWidget(self.folderField)

        self.chooseFolderButton = QPushButton(self.notSharingPage)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)


        self.notSharingLayout.addLayout(self.folderRow)

        self.folderHint = QLabel(self.notSharingPage)
        self.folderHint.setObjectName(u"folderHint")
        self.folderHint.setWordWrap(True)

        self.notSharingLayout.addWidget(self.folderHint)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startButton = QPushButton(self.notSharingPage)
        self.startButton.setObjectName(u"startButton")

        self.startRow.addWidget(self.startButton)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.notSharingLayout.addLayout(self.startRow)

        self.states.addWidget(self.notSharingPage)
        self.sharingPage = QWidget()
        self.sharingPage.setObjectName(u"sharingPage")
        self.sharingLayout = QVBoxLayout(self.sharingPage)
        self.sharingLayout.setSpacing(10)
        self.sharingLayout.setObjectName(u"sharingLayout")
        self.sharingLayout.setContentsMargins(0, 0, 0, 0)
        self.sharedThrough = QLabel(self.sharingPage)
        self.sharedThrough.setObjectName(u"sharedThrough")
        self.sharedThrough.setText(u"")
        self.sharedThrough.setWordWrap(True)
        self.sharedThrough.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sharingLayout.addWidget(self.sharedThrough)

        self.devicesLabel = QLabel(self.sharingPage)
        self.devicesLabel.setObjectName(u"devicesLabel")

        self.sharingLayout.addWidget(self.devicesLabel)

        self.deviceList = QListWidget(self.sharingPage)
        self.deviceList.setObjectName(u"deviceList")
        self.deviceList.setMaximumSize(QSize(16777215, 150))
        self.deviceList.setAlternatingRowColors(True)
        self.deviceList.setWordWrap(True)
        self.deviceList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deviceList.setResizeMode(QListView.ResizeMode.Adjust)

        self.sharingLayout.addWidget(self.deviceList)

        self.pending = QLabel(self.sharingPage)
        self.pending.setObjectName(u"pending")
        self.pending.setText(u"")
        self.pending.setWordWrap(True)

        self.sharingLayout.addWidget(self.pending)

        self.sharingButtons = QHBoxLayout()
        self.sharingButtons.setSpacing(8)
        self.sharingButtons.setObjectName(u"sharingButtons")
        self.syncNowButton = QPushButton(self.sharingPage)
        self.syncNowButton.setObjectName(u"syncNowButton")

        self.sharingButtons.addWidget(self.syncNowButton)

        self.sharingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sharingButtons.addItem(self.sharingSpacer)

        self.leaveButton = QPushButton(self.sharingPage)
        self.leaveButton.setObjectName(u"leaveButton")

        self.sharingButtons.addWidget(self.leaveButton)


        self.sharingLayout.addLayout(self.sharingButtons)

        self.states.addWidget(self.sharingPage)

        self.syncLayout.addWidget(self.states)

        self.status = QLabel(SyncSettings)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setWordWrap(True)

        self.syncLayout.addWidget(self.status)

        self.syncSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.syncLayout.addItem(self.syncSpacer)

        self.folderLabel.setBuddy(self.folderField)
        self.devicesLabel.setBuddy(self.deviceList)
        QWidget.setTabOrder(self.folderField, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.deviceList)
        QWidget.setTabOrder(self.deviceList, self.syncNowButton)
        QWidget.setTabOrder(self.syncNowButton, self.leaveButton)

        self.retranslateUi(SyncSettings)

        self.states.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SyncSettings)
    # setupUi

    def retranslateUi(self, SyncSettings: Any) -> None:
        SyncSettings.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Sync", None))
        self.heading.setText(QCoreApplication.translate("SyncSettings", u"Sync between your devices", None))
        self.intro.setText(QCoreApplication.translate("SyncSettings", u"Keep one journal on your own computers, with no account and no server: kindspace leaves its changes in a folder that your sync tool (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive) or a USB stick already carries between them.", None))
        self.notSharingPage.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Start sharing", None))
        self.whatGoesIn.setText(QCoreApplication.translate("SyncSettings", u"Only encrypted changes go into that folder, never your journal itself. They open only with your passphrase or recovery key, and your journal stays here just as it is.", None))
        self.folderLabel.setText(QCoreApplication.translate("SyncSettings", u"&Folder to share through", None))
        self.folderField.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Folder to share through", None))
        self.folderField.setAccessibleDescription(QCoreApplication.translate("SyncSettings", u"A folder your sync tool or USB stick already carries", None))
        self.folderField.setPlaceholderText(QCoreApplication.translate("SyncSettings", u"A folder your sync tool already carries", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("SyncSettings", u"C&hoose\u2026", None))
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Choose the folder to share through", None))
        self.folderHint.setText(QCoreApplication.translate("SyncSettings", u"Please choose a folder that is already carried between your computers, outside kindspace's own folder. On your other computer, choose \"I already use kindspace on another device\" when kindspace first starts.", None))
        self.startButton.setText(QCoreApplication.translate("SyncSettings", u"&Start sharing", None))
        self.startButton.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Start sharing through this folder", None))
        self.sharingPage.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Sharing", None))
        self.sharedThrough.setAccessibleName(QCoreApplication.translate("SyncSettings", u"The sync folder", None))
        self.devicesLabel.setText(QCoreApplication.translate("SyncSettings", u"&Devices", None))
        self.deviceList.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Devices sharing this journal, and when each was last seen", None))
        self.pending.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Changes waiting", None))
        self.syncNowButton.setText(QCoreApplication.translate("SyncSettings", u"Sync &now", None))
        self.syncNowButton.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Sync now", None))
        self.leaveButton.setText(QCoreApplication.translate("SyncSettings", u"Stop sharing on this &device\u2026", None))
        self.leaveButton.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Stop sharing on this device", None))
        self.status.setAccessibleName(QCoreApplication.translate("SyncSettings", u"Sync status", None))
    # retranslateUi
