"""Small formatting helpers shared by widgets: names, ages, numbers, dates and pillar colours,
all in the interface's language and locale; and outside text shown as text, never as markup."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel

from chair.domain.i18n import QT_TRANSLATE_NOOP, fill
from chair.domain.model import PILLAR_NAMES, Voice
from chair.ui.i18n import translate

PILLAR_COLORS = {
    "price": "#2f7d6d",
    "selection": "#6a5acd",
    "delivery": "#c0672b",
    "other": "#7a7f87",
}
CHANNEL_GLYPHS = {
    "email": "✉", "review": "★", "ticket": "▣", "chat": "❝", "social": "#", "survey": "☑",
}
CHANNEL_NAMES = {
    "email": QT_TRANSLATE_NOOP("Channel", "email"),
    "review": QT_TRANSLATE_NOOP("Channel", "review"),
    "ticket": QT_TRANSLATE_NOOP("Channel", "ticket"),
    "chat": QT_TRANSLATE_NOOP("Channel", "chat"),
    "social": QT_TRANSLATE_NOOP("Channel", "social"),
    "survey": QT_TRANSLATE_NOOP("Channel", "survey"),
}

arg = fill  # Qt's %1, %2… filled in; the interface's code calls it `arg`, as Qt does


def pillar_name(key: str) -> str:
    """'Delivery', 'Dostawa', 'Livraison', 'Giao hàng' — the pillar as the interface names it."""
    return translate("Pillar", PILLAR_NAMES[key]) if key in PILLAR_NAMES else key


def channel_name(key: str) -> str:
    return translate("Channel", CHANNEL_NAMES[key]) if key in CHANNEL_NAMES else key


def number(n: int | float) -> str:
    """840, 12,840 / 12 840 / 12.840 as the locale groups digits."""
    return QLocale().toString(round(n))


def decimal(value: float, digits: int = 1) -> str:
    return QLocale().toString(float(value), "f", digits)


def percent(value: float | None, digits: int = 1) -> str:
    """99.3% / 99,3 % — the locale's decimal mark, the language's way of writing percent."""
    if value is None:
        return "–"
    return arg(translate("Format", "%1%"), decimal(value * 100, digits))


def age(ts: int, now: float | None = None) -> str:
    """'now', '5 min', '3 h', '2 d', '6 w' — short enough for a feed row."""
    seconds = max(0, int((now if now is not None else time.time()) - ts))
    if seconds < 60:
        return translate("Age", "now")
    if seconds < 3600:
        return translate("Age", "%n min", None, seconds // 60)
    if seconds < 86400:
        return translate("Age", "%n h", None, seconds // 3600)
    if seconds < 14 * 86400:
        return translate("Age", "%n d", None, seconds // 86400)
    return translate("Age", "%n w", None, seconds // (7 * 86400))


def ago(ts: int, now: float | None = None) -> str:
    """'5 min ago', 'il y a 5 min', '5 phút trước'."""
    seconds = max(0, int((now if now is not None else time.time()) - ts))
    if seconds < 60:
        return translate("Age", "just now")
    return arg(translate("Age", "%1 ago"), age(ts, now))


def voice_age(voice: Voice) -> str:
    """A feed row's age of a voice; "date unknown" when its source gave no date."""
    return age(voice.received_at) if voice.date_known else translate("Age", "date unknown")


def voice_ago(voice: Voice) -> str:
    return ago(voice.received_at) if voice.date_known else translate("Age", "date unknown")


def voice_date_time(voice: Voice) -> str:
    return date_time(voice.received_at) if voice.date_known else translate("Age", "date unknown")


def _when(ts: float) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(ts))


def date(ts: float) -> str:
    """'23 Nov 2026' in the locale's words: the one style of a date beside 'Mon 23 Nov' and
    'Mon 23 Nov 2026, 00:40' (numeric dates read differently in every country)."""
    return QLocale().toString(_when(ts).date(), translate("Format", "d MMM yyyy"))


def date_time(ts: float) -> str:
    """'Mon 23 Nov 2026, 00:40' in the locale's words and clock."""
    when = _when(ts)
    day_part = QLocale().toString(when.date(), translate("Format", "ddd d MMM yyyy"))
    return f"{day_part}, {time_of_day(ts)}"


def day(ts: float) -> str:
    """'Mon 23 Nov' in the locale's words, for due dates."""
    return QLocale().toString(_when(ts).date(), translate("Format", "ddd d MMM"))


def long_day(ts: float) -> str:
    """'Monday, 23 November 2026' as the locale writes a full date."""
    return QLocale().toString(_when(ts).date(), QLocale.FormatType.LongFormat)


def time_of_day(ts: float) -> str:
    return QLocale().toString(_when(ts).time(), QLocale.FormatType.ShortFormat)


# Outside text (a voice, a subject, an author, a city, an owner, a file name, an error that
# quotes one) is shown as written. Qt guesses otherwise: a label in its default format and
# every tooltip draw text that looks like HTML as HTML, so a CSV cell could put a green
# "Safe to share" on the meeting screen or load a local file as an image.


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text exactly as written, whatever it looks like."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich_label(text: str = "") -> QLabel:
    """A label whose markup the app writes itself; outside text goes in html.escape'd."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def tip(text: str) -> str:
    """A tooltip that shows `text` as written, line breaks kept. Qt reads a tooltip as markup
    whenever its first line looks like markup; this one is always markup, with the text
    escaped inside."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""
