"""CSV/TSV exports, streamed: encoding and delimiter sniffed, columns mapped, rows to voices."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from chair.domain.errors import SourceUnreadable
from chair.domain.text import fold
from chair.ingest.columns import ColumnMap, looks_like_header, map_columns
from chair.ingest.dates import DateReader
from chair.ingest.model import ImportState, Item, Rejected
from chair.ingest.records import RecordBuilder

SAMPLE_BYTES = 64 * 1024
LEARN_ROWS = 2000
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

if TYPE_CHECKING:
    from _csv import Reader


class _Counting(io.RawIOBase):
    """A raw reader that counts the bytes read, so progress works while csv streams."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = self.raw.readinto(buffer)
        self.count += n or 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


def sniff_encoding(sample: bytes, *, legacy: bool = True) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, BOM-less UTF-16, else legacy 8-bit.

    A few bytes that are not UTF-8 among many characters that are make a UTF-8 file with a
    flaw, not a legacy one: decoding it all as cp1252 would garble every voice (and a
    re-import could not mend them), while UTF-8 costs the bad byte one character, flagged.
    Legacy only where the non-ASCII bytes are mostly not UTF-8 (never for JSON, which is
    UTF-8 by its standard: `legacy=False`)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if sample.startswith(bom):
            if name != "utf-8-sig" and _plain_utf8(sample[len(bom):]):
                return "utf-8"  # a stray mark before UTF-8 text: not UTF-16 or UTF-32
            return name
    if len(sample) >= 4:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
            return "utf-16-be"
    # A sample may end inside a character: judge UTF-8 on whole lines.
    cut = sample.rfind(b"\n")
    head = sample if cut < 0 or len(sample) < SAMPLE_BYTES else sample[: cut + 1]
    text = head.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if not bad or not legacy:
        return "utf-8"
    if sum(1 for ch in text if ch > "\x7f") - bad > bad:
        return "utf-8"  # more well-formed characters than flaws
    try:
        head.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _plain_utf8(data: bytes) -> bool:
    """Whether `data` reads as UTF-8 text with no NUL (which UTF-16 and UTF-32 are full of)."""
    if not data or b"\x00" in data:
        return False
    cut = data.rfind(b"\n")
    try:
        (data[: cut + 1] if cut > 0 else data).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def sniff_dialect(text: str) -> tuple[str, bool]:
    """(delimiter, quoting) of a text sample. Quoting is off for a TSV whose every line has
    the same number of tabs: its quote marks are text (a review that starts with a quote)."""
    lines = [line for line in text.splitlines()[:200] if line.strip()]
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line
    best, best_score = ",", -1.0
    for delim in (",", "\t", ";", "|"):
        counts = [line.count(delim) for line in lines]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        if common == 0:
            continue
        score = counts.count(common) / len(counts) + min(common, 10) / 100
        if score > best_score:
            best, best_score = delim, score
    if best == "\t" and lines:
        tabs = {line.count("\t") for line in lines}
        if len(tabs) == 1:
            return best, False
    return best, True


