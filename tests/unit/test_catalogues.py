"""The core's gettext catalogues stay in step with the source and are complete.

A test fails when someone adds or changes a message without running
``python3 scripts/dev.py catalogues``, when a language lacks a translation or holds a fuzzy
one, when a compiled .mo is not what its .po compiles to, and when a translation loses or
invents a ``{placeholder}`` (which would raise KeyError or show a raw brace to a person).
"""

from __future__ import annotations

import ast
import gettext
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIX = "Run `python3 scripts/dev.py catalogues` and translate what it lists (docs/translating.md)."


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kindspace_catalogues_script", ROOT / "scripts" / "catalogues.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


catalogues = _load_script()
LANGUAGES = catalogues.LANGUAGES
_PERCENT = re.compile(r"%(?:\([a-z_]+\))?[srd]")


def _messages(language: str) -> list:  # type: ignore[type-arg]
    return catalogues.parse_po(catalogues.po_path(language).read_text(encoding="utf-8"))[1]


def test_the_template_holds_exactly_the_messages_in_the_source() -> None:
    written = catalogues.TEMPLATE.read_text(encoding="utf-8")
    assert written == catalogues.template_text(), f"kindspace.pot is stale. {FIX}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_is_merged_with_the_current_template(language: str) -> None:
    written = catalogues.po_path(language).read_text(encoding="utf-8")
    fresh = catalogues.merged_po_text(language, catalogues.extract())
    assert written == fresh, f"{language}/kindspace.po is not merged with the source. {FIX}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language: str) -> None:
    unfinished = [m.msgid for m in _messages(language) if not m.translated]
    assert unfinished == [], f"{language}: {len(unfinished)} unfinished. {FIX}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_compiled_catalogue_is_its_po_compiled(language: str) -> None:
    po = catalogues.po_path(language)
    assert po.with_suffix(".mo").read_bytes() == catalogues.mo_bytes(po), f"Stale .mo. {FIX}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_invent_none(language: str) -> None:
    wrong = []
    for message in _messages(language):
        names = catalogues.placeholders(message.msgid)
        percent = sorted(_PERCENT.findall(message.msgid))
        if message.plural is None:
            forms_ok = [catalogues.placeholders(message.msgstr[0]) == names]
        else:
            plural_names = catalogues.placeholders(message.plural)
            allowed = names | plural_names
            forms_ok = [catalogues.placeholders(form) <= allowed for form in message.msgstr]
            forms_ok.append(catalogues.placeholders(message.msgstr[-1]) == plural_names)
        forms_ok += [sorted(_PERCENT.findall(form)) == percent for form in message.msgstr]
        if not all(forms_ok):
            wrong.append(message.msgid)
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_python_reads_the_compiled_catalogue_back(language: str) -> None:
    """The .mo writer is our own: the standard library's reader must agree with it."""
    locale_dir = str(catalogues.LOCALE)
    reader = gettext.translation("kindspace", locale_dir, languages=[language])
    for message in _messages(language):
        if message.plural is None:
            assert reader.gettext(message.msgid) == message.msgstr[0]
        else:
            assert reader.ngettext(message.msgid, message.plural, 1) == message.msgstr[0]
            assert reader.ngettext(message.msgid, message.plural, 5) == message.msgstr[1]


def test_the_extractor_reads_markers_plurals_and_translator_comments(tmp_path: Path) -> None:
    source = tmp_path / "pkg"
    source.mkdir()
    (source / "a.py").write_text(
        "from kindspace.i18n import N_, _, ngettext\n"
        'GREETING = N_("Hello")\n'
        "def f(n, word):\n"
        "    # Translators: a count of calm days,\n"
        "    # never of missed ones.\n"
        '    a = ngettext("{n} day", "{n} days", n)\n'
        '    b = _("Hello")\n'
        "    return _(word), a, b\n",
        encoding="utf-8",
    )
    found = {m.key: m for m in catalogues.extract(source, tmp_path)}
    assert set(found) == {("Hello", None), ("{n} day", "{n} days")}
    assert found[("Hello", None)].references == ["pkg/a.py"]
    assert found[("Hello", None)].comments == []
    assert found[("{n} day", "{n} days")].comments == [
        "Translators: a count of calm days, never of missed ones."
    ]


def test_a_changed_message_keeps_its_old_translation_but_asks_for_a_look() -> None:
    old = [catalogues.Message("Your journal is ready.", msgstr=["Dein Tagebuch ist bereit."])]
    template = [catalogues.Message("Your journal is ready now.")]
    (merged,) = catalogues.merge(template, old)
    assert merged.msgstr == ["Dein Tagebuch ist bereit."] and merged.fuzzy
    assert not merged.translated


def test_a_po_file_survives_writing_and_reading(tmp_path: Path) -> None:
    messages = [
        catalogues.Message('Say "hi"\n\tthen\\rest', msgstr=["Sag „hallo“\n\tdann\\Rest"]),
        catalogues.Message("{n} line", "{n} lines", msgstr=["{n} Zeile", "{n} Zeilen"]),
    ]
    text = catalogues.render(messages, "de", "test")
    header, read = catalogues.parse_po(text)
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header
    assert [(m.msgid, m.plural, m.msgstr) for m in read] == [
        (m.msgid, m.plural, m.msgstr) for m in messages
    ]
    mo = tmp_path / "de" / "LC_MESSAGES" / "t.mo"
    mo.parent.mkdir(parents=True)
    mo.write_bytes(catalogues.compile_mo(header, read))
    reader = gettext.translation("t", str(tmp_path), languages=["de"])
    assert reader.gettext('Say "hi"\n\tthen\\rest') == "Sag „hallo“\n\tdann\\Rest"
    assert reader.ngettext("{n} line", "{n} lines", 3) == "{n} Zeilen"


def _translation_calls() -> list[tuple[str, int, str]]:
    """Every ``_()``/``ngettext()`` in kindspace whose message is built at run time."""
    found = []
    for path in sorted((ROOT / "kindspace").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            count = {"_": 1, "N_": 1, "ngettext": 2}.get(node.func.id)
            if count is None:
                continue
            for argument in node.args[:count]:
                if isinstance(argument, ast.JoinedStr | ast.BinOp | ast.Call):
                    found.append((str(path.relative_to(ROOT)), node.lineno, node.func.id))
    return found


def test_no_message_is_assembled_inside_a_translation_call() -> None:
    """``_(f"…{x}")`` would never match the catalogue: use ``_("…{x}").format(x=…)``."""
    assert _translation_calls() == []
