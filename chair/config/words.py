"""The interface's words without Qt: chair's catalogues (resources/translations/*.ts, the very
files the window's translator is built from) read directly, for documents written where no
QApplication should start (the command line's Markdown exports)."""

from __future__ import annotations

import functools
import locale
import os
import xml.etree.ElementTree as ET

from chair.config.paths import resource
from chair.domain.i18n import Words

LANGUAGES = ("en", "pl", "fr", "vi")


def language_for(setting: str) -> str:
    """The setting's language when chair speaks it, else the system's (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG, then the locale module), else English."""
    if setting in LANGUAGES:
        return setting
    wanted = [os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    wanted += [locale.getlocale()[0] or ""]
    for value in wanted:
        for name in value.split(":"):
            code = name.replace("_", "-").split("-")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
    return "en"


@functools.lru_cache(maxsize=8)
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation, for the finished messages without plural forms."""
    if code == "en":
        return {}
    node = resource("translations", f"chair_{code}.ts")
    try:
        root = ET.fromstring(node.read_bytes())
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (translation is None or message.get("numerus") == "yes"
                    or translation.get("type") in ("unfinished", "vanished", "obsolete")):
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


def words_for(setting: str = "") -> Words:
    """`words(context, text)` in the language of `setting` ('' follows the system)."""
    catalogue = _catalogue(language_for(setting))
    return lambda context, text: catalogue.get((context, text)) or text
