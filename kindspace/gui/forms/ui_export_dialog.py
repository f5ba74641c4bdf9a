"""Generated from ui/export_dialog.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog: Any) -> None:
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(620, 560)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(ExportDialog)
        self.heading.setObjectName(u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.choicesScroll = QScrollArea(ExportDialog)
        self.choicesScroll.setObjectName(u"choicesScroll")
        self.choicesScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.choicesScroll.setWidgetResizable(True)
        self.choicesScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.choicesScroll.sizePolicy().hasHeightForWidth())
        self.choicesScroll.setSizePolicy(sizePolicy)
        self.choicesHolder = QWidget()
        self.choicesHolder.setObjectName(u"choicesHolder")
        self.choicesLayout = QVBoxLayout(self.choicesHolder)
        self.choicesLayout.setSpacing(12)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setContentsMargins(0, 0, 0, 0)
        self.formatBox = QGroupBox(self.choicesHolder)
        self.formatBox.setObjectName(u"formatBox")
        self.formatLayout = QVBoxLayout(self.formatBox)
        self.formatLayout.setSpacing(8)
        self.formatLayout.setObjectName(u"formatLayout")
        self.jsonColumn = QVBoxLayout()
        self.jsonColumn.setSpacing(0)
        self.jsonColumn.setObjectName(u"jsonColumn")
        self.jsonChoice = QRadioButton(self.formatBox)
        self.jsonChoice.setObjectName(u"jsonChoice")
        self.jsonChoice.setChecked(True)

        self.jsonColumn.addWidget(self.jsonChoice)

        self.jsonAbout = QLabel(self.formatBox)
        self.jsonAbout.setObjectName(u"jsonAbout")
        self.jsonAbout.setWordWrap(True)

        self.jsonColumn.addWidget(self.jsonAbout)


        self.formatLayout.addLayout(self.jsonColumn)

        self.markdownColumn = QVBoxLayout()
        self.markdownColumn.setSpacing(0)
        self.markdownColumn.setObjectName(u"markdownColumn")
        self.markdownChoice = QRadioButton(self.formatBox)
        self.markdownChoice.setObjectName(u"markdownChoice")

        self.markdownColumn.addWidget(self.markdownChoice)

        self.markdownAbout = QLabel(self.formatBox)
        self.markdownAbout.setObjectName(u"markdownAbout")
        self.markdownAbout.setWordWrap(True)

        self.markdownColumn.addWidget(self.markdownAbout)


        self.formatLayout.addLayout(self.markdownColumn)

        self.pdfColumn = QVBoxLayout()
        self.pdfColumn.setSpacing(0)
        self.pdfColumn.setObjectName(u"pdfColumn")
        self.pdfChoice = QRadioButton(self.formatBox)
        self.pdfChoice.setObjectName(u"pdfChoice")

        self.pdfColumn.addWidget(self.pdfChoice)

        self.pdfAbout = QLabel(self.formatBox)
        self.pdfAbout.setObjectName(u"pdfAbout")
        self.pdfAbout.setWordWrap(True)

        self.pdfColumn.addWidget(self.pdfAbout)


        self.formatLayout.addLayout(self.pdfColumn)


        self.choicesLayout.addWidget(self.formatBox)

        self.entriesBox = QGroupBox(self.choicesHolder)
        self.entriesBox.setObjectName(u"entriesBox")
        self.entriesLayout = QVBoxLayout(self.entriesBox)
        self.entriesLayout.setSpacing(4)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.everythingChoice = QRadioButton(self.entriesBox)
        self.everythingChoice.setObjectName(u"everythingChoice")
        self.everythingChoice.setChecked(True)

        self.entriesLayout.addWidget(self.everythingChoice)

        self.rangeRow = QHBoxLayout()
        self.rangeRow.setSpacing(8)
        self.rangeRow.setObjectName(u"rangeRow")
        self.rangeChoice = QRadioButton(self.entriesBox)
        self.rangeChoice.setObjectName(u"rangeChoice")

        self.rangeRow.addWidget(self.rangeChoice)

        self.firstDay = QDateEdit(self.entriesBox)
        self.firstDay.setObjectName(u"firstDay")
        self.firstDay.setCalendarPopup(True)
        self.firstDay.setDisplayFormat(u"d MMM yyyy")

        self.rangeRow.addWidget(self.firstDay)

        self.rangeTo = QLabel(self.entriesBox)
        self.rangeTo.setObjectName(u"rangeTo")

        self.rangeRow.addWidget(self.rangeTo)

        self.lastDay = QDateEdit(self.entriesBox)
        self.lastDay.setObjectName(u"lastDay")
        self.lastDay.setCalendarPopup(True)
        self.lastDay.setDisplayFormat(u"d MMM yyyy")

        self.rangeRow.addWidget(self.lastDay)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeRow.addItem(self.rangeSpacer)


        self.entriesLayout.addLayout(self.rangeRow)

        self.entryChoice = QRadioButton(self.entriesBox)
        self.entryChoice.setObjectName(u"entryChoice")
        self.entryChoice.setText(u"Only the open entry")

        self.entriesLayout.addWidget(self.entryChoice)

        self.tickedChoice = QRadioButton(self.entriesBox)
        self.tickedChoice.setObjectName(u"tickedChoice")

        self.entriesLayout.addWidget(self.tickedChoice)

        self.entryList = QListWidget(self.entriesBox)
        self.entryList.setObjectName(u"entryList")
        self.entryList.setMaximumSize(QSize(16777215, 120))
        self.entryList.setUniformItemSizes(True)

        self.entriesLayout.addWidget(self.entryList)

        self.tagRow = QHBoxLayout()
        self.tagRow.setSpacing(8)
        self.tagRow.setObjectName(u"tagRow")
        self.tagLabel = QLabel(self.entriesBox)
        self.tagLabel.setObjectName(u"tagLabel")

        self.tagRow.addWidget(self.tagLabel)

        self.tagChoice = QComboBox(self.entriesBox)
        self.tagChoice.setObjectName(u"tagChoice")
        self.tagChoice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.tagRow.addWidget(self.tagChoice)

        self.tagSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tagRow.addItem(self.tagSpacer)


        self.entriesLayout.addLayout(self.tagRow)


        self.choicesLayout.addWidget(self.entriesBox)

        self.partsBox = QGroupBox(self.choicesHolder)
        self.partsBox.setObjectName(u"partsBox")
        self.partsLayout = QGridLayout(self.partsBox)
        self.partsLayout.setObjectName(u"partsLayout")
        self.partsLayout.setHorizontalSpacing(16)
        self.partsLayout.setVerticalSpacing(4)
        self.partDate = QCheckBox(self.partsBox)
        self.partDate.setObjectName(u"partDate")
        self.partDate.setChecked(True)

        self.partsLayout.addWidget(self.partDate, 0, 0, 1, 1)

        self.partTitle = QCheckBox(self.partsBox)
        self.partTitle.setObjectName(u"partTitle")
        self.partTitle.setChecked(True)

        self.partsLayout.addWidget(self.partTitle, 0, 1, 1, 1)

        self.partBody = QCheckBox(self.partsBox)
        self.partBody.setObjectName(u"partBody")
        self.partBody.setChecked(True)

        self.partsLayout.addWidget(self.partBody, 1, 0, 1, 1)

        self.partAnswers = QCheckBox(self.partsBox)
        self.partAnswers.setObjectName(u"partAnswers")
        self.partAnswers.setChecked(True)

        self.partsLayout.addWidget(self.partAnswers, 1, 1, 1, 1)

        self.partRatings = QCheckBox(self.partsBox)
        self.partRatings.setObjectName(u"partRatings")
        self.partRatings.setChecked(True)

        self.partsLayout.addWidget(self.partRatings, 2, 0, 1, 1)

        self.partTags = QCheckBox(self.partsBox)
        self.partTags.setObjectName(u"partTags")
        self.partTags.setChecked(True)

        self.partsLayout.addWidget(self.partTags, 2, 1, 1, 1)


        self.choicesLayout.addWidget(self.partsBox)

        self.choicesScroll.setWidget(self.choicesHolder)

        self.dialogLayout.addWidget(self.choicesScroll)

        self.destinationRow = QHBoxLayout()
        self.destinationRow.setSpacing(8)
        self.destinationRow.setObjectName(u"destinationRow")
        self.destinationLabel = QLabel(ExportDialog)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.destinationRow.addWidget(self.destinationLabel)

        self.destination = QLineEdit(ExportDialog)
        self.destination.setObjectName(u"destination")

        self.destinationRow.addWidget(self.destination)

        self.chooseDestinationButton = QPushButton(ExportDialog)
        self.chooseDestinationButton.setObjectName(u"chooseDestinationButton")
        self.chooseDestinationButton.setAutoDefault(False)

        self.destinationRow.addWidget(self.chooseDestinationButton)


        self.dialogLayout.addLayout(self.destinationRow)

        self.leavingText = QLabel(ExportDialog)
        self.leavingText.setObjectName(u"leavingText")
        self.leavingText.setText(u"")
        self.leavingText.setWordWrap(True)

        self.dialogLayout.addWidget(self.leavingText)

        self.notEncrypted = QLabel(ExportDialog)
        self.notEncrypted.setObjectName(u"notEncrypted")
        self.notEncrypted.setWordWrap(True)

        self.dialogLayout.addWidget(self.notEncrypted)

        self.progress = QProgressBar(ExportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.dialogLayout.addWidget(self.progress)

        self.resultText = QLabel(ExportDialog)
        self.resultText.setObjectName(u"resultText")
        self.resultText.setText(u"")
        self.resultText.setWordWrap(True)
        self.resultText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.resultText)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.printButton = QPushButton(ExportDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.printButton)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)


        self.dialogLayout.addLayout(self.buttonRow)

        self.tagLabel.setBuddy(self.tagChoice)
        self.destinationLabel.setBuddy(self.destination)
        QWidget.setTabOrder(self.jsonChoice, self.markdownChoice)
        QWidget.setTabOrder(self.markdownChoice, self.pdfChoice)
        QWidget.setTabOrder(self.pdfChoice, self.everythingChoice)
        QWidget.setTabOrder(self.everythingChoice, self.rangeChoice)
        QWidget.setTabOrder(self.rangeChoice, self.firstDay)
        QWidget.setTabOrder(self.firstDay, self.lastDay)
        QWidget.setTabOrder(self.lastDay, self.entryChoice)
        QWidget.setTabOrder(self.entryChoice, self.tickedChoice)
        QWidget.setTabOrder(self.tickedChoice, self.entryList)
        QWidget.setTabOrder(self.entryList, self.tagChoice)
        QWidget.setTabOrder(self.tagChoice, self.partDate)
        QWidget.setTabOrder(self.partDate, self.partTitle)
        QWidget.setTabOrder(self.partTitle, self.partBody)
        QWidget.setTabOrder(self.partBody, self.partAnswers)
        QWidget.setTabOrder(self.partAnswers, self.partRatings)
        QWidget.setTabOrder(self.partRatings, self.partTags)
        QWidget.setTabOrder(self.partTags, self.destination)
        QWidget.setTabOrder(self.destination, self.chooseDestinationButton)
        QWidget.setTabOrder(self.chooseDestinationButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog: Any) -> None:
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export entries", None))
        ExportDialog.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export entries", None))
        self.heading.setText(QCoreApplication.translate("ExportDialog", u"Export entries", None))
        self.choicesScroll.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What to export", None))
        self.formatBox.setTitle(QCoreApplication.translate("ExportDialog", u"Format", None))
        self.jsonChoice.setText(QCoreApplication.translate("ExportDialog", u"&JSON", None))
        self.jsonChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export as JSON", None))
        self.jsonAbout.setText(QCoreApplication.translate("ExportDialog", u"With every part ticked, it can be imported again.", None))
        self.markdownChoice.setText(QCoreApplication.translate("ExportDialog", u"&Markdown", None))
        self.markdownChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export as Markdown", None))
        self.markdownAbout.setText(QCoreApplication.translate("ExportDialog", u"A folder with one file per entry, for Obsidian or any editor.", None))
        self.pdfChoice.setText(QCoreApplication.translate("ExportDialog", u"&PDF", None))
        self.pdfChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export as PDF", None))
        self.pdfAbout.setText(QCoreApplication.translate("ExportDialog", u"For printing, or sharing with someone you trust, such as a therapist.", None))
        self.entriesBox.setTitle(QCoreApplication.translate("ExportDialog", u"Entries", None))
        self.everythingChoice.setText(QCoreApplication.translate("ExportDialog", u"&All entries", None))
        self.everythingChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export all entries", None))
        self.rangeChoice.setText(QCoreApplication.translate("ExportDialog", u"&Days from", None))
        self.rangeChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export the entries of a range of days", None))
        self.firstDay.setAccessibleName(QCoreApplication.translate("ExportDialog", u"First day", None))
        self.rangeTo.setText(QCoreApplication.translate("ExportDialog", u"to", None))
        self.lastDay.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Last day", None))
        self.entryChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export only the entry that is open", None))
        self.tickedChoice.setText(QCoreApplication.translate("ExportDialog", u"Only the entries I t&ick:", None))
        self.tickedChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export only the ticked entries", None))
        self.entryList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Entries to tick", None))
        self.entryList.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Tick each entry to export, newest first; Space ticks the current one", None))
        self.tagLabel.setText(QCoreApplication.translate("ExportDialog", u"Only with the ta&g", None))
        self.tagChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Only entries with this tag", None))
        self.partsBox.setTitle(QCoreApplication.translate("ExportDialog", u"Parts to include", None))
        self.partDate.setText(QCoreApplication.translate("ExportDialog", u"Date", None))
        self.partDate.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Show the date", None))
        self.partTitle.setText(QCoreApplication.translate("ExportDialog", u"Title", None))
        self.partTitle.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Show the title", None))
        self.partBody.setText(QCoreApplication.translate("ExportDialog", u"Text", None))
        self.partBody.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Show the text", None))
        self.partAnswers.setText(QCoreApplication.translate("ExportDialog", u"Exercise answers", None))
        self.partAnswers.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Show the exercise answers", None))
        self.partRatings.setText(QCoreApplication.translate("ExportDialog", u"Ratings", None))
        self.partRatings.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Show the before and after ratings", None))
        self.partTags.setText(QCoreApplication.translate("ExportDialog", u"Tags", None))
        self.partTags.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Show the tags", None))
        self.destinationLabel.setText(QCoreApplication.translate("ExportDialog", u"&Save to", None))
        self.destination.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Where to save the export", None))
        self.chooseDestinationButton.setText(QCoreApplication.translate("ExportDialog", u"C&hoose\u2026", None))
        self.chooseDestinationButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose where to save the export", None))
        self.leavingText.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What will leave the encryption", None))
        self.notEncrypted.setText(QCoreApplication.translate("ExportDialog", u"Exported files are not encrypted: anyone who can open them can read them. Keep them somewhere private.", None))
        self.progress.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export progress", None))
        self.resultText.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What the export did", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Cancel", None))
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Cancel", None))
        self.printButton.setText(QCoreApplication.translate("ExportDialog", u"&Print\u2026", None))
        self.printButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Print the entries", None))
        self.printButton.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Opens the print dialog, to print the chosen entries as the PDF would show them", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
        self.exportButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export the entries", None))
    # retranslateUi
