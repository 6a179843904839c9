"""The end of a session: the summary of what was done, or after a stop what was recorded and what to do now.

The words for a result, a stop and its advice are built here from the
engine's :class:`~coach.core.session.Summary` and the advice texts of
``coach.core.safety`` (one advice per stop reason, and what happens to the
exercise next time, from ``coach.app.safety.stop_promise``); the panel only
shows them, with one button back.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coach.app import guide as app_guide
from coach.core import guide as core_guide
from coach.core import safety
from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, translate
from coach.core.plan import PlannedExercise
from coach.core.program import side_word
from coach.core.session import EngineEvent, ExerciseResult, Summary
from coach.ui.player.panels import JUST_ENDING, FocusScroll, big_button, enlarge
from coach.ui.player.view import minutes_words, num
from coach.ui.widgets.kit import label

# the unit a result is counted in (stored in English), as a word of the language in use
UNITS = Texts("player", {"holds": QT_TRANSLATE_NOOP("player", "holds"), "reps": QT_TRANSLATE_NOOP("player", "reps"),
                         "minutes": QT_TRANSLATE_NOOP("player", "minutes")})

_label = partial(label, selectable=True)


def result_text(r: ExerciseResult) -> str:
    """Done versus planned for one exercise, in words."""
    if r.status == "skipped":
        done = translate("player", " after {done_units} {unit}").format(done_units=num(r.done_units), unit=UNITS.get(r.unit, r.unit)) if r.done_units else ""
        return translate("player", "Skipped{done}").format(done=done)
    if r.status == "pending":
        return translate("player", "Not reached")
    if r.kind in ("hold", "reps"):
        text = translate("player", "{done_units} of {planned_units} {unit}").format(done_units=num(r.done_units), planned_units=num(r.planned_units or 0), unit=UNITS.get(r.unit, r.unit))
        if r.planned_sets > 1:
            text += translate("player", " ({sets_done} of {planned_sets} sets)").format(sets_done=r.sets_done, planned_sets=r.planned_sets)
    elif r.kind == "duration":
        text = translate("player", "{done_units} of {planned_minutes} min").format(done_units=minutes_words(r.done_units), planned_minutes=num(r.planned_minutes or 0))
    else:
        text = translate("player", "{done_units} practised").format(done_units=minutes_words(r.done_units)) if r.done_units else translate("player", "Practised")
    if r.status == "stopped":
        text += translate("player", ", stopped here")
    elif r.status == "active":
        text += translate("player", ", not finished")
    elif r.partial:
        text += translate("player", ", ended early")
    return text


def summary_html(summary: Summary) -> str:
    rows = []
    for r in summary.exercises:
        answer = safety.checkin_option(r.checkin).label if r.checkin else "—"
        note = translate("player", "<br><i>Note: {note}</i>").format(note=escape(r.note)) if r.note else ""
        rows.append(
            f"<tr><td style='padding:4px 14px 4px 0'><b>{escape(r.name)}</b></td>"
            f"<td style='padding:4px 14px 4px 0'>{escape(result_text(r))}{note}</td>"
            f"<td style='padding:4px 0'>{escape(answer)}</td></tr>")
    head = (translate("player", "<tr><th align='left' style='padding-right:14px'>Exercise</th><th align='left' style='padding-right:14px'>Done</th><th align='left'>How it felt</th></tr>"))
    return f"<table cellspacing='0'>{head}{''.join(rows)}</table>"


def time_text(summary: Summary) -> str:
    text = translate("player", "Time exercising: {total_seconds}").format(total_seconds=minutes_words(summary.total_seconds / 60))
    if summary.paused_seconds >= 1:
        text += translate("player", " (pauses not counted: {paused_seconds} paused)").format(paused_seconds=minutes_words(summary.paused_seconds / 60))
    return text



def stop_where(summary: Summary, stop: EngineEvent | None, items: Sequence[PlannedExercise]) -> str:
    """What was recorded: the reason and where the session was (exercise, side, rep, set)."""
    reason = summary.stop_reason or "user"
    what = translate("player", JUST_ENDING[1]) if reason == "user" else safety.stop_reason(reason).label
    detail = f" ({summary.stop_detail})" if summary.stop_detail else ""
    if stop is None or stop.exercise_index is None:
        return translate("player", "Saved: {what}{detail}.").format(what=what, detail=detail)
    item = items[stop.exercise_index]
    parts = [item.name]
    if stop.side:
        parts.append(translate("player", "{side} side").format(side=side_word(stop.side)))
    if stop.rep is not None and item.reps > 1:
        parts.append(translate("player", "rep {rep} of {reps}").format(rep=stop.rep, reps=item.reps))
    if stop.set is not None and item.sets > 1:
        parts.append(translate("player", "set {set} of {sets}").format(set=stop.set, sets=item.sets))
    return translate("player", "Saved: {what}{detail}, during {parts}.").format(what=what, detail=detail, parts=', '.join(parts))


def advice_html(summary: Summary, items: Sequence[PlannedExercise], next_time: str = "") -> str:
    """The advice for the stop's reason, with what to do right now standing out. ``next_time``: what happens
    to the exercise next time (``coach.app.safety.stop_promise``), said exactly as the plan will do it."""
    reason = summary.stop_reason or "user"
    i = summary.stopped_at
    item = items[i] if i is not None and 0 <= i < len(items) else None
    text = safety.stop_advice(reason, item.name if item else "", item.exercise.nerve_glide if item else False,
                              next_time)
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]

    def html(p: str) -> str:
        return "<br>".join(escape(line) for line in p.split("\n"))

    return "".join(f"<p><b>{html(p)}</b></p>" if p.startswith(("Now", "Next time")) else f"<p>{html(p)}</p>"
                   for p in paras)


def is_symptom_stop(summary: Summary) -> bool:
    """A stop for a symptom (shown as an alert); an interruption or just ending early is neutral."""
    return safety.is_symptom_stop(summary.stop_reason)


class EndPanel(QWidget):
    """The end of a session: the summary, or after a stop what to do now. One button back to Today."""

    leave = Signal()
    guide_requested = Signal(str)  # a Guide topic: "see the Guide" after a stop

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endPanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        body = QWidget()
        # what to do now and the summary scroll (focus it to scroll by keyboard); the way back stays in view
        self.scroll = FocusScroll(body, translate("player", "Details"), focusable=True)
        outer.addWidget(self.scroll, 1)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 16, 28, 8)
        lay.setSpacing(12)
        self.title = _label("", "h1", name="endTitle")
        lay.addWidget(self.title)
        self._lay = lay  # the pain question goes after the advice (set_pain_ask)
        self.advice_box = QFrame()
        self.advice_box.setProperty("role", "alert")
        ab = QVBoxLayout(self.advice_box)
        ab.setContentsMargins(18, 14, 18, 14)
        self.where = _label("", name="stopWhere")
        f = self.where.font()
        f.setBold(True)
        self.where.setFont(f)
        self.advice = _label("", name="stopAdvice")
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        ab.addWidget(self.where)
        ab.addWidget(self.advice)
        self.guide_link = QPushButton()
        self.guide_link.setObjectName("stopGuideLink")
        self.guide_link.setAccessibleName(translate("player", "See the Guide"))
        self.guide_link.clicked.connect(lambda: self.guide_requested.emit(self.guide_link.property("topic")))
        self.guide_link.setVisible(False)
        ab.addWidget(self.guide_link, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.advice_box)
        self.table = _label("", name="summaryTable")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        enlarge(self.table, 1.2)
        lay.addWidget(self.table)
        self.time = _label("", name="summaryTime")
        enlarge(self.time, 1.2)
        lay.addWidget(self.time)
        self.save_note = _label("", "muted", name="saveNote")
        lay.addWidget(self.save_note)
        lay.addStretch(1)
        foot = QHBoxLayout()
        foot.setContentsMargins(28, 0, 28, 8)
        foot.addStretch(1)
        self.done = big_button(translate("player", "Back to Today  (Space)"), "endDone", translate("player", "Back to Today"), role="primary", height=60)
        self.done.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.done.setMinimumWidth(300)
        self.done.clicked.connect(self.leave.emit)
        foot.addWidget(self.done)
        outer.addLayout(foot)

    def set_pain_ask(self, ask: QWidget) -> None:
        """The pain question after the session: after what to do now (after a stop), before the summary."""
        self._lay.insertWidget(self._lay.indexOf(self.advice_box) + 1, ask)
        ask.setVisible(False)

    def show_summary(self, summary: Summary, slot_name: str) -> None:
        self.title.setText(translate("player", "✓ {slot_name} session complete").format(slot_name=slot_name))
        self.setAccessibleName(translate("player", "Session summary"))
        self.scroll.setAccessibleName(translate("player", "Session summary"))
        self.advice_box.setVisible(False)
        self._fill(summary)
        self.done.setText(translate("player", "Done  (Space)"))
        self.done.setAccessibleName(translate("player", "Done: back to Today"))

    def show_stopped(self, summary: Summary, where: str, advice: str) -> None:
        symptom = is_symptom_stop(summary)
        self.title.setText(translate("player", "■ Session stopped") if symptom else translate("player", "Session ended early"))
        self.setAccessibleName(translate("player", "Session stopped") if symptom else translate("player", "Session ended early"))
        self.scroll.setAccessibleName(translate("player", "What happened and what to do now"))
        # a symptom is an alert; an interruption or just ending early is not alarming
        self._box_role("alert" if symptom else "notice")
        self.advice_box.setVisible(True)
        self.where.setText(where)
        self.advice.setText(advice)
        self.advice_box.setAccessibleName(translate("player", "What to do now"))
        self.advice_box.setAccessibleDescription(self.advice.text())
        self._link_guide(summary.stop_reason or "")
        self._fill(summary)
        self.done.setText(translate("player", "Back to Today  (Space)"))
        self.done.setAccessibleName(translate("player", "Back to Today"))

    def _link_guide(self, reason: str) -> None:
        """"See the Guide: …" for a stop with a symptom (the topic ``coach.app.guide`` names for it)."""
        topic = app_guide.topic_for_stop(reason)
        self.guide_link.setVisible(topic is not None)
        if topic is not None:
            title = core_guide.topic(topic).title
            self.guide_link.setText(translate("player", "See the Guide: {value}").format(value=title))
            self.guide_link.setAccessibleName(translate("player", "See the Guide: {value} (leaves the session)").format(value=title))
            self.guide_link.setProperty("topic", topic)

    def _box_role(self, role: str) -> None:
        """The advice box as an alert or a plain notice (its texts take the colours of the role)."""
        if self.advice_box.property("role") == role:
            return
        self.advice_box.setProperty("role", role)
        for w in (self.advice_box, self.where, self.advice):
            w.style().unpolish(w)
            w.style().polish(w)

    def _fill(self, summary: Summary) -> None:
        self.table.setText(summary_html(summary))
        self.time.setText(time_text(summary))

    def show_message(self, title: str, text: str, detail: str | None = None) -> None:
        """Say why there is no session (exercise is blocked, or it could not be started): no summary."""
        self.title.setText(title)
        self._box_role("alert")
        self.advice_box.setVisible(True)
        self.where.setText(text)
        self.advice.setText(detail or "")
        self.advice.setVisible(detail is not None)
        self.guide_link.setVisible(False)
        self.table.setText("")
        self.time.setText("")
        self.setAccessibleName(title)
