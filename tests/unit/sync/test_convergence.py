"""Property: whatever the devices do and however their changes travel (late, out of order,
twice, in pieces), once every change has reached every device they all show the same journal.

Three real SQLCipher journals on clocks that disagree (one far behind, one jumping back).
"""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kindspace.errors import InvalidInput
from kindspace.journal.database import Database, open_encrypted
from kindspace.journal.entries import EntryNotFound, EntryRepository
from kindspace.journal.migrations import migrate
from kindspace.sync.changes import covers
from kindspace.sync.log import SyncLog
from kindspace.sync.state import kept_versions, load_state
from kindspace.sync.targets import entry_values
from tests.helpers.clocks import StepClock

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
TAGS = ("work", "calm", "rest")


@dataclass
class Device:
    db: Database
    clock: StepClock
    entries: EntryRepository
    sync: SyncLog

    def state(self) -> dict[str, Any]:
        return {
            "entries": {e.id: entry_values(e) for e in self.entries.iter_all()},
            "conflicts": sorted(
                (c.entry_id, c.field, sorted(repr(v.value) for v in c.versions))
                for c in self.sync.conflicts()
            ),
        }


def _device(folder: Path, offset: timedelta) -> Device:
    clock = StepClock(START + offset)
    db = open_encrypted(folder / "journal.db", secrets.token_bytes(32), create=True)
    migrate(db, clock)
    return Device(db, clock, EntryRepository(db, clock), SyncLog(db, clock))


def _deliver(source: Device, target: Device, take: int, twice: bool, reverse: bool) -> None:
    pending = source.sync.local_changes_after(0)[:take]
    if reverse:
        pending.reverse()
    target.sync.apply(pending + pending if twice else pending)


actions = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 2), st.sampled_from(("a", "b", "c"))),
    st.tuples(
        st.just("edit"),
        st.integers(0, 2),
        st.integers(0, 3),
        st.sampled_from(("body", "body", "title", "tags", "intensity_after")),
        st.integers(0, 3),
    ),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 3)),
    st.tuples(st.just("rename"), st.integers(0, 2), st.sampled_from(TAGS), st.sampled_from(TAGS)),
    st.tuples(
        st.just("deliver"),
        st.integers(0, 2),
        st.integers(0, 2),
        st.integers(0, 30),
        st.booleans(),
        st.booleans(),
    ),
    st.tuples(st.just("clock_jump"), st.integers(0, 2), st.integers(-3000, 3000)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(actions, max_size=25))
def test_every_interleaving_converges(steps: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        offsets = (timedelta(0), timedelta(days=-120), timedelta(seconds=5))
        devices = [_device(Path(folder) / str(n), offset) for n, offset in enumerate(offsets)]
        created: list[str] = []
        try:
            for _ in range(2):  # two entries every device has, to edit at once
                created.append(devices[0].entries.create(body="shared", tags=["work"]).id)
            for target in devices[1:]:
                _deliver(devices[0], target, 10, False, False)
            for step in steps:
                _run(step, devices, created)
            for _ in range(4):  # everything reaches everyone (put-backs may add a round)
                for source in devices:
                    for target in devices:
                        if source is not target:
                            _deliver(source, target, 10**6, False, False)
            first = devices[0].state()
            event(f"entries kept with two versions: {bool(first['conflicts'])}")
            event(f"entries shown at the end: {min(len(first['entries']), 3)}+")
            for other in devices[1:]:
                assert other.state() == first
            _no_words_dropped(devices)
            for device in devices:  # nothing is left waiting
                applied = device.sync.applied_counters()
                for other in devices:
                    if other is not device:
                        assert applied.get(other.sync.device_id(), 0) == other.sync.local_counter()
        finally:
            for device in devices:
                device.db.conn.close()


def _no_words_dropped(devices: list[Device]) -> None:
    """Every text ever written to a still-present entry is shown, kept beside, or was seen
    by the version shown or kept (it was written over knowingly): never dropped unseen."""
    device = devices[0]
    for source in devices:
        for change in source.sync.local_changes_after(0):
            if change.kind != "entry" or not (set(change.fields) & {"body", "title"}):
                continue
            if device.entries._find(change.target_id) is None:
                continue
            state = load_state(device.db, "entry", change.target_id)
            for name in set(change.fields) & {"body", "title"}:
                main = state.main(name, device.sync.device_id())
                assert main is not None
                kept = kept_versions(device.db, "entry", change.target_id, name)
                assert any(covers(v.seen, change.stamp) for v in [main, *kept]), change


def _run(step: tuple[Any, ...], devices: list[Device], created: list[str]) -> None:
    what, who = step[0], devices[step[1]]
    if what == "create":
        created.append(who.entries.create(body=step[2], tags=[TAGS[len(created) % 3]]).id)
    elif what in ("edit", "delete"):
        if step[2] >= len(created):
            return
        entry_id = created[step[2]]
        try:
            if what == "delete":
                who.entries.delete(entry_id)
            elif step[3] == "tags":
                who.entries.update(entry_id, tags=[TAGS[step[4] % 3]])
            elif step[3] == "intensity_after":
                who.entries.update(entry_id, intensity_after=step[4])
            else:
                who.entries.update(entry_id, **{step[3]: f"{step[3]} {step[4]} on {step[1]}"})
        except EntryNotFound:
            return
    elif what == "rename":
        try:
            who.entries.rename_tag(step[2], step[3])
        except InvalidInput:
            return
    elif what == "deliver":
        if step[1] != step[2]:
            _deliver(who, devices[step[2]], step[3], step[4], step[5])
    elif what == "clock_jump":
        who.clock.now += timedelta(minutes=step[2])
