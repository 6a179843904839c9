"""The player's controls under the exercise: Back, Pause, Skip and a practice note from the left, "+1 min"
and the main button (Start, Rep done, Finish walk…) from the right, and the line of keys under them.

:class:`ControlBar` shows which controls apply to a snapshot; the page
connects their clicks to the engine.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.program import side_word
from coach.core.session import Snapshot, State
from coach.ui.player import view as pv
from coach.ui.player.layouts import ControlsLayout
from coach.ui.player.panels import big_button, enlarge
from coach.ui.widgets.kit import label as _label

KEYS_HINT = QT_TRANSLATE_NOOP("player", "Keys:  Space start / rep done / next    P pause    S skip    ← back    → next    Esc stop")
CHECKIN_KEYS = QT_TRANSLATE_NOOP("player", "Keys:  1 fine    2 mild tingling    3 sharp pain    4 weakness or giving way    5 pain spreading    Esc stop")
# the same keys in fewer words, for a narrow window or large text (the hints never vanish: they get shorter)
KEYS_SHORT = (QT_TRANSLATE_NOOP("player", "Space start · rep done · next   P pause   S skip   ← →   Esc stop"),
              QT_TRANSLATE_NOOP("player", "Space  P  S  ←  →  Esc"))
CHECKIN_SHORT = (QT_TRANSLATE_NOOP("player", "1 fine   2 tingling   3 sharp pain   4 weakness   5 spreading   Esc stop"),
                 QT_TRANSLATE_NOOP("player", "1  2  3  4  5  Esc"))


def button(text: str, name: str, accessible: str, *, role: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(accessible)
    b.setMinimumHeight(48)
    if role:
        b.setProperty("role", role)
    return b


def primary_text(snap: Snapshot) -> tuple[str | None, str | None]:
    """The main button's text and accessible name for the snapshot, or (None, None) when it has none."""
    if snap.paused:
        return translate("player", "▶  Resume  (Space)"), translate("player", "Resume (Space)")
    if snap.state == State.INTRO:
        return translate("player", "▶  Start  (Space)"), translate("player", "Start the exercise (Space)")
    if snap.state != State.ACTIVE:
        return None, None
    ph = snap.phase
    if ph == "tap" or (snap.kind == "reps" and ph in ("move", "hold", "back")):  # paced reps too: done ahead
        return translate("player", "✓  Rep done  (Space)"), translate("player", "Rep done (Space)")
    if ph == "switch_side":
        return translate("player", "Start the {side} side now  (Space)").format(side=side_word(snap.side)), translate("player", "Start the {side} side now (Space)").format(side=side_word(snap.side))
    if ph == "walk":
        return translate("player", "Finish walk  (Space)"), translate("player", "Finish the walk (Space)")
    if ph == "practice":
        return translate("player", "✓  Done  (Space)"), translate("player", "Done practising (Space)")
    return None, None


class ControlBar(QWidget):
    """The row of controls (``row``, a :class:`ControlsLayout`) and the keys line with "Sound off" (``hints``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        cl = QVBoxLayout(self)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(4)
        self.button_row = QWidget()
        self.row = ControlsLayout(self.button_row, spacing=10)
        self.back_button = button(translate("player", "◀  Back  (←)"), "backButton", translate("player", "Back to the previous exercise (Left arrow)"))
        self.pause_button = button(translate("player", "❚❚  Pause  (P)"), "pauseButton", translate("player", "Pause (P)"))
        self.skip_button = button(translate("player", "Skip  (S)"), "skipButton", translate("player", "Skip this exercise (S)"))
        self.extend_button = button(translate("player", "+1 min  (E)"), "extendButton", translate("player", "Extend the walk by 1 minute (E)"))
        self.note = QLineEdit()
        self.note.setObjectName("practiceNote")
        self.note.setPlaceholderText(translate("player", "Note (optional)"))
        self.note.setAccessibleName(translate("player", "Practice note (optional)"))
        self.note.setMinimumHeight(44)
        self.note.setMinimumWidth(220)
        self.primary = big_button("", "primaryButton", "", role="primary", height=60)
        enlarge(self.primary, 1.2, bold=True)
        self.primary.setMinimumWidth(200)  # and as wide as its text needs
        self.primary.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        keep = self.primary.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.primary.setSizePolicy(keep)
        for w in (self.back_button, self.pause_button, self.skip_button, self.note):
            self.row.add(w)
        for w in (self.extend_button, self.primary):
            self.row.add(w, end=True)
        cl.addWidget(self.button_row)
        self.hints = QHBoxLayout()
        self.keys_hint = _label(translate("player", KEYS_HINT), "muted", name="keysHint", wrap=True)
        self.keys_hint.setAccessibleName(translate("player", "Keyboard keys"))
        self.hints.addWidget(self.keys_hint, 1)
        self.sound_state = _label("", "muted", name="soundState", wrap=False)
        self.hints.addWidget(self.sound_state)
        cl.addLayout(self.hints)

    def show_state(self, snap: Snapshot, *, on_exercise: bool, may_pause: bool, saving_failed: bool) -> bool:
        """Enable, name and show the controls that apply; True when the main button shows.

        ``on_exercise``: the exercise page shows and the session goes on; ``may_pause``: the exercise or the
        check-in shows; ``saving_failed``: events wait to be saved, so nothing may move the session on.
        """
        base = snap.paused_in if snap.paused else snap.state
        self.pause_button.setText(translate("player", "▶  Resume  (P)") if snap.paused else translate("player", "❚❚  Pause  (P)"))
        self.pause_button.setAccessibleName(translate("player", "Resume (P)") if snap.paused else translate("player", "Pause (P)"))
        self.pause_button.setEnabled(may_pause and (snap.paused or base in (State.INTRO, State.ACTIVE, State.CHECKIN)))
        self.skip_button.setEnabled(on_exercise and base in (State.INTRO, State.ACTIVE) and not saving_failed)
        self.back_button.setEnabled(on_exercise and not saving_failed and (
            base == State.ACTIVE or (base == State.INTRO and snap.exercise_index > 0)))
        text, name = primary_text(snap) if on_exercise else (None, None)
        self.primary.setVisible(text is not None)
        if text is not None:
            self.primary.setText(text)
            self.primary.setAccessibleName(name or text)
            self.primary.setEnabled(not saving_failed)
        walking = on_exercise and base == State.ACTIVE and snap.phase == "walk"
        self.extend_button.setVisible(walking)
        if walking:
            top = pv.num((snap.max_seconds or 0) / 60)
            self.extend_button.setAccessibleName(translate("player", "Extend the walk by 1 minute, up to {top} minutes (E)").format(top=top))
            self.extend_button.setEnabled(snap.can_extend)
        self.note.setVisible(on_exercise and base == State.ACTIVE and snap.phase == "practice")
        return text is not None
