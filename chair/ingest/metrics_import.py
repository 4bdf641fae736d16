"""Metric observations from the company's systems (CSV or JSON): validated, ratios made
ratios, re-imports replacing rather than duplicating."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from chair.domain.errors import SourceUnreadable
from chair.domain.model import MetricObservation
from chair.domain.text import fold
from chair.ingest.dates import DateReader
from chair.ingest.delimited import sniff_dialect, sniff_encoding
from chair.ingest.jsonrecords import _flatten, _iter_json
from chair.insight.areas import canonical, known_areas, matches
from chair.store import metrics as metric_store
from chair.store import voices as voice_store
from chair.store.db import transaction
from chair.store.rejects import Reject, insert_rejects

if TYPE_CHECKING:
    from chair.store.db import Database

FIELDS = {
    "period": ("period", "date", "day", "week", "month", "data", "datum", "fecha", "ngay"),
    "pillar": ("pillar", "filar", "pilier", "pilar"),
    "metric": ("metric", "name", "kpi", "measure", "metryka", "indicateur"),
    "area": ("area", "city", "region", "location", "market", "miasto", "ville", "ciudad"),
    "value": ("value", "ratio", "rate", "percent", "percentage", "wartosc", "valeur", "valor"),
    "target": ("target", "goal", "cel", "objectif", "objetivo"),
    "volume": ("volume", "orders", "customers", "total orders", "n", "sample"),
    "unit": ("unit", "units", "jednostka", "unite"),
    "count": ("count", "numerator", "hits", "successes", "good"),
    "total": ("total", "denominator", "out of", "base"),
    "direction": ("direction", "higher is better", "better"),
}
PILLAR_NAMES = {
    "price": "price", "prices": "price", "pricing": "price", "cena": "price", "ceny": "price",
    "prix": "price", "gia": "price", "preis": "price", "precio": "price",
    "selection": "selection", "assortment": "selection", "availability": "selection",
    "wybor": "selection", "asortyment": "selection", "choix": "selection", "seleccion": "selection",
    "delivery": "delivery", "shipping": "delivery", "logistics": "delivery", "dostawa": "delivery",
    "livraison": "delivery", "giao hang": "delivery", "lieferung": "delivery",
    "entrega": "delivery",
}
_RATIO_UNITS = {"", "ratio", "%", "percent", "pct", "share", "rate"}
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


@dataclass
class MetricsResult:
    source: str
    imported: int = 0
    rejected: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    # Areas of the file (as chair spells them) that match no voice's area and no place of
    # the gazetteer: a spelling to map (`chair areas map`), or a city without voices yet.
    unmatched_areas: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"source": self.source, "imported": self.imported, "rejected": self.rejected,
                "reasons": self.reasons, "unmatched_areas": self.unmatched_areas}


def _period(raw: str, dates: DateReader) -> str | None:
    """An ISO date of the period's first day, from a date, 2026-W45 or 2026-11."""
    text = raw.strip()
    if m := _WEEK.match(text):
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:
            return None
    if m := _MONTH.match(text):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:
            return None
    stamp = dates.parse(text)
    return None if stamp is None else dt.datetime.fromtimestamp(stamp, dt.UTC).date().isoformat()


def _number(raw: str) -> tuple[float | None, bool]:
    """(number, written as a percentage)."""
    text = raw.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None, False
    percent = text.endswith("%")
    text = text.rstrip("%")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text), percent
    except ValueError:
        return None, percent


def observation(record: dict[str, str], dates: DateReader) -> MetricObservation | str:
    """A valid observation, or the reason it is not one."""
    pillar = PILLAR_NAMES.get(fold(record.get("pillar", "").strip()))
    if pillar is None:
        return f"unknown pillar {record.get('pillar', '')!r} (price, selection or delivery)"
    metric = record.get("metric", "").strip()
    if not metric:
        return "no metric name"
    period = _period(record.get("period", ""), dates)
    if period is None:
        return f"unreadable date or period {record.get('period', '')!r}"
    unit = record.get("unit", "").strip().lower()
    ratio = unit in _RATIO_UNITS
    volume_raw, _ = _number(record.get("volume", ""))
    count, _ = _number(record.get("count", ""))
    total, _ = _number(record.get("total", ""))
    value, value_percent = _number(record.get("value", ""))
    if value is None and count is not None and total:
        value, volume_raw = count / total, total  # a count out of a total is a ratio
    if value is None:
        return "no value (nor a count and a total)"
    target, target_percent = _number(record.get("target", ""))
    if target is None:
        return "no target"
    if ratio:
        if value_percent or unit in ("%", "percent", "pct") or 1 < value <= 100:
            value /= 100
        if target_percent or unit in ("%", "percent", "pct") or 1 < target <= 100:
            target /= 100
        if not 0 <= value <= 1:
            return f"a ratio outside 0..100%: {record.get('value')!r}"
        if target > 1:
            return f"a target above 100%: {record.get('target')!r}"
        if target < 0:
            return f"a negative target: {record.get('target')!r}"
    volume = int(volume_raw) if volume_raw is not None else 0
    if volume < 0:
        return f"a negative volume: {record.get('volume')!r}"
    direction = fold(record.get("direction", "")).strip()
    higher = not direction.startswith(("lower", "less", "false", "no", "0", "down"))
    return MetricObservation(pillar, metric, record.get("area", "").strip(), period,
                             round(value, 6), round(target, 6), volume,
                             "ratio" if ratio else unit, higher)


