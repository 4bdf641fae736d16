"""The feed's filters: pillar, area, language, source and period, all combinable."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.domain.model import PILLAR_NAMES, VoiceFilter
from chair.ui.format import number, pillar_name
from chair.ui.i18n import translate

PERIODS = (
    (QT_TRANSLATE_NOOP("Filters", "Any time"), None),
    (QT_TRANSLATE_NOOP("Filters", "Last 24 hours"), 1),
    (QT_TRANSLATE_NOOP("Filters", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("Filters", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("Filters", "Last 90 days"), 90),
)


class FilterBar(QWidget):
    """Emits `changed` with the filters chosen; the search text is kept by the window."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(6)
        self.pillar = self._combo("pillarFilter", translate("Filters", "Pillar"))
        self.pillar.addItem(translate("Filters", "All pillars"), None)
        for key in PILLAR_NAMES:
            self.pillar.addItem(pillar_name(key), key)
        self.area = self._combo("areaFilter", translate("Filters", "Area"))
        self.language = self._combo("languageFilter", translate("Filters", "Language"))
        self.source = self._combo("sourceFilter", translate("Filters", "Source"))
        self.period = self._combo("periodFilter", translate("Filters", "Period"))
        for label, days in PERIODS:
            self.period.addItem(translate("Filters", label), days)
        self.set_facets({}, {}, {})
        for combo in (self.pillar, self.area, self.language, self.source, self.period):
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.clear_button = QPushButton(translate("Filters", "Clear"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAccessibleName(translate("Filters", "Clear all filters"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

    def controls(self) -> list[QWidget]:
        """Left to right, as Tab visits them."""
        return [self.pillar, self.area, self.language, self.source, self.period,
                self.clear_button]

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    @staticmethod
    def _refill(combo: QComboBox, everything: str, counts: dict[str, int],
                label: Any = None) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, n in counts.items():
            if value:
                combo.addItem(f"{label(value) if label else value} ({number(n)})", value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_facets(self, areas: dict[str, int], languages: dict[str, int],
                   sources: dict[str, int]) -> None:
        """The values there are to choose from, with how many voices each has."""
        self._refill(self.area, translate("Filters", "All areas"), areas)
        self._refill(self.language, translate("Filters", "All languages"), languages,
                     lambda v: v.upper())
        self._refill(self.source, translate("Filters", "All sources"), sources,
                     lambda v: v.removeprefix("demo:"))

    def apply(self, flt: VoiceFilter, now: float | None = None) -> VoiceFilter:
        """`flt` with the bar's choices (the query is left as it is)."""
        days = self.period.currentData()
        since = None if days is None else int((now or time.time()) - days * 86400)

        def pick(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        return VoiceFilter(query=flt.query, pillars=pick(self.pillar), areas=pick(self.area),
                           sources=pick(self.source), languages=pick(self.language),
                           since=since)

    def show_filter(self, flt: VoiceFilter) -> None:
        """Reflect a filter set elsewhere (a click on an area in the pillars) without echo."""
        pairs = ((self.pillar, flt.pillars), (self.area, flt.areas),
                 (self.language, flt.languages), (self.source, flt.sources))
        for combo, values in pairs:
            combo.blockSignals(True)
            index = combo.findData(values[0]) if values else 0
            if index < 0 and values:
                combo.addItem(values[0], values[0])
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def clear(self) -> None:
        for combo in (self.pillar, self.area, self.language, self.source, self.period):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.changed.emit()

    @property
    def is_clear(self) -> bool:
        return all(c.currentIndex() == 0 for c in (self.pillar, self.area, self.language,
                                                   self.source, self.period))
