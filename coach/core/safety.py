"""Safety rules: check-ins, stop reasons and their advice, the day a stop ends, the list of signs to seek care
for, and the trend alerts read from stored history.

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
  back eased the next time (``coach.core.progression.easing_for``). Feeling
  unwell is not put down to the exercise, so it is not eased.
* A stop or check-in for weakness or the leg giving way records the warning
  sign ``exercise_weakness`` (``coach.core.warning_signs``).

Trend alerts
============
Computed from stored history (``DayRecord`` per diary day, ``SessionRecord``
per session); each has the urgency of the seed line it comes from:

* ``weakness_increasing``: weakness reported on more days in the last 7 days
  (today included) than in the 7 days before (monograph line 111, weakness
  that gets worse). See a doctor promptly.
* ``spreading``: a stop or check-in for pain spreading further down the leg in
  the last 7 days, or the diary's body map showing the pain reaching further
  down the leg (back → thigh → knee → shin, Section 14 line 378) on each of
  the last ``SPREAD_DAYS`` diary days than on most diary days of the week
  before. Tell a clinician at the next visit (levels line 38).
* ``centralizing``: the same comparison the other way, when the pain reached
  the leg before: named as a good sign (levels lines 38 and 46; monograph
  Section 12 line 318 "Nerve symptoms should centralize").
* ``repeated_stops``: two symptom stops on the same exercise within the last
  three sessions that included it. The exercise is paused until the person
  re-enables it; sessions up to a re-enabled pause no longer count.
* ``pain_not_improving``: at least ``PAIN_TREND_MIN_DAYS`` (28) days since the
  first session (monograph line 114 "No Improvement: After 4-6 weeks of
  appropriate care"; L3-L4 line 464). The first *k* and the last *k* days
  with a pain score are compared, *k* = min(7, tracked days // 2), and *k*
  must be at least 3 so the two groups never overlap. It fires unless the drop
  is a meaningful improvement by the one rule of ``coach.core.change``. Quiet
  when the recent average is below 1 (little pain left to improve).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from coach.core.change import pain_change as judge_pain
from coach.core.textfmt import day_text, long_day
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


ENDS_HERE = "The session ends here, and you will see what to do next."


def checkin_options(nerve_glide: bool = False) -> tuple[CheckinOption, ...]:
    """The five check-in answers with what each one means, worded for this exercise."""
    if nerve_glide:
        tingling = ("Mild tingling is expected during a nerve glide and is acceptable. Keep the movement "
                    "smooth and gentle, never forced.")
    else:
        tingling = ("Tingling is acceptable only in nerve glides. Here it counts as a symptom: the session goes "
                    "on, but this exercise stays at its dose until it goes without tingling. Go more gently, "
                    "and stop if it builds up or turns into pain.")
    return (
        CheckinOption("fine", "Fine", "No new or worse symptoms. Carry on.", False),
        CheckinOption("tingling", "Mild tingling", tingling, False),
        CheckinOption("sharp_pain", "Sharp pain", f"Sharp pain means stop. {ENDS_HERE}", True),
        CheckinOption("weakness", "Weakness or giving way",
                      f"Weakness, or the leg giving way, means stop. {ENDS_HERE}", True),
        CheckinOption("spreading", "Pain spreading down the leg",
                      f"Pain spreading further down the leg means stop. {ENDS_HERE}", True),
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
class StopReason:
    id: str
    label: str
    ends_session: bool  # True: no more exercise today; False: the session may be started again later


STOP_REASONS: tuple[StopReason, ...] = (
    StopReason("sharp_pain", "Sharp pain", True),
    StopReason("weakness", "Weakness or the leg giving way", True),
    StopReason("spreading", "Pain spreading further down the leg", True),
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


def is_symptom_stop(reason: str | None) -> bool:
    return reason in SYMPTOM_STOPS


# --------------------------------------------------------- the list to seek care for
@dataclass(frozen=True)
class CareSign:
    """One item of the monograph's Section 5 list, in the app's words, with its urgency and seed line."""

    text: str
    urgency: str
    seed: str


SECTION_5: tuple[CareSign, ...] = (
    CareSign("Your leg getting weaker, especially the knee buckling: see a doctor promptly.",
             SEE_DOCTOR_SOON, "monograph Section 5 line 111"),
    # line 112 says "seek emergency care"; saddle numbness goes with it (L2-L3 line 744, levels line 31)
    CareSign("New difficulty controlling your bladder or bowels, or numbness between your legs: seek emergency "
             "care now.", EMERGENCY, "monograph Section 5 line 112; L2-L3 line 744"),
    CareSign("Severe pain that no change of position or rest eases: see a doctor promptly.",
             SEE_DOCTOR_SOON, "monograph Section 5 line 113"),
    CareSign("No improvement after 4 to 6 weeks of the program: tell your doctor or physiotherapist.",
             NEXT_VISIT, "monograph Section 5 line 114"),
    CareSign("Falls because your leg is weak or gives way: see a doctor promptly.",
             SEE_DOCTOR_SOON, "monograph Section 5 line 115"),
    CareSign("A fever, or losing weight without trying: see a doctor promptly.",
             SEE_DOCTOR_SOON, "monograph Section 5 line 116"),
)
"""The one list of when to seek care, used by the first-run text, the handout's safety box and the advice
after a stop. Monograph Section 5 (lines 109–116), in its order."""
SECTION_5_INTRO = "See a doctor, or get emergency care where it says so, if you notice:"


def seek_care_text() -> str:
    """The Section 5 list as a paragraph of lines (for the advice after a stop): the intro, then one line a sign."""
    return SECTION_5_INTRO + "\n" + "\n".join(f"• {c.text}" for c in SECTION_5)


REST_POSITIONS = ("lying on your side with a pillow between your knees, or on your back with your knees slightly "
                  "raised on a pillow")
"""Monograph Section 8, "Sleeping" (lines 221 and 223)."""


def stop_advice(reason: str, exercise_name: str, nerve_glide: bool = False, next_time: str = "") -> str:
    """What to do after a stop, in plain words (paragraphs separated by blank lines; the list of when to seek
    care is a paragraph of lines).

    ``next_time`` is what happens to the exercise next time (``coach.core.progression.easing_promise``):
    the stop screen says exactly what the plan will do. Each reason has its own advice; nothing here
    explains a cause or predicts the course.
    """
    r = stop_reason(reason)
    where = f"during {exercise_name}" if exercise_name else "the session"
    if not r.ends_session:
        # neutral: an interruption or just ending early is not a symptom
        return ("You ended the session early. Everything you did so far is saved. When you are ready, you can "
                "start it again later today.")
    rest = ("Now: no more exercise today; you can start again tomorrow. Rest in a position that eases your "
            f"symptoms, for example {REST_POSITIONS}.")
    if r.id == "sharp_pain":
        what = (f"You stopped {where} because of sharp pain. Stopping was the right thing to do: the program "
                "says to stop for sharp pain.")
        if nerve_glide:
            what += " Mild tingling is acceptable in a nerve glide; sharp pain is not."
        # Section 9 lines 241, 248, 250; Section 8 line 211; Section 13 line 364
        later = ("For the rest of the day: avoid the position that brought the pain on, and any position held "
                 "for long that increases your symptoms. Keep moving gently around the home rather than staying "
                 "in bed, and change position every 20 to 30 minutes. Ice for up to 15 minutes may ease a "
                 "flare.")
        paras = [what, rest, later]
    elif r.id == "weakness":
        what = (f"You stopped {where} because the leg felt weak or gave way. Stopping was the right thing to do. "
                "Hold on to something steady, or sit down, before you move on.")
        now = ("Now: no more exercise today; you can start again tomorrow. Take care on stairs: hold the rail "
               "and take one step at a time, both feet on each stair.")  # Section 8 line 227 (step-to pattern)
        # Section 5 lines 111 and 115: weakness and giving way need a doctor
        sign = ("The leg giving way or feeling weak is one of the signs to see a doctor about promptly. It is "
                "recorded with today's date, and the exercises that need a steady leg (balance, step-ups, "
                "stairs, squats and wall sits) are left out until you confirm that a clinician has seen you.")
        paras = [what, now, sign]
    elif r.id == "spreading":
        what = (f"You stopped {where} because pain spread further down the leg. Stopping was the right thing "
                "to do.")
        # Section 6 line 141, Section 13 line 364; levels line 38 (centralization is the good sign)
        later = ("Avoid the position that brought it on. Pain that moves back toward the spine is a good sign; "
                 "pain that spreads further down the leg is worth telling your physiotherapist or doctor about. "
                 "Tell them sooner if it keeps spreading, or comes with weakness or numbness.")
        paras = [what, rest, later]
    else:  # unwell
        what = (f"You stopped {where} because you felt dizzy or unwell. Sit or lie down where you cannot fall, "
                "and get up slowly when the feeling has passed.")
        now = "Now: no more exercise today. Start again another day only when you feel well."
        # Section 13 line 366 "Seek help if symptoms persist"; fever: Section 5 line 116, L1-L2 line 539
        later = ("If the feeling does not pass, or you have a fever or chills, call your doctor.")
        paras = [what, now, later]
    paras.append(seek_care_text() + "\nIf you are worried, call your doctor or physiotherapist.")
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
    what = f"during {exercise_name} " if exercise_name else ""
    return (f"You stopped {what}today because of {stop_reason(stop.reason).label.lower()}: no more exercise "
            f"today. You can start again tomorrow, {long_day(tomorrow)}.")


# -------------------------------------------------------------------- trends
@dataclass(frozen=True)
class TrendAlert:
    """An alert from stored history, with the data that triggered it and its urgency."""

    kind: str  # weakness_increasing | spreading | centralizing | repeated_stops | pain_not_improving
    title: str
    text: str
    data: Mapping[str, Any] = field(default_factory=dict)
    exercise_id: str | None = None
    urgency: str = SEE_DOCTOR_SOON

    @property
    def good(self) -> bool:
        """A good sign rather than a warning."""
        return self.urgency == CLEAR


PAIN_TREND_MIN_DAYS = 28
PAIN_GROUP_DAYS = 7
PAIN_GROUP_MIN = 3
LITTLE_PAIN = 1.0
WEAKNESS_WINDOW = 7
STOP_WINDOW = 3
STOPS_TO_PAUSE = 2
SPREAD_WINDOW = 7
SPREAD_DAYS = 3
SPREAD_BEFORE_MIN = 3
REACH_WORDS = ("no pain", "the back", "the thigh", "the knee", "the shin")


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
    # monograph Section 5 line 114; L3-L4 line 464: a reason to be seen, without an urgency
    text = (f"After {weeks_in // 7} weeks of exercises, your average pain {change}: {before:.1f} out of 10 "
            f"over your first {k} diary days ({first_span}), {after:.1f} over your last {k} ({last_span}). "
            "Pain that has not eased after four to six weeks of steady exercise is a reason to see your doctor "
            "or physiotherapist, who can check what else may help. Show them this diary.")
    data = {"first_session": first_session, "days_since_first_session": weeks_in, "days_compared": k,
            "first_average": round(before, 2), "last_average": round(after, 2), "drop": round(drop, 2),
            "drop_fraction": round(fraction, 3), "first_dates": (first[0].date, first[-1].date),
            "last_dates": (last[0].date, last[-1].date)}
    return TrendAlert("pain_not_improving", "Your pain has not improved", text, data, urgency=NEXT_VISIT)


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
    # monograph Section 5 line 111: weakness that gets worse needs a doctor
    text = (f"You reported weakness on {n} {'day' if n == 1 else 'days'} in the last week "
            f"({', '.join(day_text(x) for x in recent)}), against {len(before)} in the week before. Weakness that "
            "is getting more frequent should be checked: see your doctor or physiotherapist promptly, and "
            "take extra care on stairs and when getting up. If the leg gives way or you fall, answer the "
            "warning-sign questions: the exercises that need a steady leg are then left out until you have "
            "been seen.")
    data = {"recent_days": len(recent), "before_days": len(before), "recent_dates": tuple(recent),
            "before_dates": tuple(before), "recent_window": (recent_start, today),
            "before_window": (before_start, recent_start - dt.timedelta(days=1))}
    return TrendAlert("weakness_increasing", "Weakness is reported more often", text, data)


def _typical(values: Sequence[int]) -> int:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], v))


def reach_trend(days: Sequence[DayRecord], today: dt.date) -> tuple[str, dict] | None:
    """("spreading" | "centralizing", data) from the diary's body map, or None (see the module docstring).

    The last ``SPREAD_DAYS`` diary days with a rating, all within the last
    ``SPREAD_WINDOW`` days, against the diary days of the ``SPREAD_WINDOW``
    days before the first of them (at least ``SPREAD_BEFORE_MIN``): spreading
    when each of the last days reached further down the leg than on most days
    before; centralizing when each stayed closer to the back, and the pain
    reached the leg on most days before.
    """
    rated = sorted((d for d in days if d.reach is not None and d.date <= today), key=lambda d: d.date)
    recent = rated[-SPREAD_DAYS:]
    if len(recent) < SPREAD_DAYS or recent[0].date < today - dt.timedelta(days=SPREAD_WINDOW - 1):
        return None
    first = recent[0].date
    before = [d for d in rated if first - dt.timedelta(days=SPREAD_WINDOW) <= d.date < first]
    if len(before) < SPREAD_BEFORE_MIN:
        return None
    typical = _typical([d.reach for d in before])
    data = {"recent": tuple((d.date, d.reach) for d in recent), "before_typical": typical,
            "before_dates": (before[0].date, before[-1].date), "before_days": len(before)}
    if all(d.reach > typical for d in recent):
        return "spreading", data
    if typical >= 2 and all(d.reach < typical for d in recent):
        return "centralizing", data
    return None


def _reach_days(recent: Sequence[tuple[dt.date, int]]) -> str:
    return join_words([f"{REACH_WORDS[r]} on {day_text(d)}" for d, r in recent])


def spreading(days: Sequence[DayRecord], sessions: Sequence[SessionRecord], today: dt.date,
              names: Mapping[str, str] | None = None) -> TrendAlert | None:
    """Pain spreading further down the leg: a stop or check-in for it in the last 7 days, or the diary's
    body map over the last days (see the module docstring). Tell a clinician at the next visit."""
    names = names or {}
    since = today - dt.timedelta(days=SPREAD_WINDOW - 1)
    stops = [(s.date, e) for s in sorted(sessions, key=lambda s: s.id) if since <= s.date <= today
             for e, r in s.symptom_stops() if r == "spreading"]
    trend = reach_trend(days, today)
    diary = trend[1] if trend and trend[0] == "spreading" else None
    if not stops and diary is None:
        return None
    parts = []
    if stops:
        parts.append("you stopped " + join_words([f"{names.get(e, e)} on {day_text(d)}" for d, e in stops])
                     + " because pain spread further down the leg")
    if diary is not None:
        parts.append(f"your diary shows the pain reaching {_reach_days(diary['recent'])}, further than "
                     f"{REACH_WORDS[diary['before_typical']]}, where it reached on most days the week before")
    text = (f"Pain is spreading further down your leg: {'; and '.join(parts)}. Pain that moves back toward the "
            "spine is a good sign; pain that spreads further down the leg is worth telling your physiotherapist "
            "or doctor about. Tell them sooner if it keeps spreading, or comes with weakness or numbness.")
    data = {"stops": tuple(stops), "diary": diary}
    return TrendAlert("spreading", "Pain is spreading down the leg", text, data, urgency=NEXT_VISIT)


def centralizing(days: Sequence[DayRecord], today: dt.date) -> TrendAlert | None:
    """The pain staying closer to the back than the week before: named as a good sign."""
    trend = reach_trend(days, today)
    if trend is None or trend[0] != "centralizing":
        return None
    data = trend[1]
    # levels lines 38 and 46; monograph Section 12 line 318
    text = (f"Your diary shows the pain reaching {_reach_days(data['recent'])}, closer to your back than "
            f"{REACH_WORDS[data['before_typical']]}, where it reached on most days the week before. Pain "
            "moving back from the leg toward the spine (centralization) is a good sign.")
    return TrendAlert("centralizing", "A good sign: the pain is centralizing", text, data, urgency=CLEAR)


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
    """Every trend alert that fires today, most serious first (a good sign last)."""
    out: list[TrendAlert] = []
    w = weakness_increasing(days, today)
    if w:
        out.append(w)
    out += repeated_stops(sessions, names, after)
    s = spreading(days, sessions, today, names)
    if s:
        out.append(s)
    p = pain_not_improving(days, sessions, today)
    if p:
        out.append(p)
    c = centralizing(days, today)
    if c:
        out.append(c)
    return out
