"""Generated from ui/sync_conflict_note.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QWidget)

class Ui_ConflictNote(object):
    def setupUi(self, ConflictNote: Any) -> None:
        if not ConflictNote.objectName():
            ConflictNote.setObjectName(u"ConflictNote")
        ConflictNote.resize(600, 48)
        ConflictNote.setFrameShape(QFrame.Shape.StyledPanel)
        self.noteLayout = QHBoxLayout(ConflictNote)
        self.noteLayout.setSpacing(12)
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteLayout.setContentsMargins(10, 6, 10, 6)
        self.noteText = QLabel(ConflictNote)
        self.noteText.setObjectName(u"noteText")
        self.noteText.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.noteText.sizePolicy().hasHeightForWidth())
        self.noteText.setSizePolicy(sizePolicy)

        self.noteLayout.addWidget(self.noteText)

        self.seeBothButton = QPushButton(ConflictNote)
        self.seeBothButton.setObjectName(u"seeBothButton")

        self.noteLayout.addWidget(self.seeBothButton)


        self.retranslateUi(ConflictNote)

        QMetaObject.connectSlotsByName(ConflictNote)
    # setupUi

    def retranslateUi(self, ConflictNote: Any) -> None:
        ConflictNote.setAccessibleName(QCoreApplication.translate("ConflictNote", u"This entry has two versions", None))
        self.noteText.setText(QCoreApplication.translate("ConflictNote", u"This entry was changed on two devices. Both versions are kept.", None))
        self.seeBothButton.setText(QCoreApplication.translate("ConflictNote", u"See &both versions", None))
        self.seeBothButton.setAccessibleName(QCoreApplication.translate("ConflictNote", u"See both versions of this entry", None))
    # retranslateUi
