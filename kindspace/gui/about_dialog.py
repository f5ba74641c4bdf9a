"""About kindspace: its version and the people whose ideas and work it builds on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kindspace import APP_NAME, __version__
from kindspace.gui.forms.ui_about import Ui_AboutDialog
from kindspace.gui.typography import HEADING, scale_font
from kindspace.gui.words import translate
from kindspace.localized import localized_path


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(translate("AboutDialog", "About {app}").format(app=APP_NAME))
        scale_font(self.ui.appName, HEADING, bold=True)
        self.ui.version.setText(
            translate("AboutDialog", "Version {version}").format(version=__version__)
        )
        self.ui.credits.setOpenLinks(False)
        try:
            credits = localized_path("credits.md").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            credits = translate(
                "AboutDialog",
                "The credits could not be read from this copy of kindspace.",
            )
        self.ui.credits.setMarkdown(credits)
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("AboutDialog", "Close"))
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.accepted.connect(self.accept)