def _map(keys: list[str]) -> dict[str, str]:
    """Our field -> the file's key, by name."""
    folded = {fold(k.strip()): k for k in keys}
    chosen: dict[str, str] = {}
    for fld, names in FIELDS.items():
        for name in names:
            if name in folded and folded[name] not in chosen.values():
                chosen[fld] = folded[name]
                break
    return chosen


def _records(path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """(location, record) from a CSV/TSV or a JSON/JSONL file."""
    data = path.read_bytes()
    encoding = sniff_encoding(data[:65536])
    text = data.decode(encoding, errors="replace")
    stripped = text.lstrip("\ufeff \t\r\n")
    if path.suffix.lower() in (".json", ".jsonl", ".ndjson") or stripped[:1] in "[{":
        for n, value in _iter_json(io.StringIO(stripped)):
            if isinstance(value, dict):
                yield f"{path.name}: record {n}", _flatten(value)
            else:
                yield f"{path.name}: record {n}", {}
        return
    delimiter, quoting = sniff_dialect(text[:65536])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter,
                        quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE)
    header: list[str] | None = None
    for row in reader:
        if not any(c.strip() for c in row):
            continue
        if header is None:
            header = row
            continue
        yield f"{path.name}:{reader.line_num}", dict(zip(header, row, strict=False))


def is_metrics_file(path: Path) -> bool:
    """Whether a CSV/JSON file holds metric observations rather than voices (it has pillar,
    metric and value or count columns), so one import dialog can take both."""
    if not path.is_file() or path.suffix.lower() not in (".csv", ".tsv", ".json", ".jsonl", ".txt"):
        return False
    try:
        first = next(_records_head(path), None)
    except (OSError, ValueError, csv.Error, RecursionError):
        return False  # not readable as metrics: the voice readers say what it is
    if first is None:
        return False
    mapping = _map(list(first))
    return {"pillar", "metric"} <= set(mapping) and bool({"value", "count"} & set(mapping))


def _records_head(path: Path) -> Iterator[dict[str, str]]:
    with open(path, "rb") as handle:
        head = handle.read(65536)
    text = head.decode(sniff_encoding(head), errors="replace").lstrip("\ufeff \t\r\n")
    if text[:1] in "[{":
        for _, value in _iter_json(io.StringIO(text)):
            if isinstance(value, dict):
                yield _flatten(value)
            return
        return
    delimiter, quoting = sniff_dialect(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter,
                        quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE)
    header = next(reader, None)
    if header:
        yield dict.fromkeys(header, "")


def import_metrics(db: Database, path: Path) -> MetricsResult:
    """Validate and store every observation of a file; invalid rows become rejects."""
    if not path.is_file():
        raise SourceUnreadable(f"{path}: no such file")
    result = MetricsResult(path.name)
    dates = DateReader(now=int(dt.datetime.now(dt.UTC).timestamp()))
    good: list[MetricObservation] = []
    bad: list[Reject] = []
    mapping: dict[str, str] | None = None
    try:
        for location, record in _records(path):
            if mapping is None:
                mapping = _map(list(record))
                missing = [f for f in ("pillar", "metric", "period") if f not in mapping]
                if missing:
                    raise SourceUnreadable(
                        f"{path.name}: no column for {', '.join(missing)} (columns: "
                        f"{', '.join(record)}). See README, 'Importing metrics'.")
            fields = {f: str(record.get(k, "")) for f, k in mapping.items()}
            outcome = observation(fields, dates)
            if isinstance(outcome, str):
                bad.append(Reject(path.name, location, outcome, repr(record)[:2000]))
                result.reasons[outcome] = result.reasons.get(outcome, 0) + 1
            else:
                good.append(outcome)
    except ValueError as exc:
        raise SourceUnreadable(f"{path.name}: {exc}") from exc
    # One notion of area: "Da Nang" as the voices say it, "Đà Nẵng" (chair.insight.areas).
    voice_areas = known_areas(voice_store.counts_by(db, "area"))
    spellings = {**known_areas(metric_store.areas(db)), **voice_areas}
    # Newest wins within one file too: the same pillar/metric/area/period twice is one row.
    # Two places that are one area now (districts of a city) make one ratio together.
    places: dict[tuple[str, str, str, str], dict[str, MetricObservation]] = {}
    for o in good:
        named = replace(o, area=canonical(o.area, spellings))
        places.setdefault((o.pillar, o.metric, named.area, o.period), {})[o.area] = named
    unique = [_together(list(found.values())) for found in places.values()]
    result.unmatched_areas = sorted({o.area for o in unique if not matches(o.area, voice_areas)})
    metric_store.add_observations(db, unique, source=path.name)
    with transaction(db):
        insert_rejects(db, bad)
    result.imported, result.rejected = len(good), len(bad)
    return result


def _together(parts: list[MetricObservation]) -> MetricObservation:
    """One area's observation from those of its places (a city's from its districts'): a
    ratio weighted by each place's volume (alike where none is known), the volumes added.
    Other units, which may be counts as well as averages, keep the last place's."""
    last = parts[-1]
    if len(parts) == 1 or last.unit != "ratio":
        return last
    volume = sum(p.volume for p in parts)
    weights = [p.volume for p in parts] if volume else [1] * len(parts)
    total = sum(weights)
    return replace(last, value=round(sum(p.value * w for p, w in zip(parts, weights,
                                                                     strict=True)) / total, 6),
                   target=round(sum(p.target * w for p, w in zip(parts, weights,
                                                                 strict=True)) / total, 6),
                   volume=volume)
