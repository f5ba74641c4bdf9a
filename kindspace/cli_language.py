"""Which language one run of the ``kindspace`` command speaks.

It has to be settled before the parser exists, because the parser's own words (help,
usage, errors) are in that language; so it reads ``--language`` and ``--data-dir`` from the
raw arguments. It lives apart from :mod:`kindspace.cli` so the entry point stays a thin
path from arguments to exit code, and apart from :mod:`kindspace.language` because only the
command line reads its choice from arguments.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from kindspace.language import (
    FOLLOW_SYSTEM,
    SUPPORTED_LANGUAGES,
    resolve_language,
    system_languages,
)

#: What ``--language`` accepts: a language, or following the system.
LANGUAGE_CHOICES = (FOLLOW_SYSTEM, *SUPPORTED_LANGUAGES)


def _option_value(argv: Sequence[str], option: str) -> str | None:
    """The last value given for ``option`` (as ``--option V`` or ``--option=V``), read before
    the parser exists: the parser's own words depend on the language."""
    found = None
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == option and index + 1 < len(argv):
            found = argv[index + 1]
        elif argument.startswith(option + "="):
            found = argument.partition("=")[2]
    return found


def cli_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language for this run: ``--language``, else the app's setting, else the system's.

    The setting is read from the journal's folder (``--data-dir``, ``KINDSPACE_DATA_DIR`` or
    the usual place) without unlocking anything: preferences are not secret. A folder that
    can't be read just means "no setting".
    """
    from kindspace.paths import DATA_DIR_ENV, default_data_dir
    from kindspace.preferences import saved_language

    env = os.environ if environ is None else environ
    chosen = _option_value(argv, "--language")
    if chosen is None or chosen not in LANGUAGE_CHOICES:
        given = _option_value(argv, "--data-dir") or env.get(DATA_DIR_ENV)
        data_dir = Path(given).expanduser() if given else default_data_dir()
        chosen = saved_language(data_dir)
    return resolve_language(chosen, system_languages(env))
