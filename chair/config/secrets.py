"""Passwords in the OS keyring: the only module that imports keyring.

A password never touches the database, a settings file or a log. Keyring failures become
KeyringUnavailable with a message the user can act on, never a silent None.
"""

from __future__ import annotations

import keyring
import keyring.errors

from chair.domain.errors import KeyringUnavailable

SERVICE = "chair"


def _explain(exc: Exception) -> KeyringUnavailable:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(
            "The system keyring is locked. Unlock it (log in to the desktop session) and try again."
        )
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailable(
            "No system keyring is available to store passwords. Install and start one "
            "(GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager)."
        )
    return KeyringUnavailable(f"The system keyring refused the request: {exc}")


def _account(kind: str, account: str) -> str:
    return f"{kind}:{account}"


def backend_name() -> str:
    kr = keyring.get_keyring()
    return f"{type(kr).__module__}.{type(kr).__name__}"


def set_password(kind: str, account: str, password: str) -> None:
    """Store the password of e.g. kind "imap", account "alice@127.0.0.1:143"."""
    try:
        keyring.set_password(SERVICE, _account(kind, account), password)
    except keyring.errors.KeyringError as exc:
        raise _explain(exc) from None


def get_password(kind: str, account: str) -> str:
    """The stored password; KeyringUnavailable when there is none or the keyring fails."""
    try:
        value = keyring.get_password(SERVICE, _account(kind, account))
    except keyring.errors.KeyringError as exc:
        raise _explain(exc) from None
    if value is None:
        raise KeyringUnavailable(
            f"No password is stored for {account}. Add it again in Settings or with "
            f"`chair source add`."
        )
    return value


def delete_password(kind: str, account: str) -> None:
    try:
        keyring.delete_password(SERVICE, _account(kind, account))
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise _explain(exc) from None
