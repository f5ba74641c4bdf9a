"""Searches that could run for minutes are refused kindly, capped in time, or stopped."""

from __future__ import annotations

import random
import string
import threading
from pathlib import Path

import pytest

from kindspace.errors import InvalidInput
from kindspace.journal.database import Database, open_encrypted
from kindspace.journal.entries import EntryRepository
from kindspace.journal.models import HIGHLIGHT_START
from kindspace.journal.search import (
    MAX_TERMS,
    MIN_PREFIX_LETTERS,
    SHORT_PREFIX,
    TOO_MANY_WORDS,
    TOO_SLOW,
    SearchCancelled,
    SearchTooSlow,
    search_entries,
    to_fts_query,
)
from tests.helpers.journals import make_passphrase_journal
from tests.helpers.shell import run_main

DEADLINE_S = 30.0


@pytest.fixture
def busy(db: Database, entries: EntryRepository) -> Database:
    """Enough entries that a search takes many thousand SQLite steps."""
    for n in range(300):
        entries.create(title=f"Day {n}", body=f"a walk by the harbour, thought {n} " * 20)
    return db


def test_two_thousand_ored_prefixes_are_refused_at_once() -> None:
    with pytest.raises(InvalidInput) as refused:
        to_fts_query(" OR ".join(["ab*"] * 2000))
    assert str(refused.value) == TOO_MANY_WORDS.format(count=MAX_TERMS)
    assert "fewer words (up to 32)" in str(refused.value)


def test_up_to_the_limit_of_words_is_fine() -> None:
    words = [f"word{n}" for n in range(MAX_TERMS)]
    assert to_fts_query(" OR ".join(words)).count(" OR ") == MAX_TERMS - 1
    with pytest.raises(InvalidInput, match="fewer words"):
        to_fts_query(" ".join([*words, "one-more"]))


def test_a_one_letter_prefix_is_refused_kindly() -> None:
    with pytest.raises(InvalidInput) as refused:
        to_fts_query("a*")
    assert str(refused.value) == SHORT_PREFIX.format(count=MIN_PREFIX_LETTERS)
    assert to_fts_query("ab*") == '"ab"*'


def test_a_search_past_its_time_is_stopped_with_a_kind_sentence(busy: Database) -> None:
    assert len(search_entries(busy, "harbour")) == 100  # the same search, given time
    with pytest.raises(SearchTooSlow) as stopped:
        search_entries(busy, "harbour", time_limit_s=0.0)
    assert str(stopped.value) == TOO_SLOW
    assert isinstance(stopped.value, InvalidInput)  # the CLI says it and exits with 1
    assert len(search_entries(busy, "harbour")) == 100  # the connection is usable again


def test_a_search_asked_to_stop_stops(busy: Database) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(SearchCancelled):
        search_entries(busy, "harbour", should_stop=stop.is_set)


def test_the_command_line_says_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_passphrase_journal(tmp_path / "journal")
    data = ["--data-dir", str(tmp_path / "journal"), "search"]
    assert run_main([*data, "a*"], monkeypatch) == 1
    assert (
        capsys.readouterr().err == f"kindspace: {SHORT_PREFIX.format(count=MIN_PREFIX_LETTERS)}\n"
    )
    assert run_main([*data, " OR ".join(["ab*"] * 2000)], monkeypatch) == 1
    assert capsys.readouterr().err == f"kindspace: {TOO_MANY_WORDS.format(count=MAX_TERMS)}\n"


def test_a_prefix_matching_every_word_of_a_long_note_finishes(
    entries: EntryRepository, db_path: Path, data_key: bytes
) -> None:
    """snippet() over 60,000 matching words took about a minute and could not be stopped."""
    rng = random.Random(7)
    words = ["ab" + "".join(rng.choices(string.ascii_lowercase, k=6)) for _ in range(60_000)]
    entries.create(title="A long one", body=" ".join(words))
    entries.create(title="A short one", body="abalone by the harbour")
    found: list[list[str]] = []

    def search() -> None:  # over a connection of its own, as the window's worker does
        own = open_encrypted(db_path, data_key)
        try:
            found.append([hit.snippet for hit in search_entries(own, "ab*")])
        finally:
            own.conn.close()

    worker = threading.Thread(target=search, daemon=True)
    worker.start()
    worker.join(DEADLINE_S)
    assert not worker.is_alive(), "the search did not finish within the deadline"
    snippets = found[0]
    assert len(snippets) == 2
    assert any(snippet.startswith(words[0]) and snippet.endswith("…") for snippet in snippets)
    assert any(HIGHLIGHT_START in snippet for snippet in snippets)  # the short one: marked
