"""One place spelled two ways, merged into one in the store: nothing a leader relied on is
lost on the way (on both backends)."""

from __future__ import annotations

from chair.domain.model import MetricObservation
from chair.insight.classification import new_voice
from chair.store import areas, coe, metrics
from chair.store import escalations as escalation_store
from chair.store import voices as voice_store


def test_merging_two_spellings_keeps_the_metric_written_last_and_the_coe_evidence(any_store) -> None:  # type: ignore[no-untyped-def]
    db = any_store
    metrics.add_observations(db, [
        MetricObservation("delivery", "on_time", "Đà Nẵng", "2026-11-20", 0.50, 0.975, 100)])
    metrics.add_observations(db, [
        MetricObservation("delivery", "on_time", "Da Nang", "2026-11-20", 0.99, 0.975, 100),
        MetricObservation("delivery", "on_time", "Da Nang", "2026-11-21", 0.98, 0.975, 100)])
    older = db.execute("SELECT id FROM metrics WHERE area = 'Đà Nẵng'").fetchone()[0]
    voice_store.add_voices(db, [new_voice(
        source="t", source_key="1", received_at=1_795_000_000, text="Late again.",
        channel="ticket", area="Đà Nẵng", meta={})])
    vid = db.execute("SELECT id FROM voices").fetchone()[0]
    eid = escalation_store.escalate(db, [vid], owner_name="Mai", due_at=1_796_000_000,
                                    area="Da Nang")
    coe.add_evidence(db, eid, [("metric", older)])

    assert areas.rename(db, "Da Nang", "Đà Nẵng") == (0, 2, 0)

    rows = db.execute("SELECT id, area, period, value FROM metrics ORDER BY period").fetchall()
    assert [(r[1], r[2], r[3]) for r in rows] == [("Đà Nẵng", "2026-11-20", 0.99),
                                                  ("Đà Nẵng", "2026-11-21", 0.98)]
    cited = db.execute("SELECT ref_id FROM coe_evidence WHERE escalation_id = ?",
                       [eid]).fetchall()
    assert cited == [(rows[0][0],)]  # the COE cites the row that stayed
    assert escalation_store.get(db, eid).area == "Đà Nẵng"  # type: ignore[union-attr]
