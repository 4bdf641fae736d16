"""Mail files: one message (.eml and friends), mbox files, Maildir and Maildir++ folders."""

from __future__ import annotations

import base64
import dataclasses
import email.utils
import operator
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from chair.domain.errors import SourceUnreadable
from chair.domain.model import Voice
from chair.ingest.mail import parse_message
from chair.ingest.model import ImportState, Item, Pending, Rejected

# A real mbox separator: "From sender asctime-date [extra]" (not "From time to time").
_FROM_LINE = re.compile(
    rb"^From \S+ +(?:[A-Z][a-z]{2} +)?[A-Z][a-z]{2} +\d{1,2} +\d{1,2}:\d{2}(?::\d{2})? +"
    rb"(?:[A-Z]{2,5} +|[+-]\d{4} +)?\d{4}\b"
)
_MBOXRD_ESCAPED = re.compile(rb"^>(>*From )", re.MULTILINE)
# A "From " line after a blank line: a separator, if the line looks like a real envelope
# line. (At the start of the file, no blank line is needed.)
_AFTER_BLANK = re.compile(rb"\n[ \t\r\x0b\x0c]*\n(?=From )")
_LEADING_BLANKS = re.compile(rb"(?:[ \t\r\x0b\x0c]*\n)*")
CHUNK = 1 << 20
_SKIP_FILES = {"dovecot-uidlist", "dovecot-keywords", "dovecot.index", "dovecot.index.log",
               "dovecot.index.cache", "dovecot.list.index", "dovecot.list.index.log",
               "subscriptions", "maildirfolder", "courierimapuiddb", "courierimapkeywords",
               "dovecot-uidvalidity"}


# While set (see `parsed_elsewhere`), mbox messages come out unparsed, to be parsed (and
# classified) in worker processes: parsing is most of a mail import's work.
_ELSEWHERE: ContextVar[bool] = ContextVar("chair_parse_elsewhere", default=False)


@contextmanager
def parsed_elsewhere(on: bool = True) -> Iterator[None]:
    token = _ELSEWHERE.set(on)
    try:
        yield
    finally:
        _ELSEWHERE.reset(token)


@dataclass(frozen=True, slots=True)
class Unparsed(Pending):
    """One message as read from an mbox, with what parsing it needs; plain data, so it can
    travel to another process."""

    data: bytes
    source: str
    location: str
    now: int
    envelope: bytes | None

    def parse(self) -> Item:
        envelope = self.envelope
        return parse_message(
            self.data, source=self.source, location=self.location, now=self.now,
            fallback_time=(lambda: _from_line_time(envelope)) if envelope else None,
        )


def parse_all(messages: Sequence[Unparsed]) -> list[Item | tuple[object, ...]]:
    """Parse and classify messages; runs in worker processes. Voices come back as plain
    tuples (see `received`): a dataclass crosses between processes several times slower."""
    out: list[Item | tuple[object, ...]] = []
    for m in messages:
        item = m.parse()
        out.append(_VOICE_FIELDS(item) if isinstance(item, Voice) else item)
    return out


def received(item: Item | tuple[object, ...]) -> Item:
    """An item as parse_all sent it, made whole again."""
    return Voice(*item) if isinstance(item, tuple) else item  # type: ignore[arg-type]


_VOICE_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Voice)))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _mtime(path: Path) -> int | None:
    try:
        return int(path.stat().st_mtime)
    except OSError:
        return None


