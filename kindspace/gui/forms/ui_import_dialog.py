"""Generated from ui/import_dialog.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog: Any) -> None:
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(600, 380)
        ImportDialog.setAcceptDrops(True)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(ImportDialog)
        self.heading.setObjectName(u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.pages = QStackedWidget(ImportDialog)
        self.pages.setObjectName(u"pages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setSpacing(10)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLayout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self.choosePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.chooseLayout.addWidget(self.intro)

        self.sourceForm = QFormLayout()
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceForm.setHorizontalSpacing(10)
        self.sourceForm.setVerticalSpacing(8)
        self.sourceLabel = QLabel(self.choosePage)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceColumn = QVBoxLayout()
        self.sourceColumn.setSpacing(6)
        self.sourceColumn.setObjectName(u"sourceColumn")
        self.sourcePath = QLineEdit(self.choosePage)
        self.sourcePath.setObjectName(u"sourcePath")
        self.sourcePath.setClearButtonEnabled(True)
        self.sourcePath.setAcceptDrops(False)

        self.sourceColumn.addWidget(self.sourcePath)

        self.chooseRow = QHBoxLayout()
        self.chooseRow.setSpacing(8)
        self.chooseRow.setObjectName(u"chooseRow")
        self.chooseFileButton = QPushButton(self.choosePage)
        self.chooseFileButton.setObjectName(u"chooseFileButton")
        self.chooseFileButton.setAutoDefault(False)

        self.chooseRow.addWidget(self.chooseFileButton)

        self.chooseFolderButton = QPushButton(self.choosePage)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")
        self.chooseFolderButton.setAutoDefault(False)

        self.chooseRow.addWidget(self.chooseFolderButton)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseRow.addItem(self.chooseSpacer)


        self.sourceColumn.addLayout(self.chooseRow)


        self.sourceForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sourceColumn)

        self.formatLabel = QLabel(self.choosePage)
        self.formatLabel.setObjectName(u"formatLabel")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatChoice = QComboBox(self.choosePage)
        self.formatChoice.setObjectName(u"formatChoice")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formatChoice)


        self.chooseLayout.addLayout(self.sourceForm)

        self.previewScroll = QScrollArea(self.choosePage)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.previewScroll.setWidgetResizable(True)
        self.previewScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewScroll.sizePolicy().hasHeightForWidth())
        self.previewScroll.setSizePolicy(sizePolicy)
        self.previewHolder = QWidget()
        self.previewHolder.setObjectName(u"previewHolder")
        self.previewLayout = QVBoxLayout(self.previewHolder)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewText = QLabel(self.previewHolder)
        self.previewText.setObjectName(u"previewText")
        self.previewText.setText(u"")
        self.previewText.setWordWrap(True)
        self.previewText.setMargin(12)
        self.previewText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        sizePolicy.setHeightForWidth(self.previewText.sizePolicy().hasHeightForWidth())
        self.previewText.setSizePolicy(sizePolicy)
        self.previewText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewText)

        self.previewScroll.setWidget(self.previewHolder)

        self.chooseLayout.addWidget(self.previewScroll)

        self.pages.addWidget(self.choosePage)
        self.workingPage = QWidget()
        self.workingPage.setObjectName(u"workingPage")
        self.workingLayout = QVBoxLayout(self.workingPage)
        self.workingLayout.setSpacing(10)
        self.workingLayout.setObjectName(u"workingLayout")
        self.workingLayout.setContentsMargins(0, 0, 0, 0)
        self.workingText = QLabel(self.workingPage)
        self.workingText.setObjectName(u"workingText")
        self.workingText.setWordWrap(True)

        self.workingLayout.addWidget(self.workingText)

        self.progress = QProgressBar(self.workingPage)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.workingLayout.addWidget(self.progress)

        self.workingHint = QLabel(self.workingPage)
        self.workingHint.setObjectName(u"workingHint")
        self.workingHint.setWordWrap(True)

        self.workingLayout.addWidget(self.workingHint)

        self.workingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workingLayout.addItem(self.workingSpacer)

        self.pages.addWidget(self.workingPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setSpacing(10)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, 0, 0, 0)
        self.doneText = QLabel(self.donePage)
        self.doneText.setObjectName(u"doneText")
        self.doneText.setText(u"")
        self.doneText.setWordWrap(True)
        self.doneText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.doneText)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        self.pages.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.skipButton = QPushButton(ImportDialog)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setVisible(False)
        self.skipButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.skipButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

        self.sourceLabel.setBuddy(self.sourcePath)
        self.formatLabel.setBuddy(self.formatChoice)
        QWidget.setTabOrder(self.sourcePath, self.chooseFileButton)
        QWidget.setTabOrder(self.chooseFileButton, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.formatChoice)
        QWidget.setTabOrder(self.formatChoice, self.previewScroll)
        QWidget.setTabOrder(self.previewScroll, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.skipButton)
        QWidget.setTabOrder(self.skipButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(ImportDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog: Any) -> None:
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import from another journal", None))
        ImportDialog.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import from another journal", None))
        self.heading.setText(QCoreApplication.translate("ImportDialog", u"Import from another journal", None))
        self.pages.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import steps", None))
        self.intro.setText(QCoreApplication.translate("ImportDialog", u"Bring entries from jrnl, Day One or a kindspace export into this journal. You'll see what the file holds before anything is added.", None))
        self.sourceLabel.setText(QCoreApplication.translate("ImportDialog", u"&From", None))
        self.sourcePath.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Choose a file or folder, or drop it here", None))
        self.sourcePath.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File or folder to import from", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ImportDialog", u"Choose a f&ile\u2026", None))
        self.chooseFileButton.setToolTip(QCoreApplication.translate("ImportDialog", u"A .json, .txt or .zip file", None))
        self.chooseFileButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Choose a file to import", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("ImportDialog", u"Choose a f&older\u2026", None))
        self.chooseFolderButton.setToolTip(QCoreApplication.translate("ImportDialog", u"A Day One classic journal is a folder ending in .dayone", None))
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Choose a folder to import", None))
        self.formatLabel.setText(QCoreApplication.translate("ImportDialog", u"Fo&rmat", None))
        self.formatChoice.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Format of the file", None))
        self.formatChoice.setToolTip(QCoreApplication.translate("ImportDialog", u"kindspace usually recognises the format; choose one if it guesses wrong", None))
        self.previewScroll.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What the file holds", None))
        self.previewText.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What the file holds", None))
        self.workingText.setText(QCoreApplication.translate("ImportDialog", u"Adding the entries to your journal\u2026", None))
        self.progress.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import progress", None))
        self.workingHint.setText(QCoreApplication.translate("ImportDialog", u"If you stop now, nothing is added and your journal stays as it was.", None))
        self.doneText.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What the import did", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Cancel", None))
        self.skipButton.setText(QCoreApplication.translate("ImportDialog", u"Leave these out and import the rest", None))
        self.skipButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Import what kindspace can read; the summary names exactly what was left out", None))
        self.skipButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Leave out what can't be read and import the rest", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"Import", None))
        self.importButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import the entries", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Close", None))
        self.closeButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Close", None))
    # retranslateUi
