"""Sentences in the reader's language that an operation writes down (a meeting's snapshot) or
suggests (a COE's impact). The operations know the numbers; how they are said in Polish,
French or Vietnamese, with plural forms, belongs to the interface, which passes its phrasing
in (the window passes `chair.ui.wording`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from chair.domain.escalation import CorrectiveAction
from chair.domain.meeting import Decision
from chair.domain.model import Escalation
from chair.insight.pillars import PillarSummary


class Phrases(Protocol):
    def people_sentence(self, metric: str, affected: int, beyond: int, area: str = "", *,
                        within_note: bool = False) -> str:
        """'840 customers got a late package in the last 7 days (360 more than the target
        allows)'."""
        ...

    def impact_sentence(self, summaries: Iterable[PillarSummary], pillar: str, area: str) -> str:
        """The customers affected in a pillar and area, for a COE's impact; '' when no
        metric applies."""
        ...

    def overdue_action_line(self, escalation_id: int, action: CorrectiveAction, now: int) -> str:
        """'#12 Add gate codes to every route — Piotr, due 3 Dec'."""
        ...

    def unanswered_line(self, escalation: Escalation) -> str:
        """'#7 “?” to Omar Haddad, due 1 Dec, not answered'."""
        ...

    def decision_due_line(self, decision: Decision) -> str:
        """'Decided 24 Nov: Gate codes in every route — Piotr, follow up by 1 Dec'."""
        ...
