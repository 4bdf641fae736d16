"""Hosts a matplotlib Figure in the window. Imported only after the first paint."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from chair.insight.charts import ChartStyle, draw_trend
from chair.ui import theme


class TrendChart(FigureCanvasQTAgg):
    """A small trend line; redraws only when its data changes."""

    def __init__(self, parent: QWidget | None = None, height: int = 48) -> None:
        self.figure = Figure(figsize=(3, height / 100), dpi=100)
        super().__init__(self.figure)
        self.setParent(parent)
        self.setObjectName("trendChart")
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._shown: tuple[object, ...] | None = None

    def show_trend(self, trend: Sequence[tuple[str, float]], target: float | None,
                   color: str, style: ChartStyle | None = None) -> None:
        if style is None:  # the theme's colours, so a dark window gets a dark chart
            palette = QApplication.palette()  # the canvas keeps a palette of its own
            style = ChartStyle(background=palette.color(palette.ColorRole.Base).name(),
                               target=palette.color(palette.ColorRole.PlaceholderText).name(),
                               text=palette.color(palette.ColorRole.PlaceholderText).name(),
                               below=theme.color("alarm"))
        key = (tuple(trend), target, color, style)
        if key == self._shown:
            return
        self._shown = key
        draw_trend(self.figure, trend, target, color=color, style=style)
        self.draw_idle()
