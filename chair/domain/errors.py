"""Errors a user can cause or act on; anything else is a bug and keeps its traceback."""


class ChairError(Exception):
    """A known condition with a message meant for the user."""


class NewerSchema(ChairError):
    """The database was written by a newer chair and cannot be opened safely."""


class DatabaseFault(ChairError):
    """The database cannot be used as it is (locked, missing, damaged, full, read-only,
    another program's). Nothing more can be written: an import stops, keeping what it wrote."""


class DatabaseLocked(DatabaseFault):
    """Another program holds the database and did not let go in time."""


class DatabaseMissing(DatabaseFault):
    """No database at the path a read-only command was given (it never creates one)."""


class NotChairDatabase(DatabaseFault):
    """The file is another program's (or not a database at all); chair leaves it untouched."""


class DatabaseDamaged(DatabaseFault):
    """The database file is corrupt; chair does not write to it."""


class DatabaseReadOnly(DatabaseFault):
    """The database file, or the folder it is in, cannot be written."""


class TeamStoreOffline(DatabaseFault):
    """The team database's server stopped answering; what was committed is kept, and the
    next use connects again."""


class NotAllowed(ChairError):
    """The team database refused a read or a write the signed-in person's role does not
    allow (the server enforces the roles, whatever a window offers)."""


class DiskFull(DatabaseFault):
    """The disk (or the database's size limit) is full; what was committed is kept."""


class SourceUnreadable(ChairError):
    """A file, folder or mailbox could not be read at all."""


class KeyringUnavailable(ChairError):
    """The OS keyring could not be used (missing, locked or refusing)."""


class SourceUnreachable(ChairError):
    """A server (IMAP, SMTP) could not be reached."""


class AuthFailed(ChairError):
    """A server refused the user name or password."""
