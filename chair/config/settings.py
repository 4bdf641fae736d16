"""Settings: a documented schema (name, type, default, one sentence) stored as JSON.

Secrets never live here: passwords go to the OS keyring through chair.config.secrets.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chair.config.paths import settings_path
from chair.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    type: type
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()

    @property
    def group(self) -> str:
        return self.name.split(".", 1)[0]


SCHEMA: tuple[Option, ...] = (
    Option("ui.theme", str, "system",
           QT_TRANSLATE_NOOP("Settings", "Light, dark or high contrast; or as the system is set."),
           ("system", "light", "dark", "contrast")),
    Option("ui.font_scale", float, 1.0,
           QT_TRANSLATE_NOOP("Settings", "Scale of all text, for big rooms and small laptops.")),
    Option("ui.language", str, "",
           QT_TRANSLATE_NOOP("Settings", "chair speaks English, Polish, French and Vietnamese."),
           ("", "en", "pl", "fr", "vi")),
    Option("ui.redact", bool, True,
           QT_TRANSLATE_NOOP("Settings", "Names, emails, phones, order and card numbers are hidden "
                             "when chair starts (meeting mode always hides them).")),
    Option("redaction.order_patterns", list, [],
           QT_TRANSLATE_NOOP("Settings", "Regular expressions of your order numbers.")),
    Option("escalation.response_days", int, 3,
           QT_TRANSLATE_NOOP("Settings", "Days an owner has to answer a '?'.")),
    Option("escalation.sender", str, "",
           QT_TRANSLATE_NOOP("Settings", "Name shown as the sender of '?' forwards.")),
    Option("escalation.remind", bool, True,
           QT_TRANSLATE_NOOP("Settings", "Email each owner of an overdue '?' a reminder, once a "
                             "day at most (needs the SMTP server below).")),
    Option("digest.to", str, "",
           QT_TRANSLATE_NOOP("Settings", "Who gets the weekly digest (the pre-read by email): "
                             "addresses separated by commas; empty sends none.")),
    Option("digest.day", str, "monday",
           QT_TRANSLATE_NOOP("Settings", "The day the weekly digest goes out."),
           ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
    Option("digest.hour", int, 8,
           QT_TRANSLATE_NOOP("Settings", "From which hour of that day (`chair digest "
                             "--if-due`, run each hour by a scheduled task, sends it).")),
    Option("smtp.host", str, "",
           QT_TRANSLATE_NOOP("Settings", "SMTP server for '?' forwards; empty means forwards are off.")),
    Option("smtp.port", int, 587,
           QT_TRANSLATE_NOOP("Settings", "Usually 587 (STARTTLS) or 465 (TLS).")),
    Option("smtp.user", str, "",
           QT_TRANSLATE_NOOP("Settings", "SMTP user; the password lives in the OS keyring.")),
    Option("smtp.security", str, "starttls",
           QT_TRANSLATE_NOOP("Settings", "How the connection to the server is protected."),
           ("tls", "starttls", "none")),
    Option("smtp.from", str, "",
           QT_TRANSLATE_NOOP("Settings", "Address '?' forwards come from; empty uses the SMTP user.")),
    Option("store.team", str, "",
           QT_TRANSLATE_NOOP("Settings", "A team database shared by the leadership team, as "
                             "postgresql://you@host:port/database; empty keeps this computer's "
                             "own file. Used when chair starts.")),
    Option("sources.imap", list, [],
           QT_TRANSLATE_NOOP("Settings", "IMAP folders read live, as imap://user@host:port/FOLDER.")),
    Option("sources.watch", list, [],
           QT_TRANSLATE_NOOP("Settings", "Folders whose new files are imported once.")),
    Option("taxonomy.file", str, "",
           QT_TRANSLATE_NOOP("Settings", "Extra cue phrases and places, on top of the bundled ones.")),
    Option("metrics.targets", dict, {},
           QT_TRANSLATE_NOOP("Settings", "Targets by metric name, replacing the imported ones.")),
    Option("meeting.rotate_seconds", int, 20,
           QT_TRANSLATE_NOOP("Settings", "Seconds each voice stays on the meeting screen.")),
    Option("meeting.screen", str, "",
           QT_TRANSLATE_NOOP("Settings", "Where meeting mode opens: the projector or the room's "
                             "big screen.")),
)

_BY_NAME = {o.name: o for o in SCHEMA}


class Settings:
    """Typed access to the settings file; unknown or mistyped values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        for name, value in raw.items() if isinstance(raw, dict) else ():
            option = _BY_NAME.get(name)
            if option and self._valid(option, value):
                self._values[name] = value

    @staticmethod
    def _valid(option: Option, value: Any) -> bool:
        if option.type is float and isinstance(value, int | float) and not isinstance(value, bool):
            return True
        if not isinstance(value, option.type) or (option.type is int and isinstance(value, bool)):
            return False
        return not option.choices or value in option.choices

    def get(self, name: str) -> Any:
        option = _BY_NAME[name]
        return self._values.get(name, option.default)

    def set(self, name: str, value: Any) -> None:
        option = _BY_NAME[name]
        if not self._valid(option, value):
            raise ValueError(f"{name} takes {option.type.__name__}, not {value!r}")
        self._values[name] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a crash never leaves half a settings file.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self._values, handle, indent=2, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, self.path)
