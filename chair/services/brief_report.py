"""The pre-read as a document: Markdown, and one A4 page of HTML for Qt's PDF writer. Every
heading in the reader's language; the customers' words as they wrote them (redacted)."""

from __future__ import annotations

import functools
import html
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chair.domain.i18n import QT_TRANSLATE_NOOP, Words, english, fill
from chair.domain.model import PILLAR_NAMES, Voice
from chair.insight.document import CSS, day

if TYPE_CHECKING:
    from chair.services.brief import Brief

TITLE = QT_TRANSLATE_NOOP("Report", "Pre-read for the next meeting")
KICKER = QT_TRANSLATE_NOOP("Report", "THE CUSTOMER'S SEAT")
SINCE = QT_TRANSLATE_NOOP("Report", "Made %1. Since “%2” ended on %3.")
SINCE_NONE = QT_TRANSLATE_NOOP("Report", "Made %1. No meeting has ended yet: the last 7 days.")
PILLARS = QT_TRANSLATE_NOOP("Report", "The three pillars")
NO_METRIC = QT_TRANSLATE_NOOP("Report", "no metric imported")
DISAGREE = QT_TRANSLATE_NOOP("Report", "Where the data and the customers disagree")
DISAGREE_LINE = QT_TRANSLATE_NOOP(
    "Report", "%1 in %2: %3 at %4 says fine, but %5 complaints came in 7 days against %6 expected.")
NO_DISAGREE = QT_TRANSLATE_NOOP(
    "Report", "None: where the metrics say fine, the customers agree.")
WORDS = QT_TRANSLATE_NOOP("Report", "In the customers' words")
NO_VOICES = QT_TRANSLATE_NOOP("Report", "No new voices about the pillars since.")
OPEN = QT_TRANSLATE_NOOP("Report", "Open “?” by owner")
NO_OPEN = QT_TRANSLATE_NOOP("Report", "No open “?”.")
AGE = QT_TRANSLATE_NOOP("Report", "%1 d")
OVERDUE = QT_TRANSLATE_NOOP("Report", "overdue")
CHANGED = QT_TRANSLATE_NOOP("Report", "Since the last meeting")
NEW_VOICES = QT_TRANSLATE_NOOP(
    "Report", "%1 new voices about the pillars; furthest above the weeks before: %2.")
ESCALATIONS = QT_TRANSLATE_NOOP("Report", "“?” raised %1, answered %2, overdue %3.")
MOVED = QT_TRANSLATE_NOOP("Report", "Moved: %1.")
DUE = QT_TRANSLATE_NOOP("Report", "Due")
ACTION = QT_TRANSLATE_NOOP("Report", "Corrective action #%1: %2 — %3, due %4")
DECIDED = QT_TRANSLATE_NOOP("Report", "Decided at “%1” on %2: %3")
FOLLOW_UP = QT_TRANSLATE_NOOP("Report", "Decision of %1: %2 — %3, follow up by %4")
NO_OWNER = QT_TRANSLATE_NOOP("Report", "no owner")
NOTHING_DUE = QT_TRANSLATE_NOOP("Report", "Nothing due.")
FOOTER = QT_TRANSLATE_NOOP("Report", "chair · pre-read · personal data hidden")

DAY = 86400


@dataclass(frozen=True, slots=True)
class Fit:
    """How much of the brief goes on the page: what is cut, in turn, until it is one page."""

    text_chars: int = 300  # a voice: its first words, whole
    evidence: int = 2
    voices: int = 3
    owners: int = 6
    due: int = 5


# From the whole brief to its bare bones: a writer tries them in turn until one page holds it.
FITS = (Fit(), Fit(220, 1, 3, 5, 4), Fit(160, 1, 2, 4, 3), Fit(110, 1, 1, 3, 2))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _where(v: Voice, words: Words) -> str:
    pillar = words("Pillar", PILLAR_NAMES.get(str(v.pillar), str(v.pillar)))
    return " · ".join(p for p in (pillar, v.area, v.channel, day(v.received_at)) if p)


