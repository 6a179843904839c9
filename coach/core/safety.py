"""Safety rules: check-ins, stop reasons and their advice, the day a stop ends, the list of signs to seek care
for, and the records the rules read (``DayRecord``, ``SessionRecord``).

Pure Python over plain dataclasses. The texts are the app's own words; each
rule cites the seed lines it comes from (``seeds/monograph-upper-lumbar.txt``
by section and line, and the reference texts by name and line). The app
informs and coaches; it never diagnoses, never predicts the course, and
always points to a clinician when something is wrong. The warning-sign
questions and what they hold back are in ``coach.core.warning_signs`` (their
names are re-exported here).

Check-ins
=========
After each exercise the player asks how it went (``checkin_options``), keys 1–5:

* ``fine``: carry on.
* ``tingling``: acceptable only in a nerve glide (monograph Section 6 line 142
  "Some tingling during nerve glides is normal"; Section 7 line 156 "Mild
  tingling during nerve glides is acceptable"). Anywhere else it is a symptom
  that *holds the dose*: the session goes on, but the exercise is not counted
  as tolerated, so its dose is not raised and the week's review does not
  move on (``tolerated``).
* ``sharp_pain``, ``weakness`` (or the leg giving way) and ``spreading`` (pain
  spreading further down the leg) end the exercise and the session at once
  (``SESSION_ENDING_ANSWERS``). Section 7 line 157 "Stop if sharp pain or
  significant weakness occurs"; for spreading, Section 6 line 141 "Avoid
  positions that sharply increase leg symptoms" and reference-lumbar-
  radiculopathy-levels line 38 (pain retreating from the leg is the good sign,
  so pain moving further down it is the opposite). The whole session ends,
  not just the exercise: the exercises still to come load the same nerve, and
  which of them would provoke it cannot be known; the monograph's flare advice
  is to avoid provocative positions (Section 13 line 364).

Stops
=====
The Stop button asks why (``STOP_REASONS``): the three reasons above, feeling
dizzy or unwell, or something else (an interruption; "just ending early" is
the engine's plain ``user`` stop). ``stop_advice`` gives each reason its own
advice. A stop for sharp pain, weakness, spreading or feeling unwell is a
*symptom stop* (``SYMPTOM_STOPS``):

* **Stop means stop**: no exercise starts again that day (``day_stops``): the
  stop of Section 7 line 157, and "Activity Pacing: Balance activity with rest"
  (Section 9 line 245). A clinician (clinician mode) may allow it again that
  day; the reason is recorded (``DayOverride``).
* It counts against the week's review and towards repeated-stop pauses.
* For sharp pain, weakness and spreading (``EASING_STOPS``) the exercise comes
  back eased the next time (``coach.core.easing.easing_for``). Feeling
  unwell is not put down to the exercise, so it is not eased.
* A stop or check-in for weakness or the leg giving way records the warning
  sign ``exercise_weakness`` (``coach.core.warning_signs``).

Trend alerts
============
Computed from stored history in ``coach.core.trends`` (weakness on more days,
pain spreading or centralizing, repeated stops on one exercise, pain not
improving), each with the urgency of its seed line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from coach.core.i18n import QT_TRANSLATE_NOOP, TranslatedFields, translate
from coach.core.textfmt import long_day
from coach.core.warning_signs import (  # noqa: F401  (the warning-sign names, re-exported)
    BLOCKED_NOTE,
    BLOCKED_SHORT,
    CLEAR,
    CLEAR_TITLE,
    EMERGENCY,
    EMERGENCY_TITLE,
    NEXT_VISIT,
    NEXT_VISIT_TITLE,
    OUTCOME_LEVELS,
    PAUSED_NOTE,
    PAUSED_SHORT,
    SEE_DOCTOR_SOON,
    SOON_TITLE,
    STOP_SIGN,
    URGENCY_TITLES,
    WARNING_QUESTIONS,
    ClinicianVisit,
    Holds,
    Outcome,
    SignReport,
    WarningSign,
    assess,
    holds,
    join_words,
    needs_steady_leg,
)

_join = join_words
WarningQuestion = WarningSign

# ------------------------------------------------------------------ check-ins
CHECKIN_ANSWERS: tuple[str, ...] = ("fine", "tingling", "sharp_pain", "weakness", "spreading")
SESSION_ENDING_ANSWERS: frozenset[str] = frozenset({"sharp_pain", "weakness", "spreading"})
TOLERATED_ANSWERS: frozenset[str] = frozenset({"fine", "tingling"})
"""Answers that count as tolerated in a nerve glide; elsewhere only ``fine`` does (see ``tolerated``)."""


def tolerated(answer: str | None, nerve_glide: bool) -> bool:
    """Whether a check-in answer counts as tolerated: ``fine``, or ``tingling`` in a nerve glide only
    (monograph Section 6 line 142, Section 7 line 156)."""
    return answer == "fine" or (answer == "tingling" and nerve_glide)


@dataclass(frozen=True)
class CheckinOption:
    id: str
    label: str
    meaning: str
    ends_session: bool


ENDS_HERE = QT_TRANSLATE_NOOP("safety", "The session ends here, and you will see what to do next.")


def checkin_options(nerve_glide: bool = False) -> tuple[CheckinOption, ...]:
    """The five check-in answers with what each one means, worded for this exercise."""
    if nerve_glide:
        tingling = (translate("safety", "Mild tingling is expected during a nerve glide and is acceptable. Keep the movement smooth and gentle, never forced."))
    else:
        tingling = (translate("safety", "Tingling is acceptable only in nerve glides. Here it counts as a symptom: the session goes on, but this exercise stays at its dose until it goes without tingling. Go more gently, and stop if it builds up or turns into pain."))
    return (
        CheckinOption("fine", translate("safety", "Fine"), translate("safety", "No new or worse symptoms. Carry on."), False),
        CheckinOption("tingling", translate("safety", "Mild tingling"), tingling, False),
        CheckinOption("sharp_pain", translate("safety", "Sharp pain"), translate("safety", "Sharp pain means stop. {ENDS_HERE}").format(ENDS_HERE=translate("safety", ENDS_HERE)), True),
        CheckinOption("weakness", translate("safety", "Weakness or giving way"),
                      translate("safety", "Weakness, or the leg giving way, means stop. {ENDS_HERE}").format(ENDS_HERE=translate("safety", ENDS_HERE)), True),
        CheckinOption("spreading", translate("safety", "Pain spreading down the leg"),
                      translate("safety", "Pain spreading further down the leg means stop. {ENDS_HERE}").format(ENDS_HERE=translate("safety", ENDS_HERE)), True),
    )


CHECKIN_OPTIONS: tuple[CheckinOption, ...] = checkin_options(False)


def checkin_option(answer: str, nerve_glide: bool = False) -> CheckinOption:
    for o in checkin_options(nerve_glide):
        if o.id == answer:
            return o
    raise ValueError(f"unknown check-in answer {answer!r}; expected one of {CHECKIN_ANSWERS}")


# ---------------------------------------------------------------------- stops
SYMPTOM_STOPS: frozenset[str] = frozenset({"sharp_pain", "weakness", "spreading", "unwell"})
"""Stops caused by symptoms: no more exercise that day; they count against the week's review and towards
repeated-stop pauses."""
EASING_STOPS: frozenset[str] = frozenset({"sharp_pain", "weakness", "spreading"})
"""Symptom stops put down to the exercise: it comes back eased next time (feeling unwell is not)."""


@dataclass(frozen=True)
class StopReason(TranslatedFields):
    _context = "safety"
    _translated = frozenset({"label"})

    id: str
    label: str
    ends_session: bool  # True: no more exercise today; False: the session may be started again later


STOP_REASONS: tuple[StopReason, ...] = (
    StopReason("sharp_pain", QT_TRANSLATE_NOOP("safety", "Sharp pain"), True),
    StopReason("weakness", QT_TRANSLATE_NOOP("safety", "Weakness or the leg giving way"), True),
    StopReason("spreading", QT_TRANSLATE_NOOP("safety", "Pain spreading further down the leg"), True),
    StopReason("unwell", QT_TRANSLATE_NOOP("safety", "Dizzy or feeling unwell"), True),
    StopReason("other", QT_TRANSLATE_NOOP("safety", "Something else (for example, an interruption)"), False),
)
USER_STOP = "user"
"""The session engine's plain stop, when the Stop button was pressed and no reason given; reads as ``other``."""
STOP_REASON_IDS: tuple[str, ...] = (*(r.id for r in STOP_REASONS), USER_STOP)
"""Every reason a session may stop with (the engine's ``stop(reason)`` accepts exactly these)."""
_STOP_BY_ID = {r.id: r for r in STOP_REASONS}