class EmlSource:
    """A file holding one message."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.size = path.stat().st_size

    def items(self, state: ImportState) -> Iterator[Item]:
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise SourceUnreadable(f"Cannot read {self.path}: {exc.strerror or exc}") from exc
        yield parse_message(data, source=self.name, location=self.name, now=int(time.time()),
                            fallback_time=_mtime(self.path))
        state.progress(self.size, self.size)


def _from_line_time(line: bytes) -> int | None:
    parts = line.decode("ascii", "replace").split()[2:]
    try:
        parsed = email.utils.parsedate_to_datetime(" ".join(parts[:5]))
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=email.utils.datetime.timezone.utc)  # type: ignore[attr-defined]
    return int(parsed.timestamp())


class MboxSource:
    """An mbox file, one message in memory at a time. A "From " line separates messages only
    where it looks like a real envelope line after a blank line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.size = path.stat().st_size

    def items(self, state: ImportState) -> Iterator[Item | Unparsed]:
        now = int(time.time())
        try:
            handle = open(self.path, "rb")  # noqa: SIM115
        except OSError as exc:
            raise SourceUnreadable(f"Cannot read {self.path}: {exc.strerror or exc}") from exc
        number = 0
        with handle:
            for envelope, body, done in self._split(handle):
                number += 1
                yield self._message(number, envelope, body, now)
                state.check()
                if number % 200 == 0:
                    state.progress(done, self.size)
        state.progress(self.size, self.size)

    @staticmethod
    def _split(handle: BinaryIO) -> Iterator[tuple[bytes | None, bytes, int]]:
        """(envelope line, message bytes, bytes read so far) for each message, found by C-level
        searches over 1 MiB chunks rather than line by line; only one message is held whole."""
        buffer = handle.read(CHUNK)
        first = _LEADING_BLANKS.match(buffer).end()  # type: ignore[union-attr]
        while buffer.find(b"\n", first) < 0 and (more := handle.read(CHUNK)):
            buffer += more  # the whole first line, to see whether it is an envelope line
            first = _LEADING_BLANKS.match(buffer).end()  # type: ignore[union-attr]
        consumed = len(buffer)
        envelope: bytes | None = None
        start = 0  # where the current message's text begins in `buffer`
        line_end = buffer.find(b"\n", first) + 1
        if buffer.startswith(b"From ", first) and line_end and \
                _FROM_LINE.match(buffer[first:line_end]):
            envelope, start = buffer[first:line_end], line_end
        scan = max(start - 1, 0)  # a separator's blank line may follow the envelope at once
        while True:
            found = None
            for m in _AFTER_BLANK.finditer(buffer, scan):
                line_start = m.end()
                line_end = buffer.find(b"\n", line_start) + 1
                if not line_end:
                    break  # the line goes on in the next chunk
                if _FROM_LINE.match(buffer[line_start:line_end]):
                    found = (m.start() + 1, line_start, line_end)
                    break
            if found is None:
                more = handle.read(CHUNK)
                if not more:
                    break
                consumed += len(more)
                # Keep the message so far and the newline before it (a blank line right after
                # the envelope counts); look again a little before the old end, where a
                # separator may straddle the two chunks.
                keep = buffer[max(start - 1, 0) :]
                offset = 1 if start else 0
                scan = max(0, len(keep) - 4096)
                buffer, start = keep + more, offset
                continue
            text_end, line_start, line_end = found
            text = buffer[start:text_end] if text_end > start else b""
            if envelope is not None or text.strip():
                yield envelope, text, consumed
            envelope = buffer[line_start:line_end]
            start, scan = line_end, line_end - 1
        text = buffer[start:]
        if envelope is not None or text.strip():
            yield envelope, text, consumed

    def _message(self, number: int, envelope: bytes | None, body: bytes, now: int
                 ) -> Item | Unparsed:
        end = len(body)
        while end:  # the blank lines before the next "From " are not the message's
            line_start = body.rfind(b"\n", 0, end - 1) + 1
            if body[line_start:end].strip():
                break
            end = line_start
        body = body[:end]
        if b">From " in body:  # rare: the regular expression only then
            body = _MBOXRD_ESCAPED.sub(rb"\1", body)
        message = Unparsed(body, self.name, f"{self.name}: message {number}", now,
                           envelope)
        return message if _ELSEWHERE.get() else message.parse()


def decode_folder_name(name: str) -> str:
    """IMAP modified UTF-7 (RFC 3501), as Maildir++ folder names use: "Reklamacje &AUI-ódź"."""
    out, i = [], 0
    while i < len(name):
        if name[i] == "&":
            end = name.find("-", i)
            if end < 0:
                out.append(name[i:])
                break
            chunk = name[i + 1 : end]
            if not chunk:
                out.append("&")
            else:
                b64 = chunk.replace(",", "/")
                b64 += "=" * (-len(b64) % 4)
                try:
                    out.append(base64.b64decode(b64).decode("utf-16-be"))
                except (ValueError, UnicodeDecodeError):
                    out.append(name[i : end + 1])
            i = end + 1
        else:
            out.append(name[i])
            i += 1
    return "".join(out)


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


class MaildirSource:
    """A Maildir and its Maildir++ subfolders (".Sub.Folder"); index and uid files skipped."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name or str(path)
        self.size = 0

    def folders(self) -> list[tuple[str, Path]]:
        found = [("INBOX", self.path)]
        for child in sorted(self.path.iterdir()):
            if child.name.startswith(".") and child.name not in (".", "..") and is_maildir(child):
                label = "/".join(decode_folder_name(p) for p in child.name[1:].split("."))
                found.append((label, child))
        return found

    def items(self, state: ImportState) -> Iterator[Item]:
        now = int(time.time())
        files = []
        for label, folder in self.folders():
            for sub in ("cur", "new"):
                for f in sorted((folder / sub).iterdir()):
                    if f.is_file() and f.name not in _SKIP_FILES and not f.name.startswith("."):
                        files.append((label, f))
        total = sum(_size(f) for _, f in files)
        done = 0
        for label, f in files:
            state.check()
            source = f"{self.name}/{label}" if label != "INBOX" else self.name
            try:
                data = f.read_bytes()
            except FileNotFoundError:
                continue  # moved (new/ to cur/) or deleted meanwhile: read where it went
            except OSError as exc:  # no permission, a disk error: kept in view, never skipped
                yield Rejected(f"{label}/{f.name}",
                               f"the message file could not be read ({exc.strerror or exc})")
                continue
            done += len(data)
            yield parse_message(data, source=source, location=f"{label}/{f.name}", now=now,
                                fallback_time=_mtime(f))
            state.progress(done, total)
