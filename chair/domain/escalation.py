"""The "?" loop as rules: which status may follow which, and what a COE needs to close."""

from __future__ import annotations

from dataclasses import dataclass, field

from chair.domain.errors import ChairError
from chair.domain.i18n import QT_TRANSLATE_NOOP, Words, english, fill
from chair.domain.model import Escalation, EscalationStatus, Voice

S = EscalationStatus
# open -> investigating -> answered -> COE submitted -> closed; a reply can skip ahead to
# answered, a COE can be sent back for more work, and a closed escalation can be reopened.
TRANSITIONS: dict[EscalationStatus, tuple[EscalationStatus, ...]] = {
    S.OPEN: (S.INVESTIGATING, S.ANSWERED),
    S.INVESTIGATING: (S.ANSWERED,),
    S.ANSWERED: (S.INVESTIGATING, S.COE_SUBMITTED),
    S.COE_SUBMITTED: (S.CLOSED, S.INVESTIGATING),
    S.CLOSED: (S.OPEN,),
}
STATUS_LABELS = {
    S.OPEN: QT_TRANSLATE_NOOP("Status", "Open"),
    S.INVESTIGATING: QT_TRANSLATE_NOOP("Status", "Investigating"),
    S.ANSWERED: QT_TRANSLATE_NOOP("Status", "Answered"),
    S.COE_SUBMITTED: QT_TRANSLATE_NOOP("Status", "COE submitted"),
    S.CLOSED: QT_TRANSLATE_NOOP("Status", "Closed"),
}
# The verb on the button that makes the move.
ACTION_LABELS = {
    S.OPEN: QT_TRANSLATE_NOOP("Action", "Reopen"),
    S.INVESTIGATING: QT_TRANSLATE_NOOP("Action", "Start investigating"),
    S.ANSWERED: QT_TRANSLATE_NOOP("Action", "Mark answered"),
    S.COE_SUBMITTED: QT_TRANSLATE_NOOP("Action", "Submit COE"),
    S.CLOSED: QT_TRANSLATE_NOOP("Action", "Close escalation"),
}


class TransitionNotAllowed(ChairError):
    """An escalation cannot move from its status to the one asked for."""


class CoeIncomplete(ChairError):
    """The Correction of Error lacks what closing it requires; `missing` says what."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__("This COE cannot close yet: " + "; ".join(missing) + ".")


@dataclass(frozen=True, slots=True)
class CorrectiveAction:
    description: str
    owner: str
    due_at: int | None
    done_at: int | None = None
    id: int | None = None

    def is_overdue(self, now: int) -> bool:
        return self.done_at is None and self.due_at is not None and self.due_at < now


@dataclass(frozen=True, slots=True)
class Evidence:
    """A voice or a metric observation the COE cites, with what it shows."""

    kind: str  # "voice" or "metric"
    ref_id: int
    summary: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Coe:
    escalation_id: int
    what_happened: str = ""
    impact: str = ""
    root_cause: str = ""
    whys: tuple[str, ...] = ()
    supporting_data: str = ""
    implications: str = ""
    lessons: str = ""
    submitted_at: int | None = None
    actions: tuple[CorrectiveAction, ...] = field(default=())
    evidence: tuple[Evidence, ...] = ()


# The seven sections, in the order a reader meets them: (key, heading).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("what_happened", QT_TRANSLATE_NOOP("Coe", "What happened")),
    ("impact", QT_TRANSLATE_NOOP("Coe", "Impact on customers and the business")),
    ("root_cause", QT_TRANSLATE_NOOP("Coe", "Root cause")),
    ("supporting_data", QT_TRANSLATE_NOOP("Coe", "Supporting data")),
    ("implications", QT_TRANSLATE_NOOP("Coe", "Critical implications, including security")),
    ("lessons", QT_TRANSLATE_NOOP("Coe", "Lessons learned")),
    ("actions", QT_TRANSLATE_NOOP("Coe", "Corrective actions")),
)


def closing_gaps(coe: Coe | None) -> list[str]:
    """What is missing before a COE may close its escalation; empty when nothing is."""
    if coe is None:
        return [QT_TRANSLATE_NOOP("Coe", "no Correction of Error has been written")]
    missing = []
    if not coe.root_cause.strip():
        missing.append(QT_TRANSLATE_NOOP("Coe", "the root cause is empty"))
    if not coe.supporting_data.strip() and not coe.evidence:
        missing.append(
            QT_TRANSLATE_NOOP("Coe", "no supporting data (write it or link voices and metrics)")
        )
    complete = [a for a in coe.actions if a.description.strip() and a.owner.strip() and a.due_at]
    if not complete:
        missing.append(
            QT_TRANSLATE_NOOP("Coe", "no corrective action with an owner and a due date")
        )
    return missing


def check_transition(status: EscalationStatus, to: EscalationStatus, coe: Coe | None) -> None:
    """Raise when `status -> to` is not a move of the lifecycle, or the COE is not ready."""
    if to not in TRANSITIONS[status]:
        allowed = ", ".join(STATUS_LABELS[s] for s in TRANSITIONS[status])
        raise TransitionNotAllowed(
            f"An escalation that is {STATUS_LABELS[status]} cannot become "
            f"{STATUS_LABELS[to]}; it can become: {allowed}."
        )
    if to in (S.COE_SUBMITTED, S.CLOSED):
        missing = closing_gaps(coe)
        if missing:
            raise CoeIncomplete(missing)


def parse_owner(text: str) -> tuple[str, str]:
    """(name, address) from what a person types as an owner: "Ewa Krawczyk <ewa@shop>",
    "ewa@shop" or just "Ewa Krawczyk" (no address)."""
    import email.utils

    text = text.strip()
    name, address = email.utils.parseaddr(text)
    if not address or "@" not in address:
        return text, ""
    return name, address


OPENED_AS = QT_TRANSLATE_NOOP("Status", "opened as %1")
FORWARDED_ON = QT_TRANSLATE_NOOP("Status", "forwarded on")


def status_label(value: str, words: Words = english) -> str:
    """ "COE submitted" for "coe_submitted", in `words`; an unknown status as it is stored."""
    try:
        return words("Status", STATUS_LABELS[EscalationStatus(value)])
    except ValueError:
        return value


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: int
    who: str
    from_status: str
    to_status: str
    note: str = ""

    def move(self, words: Words = english) -> str:
        """ "opened as Open", "Answered → COE submitted", in `words`."""
        if not self.from_status:
            return fill(words("Status", OPENED_AS), status_label(self.to_status, words))
        if self.from_status == self.to_status:  # handed on, its status unchanged
            return words("Status", FORWARDED_ON)
        return f"{status_label(self.from_status, words)} → {status_label(self.to_status, words)}"


@dataclass(frozen=True, slots=True)
class Reply:
    """A message from the owner, threaded onto the escalation by its References."""

    message_id: str
    received_at: int
    sender: str
    subject: str
    text: str


@dataclass(frozen=True, slots=True)
class Forward:
    """One link of a "?"'s chain: who handed it on to whom, when, with what word."""

    at: int
    from_name: str
    from_email: str
    to_name: str
    to_email: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class EscalationDetail:
    """Everything the escalation window shows about one escalation."""

    escalation: Escalation
    voices: tuple[Voice, ...]
    history: tuple[HistoryEntry, ...]
    replies: tuple[Reply, ...]
    coe: Coe | None
    forward_state: str = ""  # "", "sending", "sent", "failed"
    forward_error: str = ""
    forward_message_id: str = ""
    opened_by: str = ""
    closed_at: int | None = None
    forwards: tuple[Forward, ...] = ()
