"""Fill ``@NAME@`` placeholders in a template: ``fill.py TEMPLATE NAME=VALUE ...`` > output.

Why not sed: the values (a maintainer's address, a Depends line with ``|`` and ``>=``) are
full of characters that sed would need escaped. A placeholder left unfilled is an error, so
a renamed one cannot slip into a package.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path


def fill(template: str, values: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"no value given for @{name}@")
        return values[name]

    return re.sub(r"@([A-Z_]+)@", value, template)


def main(argv: Sequence[str]) -> int:
    if not argv:
        sys.stderr.write("usage: fill.py TEMPLATE NAME=VALUE ...\n")
        return 2
    values = dict(pair.split("=", 1) for pair in argv[1:])
    sys.stdout.write(fill(Path(argv[0]).read_text(encoding="utf-8"), values))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
