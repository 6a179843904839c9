"""The daily symptom and movement diary (the monograph's 14-day tracker) and the weekly outcome scores.

Pure Python: plain dataclasses, validation with messages that name the field
and say how to fix it, and the helpers the charts, alerts and report read.

Pain scores: "0" versus "not filled"
====================================
Each of the eight pain locations (back, thigh, knee and shin, left and right)
holds ``None`` or a whole number 0–10:

* ``None`` means *not filled in*: the person did not rate that place today.
  It is never counted as "no pain"; a day with every location ``None`` has no
  pain score at all (``overall_pain`` is ``None``) and a chart shows a gap,
  not a misleading zero.
* ``0`` means *rated, and no pain there*. A day rated all zeros is a real,
  good day with ``overall_pain == 0``.

A location is *painful* when its score is 1 or more.

``overall`` is the day's overall pain as the person rated it, a question of
its own ("How much pain overall today?", 0–10 or not filled in); it is what
the diary stores as the day's overall pain. :func:`overall_pain` is something
else: the worst of the places rated, worked out for the charts and the rules
(always shown as "the worst place").

Two kinds of messages
=====================
``problems(entry, today)`` lists what cannot be saved (a future date, a score
outside 0–10, an unknown choice, text that is far too long). ``reminders``
lists what looks unfinished (numbness ticked with no strength, "Other" with
nothing typed); it never blocks saving, so nothing a person entered is lost
while they are still filling the day in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, translate
from coach.core.textfmt import long_date

# ------------------------------------------------------------------ locations
REGIONS: tuple[str, ...] = ("back", "thigh", "knee", "shin")
SIDES: tuple[str, ...] = ("left", "right")
LOCATIONS: tuple[str, ...] = tuple(f"{r}_{s}" for r in REGIONS for s in SIDES)

REGION_LABELS = Texts("tracker", {"back": QT_TRANSLATE_NOOP("tracker", "Back"), "thigh": QT_TRANSLATE_NOOP("tracker", "Thigh"), "knee": QT_TRANSLATE_NOOP("tracker", "Knee"), "shin": QT_TRANSLATE_NOOP("tracker", "Shin")})
SIDE_LABELS = Texts("tracker", {"left": QT_TRANSLATE_NOOP("tracker", "left"), "right": QT_TRANSLATE_NOOP("tracker", "right")})
# Each place in full, so a language can put the side after the place and give it the right gender
LOCATION_LABELS = Texts("tracker", {
    "back_left": QT_TRANSLATE_NOOP("tracker", "Left back"), "back_right": QT_TRANSLATE_NOOP("tracker", "Right back"),
    "thigh_left": QT_TRANSLATE_NOOP("tracker", "Left thigh"), "thigh_right": QT_TRANSLATE_NOOP("tracker", "Right thigh"),
    "knee_left": QT_TRANSLATE_NOOP("tracker", "Left knee"), "knee_right": QT_TRANSLATE_NOOP("tracker", "Right knee"),
    "shin_left": QT_TRANSLATE_NOOP("tracker", "Left shin"), "shin_right": QT_TRANSLATE_NOOP("tracker", "Right shin"),
})

# How far from the spine the pain reaches: moving back towards the spine
# ("centralization") is a good sign; spreading further down the leg is not.
REGION_DISTANCE = {"back": 0, "thigh": 1, "knee": 2, "shin": 3}

MAX_SCORE = 10
MAX_SHORT_TEXT = 200
MAX_NOTE = 2000
MAX_EXERCISE_TIMES = 20


def location_key(region: str, side: str) -> str:
    return f"{region}_{side}"


def split_location(key: str) -> tuple[str, str]:
    region, _, side = key.partition("_")
    return region, side


def location_label(key: str) -> str:
    """``"thigh_left"`` → ``"Left thigh"``."""
    return LOCATION_LABELS[key]


# -------------------------------------------------------------------- presets
WEAKNESS_PRESETS: Texts = Texts("tracker", {
    "knee_straighten": QT_TRANSLATE_NOOP("tracker", "Straightening the knee"),
    "thigh_lift": QT_TRANSLATE_NOOP("tracker", "Lifting the thigh"),
    "stairs": QT_TRANSLATE_NOOP("tracker", "Climbing stairs"),
    "chair_rise": QT_TRANSLATE_NOOP("tracker", "Rising from a chair"),
    "other": QT_TRANSLATE_NOOP("tracker", "Other"),
})

ACTIVITY_PRESETS: Texts = Texts("tracker", {
    "sitting": QT_TRANSLATE_NOOP("tracker", "Sitting for long"),
    "standing": QT_TRANSLATE_NOOP("tracker", "Standing for long"),
    "walking": QT_TRANSLATE_NOOP("tracker", "Walking"),
    "stairs": QT_TRANSLATE_NOOP("tracker", "Stairs"),
    "chair_rise": QT_TRANSLATE_NOOP("tracker", "Rising from a chair"),
    "bending_lifting": QT_TRANSLATE_NOOP("tracker", "Bending or lifting"),
    "squatting": QT_TRANSLATE_NOOP("tracker", "Squatting"),
    "sleeping": QT_TRANSLATE_NOOP("tracker", "Sleeping"),
    "driving": QT_TRANSLATE_NOOP("tracker", "Driving"),
    "work": QT_TRANSLATE_NOOP("tracker", "Work"),
})

# Sections 9 (symptom management) and 8 (posture and position) of the monograph.
HELPED_PRESETS: Texts = Texts("tracker", {
    "heat": QT_TRANSLATE_NOOP("tracker", "Heat before exercise"),
    "ice": QT_TRANSLATE_NOOP("tracker", "Ice for a flare (15 minutes at most)"),
    "nerve_glides": QT_TRANSLATE_NOOP("tracker", "Nerve glides"),
    "stretching": QT_TRANSLATE_NOOP("tracker", "Gentle stretching"),
    "relaxation": QT_TRANSLATE_NOOP("tracker", "Relaxation"),
    "pacing": QT_TRANSLATE_NOOP("tracker", "Pacing: activity balanced with rest"),
    "position_changes": QT_TRANSLATE_NOOP("tracker", "Changing position every 20–30 minutes"),
    "footrest": QT_TRANSLATE_NOOP("tracker", "Footrest when sitting"),
    "sleep_position": QT_TRANSLATE_NOOP("tracker", "Pillow between or under the knees in bed"),
    "step_to": QT_TRANSLATE_NOOP("tracker", "One step at a time on stairs"),
    "walking": QT_TRANSLATE_NOOP("tracker", "Walking"),
})


# ---------------------------------------------------------------------- model
@dataclass(frozen=True)
class ExerciseDone:
    """One exercise done on the day: how many times (sessions or walks) and what was done."""

    name: str
    times: int = 1
    exercise_id: str = ""
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"exercise_id": self.exercise_id, "name": self.name, "times": self.times, "detail": self.detail}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ExerciseDone:
        return cls(name=str(d.get("name") or ""), times=int(d.get("times") or 0),
                   exercise_id=str(d.get("exercise_id") or ""), detail=str(d.get("detail") or ""))


def _empty_pain() -> dict[str, int | None]:
    return {k: None for k in LOCATIONS}


@dataclass(frozen=True)
class TrackerEntry:
    """One day of the diary (one per day per person)."""

    date: dt.date
    pain: dict[str, int | None] = field(default_factory=_empty_pain)
    numbness_locations: tuple[str, ...] = ()
    numbness_where: str = ""  # free text: places the body map does not have
    numbness_strength: int | None = None
    weakness: tuple[str, ...] = ()  # keys of WEAKNESS_PRESETS ("other" → weakness_other)
    weakness_other: str = ""
    activities_limited: tuple[str, ...] = ()  # keys of ACTIVITY_PRESETS
    activities_other: str = ""
    exercises: tuple[ExerciseDone, ...] = ()
    exercises_other: str = ""
    helped: tuple[str, ...] = ()  # keys of HELPED_PRESETS
    helped_other: str = ""
    note: str = ""
    overall: int | None = None  # the overall pain today, as asked (0–10; None: not filled in)

    def with_pain(self, key: str, value: int | None) -> TrackerEntry:
        pain = dict(self.pain)
        pain[key] = value
        return replace(self, pain=pain)

    def score(self, key: str) -> int | None:
        return self.pain.get(key)

    def is_empty(self) -> bool:
        """Nothing at all was filled in."""
        return (all(v is None for v in self.pain.values()) and self.overall is None and not self.numbness_locations
                and not self.numbness_where.strip() and self.numbness_strength is None and not self.weakness
                and not self.weakness_other.strip() and not self.activities_limited
                and not self.activities_other.strip() and not self.exercises and not self.exercises_other.strip()
                and not self.helped and not self.helped_other.strip() and not self.note.strip())


# -------------------------------------------------------------------- helpers
def overall_pain(entry: TrackerEntry) -> int | None:
    """The day's worst pain over every location rated; None when no location was rated (not the overall pain
    the person gave: that is ``entry.overall``)."""
    rated = [v for v in entry.pain.values() if v is not None]
    return max(rated) if rated else None


def painful_locations(entry: TrackerEntry) -> list[str]:
    """Locations scored 1 or more, in body order (back, thigh, knee, shin; left before right)."""
    return [k for k in LOCATIONS if (entry.pain.get(k) or 0) >= 1]


def pain_by_region(entry: TrackerEntry) -> dict[str, int | None]:
    """The worse side of each region (None when neither side was rated)."""
    out: dict[str, int | None] = {}
    for r in REGIONS:
        vals = [entry.pain.get(location_key(r, s)) for s in SIDES]
        vals = [v for v in vals if v is not None]
        out[r] = max(vals) if vals else None
    return out


def most_distant_region(entry: TrackerEntry) -> str | None:
    """How far down the leg the pain reaches today: "shin" > "knee" > "thigh" > "back"; None when no pain."""
    regions = {split_location(k)[0] for k in painful_locations(entry)}
    if not regions:
        return None
    return max(regions, key=REGION_DISTANCE.__getitem__)


def distance_rank(entry: TrackerEntry) -> int | None:
    """``most_distant_region`` as a number for charts: back 0, thigh 1, knee 2, shin 3; None when no pain."""
    r = most_distant_region(entry)
    return None if r is None else REGION_DISTANCE[r]


def weakness_reported(entry: TrackerEntry) -> bool:
    return bool(entry.weakness) or bool(entry.weakness_other.strip())


def numbness_reported(entry: TrackerEntry) -> bool:
    return (entry.numbness_strength or 0) >= 1 or bool(entry.numbness_locations) or bool(entry.numbness_where.strip())


def sides_with_pain(entry: TrackerEntry) -> set[str]:
    """Sides with leg pain (thigh, knee or shin) today."""
    return {split_location(k)[1] for k in painful_locations(entry) if not k.startswith("back_")}


def _labels(keys, presets: dict[str, str], other: str) -> list[str]:
    out = [presets.get(k, k) for k in keys if k != "other"]
    if other.strip():
        out.append(other.strip())
    elif "other" in keys:
        out.append(translate("tracker", "Other"))
    return out


def weakness_labels(entry: TrackerEntry) -> list[str]:
    return _labels(entry.weakness, WEAKNESS_PRESETS, entry.weakness_other)


def activity_labels(entry: TrackerEntry) -> list[str]:
    return _labels(entry.activities_limited, ACTIVITY_PRESETS, entry.activities_other)


def helped_labels(entry: TrackerEntry) -> list[str]:
    return _labels(entry.helped, HELPED_PRESETS, entry.helped_other)


def numbness_places(entry: TrackerEntry) -> list[str]:
    out = [location_label(k) for k in LOCATIONS if k in entry.numbness_locations]
    if entry.numbness_where.strip():
        out.append(entry.numbness_where.strip())
    return out


def exercise_labels(entry: TrackerEntry) -> list[str]:
    out = [f"{e.name} ×{e.times}" if e.times > 1 else e.name for e in entry.exercises if e.times > 0]
    if entry.exercises_other.strip():
        out.append(entry.exercises_other.strip())
    return out


# ----------------------------------------------------------------- validation
@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return self.message


class TrackerError(ValueError):
    """What cannot be saved, as a list of ``Problem``."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


