"""Every text a person sees goes through translation: a pseudo-language that wraps each translated text in
⟦ ⟧ is installed, every screen, page, dialog and PDF is opened, and any word left outside the brackets is a
text the code never handed to ``translate`` (or ``tr``).

Dates come out wrapped too (their Qt patterns are translated); what is left unwrapped on purpose is listed
in ``ALLOWED`` (the app's name, the data folder's path, numbers and signs).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import test_accessibility
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
    QWizard,
)
from test_accessibility import KEYS, PAGES, TODAY, _dialog, _open

from coach import APP_NAME
from coach.core.i18n import LANGUAGES
from coach.export import language

history, big = test_accessibility.history, test_accessibility.big  # the same fixtures
OPEN, CLOSE = "⟦", "⟧"


def _library_dialog(window, qtbot, store):
    from coach.core.i18n import translate
    from coach.ui.programs.library import LibraryDialog
    from coach.ui.programs.screen import exercise_library

    return _dialog(qtbot, LibraryDialog(exercise_library(), translate("programs", "Week 1"), lambda _e: None))


def _preview(window, qtbot, store):
    from test_accessibility import _pump

    from coach.ui.programs.actions import open_preview

    w = window(TODAY)
    entry = w.show_screen("programs").selected()
    page = open_preview(w, w.ctx, entry.shown, 1, 0)  # as the Programs screen opens it
    _pump()
    return w, page


def _choose_week(window, qtbot, store):
    from coach.core.i18n import translate
    from coach.core.program_i18n import localized
    from coach.core.program_read import load_program
    from coach.resources import default_program_path
    from coach.ui.programs.actions import ChooseWeekDialog

    return _dialog(qtbot, ChooseWeekDialog(localized(load_program(default_program_path())),
                                           translate("programs", "Preview a session")))


# as the app opens them: the library dialog with the (translated) name of the week it adds to, the preview
# and the week chooser with the program in the language in use
PAGES = {**PAGES, "library-dialog": _library_dialog, "preview": _preview, "choose-week-dialog": _choose_week}


def _texts_as_written() -> set[str]:
    """Every text of the shipped program and the library as written: the editor shows and edits them so."""
    import tomllib

    from coach.resources import default_program_path, library_path

    out: set[str] = set()

    def walk(v) -> None:
        if isinstance(v, str):
            out.add(v)
            out.update(v.splitlines())
        elif isinstance(v, dict):
            for k, x in v.items():
                if k != "translations":
                    walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for path in (default_program_path(), library_path()):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return out


class PseudoTranslator(QTranslator):
    """Every text comes back wrapped in ⟦ ⟧ (Qt date patterns keep working: the brackets are quoted)."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return source
        if context == "Dates":
            return f"'{OPEN}'{source}'{CLOSE}'"
        if context.startswith("Q"):  # Qt's own widgets (QDialogButtonBox, QWizard...): Qt ships those
            return f"{OPEN}{source}{CLOSE}"
        text = source.replace("%n", str(n)) if n >= 0 else source
        return f"{OPEN}{text}{CLOSE}"


@pytest.fixture
def pseudo(qapp):
    t = PseudoTranslator()
    language.install_translators("en", [t])
    yield t
    language.reset()


_TAG = re.compile(r"<[^>]*>")
_INNER = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
# the app's name; each language's own name (in the language menu); ids in parentheses (a figure, an exercise)
ALLOWED = (APP_NAME, *LANGUAGES.values())
_ID = re.compile(r"\([a-z0-9]+(?:-[a-z0-9]+)+\)|\([a-z]+\)")


def leftover(text: str) -> list[str]:
    """The words of ``text`` that no translation wrapped."""
    t = _TAG.sub(" ", text or "").replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
    for allowed in ALLOWED:
        t = t.replace(allowed, " ")
    t = _ID.sub(" ", t)
    t = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", " ", t)  # an id (a program's, an exercise's)
    while True:
        shorter = _INNER.sub(" ", t)
        if shorter == t:
            break
        t = shorter
    if "/" in t or "\\" in t:  # a path (the data folder, a backup file): the person's own
        t = re.sub(r"\S*[/\\]\S*", " ", t)
    return re.findall(r"[A-Za-z]{2,}", t)


