"""Running an import: find the right reader for each path, stream its records into the store
in batches (voices and rejects in one transaction), count everything, honour Cancel."""

from __future__ import annotations

import logging
import os
import pickle
import re
import time
import traceback
from collections import Counter, deque
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from chair.domain.errors import ChairError, DatabaseFault, SourceUnreadable
from chair.domain.model import Voice
from chair.ingest.delimited import (
    DelimitedSource,
    PackedRows,
    RawRow,
    RowReader,
    pack_rows,
    sniff_dialect,
    sniff_encoding,
    unpack_rows,
)
from chair.ingest.jsonrecords import JsonSource
from chair.ingest.mailboxes import (
    _FROM_LINE,
    EmlSource,
    MaildirSource,
    MboxSource,
    Unparsed,
    is_maildir,
    parse_all,
    parsed_elsewhere,
    received,
)
from chair.ingest.metrics_import import is_metrics_file
from chair.ingest.model import (
    Cancelled,
    ImportResult,
    ImportState,
    Pending,
    Rejected,
    Source,
    SourceResult,
)
from chair.ingest.reclassify import name_stored
from chair.insight.classification import (
    PENDING,
    classify_requests,
    deferred,
    taxonomy_file,
    with_classification,
)
from chair.store import escalations as escalation_store
from chair.store import sources as source_store
from chair.store import voices as voice_store
from chair.store.db import StoreError, transaction
from chair.store.rejects import Reject, insert_rejects
from chair.store.voices import PreparedBatch

if TYPE_CHECKING:
    from chair.store.db import Database

log = logging.getLogger(__name__)
REJECTS_KEPT = 10_000  # per source; more are counted in one summary reject
BATCH = 10_000  # per transaction: fewer, larger full-text segments (measured 1.6x faster)
PARALLEL_MIN_BYTES = 8_000_000  # below this, starting worker processes costs more than it saves
MAX_WORKERS = 4
_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]{1,76}:")
_DELIMITED_EXT = {".csv", ".tsv", ".tab", ".psv"}
_JSON_EXT = {".json", ".jsonl", ".ndjson"}
_MAIL_EXT = {".eml", ".msg", ".emlx", ".mime"}
_IGNORED = {".ds_store", "thumbs.db", "desktop.ini"}
_NOT_VOICES = {
    ".md": "documentation (Markdown)", ".pdf": "a PDF document", ".png": "an image",
    ".jpg": "an image", ".jpeg": "an image", ".gif": "an image",
    ".zip": "an archive (unpack it first)",
    ".gz": "a compressed file (unpack it first)", ".xlsx": "an Excel workbook (save it as CSV)",
    ".xls": "an Excel workbook (save it as CSV)", ".docx": "a Word document",
}


class Skipped:
    """A file in a folder that is not a voice export: reported, never silently passed over."""

    def __init__(self, path: Path, what: str) -> None:
        self.name = path.name
        self.size = 0
        self.what = what

    def items(self, state: ImportState) -> Iterator[Voice | Rejected]:
        raise SourceUnreadable(f"skipped: {self.what}, not a voice export")


class MetricsFile:
    """A file of metric observations (pillar, metric, value columns) named among voice files:
    its rows become metrics, never voices. The same rule for the command line and the window."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.size = path.stat().st_size

    def items(self, state: ImportState) -> Iterator[Voice | Rejected]:
        raise AssertionError("a metrics file is imported by import_metrics")  # pragma: no cover

    def import_into(self, db: Database) -> SourceResult:
        from chair.ingest.metrics_import import import_metrics

        done = import_metrics(db, self.path)
        return SourceResult(f"{done.source} (metrics)", imported=done.imported,
                            rejected=done.rejected, reasons=done.reasons,
                            unmatched_areas=done.unmatched_areas)


def sniff_kind(path: Path) -> str:
    """'json', 'mbox', 'email' or 'delimited', from the extension and the first bytes."""
    ext = path.suffix.lower()
    if ext in _JSON_EXT:
        return "json"
    if ext in (".mbox", ".mbx"):
        return "mbox"
    if ext in _MAIL_EXT:
        return "email"
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise SourceUnreadable(f"Cannot read {path}: {exc.strerror or exc}") from exc
    first = head.split(b"\n", 1)[0]
    if head.startswith(b"From ") and _FROM_LINE.match(first):
        return "mbox"
    if ext in _DELIMITED_EXT:
        return "delimited"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return "json"
    lines = [line for line in head.split(b"\n")[:6] if line.strip()]
    if lines and _HEADER_LINE.match(lines[0]):
        return "email"
    if lines and lines[0][:1] in (b" ", b"\t") and any(_HEADER_LINE.match(x) for x in lines):
        return "email"  # a message whose first header line is a stray continuation
    encoding = sniff_encoding(head)
    if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        return "delimited"
    delimiter, _ = sniff_dialect(head.decode(encoding, "replace"))
    text_lines = head.decode(encoding, "replace").splitlines()[:20]
    if len(text_lines) >= 2 and all(line.count(delimiter) for line in text_lines[:-1] if line):
        return "delimited"
    return "email"


def without_password(target: str) -> str:
    """`target` as it may be shown and stored: a URL's password replaced by "***"."""
    if "://" not in target:
        return target
    parts = urlsplit(target)
    if parts.password is None:
        return target
    user = f"{parts.username}:***@" if parts.username else ":***@"
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=user + host))


