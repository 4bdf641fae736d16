"""What the window needs from the data layer, as plain callables that app.py provides.

The UI never runs SQL itself; these callables are the whole contract.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from chair.domain.escalation import Coe, EscalationDetail
from chair.domain.model import Escalation, EscalationStatus, Owner, Voice, VoiceFilter
from chair.insight.pillars import PillarSummary

PageKey = tuple[int, int]


@dataclass(frozen=True)
class EscalationAccess:
    """The "?" loop; every call runs through the TaskRunner. Failures the user can act on
    (a COE not ready to close, an SMTP server that refuses) raise ChairError."""

    owners: Callable[[], list[Owner]]
    owner_for: Callable[[str, str], Owner | None]
    # (voice ids, owner name, owner email, due_at, note) -> escalation id (an existing one
    # when every voice was escalated already).
    escalate: Callable[[list[int], str, str, int, str], int]
    detail: Callable[[int], EscalationDetail | None]
    # (escalation id, new status, note): only moves of the lifecycle; closing checks the COE.
    set_status: Callable[[int, EscalationStatus, str], None]
    # (escalation id, status, the COE to save with the move or None): one transaction
    move: Callable[[int, EscalationStatus, Coe | None], None]
    save_coe: Callable[[Coe], None]
    forward: Callable[[int], str]
    forwarding_enabled: Callable[[], bool]
    # (pillar, area) -> "1,240 customers got a late package in Łódź in the last 7 days..."
    impact_hint: Callable[[str, str], str]
    response_times: Callable[[], list[Any]]
    response_days: Callable[[], int]


@dataclass(frozen=True)
class MeetingAccess:
    """Meeting mode's data; all through the TaskRunner. With `redacted` true, voices come
    back with personal data already replaced: the meeting view never holds the original."""

    # (redacted, limit) -> the rotation pool: recent voices and those behind open escalations;
    # with a limit, only that many of the newest.
    voices: Callable[[bool, int | None], list[Voice]]
    # (title, attendees, redacted) -> meeting id; stores a snapshot of pillars and overdue work.
    start: Callable[[str, str, bool], int]
    # (meeting id, kind, text, voice id, escalation id)
    record: Callable[[int, str, str, int | None, int | None], None]
    # (meeting id) -> the paths of the minutes written (Markdown, PDF come from the UI).
    end: Callable[[int], Any]
    overdue_actions: Callable[[], list[Any]]
    minutes_folder: Callable[[], Any]


@dataclass(frozen=True)
class DataAccess:
    # Reads by key that may run on the GUI thread: a further page of the feed (fetchMore),
    # one voice, the newest id, and the change counter (shared memory, no disk).
    fetch_page: Callable[[VoiceFilter, PageKey | None, int], list[Voice]]
    last_id: Callable[[], int]
    data_version: Callable[[], int]
    get_voice: Callable[[int], Voice | None]
    # Everything else runs through the TaskRunner, never on the GUI thread.
    added_since: Callable[[int, VoiceFilter], list[Voice]]
    open_escalations: Callable[[], list[Escalation]]
    pillar_summaries: Callable[[], list[PillarSummary]]
    disagreements: Callable[[], list[Any]]
    voice_count: Callable[[], int]
    # Values to filter by: {"areas": {name: n}, "languages": {...}, "sources": {...}}.
    facets: Callable[[], dict[str, dict[str, int]]]
    # A user's correction of a voice: (voice id, pillar or None, area or None).
    correct_voice: Callable[[int, str | None, str | None], None]
    create_demo: Callable[[], Any]
    # Imports: (paths or imap:// URLs, ImportState) -> ImportResult, on a worker thread.
    import_paths: Callable[[list[str], Any], Any]
    # Settings beyond the settings file (keyring, owners directory).
    settings_hooks: Any = None
    escalations: EscalationAccess | None = None
    meetings: MeetingAccess | None = None
    remove_demo: Callable[[], int] = lambda: 0
    database_path: str = ""
