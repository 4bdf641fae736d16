"""Reading the dates people and tools write: ISO, d/m/y and m/d/y (decided per file), epoch
seconds or milliseconds, month names, and relative phrases ("3 days ago", "wczoraj")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from email.utils import parsedate_to_datetime

UTC = dt.UTC

_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|UTC|[+-]\d{2}:?\d{2})?)?$",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$",
    re.IGNORECASE,
)
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WORDY = re.compile(r"^(?:(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})|([a-z]{3})[a-z]*\.?\s+"
                    r"(\d{1,2}),?\s+(\d{4}))(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$",
                    re.IGNORECASE)

_UNITS = {
    "second": 1, "sec": 1, "s": 1, "minute": 60, "min": 60, "m": 60, "hour": 3600, "hr": 3600,
    "h": 3600, "day": 86400, "d": 86400, "week": 604800, "w": 604800, "month": 2592000,
    "year": 31536000,
    # Polish, French, Vietnamese, German, Spanish
    "sekund": 1, "minut": 60, "godzin": 3600, "dzień": 86400, "dni": 86400, "tydzień": 604800,
    "tygodni": 604800, "miesiąc": 2592000, "miesięcy": 2592000, "miesiące": 2592000,
    "seconde": 1, "heure": 3600, "jour": 86400, "semaine": 604800, "mois": 2592000, "an": 31536000,
    "giây": 1, "phút": 60, "giờ": 3600, "ngày": 86400, "tuần": 604800, "tháng": 2592000,
    "năm": 31536000, "sekunde": 1, "minute(n)": 60, "stunde": 3600, "tag": 86400, "woche": 604800,
    "segundo": 1, "minuto": 60, "hora": 3600, "día": 86400, "semana": 604800, "mes": 2592000,
}
_RELATIVE = re.compile(
    r"^(?:il y a|vor|hace|hace unos|cách đây)?\s*(\d+|an?|one|un|une|jeden)\s+([^\W\d_]+)\.?"
    r"\s*(?:ago|temu|trước|atrás)?$",
    re.IGNORECASE,
)
_DAY_WORDS = {
    "today": 0, "now": 0, "just now": 0, "dzisiaj": 0, "dziś": 0, "aujourd'hui": 0,
    "hôm nay": 0, "heute": 0, "hoy": 0, "yesterday": 1, "wczoraj": 1, "hier": 1,
    "hôm qua": 1, "gestern": 1, "ayer": 1, "przedwczoraj": 2, "avant-hier": 2, "hôm kia": 2,
    "vorgestern": 2, "anteayer": 2,
}


def _hour(hour: str | None, ampm: str | None) -> int:
    h = int(hour or 0)
    if ampm:
        h = h % 12 + (12 if ampm.lower() == "pm" else 0)
    return h


def _tz(text: str | None) -> dt.tzinfo:
    if not text or text.upper() in ("Z", "UTC"):
        return UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _stamp(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0,
           tz: dt.tzinfo = UTC) -> int | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return int(dt.datetime(year, month, day, hour, minute, second, tzinfo=tz).timestamp())
    except ValueError:
        return None


def _relative(text: str, now: int) -> int | None:
    low = text.strip().lower()
    if low in _DAY_WORDS:
        return now - _DAY_WORDS[low] * 86400
    m = _RELATIVE.match(low)
    if not m:
        return None
    amount = 1 if not m.group(1).isdigit() else int(m.group(1))
    word = m.group(2)
    for unit, seconds in _UNITS.items():
        if word == unit or (len(unit) > 2 and word.startswith(unit)):
            return now - amount * seconds
    return None


class DateReader:
    """Parses one file's dates. Whether 03/04/2024 is March or April is decided once for the
    file, from the dates that cannot be both (a day above 12), not row by row."""

    def __init__(self, *, now: int, day_first: bool | None = None) -> None:
        self.now = now
        self.day_first = day_first

    def learn(self, samples: Iterable[str]) -> None:
        """Settle day/month order from sample values (if they say anything)."""
        if self.day_first is not None:
            return
        votes_day = votes_month = 0
        for raw in samples:
            m = _NUMERIC.match(raw.strip())
            if not m:
                continue
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                votes_day += 1
            elif b > 12 >= a:
                votes_month += 1
        if votes_day or votes_month:
            self.day_first = votes_day >= votes_month

    def parse(self, raw: str | None) -> int | None:
        """Epoch seconds (UTC) of `raw`, or None when it is not a readable date."""
        if raw is None:
            return None
        text = str(raw).strip()
        if not text:
            return None
        if _EPOCH.match(text):
            value = float(text)
            return int(value / 1000) if value > 1e11 else int(value)
        if m := _ISO.match(text):
            try:  # most exports write the standard form: read in C
                parsed = dt.datetime.fromisoformat(text)
            except ValueError:  # "2024-3-5", "2024-03-05 10:00 UTC": the long way
                parsed = None
            if parsed is not None:
                if parsed.tzinfo is None:
                    parsed = parsed.replace(tzinfo=UTC)
                return int(parsed.timestamp())
            y, mo, d, h, mi, s, tz = m.groups()
            return _stamp(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), _tz(tz))
        if m := _NUMERIC.match(text):
            a, b, y, h, mi, s, ampm = m.groups()
            first, second = int(a), int(b)
            day_first = self.day_first if self.day_first is not None else first > 12
            day, month = (first, second) if day_first else (second, first)
            return _stamp(int(y), month, day, _hour(h, ampm), int(mi or 0), int(s or 0))
        if m := _WORDY.match(text):
            d1, mon1, y1, mon2, d2, y2, h, mi, s, ampm = m.groups()
            month_number = _MONTHS.get((mon1 or mon2).lower())
            if month_number:
                return _stamp(int(y1 or y2), month_number, int(d1 or d2), _hour(h, ampm),
                              int(mi or 0), int(s or 0))
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
        if parsed is not None:
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=UTC)
            return int(parsed.timestamp())
        return _relative(text, self.now)
