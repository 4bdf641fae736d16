"""Secrets go to the OS keyring and nowhere else."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from chair.config import secrets
from chair.domain.errors import KeyringUnavailable


def test_a_password_round_trips_through_the_real_keyring_and_touches_no_file(
    tmp_path: Path,
) -> None:
    if os.environ.get("CI") == "true":
        # In CI the tests run inside a D-Bus session with gnome-keyring unlocked.
        assert "SecretService" in secrets.backend_name() or "chainer" in secrets.backend_name()
    account = f"alice@127.0.0.1:{uuid.uuid4().hex[:8]}"
    password = f"s3cr3t-ąęł-✓-{uuid.uuid4().hex}"
    secrets.set_password("imap", account, password)
    try:
        assert secrets.get_password("imap", account) == password
        for folder in (os.environ["CHAIR_DATA_DIR"], os.environ["CHAIR_CONFIG_DIR"],
                       os.environ["CHAIR_CACHE_DIR"], str(tmp_path)):
            for path in Path(folder).rglob("*"):
                if path.is_file():
                    assert password.encode() not in path.read_bytes(), path
    finally:
        secrets.delete_password("imap", account)
    with pytest.raises(KeyringUnavailable, match="No password is stored"):
        secrets.get_password("imap", account)


def test_a_keyring_failure_is_an_error_the_user_can_act_on(monkeypatch) -> None:
    import keyring
    import keyring.errors

    def locked(*_args: object) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    monkeypatch.setattr(keyring, "get_password", locked)
    with pytest.raises(KeyringUnavailable, match="locked"):
        secrets.get_password("imap", "bob@127.0.0.1:143")
