"""View ▸ Tags: puts the tag browser into the window the first time it is wanted.

The browser is built lazily (start-up pays nothing for it) and reads the journal through the
same API as ``kindspace tags`` and ``kindspace list --tag``. Renaming into a tag that
already exists merges the two, which can't be told apart afterwards, so that one asks first
and names how many entries change; a plain rename can simply be renamed back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from kindspace.gui.announce import announce
from kindspace.gui.main_window import MainWindow
from kindspace.gui.problems import show_problem
from kindspace.gui.tag_browser import TagBrowserView, entries_text
from kindspace.gui.words import translate
from kindspace.journal.search import SearchFilters

TAGS = "tags"


class TagsFeature(QObject):
    """Owns the tag browser of one main window (built on first use)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: TagBrowserView | None = None
        #: The open "merge?" question, while one is asked (tests answer it).
        self.merge_question: QMessageBox | None = None
        window.ui.actionTags.triggered.connect(lambda: self.show())
        window.when_search_view_built(lambda view: view.tags_requested.connect(self.show))
        window.journal_closing.connect(self._on_closing)

    def _ensure_view(self) -> TagBrowserView:
        if self.view is None:
            view = TagBrowserView()
            view.tag_chosen.connect(self._list_entries)
            view.open_entry.connect(self.window.open_entry)
            view.rename_requested.connect(self.rename)
            view.closed.connect(self.window.show_today)
            self.window.add_view(TAGS, view)
            self.window.ui.content.currentChanged.connect(self._on_view_changed)
            self.view = view
        return self.view

    def show(self, tag: str = "") -> None:
        """Show every tag, with ``tag`` (if given, e.g. the search's filter) chosen."""
        if self.window.journal is None:
            return
        view = self._ensure_view()
        self.refresh(choose=tag or None)
        self.window.show_view(TAGS)
        view.focus_tags()

    def refresh(self, choose: str | None = None) -> None:
        journal, view = self.window.journal, self.view
        if journal is None or view is None:
            return
        try:
            tags = journal.entries.tags()
        except Exception as error:
            show_problem(self.window, error)
            return
        view.set_tags(tags, choose)

    def _list_entries(self, tag: str) -> None:
        journal, view = self.window.journal, self.view
        if journal is None or view is None:
            return
        try:
            entries = journal.entries.listed(SearchFilters(tag=tag))
        except Exception as error:
            show_problem(self.window, error)
            return
        view.set_entries(list(reversed(entries)), self.window.kind_labels)  # newest first

    # -- rename and merge ---------------------------------------------------------------------

    def rename(self, old: str, new: str) -> None:
        """Rename ``old`` to ``new``; into an existing tag only after the person says yes."""
        view = self.view
        if view is None or self.window.journal is None:
            return
        existing = view.existing_tag(new)
        if existing is not None and existing.casefold() != old.casefold():
            self._ask_to_merge(old, existing, view.count_of(old))
            return
        self._apply(old, new, merged=False)

    def _ask_to_merge(self, old: str, into: str, count: int) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("mergeTagsDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("TagsFeature", "Merge tags"))
        box.setText(
            translate("TagsFeature", "Merge “{tag}” into “{other}”?").format(tag=old, other=into)
        )
        box.setInformativeText(
            translate(
                "TagsFeature",
                "{entries} will be tagged “{other}” instead of “{tag}”. "
                "Afterwards the two can't be told apart, and “{tag}” is no longer listed.",
            ).format(entries=entries_text(count), other=into, tag=old)
        )
        merge = box.addButton(translate("TagsFeature", "Merge"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(
            translate("TagsFeature", "Keep both"), QMessageBox.ButtonRole.RejectRole
        )
        merge.setAccessibleName(translate("TagsFeature", "Merge tags"))
        keep.setAccessibleName(translate("TagsFeature", "Keep both tags"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAccessibleName(translate("TagsFeature", "Merge tags"))

        def answered() -> None:
            self.merge_question = None
            if box.clickedButton() is merge:
                self._apply(old, into, merged=True)
            box.deleteLater()

        box.finished.connect(answered)
        self.merge_question = box
        box.open()

    def _apply(self, old: str, new: str, *, merged: bool) -> None:
        journal, view = self.window.journal, self.view
        if journal is None or view is None:
            return
        try:
            changed = journal.entries.rename_tag(old, new)
        except Exception as error:
            show_problem(self.window, error)
            return
        done = (
            translate("TagsFeature", "“{tag}” was merged into “{other}” on {entries}.")
            if merged
            else translate("TagsFeature", "“{tag}” was renamed to “{other}” on {entries}.")
        )
        text = done.format(tag=old, other=new, entries=entries_text(changed))
        self.window.refresh_journal()  # search's tag choices, the day list
        self.refresh(choose=new)
        view.show_status(text)
        announce(view.ui.statusLabel, text)
        view.focus_tags()

    # -- the journal's life ---------------------------------------------------------------------

    def _on_view_changed(self, _index: int) -> None:
        """Entries may have changed elsewhere (saved, deleted, imported): read them again."""
        if self.view is not None and self.window.current_view() == TAGS:
            self.refresh()

    def _on_closing(self) -> None:
        if self.merge_question is not None:
            self.merge_question.reject()
        if self.view is not None:
            self.view.clear()


def install_tags(window: MainWindow) -> TagsFeature:
    """Connects View ▸ Tags and search's tag button; the controller calls this once."""
    return TagsFeature(window)
