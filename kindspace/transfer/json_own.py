"""The person's own exercises in the JSON export (the optional ``own_exercises`` list).

Additive on purpose: a journal without own exercises exports exactly as before, and a file
without the list imports as before. Each item is ``{"id", "created", "updated",
"definition"}``; the definition is the exercise's content in the shipped format and is
checked as strictly as a shipped file before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _
from kindspace.journal.own_exercises import OwnExerciseRecord
from kindspace.practice.own_exercises import exercise_of
from kindspace.transfer.json_format import INDENT, OWN_EXERCISES, moment_text

_NOTHING = N_("Nothing was imported.")


def own_to_document(record: OwnExerciseRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "created": moment_text(record.created),
        "updated": moment_text(record.updated),
        "definition": record.definition,
    }


def own_exercises_text(records: Iterable[OwnExerciseRecord]) -> str:
    """The ``"own_exercises": [...]`` member as it sits in the document ("" for none)."""
    items = [
        "\n".join(
            INDENT * 2 + line
            for line in json.dumps(
                own_to_document(record), indent=len(INDENT), ensure_ascii=False, sort_keys=False
            ).split("\n")
        )
        for record in records
    ]
    if not items:
        return ""
    return f'{INDENT}"{OWN_EXERCISES}": [\n' + ",\n".join(items) + f"\n{INDENT}]"


def own_from_document(document: dict[str, Any]) -> list[OwnExerciseRecord]:
    """The checked own exercises of an export (none when the list is absent)."""
    items = document.get(OWN_EXERCISES, [])
    if not isinstance(items, list):
        raise InvalidInput(
            _("The export's '{own_exercises}' is not a list. {nothing}").format(
                own_exercises=OWN_EXERCISES, nothing=_(_NOTHING)
            )
        )
    records: list[OwnExerciseRecord] = []
    seen: set[str] = set()
    for position, item in enumerate(items, start=1):
        where = _("Your own exercise {position}").format(position=position)
        if not isinstance(item, dict):
            raise InvalidInput(
                _("{where} is not an object. {nothing}").format(where=where, nothing=_(_NOTHING))
            )
        definition = item.get("definition")
        if not isinstance(definition, dict) or definition.get("id") != item.get("id"):
            raise InvalidInput(
                _("{where} has no definition with the same 'id'. {nothing}").format(
                    where=where, nothing=_(_NOTHING)
                )
            )
        try:
            exercise_of(definition)
            created = _moment(item.get("created"))
            updated = _moment(item.get("updated"))
        except InvalidInput as error:
            raise InvalidInput(
                _("{where}: {error} {nothing}").format(
                    where=where, error=error, nothing=_(_NOTHING)
                )
            ) from None
        own_id = str(item["id"])
        if own_id in seen:
            raise InvalidInput(
                _("{where} has the same 'id' as an earlier one. {nothing}").format(
                    where=where, nothing=_(_NOTHING)
                )
            )
        seen.add(own_id)
        records.append(OwnExerciseRecord(own_id, definition, created, updated))
    return records


def _moment(value: object) -> datetime:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and moment.utcoffset() is not None:
            return moment
    raise InvalidInput(_("its 'created' and 'updated' should be times with a UTC offset."))
