"""A Correction of Error as a document: Markdown for mail and wikis, HTML for the PDF writer.

Pure functions of an EscalationDetail; redaction (optional) applies to every customer text.
"""

from __future__ import annotations

import functools
import html
import time
from collections.abc import Callable
from dataclasses import dataclass

from chair.domain.escalation import SECTIONS, Coe, EscalationDetail, HistoryEntry, status_label
from chair.domain.i18n import QT_TRANSLATE_NOOP, Words, english, fill
from chair.insight.document import (
    CSS,
    NOT_WRITTEN,
    RULE,
    day,
    paras,
    quote,
    stamp,
)

Redactor = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class _Quote:
    who: str
    text: str


# The document's own words, in the "Report" context of the translations.
BY = QT_TRANSLATE_NOOP("Report", "%1 by %2")
OVERDUE_DUE = QT_TRANSLATE_NOOP("Report", "%1 (overdue)")
STATUS = QT_TRANSLATE_NOOP("Report", "Status")
OWNER = QT_TRANSLATE_NOOP("Report", "Owner")
OPENED = QT_TRANSLATE_NOOP("Report", "Opened")
DUE = QT_TRANSLATE_NOOP("Report", "Due")
WHERE = QT_TRANSLATE_NOOP("Report", "Pillar · area")
CLOSED = QT_TRANSLATE_NOOP("Report", "Closed")
NOTE = QT_TRANSLATE_NOOP("Report", "Note")
VOICE_N = QT_TRANSLATE_NOOP("Report", "Voice #%1")
METRIC_N = QT_TRANSLATE_NOOP("Report", "Metric #%1")
TITLE = QT_TRANSLATE_NOOP("Report", "Correction of Error — escalation #%1")
KICKER = QT_TRANSLATE_NOOP("Report", "CORRECTION OF ERROR · ESCALATION #%1")
SUBTITLE = QT_TRANSLATE_NOOP("Report", "%1 · owner %2")
WORDS = QT_TRANSLATE_NOOP("Report", "The customer’s words")
NO_VOICE = QT_TRANSLATE_NOOP("Report", "No voice is linked.")
FIVE_WHYS = QT_TRANSLATE_NOOP("Report", "Five whys")
EVIDENCE = QT_TRANSLATE_NOOP("Report", "Evidence")
ACTION = QT_TRANSLATE_NOOP("Report", "Action")
DONE = QT_TRANSLATE_NOOP("Report", "Done")
OPEN = QT_TRANSLATE_NOOP("Report", "open")
LATE = QT_TRANSLATE_NOOP("Report", "overdue")
NONE_YET = QT_TRANSLATE_NOOP("Report", "None yet.")
DATE_UNKNOWN = QT_TRANSLATE_NOOP("Report", "date unknown")
HISTORY = QT_TRANSLATE_NOOP("Report", "History")
def _history(h: HistoryEntry, words: Words) -> str:
    """"2026-11-20 09:12 Answered → COE submitted by Ewa: note", in the reader's words."""
    line = f"{stamp(h.at)} {h.move(words)}"
    if h.who:
        line = fill(words("Report", BY), line, h.who)
    return f"{line}: {h.note}" if h.note else line


def _facts(detail: EscalationDetail, words: Words) -> list[tuple[str, str]]:
    e = detail.escalation
    say = functools.partial(words, "Report")
    due = day(e.due_at)
    if e.is_overdue(int(time.time())):
        due = fill(say(OVERDUE_DUE), due)
    opened = stamp(e.opened_at)
    if detail.opened_by:
        opened = fill(say(BY), opened, detail.opened_by)
    owner = f"{e.owner_name} <{e.owner_email}>" if e.owner_email else e.owner_name or "—"
    facts = [
        (say(STATUS), status_label(e.status, words)),
        (say(OWNER), owner),
        (say(OPENED), opened),
        (say(DUE), due),
        (say(WHERE), " · ".join(x for x in (e.pillar, e.area) if x) or "—"),
    ]
    if detail.closed_at:
        facts.append((say(CLOSED), stamp(detail.closed_at)))
    if e.note and e.note != "?":
        facts.append((say(NOTE), e.note))
    return facts


def _voices(detail: EscalationDetail, redact: Redactor | None, words: Words) -> list[_Quote]:
    out = []
    for v in detail.voices:
        text = v.text.strip()
        author = v.author
        if redact is not None:
            text, author = redact(text), redact(author) if author else ""
        who = " · ".join(x for x in (author, v.area, v.language.upper(), str(v.channel),
                                     stamp(v.received_at) if v.date_known
                                     else words("Report", DATE_UNKNOWN)) if x)
        out.append(_Quote(who, text))
    return out


def _sections(coe: Coe | None, redact: Redactor | None, words: Words
              ) -> list[tuple[str, str, list[str]]]:
    """(key, heading, paragraphs) of each of the seven sections; actions come separately."""
    out = []
    for key, heading in SECTIONS:
        if key == "actions":
            continue
        text = getattr(coe, key, "") if coe else ""
        if redact is not None and key in ("what_happened", "impact"):
            text = redact(text)
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        out.append((key, words("Coe", heading), paragraphs))
    return out


def _evidence(coe: Coe, redact: Redactor | None, words: Words) -> list[tuple[str, str]]:
    """(label, what it shows) of each piece of evidence."""
    out = []
    for ev in coe.evidence:
        summary = redact(ev.summary) if redact and ev.kind == "voice" else ev.summary
        label = fill(words("Report", VOICE_N if ev.kind == "voice" else METRIC_N), ev.ref_id)
        out.append((label, summary + (f" — {ev.note}" if ev.note else "")))
    return out


