"""JSON exports, streamed: a JSON array or one object per line, nested fields by dotted path,
and, in a mixed stream, only the records of the types that are customer voices."""

from __future__ import annotations

import hashlib
import io
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from chair.domain.errors import SourceUnreadable
from chair.domain.text import fold
from chair.ingest.columns import GUESSES
from chair.ingest.dates import DateReader
from chair.ingest.delimited import sniff_encoding
from chair.ingest.model import ImportState, Item, Rejected
from chair.ingest.records import RecordBuilder

CHUNK = 1 << 16
LEARN_RECORDS = 500
TYPE_KEYS = ("stream", "type", "record_type", "kind", "object", "_type")
ENVELOPE_KEYS = ("data", "record", "payload")


def _flatten(value: Any, prefix: str = "", out: dict[str, str] | None = None) -> dict[str, str]:
    out = {} if out is None else out
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(value, list):
        if value and all(not isinstance(v, dict | list) for v in value):
            out[prefix] = ", ".join(str(v) for v in value)
    elif value is not None and not isinstance(value, bool):
        out[prefix] = str(value)
    return out


def _unwrap(record: Any) -> tuple[str, Any]:
    """(type, payload): `{"stream": "chats", "data": {...}}` -> ("chats", {...})."""
    if not isinstance(record, dict):
        return "", record
    kind = ""
    for key in TYPE_KEYS:
        if isinstance(record.get(key), str):
            kind = record[key]
            break
    for key in ENVELOPE_KEYS:
        if isinstance(record.get(key), dict) and len(record) <= 4:
            return kind, record[key]
    return kind, record


def _iter_json(stream) -> Iterator[tuple[int, Any]]:  # type: ignore[no-untyped-def]
    """(record number, value) from a JSON array or from JSON values one after another (JSONL),
    without ever holding the whole file. Raises ValueError where the JSON breaks."""
    decoder = json.JSONDecoder()
    buffer = ""
    pos = 0
    n = 0
    in_array = None
    eof = False
    while True:
        while pos < len(buffer) and buffer[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(buffer) - 1 and not eof:
            chunk = stream.read(CHUNK)
            eof = not chunk
            buffer = buffer[pos:] + chunk
            pos = 0
            continue
        if pos >= len(buffer):
            return
        if in_array is None:
            in_array = buffer[pos] == "["
            if in_array:
                pos += 1
                continue
        if buffer[pos] == "]" and in_array:
            return
        try:
            value, end = decoder.raw_decode(buffer, pos)
        except json.JSONDecodeError as exc:
            if eof:
                raise ValueError(f"record {n + 1}: {exc.msg}") from exc
            chunk = stream.read(CHUNK)
            eof = not chunk
            buffer = buffer[pos:] + chunk
            pos = 0
            continue
        n += 1
        yield n, value
        pos = end


class JsonSource:
    """A .json or .jsonl export. `record_type` keeps only records of that type."""

    def __init__(self, path: Path, *, mapping: Mapping[str, str] | None = None,
                 record_type: str | None = None) -> None:  # fmt: skip
        self.path = path
        self.name = path.name
        self.size = path.stat().st_size
        self.mapping = dict(mapping or {})
        self.record_type = record_type

    def items(self, state: ImportState) -> Iterator[Item]:
        try:
            raw = open(self.path, "rb")  # noqa: SIM115
        except OSError as exc:
            raise SourceUnreadable(f"Cannot read {self.path}: {exc.strerror or exc}") from exc
        try:
            encoding = sniff_encoding(raw.read(4096))
            raw.seek(0)
            stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace")
            records = _iter_json(stream)
            head: list[tuple[int, Any]] = []
            error = None
            try:
                for item in records:
                    head.append(item)
                    if len(head) >= LEARN_RECORDS:
                        break
            except ValueError as exc:
                error = str(exc)
            plan = self._plan(head)
            builder = RecordBuilder(source=self.name, namespace=f"json:{self.name}",
                                    channel="chat", dates=DateReader(now=int(time.time())),
                                    now=int(time.time()))  # fmt: skip
            for n, value in head:
                state.check()
                yield self._record(builder, plan, n, value)
            if error is None:
                try:
                    for n, value in records:
                        state.check()
                        yield self._record(builder, plan, n, value)
                        if n % 2000 == 0:
                            state.progress(raw.tell(), self.size)
                except ValueError as exc:
                    error = str(exc)
            if error is not None:
                # The rest of the file cannot be told apart into records: keep it, say where.
                yield Rejected(f"{self.name}: {error.split(':')[0]}",
                               f"the JSON breaks here ({error}); the rest of the file was not read")
            state.progress(self.size, self.size)
        finally:
            raw.close()

    def _plan(self, head: list[tuple[int, Any]]) -> dict[str, Any]:
        """Decide, from the first records, which types are voices and which path is which field."""
        by_type: dict[str, list[dict[str, str]]] = defaultdict(list)
        for _, value in head:
            kind, payload = _unwrap(value)
            if isinstance(payload, dict):
                by_type[kind].append(_flatten(payload))
        fields: dict[str, dict[str, str]] = {}
        for kind, flats in by_type.items():
            paths = Counter(p for flat in flats for p in flat)
            fields[kind] = self._fields(sorted(paths, key=lambda p: (p.count("."), p)))
        voice_types = set()
        for kind, flats in by_type.items():
            f = fields[kind]
            if self.record_type is not None:
                if kind == self.record_type:
                    voice_types.add(kind)
                continue
            # In a mixed stream a type is a voice when its records carry text and a time.
            with_both = sum(1 for flat in flats if f.get("text") in flat and f.get("date") in flat)
            if len(by_type) == 1 or with_both >= len(flats) / 2:
                voice_types.add(kind)
        return {"fields": fields, "voice_types": voice_types, "mixed": len(by_type) > 1}

    def _fields(self, paths: list[str]) -> dict[str, str]:
        chosen: dict[str, str] = {}
        for field, names in GUESSES.items():
            if field in self.mapping:
                chosen[field] = self.mapping[field]
                continue
            for name in names:
                hit = next((p for p in paths if p not in chosen.values()
                            and name in (fold(p), fold(p.rsplit(".", 1)[-1]))), None)
                if hit:
                    chosen[field] = hit
                    break
        return chosen

    def _record(self, builder: RecordBuilder, plan: dict[str, Any], n: int, value: Any) -> Item:
        location = f"{self.name}: record {n}"
        raw = json.dumps(value, ensure_ascii=False)[:20_000]
        kind, payload = _unwrap(value)
        if not isinstance(payload, dict):
            return Rejected(location, "not a JSON object", raw)
        if kind not in plan["voice_types"]:
            what = f"records of type {kind!r}" if kind else "these records"
            return Rejected(location, f"{what} are not customer voices", raw)
        fields_of = plan["fields"].get(kind) or plan["fields"].get("", {})
        flat = _flatten(payload)
        fields = {f: flat.get(path, "") for f, path in fields_of.items()}
        used = set(fields_of.values())
        extra = {p: v for p, v in flat.items() if p not in used and len(v) < 300}
        if kind:
            extra["record_type"] = kind
        if not fields.get("id"):
            fields["id"] = ""
        builder.namespace = f"json:{kind or 'record'}:" + hashlib.sha256(
            "\x1f".join(sorted(fields_of.values())).encode()).hexdigest()[:10]  # fmt: skip
        return builder.build(fields, location, extra=extra, raw=raw,
                             text_label=f"field {fields_of.get('text', 'text')!r}")  # fmt: skip
