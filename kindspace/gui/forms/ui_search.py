"""Generated from ui/search.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

from kindspace.gui.date_filter import OptionalDateEdit

class Ui_SearchView(object):
    def setupUi(self, SearchView: Any) -> None:
        if not SearchView.objectName():
            SearchView.setObjectName(u"SearchView")
        SearchView.resize(720, 560)
        self.searchLayout = QVBoxLayout(SearchView)
        self.searchLayout.setSpacing(10)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(24, 16, 24, 16)
        self.queryRow = QHBoxLayout()
        self.queryRow.setSpacing(8)
        self.queryRow.setObjectName(u"queryRow")
        self.queryEdit = QLineEdit(SearchView)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.queryRow.addWidget(self.queryEdit)

        self.browseTagsButton = QPushButton(SearchView)
        self.browseTagsButton.setObjectName(u"browseTagsButton")

        self.queryRow.addWidget(self.browseTagsButton)


        self.searchLayout.addLayout(self.queryRow)

        self.filtersRow = QHBoxLayout()
        self.filtersRow.setSpacing(8)
        self.filtersRow.setObjectName(u"filtersRow")
        self.dayFilters = QHBoxLayout()
        self.dayFilters.setSpacing(8)
        self.dayFilters.setObjectName(u"dayFilters")
        self.fromLabel = QLabel(SearchView)
        self.fromLabel.setObjectName(u"fromLabel")

        self.dayFilters.addWidget(self.fromLabel)

        self.fromDate = OptionalDateEdit(SearchView)
        self.fromDate.setObjectName(u"fromDate")

        self.dayFilters.addWidget(self.fromDate)

        self.toLabel = QLabel(SearchView)
        self.toLabel.setObjectName(u"toLabel")

        self.dayFilters.addWidget(self.toLabel)

        self.toDate = OptionalDateEdit(SearchView)
        self.toDate.setObjectName(u"toDate")

        self.dayFilters.addWidget(self.toDate)

        self.dayFiltersSpacer = QSpacerItem(8, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayFilters.addItem(self.dayFiltersSpacer)


        self.filtersRow.addLayout(self.dayFilters)

        self.choiceFilters = QHBoxLayout()
        self.choiceFilters.setSpacing(8)
        self.choiceFilters.setObjectName(u"choiceFilters")
        self.kindCombo = QComboBox(SearchView)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(12)

        self.choiceFilters.addWidget(self.kindCombo)

        self.tagCombo = QComboBox(SearchView)
        self.tagCombo.setObjectName(u"tagCombo")
        self.tagCombo.setEditable(True)
        self.tagCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tagCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tagCombo.setMinimumContentsLength(10)

        self.choiceFilters.addWidget(self.tagCombo)

        self.choiceFiltersSpacer = QSpacerItem(8, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceFilters.addItem(self.choiceFiltersSpacer)

        self.clearFiltersButton = QPushButton(SearchView)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.choiceFilters.addWidget(self.clearFiltersButton)


        self.filtersRow.addLayout(self.choiceFilters)


        self.searchLayout.addLayout(self.filtersRow)

        self.resultsStack = QStackedWidget(SearchView)
        self.resultsStack.setObjectName(u"resultsStack")
        self.messagePage = QWidget()
        self.messagePage.setObjectName(u"messagePage")
        self.messageLayout = QVBoxLayout(self.messagePage)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(0, 32, 0, 0)
        self.messageLabel = QLabel(self.messagePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.messageLayout.addWidget(self.messageLabel)

        self.messageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.messageLayout.addItem(self.messageSpacer)

        self.resultsStack.addWidget(self.messagePage)
        self.resultsPage = QWidget()
        self.resultsPage.setObjectName(u"resultsPage")
        self.resultsLayout = QVBoxLayout(self.resultsPage)
        self.resultsLayout.setSpacing(6)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.countRow = QHBoxLayout()
        self.countRow.setObjectName(u"countRow")
        self.countLabel = QLabel(self.resultsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.countRow.addWidget(self.countLabel)

        self.countSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countRow.addItem(self.countSpacer)

        self.exportResultsButton = QPushButton(self.resultsPage)
        self.exportResultsButton.setObjectName(u"exportResultsButton")

        self.countRow.addWidget(self.exportResultsButton)


        self.resultsLayout.addLayout(self.countRow)

        self.resultsList = QListView(self.resultsPage)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.resultsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resultsList.setResizeMode(QListView.ResizeMode.Adjust)
        self.resultsList.setWordWrap(True)
        self.resultsList.setUniformItemSizes(False)

        self.resultsLayout.addWidget(self.resultsList)

        self.resultsStack.addWidget(self.resultsPage)

        self.searchLayout.addWidget(self.resultsStack)

        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        QWidget.setTabOrder(self.queryEdit, self.browseTagsButton)
        QWidget.setTabOrder(self.browseTagsButton, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.tagCombo)
        QWidget.setTabOrder(self.tagCombo, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.exportResultsButton)
        QWidget.setTabOrder(self.exportResultsButton, self.resultsList)

        self.retranslateUi(SearchView)

        QMetaObject.connectSlotsByName(SearchView)
    # setupUi

    def retranslateUi(self, SearchView: Any) -> None:
        SearchView.setAccessibleName(QCoreApplication.translate("SearchView", u"Search", None))
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchView", u"Search your journal", None))
        self.queryEdit.setAccessibleName(QCoreApplication.translate("SearchView", u"Search words", None))
        self.queryEdit.setAccessibleDescription(QCoreApplication.translate("SearchView", u"Matching entries appear as you type. Press Down to move to the results.", None))
        self.browseTagsButton.setText(QCoreApplication.translate("SearchView", u"Tags\u2026", None))
        self.browseTagsButton.setAccessibleName(QCoreApplication.translate("SearchView", u"Browse tags", None))
        self.browseTagsButton.setToolTip(QCoreApplication.translate("SearchView", u"Every tag with its entries, without typing a word (Ctrl+Shift+T)", None))
        self.fromLabel.setText(QCoreApplication.translate("SearchView", u"&From", None))
        self.fromDate.setAccessibleName(QCoreApplication.translate("SearchView", u"From day", None))
        self.fromDate.setAccessibleDescription(QCoreApplication.translate("SearchView", u"Only entries from this day on. Press Delete for any day.", None))
        self.fromDate.setToolTip(QCoreApplication.translate("SearchView", u"Only entries from this day on (Delete: any day)", None))
        self.toLabel.setText(QCoreApplication.translate("SearchView", u"&to", None))
        self.toDate.setAccessibleName(QCoreApplication.translate("SearchView", u"Until day", None))
        self.toDate.setAccessibleDescription(QCoreApplication.translate("SearchView", u"Only entries up to this day. Press Delete for any day.", None))
        self.toDate.setToolTip(QCoreApplication.translate("SearchView", u"Only entries up to this day (Delete: any day)", None))
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SearchView", u"Kind of entry", None))
        self.kindCombo.setToolTip(QCoreApplication.translate("SearchView", u"Only notes, or only one exercise", None))
        self.tagCombo.setAccessibleName(QCoreApplication.translate("SearchView", u"Tag", None))
        self.tagCombo.setAccessibleDescription(QCoreApplication.translate("SearchView", u"Only entries with this tag. Type to find a tag.", None))
        self.tagCombo.setToolTip(QCoreApplication.translate("SearchView", u"Only entries with this tag", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("SearchView", u"Clear filters", None))
        self.clearFiltersButton.setAccessibleName(QCoreApplication.translate("SearchView", u"Clear filters", None))
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("SearchView", u"Search every day, kind and tag again", None))
        self.messageLabel.setText(QCoreApplication.translate("SearchView", u"Type a word or a phrase. Quotes find an exact phrase.", None))
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SearchView", u"Search status", None))
        self.countLabel.setAccessibleName(QCoreApplication.translate("SearchView", u"Number of entries found", None))
        self.exportResultsButton.setText(QCoreApplication.translate("SearchView", u"Export these\u2026", None))
        self.exportResultsButton.setAccessibleName(QCoreApplication.translate("SearchView", u"Export these entries", None))
        self.exportResultsButton.setToolTip(QCoreApplication.translate("SearchView", u"Export the entries found, ticked in the export dialog, where you can untick any", None))
        self.resultsList.setAccessibleName(QCoreApplication.translate("SearchView", u"Search results", None))
        self.resultsList.setAccessibleDescription(QCoreApplication.translate("SearchView", u"Press Enter to open an entry.", None))
    # retranslateUi
