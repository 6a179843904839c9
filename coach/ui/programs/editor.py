"""The program editor: a full-window page over the screens (opened from the Programs screen).

Left, the program's outline (``outline``: settings, weeks, their exercises)
with buttons to add, copy, remove and move; right, the form of what is
selected (``forms``, ``exercise_form``). Every edit goes to a
:class:`~coach.core.program_draft.ProgramDraft`, so Undo (Ctrl+Z) and Redo
(Ctrl+Shift+Z) take back any change; problems are the validator's own
messages (``coach validate``) for the file that would be saved, listed inline
(Enter on one selects the place), with warnings when a session holds more
than patients keep up with.

Save (Ctrl+S) writes into the user's programs folder (a shipped program is
saved as a copy with a new id; the shipped file is never touched). Closing
with unsaved changes (Close, Escape, or closing the window) asks first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.app import programs
from coach.core.exercise_library import Library
from coach.core.i18n import translate
from coach.core.program_draft import ProgramDraft, problem_location
from coach.store.db import StoreError
from coach.store.program_folder import ProgramFileError
from coach.ui.context import AppContext
from coach.ui.programs import actions as editor_actions
from coach.ui.programs.exercise_form import ExerciseForm, image_reference
from coach.ui.programs.forms import ProgramForm, WeekForm
from coach.ui.programs.library import LibraryDialog
from coach.ui.programs.outline import ROLE, OutlineTree, clamp
from coach.ui.widgets import kit as ew
from coach.ui.widgets.layout import FlowLayout

VALIDATE_MS = 500  # problems are re-checked this long after the last keystroke (a pause, not every letter)
CHECK_ROWS = 4  # the checks box shows up to this many problems or warnings at once (its list scrolls for more)


class _Body(QSplitter):
    """The outline beside the form. It asks for no more than its minimum height, so that on a short window the
    page scrolls only as far as needed and otherwise the body takes whatever room is left."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class ProgramEditorPage(QWidget):
    """Edits one program. ``closed`` when the user leaves; ``saved(path)`` after each save."""

    closed = Signal()
    saved = Signal(object)

    def __init__(self, ctx: AppContext, draft: ProgramDraft, library: Library, *, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.library = library
        self.note = note
        self.selection: tuple = ("program",)
        self._filtered: QObject | None = None
        self.setObjectName("programEditor")
        self.setAccessibleName(translate("programs", "Program editor"))
        self._build()
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_MS)
        self._validate_timer.timeout.connect(self.validate_now)
        draft.on_change(self._changed)
        self._sync_tree()
        self._show_selection()
        self._update_state()
        self.validate_now()

    # ============================================================== layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the whole page scrolls when it is taller than the window (large text in a small window): the
        # heading, actions and notices come first, then the outline and the form at a usable height
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("editorPageScroll")
        self.page_scroll.setAccessibleName(translate("programs", "Program editor"))
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.page_scroll)
        content = QWidget()
        content.setObjectName("editorContent")
        self.page_scroll.setWidget(content)
        lay = QVBoxLayout(content)
        lay.setContentsMargins(12, 8, 12, 8)
        # the heading on a line of its own (it holds the program's title, which can be long); then what
        # state the program is in, then the actions, which wrap onto a second line at large text
        self.heading = ew.label("", "h1", name="editorHeading")
        self.state = ew.label("", "muted", name="editorState")
        lay.addWidget(self.heading)
        lay.addWidget(self.state)
        actions = QWidget()
        actions.setObjectName("editorActions")
        top = FlowLayout(actions, spacing=6)
        self.undo_button = ew.button(translate("programs", "↶ &Undo"), "undoButton", translate("programs", "Undo (Ctrl+Z)"))
        self.redo_button = ew.button(translate("programs", "↷ &Redo"), "redoButton", translate("programs", "Redo (Ctrl+Shift+Z)"))
        self.preview_button = ew.button(translate("programs", "▶ Pre&view…"), "previewButton", translate("programs", "Preview a week in the player"))
        self.handout_button = ew.button(translate("programs", "&Handout…"), "handoutButton", translate("programs", "Print a handout of the program or of chosen weeks (PDF)"))
        self.save_button = ew.button(translate("programs", "&Save"), "saveButton", translate("programs", "Save (Ctrl+S)"), role="primary")
        self.close_button = ew.button(translate("programs", "&Close"), "closeButton", translate("programs", "Close the editor"))
        for b in (self.undo_button, self.redo_button, self.preview_button, self.handout_button, self.save_button,
                  self.close_button):
            top.addWidget(b)
        lay.addWidget(actions)
        self.note_frame, self.note_text = ew.banner("notice", "editorNote")
        lay.addWidget(self.note_frame)
        # the checks: problems (the validator's messages) and warnings about how full a session is, in one box
        # under the outline and the form (added below), so that nothing moves under the mouse when a problem
        # comes or goes; the state line above says when there are some
        self.problems_frame, self.problems_text = ew.banner("alert", "problems")
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(translate("programs", "Problems and warnings: press Enter on a problem to go to its place"))
        self.problem_list.setWordWrap(True)
        self.problems_frame.layout().addWidget(self.problem_list)

        fm = self.fontMetrics()
        self.split = split = _Body(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        # the outline and the form keep room for about 15 lines; below that the page scrolls instead
        split.setMinimumHeight(15 * fm.lineSpacing())
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.tree = OutlineTree()
        self.tree.setMinimumWidth(16 * fm.averageCharWidth())
        ll.addWidget(self.tree, 1)
        # the outline's buttons: adding on the first line, moving and removing on the next (the outline is as wide
        # as the adding buttons); at large text they wrap onto more lines
        row_box = QWidget()
        row = FlowLayout(row_box, spacing=6)
        self.add_week_button = ew.button(translate("programs", "Add &week"), "addWeek", translate("programs", "Add a week after the selected one"))
        self.copy_week_button = ew.button(translate("programs", "Cop&y week"), "copyWeek", translate("programs", "Copy the selected week"))
        self.add_ex_button = ew.button(translate("programs", "Add e&xercises…"), "addExercise", translate("programs", "Add exercises from the library"))
        self._outline_row = (self.add_week_button, self.copy_week_button, self.add_ex_button)
        self.up_button = ew.button(translate("programs", "▲ Up"), "moveUp", translate("programs", "Move the selected week or exercise up (Alt+Up)"))
        self.down_button = ew.button(translate("programs", "▼ Down"), "moveDown", translate("programs", "Move the selected week or exercise down (Alt+Down)"))
        self.remove_button = ew.button(translate("programs", "Re&move"), "removeItem", translate("programs", "Remove the selected week or exercise"))
        for b in (*self._outline_row, self.up_button, self.down_button, self.remove_button):
            row.addWidget(b)
        ll.addWidget(row_box)
        split.addWidget(left)
        self.forms = QStackedWidget()
        self.program_form = ProgramForm(self.draft)
        self.week_form = WeekForm(self.draft, self.add_exercises)
        self.exercise_form = ExerciseForm(self.draft, self.library.regions(), self.pick_image)
        self.exercise_form.structure_changed = self._sync_tree
        for f, name in ((self.program_form, translate("programs", "Program settings form")), (self.week_form, translate("programs", "Week form")),
                        (self.exercise_form, translate("programs", "Exercise form"))):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            # a Tab stop of its own, so that the keyboard can scroll through the texts between the fields
            scroll.setAccessibleName(name)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # only if very narrow
            scroll.setWidget(f)
            self.forms.addWidget(scroll)
        split.addWidget(self.forms)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self._split_moved = False  # once the person drags the divider, it stays where they put it
        split.splitterMoved.connect(lambda *_: setattr(self, "_split_moved", True))
        split.installEventFilter(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.problems_frame)

        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        self.preview_button.clicked.connect(self.preview)
        self.handout_button.clicked.connect(self.handout)
        self.add_week_button.clicked.connect(self.add_week)
        self.copy_week_button.clicked.connect(self.copy_week)
        self.add_ex_button.clicked.connect(self.add_exercises)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove)
        self.tree.currentItemChanged.connect(self._tree_selected)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        for keys, fn in ((QKeySequence.StandardKey.Undo, self.undo), ("Ctrl+Shift+Z", self.redo),
                         (QKeySequence.StandardKey.Redo, self.redo), (QKeySequence.StandardKey.Save, self.save),
                         ("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(1))):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.request_close)

    # ============================================================ outline
    def _sync_tree(self) -> None:
        self.selection = clamp(self.draft.program, self.selection)
        self.tree.show_program(self.draft.program, self.selection)

    def select(self, sel: tuple) -> None:
        self.selection = sel
        self.draft.seal()
        self._sync_tree()
        self._show_selection()

    def _tree_selected(self, item: QTreeWidgetItem | None, _prev) -> None:
        if item is not None:
            self.selection = item.data(0, ROLE)
            self.draft.seal()
            self._show_selection()

    def _show_selection(self) -> None:
        sel = self.selection
        if sel[0] == "program":
            self.program_form.load()
            self.forms.setCurrentIndex(0)
        elif sel[0] == "week":
            self.week_form.load(sel[1])
            self.forms.setCurrentIndex(1)
        else:
            self.exercise_form.load(sel[1], sel[2])
            self.forms.setCurrentIndex(2)
        self._update_buttons()

    def _week_index(self) -> int:
        return self.selection[1] if self.selection[0] != "program" else len(self.draft.program.weeks) - 1

    def _update_buttons(self) -> None:
        sel = self.selection
        has_weeks = bool(self.draft.program.weeks)
        self.copy_week_button.setEnabled(sel[0] != "program")
        self.add_ex_button.setEnabled(has_weeks)
        self.remove_button.setEnabled(sel[0] != "program")
        if sel[0] == "week":
            n = len(self.draft.program.weeks)
            self.up_button.setEnabled(sel[1] > 0)
            self.down_button.setEnabled(sel[1] < n - 1)
            self.remove_button.setAccessibleName(translate("programs", "Remove week {sel}").format(sel=sel[1] + 1))
        elif sel[0] == "exercise":
            n = len(self.draft.entries(sel[1]))
            self.up_button.setEnabled(sel[2] > 0)
            self.down_button.setEnabled(sel[2] < n - 1)
            self.remove_button.setAccessibleName(translate("programs", "Remove the selected exercise"))
        else:
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)

    # ============================================================ actions
    def add_week(self) -> None:
        after = self.selection[1] + 1 if self.selection[0] != "program" else None
        i = self.draft.add_week(after)
        self.select(("week", i))
        self.week_form.title.setFocus()
        self.week_form.title.selectAll()

    def copy_week(self) -> None:
        if self.selection[0] != "program":
            self.select(("week", self.draft.duplicate_week(self.selection[1])))

    def add_exercises(self) -> None:
        if not self.draft.program.weeks:
            return
        w = self._week_index()
        added: list[int] = []

        def add(ex) -> None:
            added.append(self.draft.add_exercise(w, ex))

        number = self.draft.program.weeks[w].number
        dlg = LibraryDialog(self.library, translate("programs", "week {value}").format(value=number), add, self)
        open_library(dlg)
        if added:
            self.select(("exercise", w, added[-1]))

    def move(self, delta: int) -> None:
        sel = self.selection
        if sel[0] == "week":
            self.select(("week", self.draft.move_week(sel[1], sel[1] + delta)))
        elif sel[0] == "exercise":
            self.select(("exercise", sel[1], self.draft.move_exercise(sel[1], sel[2], sel[2] + delta)))

    def remove(self) -> None:
        sel = self.selection
        if sel[0] == "week":
            self.draft.remove_week(sel[1])
            self.select(("week", max(0, sel[1] - 1)) if self.draft.program.weeks else ("program",))
        elif sel[0] == "exercise":
            self.draft.remove_exercise(sel[1], sel[2])
            self.select(("exercise", sel[1], max(0, sel[2] - 1)))
        self.state.setText(self.state.text() + translate("programs", " · Removed: Undo (Ctrl+Z) brings it back."))

    def undo(self) -> None:
        self.draft.undo()

    def redo(self) -> None:
        self.draft.redo()

    def pick_image(self, week: int, exercise: int, step: int) -> None:
        """Choose an image file for a step; it is copied next to the program when it lies elsewhere."""
        path = ew.ask_open_path(self, translate("programs", "Choose a picture for this step"), translate("programs", "Images (*.png *.jpg *.jpeg *.svg)"))
        if not path:
            return
        folder = self.draft.path.parent if self.draft.path else programs.user_dir(self.ctx.app)
        ref, copy_to = image_reference(Path(path), folder)
        if copy_to is not None:
            try:
                copy_to.parent.mkdir(parents=True, exist_ok=True)
                if not copy_to.exists():
                    shutil.copyfile(path, copy_to)
            except OSError as exc:
                ew.tell(self, translate("programs", "The picture was not copied"), f"{copy_to}: {exc.strerror or exc}", warning=True)
                return
        self.draft.set_step(week, exercise, step, image=ref)

    # ======================================================== change flow
    def _changed(self, _what: str) -> None:
        self._sync_tree()
        self._show_selection()
        self._update_state()
        self._validate_timer.start()

    def _update_state(self) -> None:
        d = self.draft
        p = d.program
        self.heading.setText(translate("programs", "Edit program: {no}").format(no=p.title or '(no title)'))
        if d.path is None:
            where = translate("programs", "A new program, not saved yet") if not d.dirty else translate("programs", "A new program with unsaved changes")
        else:
            where = (translate("programs", "Unsaved changes · {name}").format(name=d.path.name) if d.dirty else translate("programs", "All changes saved · {name}").format(name=d.path.name))
        problems, warnings = getattr(self, "_checks_state", (0, 0))
        if problems:
            where += (translate("programs", " · ⚠ {problems} problem, listed under the form") if problems == 1 else translate("programs", " · ⚠ {problems} problems, listed under the form")).format(problems=problems)
        elif warnings:
            where += (translate("programs", " · {warnings} warning under the form") if warnings == 1 else translate("programs", " · {warnings} warnings under the form")).format(warnings=warnings)
        self.state.setText(where)
        self.undo_button.setEnabled(d.can_undo)
        self.redo_button.setEnabled(d.can_redo)
        self.undo_button.setToolTip(translate("programs", "Undo {undo_label} (Ctrl+Z)").format(undo_label=d.undo_label) if d.can_undo else translate("programs", "Nothing to undo"))
        self.redo_button.setToolTip(translate("programs", "Redo {redo_label} (Ctrl+Shift+Z)").format(redo_label=d.redo_label) if d.can_redo else translate("programs", "Nothing to redo"))
        self.undo_button.setAccessibleName(translate("programs", "Undo {undo_label} (Ctrl+Z)").format(undo_label=d.undo_label) if d.can_undo else translate("programs", "Undo (nothing to undo)"))
        self.redo_button.setAccessibleName(translate("programs", "Redo {redo_label} (Ctrl+Shift+Z)").format(redo_label=d.redo_label) if d.can_redo else
                                           translate("programs", "Redo (nothing to redo)"))
        self.note_text.setText(self.note)
        self.note_frame.setVisible(bool(self.note))

    def validate_now(self) -> list:
        """Run the checks now (they also run shortly after each change); returns the problems."""
        self._validate_timer.stop()
        problems = self.draft.problems()
        warnings = self.draft.load_warnings()
        self.problem_list.clear()
        for p in problems:
            item = QListWidgetItem(f"⚠ {p}")
            item.setData(ROLE, p)
            self.problem_list.addItem(item)
        for w in warnings:
            self.problem_list.addItem(QListWidgetItem(f"ⓘ {w}"))
        n = len(problems)
        parts = []
        if n:
            parts.append((translate("programs", "<b>{n} problem</b> (as <code>coach validate</code> reports them for the file that would be saved; the program can be saved but not assigned until they are fixed)") if n == 1 else translate("programs", "<b>{n} problems</b> (as <code>coach validate</code> reports them for the file that would be saved; the program can be saved but not assigned until they are fixed)")).format(n=n))
        if warnings:
            parts.append((translate("programs", "<b>{warnings} warning</b> about how full a session is") if len(warnings) == 1 else translate("programs", "<b>{warnings} warnings</b> about how full a session is")).format(warnings=len(warnings)))
        self.problems_text.setText("; ".join(parts) + ":" if parts else "")
        rows = min(CHECK_ROWS, max(1, len(problems) + len(warnings)))
        self.problem_list.setFixedHeight(rows * (self.problem_list.fontMetrics().lineSpacing() * 2 + 4)
                                         + 2 * self.problem_list.frameWidth())
        self.problems_frame.setVisible(bool(parts))
        role = "alert" if n else "notice"
        if self.problems_frame.property("role") != role:
            ew.set_role(self.problems_frame, role)
        self._checks_state = (n, len(warnings))
        self._update_state()
        return problems

    def load_warnings(self) -> list[str]:
        """The warnings shown about how full a session is."""
        return [self.problem_list.item(i).text()[2:] for i in range(self.problem_list.count())
                if self.problem_list.item(i).data(ROLE) is None]

    def _ready(self, what: str) -> bool:
        """Whether the program has no problems; says so when it has."""
        problems = self.validate_now()
        if problems:
            n = len(problems)
            ew.tell(self, translate("programs", "{what}: fix the problems first").format(what=what),
                    (translate("programs", "The program has {n} problem (listed at the top of the editor). {what} works once they are fixed.") if n == 1 else translate("programs", "The program has {n} problems (listed at the top of the editor). {what} works once they are fixed.")).format(n=n, what=what), warning=True)
        return not problems

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        w, e, _s = problem_location(item.data(ROLE))
        weeks = self.draft.program.weeks
        if w is None or w >= len(weeks):
            self.select(("program",))
        elif e is None or e >= len(weeks[w].entries()):
            self.select(("week", w))
        else:
            self.select(("exercise", w, e))
            if _s is not None:
                self.exercise_form.steps.current = _s
                self.exercise_form.steps.load()
        self.forms.currentWidget().setFocus()

    # ======================================================== save, close
    def save(self) -> bool:
        """Save into the user's programs folder; True when saved."""
        problems = self.validate_now()
        users = programs.users(self.ctx.app, self.draft.path)
        if problems and users:
            ew.tell(self, translate("programs", "Not saved"), translate("programs", "{users} {use} this program, so it can only be saved without problems. Fix the problems listed at the top first.").format(users=', '.join(users), use='uses' if len(users) == 1 else 'use'),
                    warning=True)
            return False
        if problems and not ew.confirm(self, translate("programs", "Save with problems?"),
                                       (translate("programs", "The program has {problems} problem.") if len(problems) == 1 else translate("programs", "The program has {problems} problems.")).format(problems=len(problems)),
                                       translate("programs", "&Save anyway"), detail=translate("programs", "It cannot be assigned to a profile, previewed or printed until they are fixed.")):
            return False
        text = self.draft.text()
        try:
            done = programs.save_text(self.ctx.app, text, self.draft.path, self.draft.program.id)
        except (StoreError, ProgramFileError) as exc:
            ew.tell(self, translate("programs", "Not saved"), str(exc), warning=True)
            return False
        path = done.value
        self.draft.mark_saved(path, text)
        self.note = translate("programs", "Saved as {name} in {parent}.").format(name=path.name, parent=path.parent)  # two parts: a long path still wraps at large text
        self._update_state()
        self.ctx.apply(done)  # a profile following this file has the new version already
        self.saved.emit(path)
        return True

    def confirm_leave(self) -> bool:
        """True when the editor may close: nothing unsaved, or saved, or discarded on purpose."""
        if not self.draft.dirty:
            return True
        answer = ew.ask_unsaved(self, translate("programs", "The program “{program}”").format(program=self.draft.program.title or 'New program'))
        if answer == "save":
            return self.save()
        return answer == "discard"

    def request_close(self) -> None:
        if self.confirm_leave():
            self._release_window()
            self.closed.emit()

    # the main window's close button: ask before unsaved changes are lost
    def showEvent(self, event) -> None:
        super().showEvent(event)
        win = self.window()
        if win is not self and self._filtered is None:
            win.installEventFilter(self)
            self._filtered = win

    def _release_window(self) -> None:
        if self._filtered is not None:
            self._filtered.removeEventFilter(self)
            self._filtered = None

    def _place_split(self) -> None:
        """Give the outline the width of its first row of buttons (at most 45 % of the page); the form the rest."""
        total = self.split.width() - self.split.handleWidth()
        row = sum(b.sizeHint().width() for b in self._outline_row) + 6 * (len(self._outline_row) - 1)
        left = max(self.split.widget(0).minimumSizeHint().width(), min(row, total * 45 // 100))
        self.split.blockSignals(True)  # not a move by the person
        self.split.setSizes([left, max(0, total - left)])
        self.split.blockSignals(False)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.split and event.type() == QEvent.Type.Resize and not self._split_moved:
            self._place_split()
        if obj is self._filtered and event.type() == QEvent.Type.Close:
            if not self.confirm_leave():
                event.ignore()
                return True
            self._release_window()
        return super().eventFilter(obj, event)

    # ====================================================== preview, print
    def preview(self) -> None:
        if not self._ready(translate("programs", "Preview")):
            return
        w = self.selection[1] if self.selection[0] != "program" else 0
        choice = editor_actions.ask_week(self, self.draft.program, translate("programs", "Preview a session"), w)
        if choice is None:
            return
        program = self.draft.program
        if self.draft.path is not None:
            from dataclasses import replace

            program = replace(program, path=self.draft.path)
        editor_actions.open_preview(self.window(), self.ctx, program, *choice)

    def handout(self) -> None:
        if not self._ready(translate("programs", "The handout")):
            return
        from dataclasses import replace

        program = replace(self.draft.program, path=self.draft.path)
        done = editor_actions.make_handout(self, self.ctx, program)
        if done:
            path, request = done
            self.note = (translate("programs", "Handout of {program} saved as {name} in {parent}.").format(program=editor_actions.handout_words(request, program), name=path.name, parent=path.parent))
            self._update_state()


def open_library(dialog: LibraryDialog) -> None:
    """Show the library dialog (tests replace this to drive the dialog without a modal loop)."""
    dialog.exec()
    ew.reactivate(dialog.parentWidget())


def open_editor(window, ctx: AppContext, draft: ProgramDraft, library: Library, note: str = "") -> ProgramEditorPage:
    """Push an editor for ``draft`` over the screens; it pops itself when closed."""
    page = ProgramEditorPage(ctx, draft, library, note=note)
    page.closed.connect(lambda: window.pop_page(page))
    window.push_page(page)
    page.tree.setFocus()
    return page
