"""The store's connection: reads run on it directly, everything else through sqlite-utils, made on first use.

``Store.db`` is a :class:`Database`: reads (``query`` of a ``select``, and
``execute``) run on the connection exactly as sqlite-utils runs them, and
everything else (``db["table"]``, ``atomic()``, ``table_names()``, the
migrations) is sqlite-utils' own ``Database``, made the first time it is
needed. Opening the app and showing Today only reads, so it does not pay for
importing sqlite-utils (it brings click, dateutil, a plugin manager and, where
installed, numpy: a fifth of a second or more).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

_NOT_ROWS = ("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE")


def _first_word(sql: str) -> str:
    """The statement's first keyword in upper case, after blanks; "" when it starts with a comment."""
    head = sql.lstrip(" \t\r\n;\ufeff")
    n = 0
    while n < len(head) and (head[n].isalpha() or head[n] == "_"):
        n += 1
    return head[:n].upper()


def _unique_keys(keys: list[str]) -> list[str]:
    """Column names made unique as sqlite-utils makes them (later duplicates get ``_2``, ``_3``...)."""
    if len(set(keys)) == len(keys):
        return keys
    from sqlite_utils.utils import dedupe_keys

    return dedupe_keys(keys)


class Database:
    """The store's connection: reads on the connection itself, anything else through sqlite-utils, made on
    first use (see the module docstring). Everything sqlite-utils' ``Database`` has is reachable here."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: sqlite_utils.Database | None = None
        # what sqlite-utils sets when it wraps a connection, set now so that nothing differs before it does
        conn.execute("PRAGMA recursive_triggers=on")

    @property
    def full(self) -> sqlite_utils.Database:
        """sqlite-utils' ``Database`` on this connection (imported and made the first time)."""
        if self._full is None:
            import sqlite_utils

            self._full = sqlite_utils.Database(self.conn)
        return self._full

    def query(self, sql: str, params: Any = None):
        """Rows of a ``select`` as dicts, as ``sqlite_utils.Database.query`` gives them; other statements are
        handed to sqlite-utils, which refuses those that return no rows."""
        if _first_word(sql) != "SELECT":
            return self.full.query(sql, params)
        cursor = self.conn.execute(sql, params) if params is not None else self.conn.execute(sql)
        keys = _unique_keys([d[0] for d in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """``sqlite_utils.Database.execute``: the statement on the connection; a write outside a transaction
        is committed, and a failed statement leaves no transaction open."""
        word = _first_word(sql)
        if not word:  # a statement after a comment: sqlite-utils reads past it
            return self.full.execute(sql, parameters)
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql, parameters) if parameters is not None else conn.execute(sql)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and word not in _NOT_ROWS):
            conn.execute("COMMIT")
        return cursor

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table: str):
        return self.full[table]

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("conn", "_full"):
            raise AttributeError(name)
        return getattr(self.full, name)
