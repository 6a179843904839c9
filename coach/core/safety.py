"""Safety rules: check-in answers, stop advice, warning-sign questions and trend alerts.

Pure Python over plain dataclasses; the texts are the app's own words, based on
the upper-lumbar monograph (Section 5, "When to see a doctor"; Section 7,
"mild tingling during nerve glides is acceptable, stop if sharp pain or
significant weakness occurs") and the reference texts' red flags. The app
informs and coaches; it never diagnoses, and it always points to a clinician
when something is wrong.

Check-ins and stops
===================
After each exercise the player asks how it went (``CHECKIN_OPTIONS``):
``fine`` and ``tingling`` carry on (for a nerve glide mild tingling is
expected and acceptable); ``sharp_pain`` and ``weakness`` end the session.
The Stop button asks why (``STOP_REASONS``); ``stop_advice`` says what to do
next. A stop for sharp pain, weakness or feeling unwell is a *symptom stop*:
it counts against progression (``coach.core.progression``) and towards
repeated-stop alerts.

Warning signs
=============
``WARNING_QUESTIONS`` are yes/no questions asked at first run and in the daily
diary. ``assess(answers)`` gives an :class:`Outcome`:

* ``emergency`` (new problems controlling the bladder or bowels, or numbness
  in the saddle area): seek emergency care now; exercises are *blocked* until
  the person confirms a clinician has assessed them.
* ``see_doctor_soon`` (progressive weakness, falls from the leg giving way,
  fever or unexplained weight loss, severe pain no position eases, symptoms in
  both legs): arrange to see a doctor soon; exercises are *paused* until the
  person acknowledges this.
* ``clear``: nothing reported.

Trend alerts
============
Computed from stored history (``DayRecord`` per diary day, ``SessionRecord``
per session):

* ``pain_not_improving``: at least ``PAIN_TREND_MIN_DAYS`` (28) days since the
  first session. The first *k* and the last *k* days with a pain score are
  compared, *k* = min(7, tracked days // 2), and *k* must be at least 3 so
  the two groups never overlap. It fires unless the drop is a meaningful
  improvement by the one rule of ``coach.core.change`` (2 points and 30 % of
  the first average, whichever is larger; with a first average below 2 no
  meaningful drop can be measured, and the alert keeps the advice to have it
  checked). Quiet when the recent average is below 1 (little pain left to
  improve).
* ``weakness_increasing``: weakness reported on more days in the last 7 days
  (today included) than in the 7 days before.
* ``repeated_stops``: two symptom stops on the same exercise within the last
  three sessions that included it. The exercise is paused until the person
  re-enables it; sessions up to a re-enabled pause no longer count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from coach.core.change import pain_change as judge_pain
from coach.core.textfmt import day_text

# ------------------------------------------------------------------ check-ins
CHECKIN_ANSWERS: tuple[str, ...] = ("fine", "tingling", "sharp_pain", "weakness")
SESSION_ENDING_ANSWERS: frozenset[str] = frozenset({"sharp_pain", "weakness"})
TOLERATED_ANSWERS: frozenset[str] = frozenset({"fine", "tingling"})


@dataclass(frozen=True)
class CheckinOption:
    id: str
    label: str
    meaning: str
    ends_session: bool


def checkin_options(nerve_glide: bool = False) -> tuple[CheckinOption, ...]:
    """The four check-in answers with what each one means, worded for this exercise."""
    if nerve_glide:
        tingling = ("Mild tingling is expected during a nerve glide and is acceptable. Keep the movement "
                    "smooth and gentle, never forced.")
    else:
        tingling = ("Mild tingling that settles soon after the movement is acceptable. Go a little more "
                    "gently next time, and stop if it builds up or turns into pain.")
    return (
        CheckinOption("fine", "Fine", "No new or worse symptoms. Carry on.", False),
        CheckinOption("tingling", "Mild tingling", tingling, False),
        CheckinOption("sharp_pain", "Sharp pain",
                      "Sharp pain means stop. The session ends here, and you will see what to do next.", True),
        CheckinOption("weakness", "Weakness or giving way",
                      "Weakness, or the leg giving way, means stop. The session ends here, and you will see "
                      "what to do next.", True),
    )


CHECKIN_OPTIONS: tuple[CheckinOption, ...] = checkin_options(False)


def checkin_option(answer: str, nerve_glide: bool = False) -> CheckinOption:
    for o in checkin_options(nerve_glide):
        if o.id == answer:
            return o
    raise ValueError(f"unknown check-in answer {answer!r}; expected one of {CHECKIN_ANSWERS}")


# ---------------------------------------------------------------------- stops
SYMPTOM_STOPS: frozenset[str] = frozenset({"sharp_pain", "weakness", "unwell"})
"""Stops caused by symptoms: they count against progression and towards repeated-stop alerts."""


@dataclass(frozen=True)
class StopReason:
    id: str
    label: str
    ends_session: bool  # True: no more exercise today; False: the session may be started again later


STOP_REASONS: tuple[StopReason, ...] = (
    StopReason("sharp_pain", "Sharp pain", True),
    StopReason("weakness", "Weakness or the leg giving way", True),
    StopReason("unwell", "Dizzy or feeling unwell", True),
    StopReason("other", "Something else (for example, an interruption)", False),
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
        return "Not recorded"
    if reason == USER_STOP:
        return "Stopped with the Stop button"
    try:
        return stop_reason(reason).label
    except ValueError:
        return reason.replace("_", " ").capitalize()


REST_POSITIONS = ("lying on your back with your knees bent and your feet flat, lying on your side with a "
                  "pillow between your knees, or lying on your back with your knees raised on pillows")

SEEK_CARE = (
    "Get emergency care now if you notice new problems controlling your bladder or bowels, or numbness "
    "between your legs, on your inner thighs or around your buttocks. See a doctor soon if the leg gets "
    "weaker, if it gives way or you fall, or if the pain stays severe whatever position you are in."
)

NEXT_SESSION = "Your next session will suggest an easier option for this exercise."


def stop_advice(reason: str, exercise_name: str, nerve_glide: bool = False) -> str:
    """What to do after a stop, in plain words (paragraphs separated by blank lines)."""
    r = stop_reason(reason)
    where = f"during {exercise_name}" if exercise_name else "the session"
    if r.id == "sharp_pain":
        what = f"You stopped {where} because of sharp pain. Stopping was the right thing to do."
        if nerve_glide:
            what += (" Mild tingling is acceptable in a nerve glide, but sharp pain is not: the nerve was "
                     "asked for more than it can give today.")
    elif r.id == "weakness":
        what = (f"You stopped {where} because the leg felt weak or gave way. Stopping was the right thing "
                "to do. Hold on to something steady or sit down before you move on.")
    elif r.id == "unwell":
        what = (f"You stopped {where} because you felt dizzy or unwell. Sit or lie down where you cannot "
                "fall, and get up slowly when the feeling has passed.")
    else:
        return (f"You stopped {where}. Everything you did so far is saved. When you are ready and feel "
                "well, you can start the session again later today.")
    rest = (f"Now: no more exercise today. Rest in a position that is comfortable for you, for example "
            f"{REST_POSITIONS}.")
    hours = ("Over the next few hours: keep moving gently around the home as comfort allows, rather than "
             "staying still in bed. Change position every 20 to 30 minutes. A cold pack for up to 15 "
             "minutes may ease a flare. Most flares settle within a day or two.")
    care = SEEK_CARE + " If you are worried, call your doctor or physiotherapist."
    return "\n\n".join((what, rest, hours, care, NEXT_SESSION))


def easier_option(kind: str, lower_dose: str | None = None) -> str:
    """The easier option suggested after a symptom stop on an exercise of ``kind``.

    ``lower_dose`` is the dose the exercise steps back to (a range dose above its low end), if any.
    """
    if lower_dose:
        first = f"it goes back to a lower dose ({lower_dose})"
    elif kind == "hold":
        first = "hold for a shorter time and ease off well before the stretch gets strong"
    elif kind == "reps":
        first = "do fewer repetitions, more slowly, through a smaller range of movement"
    elif kind == "duration":
        first = "walk for a shorter time, on flat ground, at an easy pace"
    else:
        first = "practise the easiest version, with support such as a rail or a wall"
    return (f"Next time {first}; stop short of the point where the symptoms started, or leave the exercise "
            "out. If it happens again, ask your clinician before carrying on with it.")


# --------------------------------------------------------------- warning signs
Severity = Literal["emergency", "soon"]
EMERGENCY = "emergency"
SEE_DOCTOR_SOON = "see_doctor_soon"
CLEAR = "clear"
OUTCOME_LEVELS: tuple[str, ...] = (CLEAR, SEE_DOCTOR_SOON, EMERGENCY)


@dataclass(frozen=True)
class WarningQuestion:
    id: str
    text: str
    severity: Severity
    short: str  # a few words, for lists of what was reported


WARNING_QUESTIONS: tuple[WarningQuestion, ...] = (
    WarningQuestion("bladder_bowel", "Have you had any new problems controlling your bladder or bowels? "
                    "For example, not being able to pass urine, not feeling when you need to go, or leaking.",
                    "emergency", "new bladder or bowel problems"),
    WarningQuestion("saddle_numbness", "Is there new numbness in the saddle area: between your legs, on your "
                    "inner thighs or around your buttocks?", "emergency", "numbness in the saddle area"),
    WarningQuestion("weakness", "Is your leg getting weaker, or is there new weakness? For example, the knee "
                    "buckling, or the foot dropping so your toes catch on the ground.", "soon",
                    "weakness that is new or getting worse"),
    WarningQuestion("falls", "Have you fallen, or nearly fallen, because your leg gave way?", "soon",
                    "falls from the leg giving way"),
    WarningQuestion("fever_weight", "Have you had a fever, or lost weight without trying?", "soon",
                    "fever or unexplained weight loss"),
    WarningQuestion("severe_pain", "Is your pain severe, and no position or rest eases it?", "soon",
                    "severe pain that no position eases"),
    WarningQuestion("both_legs", "Have symptoms spread to both legs?", "soon", "symptoms in both legs"),
)
_QUESTION_BY_ID = {q.id: q for q in WARNING_QUESTIONS}


@dataclass(frozen=True)
class Outcome:
    """What the answers to the warning-sign questions mean, with the texts to show."""

    level: str  # clear | see_doctor_soon | emergency
    title: str
    text: str
    reported: tuple[str, ...] = ()  # question ids answered yes

    @property
    def blocks_exercises(self) -> bool:
        return self.level == EMERGENCY

    @property
    def pauses_exercises(self) -> bool:
        return self.level == SEE_DOCTOR_SOON

    def reported_text(self) -> str:
        return _join([_QUESTION_BY_ID[q].short for q in self.reported if q in _QUESTION_BY_ID])


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


EMERGENCY_TITLE = "Seek emergency care now"
SOON_TITLE = "See a doctor soon"
CLEAR_TITLE = "No warning signs"

BLOCKED_NOTE = ("Exercises are blocked until you confirm that a clinician has assessed you since you "
                "reported this.")
PAUSED_NOTE = "Exercises are paused until you confirm you have read this."
BLOCKED_SHORT = ("Exercises are blocked because of the warning signs you reported, until a clinician has "
                 "assessed you (see the notice at the top).")
PAUSED_SHORT = ("Exercises are paused because of the warning signs you reported, until you confirm you have "
                "read the advice (see the notice at the top).")


def assess(answers: Mapping[str, bool]) -> Outcome:
    """The outcome of the warning-sign answers (question id → yes). Unknown ids raise ValueError."""
    unknown = set(answers) - set(_QUESTION_BY_ID)
    if unknown:
        raise ValueError(f"unknown warning-sign questions: {sorted(unknown)}")
    yes = tuple(q.id for q in WARNING_QUESTIONS if answers.get(q.id))
    emergency = [q for q in yes if _QUESTION_BY_ID[q].severity == "emergency"]
    if emergency:
        what = _join([_QUESTION_BY_ID[q].short for q in emergency])
        text = (f"You reported {what}. Together with back or leg pain, this can mean a nerve is badly "
                "squeezed, which needs to be checked the same day. Go to an emergency department now, or "
                "call your local emergency number. Do not wait to see whether it passes, and do not "
                "exercise.")
        others = [_QUESTION_BY_ID[q].short for q in yes if q not in emergency]
        if others:
            text += f" Tell them that you also have {_join(others)}."
        text += f" {BLOCKED_NOTE}"
        return Outcome(EMERGENCY, EMERGENCY_TITLE, text, yes)
    if yes:
        what = _join([_QUESTION_BY_ID[q].short for q in yes])
        text = ("You reported " + what + ". This needs a doctor's check soon, within the next day or two: "
                "call your doctor or physiotherapist and tell them what changed. If it gets quickly worse, "
                "or you notice new bladder or bowel problems or numbness between your legs, get emergency "
                f"care now. {PAUSED_NOTE}")
        return Outcome(SEE_DOCTOR_SOON, SOON_TITLE, text, yes)
    return Outcome(CLEAR, CLEAR_TITLE, "You reported none of the warning signs. Carry on with your program, "
                   "and answer these questions again whenever something changes.", ())


# ------------------------------------------------------------------- history
@dataclass(frozen=True)
class DayRecord:
    """One day's symptoms: pain 0–10 (None: not rated) and whether weakness was reported (None: unknown)."""

    date: dt.date
    pain: float | None = None
    weakness: bool | None = None


