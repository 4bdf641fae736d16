"""Classification quality on a hand-labelled set in six languages, and its throughput.

    .venv/bin/python tests/bench/classify.py

The set (tests/bench/eval/voices.jsonl, 312 voices) was written for this evaluation, not
taken from the demo generator's templates.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from chair.insight.classification import classify  # noqa: E402

EVAL = Path(__file__).with_name("eval") / "voices.jsonl"
PILLARS = ("price", "selection", "delivery", "other")


def evaluate() -> dict[str, object]:
    rows = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    mistakes = []
    for row in rows:
        got = classify(row["text"])
        lang = row["language"]
        stats = by_lang[lang]
        stats[0] += 1
        stats[1] += got.pillar == row["pillar"]
        stats[2] += got.language == lang
        stats[3] += not row["area"] or got.area == row["area"]
        if got.pillar == row["pillar"]:
            tp[row["pillar"]] += 1
        else:
            fp[got.pillar] += 1
            fn[row["pillar"]] += 1
            mistakes.append((lang, row["pillar"], got.pillar, row["text"]))
    report: dict[str, object] = {"voices": len(rows), "pillars": {}, "languages": {}}
    f1s = []
    for p in PILLARS:
        precision = tp[p] / (tp[p] + fp[p]) if tp[p] + fp[p] else 0.0
        recall = tp[p] / (tp[p] + fn[p]) if tp[p] + fn[p] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        report["pillars"][p] = {"precision": precision, "recall": recall, "f1": f1}  # type: ignore[index]
    report["macro_f1"] = sum(f1s) / len(f1s)
    for lang, (n, pillar_ok, lang_ok, area_ok) in sorted(by_lang.items()):
        report["languages"][lang] = {"pillar_accuracy": pillar_ok / n,  # type: ignore[index]
                                     "language_accuracy": lang_ok / n, "area_accuracy": area_ok / n}
    report["mistakes"] = mistakes
    return report


def throughput(n: int = 50_000) -> float:
    from chair.ingest import demo

    data = demo._load()
    texts = [f"{v.subject} {v.text}" for v in demo._voices(data, n, 3, demo._anchor(None))]
    start = time.perf_counter()
    for text in texts:
        classify(text)
    return n / (time.perf_counter() - start)


def main() -> int:
    report = evaluate()
    print(f"{report['voices']} labelled voices; macro-F1 over pillars: {report['macro_f1']:.3f}")
    for p, m in report["pillars"].items():  # type: ignore[attr-defined]
        print(f"  {p:<10} precision {m['precision']:.2f}  recall {m['recall']:.2f}  F1 {m['f1']:.2f}")
    for lang, m in report["languages"].items():  # type: ignore[attr-defined]
        print(f"  {lang}: pillar {m['pillar_accuracy']:.0%}, language {m['language_accuracy']:.0%},"
              f" area {m['area_accuracy']:.0%}")
    if "-v" in sys.argv:
        for lang, want, got, text in report["mistakes"]:  # type: ignore[attr-defined]
            print(f"  [{lang}] {want} -> {got}: {text}")
    print(f"throughput: {throughput():,.0f} voices/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
