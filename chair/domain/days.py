"""Days as integers (days since 1970-01-01, UTC): how metrics and rollups count time."""

from __future__ import annotations

import datetime as dt

_EPOCH = dt.date(1970, 1, 1).toordinal()


def day_number(period: str) -> int:
    """Days since 1970-01-01 of an ISO date (the first day of a longer period)."""
    return dt.date.fromisoformat(period[:10]).toordinal() - _EPOCH


def day_date(day: int) -> dt.date:
    return dt.date.fromordinal(day + _EPOCH)
