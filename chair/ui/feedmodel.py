"""The feed's item model: a lazy, newest-first list of voices paged by key, live at the top."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from chair.domain.model import Voice, VoiceFilter
from chair.ui.format import pillar_name, voice_age

VoiceRole = Qt.ItemDataRole.UserRole + 1
PageKey = tuple[int, int]
FetchPage = Callable[[VoiceFilter, PageKey | None, int], list[Voice]]
Index = QModelIndex | QPersistentModelIndex


def _key(v: Voice) -> tuple[int, int]:
    # Newest first: larger (received_at, id) sorts earlier, so order by the negated key.
    return (-v.received_at, -(v.id or 0))


class VoiceFeedModel(QAbstractListModel):
    """Holds frozen Voice records; asks `fetch_page` for more as the view scrolls."""

    def __init__(
        self, fetch_page: FetchPage | None = None, page_size: int = 100, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._voices: list[Voice] = []
        self._keys: list[tuple[int, int]] = []
        self._filter = VoiceFilter()
        self._exhausted = False
        # True while rows change: anyone reacting to our signals (views, testers) may ask for
        # more from inside them, and a nested insert would corrupt the change in flight.
        self._changing = False
        self.redactor: Callable[[Voice], Voice] | None = None

    # -- Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._voices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._voices):
            return None
        voice = self._voices[index.row()]
        if self.redactor is not None:
            voice = self.redactor(voice)
        if role == VoiceRole:
            return voice
        if role == Qt.ItemDataRole.DisplayRole:
            return voice.subject or voice.text[:120]
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (f"{pillar_name(str(voice.pillar))}, {voice.area}, {voice_age(voice)}: "
                    f"{voice.text[:200]}")
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._changing
            and self._fetch_page is not None
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._changing = True
        try:
            self._fetch_next_page()
        finally:
            self._changing = False

    def _fetch_next_page(self) -> None:
        assert self._fetch_page is not None
        after = None
        if self._voices:
            last = self._voices[-1]
            after = (last.received_at, last.id or 0)
        page = self._fetch_page(self._filter, after, self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._voices)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._voices.extend(page)
        self._keys.extend(_key(v) for v in page)
        self.endInsertRows()

    # -- chair interface
    def set_fetch_page(self, fetch_page: FetchPage) -> None:
        """Read from `fetch_page` from now on, starting again from the newest."""
        self._fetch_page = fetch_page
        self.set_filter(self._filter)

    @property
    def voice_filter(self) -> VoiceFilter:
        return self._filter

    def set_filter(self, flt: VoiceFilter) -> None:
        """Show what `flt` selects, starting again from the newest."""
        self._changing = True
        try:
            self.beginResetModel()
            self._filter = flt
            self._voices.clear()
            self._keys.clear()
            self._exhausted = False
            self.endResetModel()
        finally:
            self._changing = False
        self.fetchMore()

    def show_page(self, flt: VoiceFilter, first_page: list[Voice]) -> None:
        """Show `flt` starting with a first page read elsewhere (off the GUI thread)."""
        self._changing = True
        try:
            self.beginResetModel()
            self._filter = flt
            self._voices = list(first_page)
            self._keys = [_key(v) for v in first_page]
            self._exhausted = len(first_page) < self._page_size
            self.endResetModel()
        finally:
            self._changing = False

    @property
    def page_size(self) -> int:
        return self._page_size

    def replace_voice(self, voice: Voice) -> None:
        """A voice changed (corrected, escalated): show the new version where it is."""
        for row, old in enumerate(self._voices):
            if old.id == voice.id:
                self._voices[row] = voice
                self.dataChanged.emit(self.index(row), self.index(row))
                return

    def mark_escalated(self, voice_ids: list[int], escalation_id: int) -> None:
        """Voices just escalated show their marker (one pass over what is loaded)."""
        wanted = set(voice_ids)
        for row, old in enumerate(self._voices):
            if old.id in wanted and old.escalation_id is None:
                self._voices[row] = dataclasses.replace(old, escalation_id=escalation_id)
                self.dataChanged.emit(self.index(row), self.index(row))

    def reload(self) -> None:
        self.set_filter(self._filter)

    def voice_at(self, row: int) -> Voice | None:
        return self._voices[row] if 0 <= row < len(self._voices) else None

    def row_of(self, voice_id: int) -> int:
        for row, voice in enumerate(self._voices):
            if voice.id == voice_id:
                return row
        return -1

    def add_live(self, voices: Sequence[Voice]) -> list[int]:
        """Place newly written voices where they belong; returns the rows they took.

        A voice older than everything loaded so far is left for fetchMore to bring.
        """
        self._changing = True
        try:
            return self._insert_sorted(voices)
        finally:
            self._changing = False

    def _insert_sorted(self, voices: Sequence[Voice]) -> list[int]:
        rows = []
        known = {v.id for v in self._voices}
        for voice in sorted(voices, key=_key):
            if voice.id in known:
                continue
            key = _key(voice)
            row = bisect.bisect_left(self._keys, key)
            if row == len(self._voices) and not self._exhausted:
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            self._voices.insert(row, voice)
            self._keys.insert(row, key)
            self.endInsertRows()
            rows.append(row)
        return rows

    def refresh_redaction(self) -> None:
        if self._voices:
            self.dataChanged.emit(self.index(0), self.index(len(self._voices) - 1))
