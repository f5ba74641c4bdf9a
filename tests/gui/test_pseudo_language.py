"""Every view in a pseudo-language about 30% longer than English (German's usual growth):
no words may be cut off, and every fixed word of the window goes through the translator.

The pseudo-language (``KINDSPACE_PSEUDO_TRANSLATE=1``) frames each translated text in
``[…~~~]``, so this runs before any real translation exists and keeps working after.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kindspace.gui.screenshots import render_all
from kindspace.gui.translation import PSEUDO_VARIABLE, install_language
from tests.helpers.cut_off import cut_off_texts


def view_name(shot: str) -> str:
    """One name for a view in both schemes ("settings-dark" -> "settings"), without the
    random id of the sample's own practice."""
    return re.sub(r"-(light|dark)", "", re.sub(r"own_[0-9a-f]+", "own", shot))


class Findings:
    def __init__(self) -> None:
        self.views: list[str] = []
        self.cut_off: dict[str, set[str]] = {}

    def visit(self, name: str, widget: QWidget) -> None:
        self.views.append(name)
        found = cut_off_texts(widget.window())
        if found:
            self.cut_off.setdefault(view_name(name), set()).update(found)


@pytest.fixture(scope="module")
def findings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Findings]:
    palette, font = qapp.palette(), qapp.font()
    seen = Findings()
    patch = pytest.MonkeyPatch()
    patch.setenv(PSEUDO_VARIABLE, "1")
    try:
        render_all(tmp_path_factory.mktemp("pseudo"), seen.visit)
    finally:
        patch.undo()
        install_language("en")
        qapp.setPalette(palette)
        qapp.setFont(font)
    yield seen


def test_the_pseudo_language_reached_every_view(findings: Findings) -> None:
    assert {"main-window-light", "settings-light", "insights-light"} <= set(findings.views)


def test_no_view_cuts_off_longer_words(findings: Findings) -> None:
    assert findings.cut_off == {}, "\n".join(f"{k}: {v}" for k, v in findings.cut_off.items())
