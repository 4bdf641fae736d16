"""What the app notices on its own, before anyone asks: a spike of voices about a pillar in an
area against that area's own history (whatever the metrics say), and a new recurring phrase,
the same complaint in the words of several customers within a few days.

A spike is a one-sided Poisson test of the recent days' count against the area's baseline,
scaled by the pillar's trend across every area, Bonferroni-corrected over every pillar x area
tried, and at least twice what was expected. A phrase is two or three words in a row (numbers
aside) in the voices of the recent days, from several customers, that the weeks before hardly
held: tested the same way against the weeks before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chair.domain.model import PILLARS
from chair.domain.text import fold
from chair.insight.disagree import poisson_tail

RECENT_DAYS = 7
BASELINE_DAYS = 56
ALPHA = 0.001  # family-wise, over every pillar x area tried
MIN_RATIO = 2.0
MIN_RECENT = 5  # a handful of voices is never a spike

PHRASE_DAYS = 4  # "in a few days"
PHRASE_BASELINE_DAYS = 28
PHRASE_VOICES = 4  # from this many voices (and as many writers, where they are known)
PHRASE_RISE = 3.0  # at least this many times the rate of the weeks before
PHRASES_AT_MOST = 5
SIGNATURE_CHARS = 40  # what may follow a sign-off: a name
PHRASES_TRIED = 300  # the candidates with the most voices, counted in the weeks before


@dataclass(frozen=True, slots=True)
class Spike:
    pillar: str
    area: str
    recent: int
    expected: float
    p_value: float
    first_day: int
    last_day: int


def spikes(counts: Iterable[tuple[int, str, str, int]], today: int, *,
           recent_days: int = RECENT_DAYS, baseline_days: int = BASELINE_DAYS,
           alpha: float = ALPHA) -> list[Spike]:
    """Spikes of voices per pillar and area, most surprising first. `counts` are (day,
    pillar, area, voices), days since 1970-01-01, each customer-written text once."""
    recent_start = today - recent_days + 1
    base_start = recent_start - baseline_days
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    trend: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for day, pillar, area, n in counts:
        if pillar not in PILLARS or not area or day > today:
            continue
        if day >= recent_start:
            cells[(pillar, area)][0] += n
            trend[pillar][0] += n
        elif day >= base_start:
            cells[(pillar, area)][1] += n
            trend[pillar][1] += n
    tried = max(1, len(cells))
    found = []
    for (pillar, area), (recent, base) in cells.items():
        if recent < MIN_RECENT:
            continue
        # The area's own rate, with one voice of prior (an area new to chair is not a spike
        # for having had none), and the pillar's change across every other area: more
        # voices everywhere is a trend, not this area's problem.
        rate = (base + 1) / baseline_days
        others_recent = trend[pillar][0] - recent
        others_base = trend[pillar][1] - base
        change = ((others_recent + 1) / recent_days) / ((others_base + 1) / baseline_days)
        expected = rate * recent_days * max(1.0, change)
        p = min(1.0, poisson_tail(recent, expected) * tried)
        if p < alpha and recent >= MIN_RATIO * expected:
            found.append(Spike(pillar, area, recent, expected, p, recent_start, today))
    return sorted(found, key=lambda s: (s.p_value, -s.recent))


@dataclass(frozen=True, slots=True)
class Phrase:
    words: str  # as the customers wrote them, from the first voice that has them
    key: str  # folded, numbers as 0: what is counted
    voice_ids: tuple[int, ...]
    recent: int  # voices of the recent days that hold it
    before: int  # voices of the weeks before that held it


_WORD = re.compile(r"\w+")
# Words too common to make a phrase alone ("and the", "to my"): a phrase needs two words of
# four letters or more, or a number among them.
_SHORT = 4


def _phrases(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(folded phrase, its span in `text`) for each two or three words in a row that can be a
    phrase: two words of four letters or more ("parcel locker"), or three words with two such
    among them ("locker is broken")."""
    words = [(m.group(), m.span()) for m in _WORD.finditer(text)]
    folded = [re.sub(r"\d+", "0", fold(w)) for w, _ in words]
    long = [len(w) >= _SHORT and not w.isdigit() for w in folded]
    out = []
    for i in range(len(words) - 1):
        if long[i] and long[i + 1]:
            out.append((f"{folded[i]} {folded[i + 1]}", (words[i][1][0], words[i + 1][1][1])))
        if i + 2 < len(words) and sum(long[i : i + 3]) >= 2:
            out.append((" ".join(folded[i : i + 3]), (words[i][1][0], words[i + 2][1][1])))
    return out


def _frames(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) greet ("Dzień dobry," opening the text) or sign off
    ("Best regards," with a name after it) rather than say something."""
    closed = end == len(text) or text[end] in ",.!:;\n"
    if not closed:
        return False
    return not text[:start].strip() or len(text) - end <= SIGNATURE_CHARS


def recurring_phrases(
    recent: Sequence[tuple[int, str, str, int]],
    before: Sequence[tuple[str, int]], before_scale: float = 1.0, *,
    recent_days: int = PHRASE_DAYS, baseline_days: int = PHRASE_BASELINE_DAYS,
) -> list[Phrase]:
    """New phrases of `recent` voices, given as (id, author, text, how many voices the text
    stands for: its copies, chair.store.twins), the strongest first. `before`: the texts of
    the weeks before with their copies (or an even sample of them, each standing for
    `before_scale` texts)."""
    holders: dict[str, dict[int, tuple[str, int]]] = defaultdict(dict)
    shown: dict[str, str] = {}
    # How often a phrase opens or closes its text: "Dzień dobry", "Best regards" are how
    # people greet and sign, in any language, not what they complain about.
    framing: dict[str, int] = defaultdict(int)
    for vid, author, text, copies in recent:
        for key, (start, end) in set(_phrases(text)):
            holders[key][vid] = (author, copies)
            shown.setdefault(key, text[start:end])
            if _frames(text, start, end):
                framing[key] += 1
    candidates = []
    for key, voices in holders.items():
        if framing[key] > 0.5 * len(voices):
            continue
        n = sum(copies for _, copies in voices.values())
        # Several customers: as many writers as voices where they are known (one person
        # writing five times is one customer), a text's copies each another.
        writers = {a for a, _ in voices.values() if a}
        if n >= PHRASE_VOICES and (not writers or len(writers) == len(voices)
                                   or len(writers) >= PHRASE_VOICES):
            candidates.append((n, key.count(" "), key))
    # The most voices first; of as many, the longer phrase ("parcel locker is broken" over
    # "parcel locker").
    candidates.sort(reverse=True)
    tried = candidates[:PHRASES_TRIED]
    wanted = {key for _, _, key in tried}
    held: dict[str, int] = defaultdict(int)
    for text, copies in before:
        for key in {k for k, _ in _phrases(text)} & wanted:
            held[key] += copies
    found: list[Phrase] = []
    for n, _, key in tried:
        ids = set(holders[key])
        # The same voices saying a longer phrase: one phrase, not three overlapping ones.
        if any(len(ids & set(p.voice_ids)) >= 0.7 * len(ids) for p in found):
            continue
        was = round(held[key] * before_scale)
        # Against the weeks before, with one voice of prior (a phrase never seen is new, not
        # infinitely surprising), Bonferroni-corrected over the candidates tried.
        expected = (was + 1) / baseline_days * recent_days
        if n >= PHRASE_RISE * expected and poisson_tail(n, expected) * len(tried) < ALPHA:
            found.append(Phrase(shown[key], key, tuple(sorted(ids)), n, was))
        if len(found) == PHRASES_AT_MOST:
            break
    return found
