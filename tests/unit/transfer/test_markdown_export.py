"""The Markdown export: files that read back as the entries they came from, safe names,
private files, and never a file of the person's replaced unasked.

The front matter is read back with a deliberately tiny, strict YAML reader: it accepts only
the forms the exporter promises (double-quoted strings, whole numbers, null, dates, block
lists) and fails on anything else, so an unquoted string that YAML could misread (a time,
"yes", a leading dash) makes these tests fail rather than pass by luck.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from kindspace.errors import InvalidInput, KindspaceError
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.journal.models import Entry
from kindspace.practice.definitions import ExerciseCatalog, load_exercises
from kindspace.transfer.entry_sections import lay_out_entry
from kindspace.transfer.json_export import export_json
from kindspace.transfer.markdown_export import TITLE_BYTES, export_markdown, file_stem
from kindspace.transfer.selection import EntrySelection

LISBON = timezone(timedelta(hours=1))
KATHMANDU = timezone(timedelta(hours=5, minutes=45))
AWKWARD = 'She said: "no" — #1 - yes\\no\ttab\u2028line\x7f end'


# --- a strict reader for what the exporter writes -------------------------------------------


def read_front_matter(text: str) -> tuple[dict[str, Any], str]:
    lines = text.split("\n")
    assert lines[0] == "---", "a file starts with front matter"
    end = lines.index("---", 1)
    fields: dict[str, Any] = {}
    open_list: list[Any] | None = None
    for line in lines[1:end]:
        if line.startswith("  - "):
            assert open_list is not None, f"a list item without a list: {line!r}"
            open_list.append(_scalar(line[4:]))
            continue
        key, sep, value = line.partition(": ") if ": " in line else line.partition(":")
        assert sep and re.fullmatch(r"[a-z_]+", key), f"not a key: {line!r}"
        assert key not in fields, f"{key} twice"
        if value == "":
            open_list = fields[key] = []
        else:
            open_list = None
            fields[key] = [] if value == "[]" else _scalar(value)
    return fields, "\n".join(lines[end + 1 :])


def _scalar(value: str) -> Any:
    if value == "null":
        return None
    if re.fullmatch(r"-?[0-9]+", value):
        return int(value)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return date.fromisoformat(value)
    assert value.startswith('"') and value.endswith('"'), f"an unquoted string: {value!r}"
    # Characters YAML does not allow raw inside a quoted scalar must arrive escaped.
    assert not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029]", value), value
    return json.loads(value)


def read_sections(markdown: str) -> tuple[str | None, str, dict[str, str]]:
    """(the # title, the text before the first ## heading, {## heading: its text})."""
    text = markdown.strip("\n")
    title = None
    if text.startswith("# "):
        first, _, text = text.partition("\n")
        title = first[2:]
    day_line = re.match(r"\n*\*[^*\n]+\*\n", text + "\n")
    if day_line:  # the day in words (see test_markdown_dates.py), not part of the text
        text = text[day_line.end() :]
    parts = re.split(r"^## (.*)$", text, flags=re.MULTILINE)
    lead = parts[0].strip("\n")
    sections = {parts[i]: parts[i + 1].strip("\n") for i in range(1, len(parts), 2)}
    return title, lead, sections


def list_items(text: str) -> list[str]:
    lines = text.split("\n")
    assert all(line.startswith("- ") for line in lines), text
    return [line[2:] for line in lines]


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _ = create_journal(
        JournalLocation(tmp_path / "journal"),
        passphrase="correct horse battery",
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    try:
        yield opened
    finally:
        opened.close()


def add_note(journal: Journal, when: datetime, body: str = "A quiet walk.", **fields: Any) -> Entry:
    return journal.entries.create(body=body, written_at=when, **fields)


def export_files(
    journal: Journal, folder: Path, catalog: ExerciseCatalog, **kw: Any
) -> dict[str, str]:
    export_markdown(journal, folder, catalog=catalog, **kw)
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())}


# --- round trips --------------------------------------------------------------------------


