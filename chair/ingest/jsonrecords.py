"""JSON exports, streamed: a JSON array or one object per line, nested fields by dotted path,
and, in a mixed stream, only the records of the types that are customer voices."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import ijson

from chair.domain.errors import ChairError, SourceUnreadable
from chair.domain.text import fold
from chair.ingest.columns import GUESSES
from chair.ingest.dates import DateReader
from chair.ingest.delimited import sniff_encoding
from chair.ingest.layouts import (
    LAYOUTS,
    PARENT_KEYS,
    RECORD_KEYS,
    Layout,
    Sideloads,
    first,
    recognise,
)
from chair.ingest.model import ImportState, Item, Rejected
from chair.ingest.records import RecordBuilder

CHUNK = 1 << 16
# A record is read whole; one that has not ended after this many characters is broken.
MAX_RECORD_CHARS = 16 * 1024 * 1024
LEARN_RECORDS = 500
TYPE_KEYS = ("stream", "type", "record_type", "kind", "object", "_type")
ENVELOPE_KEYS = ("data", "record", "payload")
# How far into a file that is one object the list of its records is looked for.
PEEK_EVENTS = 20_000
PEEK_DEPTH = 32


KEY_CHARS = 200


def _flatten(value: Any, prefix: str = "", out: dict[str, str] | None = None) -> dict[str, str]:
    out = {} if out is None else out
    if isinstance(value, dict):
        for k, v in value.items():
            # A field name is a name: one of megabytes (a damaged file) is cut, not copied
            # into every path below it.
            name = str(k) if len(str(k)) <= KEY_CHARS else str(k)[:KEY_CHARS] + "…"
            _flatten(v, f"{prefix}.{name}" if prefix else name, out)
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


class _TooDeep:
    """A record nested deeper than can be read; it becomes a reject."""


TOO_DEEP = _TooDeep()
TOO_DEEP_REASON = "nested too deeply to read (thousands of levels): not a customer voice"


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-]+")


def _words_of(name: str) -> str:
    """"createdDate", "date_received" -> "created Date", "date received"."""
    return _CAMEL.sub(" ", name).strip()


_STRUCTURE = re.compile(r'[\[\]{}"\\]')


def _value_end(buffer: str, pos: int) -> int | None:
    """Where the JSON array or object starting at `pos` ends (counting brackets outside
    strings), or None when it does not end within `buffer`. Jumps from one bracket, quote or
    backslash to the next: a field of megabytes costs one C-level search."""
    depth = 0
    in_string = False
    escaped_at = -1  # the character a backslash in a string escapes
    for m in _STRUCTURE.finditer(buffer, pos):
        at, ch = m.start(), m.group()
        if at == escaped_at:
            continue
        if in_string:
            if ch == "\\":
                escaped_at = at + 1
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth <= 0:
                return m.end()
    return None


def _iter_json(stream: IO[str], lines: bool = False) -> Iterator[tuple[int, Any]]:
    """(record number, value) from a JSON array or from JSON values one after another (JSONL),
    without ever holding the whole file. `lines`: JSON lines for certain (a .jsonl file), even
    where the first line is an array. Raises ValueError where the JSON breaks."""
    decoder = json.JSONDecoder()
    buffer = ""
    pos = 0
    n = 0
    in_array = False if lines else None
    eof = False
    while True:
        while pos < len(buffer) and buffer[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(buffer) - 1 and not eof:
            chunk = stream.read(max(CHUNK, len(buffer) - pos))
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
        except RecursionError:
            # Nested deeper than a reader can follow: this record alone is set aside (it is
            # found whole by counting brackets), and the records after it are read.
            skip = _value_end(buffer, pos)
            if skip is None:
                if eof:
                    raise ValueError(f"record {n + 1}: nested too deeply, and never closed"
                                     ) from None
                chunk = stream.read(max(CHUNK, len(buffer) - pos))
                eof = not chunk
                buffer = buffer[pos:] + chunk
                pos = 0
                continue
            n += 1
            yield n, TOO_DEEP
            pos = skip
            continue
        except json.JSONDecodeError as exc:
            # Either the record goes on in the next chunk, or it is broken. A broken one is
            # set aside alone, as far as its line (JSON lines) or its brackets (an array)
            # reach; only where neither says where it ends is the rest of the file lost.
            stop = _broken_end(buffer, pos, in_array)
            if stop is None and not eof and len(buffer) - pos < MAX_RECORD_CHARS:
                chunk = stream.read(max(CHUNK, len(buffer) - pos))
                eof = not chunk
                buffer = buffer[pos:] + chunk
                pos = 0
                continue
            if stop is None:
                raise ValueError(f"record {n + 1}: {exc.msg}") from exc
            n += 1
            yield n, Broken(exc.msg, buffer[pos:stop][:2000])
            pos = stop
            continue
        n += 1
        yield n, value
        pos = end


def _broken_end(buffer: str, pos: int, in_array: bool | None) -> int | None:
    """Where a record that does not read as JSON ends: at its line's end in JSON lines, at
    its closing bracket in an array; None when that is not within `buffer`."""
    if not in_array:
        newline = buffer.find("\n", pos)
        return None if newline < 0 else newline + 1
    if buffer[pos] in "[{":
        return _value_end(buffer, pos)
    comma = buffer.find(",", pos)
    return None if comma < 0 else comma + 1


@dataclass(frozen=True, slots=True)
class Broken:
    """A record that is not valid JSON, with what was read of it; it becomes a reject."""

    error: str
    raw: str


def _namespaces(kind: str, fields_of: Mapping[str, str], guessed: Mapping[str, str]
                ) -> tuple[str, str]:
    """(namespace, alias) of an export's records of `kind` that no known tool wrote. The
    namespace names where their id and text are as read, not as the user mapped them: the
    same file imported with another mapping has the same keys. The alias is what earlier
    versions used: the paths as mapped."""
    place = "\x1f".join((fields_of.get("id", ""), guessed.get("text", "")))
    space = f"json:{kind or 'record'}:"
    return (space + hashlib.sha256(place.encode()).hexdigest()[:10],
            space + hashlib.sha256("\x1f".join(sorted(fields_of.values())).encode()
                                   ).hexdigest()[:10])


class _Utf8:
    """A text stream read as UTF-8 bytes, which is what ijson reads, whatever the file's own
    encoding (a UTF-16 export, a byte-order mark)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size).encode("utf-8", "surrogatepass")


