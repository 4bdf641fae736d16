"""Voices stored with unreadable characters, mended by a clean reading of the same record."""

from __future__ import annotations

import re
import sqlite3

from chair.domain.model import Voice

_DAMAGED = Voice.TEXT_DAMAGED
_KEEP_FLAGS = Voice.PILLAR_MANUAL | Voice.AREA_MANUAL
_UNREADABLE = re.compile("\ufffd+")


def namespace_of(key: str) -> str:
    """The part of a key that names the export ("csv:3f2a…" of "csv:3f2a…~digest~1")."""
    return key.split("~", 1)[0] if "~" in key else key.rsplit("#", 1)[0]


def _whole(row: tuple[object, ...]) -> str:
    return f"{row[5]}\x1f{row[6]}\x1f{row[7]}"


class _Damaged:
    """A voice stored with unreadable characters, and what a clean reading of it looks like:
    its readable parts in order, each run of U+FFFD standing for a few characters."""

    def __init__(self, vid: int, key: str, flags: int, whole: str) -> None:
        self.id, self.key, self.flags = vid, key, flags
        parts = _UNREADABLE.split(whole)
        runs = [len(m) for m in _UNREADABLE.findall(whole)]
        gaps = zip(runs, parts[1:], strict=True)
        pattern = re.escape(parts[0]) + "".join(f".{{1,{4 * n}}}" + re.escape(p) for n, p in gaps)
        self.pattern = re.compile(pattern, re.DOTALL)
        self.head, self.tail = parts[0][:12], parts[-1][-12:]


def repair(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> int:
    """Voices stored with unreadable characters (a bad byte in the file) take the text of a
    clean reading of the same record: a corrected file imported again. The record is found
    by its key, or, where the key was made from the text, by the readable rest of the text.
    The clean row then adds nothing new. A user's corrections of pillar and area stay; the
    update triggers re-index the text."""
    # Both reads use the partial index voices_damaged (they name its very condition).
    anything = conn.execute(f"SELECT 1 FROM voices WHERE flags & {_DAMAGED} != 0 LIMIT 1"
                            ).fetchone()
    if anything is None:
        return 0  # the common case: nothing stored damaged, nothing to look up
    clean = [r for r in rows if not int(r[14]) & _DAMAGED]  # type: ignore[call-overload]
    namespaces = {namespace_of(str(r[1])) for r in clean}
    damaged: dict[str, list[_Damaged]] = {}
    for vid, key, flags, author, subject, text in conn.execute(
        "SELECT id, source_key, flags, author, subject, text FROM voices "
        f"WHERE flags & {_DAMAGED} != 0"
    ):
        if namespace_of(key) in namespaces:
            item = _Damaged(vid, key, flags, f"{author}\x1f{subject}\x1f{text}")
            damaged.setdefault(namespace_of(key), []).append(item)
    repaired = 0
    for r in clean:
        candidates = damaged.get(namespace_of(str(r[1])), [])
        whole = _whole(r)
        found = next((d for d in candidates if d.key == r[1]), None) or next(
            (d for d in candidates if whole.startswith(d.head) and whole.endswith(d.tail)
             and d.pattern.fullmatch(whole)), None)
        if found is None or (found.key != r[1] and conn.execute(
                "SELECT 1 FROM voices WHERE source_key = ?", [r[1]]).fetchone()):
            continue  # (read cleanly before as well: the two stay apart)
        candidates.remove(found)
        manual_pillar = found.flags & Voice.PILLAR_MANUAL
        manual_area = found.flags & Voice.AREA_MANUAL
        conn.execute(
            "UPDATE voices SET source_key = ?, author = ?, subject = ?, text = ?, language = ?, "
            "meta = ?, flags = ?, pillar = CASE WHEN ? THEN pillar ELSE ? END, "
            "pillars = CASE WHEN ? THEN pillars ELSE ? END, "
            "confidence = CASE WHEN ? THEN confidence ELSE ? END, "
            "area = CASE WHEN ? THEN area ELSE ? END, twin = ?, "
            "complaints = CASE WHEN ? THEN complaints ELSE ? END WHERE id = ?",
            [r[1], r[5], r[6], r[7], r[4], r[15],
             (found.flags & _KEEP_FLAGS) | (int(r[14]) & ~_KEEP_FLAGS),  # type: ignore[call-overload]
             manual_pillar, r[8], manual_pillar, r[9], manual_pillar, r[13], manual_area, r[10],
             r[17], manual_pillar, r[19], found.id],
        )
        repaired += 1
    return repaired
