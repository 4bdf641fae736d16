"""chair as a user installs it with pip: a wheel built from this tree, into a clean venv."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_installs_into_a_clean_venv_and_starts(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                    "--disable-pip-version-check", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True)
    (wheel,) = wheels.glob("chair-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet",
                    "--disable-pip-version-check", str(wheel)], check=True,
                   capture_output=True)
    chair = env_dir / ("Scripts/chair.exe" if os.name == "nt" else "bin/chair")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("DATA", "CONFIG", "CACHE"):
        env[f"CHAIR_{name}_DIR"] = str(tmp_path / name.lower())
    result = subprocess.run([str(chair), "--smoke-test", "--db", str(tmp_path / "c.db")],
                            capture_output=True, text=True, env=env, cwd=tmp_path,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke test ok")
    assert "; insight ok;" in result.stdout  # its dependencies came with it
    # The installed package is used, not this checkout, and it carries its resources.
    where = subprocess.run([str(python), "-c", "import chair.config.paths as p; "
                            "print(p.resource('taxonomy.json'))"], capture_output=True,
                           text=True, check=True, cwd=tmp_path).stdout
    assert str(env_dir) in where and str(ROOT) not in where


def test_every_package_in_the_tree_is_in_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "chair").rglob("__init__.py")}
    assert found - listed == set()
