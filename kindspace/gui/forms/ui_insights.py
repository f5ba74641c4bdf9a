"""Generated from ui/insights.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

from kindspace.gui.insights_calendar import YearCalendarChart
from kindspace.gui.insights_charts import (BeforeAfterChart, UseBars)

class Ui_InsightsView(object):
    def setupUi(self, InsightsView: Any) -> None:
        if not InsightsView.objectName():
            InsightsView.setObjectName(u"InsightsView")
        InsightsView.resize(820, 900)
        self.insightsLayout = QVBoxLayout(InsightsView)
        self.insightsLayout.setObjectName(u"insightsLayout")
        self.insightsLayout.setContentsMargins(0, 0, 0, 0)
        self.insightsScroll = QScrollArea(InsightsView)
        self.insightsScroll.setObjectName(u"insightsScroll")
        self.insightsScroll.setWidgetResizable(True)
        self.insightsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.insightsContent = QWidget()
        self.insightsContent.setObjectName(u"insightsContent")
        self.contentLayout = QVBoxLayout(self.insightsContent)
        self.contentLayout.setSpacing(8)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(24, 16, 24, 16)
        self.insightsHeading = QLabel(self.insightsContent)
        self.insightsHeading.setObjectName(u"insightsHeading")

        self.contentLayout.addWidget(self.insightsHeading)

        self.insightsIntro = QLabel(self.insightsContent)
        self.insightsIntro.setObjectName(u"insightsIntro")
        self.insightsIntro.setWordWrap(True)

        self.contentLayout.addWidget(self.insightsIntro)

        self.emptyState = QLabel(self.insightsContent)
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setWordWrap(True)

        self.contentLayout.addWidget(self.emptyState)

        self.sections = QWidget(self.insightsContent)
        self.sections.setObjectName(u"sections")
        self.sectionsLayout = QVBoxLayout(self.sections)
        self.sectionsLayout.setSpacing(8)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryToggle = QToolButton(self.sections)
        self.summaryToggle.setObjectName(u"summaryToggle")
        self.summaryToggle.setCheckable(True)
        self.summaryToggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.summaryToggle.setArrowType(Qt.ArrowType.RightArrow)
        self.summaryToggle.setAutoRaise(True)

        self.sectionsLayout.addWidget(self.summaryToggle)

        self.summaryText = QLabel(self.sections)
        self.summaryText.setObjectName(u"summaryText")
        self.summaryText.setWordWrap(True)
        self.summaryText.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryText.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summaryText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sectionsLayout.addWidget(self.summaryText)

        self.calendarHeading = QLabel(self.sections)
        self.calendarHeading.setObjectName(u"calendarHeading")

        self.sectionsLayout.addWidget(self.calendarHeading)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.previousYear = QToolButton(self.sections)
        self.previousYear.setObjectName(u"previousYear")
        self.previousYear.setArrowType(Qt.ArrowType.LeftArrow)

        self.yearRow.addWidget(self.previousYear)

        self.yearLabel = QLabel(self.sections)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.nextYear = QToolButton(self.sections)
        self.nextYear.setObjectName(u"nextYear")
        self.nextYear.setArrowType(Qt.ArrowType.RightArrow)

        self.yearRow.addWidget(self.nextYear)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.sectionsLayout.addLayout(self.yearRow)

        self.calendarChart = YearCalendarChart(self.sections)
        self.calendarChart.setObjectName(u"calendarChart")

        self.sectionsLayout.addWidget(self.calendarChart)

        self.dayDetail = QLabel(self.sections)
        self.dayDetail.setObjectName(u"dayDetail")
        self.dayDetail.setWordWrap(True)

        self.sectionsLayout.addWidget(self.dayDetail)

        self.calendarLine = QLabel(self.sections)
        self.calendarLine.setObjectName(u"calendarLine")
        self.calendarLine.setWordWrap(True)

        self.sectionsLayout.addWidget(self.calendarLine)

        self.feelingsLine = QLabel(self.sections)
        self.feelingsLine.setObjectName(u"feelingsLine")
        self.feelingsLine.setWordWrap(True)

        self.sectionsLayout.addWidget(self.feelingsLine)

        self.ratingsHeading = QLabel(self.sections)
        self.ratingsHeading.setObjectName(u"ratingsHeading")

        self.sectionsLayout.addWidget(self.ratingsHeading)

        self.ratingsRow = QHBoxLayout()
        self.ratingsRow.setObjectName(u"ratingsRow")
        self.ratingsChoiceLabel = QLabel(self.sections)
        self.ratingsChoiceLabel.setObjectName(u"ratingsChoiceLabel")

        self.ratingsRow.addWidget(self.ratingsChoiceLabel)

        self.ratingsChoice = QComboBox(self.sections)
        self.ratingsChoice.setObjectName(u"ratingsChoice")
        self.ratingsChoice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.ratingsRow.addWidget(self.ratingsChoice)

        self.ratingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ratingsRow.addItem(self.ratingsSpacer)


        self.sectionsLayout.addLayout(self.ratingsRow)

        self.ratingsChart = BeforeAfterChart(self.sections)
        self.ratingsChart.setObjectName(u"ratingsChart")

        self.sectionsLayout.addWidget(self.ratingsChart)

        self.ratingsLine = QLabel(self.sections)
        self.ratingsLine.setObjectName(u"ratingsLine")
        self.ratingsLine.setWordWrap(True)

        self.sectionsLayout.addWidget(self.ratingsLine)

        self.ratingsCaveat = QLabel(self.sections)
        self.ratingsCaveat.setObjectName(u"ratingsCaveat")
        self.ratingsCaveat.setWordWrap(True)

        self.sectionsLayout.addWidget(self.ratingsCaveat)

        self.usesHeading = QLabel(self.sections)
        self.usesHeading.setObjectName(u"usesHeading")

        self.sectionsLayout.addWidget(self.usesHeading)

        self.usesChart = UseBars(self.sections)
        self.usesChart.setObjectName(u"usesChart")

        self.sectionsLayout.addWidget(self.usesChart)

        self.rewritesHeading = QLabel(self.sections)
        self.rewritesHeading.setObjectName(u"rewritesHeading")

        self.sectionsLayout.addWidget(self.rewritesHeading)

        self.rewritesLine = QLabel(self.sections)
        self.rewritesLine.setObjectName(u"rewritesLine")
        self.rewritesLine.setWordWrap(True)

        self.sectionsLayout.addWidget(self.rewritesLine)

        self.showCritic = QCheckBox(self.sections)
        self.showCritic.setObjectName(u"showCritic")

        self.sectionsLayout.addWidget(self.showCritic)

        self.rewritesList = QListWidget(self.sections)
        self.rewritesList.setObjectName(u"rewritesList")
        self.rewritesList.setWordWrap(True)
        self.rewritesList.setAlternatingRowColors(True)
        self.rewritesList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.rewritesList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rewritesList.setMinimumSize(QSize(0, 220))

        self.sectionsLayout.addWidget(self.rewritesList)


        self.contentLayout.addWidget(self.sections)

        self.contentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.contentSpacer)

        self.insightsScroll.setWidget(self.insightsContent)

        self.insightsLayout.addWidget(self.insightsScroll)

        self.insightsButtons = QHBoxLayout()
        self.insightsButtons.setObjectName(u"insightsButtons")
        self.insightsButtons.setContentsMargins(24, -1, 24, 12)
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.insightsButtons.addItem(self.buttonsSpacer)

        self.closeInsights = QPushButton(InsightsView)
        self.closeInsights.setObjectName(u"closeInsights")

        self.insightsButtons.addWidget(self.closeInsights)


        self.insightsLayout.addLayout(self.insightsButtons)

        self.ratingsChoiceLabel.setBuddy(self.ratingsChoice)
        QWidget.setTabOrder(self.summaryToggle, self.summaryText)
        QWidget.setTabOrder(self.summaryText, self.previousYear)
        QWidget.setTabOrder(self.previousYear, self.nextYear)
        QWidget.setTabOrder(self.nextYear, self.calendarChart)
        QWidget.setTabOrder(self.calendarChart, self.ratingsChoice)
        QWidget.setTabOrder(self.ratingsChoice, self.ratingsChart)
        QWidget.setTabOrder(self.ratingsChart, self.usesChart)
        QWidget.setTabOrder(self.usesChart, self.showCritic)
        QWidget.setTabOrder(self.showCritic, self.rewritesList)
        QWidget.setTabOrder(self.rewritesList, self.closeInsights)

        self.retranslateUi(InsightsView)

        QMetaObject.connectSlotsByName(InsightsView)
    # setupUi

    def retranslateUi(self, InsightsView: Any) -> None:
        self.insightsScroll.setAccessibleName(QCoreApplication.translate("InsightsView", u"Insights", None))
        self.insightsHeading.setText(QCoreApplication.translate("InsightsView", u"Insights", None))
        self.insightsIntro.setText(QCoreApplication.translate("InsightsView", u"A quiet look back at your practice. It is worked out on this computer from your journal and never leaves it.", None))
        self.emptyState.setAccessibleName(QCoreApplication.translate("InsightsView", u"Nothing to look back on yet", None))
        self.summaryToggle.setText(QCoreApplication.translate("InsightsView", u"&Summary in words", None))
        self.summaryToggle.setAccessibleName(QCoreApplication.translate("InsightsView", u"Summary in words", None))
        self.summaryToggle.setAccessibleDescription(QCoreApplication.translate("InsightsView", u"Shows or hides every figure of this page as sentences.", None))
        self.summaryText.setAccessibleName(QCoreApplication.translate("InsightsView", u"Summary in words", None))
        self.calendarHeading.setText(QCoreApplication.translate("InsightsView", u"Practice calendar", None))
        self.previousYear.setText(QCoreApplication.translate("InsightsView", u"Earlier year", None))
        self.previousYear.setAccessibleName(QCoreApplication.translate("InsightsView", u"Show the earlier year", None))
        self.previousYear.setShortcut(QCoreApplication.translate("InsightsView", u"Alt+Left", None))
        self.yearLabel.setAccessibleName(QCoreApplication.translate("InsightsView", u"Year shown", None))
        self.nextYear.setText(QCoreApplication.translate("InsightsView", u"Later year", None))
        self.nextYear.setAccessibleName(QCoreApplication.translate("InsightsView", u"Show the later year", None))
        self.nextYear.setShortcut(QCoreApplication.translate("InsightsView", u"Alt+Right", None))
        self.dayDetail.setAccessibleName(QCoreApplication.translate("InsightsView", u"Chosen day", None))
        self.feelingsLine.setAccessibleName(QCoreApplication.translate("InsightsView", u"Feelings you named in check-ins", None))
        self.ratingsHeading.setText(QCoreApplication.translate("InsightsView", u"Before and after", None))
        self.ratingsChoiceLabel.setText(QCoreApplication.translate("InsightsView", u"&Exercise:", None))
        self.ratingsChoice.setAccessibleName(QCoreApplication.translate("InsightsView", u"Exercise shown before and after", None))
        self.usesHeading.setText(QCoreApplication.translate("InsightsView", u"What you practise", None))
        self.rewritesHeading.setText(QCoreApplication.translate("InsightsView", u"From critic to friend", None))
        self.showCritic.setText(QCoreApplication.translate("InsightsView", u"Show the critic's words too", None))
        self.showCritic.setAccessibleName(QCoreApplication.translate("InsightsView", u"Show the critic's words too", None))
        self.rewritesList.setAccessibleName(QCoreApplication.translate("InsightsView", u"Your kinder rewrites, newest first", None))
        self.closeInsights.setText(QCoreApplication.translate("InsightsView", u"Back to &Today", None))
        self.closeInsights.setAccessibleName(QCoreApplication.translate("InsightsView", u"Back to Today", None))
        pass
    # retranslateUi
