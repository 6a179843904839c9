"""Profiles: several people on one computer, each with their own program, start date, side and history.

Managing profiles (create, edit, switch, delete) and editing programs sit
behind **clinician mode**, entered with the :class:`ClinicianBar` on this
screen and on Programs: with the clinician PIN when one is set (a salted
hash in the settings, ``coach.store.clinician``), else after a plain
confirmation. The mode is never stored: the app always starts locked.

Switching is explicit and confirmed; deleting is confirmed, refused for the
profile in use, and preceded by a backup. Sessions, diary entries and every
other record are kept per profile, so another profile's data stays as it is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.app import profiles, programs
from coach.core.clinician import MIN_LENGTH as MIN_PIN_LENGTH
from coach.core.clinician import pin_problem
from coach.core.i18n import translate
from coach.core.profile import SIDE_LABELS, Profile
from coach.core.textfmt import day_month_year
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.widgets import kit as ew

ROLE = Qt.ItemDataRole.UserRole


# ================================================================== clinician
def ask_pin(parent: QWidget, title: str, prompt: str) -> str | None:
    """The PIN typed (hidden), or None when cancelled."""
    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setAccessibleName(title)
    lay = QVBoxLayout(dlg)
    lay.addWidget(ew.label(prompt))
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(translate("settings", "Clinician PIN"))
    edit.setObjectName("pinEdit")
    lay.addWidget(edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    edit.setFocus()
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    ew.reactivate(parent)
    return edit.text() if ok else None


def ask_new_pin(parent: QWidget) -> str | None:
    """A new PIN typed twice; None when cancelled. Says what is wrong until it can be used."""
    dlg = QDialog(parent)
    dlg.setWindowTitle(translate("settings", "Set the clinician PIN"))
    dlg.setAccessibleName(translate("settings", "Set the clinician PIN"))
    lay = QVBoxLayout(dlg)
    lay.addWidget(ew.label(translate("settings", "The PIN keeps program editing and profile management for the clinician, so that a patient does not change doses by accident. It does not lock the data file itself. At least {MIN_PIN_LENGTH} characters: digits, letters or both.").format(MIN_PIN_LENGTH=MIN_PIN_LENGTH)))
    form = QFormLayout()
    first, second = QLineEdit(), QLineEdit()
    for e, name in ((first, translate("settings", "New PIN")), (second, translate("settings", "New PIN again"))):
        e.setEchoMode(QLineEdit.EchoMode.Password)
        e.setAccessibleName(name)
        form.addRow(f"{name}:", e)
    lay.addLayout(form)
    problem = ew.label("", "muted", name="pinProblem")
    lay.addWidget(problem)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    lay.addWidget(buttons)

    def accept() -> None:
        msg = pin_problem(first.text()) or (None if first.text() == second.text() else translate("settings", "The two PINs differ."))
        if msg:
            problem.setText(f"⚠ {msg}")
            return
        dlg.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dlg.reject)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    ew.reactivate(parent)
    return first.text() if ok else None


def enter_clinician_mode(ctx: AppContext, parent: QWidget) -> bool:
    """Ask for the PIN (or a confirmation when none is set); True when clinician mode is now on."""
    if profiles.has_pin(ctx.app):
        pin = ask_pin(parent, translate("settings", "Clinician mode"), translate("settings", "Enter the clinician PIN to edit programs and manage profiles."))
        if pin is None:
            return False
        attempt = profiles.try_pin(ctx.app, pin)
        if not attempt.ok:
            ew.tell(parent, translate("settings", "Clinician mode"), translate("settings", "{message} Clinician mode stays off.").format(message=attempt.message()), warning=True)
            return False
        if attempt.renew:
            renew_pin(ctx, parent)
    elif not ew.confirm(parent, translate("settings", "Clinician mode"),
                        translate("settings", "Clinician mode is for the physiotherapist: it unlocks program editing and profiles."),
                        translate("settings", "&Enter clinician mode"),
                        detail=translate("settings", "No PIN is set. In clinician mode, Profiles lets you set one so that a patient does not enter by accident.")):
        return False
    ctx.set_clinician_mode(True)
    return True


def renew_pin(ctx: AppContext, parent: QWidget) -> None:
    """The PIN was right but is shorter than now required, or kept the old, weaker way: ask for a new one."""
    ew.tell(parent, translate("settings", "Clinician PIN"),
            translate("settings", "Please choose a new clinician PIN now: PINs need at least {MIN_PIN_LENGTH} characters, and are kept more safely than before. Your current PIN works until you change it.").format(MIN_PIN_LENGTH=MIN_PIN_LENGTH))
    pin = ask_new_pin(parent)
    if pin is None:
        return
    try:
        ctx.apply(profiles.set_pin(ctx.app, pin))
    except (ValueError, StoreError) as exc:
        ew.tell(parent, translate("settings", "PIN not set"), str(exc), warning=True)


class ClinicianBar(QFrame):
    """Says whether clinician mode is on, with the button to enter or leave it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("clinicianBar")
        self.setProperty("role", "notice")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        self.text = ew.label("", name="clinicianText")
        lay.addWidget(self.text, 1)
        self.toggle = ew.button("", "clinicianToggle")
        self.toggle.clicked.connect(self._toggle)
        lay.addWidget(self.toggle)
        self.refresh()

    def refresh(self) -> None:
        on = self.ctx.clinician_mode
        self.text.setText(translate("settings", "<b>Clinician mode is on.</b> Programs can be edited and profiles managed.") if on else
                          translate("settings", "<b>Clinician mode is off.</b> Program editing and profiles are locked."))
        self.toggle.setText(translate("settings", "&Leave clinician mode") if on else translate("settings", "Enter &clinician mode…"))
        self.toggle.setAccessibleName(translate("settings", "Leave clinician mode") if on else translate("settings", "Enter clinician mode"))
        self.setAccessibleName(translate("settings", "Clinician mode: on") if on else translate("settings", "Clinician mode: off"))

    def _toggle(self) -> None:
        if self.ctx.clinician_mode:
            self.ctx.set_clinician_mode(False)
        else:
            enter_clinician_mode(self.ctx, self)
        self.refresh()


