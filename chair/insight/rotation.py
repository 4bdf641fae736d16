"""Which customer voice the meeting shows next: weighted toward recent voices, the pillar
under discussion and voices behind open escalations; none again until all have been shown."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from chair.domain.model import Voice

DAY = 86400
HALF_LIFE_DAYS = 7.0  # a week-old voice weighs half as much as today's
FOCUS_WEIGHT = 6.0
ESCALATED_WEIGHT = 3.0


def weight(voice: Voice, *, now: int, focus: str | None) -> float:
    age_days = max(0.0, (now - voice.received_at) / DAY)
    w = math.pow(0.5, age_days / HALF_LIFE_DAYS)
    if focus and voice.pillar == focus:
        w *= FOCUS_WEIGHT
    if voice.escalation_id is not None:
        w *= ESCALATED_WEIGHT
    return w


class Rotation:
    """The order of voices on the meeting screen, with a history to step back through."""

    def __init__(self, voices: Sequence[Voice], *, now: int, seed: int | None = None) -> None:
        self.voices = [v for v in voices if v.id is not None]
        self.now = now
        self.focus: str | None = None
        self._random = random.Random(seed)
        self._shown: set[int] = set()
        self.history: list[Voice] = []
        self.position = -1

    def set_voices(self, voices: Sequence[Voice]) -> None:
        """A fresh pool (new arrivals, redaction switched): what was shown stays shown."""
        self.voices = [v for v in voices if v.id is not None]
        by_id = {v.id: v for v in self.voices}
        self.history = [by_id.get(v.id, v) for v in self.history]

    @property
    def current(self) -> Voice | None:
        return self.history[self.position] if 0 <= self.position < len(self.history) else None

    def next(self, pillar: str | None = None) -> Voice | None:
        """The next voice; with `pillar`, the next one of that pillar if any is left (the
        moment a pillar comes into focus, the screen shows it)."""
        if pillar is None and self.position < len(self.history) - 1:  # walk forward again
            self.position += 1
            return self.current
        if not self.voices:
            return None
        pool = [v for v in self.voices if v.id not in self._shown]
        if not pool:  # everything has been shown once: start another round
            self._shown.clear()
            pool = list(self.voices)
            if self.current is not None and len(pool) > 1:
                pool = [v for v in pool if v.id != self.current.id]
        if pillar is not None:
            pool = [v for v in pool if v.pillar == pillar] or pool
        weights = [weight(v, now=self.now, focus=self.focus) for v in pool]
        choice = self._random.choices(pool, weights=weights)[0]
        self._shown.add(choice.id)  # type: ignore[arg-type]
        self.history.append(choice)
        self.position = len(self.history) - 1
        return choice

    def previous(self) -> Voice | None:
        if self.position > 0:
            self.position -= 1
        return self.current