def stop_reason(reason: str) -> StopReason:
    """The stop reason; the engine's plain ``user`` stop (no reason given) reads as ``other``."""
    if reason == USER_STOP:
        reason = "other"
    try:
        return _STOP_BY_ID[reason]
    except KeyError:
        raise ValueError(f"unknown stop reason {reason!r}; expected one of {list(STOP_REASON_IDS)}") from None


def stop_reason_text(reason: str | None) -> str:
    """A stored stop reason in words, for lists and the report; "Not recorded" when there is none."""
    if not reason:
        return translate("safety", "Not recorded")
    if reason == USER_STOP:
        return translate("safety", "Stopped with the Stop button")
    try:
        return stop_reason(reason).label
    except ValueError:
        return reason.replace("_", " ").capitalize()


def is_symptom_stop(reason: str | None) -> bool:
    return reason in SYMPTOM_STOPS


# --------------------------------------------------------- the list to seek care for
@dataclass(frozen=True)
class CareSign(TranslatedFields):
    """One item of the monograph's Section 5 list, in the app's words, with its urgency and seed line."""

    _context = "safety"
    _translated = frozenset({"text"})

    text: str
    urgency: str
    seed: str


SECTION_5: tuple[CareSign, ...] = (
    CareSign(QT_TRANSLATE_NOOP("safety", "Your leg getting weaker, especially the knee buckling: see a doctor promptly."),
             SEE_DOCTOR_SOON, "monograph Section 5 line 111"),
    # line 112 says "seek emergency care"; saddle numbness goes with it (L2-L3 line 744, levels line 31)
    CareSign(QT_TRANSLATE_NOOP("safety", "New difficulty controlling your bladder or bowels, or numbness between your legs: seek emergency care now."), EMERGENCY, "monograph Section 5 line 112; L2-L3 line 744"),
    CareSign(QT_TRANSLATE_NOOP("safety", "Severe pain that no change of position or rest eases: see a doctor promptly."),
             SEE_DOCTOR_SOON, "monograph Section 5 line 113"),
    CareSign(QT_TRANSLATE_NOOP("safety", "No improvement after 4 to 6 weeks of the program: tell your doctor or physiotherapist."),
             NEXT_VISIT, "monograph Section 5 line 114"),
    CareSign(QT_TRANSLATE_NOOP("safety", "Falls because your leg is weak or gives way: see a doctor promptly."),
             SEE_DOCTOR_SOON, "monograph Section 5 line 115"),
    CareSign(QT_TRANSLATE_NOOP("safety", "A fever, or losing weight without trying: see a doctor promptly."),
             SEE_DOCTOR_SOON, "monograph Section 5 line 116"),
)
"""The one list of when to seek care, used by the first-run text, the handout's safety box and the advice
after a stop. Monograph Section 5 (lines 109–116), in its order."""
SECTION_5_INTRO = QT_TRANSLATE_NOOP("safety", "See a doctor, or get emergency care where it says so, if you notice:")


