"""The screenshots command renders every main view, light and dark, from a sample journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from kindspace.gui.screenshots import render_all
from tests.helpers.view_walk import cut_off_words

EXPECTED = {
    "main-window", "editor", "reader", "search", "lock", "settings", "first-run-welcome", "learn",
    "support", "insights", "export", "import", "import-problem", "today-checkin", "focus-step",
    "focus-closing", "tags", "tags-150", "settings-reminders", "first-run-recovery",
}  # fmt: skip


def average_lightness(path: Path) -> float:
    image = QImage(str(path)).scaled(40, 40)
    values = [image.pixelColor(x, y).lightness() for x in range(40) for y in range(40)]
    return sum(values) / len(values)


def test_every_view_is_rendered_in_light_and_dark(tmp_path: Path) -> None:
    cut: dict[str, list[str]] = {}

    def no_words_cut(name: str, widget: QWidget) -> None:
        found = cut_off_words(widget.window())
        if found:
            cut[name] = found

    written = render_all(tmp_path / "shots", no_words_cut)
    assert cut == {}, "\n".join(f"{k}: {v}" for k, v in cut.items())
    names = {path.name for path in written}
    for view in EXPECTED:
        assert f"{view}-light.png" in names and f"{view}-dark.png" in names
    from kindspace.practice.definitions import load_exercises

    for exercise_id, exercise in load_exercises().items():
        for scheme in ("light", "dark"):
            steps = [n for n in names if n.startswith(f"exercise-{exercise_id}-step")]
            assert len([n for n in steps if n.endswith(f"-{scheme}.png")]) == len(exercise.steps)
    for path in written:
        assert not QImage(str(path)).isNull() and path.stat().st_size > 2000
    for view in EXPECTED:
        light = average_lightness(tmp_path / "shots" / f"{view}-light.png")
        dark = average_lightness(tmp_path / "shots" / f"{view}-dark.png")
        assert dark < 100 < light, view
