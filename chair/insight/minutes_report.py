"""Meeting minutes as a document: Markdown, and HTML pages for the PDF writer.

Title, date, attendees; each decision with the customer voice that was on screen; the voices
shown; the "?" escalations raised; the overdue actions reviewed; the pillar snapshot. When
the meeting was redacted, so are its minutes.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Sequence

from chair.domain.i18n import QT_TRANSLATE_NOOP, Words, english, fill
from chair.domain.meeting import MeetingEvent, MeetingMinutes
from chair.domain.model import PILLAR_NAMES
from chair.insight.document import RULE, day, page, quote, stamp

# (text, names to hide) -> text; e.g. chair.insight.redaction.redact
Redactor = Callable[..., str]


# The document's own words, in the "Report" context of the translations.
NOT_ENDED = QT_TRANSLATE_NOOP("Report", "not ended")
MINUTES_LONG = QT_TRANSLATE_NOOP("Report", "%1 min")
TARGET = QT_TRANSLATE_NOOP("Report", "%1 (target %2)")
NO_DATA = QT_TRANSLATE_NOOP("Report", "no data")
MEETING_OF = QT_TRANSLATE_NOOP("Report", "Meeting of %1")
DATE = QT_TRANSLATE_NOOP("Report", "Date")
ATTENDEES = QT_TRANSLATE_NOOP("Report", "Attendees")
HIDDEN = QT_TRANSLATE_NOOP("Report", "Personal data in customer voices is hidden in these minutes.")
DECISIONS = QT_TRANSLATE_NOOP("Report", "Decisions")
NO_DECISION = QT_TRANSLATE_NOOP("Report", "No decision was recorded.")
SHOWN = QT_TRANSLATE_NOOP("Report", "Voices shown")
RAISED = QT_TRANSLATE_NOOP("Report", "“?” escalations raised")
REVIEWED = QT_TRANSLATE_NOOP("Report", "Overdue actions reviewed")
NOTHING_OVERDUE = QT_TRANSLATE_NOOP("Report", "Nothing was overdue.")
SNAPSHOT = QT_TRANSLATE_NOOP("Report", "Pillar snapshot")
NO_METRICS = QT_TRANSLATE_NOOP("Report", "No metrics.")
NONE = QT_TRANSLATE_NOOP("Report", "None.")
KICKER = QT_TRANSLATE_NOOP("Report", "MEETING MINUTES")
MINUTES = QT_TRANSLATE_NOOP("Report", "Meeting minutes")
FOOTER = QT_TRANSLATE_NOOP("Report", "Minutes · %1")


def _clock(ts: int) -> str:
    return stamp(ts)[-5:]


def _duration(m: MeetingMinutes, words: Words) -> str:
    if not m.ended_at:
        return words("Report", NOT_ENDED)
    return fill(words("Report", MINUTES_LONG), max(1, round((m.ended_at - m.started_at) / 60)))


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


def _pillar_lines(m: MeetingMinutes, words: Words) -> list[str]:
    """"Delivery: 97.6% (target 97.5%) — 16,070 customers got a late package…"; the
    people sentence was written in the language of the meeting when it started."""
    lines = []
    pillars = _snapshot(m).get("pillars")
    for p in pillars if isinstance(pillars, list) else []:
        if not isinstance(p, dict):
            continue
        value, target = p.get("value"), p.get("target")
        known = isinstance(value, float) and isinstance(target, float)
        figures = fill(words("Report", TARGET), f"{value:.1%}", f"{target:.1%}") if known \
            else words("Report", NO_DATA)
        people = f" — {p['people']}" if p.get("people") else ""
        key = str(p.get("pillar", ""))
        name = words("Pillar", PILLAR_NAMES[key]) if key in PILLAR_NAMES else key.capitalize()
        lines.append(f"{name}: {figures}{people}")
    return lines


def _overdue_lines(m: MeetingMinutes) -> list[str]:
    overdue = _snapshot(m).get("overdue")
    return [str(x) for x in overdue] if isinstance(overdue, list) else []


def _title(m: MeetingMinutes, words: Words) -> str:
    return m.title or fill(words("Report", MEETING_OF), day(m.started_at))


def to_markdown(m: MeetingMinutes, *, redact: Redactor | None = None,
                words: Words = english) -> str:
    say = functools.partial(words, "Report")
    lines = [f"# {_title(m, words)}", "",
             f"- **{say(DATE)}:** {stamp(m.started_at)} ({_duration(m, words)})",
             f"- **{say(ATTENDEES)}:** {m.attendees or '—'}", ""]
    if redact is not None:
        lines += [f"_{say(HIDDEN)}_", ""]
    lines += [f"## {say(DECISIONS)}", ""]
    decisions = m.of_kind("decision")
    for k, e in enumerate(decisions, 1):
        lines.append(f"{k}. **{e.text}** ({_clock(e.at)})")
        if e.voice_text:
            lines += ["", f"   > {_words(e, redact)}", f"   > — {_where(e, redact)}", ""]
    if not decisions:
        lines.append(f"_{say(NO_DECISION)}_")
    lines += ["", f"## {say(SHOWN)}", ""]
    shown = m.of_kind("voice_shown")
    lines += [f"- {_clock(e.at)} “{_words(e, redact, 200)}” — {_where(e, redact)}"
              for e in shown] or [f"_{say(NONE)}_"]
    lines += ["", f"## {say(RAISED)}", ""]
    raised = m.of_kind("escalation")
    lines += [f"- #{e.escalation_id} {e.text}" for e in raised] or [f"_{say(NONE)}_"]
    lines += ["", f"## {say(REVIEWED)}", ""]
    lines += [f"- {x}" for x in _overdue_lines(m)] or [f"_{say(NOTHING_OVERDUE)}_"]
    lines += ["", f"## {say(SNAPSHOT)}", ""]
    lines += [f"- {x}" for x in _pillar_lines(m, words)] or [f"_{say(NO_METRICS)}_"]
    return "\n".join(lines).rstrip() + "\n"


def _list(items: list[str], empty: str) -> str:
    if not items:
        return f'<p class="empty">{html.escape(empty)}</p>'
    return "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in items) + "</ul>"


def to_html_pages(m: MeetingMinutes, *, redact: Redactor | None = None,
                  words: Words = english) -> list[str]:
    esc = html.escape
    say = functools.partial(words, "Report")
    facts = (f'<table class="facts"><tr><td class="label">{esc(say(DATE))}</td><td>'
             f"{stamp(m.started_at)} ({esc(_duration(m, words))})</td></tr><tr>"
             f"<td class='label'>{esc(say(ATTENDEES))}</td><td>{esc(m.attendees or '—')}"
             f"</td></tr></table>")
    note = f'<p class="who">{esc(say(HIDDEN))}</p>' if redact is not None else ""
    decisions = ""
    for k, e in enumerate(m.of_kind("decision"), 1):
        decisions += f"<p><b>{k}. {esc(e.text)}</b> <span class='who'>{_clock(e.at)}</span></p>"
        if e.voice_text:
            decisions += quote(_words(e, redact), _where(e, redact), words)
    first = (f'<p class="kicker">{esc(say(KICKER))}</p><h1>{esc(_title(m, words))}</h1>'
             f"{facts}{note}{RULE}<h2>{esc(say(DECISIONS))}</h2>"
             f"{decisions or f'<p class=empty>{esc(say(NO_DECISION))}</p>'}")
    shown = [f"{_clock(e.at)} “{_words(e, redact, 200)}” — {_where(e, redact)}"
             for e in m.of_kind("voice_shown")]
    raised = [f"#{e.escalation_id} {e.text}" for e in m.of_kind("escalation")]
    return [
        page(first),
        page(f"<h2>{esc(say(SHOWN))}</h2>{RULE}{_list(shown, say(NONE))}"),
        page(f"<h2>{esc(say(RAISED))}</h2>{RULE}{_list(raised, say(NONE))}"
             f"<p></p><h2>{esc(say(REVIEWED))}</h2>{RULE}"
             f"{_list(_overdue_lines(m), say(NOTHING_OVERDUE))}"
             f"<p></p><h2>{esc(say(SNAPSHOT))}</h2>{RULE}"
             f"{_list(_pillar_lines(m, words), say(NO_METRICS))}"),
    ]
