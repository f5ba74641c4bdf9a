"""The layer rules of shared/ARCHITECTURE.md, checked on every module's imports.

Why a test: the core (journal, practice, reminders, transfer) must stay importable and testable
without a display, and exactly one module may open the database, so that no code path can ever
write a journal through Python's plain ``sqlite3`` (which ignores ``PRAGMA key`` and writes
plaintext). Reviews miss a stray import; an AST walk does not. It reads real import statements
(including ones inside functions), not text, so comments and strings cannot trip it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "kindspace"


@dataclass(frozen=True)
class Rule:
    """Top-level modules that only ``allowed`` (paths relative to the repo) may import."""

    modules: frozenset[str]
    allowed: tuple[str, ...]  # a path ending in "/" allows the whole folder
    why: str

    def allows(self, relpath: str) -> bool:
        return any(
            relpath.startswith(place) if place.endswith("/") else relpath == place
            for place in self.allowed
        )


RULES = (
    Rule(
        frozenset({"PySide6", "shiboken6"}),
        ("kindspace/gui/",),
        "only kindspace/gui/ may use Qt; the core must run without a display",
    ),
    Rule(
        frozenset({"sqlcipher3", "sqlite3", "sqlite_utils", "pysqlite3"}),
        ("kindspace/journal/database.py",),
        "only kindspace/journal/database.py may open a database (plain sqlite3 writes plaintext)",
    ),
)


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """Every absolute module name an ``import`` or ``from ... import`` names, with its line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return sorted(found)  # ast.walk is breadth-first: report in file order


def violations(source: str, relpath: str) -> list[str]:
    """The layer rule breaches in one module's source, as "path:line: message" strings."""
    problems = []
    for line, module in imported_modules(ast.parse(source, filename=relpath)):
        top = module.partition(".")[0]
        for rule in RULES:
            if top in rule.modules and not rule.allows(relpath):
                problems.append(f"{relpath}:{line}: imports {module}; {rule.why}")
    return problems


def test_every_module_keeps_to_its_layer() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert modules, f"no modules found under {PACKAGE}"
    problems = [
        problem
        for path in modules
        for problem in violations(
            path.read_text(encoding="utf-8"), path.relative_to(REPO).as_posix()
        )
    ]
    assert not problems, "layer rules broken:\n" + "\n".join(problems)


def test_checker_reports_each_forbidden_import_with_file_and_line() -> None:
    source = "\n".join(
        [
            "import os",
            "import PySide6.QtWidgets",
            "from shiboken6 import isValid",
            "def later():",
            "    import sqlite3",
            "from sqlcipher3 import dbapi2",
            "import sqlite_utils as su",
        ]
    )
    assert violations(source, "kindspace/practice/x.py") == [
        "kindspace/practice/x.py:2: imports PySide6.QtWidgets; " + RULES[0].why,
        "kindspace/practice/x.py:3: imports shiboken6; " + RULES[0].why,
        "kindspace/practice/x.py:5: imports sqlite3; " + RULES[1].why,
        "kindspace/practice/x.py:6: imports sqlcipher3; " + RULES[1].why,
        "kindspace/practice/x.py:7: imports sqlite_utils; " + RULES[1].why,
    ]


def test_checker_allows_the_owning_modules_and_ignores_look_alikes() -> None:
    assert violations("from PySide6.QtCore import Qt", "kindspace/gui/tray.py") == []
    assert violations("import sqlcipher3, sqlite_utils", "kindspace/journal/database.py") == []
    look_alikes = "from . import sqlite3\nimport sqlite3_helpers\n# import PySide6\nx = 'PySide6'"
    assert violations(look_alikes, "kindspace/journal/entries.py") == []
    # A folder named like the GUI package elsewhere is not the GUI package.
    assert violations("import PySide6", "kindspace/guide/x.py") != []
