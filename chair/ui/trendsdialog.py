"""A pillar's trends, from its tile: the voices about it per week in each area (each
customer-written text once), and its headline metric per week in the areas furthest below
target. Read on a worker, drawn by chair.insight.charts."""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from chair.insight.charts import AREA_COLORS, ChartStyle, draw_area_lines
from chair.insight.trends import PillarTrends
from chair.tasks.runner import TaskRunner
from chair.ui import theme
from chair.ui.access import DataAccess
from chair.ui.format import arg, day, pillar_name, plain_label
from chair.ui.i18n import translate
from chair.ui.wording import metric_name


class TrendsDialog(QDialog):
    """Two charts, one above the other; `drawn` once they show the data."""

    drawn = Signal()

    def __init__(self, access: DataAccess, runner: TaskRunner, pillar: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsDialog")
        self.pillar = pillar
        self.setWindowTitle(arg(translate("Trends", "%1 over the weeks"), pillar_name(pillar)))
        self.resize(900, 680)
        self.trends: PillarTrends | None = None
        self.volume_chart = FigureCanvasQTAgg(Figure(figsize=(8, 3), dpi=100))
        self.volume_chart.setObjectName("volumeTrend")
        self.metric_chart = FigureCanvasQTAgg(Figure(figsize=(8, 3), dpi=100))
        self.metric_chart.setObjectName("metricTrend")
        self.message = plain_label(translate("Trends", "Reading…"))
        self.message.setObjectName("trendsMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.volume_chart, 1)
        layout.addWidget(self.metric_chart, 1)
        layout.addWidget(buttons)
        runner.run(access.trends, pillar, on_done=self._show, on_error=self.message.setText)

    def _style(self) -> ChartStyle:
        palette = QApplication.palette()
        return ChartStyle(background=palette.color(palette.ColorRole.Base).name(),
                          target=palette.color(palette.ColorRole.PlaceholderText).name(),
                          text=palette.color(palette.ColorRole.Text).name(),
                          below=theme.color("alarm"), line_width=1.8, font_size=9)

    def _show(self, trends: PillarTrends) -> None:
        self.trends = trends
        weeks = [day(w * 86400 + 43200) for w in trends.weeks]
        style = self._style()
        colors: dict[str, str] = {}
        for area in [a for a, _ in trends.volumes] + [a for a, _ in trends.series]:
            if area and area not in colors:
                colors[area] = AREA_COLORS[len(colors) % len(AREA_COLORS)]
        self.message.setText(translate(
            "Trends", "Each customer-written text counted once; a week starts on Monday."))
        draw_area_lines(self.volume_chart.figure, weeks,
                        [(a, [float(n) for n in ns]) for a, ns in trends.volumes],
                        title=arg(translate("Trends", "Voices about %1 per week"),
                                  pillar_name(trends.pillar)),
                        colors=colors, style=style, words=translate)
        draw_area_lines(self.metric_chart.figure, weeks, list(trends.series),
                        title=arg(translate("Trends", "%1 per week: the areas above, and those "
                                            "furthest below target"), metric_name(trends.metric)),
                        target=trends.target, percent=True, colors=colors, style=style,
                        words=translate)
        for canvas in (self.volume_chart, self.metric_chart):
            canvas.draw_idle()
        self.drawn.emit()

    def lines(self, canvas: Any) -> list[str]:
        """The names of the lines drawn on `canvas` (for tests and accessibility)."""
        return [line.get_label() for axes in canvas.figure.axes for line in axes.get_lines()]
