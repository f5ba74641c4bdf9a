"""Generated from ui/settings_reminders.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_ReminderSettings(object):
    def setupUi(self, ReminderSettings: Any) -> None:
        if not ReminderSettings.objectName():
            ReminderSettings.setObjectName(u"ReminderSettings")
        ReminderSettings.resize(560, 560)
        self.pageLayout = QVBoxLayout(ReminderSettings)
        self.pageLayout.setObjectName(u"pageLayout")
        self.heading = QLabel(ReminderSettings)
        self.heading.setObjectName(u"heading")

        self.pageLayout.addWidget(self.heading)

        self.hint = QLabel(ReminderSettings)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.pageLayout.addWidget(self.hint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.enabledCheck = QCheckBox(ReminderSettings)
        self.enabledCheck.setObjectName(u"enabledCheck")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enabledCheck)

        self.timesLabel = QLabel(ReminderSettings)
        self.timesLabel.setObjectName(u"timesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timesLabel)

        self.timesBox = QVBoxLayout()
        self.timesBox.setObjectName(u"timesBox")
        self.timesList = QListWidget(ReminderSettings)
        self.timesList.setObjectName(u"timesList")
        self.timesList.setMaximumSize(QSize(16777215, 90))

        self.timesBox.addWidget(self.timesList)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.timeEdit = QTimeEdit(ReminderSettings)
        self.timeEdit.setObjectName(u"timeEdit")

        self.timeRow.addWidget(self.timeEdit)

        self.addTimeButton = QPushButton(ReminderSettings)
        self.addTimeButton.setObjectName(u"addTimeButton")
        self.addTimeButton.setAutoDefault(False)

        self.timeRow.addWidget(self.addTimeButton)

        self.removeTimeButton = QPushButton(ReminderSettings)
        self.removeTimeButton.setObjectName(u"removeTimeButton")
        self.removeTimeButton.setAutoDefault(False)

        self.timeRow.addWidget(self.removeTimeButton)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.timesBox.addLayout(self.timeRow)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.timesBox)

        self.daysLabel = QLabel(ReminderSettings)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysRow = QHBoxLayout()
        self.daysRow.setObjectName(u"daysRow")
        self.day0 = QCheckBox(ReminderSettings)
        self.day0.setObjectName(u"day0")

        self.daysRow.addWidget(self.day0)

        self.day1 = QCheckBox(ReminderSettings)
        self.day1.setObjectName(u"day1")

        self.daysRow.addWidget(self.day1)

        self.day2 = QCheckBox(ReminderSettings)
        self.day2.setObjectName(u"day2")

        self.daysRow.addWidget(self.day2)

        self.day3 = QCheckBox(ReminderSettings)
        self.day3.setObjectName(u"day3")

        self.daysRow.addWidget(self.day3)

        self.day4 = QCheckBox(ReminderSettings)
        self.day4.setObjectName(u"day4")

        self.daysRow.addWidget(self.day4)

        self.day5 = QCheckBox(ReminderSettings)
        self.day5.setObjectName(u"day5")

        self.daysRow.addWidget(self.day5)

        self.day6 = QCheckBox(ReminderSettings)
        self.day6.setObjectName(u"day6")

        self.daysRow.addWidget(self.day6)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.daysRow.addItem(self.daySpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.daysRow)

        self.quietLabel = QLabel(ReminderSettings)
        self.quietLabel.setObjectName(u"quietLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.quietLabel)

        self.quietRow = QHBoxLayout()
        self.quietRow.setObjectName(u"quietRow")
        self.quietCheck = QCheckBox(ReminderSettings)
        self.quietCheck.setObjectName(u"quietCheck")

        self.quietRow.addWidget(self.quietCheck)

        self.quietStart = QTimeEdit(ReminderSettings)
        self.quietStart.setObjectName(u"quietStart")

        self.quietRow.addWidget(self.quietStart)

        self.quietTo = QLabel(ReminderSettings)
        self.quietTo.setObjectName(u"quietTo")

        self.quietRow.addWidget(self.quietTo)

        self.quietEnd = QTimeEdit(ReminderSettings)
        self.quietEnd.setObjectName(u"quietEnd")

        self.quietRow.addWidget(self.quietEnd)

        self.quietSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quietRow.addItem(self.quietSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.quietRow)

        self.skipCheck = QCheckBox(ReminderSettings)
        self.skipCheck.setObjectName(u"skipCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.skipCheck)

        self.exerciseLabel = QLabel(ReminderSettings)
        self.exerciseLabel.setObjectName(u"exerciseLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.exerciseLabel)

        self.exerciseChoice = QComboBox(ReminderSettings)
        self.exerciseChoice.setObjectName(u"exerciseChoice")
        self.exerciseChoice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.exerciseChoice.setMinimumContentsLength(16)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.exerciseChoice)

        self.phrasesLabel = QLabel(ReminderSettings)
        self.phrasesLabel.setObjectName(u"phrasesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phrasesLabel)

        self.phrasesBox = QVBoxLayout()
        self.phrasesBox.setObjectName(u"phrasesBox")
        self.phrasesEdit = QPlainTextEdit(ReminderSettings)
        self.phrasesEdit.setObjectName(u"phrasesEdit")
        self.phrasesEdit.setMaximumSize(QSize(16777215, 90))
        self.phrasesEdit.setTabChangesFocus(True)

        self.phrasesBox.addWidget(self.phrasesEdit)

        self.phrasesHint = QLabel(ReminderSettings)
        self.phrasesHint.setObjectName(u"phrasesHint")
        self.phrasesHint.setWordWrap(True)

        self.phrasesBox.addWidget(self.phrasesHint)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.phrasesBox)

        self.autostartCheck = QCheckBox(ReminderSettings)
        self.autostartCheck.setObjectName(u"autostartCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.autostartCheck)


        self.pageLayout.addLayout(self.form)

        self.trayHelp = QLabel(ReminderSettings)
        self.trayHelp.setObjectName(u"trayHelp")
        self.trayHelp.setWordWrap(True)

        self.pageLayout.addWidget(self.trayHelp)

        self.message = QLabel(ReminderSettings)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.pageLayout.addWidget(self.message)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.saveButton = QPushButton(ReminderSettings)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.saveRow.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.saveRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ReminderSettings)

        QMetaObject.connectSlotsByName(ReminderSettings)
    # setupUi

    def retranslateUi(self, ReminderSettings: Any) -> None:
        ReminderSettings.setWindowTitle(QCoreApplication.translate("ReminderSettings", u"Reminders", None))
        self.heading.setText(QCoreApplication.translate("ReminderSettings", u"Reminders", None))
        self.hint.setText(QCoreApplication.translate("ReminderSettings", u"A reminder is a small card near the corner of the screen. It never takes your typing, and it goes away by itself.", None))
        self.enabledCheck.setText(QCoreApplication.translate("ReminderSettings", u"Send me gentle reminders", None))
        self.enabledCheck.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Send me gentle reminders", None))
        self.timesLabel.setText(QCoreApplication.translate("ReminderSettings", u"Times", None))
        self.timesList.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Reminder times", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("ReminderSettings", u"HH:mm", None))
        self.timeEdit.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"New reminder time", None))
        self.addTimeButton.setText(QCoreApplication.translate("ReminderSettings", u"Add time", None))
        self.addTimeButton.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Add time", None))
        self.removeTimeButton.setText(QCoreApplication.translate("ReminderSettings", u"Remove", None))
        self.removeTimeButton.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Remove the chosen time", None))
        self.daysLabel.setText(QCoreApplication.translate("ReminderSettings", u"Days", None))
        self.day0.setText(QCoreApplication.translate("ReminderSettings", u"Mon", None))
        self.day0.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Monday", None))
        self.day1.setText(QCoreApplication.translate("ReminderSettings", u"Tue", None))
        self.day1.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Tuesday", None))
        self.day2.setText(QCoreApplication.translate("ReminderSettings", u"Wed", None))
        self.day2.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Wednesday", None))
        self.day3.setText(QCoreApplication.translate("ReminderSettings", u"Thu", None))
        self.day3.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Thursday", None))
        self.day4.setText(QCoreApplication.translate("ReminderSettings", u"Fri", None))
        self.day4.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Friday", None))
        self.day5.setText(QCoreApplication.translate("ReminderSettings", u"Sat", None))
        self.day5.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Saturday", None))
        self.day6.setText(QCoreApplication.translate("ReminderSettings", u"Sun", None))
        self.day6.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Sunday", None))
        self.quietLabel.setText(QCoreApplication.translate("ReminderSettings", u"Quiet hours", None))
        self.quietCheck.setText(QCoreApplication.translate("ReminderSettings", u"No reminders from", None))
        self.quietCheck.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Quiet hours: no reminders between two times", None))
        self.quietStart.setDisplayFormat(QCoreApplication.translate("ReminderSettings", u"HH:mm", None))
        self.quietStart.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Quiet hours start", None))
        self.quietTo.setText(QCoreApplication.translate("ReminderSettings", u"to", None))
        self.quietEnd.setDisplayFormat(QCoreApplication.translate("ReminderSettings", u"HH:mm", None))
        self.quietEnd.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Quiet hours end", None))
        self.skipCheck.setText(QCoreApplication.translate("ReminderSettings", u"Skip reminders on days I have already written", None))
        self.skipCheck.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Skip reminders on days I have already written", None))
        self.exerciseLabel.setText(QCoreApplication.translate("ReminderSettings", u"Suggest", None))
        self.exerciseChoice.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Suggested exercise", None))
        self.phrasesLabel.setText(QCoreApplication.translate("ReminderSettings", u"Your phrases", None))
        self.phrasesEdit.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Your own reminder phrases", None))
        self.phrasesEdit.setPlaceholderText(QCoreApplication.translate("ReminderSettings", u"One phrase per line, for example: You are doing your best.", None))
        self.phrasesHint.setText(QCoreApplication.translate("ReminderSettings", u"Kept inside your encrypted journal. While it is locked, reminders use kindspace's own gentle words.", None))
        self.autostartCheck.setText(QCoreApplication.translate("ReminderSettings", u"Start kindspace when I log in", None))
        self.autostartCheck.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Start kindspace when I log in", None))
        self.trayHelp.setText("")
        self.message.setText("")
        self.saveButton.setText(QCoreApplication.translate("ReminderSettings", u"Save reminders", None))
        self.saveButton.setAccessibleName(QCoreApplication.translate("ReminderSettings", u"Save reminders", None))
    # retranslateUi
