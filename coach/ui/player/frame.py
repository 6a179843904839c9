"""The player's frame: the session's title and strip with Stop, the banners, the four pages (exercise,
check-in, Stop question, end) and the controls, arranged for the window's size.

:class:`PlayerFrame` builds and arranges; :class:`~coach.ui.player.page.PlayerPage`
(its subclass) runs the session and connects the controls to the engine.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.ui.player.controls import KEYS_HINT, KEYS_SHORT, ControlBar, button
from coach.ui.player.end_panel import EndPanel
from coach.ui.player.exercise_view import ExerciseView
from coach.ui.player.panels import CheckinPanel, StopPanel, enlarge
from coach.ui.player.widgets import ProgressStrip
from coach.ui.widgets.kit import banner, set_role
from coach.ui.widgets.kit import label as _label

PAGE_EXERCISE, PAGE_CHECKIN, PAGE_STOP, PAGE_END = range(4)
LOW_LINES = 24  # a window lower than this many lines of text is "low": see PlayerFrame._set_low
DIGITS_SHARE = 0.26  # the timer's digits: this share of the player's height, whatever the text size


STOP_TEXT = (QT_TRANSLATE_NOOP("player", "■  Stop  (Esc)"), QT_TRANSLATE_NOOP("player", "Stop the session (Escape)"))
# on the Stop question the same place (always in view, at any text size) is the way back
BACK_TEXT = (QT_TRANSLATE_NOOP("player", "◀  Back  (B or Esc)"),
             QT_TRANSLATE_NOOP("player", "Go back to the exercise and continue the session (B or Escape)"))


class PlayerFrame(QWidget):
    """Every part of the player, and where each goes in a normal or a low window."""

    def __init__(self, image_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._low = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(8)
        # -- top: where we are, the session strip, Stop
        top = QHBoxLayout()
        top.setSpacing(14)
        head = QVBoxLayout()
        head.setSpacing(4)
        self.session_title = _label(role="h2", name="sessionTitle")  # wraps between its parts at large text
        head.addWidget(self.session_title)
        self.strip = ProgressStrip()
        head.addWidget(self.strip)
        top.addLayout(head, 1)
        self.stop_button = button(translate("player", STOP_TEXT[0]), "stopButton", translate("player", STOP_TEXT[1]),
                                  role="danger")
        self.stop_button.setMinimumHeight(64)  # and as wide as its text needs
        enlarge(self.stop_button, 1.3, bold=True)
        self._stop_col = QVBoxLayout()  # Stop, and under it "Sound off" in a low window
        self._stop_col.setSpacing(4)
        self._stop_col.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignRight)
        self._stop_col.addStretch(1)
        top.addLayout(self._stop_col)
        outer.addLayout(top)
        # -- banners: saving problems, sound notice, notes
        self.error_banner = QFrame()
        self.error_banner.setProperty("role", "alert")
        self.error_banner.setObjectName("saveError")
        eb = QHBoxLayout(self.error_banner)
        eb.setContentsMargins(14, 8, 14, 8)
        self.error_text = _label(name="saveErrorText")
        eb.addWidget(self.error_text, 1)
        self.retry_button = button(translate("player", "Try again"), "retrySave", translate("player", "Try saving again"))
        eb.addWidget(self.retry_button)
        self.error_banner.setVisible(False)
        outer.addWidget(self.error_banner)
        self.notice, self.notice_text = banner("notice", "playerNotice")
        outer.addWidget(self.notice)
        self.sound_notice, self.sound_notice_text = banner("notice", "soundNotice")
        outer.addWidget(self.sound_notice)
        # -- the pages
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        ev = self.exercise_view = ExerciseView(image_dir)
        self.pages.addWidget(ev)
        # the exercise page's parts, by the names the player uses
        self.name_label, self.dose_label, self.steps = ev.name_label, ev.dose_label, ev.steps
        self.cautions, self.intro_note, self.intro_note_text = ev.cautions, ev.intro_note, ev.intro_note_text
        self.figure, self.timer, self.figure_and_timer = ev.figure, ev.timer, ev.figure_and_timer
        self.status, self.where_label, self.next_label = ev.status, ev.where_label, ev.next_label
        self.checkin = CheckinPanel()
        self.pages.addWidget(self.checkin)
        self.stop_panel = StopPanel()
        self.pages.addWidget(self.stop_panel)
        self.end = EndPanel()
        self.pages.addWidget(self.end)
        # -- controls
        bar = self.controls = ControlBar()
        self.button_row, self.back_button, self.pause_button = bar.button_row, bar.back_button, bar.pause_button
        self.skip_button, self.extend_button, self.note = bar.skip_button, bar.extend_button, bar.note
        self.primary, self.keys_hint, self.sound_state = bar.primary, bar.keys_hint, bar.sound_state
        outer.addWidget(bar)

    # ------------------------------------------------------------ banners
    def stop_button_goes_back(self, back: bool) -> None:
        """Stop at the top becomes "Back to the exercise" while the Stop question shows (and Stop again after)."""
        text, name = (translate("player", t) for t in (BACK_TEXT if back else STOP_TEXT))
        if self.stop_button.text() != text:
            self.stop_button.setText(text)
            self.stop_button.setAccessibleName(name)
            set_role(self.stop_button, None if back else "danger")

    def show_save_problem(self, problem: str) -> None:
        self.error_text.setText(
            translate("player", "<b>Saving failed.</b> {problem} The session is paused so that nothing more is lost; what was saved before is safe. Press “Try again” when the problem is fixed.").format(problem=problem))
        self.error_banner.setVisible(True)

    def show_sound_notice(self, text: str) -> None:
        self.sound_notice_text.setText(text)
        self.sound_notice.setVisible(True)
        self._fit_hints()

    def set_keys(self, full: str, shorter: tuple[str, ...]) -> None:
        """The keys line for the page in view: ``full`` while it fits, else the first shorter form that fits."""
        self._keys = tuple(translate("player", t) for t in (full, *shorter))
        self._fit_hints()

    def _fit_hints(self) -> None:
        """The keys line in full when it fits on one line, else in fewer words (it gets shorter, it never
        vanishes), and "Sound off" when the notice that says so in full is not showing."""
        self.sound_state.setVisible(bool(self.sound_state.text()) and not self.sound_notice.isVisibleTo(self))
        m = self.layout().contentsMargins() if self.layout() else None
        room = self.width() - (m.left() + m.right() if m else 0)
        if self.sound_state.isVisibleTo(self) and self.controls.hints.indexOf(self.sound_state) >= 0:
            room -= self.sound_state.sizeHint().width() + 12
        self.keys_hint.ensurePolished()
        fm = QFontMetrics(self.keys_hint.font())
        forms = getattr(self, "_keys", None) or tuple(translate("player", t) for t in (KEYS_HINT, *KEYS_SHORT))
        text = next((t for t in forms if fm.horizontalAdvance(t) <= room), forms[-1])
        if text != self.keys_hint.text():
            self.keys_hint.setText(text)
        self.keys_hint.setAccessibleDescription(forms[0])
        self.keys_hint.setVisible(True)

    # ------------------------------------------------------------- window
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._set_low(self.height() < LOW_LINES * QFontMetrics(self.font()).height())
        self.exercise_view.scale_to(self.height())
        self.size_timer()
        self._fit_hints()

    def size_timer(self, resting: bool | None = None) -> None:
        """The timer's digits at a share of the window's height (``resting``: before anything is timed, while the
        pain question shows, they give their room up)."""
        if resting is not None:
            self._timer_rests = resting
        rests = getattr(self, "_timer_rests", False)
        self.timer.set_digits_px(None if rests else round(self.height() * DIGITS_SHARE))

    @property
    def low(self) -> bool:
        """Whether the window is low for the text size (about 200 % text in 1024×600)."""
        return self._low

    def _set_low(self, low: bool) -> None:
        """In a low window the session strip is compact (marks and numbers, no names: the title says which
        exercise of how many) and "where you are" moves from under the timer to beside the main button, leaving
        the figure and the timer room side by side."""
        if low == self._low:
            return
        self._low = low
        self.strip.set_compact(low)
        self.exercise_view.set_status_alignment(low)
        self.status.setProperty("fillsControls", low)
        row, hints = self.controls.row, self.controls.hints
        if low:
            self.exercise_view.right.removeWidget(self.status)
            row.addWidget(self.status)
            # "Sound off" goes under Stop rather than on a line of its own
            hints.removeWidget(self.sound_state)
            self._stop_col.insertWidget(1, self.sound_state, 0, Qt.AlignmentFlag.AlignRight)
        else:
            row.removeWidget(self.status)
            self.exercise_view.right.addWidget(self.status)
            self._stop_col.removeWidget(self.sound_state)
            hints.addWidget(self.sound_state)
        self.status.show()
        self._fit_hints()

    def focus_for(self, page: int, has_primary: bool) -> None:
        """Put the keyboard focus where it belongs on ``page``."""
        if page == PAGE_EXERCISE and has_primary:
            self.primary.setFocus()
        elif page == PAGE_END:
            self.end.done.setFocus()
        elif page == PAGE_CHECKIN:
            self.checkin.setFocus()  # never on an answer: Space must not answer for the user
        elif page == PAGE_STOP:
            self.stop_panel.setFocus()
        else:
            self.setFocus()