# =================================================================== profiles
class ProfileDialog(QDialog):
    """Name, affected side, start date and program of a new or existing profile."""

    def __init__(self, ctx: AppContext, profile: Profile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = translate("settings", "New profile") if profile is None else translate("settings", "Edit {display_name}").format(display_name=profile.display_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(profile.name if profile else "")
        self.name.setObjectName("profileName")
        self.name.setAccessibleName(translate("settings", "Name"))
        self.name.setPlaceholderText(translate("settings", "e.g. Sam"))
        self.side = QComboBox()
        self.side.setObjectName("profileSide")
        self.side.setAccessibleName(translate("settings", "Affected side"))
        for key, text in SIDE_LABELS.items():
            self.side.addItem(text, key)
        if profile:
            self.side.setCurrentIndex(max(0, self.side.findData(profile.affected_side)))
        start = profile.start_date if profile else ctx.today()
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.start.setObjectName("profileStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(translate("Dates", "d MMMM yyyy"))
        self.start.setAccessibleName(translate("settings", "Start date: week 1, day 1 of the program"))
        self.program = QComboBox()
        self.program.setObjectName("profileProgram")
        self.program.setAccessibleName(translate("settings", "Program"))
        for entry in programs.list_programs(ctx.app):
            if entry.ok:
                mark = "built-in" if entry.shipped else "saved"
                self.program.addItem(translate("settings", "{entry} ({week_count} weeks, {mark})").format(entry=entry.title, week_count=entry.program.week_count, mark=mark),
                                     (entry.program_id, str(entry.path)))
        if profile:
            for i in range(self.program.count()):
                if self.program.itemData(i)[1] == profile.program_path:
                    self.program.setCurrentIndex(i)
        # the whole title when there is room for it, shortened with "…" (whole in the tooltip) when not
        self.program_width = self.program.sizeHint().width()
        self.program.setMinimumContentsLength(16)
        self.program.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.program.setToolTip(self.program.currentText())
        self.program.currentTextChanged.connect(self.program.setToolTip)
        self.labels = []
        for text, w in ((translate("settings", "&Name:"), self.name), (translate("settings", "Affected &side:"), self.side), (translate("settings", "S&tart date:"), self.start),
                        (translate("settings", "&Program:"), self.program)):
            lab = ew.label(text, wrap=False)
            lab.setBuddy(w)
            form.addRow(lab, w)
            self.labels.append(lab)
        self.form = form
        lay.addLayout(form)
        self.problem = ew.label("", "muted", name="profileProblem")
        lay.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        # wide enough for the program's whole title, within the screen
        hint = self.sizeHint()
        size = hint.expandedTo(QSize(hint.width() + self.program_width - self.program.sizeHint().width(), 0))
        screen = self.screen() if parent is None else parent.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size()).expandedTo(self.minimumSizeHint())
        self.resize(size)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_labels()

    def _place_labels(self) -> None:
        """Labels beside their fields when the program's whole title fits beside them, else above them
        (at large text in a small window)."""
        m = self.layout().contentsMargins()
        beside = max(lab.sizeHint().width() for lab in self.labels) + max(0, self.form.horizontalSpacing()) \
            + self.program_width
        policy = (QFormLayout.RowWrapPolicy.WrapAllRows if beside > self.width() - m.left() - m.right()
                  else QFormLayout.RowWrapPolicy.DontWrapRows)
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def values(self) -> dict:
        d = self.start.date()
        pid, path = self.program.currentData() or ("", "")
        return {"name": self.name.text().strip(), "affected_side": self.side.currentData(),
                "start_date": dt.date(d.year(), d.month(), d.day()), "program_id": pid, "program_path": path}

    def _accept(self) -> None:
        v = self.values()
        if not v["name"]:
            self.problem.setText(translate("settings", "⚠ Give the profile a name, so that people can tell the profiles apart."))
            self.name.setFocus()
            return
        if not v["program_path"]:
            self.problem.setText(translate("settings", "⚠ Choose a program."))
            return
        self.accept()


def ask_profile(ctx: AppContext, parent: QWidget, profile: Profile | None = None) -> dict | None:
    dlg = ProfileDialog(ctx, profile, parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    ew.reactivate(parent)
    return dlg.values() if ok else None


class ProfilesScreen(QWidget):
    """The profiles on this computer (clinician mode), and the clinician PIN."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("settings", "Profiles"))
        outer = QVBoxLayout(self)
        outer.addWidget(ew.label(translate("settings", "Profiles"), "h1"))
        self.bar = ClinicianBar(ctx)
        outer.addWidget(self.bar)
        self.current = ew.label("", name="currentProfile", selectable=True)
        outer.addWidget(self.current)
        # the program in use failed (a file with problems, missing, or failing in use): say so, offer another
        self.program_box = QFrame()
        self.program_box.setProperty("role", "alert")
        pl = QHBoxLayout(self.program_box)
        self.program_note = ew.label("", name="programProblem", selectable=True)
        self.pick_program = ew.button(translate("settings", "Choose another &program…"), "pickProgram",
                                      translate("settings", "Choose another program for this profile"))
        self.pick_program.clicked.connect(self.choose_program)
        pl.addWidget(self.program_note, 1)
        pl.addWidget(self.pick_program)
        outer.addWidget(self.program_box)
        self.locked_note = ew.label(translate("settings", "Each person using this computer has a profile with their own program, start date and history. Switching, adding or deleting profiles needs clinician mode."), "muted", name="profilesLocked")
        outer.addWidget(self.locked_note)
        self.manage = QWidget()
        ml = QVBoxLayout(self.manage)
        ml.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(translate("settings", "Profiles on this computer"))
        ew.tidy_list(self.list)
        ml.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = ew.button(translate("settings", "&New profile…"), "newProfile", translate("settings", "Add a new profile"))
        self.edit_button = ew.button(translate("settings", "&Edit details…"), "editProfile", translate("settings", "Edit the selected profile's details"))
        self.switch_button = ew.button(translate("settings", "&Switch to this profile"), "switchProfile",
                                       translate("settings", "Switch to the selected profile"), role="primary")
        self.delete_button = ew.button(translate("settings", "&Delete…"), "deleteProfile", translate("settings", "Delete the selected profile and its history"),
                                       role="danger")
        for b in (self.new_button, self.edit_button, self.switch_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        ml.addLayout(row)
        pin_row = QHBoxLayout()
        self.pin_state = ew.label("", name="pinState")
        self.pin_button = ew.button("", "setPin")
        self.pin_clear = ew.button(translate("settings", "Remove the PIN"), "clearPin", translate("settings", "Remove the clinician PIN"))
        pin_row.addWidget(self.pin_state, 1)
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.pin_clear)
        ml.addLayout(pin_row)
        outer.addWidget(self.manage, 1)
        self.status = ew.label("", "muted", name="profilesStatus")
        outer.addWidget(self.status)
        outer.addStretch(0)

        self.new_button.clicked.connect(self.new_profile)
        self.edit_button.clicked.connect(self.edit_profile)
        self.switch_button.clicked.connect(self.switch_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.pin_button.clicked.connect(self.set_pin)
        self.pin_clear.clicked.connect(self.clear_pin)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda _i: self.switch_profile())
        self.refresh()

    # ------------------------------------------------------------ state
    def selected(self) -> Profile | None:
        item = self.list.currentItem()
        return item.data(ROLE) if item else None

    def refresh(self) -> None:
        self.bar.refresh()
        on = self.ctx.clinician_mode
        active = self.ctx.profile
        self.current.setText(translate("settings", "In use: <b>{display_name}</b>").format(display_name=active.display_name) if active else translate("settings", "No profile yet."))
        _program = self.ctx.program  # reading it is what finds a problem
        self.program_box.setVisible(bool(self.ctx.program_problem and active))
        self.program_note.setText(self.ctx.program_problem or "")
        self.locked_note.setVisible(not on)
        self.manage.setVisible(on)
        if not on:
            return
        keep = self.selected().id if self.selected() else (active.id if active else None)
        titles = {str(e.path): e.title for e in programs.list_programs(self.ctx.app)}
        self.list.clear()
        for p in profiles.list_profiles(self.ctx.app):
            counts = profiles.history_counts(self.ctx.app, p.id)
            in_use = active is not None and p.id == active.id
            program = titles.get(p.program_path, p.program_id or translate("settings", "no program"))
            text = (translate("settings", "{display_name}{in_use}\n{affected_side} · started {start_date} · {program} · {sessions} sessions, {diary} diary days").format(display_name=p.display_name, in_use=translate("settings", "   ● in use") if in_use else "", affected_side=SIDE_LABELS.get(p.affected_side, p.affected_side), start_date=day_month_year(p.start_date), program=program, sessions=counts.get('sessions', 0), diary=counts.get('diary', 0)))
            item = QListWidgetItem(text)
            item.setData(ROLE, p)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", ").replace("●", ""))
            self.list.addItem(item)
            if p.id == keep:
                self.list.setCurrentItem(item)
        has_pin = profiles.has_pin(self.ctx.app)
        self.pin_state.setText(translate("settings", "Clinician PIN: set. Clinician mode asks for it.") if has_pin else
                               translate("settings", "Clinician PIN: not set. Anyone can enter clinician mode after a confirmation."))
        self.pin_button.setText(translate("settings", "Change the PIN…") if has_pin else translate("settings", "Set a PIN…"))
        self.pin_button.setAccessibleName(translate("settings", "Change the clinician PIN") if has_pin else translate("settings", "Set a clinician PIN"))
        self.pin_clear.setVisible(has_pin)
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.selected()
        active = self.ctx.profile
        in_use = p is not None and active is not None and p.id == active.id
        self.edit_button.setEnabled(p is not None)
        ew.enable(self.switch_button, p is not None and not in_use, "primary")
        ew.enable(self.delete_button, p is not None and not in_use, "danger")
        self.delete_button.setToolTip(translate("settings", "The profile in use cannot be deleted; switch first.") if in_use else "")

    # ---------------------------------------------------------- actions
    def new_profile(self) -> None:
        v = ask_profile(self.ctx, self)
        if v is None:
            return
        try:
            done = profiles.create(self.ctx.app, **v)
        except StoreError as exc:
            ew.tell(self, translate("settings", "Not saved"), str(exc), warning=True)
            return
        p = done.value
        self.ctx.apply(done)
        self.status.setText(translate("settings", "Added {display_name}. Use “Switch to this profile” to use it.").format(display_name=p.display_name))
        self.refresh()
        for i in range(self.list.count()):
            if self.list.item(i).data(ROLE).id == p.id:
                self.list.setCurrentRow(i)

    def edit_profile(self) -> None:
        p = self.selected()
        if p is None:
            return
        v = ask_profile(self.ctx, self, p)
        if v is None:
            return
        try:
            done = profiles.update(self.ctx.app, p.id, **v)
        except StoreError as exc:
            ew.tell(self, translate("settings", "Not saved"), str(exc), warning=True)
            return
        self.status.setText(translate("settings", "Saved {display_name}.").format(display_name=done.value.display_name))
        self.ctx.apply(done)
        self.refresh()

    def choose_program(self) -> None:
        """Pick another program for the profile in use (its program failed); clinician mode is asked for."""
        active = self.ctx.profile
        if active is None or (not self.ctx.clinician_mode and not enter_clinician_mode(self.ctx, self)):
            return
        v = ask_profile(self.ctx, self, active)
        if v is None:
            return
        try:
            done = profiles.update(self.ctx.app, active.id, **v)
        except StoreError as exc:
            ew.tell(self, translate("settings", "Not saved"), str(exc), warning=True)
            return
        self.ctx.apply(done)
        self.status.setText(translate("settings", "{display_name} now uses {program}.").format(display_name=done.value.display_name, program=self.ctx.program.title))
        self.refresh()

    def switch_profile(self) -> None:
        p = self.selected()
        if p is None or (self.ctx.profile and p.id == self.ctx.profile.id):
            return
        if not ew.confirm(self, translate("settings", "Switch profile"), translate("settings", "Switch to {display_name}?").format(display_name=p.display_name), translate("settings", "&Switch to {display_name}").format(display_name=p.display_name),
                          detail=translate("settings", "Today, the diary and progress will show their program and history. Nothing is deleted.")):
            return
        try:
            changes = profiles.switch(self.ctx.app, p)
        except StoreError as exc:
            ew.tell(self, translate("settings", "Not switched"), str(exc), warning=True)
            return
        self.ctx.apply(changes)
        self.status.setText(translate("settings", "Now using {display_name}.").format(display_name=p.display_name))
        self.refresh()

    def delete_profile(self) -> None:
        p = self.selected()
        if p is None:
            return
        counts = profiles.history_counts(self.ctx.app, p.id)
        history = translate("settings", "{sessions} sessions and {diary} diary days").format(sessions=counts.get('sessions', 0), diary=counts.get('diary', 0))
        if not ew.confirm(self, translate("settings", "Delete profile"), translate("settings", "Delete {display_name} and their history ({history})?").format(display_name=p.display_name, history=history),
                          translate("settings", "&Delete {display_name}").format(display_name=p.display_name), danger=True,
                          detail=translate("settings", "Other profiles keep all their data. A backup of the data file is made first.")):
            return
        try:
            changes = profiles.delete(self.ctx.app, p)
        except (StoreError, ValueError) as exc:
            ew.tell(self, translate("settings", "Not deleted"), str(exc), warning=True)
            return
        self.status.setText(translate("settings", "Deleted {display_name} and their history.").format(display_name=p.display_name))
        self.ctx.apply(changes)
        self.refresh()

    def set_pin(self) -> None:
        if profiles.has_pin(self.ctx.app):
            old = ask_pin(self, translate("settings", "Change the clinician PIN"), translate("settings", "Enter the current PIN first."))
            if old is None:
                return
            attempt = profiles.try_pin(self.ctx.app, old)
            if not attempt.ok:
                ew.tell(self, translate("settings", "PIN not changed"), attempt.message() or "", warning=True)
                return
        pin = ask_new_pin(self)
        if pin is None:
            return
        try:
            changes = profiles.set_pin(self.ctx.app, pin)
        except (ValueError, StoreError) as exc:
            ew.tell(self, translate("settings", "PIN not set"), str(exc), warning=True)
            return
        self.status.setText(translate("settings", "The clinician PIN is set. Clinician mode asks for it from now on."))
        self.ctx.apply(changes)
        self.refresh()

    def clear_pin(self) -> None:
        if ew.confirm(self, translate("settings", "Remove the PIN"), translate("settings", "Remove the clinician PIN?"), translate("settings", "&Remove the PIN"),
                      detail=translate("settings", "Clinician mode will only ask for a confirmation.")):
            changes = profiles.clear_pin(self.ctx.app)
            self.status.setText(translate("settings", "The clinician PIN is removed."))
            self.ctx.apply(changes)
            self.refresh()
