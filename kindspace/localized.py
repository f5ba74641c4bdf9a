"""Content files in the person's language, with English beside them as the fallback.

English stays where it always was (``resources/exercises/rain.toml``); each translation
mirrors that path below ``resources/l10n/<lang>/`` (``resources/l10n/de/exercises/rain.toml``).
Why per file and not per language: a language can grow one file at a time, and a file not
yet translated (or removed by mistake) shows in English rather than leaving a hole. Only the
English files decide *which* content exists, because saved journal entries refer to exercise
ids, step ids and Learn slugs, and those must mean the same thing in every language.

Kept free of Qt: the GUI, the CLI and the locked support page all read content through here.
"""

from __future__ import annotations

from pathlib import Path

from kindspace.i18n import current_language
from kindspace.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES
from kindspace.paths import resource_path

#: The folder below ``resources/`` that holds one folder of translated content per language.
TRANSLATIONS_FOLDER = "l10n"


def content_language(language: str | None = None) -> str:
    """The language whose files to read: the one asked for, else the app's current one.

    An unsupported language reads English, never an empty page.
    """
    chosen = current_language() if language is None else language
    return chosen if chosen in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE


def translation_root(language: str) -> Path:
    """Where ``language``'s translated content lives (it may not exist yet)."""
    return resource_path(TRANSLATIONS_FOLDER, language)


def localized_path(*parts: str, language: str | None = None) -> Path:
    """The file ``resources/<parts>`` in ``language``, or the English one when it has none."""
    chosen = content_language(language)
    if chosen != SOURCE_LANGUAGE:
        translated = translation_root(chosen).joinpath(*parts)
        if translated.is_file():
            return translated
    return resource_path(*parts)


def localized_files(folder: str, pattern: str, language: str | None = None) -> list[Path]:
    """Every English file in ``resources/<folder>`` matching ``pattern``, each in ``language``
    where a translation exists. A translated file with no English original is ignored."""
    return [
        localized_path(folder, path.name, language=language)
        for path in sorted(resource_path(folder).glob(pattern))
    ]
