"""Every view in German and Spanish with the largest text on the smallest screen (150%,
1024×600): no word may be cut off. German runs about 30% longer than English and Spanish
close to it, so a layout that fits English can still cut them ("Neuer Name oder anderes Sch…").
(test_every_view.py walks the English views; test_pseudo_language.py a made-up longer one.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kindspace.gui.screenshots import LARGEST, SMALL, render_all
from kindspace.gui.translation import install_language
from tests.helpers.view_walk import cut_off_words

LANGUAGES = ("de", "es")


class Findings:
    def __init__(self) -> None:
        self.views: list[str] = []
        self.cut: dict[str, list[str]] = {}

    def visit(self, name: str, widget: QWidget) -> None:
        self.views.append(name)
        found = cut_off_words(widget.window())
        if found:
            self.cut[name] = found


@pytest.fixture(scope="module", params=LANGUAGES)
def findings(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Findings]:
    palette, font = qapp.palette(), qapp.font()
    seen = Findings()
    language = str(request.param)
    try:
        render_all(
            tmp_path_factory.mktemp(f"views-{language}"),
            seen.visit,
            text_size=LARGEST,
            language=language,
            size=SMALL,
        )
    finally:
        install_language("en")
        qapp.setPalette(palette)
        qapp.setFont(font)
    yield seen


def test_every_view_was_walked(findings: Findings) -> None:
    for view in ("main-window", "tags", "settings", "learn", "support", "insights",
                 "own-exercise-editor", "focus-closing", "first-run-welcome",
                 "lock-recovery", "recently-deleted-empty", "recently-deleted"):  # fmt: skip
        assert f"{view}-light" in findings.views and f"{view}-dark" in findings.views


def test_no_word_is_cut_off_in_any_view(findings: Findings) -> None:
    assert findings.cut == {}, "\n".join(f"{k}: {v}" for k, v in findings.cut.items())
