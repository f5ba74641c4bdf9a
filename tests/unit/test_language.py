"""One language for every face: the person's choice, else the system's, else English."""

from __future__ import annotations

import pytest

from kindspace.language import language_of_tag, resolve_language, system_languages
from kindspace.preferences import Preferences, load_preferences, save_preferences


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("de_AT.UTF-8", "de"),
        ("es-MX", "es"),
        ("en_GB", "en"),
        ("de_CH@euro", "de"),
        ("fr_FR.UTF-8", None),
        ("C.UTF-8", None),
    ],
)
def test_a_locale_tag_names_its_language(tag: str, expected: str | None) -> None:
    assert language_of_tag(tag) == expected


def test_a_chosen_language_wins_over_the_system() -> None:
    assert resolve_language("es", ["de_DE"]) == "es"


def test_the_first_supported_system_language_is_followed() -> None:
    assert resolve_language("system", ["fr_FR", "es_AR", "de_DE"]) == "es"


def test_english_when_nothing_supported_is_asked_for() -> None:
    assert resolve_language("system", ["fr_FR", "ja_JP"]) == "en"
    assert resolve_language("klingon", []) == "en"


def test_language_lists_and_c_locales_are_read_in_posix_order() -> None:
    env = {"LANGUAGE": "de:en", "LC_ALL": "C", "LANG": "es_ES.UTF-8"}
    assert system_languages(env) == ["de", "en", "es_ES.UTF-8"]
    assert resolve_language("system", system_languages({"LC_ALL": "C", "LANG": "es_ES"})) == "es"


def test_the_language_choice_survives_a_restart_and_a_bad_value_falls_back(tmp_path) -> None:
    save_preferences(tmp_path, Preferences().with_changes(language="de"))
    assert load_preferences(tmp_path).language == "de"
    assert Preferences().with_changes(language="xx").language == "system"


def test_core_messages_fall_back_to_english_and_follow_the_chosen_language() -> None:
    from kindspace import i18n

    try:
        i18n.use_language("fr")
        assert i18n.current_language() == "en"
        assert i18n._("Your journal is locked.") == "Your journal is locked."
        i18n.use_language("de")
        assert i18n.current_language() == "de"
        assert i18n.ngettext("one entry", "{n} entries", 1) == "one entry"
        assert i18n.ngettext("one entry", "{n} entries", 2) == "{n} entries"
    finally:
        i18n.use_language("en")