def test_a_note_reads_back_as_the_entry_it_came_from(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    body = "First paragraph.\n\nSecond one, with a line\nbreak and *emphasis*."
    entry = add_note(
        journal,
        datetime(2024, 5, 1, 21, 14, tzinfo=KATHMANDU),
        body,
        title=AWKWARD,
        tags=["calm", "work: stress", "yes"],
        intensity_before=0,
        intensity_after=10,
    )
    (text,) = export_files(journal, tmp_path / "out", catalog).values()
    fields, markdown = read_front_matter(text)
    assert fields == {
        "title": AWKWARD,
        "date": date(2024, 5, 1),
        "time": "21:14+05:45",
        "kind": "note",
        "tags": ["calm", "work: stress", "yes"],
        "intensity_before": 0,
        "intensity_after": 10,
        "id": entry.id,
    }
    title, lead, sections = read_sections(markdown)
    assert title == " ".join(AWKWARD.split())
    assert lead == body
    assert sections == {}


def test_an_untitled_note_has_no_heading_repeating_its_first_line(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    add_note(journal, datetime(2024, 5, 1, 7, 0, tzinfo=UTC), "Morning tea.\nThen rain.")
    (text,) = export_files(journal, tmp_path / "out", catalog).values()
    fields, markdown = read_front_matter(text)
    assert fields["title"] == "" and fields["tags"] == []
    assert fields["intensity_before"] is None
    assert read_sections(markdown) == (None, "Morning tea.\nThen rain.", {})


def test_exercise_answers_come_back_under_their_step_titles(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    letter = catalog["compassionate_letter"]
    answers = {
        "topic": "I snap at the children in the mornings.",
        "friend": "",  # skipped when empty
        "letter": "Dear Sam,\n\nAnyone would have snapped a little.",
        "_reread_reminder": True,  # kindspace's own bookkeeping, not an answer
    }
    entry = journal.entries.create(
        kind=letter.id,
        body="You are doing better than you think.",
        answers=answers,
        intensity_before=7,
        intensity_after=4,
        written_at=datetime(2024, 5, 2, 8, 5, tzinfo=LISBON),
    )
    files = export_files(journal, tmp_path / "out", catalog)
    assert list(files) == ["2024-05-02 0805 A compassionate letter.md"]
    fields, markdown = read_front_matter(files["2024-05-02 0805 A compassionate letter.md"])
    assert fields["kind"] == "compassionate_letter"
    assert fields["exercise"] == letter.title
    assert (fields["intensity_before"], fields["intensity_after"]) == (7, 4)
    assert fields["id"] == entry.id
    title, lead, sections = read_sections(markdown)
    assert title == letter.title and lead == ""
    assert list(sections) == [
        letter.step("topic").title,
        letter.step("letter").title,
        letter.takeaway_step.title,
    ]
    by_step = {step.id: sections.get(step.title) for step in letter.steps}
    assert by_step["topic"] == answers["topic"]
    assert by_step["letter"] == answers["letter"]
    assert by_step["takeaway"] == entry.body


def test_chosen_feelings_become_a_list_and_unknown_answers_still_show(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    rain = catalog["rain"]
    feelings = ["sadness", "worry"]
    journal.entries.create(
        kind=rain.id,
        answers={
            "recognize": feelings,
            "nurture": "May I be kind to myself.",
            "from_an_older_version": "still mine",
        },
        written_at=datetime(2024, 5, 3, 18, 30, tzinfo=UTC),
    )
    (text,) = export_files(journal, tmp_path / "out", catalog).values()
    _, sections = read_sections(read_front_matter(text)[1])[1:]
    assert list_items(sections[rain.step("recognize").title]) == feelings
    assert sections[rain.step("nurture").title] == "May I be kind to myself."
    assert sections["From an older version"] == "still mine"


def test_an_exercise_this_version_does_not_know_is_exported_whole(
    journal: Journal, tmp_path: Path
) -> None:
    journal.entries.create(
        kind="gratitude_walk",
        answers={"three_things": ["sun", "bread"]},
        written_at=datetime(2024, 5, 3, 18, 30, tzinfo=UTC),
    )
    ((name, text),) = export_files(journal, tmp_path / "out", ExerciseCatalog(())).items()
    assert name == "2024-05-03 1830 Gratitude walk.md"
    fields, markdown = read_front_matter(text)
    assert fields["exercise"] == "Gratitude walk"
    assert list_items(read_sections(markdown)[2]["Three things"]) == ["sun", "bread"]


# --- names ----------------------------------------------------------------------------------


def _stem(title: str, when: datetime = datetime(2024, 5, 1, 9, 5, tzinfo=UTC)) -> str:
    entry = Entry(id="x", day=when.date(), created=when, updated=when, title=title)
    return file_stem(lay_out_entry(entry))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ('Who am I? <3 / "me": a|b*', "2024-05-01 0905 Who am I 3 me a b"),
        ("Ends with dots...  ", "2024-05-01 0905 Ends with dots"),
        ("tab\tand\nnew line", "2024-05-01 0905 tab and new line"),
        ("???", "2024-05-01 0905 Note"),
        ("Ça va — 大丈夫", "2024-05-01 0905 Ça va — 大丈夫"),
    ],
)
def test_file_names_are_safe_on_every_system(title: str, expected: str) -> None:
    assert _stem(title) == expected


def test_long_titles_are_cut_without_breaking_a_character() -> None:
    stem = _stem("大" * 200)
    title = stem.removeprefix("2024-05-01 0905 ")
    assert set(title) == {"大"} and len(title.encode()) <= TITLE_BYTES
    assert len((stem + " (99).md").encode()) <= 255


def test_entries_sharing_a_name_get_numbered_names(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    when = datetime(2024, 5, 1, 21, 14, tzinfo=UTC)
    for title in ("Evening", "evening", "Evening"):
        add_note(journal, when, title=title)
    names = sorted(export_files(journal, tmp_path / "out", catalog))
    assert names == [
        "2024-05-01 2114 Evening (2).md",
        "2024-05-01 2114 Evening (3).md",
        "2024-05-01 2114 Evening.md",
    ] or names == [
        "2024-05-01 2114 Evening (3).md",
        "2024-05-01 2114 Evening.md",
        "2024-05-01 2114 evening (2).md",
    ]


def test_names_sort_in_date_order(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    for day in (date(2024, 12, 1), date(2023, 1, 9), date(2024, 2, 29)):
        add_note(journal, datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC), title="Z")
    names = list(export_files(journal, tmp_path / "out", catalog))
    assert [name[:10] for name in sorted(names)] == ["2023-01-09", "2024-02-29", "2024-12-01"]


# --- files, folders and what is never touched -----------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_are_private_and_a_new_folder_is_too(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    add_note(journal, datetime(2024, 5, 1, 9, 0, tzinfo=UTC))
    folder = tmp_path / "new" / "export"
    export_markdown(journal, folder, catalog=catalog)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (path,) = folder.iterdir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_chosen_empty_folder_keeps_its_own_mode(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    add_note(journal, datetime(2024, 5, 1, 9, 0, tzinfo=UTC))
    folder = tmp_path / "mine"
    folder.mkdir()
    folder.chmod(0o750)
    assert export_markdown(journal, folder, catalog=catalog) == 1
    assert stat.S_IMODE(folder.stat().st_mode) == 0o750


def test_a_folder_with_files_is_left_alone_unless_replacing_was_asked(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    add_note(journal, datetime(2024, 5, 1, 9, 0, tzinfo=UTC), title="Walk")
    folder = tmp_path / "notes"
    folder.mkdir()
    same_name = folder / "2024-05-01 0900 Walk.md"
    same_name.write_text("my own edits", encoding="utf-8")
    other = folder / "shopping.md"
    other.write_text("bread", encoding="utf-8")
    with pytest.raises(InvalidInput, match="already holds files"):
        export_markdown(journal, folder, catalog=catalog)
    assert same_name.read_text(encoding="utf-8") == "my own edits"
    assert sorted(path.name for path in folder.iterdir()) == [same_name.name, other.name]

    assert export_markdown(journal, folder, catalog=catalog, replace=True) == 1
    assert read_front_matter(same_name.read_text(encoding="utf-8"))[0]["title"] == "Walk"
    assert other.read_text(encoding="utf-8") == "bread"


def test_a_file_in_place_of_the_folder_gets_a_calm_message(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    add_note(journal, datetime(2024, 5, 1, 9, 0, tzinfo=UTC))
    taken = tmp_path / "export"
    taken.write_text("x", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is a file"):
        export_markdown(journal, taken, catalog=catalog)
    with pytest.raises(KindspaceError, match="could not be written"):
        export_markdown(journal, taken / "inside", catalog=catalog)


def test_a_failure_halfway_keeps_the_written_files_and_no_temporary_ones(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    add_note(journal, datetime(2024, 5, 1, 9, 0, tzinfo=UTC), title="First")
    add_note(journal, datetime(2024, 5, 2, 9, 0, tzinfo=UTC), title="Second")
    folder = tmp_path / "out"
    blocker = folder / "2024-05-02 0900 Second.md"
    blocker.mkdir(parents=True)
    (blocker / "keep.txt").write_text("x", encoding="utf-8")  # a folder rename can't replace
    with pytest.raises(KindspaceError) as caught:
        export_markdown(journal, folder, catalog=catalog, replace=True)
    assert "Traceback" not in str(caught.value) and str(caught.value).endswith(".")
    assert sorted(path.name for path in folder.iterdir()) == [
        "2024-05-01 0900 First.md",
        blocker.name,
    ]


# --- choosing entries, progress ---------------------------------------------------------------


def test_a_date_range_exports_only_its_days_and_reports_progress(
    journal: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    for day in (1, 2, 3, 4):
        add_note(journal, datetime(2024, 5, day, 9, 0, tzinfo=UTC), title=f"Day {day}")
    seen: list[tuple[int, int]] = []
    selection = EntrySelection(date(2024, 5, 2), date(2024, 5, 3))
    count = export_markdown(
        journal, tmp_path / "out", selection, catalog, progress=lambda *step: seen.append(step)
    )
    assert count == 2 and seen == [(1, 2), (2, 2)]
    assert sorted(path.name[:10] for path in (tmp_path / "out").iterdir()) == [
        "2024-05-02",
        "2024-05-03",
    ]


def test_json_export_takes_the_same_selection(journal: Journal, tmp_path: Path) -> None:
    entries = [
        add_note(journal, datetime(2024, 5, day, 9, 0, tzinfo=UTC), title=f"Day {day}")
        for day in (1, 2, 3)
    ]
    target = tmp_path / "some.json"
    assert export_json(journal, target, EntrySelection(entry_ids=(entries[2].id,))) == 1
    exported = json.loads(target.read_text(encoding="utf-8"))["entries"]
    assert [entry["id"] for entry in exported] == [entries[2].id]
    assert export_json(journal, target) == 3
