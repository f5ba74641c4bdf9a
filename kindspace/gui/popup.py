"""The reminder card: kindspace's own small window near the tray corner.

Why not a dialog or a native notification: a reminder must never catch keys meant for another
app. The card is a frameless tool window that is shown without being activated and has no
default button, so it never takes the focus on its own and pressing Enter or Space anywhere
else can never press Start. Once the person goes to it (a click, or the window manager's
keyboard switching), its buttons are Tab stops and Esc closes it. It shows one gentle
phrase (never journal text) and goes away by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QMenu, QPushButton, QWidget

from kindspace.gui import typography
from kindspace.gui.forms.ui_reminder_popup import Ui_ReminderPopup
from kindspace.gui.words import counts, translate
from kindspace.reminders.schedule import Reminder

#: Later ▸ offers these snoozes, in minutes.
LATER_MINUTES = (10, 30, 60)
#: Distance from the screen's edge, in pixels.
MARGIN = 16

POPUP_FLAGS = (
    Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
)


def later_label(minutes: int) -> str:
    if minutes == 60:
        return translate("Popup", "In an hour")
    return translate("Popup", "In {minutes}").format(minutes=counts().minutes(minutes))


class ReminderPopup(QFrame):
    """Shows a :class:`Reminder`; says what the person chose through signals."""

    #: Start the suggested exercise (its id; empty when none is suggested).
    start_chosen = Signal(str)
    #: Snooze for this many minutes.
    later_chosen = Signal(int)
    not_today_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, POPUP_FLAGS)
        self.ui = Ui_ReminderPopup()
        self.ui.setupUi(self)
        self.setObjectName("reminderPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        typography.quiet(self.ui.title)
        typography.scale_font(self.ui.prompt, 1.1)
        typography.quiet(self.ui.suggestion)
        self._exercise = ""
        self.later_menu = QMenu(self)
        self.later_menu.setObjectName("laterMenu")
        for minutes in LATER_MINUTES:
            action = self.later_menu.addAction(later_label(minutes))
            action.setObjectName(f"later{minutes}")
            action.triggered.connect(lambda _=False, m=minutes: self._choose_later(m))
        self.ui.laterButton.setMenu(self.later_menu)
        for button in self.buttons():
            # Tab reaches each button once the card is active; a click never moves focus.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.ui.startButton.clicked.connect(self._choose_start)
        self.ui.notTodayButton.clicked.connect(self._choose_not_today)
        self.ui.closeButton.clicked.connect(self.hide)
        self.lifetime = QTimer(self)
        self.lifetime.setSingleShot(True)
        self.lifetime.timeout.connect(self.hide)
        self.anchor: QRect | None = None

    def buttons(self) -> list[QAbstractButton]:
        return [
            self.ui.startButton,
            self.ui.laterButton,
            self.ui.notTodayButton,
            self.ui.closeButton,
        ]

    def show_reminder(self, reminder: Reminder, exercise_title: str | None = None) -> None:
        """Show the card without taking focus; it hides itself after the rules' lifetime."""
        self._exercise = reminder.suggested_exercise or ""
        self.ui.prompt.setText(reminder.phrase)
        if exercise_title:
            self.ui.suggestion.setText(
                translate("Popup", "Suggested: {exercise}").format(exercise=exercise_title)
            )
        else:
            self.ui.suggestion.setText(
                translate("Popup", "A short practice is ready when you are.")
            )
        self.ui.startButton.setToolTip(
            translate("Popup", "Open {exercise}").format(exercise=exercise_title)
            if exercise_title
            else translate("Popup", "Open a short practice")
        )
        self.adjustSize()
        self.move(self.corner_position())
        self.show()
        self.lifetime.start(reminder.popup_seconds * 1000)

    def corner_position(self) -> QPoint:
        """Beside the tray icon when its place is known, else the screen's bottom-right."""
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        size = self.sizeHint().expandedTo(self.size())
        anchor = self.anchor
        if anchor is not None and anchor.isValid() and area.intersects(anchor):
            below = anchor.center().y() < area.center().y()
            right = anchor.center().x() > area.center().x()
            x = anchor.right() - size.width() if right else anchor.left()
            y = anchor.bottom() + MARGIN // 2 if below else anchor.top() - size.height() - 8
        else:
            x = area.right() - size.width() - MARGIN
            y = area.bottom() - size.height() - MARGIN
        x = max(area.left() + MARGIN, min(x, area.right() - size.width() - MARGIN))
        y = max(area.top() + MARGIN, min(y, area.bottom() - size.height() - MARGIN))
        return QPoint(x, y)

    def _choose_start(self) -> None:
        self.hide()
        self.start_chosen.emit(self._exercise)

    def _choose_later(self, minutes: int) -> None:
        self.hide()
        self.later_chosen.emit(minutes)

    def _choose_not_today(self) -> None:
        self.hide()
        self.not_today_chosen.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.lifetime.stop()
        super().hideEvent(event)
