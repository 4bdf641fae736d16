"""The domain's words in the interface's language: statuses, COE sections, metrics, and the
shortfall of a metric told as people ("840 customers got a late package"), plurals included."""

from __future__ import annotations

from collections.abc import Iterable

from chair.domain.escalation import (
    ACTION_LABELS,
    SECTIONS,
    CorrectiveAction,
    HistoryEntry,
    status_label,
)
from chair.domain.meeting import Decision
from chair.domain.model import Escalation, EscalationStatus
from chair.insight.pillars import METRIC_LABELS, PillarSummary
from chair.ui.format import arg, day
from chair.ui.i18n import translate


def status_name(value: str) -> str:
    """'COE submitted' for 'coe_submitted'; an unknown status as it is stored."""
    return status_label(value, translate)


def action_name(to: EscalationStatus) -> str:
    """The verb on the button that moves an escalation to `to`."""
    return translate("Action", ACTION_LABELS[to])


def section_heading(key: str) -> str:
    return translate("Coe", dict(SECTIONS)[key])


def gaps(missing: list[str]) -> str:
    """What `closing_gaps` found missing (marked English), translated, one after another."""
    return "; ".join(translate("Coe", m) for m in missing)


def gaps_sentence(missing: list[str]) -> str:
    """Why a COE cannot close."""
    return arg(translate("Coe", "This COE cannot close yet: %1."), gaps(missing))


def move(entry: HistoryEntry) -> str:
    """'opened as Open', 'Answered → COE submitted'."""
    return entry.move(translate)


def metric_name(metric: str) -> str:
    return translate("Metric", METRIC_LABELS[metric]) if metric in METRIC_LABELS else metric


def people(metric: str, n: int) -> str:
    """'%Ln customers got a late package' for the shortfall of `metric`."""
    if metric == "on_time":
        return translate("People", "%Ln customers got a late package", None, n)
    if metric == "undamaged":
        return translate("People", "%Ln customers got a damaged parcel", None, n)
    if metric == "right_sized_packaging":
        return translate("People", "%Ln customers got a box full of air", None, n)
    if metric == "in_stock":
        return translate("People", "%Ln customers found their item out of stock", None, n)
    if metric == "searches_with_results":
        return translate("People", "%Ln searches found nothing", None, n)
    if metric == "priced_at_or_below_lowest":
        return translate("People", "%Ln customers saw a lower price elsewhere", None, n)
    return translate("People", "%Ln customers were not served as promised", None, n)


def customers(n: int) -> str:
    """'%Ln customers' — an area's shortfall, as a short phrase."""
    return translate("People", "%Ln customers", None, n)


def people_sentence(metric: str, affected: int, beyond: int, area: str = "", *,
                    within_note: bool = False) -> str:
    """'840 customers got a late package in Łódź in the last 7 days (360 more than the target
    allows)'; `within_note` adds '(within the target)' when nothing is beyond it."""
    who = people(metric, affected)
    if area:
        sentence = arg(translate("People", "%1 in %2 in the last 7 days"), who, area)
    else:
        sentence = arg(translate("People", "%1 in the last 7 days"), who)
    if beyond:
        tail = translate("People", "(%Ln more than the target allows)", None, beyond)
        return f"{sentence} {tail}"
    if within_note:
        return sentence + " " + translate("People", "(within the target)")
    return sentence


def impact_sentence(summaries: Iterable[PillarSummary], pillar: str, area: str) -> str:
    """The "customers affected" of a pillar in an area (or everywhere), for a COE's impact
    section: "1,240 customers got a late package in Łódź in the last 7 days (310 more than
    the target allows)." Empty when no metric applies."""
    for s in summaries:
        if s.pillar != pillar or s.value is None or s.target is None:
            continue
        where = next((a for a in s.areas if a.area == area), None) if area else None
        if where is not None:
            return people_sentence(s.metric, where.affected, where.beyond_target, area,
                                   within_note=True) + "."
        return people_sentence(s.metric, s.affected, s.beyond_target, within_note=True) + "."
    return ""


def overdue_action_line(escalation_id: int, action: CorrectiveAction, now: int) -> str:
    """'#12 Add gate codes to every route — Piotr, due 3 Dec', for a meeting's record."""
    owner = action.owner or translate("Report", "no owner")
    return arg(translate("Report", "#%1 %2 — %3, due %4"), escalation_id, action.description,
               owner, day(action.due_at or now))


def decision_due_line(decision: Decision) -> str:
    """'Decided 24 Nov: Gate codes in every route — Piotr, follow up by 1 Dec', for a
    meeting's record."""
    owner = decision.owner or translate("Report", "no owner")
    return arg(translate("Report", "Decided %1: %2 — %3, follow up by %4"),
               day(decision.decided_at), decision.text, owner,
               day(decision.follow_up or decision.decided_at))


def unanswered_line(escalation: Escalation) -> str:
    """'#7 “?” to Omar Haddad, due 1 Dec, not answered', for a meeting's record."""
    return arg(translate("Report", "#%1 “?” to %2, due %3, not answered"), escalation.id,
               escalation.owner_name, day(escalation.due_at))
