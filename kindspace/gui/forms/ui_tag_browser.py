"""Generated from ui/tag_browser.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TagBrowserView(object):
    def setupUi(self, TagBrowserView: Any) -> None:
        if not TagBrowserView.objectName():
            TagBrowserView.setObjectName(u"TagBrowserView")
        TagBrowserView.resize(720, 560)
        self.tagBrowserLayout = QVBoxLayout(TagBrowserView)
        self.tagBrowserLayout.setSpacing(10)
        self.tagBrowserLayout.setObjectName(u"tagBrowserLayout")
        self.tagBrowserLayout.setContentsMargins(24, 16, 24, 16)
        self.tagsHeading = QLabel(TagBrowserView)
        self.tagsHeading.setObjectName(u"tagsHeading")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tagsHeading.sizePolicy().hasHeightForWidth())
        self.tagsHeading.setSizePolicy(sizePolicy)

        self.tagBrowserLayout.addWidget(self.tagsHeading)

        self.listsRow = QHBoxLayout()
        self.listsRow.setSpacing(16)
        self.listsRow.setObjectName(u"listsRow")
        self.tagColumn = QVBoxLayout()
        self.tagColumn.setSpacing(6)
        self.tagColumn.setObjectName(u"tagColumn")
        self.tagListLabel = QLabel(TagBrowserView)
        self.tagListLabel.setObjectName(u"tagListLabel")

        self.tagColumn.addWidget(self.tagListLabel)

        self.tagList = QListWidget(TagBrowserView)
        self.tagList.setObjectName(u"tagList")
        self.tagList.setSpacing(3)
        self.tagList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tagList.setWordWrap(True)

        self.tagColumn.addWidget(self.tagList)


        self.listsRow.addLayout(self.tagColumn)

        self.entryColumn = QVBoxLayout()
        self.entryColumn.setSpacing(6)
        self.entryColumn.setObjectName(u"entryColumn")
        self.entryListLabel = QLabel(TagBrowserView)
        self.entryListLabel.setObjectName(u"entryListLabel")
        self.entryListLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.entryColumn.addWidget(self.entryListLabel)

        self.entryList = QListWidget(TagBrowserView)
        self.entryList.setObjectName(u"entryList")
        self.entryList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entryList.setWordWrap(True)
        self.entryList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entryList.setSpacing(6)

        self.entryColumn.addWidget(self.entryList)


        self.listsRow.addLayout(self.entryColumn)


        self.tagBrowserLayout.addLayout(self.listsRow)

        self.renameColumn = QVBoxLayout()
        self.renameColumn.setSpacing(4)
        self.renameColumn.setObjectName(u"renameColumn")
        self.newNameLabel = QLabel(TagBrowserView)
        self.newNameLabel.setObjectName(u"newNameLabel")
        self.newNameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.renameColumn.addWidget(self.newNameLabel)

        self.renameRow = QHBoxLayout()
        self.renameRow.setSpacing(8)
        self.renameRow.setObjectName(u"renameRow")
        self.newNameEdit = QLineEdit(TagBrowserView)
        self.newNameEdit.setObjectName(u"newNameEdit")
        self.newNameEdit.setClearButtonEnabled(True)

        self.renameRow.addWidget(self.newNameEdit)

        self.renameButton = QPushButton(TagBrowserView)
        self.renameButton.setObjectName(u"renameButton")

        self.renameRow.addWidget(self.renameButton)


        self.renameColumn.addLayout(self.renameRow)


        self.tagBrowserLayout.addLayout(self.renameColumn)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.statusLabel = QLabel(TagBrowserView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.buttonsRow.addWidget(self.statusLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.closeTags = QPushButton(TagBrowserView)
        self.closeTags.setObjectName(u"closeTags")

        self.buttonsRow.addWidget(self.closeTags)


        self.tagBrowserLayout.addLayout(self.buttonsRow)

        self.tagListLabel.setBuddy(self.tagList)
        self.entryListLabel.setBuddy(self.entryList)
        self.newNameLabel.setBuddy(self.newNameEdit)
        QWidget.setTabOrder(self.tagList, self.entryList)
        QWidget.setTabOrder(self.entryList, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.closeTags)

        self.retranslateUi(TagBrowserView)

        QMetaObject.connectSlotsByName(TagBrowserView)
    # setupUi

    def retranslateUi(self, TagBrowserView: Any) -> None:
        TagBrowserView.setAccessibleName(QCoreApplication.translate("TagBrowserView", u"Tags", None))
        self.tagsHeading.setText(QCoreApplication.translate("TagBrowserView", u"Tags", None))
        self.tagListLabel.setText(QCoreApplication.translate("TagBrowserView", u"&Tags", None))
        self.tagList.setAccessibleName(QCoreApplication.translate("TagBrowserView", u"Tags", None))
        self.tagList.setAccessibleDescription(QCoreApplication.translate("TagBrowserView", u"Every tag with how many entries have it. Choosing one lists its entries; press Enter to go to them.", None))
        self.entryListLabel.setText(QCoreApplication.translate("TagBrowserView", u"Entr&ies", None))
        self.entryList.setAccessibleName(QCoreApplication.translate("TagBrowserView", u"Entries with this tag", None))
        self.entryList.setAccessibleDescription(QCoreApplication.translate("TagBrowserView", u"Press Enter to open an entry.", None))
        self.newNameLabel.setText(QCoreApplication.translate("TagBrowserView", u"&New name", None))
        self.newNameEdit.setAccessibleName(QCoreApplication.translate("TagBrowserView", u"New name for the tag", None))
        self.newNameEdit.setAccessibleDescription(QCoreApplication.translate("TagBrowserView", u"Type a new name to rename the chosen tag, or the name of another tag to merge the two.", None))
        self.newNameEdit.setPlaceholderText(QCoreApplication.translate("TagBrowserView", u"A new name, or another tag to merge with", None))
        self.renameButton.setText(QCoreApplication.translate("TagBrowserView", u"&Rename", None))
        self.renameButton.setAccessibleName(QCoreApplication.translate("TagBrowserView", u"Rename tag", None))
        self.renameButton.setToolTip(QCoreApplication.translate("TagBrowserView", u"Rename the chosen tag on every entry that has it", None))
        self.statusLabel.setAccessibleName(QCoreApplication.translate("TagBrowserView", u"Tag status", None))
        self.closeTags.setText(QCoreApplication.translate("TagBrowserView", u"Back to T&oday", None))
        self.closeTags.setAccessibleName(QCoreApplication.translate("TagBrowserView", u"Back to Today", None))
    # retranslateUi
