"""Turning one exported record (a CSV row, a JSON object) into a Voice or a Rejected."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from chair.domain.model import Voice
from chair.ingest.dates import DateReader
from chair.ingest.model import Rejected
from chair.insight.classification import new_voice

_LANGUAGE_NAMES = {
    "english": "en", "polish": "pl", "polski": "pl", "french": "fr", "français": "fr",
    "francais": "fr", "vietnamese": "vi", "tiếng việt": "vi", "german": "de", "deutsch": "de",
    "spanish": "es", "español": "es", "hebrew": "he", "arabic": "ar",
}
_STARS = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*(?:/\s*(5|10|100))?\s*(?:stars?|★)?\s*$", re.I)
META_LIMIT = 500


@lru_cache(maxsize=256)  # an export has a handful of distinct values in this column
def language_code(value: str) -> str:
    v = value.strip().lower()
    if not v:
        return ""
    if v in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[v]
    m = re.match(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)?$", v)
    return m.group(1) if m else ""


def rating_value(value: str) -> float | None:
    """A 1-5 star rating from '4', '4.5', '4/5', '8/10', '★★★★', '80/100'."""
    v = value.strip()
    if not v:
        return None
    if v.isdigit():  # the common case, without the regular expression
        whole = int(v)
        if whole <= 5:
            return float(whole)
        if whole <= 10:
            return whole / 2
        return round(whole / 20, 2) if whole <= 100 else None
    if set(v) <= {"★", "☆", " "} and "★" in v:
        return float(v.count("★"))
    m = _STARS.match(v)
    if not m:
        return None
    number = float(m.group(1).replace(",", "."))
    scale = float(m.group(2)) if m.group(2) else (5.0 if number <= 5 else 10.0 if number <= 10
                                                  else 100.0)
    rating = number / scale * 5
    return round(rating, 2) if 0 <= rating <= 5 else None


def _digest(text: str, fields: Mapping[str, str]) -> str:
    """What identified a record without an id in earlier versions (see RecordBuilder.build): its
    text, date, author and title as mapped, so a different mapping made a different key."""
    parts = (text, fields.get("date") or "", fields.get("author") or "", fields.get("title") or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def whole_digest(identity: str) -> str:
    """What identifies a record without an id: all of it (a CSV row's every cell, a JSON
    record's every field), however its fields are mapped. "w" tells it from a digest of the
    mapped fields (hexadecimal), which keys made before it hold."""
    return "w" + hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:31]


class RecordBuilder:
    """Builds voices for one source; remembers exact repeats so each keeps its own key."""

    def __init__(self, *, source: str, namespace: str, channel: str, dates: DateReader,
                 now: int) -> None:
        self.source = source
        self.namespace = namespace
        self.channel = channel
        self.dates = dates
        self.now = now
        self._seen: Counter[str] = Counter()

    def __getstate__(self) -> dict[str, object]:
        # A builder sent to another process builds records counted here (see count).
        return {**self.__dict__, "_seen": Counter()}

    def count(self, fields: Mapping[str, str], identity: str) -> int | None:
        """Count a record in file order: for one without an id, which repeat of it this is
        (1 for the first); None for a record with an id or without text, which build keys
        (or rejects) without counting. `identity`: the whole record, as for build."""
        text = (fields.get("text") or "").strip("\ufeff")
        if not text.strip() or (fields.get("id") or "").strip():
            return None
        digest = whole_digest(identity)
        self._seen[digest] += 1
        return self._seen[digest]

    def build(
        self, fields: Mapping[str, str], location: str, *, extra: Mapping[str, str] = (),  # type: ignore[assignment]
        raw: str = "", text_label: str = "text", occurrence: int | None = None,
        identity: str, alias: str | None = None,
    ) -> Voice | Rejected:
        """The voice of one record, or why it is rejected. `occurrence`: which repeat of its
        record one without an id is, when it was counted elsewhere (see count).

        Its key: the export's namespace and the record's id, or, for one without an id, a
        digest of `identity` (the whole record as read, so that importing the file again
        with another mapping finds the same keys). `alias`: the namespace that earlier
        versions gave these records, when it was another; with the digest of the mapped
        fields that they used, it makes the voice's alias_key, so a store filled then gets
        no duplicates."""
        text = (fields.get("text") or "").strip("\ufeff")
        if not text.strip():
            return Rejected(location, f"no customer text (the {text_label} is empty)", raw)
        flags = 0
        # Names and values beside the text are kept within bounds (a damaged header cell of
        # megabytes would otherwise be copied into every voice).
        meta: dict[str, object] = {k[:200]: v[:META_LIMIT] for k, v in extra.items() if v}
        received = self.dates.parse(fields.get("date"))
        if received is None:
            # Imported and flagged, never dropped for a bad date; never shown as new either.
            flags |= Voice.DATE_UNREADABLE
            if fields.get("date"):
                meta["unreadable_date"] = fields["date"][:100]
            received = Voice.UNKNOWN_TIME
        ident = (fields.get("id") or "").strip()
        if ident:
            key = f"{self.namespace}#{ident}"
            alias_key = f"{alias}#{ident}" if alias and alias != self.namespace else ""
        else:
            digest = whole_digest(identity)
            if occurrence is None:
                occurrence = self._seen[digest] = self._seen[digest] + 1
            key = f"{self.namespace}~{digest}~{occurrence}"
            alias_key = f"{alias or self.namespace}~{_digest(text, fields)}~{occurrence}"
        rating_raw = fields.get("rating") or ""
        rating = rating_value(rating_raw)
        if rating_raw and rating is None:
            meta["rating_raw"] = rating_raw[:50]
        channel = (fields.get("channel") or "").strip().lower() or self.channel
        return new_voice(
            source=self.source,
            source_key=key,
            received_at=received,
            text=text,
            channel=channel,
            language=language_code(fields.get("language") or ""),
            author=(fields.get("author") or "").strip()[:200],
            subject=(fields.get("title") or "").strip()[:500],
            area=(fields.get("area") or "").strip()[:100],
            rating=rating,
            flags=flags,
            meta=meta,
            alias_key=alias_key,
        )
