"""Generated from ui/editor.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDateTimeEdit, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_EditorView(object):
    def setupUi(self, EditorView: Any) -> None:
        if not EditorView.objectName():
            EditorView.setObjectName(u"EditorView")
        EditorView.resize(640, 600)
        self.editorLayout = QVBoxLayout(EditorView)
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(16, 8, 16, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLineEdit(EditorView)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(300)

        self.headerRow.addWidget(self.title)

        self.when = QDateTimeEdit(EditorView)
        self.when.setObjectName(u"when")
        self.when.setCalendarPopup(True)

        self.headerRow.addWidget(self.when)


        self.editorLayout.addLayout(self.headerRow)

        self.bodyTabs = QTabWidget(EditorView)
        self.bodyTabs.setObjectName(u"bodyTabs")
        self.writeTab = QWidget()
        self.writeTab.setObjectName(u"writeTab")
        self.writeLayout = QVBoxLayout(self.writeTab)
        self.writeLayout.setObjectName(u"writeLayout")
        self.writeLayout.setContentsMargins(0, 0, 0, 0)
        self.body = QPlainTextEdit(self.writeTab)
        self.body.setObjectName(u"body")
        self.body.setTabChangesFocus(True)

        self.writeLayout.addWidget(self.body)

        self.bodyTabs.addTab(self.writeTab, "")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.preview = QTextBrowser(self.previewTab)
        self.preview.setObjectName(u"preview")
        self.preview.setOpenLinks(False)

        self.previewLayout.addWidget(self.preview)

        self.bodyTabs.addTab(self.previewTab, "")

        self.editorLayout.addWidget(self.bodyTabs)

        self.tags = QLineEdit(EditorView)
        self.tags.setObjectName(u"tags")

        self.editorLayout.addWidget(self.tags)

        self.footerRow = QHBoxLayout()
        self.footerRow.setSpacing(16)
        self.footerRow.setObjectName(u"footerRow")
        self.wordCount = QLabel(EditorView)
        self.wordCount.setObjectName(u"wordCount")

        self.footerRow.addWidget(self.wordCount)

        self.saveState = QLabel(EditorView)
        self.saveState.setObjectName(u"saveState")

        self.footerRow.addWidget(self.saveState)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerRow.addItem(self.footerSpacer)

        self.deleteButton = QPushButton(EditorView)
        self.deleteButton.setObjectName(u"deleteButton")

        self.footerRow.addWidget(self.deleteButton)

        self.closeButton = QPushButton(EditorView)
        self.closeButton.setObjectName(u"closeButton")

        self.footerRow.addWidget(self.closeButton)

        self.saveButton = QPushButton(EditorView)
        self.saveButton.setObjectName(u"saveButton")

        self.footerRow.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.footerRow)

        QWidget.setTabOrder(self.title, self.when)
        QWidget.setTabOrder(self.when, self.bodyTabs)
        QWidget.setTabOrder(self.bodyTabs, self.body)
        QWidget.setTabOrder(self.body, self.preview)
        QWidget.setTabOrder(self.preview, self.tags)
        QWidget.setTabOrder(self.tags, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.saveButton)

        self.retranslateUi(EditorView)

        self.bodyTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EditorView)
    # setupUi

    def retranslateUi(self, EditorView: Any) -> None:
        self.title.setPlaceholderText(QCoreApplication.translate("EditorView", u"Title (optional)", None))
        self.title.setAccessibleName(QCoreApplication.translate("EditorView", u"Title", None))
        self.when.setAccessibleName(QCoreApplication.translate("EditorView", u"Date and time of the entry", None))
        self.when.setToolTip(QCoreApplication.translate("EditorView", u"You can move an entry to an earlier day.", None))
        self.bodyTabs.setAccessibleName(QCoreApplication.translate("EditorView", u"Write or preview", None))
        self.body.setAccessibleName(QCoreApplication.translate("EditorView", u"Entry text", None))
        self.body.setPlaceholderText(QCoreApplication.translate("EditorView", u"Write whatever is here for you. *Markdown* works: **bold**, lists with -, headings with #.", None))
        self.bodyTabs.setTabText(self.bodyTabs.indexOf(self.writeTab), QCoreApplication.translate("EditorView", u"Write", None))
        self.preview.setAccessibleName(QCoreApplication.translate("EditorView", u"Preview of the entry", None))
        self.bodyTabs.setTabText(self.bodyTabs.indexOf(self.previewTab), QCoreApplication.translate("EditorView", u"Preview", None))
        self.tags.setPlaceholderText(QCoreApplication.translate("EditorView", u"Tags, separated by commas", None))
        self.tags.setAccessibleName(QCoreApplication.translate("EditorView", u"Tags", None))
        self.wordCount.setText(QCoreApplication.translate("EditorView", u"0 words", None))
        self.wordCount.setAccessibleName(QCoreApplication.translate("EditorView", u"Word count", None))
        self.saveState.setAccessibleName(QCoreApplication.translate("EditorView", u"Save state", None))
        self.deleteButton.setText(QCoreApplication.translate("EditorView", u"Delete\u2026", None))
        self.deleteButton.setAccessibleName(QCoreApplication.translate("EditorView", u"Delete this entry", None))
        self.closeButton.setText(QCoreApplication.translate("EditorView", u"Close", None))
        self.closeButton.setAccessibleName(QCoreApplication.translate("EditorView", u"Close the editor", None))
        self.saveButton.setText(QCoreApplication.translate("EditorView", u"Save", None))
        self.saveButton.setAccessibleName(QCoreApplication.translate("EditorView", u"Save the entry", None))
        self.saveButton.setToolTip(QCoreApplication.translate("EditorView", u"Save (Ctrl+S). Your words are also kept as a draft while you write.", None))
        pass
    # retranslateUi
