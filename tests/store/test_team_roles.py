"""The team store's roles, tried as each person on their own connection to a real server:
the server itself enforces them, whatever a window offers."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from chair.domain.errors import ChairError, NotAllowed
from chair.domain.escalation import Coe
from chair.domain.model import EscalationStatus, Voice, VoiceFilter
from chair.services import escalations
from chair.store import escalations as escalation_store
from chair.store import meetings, people
from chair.store import voices as voice_store
from chair.store.db import Database
from tests.teamcrew import Crew, full_coe, make_crew


@pytest.fixture
def crew(team_store: tuple[str, str]) -> Iterator[Crew]:
    crew = make_crew(*team_store)
    yield crew
    crew.admin.close()


def _who(crew: Crew, name: str) -> Database:
    return crew.as_(name)


def test_a_viewer_reads_voices_only_redacted_and_the_words_themselves_not_at_all(
        crew: Crew) -> None:
    vic = _who(crew, "vic")
    with pytest.raises(NotAllowed):
        vic.execute("SELECT text FROM public.voices").fetchall()
    for table, column in [("escalations", "subject"), ("escalation_messages", "text"),
                          ("rejects", "raw")]:
        with pytest.raises(NotAllowed):
            vic.execute(f"SELECT {column} FROM public.{table}").fetchall()
    # What the viewer's connection calls voices is the redacted view, for chair and psql.
    seen = " ".join(f"{a} {s} {t} {m}" for a, s, t, m in vic.execute(
        "SELECT author, subject, text, meta FROM voices").fetchall())
    for personal in ("601 234 567", "jan.kowalski@example.com", "Kowalski", "Piotrkowska"):
        assert personal not in seen
    assert "[phone]" in seen and "[email]" in seen
    assert "Kowalski" not in " ".join(
        s for (s,) in vic.execute("SELECT subject FROM escalations").fetchall())
    # Searching for a personal value finds nothing; the customer's other words still do.
    assert voice_store.page(vic, VoiceFilter(query="kowalski")) == []
    assert len(voice_store.page(vic, VoiceFilter(query="parcel"))) == 1
    with pytest.raises(NotAllowed):
        meetings.start_meeting(vic, "Weekly", "")
    vic.close()


def test_an_owner_sees_and_answers_only_their_escalations_and_never_closes_one(
        crew: Crew) -> None:
    olga = _who(crew, "olga")
    assert [e.id for e in escalation_store.open_escalations(olga)] == [crew.first]
    assert [e.id for e in escalation_store.assigned_to(olga)] == [crew.first]
    assert escalation_store.get(olga, crew.second) is None
    # Otto's escalation does not exist for her: closing it changes nothing.
    cursor = olga.execute("UPDATE escalations SET status = 'closed' WHERE id = ?",
                          [crew.second])
    assert cursor.rowcount == 0
    with pytest.raises(NotAllowed):
        olga.execute("DELETE FROM escalations WHERE id = ?", [crew.second])
    # Her own she answers and submits, but closing it is the leader's.
    escalations.move(olga, crew.first, EscalationStatus.ANSWERED, who="Olga")
    escalations.move(olga, crew.first, EscalationStatus.COE_SUBMITTED,
                     coe=full_coe(crew.first), who="Olga")
    with pytest.raises(NotAllowed):
        escalations.move(olga, crew.first, EscalationStatus.CLOSED, who="Olga")
    with pytest.raises(NotAllowed):
        olga.execute("INSERT INTO voices (source, source_key, received_at, text, imported_at)"
                     " VALUES ('x', 'x', 1, 'x', 1)")
    olga.close()
    admin = crew.admin
    assert escalation_store.get(admin, crew.first).status is EscalationStatus.COE_SUBMITTED  # type: ignore[union-attr]
    logins = [w for (w,) in admin.execute(
        "SELECT who_login FROM escalation_history WHERE escalation_id = ? ORDER BY id",
        [crew.first]).fetchall()]
    assert [w.split("_")[0] for w in logins] == ["lea", "olga", "olga"]
    lea = _who(crew, "lea")
    escalations.move(lea, crew.first, EscalationStatus.CLOSED, who="Lea")
    assert escalation_store.get(lea, crew.first).status is EscalationStatus.CLOSED  # type: ignore[union-attr]
    lea.close()


def test_an_owner_forwards_on_and_both_keep_the_escalation_in_view(crew: Crew) -> None:
    olga, otto = _who(crew, "olga"), _who(crew, "otto")
    escalations.forward_on(olga, crew.first, to_name="Otto", to_email="otto@shop.example",
                           note="Your pricing rule", who="Olga")
    assert {e.id for e in escalation_store.assigned_to(otto)} == {crew.first, crew.second}
    assert escalation_store.assigned_to(olga) == []
    chain = escalation_store.detail(olga, crew.first).forwards  # type: ignore[union-attr]
    assert [(f.from_name, f.to_name, f.note) for f in chain] == [
        ("Olga", "Otto", "Your pricing rule")]
    row = crew.admin.execute("SELECT from_login, to_login FROM escalation_forwards").fetchone()
    assert [x.split("_")[0] for x in row] == ["olga", "otto"]
    # Otto answers it; Olga, no longer its owner, still reads it but cannot move it.
    escalations.move(otto, crew.first, EscalationStatus.INVESTIGATING, who="Otto")
    olga.close()
    otto.close()


def test_a_facilitator_runs_meetings_and_reads_the_escalations_but_moves_none(
        crew: Crew) -> None:
    fay = _who(crew, "fay")
    meeting = meetings.start_meeting(fay, "Weekly business review", "Lea, Olga")
    meetings.add_event(fay, meeting, "decision", text="Refund the ink orders")
    assert {e.id for e in escalation_store.open_escalations(fay)} == {crew.first, crew.second}
    with pytest.raises(NotAllowed):
        escalations.move(fay, crew.first, EscalationStatus.INVESTIGATING, who="Fay")
    with pytest.raises(NotAllowed):
        escalations.save_coe(fay, Coe(crew.first, what_happened="guess"))
    fay.close()


def test_a_person_who_leaves_can_no_longer_sign_in(crew: Crew) -> None:
    login = crew.login("fay")
    people.remove(crew.admin, login)
    with pytest.raises(ChairError, match="not permitted to log in"):
        _who(crew, "fay")
    assert login not in [p.login for p in people.everyone(crew.admin)]


def test_it_sets_up_a_team_store_and_its_people_from_the_command_line(
        team_store: tuple[str, str]) -> None:
    """`chair team init` as the administrator; `add` lets a person in, who signs in as
    themselves and does what their role allows; `remove` lets them out."""
    import json
    import subprocess
    import sys

    url, password = team_store
    parts = urlsplit(url)
    login = f"ines_{parts.path[-6:]}"
    own_url = f"postgresql://{login}@{parts.hostname}:{parts.port}{parts.path}"

    def chair(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "chair", *args], input=stdin,
                              capture_output=True, text=True, timeout=120)

    init = chair("team", "init", url, "--password-stdin", stdin=f"{password}\n")
    assert init.returncode == 0, init.stderr
    assert "_viewer" in init.stdout and password not in init.stdout
    assert chair("--db", url, "demo", "--voices", "200").returncode == 0
    added = chair("team", "add", url, login, "--role", "viewer", "--name", "Ines",
                  "--email", "ines@shop.example", "--password-stdin", stdin="ines-secret\n")
    assert added.returncode == 0, added.stderr
    assert own_url in added.stdout
    listed = chair("team", "people", url)
    assert login in listed.stdout and "viewer" in listed.stdout
    assert chair("team", "login", own_url, "--password-stdin",
                 stdin="ines-secret\n").returncode == 0
    seen = json.loads(chair("--db", own_url, "search", "delivery", "--json").stdout)
    assert seen and all("@" not in v["text"] for v in seen)
    refused = chair("--db", own_url, "demo", "--voices", "10")
    assert refused.returncode == 2 and "does not let you" in refused.stderr
    assert chair("team", "remove", url, login).returncode == 0
    assert "not permitted to log in" in chair("--db", own_url, "stats").stderr
    chair("team", "logout", own_url)
    chair("team", "logout", url)


def test_voices_written_without_a_redactor_reach_viewers_when_the_store_is_set_up_again(
        crew: Crew) -> None:
    """A program that writes voices without chair's redactor (or a store older than its
    viewers) leaves them unseen by viewers until `chair team init` redacts them."""
    import subprocess
    import sys

    from chair.store import pg

    bare = pg.connect(crew.url, crew.password)  # no redactor
    voice_store.add_voices(bare, [Voice(source="tool", source_key="t1", received_at=1_700_000_500,
                                        text="Call +48 601 234 567 about the parcel")])
    bare.close()
    vic = crew.as_("vic")
    assert vic.execute("SELECT count(*) FROM voices").fetchone()[0] == 2
    init = subprocess.run([sys.executable, "-m", "chair", "team", "init", crew.url,
                           "--password-stdin"], input=f"{crew.password}\n", text=True,
                          capture_output=True, timeout=120)
    assert init.returncode == 0, init.stderr
    assert "1 of 1 voices redacted for viewers" in init.stderr
    texts = [t for (t,) in vic.execute("SELECT text FROM voices").fetchall()]
    assert len(texts) == 3 and not any("601 234 567" in t for t in texts)
    vic.close()
    from chair.config import secrets

    secrets.delete_password("postgresql", pg.account_of(crew.url))


def test_what_an_upgrade_leaves_to_chair_is_done_by_a_leader_not_by_a_viewer(
        crew: Crew) -> None:
    from chair.domain.model import MetricObservation
    from chair.services.upkeep import settle
    from chair.store import metrics, upkeep

    metrics.add_observations(crew.admin, [
        MetricObservation("price", "match", "PARIS", "2026-11-20", 0.9, 0.95, 10)])
    crew.admin.execute("INSERT INTO pending_upkeep (name) VALUES ('areas')")
    vic = _who(crew, "vic")
    settle(vic)  # may not rename metrics: leaves the work where it is
    assert upkeep.pending(crew.admin) == {"areas"}
    vic.close()
    lea = _who(crew, "lea")
    settle(lea)
    assert upkeep.pending(crew.admin) == set()
    assert metrics.areas(crew.admin) == ["Paris"]
    lea.close()
