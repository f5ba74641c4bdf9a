"""File ▸ Import from another journal: choose, preview, then add everything or nothing.

When part of a file can't be read (a damaged Day One entry, words before a text export's
first date), the preview names it and a second button imports the rest, leaving exactly
that out; the summary says what was left out.

Why the preview comes first: a person bringing years of jrnl or Day One writing across
should see how many entries and which days a file holds before anything changes, and a
file that turns out to be broken must change nothing. Reading and checking happen on a
worker thread (a big export takes a moment), and so does writing, on its own connection,
so the window never freezes and the Stop button always answers. A stopped import rolls
back, so it adds nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kindspace.errors import KindspaceError
from kindspace.gui import typography
from kindspace.gui.forms.ui_import_dialog import Ui_ImportDialog
from kindspace.gui.problems import show_problem
from kindspace.gui.transfer_worker import TransferTask, Work
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.journal.journal import Journal
from kindspace.transfer.importing import (
    CancelCheck,
    ImportCancelled,
    ImportFormat,
    ImportPlan,
    ImportReport,
    ProgressReport,
    apply_import,
)
from kindspace.transfer.readers import read_import

DETECT = QT_TRANSLATE_NOOP("ImportDialog", "Detect automatically")
READING = QT_TRANSLATE_NOOP("ImportDialog", "Reading {name}…")
CHOOSE_FIRST = QT_TRANSLATE_NOOP("ImportDialog", "Choose a file or folder to see what it holds.")
NOT_FOUND = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "There is no file or folder at that place. Please choose another one.",
)
IN_THE_CALENDAR = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "The new entries are on their days in the calendar.",
)
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Journal exports (*.json *.txt *.zip *.md);;All files (*)",
)
#: How long a lock or quit waits for a running import to roll back, in seconds.
STOP_WAIT_S = 30.0


#: How many unreadable entries the preview lists by name; the rest are counted.
LISTED_UNREADABLE = 8


def import_button_text(count: int) -> str:
    return counts().import_entries(count)


def skip_button_text(plan: ImportPlan) -> str:
    """What the second button does, in the words of the choice it makes."""
    count = plan.write_count(skip_unreadable=True)
    entries = counts().entries(count)
    if plan.unreadable:
        return translate("ImportDialog", "Leave these out, import {entries}").format(
            entries=entries
        )
    return translate("ImportDialog", "Leave those lines out, import {entries}").format(
        entries=entries
    )


def preview_text(plan: ImportPlan) -> str:
    """The preview and, when there is one, the choice the person has, as paragraphs."""
    return "\n\n".join((plan.preview(), *plan.choices(max_listed=LISTED_UNREADABLE)))


class ImportDialog(QDialog):
    """One import at a time; :attr:`imported` tells the window to show the new entries."""

    imported = Signal(object)  # ImportReport

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        typography.heading(self.ui.heading)
        typography.quiet(self.ui.intro)
        typography.quiet(self.ui.workingHint)
        self._journal: Journal | None = journal
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self._reading: TransferTask | None = None
        self._reading_path: Path | None = None
        self._importing: TransferTask | None = None
        self._tasks: list[TransferTask] = []
        self.file_dialog: QFileDialog | None = None
        self.ui.formatChoice.addItem(translate("ImportDialog", DETECT), None)
        for choice in ImportFormat:
            self.ui.formatChoice.addItem(choice.label, choice.value)
        self.ui.previewText.setText(translate("ImportDialog", CHOOSE_FIRST))
        self.ui.chooseFileButton.clicked.connect(self.choose_file)
        self.ui.chooseFolderButton.clicked.connect(self.choose_folder)
        self.ui.sourcePath.editingFinished.connect(self._on_path_typed)
        self.ui.formatChoice.currentIndexChanged.connect(self._on_format_changed)
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.skipButton.clicked.connect(self.start_import_skipping)
        self.ui.cancelButton.clicked.connect(self._on_cancel_clicked)
        self.ui.closeButton.clicked.connect(self.accept)
        self._show_choosing()
        self.ui.chooseFileButton.setFocus()

    # -- choosing ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        self._open_file_dialog(folder=False)

    def choose_folder(self) -> None:
        self._open_file_dialog(folder=True)

    def _open_file_dialog(self, *, folder: bool) -> None:
        """The system's file dialog where there is one (Qt's own elsewhere, as in tests);
        it opens without blocking."""
        dialog = QFileDialog(
            self,
            translate("ImportDialog", "Choose a folder")
            if folder
            else translate("ImportDialog", "Choose a file"),
        )
        dialog.setObjectName("importFolderDialog" if folder else "importFileDialog")
        dialog.setOption(QFileDialog.Option.ReadOnly, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        if folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilter(translate("ImportDialog", FILE_FILTER))
        current = self.ui.sourcePath.text().strip()
        if current:
            dialog.setDirectory(str(Path(current).expanduser().parent))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.use_source(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def use_source(self, path: Path) -> None:
        """Read ``path`` (file or folder) in the background and show what it holds."""
        self.ui.sourcePath.setText(str(path))
        self._read()

    def _on_path_typed(self) -> None:
        text = self.ui.sourcePath.text().strip()
        shown = self.plan.source if self.plan is not None else self._reading_path
        if text and Path(text).expanduser() != shown:
            self._read()

    def _on_format_changed(self, _index: int) -> None:
        if self.ui.sourcePath.text().strip():
            self._read()

    def chosen_format(self) -> ImportFormat | None:
        value = self.ui.formatChoice.currentData()
        return ImportFormat(value) if value else None

    def _read(self) -> None:
        if self._reading is not None:
            self._reading.cancel()  # its answer would only describe the earlier choice
            self._reading = None
        self.plan = None
        self.ui.importButton.setEnabled(False)
        self.ui.importButton.setText(translate("ImportDialog", "Import"))
        self.ui.skipButton.setVisible(False)
        text = self.ui.sourcePath.text().strip()
        if not text:
            self.ui.previewText.setText(translate("ImportDialog", CHOOSE_FIRST))
            return
        path = Path(text).expanduser()
        if not path.exists():
            self.ui.previewText.setText(translate("ImportDialog", NOT_FOUND))
            return
        self.ui.previewText.setText(translate("ImportDialog", READING).format(name=path.name))
        chosen = self.chosen_format()

        def work(_progress: ProgressReport, cancelled: CancelCheck) -> ImportPlan:
            return read_import(path, chosen, should_cancel=cancelled)

        self._reading_path = path
        task = self._task(work)
        task.succeeded.connect(lambda plan: self._on_read(task, plan))
        task.failed.connect(lambda error: self._on_read_failed(task, error))
        self._reading = task
        task.start()

    def _on_read(self, task: TransferTask, plan: ImportPlan) -> None:
        self._forget(task)
        if task is not self._reading:
            return  # the person chose something else meanwhile
        self._reading = None
        self.plan = plan
        self.ui.previewText.setText(preview_text(plan))
        whole = plan.write_count(skip_unreadable=False)
        self.ui.importButton.setText(
            import_button_text(whole) if whole else translate("ImportDialog", "Import")
        )
        self.ui.importButton.setEnabled(whole > 0)
        skipping = plan.has_choice and plan.write_count(skip_unreadable=True) > 0
        self.ui.skipButton.setVisible(skipping)
        if skipping:
            self.ui.skipButton.setText(skip_button_text(plan))
        if whole:
            self.ui.importButton.setFocus()
        elif skipping:
            self.ui.skipButton.setFocus()

    def _on_read_failed(self, task: TransferTask, error: BaseException) -> None:
        self._forget(task)
        if task is not self._reading:
            return
        self._reading = None
        if isinstance(error, KindspaceError):
            # The reader's own calm sentence (what it could not read, and that nothing was
            # imported); the person can choose another file right here.
            self.ui.previewText.setText(
                translate(
                    "ImportDialog", "{problem}\n\nYou can choose another file or folder."
                ).format(problem=error)
            )
            return
        self.ui.previewText.setText(translate("ImportDialog", CHOOSE_FIRST))
        show_problem(self, error)

    # -- dropping ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self._dropped_path(event) is not None and self._is_choosing():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        path = self._dropped_path(event)
        if path is None or not self._is_choosing():
            event.ignore()
            return
        event.acceptProposedAction()
        self.use_source(path)

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls()
        local = [url.toLocalFile() for url in urls if url.isLocalFile()]
        return Path(local[0]) if len(local) == 1 else None

    # -- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import everything the file holds (refused, so never started, when part of it
        can't be read)."""
        self._start(skip_unreadable=False)

    def start_import_skipping(self) -> None:
        """Import what can be read, leaving out (and naming) the rest."""
        self._start(skip_unreadable=True)

    def _start(self, *, skip_unreadable: bool) -> None:
        plan, journal = self.plan, self._journal
        if plan is None or journal is None or self._importing is not None:
            return
        count = plan.write_count(skip_unreadable=skip_unreadable)
        if not count:
            return

        def work(progress: ProgressReport, cancelled: CancelCheck) -> ImportReport:
            return apply_import(
                journal,
                plan,
                progress=progress,
                should_cancel=cancelled,
                own_connection=True,
                skip_unreadable=skip_unreadable,
            )

        self.ui.progress.setRange(0, count)
        self.ui.progress.setValue(0)
        self.ui.workingText.setText(counts().adding_entries(count))
        self._show_working()
        task = self._task(work)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(lambda report: self._on_imported(task, report))
        task.failed.connect(lambda error: self._on_import_failed(task, error))
        self._importing = task
        task.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(done)

    def _on_imported(self, task: TransferTask, report: ImportReport) -> None:
        self._forget(task)
        self._importing = None
        self.report = report
        after = f" {translate('ImportDialog', IN_THE_CALENDAR)}" if report.added else ""
        self._show_done(report.summary() + after)
        self.imported.emit(report)

    def _on_import_failed(self, task: TransferTask, error: BaseException) -> None:
        self._forget(task)
        self._importing = None
        if isinstance(error, ImportCancelled):
            self._show_done(str(error))
            return
        self._show_choosing()
        show_problem(self, error)

    def cancel_import(self) -> None:
        """Stop at the next batch; the import then rolls back and says so."""
        if self._importing is not None:
            self._importing.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.workingText.setText(
                translate("ImportDialog", "Stopping… nothing will be added.")
            )

    def finish_reading(self, timeout: float) -> None:
        """Wait for the file being read and show what it holds, for screenshots.

        Joining the thread and then delivering its queued answer once is deterministic,
        where spinning the event loop until the answer arrives would depend on timing.
        """
        task = self._reading
        if task is not None and task.wait(timeout):
            QCoreApplication.sendPostedEvents()

    def is_reading(self) -> bool:
        return self._reading is not None

    def is_importing(self) -> bool:
        return self._importing is not None

    def abandon(self) -> bool:
        """The journal is closing (lock, quit): stop everything, wait for it, and close.

        Returns True when every worker has ended, so its connection is closed too.
        """
        self._journal = None
        for task in self._tasks:
            # What they report after this would only describe a journal that is now closed.
            task.blockSignals(True)
        stopped = all(task.stop(STOP_WAIT_S) for task in list(self._tasks))
        self._reading = self._importing = None
        self.plan = None
        self.ui.previewText.clear()
        self.reject()
        return stopped

    # -- the dialog's own states -------------------------------------------------------------

    def _task(self, work: Work) -> TransferTask:
        """A task kept by the dialog; connect to it before starting it."""
        task = TransferTask(work, self)
        self._tasks.append(task)
        return task

    def _forget(self, task: TransferTask) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        task.deleteLater()

    def _is_choosing(self) -> bool:
        return self.ui.pages.currentWidget() is self.ui.choosePage

    def _show_choosing(self) -> None:
        self.ui.pages.setCurrentWidget(self.ui.choosePage)
        self.ui.cancelButton.setText(translate("ImportDialog", "Cancel"))
        self.ui.cancelButton.setAccessibleName(translate("ImportDialog", "Cancel"))
        self.ui.cancelButton.setEnabled(True)
        self.ui.cancelButton.setVisible(True)
        self.ui.importButton.setVisible(True)
        plan = self.plan
        self.ui.skipButton.setVisible(
            plan is not None and plan.has_choice and plan.write_count(skip_unreadable=True) > 0
        )
        self.ui.closeButton.setVisible(False)

    def _show_working(self) -> None:
        self.ui.pages.setCurrentWidget(self.ui.workingPage)
        self.ui.cancelButton.setText(translate("ImportDialog", "Stop"))
        self.ui.cancelButton.setAccessibleName(translate("ImportDialog", "Stop the import"))
        self.ui.cancelButton.setEnabled(True)
        self.ui.importButton.setVisible(False)
        self.ui.skipButton.setVisible(False)
        self.ui.closeButton.setVisible(False)
        self.ui.cancelButton.setFocus()

    def _show_done(self, text: str) -> None:
        self.ui.doneText.setText(text)
        self.ui.pages.setCurrentWidget(self.ui.donePage)
        self.ui.cancelButton.setVisible(False)
        self.ui.importButton.setVisible(False)
        self.ui.skipButton.setVisible(False)
        self.ui.closeButton.setVisible(True)
        self.ui.closeButton.setDefault(True)
        self.ui.closeButton.setFocus()

    def _on_cancel_clicked(self) -> None:
        if self._importing is not None:
            self.cancel_import()
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or the window's close button while importing stops the import first."""
        if self._importing is not None:
            self.cancel_import()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._importing is not None:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)
