"""The Insights view: a year of practice, before and after, exercise use, critic to friend.

The figures are worked out by :mod:`kindspace.practice.insights` each time the view is shown
(one read of the journal), so they always match the journal without tracking every change.
The view only shows them: charts painted from the palette, and the same figures as sentences
in a "summary in words" and in each chart's accessible description. Journal words (the
critic's phrases and the rewrites) appear only inside the window, never in a title, tooltip
or popup, and everything is forgotten when the journal locks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from kindspace.gui.dates import day_month_year
from kindspace.gui.forms.ui_insights import Ui_InsightsView
from kindspace.gui.main_window import MainWindow
from kindspace.gui.problems import show_problem
from kindspace.gui.reading_column import centre_scrolled
from kindspace.gui.typography import HEADING, SUBHEADING, quiet, scale_font
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.i18n import _
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.insights import CriticRewrite, Insights, gather
from kindspace.practice.insights_words import (
    CALENDAR_KEY,
    EMPTY_JOURNAL,
    NO_RATINGS,
    RATINGS_CAVEAT,
    all_time_line,
    feelings_line,
    ratings_line,
    rewrites_line,
    summary_in_words,
    uses_line,
    year_line,
)

INSIGHTS = "insights"
KIND = Qt.ItemDataRole.UserRole
SHOW_SUMMARY = QT_TRANSLATE_NOOP("InsightsView", "&Summary in words")


class InsightsView(QWidget):
    """Shows one :class:`Insights`; emits ``closed`` for "Back to Today"."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InsightsView()
        self.ui.setupUi(self)
        centre_scrolled(self.ui.insightsScroll)
        self._insights: Insights | None = None
        self._year = 0
        ui = self.ui
        scale_font(ui.insightsHeading, HEADING, bold=True)
        for heading in (
            ui.calendarHeading,
            ui.ratingsHeading,
            ui.usesHeading,
            ui.rewritesHeading,
        ):
            scale_font(heading, SUBHEADING, bold=True)
        scale_font(ui.yearLabel, SUBHEADING)
        for hint in (ui.insightsIntro, ui.ratingsCaveat, ui.dayDetail):
            quiet(hint)
        ui.ratingsCaveat.setText(_(RATINGS_CAVEAT))
        ui.rewritesList.setSpacing(4)
        ui.previousYear.clicked.connect(lambda: self.step_year(-1))
        ui.nextYear.clicked.connect(lambda: self.step_year(1))
        ui.ratingsChoice.currentIndexChanged.connect(self._show_ratings)
        ui.summaryToggle.toggled.connect(self._show_summary)
        ui.showCritic.toggled.connect(self._refill_rewrites)
        ui.calendarChart.day_focused.connect(ui.dayDetail.setText)
        ui.closeInsights.clicked.connect(self.closed.emit)
        self.clear()

    # -- what is shown -------------------------------------------------------------------

    @property
    def insights(self) -> Insights | None:
        return self._insights

    @property
    def year(self) -> int:
        return self._year

    def show_insights(self, insights: Insights, year: int | None = None) -> None:
        """Show ``insights``, keeping the year on screen when it still exists."""
        self._insights = insights
        years = insights.years()
        if year is None:
            year = self._year if self._year in years else insights.today.year
        self._year = min(max(year, years.start), years.stop - 1)
        empty = insights.is_empty
        self.ui.emptyState.setVisible(empty)
        self.ui.emptyState.setText(_(EMPTY_JOURNAL) if empty else "")
        self.ui.sections.setVisible(not empty)
        self._fill_choices(insights)
        self._show_year()
        self._show_ratings()
        self.ui.usesChart.set_uses(insights.uses, uses_line(insights.uses))
        self._fill_rewrites(insights.rewrites)
        self.ui.rewritesLine.setText(rewrites_line(insights))
        self._show_summary(self.ui.summaryToggle.isChecked())

    def clear(self) -> None:
        """Forget every figure and word (the journal is locking)."""
        self._insights = None
        ui = self.ui
        ui.emptyState.setVisible(False)
        ui.sections.setVisible(False)
        ui.ratingsChoice.blockSignals(True)
        ui.ratingsChoice.clear()
        ui.ratingsChoice.blockSignals(False)
        ui.rewritesList.clear()
        ui.ratingsChart.set_ratings(None, "")
        ui.usesChart.set_uses((), "")
        for label in (
            ui.summaryText,
            ui.calendarLine,
            ui.feelingsLine,
            ui.dayDetail,
            ui.ratingsLine,
            ui.rewritesLine,
            ui.yearLabel,
        ):
            label.clear()
        ui.summaryText.setVisible(False)
        ui.summaryToggle.setChecked(False)
        ui.summaryToggle.setAccessibleDescription("")
        ui.showCritic.blockSignals(True)
        ui.showCritic.setChecked(False)  # folded again after locking
        ui.showCritic.blockSignals(False)
        self.setAccessibleDescription("")

    def summary_lines(self) -> list[str]:
        if self._insights is None:
            return []
        return summary_in_words(self._insights, self._year)

    # -- the year --------------------------------------------------------------------------

    def step_year(self, step: int) -> None:
        if self._insights is None:
            return
        target = self._year + step
        if target in self._insights.years():
            self._year = target
            self._show_year()
            self._show_summary(self.ui.summaryToggle.isChecked())

    def _show_year(self) -> None:
        insights = self._insights
        if insights is None:
            return
        ui = self.ui
        year = insights.year(self._year)
        years = insights.years()
        line = year_line(year, insights.today)
        ui.yearLabel.setText(str(self._year))
        ui.previousYear.setEnabled(self._year - 1 in years)
        ui.nextYear.setEnabled(self._year + 1 in years)
        show = translate("InsightsView", "Show {year}")
        earlier, later = self._year - 1, self._year + 1
        ui.previousYear.setToolTip(show.format(year=earlier) if earlier in years else "")
        ui.nextYear.setToolTip(show.format(year=later) if later in years else "")
        ui.calendarChart.set_year(year, insights.today, f"{line} {_(CALENDAR_KEY)}")
        ui.calendarLine.setText(f"{line}\n{all_time_line(insights)}")
        ui.feelingsLine.setText(feelings_line(insights, self._year) if insights.feelings else "")
        ui.feelingsLine.setVisible(bool(insights.feelings))
        ui.dayDetail.setText(
            translate(
                "InsightsView",
                "Point at a day, or use the arrow keys in the calendar, to see it.",
            )
        )

    # -- before and after ------------------------------------------------------------------

    def _fill_choices(self, insights: Insights) -> None:
        choice = self.ui.ratingsChoice
        current = choice.currentData(KIND)
        choice.blockSignals(True)
        choice.clear()
        for ratings in insights.ratings:
            choice.addItem(f"{ratings.title} ({ratings.times})", ratings.kind)
        index = choice.findData(current) if current is not None else -1
        if index < 0 and insights.ratings:
            # The exercise rated most often first: it has the most to show.
            most = max(insights.ratings, key=lambda ratings: ratings.times)
            index = choice.findData(most.kind)
        choice.setCurrentIndex(index)
        choice.setEnabled(choice.count() > 1)
        choice.blockSignals(False)

    def _show_ratings(self) -> None:
        insights = self._insights
        ui = self.ui
        kind = ui.ratingsChoice.currentData(KIND)
        ratings = insights.ratings_for(kind) if insights is not None and kind else None
        has_ratings = ratings is not None
        for widget in (ui.ratingsChoiceLabel, ui.ratingsChoice, ui.ratingsChart, ui.ratingsCaveat):
            widget.setVisible(has_ratings)
        if ratings is None:
            ui.ratingsChart.set_ratings(None, _(NO_RATINGS))
            ui.ratingsLine.setText(_(NO_RATINGS))
            return
        line = ratings_line(ratings)
        ui.ratingsChart.set_ratings(ratings, line)
        caption = ui.ratingsChart.caption()
        ui.ratingsLine.setText(f"{line} {caption}".strip())

    # -- critic to friend ------------------------------------------------------------------

    def _refill_rewrites(self) -> None:
        self._fill_rewrites(self._insights.rewrites if self._insights is not None else ())

    def _fill_rewrites(self, rewrites: tuple[CriticRewrite, ...]) -> None:
        """The kinder rewrite first; the critic's words only when the person asks for them."""
        listing = self.ui.rewritesList
        listing.clear()
        uses = self._insights.uses if self._insights is not None else ()
        titles = {use.kind: use.title for use in uses}
        with_critic = self.ui.showCritic.isChecked()
        self.ui.showCritic.setVisible(bool(rewrites))
        for found in rewrites:
            source = titles.get(found.kind, "")
            heading = (
                f"{day_month_year(found.day)} · {source}" if source else day_month_year(found.day)
            )
            kinder = translate("InsightsView", "Kinder words: {words}").format(words=found.rewrite)
            text = f"{heading}\n{kinder}"
            if with_critic:
                critic = translate("InsightsView", "The critic had said: {words}")
                text += "\n" + critic.format(words=found.phrase)
            item = QListWidgetItem(text)
            item.setData(KIND, found.entry_id)
            listing.addItem(item)
        listing.setVisible(bool(rewrites))

    # -- summary in words -------------------------------------------------------------------

    def _show_summary(self, shown: bool) -> None:
        ui = self.ui
        text = "\n\n".join(self.summary_lines())
        ui.summaryText.setText(text)
        ui.summaryText.setAccessibleDescription(text)
        ui.summaryToggle.setAccessibleDescription(text)
        self.setAccessibleDescription(text)
        ui.summaryText.setVisible(shown and bool(text))
        ui.summaryToggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


