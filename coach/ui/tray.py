"""Reminders on screen: a tray icon with notifications, or a message on the window when there is no tray.

The decisions live in ``coach.core.reminders``; this module only asks it every
30 s (and once at start) with the wall-clock time, tells it what is done (a
session slot completed today, today's diary entry saved), and shows what it
returns. The reminders already handled today are stored (``reminders_fired``)
so a restart does not repeat them.

The tray's menu has Open, Start next session (today's first session slot not
completed yet, from ``coach.app.sessions.what_can_start``, the answer Today and
the player use; when exercise is blocked the player says why), Take a movement
break now, I'm having a flare (the flare plan) and Quit. Movement break
reminders are ``coach.ui.guide.breaks.BreakService``'s. With a
system tray and reminders on, closing the main window hides it to the tray
(said once, remembered under ``tray_notice_shown``); Quit ends the app. Without a tray, closing the window quits as usual and
reminders appear as a banner at the top of the window.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolBar,
    QWidget,
)

from coach import APP_NAME
from coach.app import diary, sessions
from coach.app import settings as app_settings
from coach.app.changes import Changes
from coach.core import reminders as core
from coach.core import settings as settings_mod
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.ui.guide.breaks import BreakService
from coach.ui.guide.idle import IdleProbe
from coach.ui.single_instance import bring_forward

NOTIFY_MS = 20_000
TRAY_NOTICE = QT_TRANSLATE_NOOP("tray", "{app} is still running in the tray so your reminders can arrive. "
                                "Choose Quit from the tray icon's menu to close it completely.")


def tray_notice() -> str:
    return translate("tray", TRAY_NOTICE).format(app=APP_NAME)


class ReminderBanner(QFrame):
    """A reminder shown inside the window (when there is no tray)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setProperty("role", "notice")
        self.setAccessibleName(translate("tray", "Reminder"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("tray", "Reminder text"))
        self.act = QPushButton()
        self.act.setProperty("role", "primary")
        self.dismiss = QPushButton(translate("tray", "Dismiss"))
        self.dismiss.setAccessibleName(translate("tray", "Dismiss the reminder"))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.act)
        lay.addWidget(self.dismiss)

    def resizeEvent(self, event) -> None:
        # a tool bar sizes its widget by sizeHint, which wraps the text as if the bar were narrow:
        # take the height the text needs at the width the bar really gives
        super().resizeEvent(event)
        need = self.layout().totalHeightForWidth(self.width())
        if need > 0 and need != self.height():
            self.setFixedHeight(need)

    def set_reminder(self, r: core.Reminder) -> None:
        self.text.setText(f"<b>{r.title}</b><br>{r.message}")
        self.text.setAccessibleDescription(f"{r.title}. {r.message}")
        if r.kind == core.SESSION:
            self.act.setText(translate("tray", "Start {slot_name} session").format(slot_name=r.slot_name.lower()))
        else:
            self.act.setText(translate("tray", "Open the diary"))
        self.act.setAccessibleName(self.act.text())


