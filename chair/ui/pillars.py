"""The pillar panel: price, selection and delivery against 100% and target, areas worst first."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from chair.insight.pillars import METRIC_LABELS, PillarSummary
from chair.ui.format import PILLAR_COLORS, PILLAR_NAMES, percent


class PillarTile(QFrame):
    area_clicked = Signal(str, str)

    def __init__(self, pillar: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pillar = pillar
        self.setObjectName(f"pillarTile_{pillar}")
        self.setProperty("class", "tile")
        self.setAccessibleName(f"{PILLAR_NAMES[pillar]} pillar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        title = QLabel(PILLAR_NAMES[pillar].upper())
        title.setObjectName("tileTitle")
        title.setStyleSheet(f"color: {PILLAR_COLORS[pillar]};")
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.detail = QLabel("")
        self.detail.setObjectName("tileDetail")
        self.people = QLabel("")
        self.people.setObjectName("tilePeople")
        self.people.setWordWrap(True)
        self.areas = QLabel("")
        self.areas.setObjectName("tileAreas")
        self.areas.setTextFormat(Qt.TextFormat.RichText)
        self.areas.linkActivated.connect(lambda area: self.area_clicked.emit(self.pillar, area))
        for w in (title, self.value, self.detail, self.people, self.areas):
            layout.addWidget(w)
        layout.addStretch(1)

    def show_summary(self, s: PillarSummary) -> None:
        if s.value is None:
            self.value.setText("no data")
            self.detail.setText("Import metrics to see this pillar.")
            self.people.setText("")
            self.areas.setText("")
            return
        self.value.setText(percent(s.value))
        mark = "on target" if s.on_target else "below target"
        self.detail.setText(f"{METRIC_LABELS.get(s.metric, s.metric)} · target "
                            f"{percent(s.target)} · {mark} · last 7 days")  # fmt: skip
        self.people.setText(s.people_sentence)
        worst = [a for a in s.areas[:3]]
        links = " · ".join(
            f"<a href='{html.escape(a.area)}' style='text-decoration:none; color:"
            f"{'#b3261e' if not a.on_target else 'palette(text)'}'>{html.escape(a.area)} "
            f"{percent(a.value)}</a>"
            for a in worst
        )
        self.areas.setText(f"Worst: {links}")
        self.setToolTip("\n".join(f"{a.area}: {percent(a.value)} (target {percent(a.target)}), "
                                  f"{a.affected:,} customers" for a in s.areas))  # fmt: skip


class PillarsPanel(QFrame):
    """Three tiles side by side; clicking an area filters the feed to that pillar and area."""

    area_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pillars")
        self.setAccessibleName("Pillar metrics")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.tiles = {p: PillarTile(p) for p in ("price", "selection", "delivery")}
        for tile in self.tiles.values():
            tile.area_clicked.connect(self.area_clicked)
            layout.addWidget(tile, 1)
        self.message = QLabel("")
        self.message.setObjectName("panelMessage")
        self.message.hide()

    def show_summaries(self, summaries: list[PillarSummary]) -> None:
        for s in summaries:
            tile = self.tiles.get(s.pillar)
            if tile is not None:
                tile.show_summary(s)

    def show_problem(self, message: str) -> None:
        for tile in self.tiles.values():
            tile.detail.setText(message)
