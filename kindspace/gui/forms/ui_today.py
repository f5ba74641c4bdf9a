"""Generated from ui/today.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TodayView(object):
    def setupUi(self, TodayView: Any) -> None:
        if not TodayView.objectName():
            TodayView.setObjectName(u"TodayView")
        TodayView.resize(640, 600)
        self.todayLayout = QVBoxLayout(TodayView)
        self.todayLayout.setSpacing(10)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayLayout.setContentsMargins(24, 16, 24, 16)
        self.greeting = QLabel(TodayView)
        self.greeting.setObjectName(u"greeting")
        self.greeting.setWordWrap(True)

        self.todayLayout.addWidget(self.greeting)

        self.invitation = QLabel(TodayView)
        self.invitation.setObjectName(u"invitation")
        self.invitation.setWordWrap(True)

        self.todayLayout.addWidget(self.invitation)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.writeNote = QPushButton(TodayView)
        self.writeNote.setObjectName(u"writeNote")

        self.actionsRow.addWidget(self.writeNote)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.supportButton = QPushButton(TodayView)
        self.supportButton.setObjectName(u"supportButton")

        self.actionsRow.addWidget(self.supportButton)


        self.todayLayout.addLayout(self.actionsRow)

        self.exercisesHeading = QLabel(TodayView)
        self.exercisesHeading.setObjectName(u"exercisesHeading")

        self.todayLayout.addWidget(self.exercisesHeading)

        self.exercises = QListWidget(TodayView)
        self.exercises.setObjectName(u"exercises")
        self.exercises.setSpacing(4)
        self.exercises.setWordWrap(True)

        self.todayLayout.addWidget(self.exercises)

        self.onThisDayHeading = QLabel(TodayView)
        self.onThisDayHeading.setObjectName(u"onThisDayHeading")

        self.todayLayout.addWidget(self.onThisDayHeading)

        self.onThisDayRow = QHBoxLayout()
        self.onThisDayRow.setObjectName(u"onThisDayRow")
        self.lookBack = QPushButton(TodayView)
        self.lookBack.setObjectName(u"lookBack")

        self.onThisDayRow.addWidget(self.lookBack)

        self.onThisDaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.onThisDayRow.addItem(self.onThisDaySpacer)


        self.todayLayout.addLayout(self.onThisDayRow)

        self.onThisDay = QListWidget(TodayView)
        self.onThisDay.setObjectName(u"onThisDay")
        self.onThisDay.setSpacing(4)
        self.onThisDay.setWordWrap(True)
        self.onThisDay.setMaximumSize(QSize(16777215, 180))

        self.todayLayout.addWidget(self.onThisDay)

        self.practiceRow = QHBoxLayout()
        self.practiceRow.setObjectName(u"practiceRow")
        self.practiceSummary = QLabel(TodayView)
        self.practiceSummary.setObjectName(u"practiceSummary")
        self.practiceSummary.setWordWrap(True)

        self.practiceRow.addWidget(self.practiceSummary)

        self.showInsights = QPushButton(TodayView)
        self.showInsights.setObjectName(u"showInsights")

        self.practiceRow.addWidget(self.showInsights)

        self.practiceRow.setStretch(0, 1)

        self.todayLayout.addLayout(self.practiceRow)


        self.retranslateUi(TodayView)

        QMetaObject.connectSlotsByName(TodayView)
    # setupUi

    def retranslateUi(self, TodayView: Any) -> None:
        self.greeting.setText(QCoreApplication.translate("TodayView", u"Hello.", None))
        self.greeting.setAccessibleName(QCoreApplication.translate("TodayView", u"Greeting", None))
        self.invitation.setText(QCoreApplication.translate("TodayView", u"What would be kind to yourself right now?", None))
        self.writeNote.setText(QCoreApplication.translate("TodayView", u"Write a note", None))
        self.writeNote.setAccessibleName(QCoreApplication.translate("TodayView", u"Write a note", None))
        self.writeNote.setToolTip(QCoreApplication.translate("TodayView", u"Start a new entry for today (Ctrl+N)", None))
        self.supportButton.setText(QCoreApplication.translate("TodayView", u"When it feels like too much", None))
        self.supportButton.setAccessibleName(QCoreApplication.translate("TodayView", u"Support: when it feels like too much", None))
        self.supportButton.setToolTip(QCoreApplication.translate("TodayView", u"Crisis lines, your own people, and a moment to breathe (F1)", None))
        self.exercisesHeading.setText(QCoreApplication.translate("TodayView", u"Practise", None))
        self.exercises.setAccessibleName(QCoreApplication.translate("TodayView", u"Exercises", None))
        self.onThisDayHeading.setText(QCoreApplication.translate("TodayView", u"On this day", None))
        self.lookBack.setText(QCoreApplication.translate("TodayView", u"Look back at this day in earlier years", None))
        self.lookBack.setAccessibleName(QCoreApplication.translate("TodayView", u"Look back at this day in earlier years", None))
        self.onThisDay.setAccessibleName(QCoreApplication.translate("TodayView", u"Entries from this day in earlier years", None))
        self.practiceSummary.setAccessibleName(QCoreApplication.translate("TodayView", u"Practice days", None))
        self.showInsights.setText(QCoreApplication.translate("TodayView", u"Look back at your practice", None))
        self.showInsights.setAccessibleName(QCoreApplication.translate("TodayView", u"Look back at your practice", None))
        self.showInsights.setToolTip(QCoreApplication.translate("TodayView", u"Open Insights: practice days, ratings and kinder rewrites (Ctrl+I)", None))
        pass
    # retranslateUi
