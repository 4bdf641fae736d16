"""Bundled files are found however chair runs: installed, or a bare checkout on the path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_bare_checkout_finds_its_resources_without_an_install(tmp_path: Path) -> None:
    """As the benchmarks run: the checkout first on the path, `chair.resources` (which only
    an install provides) not importable."""
    program = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.modules['chair.resources'] = None\n"
        "from chair.config.paths import resource\n"
        "print(resource('taxonomy.json').read_text(encoding='utf-8')[:1])\n"
    )
    found = subprocess.run([sys.executable, "-c", program, str(ROOT)], capture_output=True,
                           text=True, timeout=60, cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "{"
