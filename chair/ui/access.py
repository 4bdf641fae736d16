"""What the window needs from the layers below, as typed protocols. The application hands in
a `chair.services.Workspace`, which has all of it; a test can hand in a fake.

The UI never runs SQL itself; these protocols are the whole contract. Reads by key
(`fetch_page`, `get_voice`, `last_id`, `data_version`) may run on the GUI thread; everything
else runs through the TaskRunner, never on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # annotations only: the window's first paint imports none of these
    from collections.abc import Callable
    from pathlib import Path

    from chair.domain.detection import Detection
    from chair.domain.escalation import Coe, EscalationDetail
    from chair.domain.meeting import Decision, MeetingMinutes
    from chair.domain.model import Escalation, EscalationStatus, Owner, Voice, VoiceFilter
    from chair.insight.pillars import PillarSummary
    from chair.insight.trends import PillarTrends

PageKey = tuple[int, int]


class EscalationAccess(Protocol):
    """The "?" loop. Failures the user can act on (a COE not ready to close, an SMTP server
    that refuses) raise ChairError."""

    def owners(self) -> list[Owner]: ...

    def owner_for(self, pillar: str, area: str) -> Owner | None: ...

    def escalate(self, voice_ids: list[int], owner_name: str, owner_email: str, due_at: int,
                 note: str) -> int:
        """The escalation's id (an existing one when every voice was escalated already)."""
        ...

    def detail(self, escalation_id: int) -> EscalationDetail | None: ...

    def move(self, escalation_id: int, status: EscalationStatus, coe: Coe | None) -> None:
        """Only moves of the lifecycle; the COE (or None) is saved with the move, in one
        transaction, and closing checks it."""
        ...

    def save_coe(self, coe: Coe) -> None: ...

    def forward(self, escalation_id: int) -> str: ...

    def forwarding_enabled(self) -> bool: ...

    def impact_hint(self, pillar: str, area: str) -> str:
        """'1,240 customers got a late package in Łódź in the last 7 days…'."""
        ...

    def response_times(self) -> list[Any]: ...

    def person(self) -> Any:
        """Who uses the window: .name, .email and .role ("leader", "owner", "facilitator",
        "viewer" on a team store; "" on a single laptop's file, where all is theirs)."""
        ...

    def mine(self) -> list[Escalation]:
        """"My ?": the open escalations assigned to me, oldest first."""
        ...

    def remind(self) -> list[tuple[int, str]]:
        """Reminders of overdue "?" sent now: (escalation id, address) each."""
        ...

    def forward_on(self, escalation_id: int, to_name: str, to_email: str, note: str) -> None:
        """Hand the escalation on to someone else, who owns it from now."""
        ...

    def send_back(self, escalation_id: int, comment: str) -> None:
        """Return a submitted COE for more work, saying why."""
        ...

    def response_days(self) -> int: ...


class MeetingAccess(Protocol):
    """Meeting mode's data. With `redacted` true, voices come back with personal data already
    replaced: the meeting view never holds the original."""

    def voices(self, redacted: bool, limit: int | None = None) -> list[Voice]:
        """The rotation pool: recent voices and those behind open escalations; with a limit,
        only that many of the newest."""
        ...

    def start(self, title: str, attendees: str, redacted: bool) -> int:
        """The meeting's id; a snapshot of the pillars and the overdue work is stored."""
        ...

    def record(self, meeting_id: int, kind: str, text: str, voice_id: int | None,
               escalation_id: int | None) -> None: ...

    def decide(self, meeting_id: int, text: str, voice_id: int | None, owner: str,
               follow_up: int | None) -> None:
        """Record a decision with who follows it up and by when."""
        ...

    def owner_names(self) -> list[str]:
        """The owners directory's names, for whoever follows a decision up."""
        ...

    def due_decisions(self) -> list[Decision]:
        """Decisions not followed up whose follow-up date has come, the longest due first."""
        ...

    def history(self) -> list[tuple[int, str, int, int | None]]:
        """Every meeting, the latest first: (id, title, started, ended)."""
        ...

    def decisions(self) -> list[Decision]:
        """Every meeting's decisions, the latest first."""
        ...

    def follow_up(self, decision_id: int, done: bool) -> Decision:
        """Mark a decision followed up, or not yet."""
        ...

    def end(self, meeting_id: int) -> MeetingMinutes | None: ...

    def minutes_folder(self) -> Path: ...


