"""Screenshots of the import and export dialogs, for the screenshots command.

The import is shown with a small jrnl file written for this purpose into a temporary
folder (removed afterwards), so the preview has something real to describe; nothing is
imported, so the sample journal stays as the other screenshots expect it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from kindspace.gui.export_dialog import ExportDialog
from kindspace.gui.import_dialog import ImportDialog
from kindspace.gui.main_window import MainWindow
from kindspace.journal.journal import Journal

SAMPLE_JRNL = """\
[2025-03-02 21:10] A gentle evening.
I made soup and called my sister. @home

[2025-03-05 07:45] Morning walk before work.
Frost on the grass. I went slowly and that was fine. @walk

[2025-03-09 22:05] Tired, and that's allowed.
Early night.
"""
BROKEN_JSON = '{"format": "kindspace-export", "entries": ['
#: A Day One classic entry, and one that lost its opening lines (as a half-synced copy can).
SAMPLE_DOENTRY = """\
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>Creation Date</key><date>2025-03-04T19:20:00Z</date>
<key>Entry Text</key><string>Rain all day. I let it be a quiet one.</string>
<key>Time Zone</key><string>Europe/Berlin</string>
<key>UUID</key><string>0A1B2C3D4E5F60718293A4B5C6D7E8F9</string>
</dict></plist>
"""
DAMAGED_DOENTRY = "<dict>\n<key>Creation Date</key>\n<date>2025-03-06T08:00:00Z</date>\n"
#: How long to wait for a file to be read before shooting anyway, in seconds.
READ_WAIT_S = 10.0


def shoot_transfer(
    scheme: str,
    window: MainWindow,
    journal: Journal,
    screen: QSize,
    shoot: Callable[[str, QWidget], None],
) -> None:
    """Shoot the export dialog, sized for ``screen`` as it sizes itself, and the import
    dialog (a preview and a file it can't read)."""
    export = ExportDialog(journal, None, today=journal.clock().date(), parent=window)
    export.ui.pdfChoice.setChecked(True)
    export.fit_to_screen(screen)
    shoot(f"export-{scheme}", export)
    export.hide()
    export.deleteLater()
    with tempfile.TemporaryDirectory(prefix="kindspace-shots-import-") as temp:
        sample = Path(temp) / "journal.txt"
        sample.write_text(SAMPLE_JRNL, encoding="utf-8")
        broken = Path(temp) / "old-export.json"
        broken.write_text(BROKEN_JSON, encoding="utf-8")
        entries = Path(temp) / "Journal.dayone" / "entries"
        entries.mkdir(parents=True)
        (entries / "0A1B2C3D4E5F60718293A4B5C6D7E8F9.doentry").write_text(SAMPLE_DOENTRY)
        (entries / "9F8E7D6C5B4A30211203F4E5D6C7B8A9.doentry").write_text(DAMAGED_DOENTRY)
        shots = (
            ("import", sample),
            ("import-problem", broken),
            ("import-choice", entries.parent),
        )
        for name, path in shots:
            dialog = ImportDialog(journal, window)
            dialog.resize(620, 400)
            dialog.use_source(path)
            dialog.finish_reading(READ_WAIT_S)
            shoot(f"{name}-{scheme}", dialog)
            dialog.abandon()
            dialog.deleteLater()
