"""Every view, as the screenshots command shows it, light and dark, with the largest text on
the smallest screen (150%, 1024×600), where a view is most crowded: every control has a name,
every word is readable (4.5:1 from the palette roles it is painted with), Tab follows the
screen, and no word is cut off. (test_screenshots.py looks for cut words at 100%.)

One render per test module: rendering twice in one process, with Qt's focus chain walked in
between, has crashed PySide when a deleted widget's address was reused.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kindspace.gui.screenshots import LARGEST, SMALL, render_all
from tests.helpers.view_walk import backward_steps, cut_off_words, faint_words
from tests.helpers.widgets import unnamed_interactive_widgets


class Findings:
    def __init__(self) -> None:
        self.views: list[str] = []
        self.unnamed: dict[str, list[str]] = {}
        self.faint: dict[str, list[str]] = {}
        self.backwards: dict[str, list[str]] = {}
        self.cut: dict[str, list[str]] = {}

    def visit(self, name: str, widget: QWidget) -> None:
        self.views.append(name)
        window = widget.window()
        for found, into in (
            (unnamed_interactive_widgets(window), self.unnamed),
            (faint_words(window), self.faint),
            (backward_steps(window), self.backwards),
            (cut_off_words(window), self.cut),
        ):
            if found:
                into[name] = found


@pytest.fixture(scope="module")
def findings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Findings]:
    palette, font = qapp.palette(), qapp.font()
    seen = Findings()
    render_all(tmp_path_factory.mktemp("views"), seen.visit, text_size=LARGEST, size=SMALL)
    yield seen
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_every_view_was_walked(findings: Findings) -> None:
    for view in ("main-window", "editor", "search", "lock", "locked-support", "settings",
                 "export", "import", "learn", "support", "grounding", "insights",
                 "first-run-welcome", "first-run-protection", "first-run-recovery",
                 "own-exercise-new", "own-exercise-editor", "settings-reminders",
                 "settings-backups", "settings-appearance", "settings-comfort",
                 "sync-settings-start", "sync-settings", "sync-conflict-note", "sync-conflict",
                 "sync-conflict-combined", "first-run-join-choice", "first-run-join"):  # fmt: skip
        assert f"{view}-light" in findings.views and f"{view}-dark" in findings.views
    assert any(name.startswith("exercise-") for name in findings.views)


def test_every_interactive_control_in_every_view_has_a_name(findings: Findings) -> None:
    assert findings.unnamed == {}


def test_every_word_in_every_view_reads_at_4_5_to_1(findings: Findings) -> None:
    assert findings.faint == {}


def test_tab_follows_the_screen_in_every_view(findings: Findings) -> None:
    assert findings.backwards == {}, "\n".join(f"{k}: {v}" for k, v in findings.backwards.items())


def test_no_word_is_cut_off_in_any_view(findings: Findings) -> None:
    assert findings.cut == {}, "\n".join(f"{k}: {v}" for k, v in findings.cut.items())
