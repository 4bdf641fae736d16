"""IMAP against a real Dovecot on 127.0.0.1, passwords through the real OS keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from chair.config import secrets
from chair.config.settings import Settings
from chair.ingest.imap import ImapAccount
from chair.ingest.run import run_import
from chair.store import connect
from chair.store import voices as store
from tests.helpers import CORPORA, corpus_files, wait_until


def message(n: int, subject: str = "Paczka") -> bytes:
    return (f"From: Klient {n} <k{n}@example.pl>\r\nTo: customers@shop.example\r\n"
            f"Subject: {subject} {n}\r\nMessage-ID: <m{n}@example.pl>\r\n"
            f"Date: Tue, 5 Mar 2024 10:{n % 60:02d}:00 +0100\r\n\r\n"
            f"Przesyłka numer {n} nie dotarła do Łodzi.\r\n").encode()


def remember_password(dovecot) -> str:  # type: ignore[no-untyped-def]
    url = dovecot.url()
    secrets.set_password("imap", ImapAccount.from_url(url).key, dovecot.password)
    return url


def test_initial_then_incremental_sync(dovecot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = remember_password(dovecot)
    for n in range(3):
        dovecot.append("INBOX", message(n))
    first = run_import([url], connect(db_path))
    assert (first.imported, first.duplicates, first.rejected) == (3, 0, 0)
    for n in range(3, 5):
        dovecot.append("INBOX", message(n))
    second = run_import([url], connect(db_path))
    # Only the new UIDs are fetched: nothing old comes back even as a duplicate.
    assert (second.imported, second.duplicates) == (2, 0)
    voices = store.search(connect(db_path), "lodzi", limit=10)
    assert len(voices) == 5 and voices[0].channel == "email"
    assert {v.source for v in voices} == {"imap:alice@127.0.0.1/INBOX"}


def test_a_uidvalidity_change_reads_the_folder_again_without_duplicates(
    dovecot, db_path: Path  # type: ignore[no-untyped-def]
) -> None:
    remember_password(dovecot)
    url = dovecot.url("Complaints")
    dovecot.append("Complaints", message(10))
    assert run_import([url], connect(db_path)).imported == 1
    imap = dovecot.client()
    imap.delete("Complaints")
    imap.logout()
    dovecot.append("Complaints", message(10))
    dovecot.append("Complaints", message(11))
    again = run_import([url], connect(db_path))
    assert (again.imported, again.duplicates) == (1, 1)


def test_a_wrong_password_is_a_clear_message_on_the_source(dovecot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = dovecot.url()
    secrets.set_password("imap", ImapAccount.from_url(url).key, "not-the-password")
    result = run_import([url], connect(db_path))
    [source] = result.sources
    assert "refused" in source.error and "alice" in source.error
    assert result.unreadable


def test_the_same_messages_by_file_and_by_imap_are_the_same_voices(
    dovecot, db_path: Path  # type: ignore[no-untyped-def]
) -> None:
    url = remember_password(dovecot)
    files = [p for p in corpus_files("email") if p.parent.name != "mbox"]
    from_files = run_import([str(p) for p in files], connect(db_path))
    imap = dovecot.client()
    imap.create("Corpus")
    appended = 0
    for path in files:
        status, _ = imap.append("Corpus", "", None, path.read_bytes())
        appended += status == "OK"
    imap.logout()
    assert appended >= len(files) - 3
    by_imap = run_import([dovecot.url("Corpus")], connect(db_path))
    # Dovecot rewrites line endings and NUL bytes; identity survives it.
    assert by_imap.imported == 0, [s.as_json() for s in by_imap.sources]
    assert by_imap.duplicates + by_imap.rejected == appended
    assert from_files.imported > 0 and url


def test_chair_watch_brings_an_appended_message_in_within_five_seconds(
    dovecot, db_path: Path  # type: ignore[no-untyped-def]
) -> None:
    url = remember_password(dovecot)
    settings = Settings()
    settings.set("sources.imap", [url])
    settings.save()
    connect(db_path).close()
    watch = subprocess.Popen(
        [sys.executable, "-m", "chair", "watch", "--db", str(db_path)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy(),
    )
    output: list[str] = []
    try:
        assert watch.stdout is not None
        for line in watch.stdout:
            output.append(line)
            if "watching (IDLE)" in line:
                break
        assert any("watching (IDLE)" in line for line in output), output
        dovecot.append("INBOX", message(42, "Pilne"))
        wait_until(lambda: bool(store.search(connect(db_path), "pilne")), 5,
                   "the appended message to reach the store")
    finally:
        watch.terminate()
        rest, _ = watch.communicate(timeout=20)
    log = "".join(output) + rest
    assert watch.returncode == 0, log
    assert dovecot.password not in log
    # The password lives in the keyring only: not in settings, the database or any other file.
    for folder in (os.environ["CHAIR_CONFIG_DIR"], os.environ["CHAIR_DATA_DIR"], db_path.parent):
        for path in Path(folder).rglob("*"):
            if path.is_file():
                assert dovecot.password.encode() not in path.read_bytes(), path


def test_source_add_checks_the_login_and_keeps_the_password_in_the_keyring(dovecot) -> None:  # type: ignore[no-untyped-def]
    url = dovecot.url()
    add = subprocess.run(
        [sys.executable, "-m", "chair", "source", "add", url, "--password-stdin"],
        input=dovecot.password + "\n", capture_output=True, text=True, timeout=60,
    )
    assert add.returncode == 0, add.stderr
    assert secrets.get_password("imap", ImapAccount.from_url(url).key) == dovecot.password
    assert Settings().get("sources.imap") == [url]
    wrong = subprocess.run(
        [sys.executable, "-m", "chair", "source", "add", dovecot.url(user="bob"),
         "--password-stdin"], input="wrong\n", capture_output=True, text=True, timeout=60,
    )
    assert wrong.returncode == 2 and "refused" in wrong.stderr and "Traceback" not in wrong.stderr
    assert CORPORA.exists()
