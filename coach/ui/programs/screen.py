"""Programs: the shipped programs and the user's own, with their problems, and what can be done with them.

Anyone can look at a program, preview a week in the player (nothing is
recorded), print a week's handout and export the file. Clinician mode
(``coach.ui.settings.profiles.ClinicianBar``) unlocks New, Duplicate, Import, Edit,
Delete and Assign. Shipped programs are never changed: editing one opens a
copy with a new id, saved into ``<data folder>/programs/``. Problems are
listed with the messages of ``coach validate``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coach.app import programs
from coach.app.programs import ProgramEntry
from coach.core.exercise_library import Library, LibraryError, load_library
from coach.core.figure import figure_names
from coach.core.i18n import backend, translate
from coach.core.program_draft import ProgramDraft, as_copy, blank_program
from coach.core.program_write import copy_id, unique_program_id
from coach.core.textfmt import day_month_year
from coach.resources import library_path
from coach.store.db import StoreError
from coach.store.program_folder import ProgramFileError
from coach.ui.context import AppContext
from coach.ui.programs import actions as editor_actions
from coach.ui.settings.profiles import ClinicianBar
from coach.ui.widgets import kit as ew
from coach.ui.widgets.layout import FlowLayout, vertical_scroll

ROLE = Qt.ItemDataRole.UserRole
_library: tuple[object, Library] | None = None


def exercise_library() -> Library:
    """The exercise library (loaded once per language); ``LibraryError`` with the validator's messages if it is
    broken."""
    global _library
    words = backend()  # the translator in use (None: English as written)
    if _library is None or _library[0] is not words:
        _library = (words, load_library(library_path(), set(figure_names())))
    return _library[1]


class ProgramsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[ProgramEntry] = []
        self.setAccessibleName(translate("programs", "Programs"))
        outer = QVBoxLayout(self)
        outer.addWidget(ew.label(translate("programs", "Programs"), "h1"))
        # everything below the title scrolls as one page when large text needs more than the window's height
        page = QWidget()
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 0, 0, 0)
        scroll = vertical_scroll(page)
        scroll.setObjectName("programsPage")
        outer.addWidget(scroll, 1)
        self.bar = ClinicianBar(ctx)
        body.addWidget(self.bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setMinimumHeight(220)
        self.list = QListWidget()
        self.list.setObjectName("programList")
        self.list.setAccessibleName(translate("programs", "Programs: built-in and your own"))
        self.list.setMinimumWidth(260)
        ew.tidy_list(self.list)
        split.addWidget(self.list)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(12, 0, 0, 0)
        self.title = ew.label("", "h2", name="programTitle", selectable=True)
        self.facts = ew.label("", "muted", name="programFacts", selectable=True)
        self.description = ew.label("", name="programDescription", selectable=True)
        self.intended = ew.label("", name="programIntendedFor", selectable=True)
        self.intended.setTextFormat(Qt.TextFormat.RichText)
        self.used_by = ew.label("", name="programUsedBy")
        self.problems_frame, self.problems_text = ew.banner("alert", "programProblems")
        self.weeks = ew.label("", name="programWeeks", selectable=True)
        # the exercises a physiotherapist can swap for an alternative, for the profile in use
        self.options_box = QGroupBox(translate("programs", "Exercise options"))
        self.options_box.setObjectName("programOptions")
        self.options_box.setAccessibleName(translate("programs", "Exercise options for the profile in use"))
        ol = QVBoxLayout(self.options_box)
        self.options_hint = ew.label("", "muted", name="programOptionsHint")
        ol.addWidget(self.options_hint)
        self.options_form = QFormLayout()
        self.options_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        ol.addLayout(self.options_form)
        self.option_combos: dict[str, QComboBox] = {}
        for w in (self.title, self.facts, self.description, self.intended, self.used_by, self.problems_frame,
                  self.weeks, self.options_box):
            dl.addWidget(w)
        dl.addStretch(1)
        detail_scroll = vertical_scroll(detail)
        detail_scroll.setObjectName("programDetail")
        split.addWidget(detail_scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 700])
        body.addWidget(split, 1)
        self.status = ew.label("", "muted", name="programsStatus", selectable=True)
        body.addWidget(self.status)
        # two rows of actions (anyone / clinician mode); each wraps onto more lines at large text
        row1_box, row2_box = QWidget(), QWidget()
        row1, row2 = FlowLayout(row1_box, spacing=6), FlowLayout(row2_box, spacing=6)
        self.preview_button = ew.button(translate("programs", "▶ Pre&view a session…"), "programPreview",
                                        translate("programs", "Preview a session of the selected program (nothing is recorded)"))
        self.handout_button = ew.button(translate("programs", "&Handout…"), "programHandout", translate("programs", "Print a handout of the program or of chosen weeks (PDF)"))
        self.export_button = ew.button(translate("programs", "E&xport…"), "programExport", translate("programs", "Export the program file"))
        self.edit_button = ew.button(translate("programs", "&Edit"), "programEdit", translate("programs", "Edit the selected program"), role="primary")
        self.assign_button = ew.button(translate("programs", "&Assign"), "programAssign", translate("programs", "Assign the program to the profile in use"))
        for b in (self.preview_button, self.handout_button, self.export_button, self.assign_button,
                  self.edit_button):
            row1.addWidget(b)
        body.addWidget(row1_box)
        self.new_button = ew.button(translate("programs", "&New"), "programNew", translate("programs", "New program"))
        self.duplicate_button = ew.button(translate("programs", "&Duplicate"), "programDuplicate", translate("programs", "Duplicate the selected program"))
        self.import_button = ew.button(translate("programs", "&Import a file…"), "programImport", translate("programs", "Import a program file"))
        self.delete_button = ew.button(translate("programs", "Dele&te…"), "programDelete", translate("programs", "Delete the selected program"), role="danger")
        for b in (self.new_button, self.duplicate_button, self.import_button, self.delete_button):
            row2.addWidget(b)
        body.addWidget(row2_box)

        self.list.currentItemChanged.connect(lambda *_: self._show())
        self.list.itemActivated.connect(lambda _i: self.edit() if self.ctx.clinician_mode else None)
        self.preview_button.clicked.connect(self.preview)
        self.handout_button.clicked.connect(self.handout)
        self.export_button.clicked.connect(self.export)
        self.edit_button.clicked.connect(self.edit)
        self.assign_button.clicked.connect(self.assign)
        self.new_button.clicked.connect(self.new)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.import_button.clicked.connect(self.import_file)
        self.delete_button.clicked.connect(self.delete)
        self.refresh()

    # ============================================================ listing
    def refresh(self, select: Path | None = None) -> None:
        self.bar.refresh()
        keep = select or (self.selected().path if self.selected() else None)
        try:
            self.entries = programs.list_programs(self.ctx.app)
        except StoreError as exc:
            self.entries = []
            self.status.setText(str(exc))
        self.list.blockSignals(True)
        self.list.clear()
        for e in self.entries:
            kind = translate("programs", "Built-in") if e.shipped else translate("programs", "Yours")
            state = translate("programs", "✓ valid") if e.ok else (translate("programs", "⚠ {problems} problem") if len(e.problems) == 1 else translate("programs", "⚠ {problems} problems")).format(problems=len(e.problems))
            using = translate("programs", " · ● in use") if programs.in_use(self.ctx.app, e.path) else ""
            item = QListWidgetItem(f"{e.label}\n{kind} · {state}{using}")
            item.setData(ROLE, e)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{e.label}, {kind.lower()}, {state.strip('✓⚠ ')}"
                         f"{', in use' if using else ''}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, e in enumerate(self.entries) if keep and e.path.resolve() == Path(keep).resolve()), 0)
        if self.entries:
            self.list.setCurrentRow(row)
        self._show()

    def selected(self) -> ProgramEntry | None:
        item = self.list.currentItem()
        return item.data(ROLE) if item else None

    def select_path(self, path: Path) -> None:
        self.refresh(select=path)

    def _show(self) -> None:
        e = self.selected()
        clin = self.ctx.clinician_mode
        if e is None:
            for w in (self.title, self.facts, self.description, self.intended, self.used_by, self.weeks):
                w.setText("")
            self.problems_frame.setVisible(False)
            self.intended.setVisible(False)
        else:
            self.title.setText(e.label)
            where = translate("programs", "Built-in program (never changed: editing makes a copy)") if e.shipped else translate("programs", "Your program · {path}").format(path=e.path)
            weeks = translate("programs", " · {week_count} weeks").format(week_count=e.program.week_count) if e.program else ""
            self.facts.setText(translate("programs", "{where}{weeks} · id {program_id}").format(where=where, weeks=weeks, program_id=e.program_id or '?'))
            self.description.setText(e.shown.description if e.program else "")
            self.description.setVisible(bool(self.description.text()))
            intended = e.shown.intended_for if e.program else ""
            self.intended.setText(translate("programs", "<b>Who it is for.</b> {intended}").format(intended=_html(intended)) if intended else "")
            self.intended.setVisible(bool(intended))
            users = programs.users(self.ctx.app, e.path)
            self.used_by.setText(translate("programs", "Used by: {users}").format(users=', '.join(users)) if users else translate("programs", "Not used by any profile."))
            if e.problems:
                self.problems_text.setText((translate("programs", "<b>{problems} problem</b> (as <code>coach validate</code> reports them):<br>") if len(e.problems) == 1 else translate("programs", "<b>{problems} problems</b> (as <code>coach validate</code> reports them):<br>")).format(problems=len(e.problems)) + "<br>".join(
                                               _html(str(p)) for p in e.problems[:20]))
            self.problems_frame.setVisible(bool(e.problems))
            if e.program:
                self.weeks.setText("\n".join(
                    translate("programs", "Week {w}: {w2} — ").format(w=w.number, w2=w.title) + ", ".join(
                        x.name + "".join(translate("programs", " (or {name})").format(name=o.name) for o in w.options_for(x.id)) for x in w.exercises)
                    for w in e.shown.weeks))
            else:
                self.weeks.setText("")
        ok = e is not None and e.ok
        user = e is not None and not e.shipped
        profile = self.ctx.profile
        self.preview_button.setEnabled(ok)
        self.handout_button.setEnabled(ok)
        self.export_button.setEnabled(e is not None)
        ew.enable(self.edit_button, clin and ok, "primary")
        self.edit_button.setText(translate("programs", "&Edit a copy") if e is not None and e.shipped else translate("programs", "&Edit"))
        self.edit_button.setAccessibleName(translate("programs", "Edit a copy of the built-in program") if e is not None and e.shipped
                                           else translate("programs", "Edit the selected program"))
        in_use = e is not None and programs.in_use(self.ctx.app, e.path)
        self.assign_button.setEnabled(clin and ok and profile is not None and not in_use)
        who = profile.display_name if profile else translate("programs", "the profile in use")
        self.assign_button.setText(translate("programs", "&Assign to {who}").format(who=who))
        self.assign_button.setAccessibleName(translate("programs", "Assign the program to {who}").format(who=who))
        self.new_button.setEnabled(clin)
        self.duplicate_button.setEnabled(clin and e is not None and e.program is not None)
        self.import_button.setEnabled(clin)
        ew.enable(self.delete_button, clin and user, "danger")
        locked = "" if clin else translate("programs", "Locked: enter clinician mode first.")
        for b in (self.edit_button, self.assign_button, self.new_button, self.duplicate_button, self.import_button,
                  self.delete_button):
            b.setToolTip(locked if not clin else ("" if b.isEnabled() else b.toolTip()))
        self._show_options(e)
        locked_hint = translate("programs", "Looking, previewing, printing and exporting need no clinician mode.")
        if not clin and not self.status.text():
            self.status.setText(locked_hint)
        elif clin and self.status.text() == locked_hint:
            self.status.setText("")

    def _show_options(self, e: ProgramEntry | None) -> None:
        """One choice per exercise that has options; it can be changed for the profile following the program."""
        groups = e.shown.option_groups() if e is not None and e.program is not None else []
        self.options_box.setVisible(bool(groups))
        key = (e.path if e is not None else None, tuple((m, tuple(o.id for o in opts)) for m, _n, opts in groups))
        if key != getattr(self, "_options_key", None):
            # other choices: build the rows again (never while one of them is reporting a change: see below)
            self._options_key = key
            while self.options_form.rowCount():
                self.options_form.removeRow(0)
            self.option_combos = {}
            for main, name, options in groups:
                combo = QComboBox()
                combo.setObjectName(f"option-{main}")
                combo.setAccessibleName(translate("programs", "{name}, or an alternative").format(name=name))
                combo.setMinimumContentsLength(12)  # shortened with "…" in a narrow pane, never wider than it
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                combo.addItem(translate("programs", "{name} (as written)").format(name=name), None)
                combo.setItemData(0, translate("programs", "{name}, as the program writes it").format(name=name), Qt.ItemDataRole.ToolTipRole)
                for o in options:
                    combo.addItem(o.name, o.id)
                    if o.summary:
                        combo.setItemData(combo.count() - 1, o.summary, Qt.ItemDataRole.ToolTipRole)
                combo.currentIndexChanged.connect(lambda _i, main=main, combo=combo:
                                                  self._choose_option(main, combo.currentData()))
                lab = ew.label(f"{name}:")  # wraps: a long exercise name (or a longer language) keeps the pane narrow
                lab.setBuddy(combo)
                self.options_form.addRow(lab, combo)
                self.option_combos[main] = combo
        if not groups:
            return
        profile = self.ctx.profile
        in_use = profile is not None and programs.in_use(self.ctx.app, e.path)
        chosen = programs.option_choices(self.ctx.app, e.program) if in_use else {}
        editable = in_use and self.ctx.clinician_mode and e.ok
        who = profile.display_name if profile else translate("programs", "the profile in use")
        if not in_use:
            hint = (translate("programs", "A physiotherapist can swap these exercises for an alternative once {who} follows this program (Assign), in clinician mode.").format(who=who))
        elif not self.ctx.clinician_mode:
            hint = translate("programs", "What {who} does; a physiotherapist changes it in clinician mode.").format(who=who)
        else:
            hint = translate("programs", "Choose what {who} does; Today, the player and handouts follow at once.").format(who=who)
        self.options_hint.setText(hint)
        for main, combo in self.option_combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(main))))
            combo.blockSignals(False)
            combo.setEnabled(editable)

    def _choose_option(self, exercise_id: str, option_id: str | None) -> None:
        e = self.selected()
        if not self.ctx.clinician_mode or e is None or e.program is None:
            return
        try:
            changes = programs.choose_option(self.ctx.app, e.program, exercise_id, option_id)
        except (StoreError, ValueError) as exc:
            ew.tell(self, translate("programs", "Not changed"), str(exc), warning=True)
            return
        names = {o.id: o.name for _m, _n, opts in e.shown.option_groups() for o in opts}
        main = next(n for m, n, _o in e.shown.option_groups() if m == exercise_id)
        who = self.ctx.profile.display_name if self.ctx.profile else translate("programs", "The profile")
        self.status.setText(translate("programs", "{who} now does {option_id} in place of {main}.").format(who=who, option_id=names[option_id], main=main) if option_id else
                            translate("programs", "{who} now does {main} as the program writes it.").format(who=who, main=main))
        self.ctx.apply(changes)

    # ============================================================ actions
    def _window(self):
        return self.window()

    def _taken(self, except_path: Path | None = None) -> set[str]:
        return programs.taken_ids(self.entries, except_path)

    def _library(self) -> Library | None:
        try:
            return exercise_library()
        except LibraryError as exc:
            ew.tell(self, translate("programs", "The exercise library has problems"), str(exc), warning=True)
            return None

    def _open(self, draft: ProgramDraft, note: str = "") -> None:
        from coach.ui.programs.editor import open_editor

        library = self._library()
        if library is None:
            return
        page = open_editor(self._window(), self.ctx, draft, library, note)
        page.saved.connect(lambda path: self.select_path(path))

    def new(self) -> None:
        if not self.ctx.clinician_mode:
            return
        pid = unique_program_id("my-program", self._taken())
        draft = ProgramDraft(blank_program(pid), taken_ids=self._taken(), figure_names=set(figure_names()))
        self._open(draft, translate("programs", "A new program: add weeks and exercises, then Save."))

    def edit(self) -> None:
        e = self.selected()
        if not self.ctx.clinician_mode or e is None or not e.ok:
            return
        text = e.path.read_text(encoding="utf-8")
        if e.shipped:
            program = as_copy(e.program, copy_id(e.program.id, self._taken()))
            draft = ProgramDraft(program, original_text=text, taken_ids=self._taken(),
                                 figure_names=set(figure_names()))
            self._open(draft, translate("programs", "This is a copy of the built-in “{label}”; the built-in program stays as it is. Save puts the copy in your programs.").format(label=e.label))
        else:
            draft = ProgramDraft(e.program, original_text=text, path=e.path,
                                 taken_ids=self._taken(except_path=e.path), figure_names=set(figure_names()))
            self._open(draft)

    def duplicate(self) -> None:
        e = self.selected()
        if not self.ctx.clinician_mode or e is None or e.program is None:
            return
        try:
            done = programs.duplicate(self.ctx.app, e, self.entries)
        except (OSError, StoreError, ProgramFileError) as exc:
            ew.tell(self, translate("programs", "Not duplicated"), str(exc), warning=True)
            return
        program, path = done.value
        self.ctx.apply(done)
        self.status.setText(translate("programs", "Duplicated as “{program}” ({name}).").format(program=program.title, name=path.name))
        self.select_path(path)

    def import_file(self) -> None:
        if not self.ctx.clinician_mode:
            return
        src = ew.ask_open_path(self, translate("programs", "Import a program file"), translate("programs", "Program files (*.toml)"))
        if not src:
            return
        try:
            done = programs.import_file(self.ctx.app, src)
        except ProgramFileError as exc:
            lines = "\n".join(str(p) for p in exc.problems[:20])
            self.status.setText(f"⚠ {exc}")
            ew.tell(self, translate("programs", "Not imported"), f"{exc}\n\n{lines}" if lines else str(exc), warning=True)
            return
        except (StoreError, OSError) as exc:
            ew.tell(self, translate("programs", "Not imported"), str(exc), warning=True)
            return
        self.ctx.apply(done)
        path, note = done.value.path, done.value.note
        self.status.setText(translate("programs", "Imported into your programs as {name}.").format(name=path.name) + (f" {note}" if note else ""))
        self.select_path(path)

    def export(self) -> None:
        e = self.selected()
        if e is None:
            return
        dest = ew.ask_save_path(self, translate("programs", "Export the program file"), str(Path.home() / e.path.name),
                                translate("programs", "Program files (*.toml)"))
        if not dest:
            return
        try:
            out = programs.export(e, dest)
        except ProgramFileError as exc:
            ew.tell(self, translate("programs", "Not exported"), str(exc), warning=True)
            return
        self.status.setText(translate("programs", "Exported to {out}.").format(out=out))

    def delete(self) -> None:
        e = self.selected()
        if not self.ctx.clinician_mode or e is None or e.shipped:
            return
        if not ew.confirm(self, translate("programs", "Delete program"), translate("programs", "Delete “{label}”?").format(label=e.label), translate("programs", "&Delete the program"), danger=True,
                          detail=translate("programs", "The file {name} is removed from your programs. Export it first to keep a copy.").format(name=e.path.name)):
            return
        try:
            changes = programs.delete(self.ctx.app, e)
        except ProgramFileError as exc:
            ew.tell(self, translate("programs", "Not deleted"), str(exc), warning=True)
            return
        self.ctx.apply(changes)
        self.status.setText(translate("programs", "Deleted “{label}”.").format(label=e.label))
        self.refresh()

    def assign(self) -> None:
        e = self.selected()
        profile = self.ctx.profile
        if not self.ctx.clinician_mode or e is None or not e.ok or profile is None:
            return
        answer = editor_actions.ask_assign(self, profile.display_name, e.label, profile.start_date,
                                           self.ctx.app.today())
        if answer is None:
            return
        try:
            done = programs.assign(self.ctx.app, e, restart=answer.restart)
        except StoreError as exc:
            ew.tell(self, translate("programs", "Not assigned"), str(exc), warning=True)
            return
        updated = done.value
        self.ctx.apply(done)
        since = (translate("programs", ", week 1 from today ({start_date})").format(start_date=day_month_year(updated.start_date)) if answer.restart else "")
        self.status.setText(translate("programs", "{display_name} now follows “{label}”{since}.").format(display_name=updated.display_name, label=e.label, since=since))
        self.refresh()

    def preview(self) -> None:
        e = self.selected()
        if e is None or not e.ok:
            return
        choice = editor_actions.ask_week(self, e.shown, translate("programs", "Preview a session"))
        if choice is not None:
            editor_actions.open_preview(self._window(), self.ctx, e.shown, *choice)

    def handout(self) -> None:
        e = self.selected()
        if e is None or not e.ok:
            return
        # for the profile following it: its options in place, its name and leg filled in
        program = programs.profile_program(self.ctx.app, e)
        profile = self.ctx.profile
        defaults = {}
        if program is not None and profile is not None:
            defaults = {"patient": profile.name, "side": profile.affected_side}
        done = editor_actions.make_handout(self, self.ctx, program or e.program, **defaults)
        if done:
            path, request = done
            self.status.setText(translate("programs", "Handout of {program} saved to {path}.").format(program=editor_actions.handout_words(request, e.program), path=path))


def _html(text: str) -> str:
    from html import escape

    return escape(text)
