"""The "?" loop without a window: lifecycle and closing rules, the forward over a real SMTP
server, replies from a real IMAP mailbox threaded back, COE export as Markdown and PDF."""

from __future__ import annotations

import email
import email.policy
import subprocess
import time
from pathlib import Path

import pytest

from chair.cli import main as cli
from chair.config import secrets
from chair.config.settings import Settings
from chair.domain.errors import AuthFailed, ChairError, SourceUnreachable
from chair.domain.escalation import Coe, CoeIncomplete, CorrectiveAction, TransitionNotAllowed
from chair.domain.model import Channel, EscalationStatus, Voice
from chair.ingest.imap import ImapAccount
from chair.ingest.run import run_import
from chair.outbox.forward import SmtpAccount
from chair.outbox.service import forward_escalation
from chair.store import coe as coe_store
from chair.store import connect
from chair.store import escalations as esc
from chair.store import voices as voice_store

S = EscalationStatus

DAY = 86400
SUBJECT = "Zamówienie nie dotarło — Łódź, ul. Piotrkowska"
TEXT = "Dzień dobry,\n\npaczka miała być wczoraj, kurier nie przyjechał.\n\nAnna Nowak"


def _voice(db, key: str = "<m1@klient.pl>", channel: str = Channel.EMAIL) -> int:  # type: ignore[no-untyped-def]
    meta = {"message_id": key.strip("<>"), "from": "anna.nowak@klient.pl",
            "to": "customers@shop.example"} if channel == Channel.EMAIL else {}
    voice_store.add_voices(db, [Voice(
        source="mail", source_key=key, received_at=1_700_000_000, text=TEXT, channel=channel,
        language="pl", author="Anna Nowak", subject=SUBJECT, pillar="delivery", area="Łódź",
        meta=meta)])
    (vid,) = db.execute("SELECT id FROM voices WHERE source_key = ?", [key]).fetchone()
    return int(vid)


def _escalate(db, vid: int, email_addr: str = "ewa@shop.example") -> int:  # type: ignore[no-untyped-def]
    return esc.escalate(db, [vid], owner_name="Ewa Krawczyk", owner_email=email_addr,
                        due_at=int(time.time()) + 3 * DAY, subject=SUBJECT, pillar="delivery",
                        area="Łódź", opened_by="Marek")


def _complete_coe(db, eid: int) -> None:  # type: ignore[no-untyped-def]
    coe_store.save(db, Coe(eid, what_happened="Courier skipped the estate.",
                           impact="312 parcels late.", root_cause="Route plan ignored gates.",
                           supporting_data="Scans vs GPS for the week."))
    coe_store.set_actions(db, eid, [CorrectiveAction("Add gate codes to routes", "Piotr",
                                                     int(time.time()) + 7 * DAY)])


def test_escalating_a_voice_twice_links_to_the_first_escalation(any_store) -> None:
    db = any_store
    vid = _voice(db)
    first = _escalate(db, vid)
    assert _escalate(db, vid) == first
    assert esc.count_open(db) == 1
    assert esc.escalation_of_voice(db, vid) == first


def test_the_lifecycle_refuses_skipping_and_keeps_every_move(any_store) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    with pytest.raises(TransitionNotAllowed, match="Open cannot become Closed"):
        esc.set_status(db, eid, S.CLOSED, check=True)
    esc.set_status(db, eid, S.INVESTIGATING, who="Ewa", check=True)
    esc.set_status(db, eid, S.ANSWERED, who="Ewa", check=True)
    history = esc.detail(db, eid).history  # type: ignore[union-attr]
    assert [(h.from_status, h.to_status, h.who) for h in history] == [
        ("", "open", "Marek"), ("open", "investigating", "Ewa"),
        ("investigating", "answered", "Ewa")]


