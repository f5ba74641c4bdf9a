"""Reading content files (TOML, Markdown front matter) with errors that name file and field.

Content is written by people, not code, so a typo must point at itself: "rain.toml:
steps[3].prompt is missing" rather than a KeyError deep in a view. Unknown keys are refused
too, because a misspelt optional key would otherwise be ignored without a word.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from kindspace.errors import KindspaceError


class ContentError(KindspaceError):
    """A content file is missing, unreadable or not in the expected shape."""


def read_toml_file(path: Path) -> dict[str, Any]:
    """Parse one TOML file, turning every failure into a :class:`ContentError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(f"kindspace could not read {path.name}: {error}.") from error
    return parse_toml(text, path.name)


def parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{source} is not valid TOML: {error}.") from error


class Fields:
    """Typed, named access to one TOML table; call :meth:`done` to refuse unknown keys."""

    def __init__(self, table: Any, source: str, where: str = "") -> None:
        if not isinstance(table, dict):
            raise ContentError(f"{source}: {where or 'the file'} should be a table of keys.")
        self._table: dict[str, Any] = table
        self._source = source
        self._where = where
        self._used: set[str] = set()

    def name(self, key: str) -> str:
        """How a field is named in messages, e.g. ``steps[2].prompt``."""
        return f"{self._where}.{key}" if self._where else key

    def fail(self, key: str, problem: str) -> ContentError:
        return ContentError(f"{self._source}: {self.name(key)} {problem}.")

    def _get(self, key: str) -> Any:
        self._used.add(key)
        return self._table.get(key)

    def has(self, key: str) -> bool:
        return key in self._table

    def text(self, key: str) -> str:
        value = self._get(key)
        if value is None:
            raise self.fail(key, "is missing")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "should be some text")
        return value.strip()

    def optional_text(self, key: str, default: str = "") -> str:
        self._used.add(key)
        return self.text(key) if self.has(key) else default

    def integer(self, key: str, *, minimum: int | None = None) -> int:
        value = self._get(key)
        if value is None:
            raise self.fail(key, "is missing")
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "should be a whole number")
        if minimum is not None and value < minimum:
            raise self.fail(key, f"should be at least {minimum}")
        return value

    def optional_integer(self, key: str, *, minimum: int | None = None) -> int | None:
        self._used.add(key)
        return self.integer(key, minimum=minimum) if self.has(key) else None

    def number(self, key: str) -> float:
        value = self._get(key)
        if value is None:
            raise self.fail(key, "is missing")
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise self.fail(key, "should be a number above zero")
        return float(value)

    def optional_number(self, key: str) -> float | None:
        self._used.add(key)
        return self.number(key) if self.has(key) else None

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, "should be true or false")
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            raise self.fail(key, "should be a list of texts")
        return tuple(item.strip() for item in value)

    def one_of(self, key: str, choices: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in choices:
            raise self.fail(key, f"should be one of: {', '.join(choices)} (not {value!r})")
        return value

    def table(self, key: str) -> Fields | None:
        value = self._get(key)
        if value is None:
            return None
        return Fields(value, self._source, self.name(key))

    def tables(self, key: str) -> list[Fields]:
        value = self._get(key)
        if value is None:
            raise self.fail(key, "is missing")
        if not isinstance(value, list) or not value:
            raise self.fail(key, "should be a list of one or more tables")
        return [
            Fields(item, self._source, f"{self.name(key)}[{index}]")
            for index, item in enumerate(value, start=1)
        ]

    def done(self) -> None:
        """Refuse keys nobody asked for: almost always a misspelt name."""
        unknown = sorted(set(self._table) - self._used)
        if unknown:
            where = f" in {self._where}" if self._where else ""
            raise ContentError(
                f"{self._source}: unknown key {unknown[0]!r}{where}; check its spelling "
                "against docs/design/exercises.md."
            )
