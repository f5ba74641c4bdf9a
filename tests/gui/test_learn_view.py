"""Learn: articles are listed and shown, and their links lead into kindspace."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from kindspace.gui.practice_views import EXERCISE, LEARN, SUPPORT
from kindspace.journal.journal import Journal
from kindspace.practice.learn import load_articles
from tests.gui.practice_helpers import make_practice


def test_the_learn_menu_item_lists_every_article(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.ui.actionLearn.trigger()
    assert window.current_view() == LEARN
    listing = practice.learn_view.ui.articles
    listed = [
        listing.item(row).text()
        for row in range(listing.count())
        if listing.item(row).flags() & Qt.ItemFlag.ItemIsSelectable
    ]
    assert listed == [article.title for article in load_articles()]
    assert practice.learn_view.ui.article.openLinks() is False


def test_choosing_an_article_by_keyboard_shows_its_text(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.ui.actionLearn.trigger()
    articles = practice.learn_view.ui.articles
    qtbot.keyClick(articles, Qt.Key.Key_End)
    last = load_articles()[-1]
    assert practice.learn_view.current == last
    assert last.title in practice.learn_view.ui.article.toPlainText()


def test_a_tip_opens_its_exercise_by_link_and_by_button(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.ui.actionLearn.trigger()
    tip = next(article for article in load_articles() if article.opens)
    practice.learn_view.show_article(tip.slug)
    assert practice.learn_view.ui.tryIt.isVisibleTo(practice.learn_view)
    practice.learn_view.ui.tryIt.click()
    assert window.current_view() == EXERCISE
    assert practice.exercise_view.session is not None
    assert practice.exercise_view.session.exercise.id == tip.opens

    window.ui.actionLearn.trigger()
    practice.learn_view.ui.article.anchorClicked.emit(QUrl("kindspace://exercise/rain"))
    assert window.current_view() == EXERCISE
    assert practice.exercise_view.session is not None
    assert practice.exercise_view.session.exercise.id == "rain"


def test_learn_links_reach_support_and_other_articles(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.ui.actionLearn.trigger()
    browser = practice.learn_view.ui.article
    browser.anchorClicked.emit(QUrl("kindspace://learn/when-therapy-helps"))
    assert practice.learn_view.current is not None
    assert practice.learn_view.current.slug == "when-therapy-helps"
    browser.anchorClicked.emit(QUrl("https://example.org/"))  # never followed
    assert window.current_view() == LEARN
    browser.anchorClicked.emit(QUrl("kindspace://support"))
    assert window.current_view() == SUPPORT


def test_learn_has_the_width_the_calendar_steps_aside_for(qtbot: QtBot, journal: Journal) -> None:
    """While reading, the calendar and day list step aside, so at 1024×600 the titles get
    room beside the article instead of wrapping every two words."""
    window, practice = make_practice(qtbot, journal)
    window.resize(1024, 600)
    window.show()
    assert window.ui.sidebar.isVisible()
    window.ui.actionLearn.trigger()
    assert not window.ui.sidebar.isVisible()
    assert practice.learn_view.isVisible()
    window.show_today()
    assert window.ui.sidebar.isVisible()
