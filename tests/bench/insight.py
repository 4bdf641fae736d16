"""Classification and redaction on customer texts nobody here wrote, before and after.

    .venv/bin/python tests/bench/insight.py [--before REV]

Scores the working tree and, in the same run, the revision REV (default: the last one before
the classifier read each voice in its own language), each in its own process from a git
worktree, on the same machine and texts:
- classification on every file of ../shared/corpora/labelled: precision, recall and F1 per
  scored pillar, beside the keyword baseline of ../shared/tools/insight_check.py (read from
  there, never copied); and of complaints, beside that keyword with a negative word;
- redaction on ../shared/corpora/pii/cases.json: personal values that leak, strings that must
  stay but changed, texts per second;
- throughput on one core (CPU time): voices classified and texts redacted per second, and the
  ratio of after to before;
- time for a 1 MB voice and a 200,000-character token (the redactor must stay linear).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from tests.helpers import complaint_baseline, keyword_baseline  # noqa: E402

BEFORE = "3d9df25"  # main before the language-first classifier and the new redactor

# Runs inside the measured tree (its root first on sys.path); prints one JSON object.
_MEASURE = r'''
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
shared = Path(sys.argv[2])
try:
    from chair.insight.classification import classify
except ImportError:
    from chair.insight.classify import classify
try:
    from chair.insight.redaction import redact
except ImportError:
    from chair.insight.redact import redact
out = {"classification": {}, "redaction": {}}
texts = []
for path in sorted((shared / "corpora" / "labelled").glob("*.jsonl")):
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    found = [classify(r["text"]) for r in rows]
    out["classification"][path.stem] = [sorted(set(c.pillars)) for c in found]
    out.setdefault("complaints", {})[path.stem] = [
        sorted(set(getattr(c, "complaints", ()))) for c in found]
    texts += [r["text"] for r in rows]
cases = json.loads((shared / "corpora" / "pii" / "cases.json").read_text(encoding="utf-8"))
out["redaction"] = [redact(c["text"], names=[c["author"]] if c.get("author") else ())
                    for c in cases]
def rate(fn, items, rounds=3):
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        for item in items:
            fn(item)
        best = max(best, len(items) / max(time.process_time() - start, 1e-9))
    return best
out["classify_per_s"] = rate(classify, texts)
pii = [(c["text"], [c["author"]] if c.get("author") else ()) for c in cases]
out["redact_pii_per_s"] = rate(lambda c: redact(c[0], names=c[1]), pii * 5)
out["redact_reviews_per_s"] = rate(redact, texts, rounds=2)
def megabyte(parts):
    one = "\n".join(parts)
    return (one * (1_000_000 // max(len(one), 1) + 1))[:1_000_000]
out["megabyte_s"] = {}
for kind, parts in (("English reviews", [t for t in texts if t.isascii()]),
                    ("English and Vietnamese reviews", texts),
                    ("the PII cases, a personal value every 60 characters",
                     [c["text"] for c in cases])):
    big = megabyte(parts)
    start = time.process_time(); redact(big)
    out["megabyte_s"][kind] = time.process_time() - start
token = "Ab1" * 66_667
start = time.process_time(); redact(token); out["token_s"] = time.process_time() - start
print(json.dumps(out))
'''


def _measure(tree: Path, *, quick: bool = False) -> dict[str, Any]:
    script = _MEASURE
    if quick:  # the token and the megabyte of an old redactor may take minutes
        script = script.replace("start = time.process_time(); redact(big)", "start = 0")
        script = script.replace("redact(token);", "")
    result = subprocess.run([sys.executable, "-c", script, str(tree), str(SHARED)], cwd=tree,
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def _prf(mine: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    tp = sum(a and b for a, b in zip(mine, gold, strict=True))
    p = tp / sum(mine) if sum(mine) else 0.0
    r = tp / sum(gold) if sum(gold) else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _cell(prf: tuple[float, float, float]) -> str:
    return f"{prf[2]:.2f} ({prf[0]:.2f}/{prf[1]:.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", default=BEFORE, help="the revision to compare with")
    args = parser.parse_args()
    assert SHARED.is_dir(), f"the shared corpora are not at {SHARED}"
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "before"
        subprocess.run(["git", "worktree", "add", "--detach", str(old), args.before], cwd=ROOT,
                       check=True, capture_output=True)
        # Installed, chair.resources is the repository's resources/; in a bare checkout the
        # editable install would hand out this tree's, so the old tree gets its own here.
        (old / "chair" / "resources").symlink_to(old / "resources")
        try:
            before = _measure(old, quick=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT,
                           check=True, capture_output=True)
    after = _measure(ROOT)
    baseline = keyword_baseline()

    print(f"classification on ../shared/corpora/labelled: F1 (precision/recall), before = "
          f"{args.before}, after = this tree")
    print(f"  {'file':21s} {'pillar':10s} {'before':17s} {'after':17s} {'keywords':17s} after-kw")
    for path in sorted((SHARED / "corpora" / "labelled").glob("*.jsonl")):
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        for pillar in rows[0]["scored"]:
            gold = [pillar in r["pillars"] for r in rows]
            then = _prf([pillar in g for g in before["classification"][path.stem]], gold)
            now = _prf([pillar in g for g in after["classification"][path.stem]], gold)
            kw = _prf([bool(baseline[pillar].search(r["text"])) for r in rows], gold)
            print(f"  {path.stem:21s} {pillar:10s} {_cell(then):17s} {_cell(now):17s} "
                  f"{_cell(kw):17s} {now[2] - kw[2]:+.2f}")

    blame = complaint_baseline()
    print("\ncomplaints (the pillars a human labelled negative): F1 (precision/recall) against "
          "the keyword-and-negation baseline")
    print(f"  {'file':21s} {'pillar':10s} {'n':>4s} {'after':17s} {'baseline':17s} after-base")
    for path in sorted((SHARED / "corpora" / "labelled").glob("*.jsonl")):
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        for pillar in rows[0]["scored"]:
            gold = [pillar in r["complaints"] for r in rows]
            now = _prf([pillar in g for g in after["complaints"][path.stem]], gold)
            kw = _prf([blame[pillar](r["text"]) for r in rows], gold)
            print(f"  {path.stem:21s} {pillar:10s} {sum(gold):4d} {_cell(now):17s} "
                  f"{_cell(kw):17s} {now[2] - kw[2]:+.2f}")

    cases = json.loads((SHARED / "corpora" / "pii" / "cases.json").read_text(encoding="utf-8"))
    values = sum(len(c["pii"]) for c in cases)
    keeps = sum(len(c["keep"]) for c in cases)
    print("\nredaction on ../shared/corpora/pii/cases.json")
    for name, run in (("before", before), ("after", after)):
        outs = run["redaction"]
        leaks = sum(v in out for c, out in zip(cases, outs, strict=True) for v in c["pii"])
        broken = sum(out.count(k) < c["text"].count(k)
                     for c, out in zip(cases, outs, strict=True) for k in c["keep"])
        print(f"  {name:6s}: {leaks}/{values} personal values leak ({leaks / values:.1%}), "
              f"{broken}/{keeps} strings that must stay changed ({broken / keeps:.1%})")

    print("\nthroughput on one core (CPU time, best of rounds), after / before")
    for key, label in (("classify_per_s", "classification, labelled texts"),
                       ("redact_pii_per_s", "redaction, pii cases"),
                       ("redact_reviews_per_s", "redaction, labelled texts")):
        print(f"  {label:32s} {before[key]:9,.0f}/s -> {after[key]:9,.0f}/s  "
              f"({after[key] / before[key]:.2f}x)")
    print("\nlong inputs (after; budget 0.5 s each):")
    for kind, seconds in after["megabyte_s"].items():
        print(f"  a 1 MB voice of {kind}: {seconds:.2f} s")
    print(f"  a 200,000-character token: {after['token_s']:.2f} s")
    return 0


if __name__ == "__main__":
    started = time.monotonic()
    code = main()
    print(f"\n({time.monotonic() - started:.0f} s)")
    sys.exit(code)
