"""The architecture holds: the core never imports Qt, layers point down, keyring stays put."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import NO_QT

ROOT = Path(__file__).resolve().parents[1]
CORE = ("domain", "store", "config", "ingest", "insight", "outbox", "services")


def test_import_linter_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_the_core_works_in_a_python_without_qt() -> None:
    """Import every core module and write a voice with PySide6 made unimportable."""
    modules = sorted(
        "chair." + str(p.relative_to(ROOT / "chair").with_suffix("")).replace(os.sep, ".")
        for layer in CORE for p in (ROOT / "chair" / layer).rglob("*.py")
    )
    program = NO_QT + f"""
import importlib, tempfile, os
for m in {modules!r}:
    importlib.import_module(m.removesuffix('.__init__'))
from chair.store import connect
from chair.store import voices
from chair.domain.model import Voice
db = connect(os.path.join(tempfile.mkdtemp(), 'x.db'))
voices.add_voices(db, [Voice('t', 'k', 1, 'Łódź')])
assert voices.search(db, 'lodz')
print('core ok without Qt')
"""
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "core ok without Qt" in result.stdout


def test_nothing_imports_pyplot() -> None:
    offenders = [
        str(p) for p in (ROOT / "chair").rglob("*.py")
        if "matplotlib.pyplot" in p.read_text(encoding="utf-8")
        or "from matplotlib import pyplot" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_sql_is_written_only_in_the_store() -> None:
    """Beside the import contract (no sqlite3 outside chair.store): no statement run through
    a connection handed in from the store either."""
    offenders = [
        f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / "chair").rglob("*.py")
        if "store" not in p.relative_to(ROOT / "chair").parts
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if ".execute(" in line or ".executemany(" in line
    ]
    assert offenders == []


def test_no_module_over_600_lines_and_no_class_over_400() -> None:
    """Beyond these sizes a file or a class holds more than one concern; split it by them."""
    too_long = []
    for path in (ROOT / "chair").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 600:
            too_long.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > 400:
                    too_long.append(f"{path.relative_to(ROOT)}: class {node.name}, {size} lines")
    assert too_long == []


def test_the_fake_of_the_data_access_keeps_to_its_protocols() -> None:
    """The window's test on a fake proves the seam only while the fake is what the typed
    protocols of chair.ui.access say (mypy checks the fake where the test assigns it)."""
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent)) or "mypy"
    result = subprocess.run([mypy, "--explicit-package-bases", "tests/fakes.py",
                             "tests/ui/test_ui_on_a_fake.py"], cwd=ROOT, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tests_mirror_the_package() -> None:
    """tests/store tests chair/store, and so on; what spans the whole program (the command
    line, packaging, these contracts) is tested at the top."""
    folders = {p.name for p in (ROOT / "tests").iterdir()
               if p.is_dir() and p.name not in ("bench", "support", "__pycache__")}
    packages = {p.parent.name for p in (ROOT / "chair").glob("*/__init__.py")}
    assert folders and folders <= packages, folders - packages
