"""The writing part of File ▸ Export: one export at a time on a worker, and what the dialog
says while it runs, after a stop and when it is done.

Why its own module: running the export and reporting on it is a job of its own (a worker
to start, stop and wait for, a progress bar, a calm sentence, which buttons answer), apart
from the choices it writes (:mod:`kindspace.gui.export_choices`,
:mod:`kindspace.gui.export_selection`) and the dialog that checks them first
(:mod:`kindspace.gui.export_dialog`).

Why a worker at all: a whole twenty-year journal takes several seconds as Markdown or PDF,
and a window that stops answering for that long looks broken and cannot be stopped. A
:class:`TransferTask` opens the journal's own second connection *on the worker* (SQLCipher
connections belong to the thread that opened them), writes, and reports progress through
queued signals. Stop makes the selection raise :class:`ExportStopped` at its next entry
(and the PDF at its next page): JSON and PDF are written to a temporary file that is then
removed, so nothing appears; Markdown files already written stay, because they are the
copies the person asked for, and the dialog says how many and where.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog

from kindspace.gui.export_selection import entries_text
from kindspace.gui.forms.ui_export_dialog import Ui_ExportDialog
from kindspace.gui.problems import show_problem
from kindspace.gui.transfer_worker import (
    STOPPED_NOTHING_WRITTEN,
    ExportJob,
    ExportStopped,
    TransferTask,
)
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.transfer.selection import ExportFormat

NOT_ENCRYPTED_AFTER = QT_TRANSLATE_NOOP("ExportDialog", "Like every export, it is not encrypted.")
STOPPING = QT_TRANSLATE_NOOP("ExportDialog", "Stopping…")
#: How long a lock or quit waits for a running export to stop, in seconds.
STOP_WAIT_S = 30.0


def stopped_text(chosen: ExportFormat, written: int, total: int, path: Path) -> str:
    """What a stop left behind, said honestly: nothing, or the Markdown files in place."""
    if chosen is not ExportFormat.MARKDOWN or not written:
        return translate("TransferWorker", STOPPED_NOTHING_WRITTEN)
    return counts().stopped_markdown(written).format(total=entries_text(total), path=path)


class ExportRun:
    """Runs the dialog's exports on a worker, one at a time, and shows how each goes.

    ``exported`` hears the calm sentence for the status bar once an export is written.
    """

    def __init__(
        self, ui: Ui_ExportDialog, dialog: QDialog, exported: Callable[[str], None]
    ) -> None:
        self.ui = ui
        self._dialog = dialog
        self._exported = exported
        # How many entries the last export wrote; None until one is written.
        self.written: int | None = None
        self._task: TransferTask | None = None
        ui.progress.setVisible(False)
        self.say("")

    def is_running(self) -> bool:
        return self._task is not None

    def start(self, job: ExportJob) -> None:
        """Write ``job`` on a worker: :attr:`written` and ``exported`` on success, a calm
        sentence in the dialog after a stop, a problem box after a failure."""
        task = TransferTask(job.run, self._dialog, qt_thread=job.chosen is ExportFormat.PDF)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(lambda written: self._on_written(task, job, written))
        task.failed.connect(lambda error: self._on_failed(task, job, error))
        self._task = task
        self._show_busy(job.total, job.units)
        task.start()

    def stop(self) -> None:
        """Stop at the next entry (or PDF page); the dialog then says what was left."""
        if self._task is not None:
            self._task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.say(translate("ExportDialog", STOPPING))

    def abandon(self) -> bool:
        """Stop the export and wait for it; True when the worker has ended."""
        task, self._task = self._task, None
        if task is None:
            return True
        # What it reports after this would only describe a journal that is now closed.
        task.blockSignals(True)
        stopped = task.stop(STOP_WAIT_S)
        task.deleteLater()
        return stopped

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(done)

    def _on_written(self, task: TransferTask, job: ExportJob, written: int) -> None:
        self._forget(task)
        self._show_done(written, job.path, job.chosen)

    def _on_failed(self, task: TransferTask, job: ExportJob, error: BaseException) -> None:
        self._forget(task)
        if isinstance(error, ExportStopped):
            self._show_stopped(stopped_text(job.chosen, error.written, job.total, job.path))
            return
        self._show_idle()
        show_problem(self._dialog, error)

    def _forget(self, task: TransferTask) -> None:
        if task is self._task:
            self._task = None
        task.deleteLater()

    # -- what the dialog says ----------------------------------------------------------------

    def _show_busy(self, total: int, units: int) -> None:
        self.written = None
        self.say(
            translate("ExportDialog", "Exporting {entries}…").format(entries=entries_text(total))
        )
        self.ui.progress.setRange(0, max(units, 1))
        self.ui.progress.setValue(0)
        self.ui.progress.setVisible(True)
        self._set_choosing_enabled(False)
        self._set_cancel_button(
            translate("ExportDialog", "Stop"), translate("ExportDialog", "Stop the export")
        )
        self.ui.cancelButton.setFocus()

    def _show_idle(self) -> None:
        self.ui.progress.setVisible(False)
        self.say("")
        self._set_choosing_enabled(True)
        self._set_cancel_button(
            translate("ExportDialog", "Cancel"), translate("ExportDialog", "Cancel")
        )

    def _show_stopped(self, text: str) -> None:
        self.ui.progress.setVisible(False)
        self.say(text)
        self._set_choosing_enabled(True)
        self._set_cancel_button(
            translate("ExportDialog", "Close"), translate("ExportDialog", "Close"), closes=True
        )
        self.ui.cancelButton.setFocus()

    def _show_done(self, written: int, path: Path, chosen: ExportFormat) -> None:
        self.written = written
        self.ui.progress.setValue(self.ui.progress.maximum())
        done = (
            translate("ExportDialog", "Exported {entries} into the folder {path}.")
            if chosen is ExportFormat.MARKDOWN
            else translate("ExportDialog", "Exported {entries} to {path}.")
        )
        message = done.format(entries=entries_text(written), path=path)
        self.say(f"{message} {translate('ExportDialog', NOT_ENCRYPTED_AFTER)}")
        self._set_choosing_enabled(True)
        self._set_cancel_button(
            translate("ExportDialog", "Close"), translate("ExportDialog", "Close"), closes=True
        )
        self.ui.cancelButton.setFocus()
        self._exported(message)

    def say(self, text: str) -> None:
        """What the export is doing or did; with nothing to say it takes no room, which a
        small screen gives to the choices instead."""
        self.ui.resultText.setText(text)
        self.ui.resultText.setVisible(bool(text))

    def _set_choosing_enabled(self, enabled: bool) -> None:
        """While writing, the choices and Export wait; only Stop answers."""
        for widget in (
            self.ui.formatBox,
            self.ui.entriesBox,
            self.ui.partsBox,
            self.ui.destination,
            self.ui.chooseDestinationButton,
            self.ui.exportButton,
            self.ui.printButton,
        ):
            widget.setEnabled(enabled)

    def _set_cancel_button(self, text: str, accessible_name: str, *, closes: bool = False) -> None:
        """Once something was written or stopped (``closes``), Enter closes rather than
        starting again. Said by a flag, never by the label, which is in the person's language."""
        self.ui.cancelButton.setText(text)
        self.ui.cancelButton.setAccessibleName(accessible_name)
        self.ui.cancelButton.setEnabled(True)
        self.ui.cancelButton.setDefault(closes)
        self.ui.exportButton.setDefault(not closes)
