"""Choosing the window's language at start: kindspace's catalogue, Qt's own, and the locale.

The language is settled once, before any window is built, and a change in Settings applies
at the next start. Why not at once: dozens of views set text from Python after ``setupUi``;
retranslating every one of them live is easy to get half right, and a window in two languages
is worse than a short wait. The core's gettext catalogue follows the same answer
(:func:`kindspace.i18n.use_language`), so a message from the journal store matches its window.

``KINDSPACE_PSEUDO_TRANSLATE=1`` swaps in a pseudo-language that makes every text about 30%
longer, so layouts can be checked for cut-off words before real translations arrive.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from kindspace import i18n
from kindspace.language import SOURCE_LANGUAGE, resolve_language
from kindspace.paths import resource_path

CATALOGUE = "kindspace"
#: Qt's catalogue for its standard dialogs and buttons ("Abbrechen" on a Cancel button).
QT_CATALOGUES = ("qtbase",)
PSEUDO_VARIABLE = "KINDSPACE_PSEUDO_TRANSLATE"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Where kindspace's compiled ``.qm`` files live (shipped inside resources/)."""
    return resource_path("translations")


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_<lang>.qm`` may be: Qt's answer, then PySide6's folders."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    found = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [Path(found)] if found else []
    candidates += [package / "Qt" / "translations", package / "translations"]
    return [folder for folder in dict.fromkeys(candidates) if folder.is_dir()]


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks ``language`` (de_AT stays Austrian), else the
    language's usual one."""
    system = QLocale.system()
    if QLocale(language).language() == system.language():
        return system
    return QLocale(language)


def choose_language(preference: str) -> str:
    """The person's choice, else the first supported language the system prefers."""
    return resolve_language(preference, list(QLocale.system().uiLanguages()))


def install_language(language: str) -> str:
    """Speak ``language`` in Qt, in the core and in dates from now on; returns the language.

    Replaces whatever an earlier call installed. A missing catalogue is not an error: the
    English source text shows instead.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # English too: its catalogue holds the plural forms of the "%Ln entries" messages.
    own = QTranslator(app)
    if own.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        _installed.append(own)
    if language != SOURCE_LANGUAGE:
        for name in QT_CATALOGUES:
            for folder in qt_translations_dirs():
                qt = QTranslator(app)
                if qt.load(f"{name}_{language}", str(folder)):
                    _installed.append(qt)
                    break
    if os.environ.get(PSEUDO_VARIABLE) == "1":
        # Installed last, so asked first; it asks the real catalogue for plural forms.
        _installed.append(PseudoTranslator(_installed[0] if _installed else None, app))
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    i18n.use_language(language)
    return language


def start_language(preference: str) -> str:
    """Settle the language for this run from the saved preference (see the module note)."""
    return install_language(choose_language(preference))


class PseudoTranslator(QTranslator):
    """Every message about 30% longer, framed, so cut-off and untranslated text stand out.

    The padding goes at the end, so placeholders (``%1``, ``{name}``), mnemonics and markup
    keep working. Qt's own contexts (``QDialogButtonBox``…) are left alone: key names and
    layout direction are read back from them.
    """

    def __init__(self, plurals: QTranslator | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plurals = plurals

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if not source_text or context.startswith("Q") or source_text.startswith("<"):
            return source_text
        if n >= 0 and self._plurals is not None:
            source_text = (
                self._plurals.translate(context, source_text, disambiguation, n) or source_text
            )
        extra = max(2, round(len(source_text) * 0.3))
        return f"[{source_text}{'~' * extra}]"
