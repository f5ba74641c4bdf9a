"""Visible words in the window go through Qt's translator, never straight into a widget.

A literal handed to ``setText`` (or an f-string gluing English around a value) would stay
English in every language and never reach the translators' files. This reads the GUI's
source, so it fails before anyone has to spot English in a German screenshot.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "kindspace" / "gui"
#: Tools for developers and the message shown when Qt itself cannot start (no translator yet).
NOT_SHOWN_IN_THE_APP = {"screenshots.py", "transfer_shots.py", "platform_check.py"}
#: Calls whose text argument a person sees or a screen reader says.
TEXT_TAKERS = {
    "setText", "setWindowTitle", "setToolTip", "setAccessibleName", "setAccessibleDescription",
    "setPlaceholderText", "setInformativeText", "setDetailedText", "setStatusTip", "showMessage",
    "addButton", "setButtonText", "setTitle", "setSubTitle", "setLabelText", "setWhatsThis",
    "addItem", "setTabText", "setHeaderLabels", "setHorizontalHeaderLabels", "QLabel",
    "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QListWidgetItem", "QGroupBox",
    "addAction", "addMenu", "say", "show_status",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]{2,}")


def has_words(text: str) -> bool:
    """Words other than markup and the app's own name (which no language changes)."""
    return bool(WORD.search(re.sub(r"<[^>]*>", "", text).replace("kindspace", "")))


def english_literals(node: ast.expr) -> list[str]:
    """Words written straight into an argument (not through translate or a name)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        glued = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        return [glued] if has_words(glued) else []
    if isinstance(node, ast.IfExp):
        return english_literals(node.body) + english_literals(node.orelse)
    return []


def untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
        name = name or (node.func.id if isinstance(node.func, ast.Name) else "")
        if name in TEXT_TAKERS and node.args:
            found += [
                f"{path.name}:{node.lineno}: {text!r}" for text in english_literals(node.args[0])
            ]
    return found


def test_no_visible_text_bypasses_the_translator() -> None:
    sources = [path for path in sorted(GUI.glob("*.py")) if path.name not in NOT_SHOWN_IN_THE_APP]
    assert len(sources) > 40
    problems = [problem for path in sources for problem in untranslated(path)]
    assert problems == [], "wrap these in translate(...):\n" + "\n".join(problems)


def test_the_check_sees_a_literal_and_an_f_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Saved.")\n'
        'box.setWindowTitle(f"About {name}")\n'
        'label.setText(translate("Sample", "Saved."))\n'
        'label.setText("")\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[0] for line in untranslated(sample)] == [
        "sample.py:1",
        "sample.py:2",
    ]
