"""Wall-clock times in real zones: skipped and repeated hours, and finding the computer's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindspace.reminders import wall_clock
from kindspace.reminders.wall_clock import local_now, local_zone, resolve_wall_time

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def test_an_ordinary_time() -> None:
    moment = resolve_wall_time(date(2024, 6, 3), time(10, 0), BERLIN)
    assert moment == datetime(2024, 6, 3, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "day", "at", "utc"),
    [
        (BERLIN, date(2024, 3, 31), time(2, 0), datetime(2024, 3, 31, 1, 0, tzinfo=UTC)),
        (BERLIN, date(2024, 3, 31), time(2, 30), datetime(2024, 3, 31, 1, 0, tzinfo=UTC)),
        (BERLIN, date(2024, 3, 31), time(2, 59), datetime(2024, 3, 31, 1, 0, tzinfo=UTC)),
        (NEW_YORK, date(2024, 3, 10), time(2, 30), datetime(2024, 3, 10, 7, 0, tzinfo=UTC)),
    ],
)
def test_a_skipped_time_becomes_the_moment_the_clocks_jump(
    zone: ZoneInfo, day: date, at: time, utc: datetime
) -> None:
    moment = resolve_wall_time(day, at, zone)
    assert moment == utc
    assert moment.astimezone(zone).time() == time(3, 0)


@pytest.mark.parametrize(
    ("zone", "day", "at", "utc"),
    [
        (BERLIN, date(2024, 10, 27), time(2, 30), datetime(2024, 10, 27, 0, 30, tzinfo=UTC)),
        (NEW_YORK, date(2024, 11, 3), time(1, 30), datetime(2024, 11, 3, 5, 30, tzinfo=UTC)),
    ],
)
def test_a_repeated_time_is_its_first_occurrence(
    zone: ZoneInfo, day: date, at: time, utc: datetime
) -> None:
    assert resolve_wall_time(day, at, zone) == utc


def test_a_whole_skipped_day() -> None:
    # Samoa went from 29 December 2011 straight to 31 December.
    apia = ZoneInfo("Pacific/Apia")
    moment = resolve_wall_time(date(2011, 12, 30), time(10, 0), apia)
    assert moment.astimezone(apia).replace(tzinfo=None) == datetime(2011, 12, 31, 0, 0)


def test_a_fixed_offset_zone() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert resolve_wall_time(date(2024, 3, 31), time(2, 30), plus_two) == datetime(
        2024, 3, 31, 0, 30, tzinfo=UTC
    )


ZONES = sorted(
    z for z in available_timezones() if z.startswith(("Europe/", "America/", "Australia/", "Asia/"))
)


@settings(max_examples=300)
@given(st.sampled_from(ZONES), st.dates(date(1990, 1, 1), date(2037, 12, 31)), st.times())
def test_the_moment_shows_the_asked_time_or_the_first_time_after_a_gap(
    zone_name: str, day: date, at: time
) -> None:
    zone = ZoneInfo(zone_name)
    at = at.replace(second=0, microsecond=0)
    moment = resolve_wall_time(day, at, zone)
    wall = moment.astimezone(zone).replace(tzinfo=None)
    asked = datetime.combine(day, at)
    assert wall >= asked
    if wall != asked:  # a gap: just before the moment, the clocks showed an earlier time
        before = (moment - timedelta(seconds=1)).astimezone(zone).replace(tzinfo=None)
        assert before < asked


def test_tz_naming_a_zone_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert local_zone() == NEW_YORK
    now = local_now(datetime(2024, 6, 3, 12, 0, tzinfo=UTC))
    assert now.tzinfo == NEW_YORK and now.hour == 8


def test_tz_naming_a_zone_file(monkeypatch: pytest.MonkeyPatch) -> None:
    berlin_file = Path("/usr/share/zoneinfo/Europe/Berlin")
    if not berlin_file.exists():
        pytest.skip("this system keeps no zone files")
    monkeypatch.setenv("TZ", f":{berlin_file}")
    zone = local_zone()
    assert datetime(2024, 6, 3, 12, tzinfo=zone).utcoffset() == timedelta(hours=2)


def test_the_system_zone_file_is_read_when_tz_says_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    berlin_file = Path("/usr/share/zoneinfo/Europe/Berlin")
    if not berlin_file.exists():
        pytest.skip("this system keeps no zone files")
    monkeypatch.delenv("TZ", raising=False)
    linked = tmp_path / "localtime"
    linked.symlink_to(berlin_file)
    monkeypatch.setattr(wall_clock, "_SYSTEM_ZONE_FILE", linked)
    assert local_zone() == BERLIN
    copied = tmp_path / "copied"
    copied.write_bytes(berlin_file.read_bytes())  # some systems copy the file instead
    monkeypatch.setattr(wall_clock, "_SYSTEM_ZONE_FILE", copied)
    zone = local_zone()
    assert datetime(2024, 1, 3, 12, tzinfo=zone).utcoffset() == timedelta(hours=1)
    assert datetime(2024, 6, 3, 12, tzinfo=zone).utcoffset() == timedelta(hours=2)


def test_without_zone_data_the_offset_is_still_right(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TZ", "CET-1CEST")  # a POSIX rule, not a zone name
    monkeypatch.setattr(wall_clock, "_SYSTEM_ZONE_FILE", tmp_path / "missing")
    zone = local_zone()
    now = datetime.now(UTC)
    assert now.astimezone(zone).utcoffset() == now.astimezone().utcoffset()