SCALE_HINT = QT_TRANSLATE_NOOP("tracker", "Choose 0 for none at all and 10 for the worst you can imagine, or leave it empty.")


def _score_problem(fieldname: str, what: str, value: Any, hint: str = SCALE_HINT) -> Problem | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SCORE:
        return Problem(fieldname, translate("tracker", "{what} must be a whole number from 0 to 10 (it is {value!r}). {hint}").format(what=what, value=value, hint=translate("tracker", hint)))
    return None


def _text_problem(fieldname: str, what: str, text: str, limit: int = MAX_SHORT_TEXT) -> Problem | None:
    if len(text) > limit:
        return Problem(fieldname, translate("tracker", "{what} is {value:,} characters long; shorten it to at most {limit:,}.").format(what=what, value=len(text), limit=limit))
    return None


def _choice_problems(fieldname: str, what: str, keys, presets: dict[str, str]) -> list[Problem]:
    out = []
    for k in keys:
        if k not in presets:
            choices = ", ".join(presets)
            out.append(Problem(fieldname, translate("tracker", "{what}: {k!r} is not one of the choices ({choices}).").format(what=what, k=k, choices=choices)))
    if len(set(keys)) != len(tuple(keys)):
        out.append(Problem(fieldname, translate("tracker", "{what}: a choice is listed twice; list each one once.").format(what=what)))
    return out


