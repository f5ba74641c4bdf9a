"""Only ``kindspace/clock.py`` reads the system's time; everything else is handed a clock.

Why: a window pinned to one evening over a journal that read the real date saved exercises on
the wrong day, and the tests passed only on the day they were written. One clock through the
whole stack makes "now" something a test (or ``time-machine``) can pin for everything at once.
Durations (``time.monotonic``, ``time.perf_counter``) are not readings of the date and stay
allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kindspace"
THE_CLOCK = PACKAGE / "clock.py"
GENERATED = PACKAGE / "gui" / "forms"

#: Calls that read the current date or time, by the name they resolve to.
READS_NOW = {
    "datetime.datetime.now",
    "datetime.datetime.utcnow",
    "datetime.datetime.today",
    "datetime.date.today",
    "time.time",
    "time.time_ns",
    "PySide6.QtCore.QDate.currentDate",
    "PySide6.QtCore.QDateTime.currentDateTime",
    "PySide6.QtCore.QDateTime.currentDateTimeUtc",
    "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch",
    "PySide6.QtCore.QDateTime.currentSecsSinceEpoch",
    "PySide6.QtCore.QTime.currentTime",
}
#: These read now only when called without the moment to convert.
READS_NOW_WITHOUT_ARGUMENTS = {"time.localtime", "time.gmtime", "time.ctime", "time.asctime"}
READS_NOW_WITH_ONE_ARGUMENT = {"time.strftime"}


def _imported_names(tree: ast.Module) -> dict[str, str]:
    """Local name -> what it stands for, from the module's imports (at any depth)."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _qualified(node: ast.expr, names: dict[str, str]) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in names:
        return None
    return ".".join([names[node.id], *reversed(parts)])


def system_time_reads(source: str) -> list[str]:
    """``line: call`` for every place in ``source`` that reads the current time itself."""
    tree = ast.parse(source)
    names = _imported_names(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _qualified(node.func, names)
        arguments = len(node.args) + len(node.keywords)
        if (
            name in READS_NOW
            or (name in READS_NOW_WITHOUT_ARGUMENTS and arguments == 0)
            or (name in READS_NOW_WITH_ONE_ARGUMENT and arguments == 1)
        ):
            found.append(f"{node.lineno}: {name}")
    return found


def test_no_module_but_the_clock_reads_the_system_time() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{place}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != THE_CLOCK and GENERATED not in path.parents
        for place in system_time_reads(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "read the time through kindspace.clock instead:\n" + "\n".join(
        offenders
    )


def test_the_clock_module_is_where_the_time_is_read() -> None:
    """If the clock stopped reading the time, the scan above would be scanning for nothing."""
    assert system_time_reads(THE_CLOCK.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import datetime\nx = datetime.now()",
        "import datetime\nx = datetime.datetime.now(datetime.UTC)",
        "import datetime as dt\nx = dt.date.today()",
        "from datetime import date as day\nx = day.today()",
        "import time\nx = time.time()",
        "from time import time_ns\nx = time_ns()",
        "import time\nx = time.localtime()",
        "import time\nx = time.strftime('%H:%M')",
        "from PySide6.QtCore import QDate\nx = QDate.currentDate()",
        "from PySide6 import QtCore\nx = QtCore.QDateTime.currentDateTime()",
        "def later():\n    from datetime import datetime\n    return datetime.utcnow()",
    ],
)
def test_every_way_of_reading_the_time_is_caught(source: str) -> None:
    assert system_time_reads(source)


@pytest.mark.parametrize(
    "source",
    [
        "import time\nx = time.monotonic()",
        "import time\nx = time.perf_counter()",
        "import time\nx = time.localtime(0)",
        "import time\nx = time.strftime('%H', time.gmtime(0))",
        "from datetime import datetime\nx = datetime.fromtimestamp(0)",
        "from kindspace.clock import system_clock\nx = system_clock()",
        "def now():\n    return 1\nx = now()",
    ],
)
def test_durations_and_conversions_are_not_readings(source: str) -> None:
    assert system_time_reads(source) == []
