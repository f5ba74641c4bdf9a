"""Generated from ui/today.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TodayView(object):
    def setupUi(self, TodayView: Any) -> None:
        if not TodayView.objectName():
            TodayView.setObjectName(u"TodayView")
        TodayView.resize(640, 600)
        self.todayOuterLayout = QVBoxLayout(TodayView)
        self.todayOuterLayout.setObjectName(u"todayOuterLayout")
        self.todayOuterLayout.setContentsMargins(0, 0, 0, 0)
        self.todayScroll = QScrollArea(TodayView)
        self.todayScroll.setObjectName(u"todayScroll")
        self.todayScroll.setWidgetResizable(True)
        self.todayScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.todayContent = QWidget()
        self.todayContent.setObjectName(u"todayContent")
        self.todayLayout = QVBoxLayout(self.todayContent)
        self.todayLayout.setSpacing(8)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayLayout.setContentsMargins(24, 12, 24, 16)
        self.greetingRow = QHBoxLayout()
        self.greetingRow.setObjectName(u"greetingRow")
        self.greeting = QLabel(self.todayContent)
        self.greeting.setObjectName(u"greeting")
        self.greeting.setWordWrap(True)

        self.greetingRow.addWidget(self.greeting)

        self.supportButton = QPushButton(self.todayContent)
        self.supportButton.setObjectName(u"supportButton")

        self.greetingRow.addWidget(self.supportButton)

        self.greetingRow.setStretch(0, 1)

        self.todayLayout.addLayout(self.greetingRow)

        self.invitation = QLabel(self.todayContent)
        self.invitation.setObjectName(u"invitation")
        self.invitation.setWordWrap(True)

        self.todayLayout.addWidget(self.invitation)

        self.feelings = QWidget(self.todayContent)
        self.feelings.setObjectName(u"feelings")
        self.feelingsLayout = QGridLayout(self.feelings)
        self.feelingsLayout.setObjectName(u"feelingsLayout")
        self.feelingsLayout.setHorizontalSpacing(6)
        self.feelingsLayout.setVerticalSpacing(4)
        self.feelingsLayout.setContentsMargins(0, 0, 0, 0)

        self.todayLayout.addWidget(self.feelings)

        self.strengthRow = QHBoxLayout()
        self.strengthRow.setObjectName(u"strengthRow")
        self.strengthLabel = QLabel(self.todayContent)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.strengthRow.addWidget(self.strengthLabel)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setSpacing(6)
        self.strengthLayout.setObjectName(u"strengthLayout")

        self.strengthRow.addLayout(self.strengthLayout)

        self.strengthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.strengthRow.addItem(self.strengthSpacer)

        self.keepCheckIn = QPushButton(self.todayContent)
        self.keepCheckIn.setObjectName(u"keepCheckIn")

        self.strengthRow.addWidget(self.keepCheckIn)


        self.todayLayout.addLayout(self.strengthRow)

        self.checkInNote = QLabel(self.todayContent)
        self.checkInNote.setObjectName(u"checkInNote")
        self.checkInNote.setWordWrap(True)

        self.todayLayout.addWidget(self.checkInNote)

        self.suggestionBox = QFrame(self.todayContent)
        self.suggestionBox.setObjectName(u"suggestionBox")
        self.suggestionBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestionLayout = QGridLayout(self.suggestionBox)
        self.suggestionLayout.setObjectName(u"suggestionLayout")
        self.suggestionLayout.setHorizontalSpacing(12)
        self.suggestionLayout.setVerticalSpacing(4)
        self.suggestionLayout.setContentsMargins(12, 8, 12, 8)
        self.suggestionTitle = QLabel(self.suggestionBox)
        self.suggestionTitle.setObjectName(u"suggestionTitle")
        self.suggestionTitle.setWordWrap(True)

        self.suggestionLayout.addWidget(self.suggestionTitle, 0, 0, 1, 1)

        self.beginSuggestion = QPushButton(self.suggestionBox)
        self.beginSuggestion.setObjectName(u"beginSuggestion")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.beginSuggestion.sizePolicy().hasHeightForWidth())
        self.beginSuggestion.setSizePolicy(sizePolicy)

        self.suggestionLayout.addWidget(self.beginSuggestion, 0, 1, 2, 1)

        self.suggestionReason = QLabel(self.suggestionBox)
        self.suggestionReason.setObjectName(u"suggestionReason")
        self.suggestionReason.setWordWrap(True)

        self.suggestionLayout.addWidget(self.suggestionReason, 1, 0, 1, 1)


        self.todayLayout.addWidget(self.suggestionBox)

        self.shortLabel = QLabel(self.todayContent)
        self.shortLabel.setObjectName(u"shortLabel")

        self.todayLayout.addWidget(self.shortLabel)

        self.shortPractices = QGridLayout()
        self.shortPractices.setObjectName(u"shortPractices")
        self.shortPractices.setHorizontalSpacing(6)
        self.shortPractices.setVerticalSpacing(4)

        self.todayLayout.addLayout(self.shortPractices)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.showAll = QPushButton(self.todayContent)
        self.showAll.setObjectName(u"showAll")
        self.showAll.setCheckable(True)

        self.actionsRow.addWidget(self.showAll)

        self.writeNote = QPushButton(self.todayContent)
        self.writeNote.setObjectName(u"writeNote")

        self.actionsRow.addWidget(self.writeNote)

        self.writeOwn = QPushButton(self.todayContent)
        self.writeOwn.setObjectName(u"writeOwn")

        self.actionsRow.addWidget(self.writeOwn)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.todayLayout.addLayout(self.actionsRow)

        self.exercisesHeading = QLabel(self.todayContent)
        self.exercisesHeading.setObjectName(u"exercisesHeading")

        self.todayLayout.addWidget(self.exercisesHeading)

        self.exercises = QListWidget(self.todayContent)
        self.exercises.setObjectName(u"exercises")
        self.exercises.setSpacing(4)
        self.exercises.setWordWrap(True)
        self.exercises.setMinimumSize(QSize(0, 220))

        self.todayLayout.addWidget(self.exercises)

        self.ownRow = QHBoxLayout()
        self.ownRow.setObjectName(u"ownRow")
        self.editOwn = QPushButton(self.todayContent)
        self.editOwn.setObjectName(u"editOwn")

        self.ownRow.addWidget(self.editOwn)

        self.ownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownRow.addItem(self.ownSpacer)


        self.todayLayout.addLayout(self.ownRow)

        self.onThisDayHeading = QLabel(self.todayContent)
        self.onThisDayHeading.setObjectName(u"onThisDayHeading")

        self.todayLayout.addWidget(self.onThisDayHeading)

        self.onThisDayRow = QHBoxLayout()
        self.onThisDayRow.setObjectName(u"onThisDayRow")
        self.lookBack = QPushButton(self.todayContent)
        self.lookBack.setObjectName(u"lookBack")

        self.onThisDayRow.addWidget(self.lookBack)

        self.onThisDaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.onThisDayRow.addItem(self.onThisDaySpacer)


        self.todayLayout.addLayout(self.onThisDayRow)

        self.onThisDay = QListWidget(self.todayContent)
        self.onThisDay.setObjectName(u"onThisDay")
        self.onThisDay.setSpacing(4)
        self.onThisDay.setWordWrap(True)
        self.onThisDay.setMaximumSize(QSize(16777215, 180))

        self.todayLayout.addWidget(self.onThisDay)

        self.practiceRow = QHBoxLayout()
        self.practiceRow.setObjectName(u"practiceRow")
        self.practiceSummary = QLabel(self.todayContent)
        self.practiceSummary.setObjectName(u"practiceSummary")
        self.practiceSummary.setWordWrap(True)

        self.practiceRow.addWidget(self.practiceSummary)

        self.showInsights = QPushButton(self.todayContent)
        self.showInsights.setObjectName(u"showInsights")

        self.practiceRow.addWidget(self.showInsights)

        self.practiceRow.setStretch(0, 1)

        self.todayLayout.addLayout(self.practiceRow)

        self.todayBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.todayLayout.addItem(self.todayBottom)

        self.todayScroll.setWidget(self.todayContent)

        self.todayOuterLayout.addWidget(self.todayScroll)

        QWidget.setTabOrder(self.supportButton, self.keepCheckIn)
        QWidget.setTabOrder(self.keepCheckIn, self.beginSuggestion)
        QWidget.setTabOrder(self.beginSuggestion, self.showAll)
        QWidget.setTabOrder(self.showAll, self.writeNote)
        QWidget.setTabOrder(self.writeNote, self.writeOwn)
        QWidget.setTabOrder(self.writeOwn, self.exercises)
        QWidget.setTabOrder(self.exercises, self.editOwn)
        QWidget.setTabOrder(self.editOwn, self.lookBack)
        QWidget.setTabOrder(self.lookBack, self.onThisDay)
        QWidget.setTabOrder(self.onThisDay, self.showInsights)

        self.retranslateUi(TodayView)

        QMetaObject.connectSlotsByName(TodayView)
    # setupUi

    def retranslateUi(self, TodayView: Any) -> None:
        self.greeting.setText(QCoreApplication.translate("TodayView", u"Hello.", None))
        self.greeting.setAccessibleName(QCoreApplication.translate("TodayView", u"Greeting", None))
        self.supportButton.setText(QCoreApplication.translate("TodayView", u"When it feels like too much", None))
        self.supportButton.setAccessibleName(QCoreApplication.translate("TodayView", u"Support: when it feels like too much", None))
        self.supportButton.setToolTip(QCoreApplication.translate("TodayView", u"Crisis lines, your own people, and a moment to breathe (F1)", None))
        self.invitation.setText(QCoreApplication.translate("TodayView", u"How are you, right now? Pick any words that fit; no typing needed.", None))
        self.feelings.setAccessibleName(QCoreApplication.translate("TodayView", u"Feeling words", None))
        self.strengthLabel.setText(QCoreApplication.translate("TodayView", u"How strong?", None))
        self.keepCheckIn.setText(QCoreApplication.translate("TodayView", u"&Keep it", None))
        self.keepCheckIn.setAccessibleName(QCoreApplication.translate("TodayView", u"Keep this check-in", None))
        self.keepCheckIn.setToolTip(QCoreApplication.translate("TodayView", u"Kept in your journal; Insights counts the words over time", None))
        self.checkInNote.setText("")
        self.checkInNote.setAccessibleName(QCoreApplication.translate("TodayView", u"Check-in", None))
        self.suggestionTitle.setText("")
        self.suggestionTitle.setAccessibleName(QCoreApplication.translate("TodayView", u"Suggested practice", None))
        self.beginSuggestion.setText(QCoreApplication.translate("TodayView", u"&Begin", None))
        self.beginSuggestion.setAccessibleName(QCoreApplication.translate("TodayView", u"Begin the suggested practice", None))
        self.suggestionReason.setText("")
        self.shortLabel.setText(QCoreApplication.translate("TodayView", u"Short practices, whenever you like:", None))
        self.showAll.setText(QCoreApplication.translate("TodayView", u"&All practices", None))
        self.showAll.setAccessibleName(QCoreApplication.translate("TodayView", u"Show all practices", None))
        self.writeNote.setText(QCoreApplication.translate("TodayView", u"Write a note", None))
        self.writeNote.setAccessibleName(QCoreApplication.translate("TodayView", u"Write a note", None))
        self.writeNote.setToolTip(QCoreApplication.translate("TodayView", u"Start a new entry for today (Ctrl+N)", None))
        self.writeOwn.setText(QCoreApplication.translate("TodayView", u"Write your own &practice\u2026", None))
        self.writeOwn.setAccessibleName(QCoreApplication.translate("TodayView", u"Write your own practice", None))
        self.writeOwn.setAccessibleDescription(QCoreApplication.translate("TodayView", u"A title and your own questions, kept in your journal and run like any other practice", None))
        self.exercisesHeading.setText(QCoreApplication.translate("TodayView", u"All practices", None))
        self.exercises.setAccessibleName(QCoreApplication.translate("TodayView", u"Exercises", None))
        self.editOwn.setText(QCoreApplication.translate("TodayView", u"Edit this practice\u2026", None))
        self.editOwn.setAccessibleName(QCoreApplication.translate("TodayView", u"Edit the chosen practice", None))
        self.editOwn.setAccessibleDescription(QCoreApplication.translate("TodayView", u"For practices you wrote yourself: change, or delete, the one chosen in the list", None))
        self.onThisDayHeading.setText(QCoreApplication.translate("TodayView", u"On this day", None))
        self.lookBack.setText(QCoreApplication.translate("TodayView", u"Look back at this day in earlier years", None))
        self.lookBack.setAccessibleName(QCoreApplication.translate("TodayView", u"Look back at this day in earlier years", None))
        self.onThisDay.setAccessibleName(QCoreApplication.translate("TodayView", u"Entries from this day in earlier years", None))
        self.practiceSummary.setAccessibleName(QCoreApplication.translate("TodayView", u"Practice days", None))
        self.showInsights.setText(QCoreApplication.translate("TodayView", u"Look back at your practice", None))
        self.showInsights.setAccessibleName(QCoreApplication.translate("TodayView", u"Look back at your practice", None))
        self.showInsights.setToolTip(QCoreApplication.translate("TodayView", u"Open Insights: practice days, ratings, feelings and kinder rewrites (Ctrl+I)", None))
        pass
    # retranslateUi
