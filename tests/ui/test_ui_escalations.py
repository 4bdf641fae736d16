"""The "?" loop in the window, driven as a leader and an owner drive it (pytest-qt)."""

from __future__ import annotations

import email
import email.policy
import time
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from chair.config import secrets
from chair.config.settings import Settings
from chair.domain.model import EscalationStatus
from chair.outbox.service import account_from_settings
from chair.store import connect
from chair.store import escalations as esc
from chair.store import owners as owner_store
from chair.ui.escalations import EscalationRole

S = EscalationStatus


def _listed(window) -> list[int]:  # type: ignore[no-untyped-def]
    """The escalation ids in the window's list, top to bottom."""
    model = window.escalations.model_
    return [model.index(r, 0).data(EscalationRole).id for r in range(model.rowCount())]


def _unescalated_row(window, pillar: str = "delivery") -> int:  # type: ignore[no-untyped-def]
    model = window.feed_model
    return next(r for r in range(model.rowCount()) if model.voice_at(r).escalation_id is None
                and model.voice_at(r).pillar == pillar and model.voice_at(r).area)


def _press_question_mark(qtbot, window, row: int):  # type: ignore[no-untyped-def]
    window.feed.setFocus()
    window.feed.setCurrentIndex(window.feed_model.index(row))
    qtbot.keyClick(window.feed, Qt.Key.Key_Question)
    qtbot.waitUntil(lambda: window.escalate_sheet is not None
                    and window.escalate_sheet.isVisible(), timeout=5000)
    return window.escalate_sheet


def test_question_mark_then_enter_escalates_to_the_owner_of_that_area(
    qtbot, window, demo_db: Path  # type: ignore[no-untyped-def]
) -> None:
    row = _unescalated_row(window)
    voice = window.feed_model.voice_at(row)
    owner = owner_store.owner_for(connect(demo_db), str(voice.pillar), voice.area)
    assert owner is not None
    sheet = _press_question_mark(qtbot, window, row)
    assert owner.name in sheet.owner.currentText()
    assert sheet.due.date() == QDate.currentDate().addDays(Settings().get(
        "escalation.response_days"))
    # Enter where the sheet put the focus (the note), nothing else.
    assert sheet.focusWidget() is sheet.note
    with qtbot.waitSignal(window.escalated, timeout=5000) as done:
        qtbot.keyClick(sheet.focusWidget(), Qt.Key.Key_Return)
    eid = done.args[0]
    made = esc.get(connect(demo_db), eid)
    assert made is not None
    assert (made.owner_name, made.owner_email, made.status) == (owner.name, owner.email, S.OPEN)
    assert made.voice_id == voice.id and made.note == "?"
    # No SMTP server is set up here: the window says the "?" was recorded, not that it was sent.
    said = window.status.currentMessage()
    assert f"#{eid}" in said and "Not emailed" in said and "Send" in said
    assert "sent to" not in said
    # The list shows where it landed: its row selected and scrolled to, its subject whole in
    # the tooltip.
    view = window.escalations
    # (The list is read again on a worker: on a loaded machine that may take a while.)
    qtbot.waitUntil(lambda: view.currentIndex().data(EscalationRole) is not None
                    and view.currentIndex().data(EscalationRole).id == eid, timeout=20_000)
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
    assert made.subject in view.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    due = time.localtime(made.due_at)
    expected = QDate.currentDate().addDays(Settings().get("escalation.response_days"))
    assert (due.tm_year, due.tm_mon, due.tm_mday) == (expected.year(), expected.month(),
                                                      expected.day())
    # The feed marks the voice, and the list shows the new escalation.
    assert window.feed_model.voice_at(row).escalation_id == eid
    qtbot.waitUntil(lambda: eid in _listed(window), timeout=5000)


