"""The records imports set aside, in the window: where each came from, why it was refused and
what it held, so that a file can be mended and imported again (nothing is lost)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair.tasks.runner import TaskRunner
from chair.ui.access import DataAccess
from chair.ui.format import plain_label
from chair.ui.i18n import translate


class RejectsDialog(QDialog):
    """Newest first; selecting one shows what the record held, as it was read."""

    def __init__(self, access: DataAccess, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectsDialog")
        self.setWindowTitle(translate("Rejects", "Rejected records"))
        self.resize(900, 560)
        self.count = plain_label(translate("Rejects", "Reading…"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rejectsTable")
        self.table.setHorizontalHeaderLabels([translate("Rejects", "Source"),
                                              translate("Rejects", "Where"),
                                              translate("Rejects", "Why it was set aside")])
        self.table.setAccessibleName(translate("Rejects", "Rejected records"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.raw = QPlainTextEdit()
        self.raw.setObjectName("rejectRaw")
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName(translate("Rejects", "What the record held"))
        self.raw.setPlaceholderText(translate("Rejects", "Select a record to see what it held."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.raw)
        split.setSizes([360, 160])
        hint = QLabel(translate("Rejects", "Mend the file and import it again: what was "
                                "imported stays, and nothing is imported twice."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(split, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._rejects: list[Any] = []
        self.table.currentCellChanged.connect(self._on_current_changed)
        runner.run(access.rejects, on_done=self._show, on_error=self.count.setText)

    def _show(self, rejects: list[Any]) -> None:
        self._rejects = rejects
        self.count.setText(translate("Rejects", "%Ln records set aside, newest first.", None,
                                     len(rejects)) if rejects
                           else translate("Rejects", "No record was set aside."))
        self.table.setRowCount(len(rejects))
        for row, r in enumerate(rejects):
            for col, text in enumerate((r.source, r.location, r.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        if rejects:
            self.table.selectRow(0)

    def _on_current_changed(self, row: int, *_args: int) -> None:
        self.raw.setPlainText(self._rejects[row].raw if 0 <= row < len(self._rejects) else "")

