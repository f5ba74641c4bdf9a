"""Render every main view on a sample journal into PNG files, so anyone can look at them.

    python -m kindspace.gui.screenshots OUTDIR [TEXT_SIZE_PERCENT] [WIDTHxHEIGHT] [--language de]

``--language`` renders the views in another language (KINDSPACE_PSEUDO_TRANSLATE=1 makes
every text about 30% longer, to find cut-off words before the translations exist).

The window is shot at 1024×600, the smallest screen kindspace is made for, unless another
size is given (1440×900 shows how the views use a roomier screen). The sample journal is made
in a temporary folder (screenshot_sample.py) and removed afterwards; nothing touches the
person's own journal. Without a display the offscreen platform is used, which renders the
same widgets and fonts.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.clock import fixed_clock, system_clock
from kindspace.gui.screenshot_sample import SAMPLE_PASSPHRASE, sample_journal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kindspace.gui.main_window import MainWindow
    from kindspace.gui.practice_views import Practice
    from kindspace.practice.definitions import ExerciseCatalog

#: The smallest screen kindspace is made for (the default), and a roomy laptop screen.
SMALL, ROOMY = (1024, 600), (1440, 900)
#: The largest text size offered in Settings; a run at a smaller size shoots some views at it too.
LARGEST = 150


def render_all(
    out_dir: Path,
    visit: Callable[[str, QWidget], None] | None = None,
    text_size: int = 100,
    language: str = "en",
    size: tuple[int, int] = SMALL,
) -> list[Path]:
    """Write the PNGs and return their paths (used by tests as well as by people).

    ``visit`` sees each view just as it is shot, so tests can walk the very widgets shown.
    The window is ``size`` (width, height), and dialogs fit a screen of that size.
    """
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from kindspace.gui.app import application
    from kindspace.gui.main_window import MainWindow
    from kindspace.gui.practice_views import install_practice
    from kindspace.gui.settings_shots import shoot_first_run, shoot_settings
    from kindspace.gui.sync_shots import shoot_sync
    from kindspace.gui.theme import ThemeKeeper
    from kindspace.gui.transfer_shots import shoot_transfer
    from kindspace.gui.translation import install_language
    from kindspace.gui.unlock import UnlockView
    from kindspace.journal.journal import JournalLocation, open_journal
    from kindspace.journal.models import NOTE_KIND
    from kindspace.preferences import Preferences

    app = application()
    install_language(language)
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
        sample_journal(data_dir, now)
        location = JournalLocation(data_dir)
        journal = open_journal(
            location, passphrase=SAMPLE_PASSPHRASE, clock=shot_clock, daily_backup=False
        )
        try:
            for scheme in ("light", "dark"):
                theme.apply(Preferences(theme=scheme, text_size=text_size))
                window = MainWindow(clock=shot_clock)
                window.resize(*size)
                practice = install_practice(window)  # as the app does, before the journal
                window.attach(journal)
                shoot(f"main-window-{scheme}", window)
                window.open_entry(journal.entries.on_day(now.date())[0].id)
                shoot(f"editor-{scheme}", window)
                practised = next(e for e in journal.entries.listed() if e.kind != NOTE_KIND)
                window.open_entry(practised.id)  # an exercise is read back, not edited
                shoot(f"reader-{scheme}", window)
                window.show_search()
                window.search_view.ui.queryEdit.setText("river")
                window.search_view.search_now()
                shoot(f"search-{scheme}", window)

                def set_text_size(percent: int, chosen: str = scheme) -> None:
                    theme.apply(Preferences(theme=chosen, text_size=percent or text_size))

                _shoot_tags(scheme, window, set_text_size, shoot)
                _shoot_recently_deleted(scheme, window, shoot)
                lock = UnlockView()
                window.set_lock_view(lock)
                window.detach()
                lock.set_locked(True)
                shoot(f"lock-{scheme}", window)
                lock.ui.useRecoveryKey.setChecked(True)  # the key a person wrote down
                shoot(f"lock-recovery-{scheme}", window)
                lock.ui.useRecoveryKey.setChecked(False)
                _shoot_locked_support(scheme, window, practice, shoot)
                window.attach(journal)
                screen = QSize(*size)
                shoot_settings(scheme, window, journal, data_dir, screen, shoot, shot_clock)
                shoot_transfer(scheme, window, journal, screen, shoot)
                set_text_size(text_size)
                shoot_sync(scheme, Path(temp), now, shoot, lambda: set_text_size(150))
                set_text_size(text_size)
                _shoot_practice(scheme, window, practice, shoot)
                if text_size < LARGEST:
                    theme.apply(Preferences(theme=scheme, text_size=LARGEST))
                    _shoot_calm(f"{scheme}-150", window, practice, shoot)
                window.detach()
                window.hide()
                window.deleteLater()
        finally:
            journal.close()
        for scheme in ("light", "dark"):
            theme.apply(Preferences(theme=scheme, text_size=text_size))
            shoot_first_run(Path(temp) / f"new-{scheme}", shoot, scheme)
    return written


def _shoot_tags(
    scheme: str, window: MainWindow, text_size: Callable[[int], None], shoot: Callable[..., None]
) -> None:
    """The tag browser, then with the largest text, then back to the text size shot."""
    from kindspace.gui.tags_feature import TagsFeature

    tags = TagsFeature(window)
    tags.show("rest")
    shoot(f"tags-{scheme}", window)
    text_size(LARGEST)
    shoot(f"tags-150-{scheme}", window)
    text_size(0)  # the size this run is shot at
    window.show_today()


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
    _shoot_insights(scheme, window, practice.catalog, shoot)


def _shoot_calm(
    scheme: str, window: MainWindow, practice: Practice, shoot: Callable[..., None]
) -> None:
    """Today's check-in and a focus-mode step with its closing moment."""
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