class ReminderService(QObject):
    """Checks the reminder schedule for the main window's profile and shows what is due."""

    shown = Signal(object)  # a core.Reminder, each time one is shown

    def __init__(self, window, *, tray_available: bool | None = None, parent: QObject | None = None,
                 probe: IdleProbe | None = None):
        super().__init__(parent or window)
        self.window = window
        self.ctx = window.ctx
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.quitting = False
        self.history: list[core.Reminder] = []
        self.scheduler = core.ReminderScheduler(self._settings(), self._slot_names(),
                                                fired=app_settings.get(self.ctx.app, settings_mod.REMINDERS_FIRED) or ())
        self.tray: QSystemTrayIcon | None = self._make_tray() if tray_available else None
        self.breaks = BreakService(window, tray=self.tray, probe=probe, parent=self)  # movement breaks at the desk
        self.banner: ReminderBanner | None = None
        self._bar: QToolBar | None = None
        self._banner_for: core.Reminder | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(core.CHECK_INTERVAL_S * 1000))
        self.timer.timeout.connect(self.check)
        self.ctx.changed.connect(self._on_changed)
        self._last_hour: tuple[dt.date, int] | None = None
        window.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()
        self.breaks.start()
        QTimer.singleShot(0, self.check)

    # ----------------------------------------------------------------- state
    def _now(self) -> dt.datetime:
        """Local wall time from the app's clock, without its offset: the schedule works in local hours."""
        return self.ctx.clock.now().replace(tzinfo=None)

    def _settings(self) -> settings_mod.Settings:
        return app_settings.load(self.ctx.app)

    def _options(self) -> sessions.StartOptions | None:
        """What can start today (None without a profile, or when the program cannot be planned)."""
        if self.ctx.profile is None:
            return None
        try:
            return sessions.what_can_start(self.ctx.app)
        except Exception:  # a broken program must not stop the app; Today already explains it
            return None

    def _slot_names(self) -> list[str]:
        options = self._options()
        return [s.name for s in options.slots] if options else []

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings or changes.profile or changes.program:
            self.scheduler.update(self._settings(), self._slot_names(), self._now())
            self._save_fired()
        if (changes.sessions or changes.diary) and self.banner_visible and self._banner_for is not None:
            if self.is_started(self._banner_for):  # begun since the reminder came: it has served its purpose
                self.dismiss_banner()

    def is_done(self, r: core.Reminder) -> bool:
        if self.ctx.profile is None:
            return True
        if r.kind == core.SESSION:
            options = self._options()
            if options is not None and options.block is not None:
                return True  # nothing may start: no reminder to exercise (Today says why)
            return sessions.slot_done(self.ctx.app, r.slot_index, r.date)
        return diary.has_entry(self.ctx.app, r.date)

    def is_started(self, r: core.Reminder) -> bool:
        """A session reminder's session was started (whatever became of it); a diary reminder's day was saved."""
        if self.ctx.profile is None:
            return True
        if r.kind == core.SESSION:
            return r.slot_index in sessions.slot_status(self.ctx.app, r.date)
        return diary.has_entry(self.ctx.app, r.date)

    def _save_fired(self) -> None:
        app_settings.remember(self.ctx.app, settings_mod.REMINDERS_FIRED, sorted(self.scheduler.fired))

    # ----------------------------------------------------------------- check
    def check(self) -> list[core.Reminder]:
        """Ask the schedule what is due now (the wall clock, so sleep and clock changes are handled)."""
        now = self._now()
        hour = (now.date(), now.hour)
        if self._last_hour is not None and hour != self._last_hour:
            # a new hour or a new day while the app stays open (or wakes): screens that depend on the time
            # (Today's date and week, the evening diary notice) show it without waiting for a click
            self.ctx.notify(Changes(time=True))
        self._last_hour = hour
        names = self._slot_names()
        if tuple(names) != self.scheduler.slot_names:
            self.scheduler.slot_names = tuple(names)
        due = self.scheduler.check(now, self.is_done)
        self._save_fired()
        for r in due:
            self.show_reminder(r)
        return due

    def show_reminder(self, r: core.Reminder) -> None:
        self.history.append(r)
        if self.tray is not None:
            self.breaks.tray_message_is_break = False
            self.tray.showMessage(r.title, r.message, QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS)
        else:
            self._show_banner(r)
            QApplication.alert(self.window)
        self.shown.emit(r)

    def _show_banner(self, r: core.Reminder) -> None:
        if self.banner is None:
            self.banner = ReminderBanner()
            self.banner.dismiss.clicked.connect(self.dismiss_banner)
            self.banner.act.clicked.connect(self._act_on_banner)
            self._bar = QToolBar(translate("tray", "Reminder"))
            self._bar.setObjectName("reminderBar")
            self._bar.setMovable(False)
            self._bar.setFloatable(False)
            self._bar.toggleViewAction().setVisible(False)
            self._bar.addWidget(self.banner)
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._bar)
        self.banner.set_reminder(r)
        self._banner_for = r
        self._bar.setVisible(True)

    def _act_on_banner(self) -> None:
        r = self._banner_for
        self.dismiss_banner()
        if r is None:
            return
        if r.kind == core.SESSION:
            self.start_session(r.slot_index)
        elif hasattr(self.window, "show_screen"):
            bring_forward(self.window)
            if getattr(self.window, "page", None) is None:
                self.window.show_screen("diary")

    def next_slot(self) -> int | None:
        """Today's first session slot that is not completed yet (None when all are done)."""
        options = self._options()
        return options.next_slot if options else None

    def start_session(self, slot_index: int | None = None) -> None:
        """Bring the window forward and open the player on a slot (the next open one by default).
        While a session or the editor is open, only the window comes forward."""
        bring_forward(self.window)
        if getattr(self.window, "page", None) is not None:
            return
        if slot_index is None:
            slot_index = self.next_slot()
        if slot_index is not None:
            self.ctx.request_play("slot", slot_index)

    def dismiss_banner(self) -> None:
        if self._bar is not None:
            self._bar.setVisible(False)

    @property
    def banner_visible(self) -> bool:
        return self._bar is not None and self._bar.isVisible()

    # ------------------------------------------------------------------ tray
    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        tray.setToolTip(APP_NAME)
        menu = QMenu()
        menu.setAccessibleName(translate("tray", "{APP_NAME} tray menu").format(APP_NAME=APP_NAME))
        self.open_action = menu.addAction(translate("tray", "Open"))
        self.open_action.triggered.connect(self.open_window)
        self.start_action = menu.addAction(translate("tray", "Start next session"))
        self.start_action.triggered.connect(lambda: self.start_session())
        menu.aboutToShow.connect(self._update_menu)
        self.break_action = menu.addAction(translate("tray", "Take a movement break now"))
        self.break_action.triggered.connect(lambda: self.breaks.open_break())
        self.flare_action = menu.addAction(translate("tray", "I'm having a flare"))
        self.flare_action.triggered.connect(self.open_flare)
        menu.addSeparator()
        self.quit_action = menu.addAction(translate("tray", "Quit"))
        self.quit_action.triggered.connect(self.quit)
        tray.setContextMenu(menu)
        self._menu = menu  # QSystemTrayIcon does not own its menu: it goes with the icon
        tray.destroyed.connect(menu.deleteLater)
        tray.activated.connect(self._on_tray_activated)
        tray.messageClicked.connect(self._message_clicked)
        tray.show()
        return tray

    def _update_menu(self) -> None:
        options = self._options()
        slot = options.next_slot if options else None
        names = {s.index: s.name for s in options.slots} if options else {}
        if options is not None and options.block is not None:
            # the same answer Today and the player give: say so, and start nothing
            self.start_action.setText(translate("tray", "No more exercise today: start again tomorrow") if options.block.kind == "day"
                                      else translate("tray", "Exercises are held back (see Today)"))
            self.start_action.setToolTip(options.block.short)
            self.start_action.setEnabled(False)
        elif slot is None:
            self.start_action.setText(translate("tray", "All of today's sessions are done"))
            self.start_action.setEnabled(False)
        else:
            self.start_action.setText(translate("tray", "Start {next} session").format(next=names.get(slot, 'next').lower()))
            self.start_action.setEnabled(True)

    def _on_tray_activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window()

    def open_window(self) -> None:
        bring_forward(self.window)

    def _message_clicked(self) -> None:
        if not self.breaks.claim_tray_click():  # a movement break reminder opens the break itself
            self.open_window()

    def open_flare(self) -> None:
        """The flare plan, in the window brought forward (only the window, while a session is open)."""
        bring_forward(self.window)
        if hasattr(self.window, "open_flare"):
            self.window.open_flare()

    def quit(self) -> None:
        self.quitting = True
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()

    def keeps_running_when_closed(self) -> bool:
        return (self.tray is not None and not self.quitting and self._settings().reminders_on
                and getattr(self.window, "page", None) is None)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close and self.keeps_running_when_closed():
            event.ignore()
            self.window.hide()
            if not app_settings.get(self.ctx.app, settings_mod.TRAY_NOTICE_SHOWN, False):
                app_settings.remember(self.ctx.app, settings_mod.TRAY_NOTICE_SHOWN, True)
                assert self.tray is not None
                self.tray.showMessage(APP_NAME, tray_notice(), QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS)
            return True
        return False


def install_reminders(window, **kwargs) -> ReminderService:
    """Start reminders for the main window (tray icon when the desktop has one)."""
    service = ReminderService(window, **kwargs)
    window.reminders = service
    service.start()
    # coming back to the app (after the machine woke, say) checks at once instead of at the next tick
    app = QApplication.instance()
    if app is not None:
        app.applicationStateChanged.connect(
            lambda state: service.check() if state == Qt.ApplicationState.ApplicationActive else None)
    return service