def problems(entry: TrackerEntry, today: dt.date) -> list[Problem]:
    """Everything that stops this entry from being saved (empty when it can be saved)."""
    out: list[Problem] = []
    if not isinstance(entry.date, dt.date) or isinstance(entry.date, dt.datetime):
        return [Problem("date", translate("tracker", "The date {date!r} is not a calendar date. Pick a day in the calendar.").format(date=entry.date))]
    if entry.date > today:
        out.append(Problem("date", translate("tracker", "{date} is in the future. The diary records days that have happened: choose today ({today}) or an earlier day.").format(date=long_date(entry.date), today=long_date(today))))
    unknown = set(entry.pain) - set(LOCATIONS)
    if unknown:
        out.append(Problem("pain", translate("tracker", "Pain: {unknown} is not a place on the body map (places: {LOCATIONS}).").format(unknown=', '.join(sorted(unknown)), LOCATIONS=', '.join(LOCATIONS))))
    for k in LOCATIONS:
        p = _score_problem(f"pain.{k}", translate("tracker", "Pain in the {k}").format(k=location_label(k).lower()), entry.pain.get(k))
        if p:
            out.append(p)
    for k in entry.numbness_locations:
        if k not in LOCATIONS:
            out.append(Problem("numbness_locations", f"Numbness or tingling: {k!r} is not a place on the body "
                                                     "map; type other places in the box next to the places."))
    p = _score_problem("numbness_strength", translate("tracker", "The strength of the numbness or tingling"), entry.numbness_strength)
    if p:
        out.append(p)
    p = _score_problem("overall", translate("tracker", "The overall pain today"), entry.overall)
    if p:
        out.append(p)
    out += _choice_problems("weakness", translate("tracker", "Weakness"), entry.weakness, WEAKNESS_PRESETS)
    out += _choice_problems("activities_limited", translate("tracker", "Activities limited"), entry.activities_limited, ACTIVITY_PRESETS)
    out += _choice_problems("helped", translate("tracker", "What helped"), entry.helped, HELPED_PRESETS)
    for i, e in enumerate(entry.exercises):
        name = e.name.strip() or translate("tracker", "exercise {i}").format(i=i + 1)
        if not e.name.strip():
            out.append(Problem(f"exercises.{i}", translate("tracker", "Exercise {i} has no name; type its name or remove it.").format(i=i + 1)))
        if isinstance(e.times, bool) or not isinstance(e.times, int) or not 0 <= e.times <= MAX_EXERCISE_TIMES:
            out.append(Problem(f"exercises.{i}", translate("tracker", "{name}: times done must be a whole number from 0 to {MAX_EXERCISE_TIMES} (it is {times!r}).").format(name=name, MAX_EXERCISE_TIMES=MAX_EXERCISE_TIMES, times=e.times)))
        p = _text_problem(f"exercises.{i}", translate("tracker", "The name of {name}").format(name=name), e.name)
        if p:
            out.append(p)
    for fname, what, limit in (
        ("numbness_where", translate("tracker", "Where the numbness or tingling is"), MAX_SHORT_TEXT),
        ("weakness_other", translate("tracker", "The other weakness"), MAX_SHORT_TEXT),
        ("activities_other", translate("tracker", "The other activities limited"), MAX_SHORT_TEXT),
        ("exercises_other", translate("tracker", "The other exercises"), MAX_SHORT_TEXT),
        ("helped_other", translate("tracker", "What else helped"), MAX_SHORT_TEXT),
        ("note", translate("tracker", "The note"), MAX_NOTE),
    ):
        p = _text_problem(fname, what, getattr(entry, fname), limit)
        if p:
            out.append(p)
    return out


