"""First paint and data on screen: this tree against an earlier revision, in one run.

    .venv/bin/python tests/bench/paint.py [--before REV] [--runs N] [--voices N]

Each launch is a whole process (`python -m chair --smoke-test`) on the same demo database,
timed from launch to the window's first paint and to its data shown; the two trees alternate,
so a busy moment on the machine weighs on both alike. Budget (services issue): first paint
no slower than before.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BEFORE = "5e96951"  # the last revision before chair.services


def _launch(tree: Path, db: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to first paint, and to the data shown."""
    launched = time.time()
    out = subprocess.run([sys.executable, "-m", "chair", "--smoke-test", "--db", str(db)],
                         cwd=tree, env={**env, "PYTHONPATH": str(tree)}, check=True,
                         capture_output=True, text=True, timeout=300).stdout
    found = re.search(r"first paint after ([0-9.]+) s \(at ([0-9.]+)\), data after ([0-9.]+)", out)
    assert found, out
    painted = float(found.group(2)) - launched
    return painted, painted - float(found.group(1)) + float(found.group(3))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", default=BEFORE, help="the revision to compare with")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--voices", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for name in ("DATA", "CONFIG", "CACHE"):
            env[f"CHAIR_{name}_DIR"] = str(work / name.lower())
        old = work / "before"
        subprocess.run(["git", "worktree", "add", "--detach", str(old), args.before], cwd=ROOT,
                       check=True, capture_output=True)
        (old / "chair" / "resources").symlink_to(old / "resources")
        try:
            db = work / "demo.db"
            subprocess.run([sys.executable, "-m", "chair", "demo", "--voices", str(args.voices),
                            "--db", str(db)], cwd=old, env={**env, "PYTHONPATH": str(old)},
                           check=True, capture_output=True)
            trees = {"before": old, "now": ROOT}
            times: dict[str, list[tuple[float, float]]] = {k: [] for k in trees}
            for _ in range(args.runs):
                for name, tree in trees.items():
                    times[name].append(_launch(tree, db, env))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT,
                           check=True, capture_output=True)
    paint = {k: statistics.median(t[0] for t in v) for k, v in times.items()}
    data = {k: statistics.median(t[1] for t in v) for k, v in times.items()}
    print(f"launch to first paint, {args.runs} launches each, {args.voices:,} voices; "
          f"before = {args.before}")
    print(f"  {'':14}{'before':>10}{'now':>10}{'now/before':>12}")
    for label, values in (("first paint", paint), ("data shown", data)):
        print(f"  {label:14}{values['before']:>9.3f}s{values['now']:>9.3f}s"
              f"{values['now'] / values['before']:>11.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