def texts_of(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text shown by ``top`` and its visible children."""
    out: list[tuple[str, str]] = []
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if w is not top and not w.isVisibleTo(top):
            continue
        where = f"{type(w).__name__} {w.objectName()!r}"
        add = lambda t, what="", where=where: out.append((f"{where}{what}", t))  # noqa: E731
        if w.isWindow():
            add(w.windowTitle(), " title")
        add(w.toolTip(), " tooltip")
        add(w.accessibleName(), " accessible name")
        if isinstance(w, QLabel):
            add(w.text())
        elif isinstance(w, QAbstractButton):
            add(w.text())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QLineEdit):
            add(w.placeholderText(), " placeholder")
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            add(w.placeholderText(), " placeholder")
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i), f" item {i}")
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i), f" tab {i}")
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w.item(i).text(), f" row {i}")
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                h = w.horizontalHeaderItem(c)
                add(h.text() if h else "", f" column {c}")
                for r in range(w.rowCount()):
                    it = w.item(r, c)
                    add(it.text() if it else "", f" cell {r},{c}")
            for r in range(w.rowCount()):
                h = w.verticalHeaderItem(r)
                add(h.text() if h else "", f" row {r}")
        elif isinstance(w, QTreeWidget):
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                it = stack.pop()
                for c in range(w.columnCount()):
                    add(it.text(c), " item")
                stack.extend(it.child(i) for i in range(it.childCount()))
        elif isinstance(w, QWizard):
            page = w.currentPage()
            if page is not None:
                add(page.title(), " page title")
                add(page.subTitle(), " page subtitle")
    return [(where, t) for where, t in out if t]


def untranslated(top: QWidget) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts_of(top) if leftover(text)]


def test_the_pseudo_language_finds_a_text_that_was_not_translated(qtbot, pseudo):
    """The check itself: a translated text passes, a raw one is caught, with where it is."""
    from coach.core.i18n import translate

    top = QWidget()
    qtbot.addWidget(top)
    good = QLabel(translate("today", "Today"), top)
    bad = QLabel("Start the morning session", top)
    bad.setObjectName("forgotten")
    top.show()
    assert good.text() == "⟦Today⟧"
    assert untranslated(top) == ["QLabel 'forgotten': 'Start the morning session'"]
    assert leftover("⟦Week⟧ 2 · ⟦⟦Tue 10 Nov⟧⟧, 14:05") == []


def untranslated_in_every_tab(top: QWidget) -> list[str]:
    """``untranslated`` of ``top`` with each tab of each tab widget shown in turn (a hidden tab shows nothing)."""
    missed = untranslated(top)
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            missed += [m for m in untranslated(top) if m not in missed]
        tabs.setCurrentIndex(current)
    return missed


@pytest.mark.parametrize("key", KEYS)
def test_every_screen_is_translated(window, history, big, pseudo, key):
    w, screen = _open(window, key)
    missed = untranslated_in_every_tab(screen)
    assert not missed, f"{key}: texts that did not go through translation:\n" + "\n".join(missed)


@pytest.mark.parametrize("key", list(PAGES))
def test_every_page_and_dialog_is_translated(window, qtbot, store, history, big, pseudo, key):
    top, area = PAGES[key](window, qtbot, store)
    missed = untranslated_in_every_tab(area) + ([f"window title {top.windowTitle()!r}"] if leftover(top.windowTitle()) else [])
    if key.startswith("editor"):  # the editor edits the program file as written (its translations apart):
        # its own words may show as written, every other word must be translated
        written = {w for t in _texts_as_written() for w in re.findall(r"[A-Za-z]{2,}", t)}
        missed = [f"{where}: {text!r}" for where, text in texts_of(area)
                  if set(leftover(text)) - written and not where.startswith("QComboBox 'exerciseRegion'")]
    assert not missed, f"{key}: texts that did not go through translation:\n" + "\n".join(missed)


def test_the_navigation_and_window_are_translated(window, history, pseudo):
    w = window(TODAY)
    nav = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert nav and all(not leftover(t) for t in nav), nav


PATIENT = "Ana"  # the name the handout is printed for: the person's own


def _pdf_words(path) -> list[str]:
    """The words of a PDF outside every ⟦ ⟧ (a text wraps over lines and pages: the whole text is read as one),
    each with the text around it."""
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True)
    text = " ".join(out.stdout.split())
    for allowed in (*ALLOWED, PATIENT):
        text = text.replace(allowed, " ")
    while True:
        shorter = _INNER.sub(" ", text)
        if shorter == text:
            break
        text = shorter
    return [text[max(0, m.start() - 40):m.end() + 40] for m in re.finditer(r"[A-Za-z]{2,}", text)]


@pytest.mark.slow
def test_the_report_and_the_handout_are_translated(qapp, store, history, pseudo, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from coach.cli import main

    report, handout = tmp_path / "report.pdf", tmp_path / "handout.pdf"
    assert main(["--data-dir", str(store.data_dir), "report", "--out", str(report)]) == 0
    assert main(["handout", "upper-lumbar-4-week", "--out", str(handout), "--side", "left", "--for", PATIENT]) == 0
    missed = {name: _pdf_words(p) for name, p in (("report", report), ("handout", handout))}
    assert not any(missed.values()), "words outside translation:\n" + "\n".join(
        f"{name}: …{w}…" for name, words in missed.items() for w in words)