def check(entry: TrackerEntry, today: dt.date) -> None:
    """Raise ``TrackerError`` when the entry cannot be saved."""
    found = problems(entry, today)
    if found:
        raise TrackerError(found)


def reminders(entry: TrackerEntry) -> list[Problem]:
    """What looks unfinished; shown next to the field, never blocks saving."""
    out: list[Problem] = []
    where = bool(entry.numbness_locations) or bool(entry.numbness_where.strip())
    strength = entry.numbness_strength
    if where and not strength:
        out.append(Problem("numbness_strength", translate("tracker", "How strong is the numbness or tingling? Set it from 1 (barely there) to 10 (the worst), or untick the places if there is none.")))
    if strength and not where:
        out.append(Problem("numbness_locations", translate("tracker", "Where is the numbness or tingling? Tick the places, or type them in the box, or set the strength back to none.")))
    if "other" in entry.weakness and not entry.weakness_other.strip():
        out.append(Problem("weakness_other", translate("tracker", "Say which other movement felt weak, in the box next to Other.")))
    return out


# ------------------------------------------------------------- serialization
def entry_to_dict(entry: TrackerEntry) -> dict[str, Any]:
    return {
        "date": entry.date.isoformat(),
        "pain": {k: entry.pain.get(k) for k in LOCATIONS},
        "overall": entry.overall,
        "numbness_locations": list(entry.numbness_locations),
        "numbness_where": entry.numbness_where,
        "numbness_strength": entry.numbness_strength,
        "weakness": list(entry.weakness),
        "weakness_other": entry.weakness_other,
        "activities_limited": list(entry.activities_limited),
        "activities_other": entry.activities_other,
        "exercises": [e.to_dict() for e in entry.exercises],
        "exercises_other": entry.exercises_other,
        "helped": list(entry.helped),
        "helped_other": entry.helped_other,
        "note": entry.note,
    }


