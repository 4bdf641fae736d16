"""What a meeting leaves behind: its decisions, the voices shown, the "?" raised."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class MeetingEvent:
    at: int
    kind: str  # "voice_shown", "decision", "escalation", "agenda", "snapshot"
    text: str = ""
    voice_id: int | None = None
    escalation_id: int | None = None
    # The voice's words as shown on screen (redacted when the meeting was), its place.
    voice_text: str = ""
    voice_author: str = ""
    voice_where: str = ""
    payload: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    # A decision's owner, the day to follow it up by and when it was followed up.
    owner: str = ""
    follow_up: int | None = None
    done_at: int | None = None


@dataclass(frozen=True, slots=True)
class MeetingMinutes:
    id: int
    title: str
    attendees: str
    started_at: int
    ended_at: int | None
    events: tuple[MeetingEvent, ...]
    redacted: bool = True

    def of_kind(self, kind: str) -> list[MeetingEvent]:
        return [e for e in self.events if e.kind == kind]


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision taken in a meeting, followed up by its owner: until it is, it comes back
    in every meeting after its follow-up date, as an overdue corrective action does."""

    id: int
    meeting_id: int
    meeting_title: str
    decided_at: int
    text: str
    owner: str = ""
    follow_up: int | None = None
    done_at: int | None = None

    def is_due(self, now: float) -> bool:
        return self.done_at is None and self.follow_up is not None and self.follow_up <= now