def seek_care_text() -> str:
    """The Section 5 list as a paragraph of lines (for the advice after a stop): the intro, then one line a sign."""
    return section_5_intro() + "\n" + "\n".join(f"• {c.text}" for c in SECTION_5)


def section_5_intro() -> str:
    """The line before the Section 5 list, in the language in use."""
    return translate("safety", SECTION_5_INTRO)


def section_5() -> tuple[CareSign, ...]:
    """The Section 5 list (its texts read in the language in use)."""
    return SECTION_5


REST_POSITIONS = (QT_TRANSLATE_NOOP("safety", "lying on your side with a pillow between your knees, or on your back with your knees slightly raised on a pillow"))
"""Monograph Section 8, "Sleeping" (lines 221 and 223)."""


def stop_advice(reason: str, exercise_name: str, nerve_glide: bool = False, next_time: str = "") -> str:
    """What to do after a stop, in plain words (paragraphs separated by blank lines; the list of when to seek
    care is a paragraph of lines).

    ``next_time`` is what happens to the exercise next time (``coach.core.easing.easing_promise``):
    the stop screen says exactly what the plan will do. Each reason has its own advice; nothing here
    explains a cause or predicts the course.
    """
    r = stop_reason(reason)
    where = translate("safety", "during {exercise_name}").format(exercise_name=exercise_name) if exercise_name else translate("safety", "the session")
    if not r.ends_session:
        # neutral: an interruption or just ending early is not a symptom
        return (translate("safety", "You ended the session early. Everything you did so far is saved. When you are ready, you can start it again later today."))
    rest = (translate("safety", "Now: no more exercise today; you can start again tomorrow. Rest in a position that eases your symptoms, for example {REST_POSITIONS}.").format(REST_POSITIONS=translate("safety", REST_POSITIONS)))
    if r.id == "sharp_pain":
        what = (translate("safety", "You stopped {where} because of sharp pain. Stopping was the right thing to do: the program says to stop for sharp pain.").format(where=where))
        if nerve_glide:
            what += translate("safety", " Mild tingling is acceptable in a nerve glide; sharp pain is not.")
        # Section 9 lines 241, 248, 250; Section 8 line 211; Section 13 line 364
        later = (translate("safety", "For the rest of the day: avoid the position that brought the pain on, and any position held for long that increases your symptoms. Keep moving gently around the home rather than staying in bed, and change position every 20 to 30 minutes. Ice for up to 15 minutes may ease a flare."))
        paras = [what, rest, later]
    elif r.id == "weakness":
        what = (translate("safety", "You stopped {where} because the leg felt weak or gave way. Stopping was the right thing to do. Hold on to something steady, or sit down, before you move on.").format(where=where))
        now = (translate("safety", "Now: no more exercise today; you can start again tomorrow. Take care on stairs: hold the rail and take one step at a time, both feet on each stair."))  # Section 8 line 227 (step-to pattern)
        # Section 5 lines 111 and 115: weakness and giving way need a doctor
        sign = (translate("safety", "The leg giving way or feeling weak is one of the signs to see a doctor about promptly. It is recorded with today's date, and the exercises that need a steady leg (balance, step-ups, stairs, squats and wall sits) are left out until you confirm that a clinician has seen you."))
        paras = [what, now, sign]
    elif r.id == "spreading":
        what = (translate("safety", "You stopped {where} because pain spread further down the leg. Stopping was the right thing to do.").format(where=where))
        # Section 6 line 141, Section 13 line 364; levels line 38 (centralization is the good sign)
        later = (translate("safety", "Avoid the position that brought it on. Pain that moves back toward the spine is a good sign; pain that spreads further down the leg is worth telling your physiotherapist or doctor about. Tell them sooner if it keeps spreading, or comes with weakness or numbness."))
        paras = [what, rest, later]
    else:  # unwell
        what = (translate("safety", "You stopped {where} because you felt dizzy or unwell. Sit or lie down where you cannot fall, and get up slowly when the feeling has passed.").format(where=where))
        now = translate("safety", "Now: no more exercise today. Start again another day only when you feel well.")
        # Section 13 line 366 "Seek help if symptoms persist"; fever: Section 5 line 116, L1-L2 line 539
        later = (translate("safety", "If the feeling does not pass, or you have a fever or chills, call your doctor."))
        paras = [what, now, later]
    paras.append(seek_care_text() + translate("safety", "\nIf you are worried, call your doctor or physiotherapist."))
    if next_time:
        paras.append(next_time)
    return "\n\n".join(paras)


