"""chair's operations over one database, as one object: what the window calls (through its
TaskRunner, off the GUI thread), what the command line can call, and what a server could.

Every method may run on any thread: each thread reads and writes through a connection of its
own (SQLite's rule), opened on first use. The settings are held, not re-read on each call;
`use_settings` hands in a changed set. Sentences in the reader's language come from the
`Phrases` passed in (the window's), so that this layer never starts Qt."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chair.config.settings import Settings
from chair.domain.errors import ChairError
from chair.domain.escalation import Coe, EscalationDetail
from chair.domain.meeting import Decision, MeetingMinutes
from chair.domain.model import Escalation, EscalationStatus, Owner, Voice, VoiceFilter
from chair.ingest.model import ImportResult, ImportState
from chair.insight.disagree import Disagreement
from chair.insight.pillars import PillarSummary
from chair.services import dashboard, escalations, meetings
from chair.services.setup import apply_settings
from chair.services.upkeep import settle
from chair.store import connect, data_version, people, pg, removal
from chair.store import escalations as escalation_store
from chair.store import owners as owner_store
from chair.store import rejects as reject_store
from chair.store import voices as voice_store
from chair.store.db import CACHE_KIB, READER_CACHE_KIB, WINDOW_CHECK_BELOW_BYTES, set_cache
from chair.store.people import Person
from chair.store.pool import ThreadConnections
from chair.store.rejects import Reject

if TYPE_CHECKING:
    from chair.domain.detection import Detection
    from chair.insight.trends import PillarTrends
    from chair.services.between import SinceLastMeeting
    from chair.services.brief import Brief
    from chair.services.phrasing import Phrases
    from chair.store.db import Database
    from chair.store.escalations import OwnerResponse

PageKey = tuple[int, int]
FACETS = (("areas", "area"), ("languages", "language"), ("sources", "source"))


def _team() -> Any:
    """chair.services.team, imported when a team store is opened (it loads the redactor)."""
    from chair.services import team

    return team


class Workspace:
    """The feed, the dashboard, imports and demo data; `escalations` and `meetings` hold the
    "?" loop and meeting mode. `Workspace.open(path)` creates or upgrades the database first."""

    def __init__(self, path: Path, settings: Settings | None = None,
                 phrases: Phrases | None = None, *, team: str = "",
                 password: str | None = None) -> None:
        self.path = path
        # What the window watches for writes: the file (a team store tells instead).
        self.database_path = "" if team else str(path)
        self.target = team or str(path)  # what --db names
        self.settings = settings or Settings()
        self.phrases = phrases
        opener = (lambda: _team().connect(team, password, migrate=False)) if team else None
        self._db = ThreadConnections(path, cache_kib=READER_CACHE_KIB, opener=opener)
        self._changes = pg.ChangeListener(team, password) if team else None
        self._metrics = dashboard.MetricsWindow()
        self.escalations = EscalationOperations(self)
        self.meetings = MeetingOperations(self)

    @classmethod
    def open(cls, path: Path, settings: Settings | None = None,
             phrases: Phrases | None = None) -> Workspace:
        """Create or upgrade the schema once, before any reader starts; a damaged file, a
        newer schema or a file that is not chair's raises ChairError here."""
        workspace = cls(path, settings, phrases)
        apply_settings(workspace.settings)
        db = connect(path, check_below=WINDOW_CHECK_BELOW_BYTES)
        try:
            settle(db)
        finally:
            db.close()
        return workspace

    @classmethod
    def open_team(cls, url: str, settings: Settings | None = None,
                  phrases: Phrases | None = None) -> Workspace:
        """The team store at `url` (the password from the system keyring), its schema
        brought up to date, and a listener for what other laptops write."""
        settings = settings or Settings()
        apply_settings(settings)  # (the upgrade's upkeep reads the user's taxonomy file)
        password = _team().saved_password(url)
        _team().connect(url, password).close()
        workspace = cls(Path(), settings, phrases, team=url, password=password)
        assert workspace._changes is not None
        workspace._changes.start()
        return workspace

    @property
    def is_team(self) -> bool:
        return self._changes is not None

    @property
    def online(self) -> bool:
        """Whether a team store's server is answering its listener (a file always is)."""
        return self._changes is None or self._changes.online

    def on_change(self, callback: Callable[[], None],
                  on_online: Callable[[bool], None] | None = None) -> None:
        """`callback()` (from another thread) whenever another laptop commits a change to a
        team store, and `on_online(False/True)` when its server goes away and comes back; a
        file is watched by the window itself."""
        if self._changes is not None:
            self._changes.on_change = lambda _tables: callback()
            self._changes.on_state = on_online

    def db(self) -> Database:
        """This thread's connection (for the store's functions)."""
        return self._db()

    def use_settings(self, settings: Settings) -> None:
        """The settings as just saved: they apply from the next call on."""
        self.settings = settings
        apply_settings(settings)

    def close(self) -> None:
        if self._changes is not None:
            self._changes.stop()
        self._db.close_all()

    # -- the feed: reads by key, fast enough for the GUI thread
    def fetch_page(self, flt: VoiceFilter, after: PageKey | None, limit: int) -> list[Voice]:
        return voice_store.page(self.db(), flt, after, limit, preview=True)

    def last_id(self) -> int:
        return voice_store.last_id(self.db())

    def data_version(self) -> int:
        """A counter in shared memory that changes with every write, from any process; on a
        team store, the changes its listener was told of (no round trip to the server)."""
        if self._changes is not None:
            return self._changes.version
        return data_version(self.db())

    def get_voice(self, voice_id: int) -> Voice | None:
        return voice_store.get(self.db(), voice_id)

    # -- the feed and the dashboard: on a worker
    def added_since(self, last_id: int, flt: VoiceFilter) -> list[Voice]:
        return voice_store.added_since(self.db(), last_id, flt, preview=True)

    def voice_count(self) -> int:
        return voice_store.count(self.db())

    def recent_decisions(self) -> list[tuple[int, str, str]]:
        """The latest meeting decisions: (when, meeting, what was decided), newest first."""
        from chair.store import meetings as meeting_store

        return meeting_store.recent_decisions(self.db())

    def brief(self) -> Brief:
        """The one-page pre-read for the next meeting, in the interface's phrasing."""
        from chair.services.brief import make_brief

        if self.phrases is None:
            raise ChairError("The pre-read needs the interface's phrasing.")
        return make_brief(self.db(), self.phrases,
                          targets=self.settings.get("metrics.targets") or None)

    def since_last_meeting(self) -> SinceLastMeeting:
        from chair.services.between import since_last_meeting

        return since_last_meeting(self.db())

    def detections(self) -> list[Detection]:
        from chair.store import detections

        return detections.all_detections(self.db())

    def detect(self) -> list[Detection]:
        from chair.services import detection

        found = detection.run(self.db())
        return sorted(found.found, key=lambda d: d.id not in found.new)

    def decide_detection(self, detection_id: int, state: str,
                         escalation_id: int | None = None) -> None:
        from chair.store import detections

        detections.decide(self.db(), detection_id, state, who=self.escalations.me(),
                          escalation_id=escalation_id)

    def facets(self) -> dict[str, dict[str, int]]:
        """Values to filter by: {"areas": {name: n}, "languages": {...}, "sources": {...}}."""
        return {key: voice_store.counts_by(self.db(), column) for key, column in FACETS}

    def correct_voice(self, voice_id: int, pillar: str | None, area: str | None) -> None:
        """A user's correction: it is kept, and reclassifying never overrides it."""
        voice_store.correct(self.db(), voice_id, pillar=pillar, area=area)

    def open_escalations(self) -> list[Escalation]:
        return escalation_store.open_escalations(self.db())

    def pillar_summaries(self) -> list[PillarSummary]:
        db = self.db()
        return dashboard.pillar_summaries(db, self.settings.get("metrics.targets") or None,
                                          observations=self._metrics.read(db))

    def dashboard(self) -> tuple[list[PillarSummary], list[Disagreement]]:
        """Both of the above from one read of the metrics (what a refresh shows)."""
        db = self.db()
        return dashboard.both(db, self.settings.get("metrics.targets") or None,
                              observations=self._metrics.read(db))

    def trends(self, pillar: str) -> PillarTrends:
        """The pillar over the weeks per area: voices and its headline metric."""
        return dashboard.trends(self.db(), pillar, self.settings.get("metrics.targets") or None)

    # -- bringing data in and out
    def import_paths(self, paths: list[str], state: ImportState | None = None) -> ImportResult:
        """Files, folders or imap:// URLs; metric files go to metrics, voices to voices."""
        from chair.ingest.run import run_import

        db = self.db()
        set_cache(db, CACHE_KIB)  # a bulk write's index pages at hand, for its duration
        try:
            return run_import(paths, db, state)
        finally:
            set_cache(db, READER_CACHE_KIB)

    def rejects(self) -> list[Reject]:
        """The records imports set aside, with why, newest first (at most 2,000)."""
        return reject_store.newest(self.db())

    def remove_voice(self, voice_id: int) -> bool:
        """Delete one voice (a customer's deletion request): its escalation keeps a line."""
        return removal.remove_voice(self.db(), voice_id, who=self.escalations.me())

    def source_sizes(self) -> dict[str, tuple[int, int]]:
        """Each source's (voices, rejected records), biggest first."""
        return removal.source_sizes(self.db())

    def remove_source(self, source: str) -> tuple[int, int]:
        """Take back everything one source brought: (voices, rejected records) removed."""
        return removal.remove_source(self.db(), source, who=self.escalations.me())

    def owners(self) -> list[Owner]:
        return owner_store.all_owners(self.db())

    def replace_owners(self, owners: list[Owner]) -> int:
        """The owners directory as edited in Settings."""
        return owner_store.replace_owners(self.db(), owners)

    def import_owners(self, csv_path: str) -> int:
        from chair.ingest.owners_import import import_owners

        return import_owners(self.db(), Path(csv_path))

    def create_demo(self) -> Any:
        from chair.ingest.demo import create_demo

        return create_demo(self.db())

    def remove_demo(self) -> int:
        from chair.ingest.demo import remove_demo

        return remove_demo(self.db())

    # -- set-up beyond the settings file
    @staticmethod
    def save_password(kind: str, account: str, password: str) -> None:
        """Into the system keyring, never anywhere else."""
        from chair.config import secrets

        secrets.set_password(kind, account, password)

    @staticmethod
    def send_test_email(values: Mapping[str, Any], password: str = "") -> str:
        """A short email through the SMTP server `values` describe (as the Settings dialog
        holds them, saved or not), to the address forwards come from; returns that address.
        The password typed, else the keyring's."""
        import email.utils
        from email.message import EmailMessage

        from chair.domain.errors import ChairError
        from chair.outbox.forward import send
        from chair.outbox.service import account_from_settings, smtp_password

        account = account_from_settings(values)
        if account is None:
            raise ChairError("Name the SMTP server first.")
        to = email.utils.parseaddr(account.from_address)[1]
        message = EmailMessage()
        message["From"], message["To"] = account.from_address, to
        message["Subject"] = "chair: test email"
        message["Date"] = email.utils.formatdate(localtime=True)
        message.set_content(f"chair can send '?' forwards through {account.host}.")
        send(message, account, password or smtp_password(account))
        return to

    @staticmethod
    def team_account(url: str) -> str:
        """The keyring account of a team store's address (ChairError when it is not one)."""
        from chair.domain.errors import ChairError

        if not pg.is_team_url(url):
            raise ChairError(f"{url or 'An empty address'} is not a team database "
                             "(postgresql://you@host:port/database).")
        return pg.account_of(url)

    @staticmethod
    def imap_account(url: str) -> str:
        """The keyring account of an imap:// URL (ChairError when it is not one)."""
        from chair.ingest.imap import ImapAccount

        return ImapAccount.from_url(url).key