def _is_text_name(name: str) -> bool:
    return fold(name) in GUESSES["text"] or fold(_words_of(name)) in GUESSES["text"]


def _wrapped_at(stream: IO[str]) -> str | None:
    """Where the records are in a file that is one object holding them: "tickets" of
    {"tickets": [...], "next_page": …}, "hits.hits" of a search result; None for a file whose
    values are the records themselves. Decided from the file's first object: a list of
    objects under a name that tools give their records, in an object that has no customer
    text of its own (a ticket with its list of comments is a record)."""
    # basic_parse: events without their paths (ijson builds a path for every event of a
    # buffer read ahead; a record nested 10,000 deep would cost hundreds of megabytes).
    events = ijson.basic_parse(_Utf8(stream), multiple_values=True)
    found = None
    # The containers down to where the reader is: the key each has in its parent object
    # (None inside a list).
    stack: list[str | None] = []
    key: str | None = None
    try:
        for n, (event, value) in enumerate(events):
            if (n == 0 and event != "start_map") or n > PEEK_EVENTS or len(stack) > PEEK_DEPTH:
                break
            if event == "map_key":
                key = str(value)
                if len(stack) == 1 and _is_text_name(key):
                    return None  # an object with customer text is a record
            elif event in ("start_map", "start_array"):
                names = [*stack[1:], key]
                if (event == "start_array" and found is None and stack
                        and all(isinstance(k, str) for k in names)
                        and str(names[-1]) in RECORD_KEYS
                        and (len(names) == 1 or (len(names) == 2 and names[0] in PARENT_KEYS))):
                    found = ".".join(str(k) for k in names)
                stack.append(key)
                key = None
            elif event in ("end_map", "end_array"):
                stack.pop()
                if not stack:
                    break
    except ijson.JSONError:
        pass
    return found


