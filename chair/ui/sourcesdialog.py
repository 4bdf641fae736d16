"""Taking back an import: every source chair holds voices or rejected records of, with how
many; removing one asks first and says exactly what goes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair.tasks.runner import TaskRunner
from chair.ui.access import DataAccess
from chair.ui.format import arg, number, plain_label
from chair.ui.i18n import translate


class SourcesDialog(QDialog):
    """Sources biggest first; Remove takes one back, after a confirmation that counts."""

    removed = Signal(str, int, int)  # source, voices, rejected records

    def __init__(self, access: DataAccess, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.setWindowTitle(translate("Sources", "Remove imported voices"))
        self.resize(720, 440)
        self.access, self.runner = access, runner
        self.said = plain_label(translate("Sources", "Reading…"))
        self.said.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("sourcesTable")
        self.table.setAccessibleName(translate("Sources", "Sources"))
        self.table.setHorizontalHeaderLabels([translate("Sources", "Source"),
                                              translate("Sources", "Voices"),
                                              translate("Sources", "Rejected")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton(translate("Sources", "Remove…"))
        self.remove_button.setObjectName("removeSource")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.said)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._sizes: dict[str, tuple[int, int]] = {}
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedItems())))
        self.reload()

    def reload(self) -> None:
        self.runner.run(self.access.source_sizes, on_done=self._show, on_error=self.said.setText)

    def _show(self, sizes: dict[str, tuple[int, int]]) -> None:
        self._sizes = sizes
        self.said.setText(translate(
            "Sources", "Where the voices came from. Removing a source takes back every voice "
            "and rejected record it brought; escalations keep a line where a voice was.")
            if sizes else translate("Sources", "Nothing has been imported yet."))
        self.table.setRowCount(len(sizes))
        for row, (source, (voices, rejected)) in enumerate(sizes.items()):
            for col, text in enumerate((source, number(voices), number(rejected))):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def selected_source(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.text() if item is not None else None

    def remove_selected(self, confirmed: bool = False) -> None:
        source = self.selected_source()
        if source is None:
            return
        voices, rejected = self._sizes.get(source, (0, 0))
        if not confirmed:
            answer = QMessageBox.question(self, translate("Sources", "Remove imported voices"),
                                          arg(translate("Sources", "Remove %1 voices and %2 "
                                                        "rejected records that came from %3? "
                                                        "This cannot be undone."),
                                              number(voices), number(rejected), source))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.remove_button.setEnabled(False)
        self.runner.run(self.access.remove_source, source,
                        on_done=lambda done: self._on_removed(source, done),
                        on_error=self.said.setText)

    def _on_removed(self, source: str, done: tuple[int, int]) -> None:
        self.removed.emit(source, *done)
        self.reload()
