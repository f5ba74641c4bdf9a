"""Render every main view on a sample journal into PNG files, so anyone can look at them.

    python -m kindspace.gui.screenshots OUTDIR [TEXT_SIZE_PERCENT]

The sample journal is made in a temporary folder (with gentle example words written for
this purpose) and removed afterwards; nothing touches the person's own journal. Without a
display the offscreen platform is used, which renders the same widgets and fonts.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.clock import fixed_clock, system_clock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kindspace.gui.main_window import MainWindow
    from kindspace.gui.practice_views import Practice
    from kindspace.journal.journal import Journal
    from kindspace.journal.keyring_store import KeyringCheck
    from kindspace.practice.definitions import ExerciseCatalog

#: Protects only the throw-away sample journal, which is deleted after rendering.
SAMPLE_PASSPHRASE = "sample journal passphrase"  # noqa: S105
SAMPLE_NOTES = (
    ("Slow morning", "Coffee on the balcony. I noticed I was rushing and let myself slow down."),
    ("", "Hard meeting today. I was sharp with myself afterwards; a friend would have said "
     "*it was a tough room, you did fine*."),
    ("Walk", "Twenty minutes by the river. The light on the water helped."),
    ("A small win", "I asked for help instead of struggling alone."),
    ("", "Tired. Going to bed early is a kind thing to do tonight."),
)  # fmt: skip
#: The critic's words and a kinder rewrite, for the critic-to-friend exercises of the sample.
SAMPLE_REWRITES = (
    ("You always mess things up.",
     "One thing went wrong today. I can mend some of it tomorrow and let the rest be."),
    ("Nobody wants to hear from you.",
     "The people who care about me are glad when I get in touch."),
    ("You're so lazy.",
     "I'm tired after a long week. Resting is part of doing things well."),
    ("You should be further along by now.",
     "I'm moving at the pace my life allows, and that is enough for today."),
    ("That was a stupid thing to say.",
     "It came out clumsily. I can say what I meant next time."),
    ("You can't handle anything.",
     "This is a lot to carry. I've carried hard things before, one step at a time."),
)  # fmt: skip
#: (exercise, rating before, rating after) in turn; mostly lighter afterwards, not always.
SAMPLE_PRACTICE = (
    ("rain", 7, 4), ("critic_to_friend", 8, 5), ("self_compassion_break", 6, 4),
    ("critic_to_friend", 7, 7), ("rain", 8, 6), ("reverse_golden_rule", 7, 4),
    ("self_compassion_break", 5, 5), ("critic_to_friend", 6, 3), ("rain", 6, 7),
    ("self_compassion_break", 7, 3), ("critic_to_friend", 9, 6), ("rain", 5, 3),
)  # fmt: skip


def _sample_answers(kind: str, index: int) -> dict[str, str]:
    phrase, rewrite = SAMPLE_REWRITES[index % len(SAMPLE_REWRITES)]
    if kind == "critic_to_friend":
        return {"critic": phrase, "rewrite": rewrite, "takeaway": "Talk to myself like a friend."}
    if kind == "reverse_golden_rule":
        return {"critic": phrase, "to_self": rewrite, "takeaway": "The words I'd give a friend."}
    return {"takeaway": "A hand on my heart helped a little."}


def _sample_practice(journal: Journal, now: datetime) -> None:
    """Exercises with ratings across the last year, saved the way the exercise view saves
    them (title, take-away as the body), so Insights and the day list show real content."""
    from kindspace.practice.definitions import load_exercises

    titles = {exercise.id: exercise.title for exercise in load_exercises().values()}
    for index in range(30):
        kind, before, after = SAMPLE_PRACTICE[index % len(SAMPLE_PRACTICE)]
        answers = _sample_answers(kind, index)
        when = now - timedelta(days=index * 11 + index % 4 + 1, hours=index % 3)
        rated = index % 7 != 6  # now and then a rating is skipped, as people do
        journal.entries.create(
            kind=kind,
            title=titles.get(kind, ""),
            body=answers["takeaway"],
            answers=answers,
            intensity_before=before if rated else None,
            intensity_after=after if rated else None,
            written_at=when,
        )


def _sample_journal(data_dir: Path, now: datetime) -> None:
    from kindspace.journal import vault
    from kindspace.journal.journal import JournalLocation, create_journal

    journal, _recovery = create_journal(
        JournalLocation(data_dir),
        passphrase=SAMPLE_PASSPHRASE,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    with journal:
        for index in range(40):
            title, body = SAMPLE_NOTES[index % len(SAMPLE_NOTES)]
            when = now - timedelta(days=index * 2 + index % 3, hours=index % 5)
            journal.entries.create(
                title=title, body=body, tags=["rest"] if index % 2 else ["work"], written_at=when
            )
        _sample_practice(journal, now)
        _sample_own_exercise(journal)


#: A practice of the sample person's own, for the editor's and the stepper's shots.
SAMPLE_OWN = (
    "A kind pause after work",
    (
        "What did today ask of me?",
        "What would I say to a friend who had this day?",
        "What is one small, kind thing I can do tonight?",
    ),
)


def _sample_own_exercise(journal: Journal) -> None:
    from kindspace.practice.own_exercises import OwnExerciseForm, save_own_exercise

    title, steps = SAMPLE_OWN
    form = OwnExerciseForm(title, steps, "Three questions to end the day gently.", 4, rate=True)
    save_own_exercise(journal, form)


def render_all(
    out_dir: Path, visit: Callable[[str, QWidget], None] | None = None, text_size: int = 100
) -> list[Path]:
    """Write the PNGs and return their paths (used by tests as well as by people).

    ``visit`` sees each view just as it is shot, so tests can walk the very widgets shown.
    """
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from kindspace.gui.app import application
    from kindspace.gui.main_window import MainWindow
    from kindspace.gui.practice_views import install_practice
    from kindspace.gui.sync_shots import shoot_sync
    from kindspace.gui.theme import ThemeKeeper
    from kindspace.gui.transfer_shots import shoot_transfer
    from kindspace.gui.unlock import UnlockView
    from kindspace.journal.journal import JournalLocation, open_journal
    from kindspace.journal.keyring_store import KeyringCheck
    from kindspace.preferences import Preferences

    app = application()
    theme = ThemeKeeper(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(name: str, widget: QWidget) -> None:
        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)
        if visit is not None:
            visit(name, widget)

    with tempfile.TemporaryDirectory(prefix="kindspace-shots-") as temp:
        data_dir = Path(temp) / "journal"
        now = system_clock().replace(hour=20, minute=15, second=0, microsecond=0)
        shot_clock = fixed_clock(now)  # one evening for the journal and the window alike
        _sample_journal(data_dir, now)
        location = JournalLocation(data_dir)
        journal = open_journal(
            location, passphrase=SAMPLE_PASSPHRASE, clock=shot_clock, daily_backup=False
        )
        try:
            for scheme in ("light", "dark"):
                theme.apply(Preferences(theme=scheme, text_size=text_size))
                window = MainWindow(clock=shot_clock)
                window.resize(1180, 760)
                practice = install_practice(window)  # as the app does, before the journal
                window.attach(journal)
                shoot(f"main-window-{scheme}", window)
                window.open_entry(journal.entries.on_day(now.date())[0].id)
                shoot(f"editor-{scheme}", window)
                window.show_search()
                window.search_view.ui.queryEdit.setText("river")
                window.search_view.search_now()
                shoot(f"search-{scheme}", window)

                def set_text_size(size: int, chosen: str = scheme) -> None:
                    theme.apply(Preferences(theme=chosen, text_size=size))

                _shoot_tags(scheme, window, set_text_size, shoot)
                lock = UnlockView()
                window.set_lock_view(lock)
                window.detach()
                lock.set_locked(True)
                shoot(f"lock-{scheme}", window)
                _shoot_locked_support(scheme, window, practice, shoot)
                window.attach(journal)
                _shoot_dialogs(scheme, window, journal, data_dir, shoot)
                shoot_transfer(scheme, window, journal, shoot)
                set_text_size(text_size)
                shoot_sync(scheme, Path(temp), now, shoot, lambda: set_text_size(150))
                set_text_size(text_size)
                _shoot_practice(scheme, window, practice, shoot)
                theme.apply(Preferences(theme=scheme, text_size=150))
                _shoot_calm(f"{scheme}-150", window, practice, shoot)
                theme.apply(Preferences(theme=scheme))
                window.detach()
                window.hide()
                window.deleteLater()
        finally:
            journal.close()
        theme.apply(Preferences(theme="light", text_size=text_size))
        _shoot_first_run(Path(temp) / "new", shoot, KeyringCheck(None, "screenshots"))
        theme.apply(Preferences(theme="dark", text_size=text_size))
        _shoot_first_run(Path(temp) / "new-dark", shoot, KeyringCheck(None, "screenshots"), "dark")
    return written


def _shoot_tags(
    scheme: str, window: MainWindow, text_size: Callable[[int], None], shoot: Callable[..., None]
) -> None:
    """The tag browser at the smallest window kindspace is made for, then with 150% text."""
    from kindspace.gui.tags_feature import TagsFeature

    tags = TagsFeature(window)
    size = window.size()
    window.resize(1024, 600)
    tags.show("rest")
    shoot(f"tags-{scheme}", window)
    text_size(150)
    shoot(f"tags-150-{scheme}", window)
    text_size(100)
    window.resize(size)
    window.show_today()


def _shoot_dialogs(
    scheme: str, window: object, journal: Journal, data_dir: Path, shoot: Callable[..., None]
) -> None:
    from kindspace.gui.settings_dialog import SettingsDialog
    from kindspace.preferences import Preferences

    dialog = SettingsDialog(journal, None, Preferences(theme=scheme), data_dir)
    dialog.resize(760, 560)
    shoot(f"settings-{scheme}", dialog)
    dialog.hide()
    dialog.deleteLater()
    del window


def _shoot_practice(
    scheme: str, window: MainWindow, practice: Practice, shoot: Callable[..., None]
) -> None:
    """Every step of every exercise, "too much", then Learn and Support (look at all of them)."""
    from kindspace.practice.grounding import TooMuchChoice

    _shoot_calm(scheme, window, practice, shoot)
    view = practice.exercise_view
    for exercise_id in practice.catalog:
        practice.start(exercise_id)
        session = view.session
        if session is None:
            continue
        _number, total = session.progress
        for step in range(1, total + 1):
            shoot(f"exercise-{exercise_id}-step{step}-{scheme}", window)
            if session.is_last:
                break
            view.go_next()
        view.leave()
    practice.start("rain")
    view.go_next()
    view.go_next()
    view.show_grounding()
    shoot(f"grounding-{scheme}", window)
    view.ask_before_leaving()
    shoot(f"grounding-leaving-{scheme}", window)
    view.settle(TooMuchChoice.DISCARD)
    practice.show_learn()
    shoot(f"learn-{scheme}", window)
    practice.show_support()
    shoot(f"support-{scheme}", window)
    size = window.size()
    window.resize(1024, 600)
    shoot(f"support-1024x600-{scheme}", window)
    window.resize(size)
    _shoot_insights(scheme, window, practice.catalog, shoot)


def _shoot_calm(
    scheme: str, window: MainWindow, practice: Practice, shoot: Callable[..., None]
) -> None:
    """Today's check-in and a focus-mode step with its closing moment, at 1024×600."""
    size = window.size()
    window.resize(1024, 600)
    window.show_today()
    today = window.today_view
    for chip in today.chips:
        chip.setChecked(chip.text() in ("tired", "hopeful"))
    today.strengths[0].setChecked(True)
    shoot(f"today-checkin-{scheme}", window)
    today.checkin_kept("")
    practice.start("critic_to_friend")
    shoot(f"focus-step-{scheme}", window)
    view = practice.exercise_view
    view.go_next()
    view.go_next()
    view.go_next()
    shoot(f"focus-closing-{scheme}", window)
    view.closing.close()
    _shoot_own_editor(scheme, window, practice, shoot)
    window.resize(size)


