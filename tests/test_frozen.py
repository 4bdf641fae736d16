"""The frozen one-folder build (PyInstaller, packaging/chair.spec): built here and run as a
user runs it — the smoke test, and the demo data, reached through the bundled resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("frozen")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "packaging" / "chair.spec")], check=True, cwd=work,
                   capture_output=True)
    binary = work / "dist" / "chair" / ("chair.exe" if os.name == "nt" else "chair")
    assert binary.is_file()
    return binary


def _run(binary: Path, *args: str, tmp_path: Path, **extra_env: str
         ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("LANGUAGE", None)  # the language comes from the test, not from this machine
    env.update(extra_env)
    for name in ("DATA", "CONFIG", "CACHE"):
        env[f"CHAIR_{name}_DIR"] = str(tmp_path / name.lower())
    return subprocess.run([str(binary), *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_the_frozen_build_passes_its_smoke_test(frozen: Path, tmp_path: Path) -> None:
    result = _run(frozen, "--smoke-test", "--db", str(tmp_path / "chair.db"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke test ok")
    backend = result.stdout.split("keyring ", 1)[1].strip()
    assert backend.split(";")[0].startswith("keyring.backends."), backend  # a real backend
    assert result.stdout.rstrip().endswith("; language en")
    assert "; insight ok;" in result.stdout  # language model, numbering plans, check digits
    assert result.stderr == ""


def test_the_frozen_build_speaks_the_system_language(frozen: Path, tmp_path: Path) -> None:
    """Its catalogues were compiled into it: it has no lrelease to compile them later."""
    result = _run(frozen, "--smoke-test", "--db", str(tmp_path / "chair.db"), tmp_path=tmp_path,
                  LANG="pl_PL.UTF-8", LANGUAGE="pl")
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("; language pl"), result.stdout


def test_the_frozen_build_reaches_its_bundled_data(frozen: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "chair.db")
    made = _run(frozen, "demo", "--voices", "60", "--db", db, tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    found = _run(frozen, "search", "lodz", "--db", db, "--json", tmp_path=tmp_path)
    assert found.returncode == 0 and '"text"' in found.stdout, found.stderr


def test_the_frozen_build_reads_a_voice_in_its_own_language(frozen: Path, tmp_path: Path) -> None:
    """The language model travels with the build: a file without a language column still
    gets each voice's language and pillar."""
    source = tmp_path / "voices.csv"
    source.write_text("id,text\n1,Giao hàng chậm quá, đặt một tuần chưa thấy\n"
                      "2,The price doubled overnight and nobody explained why\n", encoding="utf-8")
    db = str(tmp_path / "chair.db")
    made = _run(frozen, "import", str(source), "--db", db, tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    stats = _run(frozen, "stats", "--json", "--db", db, tmp_path=tmp_path)
    assert stats.returncode == 0, stats.stderr
    counts = json.loads(stats.stdout)
    assert counts["languages"] == {"vi": 1, "en": 1}
    assert counts["pillars"] == {"delivery": 1, "price": 1}
