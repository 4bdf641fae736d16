"""The open "?" escalations: owner, age, due and status; overdue ones stand out."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.domain.model import Escalation
from chair.ui import theme
from chair.ui.format import age, arg, pillar_name, tip
from chair.ui.i18n import translate
from chair.ui.wording import status_name

EscalationRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class EscalationsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Escalations", "Voice"), QT_TRANSLATE_NOOP("Escalations", "Owner"),
        QT_TRANSLATE_NOOP("Escalations", "Status"), QT_TRANSLATE_NOOP("Escalations", "Age"),
        QT_TRANSLATE_NOOP("Escalations", "Due"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Escalation] = []
        self.now = time.time()
        self.redactor: Any = None  # text -> text, while personal data is hidden

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return translate("Escalations", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        e = self._items[index.row()]
        overdue = e.is_overdue(int(self.now))
        col = index.column()
        if role == EscalationRole:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                subject = self.redactor(e.subject) if self.redactor and e.subject else e.subject
                return subject or f"#{e.id}"
            if col == 1:
                return e.owner_name
            if col == 2:
                status = status_name(e.status)
                if e.overdue_actions:
                    n = e.overdue_actions
                    return status + " · " + translate("Escalations", "%Ln actions overdue", None, n)
                if e.forward_state == "failed":
                    return status + " · " + translate("Escalations", "email not sent")
                return status
            if col == 3:
                return age(e.opened_at, self.now)
            if col == 4:
                days = (e.due_at - self.now) / 86400
                if overdue:
                    return translate("Escalations", "overdue %n d", None, max(1, int(-days)))
                if days < 1:
                    return translate("Escalations", "today")
                return translate("Escalations", "in %n d", None, int(days))
        late = e.overdue_actions > 0 or e.forward_state == "failed"
        if role == Qt.ItemDataRole.ForegroundRole and (
            (overdue and col in (0, 4)) or (late and col == 2)
        ):
            return QColor(theme.color("alarm"))
        if role == Qt.ItemDataRole.FontRole and overdue and col == 4:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole subject, which the column may cut
            note = self.redactor(e.note) if self.redactor else e.note
            subject = self.redactor(e.subject) if self.redactor and e.subject else e.subject
            return tip(f"{subject}\n#{e.id} · {pillar_name(e.pillar)} · {e.area}\n" + arg(
                translate("Escalations", "Note: %1"), note))
        return None

    def set_items(self, items: list[Escalation]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.now = time.time()
        self.endResetModel()

    def set_redactor(self, redactor: Any) -> None:
        self.redactor = redactor
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    def overdue_count(self) -> int:
        return sum(e.is_overdue(int(self.now)) or e.overdue_actions > 0 for e in self._items)

    def row_of(self, escalation_id: int) -> int | None:
        return next((row for row, e in enumerate(self._items) if e.id == escalation_id), None)


class EscalationsView(QTableView):
    escalation_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalations")
        self.setAccessibleName(translate("Escalations", "Open escalations"))
        self.model_ = EscalationsModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.doubleClicked.connect(
            lambda index: self.escalation_activated.emit(index.data(EscalationRole))
        )
        self.activated.connect(  # Enter on a row opens it too
            lambda index: self.escalation_activated.emit(index.data(EscalationRole))
        )

    def reveal(self, escalation_id: int) -> bool:
        """Select the escalation's row and scroll to it (a "?" just made is seen where it
        landed); False while the list does not hold it yet."""
        row = self.model_.row_of(escalation_id)
        if row is None:
            return False
        self.selectRow(row)
        self.scrollTo(self.model_.index(row, 0))
        return True