def _iter_wrapped(stream: IO[str], at: str) -> Iterator[tuple[int, Any]]:
    """(record number, record) of the list at `at`, in every object of the file (one, or
    pages of an export one after another). Raises ValueError where the JSON breaks."""
    n = 0
    try:
        for value in ijson.items(_Utf8(stream), f"{at}.item", multiple_values=True,
                                 use_float=True):
            n += 1
            yield n, value
    except ijson.JSONError as exc:
        raise ValueError(f"record {n + 1}: {str(exc).splitlines()[0]}") from None


def _sideloads(path: Path, encoding: str, at: str, names: tuple[str, ...]
               ) -> dict[str, dict[str, str]]:
    """Lists beside the records that name people by id ({"users": [{"id", "name"}]}), read
    in a pass of their own (they may come after the records)."""
    parent = at.rsplit(".", 1)[0] + "." if "." in at else ""
    out: dict[str, dict[str, str]] = {}
    for name in names:
        found: dict[str, str] = {}
        with open(path, encoding=encoding, errors="replace", newline="") as stream:
            try:
                for item in ijson.items(_Utf8(stream), f"{parent}{name}.item",
                                        multiple_values=True, use_float=True):
                    if isinstance(item, dict) and item.get("id") is not None:
                        found[first(item, "id")] = first(item, "name", "display_name", "email")
                    if len(found) >= SIDELOAD_LIMIT:
                        break
            except ijson.JSONError:
                pass  # the records' own pass says where the file breaks
        out[name] = found
    return out


SIDELOAD_LIMIT = 1_000_000


