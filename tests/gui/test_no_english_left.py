"""In German and Spanish no view shows English: every text a person can meet — labels,
buttons, tabs, list lines, menus, placeholders, tooltips, accessible names, window titles —
is walked in every view the screenshots command reaches, plus the settings pages, the
reminder card, the tray menu and About.

The app's name, proper names (people, books, practices), numbers and key names may stay, and
so may the person's own words: the sample journal is written in English on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kindspace.gui import screenshots
from kindspace.gui.translation import install_language
from tests.helpers.english_left import EnglishNet, menu_texts, plain, visible_texts

#: The stays-on-top reminder card asks to be raised; offscreen there is nothing to raise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

LANGUAGES = ("de", "es")
PROPER_NAMES = (
    "kindspace", "Kristin Neff", "Tara Brach", "Christopher Germer", "Mindful Self-Compassion",
    "Self-Compassion", "RAIN", "MSC", "Syncthing", "Markdown", "PDF", "SQLCipher",
)  # fmt: skip
#: The sample person's own words, written by the screenshots command (not kindspace's).
JOURNAL_TEXTS = (
    *(text for note in screenshots.SAMPLE_NOTES for text in note if text),
    *(text for pair in screenshots.SAMPLE_REWRITES for text in pair),
    screenshots.SAMPLE_OWN[0],
    *screenshots.SAMPLE_OWN[1],
    "Three questions to end the day gently.",
    "Talk to myself like a friend.",
    "The words I'd give a friend.",
    "A hand on my heart helped a little.",
    "river",
)
#: English that comes from the Qt-free core, which is getting its own gettext catalogue
#: (``kindspace/i18n.py``); empty this list once that catalogue is merged.
AWAITING_CORE_CATALOGUE: tuple[str, ...] = ()


class Seen:
    """Every English text met, by view."""

    def __init__(self, net: EnglishNet) -> None:
        self.net = net
        self.views: list[str] = []
        self.english: dict[str, set[str]] = {}

    def check(self, view: str, texts: Iterator[tuple[str, str]]) -> None:
        self.views.append(view)
        for where, text in texts:
            if not text or not text.strip():
                continue
            why = self.net.english_in(text)
            if why is not None and not any(core in text for core in AWAITING_CORE_CATALOGUE):
                self.english.setdefault(view, set()).add(f"{where}: {why}")

    def visit(self, name: str, widget: QWidget) -> None:
        window = widget.window()
        self.check(name, visible_texts(window))
        ui = getattr(window, "ui", None)
        sections = getattr(ui, "sections", None)
        if sections is not None and hasattr(sections, "setCurrentRow"):
            for row in range(sections.count()):  # every page of Settings, not the first only
                sections.setCurrentRow(row)
                QApplication.processEvents()
                self.check(f"{name} › {plain(sections.item(row).text())}", visible_texts(window))
            sections.setCurrentRow(0)


def _extras(seen: Seen) -> None:
    """Views the screenshots command does not shoot: the reminder card, tray menu, About."""
    from kindspace.gui.about_dialog import AboutDialog
    from kindspace.gui.popup import ReminderPopup
    from kindspace.gui.tray import KindTray
    from kindspace.practice.definitions import load_exercises
    from kindspace.reminders.phrases import default_phrases
    from kindspace.reminders.schedule import Reminder

    exercises = list(load_exercises().values())
    card = ReminderPopup()
    for title in (exercises[0].title, None):
        reminder = Reminder(
            slot=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
            phrase=default_phrases()[0],
            suggested_exercise=exercises[0].id if title else None,
            popup_seconds=60,
            generic=True,
            snoozed=False,
        )
        card.show_reminder(reminder, title)
        seen.check("reminder card", visible_texts(card))
    card.hide()
    card.deleteLater()
    tray = KindTray(exercises)
    seen.check("tray menu", menu_texts(tray.menu, "tray"))
    seen.check("tray menu", iter([("tray icon tooltip", tray.icon.toolTip())]))
    about = AboutDialog()
    about.show()
    seen.check("about", visible_texts(about))
    about.deleteLater()


def walk(language: str, out: object, net: EnglishNet) -> Seen:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = app.palette(), app.font()
    seen = Seen(net)
    try:
        screenshots.render_all(out, seen.visit, language=language)  # type: ignore[arg-type]
        _extras(seen)
    finally:
        install_language("en")
        app.setPalette(palette)
        app.setFont(font)
    return seen


@pytest.fixture(scope="module", params=LANGUAGES)
def seen(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Seen:
    language: str = request.param
    net = EnglishNet(language, allowed=(*PROPER_NAMES, *JOURNAL_TEXTS))
    return walk(language, tmp_path_factory.mktemp(language), net)


def report(english: dict[str, set[str]]) -> str:
    return "\n".join(
        f"{view}:\n" + "\n".join(f"    {text}" for text in sorted(texts))
        for view, texts in sorted(english.items())
    )


def test_every_view_was_walked(seen: Seen) -> None:
    for view in ("main-window-light", "editor-dark", "settings-light", "support-light",
                 "locked-support-dark", "grounding-light", "first-run-protection-dark",
                 "reminder card", "tray menu", "about"):  # fmt: skip
        assert view in seen.views
    assert any(view.startswith("settings-light › ") for view in seen.views)
    assert any(view.startswith("exercise-rain-step") for view in seen.views)


def test_no_view_shows_english(seen: Seen) -> None:
    assert seen.english == {}, f"English left in {seen.net.language}:\n" + report(seen.english)


def test_english_slipped_into_a_view_is_caught(qapp: QApplication) -> None:
    """The nets catch kindspace's own English, and English it does not know it has."""
    from PySide6.QtWidgets import QLabel, QPushButton

    install_language("de")
    try:
        net = EnglishNet("de", allowed=(*PROPER_NAMES, *JOURNAL_TEXTS))
        seen = Seen(net)
        view = QWidget()
        QLabel("A kind note, just for you.", view).setObjectName("slippedLabel")
        QPushButton("Close settings", view).setObjectName("slippedButton")
        kept = QLabel("Coffee on the balcony. Kristin Neff", view)
        kept.setAccessibleName("kindspace")
        view.show()
        seen.check("a view", visible_texts(view))
        view.deleteLater()
    finally:
        install_language("en")
    found = report(seen.english)
    assert "a view" in seen.english
    assert "QLabel slippedLabel" in found and "A kind note, just for you." in found
    assert "QPushButton slippedButton: Close settings" in found
    assert len(seen.english["a view"]) == 2, found
