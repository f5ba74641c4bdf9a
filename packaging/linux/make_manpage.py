"""Print a manual page (groff) for ``kindspace`` made from the program's own ``--help``.

Why generated: a hand-written page drifts from the real options; the help text is what the
program actually accepts. Used by packaging/build-linux.sh:

    python packaging/linux/make_manpage.py PROGRAM VERSION DATE > kindspace.1
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence


def roff_text(line: str) -> str:
    """One line of plain text made safe for groff: backslashes escaped, and a line that
    starts with a dot or an apostrophe (a groff request) protected by a zero-width mark."""
    line = line.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + line if line.startswith((".", "'")) else line


def manpage(help_text: str, version: str, date: str) -> str:
    lines = [
        f'.TH KINDSPACE 1 "{date}" "kindspace {version}" "User Commands"',
        ".SH NAME",
        "kindspace \\- private companion for practising self\\-compassion",
        ".SH SYNOPSIS",
        ".B kindspace",
        "[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR ...]",
        ".SH DESCRIPTION",
        "Without a command, kindspace opens its window. With a command, it works on the",
        "encrypted journal from the terminal. The text below is what",
        ".B kindspace \\-\\-help",
        "prints; every command also takes",
        ".BR \\-\\-help .",
        ".PP",
        ".nf",
        *(roff_text(line) for line in help_text.rstrip("\n").splitlines()),
        ".fi",
        ".SH FILES",
        "The journal lives in the per-user data folder",
        "(\\fI~/.local/share/kindspace\\fR, or \\fI$XDG_DATA_HOME/kindspace\\fR),",
        "unless \\fB\\-\\-data\\-dir\\fR or \\fBKINDSPACE_DATA_DIR\\fR says otherwise.",
        ".SH SEE ALSO",
        ".B kindspace \\-\\-self\\-test",
        "checks that this installation works, with a temporary journal.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str]) -> int:
    if len(argv) != 3:
        sys.stderr.write("usage: make_manpage.py PROGRAM VERSION DATE\n")
        return 2
    program, version, date = argv
    result = subprocess.run(
        [program, "--help"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "COLUMNS": "78"},
    )
    sys.stdout.write(manpage(result.stdout, version, date))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