class JsonSource:
    """A .json or .jsonl export. `record_type` keeps only records of that type."""

    def __init__(self, path: Path, *, mapping: Mapping[str, str] | None = None,
                 record_type: str | None = None, preset: str | None = None) -> None:
        self.path = path
        self.name = path.name
        self.size = path.stat().st_size
        self.mapping = dict(mapping or {})
        self.record_type = record_type
        self.layout = None
        if preset:  # the user names the tool: its layout reads every record
            self.layout = next((lay for lay in LAYOUTS if lay.name == preset), None)
            if self.layout is None:
                raise ChairError(f"Unknown preset {preset!r} for a JSON export; known: "
                                 f"{', '.join(dict.fromkeys(lay.name for lay in LAYOUTS))}")

    def items(self, state: ImportState) -> Iterator[Item]:
        try:
            raw = open(self.path, "rb")  # noqa: SIM115
        except OSError as exc:
            raise SourceUnreadable(f"Cannot read {self.path}: {exc.strerror or exc}") from exc
        try:
            encoding = sniff_encoding(raw.read(4096), legacy=False)
            raw.seek(0)
            # newline="": JSON lines end at \n only (a stray \r is whitespace or a flaw)
            stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
            wrapped = _wrapped_at(stream)
            stream.detach()  # (a wrapper that is collected closes the file under it)
            raw.seek(0)
            stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
            if wrapped is not None:
                records = _iter_wrapped(stream, wrapped)
            else:
                records = _iter_json(stream,
                                     lines=self.path.suffix.lower() in (".jsonl", ".ndjson"))
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
            layout: Layout | None = plan["layout"]
            if layout is not None and layout.sideload and wrapped is not None:
                plan["sideloads"] = _sideloads(self.path, encoding, wrapped, layout.sideload)
            builder = RecordBuilder(source=self.name, namespace=f"json:{self.name}",
                                    channel=layout.channel if layout else "chat",
                                    dates=DateReader(now=int(time.time())),
                                    now=int(time.time()))
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
        """Decide, from the first records, which types are voices and which path is which
        field; and whether a known tool wrote them."""
        by_type: dict[str, list[dict[str, str]]] = defaultdict(list)
        payloads = []
        for _, value in head:
            kind, payload = _unwrap(value)
            if isinstance(payload, dict):
                payloads.append(payload)
                with contextlib.suppress(RecursionError):  # rejected when its turn comes
                    by_type[kind].append(_flatten(payload))
        fields: dict[str, dict[str, str]] = {}
        guessed: dict[str, dict[str, str]] = {}
        for kind, flats in by_type.items():
            paths = Counter(p for flat in flats for p in flat)
            ordered = sorted(paths, key=lambda p: (p.count("."), p))
            fields[kind] = self._fields(ordered, self.mapping)
            guessed[kind] = self._fields(ordered, {})
        voice_types = set()
        if self.record_type is not None:
            voice_types = {kind for kind in by_type if kind == self.record_type}
        elif len(by_type) == 1:
            voice_types = set(by_type)
        else:
            # In a mixed stream a type is a voice when its records carry text and a time; in
            # a stream where no type has times, when they carry text.
            def share(kind: str, wanted: tuple[str, ...]) -> float:
                paths = [fields[kind].get(w) for w in wanted]
                flats = by_type[kind]
                return sum(1 for flat in flats if all(p in flat for p in paths)) / len(flats)

            voice_types = {k for k in by_type if share(k, ("text", "date")) >= 0.5} or \
                {k for k in by_type if share(k, ("text",)) >= 0.5}
        layout = self.layout
        if layout is None:
            with contextlib.suppress(RecursionError):
                layout = recognise(payloads)
        if layout is not None and self.record_type is None:
            # A known tool's records are voices whatever their own type ("question",
            # "incident" of tickets).
            voice_types = set(by_type)
        spaces = {kind: _namespaces(kind, fields[kind], guessed[kind]) for kind in by_type}
        return {"fields": fields, "guessed": guessed, "spaces": spaces,
                "voice_types": voice_types, "mixed": len(by_type) > 1, "layout": layout,
                "sideloads": {}}

    @staticmethod
    def _fields(paths: list[str], mapping: Mapping[str, str]) -> dict[str, str]:
        chosen: dict[str, str] = {}
        for field, names in GUESSES.items():
            if field in mapping:
                chosen[field] = mapping[field]
                continue
            for name in names:
                hit = next((p for p in paths if p not in chosen.values()
                            and name in (fold(p), fold(p.rsplit(".", 1)[-1]),
                                         fold(_words_of(p.rsplit(".", 1)[-1])))), None)
                if hit:
                    chosen[field] = hit
                    break
        return chosen

    def _record(self, builder: RecordBuilder, plan: dict[str, Any], n: int, value: Any) -> Item:
        location = f"{self.name}: record {n}"
        if value is TOO_DEEP:
            return Rejected(location, TOO_DEEP_REASON)
        if isinstance(value, Broken):
            return Rejected(location, f"not valid JSON ({value.error})", value.raw)
        try:
            return self._fields_of(builder, plan, location, value)
        except RecursionError:  # deep, though not too deep for the JSON reader itself
            return Rejected(location, TOO_DEEP_REASON)

    def _fields_of(self, builder: RecordBuilder, plan: dict[str, Any], location: str,
                   value: Any) -> Item:
        whole = json.dumps(value, ensure_ascii=False, sort_keys=True)
        raw = whole[:20_000]
        kind, payload = _unwrap(value)
        if not isinstance(payload, dict):
            return Rejected(location, "not a JSON object", raw)
        if kind not in plan["voice_types"]:
            what = f"records of type {kind!r}" if kind else "these records"
            return Rejected(location, f"{what} are not customer voices", raw)
        fields_of = plan["fields"].get(kind) or plan["fields"].get("", {})
        flat = _flatten(payload)
        layout: Layout | None = plan["layout"]
        read_by = layout if layout is not None and (
            layout is self.layout or layout.matches(payload)) else None
        if read_by is not None:
            sideloads: Sideloads = plan["sideloads"]
            fields = {f: v for f, v in read_by.read(payload, sideloads).items() if v}
            for f, path in self.mapping.items():  # the user's word outranks the layout's
                fields[f] = first(payload, path)
            shown = set(fields.values())
            extra = {p: v for p, v in flat.items() if len(v) < 300 and v not in shown}
        else:
            fields = {f: flat.get(path, "") for f, path in fields_of.items()}
            used = set(fields_of.values())
            extra = {p: v for p, v in flat.items() if p not in used and len(v) < 300}
        namespace, alias = plan["spaces"].get(kind) or _namespaces(
            kind, fields_of, plan["guessed"].get("", {}))
        if read_by is not None:
            namespace = read_by.name
        if kind:
            extra["record_type"] = kind
        if not fields.get("id"):
            fields["id"] = ""
        builder.namespace = namespace
        text_path = read_by.text if read_by is not None else fields_of.get("text", "text")
        return builder.build(fields, location, extra=extra, raw=raw,
                             text_label=f"field {text_path!r}", identity=whole, alias=alias)
