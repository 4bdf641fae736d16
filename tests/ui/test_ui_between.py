"""Between meetings, from the window: what changed since the last meeting, what chair
noticed (looked at after an import, dismissed, made a "?"), and the past meetings with their
decisions followed up — on the demo, as a leader uses it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from chair.store import connect, escalations, meetings


def _row(table, text: str) -> int:  # type: ignore[no-untyped-def]
    for r in range(table.rowCount()):
        if any(text in (table.item(r, c).text() if table.item(r, c) else "")
               for c in range(table.columnCount())):
            return r
    raise AssertionError(f"no row with {text!r}")


def test_since_the_last_meeting_shows_what_changed_and_what_is_due(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.between_button.click()
    dialog = window.between.dialog
    qtbot.waitUntil(lambda: "Due this week" in dialog.since.toPlainText(), timeout=10_000)
    page = dialog.since.toPlainText()
    assert "Since “Weekly Business Review" in page or "Since “" in page
    assert "new voices about the pillars" in page and "“?”:" in page
    # The demo's decision past its follow-up date, with its owner.
    assert "Dana Whitfield" in page and "apartment complexes" in page
    assert dialog.findChild(type(dialog.look_button), "prereadButton").isVisible()
    dialog.close()


def test_what_chair_noticed_is_dismissed_or_made_a_question(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    window.between_button.click()
    dialog = window.between.dialog
    dialog.tabs.setCurrentIndex(1)
    table = dialog.detections_table
    qtbot.waitUntil(lambda: "Nothing noticed yet" in dialog.evidence.toPlainText(), timeout=5000)
    dialog.look_button.click()
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=20_000)
    # The demo's planted delivery spike in Łódź, with the voices behind it.
    row = _row(table, "Delivery in Łódź: more voices than usual")
    table.selectRow(row)
    qtbot.waitUntil(lambda: "Łódź" in dialog.evidence.toPlainText()
                    and "“" in dialog.evidence.toPlainText(), timeout=5000)
    assert dialog.dismiss_button.isEnabled() and not dialog.reopen_button.isEnabled()
    with qtbot.waitSignal(dialog.shown, check_params_cb=lambda tab: tab == "detections",
                          timeout=5000):
        dialog.dismiss_button.click()
    assert "dismissed" in table.item(_row(table, "Łódź"), 3).text()
    table.selectRow(_row(table, "Łódź"))
    with qtbot.waitSignal(dialog.shown, check_params_cb=lambda tab: tab == "detections",
                          timeout=5000):
        dialog.reopen_button.click()
    table.selectRow(_row(table, "Łódź"))
    # "?" from it: the sheet opens with its evidence; once raised, the log says so.
    dialog.escalate_button.click()
    qtbot.waitUntil(lambda: window.escalate_sheet is not None
                    and window.escalate_sheet.isVisible(), timeout=5000)
    sheet = window.escalate_sheet
    sheet.owner.setCurrentText("Dana Whitfield <dana.whitfield@demo.example>")
    with qtbot.waitSignal(window.escalated, timeout=5000) as raised:
        qtbot.keyClick(sheet.note, Qt.Key.Key_Return)
    eid = raised.args[0]
    qtbot.waitUntil(lambda: f"#{eid}" in table.item(_row(table, "Łódź"), 3).text(),
                    timeout=5000)
    made = escalations.get(connect(demo_db), eid)
    assert made is not None and made.area == "Łódź" and made.pillar == "delivery"
    dialog.close()


def test_an_import_is_followed_by_a_look_said_in_the_status_bar(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export = tmp_path / "tickets.csv"
    export.write_text("date,city,message\n2026-12-01,Łódź,Paczka znowu spóźniona o dwa dni\n",
                      encoding="utf-8")
    with qtbot.waitSignal(window.between.noticed, timeout=30_000) as noticed:
        window.start_import([str(export)])
    assert any(d.area == "Łódź" and d.pillar == "delivery" for d in noticed.args[0])
    assert "chair noticed" in window.status.currentMessage()


def test_past_meetings_list_their_decisions_followed_up_from_the_window(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    window.between_button.click()
    dialog = window.between.dialog
    dialog.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: dialog.meetings_list.count() == 2, timeout=10_000)
    assert "2 to follow up" in dialog.meetings_list.item(0).text()
    dialog.meetings_list.setCurrentRow(1)  # the demo's review
    assert "3 decisions" in dialog.meetings_list.item(1).text()
    table = dialog.decisions_table
    assert table.rowCount() == 3
    row = _row(table, "apartment complexes")
    assert table.item(row, 2).text() == "Dana Whitfield" and table.item(row, 4).text() == ""
    table.selectRow(row)
    assert dialog.done_button.isEnabled() and not dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.shown, check_params_cb=lambda tab: tab == "decisions",
                          timeout=5000):
        dialog.done_button.click()
    assert table.item(_row(table, "apartment complexes"), 4).text() != ""
    assert "1 to follow up" in dialog.meetings_list.item(0).text()
    db = connect(demo_db)
    assert [d.owner for d in meetings.decisions(db) if d.done_at is None
            and d.follow_up is not None] == ["Hélène Marchand"]
    dialog.close()


def test_a_tile_opens_its_trends_the_voices_and_the_metric_per_area(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tile = window.pillars.tiles["delivery"]
    qtbot.waitUntil(lambda: "complaints from customers" in tile.complaints.text(), timeout=5000)
    assert "most from Łódź" in tile.complaints.text()
    tile.trends.click()
    dialog = window.between.trends["delivery"]
    qtbot.waitUntil(lambda: dialog.trends is not None, timeout=10_000)
    # The demo's Łódź: its delivery voices rise to the top of the weeks, while its on-time
    # metric holds on target: both drawn, in the same colour.
    volumes = dialog.lines(dialog.volume_chart)
    assert volumes[0] == "Łódź" and "other areas" in volumes
    metric = dialog.lines(dialog.metric_chart)
    assert "Łódź" in metric and "target" in metric
    colours = [line.get_color() for c in (dialog.volume_chart, dialog.metric_chart)
               for line in c.figure.axes[0].get_lines() if line.get_label() == "Łódź"]
    assert len(colours) == 2 and colours[0] == colours[1]
    assert "Delivery" in dialog.windowTitle()
    tile.trends.click()  # once per pillar: the same window comes forward
    assert window.between.trends["delivery"] is dialog
    dialog.close()
