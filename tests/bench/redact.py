"""Redaction quality: leaks of planted personal data, and false redactions on texts without.

    .venv/bin/python tests/bench/redact.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from chair.insight.redaction import redact  # noqa: E402
from tests.helpers import CORPORA  # noqa: E402
from tests.pii_cases import cases  # noqa: E402
from tests.test_redact import _leaks  # noqa: E402


def main() -> int:
    planted = cases()
    values = sum(len(v) for _, _, v in planted)
    leaks = sum(len(_leaks(redact(text), v)) for _, text, v in planted)
    print(f"planted: {len(planted)} strings, {values} personal values, {leaks} leaked")
    rows = [json.loads(x) for x in (Path(__file__).with_name("eval") / "voices.jsonl").read_text(
        encoding="utf-8").splitlines()]  # fmt: skip
    changed = sum(redact(r["text"]) != r["text"] for r in rows)
    print(f"false redactions, labelled voices without personal data: {changed}/{len(rows)} "
          f"({changed / len(rows):.1%})")
    texts = []
    for name in ("vader_amazonReviewSnippets_GroundTruth.txt", "vader_tweets_GroundTruth.txt"):
        for line in (CORPORA / "voices" / "en" / name).read_text(encoding="utf-8").splitlines():
            if line.count("\t") >= 2:
                texts.append(line.split("\t")[2])
    touched = sum(redact(t) != t for t in texts)
    print(f"real reviews and tweets changed at all (true and false redactions): {touched}/"
          f"{len(texts)} ({touched / len(texts):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
