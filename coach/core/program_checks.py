"""Checks that span fields of a program file (ranges, duplicate ids, weeks, illustrations) and building the
:class:`~coach.core.program.Program` once the structure is valid.

Part of reading a program (``coach.core.program_read``).
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from coach.core.program import (
    Dose,
    Exercise,
    Phase,
    Program,
    Progression,
    Range,
    Step,
    Tempo,
    Week,
)
from coach.core.program_schema import LineIndex, Problem, ProgramModel, dotted, short

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _range(value: Any, file: str, path: tuple, index: LineIndex, problems: list[Problem],
           integer: bool = False, minimum: float = 0.0) -> Range | None:
    if value is None:
        return None
    line, field = index.line_of(path), dotted(path)
    if isinstance(value, list):
        if len(value) != 2:
            problems.append(Problem(file, line, field, f"a range needs exactly two numbers, got {len(value)} "
                                    "(write it as [low, high], e.g. [5, 10])"))
            return None
        low, high = value
    else:
        low = high = value
    bad = False
    for v in (low, high):
        if isinstance(v, bool) or not isinstance(v, int | float):
            problems.append(Problem(file, line, field, f"got {short(v)}, expected a number"))
            return None
        if v < minimum:
            problems.append(Problem(file, line, field, f"{v:g} is below {minimum:g} (use {minimum:g} or more)"))
            bad = True
        if integer and not float(v).is_integer():
            problems.append(Problem(file, line, field, f"{v:g} is not a whole number (use a whole number)"))
            bad = True
    if not bad and low > high:
        problems.append(Problem(file, line, field,
                                f"range [{low:g}, {high:g}] is inverted (write the low end first: [{high:g}, {low:g}])"))
        bad = True
    return None if bad else Range(float(low), float(high))


def build(model: ProgramModel, raw: dict, file: str, path: Path | None, index: LineIndex,
           problems: list[Problem], figure_names: set[str] | None) -> Program | None:
    base = path.parent.resolve() if path else None
    if not ID_RE.match(model.id):
        problems.append(Problem(file, index.line_of(("id",)), "id",
                                f"{model.id!r} must be lower-case letters, digits and dashes (e.g. 'my-program')"))
    if model.sessions_per_day < 1 or model.sessions_per_day > 6:
        problems.append(Problem(file, index.line_of(("sessions_per_day",)), "sessions_per_day",
                                f"{model.sessions_per_day} is out of range (use 1 to 6)"))
    if len(model.session_names) > model.sessions_per_day:
        problems.append(Problem(file, index.line_of(("session_names",)), "session_names",
                                f"{len(model.session_names)} names for {model.sessions_per_day} sessions a day "
                                "(give at most one name per session)"))
    pr = model.progression
    pp = ("progression",)
    if not 0 <= pr.min_adherence <= 1:
        problems.append(Problem(file, index.line_of(pp + ("min_adherence",)), "progression.min_adherence",
                                f"{pr.min_adherence:g} is out of range (use a fraction from 0 to 1, e.g. 0.75)"))
    if pr.recent_sessions < 1:
        problems.append(Problem(file, index.line_of(pp + ("recent_sessions",)), "progression.recent_sessions",
                                f"{pr.recent_sessions} is too small (use 1 or more)"))
    if pr.max_pain_rise < 0:
        problems.append(Problem(file, index.line_of(pp + ("max_pain_rise",)), "progression.max_pain_rise",
                                f"{pr.max_pain_rise:g} is negative (use 0 or more points on the 0–10 scale)"))
    if pr.tolerated_sessions_to_step_up < 1:
        problems.append(Problem(file, index.line_of(pp + ("tolerated_sessions_to_step_up",)),
                                "progression.tolerated_sessions_to_step_up",
                                f"{pr.tolerated_sessions_to_step_up} is too small (use 1 or more)"))
    if not model.weeks:
        problems.append(Problem(file, index.line_of(("weeks",)), "weeks", "a program needs at least one week (add [[weeks]])"))

    weeks: list[Week] = []
    seen_numbers: dict[int, int] = {}
    for wi, wm in enumerate(model.weeks):
        wp = ("weeks", wi)
        if wm.number < 1:
            problems.append(Problem(file, index.line_of(wp + ("number",)), dotted(wp + ("number",)),
                                    f"{wm.number} is not a week number (use 1, 2, 3, ...)"))
        if wm.number in seen_numbers:
            problems.append(Problem(file, index.line_of(wp + ("number",)), dotted(wp + ("number",)),
                                    f"week {wm.number} appears twice (first at week entry {seen_numbers[wm.number]}; "
                                    "give each week its own number)"))
        seen_numbers.setdefault(wm.number, wi + 1)
        if not wm.exercises:
            problems.append(Problem(file, index.line_of(wp), dotted(wp + ("exercises",)),
                                    "a week needs at least one exercise (add [[weeks.exercises]])"))
        exercises = _exercises(wm.exercises, wp, f"week {wm.number}", file, raw, index, problems, figure_names,
                               base)
        weeks.append(Week(wm.number, wm.title, tuple(wm.goals), tuple(exercises)))
    phases = _phases(model, raw, file, index, problems, figure_names, base)
    if problems:
        return None
    weeks.sort(key=lambda w: w.number)
    names = tuple(model.session_names) or tuple(
        ["Morning", "Evening"][: model.sessions_per_day]
        if model.sessions_per_day <= 2 else [f"Session {i + 1}" for i in range(model.sessions_per_day)]
    )
    return Program(
        id=model.id, title=model.title, source=model.source, description=model.description,
        sessions_per_day=model.sessions_per_day, session_names=names,
        guidelines=tuple(model.guidelines), weeks=tuple(weeks),
        progression=Progression(pr.min_adherence, pr.recent_sessions, pr.max_pain_rise,
                                pr.tolerated_sessions_to_step_up),
        path=path, phases=tuple(phases),
    )



def _exercises(ems: list, wp: tuple, where: str, file: str, raw: dict, index: LineIndex, problems: list[Problem],
               figure_names: set[str] | None, base: Path | None, *, phase: bool = False) -> list[Exercise]:
    """The exercises of a week (or of a phase after the weeks, ``phase``) at ``wp``, with their problems."""
    exercises: list[Exercise] = []
    ids: dict[str, int] = {}
    for ei, em in enumerate(ems):
        ep = wp + ("exercises", ei)
        if not ID_RE.match(em.id):
            problems.append(Problem(file, index.line_of(ep + ("id",)), dotted(ep + ("id",)),
                                    f"{em.id!r} must be lower-case letters, digits and dashes"))
        if em.id in ids:
            problems.append(Problem(file, index.line_of(ep + ("id",)), dotted(ep + ("id",)),
                                    f"duplicate id {em.id!r} in {where} (first used by exercise "
                                    f"{ids[em.id]}; give each exercise of {where} its own id)"))
        ids.setdefault(em.id, ei + 1)
        dp = ep + ("dose",)
        d = em.dose
        reps = _range(d.reps, file, dp + ("reps",), index, problems, integer=True, minimum=1)
        sets = _range(d.sets, file, dp + ("sets",), index, problems, integer=True, minimum=1)
        hold = _range(d.hold_seconds, file, dp + ("hold_seconds",), index, problems, minimum=1)
        dur = _range(d.duration_minutes, file, dp + ("duration_minutes",), index, problems, minimum=0.5)
        tpd = _range(d.times_per_day, file, dp + ("times_per_day",), index, problems, integer=True, minimum=1)
        tpw = _times_per_week(d.times_per_week, tpd, phase, file, dp, index, problems)
        for name, v in (("rest_between_reps_seconds", d.rest_between_reps_seconds),
                        ("rest_between_sets_seconds", d.rest_between_sets_seconds)):
            if v < 0:
                problems.append(Problem(file, index.line_of(dp + (name,)), dotted(dp + (name,)),
                                        f"{v:g} is negative (use 0 or more seconds)"))
        tempo = None
        if d.tempo is not None:
            t = d.tempo
            for name in ("move", "hold", "back"):
                v = getattr(t, name)
                if v < 0:
                    problems.append(Problem(file, index.line_of(dp + ("tempo", name)),
                                            dotted(dp + ("tempo", name)), f"{v:g} is negative (use 0 or more seconds)"))
            if t.move + t.back <= 0:
                problems.append(Problem(file, index.line_of(dp + ("tempo",)), dotted(dp + ("tempo",)),
                                        "a tempo needs some time to move (set move and back, e.g. 2 and 2)"))
            tempo = Tempo(t.move, t.hold, t.back)
        if d.pacing == "tempo" and d.tempo is None:
            tempo = Tempo()
        need = {"hold": ("hold_seconds", hold), "duration": ("duration_minutes", dur)}
        if em.kind in need and need[em.kind][1] is None and not any(
            p.field.startswith(dotted(dp)) for p in problems
        ):
            fname = need[em.kind][0]
            problems.append(Problem(file, index.line_of(dp if "dose" in raw_get(raw, ep) else ep),
                                    dotted(dp + (fname,)),
                                    f"a '{em.kind}' exercise needs {fname} (add it under [weeks.exercises.dose])"))
        if em.kind == "reps" and d.reps is None:
            problems.append(Problem(file, index.line_of(dp if "dose" in raw_get(raw, ep) else ep),
                                    dotted(dp + ("reps",)),
                                    "a 'reps' exercise needs reps (add it under [weeks.exercises.dose])"))
        steps: list[Step] = []
        for si, sm in enumerate(em.steps):
            sp = ep + ("steps", si)
            if not sm.text.strip():
                problems.append(Problem(file, index.line_of(sp + ("text",)), dotted(sp + ("text",)),
                                        "the step text is empty (say what to do in this step)"))
            if sm.figure and sm.image:
                problems.append(Problem(file, index.line_of(sp + ("image",)), dotted(sp + ("image",)),
                                        "a step takes a figure or an image, not both (remove one)"))
            if sm.figure and figure_names is not None and sm.figure not in figure_names:
                guess = difflib.get_close_matches(sm.figure, sorted(figure_names), n=1, cutoff=0.6)
                hint = f"did you mean '{guess[0]}'?" if guess else "see the figure library for names"
                problems.append(Problem(file, index.line_of(sp + ("figure",)), dotted(sp + ("figure",)),
                                        f"unknown figure {sm.figure!r} ({hint})"))
            if sm.image:
                problems.extend(_check_image(sm.image, base, file, index.line_of(sp + ("image",)),
                                             dotted(sp + ("image",))))
            steps.append(Step(sm.text, sm.figure, sm.image))
        exercises.append(Exercise(
            id=em.id, name=em.name, kind=em.kind, summary=em.summary, sides=em.sides,
            nerve_glide=em.nerve_glide, region=em.region, cautions=tuple(em.cautions), steps=tuple(steps),
            dose=Dose(reps=reps, sets=sets, hold_seconds=hold, duration_minutes=dur, times_per_day=tpd,
                      times_per_week=tpw,
                      rest_between_reps_seconds=d.rest_between_reps_seconds,
                      rest_between_sets_seconds=d.rest_between_sets_seconds,
                      pacing=d.pacing, tempo=tempo),
        ))
    return exercises



MAX_CHECK_DAYS = 28  # the early-warning check: at least once every four weeks when it is asked at all


def _phases(model: ProgramModel, raw: dict, file: str, index: LineIndex, problems: list[Problem],
            figure_names: set[str] | None, base: Path | None) -> list[Phase]:
    """The phases after the weeks: ids, lengths (only the last may go on), check intervals, exercises."""
    out: list[Phase] = []
    seen: dict[str, int] = {}
    for pi, pm in enumerate(model.phases):
        pp = ("phases", pi)
        if not ID_RE.match(pm.id):
            problems.append(Problem(file, index.line_of(pp + ("id",)), dotted(pp + ("id",)),
                                    f"{pm.id!r} must be lower-case letters, digits and dashes (e.g. 'maintenance')"))
        if pm.id in seen:
            problems.append(Problem(file, index.line_of(pp + ("id",)), dotted(pp + ("id",)),
                                    f"phase {pm.id!r} appears twice (first at phase entry {seen[pm.id]}; "
                                    "give each phase its own id)"))
        seen.setdefault(pm.id, pi + 1)
        last = pi == len(model.phases) - 1
        if pm.weeks is None and not last:
            problems.append(Problem(file, index.line_of(pp), dotted(pp + ("weeks",)),
                                    "only the last phase may go on without an end (give this one weeks = N, "
                                    "or move it to the end)"))
        if pm.weeks is not None and pm.weeks < 1:
            problems.append(Problem(file, index.line_of(pp + ("weeks",)), dotted(pp + ("weeks",)),
                                    f"{pm.weeks} is too short (use 1 or more weeks, or leave it out for a phase "
                                    "that goes on)"))
        if not 0 <= pm.check_days <= MAX_CHECK_DAYS:
            problems.append(Problem(file, index.line_of(pp + ("check_days",)), dotted(pp + ("check_days",)),
                                    f"{pm.check_days} is out of range (use 1 to {MAX_CHECK_DAYS} days between "
                                    "early-warning checks, or 0 for none)"))
        if not pm.exercises:
            problems.append(Problem(file, index.line_of(pp), dotted(pp + ("exercises",)),
                                    "a phase needs at least one exercise (add [[phases.exercises]])"))
        exercises = _exercises(pm.exercises, pp, f"phase {pm.id!r}", file, raw, index, problems, figure_names,
                               base, phase=True)
        out.append(Phase(pm.id, pm.title, pm.about, tuple(pm.goals), tuple(exercises), pm.weeks, pm.check_days))
    return out


def _times_per_week(value: Any, per_day: Range | None, phase: bool, file: str, dp: tuple, index: LineIndex,
                    problems: list[Problem]) -> Range | None:
    """``times_per_week``: only in a phase after the weeks, 1 to 7, and not together with ``times_per_day``."""
    if value is None:
        return None
    line, field = index.line_of(dp + ("times_per_week",)), dotted(dp + ("times_per_week",))
    if not phase:
        problems.append(Problem(file, line, field, "times_per_week is for the phases after the weeks; in a week "
                                "say how often a day with times_per_day"))
        return None
    r = _range(value, file, dp + ("times_per_week",), index, problems, integer=True, minimum=1)
    if r is not None and r.high > 7:
        problems.append(Problem(file, line, field, f"{r.high:g} is more than the 7 days of a week (use 1 to 7, or "
                                "times_per_day for something done every day)"))
        return None
    if r is not None and per_day is not None:
        problems.append(Problem(file, line, field, "give either times_per_week or times_per_day, not both"))
        return None
    return r


def raw_get(raw: Any, path: tuple) -> Any:
    cur = raw
    for p in path:
        try:
            cur = cur[p]
        except (KeyError, IndexError, TypeError):
            return {}
    return cur


def _check_image(ref: str, base: Path | None, file: str, line: int, field: str) -> list[Problem]:
    p = Path(ref)
    if p.is_absolute():
        return [Problem(file, line, field, f"{ref!r} is an absolute path (use a path relative to the program's folder)")]
    if Path(ref).suffix.lower() not in IMAGE_SUFFIXES:
        return [Problem(file, line, field, f"{ref!r} is not a PNG, JPG or SVG image (use one of {', '.join(IMAGE_SUFFIXES)})")]
    if base is None:
        return []
    target = (base / p).resolve()
    if base not in target.parents:
        return [Problem(file, line, field, f"{ref!r} points outside the program's folder (keep images in {base.name}/ or below)")]
    if not target.is_file():
        return [Problem(file, line, field, f"{ref!r} does not exist (put the image at {target})")]
    return []