def test_closing_says_exactly_what_the_coe_lacks(any_store) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    for status in (S.INVESTIGATING, S.ANSWERED):
        esc.set_status(db, eid, status, check=True)
    with pytest.raises(CoeIncomplete) as missing:
        esc.set_status(db, eid, S.COE_SUBMITTED, check=True)
    assert missing.value.missing == ["no Correction of Error has been written"]
    coe_store.save(db, Coe(eid, what_happened="Courier skipped the estate."))
    coe_store.set_actions(db, eid, [CorrectiveAction("Add gate codes", "", None)])
    with pytest.raises(CoeIncomplete) as missing:
        esc.set_status(db, eid, S.COE_SUBMITTED, check=True)
    assert missing.value.missing == [
        "the root cause is empty", "no supporting data (write it or link voices and metrics)",
        "no corrective action with an owner and a due date"]
    assert esc.get(db, eid).status is S.ANSWERED  # type: ignore[union-attr]
    _complete_coe(db, eid)
    esc.set_status(db, eid, S.COE_SUBMITTED, check=True)
    esc.set_status(db, eid, S.CLOSED, check=True)
    assert esc.count_open(db) == 0
    esc.set_status(db, eid, S.OPEN, who="Marek", note="happened again", check=True)  # reopen
    assert esc.count_open(db) == 1


def test_overdue_corrective_actions_resurface_after_closing(any_store) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    _complete_coe(db, eid)
    late = CorrectiveAction("Retrain the Łódź couriers", "Piotr", int(time.time()) - DAY)
    coe_store.set_actions(db, eid, [*coe_store.load(db, eid).actions, late])  # type: ignore[union-attr]
    for status in (S.ANSWERED, S.COE_SUBMITTED, S.CLOSED):
        esc.set_status(db, eid, status, check=True)
    (listed,) = esc.open_escalations(db)
    assert (listed.id, listed.status, listed.overdue_actions) == (eid, S.CLOSED, 1)
    action = next(a for a in coe_store.load(db, eid).actions if a.due_at < time.time())  # type: ignore[union-attr, operator]
    coe_store.set_action_done(db, action.id, True)  # type: ignore[arg-type]
    assert esc.open_escalations(db) == []


def _account(server, **kw) -> SmtpAccount:  # type: ignore[no-untyped-def]
    account = SmtpAccount(server.host, server.port, server.user, "none",
                          sender="leader@shop.example", sender_name="Marek Olszewski", **kw)
    secrets.set_password("smtp", account.key, server.password)
    return account


def test_the_forward_reaches_a_real_smtp_server_with_the_voice_attached(
    smtp_server, any_store  # type: ignore[no-untyped-def]
) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    message_id = forward_escalation(db, eid, _account(smtp_server))
    (sender, recipients, raw), = smtp_server.received
    assert recipients == ["ewa@shop.example"] and sender == "leader@shop.example"
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Subject"] == f"? {SUBJECT}"  # non-ASCII subject intact (RFC 2047 both ways)
    assert msg["Message-ID"].strip("<>") == message_id
    body, attachment = list(msg.iter_parts())
    text = body.get_content()
    # The question mark, then the seven questions to answer by replying, and the id.
    assert text.splitlines()[0] == "?"
    headings = [line for line in text.splitlines() if line[:2] in {f"{n}." for n in range(8)}]
    assert headings == ["1. What happened", "2. Impact on customers and the business",
                        "3. Root cause", "4. Supporting data",
                        "5. Critical implications, including security", "6. Lessons learned",
                        "7. Corrective actions"]
    assert f"Escalation #{eid}" in text and msg["X-Chair-Escalation"] == str(eid)
    # From a team store it says where to answer it in chair, without anyone's login.
    team_line = [line for line in text.splitlines() if "Answer it in chair" in line]
    assert bool(team_line) == (db.dialect == "postgresql")
    assert all("chair_admin" not in line for line in team_line)
    assert attachment.get_content_type() == "message/rfc822"
    original = attachment.get_content()
    assert original["Subject"] == SUBJECT and original["Message-ID"] == "<m1@klient.pl>"
    assert original.get_content().replace("\r\n", "\n").strip() == TEXT  # CRLF on the wire
    detail = esc.detail(db, eid)
    assert (detail.forward_state, detail.forward_message_id) == ("sent", message_id)  # type: ignore[union-attr]


