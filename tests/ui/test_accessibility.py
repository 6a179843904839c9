"""Every screen in SCREENS (new ones included automatically), with a profile and some history:

- every visible control that takes the keyboard has a name as assistive technology reads it (its
  accessible name, its visible text, or the text of a label whose buddy it is);
- Tab reaches every enabled control that takes the keyboard;
- at 200 % text in a 1024×600 window no visible control lies outside the window
  (below the fold of a scroll area is fine: scrolling reaches it) or has zero size, and no text
  runs out of the window's sides;
- at 100 % and 200 % text in a 1024×600 window no button or text is squeezed below the room its
  text needs (a button narrower than its label, a wrapped label shorter than its lines).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from coach.core import safety
from coach.core.program_read import load_program
from coach.core.tracker import LOCATIONS, TrackerEntry
from coach.resources import default_program_path
from coach.store import sessions as ss
from coach.store import tracker as ts
from coach.ui.first_run import FirstRunDialog
from coach.ui.guide.breaks import BreakDialog
from coach.ui.player.page import PAGE_CHECKIN, PAGE_END
from coach.ui.programs.actions import ChooseWeekDialog, open_preview
from coach.ui.programs.library import LibraryDialog
from coach.ui.programs.screen import exercise_library
from coach.ui.safety.warning_signs import EmergencyDialog, SeeDoctorSoonDialog, WarningSignsDialog
from coach.ui.screens import SCREENS
from coach.ui.settings.profiles import ProfileDialog
from coach.ui.widgets import style

TODAY = dt.date(2026, 11, 10)
KEYS = [key for key, _title, _spec in SCREENS]

# Gaps found by these tests and not yet fixed, each with what is wrong; a listed gap turns the test into an xfail
KNOWN: dict[tuple[str, str], str] = {}

@pytest.fixture
def history(store, profile):
    for i in range(3):
        day = TODAY - dt.timedelta(days=i + 1)
        sid = ss.start_session(store, profile_id=profile.id, date=day, slot_index=0, slot_name="Morning",
                               week=2, program_id="upper-lumbar-4-week", planned=[])
        ss.append_event(store, sid, kind="exercise_start", exercise_index=0, exercise_id="knee-to-chest",
                        data={"kind": "hold"})
        ss.finish_session(store, sid, ss.COMPLETED, summary={"completed": True})
        pain = dict.fromkeys(LOCATIONS)
        pain["back_right"] = 4 - i
        ts.save_entry(store, profile.id, TrackerEntry(date=day, pain=pain), today=TODAY)
    store.backup("manual")
    return profile


@pytest.fixture
def big(qapp):
    # windows of earlier tests wait for a deferred delete that processEvents() never runs; each style change
    # below would re-polish all of them, so let them go first
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    snap = style.snapshot(qapp)
    yield
    style.restore(qapp, snap)


def _open(window, key: str):
    w = window(TODAY)
    w.resize(1024, 600)
    screen = w.show_screen(key)
    w.activateWindow()
    QApplication.processEvents()
    return w, screen


def _takes_keyboard(w: QWidget) -> bool:
    if not (w.isVisible() and w.isEnabled()):
        return False
    if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return False
    if isinstance(w, QScrollBar):
        return False
    p = w.parentWidget()
    # the line edit inside a spin box or combo box is part of that control
    return not (w.focusProxy() is not None or isinstance(p, QAbstractSpinBox | QComboBox))


def _controls(screen: QWidget) -> list[QWidget]:
    return [w for w in [screen, *screen.findChildren(QWidget)] if _takes_keyboard(w)]


def _label(w: QWidget) -> str:
    """The name a screen reader announces: Qt's accessible name, which falls back to the visible text and
    to the text of a QLabel that has this control as its buddy."""
    iface = QAccessible.queryAccessibleInterface(w)
    texts = [iface.text(QAccessible.Text.Name) if iface is not None else "", w.accessibleName()]
    if isinstance(w, QAbstractButton | QLabel):
        texts.append(w.text())
    return next((t for t in texts if t and t.strip()), "")


def _where(w: QWidget) -> str:
    return f"{type(w).__name__} {w.objectName()!r} {_label(w)!r}"


def _names(screen) -> list[str]:
    return [_where(c) for c in _controls(screen) if not _label(c)]


def _tab_misses(w, screen) -> list[str]:
    wanted = _controls(screen)
    nav = getattr(w, "nav", None)
    start = nav if nav is not None and nav.isVisible() else (wanted[0] if wanted else w)
    start.setFocus()
    seen: set[int] = set()
    for _ in range(4 * len(wanted) + 40):
        f = QApplication.focusWidget()
        if f is not None:
            seen.add(id(f))
        w.focusNextPrevChild(True)
    # Tab stops once in an exclusive group of buttons (the arrow keys move inside it), as Qt does everywhere
    reached = {_group(c) for c in wanted if id(c) in seen and _group(c) is not None}
    return [_where(c) for c in wanted if id(c) not in seen and (_group(c) is None or _group(c) not in reached)]


def _group(w: QWidget):
    if not isinstance(w, QAbstractButton):
        return None
    g = w.group()
    if g is not None and g.exclusive():
        return id(g)
    if w.autoExclusive():
        return ("auto", id(w.parentWidget()))
    return None


def _inside_scroll(w: QWidget) -> QAbstractScrollArea | None:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QScrollArea):
            return p
        p = p.parentWidget()
    return None


def _overflow(w, screen) -> list[str]:
    frame = QRect(QPoint(0, 0), w.size())
    problems = []
    texts = [x for x in screen.findChildren(QLabel) if x.isVisible() and x.text().strip()]
    buttons = [x for x in screen.findChildren(QAbstractButton) if x.isVisible()]
    for c in [*_controls(screen), *buttons, *texts]:
        if c.width() <= 0 or c.height() <= 0:
            problems.append(f"{_where(c)} has zero size")
            continue
        r = QRect(c.mapTo(w, QPoint(0, 0)), c.size())
        if _inside_scroll(c) is not None:
            # reachable by scrolling down, but not sideways out of the window
            if r.left() < 0 or r.right() > frame.right():
                problems.append(f"{_where(c)} sticks out sideways: {r.getRect()}")
        elif not frame.contains(r):
            problems.append(f"{_where(c)} lies outside the window: {r.getRect()}")
    return problems


def _clipped(screen) -> list[str]:
    """Buttons and texts given less room than their text needs (Qt then cuts the text off)."""
    out = []
    for c in [*screen.findChildren(QAbstractButton), *screen.findChildren(QLabel)]:
        if not c.isVisible() or (isinstance(c, QLabel) and not c.text().strip()):
            continue
        if isinstance(c, QLabel) and c.wordWrap():
            need = c.heightForWidth(c.width())
            if need > c.height() + 1:
                out.append(f"{_where(c)} is {c.height()} px high, its lines need {need}")
            continue
        m = c.minimumSizeHint()
        if c.width() + 1 < m.width() or c.height() + 1 < m.height():
            out.append(f"{_where(c)} is {c.width()}×{c.height()}, its text needs {m.width()}×{m.height()}")
    return out


@pytest.mark.parametrize("key", KEYS)
def test_screen_is_usable_by_name_by_keyboard_and_at_200_percent(window, history, big, qapp, key):
    """One window per screen (building it is the slow part); each check reports on its own."""
    style.apply_style(qapp, 1.0, "light")
    w, screen = _open(window, key)
    failures = []
    unnamed = _names(screen)
    if unnamed and ("names", key) not in KNOWN:
        failures.append(f"controls without an accessible name or text: {unnamed}")
    missed = _tab_misses(w, screen)
    if missed:
        failures.append(f"Tab never reaches {missed}")
    clipped = _clipped(screen)
    style.apply_style(qapp, 2.0, "light")
    w.resize(1024, 600)
    QApplication.processEvents()
    assert w.width() <= 1024 and w.height() <= 600
    over = _overflow(w, screen)
    if over and ("fits", key) not in KNOWN:
        failures.append(f"at 200 % in 1024×600: {over}")
    clipped += _clipped(screen)
    if clipped and ("clipped", key) not in KNOWN:
        failures.append(f"text cut off in 1024×600: {clipped}")
    assert not failures, f"{key}: " + "; ".join(failures)
    found = {"names": unnamed, "fits": over, "clipped": clipped}
    known = [k for k in KNOWN if k[1] == key and found.get(k[0])]
    if known:
        pytest.xfail("; ".join(KNOWN[k] for k in known))


# ---------------------------------------------------------------- pages and dialogs
# The full-window pages pushed over the screens (player, editor, preview) and every dialog, each built at
# the text size it is checked at, as a person opens them after choosing a size in Settings.

def _pump():
    for _ in range(4):
        QApplication.processEvents()


def _player(window, stage: str):
    w = window(TODAY)
    w.resize(1024, 600)
    page = w.open_player(("slot", 0))
    clock = page.clock
    if stage == "checkin":
        for _ in range(200):  # Space starts, counts reps and moves on, as a person would
            if page.pages.currentIndex() == PAGE_CHECKIN:
                break
            QTest.keyClick(page, Qt.Key.Key_Space)
            clock.advance(4.0)
            page.tick()
        assert page.pages.currentIndex() == PAGE_CHECKIN
    elif stage == "stop":
        page.ask_stop()
    elif stage == "end":
        page.ask_stop()
        page.stop_panel.buttons["sharp_pain"].click()
        assert page.pages.currentIndex() == PAGE_END
    _pump()
    return w, page


def _editor(window, stage: str):
    w = window(TODAY)
    w.resize(1024, 600)
    w.ctx.set_clinician_mode(True)
    w.show_screen("programs").edit()
    page = w.page
    tree = page.tree
    week = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).childCount())
    item = {"program": tree.topLevelItem(0), "week": week, "exercise": week.child(0)}[stage]
    tree.setCurrentItem(item)
    _pump()
    return w, page


def _preview(window, _stage: str):
    w = window(TODAY)
    w.resize(1024, 600)
    entry = w.show_screen("programs").selected()
    page = open_preview(w, w.ctx, entry.program, 1, 0)
    _pump()
    return w, page


def _flare(window, step: int):
    w = window(TODAY)
    w.resize(1024, 600)
    page = w.open_flare()
    page.go(step)
    _pump()
    return w, page


def _today_after_the_weeks(window):
    w = window(dt.date(2026, 12, 30))  # day 60 of the program: maintenance, its plan and weekly check
    w.resize(1024, 600)
    _pump()
    return w, w.current_screen()


def _dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(1024, 600)
    _pump()
    return dialog, dialog


def _first_run(window, qtbot, store, stage: int):
    dlg = FirstRunDialog(store, TODAY)
    top, _ = _dialog(qtbot, dlg)
    for _ in range(stage):
        dlg.next()
    _pump()
    return top, dlg


PAGES = {
    "player-ready": lambda window, qtbot, store: _player(window, "ready"),
    "player-checkin": lambda window, qtbot, store: _player(window, "checkin"),
    "player-stop": lambda window, qtbot, store: _player(window, "stop"),
    "player-end": lambda window, qtbot, store: _player(window, "end"),
    "preview": lambda window, qtbot, store: _preview(window, ""),
    "flare-plan-start": lambda window, qtbot, store: _flare(window, 0),
    "flare-plan-positions": lambda window, qtbot, store: _flare(window, 1),
    "flare-plan-help": lambda window, qtbot, store: _flare(window, 4),
    "break-dialog": lambda window, qtbot, store: _dialog(qtbot, BreakDialog(window(TODAY).ctx)),
    "today-maintenance": lambda window, qtbot, store: _today_after_the_weeks(window),
    "editor-program": lambda window, qtbot, store: _editor(window, "program"),
    "editor-week": lambda window, qtbot, store: _editor(window, "week"),
    "editor-exercise": lambda window, qtbot, store: _editor(window, "exercise"),
    "first-run-welcome": lambda window, qtbot, store: _first_run(window, qtbot, store, 0),
    "first-run-program": lambda window, qtbot, store: _first_run(window, qtbot, store, 1),
    "first-run-profile": lambda window, qtbot, store: _first_run(window, qtbot, store, 2),
    "first-run-breaks": lambda window, qtbot, store: _first_run(window, qtbot, store, 3),
    "first-run-warning-signs": lambda window, qtbot, store: _first_run(window, qtbot, store, 4),
    "warning-signs-dialog": lambda window, qtbot, store: _dialog(qtbot, WarningSignsDialog()),
    "emergency-dialog": lambda window, qtbot, store: _dialog(
        qtbot, EmergencyDialog(safety.assess({"bladder_bowel": True, "weakness": True}))),
    "see-doctor-dialog": lambda window, qtbot, store: _dialog(
        qtbot, SeeDoctorSoonDialog(safety.assess({"weakness": True, "fever_weight": True}))),
    "profile-dialog": lambda window, qtbot, store: _dialog(qtbot, ProfileDialog(window(TODAY).ctx)),
    "choose-week-dialog": lambda window, qtbot, store: _dialog(
        qtbot, ChooseWeekDialog(load_program(default_program_path()), "Preview a session")),
    "library-dialog": lambda window, qtbot, store: _dialog(
        qtbot, LibraryDialog(exercise_library(), "Week 1: Gentle mobilization", lambda _e: None)),
}


# pages and dialogs with a known gap at 100 % or 200 %: their test is an xfail that says what is wrong (-rx)
KNOWN_PAGES: set[str] = set()


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
@pytest.mark.parametrize("key", list(PAGES))
def test_page_or_dialog_is_usable_at_100_and_200_percent(window, qtbot, store, history, big, qapp,
                                                         key, scale):
    style.apply_style(qapp, scale, "light")
    top, area = PAGES[key](window, qtbot, store)
    failures = []
    if scale == 1.0:
        unnamed = _names(area)
        if unnamed:
            failures.append(f"controls without an accessible name or text: {unnamed}")
        missed = _tab_misses(top, area)
        if missed:
            failures.append(f"Tab never reaches {missed}")
    if top.width() > 1024 or top.height() > 600:
        failures.append(f"needs {top.width()}×{top.height()}, more than 1024×600")
    over = _overflow(top, area)
    if over:
        failures.append(f"in 1024×600: {over}")
    clipped = _clipped(area)
    if clipped:
        failures.append(f"text cut off in 1024×600: {clipped}")
    message = f"{key} at {scale:.0%}: " + "; ".join(failures)
    if f"{key} {scale:.0%}" in KNOWN_PAGES:
        assert failures, f"{key} at {scale:.0%} is usable now: take it out of KNOWN_PAGES"
        pytest.xfail(message)
    assert not failures, message
