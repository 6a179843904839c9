"""The language the app speaks: Qt translators from ``assets/translations`` and ``QLocale`` for dates.

``use_language(code)`` loads ``coach_<code>.qm`` (the app's texts) and Qt's own
``qtbase_<code>.qm`` (the buttons of standard dialogs), installs them on the
running Qt application when there is one, and installs a ``coach.core.i18n``
backend so texts from the core, the app layer and the PDFs are translated too,
with dates and numbers written by ``QLocale`` of that language.

The ``.ts`` files in ``assets/translations`` are the sources (kept current by
``tools/translations.py update``, which runs ``pyside6-lupdate``). A ``.qm`` is
compiled from them by ``pyside6-lrelease``: the desktop bundle compiles them at
build time (``packaging/build.sh``); a source checkout or an installed package
compiles one the first time the language is used, into the user's cache folder,
named by a hash of the ``.ts`` so an edited file is compiled again. If no ``.qm``
can be had, the app says so once and stays in English.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from coach.core import i18n
from coach.resources import assets_dir

ENV = "COACH_LANGUAGE"  # overrides the setting (for a try-out, screenshots and tests)


class LanguageError(RuntimeError):
    """The chosen language's translations could not be loaded (worded for the person)."""


def translations_dir() -> Path:
    return assets_dir() / "translations"


def ts_path(code: str) -> Path:
    return translations_dir() / f"coach_{code}.ts"


def available() -> dict[str, str]:
    """Languages with a translation file (and English), code → the language's own name."""
    return {code: name for code, name in i18n.LANGUAGES.items()
            if code == i18n.DEFAULT_LANGUAGE or ts_path(code).is_file()}


def system_language() -> str:
    """The desktop's language if the app speaks it, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in available():
            return code
    return i18n.DEFAULT_LANGUAGE


def chosen_language(setting: str) -> str:
    """The language to use: ``COACH_LANGUAGE``, else the setting, else the system's."""
    for value in (os.environ.get(ENV, ""), setting):
        if value in available():
            return value
    return system_language()


def qt_locale(code: str) -> QLocale:
    if code == "en":  # the names the English texts were written with ("Sep", not "Sept")
        loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    else:
        loc = QLocale(code)
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc


def _lrelease() -> list[str] | None:
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("lumbar-coach", appauthor=False)) / "translations"


def compiled(code: str, cache: Path | None = None) -> Path:
    """The ``.qm`` for ``code``: the one built beside the ``.ts`` in a bundle, else compiled into the cache."""
    ts = ts_path(code)
    if not ts.is_file():
        raise LanguageError(f"There is no translation file for {code!r} ({ts}).")
    beside = ts.with_suffix(".qm")
    if getattr(sys, "frozen", False) and beside.is_file():
        return beside
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    folder = cache or _cache_dir()
    qm = folder / f"coach_{code}-{digest}.qm"
    if qm.is_file():
        return qm
    tool = _lrelease()
    if tool is None:
        raise LanguageError("pyside6-lrelease was not found, so the translations cannot be compiled; "
                            "reinstall PySide6.")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_suffix(f".{os.getpid()}.tmp")
    done = subprocess.run([*tool, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, text=True)
    if done.returncode != 0 or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        raise LanguageError(f"pyside6-lrelease could not compile {ts.name}: {done.stderr.strip() or done.stdout}")
    os.replace(tmp, qm)
    return qm


class _State:
    translators: list[QTranslator] = []
    default_locale: QLocale | None = None  # QLocale's default before a language changed it


def _install_on_app(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    for old in _State.translators:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _State.translators = list(translators)
    if app is not None:
        for t in translators:
            QCoreApplication.installTranslator(t)


def make_backend(code: str, translators: list[QTranslator]) -> i18n.Backend:
    """A ``coach.core.i18n`` backend over ``translators`` (newest first) and ``QLocale`` of ``code``."""
    loc = qt_locale(code)

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        for t in translators:
            out = t.translate(context, text, disambiguation, n)
            if out:
                return out
        return text.replace("%n", loc.toString(n)) if n >= 0 else text

    def format_date(d, pattern: str) -> str:
        return loc.toString(QDate(d.year, d.month, d.day), pattern)

    def format_number(value: float, digits: int) -> str:
        if digits < 0:
            return loc.toString(int(value)) if float(value).is_integer() else loc.toString(value, "g", 6)
        return loc.toString(value, "f", digits)

    return i18n.Backend(translate, format_date, format_number, code)


def install_translators(code: str, translators: list[QTranslator]) -> None:
    """Use ``translators`` for the screens (``QCoreApplication``) and every text below them."""
    _install_on_app(translators)
    if _State.default_locale is None:
        _State.default_locale = QLocale()
    QLocale.setDefault(qt_locale(code))
    i18n.install(make_backend(code, translators))


def use_language(code: str) -> str | None:
    """Speak ``code`` from now on. Returns None, or a sentence saying why the app stays in English."""
    if code == i18n.DEFAULT_LANGUAGE or code not in available():
        reset()  # English as written: no translator, no change to QLocale
        return None
    try:
        qm = compiled(code)
    except (LanguageError, OSError) as exc:
        reset()
        return f"The {i18n.LANGUAGES[code]} texts could not be loaded, so the app is in English: {exc}"
    ours = QTranslator()
    if not ours.load(str(qm)):
        reset()
        return f"The {i18n.LANGUAGES[code]} texts in {qm} could not be read, so the app is in English."
    qt = QTranslator()
    translators = [ours]
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    install_translators(code, translators)
    return None


def reset() -> None:
    """Back to English as written, QLocale's default as it was."""
    _install_on_app([])
    if _State.default_locale is not None:
        QLocale.setDefault(_State.default_locale)
        _State.default_locale = None
    i18n.install(None)
