"""Two (or more) real journals playing a person's devices, exchanging changes directly.

The folder in between (bundles, encryption) is not here: these helpers hand one journal's
changes straight to another's ``journal.sync.apply``, which is what the folder side does after
reading bundles. Each device has its own pinned clock, so tests can move one far behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.sync.log import ApplyReport
from kindspace.sync.targets import entry_values
from tests.helpers.clocks import StepClock
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal


def open_device(folder: Path, clock: StepClock) -> Journal:
    make_passphrase_journal(folder)
    return open_journal(
        JournalLocation(folder), passphrase=PASSPHRASE, clock=clock, daily_backup=False
    )


def send(source: Journal, target: Journal) -> ApplyReport:
    """Everything of ``source``'s own that ``target`` has not applied yet."""
    after = target.sync.applied_counters().get(source.sync.device_id(), 0)
    return target.sync.apply(source.sync.local_changes_after(after))


def exchange(*devices: Journal) -> None:
    """Send both ways until nothing new moves (a put-back can cause one more round)."""
    for _ in range(5):
        moved = 0
        for source in devices:
            for target in devices:
                if source is not target:
                    moved += send(source, target).applied
        if not moved:
            return
    raise AssertionError("devices kept sending changes to each other")


def journal_state(journal: Journal) -> dict[str, Any]:
    """What the person sees, as plain data, to compare devices."""
    return {
        "entries": {e.id: entry_values(e) for e in journal.entries.iter_all()},
        "settings": {
            k: v for k, v in journal.settings.as_dict().items() if k.startswith("support.")
        },
        "own": {r.id: r.definition for r in journal.own_exercises.all()},
        "conflicts": sorted(
            (c.entry_id, c.field, sorted(repr(v.value) for v in c.versions))
            for c in journal.sync.conflicts()
        ),
    }
