"""Test isolation: offscreen Qt, temporary user folders, a shared demo database."""

from __future__ import annotations

import os
import shutil
import ssl
from pathlib import Path

import pytest

from tests.helpers import shown_window

# An offscreen 1920x1080 screen (Qt's default offscreen screen is 800x600, too small to
# restore a real window's geometry on).
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen.json')}"

DEMO_VOICES = 2000


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does touches the real user's data, config or cache folders."""
    for name in ("DATA", "CONFIG", "CACHE"):
        folder = tmp_path / f"user-{name.lower()}"
        folder.mkdir()
        monkeypatch.setenv(f"CHAIR_{name}_DIR", str(folder))


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from chair.ingest.demo import create_demo
    from chair.store import connect

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = connect(path)
    create_demo(db, voices=DEMO_VOICES)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database (2,000 voices, metrics, escalations)."""
    path = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, path)
    return path


def pytest_generate_tests(metafunc):  # type: ignore[no-untyped-def]
    """A test of the window that reads no database file itself runs twice: on the demo as
    a file and on the demo pushed into a team store."""
    code = metafunc.function.__code__
    direct = code.co_varnames[: code.co_argcount]
    if "window" in direct and "demo_db" not in direct and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", ["sqlite", "postgresql"])


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
def window(qtbot, demo_db: Path, tmp_path: Path, backend: str, request):  # type: ignore[no-untyped-def]
    """The main window over the demo database, shown at 1400x900; closing it closes (and
    saves) its escalation windows and leaves no background work running. With the
    "postgresql" backend, the demo is pushed into a team store and the window opens that."""
    if backend == "postgresql":
        target, _opened = request.getfixturevalue("demo_team")
    else:
        target = demo_db
    with shown_window(qtbot, target, tmp_path / "window.ini") as win:
        yield win


@pytest.fixture
def demo_team(demo_db: Path, request):  # type: ignore[no-untyped-def]
    """The demo pushed into a team store on the private PostgreSQL server (its password in
    the tests' keyring): (its address, a function that opens it)."""
    from chair.config import secrets
    from chair.services import team
    from chair.store import connect, pg, transfer

    url, password = request.getfixturevalue("team_store")
    local, shared = connect(demo_db), team.connect(url, password)
    transfer.transfer(local, shared)
    local.close()
    shared.close()
    secrets.set_password("postgresql", pg.account_of(url), password)
    opened = []

    def open_it():  # type: ignore[no-untyped-def]
        db = team.connect(url, password, migrate=False)
        opened.append(db)
        return db

    try:
        yield url, open_it
    finally:
        for db in opened:
            db.close()
        secrets.delete_password("postgresql", pg.account_of(url))


@pytest.fixture
def empty_window(qtbot, db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window over a new, empty database."""
    with shown_window(qtbot, db_path, tmp_path / "w.ini") as win:
        yield win


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chair.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_at(request, db_path: Path):  # type: ignore[no-untyped-def]
    """What opens the test's store: the file at db_path, or a team store on the private
    PostgreSQL server; every test that takes it holds on both."""
    if request.param == "sqlite":
        from chair.store import connect

        yield lambda: connect(db_path)
        return
    from chair.services import team

    shared = team.connect(*request.getfixturevalue("team_store"))
    yield lambda: shared
    shared.close()


def _missing_server(what: str) -> None:
    """Locally a missing server skips; in CI it fails: CI must test against the real thing."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is not installed; .ci/run must install it")
    pytest.skip(f"{what} is not installed")


class Dovecot:
    """A private Dovecot IMAP server on 127.0.0.1, with users alice and bob."""

    def __init__(self, folder: Path) -> None:
        import secrets as random_secrets
        import socket
        import subprocess

        self.folder = folder
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.password = random_secrets.token_urlsafe(12)
        env = {**os.environ, "ALICE_PASSWORD": self.password,
               "BOB_PASSWORD": random_secrets.token_urlsafe(12)}
        script = Path(__file__).with_name("support") / "start-dovecot.sh"
        # The daemon keeps inherited descriptors open: no pipes, or run() waits forever.
        subprocess.run(["sh", str(script), str(folder), str(self.port)], check=True, env=env,
                       timeout=30, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        self.host = "127.0.0.1"

    def url(self, folder: str = "INBOX", user: str = "alice") -> str:
        return f"imap://{user}@{self.host}:{self.port}/{folder}"

    def client(self):  # type: ignore[no-untyped-def]
        import imaplib

        imap = imaplib.IMAP4(self.host, self.port)
        imap.login("alice", self.password)
        return imap

    def append(self, folder: str, message: bytes) -> None:
        import imaplib

        imap = self.client()
        try:
            imap.create(folder)
            status, _ = imap.append(folder, "", imaplib.Time2Internaldate(1_700_000_000),
                                    message)
            assert status == "OK", status
        finally:
            imap.logout()

    def stop(self) -> None:
        import subprocess

        subprocess.run(["doveadm", "-c", str(self.folder / "dovecot.conf"), "stop"],
                       timeout=30, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


@pytest.fixture
def dovecot():  # type: ignore[no-untyped-def]
    import tempfile

    if not shutil.which("dovecot") and not Path("/usr/sbin/dovecot").exists():
        _missing_server("Dovecot (dovecot-imapd)")
    # Not under pytest's 0700 temp folders: Dovecot's own processes must reach the files.
    folder = Path(tempfile.mkdtemp(prefix="chair-dovecot-"))
    server = Dovecot(folder)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server():  # type: ignore[no-untyped-def]
    """One private PostgreSQL server for the whole run (see tests/pgserver.py)."""
    from tests.pgserver import PostgresServer, server_binaries

    binaries = server_binaries()
    if binaries is None:
        _missing_server("PostgreSQL (postgresql)")
    server = PostgresServer(binaries)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def team_store(postgres_server) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(URL, password) of a new, empty database on the private PostgreSQL server."""
    return postgres_server.url(postgres_server.new_database()), postgres_server.password


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, db_path: Path):  # type: ignore[no-untyped-def]
    """A new store, once as the embedded file and once as a team store on the private
    PostgreSQL server: a test that takes it holds on both backends."""
    from chair.services import team
    from chair.store import connect

    if request.param == "sqlite":
        db = connect(db_path)
    else:
        db = team.connect(*request.getfixturevalue("team_store"))
    yield db
    db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_store(request, demo_db: Path):  # type: ignore[no-untyped-def]
    """The demo (2,000 voices, metrics, escalations, a meeting), once as the file and once
    pushed into a team store (see demo_team): (what --db names, a function that opens it)."""
    from chair.store import connect

    if request.param == "sqlite":
        return str(demo_db), lambda: connect(demo_db)
    return request.getfixturevalue("demo_team")


class SmtpServer:
    """A private aiosmtpd server on 127.0.0.1 that keeps what it receives; it asks for a
    login (user "chair" and a random password), as a company's relay would."""

    def __init__(self, security: str = "none", tls: ssl.SSLContext | None = None) -> None:
        import secrets as random_secrets
        import socket

        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        self.user = "chair"
        self.password = random_secrets.token_urlsafe(12)
        self.received: list[tuple[str, list[str], bytes]] = []
        received = self.received

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
                received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
                return "250 OK"

        def authenticate(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login == self.user.encode()
                  and auth_data.password == self.password.encode())
            return AuthResult(success=ok, handled=False)  # False: the server answers 535

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.host = "127.0.0.1"
        extra: dict[str, object] = {}
        if security == "starttls":
            extra = {"tls_context": tls, "require_starttls": True}
        elif security == "tls":
            extra = {"ssl_context": tls}
        self.security = security
        self.controller = Controller(Handler(), hostname=self.host, port=self.port,
                                     authenticator=authenticate, auth_required=True,
                                     auth_require_tls=False, **extra)
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def smtp_server():  # type: ignore[no-untyped-def]
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        _missing_server("aiosmtpd")
    server = SmtpServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def tls_smtp_server(request, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """An SMTP server with STARTTLS or implicit TLS (request.param), its certificate from a
    throw-away authority that this test process, and only it, trusts."""
    import trustme

    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    server = SmtpServer(request.param, context)
    try:
        yield server
    finally:
        server.stop()
