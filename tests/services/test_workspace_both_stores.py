"""What the window does through its workspace, once on the embedded file and once on a team
store on the private PostgreSQL server: the same operations give the same answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chair.config import secrets
from chair.domain.escalation import Coe, CorrectiveAction
from chair.domain.model import EscalationStatus, VoiceFilter
from chair.services.workspace import Workspace
from chair.store import pg


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request, tmp_path: Path) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        w = Workspace.open(tmp_path / "chair.db")
        yield w
        w.close()
        return
    url, password = request.getfixturevalue("team_store")
    secrets.set_password("postgresql", pg.account_of(url), password)
    w = Workspace.open_team(url)
    try:
        yield w
    finally:
        w.close()
        secrets.delete_password("postgresql", pg.account_of(url))


def test_demo_data_reads_and_goes_again(workspace: Workspace) -> None:
    workspace.create_demo()
    count = workspace.voice_count()
    assert count == 2000
    facets = workspace.facets()
    assert sum(facets["languages"].values()) == count and "Łódź" in facets["areas"]
    summaries, disagreements = workspace.dashboard()
    assert [s.pillar for s in summaries] == ["price", "selection", "delivery"]
    assert disagreements and disagreements[0].area == "Łódź"
    assert workspace.open_escalations() and workspace.recent_decisions()
    first = workspace.fetch_page(VoiceFilter(query="lodz"), None, 50)
    assert first and all("łódź" in (v.area + v.text + v.subject).lower() for v in first)
    assert workspace.remove_demo() == 2000 and workspace.voice_count() == 0


def test_an_import_its_rejects_a_correction_and_taking_it_back(
        workspace: Workspace, tmp_path: Path) -> None:
    csv = tmp_path / "survey.csv"
    csv.write_text("text,date\nParcel late again to Łódź,2024-05-01\nWrong size,2024-05-02\n"
                   ",2024-05-03\nPrice doubled overnight,2024-05-04\n", encoding="utf-8")
    done = workspace.import_paths([str(csv)])
    again = workspace.import_paths([str(csv)])
    assert (done.imported, done.rejected, again.imported, again.duplicates) == (3, 1, 0, 3)
    assert [r.reason for r in workspace.rejects()] and len(workspace.rejects()) == 1
    (parcel,) = workspace.fetch_page(VoiceFilter(query="lodz"), None, 10)
    workspace.correct_voice(parcel.id or 0, "delivery", "Łódź")
    corrected = workspace.get_voice(parcel.id or 0)
    assert corrected is not None and (corrected.pillar, corrected.area) == ("delivery", "Łódź")
    assert workspace.fetch_page(VoiceFilter(areas=("Łódź",)), None, 10)[0].id == parcel.id
    assert workspace.remove_voice(parcel.id or 0) and workspace.voice_count() == 2
    ((source, (voices, rejected)),) = workspace.source_sizes().items()
    assert (voices, rejected) == (2, 1)
    assert workspace.remove_source(source) == (2, 1) and workspace.voice_count() == 0


def test_a_question_its_coe_and_a_meeting_decision(workspace: Workspace) -> None:
    workspace.create_demo()
    ops, meetings = workspace.escalations, workspace.meetings
    voice = workspace.fetch_page(VoiceFilter(query="kurier"), None, 1)[0]
    eid = ops.escalate([voice.id or 0], "Ewa Krawczyk", "ewa@shop.example", 2_000_000_000, "?")
    assert ops.escalate([voice.id or 0], "Someone", "", 2_000_000_000, "?") == eid
    ops.move(eid, EscalationStatus.ANSWERED, None)
    coe = Coe(eid, what_happened="The courier skipped the estate.", impact="312 parcels",
              root_cause="Gate codes missing", supporting_data="Scans vs GPS",
              implications="None", lessons="Codes in routes",
              actions=(CorrectiveAction("Add gate codes", "Piotr", 2_000_000_000),))
    ops.move(eid, EscalationStatus.COE_SUBMITTED, coe)
    ops.forward_on(eid, "Piotr Zieliński", "piotr@shop.example", "routes are yours")
    ops.move(eid, EscalationStatus.CLOSED, None)
    detail = ops.detail(eid)
    assert detail is not None and detail.escalation.status is EscalationStatus.CLOSED
    assert detail.coe is not None and detail.coe.submitted_at is not None
    assert [f.to_name for f in detail.forwards] == ["Piotr Zieliński"]
    meeting = meetings.start("Weekly business review", "Ewa, Piotr", True)
    meetings.record(meeting, "decision", "Gate codes in every route", voice.id, eid)
    minutes = meetings.end(meeting)
    assert minutes is not None and any(e.text == "Gate codes in every route"
                                       for e in minutes.events)
    assert workspace.recent_decisions()[0][2] == "Gate codes in every route"