class InsightsFeature(QObject):
    """Puts the view into the window and keeps it in step with the journal's life."""

    def __init__(self, window: MainWindow, catalog: ExerciseCatalog) -> None:
        super().__init__(window)
        self.window = window
        self.catalog = catalog
        self.view = InsightsView()
        window.add_view(INSIGHTS, self.view)
        window.ui.actionInsights.triggered.connect(self.show)
        window.journal_opened.connect(self._on_opened)
        window.journal_closing.connect(self.view.clear)
        window.ui.content.currentChanged.connect(self._on_view_changed)
        self.view.closed.connect(window.show_today)

    def show(self) -> None:
        if self.window.journal is None:
            return
        if self.window.current_view() == INSIGHTS:
            self.refresh()
        else:
            self.window.show_view(INSIGHTS)  # refreshes through currentChanged
        ui = self.view.ui
        (ui.summaryToggle if ui.sections.isVisibleTo(self.view) else ui.closeInsights).setFocus()

    def refresh(self) -> None:
        """Work the figures out again from the open journal (about one read of it)."""
        journal = self.window.journal
        if journal is None:
            self.view.clear()
            return
        try:
            insights = gather(journal, self.catalog.values(), journal.clock().date())
        except Exception as error:
            show_problem(self.window, error)
            return
        self.view.show_insights(insights)

    def _on_opened(self) -> None:
        # Unlocking straight into Insights: the view was emptied on lock, so fill it again
        # (unless switching to it has just done so).
        if self.window.current_view() == INSIGHTS and self.view.insights is None:
            self.refresh()

    def _on_view_changed(self, _index: int) -> None:
        if self.window.current_view() == INSIGHTS:
            self.refresh()


def install_insights(window: MainWindow, catalog: ExerciseCatalog) -> QObject:
    """Adds the Insights view to ``window``; the controller calls this once at start."""
    return InsightsFeature(window, catalog)
