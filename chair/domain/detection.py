"""What chair noticed on its own: a spike of voices in a pillar and area, or a new phrase
from several customers, as its log keeps it (chair.store.detections)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Detection:
    id: int
    kind: str  # "spike" or "phrase"
    key: str  # "delivery|Łódź", or the phrase as counted
    pillar: str
    area: str
    words: str  # a phrase as the customers wrote it
    first_seen: int
    last_seen: int
    recent: int
    expected: float
    evidence: tuple[int, ...]  # voice ids
    state: str
    escalation_id: int | None
    decided_by: str
