"""Movement breaks at the desk on screen: the reminder (tray message or banner), the one-minute break dialog,
and what drives them.

``BreakService`` belongs to the tray's ``ReminderService``: every
``CHECK_MS`` it feeds :class:`coach.core.breaks.BreakTimer` the monotonic time
of the app's one clock, whether a session (or a break) is open, and what the
platform says about the screen (``coach.ui.guide.idle``); when a break is due it
shows a tray message (click: the break) or, without a tray, a banner on the
window with Start, Snooze and Not now. :class:`BreakDialog` runs the minute:
the routine of the person's week (``coach.app.breaks.routine``), a countdown
from the monotonic clock, and Done (the break counts in the diary), Snooze or
Skip.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSystemTrayIcon,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coach.app import breaks as app_breaks
from coach.app import settings as app_settings
from coach.app.changes import Changes
from coach.core import breaks as core
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.store.db import StoreError
from coach.ui.guide.idle import IdleProbe, ScreenState, detect
from coach.ui.safety.warning_signs import fit_to_screen
from coach.ui.single_instance import bring_forward
from coach.ui.widgets import kit
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.layout import vertical_scroll

CHECK_MS = 15_000
NOTIFY_MS = 20_000
TITLE = QT_TRANSLATE_NOOP("guide", "Time to stand and move")


def reminder_text(minutes: int) -> str:
    return (translate("guide", "You have been sitting for about {minutes} minutes. Stand up and move for a minute: sitting for long can bring symptoms on.").format(minutes=minutes))


class BreakBanner(QFrame):
    """The reminder on the window (when there is no tray): the text, Start the break, Snooze, Not now."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("breakBanner")
        self.setProperty("role", "notice")
        self.setAccessibleName(translate("guide", "Movement break reminder"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.text = kit.label("", name="breakBannerText")
        self.start = kit.button(translate("guide", "Start the break"), "breakStart", role="primary")
        self.snooze = kit.button(translate("guide", "Snooze {SNOOZE_MINUTES} min").format(SNOOZE_MINUTES=core.SNOOZE_MINUTES), "breakSnooze",
                                 translate("guide", "Snooze the break for {SNOOZE_MINUTES} minutes").format(SNOOZE_MINUTES=core.SNOOZE_MINUTES))
        self.skip = kit.button(translate("guide", "Not now"), "breakSkip", translate("guide", "Not now: remind me after the next stretch of sitting"))
        lay.addWidget(self.text, 1)
        for b in (self.start, self.snooze, self.skip):
            lay.addWidget(b)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        need = self.layout().totalHeightForWidth(self.width())
        if need > 0 and need != self.height():
            self.setFixedHeight(need)


class BreakService(QObject):
    """Movement break reminders for the main window (see the module docstring)."""

    shown = Signal()  # a reminder was shown
    taken = Signal()  # a break was counted

    def __init__(self, window, *, tray: QSystemTrayIcon | None = None, probe: IdleProbe | None = None,
                 parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.ctx = window.ctx
        self.tray = tray
        self.probe = probe if probe is not None else detect()
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CHECK_MS)
        self.clock_timer.timeout.connect(self.check)
        settings = app_settings.load(self.ctx.app)
        self.timer = core.BreakTimer(core.interval_minutes(settings.break_minutes))
        self.dialog: BreakDialog | None = None
        self.banner: BreakBanner | None = None
        self._bar: QToolBar | None = None
        self.tray_message_is_break = False
        self.history: list[float] = []  # monotonic times reminders were shown
        self.last_screen = ScreenState()
        self.ctx.changed.connect(self._on_changed)

    def start(self) -> None:
        self.clock_timer.start()
        self.timer.start(self.ctx.clock.monotonic())

    # ---------------------------------------------------------------- state
    @property
    def enabled(self) -> bool:
        return self.ctx.profile is not None and app_settings.load(self.ctx.app).break_reminders

    def busy(self) -> bool:
        """A session (or the break itself) is open: reminders wait."""
        from coach.ui.player.page import PlayerPage

        page = getattr(self.window, "page", None)
        if isinstance(page, PlayerPage) and not page.engine.finished:
            return True
        return self.dialog is not None and self.dialog.isVisible()

    def away(self) -> bool:
        s = self.probe.state()
        self.last_screen = s
        return bool(s.locked or s.suspended or (s.idle_s is not None and s.idle_s >= core.AWAY_AFTER_S))

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings or changes.profile:
            s = app_settings.load(self.ctx.app)
            self.timer.set_interval(s.break_minutes, self.ctx.clock.monotonic())
            if not s.break_reminders:
                self.dismiss_banner()

    # ---------------------------------------------------------------- check
    def check(self) -> bool:
        """Whether a reminder was shown now (off, away, or in a session: never)."""
        now = self.ctx.clock.monotonic()
        if not self.enabled:
            self.timer.start(now)  # turning them on later starts a fresh stretch
            return False
        if self.timer.update(now, away=self.away(), busy=self.busy()):
            self.show_reminder(now)
            return True
        return False

    def show_reminder(self, now: float | None = None) -> None:
        now = self.ctx.clock.monotonic() if now is None else now
        self.timer.shown(now)
        self.history.append(now)
        text = reminder_text(self.timer.interval_minutes)
        if self.tray is not None:
            self.tray_message_is_break = True
            self.tray.showMessage(translate("guide", TITLE), text + translate("guide", " Click here for a one-minute routine."),
                                  QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS)
        else:
            self._show_banner(text)
            QApplication.alert(self.window)
        self.shown.emit()

    def _show_banner(self, text: str) -> None:
        if self.banner is None:
            self.banner = BreakBanner()
            self.banner.start.clicked.connect(self.open_break)
            self.banner.snooze.clicked.connect(self.snooze)
            self.banner.skip.clicked.connect(self.skip)
            self._bar = QToolBar(translate("guide", "Movement break"))
            self._bar.setObjectName("breakBar")
            self._bar.setMovable(False)
            self._bar.setFloatable(False)
            self._bar.toggleViewAction().setVisible(False)
            self._bar.addWidget(self.banner)
            self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # a row of its own, under other reminders
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._bar)
        self.banner.text.setText(f"<b>{translate('guide', TITLE)}</b><br>{text}")
        self._bar.setVisible(True)

    @property
    def banner_visible(self) -> bool:
        return self._bar is not None and self._bar.isVisible()

    def dismiss_banner(self) -> None:
        if self._bar is not None:
            self._bar.setVisible(False)

    # -------------------------------------------------------------- answers
    def snooze(self) -> None:
        self.timer.snooze(self.ctx.clock.monotonic())
        self.dismiss_banner()

    def skip(self) -> None:
        self.timer.taken(self.ctx.clock.monotonic())
        self.dismiss_banner()

    def open_break(self) -> BreakDialog:
        """The one-minute break (brings the window forward)."""
        self.dismiss_banner()
        bring_forward(self.window)
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = BreakDialog(self.ctx, self.window)
            self.dialog.destroyed.connect(self._dialog_gone)
            self.dialog.finished_break.connect(self._finished)
            self.dialog.snoozed.connect(self.snooze)
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _dialog_gone(self, *_args) -> None:
        self.dialog = None

    def _finished(self, counted: bool) -> None:
        self.timer.taken(self.ctx.clock.monotonic())
        if counted:
            self.taken.emit()

    def claim_tray_click(self) -> bool:
        """The tray message just clicked was a break reminder: open the break (True), else leave it."""
        if not self.tray_message_is_break:
            return False
        self.tray_message_is_break = False
        self.open_break()
        return True


class BreakDialog(QDialog):
    """One minute: the routine, a countdown, and Done, Snooze or Skip."""

    finished_break = Signal(bool)  # True when the break was counted
    snoozed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("breakDialog")
        self.setWindowTitle(translate("guide", "A one-minute movement break"))
        self.setAccessibleName(translate("guide", "A one-minute movement break"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.moves = app_breaks.routine(ctx.app)
        self.each = core.move_seconds(self.moves)
        self.started = ctx.clock.monotonic()
        self.counted = False
        self._snoozing = False
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        content = QWidget()
        lay = QVBoxLayout(content)
        lay.setContentsMargins(0, 0, 8, 0)
        lay.addWidget(kit.label(translate("guide", "Stand and move for a minute"), "h1", name="breakTitle"))
        lay.addWidget(kit.label(translate("guide", "Sitting for long can bring symptoms on: stand and move every 20–30 minutes (Monograph, Section 8). Go gently, and stop if you feel sharp pain."), "muted",
                                name="breakWhy"))
        body = QHBoxLayout()
        self.figure = FigureView()
        self.figure.setObjectName("breakFigure")
        px = min(self.fontMetrics().height() * 11, 260)  # large text gets the words more room, not the picture
        self.figure.setFixedSize(round(px * 1.15), px)
        body.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        steps = QVBoxLayout()
        self.rows: list[QLabel] = []
        for i, mv in enumerate(self.moves):
            row = kit.label(f"{i + 1}. {mv.text}", name=f"breakMove-{mv.id}")
            steps.addWidget(row)
            self.rows.append(row)
        steps.addStretch(1)
        body.addLayout(steps, 1)
        lay.addLayout(body)
        lay.addStretch(1)
        outer.addWidget(vertical_scroll(content, translate("guide", "The routine")), 1)
        self.countdown = kit.label("", "h2", name="breakCountdown")
        outer.addWidget(self.countdown)
        foot = QHBoxLayout()
        self.skip = kit.button(translate("guide", "Skip this one"), "breakDialogSkip")
        self.snooze = kit.button(translate("guide", "Snooze {SNOOZE_MINUTES} min").format(SNOOZE_MINUTES=core.SNOOZE_MINUTES), "breakDialogSnooze",
                                 translate("guide", "Snooze the break for {SNOOZE_MINUTES} minutes").format(SNOOZE_MINUTES=core.SNOOZE_MINUTES))
        self.done_button = kit.button(translate("guide", "Done: count it"), "breakDone", translate("guide", "Done: count the break in the diary"),
                                      role="primary")
        self.done_button.setDefault(True)
        self.skip.clicked.connect(self.reject)
        self.snooze.clicked.connect(self._snooze)
        self.done_button.clicked.connect(self._done)
        foot.addWidget(self.skip)
        foot.addStretch(1)
        foot.addWidget(self.snooze)
        foot.addWidget(self.done_button)
        outer.addLayout(foot)
        fm = self.fontMetrics()
        fit_to_screen(self, QSize(62 * fm.averageCharWidth() + self.figure.width(), 24 * fm.height()))
        self.tick = QTimer(self)
        self.tick.setInterval(250)
        self.tick.timeout.connect(self.render)
        self.tick.start()
        self._shown_move = -1
        self.render()

    def elapsed(self) -> float:
        return max(0.0, self.ctx.clock.monotonic() - self.started)

    def current(self) -> int:
        return min(len(self.moves) - 1, int(self.elapsed() // self.each))

    def render(self) -> None:
        left = core.ROUTINE_SECONDS - self.elapsed()
        i = self.current()
        if i != self._shown_move:
            self._shown_move = i
            self.figure.set_figure(self.moves[i].figure)
            self.figure.setAccessibleName(translate("guide", "Illustration: {i}").format(i=self.moves[i].text))
            for j, row in enumerate(self.rows):
                f = row.font()
                f.setBold(j == i)
                row.setFont(f)
        if left > 0:
            self.countdown.setText(translate("guide", "{left}:{left2:02d} left").format(left=int(left) // 60, left2=int(left) % 60))
        else:
            self.countdown.setText(translate("guide", "That was a minute. Press Done to count it in your diary."))

    def _done(self) -> None:
        seconds = int(min(core.ROUTINE_SECONDS, round(self.elapsed())))
        try:
            self.ctx.apply(app_breaks.record(self.ctx.app, max(1, seconds)))
        except StoreError as exc:
            kit.tell(self, translate("guide", "The break could not be saved"), str(exc), warning=True)
            return
        self.counted = True
        self.accept()

    def _snooze(self) -> None:
        self._snoozing = True
        self.snoozed.emit()
        self.reject()

    def done(self, result: int) -> None:
        """QDialog's end: Done, Skip, Esc and Snooze all come here."""
        self.tick.stop()
        super().done(result)
        if not self._snoozing:
            self.finished_break.emit(self.counted)
