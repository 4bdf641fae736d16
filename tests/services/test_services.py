"""The window and the command line call the same operations, so they give one answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from chair.services import dashboard
from chair.store import connect
from tests.helpers import NO_QT, shown_window


def chair(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "chair", *args], capture_output=True,
                          text=True, timeout=120, check=True).stdout


def test_the_window_and_the_command_line_agree_on_disagreements_and_stats(
    qtbot, demo_db: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    printed = json.loads(chair("disagreements", "--json", "--db", str(demo_db)))
    stats = json.loads(chair("stats", "--json", "--db", str(demo_db)))
    assert printed, "the demo data holds a disagreement"
    with shown_window(qtbot, demo_db, tmp_path / "w.ini") as win:
        tiles = win.pillars.tiles
        qtbot.waitUntil(lambda: any(t.badge.isVisible() for t in tiles.values()), timeout=10_000)
        for pillar, tile in tiles.items():
            shown = tile.badge.text() if tile.badge.isVisible() else ""
            mine = [d for d in printed if d["pillar"] == pillar][:2]
            assert [d["area"] in shown for d in mine] == [True] * len(mine)
            assert bool(mine) == bool(shown)
        qtbot.waitUntil(lambda: f"{stats['voices']:,}" in win.count_label.text(), timeout=5000)


def test_one_definition_of_the_dashboard(demo_store) -> None:  # type: ignore[no-untyped-def]
    """The command line prints what the service computes, item for item, on both stores."""
    target, opened = demo_store
    db = opened()
    found = dashboard.disagreements(db)
    printed = json.loads(chair("disagreements", "--json", "--db", target))
    assert [(d.pillar, d.area, d.metric, d.voices_recent) for d in found] == [
        (p["pillar"], p["area"], p["metric"], p["voices_recent"]) for p in printed]
    stats = dashboard.stats(db)
    assert json.loads(chair("stats", "--json", "--db", target))["voices"] == stats.voices
    summaries = dashboard.pillar_summaries(db)
    assert [s.pillar for s in summaries] == ["price", "selection", "delivery"]


def test_a_markdown_export_from_the_command_line_starts_no_qt(demo_store, tmp_path: Path  # type: ignore[no-untyped-def]
                                                              ) -> None:
    """In the settings' language, read from the catalogues, with Qt made unimportable."""
    import os

    target, opened = demo_store
    (eid,) = opened().execute("SELECT escalation_id FROM coe LIMIT 1").fetchone()
    config = Path(os.environ["CHAIR_CONFIG_DIR"])
    (config / "settings.json").write_text(json.dumps({"ui.language": "pl"}), encoding="utf-8")
    out = tmp_path / "coe.md"
    program = NO_QT + f"""
from chair.cli import main
sys.exit(main(["--db", {target!r}, "export", "coe", "{eid}", "-o", {str(out)!r}]))
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "## Przyczyna źródłowa" in out.read_text(encoding="utf-8")


def test_moving_an_escalation_with_its_coe_is_one_transaction(
    demo_store, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """Interrupted after the COE is written and before the move: neither stays."""
    import dataclasses

    from chair.domain.escalation import Coe
    from chair.domain.escalation import EscalationStatus as S
    from chair.services import escalations as service
    from chair.store import coe as coe_store
    from chair.store import escalations as store

    db = demo_store[1]()
    (eid,) = db.execute("SELECT id FROM escalations WHERE status = 'open' ORDER BY id LIMIT 1"
                        ).fetchone()
    before = coe_store.load(db, eid)
    typed = dataclasses.replace(before or Coe(eid), what_happened="The gate was closed at 6 am.")

    def set_status_then_fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        real(*args, **kwargs)
        raise RuntimeError("the process died here")

    real = store.set_status
    monkeypatch.setattr(store, "set_status", set_status_then_fail)
    try:
        service.move(db, eid, S.INVESTIGATING, coe=typed, who="Ewa")
    except RuntimeError:
        pass
    else:
        raise AssertionError("the move was meant to be interrupted")
    assert coe_store.load(db, eid) == before
    assert store.get(db, eid).status is S.OPEN  # type: ignore[union-attr]

    monkeypatch.setattr(store, "set_status", real)
    service.move(db, eid, S.INVESTIGATING, coe=typed, who="Ewa")
    assert coe_store.load(db, eid).what_happened == "The gate was closed at 6 am."  # type: ignore[union-attr]
    assert store.get(db, eid).status is S.INVESTIGATING  # type: ignore[union-attr]


def test_the_users_taxonomy_file_reaches_imports_and_their_worker_processes(
    tmp_path: Path,
) -> None:
    """Insight reads no settings: the command line tells it the file, and the import hands it
    on to the processes that classify."""
    import os

    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"pillars": {"delivery": {"en": ["drone*"]}},
                                 "areas": {"Gdynia": ["gdynia"]}}))
    config = Path(os.environ["CHAIR_CONFIG_DIR"])
    (config / "settings.json").write_text(json.dumps({"taxonomy.file": str(extra)}))
    csv = tmp_path / "v.csv"
    csv.write_text("id,text\n1,The drone dropped it in Gdynia\n")
    for workers in ("0", "1"):
        db = tmp_path / f"w{workers}.db"
        chair("import", str(csv), "--workers", workers, "--db", str(db))
        [voice] = json.loads(chair("search", "drone", "--json", "--db", str(db)))
        assert (voice["pillar"], voice["area"]) == ("delivery", "Gdynia"), workers


def test_the_dashboard_shows_a_metric_written_from_elsewhere_at_its_next_refresh(
    demo_db: Path, tmp_path: Path
) -> None:
    """The window keeps the metrics it read while only voices arrive, and reads them again
    as soon as any metric is written, changed or deleted, by any process."""
    import shutil

    from chair.domain.model import MetricObservation, Voice
    from chair.services.workspace import Workspace
    from chair.store import metrics, voices

    path = tmp_path / "copy.db"
    shutil.copy(demo_db, path)
    workspace = Workspace.open(path)

    def on_time(area: str) -> float:
        summaries, _ = workspace.dashboard()
        delivery = next(s for s in summaries if s.pillar == "delivery")
        return next(a.value for a in delivery.areas if a.area == area)

    elsewhere = connect(path)
    last = [o for o in metrics.observations(elsewhere, pillar="delivery")
            if o.metric == "on_time"][-1]
    area, before = last.area, on_time(last.area)
    voices.add_voices(elsewhere, [Voice(source="mail", source_key="new", text="parcel late",
                                        received_at=1_800_000_000)])
    assert on_time(area) == before
    metrics.add_observations(elsewhere, [MetricObservation(
        "delivery", "on_time", area, last.period, 0.5, last.target, last.volume)])
    changed = on_time(area)
    assert changed != before
    elsewhere.execute("DELETE FROM metrics WHERE area = ? AND period = ? AND metric = 'on_time'",
                      [area, last.period])
    assert on_time(area) not in (before, changed)
    workspace.close()
