#!/usr/bin/env python3
"""Refresh the window's translation files and build what the app loads (Qt's own tools).

    python3 scripts/dev.py translations          refresh .ts from the sources, build .qm
    python3 scripts/dev.py translations --check  only say what is stale or unfinished

``pyside6-lupdate`` reads every ``tr``/``translate`` call in ``kindspace/gui`` and every
``ui/*.ui`` form into ``translations/kindspace_<lang>.ts`` (the files translators open in Qt
Linguist; finished work is kept, vanished messages are dropped). ``pyside6-lrelease`` turns
each into ``resources/translations/kindspace_<lang>.qm``, which ships in the wheel and the
bundle with the rest of resources/. Both are committed, so an installed kindspace needs no
Qt tools; ``tests/unit/test_translations_fresh.py`` fails when either is stale.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kindspace.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES  # noqa: E402

TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
CATALOGUE = "kindspace"

#: Every language with a catalogue. English, the source language, has one too, holding only
#: the plural forms ("1 entry", "2 entries"): the source texts say "%Ln entries" for all.
LANGUAGES: tuple[str, ...] = SUPPORTED_LANGUAGES
#: Languages whose translators have finished: from then on an unfinished entry fails the
#: tests. Add a language here once its .ts has no unfinished entry left.
COMPLETE_LANGUAGES: tuple[str, ...] = (SOURCE_LANGUAGE, "de", "es")

#: One message: (context, source, disambiguation, is plural).
Message = tuple[str, str, str, bool]


def tool(name: str) -> str:
    """A Qt tool from the same environment as this interpreter."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; run this with the project's .venv python.")
    return found


def sources() -> list[Path]:
    """Every file with visible text: the GUI's Python (not the generated forms) and forms."""
    python = [
        path
        for path in sorted((ROOT / "kindspace" / "gui").rglob("*.py"))
        if "forms" not in path.relative_to(ROOT / "kindspace" / "gui").parts
    ]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or TS_DIR) / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str, folder: Path | None = None) -> Path:
    return (folder or QM_DIR) / f"{CATALOGUE}_{language}.qm"


def lupdate(ts_file: Path, language: str) -> None:
    """Bring ``ts_file`` up to date with the sources (created when missing)."""
    files = [str(path.relative_to(ROOT)) for path in sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            "-target-language",
            language,
            *(["-pluralonly"] if language == SOURCE_LANGUAGE else []),
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    drop_code_notes(ts_file)


#: What lupdate writes for a ``#:`` comment: Qt reads it as a note for translators.
CODE_NOTE = re.compile(r"[ \t]*<extracomment>.*?</extracomment>\n", re.DOTALL)


def drop_code_notes(ts_file: Path) -> None:
    """Remove the notes lupdate took from ``#:`` comments.

    Why: in kindspace's code ``#:`` documents the attribute below it, and lupdate hands the
    last one it read to the next ``tr``/``translate`` call, wherever that is: German and
    Spanish translators were shown notes such as "how often the open journal is asked
    whether writing paused" beside "not checked".
    """
    text = ts_file.read_text(encoding="utf-8")
    ts_file.write_text(CODE_NOTE.sub("", text), encoding="utf-8")


def lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
        text=True,
    )


def messages(ts_file: Path) -> set[Message]:
    """What a .ts file asks translators for, ignoring line numbers and translations."""
    found: set[Message] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def unfinished(ts_file: Path) -> list[str]:
    """Source texts still waiting for a translation."""
    waiting = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            waiting.append(message.findtext("source") or "")
    return waiting


def stale_catalogues() -> list[str]:
    """Which .ts files miss or keep messages, and which .qm files differ from a fresh build."""
    stale = []
    with tempfile.TemporaryDirectory() as temp:
        for language in LANGUAGES:
            committed = ts_path(language)
            if not committed.exists():
                stale.append(f"{committed.name} is missing")
                continue
            fresh = ts_path(language, Path(temp))
            shutil.copyfile(committed, fresh)
            lupdate(fresh, language)
            missing = messages(fresh) - messages(committed)
            extra = messages(committed) - messages(fresh)
            if missing or extra:
                stale.append(f"{committed.name}: {len(missing)} new, {len(extra)} vanished")
            built = qm_path(language, Path(temp))
            lrelease(committed, built)
            shipped = qm_path(language)
            if not shipped.exists() or shipped.read_bytes() != built.read_bytes():
                stale.append(f"{shipped.name} does not match {committed.name}")
    return stale


def unfinished_in_complete_languages() -> list[str]:
    """Problems with languages declared complete (see COMPLETE_LANGUAGES)."""
    problems = []
    for language in COMPLETE_LANGUAGES:
        waiting = unfinished(ts_path(language))
        if waiting:
            problems.append(
                f"{ts_path(language).name}: {len(waiting)} unfinished, e.g. {waiting[0]!r}"
            )
    return problems


def refresh() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts_file = ts_path(language)
        lupdate(ts_file, language)
        lrelease(ts_file, qm_path(language))
        total = len(messages(ts_file))
        waiting = len(unfinished(ts_file))
        print(f"{ts_file.relative_to(ROOT)}: {total} messages, {waiting} unfinished")


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = stale_catalogues() + unfinished_in_complete_languages()
        for problem in problems:
            print(f"stale: {problem}")
        if problems:
            print("Run `python3 scripts/dev.py translations` to refresh them.")
        return 1 if problems else 0
    refresh()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
