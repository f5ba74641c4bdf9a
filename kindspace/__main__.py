"""Lets ``python -m kindspace`` behave exactly like the ``kindspace`` command."""

import sys

from kindspace.cli import main

if __name__ == "__main__":
    sys.exit(main())
