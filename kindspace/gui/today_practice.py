"""Today's practice part: keeps a check-in and offers one practice that fits now.

The view only shows and asks; this keeps the check-in in the journal (through the Qt-free
``practice.checkin``) and asks ``practice.suggest`` which practice to offer, whenever Today
comes into view, the journal opens (Practice calls ``refresh`` once its catalog holds the
person's own exercises), or a check-in is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from kindspace.errors import InvalidInput
from kindspace.gui.announce import announce
from kindspace.gui.main_window import MainWindow
from kindspace.gui.problems import show_problem
from kindspace.i18n import _
from kindspace.practice.checkin import CHECKIN_KIND, CHECKIN_TITLE, KEPT, latest_checkin
from kindspace.practice.checkin import save_checkin as keep_checkin
from kindspace.practice.definitions import Exercise
from kindspace.practice.suggest import short_practices, suggest


def practice_label(exercise: Exercise) -> str:
    return f"{exercise.title} · {exercise.duration_label}"


class TodayPractice(QObject):
    def __init__(self, window: MainWindow, catalog: Callable[[], Mapping[str, Exercise]]) -> None:
        super().__init__(window)
        self.window = window
        self._catalog = catalog
        window.kind_labels[CHECKIN_KIND] = CHECKIN_TITLE
        window.today_view.check_in.connect(self.keep)
        window.ui.content.currentChanged.connect(self._on_view_changed)

    def _on_view_changed(self, _index: int) -> None:
        if self.window.ui.content.currentWidget() is self.window.today_view:
            self.refresh()

    def keep(self, feelings: list[str], strength: int | None) -> None:
        journal, view = self.window.journal, self.window.today_view
        if journal is None:
            return
        try:
            keep_checkin(journal, feelings, strength)
        except InvalidInput as error:
            view.say_about_checkin(str(error))
            announce(view, str(error))
            return
        except Exception as error:
            show_problem(self.window, error)
            return
        view.checkin_kept(_(KEPT))
        announce(view, _(KEPT))
        self.window.refresh_journal()
        self.refresh()

    def refresh(self) -> None:
        journal, view = self.window.journal, self.window.today_view
        if journal is None:
            view.set_suggestion(None)
            view.set_short_practices([])
            return
        catalog = self._catalog()
        now = journal.clock()
        try:
            checkin = latest_checkin(journal, now.date())
        except Exception as error:
            show_problem(self.window, error)
            checkin = None
        found = suggest(catalog, now, checkin)
        if found is None:
            view.set_suggestion(None)
        else:
            view.set_suggestion((found.exercise.id, practice_label(found.exercise), found.reason))
        suggested = found.exercise.id if found else None
        view.set_short_practices(
            [(ex.id, practice_label(ex)) for ex in short_practices(catalog) if ex.id != suggested]
        )
