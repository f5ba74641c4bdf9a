"""The grounding moment shared by "This feels like too much" and the support page.

A title, one calming line, the breathing guide and the grounding steps: nothing to decide
and nothing to type. The buttons around it belong to the page that shows it, because what
"go on" means differs (back to an exercise, back to support, back to the lock screen).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kindspace.gui.forms.ui_grounding_panel import Ui_GroundingPanel
from kindspace.gui.typography import HEADING, scale_font
from kindspace.practice.grounding import Grounding


class GroundingPanel(QWidget):
    def __init__(self, grounding: Grounding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GroundingPanel()
        self.ui.setupUi(self)
        self.pacer = self.ui.pacer
        scale_font(self.ui.groundingTitle, HEADING, bold=True)
        self.ui.groundingTitle.setText(grounding.title)
        self.ui.groundingIntro.setText(grounding.intro)
        self.ui.groundingSteps.setText("\n".join(f"- {line}" for line in grounding.steps))

    def set_still(self, still: bool) -> None:
        """The breathing guide without motion (the person asked for less motion)."""
        self.pacer.set_still(still)
