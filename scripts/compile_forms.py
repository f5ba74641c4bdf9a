#!/usr/bin/env python3
"""Compile every ``ui/*.ui`` into ``kindspace/gui/forms/ui_<name>.py`` with pyside6-uic.

Why compiled rather than loaded at run time: typed widgets for mypy and the editor, and no
QtUiTools (with its OpenGL dependencies) in the packaged app. The generated modules are
committed and never edited by hand; ``tests/unit/test_forms_fresh.py`` fails when one no
longer matches its ``.ui`` file, so run this after every change in Qt Designer:

    .venv/bin/python scripts/compile_forms.py          (or --check to only compare)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "kindspace" / "gui" / "forms"
HEADER = '"""Generated from ui/{name} by scripts/compile_forms.py: do not edit by hand."""\n'


def uic_command() -> list[str]:
    """pyside6-uic from the same environment as this interpreter, wherever it was installed."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic was not found; run this with the project's .venv python.")
    return [found]


def compiled(ui_file: Path) -> str:
    """The module text for one form: uic's output without its volatile banner comment."""
    result = subprocess.run(
        [*uic_command(), "--generator", "python", "--from-imports", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    body = [line for line in result.stdout.splitlines() if not line.startswith("#")]
    while body and not body[0].strip():
        body.pop(0)
    text = "\n".join(body).rstrip() + "\n"
    # Typed entry points, so views calling setupUi stay clean under mypy --strict.
    text = re.sub(
        r"^    def (setupUi|retranslateUi)\(self, (\w+)\):$",
        r"    def \1(self, \2: Any) -> None:",
        text,
        flags=re.MULTILINE,
    )
    return HEADER.format(name=ui_file.name) + "\nfrom typing import Any\n\n" + text


def form_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def stale_forms() -> list[str]:
    """Names of forms whose generated module is missing or differs from a fresh compile."""
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = form_path(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != compiled(ui_file):
            stale.append(ui_file.name)
    known = {form_path(ui).name for ui in UI_DIR.glob("*.ui")} | {"__init__.py"}
    stale.extend(f"{p.name} (no .ui)" for p in FORMS_DIR.glob("*.py") if p.name not in known)
    return stale


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_forms()
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Modules generated from ui/*.ui; see scripts/compile_forms.py."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        form_path(ui_file).write_text(compiled(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
