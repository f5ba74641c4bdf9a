"""The desktop app: the only package that imports PySide6.

Nothing outside this package may import it (tests/unit/test_architecture.py checks), and the
command line imports it only when asked to start the app, so every other command runs on
machines without a display.
"""

from kindspace.gui.pyside_sources import forget_sources_pyside_reads

forget_sources_pyside_reads()  # first, so every module after PySide is covered
