"""Inputs that are broken, hostile or huge: each costs at most its own record, is kept as a
reject with its reason, and never garbles, hides or loses the rest of a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def chair(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "chair", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ})  # fmt: skip


def test_a_password_typed_into_an_imap_url_reaches_no_file_and_no_screen(tmp_path: Path) -> None:
    db = tmp_path / "chair.db"
    password = "Tr0ub4dor-and-3"
    result = chair("import", f"imap://alice:{password}@127.0.0.1:1/INBOX", "--db", str(db))
    assert result.returncode != 0 and "no password in the URL" in result.stdout + result.stderr
    assert password not in result.stdout + result.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert db in written
    assert not [p for p in written if password.encode() in p.read_bytes()]