def open_sources(
    target: str,
    *,
    preset: str | None = None,
    mapping: Mapping[str, str] | None = None,
    record_type: str | None = None,
) -> list[Source]:
    """The sources behind what the user named: a file, a folder, a Maildir."""
    if target.startswith(("imap://", "imaps://")):
        from chair.ingest.imap import ImapSource

        return [ImapSource.from_url(target)]
    path = Path(target).expanduser()
    if not path.exists():
        raise SourceUnreadable("no such file or folder")
    if is_maildir(path):
        return [MaildirSource(path)]
    if path.is_dir():
        sources: list[Source] = []
        for child in sorted(path.rglob("*")):
            hidden = any(p.startswith(".") for p in child.relative_to(path).parts)
            if child.is_file() and not hidden and child.name.lower() not in _IGNORED:
                sources.extend(open_sources(str(child), preset=preset, mapping=mapping,
                                            record_type=record_type))
        return sources
    if path.suffix.lower() in _NOT_VOICES:
        return [Skipped(path, _NOT_VOICES[path.suffix.lower()])]
    if is_metrics_file(path):
        return [MetricsFile(path)]
    kind = sniff_kind(path)
    if kind == "json":
        return [JsonSource(path, mapping=mapping, record_type=record_type, preset=preset)]
    if kind == "mbox":
        return [MboxSource(path)]
    if kind == "email":
        return [EmlSource(path)]
    return [DelimitedSource(path, preset=preset, mapping=mapping)]


def _write(db: Database, source: str, voices: list[Voice] | PreparedBatch,
           rejects: list[Rejected], result: SourceResult, terms: list[str] | None = None,
           undated: int | None = None) -> None:
    # An input that is nothing but bad records (a megabyte of "1" lines is a million of
    # them) keeps its first rejects one by one; the rest are counted, by reason, in one
    # summary reject written at the end (see _summarise_rejects).
    if undated is None and isinstance(voices, list):
        undated = sum(1 for v in voices if v.flags & Voice.DATE_UNREADABLE)
    room = max(0, REJECTS_KEPT - result.rejected)
    kept = rejects[:room]
    replies = known = 0
    with transaction(db):
        if isinstance(voices, PreparedBatch):  # made ready in a worker (see build_rows)
            written = voice_store.write_prepared(db, voices)
        else:
            # Answers to a "?" forward join their escalation; they are not customer voices.
            voices, replies, known = escalation_store.thread_replies(db, voices)
            written = voice_store.insert_voices(db, voices, terms)
        insert_rejects(db, [Reject(source, r.location, r.reason, r.raw) for r in kept])
    for r in rejects[room:]:
        result.unkept[r.reason] = result.unkept.get(r.reason, 0) + 1
    result.imported += written.inserted + replies
    result.duplicates += written.duplicates + known
    result.repaired += written.repaired
    result.replies += replies
    result.rejected += len(rejects)
    result.undated += undated or 0
    reasons = Counter(r.reason for r in rejects)
    for reason, n in reasons.items():
        result.reasons[reason] = result.reasons.get(reason, 0) + n


def _summarise_rejects(db: Database, source: str, result: SourceResult) -> None:
    """The rejects not kept one by one, as one reject that counts them by reason."""
    if not result.unkept:
        return
    total = sum(result.unkept.values())
    reasons = "; ".join(f"{n:,} × {reason}" for reason, n in
                        sorted(result.unkept.items(), key=lambda kv: -kv[1])[:10])
    summary = Reject(source, f"after the first {REJECTS_KEPT:,} rejects",
                     f"{total:,} more records were rejected and not kept one by one: {reasons}")
    with transaction(db):
        insert_rejects(db, [summary])


