"""The "how and where" part of File ▸ Export: the format, the parts of each entry, the place
to write, and whether what is already there may be replaced.

Why its own module: these choices are a job of their own (a format whose description wraps
beside it, parts to tick, a file or folder name that follows the format, a plain question
before anything the person has is replaced), apart from which entries are chosen
(:mod:`kindspace.gui.export_selection`) and how the writing runs and reports
(:mod:`kindspace.gui.export_run`). The dialog in :mod:`kindspace.gui.export_dialog`
brings them together.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kindspace.gui import typography
from kindspace.gui.export_selection import EntryChooser, leaving_text
from kindspace.gui.forms.ui_export_dialog import Ui_ExportDialog
from kindspace.gui.words import translate
from kindspace.transfer.selection import EntryPart, ExportFormat

SUFFIXES = {ExportFormat.JSON: ".json", ExportFormat.MARKDOWN: "", ExportFormat.PDF: ".pdf"}


def suggested_destination(export_format: ExportFormat, today: date, folder: Path) -> Path:
    return folder / f"kindspace {today.isoformat()}{SUFFIXES[export_format]}"


def describe(choice: QRadioButton, about: QLabel) -> None:
    """A format's description, under its name and in line with it, in the quieter colour
    of explanations; a screen reader hears it with the choice. A description of its own
    wraps, where words on the radio button itself would run past the dialog's edge."""
    typography.quiet(about)
    option = QStyleOptionButton()
    choice.initStyleOption(option)
    words = choice.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, choice)
    about.setIndent(words.left())
    choice.setAccessibleDescription(about.text())


class ExportChoices:
    """Keeps the dialog's format, parts and destination, and says what will leave."""

    def __init__(
        self,
        ui: Ui_ExportDialog,
        dialog: QDialog,
        chooser: EntryChooser,
        *,
        today: date,
        folder: Path,
    ) -> None:
        self.ui = ui
        self._dialog = dialog
        self._chooser = chooser
        self._today = today
        self._folder = folder
        self.file_dialog: QFileDialog | None = None
        self._parts = {
            EntryPart.DATE: ui.partDate,
            EntryPart.TITLE: ui.partTitle,
            EntryPart.BODY: ui.partBody,
            EntryPart.ANSWERS: ui.partAnswers,
            EntryPart.RATINGS: ui.partRatings,
            EntryPart.TAGS: ui.partTags,
        }
        chooser.changed.connect(self.update_leaving)
        for box in self._parts.values():
            box.toggled.connect(self.update_leaving)
        ui.destination.setText(str(self.suggestion(ExportFormat.JSON)))
        for choice in (ui.jsonChoice, ui.markdownChoice, ui.pdfChoice):
            choice.toggled.connect(self.follow_format)
        ui.chooseDestinationButton.clicked.connect(self.choose_destination)
        for choice, about in (
            (ui.jsonChoice, ui.jsonAbout),
            (ui.markdownChoice, ui.markdownAbout),
            (ui.pdfChoice, ui.pdfAbout),
        ):
            describe(choice, about)

    def chosen_format(self) -> ExportFormat:
        if self.ui.markdownChoice.isChecked():
            return ExportFormat.MARKDOWN
        if self.ui.pdfChoice.isChecked():
            return ExportFormat.PDF
        return ExportFormat.JSON

    def parts(self) -> frozenset[EntryPart]:
        return frozenset(part for part, box in self._parts.items() if box.isChecked())

    def destination(self) -> Path | None:
        text = self.ui.destination.text().strip()
        return Path(text).expanduser() if text else None

    def suggestion(self, export_format: ExportFormat) -> Path:
        return suggested_destination(export_format, self._today, self._folder)

    def follow_format(self, _checked: bool = True) -> None:
        """Print only for a PDF, a folder for Markdown, and the ending that fits the format."""
        chosen = self.chosen_format()
        self.ui.printButton.setVisible(chosen is ExportFormat.PDF)
        self.ui.destinationLabel.setText(
            translate("ExportDialog", "&Save in folder")
            if chosen is ExportFormat.MARKDOWN
            else translate("ExportDialog", "&Save to")
        )
        current = self.destination()
        if current is None:
            return
        # Keep the person's own name and place; only the ending follows the format.
        stem = current.name
        for suffix in SUFFIXES.values():
            if suffix and stem.lower().endswith(suffix):
                stem = stem[: -len(suffix)]
        self.ui.destination.setText(str(current.with_name(stem + SUFFIXES[chosen])))

    def update_leaving(self, _checked: bool = True) -> None:
        """Say, before anything is written, how many entries and which parts will leave."""
        self.ui.leavingText.setText(leaving_text(self._chooser.count(), self.parts()))

    def choose_destination(self) -> None:
        """The system's file dialog where there is one (Qt's own elsewhere, as in tests)."""
        chosen = self.chosen_format()
        dialog = QFileDialog(
            self._dialog,
            translate("ExportDialog", "Choose a folder")
            if chosen is ExportFormat.MARKDOWN
            else translate("ExportDialog", "Save as"),
        )
        dialog.setObjectName("exportDestinationDialog")
        current = self.destination() or self.suggestion(chosen)
        if chosen is ExportFormat.MARKDOWN:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.setDirectory(str(current.parent))
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            # The dialog asks nothing itself; :func:`may_replace` asks before replacing a file.
            dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
            dialog.setNameFilter(
                translate("ExportDialog", "PDF (*.pdf)")
                if chosen is ExportFormat.PDF
                else translate("ExportDialog", "JSON (*.json)")
            )
            dialog.setDefaultSuffix(SUFFIXES[chosen].lstrip("."))
            dialog.setDirectory(str(current.parent))
            dialog.selectFile(current.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.ui.destination.setText)
        self.file_dialog = dialog
        dialog.open()


def may_replace(parent: QWidget, path: Path, chosen: ExportFormat) -> bool | None:
    """False when nothing is in the way, True when the person agreed to replace, None when
    they would rather keep what is there."""
    if chosen is ExportFormat.MARKDOWN:
        if not path.is_dir() or not any(path.iterdir()):
            return False
        question = translate("ExportDialog", "The folder {name} already holds files.").format(
            name=path.name
        )
        detail = translate(
            "ExportDialog",
            "Files with the same names as the new ones will be replaced. Write into it?",
        )
    else:
        if not path.exists():
            return False
        question = translate("ExportDialog", "{name} already exists.").format(name=path.name)
        detail = translate(
            "ExportDialog",
            "Replacing it can't be undone. Replace it with this export?",
        )
    box = QMessageBox(parent)
    box.setObjectName("replaceExportDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ExportDialog", "Replace files?"))
    box.setText(question)
    box.setInformativeText(detail)
    replace = box.addButton(translate("ExportDialog", "Replace"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("ExportDialog", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return True if box.clickedButton() is replace else None
