"""Which column holds what: presets for known exports, detection for unknown layouts, and an
explicit mapping from the user (`--map text=COLUMN,date=COLUMN`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from chair.domain.errors import ChairError
from chair.domain.text import fold

FIELDS = ("text", "date", "rating", "id", "author", "language", "title", "area", "channel")


@dataclass(frozen=True)
class Preset:
    name: str
    channel: str
    columns: Mapping[str, tuple[str, ...]]  # field -> accepted column names (folded)
    required: tuple[str, ...]  # columns whose presence identifies the export
    day_first: bool | None = None


def _names(*names: str) -> tuple[str, ...]:
    return tuple(fold(n) for n in names)


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("zendesk", "ticket", {
            "id": _names("id", "ticket id"), "title": _names("subject"),
            "text": _names("description", "comment", "latest comment"),
            "author": _names("requester", "requester name"),
            "date": _names("created at", "requested", "created"),
            "rating": _names("satisfaction score"), "language": _names("language", "locale"),
        }, _names("subject", "requester")),
        Preset("intercom", "chat", {
            "id": _names("conversation id", "id"),
            "text": _names("conversation body", "first message", "message", "body"),
            "author": _names("user name", "customer name", "contact name", "user"),
            "date": _names("created at", "conversation started at", "started at"),
            "rating": _names("conversation rating", "rating"), "title": _names("title"),
            "language": _names("language"),
        }, _names("conversation id")),
        Preset("trustpilot", "review", {
            "id": _names("review id"), "title": _names("review title"),
            "text": _names("review content", "review text"),
            "rating": _names("review stars", "stars"),
            "author": _names("reviewer name", "consumer name", "review consumer user name"),
            "date": _names("review created (utc)", "review date", "review created"),
            "language": _names("review language", "language"),
            "area": _names("reviewer country", "consumer country"),
        }, _names("review id", "review stars")),
        Preset("google-play", "review", {
            "id": _names("review link"), "title": _names("review title"),
            "text": _names("review text"), "rating": _names("star rating"),
            "date": _names("review submit date and time", "review submit millis since epoch"),
            "language": _names("reviewer language"), "author": _names("reviewer name"),
        }, _names("package name", "star rating", "review text")),
        Preset("app-store", "review", {
            "id": _names("review id", "id"), "title": _names("title", "review title"),
            "text": _names("review", "body", "content"), "rating": _names("rating", "stars"),
            "author": _names("nickname", "reviewer nickname", "reviewer", "author"),
            "date": _names("date", "last modified", "created"),
            "area": _names("territory", "storefront", "country"),
        }, _names("nickname", "rating"), day_first=False),
        Preset("cfpb", "complaint", {
            "id": _names("complaint id"), "text": _names("consumer complaint narrative"),
            "title": _names("issue"), "date": _names("date received"),
            "area": _names("state"), "channel": _names("submitted via"),
        }, _names("complaint id", "consumer complaint narrative"), day_first=False),
    )
}

# Column names an unknown layout may use, in several languages (folded, no diacritics).
GUESSES: dict[str, tuple[str, ...]] = {
    "text": _names(
        "text", "body", "message", "comment", "comments", "review", "review text", "content",
        "description", "narrative", "complaint", "feedback", "verbatim", "tresc", "treść",
        "komentarz", "opinia", "wiadomosc", "commentaire", "avis", "message client",
        "noi dung", "binh luan", "danh gia", "kommentar", "bewertung", "nachricht", "texto",
        "comentario", "mensaje", "opinion", "note", "notes"),
    "date": _names(
        "date", "created", "created at", "created_at", "timestamp", "time", "submitted",
        "submitted at", "received", "date received", "sent", "datetime", "data", "date de creation",
        "ngay", "thoi gian", "datum", "fecha", "updated at"),
    "rating": _names("rating", "stars", "star rating", "score", "ocena", "note /5", "sao",
                     "bewertung sterne", "puntuacion", "nps"),
    "id": _names("id", "ticket id", "review id", "uuid", "message id", "record id", "number",
                 "nr", "numer", "ma", "identifiant"),
    "author": _names("author", "name", "customer", "customer name", "reviewer", "user",
                     "user name", "username", "requester", "from", "sender", "nick", "nickname",
                     "klient", "autor", "nom", "client", "ten", "khach hang", "kunde", "cliente"),
    "language": _names("language", "lang", "locale", "jezyk", "langue", "ngon ngu", "sprache",
                       "idioma"),
    "title": _names("title", "subject", "summary", "headline", "topic", "temat", "tytul",
                    "titre", "sujet", "tieu de", "chu de", "betreff", "titel", "asunto"),
    "area": _names("city", "area", "region", "location", "town", "miasto", "ville",
                   "thanh pho", "stadt", "ciudad", "store", "market"),
    "channel": _names("channel", "source", "kanal", "canal", "kenh"),
}


@dataclass
class ColumnMap:
    """Field -> column index, plus how it was decided (for messages)."""

    columns: dict[str, int] = field(default_factory=dict)
    preset: str = ""
    channel: str = ""
    day_first: bool | None = None


def parse_map_option(text: str) -> dict[str, str]:
    """`text=Body,date=Created` -> {"text": "Body", "date": "Created"}; unknown fields fail."""
    result: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, column = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in FIELDS or not column.strip():
            raise ValueError(
                f"--map takes FIELD=COLUMN pairs with FIELD one of {', '.join(FIELDS)}; "
                f"not {part!r}"
            )
        result[key] = column.strip()
    return result


def _column_index(header: Sequence[str], column: str) -> int | None:
    if column.isdigit() and 1 <= int(column) <= len(header):
        return int(column) - 1
    wanted = fold(column.strip())
    for i, name in enumerate(header):
        if fold(name.strip()) == wanted:
            return i
    return None


def detect_preset(header: Sequence[str]) -> Preset | None:
    """The known export these columns are: all its identifying columns present, or, for
    an export whose tool left one out (a Trustpilot export without "Review Id"), at least
    three of its own column names that no other file uses ("Review Stars", "Review Created
    (UTC)"), its text among them."""
    names = {fold(h.strip()) for h in header}
    for preset in PRESETS.values():
        if all(r in names for r in preset.required):
            return preset
    generic = {n for guesses in GUESSES.values() for n in guesses}
    best, best_score = None, 0
    for preset in PRESETS.values():
        own = {fld for fld, accepted in preset.columns.items()
               if any(n in names and n not in generic for n in accepted)}
        if "text" in own and len(own) >= 3 and len(own) > best_score:
            best, best_score = preset, len(own)
    return best


def map_columns(
    header: Sequence[str],
    samples: Sequence[Sequence[str]],
    *,
    preset_name: str | None = None,
    explicit: Mapping[str, str] | None = None,
) -> ColumnMap:
    """Decide which column is which: explicit > preset > names > content."""
    mapping = ColumnMap()
    folded = [fold(h.strip()) for h in header]
    preset = PRESETS.get(preset_name or "") if preset_name else detect_preset(header)
    if preset_name and preset is None:
        raise ChairError(f"Unknown preset {preset_name!r}; known: {', '.join(PRESETS)}")
    if preset:
        mapping.preset, mapping.channel, mapping.day_first = (
            preset.name, preset.channel, preset.day_first)
        for fld, names in preset.columns.items():
            for name in names:
                if name in folded:
                    mapping.columns.setdefault(fld, folded.index(name))
                    break
    for fld, names in GUESSES.items():
        if fld in mapping.columns:
            continue
        for name in names:
            if name in folded and folded.index(name) not in mapping.columns.values():
                mapping.columns[fld] = folded.index(name)
                break
    if "text" not in mapping.columns:
        guessed = _guess_text_column(samples, set(mapping.columns.values()))
        if guessed is not None:
            mapping.columns["text"] = guessed
    if "id" not in mapping.columns and not any(folded):
        guessed = _guess_id_column(samples, set(mapping.columns.values()))
        if guessed is not None:
            mapping.columns["id"] = guessed
    for fld, column in (explicit or {}).items():
        index = _column_index(header, column)
        if index is None:
            raise ChairError(f"--map {fld}={column}: there is no column {column!r}; the "
                             f"columns are: {', '.join(h or '?' for h in header)}")
        mapping.columns[fld] = index
    return mapping


_WORDS = re.compile(r"[^\W\d_]{2,}")


def _guess_text_column(samples: Sequence[Sequence[str]], taken: set[int]) -> int | None:
    """The column with the most words per row: that is where people wrote."""
    best, best_score = None, 0.0
    width = max((len(r) for r in samples), default=0)
    for col in range(width):
        if col in taken:
            continue
        values = [r[col] for r in samples if col < len(r)]
        if not values:
            continue
        score = sum(len(_WORDS.findall(v)) for v in values) / len(values)
        if score > best_score:
            best, best_score = col, score
    return best if best_score >= 2 else None


def _guess_id_column(samples: Sequence[Sequence[str]], taken: set[int]) -> int | None:
    """A short, unique, space-free first columns (1, 1_3, A-1042) in a headerless file."""
    width = max((len(r) for r in samples), default=0)
    for col in range(min(width, 2)):
        if col in taken:
            continue
        values = [r[col].strip() for r in samples if col < len(r)]
        if (values and len(set(values)) == len(values)
                and all(0 < len(v) <= 40 and " " not in v for v in values)
                and not all(re.fullmatch(r"-?\d+\.\d+", v) for v in values)):
            return col
    return None


_DATEISH = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")


def looks_like_header(row: Sequence[str], next_rows: Sequence[Sequence[str]],
                      named: Sequence[str] = ()) -> bool:
    """A first row of short labels, unlike the rows under it, is a header (or the row that
    holds the column names the user gave)."""
    cells = [c.strip() for c in row]
    wanted = [fold(n) for n in named if not n.isdigit()]
    if wanted and all(w in {fold(c) for c in cells} for w in wanted):
        return True
    if not cells or any(len(c) > 60 for c in cells):
        return False
    if any(re.fullmatch(r"[-+]?\d+([.,]\d+)?", c) for c in cells if c):
        return False
    if sum(1 for c in cells if c) < max(1, len(cells) // 2):
        return False
    known = {n for names in GUESSES.values() for n in names}
    known |= {n for p in PRESETS.values() for names in p.columns.values() for n in names}
    if any(fold(c) in known for c in cells):
        return True
    # Otherwise: the rows below have something longer or numeric where the label is.
    for other in next_rows[:20]:
        for a, b in zip(cells, other, strict=False):
            b = b.strip()
            if len(b) > 60 or (re.fullmatch(r"[-+]?\d+([.,]\d+)?", b)
                               and not re.fullmatch(r"[-+]?\d+([.,]\d+)?", a)):
                return True
            if _DATEISH.match(b) and not _DATEISH.match(a):
                return True
    return False
