"""Errors a user can cause or act on; anything else is a bug and keeps its traceback."""


class ChairError(Exception):
    """A known condition with a message meant for the user."""


class NewerSchema(ChairError):
    """The database was written by a newer chair and cannot be opened safely."""


class DatabaseLocked(ChairError):
    """Another program holds the database and did not let go in time."""


class SourceUnreadable(ChairError):
    """A file, folder or mailbox could not be read at all."""


class KeyringUnavailable(ChairError):
    """The OS keyring could not be used (missing, locked or refusing)."""


class SourceUnreachable(ChairError):
    """A server (IMAP, SMTP) could not be reached."""


class AuthFailed(ChairError):
    """A server refused the user name or password."""
