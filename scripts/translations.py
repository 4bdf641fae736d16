"""Bring the translation catalogues up to date with the code and say what is left to do.

    .venv/bin/python scripts/translations.py          # update resources/translations/*.ts
    .venv/bin/python scripts/translations.py --check  # only report; exit 1 when not in step

Every `translate("Context", "text"[, disambiguation, n])` and `QT_TRANSLATE_NOOP("Context",
"text")` in chair/ is a message. They are found by reading the code's syntax tree rather than
with lupdate, whose Python reader drops calls whose count is an expression and rarely marks
plurals. The .ts files stay Qt Linguist's format (edit them there or by hand); new messages
come in unfinished, vanished ones go. English has a catalogue of the plural messages only
("%n customers" -> "1 customer"). The .qm files are built from these by the build.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("pl", "fr", "vi", "en")
MARKERS = ("translate", "QT_TRANSLATE_NOOP")


def extract(root: Path = ROOT / "chair") -> dict[tuple[str, str], bool]:
    """{(context, source): is plural} for every marked text under `root`."""
    found: dict[tuple[str, str], bool] = {}
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            args = node.args
            if name not in MARKERS or len(args) < 2:
                continue
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                       for a in args[:2]):
                continue  # a variable: its text is marked where it is written
            context, source = args[0].value, args[1].value  # type: ignore[attr-defined]
            plural = len(args) >= 4 or any(k.arg == "n" for k in node.keywords)
            found[(context, source)] = found.get((context, source), False) or plural
    return found


def read(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m
            for ctx in root.iter("context") for m in ctx.iter("message")}


def is_done(message: ET.Element) -> bool:
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = list(t.iter("numerusform"))
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((t.text or "").strip())


def plural_forms(code: str) -> int:
    return {"pl": 3, "fr": 2, "en": 2, "vi": 1}[code]


def write(ts: Path, code: str, wanted: dict[tuple[str, str], bool]) -> None:
    """The catalogue of `code` holding exactly `wanted`, keeping every translation made."""
    old = read(ts)
    root = ET.Element("TS", version="2.1", language=code)
    for context in sorted({c for c, _ in wanted}):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for (c, source), plural in sorted(wanted.items()):
            if c != context:
                continue
            message = ET.SubElement(ctx, "message")
            if plural:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = source
            kept = old.get((c, source))
            translation = kept.find("translation") if kept is not None else None
            if translation is not None and (kept.get("numerus") == "yes") == plural:
                message.append(translation)
                continue
            new = ET.SubElement(message, "translation", type="unfinished")
            for _ in range(plural_forms(code) if plural else 0):
                ET.SubElement(new, "numerusform")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def wanted_for(code: str, messages: dict[tuple[str, str], bool]) -> dict[tuple[str, str], bool]:
    return {k: p for k, p in messages.items() if p} if code == "en" else messages


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only, change nothing")
    args = parser.parse_args()
    messages = extract()
    problems = 0
    for code in LANGUAGES:
        ts = FOLDER / f"chair_{code}.ts"
        wanted = wanted_for(code, messages)
        if args.check:
            if set(read(ts)) != set(wanted):
                print(f"{ts.name}: out of step with the code (run scripts/translations.py)")
                problems += 1
        else:
            write(ts, code, wanted)
        todo = [k for k, m in read(ts).items() if not is_done(m)]
        print(f"{ts.name}: {len(wanted)} messages, {len(todo)} untranslated")
        problems += bool(todo)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
