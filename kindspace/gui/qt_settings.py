"""Qt's own settings (QtProject.conf) live in kindspace's private folder, not in ~/.config.

Why: ``QFileDialog`` remembers the last folder it showed (``lastVisited``, plus the history
and sidebar) in ``QSettings(UserScope, "QtProject")``, which Qt writes to
``~/.config/QtProject.conf``, readable by everyone (0644). For kindspace that is where the
person exported their journal or kept a recovery key. Pointing Qt's user-scope settings
path at a folder inside the journal's own 0700 folder keeps that record private, and the
file is created 0600 first: Qt replaces it through QSaveFile, which keeps the permissions
of the file it replaces.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from kindspace.paths import PRIVATE_FILE_MODE, ensure_private_dir, make_private

QT_SETTINGS_DIR = "qt-settings"
#: The organisation name Qt's own classes (QFileDialog, QColorDialog) use for their settings.
QT_ORGANISATION = "QtProject"


def keep_qt_settings_private(data_dir: Path) -> Path:
    """Send Qt's user-scope settings to ``data_dir/qt-settings``; returns that folder."""
    folder = ensure_private_dir(data_dir / QT_SETTINGS_DIR)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    conf = folder / f"{QT_ORGANISATION}.conf"
    if not conf.exists():
        fd = os.open(conf, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
    make_private(conf)
    return folder