def _shoot_recently_deleted(scheme: str, window: MainWindow, shoot: Callable[..., None]) -> None:
    """Entry ▸ Recently deleted…, empty and then with one entry, which comes back after."""
    from kindspace.gui.recently_deleted import RecentlyDeletedDialog

    journal = window.journal
    assert journal is not None
    dialog = RecentlyDeletedDialog(window)
    shoot(f"recently-deleted-empty-{scheme}", dialog)
    deleted = journal.entries.delete(journal.entries.listed()[-1].id)
    dialog.refresh()
    shoot(f"recently-deleted-{scheme}", dialog)
    journal.trash.bring_back(deleted.id)  # the shots after this one show the whole journal
    window.refresh_journal()
    dialog.hide()
    dialog.deleteLater()


def _shoot_locked_support(
    scheme: str, window: MainWindow, practice: Practice, shoot: Callable[..., None]
) -> None:
    """Support while locked (F1 on the lock screen), and its grounding page."""
    practice.show_support()
    shoot(f"locked-support-{scheme}", window)
    practice.locked_support.show_grounding()
    shoot(f"locked-grounding-{scheme}", window)
    practice.locked_support.show_main()


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


def main(argv: list[str]) -> int:
    language = "en"
    if "--language" in argv[:-1]:
        at = argv.index("--language")
        language = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    sizes = [arg for arg in argv[1:] if re.fullmatch(r"\d+x\d+", arg)]
    percents = [arg for arg in argv[1:] if arg.isdigit()]
    if (
        not argv
        or len(sizes) > 1
        or len(percents) > 1
        or len(argv) != 1 + len(sizes) + len(percents)
    ):
        print(
            "usage: python -m kindspace.gui.screenshots OUTDIR [TEXT_SIZE_PERCENT] [WxH]"
            " [--language de]"
        )
        return 1
    width, height = (int(n) for n in sizes[0].split("x")) if sizes else SMALL
    text_size = int(percents[0]) if percents else 100
    for path in render_all(
        Path(argv[0]), text_size=text_size, size=(width, height), language=language
    ):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
