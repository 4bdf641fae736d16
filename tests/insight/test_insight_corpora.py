"""Classification and redaction measured on customer texts nobody here wrote
(../shared/corpora/labelled and ../shared/corpora/pii): floors that keep the numbers from
sliding back. tests/bench/insight.py prints the whole table."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from chair.insight.classification import Classification, classify
from tests.helpers import SHARED, complaint_baseline, keyword_baseline, need_shared

# What each file must reach per scored pillar, beyond the keyword baseline + 0.05 that every
# file and pillar must beat.
FLOORS = {
    ("laptop_acos_en", "price"): 0.79, ("laptop_acos_en", "delivery"): 0.70,
    ("semeval16_en_laptop", "price"): 0.85, ("semeval16_en_laptop", "delivery"): 0.35,
    ("semeval16_en_rest", "price"): 0.85, ("semeval16_en_rest", "selection"): 0.35,
    ("uit_visfd_vi", "price"): 0.85,
    ("vi_cleanser", "price"): 0.75, ("vi_cleanser", "delivery"): 0.88,
}
MARGIN = 0.05
# Complaints (the pillars a human labelled negative): every pillar with this many complaints
# in a file beats the keyword-and-negation baseline by COMPLAINT_MARGIN, and these floors.
COMPLAINTS_COUNTED = 40
COMPLAINT_MARGIN = 0.15
COMPLAINT_FLOORS = {("semeval16_en_rest", "price"): 0.70, ("vi_cleanser", "delivery"): 0.55}


def _labelled() -> list[Path]:
    folder = SHARED / "corpora" / "labelled"
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


_baseline = cache(keyword_baseline)


def f1(predicted: list[bool], gold: list[bool]) -> float:
    tp = sum(p and g for p, g in zip(predicted, gold, strict=True))
    return 2 * tp / (sum(predicted) + sum(gold)) if tp else 0.0


@cache
def _read(name: str) -> tuple[list[dict[str, Any]], list[Classification]]:
    """One labelled file's rows and chair's reading of each, once for every test."""
    text = (SHARED / "corpora" / "labelled" / f"{name}.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    return rows, [classify(row["text"]) for row in rows]


def _against(name: str, field: str, said: Callable[[Classification], Sequence[str]],
             baseline: Callable[[str, str], bool]) -> dict[str, tuple[float, float, int]]:
    """(chair's F1, the baseline's, how many gold) per scored pillar of one labelled file,
    for the gold `field` ("pillars" or "complaints")."""
    rows, got = _read(name)
    result = {}
    for pillar in rows[0]["scored"]:
        gold = [pillar in row[field] for row in rows]
        mine = f1([pillar in said(c) for c in got], gold)
        theirs = f1([baseline(pillar, row["text"]) for row in rows], gold)
        result[pillar] = (mine, theirs, sum(gold))
    return result


@cache
def _scores(name: str) -> dict[str, tuple[float, float, int]]:
    """Pillars against the keyword baseline."""
    keywords = _baseline()
    return _against(name, "pillars", lambda c: c.pillars,
                    lambda pillar, text: bool(keywords[pillar].search(text)))


def test_the_labelled_corpora_are_there() -> None:
    need_shared()
    names = {p.stem for p in _labelled()}
    assert {name for name, _ in FLOORS} <= names


@pytest.mark.parametrize("path", _labelled(), ids=lambda p: p.stem)
def test_every_pillar_beats_the_keyword_baseline_on_texts_nobody_here_wrote(path: Path) -> None:
    for pillar, (mine, keywords, _) in _scores(path.stem).items():
        assert mine >= keywords + MARGIN, (path.stem, pillar, round(mine, 3), round(keywords, 3))
        floor = FLOORS.get((path.stem, pillar))
        assert floor is None or mine >= floor, (path.stem, pillar, round(mine, 3), floor)


@cache
def _complaint_scores(name: str) -> dict[str, tuple[float, float, int]]:
    """Complaints against the keyword-and-negation baseline."""
    blame = complaint_baseline()
    return _against(name, "complaints", lambda c: c.complaints,
                    lambda pillar, text: blame[pillar](text))


@pytest.mark.parametrize("path", _labelled(), ids=lambda p: p.stem)
def test_complaints_are_told_from_praise_on_texts_nobody_here_wrote(path: Path) -> None:
    for pillar, (mine, baseline, n) in _complaint_scores(path.stem).items():
        floor = COMPLAINT_FLOORS.get((path.stem, pillar))
        assert floor is None or mine >= floor, (path.stem, pillar, round(mine, 3), floor)
        if n >= COMPLAINTS_COUNTED:
            assert mine >= baseline + COMPLAINT_MARGIN, (path.stem, pillar, round(mine, 3),
                                                         round(baseline, 3))


def test_the_complaint_floors_are_measured() -> None:
    need_shared()
    counted = {(p.stem, pillar) for p in _labelled()
               for pillar, (*_, n) in _complaint_scores(p.stem).items() if n >= COMPLAINTS_COUNTED}
    assert set(COMPLAINT_FLOORS) <= counted


def _cases() -> list[dict[str, Any]]:
    path = SHARED / "corpora" / "pii" / "cases.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def test_redaction_hides_personal_values_and_keeps_what_must_stay() -> None:
    """At most 1% of the personal values of ../shared/corpora/pii survive, at most 1% of the
    strings that must stay (towns, brands, prices, dates) are changed."""
    from chair.insight.redaction import redact

    need_shared()
    cases = _cases()
    assert len(cases) >= 100
    leaks, values, broken, keeps = [], 0, [], 0
    for case in cases:
        out = redact(case["text"], names=[case["author"]] if case.get("author") else ())
        values += len(case["pii"])
        keeps += len(case["keep"])
        leaks += [(case["id"], v) for v in case["pii"] if v in out]
        broken += [(case["id"], k) for k in case["keep"] if out.count(k) < case["text"].count(k)]
    assert len(leaks) <= values * 0.01, leaks
    assert len(broken) <= keeps * 0.01, broken


def test_redaction_leaves_texts_without_personal_data_alone() -> None:
    from chair.insight.redaction import redact

    need_shared()
    negatives = [c for c in _cases() if c["kind"].startswith("negative")]
    assert len(negatives) >= 20
    assert [c["id"] for c in negatives if redact(c["text"]) != c["text"]] == []
