#!/usr/bin/env python3
"""Refresh the gettext catalogues of the Qt-free core and the command line.

``python3 scripts/catalogues.py`` (or ``python3 scripts/dev.py catalogues``) does the three
steps GNU gettext's xgettext, msgmerge and msgfmt would do:

1. extract every ``_("…")``, ``N_("…")`` and ``ngettext("…", "…", n)`` from ``kindspace/``
   into ``resources/locale/kindspace.pot``;
2. merge it into each ``resources/locale/<lang>/LC_MESSAGES/kindspace.po``: translations are
   kept, new messages arrive empty, and a message whose English changed a little brings its
   old translation along marked fuzzy (so a translator looks at it again);
3. compile each ``.po`` into the ``.mo`` that :mod:`kindspace.i18n` loads.

Why our own and not the gettext tools or Babel: those are not installed everywhere
kindspace is built (Windows, macOS, a bare CI image), the subset kindspace uses is small,
and the output is byte-for-byte deterministic (no dates), so a test can tell a stale
catalogue from a fresh one by comparing bytes. Standard library only, like ``dev.py``.
The extractor reads the AST, so only string literals count: ``_(variable)`` is a
translation *call* for a message marked elsewhere with ``N_``. References name the file
without a line number (like ``xgettext --add-location=file``), so moving code around does
not make the catalogues stale; only changing what a message says does.
"""

from __future__ import annotations

import ast
import difflib
import re
import struct
import sys
import tokenize
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "kindspace"
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "kindspace"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
LANGUAGES = ("de", "es")
#: Both languages have one form for 1 and another for everything else, like English.
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
#: Calls whose string arguments are messages, and how many leading arguments are.
KEYWORDS = {"_": 1, "N_": 1, "ngettext": 2}
TRANSLATOR_COMMENT = "# Translators:"
_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


