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
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from kindspace.gui import screenshot_sample, screenshots, sync_shots
from kindspace.gui.translation import install_language
from tests.helpers.english_left import EnglishNet, menu_texts, plain, visible_texts

#: The stays-on-top reminder card asks to be raised; offscreen there is nothing to raise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

LANGUAGES = ("de", "es")
EVENING = datetime(2026, 3, 2, 20, 15, tzinfo=UTC)
PROPER_NAMES = (
    "kindspace", "Kristin Neff", "Tara Brach", "Christopher Germer", "Mindful Self-Compassion",
    "Self-Compassion", "RAIN", "MSC", "Syncthing", "Markdown", "PDF", "SQLCipher",
    "keyring", "English", "Deutsch", "Español",
)  # fmt: skip
#: Words a language spells just as English does, which the core also has in English (Qt's
#: calendar lists German months, and ``i18n`` names the same months): that language's own.
SAME_AS_ENGLISH: dict[str, tuple[str, ...]] = {
    "de": ("April", "August", "November", "September"),
    "es": (),
}
#: The sample person's own words, written by the screenshots command (not kindspace's).
JOURNAL_TEXTS = (
    *(text for note in screenshot_sample.SAMPLE_NOTES for text in note if text),
    *(text for pair in screenshot_sample.SAMPLE_REWRITES for text in pair),
    screenshot_sample.SAMPLE_OWN[0],
    *screenshot_sample.SAMPLE_OWN[1],
    sync_shots.ON_LAPTOP,  # the two versions of one entry the sync screenshots reconcile
    sync_shots.ON_DESKTOP,
    "Three questions to end the day gently.",
    "Talk to myself like a friend.",
    "The words I'd give a friend.",
    "A hand on my heart helped a little.",
    "river",
)


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
            if why is not None:
                self.english.setdefault(view, set()).add(f"{where}: {why}")

    def visit(self, name: str, widget: QWidget) -> None:
        window = widget.window()
        self.check(name, visible_texts(window))
        if name == "editor-light":
            self.dialogs(window)
        if name == "support-light":
            self.support_editing(window)
        ui = getattr(window, "ui", None)
        sections = getattr(ui, "sections", None)
        if sections is not None and hasattr(sections, "setCurrentRow"):
            for row in range(sections.count()):  # every page of Settings, not the first only
                sections.setCurrentRow(row)
                QApplication.processEvents()
                self.check(f"{name} › {plain(sections.item(row).text())}", visible_texts(window))
            sections.setCurrentRow(0)

    def dialogs(self, window: QWidget) -> None:
        """The window's own small dialogs (keyboard shortcuts, Recently deleted), the editor's
        Preview and an exercise as the reader shows it."""
        from kindspace.gui.main_window import MainWindow
        from kindspace.gui.recently_deleted import RecentlyDeletedDialog
        from kindspace.gui.window_dialogs import show_shortcuts

        assert isinstance(window, MainWindow)
        for dialog in (show_shortcuts(window), RecentlyDeletedDialog(window)):
            dialog.show()
            QApplication.processEvents()
            self.check(f"{dialog.objectName() or type(dialog).__name__}", visible_texts(dialog))
            dialog.hide()
            dialog.deleteLater()
        for tabs in window.findChildren(QTabWidget):  # the editor's Preview
            if tabs.isVisible():
                tabs.setCurrentIndex(tabs.count() - 1)
                QApplication.processEvents()
                self.check("editor preview", visible_texts(window))
                tabs.setCurrentIndex(0)
        assert window.journal is not None
        for entry in window.journal.entries.listed(last=60):
            if entry.kind != "note":  # an exercise, as the reader shows it
                window.open_entry(entry.id)
                QApplication.processEvents()
                self.check(f"reader {entry.kind}", visible_texts(window))
                break
        window.show_today()

    def support_editing(self, window: QWidget) -> None:
        """Support with its people and crisis lines open for editing (tables and headers)."""
        from kindspace.gui.support_view import SupportView

        for view in window.findChildren(SupportView):
            if view.isVisible():
                for part in (view.people, view.crisis):
                    part.start_editing()
                    QApplication.processEvents()
                    self.check("support editing", visible_texts(window))
                    part.stop_editing()


