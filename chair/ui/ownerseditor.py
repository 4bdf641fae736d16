"""The owners directory, edited where it is used: who answers a "?" for a pillar in an area
(an empty area: every area of the pillar)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair.domain.model import PILLAR_NAMES, Owner
from chair.ui.format import arg
from chair.ui.i18n import translate

COLUMNS = ("pillar", "area", "name", "email")


class OwnersEditor(QWidget):
    """A table of owners with Add and Remove; `owners()` reads it back, `problems()` says
    what keeps a row from being saved."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("ownersTable")
        self.table.setAccessibleName(translate("Settings", "Owners directory"))
        self.table.setHorizontalHeaderLabels([translate("Settings", "Pillar"),
                                              translate("Settings", "Area (empty: all)"),
                                              translate("Settings", "Name"),
                                              translate("Settings", "Email")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(translate("Settings", "Add owner"))
        self.add_button.setObjectName("addOwner")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(translate("Settings", "Remove owner"))
        self.remove_button.clicked.connect(self._remove_row)
        self.changed = False
        self.table.itemChanged.connect(self._on_edited)
        self.buttons = QHBoxLayout()  # Add, Remove, and what the dialog adds
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)

    def load(self, owners: list[Owner]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for owner in owners:
            self.add_row(owner)
        self.table.blockSignals(False)
        self.changed = False

    def add_row(self, owner: Owner | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (owner.pillar, owner.area, owner.name, owner.email) if owner else ("", "", "", "")
        for col, value in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(value))
        if owner is None:
            self.table.setCurrentCell(row, 0)
            self._on_edited()
        return row

    def _remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        self.changed = True
        self.edited.emit()

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def owners(self) -> list[Owner]:
        """The rows that name someone (empty rows are left out)."""
        found = []
        for row in range(self.table.rowCount()):
            pillar, area, name, email = (self._cell(row, c) for c in range(len(COLUMNS)))
            if pillar or name or email:
                found.append(Owner(name or email, email, pillar.lower(), area))
        return found

    def problems(self) -> list[str]:
        said = []
        known = {str(p) for p in PILLAR_NAMES}
        seen: set[tuple[str, str]] = set()
        for k, owner in enumerate(self.owners(), 1):
            if owner.pillar not in known:
                said.append(arg(translate("Settings", "Owner %1: the pillar is price, selection, "
                                          "delivery or other."), k))
            if "@" not in owner.email:
                said.append(arg(translate("Settings", "Owner %1: an email address is needed."), k))
            if (owner.pillar, owner.area) in seen:
                said.append(arg(translate("Settings", "Owner %1: that pillar and area has an "
                                          "owner already."), k))
            seen.add((owner.pillar, owner.area))
        return said
