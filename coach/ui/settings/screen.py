"""Settings: reminder times, movement breaks at the desk, sound, text size, theme, affected side, the data folder,
backups and restore.

Every change is validated by ``coach.core.settings``, written at once (one key, one
small write, ``coach.app.settings.save``) and applied at once: the theme and text size through
``coach.ui.widgets.style.apply_settings``, the affected side through ``coach.app.profiles.set_side``.
Restoring a backup asks first, keeps a copy of the current state, and reopens the store
(``coach.app.settings.restore``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.app import profiles
from coach.app import settings as app_settings
from coach.app.changes import EVERYTHING, Changes
from coach.core import settings as cs
from coach.core.i18n import translate
from coach.core.profile import SIDE_LABELS
from coach.core.textfmt import stamp_text
from coach.export import language
from coach.store.db import BackupInfo, StoreError
from coach.ui.context import AppContext
from coach.ui.widgets import kit as ew
from coach.ui.widgets.layout import vertical_scroll
from coach.ui.widgets.style import apply_settings


def open_folder(path: Path) -> bool:
    """Show ``path`` in the desktop's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def backup_title(b: BackupInfo) -> str:
    """ "Sunday 22 November 2026, 14:05 · made by hand · 120 KB" for a backup file."""
    reason = b.path.stem.split("-", 4)[-1] if b.path.stem.count("-") >= 4 else ""
    why = {
        "manual": translate("settings", "made by hand"),
        "before-restore": translate("settings", "state before a restore"),
        "before-migration": translate("settings", "before an update"),
    }.get(reason, reason.replace("-", " ") or "backup")
    size = max(1, round(b.size / 1024))
    return translate("settings", "{created} · {why} · {size} KB").format(created=stamp_text(b.created), why=why, size=size)


def _qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(t: QTime) -> dt.time:
    return dt.time(t.hour(), t.minute())


class SettingsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsScreen")
        self.settings = app_settings.load(ctx.app)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        scroll = vertical_scroll(body)
        outer.addWidget(scroll)
        self.scroll = scroll
        lay = QVBoxLayout(body)
        lay.setContentsMargins(16, 8, 16, 16)
        lay.setSpacing(12)
        title = ew.label(translate("settings", "Settings"), "h1")
        lay.addWidget(title)
        self.message, self.message_text = ew.banner("notice", "settingsMessage")
        self.problem, self.problem_text = ew.banner("alert", "settingsProblem")
        lay.addWidget(self.message)
        lay.addWidget(self.problem)
        lay.addWidget(self._reminders_card())
        lay.addWidget(self._breaks_card())
        lay.addWidget(self._look_card())
        lay.addWidget(self._you_card())
        lay.addWidget(self._data_card())
        lay.addStretch(1)
        self.refresh()

    # ------------------------------------------------------------ layout
    def _card(self, title: str, name: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setProperty("role", "card")
        card.setObjectName(name)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(14, 10, 14, 12)
        lay.addWidget(ew.label(title, "h2"))
        return card, lay

    def _check(self, text: str, name: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text)
        return box

    def _time_edit(self, name: str, accessible: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(translate("settings", "Hours and minutes, 24-hour clock; Up and Down change the part under the cursor"))
        edit.setKeyboardTracking(False)
        return edit

    def _combo(self, name: str, accessible: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _reminders_card(self) -> QFrame:
        card, lay = self._card(translate("settings", "Reminders"), "remindersCard")
        self.session_on = self._check(translate("settings", "Remind me of each session"), "sessionReminders")
        self.session_on.toggled.connect(lambda on: self._save(cs.SESSION_REMINDERS, on))
        lay.addWidget(self.session_on)
        self.times_grid = QGridLayout()
        self.times_grid.setContentsMargins(28, 0, 0, 0)
        lay.addLayout(self.times_grid)
        self.slot_times: list[QTimeEdit] = []
        self.slot_labels: list[QLabel] = []
        self.tracker_on = self._check(translate("settings", "Remind me to fill in the daily tracker"), "trackerReminder")
        self.tracker_on.toggled.connect(lambda on: self._save(cs.TRACKER_REMINDER, on))
        lay.addWidget(self.tracker_on)
        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 0, 0)
        self.tracker_label = ew.label(translate("settings", "Tracker at"), wrap=False)
        self.tracker_time = self._time_edit("trackerTime", translate("settings", "Tracker reminder time"))
        self.tracker_label.setBuddy(self.tracker_time)
        self.tracker_time.timeChanged.connect(lambda t: self._save(cs.TRACKER_TIME, _pytime(t)))
        row.addWidget(self.tracker_label)
        row.addWidget(self.tracker_time)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(ew.label(translate("settings", "A reminder shows only while that session or the day's tracker is not done yet."),
                               "muted"))
        return card

    def _breaks_card(self) -> QFrame:
        card, lay = self._card(translate("settings", "Movement breaks at the desk"), "breaksCard")
        self.breaks_on = self._check(translate("settings", "Remind me to stand and move"), "breakReminders")
        self.breaks_on.toggled.connect(lambda on: self._save(cs.BREAK_REMINDERS, on))
        lay.addWidget(self.breaks_on)
        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 0, 0)
        self.breaks_label = ew.label(translate("settings", "Every"), wrap=False)
        self.break_minutes = self._combo("breakMinutes", translate("settings", "Minutes of sitting between movement breaks"),
                                         [(translate("settings", "{m} minutes").format(m=m), m) for m in cs.BREAK_INTERVALS])
        self.breaks_label.setBuddy(self.break_minutes)
        self.break_minutes.activated.connect(lambda _i: self._save(cs.BREAK_MINUTES, self.break_minutes.currentData()))
        row.addWidget(self.breaks_label)
        row.addWidget(self.break_minutes)
        row.addStretch(1)
        lay.addLayout(row)
        self.breaks_note = ew.label("", "muted", name="breaksNote")
        lay.addWidget(self.breaks_note)
        return card

    def _breaks_text(self) -> str:
        service = getattr(getattr(self.window(), "reminders", None), "breaks", None)
        detects = translate("guide", service.probe.detects) if service is not None else ""
        told = translate("settings", " On this computer the app can tell {detects}.").format(detects=detects) if detects else ""
        return (translate("settings", "Section 8 of the monograph: stand and move every 20–30 minutes when sitting. The reminder offers a one-minute routine from your program and counts each break in the diary. It waits while a session is open, and pauses while the screen is locked or nobody is using the computer, as far as the system tells the app.{told}").format(told=told))

    def _build_slot_times(self, names: list[str]) -> None:
        if [lab.property("slotName") for lab in self.slot_labels] == names:
            return
        for w in self.slot_times + self.slot_labels:
            self.times_grid.removeWidget(w)
            w.deleteLater()
        self.slot_times, self.slot_labels = [], []
        for i, name in enumerate(names):
            lab = ew.label(translate("settings", "{name} session at").format(name=name), wrap=False)
            lab.setProperty("slotName", name)
            edit = self._time_edit(f"sessionTime-{i}", translate("settings", "{name} session reminder time").format(name=name))
            lab.setBuddy(edit)
            edit.timeChanged.connect(lambda t, i=i: self._save_session_time(i, _pytime(t)))
            self.times_grid.addWidget(lab, i, 0)
            self.times_grid.addWidget(edit, i, 1, Qt.AlignmentFlag.AlignLeft)
            self.slot_labels.append(lab)
            self.slot_times.append(edit)
        self.times_grid.setColumnStretch(2, 1)
        self._fix_tab_order()

    def _look_card(self) -> QFrame:
        card, lay = self._card(translate("settings", "Sound and display"), "lookCard")
        grid = QGridLayout()
        self.sound = self._combo("cueMode", translate("settings", "Cues during a session"),
                                 [(t, k) for k, t in cs.CUE_MODES.items()])
        self.sound.activated.connect(lambda _i: self._save(cs.CUE_MODE, self.sound.currentData()))
        self.text_size = self._combo("textSize", translate("settings", "Text size"), [(f"{p} %", p) for p in cs.TEXT_SIZES])
        self.text_size.activated.connect(lambda _i: self._save(cs.TEXT_SCALE, self.text_size.currentData()))
        self.theme = self._combo("theme", translate("settings", "Theme"), [(text, key) for key, text in cs.THEMES.items()])
        self.theme.activated.connect(lambda _i: self._save(cs.THEME, self.theme.currentData()))
        system = language.available().get(language.system_language(), translate("settings", "English"))
        self.language = self._combo("language", translate("settings", "Language"), [
            (translate("Settings", "Follow the system ({name})").format(name=system), cs.SYSTEM_LANGUAGE),
            *((name, code) for code, name in language.available().items())])
        self.language.activated.connect(lambda _i: self._save(cs.LANGUAGE, self.language.currentData()))
        for r, (text, combo) in enumerate(((translate("settings", "Cues during a session"), self.sound),
                                           (translate("settings", "Text size"), self.text_size),
                                           (translate("settings", "Theme"), self.theme),
                                           (translate("settings", "Language"), self.language))):
            lab = ew.label(text, wrap=False)
            lab.setBuddy(combo)
            grid.addWidget(lab, r, 0)
            grid.addWidget(combo, r, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)
        lay.addLayout(grid)
        lay.addWidget(ew.label(translate("settings", "Voice: during a session a voice says which exercise and side come next, counts the reps and the last seconds of each hold, and asks the check-in question."),
                               "muted"))
        return card

    def _you_card(self) -> QFrame:
        card, lay = self._card(translate("settings", "Your program"), "youCard")
        row = QHBoxLayout()
        lab = ew.label(translate("settings", "Affected side"), wrap=False)
        self.side = self._combo("affectedSide", translate("settings", "Affected side"), [(t, k) for k, t in SIDE_LABELS.items()])
        lab.setBuddy(self.side)
        self.side.activated.connect(lambda _i: self._save_side(self.side.currentData()))
        row.addWidget(lab)
        row.addWidget(self.side)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(ew.label(translate("settings", "Exercises done on one side follow this; it applies from the next session."), "muted"))
        return card

    def _data_card(self) -> QFrame:
        card, lay = self._card(translate("settings", "Your data"), "dataCard")
        lay.addWidget(ew.label(translate("settings", "Everything is kept in this folder on this computer:"), "muted"))
        self.folder = ew.label("", name="dataFolder", selectable=True)
        self.folder.setAccessibleName(translate("settings", "Data folder"))
        lay.addWidget(self.folder)
        row = QHBoxLayout()
        self.open_btn = ew.button(translate("settings", "Open data folder"), "openFolder")
        self.open_btn.clicked.connect(self._open_folder)
        self.backup_btn = ew.button(translate("settings", "Back up now"), "backupNow")
        self.backup_btn.clicked.connect(self._backup_now)
        row.addWidget(self.open_btn)
        row.addWidget(self.backup_btn)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(ew.label(translate("settings", "<b>Backups, newest first</b>: choose one to restore it"), wrap=True))
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(translate("settings", "Backups, newest first"))
        ew.tidy_list(self.backup_list)
        self.backup_list.setMinimumHeight(90)
        self.backup_list.setMaximumHeight(200)
        # the chosen backup is always shown selected (the first arrow key press only moves the current item)
        self.backup_list.currentItemChanged.connect(lambda cur, _prev: cur is not None and cur.setSelected(True))
        self.backup_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        lay.addWidget(self.backup_list)
        self.no_backups = ew.label(translate("settings", "No backups yet. Back up now makes one."), "muted", name="noBackups")
        lay.addWidget(self.no_backups)
        row = QHBoxLayout()
        self.restore_btn = ew.button(translate("settings", "Restore the chosen backup…"), "restoreBackup",
                                     tip=translate("settings", "Replaces your data with the chosen backup; a copy of today's data is kept"))
        self.restore_btn.clicked.connect(self._restore)
        row.addWidget(self.restore_btn)
        row.addStretch(1)
        lay.addLayout(row)
        return card

    def _fix_tab_order(self) -> None:
        chain = [self.session_on, *self.slot_times, self.tracker_on, self.tracker_time, self.breaks_on,
                 self.break_minutes, self.sound,
                 self.text_size, self.theme, self.language, self.side, self.open_btn, self.backup_btn, self.backup_list,
                 self.restore_btn]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # ----------------------------------------------------------- showing
    def refresh(self) -> None:
        self.settings = app_settings.load(self.ctx.app)
        s = self.settings
        names = [slot.name for slot in self._slots()]
        self._build_slot_times(names)
        times = s.times_for(len(names))
        widgets = [self.session_on, self.tracker_on, self.tracker_time, self.sound, self.text_size, self.theme,
                   self.language,
                   self.side, *self.slot_times, self.breaks_on, self.break_minutes]
        for w in widgets:
            w.blockSignals(True)
        try:
            self.session_on.setChecked(s.session_reminders)
            for edit, t in zip(self.slot_times, times, strict=True):
                edit.setTime(_qtime(t))
            self.tracker_on.setChecked(s.tracker_reminder)
            self.tracker_time.setTime(_qtime(s.tracker_time))
            self.sound.setCurrentIndex(max(0, self.sound.findData(s.cue_mode)))
            self.breaks_on.setChecked(s.break_reminders)
            self.break_minutes.setCurrentIndex(max(0, self.break_minutes.findData(s.break_minutes)))
            self.text_size.setCurrentIndex(max(0, self.text_size.findData(s.text_scale)))
            if self.text_size.findData(s.text_scale) < 0:  # a stored size between the offered steps
                self.text_size.addItem(f"{s.text_scale} %", s.text_scale)
                self.text_size.setCurrentIndex(self.text_size.count() - 1)
            self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
            self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
            side = self.ctx.profile.affected_side if self.ctx.profile else "unsure"
            self.side.setCurrentIndex(max(0, self.side.findData(side)))
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.side.setEnabled(self.ctx.profile is not None)
        self.folder.setText(str(self.ctx.store.data_dir))
        self.breaks_note.setText(self._breaks_text())
        self._fill_backups()
        self._update_buttons()

    def _slots(self):
        try:
            return self.ctx.today_slots()
        except Exception:  # a program that cannot be planned still leaves the other settings usable
            return []

    def _fill_backups(self, select: Path | None = None) -> None:
        self.backup_list.clear()
        try:
            backups = app_settings.backups(self.ctx.app)
        except OSError:
            backups = []
        for b in backups:
            item = QListWidgetItem(backup_title(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(b.path.name)
            self.backup_list.addItem(item)
            if select is not None and b.path == select:
                self.backup_list.setCurrentItem(item)
        self.backup_list.setVisible(bool(backups))
        self.no_backups.setVisible(not backups)

    def _update_buttons(self) -> None:
        self.restore_btn.setEnabled(self.backup_list.currentItem() is not None)
        for w in (*self.slot_times, *self.slot_labels):
            w.setEnabled(self.session_on.isChecked())
        self.tracker_time.setEnabled(self.tracker_on.isChecked())
        self.tracker_label.setEnabled(self.tracker_on.isChecked())
        self.break_minutes.setEnabled(self.breaks_on.isChecked())
        self.breaks_label.setEnabled(self.breaks_on.isChecked())

    def say(self, text: str) -> None:
        self.problem.setVisible(False)
        self.message_text.setText(text)
        self.message.setVisible(bool(text))

    def complain(self, text: str) -> None:
        self.message.setVisible(False)
        self.problem_text.setText(text)
        self.problem.setVisible(bool(text))

    # ------------------------------------------------------------ saving
    def _store_value(self, key: str, new: cs.Settings) -> Changes | None:
        """Store one checked value; what changed, or None (and the problem shown) when it was not saved."""
        try:
            changes = app_settings.save(self.ctx.app, new, key)
        except StoreError as exc:
            self.complain(translate("settings", "That setting was not saved: {exc}").format(exc=exc))
            self.refresh()
            return None
        self.settings = new
        self.problem.setVisible(False)
        return changes

    def _save(self, key: str, value) -> None:
        try:
            new = self.settings.with_value(key, value)
        except cs.SettingError as exc:
            self.complain(str(exc))
            self.refresh()
            return
        changes = self._store_value(key, new)
        if changes is None:
            return
        if key in (cs.THEME, cs.TEXT_SCALE):
            app = QApplication.instance()
            if app is not None:
                apply_settings(app, new)
        self._update_buttons()
        if key == cs.LANGUAGE:
            self.say(translate("settings", "The language changes when Lumbar Coach starts again."))
        self.ctx.apply(changes)

    def _save_session_time(self, index: int, value: dt.time) -> None:
        try:
            new = self.settings.with_session_time(index, value, len(self.slot_times))
        except cs.SettingError as exc:
            self.complain(str(exc))
            self.refresh()
            return
        changes = self._store_value(cs.SESSION_TIMES, new)
        if changes is not None:
            self.ctx.apply(changes)

    def _save_side(self, side: str) -> None:
        profile = self.ctx.profile
        if profile is None or side == profile.affected_side or side not in SIDE_LABELS:
            return
        try:
            done = profiles.set_side(self.ctx.app, side)
        except StoreError as exc:
            self.complain(translate("settings", "The affected side was not changed: {exc}").format(exc=exc))
            self.refresh()
            return
        self.ctx.apply(done)
        self.say(translate("settings", "Affected side: {side}.").format(side=SIDE_LABELS[side]))

    # -------------------------------------------------------------- data
    def _open_folder(self) -> None:
        folder = self.ctx.store.data_dir
        if not open_folder(folder):
            self.complain(translate("settings", "No file manager could open the folder. It is {folder}").format(folder=folder))

    def _backup_now(self) -> None:
        try:
            path = app_settings.backup(self.ctx.app).value
        except StoreError as exc:
            self.complain(translate("settings", "No backup was made: {exc}").format(exc=exc))
            return
        self._fill_backups(select=path)
        self._update_buttons()
        self.say(translate("settings", "Backup made: {name} in {parent}.").format(name=path.name, parent=path.parent))

    def _restore(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        when = item.text().split(" · ")[0]
        if not ew.confirm(self, translate("settings", "Restore a backup"), translate("settings", "Replace your data with the backup from {when}?").format(when=when),
                          translate("settings", "Restore"),
                          detail=translate("settings", "Sessions and diary entries made after that backup will no longer show. A copy of your data as it is now is kept first, and it appears in this list, so you can go back to it."),
                          danger=True):
            return
        try:
            done = app_settings.restore(self.ctx.app, path)
        except StoreError as exc:
            self.ctx.apply(EVERYTHING)  # the store was opened again all the same
            self.complain(translate("settings", "Nothing was restored: {exc}").format(exc=exc))
            self.refresh()
            return
        safety = done.value
        self.ctx.apply(done)
        app = QApplication.instance()
        if app is not None:
            apply_settings(app, app_settings.load(self.ctx.app))
        self.refresh()
        kept = translate("settings", " Your data as it was is kept as {name}.").format(name=safety.name) if safety else ""
        self.say(translate("settings", "Restored the backup from {when}.{kept}").format(when=when, kept=kept))
