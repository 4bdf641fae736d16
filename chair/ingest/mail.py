"""One email message -> a verbatim Voice, whatever state the message is in.

Real mail is broken in every way (wrong or unknown charsets, raw 8-bit headers, missing dates,
missing boundaries). The parser never gives up on a message: it decodes what it can, falls back
where it must, and only rejects what holds no text at all or is an automatic report.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email
import email.header
import email.policy
import email.utils
import hashlib
import itertools
import quopri
import re
from collections.abc import Callable
from email.message import Message

from chair.domain.model import Channel, MailHeaders, Voice
from chair.ingest.htmltext import html_to_text
from chair.ingest.model import Rejected
from chair.insight.classification import new_voice

_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "x-sjis": "shift_jis",
    "x-euc-jp": "euc_jp", "gb2312": "gb18030", "gbk": "gb18030", "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874", "x-mac-roman": "mac_roman", "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
    "ansi_x3.4-1968": "ascii", "us-ascii": "ascii", "iso-8859-1": "cp1252", "latin1": "cp1252",
}
_QUOTE_INTRO = re.compile(
    r"^(?:On .{4,200} wrote:|Le .{4,200} a écrit ?:|W dniu .{4,200} pisze:|"
    r"Dnia .{4,200} napisał\(a\):|Vào .{4,200} đã viết:|Am .{4,200} schrieb .{0,100}:|"
    r"El .{4,200} escribió:|-{2,}\s*(?:Original Message|Forwarded message|Wiadomość oryginalna|"
    r"Message d'origine|Message transféré|Ursprüngliche Nachricht|Mensaje original|"
    r"Thư gốc)\s*-{2,}|From: .{1,200}\n(?:Sent|Date|Wysłano|Envoyé|Gesendet): )",
    re.MULTILINE | re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^(?:-- ?$|—\s*$|Sent from my |Sent from Outlook|Wysłane z |Envoyé de mon |Envoyé depuis |"
    r"Gửi từ |Von meinem .* gesendet|Enviado desde )",
    re.MULTILINE,
)
_RECEIVED_DATE = re.compile(r";\s*([^;]+?)\s*$")
_NON_WORD = re.compile(r"\W+")


def charset_codec(name: str | None) -> str | None:
    """A Python codec for a declared charset, or None when it is unknown or nonsense."""
    if not name:
        return None
    cleaned = name.strip().strip("\"'").lower()
    cleaned = cleaned.removeprefix("charset=").strip("\"'")
    cleaned = _CHARSET_ALIASES.get(cleaned, cleaned)
    try:
        return codecs.lookup(cleaned).name
    except (LookupError, ValueError):
        return None


# When a declared charset does not fit the bytes, its neighbours usually do.
_FAMILIES = {
    "iso2022_jp": ("euc_jp", "shift_jis", "cp932"), "euc_jp": ("shift_jis", "iso2022_jp"),
    "shift_jis": ("cp932", "euc_jp"), "gb18030": ("big5", "gb2312"),
    "big5": ("big5hkscs", "gb18030"),
    "euc_kr": ("cp949",), "cp949": ("euc_kr",), "iso8859-2": ("cp1250",), "koi8-r": ("cp1251",),
}


def decode_bytes(data: bytes, declared: str | None) -> str:
    """Decode with the declared charset if it fits, else a neighbour of it, else UTF-8, else
    Windows-1252 (which, with Latin-1 behind it, always succeeds)."""
    codec = charset_codec(declared)
    candidates = [codec, *_FAMILIES.get(codec or "", ())] if codec else []
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    # A stray byte or two (a NUL turned 0x80 by a server) does not make the charset wrong.
    for lenient in dict.fromkeys([*(candidates[:1]), "utf-8"]):
        try:
            text = data.decode(lenient, errors="replace")
        except LookupError:
            continue
        if text.count("\ufffd") - data.count("\ufffd".encode()) <= max(2, len(data) // 500):
            return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_UNFOLD = re.compile(r"\s*\r?\n\s*")
_SURROGATE = re.compile("[\udc80-\udcff]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))


def _unsurrogate(text: str, headers: Headers | None = None) -> str:
    """Raw 8-bit bytes in a header arrive as surrogate escapes; decode them as well as we can
    (UTF-8 first, then the charset the message's body declares)."""
    if _SURROGATE.search(text) is None:
        return text
    data = text.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(data, headers.hint() if headers is not None else None)


def _charset_hint(msg: Message) -> str | None:
    for part in msg.walk():
        try:
            charset = part.get_content_charset()
        except Exception:
            charset = None
        if charset and charset_codec(charset):
            return charset
    return None


class Headers:
    """Raw header values by name (first occurrence, and all of them), as they came: raw 8-bit
    bytes as surrogate escapes, which header_text decodes better than the parser would."""

    def __init__(self, items: list[tuple[str, str]], hint: Callable[[], str | None]) -> None:
        self._all: dict[str, list[str]] = {}
        for key, value in items:
            self._all.setdefault(key.lower(), []).append(str(value))
        self.hint_source = hint
        self.decoded: dict[str, str] = {}

    def first(self, name: str) -> str | None:
        values = self._all.get(name.lower())
        return values[0] if values else None

    def all(self, name: str) -> list[str]:
        return self._all.get(name.lower(), [])

    def hint(self) -> str | None:
        return self.hint_source()


def header_text(headers: Headers, name: str) -> str:
    """A header as readable text: RFC 2047 words decoded, raw 8-bit bytes decoded, unfolded."""
    done = headers.decoded.get(name)
    if done is None:
        done = headers.decoded[name] = _decode_header(headers, name)
    return done


def _decode_header(headers: Headers, name: str) -> str:
    raw = headers.first(name)
    if raw is None:
        return ""
    if raw.isascii() and "=?" not in raw:  # the common case: nothing to decode
        if "\n" in raw:
            raw = _UNFOLD.sub(" ", raw)
        return raw.replace("\x00", "").strip()
    text = _unsurrogate(raw, headers)
    try:
        parts = email.header.decode_header(text)
    except Exception:
        parts = [(text, None)]
    out: list[str] = []
    for value, charset in parts:
        if isinstance(value, bytes):
            out.append(decode_bytes(value, charset))
        else:
            out.append(value)
    joined = "".join(out) if len(parts) > 1 else (out[0] if out else "")
    return _UNFOLD.sub(" ", joined).replace("\x00", "").strip()


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if payload is None:
        raw = part.get_payload()
        if isinstance(raw, str):
            payload = raw.encode("utf-8", "surrogateescape")
        else:
            return ""
    if not isinstance(payload, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(payload, charset)


def _is_attachment(part: Message) -> bool:
    try:
        disposition = (part.get("Content-Disposition") or "").lower()
    except Exception:
        disposition = ""
    return disposition.startswith("attachment")


def body_text(msg: Message) -> tuple[str, str]:
    """(text, how): the first text/plain part, else the first HTML part made text."""
    plain: str | None = None
    html: str | None = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = (part.get_content_type() or "text/plain").lower()
        if _is_attachment(part):
            continue
        if ctype == "text/plain" and plain is None:
            text = _part_text(part)
            if text.strip():
                plain = text
        elif ctype == "text/html" and html is None:
            text = _part_text(part)
            if text.strip():
                html = text
        if plain is not None:
            break
    if plain is not None:
        return plain, "text/plain"
    if html is not None:
        return html_to_text(html), "text/html"
    return "", ""


def split_new_text(text: str) -> dict[str, int]:
    """Offsets where quoted history and the signature start (the text itself is never cut)."""
    marks: dict[str, int] = {}
    quote = _QUOTE_INTRO.search(text)
    quoted_line = re.search(r"^>", text, re.MULTILINE)
    starts = [m.start() for m in (quote, quoted_line) if m and m.start() > 0]
    if starts:
        marks["quote_at"] = min(starts)
    end = marks.get("quote_at", len(text))
    signature = None
    for m in _SIGNATURE.finditer(text, 0, end):
        signature = m
    if signature and signature.start() > 0:
        marks["signature_at"] = signature.start()
    return marks


def _date(headers: Headers) -> int | None:
    for value in [header_text(headers, "Date")] + [
        m.group(1) for r in headers.all("Received")
        if (m := _RECEIVED_DATE.search(_unsurrogate(r).replace("\n", " ")))
    ]:
        if not value:
            continue
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if parsed is not None:
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=email.utils.datetime.timezone.utc)  # type: ignore[attr-defined]
            try:
                return int(parsed.timestamp())
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _message_id(value: str) -> str:
    found = re.search(r"<([^<>\s]+)>", value)
    ident = found.group(1) if found else value.strip().strip("<>")
    return ident if ident and " " not in ident and len(ident) <= 500 else ""


_BODY_NOISE = re.compile(rb"[^A-Za-z0-9\x81-\xff]+")


def body_fingerprint(data: bytes) -> bytes:
    """The raw body without what transport changes: line endings, spacing, punctuation, and
    NUL bytes, which a real IMAP server turns into 0x80."""
    unix = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    _, sep, body = unix.partition(b"\n\n")
    return _BODY_NOISE.sub(b"", body if sep else unix)


def identity(msg_id: str, sender: str, subject: str, date: str, data: bytes) -> str:
    """Message-ID (with a fingerprint of the body: some senders reuse one Message-ID for
    different messages), else a hash of sender, subject, date and body fingerprint. The same
    message read from a file, an mbox or an IMAP server gets the same identity."""
    fingerprint = body_fingerprint(data)
    if msg_id:
        return f"msgid:{msg_id}:{hashlib.sha256(fingerprint).hexdigest()[:12]}"
    head = "\x1f".join(_NON_WORD.sub("", part).casefold() for part in (sender, subject, date))
    digest = hashlib.sha256(head.encode("utf-8", "surrogatepass") + b"\x1f" + fingerprint)
    return "mailhash:" + digest.hexdigest()[:32]


def _automatic_report(msg: Message) -> str:
    if not msg.is_multipart():
        return ""
    ctype = (msg.get_content_type() or "").lower()
    if ctype == "multipart/report":
        report = msg.get_param("report-type")
        kind = f"{report} report" if isinstance(report, str) and report else "report"
        return f"an automatic {kind}, not a customer voice"
    return ""


_SIMPLE_ADDRESS = re.compile(r'^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>@\s]+@[^<>\s]+)>\s*$')
_BARE_ADDRESS = re.compile(r"^\s*([^<>@\s,;]+@[^<>@\s,;]+)\s*$")


def _address(value: str) -> tuple[str, str]:
    """(display name, address) of a From header; the common forms without the slow parser."""
    if m := _SIMPLE_ADDRESS.match(value):
        return (m.group(1) or "").strip(), m.group(2)
    if m := _BARE_ADDRESS.match(value):
        return "", m.group(1)
    return email.utils.parseaddr(value)


_HEADER_FIELD = re.compile(rb"^[\x21-\x39\x3b-\x7e]+:")
_CHARSET_PARAM = re.compile(r'charset\s*=\s*"?([^";\s]+)', re.IGNORECASE)
_SIMPLE_ENCODINGS = {"", "7bit", "8bit", "binary", "quoted-printable", "base64"}


def _simple_message(data: bytes) -> tuple[Headers, str, str] | None:
    """Most customer mail is one text/plain part: read it without the general MIME parser
    (several times faster). Anything else returns None and takes the full path."""
    split = re.search(rb"\r?\n\r?\n", data)
    if split is None:
        return None
    lines = data[: split.start()].replace(b"\r\n", b"\n").split(b"\n")
    if not lines or not _HEADER_FIELD.match(lines[0]):
        return None
    items: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and items:
            name, value = items[-1]
            items[-1] = (name, value + "\n" + line.decode("ascii", "surrogateescape"))
        elif _HEADER_FIELD.match(line):
            name, _, value = line.decode("ascii", "surrogateescape").partition(":")
            items.append((name.strip(), value.strip()))
        else:
            return None  # a broken header block: let the full parser cope
    headers = Headers(items, lambda: None)
    ctype = (headers.first("Content-Type") or "text/plain").strip()
    if not ctype.lower().startswith("text/plain"):
        return None
    encoding = (headers.first("Content-Transfer-Encoding") or "").strip().lower()
    if encoding not in _SIMPLE_ENCODINGS:
        return None
    body = data[split.end():]
    try:
        if encoding == "base64":
            body = base64.b64decode(body)
        elif encoding == "quoted-printable":
            body = quopri.decodestring(body)
    except (ValueError, binascii.Error):
        return None
    found = _CHARSET_PARAM.search(ctype)
    charset = found.group(1) if found else None
    headers.hint_source = lambda: charset
    return headers, decode_bytes(body, charset), "text/plain"


# Bounds on what one message may cost (time and memory grow with them, some faster than
# linearly in the standard library's parser): beyond them a message is a reject with the
# reason, and the import goes on. Real mail stays far inside: servers refuse messages over
# 25-50 MB, the standard allows 70 characters of MIME boundary, headers run to a few KB.
MAX_MESSAGE_BYTES = 48 * 1024 * 1024
MAX_HEADER_BYTES = 128 * 1024  # one header field, its folded lines included
MAX_HEADER_BLOCK = 1024 * 1024
MAX_BOUNDARY = 200
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD_START = re.compile(rb"\n(?![ \t])")
_LONG_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"[^"\r\n]{%d}|[^";\s]{%d})'
                            % (MAX_BOUNDARY + 1, MAX_BOUNDARY + 1), re.IGNORECASE)


