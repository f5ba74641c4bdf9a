"""Generated from ui/reminder_popup.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_ReminderPopup(object):
    def setupUi(self, ReminderPopup: Any) -> None:
        if not ReminderPopup.objectName():
            ReminderPopup.setObjectName(u"ReminderPopup")
        ReminderPopup.resize(340, 150)
        ReminderPopup.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardLayout = QVBoxLayout(ReminderPopup)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(16, 14, 16, 14)
        self.title = QLabel(ReminderPopup)
        self.title.setObjectName(u"title")

        self.cardLayout.addWidget(self.title)

        self.prompt = QLabel(ReminderPopup)
        self.prompt.setObjectName(u"prompt")
        self.prompt.setText(u"A small moment for yourself?")
        self.prompt.setWordWrap(True)

        self.cardLayout.addWidget(self.prompt)

        self.suggestion = QLabel(ReminderPopup)
        self.suggestion.setObjectName(u"suggestion")
        self.suggestion.setText(u"")
        self.suggestion.setWordWrap(True)

        self.cardLayout.addWidget(self.suggestion)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.startButton = QPushButton(ReminderPopup)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.startButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.startButton)

        self.laterButton = QPushButton(ReminderPopup)
        self.laterButton.setObjectName(u"laterButton")
        self.laterButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.laterButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.laterButton)

        self.notTodayButton = QPushButton(ReminderPopup)
        self.notTodayButton.setObjectName(u"notTodayButton")
        self.notTodayButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.notTodayButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.notTodayButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QToolButton(ReminderPopup)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.closeButton.setText(u"\u00d7")
        self.closeButton.setAutoRaise(True)

        self.buttonRow.addWidget(self.closeButton)


        self.cardLayout.addLayout(self.buttonRow)


        self.retranslateUi(ReminderPopup)

        QMetaObject.connectSlotsByName(ReminderPopup)
    # setupUi

    def retranslateUi(self, ReminderPopup: Any) -> None:
        ReminderPopup.setWindowTitle(QCoreApplication.translate("ReminderPopup", u"kindspace reminder", None))
        self.title.setText(QCoreApplication.translate("ReminderPopup", u"kindspace", None))
        self.startButton.setAccessibleName(QCoreApplication.translate("ReminderPopup", u"Start the suggested practice", None))
        self.startButton.setText(QCoreApplication.translate("ReminderPopup", u"Start", None))
        self.laterButton.setAccessibleName(QCoreApplication.translate("ReminderPopup", u"Remind me later", None))
        self.laterButton.setText(QCoreApplication.translate("ReminderPopup", u"Later", None))
        self.notTodayButton.setAccessibleName(QCoreApplication.translate("ReminderPopup", u"No more reminders today", None))
        self.notTodayButton.setText(QCoreApplication.translate("ReminderPopup", u"Not today", None))
        self.closeButton.setToolTip(QCoreApplication.translate("ReminderPopup", u"Close this reminder", None))
        self.closeButton.setAccessibleName(QCoreApplication.translate("ReminderPopup", u"Close this reminder", None))
    # retranslateUi
