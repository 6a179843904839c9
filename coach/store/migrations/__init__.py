"""Schema migrations, one module each (``m001_…``, ``m002_…``), applied in name order.

Never edit a migration that has shipped; add a new module instead. Each module
registers its functions on ``MIGRATIONS`` with ``@MIGRATIONS()``.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlite_utils import Migrations

MIGRATIONS = Migrations("lumbar-coach")

_loaded = False


def load_all() -> Migrations:
    global _loaded
    if not _loaded:
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
            if info.name.startswith("m") and info.name[1:4].isdigit():
                importlib.import_module(f"{__name__}.{info.name}")
        _loaded = True
    return MIGRATIONS
