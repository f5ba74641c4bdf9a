"""The script PyInstaller freezes: the packaged ``kindspace`` is exactly the console script.

Why a separate file rather than ``kindspace/__main__.py``: the spec needs a plain script
path, and keeping it here keeps packaging concerns out of the package itself.
"""

import sys

from kindspace.cli import main

if __name__ == "__main__":
    sys.exit(main())
