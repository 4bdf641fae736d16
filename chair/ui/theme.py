"""Themes (light, dark, high contrast; system follows the OS) and the text scale, applied to
the whole application at once."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from chair.config.paths import resource

THEMES = ("system", "light", "dark", "contrast")
_BASE_POINT_SIZE: float | None = None
# Before apply():
_DEFAULTS = {"alarm": "#b3261e", "muted": "#5b616b", "text": "#1f2328", "safe": "#1b6e3a"}
_COLORS: dict[str, str] = {}


def resolve(theme: str) -> str:
    if theme != "system":
        return theme if theme in THEMES else "light"
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply(app: QApplication, theme: str = "system", font_scale: float = 1.0) -> str:
    """Set palette, style sheet and font size; returns the theme actually used."""
    global _BASE_POINT_SIZE
    name = resolve(theme)
    colors = json.loads(resource("style", "themes.json").read_text(encoding="utf-8"))[name]
    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window", QPalette.ColorRole.Base: "base",
        QPalette.ColorRole.AlternateBase: "alternate", QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.WindowText: "text", QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.Button: "base", QPalette.ColorRole.Highlight: "selection",
        QPalette.ColorRole.HighlightedText: "text", QPalette.ColorRole.Mid: "mid",
        QPalette.ColorRole.PlaceholderText: "placeholder", QPalette.ColorRole.ToolTipBase: "base",
        QPalette.ColorRole.ToolTipText: "text", QPalette.ColorRole.Link: "accent",
        QPalette.ColorRole.Dark: "muted",
    }
    for role, key in roles.items():
        palette.setColor(role, QColor(colors[key]))
    app.setPalette(palette)
    sheet = resource("style", "chair.qss").read_text(encoding="utf-8")
    for key in sorted(colors, key=len, reverse=True):  # "@noticeborder" before "@notice"
        sheet = sheet.replace(f"@{key}", colors[key])
    scale = max(0.75, min(font_scale, 2.5))
    # The sheet's sizes (headline numbers, titles) grow with the text: the hierarchy holds.
    sheet = re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m.group(1)) * scale:g}pt", sheet)
    app.setStyleSheet(sheet)
    if _BASE_POINT_SIZE is None:
        _BASE_POINT_SIZE = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    font = QFont(app.font())
    font.setPointSizeF(_BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setProperty("chairTheme", name)
    _COLORS.clear()
    _COLORS.update(colors)
    return name


def color(key: str) -> str:
    """A colour of the theme in use (e.g. "alarm" for what is overdue or off target)."""
    return _COLORS.get(key) or _DEFAULTS[key]


def pillar_color(pillar: str) -> str:
    """A pillar's colour for text and lines on the theme's background (legible on it: the
    chips' white-on-colour keep the fixed PILLAR_COLORS)."""
    return _COLORS.get(f"pillar_{pillar}") or _DEFAULTS.get(f"pillar_{pillar}") or color("muted")
