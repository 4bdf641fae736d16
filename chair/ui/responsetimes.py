"""How fast each owner answers a "?" and closes it: a table and a chart (matplotlib)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair.tasks.runner import TaskRunner
from chair.ui import theme
from chair.ui.access import EscalationAccess
from chair.ui.format import decimal, number, plain_label
from chair.ui.i18n import translate

DAY = 86400.0
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def days(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    d = seconds / DAY
    if d < 1:
        return translate("ResponseTimes", "%1 h").replace("%1", decimal(seconds / 3600, 0))
    return translate("ResponseTimes", "%1 d").replace("%1", decimal(d, 1))


def _days(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / DAY


class ResponseTimesDialog(QDialog):
    loaded = Signal()

    def __init__(self, access: EscalationAccess, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("responseTimes")
        self.setWindowTitle(translate("ResponseTimes", "Response times by owner"))
        self.resize(760, 620)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("responseTable")
        self.table.setHorizontalHeaderLabels([
            translate("ResponseTimes", "Owner"), translate("ResponseTimes", "Escalations"),
            translate("ResponseTimes", "Open"), translate("ResponseTimes", "Overdue"),
            translate("ResponseTimes", "First answer"), translate("ResponseTimes", "Closed after"),
            translate("ResponseTimes", "Still waiting")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 7):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        note = plain_label(translate(
            "ResponseTimes", "Medians. First answer: the first reply, or the first move to "
            "Answered. Still waiting: the oldest open '?' with no answer yet."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.chart_slot = QVBoxLayout()
        close = QPushButton(translate("ResponseTimes", "Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(self.chart_slot, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.rows: list[Any] = []
        self._due_days = 3
        runner.run(lambda: (access.response_times(), access.response_days()),
                   on_done=self._show, on_error=lambda m: note.setText(m))

    def _show(self, result: tuple[list[Any], int]) -> None:
        self.rows, self._due_days = result
        self.table.setRowCount(len(self.rows))
        alarm = QColor(theme.color("alarm"))
        for r, row in enumerate(self.rows):
            cells = [row.owner, number(row.escalations), number(row.open), number(row.overdue),
                     days(row.median_first_answer_s), days(row.median_close_s),
                     days(row.longest_wait_s)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT)
                if c == 3 and row.overdue:
                    item.setForeground(alarm)
                slow = row.median_first_answer_s is not None and \
                    row.median_first_answer_s > self._due_days * DAY
                waiting = row.longest_wait_s is not None and \
                    row.longest_wait_s > self._due_days * DAY
                if (c == 4 and slow) or (c == 6 and waiting):
                    item.setForeground(alarm)
                self.table.setItem(r, c, item)
        self._draw()
        self.loaded.emit()

    def _draw(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from chair.insight.charts import ChartStyle, draw_response_times

        figure = Figure(figsize=(6, 2.6), dpi=100)
        palette = self.palette()
        style = ChartStyle(background=palette.color(palette.ColorRole.Window).name(),
                           text=palette.color(palette.ColorRole.Text).name(),
                           below=theme.color("alarm"), font_size=8)
        draw_response_times(figure, [(r.owner, _days(r.median_first_answer_s),
                                      _days(r.median_close_s), _days(r.longest_wait_s))
                                     for r in self.rows[:12]],
                            due_days=self._due_days, style=style,
                            words=translate)
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setObjectName("responseChart")
        self.chart_slot.addWidget(self.canvas)
