"""Settings: sections on the left (Unlock, Backups, Appearance, Comfort and support, Reminders).

Changes take effect at once, so there is only a Close button. Look-and-feel changes are
emitted as a whole new :class:`Preferences` (:attr:`SettingsDialog.preferences_changed`); the
app applies and saves them. A chosen backup is emitted as
:attr:`SettingsDialog.restore_requested` after the dialog closes, because restoring needs the
journal closed, which only the app can do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QScrollArea, QStyle, QWidget

from kindspace.gui import typography
from kindspace.gui.daily_backup import DailyBackup
from kindspace.gui.focus_ring import tab_after
from kindspace.gui.forms.ui_settings import Ui_SettingsDialog
from kindspace.gui.forms.ui_settings_appearance import Ui_AppearanceSettings
from kindspace.gui.settings_backups import BackupSettingsPage
from kindspace.gui.settings_comfort import ComfortPage
from kindspace.gui.settings_unlock import UnlockSettingsPage
from kindspace.gui.stack_sizing import size_to_current_page
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal, KeyStore
from kindspace.journal.key_file import KdfParams
from kindspace.language import FOLLOW_SYSTEM, LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from kindspace.preferences import TEXT_SIZES, THEMES, Preferences

THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
}
TEXT_SIZE_NAMES = {
    90: QT_TRANSLATE_NOOP("Settings", "Smaller"),
    100: QT_TRANSLATE_NOOP("Settings", "Standard"),
    115: QT_TRANSLATE_NOOP("Settings", "Larger"),
    130: QT_TRANSLATE_NOOP("Settings", "Large"),
    150: QT_TRANSLATE_NOOP("Settings", "Largest"),
}
#: How much of the screen the dialog may take at most; the pages scroll beyond that.
SCREEN_SHARE = 0.9


def text_size_label(percent: int) -> str:
    number = QLocale().toString(percent)
    name = TEXT_SIZE_NAMES.get(percent)
    if not name:
        return translate("Settings", "{percent} %").format(percent=number)
    return translate("Settings", "{name} ({percent} %)").format(
        name=translate("Settings", name), percent=number
    )


def language_choices() -> list[tuple[str, str]]:
    """``(label, preference)`` pairs: following the system first, then each language in its
    own name, so a person can find theirs whatever the window speaks now."""
    follow = translate("Settings", "Follow the system")
    return [(follow, FOLLOW_SYSTEM)] + [
        (LANGUAGE_NAMES[code], code) for code in SUPPORTED_LANGUAGES
    ]


class AppearancePage(QWidget):
    """Theme and text size (at once) and the language (at the next start, said beside it)."""

    theme_chosen = Signal(str)
    text_size_chosen = Signal(int)
    language_chosen = Signal(str)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AppearanceSettings()
        self.ui.setupUi(self)
        typography.heading(self.ui.heading)
        typography.quiet(self.ui.hint)
        typography.quiet(self.ui.languageHint)
        for theme in THEMES:
            name = THEME_NAMES.get(theme)
            self.ui.themeChoice.addItem(translate("Settings", name) if name else theme, theme)
        for label, value in language_choices():
            self.ui.languageChoice.addItem(label, value)
        self.ui.languageChoice.setCurrentIndex(
            max(0, self.ui.languageChoice.findData(preferences.language))
        )
        for percent in TEXT_SIZES:
            self.ui.textSizeChoice.addItem(text_size_label(percent), percent)
        self.ui.themeChoice.setCurrentIndex(self.ui.themeChoice.findData(preferences.theme))
        self.ui.textSizeChoice.setCurrentIndex(
            self.ui.textSizeChoice.findData(preferences.text_size)
        )
        self.ui.themeChoice.currentIndexChanged.connect(
            lambda index: self.theme_chosen.emit(self.ui.themeChoice.itemData(index))
        )
        self.ui.textSizeChoice.currentIndexChanged.connect(
            lambda index: self.text_size_chosen.emit(self.ui.textSizeChoice.itemData(index))
        )
        self.ui.languageChoice.currentIndexChanged.connect(
            lambda index: self.language_chosen.emit(self.ui.languageChoice.itemData(index))
        )


class SettingsDialog(QDialog):
    """Unlock method, passphrase, recovery key, auto-lock, backups, theme and text size."""

    #: The new :class:`Preferences`, whenever one of them changes.
    preferences_changed = Signal(object)
    #: The backup (a :class:`pathlib.Path`) to restore, emitted after the dialog closed.
    restore_requested = Signal(object)

    def __init__(
        self,
        journal: Journal,
        keyring: KeyStore | None,
        preferences: Preferences,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        kdf_params: KdfParams | None = None,
        reminders: Callable[[QWidget], QWidget] | None = None,
        backups: DailyBackup | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.data_dir = data_dir
        self._preferences = preferences
        self.unlock_page = UnlockSettingsPage(
            journal, keyring, preferences.auto_lock_minutes, kdf_params=kdf_params
        )
        self.backups_page = BackupSettingsPage(journal, backups=backups)
        self.appearance_page = AppearancePage(preferences)
        self.comfort_page = ComfortPage(journal, preferences, data_dir)
        for page in (self.unlock_page, self.backups_page, self.appearance_page):
            self._add_page(page)
        self.ui.sections.addItem(translate("Settings", "Comfort and support"))
        self._add_page(self.comfort_page)
        # The Reminders page, when the app runs reminders (kindspace.gui.tray offers it; the
        # screenshots hand one in).
        reminders_page = reminders or getattr(parent, "reminder_settings_page", None)
        self.reminders_page: QWidget | None = None
        if callable(reminders_page):
            self.reminders_page = reminders_page(self)
            self.ui.sections.addItem(translate("Settings", "Reminders"))
            self._add_page(self.reminders_page)
        # The Sync page, when the app runs sync (kindspace.gui.sync_feature offers it).
        sync_page = getattr(parent, "sync_settings_page", None)
        self.sync_page: QWidget | None = None
        if callable(sync_page):
            self.sync_page = sync_page(self)
            self.ui.sections.addItem(translate("Settings", "Sync"))
            self._add_page(self.sync_page)
        self.ui.sections.setCurrentRow(0)
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("Settings", "Close settings"))
        close.setAutoDefault(False)
        tab_after(self.ui.pages, [close])
        self.unlock_page.auto_lock_changed.connect(
            lambda minutes: self._change(auto_lock_minutes=minutes)
        )
        self.appearance_page.theme_chosen.connect(lambda theme: self._change(theme=theme))
        self.appearance_page.text_size_chosen.connect(lambda size: self._change(text_size=size))
        self.appearance_page.language_chosen.connect(lambda code: self._change(language=code))
        self.comfort_page.changed.connect(lambda name, on: self._change(**{name: on}))
        self.backups_page.restore_requested.connect(self._restore_after_closing)
        # A short page needs no scroll bar because a long one is open elsewhere in the stack.
        size_to_current_page(self.ui.pages)
        self._screen: QSize | None = None
        self.fit_to_screen()

    def _add_page(self, page: QWidget) -> None:
        """Each page scrolls on its own when the dialog is smaller than it (large text, a
        small screen); the Unlock page already does."""
        if _own_scroll_area(page) is not None:
            self.ui.pages.addWidget(page)
            return
        area = QScrollArea()
        area.setObjectName(f"{page.objectName()}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(page)
        self.ui.pages.addWidget(area)

    def current_page(self) -> QWidget | None:
        """The section's page on show (inside its scroll area)."""
        shown = self.ui.pages.currentWidget()
        return shown.widget() if isinstance(shown, QScrollArea) else shown

    def _index_of(self, page: QWidget) -> int:
        """The section showing ``page``, whether it sits in the stack or in its scroll area."""
        for index in range(self.ui.pages.count()):
            shown = self.ui.pages.widget(index)
            if shown is page or (isinstance(shown, QScrollArea) and shown.widget() is page):
                return index
        return -1

    def fit_to_screen(self, screen: QSize | None = None) -> None:
        """As large as the largest page wants, within the screen (or ``screen``, a size the
        screenshots stand in for one); the pages scroll beyond that. Measured again when
        shown, once every page is laid out at its real width."""
        self._screen = screen
        self.ensurePolished()  # with its children: sizes measured as they will be shown
        room = screen if screen is not None else self.screen().availableGeometry().size()
        share = QSize(int(room.width() * SCREEN_SHARE), int(room.height() * SCREEN_SHARE))
        self.resize(self.natural_size().boundedTo(share).expandedTo(self.minimumSizeHint()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not event.spontaneous():
            self.fit_to_screen(self._screen)
        super().showEvent(event)

    def natural_size(self) -> QSize:
        """The size at which no page would need to scroll (larger text asks for more)."""
        # Laid out once first: the list's wish and wrapped words follow their real widths.
        self.ui.dialogLayout.activate()
        self.ui.sections.doItemsLayout()
        contents = [_contents(self.ui.pages.widget(i)) for i in range(self.ui.pages.count())]
        width = max((widget.sizeHint().width() for widget in contents), default=0)
        # Wrapped words take as many lines as that width gives them, no more.
        height = max((_height_at(widget, width) for widget in contents), default=0)
        margins = self.ui.dialogLayout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(
            self.ui.sections.sizeHint().width()
            + self.ui.bodyRow.spacing()
            + width
            + scroll_bar
            + margins.left()
            + margins.right(),
            height
            + self.ui.dialogLayout.spacing()
            + self.ui.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom(),
        )

    def preferences(self) -> Preferences:
        return self._preferences

    def show_section(self, name: str) -> None:
        """Open on "unlock", "backups", "appearance", "reminders" or "sync" (for menu items)."""
        if name == "sync" and self.sync_page is not None:
            self.ui.sections.setCurrentRow(self._index_of(self.sync_page))
            return
        names = ["unlock", "backups", "appearance", "comfort", "reminders"]
        if name in names:
            self.ui.sections.setCurrentRow(names.index(name))

    def done(self, result: int) -> None:
        from kindspace.gui.settings_reminders import ReminderSettingsPage, confirm_leaving

        page = self.reminders_page
        if isinstance(page, ReminderSettingsPage) and not confirm_leaving(page, self):
            return
        self.unlock_page.hide_recovery_key()
        super().done(result)

    def _change(self, **changes: Any) -> None:
        self._preferences = self._preferences.with_changes(**changes)
        self.preferences_changed.emit(self._preferences)

    def _restore_after_closing(self, backup: Path) -> None:
        self.accept()
        self.restore_requested.emit(backup)


def _own_scroll_area(page: QWidget) -> QScrollArea | None:
    return page.findChild(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)


def _contents(shown: QWidget | None) -> QWidget:
    """What a page shows in full: inside its scroll area, whether the dialog's or its own
    (Qt caps a scroll area's wish at 24 lines of text)."""
    area = shown if isinstance(shown, QScrollArea) else None
    if shown is not None and area is None:
        area = _own_scroll_area(shown)
    inner = area.widget() if area is not None else None
    if inner is not None:
        return inner
    assert shown is not None
    return shown


def _height_at(widget: QWidget, width: int) -> int:
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return widget.sizeHint().height()
