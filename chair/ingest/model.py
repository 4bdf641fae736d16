"""What every source yields and what an import reports."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from chair.domain.model import Voice


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input record that could not become a voice: where it was, why, and what it held."""

    location: str
    reason: str
    raw: str = ""


Item = Voice | Rejected


class Pending:
    """A record read but not yet made into a voice: that work happens in another process
    (see chair.ingest.run.Classifiers); a source yields these only when asked to."""

    __slots__ = ()


class Source(Protocol):
    """A readable place of voices: a file, a folder, a mailbox."""

    name: str  # shown to the user and stored as the voices' source
    size: int  # bytes to read, for progress (0 when unknown)

    def items(self, state: ImportState) -> Iterator[Item | Pending]: ...


class Cancelled(Exception):
    """The user cancelled the import; what was written so far stays, consistent."""


class ImportState:
    """Progress and cancellation, shared between an import and whoever runs it (any thread)."""

    def __init__(self, on_progress: Callable[[int, int], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self.done_bytes = 0
        self.total_bytes = 0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int | None = None) -> None:
        self.done_bytes = done
        if total is not None:
            self.total_bytes = total
        if self._on_progress:
            self._on_progress(self.done_bytes, self.total_bytes)


@dataclass
class SourceResult:
    source: str
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    error: str = ""
    reasons: dict[str, int] = field(default_factory=dict)
    # Of `imported`: answers to a "?" forward, attached to their escalation.
    replies: int = 0
    # Of the voices read: how many had no readable date (kept, shown as "date unknown").
    undated: int = 0
    # Of `duplicates`: voices stored with unreadable characters whose text this import mended.
    repaired: int = 0
    # Of `rejected`: rejects beyond the first REJECTS_KEPT, counted by reason, not kept.
    unkept: dict[str, int] = field(default_factory=dict)
    # A metrics file's areas that match no voice and no known place (chair.insight.areas).
    unmatched_areas: list[str] = field(default_factory=list)

    @property
    def read(self) -> int:
        return self.imported + self.duplicates + self.rejected

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "source": self.source, "imported": self.imported, "duplicates": self.duplicates,
            "rejected": self.rejected,
        }
        if self.replies:
            out["replies"] = self.replies
        if self.undated:
            out["undated"] = self.undated
        if self.repaired:
            out["repaired"] = self.repaired
        if self.unmatched_areas:
            out["unmatched_areas"] = self.unmatched_areas
        if self.error:
            out["error"] = self.error
        if self.reasons:
            out["reasons"] = dict(self.reasons)
        return out


@dataclass
class ImportResult:
    sources: list[SourceResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def imported(self) -> int:
        return sum(s.imported for s in self.sources)

    @property
    def duplicates(self) -> int:
        return sum(s.duplicates for s in self.sources)

    @property
    def rejected(self) -> int:
        return sum(s.rejected for s in self.sources)

    @property
    def undated(self) -> int:
        return sum(s.undated for s in self.sources)

    @property
    def unreadable(self) -> bool:
        """Nothing at all could be read (every source failed)."""
        return bool(self.sources) and all(s.error and not s.read for s in self.sources)

    def as_json(self) -> dict[str, object]:
        return {
            "imported": self.imported, "duplicates": self.duplicates, "rejected": self.rejected,
            "sources": [s.as_json() for s in self.sources], "cancelled": self.cancelled,
        }
