"""Learn: short articles about self-compassion, each tip one step away from its exercise.

Links inside the articles lead into kindspace (``kindspace://exercise/rain``), so the
browser never follows them itself: it hands them to :func:`parse_app_link` and turns them
into navigation. Web links are not opened at all (kindspace never uses the network).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from kindspace.gui.forms.ui_learn import Ui_LearnView
from kindspace.gui.reading_column import centre_in_column
from kindspace.gui.typography import HEADING, note_item, scale_font
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.gui.wrapped_rows import wrap_rows
from kindspace.practice.learn import Article, parse_app_link

SLUG = Qt.ItemDataRole.UserRole
SECTION_NAMES = {
    "basics": QT_TRANSLATE_NOOP("LearnView", "Basics"),
    "tips": QT_TRANSLATE_NOOP("LearnView", "Tips"),
    "help": QT_TRANSLATE_NOOP("LearnView", "Getting help"),
}


class LearnView(QWidget):
    exercise_requested = Signal(str)
    support_requested = Signal()
    closed = Signal()

    def __init__(self, articles: list[Article], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LearnView()
        self.ui.setupUi(self)
        centre_in_column(self)
        scale_font(self.ui.learnHeading, HEADING, bold=True)
        self.articles = {article.slug: article for article in articles}
        self.current: Article | None = None
        self.ui.article.setOpenLinks(False)
        self.ui.article.setOpenExternalLinks(False)
        self.ui.article.anchorClicked.connect(self.follow_link)
        self.ui.articles.currentItemChanged.connect(self._on_item)
        self.ui.tryIt.clicked.connect(self._try_it)
        self.ui.closeLearn.clicked.connect(self.closed.emit)
        # The titles get two parts in five, so at 150% text on a small screen they wrap
        # once at most instead of every two words; each title is measured where it is
        # painted and set apart from the next.
        self.ui.learnSplitter.setStretchFactor(0, 2)
        self.ui.learnSplitter.setStretchFactor(1, 3)
        self.ui.learnSplitter.setSizes([2000, 3000])  # scaled to the room it gets
        wrap_rows(self.ui.articles)
        self.ui.articles.setSpacing(2)
        section = None
        for article in articles:
            if article.section != section:
                section = article.section
                self.ui.articles.addItem(
                    _section_item(translate("LearnView", SECTION_NAMES.get(section, section)))
                )
            item = QListWidgetItem(article.title)
            item.setData(SLUG, article.slug)
            self.ui.articles.addItem(item)
        if articles:
            self.show_article(articles[0].slug)

    def show_article(self, slug: str) -> None:
        article = self.articles.get(slug)
        if article is None:
            return
        self.current = article
        self.ui.article.setMarkdown(f"# {article.title}\n\n{article.markdown}")
        self.ui.tryIt.setVisible(article.opens is not None)
        for row in range(self.ui.articles.count()):
            item = self.ui.articles.item(row)
            if item.data(SLUG) == slug and self.ui.articles.currentRow() != row:
                self.ui.articles.setCurrentRow(row)

    def follow_link(self, url: QUrl) -> None:
        link = parse_app_link(url.toString())
        if link is None:
            return
        if link.target == "exercise" and link.name:
            self.exercise_requested.emit(link.name)
        elif link.target == "support":
            self.support_requested.emit()
        elif link.target == "learn" and link.name:
            self.show_article(link.name)

    def focus_list(self) -> None:
        self.ui.articles.setFocus()

    def _on_item(self, item: QListWidgetItem | None) -> None:
        if item is not None and isinstance(item.data(SLUG), str):
            self.show_article(item.data(SLUG))

    def _try_it(self) -> None:
        if self.current is not None and self.current.opens:
            self.exercise_requested.emit(self.current.opens)


def _section_item(name: str) -> QListWidgetItem:
    """A quiet heading between the articles; it can't be chosen."""
    item = QListWidgetItem(name)
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    note_item(item)
    return item