def _extras(seen: Seen, folder: Path) -> None:
    """Views the screenshots command does not shoot: the reminder card, tray menu, About."""
    from kindspace.gui.about_dialog import AboutDialog
    from kindspace.gui.popup import ReminderPopup
    from kindspace.gui.reminder_driver import ReminderDriver
    from kindspace.gui.settings_reminders import ReminderSettingsPage
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
    _onboarding(seen, folder)
    driver = ReminderDriver(folder / "reminders", lambda: None, clock=lambda: EVENING)
    (folder / "reminders").mkdir()
    page = ReminderSettingsPage(driver, exercises, has_tray=True)
    page.show()
    seen.check("settings › reminders", visible_texts(page))
    page.deleteLater()


def _onboarding(seen: Seen, folder: Path) -> None:
    """Every page of the first run, past the two the screenshots show."""
    from kindspace.gui.onboarding import FirstRunWizard
    from kindspace.journal import vault
    from kindspace.journal.journal import JournalLocation
    from kindspace.journal.keyring_store import KeyringCheck

    wizard = FirstRunWizard(
        JournalLocation(folder / "new"), KeyringCheck(None, "test"), kdf_params=vault.FAST_TEST_KDF
    )
    wizard.show()
    for _ in range(2):
        wizard.next()
    seen.check("first-run-unlock", visible_texts(wizard))
    for field in (wizard.unlock_page.ui.passphraseField, wizard.unlock_page.ui.confirmField):
        field.setText("a calm and long sample passphrase")
    wizard.next()
    seen.check("first-run-recovery", visible_texts(wizard))
    wizard.recovery_page.ui.keptIt.setChecked(True)
    wizard.next()
    seen.check("first-run-reminders", visible_texts(wizard))
    wizard.next()
    seen.check("first-run-ready", visible_texts(wizard))
    if wizard.journal is not None:
        wizard.journal.close()
    wizard.hide()
    wizard.deleteLater()


def walk(language: str, out: Path, net: EnglishNet) -> Seen:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = app.palette(), app.font()
    seen = Seen(net)
    try:
        screenshots.render_all(out, seen.visit, language=language)
        _extras(seen, out)
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
    net = EnglishNet(language, allowed=(*PROPER_NAMES, *JOURNAL_TEXTS, *SAME_AS_ENGLISH[language]))
    return walk(language, tmp_path_factory.mktemp(language), net)


def report(english: dict[str, set[str]]) -> str:
    return "\n".join(
        f"{view}:\n" + "\n".join(f"    {text}" for text in sorted(texts))
        for view, texts in sorted(english.items())
    )


def test_every_view_was_walked(seen: Seen) -> None:
    for view in ("main-window-light", "editor-dark", "settings-light", "support-light",
                 "locked-support-dark", "grounding-light", "first-run-protection-dark",
                 "reminder card", "tray menu", "about", "first-run-ready",
                 "settings › reminders", "shortcutsDialog", "editor preview",
                 "support editing"):  # fmt: skip
        assert view in seen.views
    assert any(view.startswith("settings-light › ") for view in seen.views)
    assert any(view.startswith("exercise-rain-step") for view in seen.views)


def test_no_view_shows_english(seen: Seen) -> None:
    assert seen.english == {}, f"English left in {seen.net.language}:\n" + report(seen.english)


def test_english_slipped_into_a_view_is_caught(qapp: QApplication) -> None:
    """English put into a real view is found, named by view, widget and text: kindspace's own
    English, English it does not know it has, and the core's; the person's words are not."""
    from PySide6.QtWidgets import QLabel

    from kindspace.gui.about_dialog import AboutDialog

    install_language("de")
    try:
        seen = Seen(EnglishNet("de", allowed=(*PROPER_NAMES, *JOURNAL_TEXTS)))
        about = AboutDialog()
        about.ui.version.setText("A kind note, just for you.")  # in no catalogue
        about.ui.appName.setToolTip("Close settings")  # a .ts source, translated there
        about.ui.appName.setAccessibleName("tired")  # a feeling word of the core
        QLabel("Coffee on the balcony. Kristin Neff", about).setObjectName("ownWords")
        about.show()
        seen.check("about", visible_texts(about))
        about.deleteLater()
    finally:
        install_language("en")
    found = report(seen.english)
    assert found.startswith("about:"), found
    assert "QLabel version: 'A kind note, just for you.'" in found
    assert "QLabel appName tooltip: Close settings" in found
    assert "QLabel appName accessible name: tired" in found
    assert len(seen.english["about"]) == 3, found
