"""Changes survive JSON exactly, and a damaged one is refused whole with ValueError."""

from __future__ import annotations

from typing import Any

import pytest

from kindspace.sync.changes import Change, covers, seen_from_text, seen_to_text, seen_with

STAMP = "1772355600000-00000-laptop"
OTHER = "1772355600500-00002-desk"


def _change(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = Change(
        "laptop", 3, STAMP, "entry", "e1", {"title": "Rain", "tags": ["calm"]}, {"title": OTHER}
    ).to_json()
    data.update(overrides)
    return data


def test_round_trip_keeps_every_part() -> None:
    change = Change.from_json(_change())
    assert change.to_json() == _change()
    assert change.seen("title") == {"desk": OTHER, "laptop": STAMP}
    assert not change.is_delete


@pytest.mark.parametrize(
    "overrides",
    [
        {"device_id": "Laptop!"},
        {"counter": -1},
        {"counter": True},
        {"stamp": "yesterday"},
        {"stamp": OTHER},  # a stamp of another device
        {"kind": "mood"},
        {"target_id": ""},
        {"fields": {}},
        {"fields": {"deleted": True, "title": "x"}},
        {"fields": {"deleted": "yes"}},
        {"base": {"title": "not a stamp"}},
        {"base": []},
    ],
)
def test_bad_shapes_are_refused(overrides: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Change.from_json(_change(**overrides))


def test_missing_parts_are_refused() -> None:
    data = _change()
    del data["fields"]
    with pytest.raises(ValueError, match="fields"):
        Change.from_json(data)


def test_version_vectors_keep_the_newest_stamp_per_device() -> None:
    seen = seen_from_text(f"{OTHER} {STAMP} 1772355600100-00000-desk")
    assert seen == {"desk": OTHER, "laptop": STAMP}
    assert seen_from_text(seen_to_text(seen)) == seen
    assert covers(seen, "1772355600100-00000-desk")
    assert not covers(seen, "1772355600501-00000-desk")
    assert not covers(seen, "1772355600100-00000-phone")
    assert seen_with(seen, ["1772355600501-00000-desk"])["desk"].startswith("1772355600501")
