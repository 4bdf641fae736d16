"""What the escalation window's tabs read: the customer's words with the owner's replies,
and the history with the chain of forwards, as HTML."""

from __future__ import annotations

import html
from collections.abc import Callable

from chair.domain.escalation import EscalationDetail
from chair.ui import theme
from chair.ui.format import channel_name, date_time, voice_date_time
from chair.ui.i18n import translate
from chair.ui.wording import move


def words_html(d: EscalationDetail, redactor: Callable[[str], str] | None) -> str:
    red = redactor or (lambda t: t)
    parts = []
    if d.escalation.note and d.escalation.note != "?":
        parts.append("<p><b>" + html.escape(translate("EscalationWindow", "The leader's note:"))
                     + f"</b> {html.escape(red(d.escalation.note))}</p><hr>")
    for v in d.voices:
        author = red(v.author) if v.author else ""
        when = voice_date_time(v)
        meta = " · ".join(x for x in (author, v.area, v.language.upper(),
                                      channel_name(str(v.channel)), when) if x)
        direction = "rtl" if v.language in ("ar", "he") else "ltr"
        parts.append(
            f"<h3>{html.escape(red(v.subject) if v.subject else '')}</h3>"
            f"<p dir='{direction}' style='white-space: pre-wrap'>{html.escape(red(v.text))}</p>"
            f"<p style='color:{theme.color('muted')}'>— {html.escape(meta)}</p><hr>"
        )
    if d.replies:
        parts.append("<h2>" + translate("EscalationWindow", "Replies from the owner") + "</h2>")
    for r in d.replies:
        parts.append(
            f"<p><b>{html.escape(r.sender)}</b> · "
            f"{date_time(r.received_at)} · "
            f"{html.escape(r.subject)}</p>"
            f"<p style='white-space: pre-wrap'>{html.escape(r.text.strip())}</p><hr>"
        )
    return "".join(parts) or "<p>" + translate("EscalationWindow", "No voice is linked.") + "</p>"


def history_html(d: EscalationDetail) -> str:
    rows = []
    for h in d.history:
        rows.append(
            f"<tr><td style='padding:2px 14px 2px 0'>"
            f"{date_time(h.at)}</td>"
            f"<td style='padding-right:14px'>{html.escape(move(h))}</td>"
            f"<td style='padding-right:14px'>{html.escape(h.who)}</td>"
            f"<td>{html.escape(h.note)}</td></tr>"
        )
    out = f"<table>{''.join(rows)}</table>"
    if d.forwards:
        chain = " → ".join(
            [html.escape(d.forwards[0].from_name or d.forwards[0].from_email)]
            + [html.escape(f.to_name or f.to_email) for f in d.forwards])
        out = ("<p><b>" + html.escape(translate("EscalationWindow", "Forwarded:"))
               + f"</b> {chain}</p>" + out)
    return out
