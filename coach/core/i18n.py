"""The one door every user-visible text goes through, with no Qt here.

Code below the screens (core, app, export) writes ``translate("Context", "English text")``
with two string literals: ``pyside6-lupdate`` finds exactly that call form in Python
files and adds the text to ``assets/translations/coach_*.ts``. Texts kept in a table
to be translated later are marked with ``QT_TRANSLATE_NOOP("Context", "text")``
(it returns the text unchanged; lupdate extracts it) and passed through
``translate(context, value)`` where they are shown. Never pass an f-string: put
``{name}`` fields in the literal and fill them with ``.format()`` after translating.

Until a translator is installed (``install``), every text comes back as written, in
English. The app installs one backed by ``QCoreApplication.translate`` and ``QLocale``
(``coach.export.language``), so the screens' ``self.tr()`` and these texts share one
set of translation files, and dates and numbers follow the chosen language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

# The languages the app ships (code → the language's own name, as shown in Settings).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Backend:
    """What an installed translator provides: texts, dates by a Qt date pattern, numbers."""

    translate: Callable[[str, str, str | None, int], str]
    format_date: Callable[[dt.date, str], str]
    format_number: Callable[[float, int], str]  # digits after the decimal point; -1: as few as needed
    language: str = DEFAULT_LANGUAGE


_backend: Backend | None = None


def install(backend: Backend | None) -> None:
    """Use ``backend`` for every text from now on (None: back to the English texts as written)."""
    global _backend
    _backend = backend


def backend() -> Backend | None:
    return _backend


def language() -> str:
    """The language texts are shown in now (``en`` until a translator is installed)."""
    return _backend.language if _backend is not None else DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language in use; with ``n`` >= 0, ``%n`` becomes the number (and plural forms apply)."""
    if _backend is not None:
        return _backend.translate(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context`` without translating it yet."""
    return text


def date_pattern(d: dt.date, pattern: str, english: Callable[[dt.date], str]) -> str:
    """``d`` written with a Qt date pattern (already translated), or by ``english`` with no translator."""
    if _backend is None:
        return english(d)
    return _backend.format_date(d, pattern)


def number_text(value: float, digits: int, english: Callable[[], str]) -> str:
    """``value`` with the language's decimal sign (``english()`` with no translator)."""
    if _backend is None:
        return english()
    return _backend.format_number(value, digits)


class Texts(Mapping):
    """A table of texts kept in English (marked with ``QT_TRANSLATE_NOOP``) and read in the language in use:
    ``LABELS = Texts("Context", {"key": QT_TRANSLATE_NOOP("Context", "Text")})``; ``LABELS[key]``, ``.get``,
    ``.items()`` and ``.values()`` translate at the moment they are read, so a table made when a module is
    imported still follows the language installed later. ``source(key)`` is the English text."""

    def __init__(self, context: str, items: Mapping):
        self.context = context
        self._items = dict(items)

    def __getitem__(self, key) -> str:
        return translate(self.context, self._items[key])

    def __iter__(self):
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def source(self, key) -> str:
        return self._items[key]

    def __repr__(self) -> str:
        return f"Texts({self.context!r}, {self._items!r})"


class TranslatedFields:
    """A mixin for a (frozen) dataclass whose text fields hold English marked with ``QT_TRANSLATE_NOOP``:
    the fields named in ``_translated`` read in the language in use, in ``_context``."""

    _context: ClassVar[str] = ""
    _translated: ClassVar[frozenset[str]] = frozenset()

    def __getattribute__(self, name: str):
        value = object.__getattribute__(self, name)
        if name in type(self)._translated and isinstance(value, str) and value:
            return translate(type(self)._context, value)
        return value

    def source(self, name: str) -> str:
        """A text field as written (English)."""
        return object.__getattribute__(self, name)
