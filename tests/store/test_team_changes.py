"""Live across laptops: a change committed to the team store by one laptop is told to every
other that listens, within two seconds, and a listener rides out the server going away."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest

from chair.domain.escalation import Coe
from chair.domain.model import EscalationStatus, Voice
from chair.store import coe as coe_store
from chair.store import escalations as escalation_store
from chair.store import meetings as meeting_store
from chair.store import pg
from chair.store import voices as voice_store
from tests.pgserver import PostgresServer, server_binaries

TOLD_WITHIN_S = 2.0


class Heard:
    """What a listener tells, as it tells it (from its own thread)."""

    def __init__(self) -> None:
        self.changes: queue.Queue[set[str]] = queue.Queue()
        self.states: queue.Queue[bool] = queue.Queue()

    def change(self, within: float = TOLD_WITHIN_S) -> set[str]:
        return self.changes.get(timeout=within)

    def state(self, within: float) -> bool:
        return self.states.get(timeout=within)


@pytest.fixture
def listening(team_store) -> Iterator[tuple[Heard, pg.ChangeListener]]:  # type: ignore[no-untyped-def]
    url, password = team_store
    pg.connect(url, password).close()  # the schema, as the first laptop sets it up
    heard = Heard()
    listener = pg.ChangeListener(url, password, heard.changes.put, heard.states.put).start()
    try:
        assert heard.state(within=10) is True
        yield heard, listener
    finally:
        listener.stop()


def test_what_one_laptop_writes_is_told_to_another_within_two_seconds(
    team_store, listening  # type: ignore[no-untyped-def]
) -> None:
    heard, listener = listening
    url, password = team_store
    other = pg.connect(url, password)  # another laptop
    try:
        voice_store.add_voices(other, [Voice(source="mail", source_key="m1", text="Late again",
                                             received_at=1_700_000_000)])
        assert "voices" in heard.change()
        (vid,) = other.execute("SELECT id FROM voices").fetchone()
        eid = escalation_store.escalate(other, [vid], owner_name="Ana Kowalska",
                                        owner_email="ana@example.com", due_at=1_700_600_000)
        assert "escalations" in heard.change()
        coe_store.save(other, Coe(eid, what_happened="The carrier missed the slot"))
        assert "coe" in heard.change()
        escalation_store.set_status(other, eid, EscalationStatus.ANSWERED)
        assert "escalations" in heard.change()
        meeting = meeting_store.start_meeting(other, "Weekly business review")
        heard.change()
        meeting_store.add_event(other, meeting, "decision", text="Second carrier in Łódź")
        assert "meeting_events" in heard.change()
        assert listener.version >= 6
        with pytest.raises(queue.Empty):
            heard.change(within=0.6)  # nothing more was written: nothing more is told
    finally:
        other.close()


def test_a_listener_rides_out_the_server_going_away(tmp_path) -> None:  # type: ignore[no-untyped-def]
    binaries = server_binaries()
    assert binaries is not None, "PostgreSQL is not installed (.ci/run installs it)"
    server = PostgresServer(binaries)
    try:
        url = server.url(server.new_database())
        pg.connect(url, server.password).close()
        heard = Heard()
        listener = pg.ChangeListener(url, server.password, heard.changes.put,
                                     heard.states.put).start()
        try:
            assert heard.state(within=10) is True
            server.pause()
            assert heard.state(within=10) is False and not listener.online
            server.resume()
            assert heard.state(within=30) is True  # asked again with back-off, and back
            assert heard.change(within=5) == {"*"}  # what happened meanwhile: unknown
            writer = pg.connect(url, server.password)
            voice_store.add_voices(writer, [Voice(source="mail", source_key="m2",
                                                  text="Still late", received_at=1)])
            writer.close()
            assert heard.change() == {"voices"}
        finally:
            listener.stop()
    finally:
        server.stop()


def test_an_import_cut_off_by_the_server_goes_on_when_it_returns(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The server dies after the second batch of a real export: the import stops with a
    message and keeps what was committed; run again once the server is back (on the same
    connection, which connects again), it adds exactly the rest."""
    from chair.domain.errors import TeamStoreOffline
    from chair.ingest.model import ImportState
    from chair.ingest.run import import_source, open_sources
    from tests.helpers import CORPORA, stored_rows

    path = CORPORA / "voices" / "en" / "vader_amazonReviewSnippets_GroundTruth.txt"
    binaries = server_binaries()
    assert binaries is not None, "PostgreSQL is not installed (.ci/run installs it)"
    server = PostgresServer(binaries)
    try:
        db = pg.connect(server.url(server.new_database()), server.password)
        real_insert = voice_store.insert_voices
        batches = {"n": 0}

        def insert_then_die(*args, **kwargs):  # type: ignore[no-untyped-def]
            batches["n"] += 1
            if batches["n"] == 3:
                server.pause()  # the third batch meets a server that is gone
            return real_insert(*args, **kwargs)

        monkeypatch.setattr(voice_store, "insert_voices", insert_then_die)
        (source,) = open_sources(str(path))
        with pytest.raises(TeamStoreOffline, match="stopped answering"):
            import_source(db, source, ImportState(), batch=500)
        server.resume()
        kept = stored_rows(db)
        assert kept == 1000  # two whole batches, nothing of the third
        monkeypatch.setattr(voice_store, "insert_voices", real_insert)
        (source,) = open_sources(str(path))
        again = import_source(db, source, ImportState(), batch=500)
        fresh = pg.connect(server.url(server.new_database()), server.password)
        (source,) = open_sources(str(path))
        whole = import_source(fresh, source, ImportState(), batch=500)
        fresh.close()
        assert again.duplicates == kept
        assert again.imported + again.duplicates == whole.imported + whole.duplicates
        assert stored_rows(db) == whole.imported
        db.close()
    finally:
        server.stop()
