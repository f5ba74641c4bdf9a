"""Every view, as the screenshots command shows it, light and dark: every control has a name,
every word is readable (4.5:1 from the palette roles it is painted with), and Tab follows
the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kindspace.gui.screenshots import render_all
from tests.helpers.view_walk import backward_steps, faint_words
from tests.helpers.widgets import unnamed_interactive_widgets


class Findings:
    def __init__(self) -> None:
        self.views: list[str] = []
        self.unnamed: dict[str, list[str]] = {}
        self.faint: dict[str, list[str]] = {}
        self.backwards: dict[str, list[str]] = {}

    def visit(self, name: str, widget: QWidget) -> None:
        self.views.append(name)
        window = widget.window()
        for found, into in (
            (unnamed_interactive_widgets(window), self.unnamed),
            (faint_words(window), self.faint),
            (backward_steps(window), self.backwards),
        ):
            if found:
                into[name] = found


@pytest.fixture(scope="module")
def findings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Findings]:
    palette, font = qapp.palette(), qapp.font()
    seen = Findings()
    render_all(tmp_path_factory.mktemp("views"), seen.visit)
    yield seen
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_every_view_was_walked(findings: Findings) -> None:
    for view in ("main-window", "editor", "search", "lock", "locked-support", "settings",
                 "export", "import", "learn", "support", "grounding", "insights",
                 "first-run-welcome", "first-run-protection", "own-exercise-new",
                 "own-exercise-editor", "sync-settings-start", "sync-settings",
                 "sync-conflict-note", "sync-conflict", "sync-conflict-combined",
                 "first-run-join-choice", "first-run-join"):  # fmt: skip
        assert f"{view}-light" in findings.views and f"{view}-dark" in findings.views
    assert any(name.startswith("exercise-") for name in findings.views)


def test_every_interactive_control_in_every_view_has_a_name(findings: Findings) -> None:
    assert findings.unnamed == {}


def test_every_word_in_every_view_reads_at_4_5_to_1(findings: Findings) -> None:
    assert findings.faint == {}


def test_tab_follows_the_screen_in_every_view(findings: Findings) -> None:
    assert findings.backwards == {}, "\n".join(f"{k}: {v}" for k, v in findings.backwards.items())