def test_question_mark_on_an_escalated_voice_opens_its_escalation(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.feed_model
    row = next(r for r in range(model.rowCount()) if model.voice_at(r).escalation_id)
    window.feed.setFocus()
    window.feed.setCurrentIndex(model.index(row))
    qtbot.keyClick(window.feed, Qt.Key.Key_Question)
    eid = model.voice_at(row).escalation_id
    assert eid in window.escalation_windows and window.escalation_windows[eid].isVisible()
    assert window.escalate_sheet is None


def test_several_selected_voices_become_one_escalation(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    model = window.feed_model
    rows = [r for r in range(model.rowCount()) if model.voice_at(r).escalation_id is None][:3]
    window.feed.setFocus()
    window.feed.setCurrentIndex(model.index(rows[0]))
    for r in rows[1:]:
        window.feed.selectionModel().select(model.index(r),
                                            window.feed.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(window.feed, Qt.Key.Key_Question)
    qtbot.waitUntil(lambda: window.escalate_sheet is not None, timeout=5000)
    sheet = window.escalate_sheet
    sheet.owner.setCurrentText("Piotr Zieliński <piotr@shop.example>")
    sheet.note.setText("Three of these this morning")
    with qtbot.waitSignal(window.escalated, timeout=5000) as done:
        qtbot.keyClick(sheet.note, Qt.Key.Key_Return)
    db = connect(demo_db)
    linked = [v for (v,) in db.execute("SELECT voice_id FROM escalation_voices WHERE "
                                       "escalation_id = ?", [done.args[0]]).fetchall()]
    assert sorted(linked) == sorted(model.voice_at(r).id for r in rows)
    made = esc.get(db, done.args[0])
    assert (made.owner_name, made.owner_email, made.note) == (  # type: ignore[union-attr]
        "Piotr Zieliński", "piotr@shop.example", "Three of these this morning")


def test_an_owner_is_required(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = _press_question_mark(qtbot, window, _unescalated_row(window))
    before = esc.count_open(connect(demo_db))
    sheet.owner.setCurrentText("")
    qtbot.keyClick(sheet.note, Qt.Key.Key_Return)
    assert sheet.isVisible() and "Who owns this?" in sheet.problem.text()
    assert esc.count_open(connect(demo_db)) == before


def test_escalating_with_email_reaches_the_smtp_server(qtbot, window, smtp_server) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    for name, value in (("smtp.host", smtp_server.host), ("smtp.port", smtp_server.port),
                        ("smtp.user", smtp_server.user), ("smtp.security", "none"),
                        ("smtp.from", "leader@shop.example")):
        settings.set(name, value)
    settings.save()
    window.access.use_settings(settings)  # as saving the Settings dialog does
    account = account_from_settings()
    assert account is not None
    secrets.set_password("smtp", account.key, smtp_server.password)
    row = _unescalated_row(window)
    voice = window.feed_model.voice_at(row)
    sheet = _press_question_mark(qtbot, window, row)
    assert sheet.send.isChecked()
    with qtbot.waitSignal(window.forwarded, timeout=10_000) as sent:
        qtbot.keyClick(sheet.note, Qt.Key.Key_Return)
    assert sent.args[1] == ""  # no error
    assert "emailed to" in window.status.currentMessage()
    # The forward (reminders of the demo's overdue "?" may go too, once SMTP is set).
    (msg,) = [m for m in (email.message_from_bytes(raw, policy=email.policy.default)
                          for _s, _r, raw in smtp_server.received)
              if not m["Subject"].strip().startswith("Reminder:")]
    assert msg["Subject"].startswith("?")
    body, attached = list(msg.iter_parts())
    assert body.get_content().splitlines()[0] == "?"  # then the seven questions
    content = attached.get_content()  # the email itself, or the voice as text
    text = content.get_content() if hasattr(content, "get_content") else content
    assert voice.text.split("\n")[0] in text.replace("\r\n", "\n")


def _open_window_for(qtbot, window, eid: int):  # type: ignore[no-untyped-def]
    dialog = window.open_escalation(eid)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    return dialog


def _click_move(qtbot, dialog, status: S, refused: bool = False) -> None:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QPushButton, f"move_{status}")
    assert button is not None, f"no button to move to {status}"
    button.click()
    if refused:  # said at once; the window stays where it was
        qtbot.waitUntil(dialog.problem.isVisible, timeout=5000)
    else:  # another load (the role learnt, say) may land first: wait for the move's own
        qtbot.waitUntil(lambda: dialog.detail.escalation.status is status, timeout=5000)


def test_closing_names_what_is_missing_then_closes_when_the_coe_is_complete(
    qtbot, window, demo_db: Path  # type: ignore[no-untyped-def]
) -> None:
    db = connect(demo_db)
    (eid,) = db.execute("SELECT id FROM escalations WHERE status = 'open' LIMIT 1").fetchone()
    dialog = _open_window_for(qtbot, window, eid)
    _click_move(qtbot, dialog, S.INVESTIGATING)
    _click_move(qtbot, dialog, S.ANSWERED)
    dialog.editor.fields["what_happened"].setPlainText("Parcels left at the estate gate, not delivered.")
    _click_move(qtbot, dialog, S.COE_SUBMITTED, refused=True)
    # What was typed is saved all the same, and read back before typing on.
    qtbot.waitUntil(lambda: dialog.detail.coe is not None
                    and "estate gate" in dialog.detail.coe.what_happened, timeout=5000)
    for missing in ("root cause", "supporting data", "corrective action"):
        assert missing in dialog.problem.text()
    assert esc.get(db, eid).status is S.ANSWERED  # type: ignore[union-attr]
    # What was typed was kept even though the move was refused.
    assert "estate gate" in dialog.editor.fields["what_happened"].toPlainText()
    dialog.editor.fields["root_cause"].setPlainText("The route plan has no gate codes.")
    dialog.editor.fields["whys"].setPlainText("Why late? Gate closed.\nWhy closed? No code.")
    qtbot.mouseClick(dialog.findChild(QPushButton, "citeVoices"), Qt.MouseButton.LeftButton)
    assert dialog.editor.evidence.count() >= 1
    row = dialog.editor.add_action()
    dialog.editor.action_table.item(row, 0).setText("Add gate codes to every route")
    dialog.editor.action_table.item(row, 1).setText("Piotr Zieliński")
    dialog.editor.action_table.item(row, 2).setText(QDate.currentDate().addDays(14).toString("yyyy-MM-dd"))
    assert "Ready" in dialog.editor.gaps.text()
    _click_move(qtbot, dialog, S.COE_SUBMITTED)
    _click_move(qtbot, dialog, S.CLOSED)
    assert not dialog.problem.isVisible()
    detail = esc.detail(db, eid)
    assert detail.escalation.status is S.CLOSED and detail.closed_at  # type: ignore[union-attr]
    assert [h.to_status for h in detail.history][-4:] == [  # type: ignore[union-attr]
        "investigating", "answered", "coe_submitted", "closed"]
    assert detail.coe.whys == ("Why late? Gate closed.", "Why closed? No code.")  # type: ignore[union-attr]
    assert detail.coe.actions[0].owner == "Piotr Zieliński"  # type: ignore[union-attr]
    assert detail.coe.submitted_at  # type: ignore[union-attr]
    # Closed escalations leave the list.
    qtbot.waitUntil(lambda: eid not in _listed(window), timeout=5000)


def test_impact_is_prefilled_with_customers_affected(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    db = connect(demo_db)
    (eid,) = db.execute("SELECT id FROM escalations e WHERE pillar = 'delivery' AND NOT EXISTS "
                        "(SELECT 1 FROM coe c WHERE c.escalation_id = e.id) LIMIT 1").fetchone()
    dialog = _open_window_for(qtbot, window, eid)
    qtbot.waitUntil(lambda: "customers" in dialog.editor.fields["impact"].toPlainText(), timeout=5000)
    assert "in the last 7 days" in dialog.editor.fields["impact"].toPlainText()


def test_overdue_corrective_actions_stand_out_in_the_list(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    db = connect(demo_db)
    late = db.execute("SELECT escalation_id FROM actions WHERE done_at IS NULL AND due_at < ?",
                      [int(time.time())]).fetchall()
    assert late, "the demo has an overdue corrective action"
    model = window.escalations.model_
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    texts = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any("action overdue" in t for t in texts), texts


def test_the_coe_exports_from_the_window(qtbot, window, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (eid,) = connect(demo_db).execute("SELECT escalation_id FROM coe LIMIT 1").fetchone()
    dialog = _open_window_for(qtbot, window, eid)
    for fmt in ("md", "pdf"):
        out = tmp_path / f"coe.{fmt}"
        with qtbot.waitSignal(dialog.exported, timeout=10_000):
            dialog.export(fmt, out)
        assert out.stat().st_size > 500
    assert "## Root cause" in (tmp_path / "coe.md").read_text(encoding="utf-8")
    assert (tmp_path / "coe.pdf").read_bytes().startswith(b"%PDF")


def test_double_click_on_an_escalation_opens_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.escalations
    qtbot.waitUntil(lambda: view.model_.rowCount() > 0, timeout=5000)
    index = view.model_.index(0, 0)
    rect = view.visualRect(index)
    # A real double-click is a click and then a double-click event; QTest sends only the latter.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    eid = index.data(EscalationRole).id
    assert eid in window.escalation_windows
    dialog = window.escalation_windows[eid]
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    assert dialog.title.text() == dialog.detail.escalation.subject


def test_overdue_escalations_stand_out_on_their_pillar(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    now = int(time.time())
    overdue = [e for e in esc.open_escalations(connect(demo_db))
               if e.pillar == "delivery" and (e.is_overdue(now) or e.overdue_actions)]
    assert overdue, "the demo has overdue delivery escalations"
    tile = window.pillars.tiles["delivery"]
    qtbot.waitUntil(lambda: tile.overdue.isVisible(), timeout=5000)
    assert f"? {len(overdue)} overdue" in tile.overdue.text()
    for e in overdue:
        assert f"#{e.id} " in tile.overdue.toolTip()


def test_response_times_by_owner_as_a_table_and_a_chart(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.show_response_times()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        pass
    expected = esc.response_times(connect(demo_db))
    table = dialog.table
    assert table.rowCount() == len(expected) > 0
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        r.owner for r in expected]
    answered = next(r for r in range(table.rowCount()) if table.item(r, 4).text() != "—")
    assert table.item(answered, 4).text().endswith((" h", " d"))
    labels = [t.get_text() for t in dialog.canvas.figure.axes[0].get_yticklabels()]
    assert sorted(labels) == sorted(r.owner for r in expected[:12])
    dialog.close()


def test_redaction_reaches_the_escalations_list_and_open_windows(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    db = connect(demo_db)
    vid = db.execute("SELECT v.id FROM voices v WHERE NOT EXISTS (SELECT 1 FROM "
                     "escalation_voices ev WHERE ev.voice_id = v.id) LIMIT 1").fetchone()
    secret = "anna.kowalska@poczta.example"
    eid = esc.escalate(db, [vid[0]], owner_name="Ewa", due_at=int(time.time()) + 86400,
                       subject=f"Proszę o kontakt: {secret}")
    window.refresh_panels()
    qtbot.waitUntil(lambda: eid in _listed(window), timeout=5000)
    dialog = window.open_escalation(eid)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    model = window.escalations.model_
    row = _listed(window).index(eid)
    assert secret not in model.index(row, 0).data()  # hidden from the start
    assert secret not in dialog.title.text()
    qtbot.mouseClick(window.redact_toggle, Qt.MouseButton.LeftButton)
    assert secret in model.index(row, 0).data() and secret in dialog.title.text()
    qtbot.mouseClick(window.redact_toggle, Qt.MouseButton.LeftButton)
    assert secret not in model.index(row, 0).data()


def test_a_leaders_window_reminds_overdue_owners_once_a_day(
        qtbot, demo_db: Path, smtp_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import shown_window

    settings = Settings()
    for name, value in (("smtp.host", smtp_server.host), ("smtp.port", smtp_server.port),
                        ("smtp.user", smtp_server.user), ("smtp.security", "none"),
                        ("smtp.from", "leader@shop.example")):
        settings.set(name, value)
    settings.save()
    account = account_from_settings()
    assert account is not None
    secrets.set_password("smtp", account.key, smtp_server.password)
    overdue = {e for (e,) in connect(demo_db).execute(
        "SELECT owner_email FROM escalations WHERE status IN ('open', 'investigating', "
        "'answered') AND due_at < strftime('%s', 'now') AND owner_email != ''")}
    assert overdue, "the demo holds an overdue escalation"
    with shown_window(qtbot, demo_db, tmp_path / "w.ini") as win:
        qtbot.waitUntil(lambda: "Reminded" in win.status.currentMessage(), timeout=10_000)
        reminded = {r for _s, rcpt, _raw in smtp_server.received for r in rcpt}
        assert reminded == overdue
        sent = len(smtp_server.received)
        win.escalating.remind()  # the next hour's round: nobody twice in a day
        assert win.runner.wait_idle(10_000)
        assert len(smtp_server.received) == sent
    subjects = [email.message_from_bytes(raw, policy=email.policy.default)["Subject"]
                for _s, _r, raw in smtp_server.received]
    assert all(s.strip().startswith("Reminder: ? ") for s in subjects), subjects
