"""The named views in the window's main area, each built when it is first shown.

Why its own module: the window holds a dozen views (Today, the editor, search, the practice
views, tags, conflicts...), most of which a session never opens. Building one is its
feature's business; this keeps the names, builds a view the first time it is asked for, and
tells the features waiting for a view (to add a note to it, to listen to it) once it exists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


class ViewStack:
    """Views by name in one ``QStackedWidget``; ``fallback`` names the view shown by default."""

    def __init__(self, content: QStackedWidget, fallback: str) -> None:
        self._content = content
        self._fallback = fallback
        self._views: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._when_built: dict[str, list[Callable[[QWidget], object]]] = {}

    def add(self, name: str, view: QWidget) -> None:
        self._views[name] = view
        self._content.addWidget(view)
        for connect in self._when_built.pop(name, []):
            connect(view)

    def add_on_first_use(self, name: str, build: Callable[[], QWidget]) -> None:
        """``build`` makes the view (and adds it with :meth:`add`) when it is first asked for."""
        self._builders[name] = build

    def when_built(self, name: str, connect: Callable[[QWidget], object]) -> None:
        """Call ``connect`` with the view ``name`` once it is built (at once, if it is)."""
        view = self._views.get(name)
        if view is not None:
            connect(view)
        else:
            self._when_built.setdefault(name, []).append(connect)

    def knows(self, name: str) -> bool:
        """Whether ``name`` is a view here, built or waiting for its first use."""
        return name in self._views or name in self._builders

    def get(self, name: str) -> QWidget | None:
        """The view called ``name``, built now if it was waiting for its first use."""
        build = self._builders.pop(name, None)
        if build is not None:
            build()
        return self._views.get(name)

    def built(self) -> dict[str, QWidget]:
        return dict(self._views)

    def current(self) -> str:
        shown = self._content.currentWidget()
        return next((name for name, view in self._views.items() if view is shown), self._fallback)

    def show(self, name: str) -> None:
        view = self.get(name)
        if view is not None:
            self._content.setCurrentWidget(view)
