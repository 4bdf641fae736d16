"""A Correction of Error as a document: Markdown for mail and wikis, HTML for the PDF writer.

Pure functions of an EscalationDetail; redaction (optional) applies to every customer text.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import dataclass

from chair.domain.escalation import SECTIONS, STATUS_LABELS, Coe, EscalationDetail
from chair.insight.document import CSS, RULE, day, paras, quote, stamp

Redactor = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class _Quote:
    who: str
    text: str


def _facts(detail: EscalationDetail) -> list[tuple[str, str]]:
    e = detail.escalation
    now = int(time.time())
    due = day(e.due_at) + (" (overdue)" if e.is_overdue(now) else "")
    facts = [
        ("Status", STATUS_LABELS[e.status]),
        ("Owner", f"{e.owner_name} <{e.owner_email}>" if e.owner_email else e.owner_name or "—"),
        ("Opened", stamp(e.opened_at) + (f" by {detail.opened_by}" if detail.opened_by else "")),
        ("Due", due),
        ("Pillar · area", " · ".join(x for x in (e.pillar, e.area) if x) or "—"),
    ]
    if detail.closed_at:
        facts.append(("Closed", stamp(detail.closed_at)))
    if e.note and e.note != "?":
        facts.append(("Note", e.note))
    return facts


def _voices(detail: EscalationDetail, redact: Redactor | None) -> list[_Quote]:
    out = []
    for v in detail.voices:
        text = v.text.strip()
        author = v.author
        if redact is not None:
            text, author = redact(text), redact(author) if author else ""
        who = " · ".join(x for x in (author, v.area, v.language.upper(), str(v.channel),
                                     stamp(v.received_at)) if x)  # fmt: skip
        out.append(_Quote(who, text))
    return out


def _sections(coe: Coe | None, redact: Redactor | None) -> list[tuple[str, str, list[str]]]:
    """(key, heading, paragraphs) of each of the seven sections; actions come separately."""
    out = []
    for key, heading in SECTIONS:
        if key == "actions":
            continue
        text = getattr(coe, key, "") if coe else ""
        if redact is not None and key in ("what_happened", "impact"):
            text = redact(text)
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        out.append((key, heading, paragraphs))
    return out


def to_markdown(detail: EscalationDetail, *, redact: Redactor | None = None) -> str:
    e = detail.escalation
    coe = detail.coe
    lines = [f"# Correction of Error — escalation #{e.id}", "", f"**{e.subject or '?'}**", ""]
    lines += [f"- **{k}:** {v}" for k, v in _facts(detail)]
    lines += ["", "## The customer's words", ""]
    for q in _voices(detail, redact):
        lines += ["> " + line if line else ">" for line in q.text.splitlines()]
        lines += [">", f"> — {q.who}", ""]
    for key, heading, paragraphs in _sections(coe, redact):
        lines += [f"## {heading}", ""]
        lines += [p + "\n" for p in paragraphs] or ["_Not written yet._", ""]
        if key == "root_cause" and coe and coe.whys:
            lines += ["Five whys:", ""] + [f"{k}. {w}" for k, w in enumerate(coe.whys, 1)] + [""]
        if key == "supporting_data" and coe and coe.evidence:
            lines += ["Evidence:", ""]
            for ev in coe.evidence:
                summary = redact(ev.summary) if redact and ev.kind == "voice" else ev.summary
                note = f" — {ev.note}" if ev.note else ""
                lines.append(f"- {'Voice' if ev.kind == 'voice' else 'Metric'} #{ev.ref_id}: "
                             f"{summary}{note}")  # fmt: skip
            lines.append("")
    lines += ["## Corrective actions", ""]
    if coe and coe.actions:
        lines += ["| Action | Owner | Due | Done |", "|---|---|---|---|"]
        for a in coe.actions:
            desc = a.description.replace("|", "\\|").replace("\n", " ")
            lines.append(f"| {desc} | {a.owner or '—'} | {day(a.due_at)} | "
                         f"{day(a.done_at) if a.done_at else 'open'} |")  # fmt: skip
    else:
        lines.append("_None yet._")
    lines += ["", "## History", ""]
    lines += [f"- {stamp(h.at)} {h.move}{' by ' + h.who if h.who else ''}"
              f"{': ' + h.note if h.note else ''}" for h in detail.history]  # fmt: skip
    return "\n".join(lines).rstrip() + "\n"




def to_html_pages(detail: EscalationDetail, *, redact: Redactor | None = None) -> list[str]:
    """One HTML page per part: the summary with the customer's words, then each section."""
    e = detail.escalation
    coe = detail.coe
    now = int(time.time())
    esc = html.escape
    head = f"<html><head><style>{CSS}</style></head><body>"
    facts = "".join(f'<tr><td class="label">{esc(k)}</td><td>{esc(v)}</td></tr>'
                    for k, v in _facts(detail))  # fmt: skip
    quotes = "".join(quote(q.text, q.who) for q in _voices(detail, redact))
    pages = [
        f'{head}<p class="kicker">CORRECTION OF ERROR · ESCALATION #{e.id}</p>'
        f"<h1>{esc(e.subject or '?')}</h1>"
        f'<p class="subtitle">{esc(STATUS_LABELS[e.status])} · owner {esc(e.owner_name or "—")}'
        f"</p><table class=\"facts\">{facts}</table>{RULE}<h2>The customer's words</h2>"
        f"{quotes or '<p class=empty>No voice is linked.</p>'}</body></html>"
    ]
    for key, heading, paragraphs in _sections(coe, redact):
        body = paras(paragraphs)
        if key == "root_cause" and coe and coe.whys:
            body += "<p><b>Five whys</b></p><ol>" + "".join(
                f"<li>{esc(w)}</li>" for w in coe.whys) + "</ol>"  # fmt: skip
        if key == "supporting_data" and coe and coe.evidence:
            items = []
            for ev in coe.evidence:
                summary = redact(ev.summary) if redact and ev.kind == "voice" else ev.summary
                label = "Voice" if ev.kind == "voice" else "Metric"
                note = f" — {esc(ev.note)}" if ev.note else ""
                items.append(f"<li><b>{label} #{ev.ref_id}</b>: {esc(summary)}{note}</li>")
            body += "<p><b>Evidence</b></p><ul>" + "".join(items) + "</ul>"
        pages.append(f"{head}<h2>{esc(heading)}</h2>{RULE}{body}</body></html>")
    rows = ""
    for a in (coe.actions if coe else ()):
        late = a.is_overdue(now)
        state = day(a.done_at) if a.done_at else ("overdue" if late else "open")
        rows += (f"<tr><td>{esc(a.description)}</td><td>{esc(a.owner or '—')}</td>"
                 f"<td>{day(a.due_at)}</td><td{' class=overdue' if late else ''}>{state}</td>"
                 f"</tr>")  # fmt: skip
    actions = (f'<table class="actions" width="100%" cellpadding="5" cellspacing="0"><tr>'
               f"<th>Action</th><th>Owner</th><th>Due</th><th>Done</th></tr>{rows}</table>"
               ) if rows else '<p class="empty">None yet.</p>'  # fmt: skip
    history = "".join(
        f"<li>{stamp(h.at)} {esc(h.move)}"
        f"{esc(' by ' + h.who) if h.who else ''}{esc(': ' + h.note) if h.note else ''}</li>"
        for h in detail.history
    )
    pages.append(f"{head}<h2>Corrective actions</h2>{RULE}{actions}<p></p><h2>History</h2>"
                 f"{RULE}<ul>{history}</ul></body></html>")  # fmt: skip
    return pages