class DelimitedSource:
    """One CSV/TSV file. `preset` forces a known export's columns; `mapping` names columns."""

    def __init__(self, path: Path, *, preset: str | None = None,
                 mapping: Mapping[str, str] | None = None) -> None:
        self.path = path
        self.name = path.name
        self.size = path.stat().st_size
        self.preset = preset
        self.mapping = mapping

    def items(self, state: ImportState) -> Iterator[Item]:
        for reader, rows, rejects in self.row_batches(state, 1, numbered=False):
            yield from rejects
            for line, row, occurrence in rows:
                yield reader.item(line, row, occurrence)  # type: ignore[union-attr]

    def row_batches(self, state: ImportState, size: int, *, numbered: bool = True
                    ) -> Iterator[tuple[RowReader | None, list[RawRow], list[Rejected]]]:
        """The file's rows, `size` at a time, with the reader that makes them voices (here or
        in a worker process). `numbered`: each row without an id comes with which repeat of
        its record it is, counted here in file order, so that rows made into voices
        elsewhere get the keys they would get here."""
        try:
            raw = open(self.path, "rb")  # noqa: SIM115  (closed in finally)
        except OSError as exc:
            raise SourceUnreadable(f"Cannot read {self.path}: {exc.strerror or exc}") from exc
        counting = _Counting(raw)
        reader: RowReader | None = None
        rows: list[RawRow] = []
        try:
            sample = raw.read(SAMPLE_BYTES)
            raw.seek(0)
            encoding = sniff_encoding(sample)
            stream = io.TextIOWrapper(io.BufferedReader(counting, 1 << 16), encoding=encoding,
                                      errors="replace", newline="")
            text_sample = sample.decode(encoding, errors="replace")
            delimiter, quoting = sniff_dialect(text_sample)
            if quoting:
                lines = csv.reader(stream, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            else:
                lines = csv.reader(stream, delimiter=delimiter, quoting=csv.QUOTE_NONE)
            numbered_rows = self._numbered(lines)
            head = list(itertools.islice(numbered_rows, LEARN_ROWS))
            if not head:
                return
            reader, body = self._reader(head)
            count = reader.occurrence if numbered else None
            for line, row in itertools.chain(body, numbered_rows):
                rows.append((line, row, count(row) if count else None))
                if len(rows) >= size:
                    state.check()
                    yield reader, rows, []
                    rows = []
                if line % 2000 == 0:
                    state.check()
                    state.progress(counting.count, self.size)
            state.progress(counting.count, self.size)
            yield reader, rows, []
        except csv.Error as exc:
            yield reader, rows, [
                Rejected(f"{self.name}", f"the file stops being readable as CSV: {exc}")]
        finally:
            counting.close()

    def _reader(self, head: list[tuple[int, list[str]]]
                ) -> tuple[RowReader, list[tuple[int, list[str]]]]:
        """How this file's rows are read, learned from its first rows; and the rows of those
        that are records (the header taken out)."""
        first = head[0][1]
        rest = [row for _, row in head[1:]]
        has_header = looks_like_header(first, rest, list((self.mapping or {}).values()))
        width = max(len(r) for _, r in head)
        # A header shorter than the rows (a damaged first line): the rest are unnamed columns.
        header = [c.strip() for c in first] if has_header else []
        header += [""] * (width - len(header))
        body = head[1:] if has_header else head
        samples = [row for _, row in body[:200]]
        columns = map_columns(header, samples, preset_name=self.preset, explicit=self.mapping)
        if "text" not in columns.columns:
            raise SourceUnreadable(
                f"{self.name}: no column of customer text was found (columns: "
                f"{', '.join(h or '?' for h in header)}). Name it with --map text=COLUMN."
            )
        now = int(time.time())
        dates = DateReader(now=now, day_first=columns.day_first)
        if "date" in columns.columns:
            col = columns.columns["date"]
            dates.learn(row[col] for _, row in body if col < len(row))
        builder = RecordBuilder(
            source=self.name, namespace=self._namespace(columns, header), now=now, dates=dates,
            channel=columns.channel or ("review" if "rating" in columns.columns else "ticket"),
        )
        text_label = f"column {header[columns.columns['text']]!r}" if has_header else "text"
        header_key = [fold(h) for h in header] if has_header else None
        return RowReader(self.name, builder, _Shape(columns, header), text_label, header_key), body

    @staticmethod
    def _numbered(reader: Reader) -> Iterator[tuple[int, list[str]]]:
        """(first physical line, row) for each non-blank row."""
        start = 1
        for row in reader:
            line = start
            start = reader.line_num + 1
            if "".join(row).strip():  # one C-level pass: a row of empty cells is blank too
                yield line, row

    def _namespace(self, columns: ColumnMap, header: list[str]) -> str:
        if columns.preset:
            return columns.preset
        if any(header):
            signature = "\x1f".join(fold(h) for h in header)
            return "csv:" + hashlib.sha256(signature.encode()).hexdigest()[:12]
        return f"file:{self.name}"


# A row as read: its first physical line, its cells, and which repeat of its record it is
# (see DelimitedSource.row_batches).
RawRow = tuple[int, list[str], int | None]
# Rows packed to travel to another process: every cell in one string, NUL-separated, and
# each row's line, width and repeat. Unpickling a list of cell strings cost 6 µs a row,
# nearly a tenth of the row's whole work.
PackedRows = tuple[str, list[int], list[int], list[int | None]]


def pack_rows(rows: list[RawRow]) -> PackedRows | list[RawRow]:
    """`rows` packed for another process, or as they are when a cell holds a NUL itself."""
    cells = list(itertools.chain.from_iterable(row for _, row, _ in rows))
    packed = "\x00".join(cells)
    if not cells or packed.count("\x00") != len(cells) - 1:
        return rows
    return (packed, [line for line, _, _ in rows], [len(row) for _, row, _ in rows],
            [occurrence for _, _, occurrence in rows])


def unpack_rows(rows: PackedRows | list[RawRow]) -> list[RawRow]:
    if isinstance(rows, list):
        return rows
    packed, lines, widths, occurrences = rows
    cells = packed.split("\x00")
    out: list[RawRow] = []
    at = 0
    for line, width, occurrence in zip(lines, widths, occurrences, strict=True):
        out.append((line, cells[at : at + width], occurrence))
        at += width
    return out


class RowReader:
    """How one file's rows become voices, learned from its first rows: used in this process,
    or pickled into the worker processes of a large import."""

    def __init__(self, name: str, builder: RecordBuilder, shape: _Shape, text_label: str,
                 header_key: list[str] | None) -> None:
        self.name = name
        self.builder = builder
        self.shape = shape
        self.text_label = text_label
        self.header_key = header_key
        self.first_cell = header_key[0] if header_key else None

    def _repeats_header(self, row: list[str]) -> bool:
        return (self.first_cell is not None and bool(row)
                and fold(row[0].strip()) == self.first_cell
                and [fold(c.strip()) for c in row] == self.header_key)

    def occurrence(self, row: list[str]) -> int | None:
        """Which repeat of its record a row without an id is (see RecordBuilder.count)."""
        at = self.shape.id_at
        if at is not None and at < len(row) and row[at].strip():
            return None  # the common case in an export with ids, told at once
        if self._repeats_header(row):
            return None
        return self.builder.count(self.shape.fields(row), "\x1f".join(row))

    def item(self, line: int, row: list[str], occurrence: int | None = None) -> Item:
        location = f"{self.name}:{line}"
        if self._repeats_header(row):
            return Rejected(location, "the header row repeated in the middle of the file",
                            delimiter_join(row))
        shape = self.shape
        n = len(row)
        fields = shape.fields(row)
        # The other cells are kept as the voice's metadata, under their column's name.
        extra = {name: row[i] for i, name in shape.unmapped
                 if i < n and row[i] and not row[i].isspace()}
        if n > shape.width:
            extra.update((f"column {i + 1}", v) for i, v in enumerate(row[shape.width :],
                                                                      shape.width)
                         if v and not v.isspace() and i not in shape.used)
        item = self.builder.build(fields, location, extra=extra, text_label=self.text_label,
                                  occurrence=occurrence, identity="\x1f".join(row))
        if isinstance(item, Rejected):  # keep the whole row with its reason
            return Rejected(item.location, item.reason, delimiter_join(row))
        return item

    def items(self, rows: list[RawRow]) -> list[Item]:
        return [self.item(line, row, occurrence) for line, row, occurrence in rows]


class _Shape:
    """Where a file's fields are, worked out once rather than for every row."""

    def __init__(self, columns: ColumnMap, header: list[str]) -> None:
        self.mapped = list(columns.columns.items())
        self.used = set(columns.columns.values())
        self.id_at = columns.columns.get("id")
        self.width = len(header)
        self.unmapped = [(i, header[i] or f"column {i + 1}") for i in range(len(header))
                         if i not in self.used]

    def fields(self, row: list[str]) -> dict[str, str]:
        n = len(row)
        return {f: row[i] for f, i in self.mapped if i < n}


def delimiter_join(row: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(row)
    return out.getvalue().rstrip("\r\n")
