"""The team store at scale, on a private PostgreSQL server on 127.0.0.1 (tests/pgserver.py):

1. `chair team push` of a local store of N voices (the benchmark's cached demo file), beside
   a bare COPY of the same rows into a new team store's voices table, in the same run; then
   the redaction of every pushed voice for viewers, which the command leaves to a process
   of its own;
2. the window's searches on the pushed store, each beside the same search on the file;
3. 20 simulated clients at once, each searching and paging (top 50, then the next page,
   then a pause of 0.25-1 s as a person reads) with a listener of its own, while one more
   client inserts a voice every half second: search latency, and how long each insert
   takes to reach every client's listener.

    .venv/bin/python tests/bench/team.py [--voices 1000000] [--clients 20] [--seconds 30]

Budgets (issue "Team mode"): search top 50 p95 <= 50 ms with 20 clients; an insert visible
to all within 2 s p95; the push at >= 0.5x the rate of the bare COPY.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import SEARCHES, database  # noqa: E402

from chair.domain.model import Voice, VoiceFilter  # noqa: E402
from chair.services import team  # noqa: E402
from chair.store import connect, pg, transfer  # noqa: E402
from chair.store import voices as store  # noqa: E402
from tests.pgserver import PostgresServer, server_binaries  # noqa: E402

# Between one search (and its next page) and the next, a simulated person pauses as a fast
# reader does: the clients are people at laptops, not a load generator's closed loop.
THINK_S = (0.25, 1.0)


def _p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[int(q * (len(ordered) - 1))]


def bare_copy(path: Path, url: str, password: str) -> float:
    """Seconds to COPY the file's voices, as they are, into a new team store's voices."""
    local, target = connect(path), pg.connect(url, password)
    raw = target.conn.raw  # type: ignore[attr-defined]
    columns = ", ".join(transfer.VOICE_COLUMNS)
    start = time.perf_counter()
    with raw.cursor() as cursor, cursor.copy(f"COPY voices ({columns}) FROM STDIN") as copy:
        for chunk in transfer._chunks(local, 0, transfer.BATCH):
            for row in chunk:
                copy.write_row(row[1:])
    elapsed = time.perf_counter() - start
    local.close()
    target.close()
    return elapsed


def _search_times(db, rounds: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
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


def clients(url: str, password: str, n: int, seconds: float) -> tuple[list[float], list[float]]:
    """(search and page latencies in ms, insert-to-listener delays in ms)."""
    stop = threading.Event()
    latencies: list[float] = []
    delays: list[float] = []
    lock = threading.Lock()
    inserted: dict[int, float] = {}  # version seen -> when the insert committed
    listeners = []
    for _ in range(n):
        def heard(_tables: set[str]) -> None:
            now = time.perf_counter()
            with lock:
                if inserted:
                    delays.append((now - inserted[max(inserted)]) * 1000)
        listeners.append(pg.ChangeListener(url, password, on_change=heard).start())
    while not all(listener.online for listener in listeners):
        time.sleep(0.05)

    def client(seed: int) -> None:
        db = team.connect(url, password, migrate=False)
        pick = random.Random(seed)
        while not stop.is_set():
            flt = VoiceFilter(query=pick.choice(SEARCHES))
            start = time.perf_counter()
            first = store.page(db, flt, limit=50, preview=True)
            if first:
                last = first[-1]
                store.page(db, flt, after=(last.received_at, last.id or 0), limit=50,
                           preview=True)
            with lock:
                latencies.append((time.perf_counter() - start) * 1000)
            stop.wait(pick.uniform(*THINK_S))  # a person reads what came back
        db.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(n)]
    for thread in threads:
        thread.start()
    writer = team.connect(url, password, migrate=False)
    deadline = time.perf_counter() + seconds
    k = 0
    while time.perf_counter() < deadline:
        time.sleep(0.5)
        with lock:
            inserted[k] = time.perf_counter()  # until the commit below restarts it
        store.add_voices(writer, [Voice(source="bench", source_key=f"bench-{k}",
                                        received_at=2_000_000_000 + k,
                                        text="Paczka znowu nie dotarła do Łodzi")])
        with lock:
            inserted[k] = time.perf_counter()  # committed: the clock starts now
        k += 1
    stop.set()
    for thread in threads:
        thread.join()
    for listener in listeners:
        listener.stop()
    writer.close()
    return latencies, delays


def _viewer(url: str, password: str):  # type: ignore[no-untyped-def]
    """A viewer's own connection to the store at `url` (added by its administrator)."""
    from urllib.parse import urlsplit

    from chair.store import people

    admin = team.connect(url, password)
    people.init(admin)
    parts = urlsplit(url)
    login = f"viewer_{parts.path.strip('/')[-6:]}"
    people.add(admin, people.Person(login, "Vic", "vic@shop.example", "viewer"), "vic-secret")
    admin.close()
    return team.connect(f"postgresql://{login}@{parts.hostname}:{parts.port}{parts.path}",
                        "vic-secret", migrate=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "chair-bench")
    args = parser.parse_args()
    binaries = server_binaries()
    if binaries is None:
        print("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        return 2
    server = PostgresServer(binaries)
    folder = Path(tempfile.mkdtemp(prefix="chair-team-bench-"))
    try:
        path = folder / "laptop.db"
        shutil.copyfile(database(args.cache, args.voices), path)
        connect(path).close()  # its schema up to date before either side reads it
        copy_s = bare_copy(path, server.url(server.new_database()), server.password)
        print(f"bare COPY of {args.voices:,} voices: {copy_s:.1f} s "
              f"({args.voices / copy_s:,.0f}/s)", flush=True)
        url = server.url(server.new_database())
        team.connect(url, server.password).close()
        start = time.perf_counter()
        pushed = team.push(path, url, server.password, redact=False)  # as `chair team push`
        push_s = time.perf_counter() - start
        print(f"chair team push: {push_s:.1f} s ({pushed.voices_added / push_s:,.0f} voices/s, "
              f"escalations and meetings included), {copy_s / push_s:.2f}x the bare COPY's "
              f"rate (budget >= 0.5x)", flush=True)
        start = time.perf_counter()
        redacted = team.redact(url, server.password)
        redact_s = time.perf_counter() - start
        print(f"then, in the background, what viewers read: {redacted:,} voices redacted in "
              f"{redact_s:.1f} s ({redacted / redact_s:,.0f}/s, worker processes)", flush=True)
        db = team.connect(url, server.password)
        db.execute("VACUUM ANALYZE voices")
        db.execute("VACUUM ANALYZE voice_shared")
        local = connect(path)
        theirs, ours = _search_times(db, args.rounds), _search_times(local, args.rounds)
        local.close()
        db.close()
        print(f"\n{'search top 50, median ms':<26}{'team':>10}{'file':>10}")
        for query in SEARCHES:
            print(f"{query:<26}{statistics.median(theirs[query]):>10.2f}"
                  f"{statistics.median(ours[query]):>10.2f}")
        every = [t for samples in theirs.values() for t in samples]
        print(f"one client, all searches: p50 {statistics.median(every):.1f} ms, "
              f"p95 {_p(every, 0.95):.1f} ms", flush=True)
        viewer = _viewer(url, server.password)
        seen = [t for samples in _search_times(viewer, args.rounds).values() for t in samples]
        viewer.close()
        print(f"a viewer (redacted text, its own word index): p50 {statistics.median(seen):.1f}"
              f" ms, p95 {_p(seen, 0.95):.1f} ms", flush=True)
        latencies, delays = clients(url, server.password, args.clients, args.seconds)
        print(f"\n{args.clients} clients for {args.seconds:.0f} s: {len(latencies):,} searches "
              f"(top 50 and the next page), p50 {statistics.median(latencies):.1f} ms, "
              f"p95 {_p(latencies, 0.95):.1f} ms (budget p95 <= 50 ms)")
        print(f"an insert reaching every client's listener: {len(delays):,} deliveries, "
              f"p50 {statistics.median(delays):.0f} ms, p95 {_p(delays, 0.95):.0f} ms "
              f"(budget p95 <= 2000 ms)")
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
