"""The team store at scale: the demo written into a private PostgreSQL server on 127.0.0.1
(tests/pgserver.py), then the window's searches, each beside the same search on the
embedded file in the same run.

    .venv/bin/python tests/bench/team.py [--voices 1000000] [--rounds 5]

Budget (issue "Team mode"): search top 50 p95 <= 50 ms at 1M voices.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import SEARCHES  # noqa: E402

from chair.domain.model import VoiceFilter  # noqa: E402
from chair.ingest.demo import create_demo  # noqa: E402
from chair.store import connect, pg  # noqa: E402
from chair.store import voices as store  # noqa: E402
from tests.pgserver import PostgresServer, server_binaries  # noqa: E402


def _times(db, rounds: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[float]] = {}
    for query in SEARCHES:
        flt = VoiceFilter(query=query)
        store.page(db, flt, limit=50, preview=True)  # warm
        samples = []
        for _ in range(rounds):
            start = time.perf_counter()
            store.page(db, flt, limit=50, preview=True)
            samples.append((time.perf_counter() - start) * 1000)
        out[query] = samples
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    binaries = server_binaries()
    if binaries is None:
        print("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        return 2
    server = PostgresServer(binaries)
    try:
        team = pg.connect(server.url(server.new_database()), server.password)
        start = time.perf_counter()
        create_demo(team, voices=args.voices)
        team.execute("VACUUM ANALYZE voices")
        print(f"demo of {args.voices:,} voices written to the team store in "
              f"{time.perf_counter() - start:.0f} s", flush=True)
        with tempfile.TemporaryDirectory() as folder:
            local = connect(Path(folder) / "chair.db")
            start = time.perf_counter()
            create_demo(local, voices=args.voices)
            print(f"the same into a file in {time.perf_counter() - start:.0f} s", flush=True)
            theirs, ours = _times(team, args.rounds), _times(local, args.rounds)
            local.close()
        print(f"\n{'search top 50, median ms':<26}{'team':>10}{'file':>10}")
        for query in SEARCHES:
            print(f"{query:<26}{statistics.median(theirs[query]):>10.2f}"
                  f"{statistics.median(ours[query]):>10.2f}")
        every = sorted(t for samples in theirs.values() for t in samples)
        p95 = every[int(0.95 * (len(every) - 1))]
        print(f"\nteam store, all searches: p50 {statistics.median(every):.1f} ms, "
              f"p95 {p95:.1f} ms (budget p95 <= 50 ms)")
        team.close()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