def _sections(b: Brief, words: Words, fit: Fit) -> dict[str, object]:
    """What the page says, once for both formats."""
    say = functools.partial(words, "Report")
    made = time.strftime("%Y-%m-%d %H:%M", time.localtime(b.made_at))
    c = b.changes
    since = (fill(say(SINCE), made, c.meeting_title, day(c.since)) if c.meeting_id is not None
             else fill(say(SINCE_NONE), made))
    pillars = []
    for s in b.pillars:
        name = words("Pillar", PILLAR_NAMES.get(s.pillar, s.pillar))
        if s.value is None:
            pillars.append((name, "", say(NO_METRIC)))
        else:
            pillars.append((name, f"{_pct(s.value)} / {_pct(s.target)}", b.people.get(s.pillar,
                                                                                     "")))
    disagreement = say(NO_DISAGREE)
    if (d := b.disagreement) is not None:
        disagreement = fill(say(DISAGREE_LINE), words("Pillar", PILLAR_NAMES.get(d.pillar,
                                                                                 d.pillar)),
                            d.area, d.metric, _pct(d.value), d.voices_recent,
                            f"{d.voices_expected:.0f}")
    owners = []
    for owner, items in b.open_by_owner[:fit.owners]:
        parts = []
        for e in items[:3]:
            age = fill(say(AGE), max(0, (b.made_at - e.opened_at) // DAY))
            late = f", {say(OVERDUE)}" if e.is_overdue(b.made_at) else ""
            parts.append(f"#{e.id} {_excerpt(e.subject or e.note, 48)} ({age}{late})")
        owners.append((owner, "; ".join(parts) + (" …" if len(items) > 3 else "")))
    top = ", ".join(f"{words('Pillar', PILLAR_NAMES.get(v.pillar, v.pillar))} · "
                    f"{v.area or '—'} {v.new} (~{v.expected:.0f})" for v in c.volumes[:2])
    changed = [fill(say(NEW_VOICES), f"{c.voices:,}", top or "—"),
               fill(say(ESCALATIONS), len(c.raised), len(c.answered), len(c.overdue))]
    if c.metrics:
        changed.append(fill(say(MOVED), "; ".join(
            f"{m.metric} {m.area} {_pct(m.before)} → {_pct(m.after)}" for m in c.metrics[:2])))
    due = [fill(say(ACTION), eid, _excerpt(a.description, 70), a.owner, day(a.due_at))
           for eid, a in c.actions_due[:3]]
    due += [fill(say(FOLLOW_UP), day(d.decided_at), _excerpt(d.text, 90),
                 d.owner or say(NO_OWNER), day(d.follow_up)) if d.follow_up is not None
            else fill(say(DECIDED), d.meeting_title, day(d.decided_at), _excerpt(d.text, 120))
            for d in b.decisions]
    due = due[:fit.due]
    return {"since": since, "pillars": pillars, "disagreement": disagreement,
            "owners": owners, "changed": changed, "due": due}


def to_markdown(b: Brief, words: Words = english, fit: Fit = FITS[0]) -> str:
    say = functools.partial(words, "Report")
    s = _sections(b, words, fit)
    lines = [f"# {say(TITLE)}", "", str(s["since"]), "", f"## {say(PILLARS)}", ""]
    lines += [f"- **{name}** {value} — {people}".replace("  ", " ")
              for name, value, people in s["pillars"]]  # type: ignore[attr-defined]
    lines += ["", f"## {say(DISAGREE)}", "", str(s["disagreement"])]
    for v in b.evidence[:fit.evidence]:
        lines += ["", f"> {_excerpt(v.text, fit.text_chars)}", f"> — {_where(v, words)}"]
    lines += ["", f"## {say(WORDS)}", ""]
    for v in b.voices[:fit.voices]:
        lines += [f"> {_excerpt(v.text, fit.text_chars)}", f"> — {_where(v, words)}", ""]
    if not b.voices:
        lines += [f"_{say(NO_VOICES)}_", ""]
    lines += [f"## {say(OPEN)}", ""]
    lines += [f"- **{owner}**: {items}" for owner, items in s["owners"]  # type: ignore[attr-defined]
              ] or [f"_{say(NO_OPEN)}_"]
    lines += ["", f"## {say(CHANGED)}", ""]
    lines += [f"- {x}" for x in s["changed"]]  # type: ignore[attr-defined]
    lines += ["", f"## {say(DUE)}", ""]
    lines += [f"- {x}" for x in s["due"]] or [f"_{say(NOTHING_DUE)}_"]  # type: ignore[attr-defined]
    return "\n".join(lines).rstrip() + "\n"


# One page: smaller type than the other documents, tight blocks.
_PAGE_CSS = CSS + """
body { font-size: 9pt; }
h1 { font-size: 17pt; margin: 0 0 1pt 0; }
h2 { font-size: 11pt; margin: 6pt 0 2pt 0; }
p { margin: 0 0 2pt 0; line-height: 115%; }
p.item { margin: 0 0 1pt 8pt; }
"""


def to_html(b: Brief, words: Words = english, fit: Fit = FITS[0]) -> str:
    esc = html.escape
    say = functools.partial(words, "Report")
    s = _sections(b, words, fit)

    def voice(v: Voice) -> str:
        return (f'<table width="100%" cellpadding="3" cellspacing="0" bgcolor="#f4f4f6" '
                f'style="margin-bottom:3pt"><tr><td width="3" bgcolor="#8e8e93"></td><td>'
                f'<p>{esc(_excerpt(v.text, fit.text_chars))}</p>'
                f'<p class="who">— {esc(_where(v, words))}</p></td></tr></table>')

    def items(values: list[str], empty: str) -> str:
        if not values:
            return f'<p class="empty">{esc(empty)}</p>'
        return "".join(f'<p class="item">• {esc(x)}</p>' for x in values)

    pillars = "".join(
        f"<tr><td><b>{esc(name)}</b>&nbsp;&nbsp;</td><td>{esc(value)}&nbsp;&nbsp;</td>"
        f"<td>{esc(people)}</td></tr>"
        for name, value, people in s["pillars"])  # type: ignore[attr-defined]
    owners = [f"{owner}: {text}" for owner, text in s["owners"]]  # type: ignore[attr-defined]
    body = (
        f'<p class="kicker">{esc(say(KICKER))}</p><h1>{esc(say(TITLE))}</h1>'
        f'<p class="who">{esc(str(s["since"]))}</p>'
        f'<h2>{esc(say(PILLARS))}</h2>'
        f'<table class="facts" cellpadding="1" cellspacing="0">{pillars}</table>'
        f'<h2>{esc(say(DISAGREE))}</h2><p>{esc(str(s["disagreement"]))}</p>'
        + "".join(voice(v) for v in b.evidence[:fit.evidence])
        + f'<h2>{esc(say(WORDS))}</h2>'
        + ("".join(voice(v) for v in b.voices[:fit.voices])
           or f'<p class="empty">{esc(say(NO_VOICES))}</p>')
        + f'<h2>{esc(say(OPEN))}</h2>{items(owners, say(NO_OPEN))}'
        f'<h2>{esc(say(CHANGED))}</h2>{items(list(s["changed"]), "")}'  # type: ignore[call-overload]
        f'<h2>{esc(say(DUE))}</h2>{items(list(s["due"]), say(NOTHING_DUE))}'  # type: ignore[call-overload]
    )
    return f"<html><head><style>{_PAGE_CSS}</style></head><body>{body}</body></html>"
