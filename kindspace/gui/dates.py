"""Dates and times written the locale's way: names, order and week start from QLocale.

Why not ``strftime``: its ``%A``/``%B`` follow the C library's locale (English in most
processes), while the window speaks the person's language. ``QLocale()`` is the default that
``kindspace.gui.translation`` sets at start, so every view agrees.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from kindspace.gui.words import translate

LONG = QLocale.FormatType.LongFormat
SHORT = QLocale.FormatType.ShortFormat


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date, locale: QLocale | None = None) -> str:
    """Weekday, day, month and year ("Sonntag, 6. Dezember 2026")."""
    return (locale or QLocale()).toString(qdate(day), LONG)


def day_month_year(day: date, locale: QLocale | None = None) -> str:
    """Day, month name and year without the weekday ("6. Dezember 2026", "6 December 2026")."""
    return (locale or QLocale()).toString(qdate(day), _without_weekday(locale or QLocale()))


def month_year(day: date, locale: QLocale | None = None) -> str:
    """Month name and year ("Dezember 2026", "diciembre de 2026").

    Qt has no month-and-year format, so the pattern is a message translators can adapt.
    """
    pattern = translate("Dates", "MMMM yyyy", "Qt date pattern: a month and its year")
    return (locale or QLocale()).toString(qdate(day), pattern)


def weekday_day_month(day: date, locale: QLocale | None = None) -> str:
    """Weekday, day and month without the year ("Sunday 6 December", "domingo 6 de diciembre")."""
    pattern = translate("Dates", "dddd d MMMM", "Qt date pattern: weekday, day and month")
    return (locale or QLocale()).toString(qdate(day), pattern)


def short_date(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(qdate(day), SHORT)


def clock_time(moment: datetime | time, locale: QLocale | None = None) -> str:
    """Hours and minutes the locale's way (24-hour in German, "3:05 PM" in the US)."""
    return (locale or QLocale()).toString(QTime(moment.hour, moment.minute), SHORT)


def weekday_name(day: date, locale: QLocale | None = None, *, short: bool = False) -> str:
    """The day's name; Python counts Monday as 0, Qt as 1."""
    return (locale or QLocale()).dayName(day.isoweekday(), SHORT if short else LONG)


def month_name(month: int, locale: QLocale | None = None, *, short: bool = False) -> str:
    return (locale or QLocale()).monthName(month, SHORT if short else LONG)


def _without_weekday(locale: QLocale) -> str:
    """The locale's long date pattern with the weekday (and the comma after it) left out."""
    pattern = locale.dateFormat(LONG)
    for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return pattern.strip(" ,")