def to_markdown(detail: EscalationDetail, *, redact: Redactor | None = None,
                words: Words = english) -> str:
    e = detail.escalation
    coe = detail.coe
    say = functools.partial(words, "Report")
    lines = [f"# {fill(say(TITLE), e.id)}", "", f"**{e.subject or '?'}**", ""]
    lines += [f"- **{k}:** {v}" for k, v in _facts(detail, words)]
    lines += ["", f"## {say(WORDS)}", ""]
    for q in _voices(detail, redact, words):
        lines += ["> " + line if line else ">" for line in q.text.splitlines()]
        lines += [">", f"> — {q.who}", ""]
    for key, heading, paragraphs in _sections(coe, redact, words):
        lines += [f"## {heading}", ""]
        lines += [p + "\n" for p in paragraphs] or [f"_{say(NOT_WRITTEN)}_", ""]
        if key == "root_cause" and coe and coe.whys:
            lines += [f"{say(FIVE_WHYS)}:", ""]
            lines += [f"{k}. {why}" for k, why in enumerate(coe.whys, 1)] + [""]
        if key == "supporting_data" and coe and coe.evidence:
            lines += [f"{say(EVIDENCE)}:", ""]
            lines += [f"- {label}: {what}" for label, what in _evidence(coe, redact, words)]
            lines.append("")
    lines += [f"## {words('Coe', dict(SECTIONS)['actions'])}", ""]
    if coe and coe.actions:
        lines += [f"| {say(ACTION)} | {say(OWNER)} | {say(DUE)} | {say(DONE)} |",
                  "|---|---|---|---|"]
        for a in coe.actions:
            desc = a.description.replace("|", "\\|").replace("\n", " ")
            done = day(a.done_at) if a.done_at else say(OPEN)
            lines.append(f"| {desc} | {a.owner or '—'} | {day(a.due_at)} | {done} |")
    else:
        lines.append(f"_{say(NONE_YET)}_")
    lines += ["", f"## {say(HISTORY)}", ""]
    lines += [f"- {_history(h, words)}" for h in detail.history]
    return "\n".join(lines).rstrip() + "\n"


def to_html_pages(detail: EscalationDetail, *, redact: Redactor | None = None,
                  words: Words = english) -> list[str]:
    """One HTML page per part: the summary with the customer's words, then each section."""
    e = detail.escalation
    coe = detail.coe
    say = functools.partial(words, "Report")
    now = int(time.time())
    esc = html.escape
    head = f"<html><head><style>{CSS}</style></head><body>"
    facts = "".join(f'<tr><td class="label">{esc(k)}</td><td>{esc(v)}</td></tr>'
                    for k, v in _facts(detail, words))
    quotes = "".join(quote(q.text, q.who, words) for q in _voices(detail, redact, words))
    subtitle = fill(say(SUBTITLE), status_label(e.status, words), e.owner_name or "—")
    pages = [
        f'{head}<p class="kicker">{esc(fill(say(KICKER), e.id))}</p>'
        f"<h1>{esc(e.subject or '?')}</h1>"
        f'<p class="subtitle">{esc(subtitle)}</p><table class="facts">{facts}</table>{RULE}'
        f"<h2>{esc(say(WORDS))}</h2>"
        f"{quotes or f'<p class=empty>{esc(say(NO_VOICE))}</p>'}</body></html>"
    ]
    for key, heading, paragraphs in _sections(coe, redact, words):
        body = paras(paragraphs, words)
        if key == "root_cause" and coe and coe.whys:
            body += f"<p><b>{esc(say(FIVE_WHYS))}</b></p><ol>" + "".join(
                f"<li>{esc(why)}</li>" for why in coe.whys) + "</ol>"
        if key == "supporting_data" and coe and coe.evidence:
            items = "".join(f"<li><b>{esc(label)}</b>: {esc(what)}</li>"
                            for label, what in _evidence(coe, redact, words))
            body += f"<p><b>{esc(say(EVIDENCE))}</b></p><ul>{items}</ul>"
        pages.append(f"{head}<h2>{esc(heading)}</h2>{RULE}{body}</body></html>")
    rows = ""
    for a in (coe.actions if coe else ()):
        late = a.is_overdue(now)
        state = day(a.done_at) if a.done_at else say(LATE if late else OPEN)
        rows += (f"<tr><td>{esc(a.description)}</td><td>{esc(a.owner or '—')}</td>"
                 f"<td>{day(a.due_at)}</td><td{' class=overdue' if late else ''}>{esc(state)}"
                 f"</td></tr>")
    cells = "".join(f"<th>{esc(say(x))}</th>" for x in (ACTION, OWNER, DUE, DONE))
    actions = (f'<table class="actions" width="100%" cellpadding="5" cellspacing="0"><tr>'
               f"{cells}</tr>{rows}</table>" if rows
               else f'<p class="empty">{esc(say(NONE_YET))}</p>')
    history = "".join(f"<li>{esc(_history(h, words))}</li>" for h in detail.history)
    pages.append(f"{head}<h2>{esc(words('Coe', dict(SECTIONS)['actions']))}</h2>{RULE}"
                 f"{actions}<p></p><h2>{esc(say(HISTORY))}</h2>{RULE}<ul>{history}</ul>"
                 f"</body></html>")
    return pages