@dataclass
class Message:
    msgid: str
    plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    fuzzy: bool = False

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.msgid, self.plural)

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr) and not self.fuzzy


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a ``str.format`` message (``{{`` is a literal brace)."""
    return set(_PLACEHOLDER.findall(text.replace("{{", "")))


# -- extraction ---------------------------------------------------------------------------


def _translator_comments(path: Path) -> dict[int, str]:
    """Line number -> a ``# Translators:`` comment (of one or more lines) just above it."""
    found: dict[int, str] = {}
    block: list[str] = []
    last_line = 0
    with path.open("rb") as handle:
        for token in tokenize.tokenize(handle.readline):
            if token.type != tokenize.COMMENT:
                continue
            line, text = token.start[0], token.string.removeprefix("#").strip()
            if token.string.startswith(TRANSLATOR_COMMENT):
                block = [text]
            elif block and line == last_line + 1:
                block.append(text)
            else:
                block = []
            last_line = line
            if block:
                found[line + 1] = " ".join(block)
    return found


def _messages_in(path: Path, root: Path) -> Iterable[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    comments = _translator_comments(path)
    relative = path.relative_to(root).as_posix()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        wanted = KEYWORDS.get(node.func.id)
        if wanted is None or len(node.args) < wanted:
            continue
        texts = node.args[:wanted]
        if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts):
            continue  # a call with a variable translates a message marked elsewhere
        strings = [str(cast_constant(a)) for a in texts]
        yield Message(
            msgid=strings[0],
            plural=strings[1] if wanted == 2 else None,
            references=[relative],
            comments=[comments[node.lineno]] if node.lineno in comments else [],
        )


def cast_constant(node: ast.expr) -> object:
    assert isinstance(node, ast.Constant)
    return node.value


def extract(source: Path = SOURCE, root: Path = ROOT) -> list[Message]:
    """Every message in ``source``, first use first, one entry per distinct text."""
    merged: dict[tuple[str, str | None], Message] = {}
    for path in sorted(source.rglob("*.py")):
        for message in _messages_in(path, root):
            if not message.msgid:
                raise SystemExit(f"{message.references[0]}: an empty message can't be translated")
            known = merged.setdefault(message.key, message)
            if known is not message:
                known.references.extend(r for r in message.references if r not in known.references)
                known.comments.extend(c for c in message.comments if c not in known.comments)
    return list(merged.values())


# -- the .po format -------------------------------------------------------------------------


def _quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n")
    )
    return f'"{escaped}"'


def _field(name: str, text: str) -> list[str]:
    """A field, split after each newline so long help texts stay readable in an editor."""
    pieces = text.splitlines(keepends=True)
    if len(pieces) <= 1:
        return [f"{name} {_quote(text)}"]
    return [f'{name} ""', *(_quote(piece) for piece in pieces)]


def header(language: str | None) -> str:
    lines = [
        f"Project-Id-Version: {DOMAIN}",
        f"Language: {language or ''}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        f"Plural-Forms: {PLURAL_FORMS if language else 'nplurals=INTEGER; plural=EXPRESSION;'}",
    ]
    return "".join(line + "\n" for line in lines)


def render(messages: Sequence[Message], language: str | None, title: str) -> str:
    """A .pot (``language`` None) or .po file: a header entry, then each message."""
    out = [f"# {title}", "#", 'msgid ""', *_field("msgstr", header(language)), ""]
    for message in messages:
        out.extend(f"#. {comment}" for comment in message.comments)
        out.extend(f"#: {reference}" for reference in message.references)
        flags = ["fuzzy"] if message.fuzzy else []
        if placeholders(message.msgid):
            flags.append("python-brace-format")
        if flags:
            out.append("#, " + ", ".join(flags))
        out.extend(_field("msgid", message.msgid))
        if message.plural is None:
            translation = message.msgstr[0] if message.msgstr and language else ""
            out.extend(_field("msgstr", translation))
        else:
            out.extend(_field("msgid_plural", message.plural))
            forms = message.msgstr if language and message.msgstr else ["", ""]
            for index, form in enumerate(forms):
                out.extend(_field(f"msgstr[{index}]", form))
        out.append("")
    return "\n".join(out)


def _unquote(text: str) -> str:
    value = ast.literal_eval(text)
    if not isinstance(value, str):
        raise ValueError(f"not a string: {text}")
    return value


def parse_po(text: str) -> tuple[str, list[Message]]:
    """The header's text and the messages of a .po file (comments other than flags dropped)."""
    messages: list[Message] = []
    current: Message | None = None
    flags: set[str] = set()
    last: tuple[str, int] | None = None
    header_text = ""

    def finish() -> None:
        nonlocal current, header_text
        if current is not None:
            if current.msgid == "":
                header_text = current.msgstr[0] if current.msgstr else ""
            else:
                messages.append(current)
        current = None

    for raw in [*text.splitlines(), ""]:
        line = raw.strip()
        if not line:
            finish()
            flags = set()
            continue
        if line.startswith("#,"):
            flags |= {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            if current is None or last is None:
                raise ValueError(f"a continuation line without a field: {raw}")
            kind, index = last
            if kind == "msgid":
                current.msgid += _unquote(line)
            elif kind == "msgid_plural":
                current.plural = (current.plural or "") + _unquote(line)
            else:
                current.msgstr[index] += _unquote(line)
            continue
        name, _, value = line.partition(" ")
        if name == "msgid":
            finish()
            current = Message(msgid=_unquote(value), fuzzy="fuzzy" in flags)
            last = ("msgid", 0)
        elif current is None:
            raise ValueError(f"{name} before any msgid")
        elif name == "msgid_plural":
            current.plural = _unquote(value)
            last = ("msgid_plural", 0)
        elif name == "msgstr" or name.startswith("msgstr["):
            index = int(name[7:-1]) if name.startswith("msgstr[") else 0
            while len(current.msgstr) <= index:
                current.msgstr.append("")
            current.msgstr[index] = _unquote(value)
            last = ("msgstr", index)
        else:
            raise ValueError(f"unknown field {name!r}")
    finish()
    return header_text, messages


def merge(template: Sequence[Message], existing: Sequence[Message]) -> list[Message]:
    """The template's messages in its order, carrying over what ``existing`` translated.

    A message with no exact match takes the translation of the most similar old message
    (if one is close) marked fuzzy: a changed comma should not mean translating anew, but a
    person must confirm it.
    """
    old = {message.key: message for message in existing}
    unused = {key: message for key, message in old.items() if message.translated}
    merged: list[Message] = []
    for source in template:
        message = Message(
            source.msgid, source.plural, references=source.references, comments=source.comments
        )
        found = old.get(source.key)
        if found is not None:
            message.msgstr, message.fuzzy = list(found.msgstr), found.fuzzy
            unused.pop(source.key, None)
        else:
            close = difflib.get_close_matches(
                source.msgid, [key[0] for key in unused if key[1] is None], n=1, cutoff=0.8
            )
            if close and source.plural is None:
                message.msgstr, message.fuzzy = list(unused.pop((close[0], None)).msgstr), True
        merged.append(message)
    return merged


# -- the .mo format -------------------------------------------------------------------------


def compile_mo(header_text: str, messages: Sequence[Message]) -> bytes:
    """GNU .mo bytes: finished translations only (fuzzy and empty ones stay English).

    Layout: a 28-byte header, a table of (length, offset) for the sorted originals, the
    same for the translations, then the NUL-terminated strings. No hash table (size 0),
    which gettext readers accept.
    """
    pairs = [("", header_text)]
    for message in messages:
        if not message.translated:
            continue
        original = message.msgid if message.plural is None else f"{message.msgid}\0{message.plural}"
        pairs.append((original, "\0".join(message.msgstr)))
    pairs.sort(key=lambda pair: pair[0].encode("utf-8"))
    originals = [pair[0].encode("utf-8") for pair in pairs]
    translations = [pair[1].encode("utf-8") for pair in pairs]
    count = len(pairs)
    originals_table = 28
    translations_table = originals_table + 8 * count
    offset = translations_table + 8 * count
    table: list[int] = []
    blob = bytearray()
    for strings in (originals, translations):
        for data in strings:
            table.extend((len(data), offset + len(blob)))
            blob += data + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, count, originals_table, translations_table, 0, offset)
    return head + struct.pack(f"<{len(table)}I", *table) + bytes(blob)


# -- the whole refresh ----------------------------------------------------------------------


def po_path(language: str, locale: Path = LOCALE) -> Path:
    return locale / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def template_text(source: Path = SOURCE, root: Path = ROOT) -> str:
    return render(extract(source, root), None, "Messages of kindspace's core and command line.")


def merged_po_text(language: str, template: Sequence[Message], locale: Path = LOCALE) -> str:
    path = po_path(language, locale)
    existing = parse_po(path.read_text(encoding="utf-8"))[1] if path.is_file() else []
    title = f"kindspace's core and command line in {language}; see docs/translating.md."
    return render(merge(template, existing), language, title)


def mo_bytes(po_file: Path) -> bytes:
    header_text, messages = parse_po(po_file.read_text(encoding="utf-8"))
    return compile_mo(header_text, messages)


def refresh(locale: Path = LOCALE) -> list[str]:
    """Rewrite the template, every .po and every .mo; return what needs a translator."""
    template = extract()
    locale.mkdir(parents=True, exist_ok=True)
    (locale / f"{DOMAIN}.pot").write_text(template_text(), encoding="utf-8")
    unfinished: list[str] = []
    for language in LANGUAGES:
        path = po_path(language, locale)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(merged_po_text(language, template, locale), encoding="utf-8")
        messages = parse_po(path.read_text(encoding="utf-8"))[1]
        open_ones = [m for m in messages if not m.translated]
        if open_ones:
            unfinished.append(f"{path.relative_to(ROOT)}: {len(open_ones)} to translate or check")
        path.with_suffix(".mo").write_bytes(mo_bytes(path))
    return unfinished


def main(argv: Sequence[str]) -> int:
    if argv:
        print("usage: python3 scripts/catalogues.py   (refreshes .pot, .po and .mo files)")
        return 0 if argv[0] in ("-h", "--help") else 2
    unfinished = refresh()
    print(f"Wrote {TEMPLATE.relative_to(ROOT)} and the catalogues for {', '.join(LANGUAGES)}.")
    for line in unfinished:
        print(f"  {line} (empty or marked fuzzy)")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
