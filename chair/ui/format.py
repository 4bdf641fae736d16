"""Small formatting helpers shared by widgets: ages, percentages, pillar colours."""

from __future__ import annotations

import time

PILLAR_COLORS = {
    "price": "#2f7d6d",
    "selection": "#6a5acd",
    "delivery": "#c0672b",
    "other": "#7a7f87",
}
PILLAR_NAMES = {
    "price": "Price", "selection": "Selection", "delivery": "Delivery", "other": "Other",
}  # fmt: skip
CHANNEL_GLYPHS = {
    "email": "✉", "review": "★", "ticket": "▣", "chat": "❝", "social": "#", "survey": "☑",
}  # fmt: skip


def age(ts: int, now: float | None = None) -> str:
    """'now', '5 min', '3 h', '2 d', '6 w' — short enough for a feed row."""
    seconds = max(0, int((now if now is not None else time.time()) - ts))
    if seconds < 60:
        return "now"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    if seconds < 14 * 86400:
        return f"{seconds // 86400} d"
    return f"{seconds // (7 * 86400)} w"


def percent(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value * 100:.{digits}f}%"
