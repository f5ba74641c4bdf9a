"""Generated from ui/export_dialog.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

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

        self.formatBox = QGroupBox(ExportDialog)
        self.formatBox.setObjectName(u"formatBox")
        self.formatLayout = QVBoxLayout(self.formatBox)
        self.formatLayout.setSpacing(4)
        self.formatLayout.setObjectName(u"formatLayout")
        self.jsonChoice = QRadioButton(self.formatBox)
        self.jsonChoice.setObjectName(u"jsonChoice")
        self.jsonChoice.setChecked(True)

        self.formatLayout.addWidget(self.jsonChoice)

        self.markdownChoice = QRadioButton(self.formatBox)
        self.markdownChoice.setObjectName(u"markdownChoice")

        self.formatLayout.addWidget(self.markdownChoice)

        self.pdfChoice = QRadioButton(self.formatBox)
        self.pdfChoice.setObjectName(u"pdfChoice")

        self.formatLayout.addWidget(self.pdfChoice)


        self.dialogLayout.addWidget(self.formatBox)

        self.entriesBox = QGroupBox(ExportDialog)
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


        self.dialogLayout.addWidget(self.entriesBox)

        self.partsBox = QGroupBox(ExportDialog)
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

        self.partsLayout.addWidget(self.partBody, 0, 2, 1, 1)

        self.partAnswers = QCheckBox(self.partsBox)
        self.partAnswers.setObjectName(u"partAnswers")
        self.partAnswers.setChecked(True)

        self.partsLayout.addWidget(self.partAnswers, 1, 0, 1, 1)

        self.partRatings = QCheckBox(self.partsBox)
        self.partRatings.setObjectName(u"partRatings")
        self.partRatings.setChecked(True)

        self.partsLayout.addWidget(self.partRatings, 1, 1, 1, 1)

        self.partTags = QCheckBox(self.partsBox)
        self.partTags.setObjectName(u"partTags")
        self.partTags.setChecked(True)

        self.partsLayout.addWidget(self.partTags, 1, 2, 1, 1)


        self.dialogLayout.addWidget(self.partsBox)

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

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)


        self.dialogLayout.addLayout(self.buttonRow)

        self.destinationLabel.setBuddy(self.destination)
        QWidget.setTabOrder(self.jsonChoice, self.markdownChoice)
        QWidget.setTabOrder(self.markdownChoice, self.pdfChoice)
        QWidget.setTabOrder(self.pdfChoice, self.everythingChoice)
        QWidget.setTabOrder(self.everythingChoice, self.rangeChoice)
        QWidget.setTabOrder(self.rangeChoice, self.firstDay)
        QWidget.setTabOrder(self.firstDay, self.lastDay)
        QWidget.setTabOrder(self.lastDay, self.entryChoice)
        QWidget.setTabOrder(self.entryChoice, self.partDate)
        QWidget.setTabOrder(self.partDate, self.partTitle)
        QWidget.setTabOrder(self.partTitle, self.partBody)
        QWidget.setTabOrder(self.partBody, self.partAnswers)
        QWidget.setTabOrder(self.partAnswers, self.partRatings)
        QWidget.setTabOrder(self.partRatings, self.partTags)
        QWidget.setTabOrder(self.partTags, self.destination)
        QWidget.setTabOrder(self.destination, self.chooseDestinationButton)
        QWidget.setTabOrder(self.chooseDestinationButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.exportButton)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog: Any) -> None:
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export entries", None))
        ExportDialog.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export entries", None))
        self.heading.setText(QCoreApplication.translate("ExportDialog", u"Export entries", None))
        self.formatBox.setTitle(QCoreApplication.translate("ExportDialog", u"Format", None))
        self.jsonChoice.setText(QCoreApplication.translate("ExportDialog", u"&JSON: everything, and it can be imported again", None))
        self.jsonChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export as JSON", None))
        self.markdownChoice.setText(QCoreApplication.translate("ExportDialog", u"&Markdown: a folder with one file per entry, for Obsidian or any editor", None))
        self.markdownChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export as Markdown", None))
        self.pdfChoice.setText(QCoreApplication.translate("ExportDialog", u"&PDF: for printing, or sharing with someone you trust, such as a therapist", None))
        self.pdfChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export as PDF", None))
        self.entriesBox.setTitle(QCoreApplication.translate("ExportDialog", u"Entries", None))
        self.everythingChoice.setText(QCoreApplication.translate("ExportDialog", u"&All entries", None))
        self.everythingChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export all entries", None))
        self.rangeChoice.setText(QCoreApplication.translate("ExportDialog", u"&Days from", None))
        self.rangeChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export the entries of a range of days", None))
        self.firstDay.setAccessibleName(QCoreApplication.translate("ExportDialog", u"First day", None))
        self.rangeTo.setText(QCoreApplication.translate("ExportDialog", u"to", None))
        self.lastDay.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Last day", None))
        self.entryChoice.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export only the entry that is open", None))
        self.partsBox.setTitle(QCoreApplication.translate("ExportDialog", u"Show in the PDF", None))
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
        self.notEncrypted.setText(QCoreApplication.translate("ExportDialog", u"Exported files are not encrypted: anyone who can open them can read them. Keep them somewhere private.", None))
        self.progress.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export progress", None))
        self.resultText.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What the export did", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Cancel", None))
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Cancel", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
        self.exportButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export the entries", None))
    # retranslateUi