# ------------------------------------------------------------------- history
@dataclass(frozen=True)
class DayRecord:
    """One day's symptoms: pain 0–10 (None: not rated), whether weakness was reported (None: unknown), and how
    far down the leg the pain reached (0 no pain, 1 back, 2 thigh, 3 knee, 4 shin; None: not rated)."""

    date: dt.date
    pain: float | None = None
    weakness: bool | None = None
    reach: int | None = None


@dataclass(frozen=True)
class SessionRecord:
    """One session as the safety rules see it.

    ``planned``: ids of the exercises planned (in order); ``levels``: the dose
    level each was planned at; ``exercises``: ids of those the session included
    (started or done); ``stops``: (exercise id, reason) of its stops, including
    the stop a session-ending check-in causes; ``done``: ids done in full (not
    partial); ``checkins``: the answer given for each exercise.
    """

    date: dt.date
    exercises: Sequence[str] = ()
    stops: Sequence[tuple[str, str]] = ()
    id: int = 0
    week: int = 0
    slot_index: int | None = None
    status: str = "completed"
    done: Sequence[str] = ()
    checkins: Mapping[str, str] = field(default_factory=dict)
    planned: Sequence[str] = ()
    levels: Mapping[str, float] = field(default_factory=dict)

    def symptom_stops(self) -> list[tuple[str, str]]:
        out = [(e, r) for e, r in self.stops if r in SYMPTOM_STOPS]
        for e, a in self.checkins.items():
            if a in SESSION_ENDING_ANSWERS and (e, a) not in out:
                out.append((e, a))
        return out

    def symptom_stop_on(self, exercise_id: str) -> str | None:
        for e, r in self.symptom_stops():
            if e == exercise_id:
                return r
        return None

    @property
    def full(self) -> bool:
        """Completed with every planned exercise done in full (none ended early, skipped or not reached)."""
        wanted = self.planned or self.exercises
        return self.status == "completed" and all(e in self.done for e in wanted)