@dataclass(frozen=True)
class SessionRecord:
    """One session as the safety rules see it.

    ``exercises``: ids of the exercises the session included (started or done);
    ``stops``: (exercise id, reason) of its stops, including the stop a sharp
    pain or weakness check-in causes; ``done``: ids done in full (not
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


@dataclass(frozen=True)
class TrendAlert:
    """An alert from stored history, with the data that triggered it."""

    kind: str  # pain_not_improving | weakness_increasing | repeated_stops
    title: str
    text: str
    data: Mapping[str, Any] = field(default_factory=dict)
    exercise_id: str | None = None


PAIN_TREND_MIN_DAYS = 28
PAIN_GROUP_DAYS = 7
PAIN_GROUP_MIN = 3
LITTLE_PAIN = 1.0
WEAKNESS_WINDOW = 7
STOP_WINDOW = 3
STOPS_TO_PAUSE = 2


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def pain_not_improving(days: Sequence[DayRecord], sessions: Sequence[SessionRecord],
                       today: dt.date) -> TrendAlert | None:
    """Pain has not improved after four or more weeks of sessions (see the module docstring)."""
    if not sessions:
        return None
    first_session = min(s.date for s in sessions)
    weeks_in = (today - first_session).days
    if weeks_in < PAIN_TREND_MIN_DAYS:
        return None
    tracked = sorted((d for d in days if d.pain is not None and d.date <= today), key=lambda d: d.date)
    k = min(PAIN_GROUP_DAYS, len(tracked) // 2)
    if k < PAIN_GROUP_MIN:
        return None
    first, last = tracked[:k], tracked[-k:]
    before = _mean([float(d.pain) for d in first])
    after = _mean([float(d.pain) for d in last])
    if after < LITTLE_PAIN:
        return None
    judged = judge_pain(before, after)
    if judged.improved:
        return None
    drop = before - after
    fraction = drop / before if before > 0 else 0.0
    change = (f"went down by {drop:.1f} points ({fraction:.0%}), less than a meaningful improvement "
              f"({judged.rule_text})" if drop > 0 else
              "did not go down" if drop == 0 else f"went up by {-drop:.1f} points")
    first_span = f"{day_text(first[0].date)} to {day_text(first[-1].date)}"
    last_span = f"{day_text(last[0].date)} to {day_text(last[-1].date)}"
    text = (f"After {weeks_in // 7} weeks of exercises, your average pain {change}: {before:.1f} out of 10 "
            f"over your first {k} diary days ({first_span}), {after:.1f} over your last {k} ({last_span}). "
            "Pain that has not eased after four to six weeks of steady exercise is a reason to see your doctor "
            "or physiotherapist, who can check what else may help. Show them this diary.")
    data = {"first_session": first_session, "days_since_first_session": weeks_in, "days_compared": k,
            "first_average": round(before, 2), "last_average": round(after, 2), "drop": round(drop, 2),
            "drop_fraction": round(fraction, 3), "first_dates": (first[0].date, first[-1].date),
            "last_dates": (last[0].date, last[-1].date)}
    return TrendAlert("pain_not_improving", "Your pain has not improved", text, data)


def weakness_increasing(days: Sequence[DayRecord], today: dt.date) -> TrendAlert | None:
    """Weakness was reported on more days in the last 7 days than in the 7 days before."""
    recent_start = today - dt.timedelta(days=WEAKNESS_WINDOW - 1)
    before_start = recent_start - dt.timedelta(days=WEAKNESS_WINDOW)
    weak = sorted({d.date for d in days if d.weakness})
    recent = [d for d in weak if recent_start <= d <= today]
    before = [d for d in weak if before_start <= d < recent_start]
    if len(recent) <= len(before):
        return None
    n = len(recent)
    text = (f"You reported weakness on {n} {'day' if n == 1 else 'days'} in the last week "
            f"({', '.join(day_text(x) for x in recent)}), against {len(before)} in the week before. Weakness that "
            "is getting more frequent should be checked: see your doctor or physiotherapist soon, and "
            "take extra care on stairs and when getting up. If the leg gives way or you fall, stop the "
            "exercises and get checked before going on.")
    data = {"recent_days": len(recent), "before_days": len(before), "recent_dates": tuple(recent),
            "before_dates": tuple(before), "recent_window": (recent_start, today),
            "before_window": (before_start, recent_start - dt.timedelta(days=1))}
    return TrendAlert("weakness_increasing", "Weakness is reported more often", text, data)


def repeated_stops(sessions: Sequence[SessionRecord], names: Mapping[str, str] | None = None,
                   after: Mapping[str, int] | None = None) -> list[TrendAlert]:
    """Exercises with two symptom stops within the last three sessions that included them.

    ``after`` maps an exercise id to a session id: only later sessions count
    for it (the stops before a re-enabled pause are already dealt with).
    ``data`` holds ``dates``, ``reasons`` and ``session_ids`` of the stops and
    ``last_session_id``.
    """
    names = names or {}
    after = after or {}
    ordered = sorted(sessions, key=lambda s: (s.date, s.id))
    ids: list[str] = []
    for s in ordered:
        for e in list(s.exercises) + [e for e, _ in s.stops]:
            if e not in ids:
                ids.append(e)
    out = []
    for ex in ids:
        with_ex = [s for s in ordered if s.id > after.get(ex, -1)
                   and (ex in s.exercises or any(e == ex for e, _ in s.stops))]
        window = with_ex[-STOP_WINDOW:]
        hits = [(s, s.symptom_stop_on(ex)) for s in window if s.symptom_stop_on(ex)]
        if len(hits) < STOPS_TO_PAUSE:
            continue
        name = names.get(ex, ex.replace("-", " ").capitalize())
        what = "; ".join(f"{day_text(s.date)}: {stop_reason(r).label.lower()}" for s, r in hits)
        text = (f"You stopped {name} {len(hits)} times in its last {len(window)} sessions ({what}). It is "
                f"paused and left out of your sessions. Ask your doctor or physiotherapist about it before "
                "you re-enable it; they may suggest a gentler version.")
        data = {"dates": tuple(s.date for s, _ in hits), "reasons": tuple(r for _, r in hits),
                "session_ids": tuple(s.id for s, _ in hits), "last_session_id": max(s.id for s, _ in hits),
                "sessions_considered": len(window)}
        out.append(TrendAlert("repeated_stops", f"{name} is paused", text, data, exercise_id=ex))
    return out


def trend_alerts(days: Sequence[DayRecord], sessions: Sequence[SessionRecord], today: dt.date,
                 names: Mapping[str, str] | None = None,
                 after: Mapping[str, int] | None = None) -> list[TrendAlert]:
    """Every trend alert that fires today, most serious first."""
    out: list[TrendAlert] = []
    w = weakness_increasing(days, today)
    if w:
        out.append(w)
    out += repeated_stops(sessions, names, after)
    p = pain_not_improving(days, sessions, today)
    if p:
        out.append(p)
    return out