class Classifiers:
    """Worker processes that classify batches while this process reads and writes: the
    classifier is pure Python and the larger part of an import's work. Only for imports
    large enough to repay starting the workers, and only where there is a core to spare."""

    def __init__(self, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # "spawn": a forked copy of a process with Qt and SQLite threads is not safe.
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers,
                                        mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_warm_up,
                                        initargs=(taxonomy_file(),))

    @classmethod
    def for_sources(cls, sources: Sequence[Source], workers: int | None = None
                    ) -> Classifiers | None:
        """Workers for these sources, or None when they would not pay off. Messages of an
        mbox and rows of a CSV are made into voices in the workers, so this process mostly
        writes: as many workers as cores. Other readers keep a core busy here: one worker
        fewer."""
        cores = os.cpu_count() or 1
        if workers is None:
            if sum(s.size for s in sources) < PARALLEL_MIN_BYTES or cores < 2:
                return None
            built_there = all(isinstance(s, MboxSource | DelimitedSource) for s in sources)
            workers = min(MAX_WORKERS, cores if built_there else cores - 1)
        return cls(workers) if workers > 0 else None

    def submit(self, fn: Any, work: list[Any]) -> list[Future[list[Any]]]:
        """`fn` over `work`, split evenly over the workers."""
        step = max(1, -(-len(work) // self.workers))
        return [self.pool.submit(fn, work[i : i + step]) for i in range(0, len(work), step)]

    def run(self, fn: Any, *args: Any) -> Future[Any]:
        """`fn(*args)` in one of the workers."""
        return self.pool.submit(fn, *args)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _warm_up(extra_taxonomy: Path | None) -> None:
    """A worker classifies with the taxonomy this process uses (its user file included)."""
    from chair.insight.classification import default_taxonomy, use_taxonomy_file

    _end_with_parent()
    use_taxonomy_file(extra_taxonomy)
    default_taxonomy()


def _end_with_parent() -> None:
    """A worker ends as soon as the import that started it is gone (killed with -9, it
    cannot say so): a thread waits on the parent's sentinel and ends the process."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="chair-parent-watch", daemon=True).start()


# The reader of the file whose rows this worker process is building (see build_rows).
_reader: tuple[bytes, RowReader] | None = None


@dataclass
class Built:
    """Rows made into voices in a worker: ready to write, or (when some are messages that may
    answer a "?" forward, matched against the store as they are written) the voices."""

    prepared: PreparedBatch | None
    voices: list[Voice] | None
    rejects: list[Rejected]
    undated: int


def build_rows(blob: bytes, rows: PackedRows | list[RawRow]) -> Built:
    """Rows of a delimited file made into voices, classified and prepared for writing: all of
    a large import's work but the writing, done in a worker process. `blob`: the pickled
    RowReader, unpickled once per file."""
    global _reader
    if _reader is None or _reader[0] != blob:
        _reader = (blob, pickle.loads(blob))
    with deferred(False):
        items = _reader[1].items(unpack_rows(rows))
    voices = [v for v in items if isinstance(v, Voice)]
    rejects = [r for r in items if isinstance(r, Rejected)]
    undated = sum(1 for v in voices if v.flags & Voice.DATE_UNREADABLE)
    if any(escalation_store.is_message(v) for v in voices):
        return Built(None, voices, rejects, undated)
    return Built(voice_store.prepare_voices(voices), None, rejects, undated)


class _Batches:
    """Batches on their way to the store: parsed (mail) and classified in the workers while
    the next batch is read, then written in order. Without workers, written at once.
    Workers that cannot start or die leave the work to this process: an import never
    fails for them."""

    def __init__(self, db: Database, source: str, result: SourceResult,
                 classifiers: Classifiers | None) -> None:
        self.db, self.source, self.result = db, source, result
        self.classifiers = classifiers
        self.inflight: deque[_Inflight] = deque()
        self.reader: tuple[RowReader, bytes] | None = None

    def add_rows(self, reader: RowReader | None, rows: list[RawRow],
                 rejects: list[Rejected]) -> None:
        """Rows to make into voices in the workers (see build_rows), every worker kept busy."""
        if reader is None:  # nothing could be read: only rejects
            self.add([], rejects)
            return
        if self.reader is None or self.reader[0] is not reader:
            self.reader = (reader, pickle.dumps(reader))
        batch = _Inflight([], rejects, [], [], rows=rows, blob=self.reader[1])
        if self.classifiers is not None:
            try:
                batch.building = self.classifiers.run(build_rows, batch.blob, pack_rows(rows))
            except Exception as exc:
                self._give_up(exc)
        self.inflight.append(batch)
        depth = self.classifiers.workers if self.classifiers is not None else 1
        while len(self.inflight) > depth:
            self._finish()

    def add(self, items: list[Any], rejects: list[Rejected]) -> None:
        unparsed = [i for i, v in enumerate(items) if isinstance(v, Unparsed)]
        waiting = [i for i, v in enumerate(items)
                   if not isinstance(v, Unparsed) and PENDING in v.meta]
        if not unparsed and not waiting:  # complete already (no workers), or nothing read
            _write(self.db, self.source, items, rejects, self.result)
            return
        batch = _Inflight(items, rejects, unparsed, waiting)
        if self.classifiers is not None:
            try:
                batch.parsing = self.classifiers.submit(parse_all, [items[i] for i in unparsed])
                batch.classifying = self.classifiers.submit(
                    classify_requests, [items[i].meta[PENDING] for i in waiting])
                if not unparsed:  # every voice is known: its index terms are made there too
                    batch.indexing = self.classifiers.run(
                        voice_store.voice_terms_of,
                        [(v.subject, v.author, v.text) for v in items if isinstance(v, Voice)])
            except Exception as exc:  # e.g. a process that cannot start
                self._give_up(exc)
        self.inflight.append(batch)
        while len(self.inflight) > 1:  # one batch is worked on while the next is read
            self._finish()

    def _give_up(self, exc: Exception) -> None:
        log.warning("Working in other processes failed (%s); going on in this one.", exc)
        self.classifiers = None

    def _results(self, futures: list[Future[list[Any]]], fn: Any, work: list[Any]) -> list[Any]:
        if futures and self.classifiers is not None:
            try:
                return [r for f in futures for r in f.result()]
            except Exception as exc:  # a worker died: this batch is done here
                self._give_up(exc)
        # All of it here and now: parsed messages must come out classified, not pending.
        with deferred(False), parsed_elsewhere(False):
            return list(fn(work))

    def _finish(self) -> None:
        batch = self.inflight.popleft()
        if batch.rows is not None:
            self._finish_rows(batch)
            return
        items, rejects = list(batch.items), list(batch.rejects)
        parsed = self._results(batch.parsing, parse_all, [items[i] for i in batch.unparsed])
        for i, item in zip(batch.unparsed, parsed, strict=True):
            items[i] = received(item)
        classified = self._results(batch.classifying, classify_requests,
                                   [items[i].meta[PENDING] for i in batch.waiting])
        for i, c in zip(batch.waiting, classified, strict=True):
            items[i] = with_classification(items[i], c)
        voices = [v for v in items if isinstance(v, Voice)]
        rejects += [r for r in items if isinstance(r, Rejected)]
        terms = None
        if batch.indexing is not None and self.classifiers is not None:
            try:
                terms = batch.indexing.result()
            except Exception as exc:  # made here instead, as the voices are written
                self._give_up(exc)
        _write(self.db, self.source, voices, rejects, self.result, terms)

    def _finish_rows(self, batch: _Inflight) -> None:
        built = None
        if batch.building is not None and self.classifiers is not None:
            try:
                built = batch.building.result()
            except Exception as exc:  # a worker died: this batch is built here
                self._give_up(exc)
        if built is None:
            built = build_rows(batch.blob, batch.rows or [])
        voices = built.prepared if built.prepared is not None else built.voices or []
        _write(self.db, self.source, voices, batch.rejects + built.rejects, self.result,
               undated=built.undated)

    def flush(self) -> None:
        while self.inflight:
            self._finish()


@dataclass
class _Inflight:
    items: list[Any]
    rejects: list[Rejected]
    unparsed: list[int]
    waiting: list[int]
    parsing: list[Future[list[Any]]] = field(default_factory=list)
    classifying: list[Future[list[Any]]] = field(default_factory=list)
    indexing: Future[list[str]] | None = None
    rows: list[RawRow] | None = None  # rows of a delimited file, built by build_rows
    blob: bytes = b""
    building: Future[Built] | None = None


def import_source(db: Database, source: Source, state: ImportState,
                  batch: int = BATCH, classifiers: Classifiers | None = None
                  ) -> SourceResult:
    """Stream one source into the store. Every record read ends up imported, a duplicate or
    a reject; a crash or a kill leaves whole batches only, and a re-run completes the job."""
    if isinstance(source, MetricsFile):
        try:
            return source.import_into(db)
        except DatabaseFault:
            raise
        except ChairError as exc:
            return SourceResult(source.name, error=str(exc))
    result = SourceResult(source.name)
    load_state = getattr(source, "load_state", None)
    if load_state is not None:  # sources that resume where they left off (IMAP UIDs)
        load_state(db)
    voices: list[Voice | Pending] = []
    rejects: list[Rejected] = []
    batches = _Batches(db, source.name, result, classifiers)
    try:
        if isinstance(source, DelimitedSource) and classifiers is not None:
            for reader, rows, rejected in source.row_batches(state, batch):
                batches.add_rows(reader, rows, rejected)
        else:
            with deferred(classifiers is not None), parsed_elsewhere(classifiers is not None):
                for item in source.items(state):
                    if isinstance(item, Rejected):
                        rejects.append(item)
                    else:
                        voices.append(item)
                    if len(voices) + len(rejects) >= batch:
                        batches.add(voices, rejects)
                        voices, rejects = [], []
    except Cancelled:
        pass  # what was read so far is written below; the caller sees state.cancelled
    except DatabaseFault:
        raise  # the store cannot take more (disk full, read-only): committed batches stay
    except ChairError as exc:
        result.error = str(exc)
    except Exception as exc:  # a reader bug must not lose what was read, nor stop the rest
        log.error("Reading %s failed:\n%s", source.name, traceback.format_exc())
        result.error = f"stopped reading: {exc}"
        rejects.append(Rejected(source.name, f"the rest of this source could not be read ({exc})"))
    # Reading and writing stay on one thread: a writer thread that lets go of the GIL at
    # every row made both sides wait on each other (measured: 3x slower, not faster).
    batches.add(voices, rejects)
    batches.flush()
    _summarise_rejects(db, source.name, result)
    save_state = getattr(source, "save_state", None)
    if save_state is not None:  # everything it yielded is written: safe to move on
        save_state(db)
    return result


def run_import(
    targets: Sequence[str],
    db: Database,
    state: ImportState | None = None,
    *,
    preset: str | None = None,
    mapping: Mapping[str, str] | None = None,
    record_type: str | None = None,
    workers: int | None = None,
) -> ImportResult:
    """Import every target (files, folders, mailboxes) and report what happened to each.
    `workers`: processes that classify (default: decided by size and cores; 0: none)."""
    state = state or ImportState()
    outcome = ImportResult()
    sources: list[Source] = []
    # What is shown and kept of each target: a URL with a password typed into it is refused,
    # and the password reaches neither the database nor the screen.
    shown = [without_password(t) for t in targets]
    for target, name in zip(targets, shown, strict=True):
        try:
            sources.extend(open_sources(target, preset=preset, mapping=mapping,
                                        record_type=record_type))
        except ChairError as exc:
            outcome.sources.append(SourceResult(name, error=str(exc)))
        except ValueError as exc:  # a wrong --map or --preset
            raise ChairError(str(exc)) from exc
    total = sum(s.size for s in sources)
    state.progress(0, total)
    started = int(time.time())
    classifiers = Classifiers.for_sources(sources, workers)
    try:
        for source in sources:
            outcome.sources.append(import_source(db, source, state, classifiers=classifiers))
            if state.cancelled:
                outcome.cancelled = True
                break
        if db.dialect == "postgresql" and not outcome.cancelled:
            from chair.store import pg

            # A team store's viewers read the bulk of it once redacted, in the workers.
            pg.fill_left(db, executor=classifiers.pool if classifiers else None)
    finally:
        if classifiers is not None:
            classifiers.close()
    source_store.record_import(db, ", ".join(shown), started=started, imported=outcome.imported,
                               duplicates=outcome.duplicates, rejected=outcome.rejected,
                               cancelled=outcome.cancelled)
    if not outcome.cancelled:
        _settle(db, outcome.imported, state)
    return outcome


def _settle(db: Database, imported: int, state: ImportState) -> None:
    """Metrics named as the voices just imported name their places, and the index made
    whole (store.voices.settle_index). The import is committed already: what the disk or a
    lock refuses here is logged, not the import's failure; a cancel stops between steps."""
    try:
        if imported:
            name_stored(db)
        voice_store.settle_index(db, imported, stop=lambda: state.cancelled)
    except (StoreError, ChairError) as exc:
        log.warning("Areas or the search index were left as they were after the import: %s",
                    exc)
