"""The interface's language: chair's and Qt's translators, and the locale of numbers and dates.

Every string a person reads goes through `translate(context, text)` (or is marked in the core
with `QT_TRANSLATE_NOOP` and translated here when shown). The catalogues are Qt Linguist .ts
files in resources/translations; the compiled .qm files are made by the build — the frozen
build compiles them in, and a checkout or a wheel compiles them once with PySide6's lrelease
into the cache folder, again whenever a .ts changes.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from chair.config.paths import cache_dir, resource
from chair.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# The languages chair speaks, each named in itself (as a language menu shows them).
LANGUAGES = {"en": "English", "pl": "Polski", "fr": "Français", "vi": "Tiếng Việt"}
CATALOGUE = "chair"

_installed: list[QTranslator] = []
_language: str | None = None

# Qt's words on its standard buttons and text fields, in chair's catalogues too: Qt ships no
# Vietnamese catalogue of its own.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language; with `n`, the plural form for n (%n, %Ln in text)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def language_for(setting: str, system: QLocale | None = None) -> str:
    """The language code to use: the setting when chair speaks it, else the system's first
    preferred language that chair speaks, else English."""
    if setting in LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QCoreApplication, setting: str = "") -> str:
    """Switch the interface to the language of `setting` ('' follows the system) and set the
    locale that numbers and dates follow; returns the language code in use. Widgets built
    afterwards speak it (the window is built again when the language changes)."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    system = QLocale.system()
    code = _language = language_for(setting, system)
    # Following the system keeps its region too (fr-CA dates, en-GB dates); a chosen language
    # takes that language's own conventions.
    locale = system if not setting and system.name().split("_")[0] == code else QLocale(code)
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues: list[tuple[str, str]] = [(f"qtbase_{code}.qm", qt_folder)]
    own = catalogue_path(code)
    if own is not None:
        catalogues.append((own.name, str(own.parent)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def install_once(app: QCoreApplication, setting: str = "") -> None:
    """`install` unless a language is already in place (an embedding host or a test chose)."""
    if not _installed and _language is None:
        install(app, setting)


def current() -> str | None:
    """The language code installed last, or None before the first `install`."""
    return _language


def described() -> str:
    """'pl', or 'pl without its catalogue' when chair's own catalogue could not be loaded."""
    own = any(t.filePath().endswith(".qm") and CATALOGUE + "_" in Path(t.filePath()).name
              for t in _installed)
    return f"{_language}" if own else f"{_language} without its catalogue"


def catalogue_path(code: str) -> Path | None:
    """The compiled catalogue of `code`: the built one shipped beside the .ts, else one
    compiled from the .ts into the cache folder. None when there is neither (English reads
    its source text then, and says so in the log)."""
    folder = resource("translations")
    built = folder / f"{CATALOGUE}_{code}.qm"
    if built.is_file():
        return Path(str(built))
    source = folder / f"{CATALOGUE}_{code}.ts"
    if not source.is_file():
        return None
    import hashlib  # only here: a checkout or a wheel, not the frozen app's start
    import subprocess

    data = source.read_bytes()
    target = cache_dir() / "translations" / (
        f"{CATALOGUE}_{code}-{hashlib.sha256(data).hexdigest()[:12]}.qm")
    if target.is_file():
        return target
    try:
        compile_catalogue(Path(str(source)), target)
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("the %s catalogue could not be compiled: %s", code, exc)
        return None
    return target


def lrelease() -> Path:
    """PySide6's lrelease, which compiles .ts catalogues into .qm."""
    import PySide6

    base = Path(PySide6.__file__).parent
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    for candidate in (base / name, base / "Qt" / "bin" / name, base / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"lrelease is not in {base}")


def compile_catalogue(source: Path, target: Path) -> None:
    import subprocess

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(partial)],
                   check=True, capture_output=True, timeout=60)
    partial.replace(target)  # never a half-written catalogue under the final name
