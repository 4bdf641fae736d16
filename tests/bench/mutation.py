"""Mutation run: every real-world file under ../shared/corpora, broken in the ways files break,
imported case by case as `chair import` imports it.

    .venv/bin/python tests/bench/mutation.py [--per-file N] [--seed S] [--jobs J]

Mutations: random byte flips, truncation, runs of NULs, bytes that are not UTF-8, a record
nested 10,000 deep, a 5 MB field without a delimiter, a line of 200,000 delimiters, a hundred
thousand tiny records, a repeated block, CR line ends, a wrong byte-order mark, binary garbage
at the start. A mail message is imported from a Maildir of its own (a mail folder treats
every file as one message).

Each case runs `chair import FILE --db CASE.db --json` in a worker process that runs cases one
after another; a case that takes over 20 s is a hang (its worker is killed, the run goes on).
A case fails on: a Traceback (an exception out of the command, or a reader error logged with
one); counts that disagree with the database (imported = voice rows, rejected = reject rows,
the summary reject of an amplifying file included); imported + duplicates + rejected unlike an
independent count where the format gives one (a message in a Maildir: 1; JSON lines: values
per line, a broken line one); a database that fails PRAGMA integrity_check; or a worker over
300 MiB resident. Prints the totals and every failure; exits 1 on any.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import random
import resource
import selectors
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
HANG_SECONDS = 20
MEMORY_MIB = 300
MUTATIONS = ("flip1", "flip3", "flip10", "truncate", "truncate_head", "nuls", "not_utf8",
             "deep", "huge_field", "wide_line", "tiny_records", "repeat", "cr_only",
             "wrong_bom", "garbage_head")


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPORA.rglob("*") if p.is_file() and p.suffix.lower() != ".md")


def is_mail(path: Path) -> bool:
    return "email" in path.relative_to(CORPORA).parts and path.parent.name != "mbox"


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    n = len(data)
    at = rng.randrange(n + 1) if n else 0
    line = data.rfind(b"\n", 0, at) + 1  # the start of the line `at` is in
    if kind.startswith("flip"):
        out = bytearray(data)
        for _ in range(int(kind[4:])):
            if out:
                out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if kind == "truncate":
        return data[:at]
    if kind == "truncate_head":
        return data[at:]
    if kind == "nuls":
        return data[:at] + b"\x00" * rng.randint(1, 64) + data[at:]
    if kind == "not_utf8":
        return data[:at] + rng.choice([b"\xff", b"\xc3", b"\x80\x80", b"\xed\xa0\x80"]) + data[at:]
    if kind == "deep":
        return data[:line] + b"[" * 10_000 + b"]" * 10_000 + b"\n" + data[line:]
    if kind == "huge_field":
        return data[:at] + b"x" * 5_000_000 + data[at:]
    if kind == "wide_line":
        return data[:line] + rng.choice([b",", b"\t", b";"]) * 200_000 + b"\n" + data[line:]
    if kind == "tiny_records":
        return data[:line] + b"1\n" * 100_000 + data[line:]
    if kind == "repeat":
        start = rng.randrange(max(1, n - 4096))
        return data[:start] + data[start : start + 4096] * 100 + data[start:]
    if kind == "cr_only":
        return data.replace(b"\r\n", b"\r").replace(b"\n", b"\r")
    if kind == "wrong_bom":
        return b"\xff\xfe" + data
    if kind == "garbage_head":
        return rng.randbytes(512) + data
    raise ValueError(kind)


def jsonl_count(data: bytes) -> int:
    """Records in JSON lines, counted line by line: each value is one, a line that stops
    reading as JSON is one more (the rest of that line)."""
    decoder = json.JSONDecoder()
    count = 0
    text = data.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    for row in text.split("\n"):
        pos = 0
        while True:
            while pos < len(row) and row[pos] in " \t\r,":
                pos += 1
            if pos >= len(row):
                break
            count += 1
            try:
                _, pos = decoder.raw_decode(row, pos)
            except (ValueError, RecursionError):
                break
    return count


# -- one case, in a worker process ------------------------------------------------------------

class _Tracebacks(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info or "Traceback" in text:
            self.seen.append(text[-2000:])


def run_case(case: dict[str, object], folder: Path, logs: _Tracebacks) -> dict[str, object]:
    from chair import cli

    source = Path(str(case["file"]))
    rng = random.Random(str(case["seed"]))
    data = mutate(source.read_bytes(), str(case["mutation"]), rng)
    work = folder / "case"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    if is_mail(source):
        target = work / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (target / sub).mkdir(parents=True)
        (target / "cur" / "1.M1P1.host:2,S").write_bytes(data)
        expected: int | None = 1
    else:
        target = work / source.name
        target.write_bytes(data)
        expected = jsonl_count(data) if source.suffix == ".jsonl" else None
    db = work / "chair.db"
    out, err = io.StringIO(), io.StringIO()
    logs.seen.clear()
    problems: list[str] = []
    started = time.perf_counter()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["import", str(target), "--db", str(db), "--json"])
    except SystemExit as exc:
        code = int(exc.code or 0)
    except BaseException:
        code = -1
        problems.append("Traceback: " + traceback.format_exc()[-1500:])
    seconds = time.perf_counter() - started
    problems += [f"logged Traceback: {t}" for t in logs.seen]
    if "Traceback" in err.getvalue():
        problems.append("Traceback on stderr: " + err.getvalue()[-1500:])
    outcome: dict[str, object] = {}
    if code in (0, 1) and not problems:
        try:
            outcome = json.loads(out.getvalue())
        except ValueError:
            problems.append(f"no JSON summary (exit {code}): {out.getvalue()[:300]!r}")
    elif code == 2 and not problems:
        line = err.getvalue().strip()
        if not line.startswith("chair: ") or "\n" in line:
            problems.append(f"exit 2 without one chair: line: {line[:300]!r}")
    elif not problems:
        problems.append(f"exit {code}")
    if outcome:
        raw = sqlite3.connect(db)
        try:
            voices = raw.execute("SELECT count(*) FROM voices").fetchone()[0]
            rejects = raw.execute("SELECT count(*) FROM rejects").fetchone()[0]
            integrity = raw.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            raw.close()
        imported, duplicates, rejected = (int(outcome[k]) for k in  # type: ignore[call-overload]
                                          ("imported", "duplicates", "rejected"))
        from chair.ingest.run import REJECTS_KEPT

        kept = min(rejected, REJECTS_KEPT) + (rejected > REJECTS_KEPT)
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        if imported != voices:
            problems.append(f"{imported} imported but {voices} voices stored")
        if kept != rejects:
            problems.append(f"{rejected} rejected but {rejects} rejects stored")
        read = imported + duplicates + rejected
        errors = [s.get("error") for s in outcome.get("sources", []) if s.get("error")]  # type: ignore[attr-defined]
        if expected is not None and read != expected and not errors:
            problems.append(f"{read} records accounted for, {expected} in the file")
        if read == 0 and not errors:
            problems.append("nothing read and no reason given")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if rss > MEMORY_MIB and rss > float(case.get("peak_before", 0)):  # this case raised it
        problems.append(f"{rss:.0f} MiB resident")
    return {"id": case["id"], "seconds": seconds, "rss": rss, "problems": problems,
            "expected": expected, "outcome": {k: outcome.get(k) for k in
                                              ("imported", "duplicates", "rejected")}}


def worker() -> int:
    sys.path.insert(0, str(ROOT))
    logs = _Tracebacks()
    logging.getLogger().addHandler(logs)
    folder = Path(tempfile.mkdtemp(prefix="chair-mutation-"))
    try:
        for line in sys.stdin:
            case = json.loads(line)
            case["peak_before"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            result = run_case(case, folder, logs)
            print(json.dumps(result), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


# -- the run ------------------------------------------------------------------------------------

class _Worker:
    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=env)
        self.case: dict[str, object] | None = None
        self.since = 0.0

    def give(self, case: dict[str, object]) -> None:
        self.case, self.since = case, time.monotonic()
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(case) + "\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--per-file", type=int, default=2, help="cases per file and mutation")
    parser.add_argument("--seed", default="chair")
    parser.add_argument("--only", action="append", default=[],
                        help="only files whose path contains this (may be given again)")
    parser.add_argument("--jobs", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker()
    files = [f for f in corpus_files() if not args.only or any(o in str(f) for o in args.only)]
    cases = [{"id": i, "file": str(f), "mutation": m, "seed": f"{args.seed}/{f.name}/{m}/{k}"}
             for i, (f, m, k) in enumerate((f, m, k) for f in files for m in MUTATIONS
                                           for k in range(args.per_file))]
    print(f"{len(cases):,} cases: {len(files)} files x {len(MUTATIONS)} mutations x "
          f"{args.per_file}", flush=True)
    home = Path(tempfile.mkdtemp(prefix="chair-mutation-home-"))
    env = {**os.environ, **{f"CHAIR_{d}_DIR": str(home / d.lower()) for d in
                            ("DATA", "CONFIG", "CACHE")}}
    pending = list(reversed(cases))
    results: list[dict[str, object]] = []
    started = time.monotonic()
    selector = selectors.DefaultSelector()
    workers: list[_Worker] = []

    def start() -> _Worker:
        w = _Worker(env)
        selector.register(w.process.stdout, selectors.EVENT_READ, w)  # type: ignore[arg-type]
        workers.append(w)
        return w

    def feed(w: _Worker) -> None:
        if pending:
            w.give(pending.pop())
        else:
            w.case = None

    for _ in range(args.jobs):
        feed(start())
    while any(w.case is not None for w in workers):
        for key, _ in selector.select(timeout=1.0):
            w = key.data
            line = w.process.stdout.readline()  # type: ignore[union-attr]
            if not line:  # the worker died: the case in hand is a crash
                results.append({"id": w.case["id"], "seconds": 0, "rss": 0,  # type: ignore[index]
                                "problems": ["the import process died"], "outcome": {}})
                selector.unregister(w.process.stdout)  # type: ignore[arg-type]
                workers.remove(w)
                w.kill()
                feed(start())
                continue
            results.append(json.loads(line))
            feed(w)
            done = len(results)
            if done % 200 == 0:
                print(f"  {done:,} / {len(cases):,} ({time.monotonic() - started:,.0f} s)",
                      flush=True)
        for w in list(workers):
            if w.case is not None and time.monotonic() - w.since > HANG_SECONDS:
                results.append({"id": w.case["id"], "seconds": HANG_SECONDS, "rss": 0,
                                "problems": [f"hang: over {HANG_SECONDS} s"], "outcome": {}})
                selector.unregister(w.process.stdout)  # type: ignore[arg-type]
                workers.remove(w)
                w.kill()
                feed(start())
    for w in workers:
        w.process.stdin.close()  # type: ignore[union-attr]
        w.process.wait()
    shutil.rmtree(home, ignore_errors=True)
    by_id = {c["id"]: c for c in cases}
    failed = [r for r in results if r["problems"]]
    slowest = sorted(results, key=lambda r: -float(r["seconds"]))[:3]  # type: ignore[arg-type]
    counted = [r for r in results if r.get("expected") is not None]
    print(f"\n{len(results):,} cases in {time.monotonic() - started:,.0f} s; "
          f"{len(failed)} failed; {len(counted):,} checked against an independent count")
    print(f"peak resident memory of a worker: {max(float(r['rss']) for r in results):,.0f} MiB "  # type: ignore[arg-type]
          f"(budget {MEMORY_MIB})")
    for r in slowest:
        c = by_id[r["id"]]
        print(f"slowest: {float(r['seconds']):5.1f} s  {Path(str(c['file'])).name} "  # type: ignore[arg-type]
              f"{c['mutation']}")
    for r in failed:
        c = by_id[r["id"]]
        print(f"\nFAILED {Path(str(c['file'])).relative_to(CORPORA)} {c['mutation']} "
              f"seed={c['seed']!r}: {r['outcome']}")
        for p in r["problems"]:  # type: ignore[attr-defined]
            print(f"    {p}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