def _beyond_bounds(data: bytes) -> str | None:
    """Why a message is too large to read safely, or None."""
    if len(data) > MAX_MESSAGE_BYTES:
        return (f"the message is {len(data) / 2**20:,.0f} MB; chair reads messages up to "
                f"{MAX_MESSAGE_BYTES // 2**20} MB")
    if _LONG_BOUNDARY.search(data):
        return (f"a MIME boundary is longer than {MAX_BOUNDARY} characters (the standard "
                "allows 70)")
    end = _HEADER_END.search(data, 0, MAX_HEADER_BLOCK + 4)
    block = data[: end.start() if end else MAX_HEADER_BLOCK + 1]
    starts = [0, *(m.end() for m in _FIELD_START.finditer(block)), len(block)]
    if max(b - a for a, b in itertools.pairwise(starts)) > MAX_HEADER_BYTES:
        return f"a header field is longer than {MAX_HEADER_BYTES // 1024} KB"
    if len(block) > MAX_HEADER_BLOCK:
        return f"the header does not end within {MAX_HEADER_BLOCK // 2**20} MB"
    return None


def parse_message(
    data: bytes, *, source: str, location: str, now: int,
    fallback_time: int | Callable[[], int | None] | None = None,
) -> Voice | Rejected:
    """The voice in one message. `fallback_time` (mbox From_ line, file time) is used when the
    message has no readable Date or Received time; failing that the import time, flagged."""
    raw_preview = data[:20_000].decode("utf-8", "replace")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return Rejected(location, "an Outlook .msg file (a binary format), not a MIME message; "
                        "save it from Outlook as .eml to import it", "")
    head = data[:4096]
    if head and len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) * 0.1:
        return Rejected(location, "binary data, not an email message", "")
    if (too_large := _beyond_bounds(data)) is not None:
        return Rejected(location, too_large, raw_preview[:2000])
    simple = _simple_message(data)
    if simple is not None:
        headers, text, how = simple
    else:
        try:
            msg = email.message_from_bytes(data, policy=email.policy.compat32)
        except Exception as exc:  # the stdlib parser is lenient; this is truly unparseable
            return Rejected(location, f"not readable as an email message ({exc})", raw_preview)
        report = _automatic_report(msg)
        if report:
            return Rejected(location, report, raw_preview)
        headers = Headers(list(msg.raw_items()), lambda: _charset_hint(msg))
        try:
            text, how = body_text(msg)
        except Exception as exc:  # keep the message, say what broke
            return Rejected(location, f"the message body could not be decoded ({exc})",
                            raw_preview)
    subject = header_text(headers, "Subject")
    sender = header_text(headers, "From")
    name, address = _address(sender)
    text = text.replace("\r\n", "\n").replace("\x00", "")
    if not text.strip() and not subject:
        return Rejected(location, "no readable text in the message", raw_preview)
    flags = 0
    received = _date(headers)
    if received is None:
        received = fallback_time() if callable(fallback_time) else fallback_time
    if received is None:
        received = Voice.UNKNOWN_TIME
        flags |= Voice.DATE_UNREADABLE
    msg_id = _message_id(header_text(headers, "Message-ID"))
    meta: dict[str, object] = MailHeaders(
        message_id=msg_id, sender=address or sender, to=header_text(headers, "To")[:500],
        in_reply_to=_message_id(header_text(headers, "In-Reply-To")),
        references=tuple(re.findall(r"<([^<>\s]+)>", header_text(headers, "References"))[-20:]),
    ).as_meta()
    meta["body"] = how
    meta.update(split_new_text(text))
    return new_voice(
        source=source,
        source_key=identity(
            msg_id, address or sender, subject, header_text(headers, "Date"), data
        ),
        received_at=received,
        text=text,
        channel=Channel.EMAIL,
        author=(name or address or sender)[:200],
        subject=subject[:500],
        flags=flags,
        meta={k: v for k, v in meta.items() if v},
    )
