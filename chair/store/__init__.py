"""The SQLite store: one file, WAL, numbered migrations, one module per aggregate."""

from chair.store.db import connect, data_version, transaction
from chair.store.migrations import SCHEMA_VERSION, schema_version

__all__ = ["SCHEMA_VERSION", "connect", "data_version", "schema_version", "transaction"]
