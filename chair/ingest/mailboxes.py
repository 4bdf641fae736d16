"""Mail files: one message (.eml and friends), mbox files, Maildir and Maildir++ folders."""

from __future__ import annotations

import base64
import email.utils
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from chair.domain.errors import SourceUnreadable
from chair.ingest.mail import parse_message
from chair.ingest.model import ImportState, Item, Pending

# A real mbox separator: "From sender asctime-date [extra]" (not "From time to time").
_FROM_LINE = re.compile(
    rb"^From \S+ +(?:[A-Z][a-z]{2} +)?[A-Z][a-z]{2} +\d{1,2} +\d{1,2}:\d{2}(?::\d{2})? +"
    rb"(?:[A-Z]{2,5} +|[+-]\d{4} +)?\d{4}\b"
)
_MBOXRD_ESCAPED = re.compile(rb"^>+From ")
_SKIP_FILES = {"dovecot-uidlist", "dovecot-keywords", "dovecot.index", "dovecot.index.log",
               "dovecot.index.cache", "dovecot.list.index", "dovecot.list.index.log",
               "subscriptions", "maildirfolder", "courierimapuiddb", "courierimapkeywords",
               "dovecot-uidvalidity"}  # fmt: skip


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
        )  # fmt: skip


def parse_all(messages: Sequence[Unparsed]) -> list[Item]:
    """Parse and classify messages; runs in worker processes."""
    return [m.parse() for m in messages]


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
                            fallback_time=_mtime(self.path))  # fmt: skip
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
    """An mbox file, read line by line: one message in memory at a time. A "From " line
    separates messages only where it looks like a real envelope line after a blank line."""

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
        with handle:
            number = 0
            lines: list[bytes] = []
            envelope: bytes | None = None
            previous_blank = True
            for line in handle:
                if line.startswith(b"From ") and previous_blank and _FROM_LINE.match(line):
                    if envelope is not None or any(x.strip() for x in lines):
                        number += 1
                        yield self._message(number, envelope, lines, now)
                        state.check()
                        if number % 200 == 0:
                            state.progress(handle.tell(), self.size)
                    envelope, lines = line, []
                else:
                    if _MBOXRD_ESCAPED.match(line):
                        line = line[1:]
                    lines.append(line)
                previous_blank = not line.strip()
            if envelope is not None or any(x.strip() for x in lines):
                number += 1
                yield self._message(number, envelope, lines, now)
        state.progress(self.size, self.size)

    def _message(self, number: int, envelope: bytes | None, lines: list[bytes], now: int
                 ) -> Item | Unparsed:  # fmt: skip
        while lines and not lines[-1].strip():  # the blank line before the next "From "
            lines.pop()
        message = Unparsed(b"".join(lines), self.name, f"{self.name}: message {number}", now,
                           envelope)  # fmt: skip
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
        total = sum(f.stat().st_size for _, f in files)
        done = 0
        for label, f in files:
            state.check()
            try:
                data = f.read_bytes()
            except OSError:
                continue  # delivered and moved meanwhile: it will be read where it went
            done += len(data)
            source = f"{self.name}/{label}" if label != "INBOX" else self.name
            yield parse_message(data, source=source, location=f"{label}/{f.name}", now=now,
                                fallback_time=_mtime(f))  # fmt: skip
            state.progress(done, total)
