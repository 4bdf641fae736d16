"""A private PostgreSQL server on 127.0.0.1 for the tests of the team store: initdb into a
temporary folder, started with pg_ctl on a free port, password logins only, stopped and
removed at the end. As root (CI), the server runs as the `postgres` user the Debian package
creates: PostgreSQL refuses to run as root."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ADMIN = "chair_admin"


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    return versions[-1].parent if versions else None


class PostgresServer:
    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="chair-postgres-"))
        self.data = self.folder / "data"
        self.password = secrets.token_urlsafe(16)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.host = "127.0.0.1"
        self._as: list[str] = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.folder, "postgres")
        self.folder.chmod(0o700)
        secret = self.folder / "password"
        secret.write_text(self.password)
        if self._as:
            shutil.chown(secret, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", ADMIN, "--auth=scram-sha-256",
                  f"--pwfile={secret}", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        secret.unlink()
        self.resume()

    def resume(self) -> None:
        """Start the server (again, after `pause`), on the same port with the same data."""
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "-t", "60", "start")

    def pause(self) -> None:
        """The server goes away as a crashed one does: every connection is cut."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def _run(self, tool: str, *args: str) -> None:
        result = subprocess.run([*self._as, str(self.binaries / tool), *args],
                                stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                timeout=120)
        if result.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed: {result.stderr.strip()}\n{tail}")

    def url(self, database: str = "postgres", user: str = ADMIN) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"

    def admin(self, database: str = "postgres"):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self.url(database), password=self.password, autocommit=True)

    def new_database(self) -> str:
        """A new, empty database's name."""
        name = f"chair_{secrets.token_hex(6)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def stop(self) -> None:
        try:
            self.pause()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
