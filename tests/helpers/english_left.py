"""Finding English in a view that should speak another language.

Two nets. The first knows kindspace's own English: every ``<source>`` of the ``.ts`` files
and every string of the English content files (``resources/…``) whose translation differs —
a visible text, a line or a sentence of it that equals one of them was left in English. The
second is a short list of common English words, for English that kindspace does not know it
has (a string that never went through ``translate()``, a Qt text with no catalogue).
"""

from __future__ import annotations

import ast
import html
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
#: Placeholders in source texts: ``{name}``, ``%1``, ``%n``, ``%Ln``.
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?[0-9n]")
#: Words common in English and not words of German or Spanish (``was``, ``will``, ``no``,
#: ``me``, ``a`` and ``kind`` are, so they are not here).
ENGLISH_WORDS = frozenset((
    "the", "and", "you", "your", "with", "this", "that", "what", "when", "have", "are", "for",
    "from", "about", "is", "it", "of", "to", "on", "or", "be", "my", "please", "here", "there",
    "these", "those", "would", "could", "should", "which", "while", "minutes", "minute", "hour",
    "entries", "entry", "today", "yesterday", "open", "save", "cancel", "close", "settings",
    "write", "feel", "feelings", "again", "back", "next", "step", "steps", "done", "yes",
    "however", "means", "not", "all", "at", "how", "went", "little", "much", "very", "times",
    "before", "after", "lighter", "stronger", "nothing", "something", "just", "keep", "kept",
    "export", "plain",
))  # fmt: skip
SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")


def plain(text: str) -> str:
    """A text as a person reads it: no mnemonic ``&``, no markup, one space between words."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"&(?=\S)", "", text.replace("&&", "\0")).replace("\0", "&")
    return " ".join(text.split())


def pieces(text: str) -> Iterator[str]:
    """The whole text, each line and each sentence of it."""
    yield plain(text)
    for line in text.splitlines():
        yield plain(line)
        for sentence in SENTENCE_END.split(line):
            yield plain(sentence)


def _markdown_lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        line = re.sub(r"^\s*(#+|[-*>]|[0-9]+\.)\s+", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"[*_`]+", "", line)
        yield from pieces(line)


def _toml_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield from pieces(value)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _toml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _toml_strings(item)


def content_strings(root: Path) -> set[str]:
    """Every string, line and sentence of the content files below ``root``."""
    found: set[str] = set()
    for path in root.rglob("*"):
        if path.suffix == ".toml":
            found.update(_toml_strings(tomllib.loads(path.read_text(encoding="utf-8"))))
        elif path.suffix == ".md":
            found.update(_markdown_lines(path.read_text(encoding="utf-8")))
    return found


def core_strings() -> set[str]:
    """Every string literal of the Qt-free core: its English, until it has a catalogue of
    its own (words such as a feeling chip's "tired" are too short for the word list)."""
    found: set[str] = set()
    for path in (ROOT / "kindspace").rglob("*.py"):
        if "gui" in path.relative_to(ROOT / "kindspace").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.fullmatch(r"[A-Za-z][a-z]+( [a-z]+)*|.* .*", node.value)
            ):
                found.update(pieces(node.value))
    return found


def catalogue_pairs(language: str) -> Iterator[tuple[str, list[str]]]:
    """(source, translations) of every finished message of kindspace's ``.ts`` file."""
    tree = ET.parse(ROOT / "translations" / f"kindspace_{language}.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        yield source, forms or [translation.text or ""]


@dataclass
class EnglishNet:
    """Decides whether a visible text in ``language`` is English."""

    language: str
    #: Texts that may stay as they are: the app's name, proper names, the person's own words.
    allowed: Iterable[str] = ()
    #: Patterns of English known to come from elsewhere (the core), excused for now.
    excused: Iterable[str] = ()
    exact: set[str] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        english: set[str] = set()
        translated: set[str] = set()
        for source, forms in catalogue_pairs(self.language):
            english.update(pieces(source))
            for form in forms:
                translated.update(pieces(form))
        english |= content_strings(ROOT / "resources" / "exercises")
        english |= content_strings(ROOT / "resources" / "learn")
        english |= content_strings(ROOT / "resources" / "support")
        english |= content_strings(ROOT / "resources" / "reminders")
        translated |= content_strings(ROOT / "resources" / "l10n" / self.language)
        core = core_strings() - translated
        kept = {piece for text in self.allowed for piece in pieces(text) if piece}
        self.allowed = sorted(kept, key=len, reverse=True)
        for text in english - translated:
            if not re.search(r"[A-Za-z]{2}", text) or re.fullmatch(r"[a-z0-9_./-]+", text):
                continue  # numbers, key names, ids and file names
            if text in self.allowed:
                continue
            if PLACEHOLDER.search(text):
                parts = PLACEHOLDER.split(text)
                if sum(len(part.strip()) for part in parts) >= 4:
                    body = ".+?".join(re.escape(part) for part in parts)
                    self.patterns.append(re.compile(body))
            else:
                self.exact.add(text)
        for text in core:  # single words too, but not "mar" (a short month, and martes)
            if re.search(r"[A-Za-z]{4}", text) and not PLACEHOLDER.search(text):
                self.exact.add(text)

    def english_in(self, text: str) -> str | None:
        """Why ``text`` reads as English (the English it holds), or None."""
        for excused in self.excused:
            text = re.sub(excused, " ", text, flags=re.DOTALL)
        for allowed in self.allowed:
            text = text.replace(allowed, " ")
        for piece in pieces(text):
            if piece in self.exact:
                return piece
            if any(pattern.fullmatch(piece) for pattern in self.patterns):
                return piece
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", plain(text))}
        common = sorted(words & ENGLISH_WORDS)
        if (len(common) >= 1 and not words - ENGLISH_WORDS - {"kindspace"}) or len(common) >= 2:
            return f"{plain(text)!r} (English words: {', '.join(common)})"
        return None


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _item_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    from PySide6.QtCore import Qt

    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield "header", value

    def walk(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield "item", value
                accessible = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
                if isinstance(accessible, str):
                    yield "item accessible name", accessible
                if depth < 3 and column == 0 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} title", menu.title()
    for action in menu.actions():
        yield f"{where} action", action.text()
        yield (
            f"{where} action tooltip",
            action.toolTip() if action.toolTip() != plain(action.text()) else "",
        )
        if action.menu() is not None:
            yield from menu_texts(action.menu(), f"{where} › {plain(action.text())}")


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can meet in ``root``'s visible widgets."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() and widget is not root:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}"
        if widget.isWindow():
            yield f"{name} window title", widget.windowTitle()
        yield f"{name} tooltip", widget.toolTip()
        yield f"{name} accessible name", widget.accessibleName()
        yield f"{name} accessible description", widget.accessibleDescription()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
            menu = getattr(widget, "menu", lambda: None)()
            if isinstance(menu, QMenu):
                yield from ((f"{name} {where}", text) for where, text in menu_texts(menu, "menu"))
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield f"{name} tab", widget.tabText(index)
                yield f"{name} tab tooltip", widget.tabToolTip(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item", widget.itemText(index)
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield f"{name} placeholder", widget.placeholderText()
            if widget.isReadOnly():
                yield name, widget.toPlainText()
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QTextEdit):
            yield from ((f"{name} {where}", text) for where, text in _item_texts(widget))
        if isinstance(widget, QMenu):
            yield from ((f"{name} {where}", text) for where, text in menu_texts(widget, "menu"))
    for bar in root.findChildren(QMenuBar):
        for action in bar.actions():
            if action.menu() is not None:
                yield from menu_texts(action.menu(), f"menu {plain(action.text())}")
