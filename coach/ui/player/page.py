"""The session player's page: it runs one session with the engine and records it as it happens.

See the package docstring (``coach.ui.player``) for how events are saved, how
cues are played and which keys do what. The parts and their arrangement are
:class:`~coach.ui.player.frame.PlayerFrame`'s; this class forwards what the
user does to the engine and draws what it reports.

When it wakes and what it redraws is :mod:`coach.ui.player.wakes`' account
(the page is a :class:`~coach.ui.player.wakes.Wakes`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from coach.app import safety as app_safety
from coach.app import sessions as app_sessions
from coach.app import settings as app_settings
from coach.app.changes import NOTHING
from coach.app.sessions import Recording, SessionPlan
from coach.audio import CuePlayer
from coach.core import safety
from coach.core.clock import Clock
from coach.core.i18n import translate
from coach.core.session import EngineEvent, SessionEngine, Snapshot, State, Timings
from coach.core.session.spoken import back_to_today, pain_noted, pain_question, stop_question
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.player import view as pv
from coach.ui.player.controls import CHECKIN_KEYS, CHECKIN_SHORT, KEYS_HINT, KEYS_SHORT
from coach.ui.player.end_panel import advice_html, stop_where
from coach.ui.player.frame import PAGE_CHECKIN, PAGE_END, PAGE_EXERCISE, PAGE_STOP, PlayerFrame
from coach.ui.player.pain import PainAsk
from coach.ui.player.spoken import PlayerVoice
from coach.ui.player.wakes import Wakes

if TYPE_CHECKING:
    from coach.store.session_log import SessionLog


_shared_cues: CuePlayer | None = None


def shared_cue_player(mode: str, clock: Clock | None = None) -> CuePlayer:
    """One cue player for the app (its worker threads, backend probe and speech engine are made once, on
    ``clock``), giving cues as ``mode`` says: "voice", "beeps" or "off"."""
    global _shared_cues
    if _shared_cues is None:
        _shared_cues = CuePlayer(mode=mode, clock=clock)
    else:
        _shared_cues.mode = mode
    return _shared_cues


class PlayerPage(Wakes, PlayerFrame):
    """Runs one session. See the package docstring."""

    event_saved = Signal(int, str)  # seq, kind: the event is committed
    ended = Signal(str)  # "completed" or "stopped": the session is over (the end page shows)
    closed = Signal()  # the user left the player

    def __init__(
        self,
        ctx: AppContext,
        plan: SessionPlan,
        *,
        clock: Clock | None = None,
        cue_player: CuePlayer | None = None,
        timings: Timings | None = None,
        parent: QWidget | None = None,
        record: bool = True,  # False: a preview (program editor) that writes nothing to the store
        image_dir: Path | None = None,  # where step images live (default: the active program's folder)
    ) -> None:
        base = ctx.program.path.parent if ctx.program.path else None
        super().__init__(image_dir or base, parent)
        self.ctx = ctx
        self.plan = plan
        self.items = plan.items
        self.slot_index = plan.slot_index
        self.slot_name = plan.slot_name
        self.week = plan.week
        self.interrupted = plan.interrupted
        self.clock: Clock = clock or ctx.clock
        self.cues = cue_player if cue_player is not None else shared_cue_player(
            app_settings.load(ctx.app).cue_mode, self.clock)
        self.record = record
        self.recording: Recording | None = None
        self.start_changes = NOTHING  # what starting changed; told once the page covers the screens (opening)
        self._ended = False
        self._stop_event: EngineEvent | None = None
        self._paused_for_stop = False
        self._mode: tuple | None = None
        self._intro_note: str | None = None
        self._last_key: tuple | None = None
        self._names = pv.exercise_names(self.items)
        self._start_failed = False
        self._started_any = False  # an exercise began in this run (the pain question before it is over)
        self._asks_before = record and plan.interrupted is None
        self.pain_before, self.pain_after = PainAsk(True), PainAsk(False)
        self.exercise_view.set_pain_ask(self.pain_before)
        self.end.set_pain_ask(self.pain_after)
        self.pain_before.answered.connect(lambda v: self._pain("before", v))
        self.pain_after.answered.connect(lambda v: self._pain("after", v))
        self.voice = PlayerVoice(self.items, self.cues, self.clock, self.timer.flash)
        self.setObjectName("playerPage")
        self.setAccessibleName(translate("player", "{slot_name} session").format(slot_name=plan.slot_name))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._connect()
        self._init_wakes()

        if record:
            try:
                started = app_sessions.start(ctx.app, plan)
            except StoreError as exc:
                self._fail_start(str(exc))
                return
            self.recording = started.value
            self.recording.on_saved = self.event_saved.emit
            self.start_changes = started.changes
        it = plan.interrupted
        if it is not None:
            self.engine = SessionEngine.resumed(self.items, self.clock, it.resume, on_event=self._on_event,
                                                timings=timings)
            pos = it.resume.position
            if pos is not None and it.resume.checkin_due is None:
                self._intro_note = pv.resume_text(self.items[pos.exercise_index], pos) + "."
        else:
            self.engine = SessionEngine(self.items, self.clock, on_event=self._on_event, timings=timings)
            self._intro_note = plan.note if record else None
        if self._asks_before:
            self.voice.prefix = pain_question(True)
        self._call(self.engine.start)
        self._check_sound_notice()

    @property
    def log(self) -> SessionLog | None:
        """The session's store log (its ``session_id``), or None for a preview."""
        return self.recording.log if self.recording is not None else None

    @property
    def save_error(self) -> str | None:
        """What is wrong while events wait to be saved, or None."""
        return self.recording.problem if self.recording is not None else None

    def _connect(self) -> None:
        self.stop_button.clicked.connect(lambda: self.cancel_stop() if self.pages.currentIndex() == PAGE_STOP
                                         else self.ask_stop())
        self.retry_button.clicked.connect(self.retry_save)
        self.checkin.answered.connect(self.answer_checkin)
        self.stop_panel.chosen.connect(self.stop)
        self.end.leave.connect(self.leave)
        self.end.guide_requested.connect(self._to_guide)
        self.back_button.clicked.connect(self.back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button.clicked.connect(self.skip)
        self.extend_button.clicked.connect(self.extend)
        self.primary.clicked.connect(self.primary_action)

    # ========================================================= engine calls
    def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Call the engine, then deal with any saving problem and redraw."""
        result = fn(*args)
        if self.save_error and not self.engine.finished and self.engine.state != State.PAUSED:
            self.engine.pause()  # its pause event joins the unsaved ones, in order
            result = None if isinstance(result, Snapshot) else result
        self.voice.flush()
        self.render(result if isinstance(result, Snapshot) else None)
        return result

    def _on_event(self, ev: EngineEvent) -> None:
        self.voice.hear(ev)
        if ev.is_cue:
            self._check_sound_notice()
            return
        if ev.kind == "exercise_start":
            self._started_any = True
        if ev.kind == "stop":
            self._stop_event = ev
        if self.recording is None:
            return  # a preview keeps nothing
        if not self.recording.record(ev):
            self._show_save_problem()

    def _show_save_problem(self) -> None:
        self.show_save_problem(self.save_error or "")

    def retry_save(self) -> bool:
        """Write the events kept in memory, in order (then the session's end); True when everything is saved."""
        rec = self.recording
        if rec is not None and not rec.retry():
            self._show_save_problem()
            return False
        if rec is not None and self.engine.finished and not rec.finished and not self._save_finish():
            return False
        self.error_banner.setVisible(False)
        self.render()
        return True

    def _save_finish(self) -> bool:
        """Write the session's end once every event is saved; the screens hear what changed."""
        rec = self.recording
        if rec is None or rec.unsaved:
            return False
        try:
            changes = rec.finish(self.engine.summary())
        except StoreError:
            self._show_save_problem()
            return False
        self.ctx.apply(changes)
        return True


    # ================================================================= cues
    def _check_sound_notice(self) -> None:
        text = self.cues.take_notice()
        if text:
            self.show_sound_notice(text)

    # ============================================================== actions
    def primary_action(self) -> None:
        """Space: start an exercise, count a rep, go on to the next side, finish a walk or practice, leave."""
        if self.pages.currentIndex() == PAGE_END:
            self.leave()
            return
        if self.pages.currentIndex() != PAGE_EXERCISE or self.save_error:
            return
        snap = self.engine.snapshot()
        if snap.paused:
            self._call(self.engine.resume)
        elif snap.state == State.ACTIVE and snap.phase in ("walk", "practice"):
            note = self.note.text().strip() or None if snap.phase == "practice" else None
            self._call(self.engine.finish, note)
            self.note.clear()
        else:
            self._call(self.engine.tap)

    def next_action(self) -> None:
        """Right arrow: move on where nothing is counted (start, next side, leave)."""
        snap = self.engine.snapshot()
        if self.pages.currentIndex() == PAGE_END:
            self.leave()
        elif self.pages.currentIndex() == PAGE_EXERCISE and not snap.paused and (
                snap.state == State.INTRO or snap.phase == "switch_side"):
            self._call(self.engine.tap)

    def toggle_pause(self) -> None:
        if self.engine.state == State.PAUSED:
            if self.save_error and not self.retry_save():
                return
            self._call(self.engine.resume)
        else:
            self._call(self.engine.pause)

    def skip(self) -> None:
        if not self.save_error:
            self._call(self.engine.skip)

    def back(self) -> None:
        if not self.save_error:
            self._call(self.engine.back)

    def extend(self) -> None:
        self._call(self.engine.extend, 1.0)

    def answer_checkin(self, answer: str) -> None:
        if self.engine.snapshot().state not in (State.CHECKIN, State.PAUSED):
            return
        i = self.engine.snapshot().checkin_for
        self._call(self.engine.check_in, answer)
        if answer == "tingling" and not self.engine.finished and i is not None:
            ex = self.items[i].exercise
            self._intro_note = translate("player", "Noted: mild tingling. ") + safety.checkin_option("tingling", ex.nerve_glide).meaning
            self.exercise_view.shown = -1  # shown again, with the note
            self.render()

    def ask_stop(self) -> None:
        """Stop: freeze every timer at once (pause), then ask what happened."""
        if self.engine.finished or self.pages.currentIndex() == PAGE_STOP:
            return
        self._paused_for_stop = False
        if self.engine.state in (State.INTRO, State.ACTIVE, State.CHECKIN):
            self._paused_for_stop = self.engine.pause()
        self.voice.discard()  # not "Paused": the question says it
        self.voice.say(stop_question([label for _r, label in self.stop_panel.choices]))
        self.stop_panel.reset()
        self._timer.stop()
        self.pages.setCurrentIndex(PAGE_STOP)
        self.render()

    def cancel_stop(self) -> None:
        """Back to the exercise from the Stop question (its button, B, or Esc again): the session goes on."""
        if self.pages.currentIndex() != PAGE_STOP:
            return
        self.pages.setCurrentIndex(PAGE_EXERCISE)
        if self._paused_for_stop and self.engine.state == State.PAUSED and not self.save_error:
            self._paused_for_stop = False
            self._call(self.engine.resume)
        else:
            self.render()

    def stop(self, reason: str, detail: str | None = None) -> None:
        self._call(self.engine.stop, reason, detail)

    def leave(self) -> None:
        self._timer.stop()
        self.closed.emit()

    # ================================================================= pain
    def asking_pain_before(self) -> bool:
        """The pain question shows (and number keys answer it) on the first exercise's introduction."""
        snap = self.engine.snapshot()
        base = snap.paused_in if snap.paused else snap.state
        return (self._asks_before and not self._started_any and not self.engine.finished
                and base == State.INTRO and self.pages.currentIndex() == PAGE_EXERCISE)

    def asking_pain_after(self) -> bool:
        return self.record and self.recording is not None and not self._start_failed \
            and self.pages.currentIndex() == PAGE_END

    def _pain_key(self, digit: int) -> None:
        ask = self.pain_before if self.asking_pain_before() else self.pain_after
        ask.press(digit, self.clock.monotonic())

    def _pain(self, when: str, value: int) -> None:
        """Keep the pain the person gave (one key or one click) with the session, and say it back."""
        rec = self.recording
        ask = self.pain_before if when == "before" else self.pain_after
        if rec is None:
            return
        try:
            changes = app_sessions.record_pain(self.ctx.app, rec.session_id, when, value)
        except StoreError as exc:
            ask.hint.setText(translate("player", "Not saved: {problem}").format(problem=exc))
            return
        self.ctx.apply(changes)
        then = self.voice.last_intro if when == "before" else back_to_today()
        self.voice.say(pain_noted(value, then))

    def _to_guide(self, topic: str) -> None:
        """Leave the ended session for the Guide at ``topic`` (the stop advice's link)."""
        ctx = self.ctx
        self.leave()
        ctx.open_guide(topic)


    # ================================================================ render
    def render(self, snap: Snapshot | None = None) -> None:
        """Draw the engine's state (``snap``: its snapshot, when the caller has just taken it). Cheap when only
        time moved; everything is redrawn when anything else changed."""
        if self._start_failed:
            return
        snap = snap or self.engine.snapshot()
        key = self._frame_key(snap)
        if key == self._last_key:
            self._render_moving(snap)
        else:
            self._last_key = key
            if self.engine.finished:
                self._show_end(snap)
            elif self.pages.currentIndex() == PAGE_STOP:
                pass
            elif (snap.paused_in if snap.paused else snap.state) == State.CHECKIN:
                self._show_checkin(snap)
            else:
                self._show_exercise(snap)
            self._render_frame(snap)
        self._schedule(snap)

    def _frame_key(self, snap: Snapshot) -> tuple:
        """Everything shown except what time moves (the digits, the bar, the figure, the strip's fill)."""
        return (self.engine.finished, self.pages.currentIndex(), snap.state, snap.paused, snap.exercise_index,
                snap.phase, snap.set, snap.side_index, snap.rep, snap.can_extend, snap.target, snap.target_reached,
                snap.statuses, self.save_error, self._intro_note, self.cues.audible)

    def _render_moving(self, snap: Snapshot) -> None:
        """Only what time moves: the bar, the figure, the session strip."""
        if self.pages.currentIndex() != PAGE_EXERCISE or snap.exercise is None:
            return
        self.exercise_view.show_moment(snap)
        self.strip.set_state(self._names, self._marks(snap), snap.exercise_index, snap.exercise_fraction)

    def _render_frame(self, snap: Snapshot) -> None:
        n = len(self.items)
        i = snap.exercise_index
        # no break inside a part: at large text the title wraps between "session", "week" and "exercise"
        parts = [translate("player", "{slot_name} session").format(slot_name=self.slot_name), translate("player", "week {week}").format(week=self.week)]
        if not self.engine.finished and n:
            parts.append(translate("player", "exercise {i} of {n}").format(i=i + 1, n=n))
        self.session_title.setText(" · ".join(parts))
        self.session_title.setAccessibleName(" · ".join(parts).replace("\u00a0", " "))
        self.strip.set_state(self._names, self._marks(snap), i, snap.exercise_fraction)
        self.stop_button.setVisible(not self.engine.finished)
        page = self.pages.currentIndex()
        self.stop_button_goes_back(page == PAGE_STOP)
        self.controls.setVisible(not self.engine.finished and page != PAGE_STOP)
        self.button_row.setVisible(page == PAGE_EXERCISE)
        self.set_keys(*((CHECKIN_KEYS, CHECKIN_SHORT) if page == PAGE_CHECKIN else (KEYS_HINT, KEYS_SHORT)))
        self.sound_state.setText("" if self.cues.audible else translate("player", "Sound off: cues flash"))
        self._fit_hints()
        if page == PAGE_EXERCISE and snap.exercise is not None:
            self.exercise_view.show_frame(snap, self.items[i + 1].name if i + 1 < n else None)
        self._set_controls(snap)

    def _marks(self, snap: Snapshot) -> tuple[str, ...]:
        """Each exercise's mark in the strip: the engine's status, except that the exercise a symptom put down to
        it stopped the session on (``safety.EASING_STOPS``: sharp pain, weakness, spreading; not feeling unwell)
        is marked as the cause (✕), not as done."""
        marks = list(snap.statuses)
        i = self.engine.summary().stopped_at if snap.state == State.STOPPED else None
        if i is not None and 0 <= i < len(marks) and snap.stop_reason in safety.EASING_STOPS:
            marks[i] = "caused_stop"
        return tuple(marks)

    def _show_exercise(self, snap: Snapshot) -> None:
        if self.pages.currentIndex() != PAGE_EXERCISE:
            self.pages.setCurrentIndex(PAGE_EXERCISE)
        if snap.exercise is None:
            return
        if self.exercise_view.show_exercise(snap):
            self.note.clear()
        if snap.state == State.ACTIVE:
            self._intro_note = None  # said once, before the exercise it was about
        intro = snap.state == State.INTRO or (snap.paused and snap.paused_in == State.INTRO)
        self.exercise_view.set_note(self._intro_note if intro else None)
        asking = self.asking_pain_before()
        if asking != self.pain_before.isVisibleTo(self):
            self.pain_before.setVisible(asking)
            # the timer would only say "Ready" (as the Start button does): the question takes its room, and the
            # figure keeps the larger part of the window
            self.timer.setVisible(not asking)
            self.size_timer(resting=asking)

    def _show_checkin(self, snap: Snapshot) -> None:
        if self.pages.currentIndex() != PAGE_CHECKIN:
            i = snap.checkin_for if snap.checkin_for is not None else snap.exercise_index
            ex = self.items[i].exercise
            self.checkin.ask(ex.name, ex.nerve_glide)
            self.pages.setCurrentIndex(PAGE_CHECKIN)
            self._intro_note = None

    def _show_end(self, snap: Snapshot) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        if self.recording is not None and not self.recording.unsaved:
            self._save_finish()
        summary = self.engine.summary()
        if snap.state == State.STOPPED:
            self.end.show_stopped(summary, stop_where(summary, self._stop_event, self.items),
                                  advice_html(summary, self.items, self._stop_promise(summary)))
            status = "stopped"
        else:
            self.end.show_summary(summary, self.slot_name)
            status = "completed"
        self.notice.setVisible(False)
        self.pages.setCurrentIndex(PAGE_END)
        self.pain_after.setVisible(self.asking_pain_after())
        if self.pain_after.isVisibleTo(self):
            self.voice.say(pain_question(False))
        self.end.done.setFocus()
        self.ended.emit(status)


    def _stop_promise(self, summary) -> str:
        """What happens to the stopped exercise next time (a preview promises nothing)."""
        i = summary.stopped_at
        if not self.record or not summary.stop_reason or i is None or not 0 <= i < len(self.items):
            return ""
        try:
            return app_safety.stop_promise(self.ctx.app, self.items[i], summary.stop_reason, self.week)
        except StoreError:
            return ""

    # ------------------------------------------------------------- controls
    def _set_controls(self, snap: Snapshot) -> None:
        page = self.pages.currentIndex()
        has_primary = self.controls.show_state(
            snap, on_exercise=page == PAGE_EXERCISE and not self.engine.finished,
            may_pause=page in (PAGE_EXERCISE, PAGE_CHECKIN), saving_failed=bool(self.save_error))
        base = snap.paused_in if snap.paused else snap.state
        mode = (page, base, snap.exercise_index, snap.paused, has_primary, self.engine.finished)
        if mode != self._mode:
            self._mode = mode
            self.focus_for(page, has_primary)

    def settle_focus(self) -> None:
        """Put the keyboard focus where it belongs now (after the page is shown)."""
        self._mode = None
        self._last_key = None
        self.render()

    # ================================================================= keys
    def keyPressEvent(self, event) -> None:
        key = event.key()
        page = self.pages.currentIndex()
        K = Qt.Key
        if key in (K.Key_Escape, K.Key_MediaStop, K.Key_Stop):
            if page != PAGE_STOP:
                self.ask_stop()
            elif key == K.Key_Escape:  # Esc again: back to the exercise
                self.cancel_stop()
        elif page == PAGE_STOP and key == K.Key_B:
            self.cancel_stop()
        elif K.Key_0 <= key <= K.Key_9 and (self.asking_pain_before() or self.asking_pain_after()):
            self._pain_key(key - K.Key_0)
        elif page == PAGE_STOP and K.Key_1 <= key <= K.Key_9:
            reason = self.stop_panel.reason_for_key(key - K.Key_0)
            if reason:
                self.stop_panel._choose(reason)
        elif page == PAGE_CHECKIN and K.Key_1 <= key <= K.Key_9:
            answer = self.checkin.answer_for_key(key - K.Key_0)
            if answer:
                self.answer_checkin(answer)
        elif key == K.Key_P and page in (PAGE_EXERCISE, PAGE_CHECKIN):
            self.toggle_pause()
        elif key in (K.Key_Space, K.Key_Return, K.Key_Enter) and page in (PAGE_EXERCISE, PAGE_END):
            self.primary_action()
        elif key == K.Key_S and page == PAGE_EXERCISE:
            self.skip()
        elif key == K.Key_Left and page == PAGE_EXERCISE:
            self.back()
        elif key == K.Key_Right:
            self.next_action()
        elif key == K.Key_E and page == PAGE_EXERCISE:
            self.extend()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


    # ================================================================ misc
    def _fail_start(self, message: str) -> None:
        self.engine = SessionEngine((), self.clock)
        self._start_failed = True
        self._ended = True
        self.end.show_message(translate("player", "The session could not be started"),
                              translate("player", "Saving to your data file failed, so the session was not started (nothing would be kept)."), message)
        self.pages.setCurrentIndex(PAGE_END)
        self.stop_button.setVisible(False)
        self.controls.setVisible(False)
        self.end.done.setFocus()

    def closeEvent(self, event) -> None:
        self._timer.stop()
        super().closeEvent(event)
