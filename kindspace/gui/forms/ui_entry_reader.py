"""Generated from ui/entry_reader.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_EntryReader(object):
    def setupUi(self, EntryReader: Any) -> None:
        if not EntryReader.objectName():
            EntryReader.setObjectName(u"EntryReader")
        EntryReader.resize(680, 600)
        self.readerLayout = QVBoxLayout(EntryReader)
        self.readerLayout.setObjectName(u"readerLayout")
        self.readerLayout.setContentsMargins(24, 16, 24, 16)
        self.entryTitle = QLabel(EntryReader)
        self.entryTitle.setObjectName(u"entryTitle")
        self.entryTitle.setWordWrap(True)

        self.readerLayout.addWidget(self.entryTitle)

        self.entryWhen = QLabel(EntryReader)
        self.entryWhen.setObjectName(u"entryWhen")

        self.readerLayout.addWidget(self.entryWhen)

        self.entryText = QTextBrowser(EntryReader)
        self.entryText.setObjectName(u"entryText")
        self.entryText.setOpenLinks(False)
        self.entryText.setFrameShape(QFrame.Shape.NoFrame)

        self.readerLayout.addWidget(self.entryText)

        self.readerButtons = QHBoxLayout()
        self.readerButtons.setObjectName(u"readerButtons")
        self.continueEntry = QPushButton(EntryReader)
        self.continueEntry.setObjectName(u"continueEntry")

        self.readerButtons.addWidget(self.continueEntry)

        self.readerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.readerButtons.addItem(self.readerSpacer)

        self.closeReader = QPushButton(EntryReader)
        self.closeReader.setObjectName(u"closeReader")

        self.readerButtons.addWidget(self.closeReader)


        self.readerLayout.addLayout(self.readerButtons)


        self.retranslateUi(EntryReader)

        QMetaObject.connectSlotsByName(EntryReader)
    # setupUi

    def retranslateUi(self, EntryReader: Any) -> None:
        self.entryTitle.setText("")
        self.entryWhen.setText("")
        self.entryText.setAccessibleName(QCoreApplication.translate("EntryReader", u"The saved exercise", None))
        self.continueEntry.setText(QCoreApplication.translate("EntryReader", u"&Continue this exercise", None))
        self.continueEntry.setAccessibleName(QCoreApplication.translate("EntryReader", u"Continue this exercise", None))
        self.closeReader.setText(QCoreApplication.translate("EntryReader", u"Back to &Today", None))
        self.closeReader.setAccessibleName(QCoreApplication.translate("EntryReader", u"Back to Today", None))
        pass
    # retranslateUi
