"""The "?" by email: the seven questions the owner answers under the question mark, and the
owner's reply read back into the Correction of Error where it keeps their layout.

The questions go out numbered, one heading a line. A reply is read from the owner's own
words only (what is quoted below them is the forward itself, with empty headings): a line
that is a heading's number, its words or both starts that section, and what follows it up
to the next heading is the answer. A heading translated by the owner still counts by its
number. Corrective actions are one a line: "what — who — when" (who and when optional)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from chair.domain.escalation import SECTIONS, CorrectiveAction

KEYS = tuple(key for key, _heading in SECTIONS)
_HEADINGS = {heading.lower(): key for key, heading in SECTIONS}
_SHORT = {"impact": "impact", "implications": "implications", "lessons": "lessons",
          "corrective actions": "actions", "actions": "actions"}

INTRO = ("Please answer with a Correction of Error: reply to this email and write under each "
         "heading, keeping the headings on their own lines. Corrective actions one a line: "
         "what — who — when.")


def questions(escalation_id: int, due_at: int, team: str = "") -> str:
    """The part of the "?" email under the question mark: the seven questions, and where
    the escalation is answered (its id; in chair itself on a team store)."""
    due = time.strftime("%d %b %Y", time.gmtime(due_at))
    lines = ["—", INTRO, ""]
    for number, (_key, heading) in enumerate(SECTIONS, 1):
        lines += [f"{number}. {heading}", "", ""]
    lines.append(f"Escalation #{escalation_id} · due {due}")
    if team:
        lines.append(f"Answer it in chair: escalation #{escalation_id} in the team database "
                     f"{team} (chair --db {team}).")
    return "\n".join(lines)


_HEADING = re.compile(r"^\s*(?:[#*_]+\s*)?(?:([1-7])\s*[.)]\s*)?([^\W\d][^:\n]{0,80}?)?\s*[*_]*"
                      r"\s*(?::\s*(.*))?$")
_WHO_WHEN = re.compile(r"\s+[—–-]{1,2}\s+")
_FOOTER = re.compile(r"^\s*Escalation #\d+ · due ")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


@dataclass(frozen=True, slots=True)
class CoeReply:
    """What a reply answered: section key -> text, and the corrective actions."""

    sections: dict[str, str]
    actions: tuple[CorrectiveAction, ...]

    @property
    def answered(self) -> int:
        return len(self.sections) + (1 if self.actions else 0)


def _section_of(line: str) -> tuple[str, str] | None:
    """(section key, text after a colon on the same line) when `line` is a heading."""
    match = _HEADING.match(line)
    if match is None:
        return None
    number, words, rest = match.group(1), (match.group(2) or "").strip().lower(), match.group(3)
    key = _HEADINGS.get(words) or _SHORT.get(words)
    rest = (rest or "").lstrip("*_ ")  # "**Root cause:** the answer"
    if number is not None:
        by_number = KEYS[int(number) - 1]
        if key is not None and key != by_number:
            return None  # "3. Impact": not one of the layout's headings
        if key is None and words:
            return None  # "2. We refunded them": a numbered list in an answer
        return by_number, rest.strip()
    if key is not None:
        return key, rest.strip()
    return None


def parse_reply(text: str) -> CoeReply:
    """The sections a reply answers (empty when it does not follow the layout)."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        if line.lstrip().startswith(">"):
            continue  # quoted: the forward's own empty headings
        if _FOOTER.match(line):
            break  # the forward's own last lines, answered inline
        heading = _section_of(line)
        if heading is not None and (heading[0] not in found):
            current = heading[0]
            found[current] = [heading[1]] if heading[1] else []
            continue
        if current is not None:
            found[current].append(line)
    sections = {}
    actions: tuple[CorrectiveAction, ...] = ()
    for key, body in found.items():
        answer = "\n".join(body).strip()
        if not answer:
            continue
        if key == "actions":
            # One a line, up to the first blank line (what follows is the sign-off).
            lines = answer.splitlines()
            end = next((k for k, line in enumerate(lines) if not line.strip()), len(lines))
            actions = tuple(_action(line) for line in lines[:end])
        else:
            sections[key] = answer
    return CoeReply(sections, actions)


def _action(line: str) -> CorrectiveAction:
    parts = _WHO_WHEN.split(_BULLET.sub("", line).strip())
    description = " ".join(parts[0].split())
    owner = parts[1].strip() if len(parts) > 1 else ""
    due = _date(parts[2]) if len(parts) > 2 else None
    return CorrectiveAction(description, owner, due)


def _date(text: str) -> int | None:
    """An ISO date (2026-12-20) as the end of that day, UTC; None otherwise."""
    import calendar
    import datetime

    match = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return calendar.timegm((year, month, day, 23, 59, 59, 0, 0, 0))
