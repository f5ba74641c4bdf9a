"""The file dialogs' memory of folders (Qt's QtProject.conf) stays in kindspace's 0700 folder.

A real app process is used: Qt reads XDG_CONFIG_HOME once per process, so only a fresh one
shows where a person's QtProject.conf would really be written.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.helpers.journals import make_passphrase_journal

DEADLINE_S = 120.0

USE_BOTH_DIALOGS = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent
from kindspace.gui.app import application
from kindspace.gui.controller import AppController
from kindspace.gui.unlock import PASSPHRASE
from kindspace.journal.keyring_store import KeyringCheck
from tests.helpers.journals import PASSPHRASE as SECRET

data_dir, exports = Path(sys.argv[1]), Path(sys.argv[2])
app = application()
controller = AppController(app, data_dir, keyring_check=KeyringCheck(None, "no keyring"))
controller.start()
controller.unlock(SECRET, PASSPHRASE)
assert controller.journal is not None

controller.window.ui.actionExport.trigger()
export = controller.transfer.export_dialog
export.ui.chooseDestinationButton.click()
chooser = export.file_dialog
chooser.setDirectory(str(exports))
chooser.selectFile(str(exports / "chosen.json"))
chooser.accept()
export.reject()

controller.window.ui.actionImport.trigger()
importer = controller.transfer.import_dialog
importer.ui.chooseFolderButton.click()
chooser = importer.file_dialog
chooser.setDirectory(str(exports))
chooser.reject()
importer.reject()

QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # dialogs save on delete
controller.quit()
print("done")
"""


def test_file_dialogs_remember_folders_only_inside_the_private_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    make_passphrase_journal(data_dir)
    home, config = tmp_path / "home", tmp_path / "config"
    exports = tmp_path / "where-i-export"
    for folder in (home, config, exports):
        folder.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    result = subprocess.run(
        [sys.executable, "-c", USE_BOTH_DIALOGS, str(data_dir), str(exports)],
        env=env,
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
    )
    assert result.stdout.strip().endswith("done"), result.stderr

    outside = [p for root in (home, config) for p in root.rglob("*") if p.is_file()]
    assert outside == []
    inside = list(data_dir.rglob("QtProject.conf"))
    assert len(inside) == 1
    conf = inside[0]
    assert "where-i-export" in conf.read_text()  # the dialogs did remember the folder
    assert stat.S_IMODE(conf.stat().st_mode) == 0o600
    assert stat.S_IMODE(conf.parent.stat().st_mode) == 0o700
    for path in data_dir.rglob("*"):
        if path.is_file() and path.suffix == ".conf":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
