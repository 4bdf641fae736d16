"""IMAP mailboxes: incremental sync by UID (UIDVALIDITY-aware), then IDLE for push, polling
where the server has no IDLE, reconnecting with backoff. Passwords come from the OS keyring."""

from __future__ import annotations

import contextlib
import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from chair.config import secrets
from chair.domain.errors import AuthFailed, ChairError, SourceUnreachable
from chair.ingest.mail import parse_message
from chair.ingest.model import ImportState, Item
from chair.store import sources as source_store

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from chair.store.db import Database

log = logging.getLogger(__name__)
FETCH_CHUNK = 100
IDLE_RENEW_SECONDS = 9 * 60  # RFC 2177: servers may drop an IDLE after 30 minutes
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class ImapAccount:
    user: str
    host: str
    port: int
    folder: str
    security: str  # "tls", "starttls" or "plain" (plain only to this machine)

    @classmethod
    def from_url(cls, url: str) -> ImapAccount:
        """imap://user@host:port/FOLDER (STARTTLS; plain allowed only on localhost) or
        imaps://user@host:port/FOLDER (TLS); ?security=plain|starttls|tls overrides."""
        parts = urlsplit(url)
        if parts.scheme not in ("imap", "imaps"):
            raise ChairError(f"{url}: an IMAP source starts with imap:// or imaps://")
        if parts.password:
            raise ChairError("Put no password in the URL: chair asks for it and keeps it in "
                             "the system keyring.")
        if not parts.username or not parts.hostname:
            raise ChairError(f"{url}: give the user and the server, as imap://user@host/INBOX")
        query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
        security = query.get("security") or ("tls" if parts.scheme == "imaps" else "starttls")
        if security not in ("tls", "starttls", "plain"):
            raise ChairError(f"{url}: security is tls, starttls or plain")
        if security == "plain" and parts.hostname not in LOCAL_HOSTS:
            raise ChairError("Unencrypted IMAP is only allowed to this machine (127.0.0.1).")
        port = parts.port or (993 if security == "tls" else 143)
        folder = unquote(parts.path.lstrip("/")) or "INBOX"
        return cls(unquote(parts.username), parts.hostname, port, folder, security)

    @property
    def key(self) -> str:
        """The keyring account: user@host:port."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def url(self) -> str:
        scheme = "imaps" if self.security == "tls" else "imap"
        query = "?security=plain" if self.security == "plain" else ""
        return f"{scheme}://{self.user}@{self.host}:{self.port}/{self.folder}{query}"

    @property
    def name(self) -> str:
        return f"imap:{self.user}@{self.host}/{self.folder}"


def connect_account(account: ImapAccount, password: str | None = None,
                    timeout: float = 30) -> IMAPClient:
    """A logged-in client; AuthFailed or SourceUnreachable with a message the user can act on."""
    from imapclient import IMAPClient
    from imapclient.exceptions import IMAPClientError, LoginError

    if password is None:
        password = secrets.get_password("imap", account.key)
    context = ssl.create_default_context()
    try:
        client = IMAPClient(account.host, port=account.port, ssl=account.security == "tls",
                            ssl_context=context, timeout=timeout)
    except (OSError, IMAPClientError) as exc:
        raise SourceUnreachable(f"Cannot reach the IMAP server {account.host}:{account.port} "
                                f"({exc}).") from exc
    try:
        if account.security == "starttls":
            if account.host in LOCAL_HOSTS and not client.has_capability("STARTTLS"):
                pass  # the local server offers no TLS: plain on loopback is acceptable
            else:
                client.starttls(context)
        client.login(account.user, password)
    except LoginError as exc:
        _close(client)
        raise AuthFailed(f"The IMAP server {account.host} refused the user {account.user!r} "
                         f"or its password. Set the password again with `chair source add`.") \
            from exc
    except (OSError, ssl.SSLError, IMAPClientError) as exc:
        _close(client)
        raise SourceUnreachable(f"IMAP {account.host}:{account.port}: {exc}") from exc
    return client


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def load_state(db: Database, name: str) -> dict[str, int]:
    return source_store.load_state(db, name)


def save_state(db: Database, name: str, state: dict[str, int]) -> None:
    source_store.save_state(db, name, state)


class ImapSource:
    """One IMAP folder as an import source: the messages after the last UID seen."""

    def __init__(self, account: ImapAccount, client: IMAPClient | None = None) -> None:
        self.account = account
        self.name = account.name
        self.size = 0
        self.client = client
        self.sync_state: dict[str, int] = {}

    @classmethod
    def from_url(cls, url: str) -> ImapSource:
        return cls(ImapAccount.from_url(url))

    def load_state(self, db: Database) -> None:
        self.sync_state = load_state(db, self.name)

    def save_state(self, db: Database) -> None:
        save_state(db, self.name, self.sync_state)

    def items(self, state: ImportState) -> Iterator[Item]:
        own = self.client is None
        client = self.client or connect_account(self.account)
        try:
            yield from self._new_messages(client, state)
        finally:
            if own:
                _close(client)

    def _new_messages(self, client: IMAPClient, state: ImportState) -> Iterator[Item]:
        from imapclient.exceptions import IMAPClientError

        try:
            info = client.select_folder(self.account.folder, readonly=True)
        except IMAPClientError as exc:
            raise ChairError(f"The folder {self.account.folder!r} cannot be opened on "
                             f"{self.account.host}: {exc}") from exc
        validity = int(info.get(b"UIDVALIDITY", 0))
        last = int(self.sync_state.get("last_uid", 0))
        if self.sync_state.get("uidvalidity") not in (None, validity):
            # The server renumbered the folder: read it again; known messages are duplicates.
            log.info("UIDVALIDITY of %s changed: reading the folder again", self.name)
            last = 0
        self.sync_state = {"uidvalidity": validity, "last_uid": last}
        uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"]) if u > last)
        now = int(time.time())
        for start in range(0, len(uids), FETCH_CHUNK):
            state.check()
            chunk = uids[start : start + FETCH_CHUNK]
            fetched = client.fetch(chunk, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in chunk:
                data = fetched.get(uid, {})
                body = data.get(b"BODY[]")
                location = f"{self.account.folder} UID {uid}"
                if body is None:
                    continue  # expunged meanwhile
                internal = data.get(b"INTERNALDATE")
                yield parse_message(
                    body, source=self.name, location=location, now=now,
                    fallback_time=int(internal.timestamp()) if internal else None,
                )
                self.sync_state["last_uid"] = uid


class ImapWatcher:
    """Keeps one IMAP folder flowing into the store until stopped: sync, then IDLE (or poll),
    sync again on news; reconnects with backoff. Runs on its own thread with its own
    connection; reports through callbacks (which must be thread-safe)."""

    def __init__(
        self,
        url: str,
        sync: Callable[[ImapSource], int],
        *,
        on_status: Callable[[str, str], None] = lambda _url, _msg: None,
        on_problem: Callable[[str, str], None] | None = None,
        poll_seconds: float = 60,
        idle_seconds: float = IDLE_RENEW_SECONDS,
    ) -> None:
        self.url = url
        self.account = ImapAccount.from_url(url)
        self._sync = sync
        self._on_status = on_status
        self._on_problem = on_problem or on_status
        self.poll_seconds = poll_seconds
        self.idle_seconds = idle_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name=f"imap {self.account.name}",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run(self) -> None:
        backoff = 1.0
        while not self._stop.is_set():
            try:
                self._session()
                backoff = 1.0
            except AuthFailed as exc:
                # Retrying a wrong password only locks the account: wait for a new one.
                self._on_problem(self.url, str(exc))
                self._stop.wait(300)
            except (ChairError, OSError, ssl.SSLError) as exc:
                self._on_problem(self.url, f"{exc} — trying again in {backoff:.0f} s")
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 300)
            except Exception as exc:  # imapclient protocol errors and the unexpected
                log.exception("IMAP watcher for %s failed", self.account.name)
                self._on_problem(self.url, f"{exc} — trying again in {backoff:.0f} s")
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 300)

    def _session(self) -> None:
        client = connect_account(self.account)
        try:
            source = ImapSource(self.account, client)
            self._sync(source)
            idle = client.has_capability("IDLE")
            self._on_status(self.url, "watching (IDLE)" if idle else "watching (polling)")
            while not self._stop.is_set():
                if idle:
                    news = self._idle(client)
                else:
                    self._stop.wait(self.poll_seconds)
                    news = True
                if news and not self._stop.is_set():
                    self._sync(source)
        finally:
            _close(client)

    def _idle(self, client: IMAPClient) -> bool:
        """Wait in IDLE until the folder changes, the renewal time passes, or stop."""
        client.idle()
        deadline = time.monotonic() + self.idle_seconds
        news = False
        try:
            while not self._stop.is_set() and time.monotonic() < deadline:
                responses = client.idle_check(timeout=0.5)
                if any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT")
                       for r in responses):
                    news = True
                    break
        finally:
            client.idle_done()
        return news or time.monotonic() >= deadline
