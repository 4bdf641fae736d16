"""What changed since the last meeting, as the window shows it: one readable page of the
service's figures (chair.services.between), in the interface's language. Every name, subject
and decision in it is outside text, escaped."""

from __future__ import annotations

import html
from typing import Any

from chair.domain.meeting import Decision
from chair.ui import theme
from chair.ui.format import arg, day, long_day, number, percent, pillar_name
from chair.ui.i18n import translate
from chair.ui.wording import metric_name

SHOWN = 8  # lines per section; the command line's --json has them all


def _e(text: object) -> str:
    return html.escape(str(text))


def since_html(c: Any) -> str:
    """The page for a SinceLastMeeting `c`."""
    muted, alarm, good = theme.color("muted"), theme.color("alarm"), theme.color("safe")
    if c.meeting_id is not None:
        title = c.meeting_title or translate("Since", "the last meeting")
        head = arg(translate("Since", "Since “%1” ended, %2"), _e(title), long_day(c.since))
    else:
        head = translate("Since", "No meeting has ended yet: the last 7 days")
    out = [f"<h2>{head}</h2>"]

    def section(title: str, lines: list[str], empty: str) -> None:
        out.append(f"<h3>{_e(title)}</h3>")
        if not lines:
            out.append(f"<p style='color:{muted}'>{_e(empty)}</p>")
            return
        out.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines[:SHOWN]) + "</ul>")
        if len(lines) > SHOWN:
            more = translate("Since", "and %Ln more", None, len(lines) - SHOWN)
            out.append(f"<p style='color:{muted}'>{_e(more)}</p>")

    rising = []
    for v in c.volumes:
        mark = f"<b style='color:{alarm}'>▲</b> " if v.new > v.expected * 1.5 and v.new >= 3 else ""
        rising.append(mark + arg(translate(
            "Since", "%1 · %2: %3 new, about %4 the weeks before would bring"),
            _e(pillar_name(v.pillar)), _e(v.area or translate("Since", "no area")),
            number(v.new), number(round(v.expected))))
    section(translate("Since", "%Ln new voices about the pillars (each text once)", None,
                      c.voices), rising,
            translate("Since", "No new voice about price, selection or delivery."))

    late = [arg(translate("Since", "#%1 %2 — %3, due %4"), e.id, _e(e.subject or e.note),
                _e(e.owner_name), day(e.due_at)) for e in c.overdue]
    title = arg(translate("Since", "“?”: %1 raised · %2 answered · %3 overdue"),
                number(len(c.raised)), number(len(c.answered)), number(len(c.overdue)))
    section(title, late, translate("Since", "Nothing overdue."))

    due = [arg(translate("Since", "Corrective action of #%1: %2 — %3, due %4"), eid,
               _e(a.description), _e(a.owner or translate("Since", "no owner")),
               day(a.due_at or c.until)) for eid, a in c.actions_due]
    due += [_decision_line(d, c.until, alarm) for d in c.decisions_due]
    section(translate("Since", "Due this week"), due,
            translate("Since", "Nothing due this week."))

    moved = []
    for m in c.metrics:
        after = f"<b style='color:{good if m.better else alarm}'>{percent(m.after)}</b>"
        moved.append(arg(translate("Since", "%1 · %2 · %3: %4 → %5 (target %6)"),
                         _e(pillar_name(m.pillar)), _e(metric_name(m.metric)), _e(m.area),
                         percent(m.before), after, percent(m.target)))
    section(translate("Since", "Metrics that moved"), moved,
            translate("Since", "No headline metric moved."))

    told = [arg(translate("Since", "%1 in %2: %3 says fine, %4 complaints against %5 expected"),
                _e(pillar_name(d.pillar)), _e(d.area), percent(d.value),
                number(d.voices_recent), number(round(d.voices_expected))) for d in c.appeared]
    told += [arg(translate("Since", "Gone: %1 in %2"), _e(pillar_name(d.pillar)), _e(d.area))
             for d in c.gone]
    section(translate("Since", "When the data and the voices disagree"), told,
            translate("Since", "No disagreement appeared or went away."))
    return "".join(out)


def _decision_line(d: Decision, now: int, alarm: str) -> str:
    line = arg(translate("Since", "Decision of %1: %2 — %3, follow up by %4"),
               day(d.decided_at), _e(d.text), _e(d.owner or translate("Since", "no owner")),
               day(d.follow_up or d.decided_at))
    return f"<span style='color:{alarm}'>{line}</span>" if d.is_due(now) else line
