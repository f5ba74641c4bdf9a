"""Which country's crisis lines the support page shows, and a way to look at another's.

Why a chooser and not only the system's country: people travel, live near a border or call
for someone far away. It sits below the numbers so it never pushes them out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kindspace.gui.words import translate
from kindspace.practice.crisis_lines import ALL_COUNTRIES, CrisisDirectory, country_of_tag


def system_country() -> str | None:
    """The territory of the system's locale ("de_AT" -> "AT"), as Qt reports it everywhere."""
    return country_of_tag(QLocale.system().name())


class CountryChooser(QWidget):
    """Emits ``chosen`` with a country code, ALL_COUNTRIES, or None (your language's lines)."""

    chosen = Signal(object)

    def __init__(
        self, directory: CrisisDirectory, country: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox()
        self.choice.setObjectName("countryChoice")
        if directory.country(country) is None:
            self.choice.addItem(translate("CountryChooser", "Lines in your language"), None)
        for place in sorted(directory.countries, key=lambda c: c.name.casefold()):
            self.choice.addItem(place.name, place.code)
        self.choice.addItem(translate("CountryChooser", "All countries"), ALL_COUNTRIES)
        self.choice.setCurrentIndex(max(self.choice.findData(country), 0))
        self.choice.setAccessibleName(
            translate("CountryChooser", "Show crisis lines for this country")
        )
        label = QLabel(translate("CountryChooser", "Show lines for:"))
        label.setBuddy(self.choice)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        layout.addStretch(1)
        self.choice.currentIndexChanged.connect(
            lambda index: self.chosen.emit(self.choice.itemData(index))
        )
