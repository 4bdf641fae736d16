"""Which voice the meeting shows next: weighting and no repeats (pure, no Qt)."""

from __future__ import annotations

from collections import Counter

from chair.domain.model import Voice
from chair.insight.rotation import Rotation
from chair.ui.meeting import AgendaItem, parse_agenda

NOW = 1_800_000_000
DAY = 86400


def _voice(vid: int, *, days_old: float = 1, pillar: str = "price",
           escalated: bool = False) -> Voice:
    return Voice(source="t", source_key=str(vid), received_at=int(NOW - days_old * DAY),
                 text=f"voice {vid}", pillar=pillar, id=vid,
                 escalation_id=99 if escalated else None)


def test_no_voice_comes_back_until_every_voice_was_shown() -> None:
    voices = [_voice(i, days_old=i % 9) for i in range(1, 41)]
    rotation = Rotation(voices, now=NOW, seed=1)
    first_round = [rotation.next().id for _ in range(40)]  # type: ignore[union-attr]
    assert sorted(first_round) == list(range(1, 41))
    second_round = [rotation.next().id for _ in range(40)]  # type: ignore[union-attr]
    assert sorted(second_round) == list(range(1, 41))
    assert second_round[0] != first_round[-1]  # no voice twice in a row across rounds


def _first_picks(voices: list[Voice], focus: str | None = None, picks: int = 10) -> Counter[str]:
    """What kind of voice came up in the first picks, over many meetings."""
    seen: Counter[str] = Counter()
    for seed in range(200):
        rotation = Rotation(voices, now=NOW, seed=seed)
        rotation.focus = focus
        for _ in range(picks):
            v = rotation.next()
            assert v is not None
            seen[v.source_key.split(":")[0]] += 1
    return seen


def _kind(kind: str, vid: int, **kw) -> Voice:  # type: ignore[no-untyped-def]
    v = _voice(vid, **kw)
    return Voice(**{**{f: getattr(v, f) for f in v.__dataclass_fields__}, "source_key":
                    f"{kind}:{vid}"})


def test_recent_voices_come_first() -> None:
    voices = [_kind("new", i, days_old=0.5) for i in range(20)] + \
        [_kind("old", 100 + i, days_old=13) for i in range(20)]
    seen = _first_picks(voices)
    assert seen["new"] > 2.5 * seen["old"]


def test_the_pillar_in_focus_and_escalated_voices_weigh_more() -> None:
    base = [_kind("other", i, pillar="price") for i in range(30)]
    focused = _first_picks(base + [_kind("focus", 100 + i, pillar="delivery")
                                   for i in range(10)], focus="delivery")
    assert focused["focus"] > focused["other"]  # 10 of 40 voices, most of the first picks
    escalated = _first_picks(base + [_kind("esc", 100 + i, escalated=True) for i in range(10)])
    assert escalated["esc"] > 0.8 * escalated["other"]


def test_stepping_back_and_forward_walks_the_history() -> None:
    rotation = Rotation([_voice(i) for i in range(1, 6)], now=NOW, seed=3)
    a, b, c = rotation.next(), rotation.next(), rotation.next()
    assert rotation.previous() is b and rotation.previous() is a
    assert rotation.previous() is a  # the first stays the first
    assert rotation.next() is b and rotation.next() is c
    assert rotation.next() not in (a, b, c)


def test_agenda_lines_with_minutes_and_pillars() -> None:
    assert parse_agenda("Delivery in apartment complexes · 15 · delivery\n\nPrice | 10 min\n"
                        "Decisions") == [
        AgendaItem("Delivery in apartment complexes", 15, "delivery"),
        AgendaItem("Price", 10, None), AgendaItem("Decisions", 0, None)]


def test_bringing_a_pillar_into_focus_shows_one_of_its_voices_next() -> None:
    voices = [_voice(i, pillar="price") for i in range(1, 30)] + [_voice(99, pillar="delivery")]
    for seed in range(20):
        rotation = Rotation(voices, now=NOW, seed=seed)
        assert rotation.next("delivery").id == 99  # type: ignore[union-attr]
        # None of that pillar left this round: any voice.
        assert rotation.next("delivery").pillar == "price"  # type: ignore[union-attr]
