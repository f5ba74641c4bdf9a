"""Generated from ui/own_exercise_editor.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_OwnExerciseEditorView(object):
    def setupUi(self, OwnExerciseEditorView: Any) -> None:
        if not OwnExerciseEditorView.objectName():
            OwnExerciseEditorView.setObjectName(u"OwnExerciseEditorView")
        OwnExerciseEditorView.resize(760, 600)
        self.ownOuterLayout = QVBoxLayout(OwnExerciseEditorView)
        self.ownOuterLayout.setSpacing(0)
        self.ownOuterLayout.setObjectName(u"ownOuterLayout")
        self.ownOuterLayout.setContentsMargins(0, 0, 0, 0)
        self.ownScroll = QScrollArea(OwnExerciseEditorView)
        self.ownScroll.setObjectName(u"ownScroll")
        self.ownScroll.setWidgetResizable(True)
        self.ownScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.ownContent = QWidget()
        self.ownContent.setObjectName(u"ownContent")
        self.ownLayout = QVBoxLayout(self.ownContent)
        self.ownLayout.setSpacing(10)
        self.ownLayout.setObjectName(u"ownLayout")
        self.ownLayout.setContentsMargins(24, 16, 24, 8)
        self.ownHeading = QLabel(self.ownContent)
        self.ownHeading.setObjectName(u"ownHeading")
        self.ownHeading.setWordWrap(True)

        self.ownLayout.addWidget(self.ownHeading)

        self.ownIntro = QLabel(self.ownContent)
        self.ownIntro.setObjectName(u"ownIntro")
        self.ownIntro.setWordWrap(True)

        self.ownLayout.addWidget(self.ownIntro)

        self.ownForm = QFormLayout()
        self.ownForm.setObjectName(u"ownForm")
        self.ownForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ownForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.titleLabel = QLabel(self.ownContent)
        self.titleLabel.setObjectName(u"titleLabel")

        self.ownForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.ownContent)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(120)

        self.ownForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.summaryLabel = QLabel(self.ownContent)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.ownForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QLineEdit(self.ownContent)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaxLength(300)

        self.ownForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.ownLayout.addLayout(self.ownForm)

        self.stepsLabel = QLabel(self.ownContent)
        self.stepsLabel.setObjectName(u"stepsLabel")
        self.stepsLabel.setWordWrap(True)

        self.ownLayout.addWidget(self.stepsLabel)

        self.stepsBox = QWidget(self.ownContent)
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsLayout = QVBoxLayout(self.stepsBox)
        self.stepsLayout.setSpacing(6)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setContentsMargins(0, 0, 0, 0)

        self.ownLayout.addWidget(self.stepsBox)

        self.addStepRow = QHBoxLayout()
        self.addStepRow.setObjectName(u"addStepRow")
        self.addStep = QPushButton(self.ownContent)
        self.addStep.setObjectName(u"addStep")
        self.addStep.setAutoDefault(False)

        self.addStepRow.addWidget(self.addStep)

        self.addStepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addStepRow.addItem(self.addStepSpacer)


        self.ownLayout.addLayout(self.addStepRow)

        self.minutesRow = QHBoxLayout()
        self.minutesRow.setObjectName(u"minutesRow")
        self.minutesLabel = QLabel(self.ownContent)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.minutesRow.addWidget(self.minutesLabel)

        self.minutes = QSpinBox(self.ownContent)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMinimum(1)
        self.minutes.setMaximum(120)
        self.minutes.setValue(5)

        self.minutesRow.addWidget(self.minutes)

        self.minutesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutesRow.addItem(self.minutesSpacer)


        self.ownLayout.addLayout(self.minutesRow)

        self.rate = QCheckBox(self.ownContent)
        self.rate.setObjectName(u"rate")

        self.ownLayout.addWidget(self.rate)

        self.ownBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ownLayout.addItem(self.ownBottomSpacer)

        self.ownScroll.setWidget(self.ownContent)

        self.ownOuterLayout.addWidget(self.ownScroll)

        self.statusNote = QLabel(OwnExerciseEditorView)
        self.statusNote.setObjectName(u"statusNote")
        self.statusNote.setWordWrap(True)
        self.statusNote.setMargin(4)
        self.statusNote.setIndent(20)

        self.ownOuterLayout.addWidget(self.statusNote)

        self.deleteRow = QHBoxLayout()
        self.deleteRow.setObjectName(u"deleteRow")
        self.deleteRow.setContentsMargins(24, 4, 24, -1)
        self.deleteOwn = QPushButton(OwnExerciseEditorView)
        self.deleteOwn.setObjectName(u"deleteOwn")
        self.deleteOwn.setAutoDefault(False)

        self.deleteRow.addWidget(self.deleteOwn)

        self.deleteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deleteRow.addItem(self.deleteSpacer)


        self.ownOuterLayout.addLayout(self.deleteRow)

        self.ownButtons = QHBoxLayout()
        self.ownButtons.setSpacing(8)
        self.ownButtons.setObjectName(u"ownButtons")
        self.ownButtons.setContentsMargins(24, 4, 24, 12)
        self.ownButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownButtons.addItem(self.ownButtonsSpacer)

        self.tryOwn = QPushButton(OwnExerciseEditorView)
        self.tryOwn.setObjectName(u"tryOwn")
        self.tryOwn.setAutoDefault(False)

        self.ownButtons.addWidget(self.tryOwn)

        self.closeEditor = QPushButton(OwnExerciseEditorView)
        self.closeEditor.setObjectName(u"closeEditor")
        self.closeEditor.setAutoDefault(False)

        self.ownButtons.addWidget(self.closeEditor)

        self.saveOwn = QPushButton(OwnExerciseEditorView)
        self.saveOwn.setObjectName(u"saveOwn")
        self.saveOwn.setAutoDefault(False)

        self.ownButtons.addWidget(self.saveOwn)


        self.ownOuterLayout.addLayout(self.ownButtons)

        self.titleLabel.setBuddy(self.titleEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.minutesLabel.setBuddy(self.minutes)
        QWidget.setTabOrder(self.titleEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.addStep)
        QWidget.setTabOrder(self.addStep, self.minutes)
        QWidget.setTabOrder(self.minutes, self.rate)
        QWidget.setTabOrder(self.rate, self.deleteOwn)
        QWidget.setTabOrder(self.deleteOwn, self.tryOwn)
        QWidget.setTabOrder(self.tryOwn, self.closeEditor)
        QWidget.setTabOrder(self.closeEditor, self.saveOwn)

        self.retranslateUi(OwnExerciseEditorView)

        QMetaObject.connectSlotsByName(OwnExerciseEditorView)
    # setupUi

    def retranslateUi(self, OwnExerciseEditorView: Any) -> None:
        self.ownHeading.setText(QCoreApplication.translate("OwnExerciseEditorView", u"Your own practice", None))
        self.ownIntro.setText(QCoreApplication.translate("OwnExerciseEditorView", u"Write a short practice in your own words: a title, then one question or prompt for each step. It is kept inside your encrypted journal and runs like any other practice.", None))
        self.titleLabel.setText(QCoreApplication.translate("OwnExerciseEditorView", u"&Title", None))
        self.titleEdit.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Title", None))
        self.titleEdit.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"The name of your practice, as it shows in the list of practices", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("OwnExerciseEditorView", u"For example: A kind pause after work", None))
        self.summaryLabel.setText(QCoreApplication.translate("OwnExerciseEditorView", u"A &line about it", None))
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"A line about it (optional)", None))
        self.summaryEdit.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"Optional: one sentence shown under the title in the list", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("OwnExerciseEditorView", u"Optional", None))
        self.stepsLabel.setText(QCoreApplication.translate("OwnExerciseEditorView", u"Steps: one question or prompt each, in the order you'd like them", None))
        self.stepsBox.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Steps", None))
        self.addStep.setText(QCoreApplication.translate("OwnExerciseEditorView", u"&Add a step", None))
        self.addStep.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Add a step", None))
        self.addStep.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"Adds an empty step at the end and moves the cursor into it", None))
        self.minutesLabel.setText(QCoreApplication.translate("OwnExerciseEditorView", u"About how many &minutes it takes", None))
        self.minutes.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"About how many minutes it takes", None))
        self.minutes.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"From 1 to 120 minutes; shown beside the title", None))
        self.rate.setText(QCoreApplication.translate("OwnExerciseEditorView", u"&Rate how I feel before and after (0 to 10)", None))
        self.rate.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Rate how I feel before and after", None))
        self.rate.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"Adds the optional 0 to 10 question at the start and the end; Insights shows how it changes", None))
        self.statusNote.setText("")
        self.statusNote.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Status", None))
        self.deleteOwn.setText(QCoreApplication.translate("OwnExerciseEditorView", u"&Delete this practice\u2026", None))
        self.deleteOwn.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Delete this practice", None))
        self.deleteOwn.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"Asks first. Entries you wrote with it stay in your journal", None))
        self.tryOwn.setText(QCoreApplication.translate("OwnExerciseEditorView", u"Try it &now", None))
        self.tryOwn.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Try this practice now", None))
        self.tryOwn.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"Begins the practice as it was last saved", None))
        self.closeEditor.setText(QCoreApplication.translate("OwnExerciseEditorView", u"&Back to Today", None))
        self.closeEditor.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Back to Today", None))
        self.closeEditor.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"Changes you haven't saved are kept here until you come back", None))
        self.saveOwn.setText(QCoreApplication.translate("OwnExerciseEditorView", u"&Save", None))
        self.saveOwn.setAccessibleName(QCoreApplication.translate("OwnExerciseEditorView", u"Save this practice", None))
        self.saveOwn.setAccessibleDescription(QCoreApplication.translate("OwnExerciseEditorView", u"Keeps it in your journal; it then shows in the list of practices", None))
        pass
    # retranslateUi
