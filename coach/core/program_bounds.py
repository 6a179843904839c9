"""The bounds a program file must keep: doses a clinician would write, and sizes a reader can handle.

Every number in a program is finite and inside the range below; anything else
is refused by validation with ``file:line`` (``coach.core.program_checks``),
so a program that passes can be planned, played and printed. The ranges are
wide enough for any home program a physiotherapist would prescribe and
narrow enough to catch a slip of the keyboard (``hold_seconds = 2000``).
programs/README.md lists them with the same reasoning.

The monograph's program (seeds/monograph-upper-lumbar.txt, Section 7) is the
yardstick: holds of 10–30 s ("Hold 20 seconds", "Wall Sits: 10-15 seconds",
"Standing Balance: ... 30 seconds"), 5–15 reps ("10 reps", "15 reps each"),
1–2 sets ("2 sets"), walks of 5–25 min ("Walking: 5-10 minutes",
"20-25 minutes daily"), 2–3 times a day ("2x daily", "2-3x daily"), over 4 weeks.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.i18n import QT_TRANSLATE_NOOP, TranslatedFields, translate


@dataclass(frozen=True)
class Bound(TranslatedFields):

    _context = "validate"
    _translated = frozenset({"why"})
    low: float
    high: float
    unit: str
    whole: bool = False  # whole numbers only
    why: str = ""

    def text(self) -> str:
        def n(v: float) -> str:
            return str(int(v)) if float(v).is_integer() else f"{v:g}"

        return translate("validate", "{low} to {high}{unit}").format(low=n(self.low), high=n(self.high), unit=' ' + self.unit if self.unit else '')


# Dose fields: one number or a [low, high] range, each end inside the bound.
DOSE = {
    "hold_seconds": Bound(1, 120, "s", why=QT_TRANSLATE_NOOP("validate", "the monograph holds 10–30 s; 120 s is four times its longest hold")),
    "reps": Bound(1, 50, "", whole=True, why=QT_TRANSLATE_NOOP("validate", "the monograph asks 5–15 reps; 50 allows high-repetition drills")),
    "sets": Bound(1, 10, "", whole=True, why=QT_TRANSLATE_NOOP("validate", "the monograph asks 1–2 sets; more than 10 is a slip")),
    "duration_minutes": Bound(0.5, 60, "min",
                              why=QT_TRANSLATE_NOOP("validate", "the monograph's walks are 5–25 min; an hour is a long walk for sore nerves")),
    "times_per_day": Bound(1, 6, "", whole=True,
                           why=QT_TRANSLATE_NOOP("validate", "the monograph asks 2–3× daily; a day has at most 6 session slots")),
}
# A phase after the weeks (maintenance) may say how often a week instead of how often a day.
TIMES_PER_WEEK = Bound(1, 7, "", whole=True, why=QT_TRANSLATE_NOOP("validate", "a week has 7 days; something done every day is times_per_day"))
REST = {
    "rest_between_reps_seconds": Bound(0, 120, "s", why=QT_TRANSLATE_NOOP("validate", "a breather between holds, not a break")),
    "rest_between_sets_seconds": Bound(0, 300, "s", why=QT_TRANSLATE_NOOP("validate", "up to 5 minutes between sets")),
}
TEMPO = Bound(0, 30, "s", why=QT_TRANSLATE_NOOP("validate", "one part of one paced repetition; nerve glides are smooth and rhythmic, a few seconds each way"))
# One exercise at the top of every range, with its rests and sides: a session of the monograph's
# program takes 10–20 minutes in all, so one exercise longer than this is a slip.
MAX_EXERCISE_MINUTES = 45

SESSIONS_PER_DAY = Bound(1, 6, "", whole=True, why=QT_TRANSLATE_NOOP("validate", "morning and evening in the monograph; six slots at most"))
MAX_WEEKS = 52  # weeks are numbered 1, 2, 3, … with no gaps, at most a year
PROGRESSION = {
    "min_adherence": Bound(0, 1, "", why=QT_TRANSLATE_NOOP("validate", "a fraction of the week's planned sessions")),
    "recent_sessions": Bound(1, 42, "", whole=True, why=QT_TRANSLATE_NOOP("validate", "at most a week of sessions (6 a day × 7 days)")),
    "max_pain_rise": Bound(0, 10, "", why=QT_TRANSLATE_NOOP("validate", "points on the 0–10 pain scale")),
    "tolerated_sessions_to_step_up": Bound(1, 42, "", whole=True, why=QT_TRANSLATE_NOOP("validate", "at most a week of sessions")),
}

# Sizes: what a reader can handle in reasonable time, far above any real program
# (the shipped 4-week program is about 15 KB, 390 lines, 5 levels deep).
MAX_FILE_BYTES = 1024 * 1024
MAX_LINE_CHARS = 4000
MAX_DEPTH = 10  # levels of tables and lists, the file itself being 1 (weeks → exercises → dose → tempo → move is 8)
MAX_KEY_CHARS = 64
MAX_ID_CHARS = 64
MAX_NAME_CHARS = 120  # titles, names, session names
MAX_TEXT_CHARS = 2000  # step texts, summaries, cautions, goals, guidelines, descriptions
MAX_ITEMS = 60  # exercises in a week, steps of an exercise, cautions, goals, guidelines
MAX_EXERCISES_PER_WEEK = 30