class EscalationOperations:
    """The "?" loop. Failures the user can act on (a COE not ready to close, an SMTP server
    that refuses) raise ChairError."""

    def __init__(self, workspace: Workspace) -> None:
        self._w = workspace
        self._person: Person | None = None

    def me(self) -> str:
        """Who is acting, for the history: on a team store, the signed-in person's name;
        else the configured sender name, else the login name."""
        if self._w.is_team:
            return self.person().name
        return escalations.acting_person(self._w.settings.get("escalation.sender") or "")

    def person(self) -> Person:
        """Who uses this window and in which role (role "" on a single laptop's file, where
        everything is theirs to do)."""
        if self._person is None:
            if self._w.is_team:
                self._person = people.me(self._w.db())
            else:
                settings = self._w.settings
                self._person = Person(escalations.acting_person(), self.me(),
                                      settings.get("smtp.from") or "")
        return self._person

    def mine(self) -> list[Escalation]:
        """"My ?": the open escalations assigned to me, oldest first."""
        return escalation_store.assigned_to(self._w.db(), self.person().email)

    def remind(self) -> list[tuple[int, str]]:
        """Email the owners of overdue "?" a reminder, when Settings ask for it and an SMTP
        server is set (once a day each at most, whichever laptop sends it)."""
        from chair.outbox.service import account_from_settings, send_reminders

        account = account_from_settings(self._w.settings)
        if account is None or not self._w.settings.get("escalation.remind"):
            return []
        return send_reminders(self._w.db(), account)

    def forward_on(self, escalation_id: int, to_name: str, to_email: str, note: str) -> None:
        escalations.forward_on(self._w.db(), escalation_id, to_name=to_name,
                               to_email=to_email, note=note, who=self.me())

    def send_back(self, escalation_id: int, comment: str) -> None:
        escalations.send_back(self._w.db(), escalation_id, comment, who=self.me())

    def owners(self) -> list[Owner]:
        return owner_store.all_owners(self._w.db())

    def owner_for(self, pillar: str, area: str) -> Owner | None:
        return owner_store.owner_for(self._w.db(), pillar, area)

    def escalate(self, voice_ids: list[int], owner_name: str, owner_email: str, due_at: int,
                 note: str) -> int:
        """A "?" for the voices (the existing one when every voice was escalated already)."""
        return escalations.escalate(self._w.db(), voice_ids, owner_name=owner_name,
                                    owner_email=owner_email, due_at=due_at, note=note,
                                    opened_by=self.me())

    def detail(self, escalation_id: int) -> EscalationDetail | None:
        return escalation_store.detail(self._w.db(), escalation_id)

    def move(self, escalation_id: int, status: EscalationStatus, coe: Coe | None) -> None:
        """The move, with the COE to save first (or None), in one transaction."""
        escalations.move(self._w.db(), escalation_id, status, coe=coe, who=self.me())

    def save_coe(self, coe: Coe) -> None:
        escalations.save_coe(self._w.db(), coe)

    def forward(self, escalation_id: int) -> str:
        """Email the "?" to its owner; the Message-ID (a failure is kept on the escalation)."""
        from chair.outbox.service import account_from_settings, forward_escalation

        return forward_escalation(self._w.db(), escalation_id,
                                  account_from_settings(self._w.settings))

    def forwarding_enabled(self) -> bool:
        from chair.outbox.service import account_from_settings

        return account_from_settings(self._w.settings) is not None

    def impact_hint(self, pillar: str, area: str) -> str:
        """'1,240 customers got a late package in Łódź in the last 7 days…', for a COE."""
        if self._w.phrases is None:
            return ""
        return self._w.phrases.impact_sentence(self._w.pillar_summaries(), pillar, area)

    def response_times(self) -> list[OwnerResponse]:
        return escalation_store.response_times(self._w.db())

    def response_days(self) -> int:
        return int(self._w.settings.get("escalation.response_days"))


