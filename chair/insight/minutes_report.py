"""Meeting minutes as a document: Markdown, and HTML pages for the PDF writer.

Title, date, attendees; each decision with the customer voice that was on screen; the voices
shown; the "?" escalations raised; the overdue actions reviewed; the pillar snapshot. When
the meeting was redacted, so are its minutes.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from chair.domain.meeting import MeetingEvent, MeetingMinutes
from chair.insight.document import RULE, day, page, quote, stamp

# (text, names to hide) -> text; e.g. chair.insight.redact.redact
Redactor = Callable[..., str]


def _clock(ts: int) -> str:
    return stamp(ts)[-5:]


def _duration(m: MeetingMinutes) -> str:
    if not m.ended_at:
        return "not ended"
    minutes = max(1, round((m.ended_at - m.started_at) / 60))
    return f"{minutes} min"


def _words(e: MeetingEvent, redact: Redactor | None, limit: int = 600) -> str:
    text = " ".join(e.voice_text.split())
    if redact is not None:  # before shortening, so no name is cut where it cannot be found
        text = redact(text, names=_names(e))
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _names(e: MeetingEvent) -> Sequence[str]:
    return (e.voice_author,) if e.voice_author else ()


def _where(e: MeetingEvent, redact: Redactor | None) -> str:
    who = ("[name]" if redact is not None else e.voice_author) if e.voice_author else ""
    return " · ".join(x for x in (who, e.voice_where) if x)


def _snapshot(m: MeetingMinutes) -> dict[str, object]:
    for e in m.of_kind("snapshot"):
        return e.payload
    return {}


def _pillar_lines(m: MeetingMinutes) -> list[str]:
    lines = []
    pillars = _snapshot(m).get("pillars")
    for p in pillars if isinstance(pillars, list) else []:
        if not isinstance(p, dict):
            continue
        value, target = p.get("value"), p.get("target")
        known = isinstance(value, float) and isinstance(target, float)
        figures = f"{value:.1%} (target {target:.1%})" if known else "no data"
        people = f" — {p['people']}" if p.get("people") else ""
        lines.append(f"{str(p.get('pillar', '')).capitalize()}: {figures}{people}")
    return lines


def _overdue_lines(m: MeetingMinutes) -> list[str]:
    overdue = _snapshot(m).get("overdue")
    return [str(x) for x in overdue] if isinstance(overdue, list) else []


def _title(m: MeetingMinutes) -> str:
    return m.title or f"Meeting of {day(m.started_at)}"


def to_markdown(m: MeetingMinutes, *, redact: Redactor | None = None) -> str:
    lines = [f"# {_title(m)}", "",
             f"- **Date:** {stamp(m.started_at)} ({_duration(m)})",
             f"- **Attendees:** {m.attendees or '—'}", ""]  # fmt: skip
    if redact is not None:
        lines += ["_Personal data in customer voices is hidden in these minutes._", ""]
    lines += ["## Decisions", ""]
    decisions = m.of_kind("decision")
    for k, e in enumerate(decisions, 1):
        lines.append(f"{k}. **{e.text}** ({_clock(e.at)})")
        if e.voice_text:
            lines += ["", f"   > {_words(e, redact)}", f"   > — {_where(e, redact)}", ""]
    if not decisions:
        lines.append("_No decision was recorded._")
    lines += ["", "## Voices shown", ""]
    shown = m.of_kind("voice_shown")
    lines += [f"- {_clock(e.at)} “{_words(e, redact, 200)}” — {_where(e, redact)}"
              for e in shown] or ["_None._"]  # fmt: skip
    lines += ["", '## "?" escalations raised', ""]
    raised = m.of_kind("escalation")
    lines += [f"- #{e.escalation_id} {e.text}" for e in raised] or ["_None._"]
    lines += ["", "## Overdue actions reviewed", ""]
    lines += [f"- {x}" for x in _overdue_lines(m)] or ["_Nothing was overdue._"]
    lines += ["", "## Pillar snapshot", ""]
    lines += [f"- {x}" for x in _pillar_lines(m)] or ["_No metrics._"]
    return "\n".join(lines).rstrip() + "\n"


def _list(items: list[str], empty: str) -> str:
    if not items:
        return f'<p class="empty">{html.escape(empty)}</p>'
    return "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in items) + "</ul>"


def to_html_pages(m: MeetingMinutes, *, redact: Redactor | None = None) -> list[str]:
    esc = html.escape
    facts = (f'<table class="facts"><tr><td class="label">Date</td><td>{stamp(m.started_at)} '
             f"({esc(_duration(m))})</td></tr><tr><td class='label'>Attendees</td><td>"
             f"{esc(m.attendees or '—')}</td></tr></table>")  # fmt: skip
    note = ('<p class="who">Personal data in customer voices is hidden in these minutes.</p>'
            if redact is not None else "")  # fmt: skip
    decisions = ""
    for k, e in enumerate(m.of_kind("decision"), 1):
        decisions += f"<p><b>{k}. {esc(e.text)}</b> <span class='who'>{_clock(e.at)}</span></p>"
        if e.voice_text:
            decisions += quote(_words(e, redact), _where(e, redact))
    first = (f'<p class="kicker">MEETING MINUTES</p><h1>{esc(_title(m))}</h1>{facts}{note}'
             f"{RULE}<h2>Decisions</h2>"
             f"{decisions or '<p class=empty>No decision was recorded.</p>'}")  # fmt: skip
    shown = [f"{_clock(e.at)} “{_words(e, redact, 200)}” — {_where(e, redact)}"
             for e in m.of_kind("voice_shown")]  # fmt: skip
    raised = [f"#{e.escalation_id} {e.text}" for e in m.of_kind("escalation")]
    return [
        page(first),
        page(f"<h2>Voices shown</h2>{RULE}{_list(shown, 'None.')}"),
        page(f"<h2>“?” escalations raised</h2>{RULE}{_list(raised, 'None.')}"
             f"<p></p><h2>Overdue actions reviewed</h2>{RULE}"
             f"{_list(_overdue_lines(m), 'Nothing was overdue.')}"
             f"<p></p><h2>Pillar snapshot</h2>{RULE}{_list(_pillar_lines(m), 'No metrics.')}"),
    ]
