"""The window's language: Qt's and kindspace's catalogues load, the locale follows, and the
choice survives a restart. Dates in views and the PDF come from the locale, not English."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from kindspace import i18n
from kindspace.gui import translation
from kindspace.gui.calendar import EntryCalendar
from kindspace.gui.pdf_export import export_pdf
from kindspace.gui.translation import PseudoTranslator, install_language, start_language
from kindspace.gui.words import translate
from kindspace.journal.journal import Journal
from kindspace.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES
from kindspace.preferences import load_preferences, save_preferences
from kindspace.transfer.selection import parse_parts

OTHER_LANGUAGES = [code for code in SUPPORTED_LANGUAGES if code != SOURCE_LANGUAGE]
#: Qt's own word for Cancel, which only its qtbase catalogue knows.
QT_CANCEL = {"en": "Cancel", "de": "Abbrechen", "es": "Cancelar"}
MADRID = timezone(timedelta(hours=1))


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text().replace("&", "")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_each_language_loads_qt_s_catalogue_and_sets_the_locale(
    qapp: QApplication, language: str
) -> None:
    assert install_language(language) == language
    assert cancel_text() == QT_CANCEL[language]
    assert QLocale().language() == QLocale(language).language()
    assert i18n.current_language() == language


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_kindspace_s_own_catalogue_ships_and_loads(qapp: QApplication, language: str) -> None:
    catalogue = QTranslator()
    assert catalogue.load(f"kindspace_{language}", str(translation.translations_dir()))
    assert catalogue.language().startswith(language)


def test_switching_back_to_english_removes_every_translator(qapp: QApplication) -> None:
    install_language("de")
    install_language("en")
    assert cancel_text() == "Cancel"


def test_the_language_choice_survives_a_restart(qapp: QApplication, tmp_path: Path) -> None:
    save_preferences(tmp_path, load_preferences(tmp_path).with_changes(language="es"))
    assert load_preferences(tmp_path).language == "es"
    assert start_language(load_preferences(tmp_path).language) == "es"
    assert cancel_text() == "Cancelar"


def test_following_the_system_uses_its_language(qapp: QApplication) -> None:
    """The C locale of the test machine names no language kindspace speaks: English."""
    assert translation.choose_language("system") in SUPPORTED_LANGUAGES
    assert translation.choose_language("de") == "de"


def test_a_region_s_locale_is_kept_when_it_speaks_the_language() -> None:
    assert translation.locale_for("de").language() == QLocale.Language.German
    assert translation.locale_for("es").language() == QLocale.Language.Spanish


def test_the_calendar_week_starts_where_the_locale_says(qapp: QApplication) -> None:
    install_language("de")
    assert EntryCalendar().firstDayOfWeek() == Qt.DayOfWeek.Monday
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert EntryCalendar().firstDayOfWeek() == Qt.DayOfWeek.Sunday


@pytest.mark.parametrize(
    ("language", "day_line"),
    [
        ("de", "Sonntag, 7. Dezember 2025, 21:00"),
        ("es", "domingo, 7 de diciembre de 2025, 21:00"),
        ("en", "Sunday, 7 December 2025, 21:00"),
    ],
)
def test_the_pdf_writes_dates_in_the_language(
    qapp: QApplication, journal: Journal, tmp_path: Path, language: str, day_line: str
) -> None:
    install_language(language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    journal.entries.create(body="Evening.", written_at=datetime(2025, 12, 7, 21, 0, tzinfo=MADRID))
    target = tmp_path / f"{language}.pdf"
    export_pdf(journal, target, parts=parse_parts("date,body"))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert day_line in text
    english = ("Sunday", "December") if language != "en" else ()
    assert not any(word in text for word in english), text


def test_the_pseudo_language_lengthens_kindspace_s_words_only(qapp: QApplication) -> None:
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    try:
        longer = translate("Dates", "MMMM yyyy", "Qt date pattern: a month and its year")
        assert longer.startswith("[MMMM yyyy") and len(longer) >= len("MMMM yyyy") * 1.3
        label = QLabel()
        label.setText(translate("Calendar", "Previous month"))
        assert label.text().startswith("[Previous month~")
        assert cancel_text() == "Cancel"  # Qt's own contexts stay as they are
    finally:
        qapp.removeTranslator(pseudo)


def test_settings_offers_each_language_in_its_own_name(qapp: QApplication) -> None:
    from kindspace.gui.settings_dialog import AppearancePage
    from kindspace.preferences import Preferences

    page = AppearancePage(Preferences(language="de"))
    choice = page.ui.languageChoice
    labels = [choice.itemText(index) for index in range(choice.count())]
    assert labels == ["Follow the system", "English", "Deutsch", "Español"]
    assert choice.currentText() == "Deutsch"
    assert "next time kindspace starts" in page.ui.languageHint.text()
    chosen: list[str] = []
    page.language_chosen.connect(chosen.append)
    choice.setCurrentIndex(choice.findData("es"))
    choice.setCurrentIndex(choice.findData("system"))
    assert chosen == ["es", "system"]


@pytest.mark.parametrize(
    ("language", "heading", "month", "weekday"),
    [
        ("de", "Sonntag, 7. Dezember 2025", "Dez", "Mo"),
        ("es", "domingo, 7 de diciembre de 2025", "dic", "lun"),
    ],
)
def test_views_write_days_months_and_weekdays_in_the_language(
    qapp: QApplication, language: str, heading: str, month: str, weekday: str
) -> None:
    from datetime import date

    from kindspace.gui.day_list import day_heading
    from kindspace.gui.insights_calendar import month_labels, weekday_labels

    install_language(language)
    assert day_heading(date(2025, 12, 7), date(2026, 1, 1), 0) == heading
    assert month_labels()[11].lower().startswith(month.lower())
    assert weekday_labels()[0].lower().startswith(weekday.lower())
    assert not {"Dec", "Mon"} & {month_labels()[11], weekday_labels()[0]}
