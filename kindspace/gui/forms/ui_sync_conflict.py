"""Generated from ui/sync_conflict.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConflictView(object):
    def setupUi(self, ConflictView: Any) -> None:
        if not ConflictView.objectName():
            ConflictView.setObjectName(u"ConflictView")
        ConflictView.resize(760, 560)
        self.conflictLayout = QVBoxLayout(ConflictView)
        self.conflictLayout.setSpacing(10)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLayout.setContentsMargins(24, 16, 24, 16)
        self.heading = QLabel(ConflictView)
        self.heading.setObjectName(u"heading")

        self.conflictLayout.addWidget(self.heading)

        self.intro = QLabel(ConflictView)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.conflictLayout.addWidget(self.intro)

        self.whichPart = QLabel(ConflictView)
        self.whichPart.setObjectName(u"whichPart")
        self.whichPart.setText(u"")
        self.whichPart.setWordWrap(True)

        self.conflictLayout.addWidget(self.whichPart)

        self.versionsRow = QHBoxLayout()
        self.versionsRow.setSpacing(16)
        self.versionsRow.setObjectName(u"versionsRow")
        self.shownColumn = QVBoxLayout()
        self.shownColumn.setSpacing(6)
        self.shownColumn.setObjectName(u"shownColumn")
        self.shownCaption = QLabel(ConflictView)
        self.shownCaption.setObjectName(u"shownCaption")
        self.shownCaption.setText(u"")
        self.shownCaption.setWordWrap(True)

        self.shownColumn.addWidget(self.shownCaption)

        self.shownText = QPlainTextEdit(ConflictView)
        self.shownText.setObjectName(u"shownText")
        self.shownText.setReadOnly(True)
        self.shownText.setTabChangesFocus(True)

        self.shownColumn.addWidget(self.shownText)

        self.keepShownButton = QPushButton(ConflictView)
        self.keepShownButton.setObjectName(u"keepShownButton")

        self.shownColumn.addWidget(self.keepShownButton)


        self.versionsRow.addLayout(self.shownColumn)

        self.otherColumn = QVBoxLayout()
        self.otherColumn.setSpacing(6)
        self.otherColumn.setObjectName(u"otherColumn")
        self.otherCaption = QLabel(ConflictView)
        self.otherCaption.setObjectName(u"otherCaption")
        self.otherCaption.setText(u"")
        self.otherCaption.setWordWrap(True)

        self.otherColumn.addWidget(self.otherCaption)

        self.otherChoice = QComboBox(ConflictView)
        self.otherChoice.setObjectName(u"otherChoice")

        self.otherColumn.addWidget(self.otherChoice)

        self.otherText = QPlainTextEdit(ConflictView)
        self.otherText.setObjectName(u"otherText")
        self.otherText.setReadOnly(True)
        self.otherText.setTabChangesFocus(True)

        self.otherColumn.addWidget(self.otherText)

        self.keepOtherButton = QPushButton(ConflictView)
        self.keepOtherButton.setObjectName(u"keepOtherButton")

        self.otherColumn.addWidget(self.keepOtherButton)


        self.versionsRow.addLayout(self.otherColumn)


        self.conflictLayout.addLayout(self.versionsRow)

        self.combinedArea = QWidget(ConflictView)
        self.combinedArea.setObjectName(u"combinedArea")
        self.combinedLayout = QVBoxLayout(self.combinedArea)
        self.combinedLayout.setSpacing(6)
        self.combinedLayout.setObjectName(u"combinedLayout")
        self.combinedLayout.setContentsMargins(0, 0, 0, 0)
        self.combinedLabel = QLabel(self.combinedArea)
        self.combinedLabel.setObjectName(u"combinedLabel")
        self.combinedLabel.setWordWrap(True)

        self.combinedLayout.addWidget(self.combinedLabel)

        self.combinedText = QPlainTextEdit(self.combinedArea)
        self.combinedText.setObjectName(u"combinedText")
        self.combinedText.setTabChangesFocus(True)

        self.combinedLayout.addWidget(self.combinedText)

        self.combinedButtons = QHBoxLayout()
        self.combinedButtons.setObjectName(u"combinedButtons")
        self.combinedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.combinedButtons.addItem(self.combinedSpacer)

        self.keepCombinedButton = QPushButton(self.combinedArea)
        self.keepCombinedButton.setObjectName(u"keepCombinedButton")

        self.combinedButtons.addWidget(self.keepCombinedButton)


        self.combinedLayout.addLayout(self.combinedButtons)


        self.conflictLayout.addWidget(self.combinedArea)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(8)
        self.bottomRow.setObjectName(u"bottomRow")
        self.combineButton = QPushButton(ConflictView)
        self.combineButton.setObjectName(u"combineButton")

        self.bottomRow.addWidget(self.combineButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.laterButton = QPushButton(ConflictView)
        self.laterButton.setObjectName(u"laterButton")

        self.bottomRow.addWidget(self.laterButton)


        self.conflictLayout.addLayout(self.bottomRow)

        self.status = QLabel(ConflictView)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setWordWrap(True)

        self.conflictLayout.addWidget(self.status)

        self.combinedLabel.setBuddy(self.combinedText)
        QWidget.setTabOrder(self.shownText, self.keepShownButton)
        QWidget.setTabOrder(self.keepShownButton, self.otherChoice)
        QWidget.setTabOrder(self.otherChoice, self.otherText)
        QWidget.setTabOrder(self.otherText, self.keepOtherButton)
        QWidget.setTabOrder(self.keepOtherButton, self.combinedText)
        QWidget.setTabOrder(self.combinedText, self.keepCombinedButton)
        QWidget.setTabOrder(self.keepCombinedButton, self.combineButton)
        QWidget.setTabOrder(self.combineButton, self.laterButton)

        self.retranslateUi(ConflictView)

        QMetaObject.connectSlotsByName(ConflictView)
    # setupUi

    def retranslateUi(self, ConflictView: Any) -> None:
        ConflictView.setAccessibleName(QCoreApplication.translate("ConflictView", u"Two versions of an entry", None))
        self.heading.setText(QCoreApplication.translate("ConflictView", u"Two versions of this entry", None))
        self.intro.setText(QCoreApplication.translate("ConflictView", u"This entry was changed on two devices before they could exchange their changes. Both versions are kept, so nothing is lost. Keep the one you want (the other is then let go), or combine them into one.", None))
        self.shownText.setAccessibleName(QCoreApplication.translate("ConflictView", u"The version shown now", None))
        self.keepShownButton.setText(QCoreApplication.translate("ConflictView", u"Keep &this version", None))
        self.keepShownButton.setAccessibleName(QCoreApplication.translate("ConflictView", u"Keep the version shown now", None))
        self.otherChoice.setAccessibleName(QCoreApplication.translate("ConflictView", u"Which other version to compare", None))
        self.otherText.setAccessibleName(QCoreApplication.translate("ConflictView", u"The other version", None))
        self.keepOtherButton.setText(QCoreApplication.translate("ConflictView", u"Keep th&at version", None))
        self.keepOtherButton.setAccessibleName(QCoreApplication.translate("ConflictView", u"Keep the other version", None))
        self.combinedLabel.setText(QCoreApplication.translate("ConflictView", u"Both versions together; you can edit the text before keeping it", None))
        self.combinedText.setAccessibleName(QCoreApplication.translate("ConflictView", u"Both versions combined", None))
        self.keepCombinedButton.setText(QCoreApplication.translate("ConflictView", u"Keep the &combined version", None))
        self.keepCombinedButton.setAccessibleName(QCoreApplication.translate("ConflictView", u"Keep the combined version", None))
        self.combineButton.setText(QCoreApplication.translate("ConflictView", u"Co&mbine them\u2026", None))
        self.combineButton.setAccessibleName(QCoreApplication.translate("ConflictView", u"Combine both versions", None))
        self.laterButton.setText(QCoreApplication.translate("ConflictView", u"Decide &later", None))
        self.laterButton.setAccessibleName(QCoreApplication.translate("ConflictView", u"Decide later and go back", None))
        self.status.setAccessibleName(QCoreApplication.translate("ConflictView", u"Message", None))
    # retranslateUi
