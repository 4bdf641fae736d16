"""Frozen records of the domain: voices, metrics, owners, escalations."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from chair.domain.i18n import QT_TRANSLATE_NOOP


class Pillar(enum.StrEnum):
    PRICE = "price"
    SELECTION = "selection"
    DELIVERY = "delivery"
    OTHER = "other"


PILLARS: tuple[Pillar, ...] = (Pillar.PRICE, Pillar.SELECTION, Pillar.DELIVERY)
# Their names, marked for the interface's and the documents' translations.
PILLAR_NAMES: dict[str, str] = {
    Pillar.PRICE: QT_TRANSLATE_NOOP("Pillar", "Price"),
    Pillar.SELECTION: QT_TRANSLATE_NOOP("Pillar", "Selection"),
    Pillar.DELIVERY: QT_TRANSLATE_NOOP("Pillar", "Delivery"),
    Pillar.OTHER: QT_TRANSLATE_NOOP("Pillar", "Other"),
}


class Channel(enum.StrEnum):
    EMAIL = "email"
    REVIEW = "review"
    TICKET = "ticket"
    CHAT = "chat"
    SOCIAL = "social"
    SURVEY = "survey"


class EscalationStatus(enum.StrEnum):
    OPEN = "open"
    INVESTIGATING = "investigating"
    ANSWERED = "answered"
    COE_SUBMITTED = "coe_submitted"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self is not EscalationStatus.CLOSED


@dataclass(frozen=True, slots=True)
class MailHeaders:
    """The headers that thread a mailed voice: its own Message-ID, the one it answers and the
    chain before that (References, newest last), and who wrote to whom. A voice keeps them in
    its metadata (stored as JSON); they are read and written only through this record."""

    message_id: str = ""
    sender: str = ""  # the From address
    to: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()

    @classmethod
    def of(cls, meta: Mapping[str, object]) -> MailHeaders:
        refs = meta.get("references")
        return cls(str(meta.get("message_id") or ""), str(meta.get("from") or ""),
                   str(meta.get("to") or ""), str(meta.get("in_reply_to") or ""),
                   tuple(str(r) for r in refs) if isinstance(refs, list | tuple) else ())

    def as_meta(self) -> dict[str, object]:
        """The metadata keys of these headers (empty ones left out)."""
        pairs = (("message_id", self.message_id), ("from", self.sender), ("to", self.to),
                 ("in_reply_to", self.in_reply_to), ("references", list(self.references)))
        return {key: value for key, value in pairs if value}

    @property
    def thread(self) -> list[str]:
        """The Message-IDs this message answers, nearest first."""
        return [m for m in (self.in_reply_to, *reversed(self.references)) if m]


@dataclass(frozen=True, slots=True)
class Voice:
    """One customer voice, verbatim. `received_at` is UTC epoch seconds, or UNKNOWN_TIME for a
    voice whose source gave no readable date (flagged DATE_UNREADABLE: shown as "date
    unknown" and listed after every dated voice, never as new)."""

    source: str
    source_key: str
    received_at: int
    text: str
    channel: str = Channel.EMAIL
    language: str = ""
    author: str = ""
    subject: str = ""
    pillar: str = Pillar.OTHER
    pillars: tuple[str, ...] = ()
    area: str = ""
    rating: float | None = None
    link: str = ""
    confidence: float = 0.0
    flags: int = 0
    meta: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    id: int | None = None
    escalation_id: int | None = None
    # How many voices this text stands for: itself and its copies, the same words sent by
    # other customers or again (see chair.store.twins).
    copies: int = 1
    # Of `pillars`, those the customer complains about (chair.insight.complaints), rather
    # than praises or merely mentions.
    complaints: tuple[str, ...] = ()
    # The key an earlier version of chair gave the same record (see chair.ingest.records):
    # a record stored under it is not added again. Never stored itself.
    alias_key: str = field(default="", compare=False)

    # flags bits
    PILLAR_MANUAL = 1
    AREA_MANUAL = 2
    DATE_UNREADABLE = 4
    # Some characters could not be read (a bad byte in the file): shown as U+FFFD, and
    # replaced by the text of a corrected file imported again.
    TEXT_DAMAGED = 8
    UNKNOWN_TIME = 0

    @property
    def date_known(self) -> bool:
        return not self.flags & Voice.DATE_UNREADABLE

    @property
    def mail(self) -> MailHeaders:
        """Its mail headers (all empty for a voice that did not come by email)."""
        return MailHeaders.of(self.meta)


@dataclass(frozen=True, slots=True)
class VoiceFilter:
    """What the feed shows: all parts combine with AND; empty means no restriction."""

    query: str = ""
    pillars: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    since: int | None = None
    until: int | None = None

    @property
    def is_empty(self) -> bool:
        return self == VoiceFilter()


@dataclass(frozen=True, slots=True)
class MetricObservation:
    """One measured value of a pillar metric for an area and a day (UTC date, ISO)."""

    pillar: str
    metric: str
    area: str
    period: str
    value: float
    target: float
    volume: int
    unit: str = "ratio"
    higher_is_better: bool = True


@dataclass(frozen=True, slots=True)
class Owner:
    name: str
    email: str
    pillar: str
    area: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Escalation:
    id: int
    voice_id: int | None
    owner_name: str
    owner_email: str
    status: EscalationStatus
    opened_at: int
    due_at: int
    note: str = "?"
    subject: str = ""
    pillar: str = ""
    area: str = ""
    # Corrective actions of its COE that are past due and not done.
    overdue_actions: int = 0
    forward_state: str = ""

    def is_overdue(self, now: int) -> bool:
        return self.status.is_open and now > self.due_at
