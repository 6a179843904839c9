"""Pain before and after a session: one key press (0–9; 1 then 0 for 10) or one click on a 0–10 strip.

:class:`PainAsk` shows the question and the strip (the diary's 0–10 scale,
with its colours and numbers) on the first exercise's introduction and on the
end page. It only reports the score chosen (``answered``); the page keeps it
with the session (``coach.app.sessions.record_pain``) and says it back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.ui.diary.score_scale import TEN_WINDOW, ScoreStrip
from coach.ui.widgets.kit import label

BEFORE = QT_TRANSLATE_NOOP("player", "Before you start: how much pain do you have right now?")
AFTER = QT_TRANSLATE_NOOP("player", "How much pain do you have now?")
KEYS = QT_TRANSLATE_NOOP("player", "Press a number key (for 10, press 1 then 0), or choose on the scale. Optional.")


class PainAsk(QFrame):
    """The pain question with its 0–10 strip. ``press(digit, now)`` takes a key; ``answered(int)`` tells the score."""

    answered = Signal(int)

    def __init__(self, before: bool, parent=None) -> None:
        super().__init__(parent)
        self.before = before
        self.setProperty("role", "notice")
        self.setObjectName("painBefore" if before else "painAfter")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(6)
        self.question = label(translate("player", "<b>{question}</b> (0 no pain, 10 the worst)").format(
            question=translate("player", BEFORE if before else AFTER)), name="painQuestion")
        lay.addWidget(self.question)
        self.strip = ScoreStrip(translate("player", "Pain now, before the session") if before
                                else translate("player", "Pain now, after the session"),
                                translate("diary", "no pain"), translate("diary", "the worst pain"))
        lay.addWidget(self.strip)
        self.hint = label(translate("player", KEYS), "muted", name="painKeys")
        lay.addWidget(self.hint)
        self._last_one: float | None = None
        self.strip.valueChanged.connect(self._chosen)

    def resizeEvent(self, event) -> None:
        # wrapped lines need more height when the column is narrow: ask for it (a layout squeezes to one line)
        super().resizeEvent(event)
        need = self.layout().totalHeightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def value(self) -> int | None:
        return self.strip.value()

    def press(self, digit: int, now: float) -> int:
        """A number key: the score (a "0" soon after a "1" makes 10, as in the diary). ``now``: monotonic seconds."""
        if digit == 0 and self._last_one is not None and now - self._last_one < TEN_WINDOW and self.value() == 1:
            value = 10
            self._last_one = None
        else:
            value = digit
            self._last_one = now if digit == 1 else None
        self.strip.setValue(value)
        return value

    def _chosen(self, value) -> None:
        if value is None:
            return
        self.question.setText(translate("player", "<b>{question}</b> Noted: {value} of 10.").format(
            question=translate("player", BEFORE if self.before else AFTER), value=value))
        self.answered.emit(int(value))