class MeetingOperations:
    """Meeting mode's record. With `redacted` true, voices come back with personal data
    already replaced: the meeting view never holds the original."""

    def __init__(self, workspace: Workspace) -> None:
        self._w = workspace

    def voices(self, redacted: bool, limit: int | None = None) -> list[Voice]:
        return meetings.pool(self._w.db(), redacted=redacted, limit=limit)

    def start(self, title: str, attendees: str, redacted: bool) -> int:
        """The meeting's id; a snapshot of the pillars and the overdue work is stored."""
        w = self._w
        return meetings.start(w.db(), title, attendees, redacted=redacted,
                              pillars=w.pillar_summaries(), phrases=w.phrases)

    def record(self, meeting_id: int, kind: str, text: str, voice_id: int | None,
               escalation_id: int | None) -> None:
        from chair.store import meetings as meeting_store

        meeting_store.add_event(self._w.db(), meeting_id, kind, text=text, voice_id=voice_id,
                                escalation_id=escalation_id)

    def decide(self, meeting_id: int, text: str, voice_id: int | None, owner: str,
               follow_up: int | None) -> None:
        from chair.store import meetings as meeting_store

        meeting_store.add_event(self._w.db(), meeting_id, "decision", text=text,
                                voice_id=voice_id, owner=owner, follow_up=follow_up)

    def owner_names(self) -> list[str]:
        from chair.store import owners

        return sorted({o.name for o in owners.all_owners(self._w.db()) if o.name})

    def due_decisions(self) -> list[Decision]:
        from chair.store import meetings as meeting_store

        return meeting_store.decisions(self._w.db(), due_by=int(time.time()))

    def history(self) -> list[tuple[int, str, int, int | None]]:
        from chair.store import meetings as meeting_store

        return meeting_store.listed(self._w.db())

    def decisions(self) -> list[Decision]:
        from chair.store import meetings as meeting_store

        return meeting_store.decisions(self._w.db())

    def follow_up(self, decision_id: int, done: bool) -> Decision:
        from chair.store import meetings as meeting_store

        return meeting_store.follow_up(self._w.db(), decision_id, done=done)

    def end(self, meeting_id: int) -> MeetingMinutes | None:
        return meetings.end(self._w.db(), meeting_id)

    def minutes_folder(self) -> Path:
        from chair.config.paths import data_dir

        folder = data_dir() / "minutes"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
