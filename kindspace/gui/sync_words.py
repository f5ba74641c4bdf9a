"""What the window says about sync: the quiet status line and the Sync page's device lines.

Why a module of its own: the same few sentences appear in the status bar, on the Sync page
and in what a screen reader hears, and "10 minutes ago" must be counted from the app's one
clock (the controller's), never from the computer's time read here. Every sentence goes
through Qt's translator, counts through its plural forms (``words.Counts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from PySide6.QtCore import QDate, QLocale, QTime

from kindspace.gui.words import counts, translate
from kindspace.sync.engine import DeviceStatus, SyncStatus

#: After an exchange this recent (and nothing waiting to go out) the line says "up to date".
UP_TO_DATE_FOR = timedelta(minutes=10)


class SyncState(Enum):
    """Which kind of sentence the status line shows; a change of kind is announced."""

    UP_TO_DATE = "up to date"
    ALONE = "alone"
    LAST_EXCHANGE = "last exchange"
    WAITING = "waiting"
    UNREACHABLE = "unreachable"
    PROBLEM = "problem"


@dataclass(frozen=True)
class SyncPicture:
    """What the window knows after the latest try: enough to word the line at any moment."""

    status: SyncStatus | None = None
    #: When the latest exchange that reached the folder ended (the controller's clock).
    exchanged_at: datetime | None = None
    reachable: bool = True
    #: A problem other than an unreachable folder, already worded for a person.
    problem: str | None = None


def other_devices(status: SyncStatus) -> list[DeviceStatus]:
    """The other devices still sharing (the ones that left no longer count)."""
    return [device for device in status.devices if not device.this_device and not device.left]


def ago(moment: datetime, now: datetime) -> str:
    """ "just now", "10 minutes ago", "3 hours ago", "2 days ago"; a moment ahead of
    ``now`` (another device's clock runs fast) is "just now", never "in 5 minutes"."""
    seconds = (now - moment).total_seconds()
    minutes = int(seconds // 60)
    if minutes < 1:
        return translate("SyncWords", "just now")
    if minutes < 60:
        return (
            translate("SyncWords", "a minute ago")
            if minutes == 1
            else counts().minutes_ago(minutes)
        )
    hours = minutes // 60
    if hours < 48:
        return translate("SyncWords", "an hour ago") if hours == 1 else counts().hours_ago(hours)
    return counts().days_ago(hours // 24)


def state_of(picture: SyncPicture, now: datetime) -> SyncState:
    if not picture.reachable:
        return SyncState.UNREACHABLE
    if picture.problem is not None:
        return SyncState.PROBLEM
    status = picture.status
    last = picture.exchanged_at or (status.last_exchange if status is not None else None)
    if status is None or last is None:
        return SyncState.WAITING
    if status.to_send or now - last > UP_TO_DATE_FOR:
        return SyncState.LAST_EXCHANGE
    return SyncState.UP_TO_DATE if other_devices(status) else SyncState.ALONE


def status_line(picture: SyncPicture, now: datetime) -> str:
    """The quiet line in the status bar (and at the top of the Sync page)."""
    state = state_of(picture, now)
    if state is SyncState.UNREACHABLE:
        return translate(
            "SyncWords",
            "The sync folder can't be reached right now — your journal is safe on this device",
        )
    if state is SyncState.PROBLEM:
        return translate(
            "SyncWords", "Sync couldn't finish just now — your journal is safe on this device"
        )
    status = picture.status
    if state is SyncState.WAITING or status is None:
        return translate("SyncWords", "Getting ready to exchange changes with your other devices")
    if state is SyncState.UP_TO_DATE:
        count = len(other_devices(status))
        return (
            translate("SyncWords", "Up to date with your other device")
            if count == 1
            else counts().up_to_date_with(count)
        )
    if state is SyncState.ALONE:
        return translate(
            "SyncWords", "Shared through the sync folder; no other device has joined yet"
        )
    last = picture.exchanged_at or status.last_exchange
    assert last is not None
    line = translate("SyncWords", "Last exchange {when}").format(when=ago(last, now))
    if status.to_send:
        line += " · " + waiting_out(status.to_send)
    return line


def waiting_out(count: int) -> str:
    return (
        translate("SyncWords", "1 change waiting to go out")
        if count == 1
        else counts().waiting_out(count)
    )


def pending_line(status: SyncStatus) -> str:
    """What is waiting either way, for the Sync page."""
    if not status.to_send and not status.to_receive:
        return translate("SyncWords", "Nothing is waiting to go out or come in.")
    parts = []
    if status.to_send:
        parts.append(waiting_out(status.to_send))
    if status.to_receive:
        parts.append(
            translate("SyncWords", "1 change waiting to come in")
            if status.to_receive == 1
            else counts().waiting_in(status.to_receive)
        )
    return " · ".join(parts) + "."


def when_text(moment: datetime, now: datetime, locale: QLocale | None = None) -> str:
    """A moment as a person reads it: "10 minutes ago" today, else a short date and time."""
    if now - moment < timedelta(hours=12):
        return ago(moment, now)
    locale = locale or QLocale()
    local = moment.astimezone(now.tzinfo)
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return translate("SyncWords", "{day}, {time}").format(day=day, time=time)


def device_line(device: DeviceStatus, now: datetime) -> str:
    """One row of the Sync page's device list."""
    if device.last_seen is None and not device.label:
        return translate("SyncWords", "A device whose details haven't arrived yet")
    name = device.label or translate("SyncWords", "A device")
    if device.this_device:
        name = translate("SyncWords", "{name} (this device)").format(name=name)
    parts = [name]
    if device.last_seen is not None:
        parts.append(
            translate("SyncWords", "last exchange {when}").format(
                when=when_text(device.last_seen, now)
            )
        )
    if device.left:
        parts.append(translate("SyncWords", "stopped sharing"))
    elif device.behind:
        parts.append(
            translate("SyncWords", "yet to take in 1 change from here")
            if device.behind == 1
            else counts().yet_to_take_in(device.behind)
        )
    return " · ".join(parts)