def entry_from_dict(d: dict[str, Any]) -> TrackerEntry:
    pain = _empty_pain()
    pain.update({k: v for k, v in (d.get("pain") or {}).items()})
    return TrackerEntry(
        date=dt.date.fromisoformat(d["date"]) if isinstance(d["date"], str) else d["date"],
        pain=pain,
        overall=d.get("overall"),
        numbness_locations=tuple(d.get("numbness_locations") or ()),
        numbness_where=d.get("numbness_where") or "",
        numbness_strength=d.get("numbness_strength"),
        weakness=tuple(d.get("weakness") or ()),
        weakness_other=d.get("weakness_other") or "",
        activities_limited=tuple(d.get("activities_limited") or ()),
        activities_other=d.get("activities_other") or "",
        exercises=tuple(ExerciseDone.from_dict(e) for e in d.get("exercises") or ()),
        exercises_other=d.get("exercises_other") or "",
        helped=tuple(d.get("helped") or ()),
        helped_other=d.get("helped_other") or "",
        note=d.get("note") or "",
    )


# ------------------------------------------------------------ exercises done
def merge_exercises(found: list[ExerciseDone]) -> tuple[ExerciseDone, ...]:
    """Add up the same exercise from several sessions: times summed, details joined, first-seen order."""
    order: list[str] = []
    merged: dict[str, ExerciseDone] = {}
    for e in found:
        key = e.exercise_id or e.name
        if key not in merged:
            order.append(key)
            merged[key] = e
        else:
            old = merged[key]
            detail = "; ".join(x for x in (old.detail, e.detail) if x)
            merged[key] = replace(old, times=old.times + e.times, detail=detail)
    return tuple(merged[k] for k in order)