class DataAccess(Protocol):
    """The feed, the dashboard, imports, demo data and set-up; the "?" loop and meeting mode
    where the store offers them (None where it does not)."""

    database_path: str  # the file watched for writes ("" for a team store, which tells)
    target: str  # what --db names: the file, or the team store's postgresql:// address

    @property
    def escalations(self) -> EscalationAccess | None: ...

    @property
    def meetings(self) -> MeetingAccess | None: ...

    # Reads by key, fast enough for the GUI thread.
    def fetch_page(self, flt: VoiceFilter, after: PageKey | None, limit: int) -> list[Voice]: ...

    def last_id(self) -> int: ...

    def data_version(self) -> int: ...

    def on_change(self, callback: Callable[[], None],
                  on_online: Callable[[bool], None] | None = None) -> None:
        """`callback()`, from any thread, when another laptop writes to a team store;
        `on_online` when its server goes away (False) and answers again (True)."""
        ...

    def get_voice(self, voice_id: int) -> Voice | None: ...

    # On a worker.
    def added_since(self, last_id: int, flt: VoiceFilter) -> list[Voice]: ...

    def open_escalations(self) -> list[Escalation]: ...

    def dashboard(self) -> tuple[list[PillarSummary], list[Any]]:
        """The pillar summaries and the disagreements, computed once for both."""
        ...

    def voice_count(self) -> int: ...

    def recent_decisions(self) -> list[tuple[int, str, str]]:
        """The latest meeting decisions: (when, meeting, what was decided), newest first."""
        ...

    def brief(self) -> Any:
        """The one-page pre-read for the next meeting (chair.services.brief.Brief)."""
        ...

    def trends(self, pillar: str) -> PillarTrends:
        """The pillar over the weeks per area: voices and its headline metric."""
        ...

    def since_last_meeting(self) -> Any:
        """What changed since the last meeting ended (chair.services.between)."""
        ...

    def detections(self) -> list[Detection]:
        """What chair noticed on its own, the latest first."""
        ...

    def detect(self) -> list[Detection]:
        """Look now: the detections found (logged), the new ones first."""
        ...

    def decide_detection(self, detection_id: int, state: str,
                         escalation_id: int | None = None) -> None:
        """Dismiss a detection, open it again, or note the "?" it became."""
        ...

    def facets(self) -> dict[str, dict[str, int]]:
        """{"areas": {name: n}, "languages": {...}, "sources": {...}}."""
        ...

    def correct_voice(self, voice_id: int, pillar: str | None, area: str | None) -> None: ...

    def create_demo(self) -> Any: ...

    def remove_demo(self) -> int: ...

    def import_paths(self, paths: list[str], state: Any = None) -> Any:
        """(files, folders or imap:// URLs, an ImportState) -> ImportResult."""
        ...

    def rejects(self) -> list[Any]:
        """The records imports set aside (source, location, reason, raw), newest first."""
        ...

    def remove_voice(self, voice_id: int) -> bool:
        """Delete one voice; its escalation keeps a line in its history."""
        ...

    def source_sizes(self) -> dict[str, tuple[int, int]]:
        """Each source's (voices, rejected records), biggest first."""
        ...

    def remove_source(self, source: str) -> tuple[int, int]:
        """Everything one source brought, removed: (voices, rejected records)."""
        ...

    def import_owners(self, csv_path: str) -> int: ...

    def owners(self) -> list[Owner]: ...

    def replace_owners(self, owners: list[Owner]) -> int: ...

    def save_password(self, kind: str, account: str, password: str) -> None: ...

    def send_test_email(self, values: Any, password: str = "") -> str:
        """Through the SMTP server the settings `values` describe; the address it went to."""
        ...

    def imap_account(self, url: str) -> str: ...

    def team_account(self, url: str) -> str: ...

    def use_settings(self, settings: Any) -> None:
        """The settings as just saved apply from now on."""
        ...
