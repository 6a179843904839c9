"""Warning signs: what is asked, how urgent each sign is, what it holds back, and when that ends.

Pure Python. The texts are the app's own words; every sign, its urgency and
what it holds back cite the seed lines they come from (``seeds/`` of the
project: the upper-lumbar monograph, Section 5 "When to See a Doctor", and the
"When to See a Doctor" lists of the reference texts).

Urgency
=======
Each sign carries the urgency the seeds give it:

* ``emergency``: seek emergency care now. Monograph Section 5, line 112:
  "Bowel/Bladder Changes: Difficulty with control—seek emergency care";
  reference-lumbar-radiculopathy-levels line 31: bladder or bowel changes are
  "a medical emergency called cauda equina syndrome, requiring same-day
  evaluation".
* ``see_doctor_soon`` (shown as "See a doctor promptly"): reference-L2-L3
  line 734 "Seek prompt medical attention if you experience", reference-L1-L2
  line 531 "Seek immediate medical attention if you experience",
  reference-lumbar-radiculopathy-levels line 28 "MRI moves forward
  immediately when". The stored id keeps its first name.
* ``next_visit`` (shown as "Mention it at your next visit"): the seeds'
  one item without urgency words, no improvement after 4 to 6 weeks
  (monograph line 114, reference-L3-L4 line 464, levels line 35), and pain
  spreading further down the leg (the opposite of centralization, levels line
  38); both are trend alerts (``coach.core.safety``), not questions.

What a sign holds back
======================
* ``all``: every exercise, until the person confirms that a clinician has seen
  them, with the date (or a clinician records it in clinician mode). For the
  emergency signs, and for the signs that may point to a cause other than the
  nerve irritation the program is for: the monograph says "Similar discomfort
  can arise from other causes ... a healthcare provider's evaluation ... is
  needed to clarify the cause" (Section 1, line 30) and "Fever or Weight Loss:
  May indicate other conditions" (line 116).
* ``steady_leg``: the exercises that need a steady leg (balance, step-ups,
  stairs, squats, wall sits: ``needs_steady_leg``), until a clinician has seen
  the person; every other exercise is paused until the advice was read. For
  falls, knee buckling and weakness that is getting worse (monograph line 111
  "Progressive Weakness: Worsening leg strength, especially knee buckling";
  line 115 "Falls: Due to leg weakness or giving way"); a fall on a step or a
  stair from a leg that gives way is what this avoids.
* ``read``: every exercise is paused until the person confirms they have read
  the advice (and will see a doctor promptly).

When a hold ends: the sign's state
==================================
Each sign goes through ``open`` (reported, advice not yet read) → ``read``
→ ``seen`` (a clinician has seen the person on or after the day it was
reported). :func:`sign_states` replays every answer set, acknowledgement and
clinician visit in the order they were recorded:

* **yes**: a sign not open becomes ``open`` from that day. A sign that is
  already ``seen`` and answered yes again stays ``seen``: the clinician knows
  about it (the questions ask about what is new or has changed).
* **no**: never clears a sign that holds anything until a clinician has seen
  the person: answering the questions again cannot lift an emergency. It ends
  a ``seen`` sign (a later yes is new again) and a ``read`` sign that only
  needed reading.
* **acknowledgement** ("I have read this"): ``open`` → ``read``.
* **clinician visit** on a date: every ``open`` or ``read`` sign reported on or
  before that date becomes ``seen``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, TranslatedFields, translate
from coach.core.textfmt import long_day

# ------------------------------------------------------------------ urgency
EMERGENCY = "emergency"
SEE_DOCTOR_SOON = "see_doctor_soon"  # "See a doctor promptly" (the stored id keeps its first name)
NEXT_VISIT = "next_visit"
CLEAR = "clear"
OUTCOME_LEVELS: tuple[str, ...] = (CLEAR, NEXT_VISIT, SEE_DOCTOR_SOON, EMERGENCY)
"""From the least to the most urgent."""

EMERGENCY_TITLE = QT_TRANSLATE_NOOP("safety", "Seek emergency care now")
SOON_TITLE = QT_TRANSLATE_NOOP("safety", "See a doctor promptly")
NEXT_VISIT_TITLE = QT_TRANSLATE_NOOP("safety", "Mention it at your next visit")
CLEAR_TITLE = QT_TRANSLATE_NOOP("safety", "No warning signs")
URGENCY_TITLES: Texts = Texts("safety", {EMERGENCY: EMERGENCY_TITLE, SEE_DOCTOR_SOON: SOON_TITLE,
                                         NEXT_VISIT: NEXT_VISIT_TITLE, CLEAR: CLEAR_TITLE})

Hold = Literal["all", "steady_leg", "read"]
HOLD_ALL: Hold = "all"
HOLD_STEADY_LEG: Hold = "steady_leg"
HOLD_READ: Hold = "read"


@dataclass(frozen=True)
class WarningSign(TranslatedFields):
    """A warning sign: the question that asks about it ("" when it is recorded, not asked), a few words for
    lists, its urgency, what it holds back, and the seed lines it comes from. The question and the few
    words read in the language in use."""

    _context = "safety"
    _translated = frozenset({"question", "short"})

    id: str
    question: str
    short: str
    urgency: str  # EMERGENCY | SEE_DOCTOR_SOON
    hold: Hold
    seeds: str

    @property
    def asked(self) -> bool:
        return bool(self.question)

    @property
    def text(self) -> str:  # the question, under its older name
        return self.question

    @property
    def severity(self) -> str:  # the older name of the urgency
        return self.urgency


SIGNS: tuple[WarningSign, ...] = (
    # ---- emergency: every exercise held until a clinician has seen the person
    WarningSign(
        "bladder_bowel",
        QT_TRANSLATE_NOOP("safety", "Have you had any new problems controlling your bladder or bowels? For example, not being able to pass urine, not feeling when you need to go, or leaking."),
        QT_TRANSLATE_NOOP("safety", "new bladder or bowel problems"), EMERGENCY, HOLD_ALL,
        "monograph Section 5 line 112 (seek emergency care); radiculopathy-levels line 31 (same-day evaluation); L1-L2 line 533"),
    WarningSign(
        "saddle_numbness",
        QT_TRANSLATE_NOOP("safety", "Is there new numbness in the saddle area: between your legs, on your inner thighs or around your buttocks?"),
        QT_TRANSLATE_NOOP("safety", "numbness in the saddle area"), EMERGENCY, HOLD_ALL,
        # listed with loss of bladder or bowel control (L2-L3 line 738): the same picture levels line 31
        # calls a medical emergency
        "L2-L3 line 744 (saddle anesthesia); radiculopathy-levels line 31"),
    # ---- promptly, and every exercise held until seen: it may point to another cause (monograph lines 30, 116)
    WarningSign(
        "sudden_severe",
        QT_TRANSLATE_NOOP("safety", "Has severe back pain come on suddenly, so that you cannot stand or walk?"),
        QT_TRANSLATE_NOOP("safety", "sudden severe back pain with not being able to stand or walk"), SEE_DOCTOR_SOON, HOLD_ALL,
        "L3-L4 line 456"),
    WarningSign(
        "injury_cancer_bones",
        QT_TRANSLATE_NOOP("safety", "Is your back pain new after an accident, a fall or an injury? Or is it new back pain and you have had cancer, or have osteoporosis (thin bones)?"),
        QT_TRANSLATE_NOOP("safety", "new back pain after an injury, or with a history of cancer or osteoporosis"), SEE_DOCTOR_SOON, HOLD_ALL,
        "L1-L2 line 541 (immediate medical attention); radiculopathy-levels lines 32-33"),
    WarningSign(
        "fever",
        QT_TRANSLATE_NOOP("safety", "Have you had a fever or chills, or an infection recently?"),
        QT_TRANSLATE_NOOP("safety", "fever, chills or a recent infection"), SEE_DOCTOR_SOON, HOLD_ALL,
        "L1-L2 line 539 (signs of systemic infection, immediate medical attention); radiculopathy-levels line 34 (fever with back and leg pain: possible infection); L2-L3 line 742; monograph line 116"),
    WarningSign(
        "weight_loss",
        QT_TRANSLATE_NOOP("safety", "Have you lost weight without trying?"),
        QT_TRANSLATE_NOOP("safety", "weight loss without trying"), SEE_DOCTOR_SOON, HOLD_ALL,
        "monograph Section 5 line 116 (may indicate other conditions); L2-L3 line 742; L3-L4 line 462"),
    # ---- promptly, and the exercises that need a steady leg held until seen
    WarningSign(
        "weakness",
        QT_TRANSLATE_NOOP("safety", "Is your leg getting weaker? For example, it is harder than before to straighten the knee, lift the thigh or lift the foot."),
        QT_TRANSLATE_NOOP("safety", "weakness that is getting worse"), SEE_DOCTOR_SOON, HOLD_STEADY_LEG,
        "monograph Section 5 line 111; L1-L2 line 535; L2-L3 line 736; L3-L4 line 458; radiculopathy-levels line 29"),
    WarningSign(
        "knee_buckling",
        QT_TRANSLATE_NOOP("safety", "Has your knee buckled, or your leg given way?"),
        QT_TRANSLATE_NOOP("safety", "the knee buckling or the leg giving way"), SEE_DOCTOR_SOON, HOLD_STEADY_LEG,
        "monograph Section 5 line 111 (especially knee buckling); radiculopathy-levels line 29 (buckling knee)"),
    WarningSign(
        "falls",
        QT_TRANSLATE_NOOP("safety", "Have you fallen, or nearly fallen, because your leg was weak or gave way?"),
        QT_TRANSLATE_NOOP("safety", "falls from the leg being weak or giving way"), SEE_DOCTOR_SOON, HOLD_STEADY_LEG,
        "monograph Section 5 line 115"),
    WarningSign(
        "limping",
        QT_TRANSLATE_NOOP("safety", "Have you started to limp, or does your foot drop so that your toes catch on the ground?"),
        QT_TRANSLATE_NOOP("safety", "a new limp or the foot dropping"), SEE_DOCTOR_SOON, HOLD_STEADY_LEG,
        "radiculopathy-levels line 29 (difficulty lifting the foot, new limping)"),
    # ---- promptly, and exercises paused until the advice was read
    WarningSign(
        "numbness",
        QT_TRANSLATE_NOOP("safety", "Is numbness in your leg spreading or getting stronger, or have you lost feeling in a new place?"),
        QT_TRANSLATE_NOOP("safety", "numbness that is spreading or getting stronger"), SEE_DOCTOR_SOON, HOLD_READ,
        "L3-L4 line 458 (progressive weakness or numbness in the legs); L2-L3 line 744 (significant sensory loss)"),
    WarningSign(
        "both_legs",
        QT_TRANSLATE_NOOP("safety", "Do you now have symptoms in both legs?"),
        QT_TRANSLATE_NOOP("safety", "symptoms in both legs"), SEE_DOCTOR_SOON, HOLD_READ,
        "radiculopathy-levels line 30 (bilateral symptoms)"),
    WarningSign(
        "severe_pain",
        QT_TRANSLATE_NOOP("safety", "Is your pain unrelenting: no rest or change of position eases it, or it gets worse at night?"),
        QT_TRANSLATE_NOOP("safety", "pain that nothing eases or that is worse at night"), SEE_DOCTOR_SOON, HOLD_READ,
        "monograph Section 5 line 113 (unrelenting despite position changes); L1-L2 line 537 (unrelieved by rest or worsening at night); L2-L3 line 740"),
    # ---- recorded, not asked
    WarningSign(
        "exercise_weakness", "",
        QT_TRANSLATE_NOOP("safety", "the leg feeling weak or giving way during an exercise"), SEE_DOCTOR_SOON, HOLD_STEADY_LEG,
        # a stop or check-in for weakness or giving way records it (monograph line 157: stop for significant
        # weakness; lines 111 and 115: weakness and giving way need a doctor)
        "monograph Section 7 line 157; Section 5 lines 111 and 115"),
    WarningSign(
        "fever_weight", "",  # answers stored before fever and weight loss were asked apart
        QT_TRANSLATE_NOOP("safety", "fever or unexplained weight loss"), SEE_DOCTOR_SOON, HOLD_READ,
        "monograph Section 5 line 116"),
)
SIGN_BY_ID: dict[str, WarningSign] = {s.id: s for s in SIGNS}
WARNING_QUESTIONS: tuple[WarningSign, ...] = tuple(s for s in SIGNS if s.asked)
"""The questions asked at first run, in the diary and from Today, in the order they are asked."""
STOP_SIGN = "exercise_weakness"
"""The sign a stop or check-in for weakness or the leg giving way records."""


def sign(sign_id: str) -> WarningSign:
    try:
        return SIGN_BY_ID[sign_id]
    except KeyError:
        raise ValueError(f"unknown warning sign {sign_id!r}; expected one of {sorted(SIGN_BY_ID)}") from None


def join_words(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + translate("safety", " and ") + items[-1]


# ----------------------------------------------------------- steady-leg exercises
_STEADY_LEG = re.compile(r"balance|step[- ]?up|\bsteps?\b|stair|squat|wall[- ]?sit|activity[- ]specific|"
                         r"activity[- ]practice")


def needs_steady_leg(exercise_id: str, name: str = "") -> bool:
    """Whether an exercise needs a leg that does not give way: balance, step-ups, stairs, squats, wall sits,
    and the activity-specific training of week 4 (the monograph's "problematic movements" are stairs and
    rising from a chair: Section 3 line 74, Section 4 line 94).

    Read from the exercise's id and name, so that a program built from the library is covered too.
    """
    return bool(_STEADY_LEG.search(f"{exercise_id} {name}".lower()))


# ------------------------------------------------------------------- assess
@dataclass(frozen=True)
class Outcome:
    """What a set of answers means, with the advice to show."""

    level: str  # clear | see_doctor_soon | emergency
    title: str
    text: str
    reported: tuple[str, ...] = ()  # sign ids answered yes

    @property
    def blocks_exercises(self) -> bool:
        """Some sign holds every exercise until a clinician has seen the person."""
        return any(SIGN_BY_ID[s].hold == HOLD_ALL for s in self.reported if s in SIGN_BY_ID)

    @property
    def pauses_exercises(self) -> bool:
        """Exercises wait at least until the advice was read."""
        return bool(self.reported) and not self.blocks_exercises

    @property
    def withholds_steady_leg(self) -> bool:
        return any(SIGN_BY_ID[s].hold == HOLD_STEADY_LEG for s in self.reported if s in SIGN_BY_ID)

    def reported_text(self) -> str:
        return join_words([SIGN_BY_ID[s].short for s in self.reported if s in SIGN_BY_ID])


BLOCKED_NOTE = (QT_TRANSLATE_NOOP("safety", "Exercises stay blocked until you confirm the date a clinician saw you about this. Answering the questions again does not lift it."))
PAUSED_NOTE = QT_TRANSLATE_NOOP("safety", "Exercises are paused until you confirm that you have read this.")
STEADY_LEG_NOTE = (QT_TRANSLATE_NOOP("safety", "Until a clinician has seen you, the exercises that need a steady leg (balance, step-ups, stairs, squats and wall sits) are left out; confirm the date on Today when you have been seen."))
BLOCKED_SHORT = (QT_TRANSLATE_NOOP("safety", "Exercises are blocked because of the warning signs you reported, until you confirm that a clinician has seen you (see the notice at the top)."))
PAUSED_SHORT = (QT_TRANSLATE_NOOP("safety", "Exercises are paused because of the warning signs you reported, until you confirm you have read the advice (see the notice at the top)."))


def _sorted_yes(answers: Mapping[str, bool]) -> tuple[str, ...]:
    return tuple(s.id for s in SIGNS if answers.get(s.id))


def assess(answers: Mapping[str, bool]) -> Outcome:
    """The outcome of a set of answers (sign id → yes). Unknown ids raise ValueError.

    The level is the most urgent sign answered yes; the text says what to do
    and what the signs hold back (see the module docstring).
    """
    unknown = set(answers) - set(SIGN_BY_ID)
    if unknown:
        raise ValueError(f"unknown warning-sign questions: {sorted(unknown)}")
    yes = _sorted_yes(answers)
    if not yes:
        return Outcome(CLEAR, translate("safety", CLEAR_TITLE), translate("safety", "You reported none of the warning signs. Carry on with your program, and answer these questions again whenever something changes."), ())
    emergency = [s for s in yes if SIGN_BY_ID[s].urgency == EMERGENCY]
    others = [s for s in yes if s not in emergency]
    holds = {SIGN_BY_ID[s].hold for s in yes}
    if emergency:
        # monograph line 112 "seek emergency care"; radiculopathy-levels line 31 "same-day evaluation"
        text = (translate("safety", "You reported {emergency}. With back or leg pain this needs to be checked the same day: go to an emergency department now, or call your local emergency number. Do not wait to see whether it passes, and do not exercise.").format(emergency=join_words([SIGN_BY_ID[s].short for s in emergency])))
        if others:
            text += translate("safety", " Tell them that you also have {others}.").format(others=join_words([SIGN_BY_ID[s].short for s in others]))
        return Outcome(EMERGENCY, translate("safety", EMERGENCY_TITLE), f"{text} {translate('safety', BLOCKED_NOTE)}", yes)
    what = join_words([SIGN_BY_ID[s].short for s in yes])
    # L2-L3 line 734 "Seek prompt medical attention"; L1-L2 line 531 "Seek immediate medical attention"
    text = (translate("safety", "You reported {what}. This needs a doctor's check promptly: call your doctor or physiotherapist and tell them what changed. If you notice new problems controlling your bladder or bowels, or numbness between your legs, get emergency care now.").format(what=what))
    if HOLD_ALL in holds:
        text += (translate("safety", " Until a doctor has checked what is causing it, the program may not be right for you: {BLOCKED_NOTE}").format(BLOCKED_NOTE=translate("safety", BLOCKED_NOTE)))
    else:
        text += " " + translate("safety", PAUSED_NOTE)
        if HOLD_STEADY_LEG in holds:
            text += " " + translate("safety", STEADY_LEG_NOTE)
    return Outcome(SEE_DOCTOR_SOON, translate("safety", SOON_TITLE), text, yes)


# ------------------------------------------------------------------- states
OPEN = "open"
READ = "read"
SEEN = "seen"


@dataclass(frozen=True)
class SignReport:
    """One stored set of answers (or a sign recorded from a stop)."""

    id: int
    date: dt.date  # the day the answers are about
    answered_at: dt.datetime
    answers: Mapping[str, bool]
    source: str = "today"
    acknowledged_at: dt.datetime | None = None


@dataclass(frozen=True)
class ClinicianVisit:
    """A clinician saw the person on ``seen_on`` (confirmed by the person, or recorded in clinician mode)."""

    seen_on: dt.date
    recorded_at: dt.datetime
    by: str = "patient"  # patient | clinician
    note: str = ""
    id: int = 0


@dataclass(frozen=True)
class SignState:
    """Where one sign stands: ``open``, ``read`` or ``seen``, since the day it was (first) reported."""

    sign: WarningSign
    state: str
    since: dt.date
    report_ids: tuple[int, ...]
    seen_on: dt.date | None = None

    @property
    def holds_all(self) -> bool:
        return self.sign.hold == HOLD_ALL and self.state != SEEN

    @property
    def unread(self) -> bool:
        return self.state == OPEN and self.sign.hold != HOLD_ALL

    @property
    def holds_steady_leg(self) -> bool:
        return self.sign.hold == HOLD_STEADY_LEG and self.state != SEEN


def _order(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def sign_states(reports: Iterable[SignReport], visits: Iterable[ClinicianVisit] = ()) -> dict[str, SignState]:
    """Every sign ever reported, with where it stands now (see the module docstring).

    Events are replayed in the order they were recorded; at the same second
    an answer set comes before an acknowledgement, and both before a visit.
    """
    events: list[tuple[dt.datetime, int, int, object]] = []
    for r in reports:
        events.append((_order(r.answered_at), 0, r.id, r))
        if r.acknowledged_at is not None:
            events.append((_order(r.acknowledged_at), 1, r.id, ("ack", r)))
    for v in visits:
        events.append((_order(v.recorded_at), 2, v.id, v))
    events.sort(key=lambda e: e[:3])
    states: dict[str, SignState] = {}
    for _t, kind, _i, ev in events:
        if kind == 0:
            r: SignReport = ev  # type: ignore[assignment]
            for sid, yes in r.answers.items():
                s = SIGN_BY_ID.get(sid)
                if s is None:
                    continue
                cur = states.get(sid)
                if yes:
                    if cur is None:
                        states[sid] = SignState(s, OPEN, r.date, (r.id,))
                    elif cur.state != SEEN:
                        states[sid] = SignState(s, cur.state, min(cur.since, r.date), (*cur.report_ids, r.id))
                elif cur is not None and (cur.state == SEEN or (cur.state == READ and s.hold == HOLD_READ)):
                    del states[sid]  # over: a later yes is new again
        elif kind == 1:
            r = ev[1]  # type: ignore[index]
            for sid, yes in r.answers.items():
                cur = states.get(sid)
                if yes and cur is not None and cur.state == OPEN and r.id in cur.report_ids:
                    states[sid] = SignState(cur.sign, READ, cur.since, cur.report_ids)
        else:
            v: ClinicianVisit = ev  # type: ignore[assignment]
            for sid, cur in list(states.items()):
                if cur.state != SEEN and cur.since <= v.seen_on:
                    states[sid] = SignState(cur.sign, SEEN, cur.since, cur.report_ids, v.seen_on)
    return states


@dataclass(frozen=True)
class Holds:
    """What the open warning signs hold back now."""

    states: tuple[SignState, ...]  # every sign that still holds something back, oldest first

    @property
    def blocking(self) -> tuple[SignState, ...]:
        """Signs that hold every exercise until a clinician has seen the person."""
        return tuple(s for s in self.states if s.holds_all)

    @property
    def unread(self) -> tuple[SignState, ...]:
        """Signs whose advice was not read yet: every exercise waits for it."""
        return tuple(s for s in self.states if s.unread)

    @property
    def steady_leg(self) -> tuple[SignState, ...]:
        """Signs that hold the exercises needing a steady leg until a clinician has seen the person."""
        return tuple(s for s in self.states if s.holds_steady_leg)

    @property
    def level(self) -> str:
        """The most urgent open sign's urgency (``clear`` when none is open)."""
        levels = [s.sign.urgency for s in self.states]
        return max(levels, key=OUTCOME_LEVELS.index) if levels else CLEAR

    @property
    def needs_visit(self) -> tuple[SignState, ...]:
        """Signs that end only when a clinician has seen the person."""
        return tuple(s for s in self.states if s.sign.hold in (HOLD_ALL, HOLD_STEADY_LEG))

    @property
    def earliest_visit(self) -> dt.date | None:
        """The earliest date a clinician visit can be that resolves one of them (the first day reported)."""
        days = [s.since for s in self.needs_visit]
        return min(days) if days else None

    def withholds(self, exercise_id: str, name: str = "") -> bool:
        return bool(self.steady_leg) and needs_steady_leg(exercise_id, name)

    def __bool__(self) -> bool:
        return bool(self.states)


def holds(reports: Iterable[SignReport], visits: Iterable[ClinicianVisit] = ()) -> Holds:
    """What the warning signs reported hold back now (signs a clinician has seen, and signs read whose advice was
    all they asked for, hold nothing)."""
    open_ = [s for s in sign_states(reports, visits).values() if s.holds_all or s.unread or s.holds_steady_leg]
    open_.sort(key=lambda s: (s.since, [x.id for x in SIGNS].index(s.sign.id)))
    return Holds(tuple(open_))


def visit_problem(seen_on: dt.date, today: dt.date, h: Holds) -> str | None:
    """Why a clinician visit on ``seen_on`` cannot be recorded (a message for the person), or None."""
    if seen_on > today:
        return translate("safety", "The date of the visit, {seen_on}, is after today: choose today or an earlier day.").format(seen_on=long_day(seen_on))
    first = h.earliest_visit
    if first is not None and seen_on < first:
        return (translate("safety", "The visit must be on or after {first}, the day you reported {first2}.").format(first=long_day(first), first2=join_words([s.sign.short for s in h.needs_visit if s.since == first])))
    return None