# ------------------------------------------------------------------- a day's stop
@dataclass(frozen=True)
class DayOverride:
    """A clinician allowed exercise again on ``date`` after the stops up to session ``covers_session_id``."""

    date: dt.date
    covers_session_id: int
    reason: str
    recorded_at: str = ""


@dataclass(frozen=True)
class DayStop:
    """A symptom stop that ends exercise for the rest of its day."""

    date: dt.date
    session_id: int
    exercise_id: str
    reason: str


def day_stops(sessions: Iterable[SessionRecord], today: dt.date,
              overrides: Iterable[DayOverride] = ()) -> list[DayStop]:
    """Today's symptom stops that still hold exercise back today (stop means stop: see the module docstring).

    A clinician's override covers the stops up to the session it names; a later stop holds again.
    """
    covered = max((o.covers_session_id for o in overrides if o.date == today), default=0)
    out = []
    for s in sorted(sessions, key=lambda s: s.id):
        if s.date != today or s.id <= covered:
            continue
        for e, r in s.symptom_stops():
            out.append(DayStop(s.date, s.id, e, r))
    return out


def day_stop_text(stop: DayStop, exercise_name: str, today: dt.date) -> str:
    """Why nothing may start for the rest of the day, and when it can again."""
    tomorrow = today + dt.timedelta(days=1)
    what = translate("safety", "during {exercise_name} ").format(exercise_name=exercise_name) if exercise_name else ""
    return (translate("safety", "You stopped {what}today because of {label}: no more exercise today. You can start again tomorrow, {tomorrow}.").format(what=what, label=stop_reason(stop.reason).label.lower(), tomorrow=long_day(tomorrow)))
