"""The pillar panel: price, selection and delivery against 100% and target, the trend, the
areas worst first, people affected, and a badge where the voices disagree with the data."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from chair.insight.pillars import PillarSummary
from chair.ui import theme
from chair.ui.format import (
    arg,
    decimal,
    number,
    percent,
    pillar_name,
    plain_label,
    rich_label,
    tip,
)
from chair.ui.i18n import translate
from chair.ui.wording import customers, metric_name, people_sentence


def _links_by_keyboard(label: QLabel) -> None:
    """Tab reaches the label's links, Enter follows the one in focus."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class PillarTile(QFrame):
    area_clicked = Signal(str, str)
    trends_requested = Signal(str)  # the pillar

    def __init__(self, pillar: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pillar = pillar
        self.setObjectName(f"pillarTile_{pillar}")
        self.setProperty("class", "tile")
        self.setAccessibleName(arg(translate("Pillars", "%1 pillar"), pillar_name(pillar)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.title = title = QLabel(pillar_name(pillar).upper())
        title.setObjectName("tileTitle")
        title.setStyleSheet(f"color: {theme.pillar_color(pillar)};")
        self.badge = QLabel("")
        self.badge.setObjectName("disagreeBadge")
        self.badge.setTextFormat(Qt.TextFormat.RichText)
        self.badge.setWordWrap(True)
        self.badge.linkActivated.connect(lambda area: self.area_clicked.emit(self.pillar, area))
        self.badge.setAccessibleName(
            arg(translate("Pillars", "%1: voices and data disagree"), pillar_name(pillar)))
        _links_by_keyboard(self.badge)
        self.badge.hide()
        self.overdue = rich_label("")
        self.overdue.setObjectName("tileOverdue")
        self.overdue.hide()
        self.trends = QToolButton()
        self.trends.setObjectName("tileTrends")
        self.trends.setText(translate("Pillars", "Trends") + " ›")
        self.trends.setAutoRaise(True)
        self.trends.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached by Tab as well
        # A link's look: the tile's numbers stay what the eye meets first.
        self.trends.setStyleSheet("QToolButton { color: palette(link); border: none; "
                                  "padding: 0 4px; } QToolButton:hover { "
                                  "text-decoration: underline; }")
        self.trends.setCursor(Qt.CursorShape.PointingHandCursor)
        self.trends.setToolTip(arg(translate(
            "Pillars", "%1 over the weeks: the voices and the metric per area"),
            pillar_name(pillar)))
        self.trends.setAccessibleName(arg(translate("Pillars", "%1 trends"), pillar_name(pillar)))
        self.trends.clicked.connect(lambda: self.trends_requested.emit(self.pillar))
        top.addWidget(title)
        top.addWidget(self.trends)
        top.addStretch(1)
        top.addWidget(self.overdue)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.detail = plain_label("")  # metric names and problems, as they come
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)  # long metric names in some languages take two lines
        self.people = QLabel("")
        self.people.setObjectName("tilePeople")
        self.people.setWordWrap(True)
        self.complaints = plain_label("")  # names areas of the voices
        self.complaints.setObjectName("tileComplaints")
        self.complaints.setWordWrap(True)
        self.areas = QLabel("")
        self.areas.setObjectName("tileAreas")
        self.areas.setTextFormat(Qt.TextFormat.RichText)
        self.areas.setWordWrap(True)
        self.areas.linkActivated.connect(lambda area: self.area_clicked.emit(self.pillar, area))
        self.areas.setAccessibleName(
            arg(translate("Pillars", "%1: worst areas"), pillar_name(pillar))
        )
        _links_by_keyboard(self.areas)
        self.chart_slot = QVBoxLayout()
        self.chart_slot.setContentsMargins(0, 2, 0, 2)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value)
        value_row.addLayout(self.chart_slot, 1)
        layout.addLayout(top)
        layout.addLayout(value_row)
        for w in (self.detail, self.people, self.complaints, self.areas, self.badge):
            layout.addWidget(w)
        layout.addStretch(1)
        self.chart: Any = None
        self.summary: PillarSummary | None = None

    def add_chart(self, chart: Any) -> None:
        self.chart = chart
        self.chart_slot.addWidget(chart)
        if self.summary is not None:
            self._draw()

    def _draw(self) -> None:
        if self.chart is not None and self.summary is not None:
            self.chart.show_trend(self.summary.trend[-60:], self.summary.target,
                                  theme.pillar_color(self.pillar))

    def show_summary(self, s: PillarSummary) -> None:
        self.summary = s
        self.complaints.setText(complaints_line(s))
        if s.value is None:
            self.value.setText(translate("Pillars", "no data"))
            self.detail.setText(translate("Pillars", "Import metrics (Ctrl+I) to see this pillar."))
            self.people.setText("")
            self.areas.setText("")
            return
        self.value.setText(percent(s.value))
        mark = translate("Pillars", "on target") if s.on_target else \
            translate("Pillars", "below target")
        self.detail.setText(arg(translate("Pillars", "%1 · target %2 · %3 · last 7 days"),
                                metric_name(s.metric), percent(s.target), mark))
        self.people.setText(people_sentence(s.metric, s.affected, s.beyond_target))
        alarm = theme.color("alarm")
        links = " · ".join(
            f"<a href='{html.escape(a.area)}' style='text-decoration:none; color:"
            f"{alarm if not a.on_target else 'palette(text)'}'>{html.escape(a.area)} "
            f"{percent(a.value)}</a>"
            for a in s.areas[:3]
        )
        self.areas.setText(arg(translate("Pillars", "Worst: %1"), links))
        self.setToolTip(tip(
            "\n".join(
                arg(
                    translate("Pillars", "%1: %2 (target %3), %4"),
                    a.area,
                    percent(a.value),
                    percent(a.target),
                    customers(a.affected),
                )
                for a in s.areas
            )
        ))
        self._draw()

    def show_overdue(self, escalations: list[Any]) -> None:
        """Overdue "?" escalations of this pillar (late answers or late corrective actions)."""
        if not escalations:
            self.overdue.hide()
            return
        n = len(escalations)
        late = translate("Pillars", "? %Ln overdue", None, n)
        self.overdue.setText(f"<b style='color:{theme.color('alarm')}'>{late}</b>")
        self.overdue.setToolTip(tip("\n".join(f"#{e.id} {e.owner_name}: {e.subject}"
                                               for e in escalations)))
        self.overdue.setAccessibleName(translate("Pillars", "%Ln overdue escalations", None, n))
        self.overdue.show()

    def show_disagreements(self, items: list[Any]) -> None:
        """Where this pillar's metric is on target but the area's voices say otherwise."""
        if not items:
            self.badge.hide()
            return
        parts = [
            f"<a href='{html.escape(d.area)}' style='color:palette(text); text-decoration:none'>"
            f"<b>⚠ {html.escape(d.area)}</b>: "
            + arg(
                translate("Pillars", "%1 says fine, %2 in 7 days against %3 expected"),
                percent(d.value),
                translate("Pillars", "%Ln complaints", None, d.voices_recent),
                decimal(d.voices_expected, 0),
            )
            + "</a>"
            for d in items[:2]
        ]
        self.badge.setText("<br>".join(parts))
        self.badge.setToolTip(
            translate(
                "Pillars",
                "The data says on target; the customers disagree. When they do, the "
                "anecdotes are usually right: look at the measurement.",
            )
        )
        self.badge.show()


class PillarsPanel(QFrame):
    """Three tiles side by side; clicking an area filters the feed to that pillar and area."""

    area_clicked = Signal(str, str)
    trends_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pillars")
        self.setAccessibleName(translate("Pillars", "Pillar metrics"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.tiles = {p: PillarTile(p) for p in ("price", "selection", "delivery")}
        for tile in self.tiles.values():
            tile.area_clicked.connect(self.area_clicked)
            tile.trends_requested.connect(self.trends_requested)
            layout.addWidget(tile, 1)

    def show_summaries(self, summaries: list[PillarSummary]) -> None:
        for s in summaries:
            tile = self.tiles.get(s.pillar)
            if tile is not None:
                tile.show_summary(s)

    def show_disagreements(self, items: list[Any]) -> None:
        for pillar, tile in self.tiles.items():
            tile.show_disagreements([d for d in items if d.pillar == pillar])

    def show_overdue(self, escalations: list[Any], now: int) -> None:
        for pillar, tile in self.tiles.items():
            tile.show_overdue([e for e in escalations if e.pillar == pillar
                               and (e.is_overdue(now) or e.overdue_actions)])

    def add_charts(self, factory: Any) -> None:
        """Give each tile a trend chart (after the first paint: matplotlib loads late)."""
        for tile in self.tiles.values():
            if tile.chart is None:
                tile.add_chart(factory(tile))

    def show_problem(self, message: str) -> None:
        for tile in self.tiles.values():
            tile.detail.setText(message)

    def set_compact(self, compact: bool) -> None:
        """On a short window the tiles keep the number, the customers and the alarms; the
        metric's line and the worst areas go to the tile's tooltip."""
        for tile in self.tiles.values():
            tile.detail.setVisible(not compact)
            tile.areas.setVisible(not compact)
            tile.complaints.setVisible(not compact)


def complaints_line(s: PillarSummary) -> str:
    """'38 complaints from customers in 7 days, most from Łódź (24)', or ''."""
    if not s.complaints:
        return ""
    line = translate("Pillars", "%Ln complaints from customers in 7 days", None, s.complaints)
    if s.complaints_from and s.complaints_from[0][0]:
        area, n = s.complaints_from[0]
        line += arg(translate("Pillars", ", most from %1 (%2)"), area, number(n))
    return line