# ------------------------------------------------------------- outcome scores
PSFS_MAX_ITEMS = 3

PSFS_INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "tracker", "Name up to three everyday activities that are hard for you because of your back or leg symptoms, "
    "for example climbing stairs or getting up from a low chair. Then rate how well you can do each one "
    "now, from 0 to 10: 0 means you cannot do it at all, 10 means you can do it as well as before your "
    "symptoms started. Keep the same activities from week to week so the scores can be compared; "
    "your score is the average of the ratings.")

OVERALL_PAIN_INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "tracker", "On average over the past week, how bad was your pain? 0 means no pain, 10 the worst pain you can "
    "imagine.")


@dataclass(frozen=True)
class PsfsItem:
    activity: str
    score: int | None = None  # 0 = unable to do it, 10 = as well as before the symptoms


@dataclass(frozen=True)
class OutcomeScore:
    """One week's outcome scores, keyed by the first day of that week of the program."""

    week_start: dt.date
    overall_pain: int | None = None
    psfs: tuple[PsfsItem, ...] = ()
    note: str = ""

    @property
    def psfs_mean(self) -> float | None:
        return psfs_mean(self.psfs)


def psfs_mean(items) -> float | None:
    """The PSFS score: the mean of the rated activities, to one decimal; None when none is rated."""
    scores = [i.score for i in items if i.activity.strip() and i.score is not None]
    if not scores:
        return None
    return round(sum(scores) / len(scores), 1)


def outcome_problems(score: OutcomeScore, today: dt.date) -> list[Problem]:
    out: list[Problem] = []
    if score.week_start > today:
        out.append(Problem("week_start", translate("tracker", "The week starting {week_start} has not begun yet. Record the scores for this week or an earlier one.").format(week_start=long_date(score.week_start))))
    p = _score_problem("overall_pain", translate("tracker", "Overall pain this week"), score.overall_pain)
    if p:
        out.append(p)
    if len(score.psfs) > PSFS_MAX_ITEMS:
        out.append(Problem("psfs", translate("tracker", "Name at most {PSFS_MAX_ITEMS} activities (there are {psfs}); keep the ones that matter most to you.").format(PSFS_MAX_ITEMS=PSFS_MAX_ITEMS, psfs=len(score.psfs))))
    for i, item in enumerate(score.psfs):
        name = item.activity.strip()
        if not name and item.score is not None:
            out.append(Problem(f"psfs.{i}", translate("tracker", "Activity {i} has a rating but no name. Type the activity, or clear its rating.").format(i=i + 1)))
        what = translate("tracker", "The rating of {name!r}").format(name=name) if name else translate("tracker", "The rating of activity {i}").format(i=i + 1)
        p = _score_problem(f"psfs.{i}", what, item.score,
                           translate("tracker", "0 means you cannot do it at all, 10 means as well as before your symptoms."))
        if p:
            out.append(p)
        p = _text_problem(f"psfs.{i}", translate("tracker", "Activity {i}").format(i=i + 1), item.activity, 80)
        if p:
            out.append(p)
    p = _text_problem("note", translate("tracker", "The note"), score.note, MAX_NOTE)
    if p:
        out.append(p)
    return out


def outcome_reminders(score: OutcomeScore) -> list[Problem]:
    out = []
    for i, item in enumerate(score.psfs):
        if item.activity.strip() and item.score is None:
            out.append(Problem(f"psfs.{i}", translate("tracker", "Rate {activity!r} from 0 (cannot do it) to 10 (as well as before).").format(activity=item.activity.strip())))
    return out


def check_outcome(score: OutcomeScore, today: dt.date) -> None:
    found = outcome_problems(score, today)
    if found:
        raise TrackerError(found)