def _shoot_own_editor(
    scheme: str, window: MainWindow, practice: Practice, shoot: Callable[..., None]
) -> None:
    """Writing a new practice (empty), then the sample's own one open for editing."""
    editing = practice.own
    editing.write_new()
    shoot(f"own-exercise-new-{scheme}", window)
    own_id = next(exercise_id for exercise_id in practice.catalog if exercise_id.startswith("own_"))
    editing.edit(own_id)
    shoot(f"own-exercise-editor-{scheme}", window)
    editing.close()


def _shoot_locked_support(
    scheme: str, window: MainWindow, practice: Practice, shoot: Callable[..., None]
) -> None:
    """Support while locked (F1 on the lock screen), at 1024×600, and its grounding page."""
    size = window.size()
    window.resize(1024, 600)
    practice.show_support()
    shoot(f"locked-support-{scheme}", window)
    practice.locked_support.show_grounding()
    shoot(f"locked-grounding-{scheme}", window)
    practice.locked_support.show_main()
    window.resize(size)


def _shoot_insights(
    scheme: str, window: MainWindow, catalog: ExerciseCatalog, shoot: Callable[..., None]
) -> None:
    """Insights in the window, then the whole page at full height with the summary open."""
    from kindspace.gui.insights_view import InsightsFeature

    insights = InsightsFeature(window, catalog)
    insights.show()
    shoot(f"insights-{scheme}", window)
    view = insights.view
    view.ui.summaryToggle.setChecked(True)
    page = view.ui.insightsContent
    page.resize(900, page.sizeHint().height())
    shoot(f"insights-page-{scheme}", page)
    view.ui.summaryToggle.setChecked(False)
    window.show_today()


def _shoot_first_run(
    folder: Path, shoot: Callable[..., None], check: KeyringCheck, scheme: str = "light"
) -> None:
    from kindspace.gui.onboarding import FirstRunWizard
    from kindspace.journal import vault
    from kindspace.journal.journal import JournalLocation

    wizard = FirstRunWizard(
        JournalLocation(folder),
        check,
        kdf_params=vault.FAST_TEST_KDF,
    )
    wizard.resize(720, 560)
    shoot(f"first-run-welcome-{scheme}", wizard)
    wizard.next()
    wizard.next()
    shoot(f"first-run-protection-{scheme}", wizard)
    wizard.hide()
    wizard.deleteLater()


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2) or (len(argv) == 2 and not argv[1].isdigit()):
        print("usage: python -m kindspace.gui.screenshots OUTDIR [TEXT_SIZE_PERCENT]")
        return 1
    for path in render_all(Path(argv[0]), text_size=int(argv[1]) if len(argv) == 2 else 100):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
