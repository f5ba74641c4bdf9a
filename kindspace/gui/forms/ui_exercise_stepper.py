"""Generated from ui/exercise_stepper.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_ExerciseStepper(object):
    def setupUi(self, ExerciseStepper: Any) -> None:
        if not ExerciseStepper.objectName():
            ExerciseStepper.setObjectName(u"ExerciseStepper")
        ExerciseStepper.resize(720, 640)
        self.focusLayout = QHBoxLayout(ExerciseStepper)
        self.focusLayout.setObjectName(u"focusLayout")
        self.focusLayout.setContentsMargins(0, 0, 0, 0)
        self.focusLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.focusLayout.addItem(self.focusLeft)

        self.focusColumn = QWidget(ExerciseStepper)
        self.focusColumn.setObjectName(u"focusColumn")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.focusColumn.sizePolicy().hasHeightForWidth())
        self.focusColumn.setSizePolicy(sizePolicy)
        self.stepperLayout = QVBoxLayout(self.focusColumn)
        self.stepperLayout.setSpacing(8)
        self.stepperLayout.setObjectName(u"stepperLayout")
        self.stepperLayout.setContentsMargins(24, 16, 24, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.exerciseTitle = QLabel(self.focusColumn)
        self.exerciseTitle.setObjectName(u"exerciseTitle")
        self.exerciseTitle.setWordWrap(True)

        self.headerRow.addWidget(self.exerciseTitle)

        self.stepCounter = QLabel(self.focusColumn)
        self.stepCounter.setObjectName(u"stepCounter")
        self.stepCounter.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerRow.addWidget(self.stepCounter)


        self.stepperLayout.addLayout(self.headerRow)

        self.progress = QProgressBar(self.focusColumn)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(16777215, 6))
        self.progress.setMinimum(0)
        self.progress.setMaximum(1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)

        self.stepperLayout.addWidget(self.progress)

        self.opening = QLabel(self.focusColumn)
        self.opening.setObjectName(u"opening")
        self.opening.setWordWrap(True)

        self.stepperLayout.addWidget(self.opening)

        self.notice = QLabel(self.focusColumn)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)

        self.stepperLayout.addWidget(self.notice)

        self.pages = QStackedWidget(self.focusColumn)
        self.pages.setObjectName(u"pages")
        self.stepPage = QWidget()
        self.stepPage.setObjectName(u"stepPage")
        self.stepLayout = QVBoxLayout(self.stepPage)
        self.stepLayout.setObjectName(u"stepLayout")
        self.stepLayout.setContentsMargins(0, 0, 0, 0)
        self.stepScroll = QScrollArea(self.stepPage)
        self.stepScroll.setObjectName(u"stepScroll")
        self.stepScroll.setWidgetResizable(True)
        self.stepScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stepContent = QWidget()
        self.stepContent.setObjectName(u"stepContent")
        self.stepContentLayout = QVBoxLayout(self.stepContent)
        self.stepContentLayout.setSpacing(10)
        self.stepContentLayout.setObjectName(u"stepContentLayout")
        self.stepContentLayout.setContentsMargins(0, -1, -1, -1)
        self.stepTitle = QLabel(self.stepContent)
        self.stepTitle.setObjectName(u"stepTitle")
        self.stepTitle.setWordWrap(True)

        self.stepContentLayout.addWidget(self.stepTitle)

        self.prompt = QLabel(self.stepContent)
        self.prompt.setObjectName(u"prompt")
        self.prompt.setWordWrap(True)

        self.stepContentLayout.addWidget(self.prompt)

        self.help = QLabel(self.stepContent)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.stepContentLayout.addWidget(self.help)

        self.examples = QLabel(self.stepContent)
        self.examples.setObjectName(u"examples")
        self.examples.setWordWrap(True)

        self.stepContentLayout.addWidget(self.examples)

        self.earlier = QLabel(self.stepContent)
        self.earlier.setObjectName(u"earlier")
        self.earlier.setWordWrap(True)
        self.earlier.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.earlier.setFrameShape(QFrame.Shape.StyledPanel)
        self.earlier.setMargin(10)

        self.stepContentLayout.addWidget(self.earlier)

        self.inputArea = QWidget(self.stepContent)
        self.inputArea.setObjectName(u"inputArea")
        self.inputLayout = QVBoxLayout(self.inputArea)
        self.inputLayout.setObjectName(u"inputLayout")
        self.inputLayout.setContentsMargins(0, 0, 0, 0)

        self.stepContentLayout.addWidget(self.inputArea)

        self.intensityBox = QWidget(self.stepContent)
        self.intensityBox.setObjectName(u"intensityBox")
        self.intensityLayout = QGridLayout(self.intensityBox)
        self.intensityLayout.setObjectName(u"intensityLayout")
        self.intensityLayout.setContentsMargins(0, 0, 0, 0)
        self.intensityQuestion = QLabel(self.intensityBox)
        self.intensityQuestion.setObjectName(u"intensityQuestion")
        self.intensityQuestion.setWordWrap(True)

        self.intensityLayout.addWidget(self.intensityQuestion, 0, 0, 1, 2)

        self.intensity = QSpinBox(self.intensityBox)
        self.intensity.setObjectName(u"intensity")
        self.intensity.setMinimum(-1)
        self.intensity.setMaximum(10)
        self.intensity.setValue(-1)
        self.intensity.setMinimumWidth(120)
        self.intensity.setMaximumWidth(160)

        self.intensityLayout.addWidget(self.intensity, 1, 0, 1, 1)

        self.intensityHelp = QLabel(self.intensityBox)
        self.intensityHelp.setObjectName(u"intensityHelp")
        self.intensityHelp.setWordWrap(True)

        self.intensityLayout.addWidget(self.intensityHelp, 1, 1, 1, 1)


        self.stepContentLayout.addWidget(self.intensityBox)

        self.stepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stepContentLayout.addItem(self.stepSpacer)

        self.stepScroll.setWidget(self.stepContent)

        self.stepLayout.addWidget(self.stepScroll)

        self.pages.addWidget(self.stepPage)
        self.groundingPage = QWidget()
        self.groundingPage.setObjectName(u"groundingPage")
        self.groundingLayout = QVBoxLayout(self.groundingPage)
        self.groundingLayout.setObjectName(u"groundingLayout")
        self.groundingLayout.setContentsMargins(0, 0, 0, 0)
        self.groundingScroll = QScrollArea(self.groundingPage)
        self.groundingScroll.setObjectName(u"groundingScroll")
        self.groundingScroll.setWidgetResizable(True)
        self.groundingScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.groundingContent = QWidget()
        self.groundingContent.setObjectName(u"groundingContent")
        self.groundingContentLayout = QVBoxLayout(self.groundingContent)
        self.groundingContentLayout.setSpacing(10)
        self.groundingContentLayout.setObjectName(u"groundingContentLayout")
        self.groundingPanelLayout = QVBoxLayout()
        self.groundingPanelLayout.setObjectName(u"groundingPanelLayout")

        self.groundingContentLayout.addLayout(self.groundingPanelLayout)

        self.supportNote = QLabel(self.groundingContent)
        self.supportNote.setObjectName(u"supportNote")
        self.supportNote.setWordWrap(True)
        self.supportNote.setTextFormat(Qt.TextFormat.MarkdownText)
        self.supportNote.setOpenExternalLinks(False)
        self.supportNote.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.groundingContentLayout.addWidget(self.supportNote)

        self.groundingActions = QHBoxLayout()
        self.groundingActions.setObjectName(u"groundingActions")
        self.goOn = QPushButton(self.groundingContent)
        self.goOn.setObjectName(u"goOn")

        self.groundingActions.addWidget(self.goOn)

        self.openSupport = QPushButton(self.groundingContent)
        self.openSupport.setObjectName(u"openSupport")

        self.groundingActions.addWidget(self.openSupport)

        self.groundingActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groundingActions.addItem(self.groundingActionsSpacer)

        self.stopForNow = QPushButton(self.groundingContent)
        self.stopForNow.setObjectName(u"stopForNow")

        self.groundingActions.addWidget(self.stopForNow)


        self.groundingContentLayout.addLayout(self.groundingActions)

        self.leaveBox = QWidget(self.groundingContent)
        self.leaveBox.setObjectName(u"leaveBox")
        self.leaveLayout = QVBoxLayout(self.leaveBox)
        self.leaveLayout.setObjectName(u"leaveLayout")
        self.leaveLayout.setContentsMargins(0, 0, 0, 0)
        self.groundingQuestion = QLabel(self.leaveBox)
        self.groundingQuestion.setObjectName(u"groundingQuestion")
        self.groundingQuestion.setWordWrap(True)

        self.leaveLayout.addWidget(self.groundingQuestion)

        self.choicesLayout = QVBoxLayout()
        self.choicesLayout.setObjectName(u"choicesLayout")

        self.leaveLayout.addLayout(self.choicesLayout)


        self.groundingContentLayout.addWidget(self.leaveBox)

        self.groundingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.groundingContentLayout.addItem(self.groundingSpacer)

        self.groundingScroll.setWidget(self.groundingContent)

        self.groundingLayout.addWidget(self.groundingScroll)

        self.pages.addWidget(self.groundingPage)
        self.closingPage = QWidget()
        self.closingPage.setObjectName(u"closingPage")
        self.closingLayout = QVBoxLayout(self.closingPage)
        self.closingLayout.setSpacing(16)
        self.closingLayout.setObjectName(u"closingLayout")
        self.closingTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closingLayout.addItem(self.closingTop)

        self.closingTitle = QLabel(self.closingPage)
        self.closingTitle.setObjectName(u"closingTitle")
        self.closingTitle.setWordWrap(True)
        self.closingTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.closingLayout.addWidget(self.closingTitle)

        self.closingWords = QLabel(self.closingPage)
        self.closingWords.setObjectName(u"closingWords")
        self.closingWords.setWordWrap(True)
        self.closingWords.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closingWords.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closingLayout.addWidget(self.closingWords)

        self.closingNote = QLabel(self.closingPage)
        self.closingNote.setObjectName(u"closingNote")
        self.closingNote.setWordWrap(True)
        self.closingNote.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.closingLayout.addWidget(self.closingNote)

        self.closingActions = QHBoxLayout()
        self.closingActions.setObjectName(u"closingActions")
        self.closingActionsLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closingActions.addItem(self.closingActionsLeft)

        self.readSaved = QPushButton(self.closingPage)
        self.readSaved.setObjectName(u"readSaved")

        self.closingActions.addWidget(self.readSaved)

        self.closeExercise = QPushButton(self.closingPage)
        self.closeExercise.setObjectName(u"closeExercise")

        self.closingActions.addWidget(self.closeExercise)

        self.closingActionsRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closingActions.addItem(self.closingActionsRight)


        self.closingLayout.addLayout(self.closingActions)

        self.closingBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closingLayout.addItem(self.closingBottom)

        self.pages.addWidget(self.closingPage)

        self.stepperLayout.addWidget(self.pages)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.safetyButtons = QHBoxLayout()
        self.safetyButtons.setObjectName(u"safetyButtons")
        self.tooMuch = QPushButton(self.focusColumn)
        self.tooMuch.setObjectName(u"tooMuch")

        self.safetyButtons.addWidget(self.tooMuch)

        self.supportButton = QPushButton(self.focusColumn)
        self.supportButton.setObjectName(u"supportButton")

        self.safetyButtons.addWidget(self.supportButton)

        self.safetySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.safetyButtons.addItem(self.safetySpacer)


        self.buttonsRow.addLayout(self.safetyButtons)

        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.buttonsSpacer)

        self.saveForLater = QPushButton(self.focusColumn)
        self.saveForLater.setObjectName(u"saveForLater")

        self.stepButtons.addWidget(self.saveForLater)

        self.back = QPushButton(self.focusColumn)
        self.back.setObjectName(u"back")

        self.stepButtons.addWidget(self.back)

        self.next = QPushButton(self.focusColumn)
        self.next.setObjectName(u"next")

        self.stepButtons.addWidget(self.next)


        self.buttonsRow.addLayout(self.stepButtons)


        self.stepperLayout.addLayout(self.buttonsRow)


        self.focusLayout.addWidget(self.focusColumn)

        self.focusRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.focusLayout.addItem(self.focusRight)

        self.intensityQuestion.setBuddy(self.intensity)
        QWidget.setTabOrder(self.intensity, self.tooMuch)
        QWidget.setTabOrder(self.tooMuch, self.supportButton)
        QWidget.setTabOrder(self.supportButton, self.saveForLater)
        QWidget.setTabOrder(self.saveForLater, self.back)
        QWidget.setTabOrder(self.back, self.next)
        QWidget.setTabOrder(self.next, self.goOn)
        QWidget.setTabOrder(self.goOn, self.openSupport)
        QWidget.setTabOrder(self.openSupport, self.stopForNow)
        QWidget.setTabOrder(self.stopForNow, self.readSaved)
        QWidget.setTabOrder(self.readSaved, self.closeExercise)

        self.retranslateUi(ExerciseStepper)

        self.next.setDefault(True)


        QMetaObject.connectSlotsByName(ExerciseStepper)
    # setupUi

    def retranslateUi(self, ExerciseStepper: Any) -> None:
        self.exerciseTitle.setText(QCoreApplication.translate("ExerciseStepper", u"Exercise", None))
        self.stepCounter.setText(QCoreApplication.translate("ExerciseStepper", u"Step 1 of 1", None))
        self.progress.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Progress through the exercise", None))
        self.opening.setText("")
        self.opening.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"What is coming", None))
        self.notice.setText("")
        self.stepTitle.setText(QCoreApplication.translate("ExerciseStepper", u"Step", None))
        self.prompt.setText("")
        self.help.setText("")
        self.examples.setText("")
        self.earlier.setText("")
        self.earlier.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"What you wrote earlier", None))
        self.intensityQuestion.setText("")
        self.intensity.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Rating from 0 to 10 (optional)", None))
        self.intensity.setSpecialValueText(QCoreApplication.translate("ExerciseStepper", u"Not rated", None))
        self.intensityHelp.setText("")
        self.supportNote.setText("")
        self.goOn.setText(QCoreApplication.translate("ExerciseStepper", u"I'm &OK to go on", None))
        self.goOn.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"I'm OK to go on", None))
        self.goOn.setToolTip(QCoreApplication.translate("ExerciseStepper", u"Back to the step you were on, with everything you wrote", None))
        self.openSupport.setText(QCoreApplication.translate("ExerciseStepper", u"Open the su&pport page", None))
        self.openSupport.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Open the support page", None))
        self.stopForNow.setText(QCoreApplication.translate("ExerciseStepper", u"&Stop for now", None))
        self.stopForNow.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Stop the exercise for now", None))
        self.groundingQuestion.setText("")
        self.closingTitle.setText(QCoreApplication.translate("ExerciseStepper", u"Thank you for taking this time.", None))
        self.closingWords.setText("")
        self.closingWords.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"What you kept", None))
        self.closingNote.setText("")
        self.readSaved.setText(QCoreApplication.translate("ExerciseStepper", u"&Read what you wrote", None))
        self.readSaved.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Read what you wrote", None))
        self.readSaved.setToolTip(QCoreApplication.translate("ExerciseStepper", u"Open the entry you just saved", None))
        self.closeExercise.setText(QCoreApplication.translate("ExerciseStepper", u"Back to &Today", None))
        self.closeExercise.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Back to Today", None))
        self.tooMuch.setText(QCoreApplication.translate("ExerciseStepper", u"This feels like too &much", None))
        self.tooMuch.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"This feels like too much", None))
        self.tooMuch.setToolTip(QCoreApplication.translate("ExerciseStepper", u"Pause, breathe, and ground yourself; your writing is kept (Alt+M)", None))
        self.supportButton.setText(QCoreApplication.translate("ExerciseStepper", u"Su&pport", None))
        self.supportButton.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Open the support page", None))
        self.supportButton.setToolTip(QCoreApplication.translate("ExerciseStepper", u"Crisis lines and your own people (F1)", None))
        self.saveForLater.setText(QCoreApplication.translate("ExerciseStepper", u"Save for &later", None))
        self.saveForLater.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Save for later", None))
        self.saveForLater.setToolTip(QCoreApplication.translate("ExerciseStepper", u"Keep your progress and come back to it another time", None))
        self.back.setText(QCoreApplication.translate("ExerciseStepper", u"&Back", None))
        self.back.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Back", None))
        self.next.setText(QCoreApplication.translate("ExerciseStepper", u"&Next", None))
        self.next.setAccessibleName(QCoreApplication.translate("ExerciseStepper", u"Next", None))
        pass
    # retranslateUi
