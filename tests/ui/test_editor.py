"""The program editor driven like a physiotherapist would: the library, doses, order, undo, saving, leaving.

The editor runs inside the real main window; the library dialog is shown
without its modal loop (``program_editor.open_library``) so the test can type
into it, and questions are answered through ``coach.ui.widgets.kit``.
"""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt

from coach.core.program_read import load_program, parse_text
from coach.core.session import State
from coach.resources import default_program_path
from coach.store import program_folder as program_store
from coach.ui.programs import actions as editor_actions
from coach.ui.programs import editor as program_editor
from coach.ui.programs.editor import ProgramEditorPage
from coach.ui.widgets import kit as ew


@pytest.fixture
def ui(monkeypatch):
    """Answers for the editor's questions; ``ui.unsaved`` is the answer to "save your changes?"."""
    class Answers:
        unsaved = "cancel"
        asked: list[str] = []
        library_words: list[tuple[str, str]] = []  # (search text, region) per exercise to add

    a = Answers()
    a.asked = []

    def ask_unsaved(parent, what):
        a.asked.append(what)
        return a.unsaved

    monkeypatch.setattr(ew, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(ew, "confirm", lambda *args, **kw: True)
    monkeypatch.setattr(ew, "tell", lambda parent, title, text, **kw: a.asked.append(text))

    def drive_library(dlg):
        dlg.show()
        for words, region in a.library_words:
            dlg.region.setCurrentIndex(dlg.region.findData(region))
            dlg.search.setText(words)
            dlg.search.returnPressed.emit()  # Enter in the search field adds the first hit
        dlg.accept()

    monkeypatch.setattr(program_editor, "open_library", drive_library)
    return a


@pytest.fixture
def editor(window, ui, qtbot):
    """A new program open in the editor (clinician mode on)."""
    w = window()
    scr = w.show_screen("programs")
    scr.bar.toggle.click()
    scr.new_button.click()
    page = w.page
    assert isinstance(page, ProgramEditorPage)
    return page


def texts(page):
    return [p.message for p in page.validate_now()]


def test_build_a_two_week_program_from_the_library(editor, ui, store):
    page = editor
    assert texts(page) == ["required field is missing (add it)"]  # week 1 has no exercises yet
    assert page.problems_frame.isVisible()
    page.tree.setCurrentItem(page.tree.topLevelItem(1))  # week 1
    ui.library_words = [("press", ""), ("", "core")]
    page.add_ex_button.click()
    page.add_week_button.click()
    page.week_form.title.setFocus()
    page.week_form.title.selectAll()
    ui.library_words = [("hamstring", "")]
    page.add_ex_button.click()
    p = page.draft.program
    assert [(w.number, [e.id for e in w.exercises]) for w in p.weeks] == [
        (1, ["prone-press-up", "drawing-in"]), (2, ["hamstring-stretch"])]
    assert page.tree.topLevelItem(2).child(0).text(0) == "1. Hamstring stretch"
    assert texts(page) == []
    assert not page.problems_frame.isVisible()


def test_change_a_dose_by_keyboard_and_see_it_in_words(editor, ui, qtbot):
    page = editor
    page.select(("week", 0))
    ui.library_words = [("plank", "core")]
    page.add_ex_button.click()
    ex_form = page.exercise_form
    assert page.selection == ("exercise", 0, 0) and ex_form.name.text() == "Plank from the knees"
    high = ex_form.hold.high
    high.setFocus()
    high.selectAll()
    qtbot.keyClicks(high, "25")
    qtbot.keyClick(high, Qt.Key.Key_Return)  # a typed number counts once it is committed
    assert page.draft.exercise(0, 0).dose.hold_seconds.high == 25
    assert "Hold 10–25 s" in ex_form.dose_words.text()
    # an inverted range (as a file might have it): the validator's message, inline
    from coach.core.program import Range

    page.draft.set_dose(0, 0, "hold_seconds", Range(30, 25))
    page.validate_now()
    item = page.problem_list.item(0).text()
    _p, direct = parse_text(page.draft.text(), str(page.draft.path or "my-program.toml"))
    assert item == f"⚠ {direct[0]}" and "inverted" in item
    # Enter on the problem goes to the exercise
    page.select(("program",))
    page.problem_list.itemActivated.emit(page.problem_list.item(0))
    assert page.selection == ("exercise", 0, 0)


def test_reorder_undo_and_redo_with_the_keyboard(editor, ui, qtbot):
    page = editor
    page.select(("week", 0))
    ui.library_words = [("knee to chest", ""), ("bridge", ""), ("walking", "")]
    page.add_ex_button.click()
    ids = lambda: [e.id for e in page.draft.program.weeks[0].exercises]  # noqa: E731
    assert ids() == ["knee-to-chest", "bridge", "walking"]
    page.select(("exercise", 0, 0))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ids() == ["bridge", "knee-to-chest", "walking"] and page.selection == ("exercise", 0, 1)
    page.down_button.click()
    assert ids() == ["bridge", "walking", "knee-to-chest"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids() == ["bridge", "knee-to-chest", "walking"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids() == ["knee-to-chest", "bridge", "walking"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ids() == ["bridge", "knee-to-chest", "walking"]
    assert page.redo_button.isEnabled() and "Move exercise" in page.redo_button.accessibleName()
    page.select(("exercise", 0, 1))
    page.remove_button.click()
    assert "knee-to-chest" not in ids() and "Undo" in page.state.text()
    page.undo_button.click()
    assert "knee-to-chest" in ids()


def test_typing_a_title_is_one_undo_step(editor, qtbot):
    page = editor
    title = page.program_form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Back care")
    assert page.draft.program.title == "Back care" and page.heading.text() == "Edit program: Back care"
    page.undo_button.click()
    assert page.draft.program.title == "New program" and title.text() == "New program"


def test_unsaved_prompt_on_close_cancel_save_and_discard(editor, ui, store):
    page = editor
    window = page.window()
    page.select(("week", 0))
    ui.library_words = [("bridge", "")]
    page.add_ex_button.click()
    page.draft.set_program_field("title", "Unsaved work")
    ui.unsaved = "cancel"
    page.close_button.click()
    assert window.page is page and ui.asked == ["The program “Unsaved work”"]
    # closing the window asks too, and cancelling keeps it open
    assert window.close() is False and window.page is page
    ui.unsaved = "save"
    page.close_button.click()
    assert window.page is None
    (saved,) = program_store.user_dir(store).glob("*.toml")
    assert load_program(saved).title == "Unsaved work"


def test_discard_closes_without_writing(editor, ui, store):
    page = editor
    window = page.window()
    page.draft.set_program_field("title", "Throw away")
    ui.unsaved = "discard"
    page.close_button.click()
    assert ui.asked == ["The program “Throw away”"]
    assert window.page is None and window.current_screen().accessibleName() == "Programs"
    assert list(program_store.user_dir(store).glob("*.toml")) == []
    # nothing changed: closing asks nothing
    window.current_screen().new_button.click()
    window.page.close_button.click()
    assert window.page is None and len(ui.asked) == 1


def test_editing_a_shipped_program_saves_a_copy(window, ui, store):
    before = hashlib.sha256(default_program_path().read_bytes()).hexdigest()
    w = window()
    scr = w.show_screen("programs")
    scr.bar.toggle.click()
    scr.list.setCurrentRow(0)
    scr.edit_button.click()
    page = w.page
    assert "copy of the built-in" in page.note_text.text()
    assert page.draft.program.id == "upper-lumbar-4-week-copy"
    page.select(("week", 0))
    page.week_form.title.setText("Gentle start")
    page.week_form.title.textEdited.emit("Gentle start")
    assert page.save()
    path = page.draft.path
    assert path.parent == program_store.user_dir(store)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# The 4-week movement program")  # the shipped file's comments kept
    copy = load_program(path)
    assert copy.id == "upper-lumbar-4-week-copy" and copy.weeks[0].title == "Gentle start"
    assert copy.weeks[1:] == load_program(default_program_path()).weeks[1:]
    assert hashlib.sha256(default_program_path().read_bytes()).hexdigest() == before
    assert "All changes saved" in page.state.text()


def test_too_many_exercises_in_a_session_warns(editor, ui):
    page = editor
    page.select(("week", 0))
    ui.library_words = [(w, "") for w in ("knee to chest", "femoral", "hip flexor", "prone knee", "bridge",
                                          "pelvic tilt", "cat")]
    page.add_ex_button.click()
    page.validate_now()
    warnings = " ".join(page.load_warnings())
    assert page.problems_frame.isVisible() and "warning" in page.problems_text.text()
    assert "7 exercises" in warnings and "at most 6" in warnings
    page.select(("week", 0))
    assert "⚠ Morning: 7 exercises" in page.week_form.load_text.text()


def test_step_figure_with_live_preview(editor, ui):
    page = editor
    page.select(("week", 0))
    ui.library_words = [("slump", "")]
    page.add_ex_button.click()
    steps = page.exercise_form.steps
    steps.list.setCurrentRow(1)  # the glide step, as the library draws it
    assert steps.figure.currentData() == "slump-glide"
    steps.figure.setCurrentIndex(steps.figure.findData("chair-sit"))
    assert page.draft.exercise(0, 0).steps[1].figure == "chair-sit"
    assert steps.preview.figure() == "chair-sit"
    assert steps.preview.accessibleName() == "Illustration: sitting on a chair"
    steps.pose.setValue(0)
    assert steps.preview.progress() == 0.0
    steps.add.click()
    assert len(page.draft.exercise(0, 0).steps) == 4 and steps.current == 2


def test_preview_records_nothing(editor, ui, store, monkeypatch, qtbot, clock):
    page = editor
    page.select(("week", 0))
    ui.library_words = [("drawing", "")]
    page.add_ex_button.click()
    ex = page.exercise_form
    ex.reps.low.setValue(2)
    ex.reps.high.setValue(2)
    ex.hold.low.setValue(2)
    ex.hold.high.setValue(2)
    monkeypatch.setattr(editor_actions, "ask_week", lambda *a, **k: (1, 0))
    page.preview_button.click()
    window = page.window()
    preview = window.page
    assert preview is not page and "Nothing is recorded" in preview.findChild(ew.QLabel, "previewBannerText").text()
    player = preview.player
    qtbot.keyClick(player, Qt.Key.Key_Space)  # start
    for _ in range(60):
        if player.engine.snapshot().state == State.CHECKIN:
            break
        clock.advance(1.0)
        player.tick()
    assert player.engine.snapshot().state == State.CHECKIN
    qtbot.keyClick(player, Qt.Key.Key_1)  # fine
    assert player.engine.finished
    assert store.db.execute("select count(*) from sessions").fetchone()[0] == 0
    assert store.db.execute("select count(*) from session_events").fetchone()[0] == 0
    qtbot.keyClick(player, Qt.Key.Key_Space)  # leave: back to the editor
    assert window.page is page


def test_every_control_has_an_accessible_name(editor, ui, window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QScrollBar,
        QWidget,
    )

    from coach.core.exercise_library import load_library
    from coach.resources import library_path
    from coach.ui.programs.library import LibraryDialog

    def internal(w) -> bool:
        p = w.parentWidget()
        while p is not None:
            if isinstance(p, QComboBox | QAbstractSpinBox | QLineEdit | QAbstractItemView):
                return True
            p = p.parentWidget()
        return False

    page = editor
    page.select(("week", 0))
    ui.library_words = [("press", "")]
    page.add_ex_button.click()
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView,
             QAbstractSlider)
    dialog = LibraryDialog(load_library(library_path()), "week 1", lambda ex: None, page)
    missing = []
    for root in [page, dialog, page.window().screen("programs"), page.window().screen("profiles")]:
        for w in root.findChildren(QWidget):
            if not isinstance(w, kinds) or isinstance(w, QScrollBar):
                continue
            if internal(w):
                continue  # Qt's own parts of a combo box, spin box, line edit or list
            if not w.accessibleName().strip():
                missing.append(f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}")
    dialog.deleteLater()
    assert missing == [], "\n".join(missing)


# ----------------------------------------------------------------------- smoothing
def test_the_checks_box_never_moves_the_form(editor, ui, qtbot):
    """Problems coming and going never shift the outline and the form under the mouse."""
    page = editor
    page.window().resize(1366, 768)
    qtbot.wait(10)

    def form_top():
        return page.split.mapTo(page, page.split.rect().topLeft()).y()

    page.validate_now()
    assert page.problem_list.count() == 1 and page.problems_frame.isVisible()
    assert "1 problem, listed under the form" in page.state.text()
    # the box is under the outline and the form
    assert page.problems_frame.mapTo(page, page.problems_frame.rect().topLeft()).y() > form_top()
    with_problem = form_top()
    page.select(("week", 0))
    ui.library_words = [("bridge", "")]
    page.add_ex_button.click()
    assert page.validate_now() == []
    assert form_top() == with_problem and not page.problems_frame.isVisible()
    from coach.core.program import Range

    page.draft.set_program_field("id", "Bad Id")
    page.draft.set_dose(0, 0, "reps", Range(5, 3))
    page.draft.set_program_field("sessions_per_day", 1)
    page.draft.set_program_field("session_names", ["A", "B", "C"])
    assert len(page.validate_now()) >= 3  # more than the box shows at once: its list scrolls
    assert form_top() == with_problem


def test_typing_a_range_never_shows_inverted_midway(editor, ui, qtbot):
    page = editor
    page.select(("week", 0))
    ui.library_words = [("plank", "core")]
    page.add_ex_button.click()
    hold = page.exercise_form.hold
    before = page.draft.exercise(0, 0).dose.hold_seconds
    low = hold.low
    low.setFocus()
    low.selectAll()
    qtbot.keyClicks(low, "1")  # on the way to "15"
    page.validate_now()
    assert page.draft.exercise(0, 0).dose.hold_seconds == before  # nothing counted yet
    qtbot.keyClicks(low, "5")
    qtbot.keyClick(low, Qt.Key.Key_Tab)  # committed
    assert page.draft.exercise(0, 0).dose.hold_seconds.low == 15
    high = hold.high
    high.setFocus()
    high.selectAll()
    qtbot.keyClicks(high, "1")
    assert not any("inverted" in t for t in texts(page))
    qtbot.keyClicks(high, "2")
    qtbot.keyClick(high, Qt.Key.Key_Return)  # 12, below the low end: one number, 12
    assert page.draft.exercise(0, 0).dose.hold_seconds == __import__("coach.core.program", fromlist=["Range"]).Range(
        12, 12)
    assert not any("inverted" in t for t in texts(page))


def test_the_nerve_glide_note_shows_only_for_nerve_glides(editor, ui):
    page = editor
    page.select(("week", 0))
    ui.library_words = [("bridge", ""), ("slump", "")]
    page.add_ex_button.click()
    form = page.exercise_form
    page.select(("exercise", 0, 0))
    assert not form.glide.isChecked() and not form.glide_hint.isVisible()
    page.select(("exercise", 0, 1))
    assert form.glide.isChecked() and form.glide_hint.isVisible()
    form.glide.setChecked(False)
    assert not form.glide_hint.isVisible() and not page.draft.exercise(0, 1).nerve_glide


def test_a_weeks_minutes_say_the_walks_apart(editor, ui):
    page = editor
    page.select(("week", 0))
    ui.library_words = [("bridge", ""), ("walking", "")]
    page.add_ex_button.click()
    page.select(("week", 0))
    text = page.week_form.load_text.text()
    assert "min of exercises at the top of every range, plus 10 min of walking" in text
    page.select(("exercise", 0, 1))
    page.remove()
    page.select(("week", 0))
    assert "(no walk in this session)" in page.week_form.load_text.text()


def test_the_id_follows_the_title_until_it_is_edited(editor, qtbot):
    page = editor
    form = page.program_form
    page.select(("program",))
    assert form.pid_hint.isVisible()
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Knee program")
    assert page.draft.program.id == "knee-program" and form.pid.text() == "knee-program"
    page.draft.undo()
    assert page.draft.program.title != "Knee program" and page.draft.program.id != "knee-program"  # one step
    page.draft.redo()
    form.pid.setFocus()
    form.pid.selectAll()
    qtbot.keyClicks(form.pid, "sams-knees")
    assert not form.pid_hint.isVisible()
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Sam's knees")
    assert page.draft.program.title == "Sam's knees" and page.draft.program.id == "sams-knees"


def test_an_exercise_can_be_made_an_alternative_to_another(editor, ui):
    page = editor
    page.select(("week", 0))
    ui.library_words = [("bridge", ""), ("pelvic tilt", "")]
    page.add_ex_button.click()
    form = page.exercise_form
    page.select(("exercise", 0, 1))
    assert form.option_of.currentData() == ""
    form.option_of.setCurrentIndex(form.option_of.findData("bridge"))
    assert page.draft.program.weeks[0].options[0].id == "pelvic-tilt"
    assert page.tree.topLevelItem(1).child(1).text(0).strip() == "or Pelvic tilt"
    assert "Programs" in form.option_hint.text() and form.option_hint.isVisible()
    assert page.validate_now() == []
    assert 'option_of = "bridge"' in page.draft.text()
    page.select(("exercise", 0, 0))
    assert not form.option_of.isEnabled()  # the bridge has an alternative: it cannot be one itself
