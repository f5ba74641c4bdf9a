"""Generated from ui/recently_deleted.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecentlyDeletedDialog(object):
    def setupUi(self, RecentlyDeletedDialog: Any) -> None:
        if not RecentlyDeletedDialog.objectName():
            RecentlyDeletedDialog.setObjectName(u"RecentlyDeletedDialog")
        RecentlyDeletedDialog.resize(560, 420)
        self.deletedLayout = QVBoxLayout(RecentlyDeletedDialog)
        self.deletedLayout.setSpacing(10)
        self.deletedLayout.setObjectName(u"deletedLayout")
        self.deletedHeading = QLabel(RecentlyDeletedDialog)
        self.deletedHeading.setObjectName(u"deletedHeading")

        self.deletedLayout.addWidget(self.deletedHeading)

        self.deletedIntro = QLabel(RecentlyDeletedDialog)
        self.deletedIntro.setObjectName(u"deletedIntro")
        self.deletedIntro.setWordWrap(True)
        self.deletedIntro.setTextFormat(Qt.TextFormat.PlainText)

        self.deletedLayout.addWidget(self.deletedIntro)

        self.deletedList = QListWidget(RecentlyDeletedDialog)
        self.deletedList.setObjectName(u"deletedList")
        self.deletedList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deletedList.setWordWrap(True)
        self.deletedList.setSpacing(6)

        self.deletedLayout.addWidget(self.deletedList)

        self.deletedButtons = QHBoxLayout()
        self.deletedButtons.setObjectName(u"deletedButtons")
        self.bringBackButton = QPushButton(RecentlyDeletedDialog)
        self.bringBackButton.setObjectName(u"bringBackButton")

        self.deletedButtons.addWidget(self.bringBackButton)

        self.deletedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deletedButtons.addItem(self.deletedSpacer)

        self.closeDeleted = QPushButton(RecentlyDeletedDialog)
        self.closeDeleted.setObjectName(u"closeDeleted")

        self.deletedButtons.addWidget(self.closeDeleted)


        self.deletedLayout.addLayout(self.deletedButtons)

        QWidget.setTabOrder(self.deletedList, self.bringBackButton)
        QWidget.setTabOrder(self.bringBackButton, self.closeDeleted)

        self.retranslateUi(RecentlyDeletedDialog)

        QMetaObject.connectSlotsByName(RecentlyDeletedDialog)
    # setupUi

    def retranslateUi(self, RecentlyDeletedDialog: Any) -> None:
        RecentlyDeletedDialog.setWindowTitle(QCoreApplication.translate("RecentlyDeletedDialog", u"Recently deleted", None))
        RecentlyDeletedDialog.setAccessibleName(QCoreApplication.translate("RecentlyDeletedDialog", u"Recently deleted", None))
        self.deletedHeading.setText(QCoreApplication.translate("RecentlyDeletedDialog", u"Recently deleted", None))
        self.deletedIntro.setText(QCoreApplication.translate("RecentlyDeletedDialog", u"Entries you deleted in the last 30 days, here or from the command line. Bring one back and it returns to its day, just as it was.", None))
        self.deletedList.setAccessibleName(QCoreApplication.translate("RecentlyDeletedDialog", u"Recently deleted entries", None))
        self.deletedList.setAccessibleDescription(QCoreApplication.translate("RecentlyDeletedDialog", u"Press Enter to bring the chosen entry back.", None))
        self.bringBackButton.setText(QCoreApplication.translate("RecentlyDeletedDialog", u"&Bring back", None))
        self.bringBackButton.setAccessibleName(QCoreApplication.translate("RecentlyDeletedDialog", u"Bring back the chosen entry", None))
        self.closeDeleted.setText(QCoreApplication.translate("RecentlyDeletedDialog", u"Close", None))
        self.closeDeleted.setAccessibleName(QCoreApplication.translate("RecentlyDeletedDialog", u"Close", None))
    # retranslateUi
