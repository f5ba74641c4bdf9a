"""The window's translation files must match the sources, and finished languages stay finished.

A .ts file that misses new messages leaves those words in English for ever; a .qm that lags
its .ts ships old translations. Both are rebuilt by ``python3 scripts/dev.py translations``.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from kindspace.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kindspace_translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


script = load_script()


def test_every_language_has_a_catalogue() -> None:
    """English too: its catalogue holds the plural forms ("1 entry")."""
    wanted = set(SUPPORTED_LANGUAGES)
    assert set(script.LANGUAGES) == wanted
    assert SOURCE_LANGUAGE in script.COMPLETE_LANGUAGES
    for language in wanted:
        assert script.ts_path(language).exists(), language
        assert script.qm_path(language).exists(), language


def test_catalogues_match_the_sources() -> None:
    stale = script.stale_catalogues()
    assert stale == [], f"run `python3 scripts/dev.py translations`; stale: {stale}"


def test_translators_see_no_notes_taken_from_code_comments() -> None:
    """lupdate reads a ``#:`` comment (kindspace's attribute docs) as a translator's note and
    attaches it to whichever message comes next; the script drops those notes."""
    for language in script.LANGUAGES:
        text = script.ts_path(language).read_text(encoding="utf-8")
        assert "<extracomment>" not in text, language


def test_languages_declared_complete_have_nothing_unfinished() -> None:
    """Switched on per language in scripts/translations.py COMPLETE_LANGUAGES."""
    assert set(script.COMPLETE_LANGUAGES) <= set(script.LANGUAGES)
    assert script.unfinished_in_complete_languages() == []


def test_a_new_message_makes_the_catalogue_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts_dir, qm_dir = tmp_path / "ts", tmp_path / "qm"
    shutil.copytree(script.TS_DIR, ts_dir)
    shutil.copytree(script.QM_DIR, qm_dir)
    monkeypatch.setattr(script, "TS_DIR", ts_dir)
    monkeypatch.setattr(script, "QM_DIR", qm_dir)
    assert script.stale_catalogues() == []
    # Drop one message from the German file: as if the source gained it after the refresh.
    ts_file = script.ts_path("de")
    tree = ET.parse(ts_file)
    context = next(tree.getroot().iter("context"))
    context.remove(next(context.iter("message")))
    tree.write(ts_file, encoding="utf-8")
    assert any("kindspace_de.ts" in problem for problem in script.stale_catalogues())


def test_an_unfinished_entry_fails_a_language_declared_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts_dir = tmp_path / "ts"
    ts_dir.mkdir()
    (ts_dir / "kindspace_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>Today</name>"
        "<message><source>Done</source><translation>Fertig</translation></message>"
        '<message><source>Later</source><translation type="unfinished"/></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(script, "TS_DIR", ts_dir)
    monkeypatch.setattr(script, "COMPLETE_LANGUAGES", ("de",))
    problems = script.unfinished_in_complete_languages()
    assert len(problems) == 1 and "'Later'" in problems[0]
