"""The feed's item model: a lazy, newest-first list of voices paged by key, live at the top."""

from __future__ import annotations

import bisect
import dataclasses
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from chair.domain.model import Voice, VoiceFilter
from chair.ui.format import pillar_name, voice_age

VoiceRole = Qt.ItemDataRole.UserRole + 1
PageKey = tuple[int, int]
FetchPage = Callable[[VoiceFilter, PageKey | None, int], list[Voice]]
Index = QModelIndex | QPersistentModelIndex
CACHE_ROWS = 3000  # voices held for the rows last shown (a few screens either way)


class VoiceFeedModel(QAbstractListModel):
    """The feed's rows, newest first, paged by key from `fetch_page` as the view scrolls.

    Every row keeps only its key (16 bytes: when the voice was received, and its id); the
    voices themselves are held for the rows last shown, at most `cache_rows` of them, and read
    again by key when the view comes back to a row let go. Scrolling through millions of
    voices costs their keys, not their texts."""

    def __init__(
        self, fetch_page: FetchPage | None = None, page_size: int = 100, parent: Any = None,
        cache_rows: int = CACHE_ROWS,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._cache_rows = max(cache_rows, 2 * page_size)
        self._at = array("q")  # received_at of each row, newest first
        self._ids = array("q")  # and its voice id
        self._held: OrderedDict[int, Voice] = OrderedDict()  # voice id -> voice, last used last
        self._filter = VoiceFilter()
        self._exhausted = False
        # True while rows change: anyone reacting to our signals (views, testers) may ask for
        # more from inside them, and a nested insert would corrupt the change in flight.
        self._changing = False
        self.redactor: Callable[[Voice], Voice] | None = None

    # -- rows and the voices held for them
    def _order(self, row: int) -> tuple[int, int]:
        return (-self._at[row], -self._ids[row])

    def _hold(self, voices: Sequence[Voice]) -> None:
        for voice in voices:
            if voice.id is not None:
                self._held[voice.id] = voice
                self._held.move_to_end(voice.id)
        while len(self._held) > self._cache_rows:
            self._held.popitem(last=False)

    def _key_before(self, row: int) -> PageKey | None:
        return None if row <= 0 else (self._at[row - 1], self._ids[row - 1])

    def _voice(self, row: int) -> Voice | None:
        if not 0 <= row < len(self._ids):
            return None
        vid = self._ids[row]
        voice = self._held.get(vid)
        if voice is None and self._fetch_page is not None:
            # Let go earlier: read the page that starts here again (a keyed read).
            self._hold(self._fetch_page(self._filter, self._key_before(row), self._page_size))
            voice = self._held.get(vid)
        elif voice is not None:
            self._held.move_to_end(vid)
        return voice

    def held(self) -> int:
        """How many voices the model holds now (the rest are keys)."""
        return len(self._held)

    def _reset_rows(self, voices: Sequence[Voice]) -> None:
        self._at = array("q", (v.received_at for v in voices))
        self._ids = array("q", (v.id or 0 for v in voices))
        self._held.clear()
        self._hold(voices)

    # -- Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        voice = self._voice(index.row())
        if voice is None:
            return None
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
        page = self._fetch_page(self._filter, self._key_before(len(self._ids)), self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._at.extend(v.received_at for v in page)
        self._ids.extend(v.id or 0 for v in page)
        self._hold(page)
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
            self._reset_rows([])
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
            self._reset_rows(first_page)
            self._exhausted = len(first_page) < self._page_size
            self.endResetModel()
        finally:
            self._changing = False

    @property
    def page_size(self) -> int:
        return self._page_size

    def replace_voice(self, voice: Voice) -> None:
        """A voice changed (corrected, escalated): show the new version where it is."""
        row = self.row_of(voice.id or 0)
        if row >= 0:
            self._hold([voice])
            self.dataChanged.emit(self.index(row), self.index(row))

    def mark_escalated(self, voice_ids: list[int], escalation_id: int) -> None:
        """Voices just escalated show their marker (those let go are read anew with it)."""
        for vid in voice_ids:
            old = self._held.get(vid)
            if old is not None and old.escalation_id is None:
                self._held[vid] = dataclasses.replace(old, escalation_id=escalation_id)
            row = self.row_of(vid)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    def reload(self) -> None:
        self.set_filter(self._filter)

    def voice_at(self, row: int) -> Voice | None:
        return self._voice(row)

    def row_of(self, voice_id: int) -> int:
        try:
            return self._ids.index(voice_id)
        except ValueError:
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
        rows_in = range(len(self._ids))
        for voice in sorted(voices, key=lambda v: (-v.received_at, -(v.id or 0))):
            order = (-voice.received_at, -(voice.id or 0))
            row = bisect.bisect_left(rows_in, order, key=self._order)
            if row < len(self._ids) and self._order(row) == order:
                continue  # shown already
            if row == len(self._ids) and not self._exhausted:
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            self._at.insert(row, voice.received_at)
            self._ids.insert(row, voice.id or 0)
            self._hold([voice])
            self.endInsertRows()
            rows_in = range(len(self._ids))
            rows.append(row)
        return rows

    def refresh_redaction(self) -> None:
        if len(self._ids):
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
