"""One word for one thing in every part of kindspace, as docs/translating.md lists them.

The window (.ts), the core and command line (.po) and the content files are translated
apart, and they drifted: German called the recovery key "Ersatzschlüssel" in the window but
"Wiederherstellungsschlüssel" on the command line and in the core's messages the window
shows, and "Hilfe" named both the Help menu and the support page. A person meets all three
parts, so a second word reads as a second thing, which is the last thing anyone needs when
they are locked out or having a hard moment.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "es")

#: The word list's "recovery key", with its inflections ("…schlüssels", "claves de …").
RECOVERY_KEY = {
    "de": re.compile(r"wiederherstellungsschlüssel", re.IGNORECASE),
    "es": re.compile(r"claves? de recuperación", re.IGNORECASE),
}
#: Labels that may name the recovery key more briefly, because the heading right above
#: them says the whole word (Settings ▸ Unlock: "Schlüssel zeigen" under
#: "Wiederherstellungsschlüssel"); their accessible names still say it in full.
SHORT_IN_CONTEXT = {("UnlockSettings", "Show &recovery key")}
#: Words that once named something the word list now names otherwise.
RETIRED = {"de": ("Ersatzschlüssel", "Hilfeseite"), "es": ()}
#: A link to the support page in the content files: [its words](kindspace://support).
_SUPPORT_LINK = re.compile(r"\[([^\]]+)\]\(kindspace://support\)")


def _load_catalogues() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kindspace_catalogues_script", ROOT / "scripts" / "catalogues.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


catalogues = _load_catalogues()


def window_messages(language: str) -> Iterator[tuple[str, str, str]]:
    """(context, English source, translation) of every message in the window's catalogue,
    one per plural form."""
    tree = ET.parse(ROOT / "translations" / f"kindspace_{language}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                yield name, source, form.text or ""


def core_messages(language: str) -> Iterator[tuple[str, str]]:
    """(English, translation) of every message of the core and the command line."""
    path = catalogues.po_path(language)
    _header, messages = catalogues.parse_po(path.read_text(encoding="utf-8"))
    for message in messages:
        english = " ".join(filter(None, (message.msgid, message.plural)))
        for translated in message.msgstr:
            yield english, translated


def content_files(language: str) -> list[Path]:
    return sorted(p for p in (ROOT / "resources" / "l10n" / language).rglob("*") if p.is_file())


def help_menu(language: str) -> str:
    """The Help menu's word in ``language`` ("Hilfe"), as the window's catalogue has it."""
    for context, source, translated in window_messages(language):
        if context == "MainWindow" and source == "&Help":
            return translated.replace("&", "")
    raise AssertionError(f"no Help menu in {language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_recovery_key_has_one_name_in_the_window_and_the_command_line(
    language: str,
) -> None:
    word = RECOVERY_KEY[language]
    other = [
        f"{context}: {source!r} -> {translated!r}"
        for context, source, translated in window_messages(language)
        if "recovery key" in source.replace("&", "").lower()
        and (context, source) not in SHORT_IN_CONTEXT
        and not word.search(translated.replace("&", ""))
    ]
    other += [
        f"core: {english!r} -> {translated!r}"
        for english, translated in core_messages(language)
        if "recovery key" in english.lower() and not word.search(translated)
    ]
    assert other == [], f"use {word.pattern!r} (docs/translating.md):\n" + "\n".join(other)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_support_page_never_takes_the_help_menus_name(language: str) -> None:
    """F1 opens the support page from the Help menu: if both had one name, "Hilfe ▸ Hilfe"
    would say nothing about which is the place for a hard moment."""
    help_word = help_menu(language)
    named = [
        f"{context}: {source!r} -> {translated!r}"
        for context, source, translated in window_messages(language)
        if "support" in source.replace("&", "").lower()
        and help_word.lower() in translated.replace("&", "").lower()
    ]
    for path in content_files(language):
        for link in _SUPPORT_LINK.findall(path.read_text(encoding="utf-8")):
            if help_word.lower() in link.lower():
                named.append(f"{path.relative_to(ROOT)}: [{link}](kindspace://support)")
    assert named == [], f"the support page is not {help_word!r}:\n" + "\n".join(named)


@pytest.mark.parametrize("language", LANGUAGES)
def test_retired_words_are_gone_from_every_part(language: str) -> None:
    texts = [("window", translated) for _context, _source, translated in window_messages(language)]
    texts += [("core", translated) for _english, translated in core_messages(language)]
    texts += [
        (str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
        for path in content_files(language)
    ]
    found = [
        f"{where}: {word}"
        for where, text in texts
        for word in RETIRED[language]
        if word.lower() in text.replace("&", "").lower()
    ]
    assert found == []


def test_the_word_list_names_what_the_tests_hold() -> None:
    """The translators' word list is where these words are decided; it must say them too."""
    text = (ROOT / "docs" / "translating.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| recovery key |")]
    assert rows == ["| recovery key | Wiederherstellungsschlüssel | clave de recuperación |"]
    support = [line for line in text.splitlines() if line.startswith("| support page")]
    assert len(support) == 1
    for language in LANGUAGES:
        assert help_menu(language) in text
