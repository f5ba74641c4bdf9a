"""Generated from ui/first_run_reminders.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QTimeEdit,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_FirstRunReminders(object):
    def setupUi(self, FirstRunReminders: Any) -> None:
        if not FirstRunReminders.objectName():
            FirstRunReminders.setObjectName(u"FirstRunReminders")
        FirstRunReminders.resize(600, 420)
        self.remindersLayout = QVBoxLayout(FirstRunReminders)
        self.remindersLayout.setSpacing(10)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.intro = QLabel(FirstRunReminders)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.remindersLayout.addWidget(self.intro)

        self.remindersEnabled = QCheckBox(FirstRunReminders)
        self.remindersEnabled.setObjectName(u"remindersEnabled")
        self.remindersEnabled.setChecked(True)

        self.remindersLayout.addWidget(self.remindersEnabled)

        self.details = QWidget(FirstRunReminders)
        self.details.setObjectName(u"details")
        self.detailsGrid = QGridLayout(self.details)
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setHorizontalSpacing(8)
        self.detailsGrid.setVerticalSpacing(8)
        self.detailsGrid.setContentsMargins(24, 0, 0, 0)
        self.firstTimeLabel = QLabel(self.details)
        self.firstTimeLabel.setObjectName(u"firstTimeLabel")

        self.detailsGrid.addWidget(self.firstTimeLabel, 0, 0, 1, 1)

        self.timesRow = QHBoxLayout()
        self.timesRow.setSpacing(8)
        self.timesRow.setObjectName(u"timesRow")
        self.firstTime = QTimeEdit(self.details)
        self.firstTime.setObjectName(u"firstTime")
        self.firstTime.setDisplayFormat(u"HH:mm")
        self.firstTime.setTime(QTime(20, 0, 0))

        self.timesRow.addWidget(self.firstTime)

        self.secondTimeEnabled = QCheckBox(self.details)
        self.secondTimeEnabled.setObjectName(u"secondTimeEnabled")

        self.timesRow.addWidget(self.secondTimeEnabled)

        self.secondTime = QTimeEdit(self.details)
        self.secondTime.setObjectName(u"secondTime")
        self.secondTime.setDisplayFormat(u"HH:mm")
        self.secondTime.setTime(QTime(12, 30, 0))

        self.timesRow.addWidget(self.secondTime)

        self.timesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timesRow.addItem(self.timesSpacer)


        self.detailsGrid.addLayout(self.timesRow, 0, 1, 1, 1)

        self.daysLabel = QLabel(self.details)
        self.daysLabel.setObjectName(u"daysLabel")

        self.detailsGrid.addWidget(self.daysLabel, 1, 0, 1, 1)

        self.daysRow = QHBoxLayout()
        self.daysRow.setSpacing(6)
        self.daysRow.setObjectName(u"daysRow")
        self.day0 = QCheckBox(self.details)
        self.day0.setObjectName(u"day0")
        self.day0.setChecked(True)

        self.daysRow.addWidget(self.day0)

        self.day1 = QCheckBox(self.details)
        self.day1.setObjectName(u"day1")
        self.day1.setChecked(True)

        self.daysRow.addWidget(self.day1)

        self.day2 = QCheckBox(self.details)
        self.day2.setObjectName(u"day2")
        self.day2.setChecked(True)

        self.daysRow.addWidget(self.day2)

        self.day3 = QCheckBox(self.details)
        self.day3.setObjectName(u"day3")
        self.day3.setChecked(True)

        self.daysRow.addWidget(self.day3)

        self.day4 = QCheckBox(self.details)
        self.day4.setObjectName(u"day4")
        self.day4.setChecked(True)

        self.daysRow.addWidget(self.day4)

        self.day5 = QCheckBox(self.details)
        self.day5.setObjectName(u"day5")
        self.day5.setChecked(True)

        self.daysRow.addWidget(self.day5)

        self.day6 = QCheckBox(self.details)
        self.day6.setObjectName(u"day6")
        self.day6.setChecked(True)

        self.daysRow.addWidget(self.day6)

        self.daysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.daysRow.addItem(self.daysSpacer)


        self.detailsGrid.addLayout(self.daysRow, 1, 1, 1, 1)

        self.skipIfPractised = QCheckBox(self.details)
        self.skipIfPractised.setObjectName(u"skipIfPractised")
        self.skipIfPractised.setChecked(True)

        self.detailsGrid.addWidget(self.skipIfPractised, 2, 0, 1, 2)


        self.remindersLayout.addWidget(self.details)

        self.daysHint = QLabel(FirstRunReminders)
        self.daysHint.setObjectName(u"daysHint")
        self.daysHint.setText(u"")
        self.daysHint.setWordWrap(True)

        self.remindersLayout.addWidget(self.daysHint)

        self.changeLater = QLabel(FirstRunReminders)
        self.changeLater.setObjectName(u"changeLater")
        self.changeLater.setWordWrap(True)

        self.remindersLayout.addWidget(self.changeLater)

        self.remindersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.remindersLayout.addItem(self.remindersSpacer)

        self.firstTimeLabel.setBuddy(self.firstTime)

        self.retranslateUi(FirstRunReminders)

        QMetaObject.connectSlotsByName(FirstRunReminders)
    # setupUi

    def retranslateUi(self, FirstRunReminders: Any) -> None:
        FirstRunReminders.setTitle(QCoreApplication.translate("FirstRunReminders", u"Gentle reminders", None))
        self.intro.setText(QCoreApplication.translate("FirstRunReminders", u"kindspace can give you a quiet nudge to take a moment for yourself. A reminder is only ever an invitation; you can let it pass.", None))
        self.remindersEnabled.setText(QCoreApplication.translate("FirstRunReminders", u"&Remind me to take a moment", None))
        self.remindersEnabled.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Remind me to take a moment", None))
        self.firstTimeLabel.setText(QCoreApplication.translate("FirstRunReminders", u"&At", None))
        self.firstTime.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Reminder time", None))
        self.secondTimeEnabled.setText(QCoreApplication.translate("FirstRunReminders", u"and &also at", None))
        self.secondTimeEnabled.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Add a second reminder time", None))
        self.secondTime.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Second reminder time", None))
        self.daysLabel.setText(QCoreApplication.translate("FirstRunReminders", u"On", None))
        self.day0.setText(QCoreApplication.translate("FirstRunReminders", u"Mon", None))
        self.day0.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Monday", None))
        self.day1.setText(QCoreApplication.translate("FirstRunReminders", u"Tue", None))
        self.day1.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Tuesday", None))
        self.day2.setText(QCoreApplication.translate("FirstRunReminders", u"Wed", None))
        self.day2.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Wednesday", None))
        self.day3.setText(QCoreApplication.translate("FirstRunReminders", u"Thu", None))
        self.day3.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Thursday", None))
        self.day4.setText(QCoreApplication.translate("FirstRunReminders", u"Fri", None))
        self.day4.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Friday", None))
        self.day5.setText(QCoreApplication.translate("FirstRunReminders", u"Sat", None))
        self.day5.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Saturday", None))
        self.day6.setText(QCoreApplication.translate("FirstRunReminders", u"Sun", None))
        self.day6.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Sunday", None))
        self.skipIfPractised.setText(QCoreApplication.translate("FirstRunReminders", u"&Skip the reminder on days I've already practised", None))
        self.skipIfPractised.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Skip the reminder on days I've already practised", None))
        self.daysHint.setAccessibleName(QCoreApplication.translate("FirstRunReminders", u"Message", None))
        self.changeLater.setText(QCoreApplication.translate("FirstRunReminders", u"You can change this whenever you like.", None))
    # retranslateUi