@pytest.mark.parametrize("tls_smtp_server", ["starttls", "tls"], indirect=True)
def test_the_forward_goes_encrypted_with_starttls_or_tls(tls_smtp_server, any_store) -> None:  # type: ignore[no-untyped-def]
    server = tls_smtp_server
    db = any_store
    eid = _escalate(db, _voice(db))
    account = SmtpAccount(server.host, server.port, server.user, server.security,
                          sender="leader@shop.example")
    secrets.set_password("smtp", account.key, server.password)
    forward_escalation(db, eid, account)
    (_sender, _to, raw), = server.received
    assert email.message_from_bytes(raw, policy=email.policy.default)["Subject"] == f"? {SUBJECT}"


@pytest.mark.parametrize("tls_smtp_server", ["starttls"], indirect=True)
def test_an_untrusted_certificate_stops_the_forward_with_a_clear_message(
    tls_smtp_server, any_store, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE")  # the test authority is not trusted after all
    server = tls_smtp_server
    db = any_store
    eid = _escalate(db, _voice(db))
    account = SmtpAccount(server.host, server.port, server.user, "starttls")
    secrets.set_password("smtp", account.key, server.password)
    with pytest.raises(ChairError, match="certificate this computer does not trust"):
        forward_escalation(db, eid, account)
    assert server.received == [] and esc.detail(db, eid).forward_state == "failed"  # type: ignore[union-attr]


def test_a_voice_that_was_not_an_email_goes_as_text(smtp_server, any_store) -> None:  # type: ignore[no-untyped-def]
    db = any_store
    eid = _escalate(db, _voice(db, key="review-9", channel=Channel.REVIEW))
    forward_escalation(db, eid, _account(smtp_server))
    msg = email.message_from_bytes(smtp_server.received[0][2], policy=email.policy.default)
    attachment = list(msg.iter_parts())[1]
    assert attachment.get_content_type() == "text/plain"
    assert TEXT in attachment.get_content().replace("\r\n", "\n")


def test_a_failed_forward_is_kept_on_the_escalation_and_can_be_retried(
    smtp_server, any_store  # type: ignore[no-untyped-def]
) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    account = _account(smtp_server)
    secrets.set_password("smtp", account.key, "wrong")
    with pytest.raises(AuthFailed, match="refused user 'chair'"):
        forward_escalation(db, eid, account)
    failed = esc.detail(db, eid)
    assert failed.forward_state == "failed" and "refused" in failed.forward_error  # type: ignore[union-attr]
    assert esc.count_open(db) == 1 and smtp_server.received == []
    secrets.set_password("smtp", account.key, smtp_server.password)
    assert forward_escalation(db, eid, account) == failed.forward_message_id  # type: ignore[union-attr]
    assert esc.detail(db, eid).forward_state == "sent"  # type: ignore[union-attr]


def test_an_unreachable_server_is_a_clear_message(any_store) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = any_store
    eid = _escalate(db, _voice(db))
    with pytest.raises(SourceUnreachable, match=f"Cannot reach the SMTP server 127.0.0.1:{port}"):
        forward_escalation(db, eid, SmtpAccount("127.0.0.1", port, security="none"))
    assert esc.detail(db, eid).forward_state == "failed"  # type: ignore[union-attr]


def test_a_reply_in_a_real_mailbox_is_threaded_onto_its_escalation(
    smtp_server, dovecot, any_store  # type: ignore[no-untyped-def]
) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    forward_escalation(db, eid, _account(smtp_server))
    forward = email.message_from_bytes(smtp_server.received[0][2], policy=email.policy.default)
    reply = (f"From: Ewa Krawczyk <ewa@shop.example>\r\nTo: leader@shop.example\r\n"
             f"Subject: Re: ? Zam\u00f3wienie\r\nMessage-ID: <reply-1@shop.example>\r\n"
             f"In-Reply-To: {forward['Message-ID']}\r\nReferences: {forward['Message-ID']}\r\n"
             f"Date: Wed, 6 Mar 2024 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8"
             f"\r\n\r\nLooking into it: the courier route skipped the estate.\r\n")
    dovecot.append("INBOX", reply.encode())
    dovecot.append("INBOX", (b"From: Jan <jan@klient.pl>\r\nSubject: Gdzie paczka\r\n"
                             b"Message-ID: <other@klient.pl>\r\n\r\nNadal czekam.\r\n"))
    secrets.set_password("imap", ImapAccount.from_url(dovecot.url()).key, dovecot.password)
    result = run_import([dovecot.url()], db)
    assert (result.imported, result.sources[0].replies) == (2, 1)
    detail = esc.detail(db, eid)
    assert detail.escalation.status is S.ANSWERED  # type: ignore[union-attr]
    (answer,) = detail.replies  # type: ignore[union-attr]
    assert "courier route" in answer.text and answer.sender == "ewa@shop.example"
    assert detail.history[-1].to_status == "answered"  # type: ignore[union-attr]
    # The reply is not a customer voice; the other message is.
    assert voice_store.search(db, "courier route") == []
    assert [v.subject for v in voice_store.search(db, "czekam")] == ["Gdzie paczka"]


def _reply_to(forward: email.message.EmailMessage, answer: str, key: str) -> bytes:
    """The owner's reply as a mail program writes it: their answer on top, then the forward
    quoted line by line."""
    quoted = "\r\n".join("> " + line for line in
                          forward.get_body(("plain",)).get_content().splitlines())  # type: ignore[union-attr]
    body = (answer.replace("\n", "\r\n") + "\r\n\r\nEwa\r\n\r\n"
            "On Tue, 5 Mar 2024 at 10:00, Marek <leader@shop.example> wrote:\r\n" + quoted)
    return (f"From: Ewa Krawczyk <ewa@shop.example>\r\nTo: leader@shop.example\r\n"
            f"Subject: Re: ? Zamowienie\r\nMessage-ID: <{key}@shop.example>\r\n"
            f"In-Reply-To: {forward['Message-ID']}\r\nReferences: {forward['Message-ID']}\r\n"
            f"Date: Wed, 6 Mar 2024 09:00:00 +0100\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


ANSWER = """1. What happened
The courier skipped the Widzew estate for a week.

2. Impact on customers and the business
312 parcels a day late; 41 refunds.

3. Root cause: the route plan ignored the estate's gate codes.

4. Supporting data
Courier scans against GPS, 1-7 March.

5. Critical implications, including security
Parcels left at the gate: a theft risk.

6. Lessons learned
Gate codes belong in the route plan.

7. Corrective actions
- Add gate codes to routes — Piotr — 2024-03-20
- Check the next three estates — Ewa"""


def test_a_reply_that_answers_the_seven_questions_becomes_the_submitted_coe(
    smtp_server, any_store, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    forward_escalation(db, eid, _account(smtp_server))
    forward = email.message_from_bytes(smtp_server.received[0][2], policy=email.policy.default)
    path = tmp_path / "reply.eml"
    path.write_bytes(_reply_to(forward, ANSWER, "coe-1"))  # type: ignore[arg-type]
    assert run_import([str(path)], db).sources[0].replies == 1
    detail = esc.detail(db, eid)
    assert detail.escalation.status is S.COE_SUBMITTED  # type: ignore[union-attr]
    coe = detail.coe  # type: ignore[union-attr]
    assert coe.what_happened == "The courier skipped the Widzew estate for a week."  # type: ignore[union-attr]
    assert coe.root_cause == "the route plan ignored the estate's gate codes."  # type: ignore[union-attr]
    assert coe.implications == "Parcels left at the gate: a theft risk."  # type: ignore[union-attr]
    assert [(a.description, a.owner) for a in coe.actions] == [  # type: ignore[union-attr]
        ("Add gate codes to routes", "Piotr"), ("Check the next three estates", "Ewa")]
    assert time.gmtime(coe.actions[0].due_at)[:3] == (2024, 3, 20)  # type: ignore[union-attr, arg-type]
    assert coe.submitted_at is not None  # type: ignore[union-attr]


def test_a_partial_reply_fills_only_what_is_empty_and_a_free_reply_fills_nothing(
    smtp_server, any_store, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    coe_store.save(db, Coe(eid, what_happened="Typed in chair by the leader."))
    forward_escalation(db, eid, _account(smtp_server))
    forward = email.message_from_bytes(smtp_server.received[0][2], policy=email.policy.default)
    partial = tmp_path / "partial.eml"
    partial.write_bytes(_reply_to(forward, "\n".join(ANSWER.splitlines()[:8]), "coe-2"))  # type: ignore[arg-type]
    free = tmp_path / "free.eml"
    free.write_bytes(_reply_to(forward, "Looking into it, more on Friday.", "coe-3"))  # type: ignore[arg-type]
    run_import([str(partial), str(free)], db)
    detail = esc.detail(db, eid)
    assert detail.escalation.status is S.ANSWERED  # type: ignore[union-attr]
    coe = detail.coe  # type: ignore[union-attr]
    assert coe.what_happened == "Typed in chair by the leader."  # type: ignore[union-attr]
    assert coe.impact == "312 parcels a day late; 41 refunds."  # type: ignore[union-attr]
    assert coe.root_cause.startswith("the route plan")  # type: ignore[union-attr]
    assert coe.supporting_data == "" and coe.actions == ()  # type: ignore[union-attr]
    assert len(detail.replies) == 2  # type: ignore[union-attr]


def test_the_same_reply_imported_twice_is_one_reply(any_store, tmp_path: Path) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    esc.set_forward(db, eid, "sent", message_id="fwd-1@chair")
    reply = tmp_path / "reply.eml"
    reply.write_bytes(b"From: Ewa <ewa@shop.example>\r\nSubject: Re: ?\r\n"
                      b"Message-ID: <r@shop>\r\nReferences: <fwd-1@chair>\r\n\r\nOn it.\r\n")
    first, again = run_import([str(reply)], db), run_import([str(reply)], db)
    assert (first.imported, again.imported, again.duplicates) == (1, 0, 1)
    assert len(esc.detail(db, eid).replies) == 1  # type: ignore[union-attr]


def test_response_times_per_owner(any_store) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    opened = esc.get(db, eid).opened_at  # type: ignore[union-attr]
    esc.set_status(db, eid, S.ANSWERED, at=opened + 7200)
    (row,) = esc.response_times(db)
    assert (row.owner, row.escalations, row.open, row.median_first_answer_s) == (
        "Ewa Krawczyk", 1, 1, 7200)
    assert row.median_close_s is None


def test_coe_export_as_markdown_and_pdf(demo_db: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = connect(demo_db)
    (eid,) = db.execute("SELECT escalation_id FROM coe LIMIT 1").fetchone()
    detail = esc.detail(db, eid)
    quote = detail.voices[0].text.split("\n")[0]  # type: ignore[union-attr]
    md, pdf = tmp_path / "coe.md", tmp_path / "coe.pdf"
    assert cli(["--db", str(demo_db), "export", "coe", str(eid), "--format", "md", "-o",
                str(md)]) == 0
    assert cli(["export", "coe", str(eid), "--db", str(demo_db), "--format", "pdf", "-o",
                str(pdf)]) == 0
    headings = ["What happened", "Impact on customers and the business", "Root cause",
                "Supporting data", "Critical implications, including security",
                "Lessons learned", "Corrective actions"]
    markdown = md.read_text(encoding="utf-8")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    for heading in headings:
        assert f"## {heading}" in markdown
        assert heading in text, heading
    assert quote in markdown and quote in " ".join(text.split())
    # The sections flow one after another: a document to forward, not a page per section.
    assert "Pages:" in pages and 1 < int(pages.split("Pages:")[1].split()[0]) <= 4
    assert "exported" not in capsys.readouterr().err


def test_export_redacts_personal_data_when_asked(demo_db: Path, tmp_path: Path) -> None:
    db = connect(demo_db)
    (eid,) = db.execute("SELECT escalation_id FROM coe LIMIT 1").fetchone()
    author = esc.detail(db, eid).voices[0].author  # type: ignore[union-attr]
    out = tmp_path / "coe.md"
    cli(["--db", str(demo_db), "export", "coe", str(eid), "--redact", "-o", str(out)])
    assert author and author not in out.read_text(encoding="utf-8")


def test_export_of_an_unknown_escalation_is_one_line(demo_db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--db", str(demo_db), "export", "coe", "999", "-o", str(tmp_path / "x.md")]) == 2
    assert capsys.readouterr().err.strip() == "chair: There is no escalation #999."


def test_forwarding_needs_an_smtp_server_in_settings(any_store) -> None:
    db = any_store
    eid = _escalate(db, _voice(db))
    assert Settings().get("smtp.host") == ""
    with pytest.raises(ChairError, match="set an SMTP server in Settings"):
        forward_escalation(db, eid)
