"""Checks that span fields of a program file (ranges, duplicate ids, weeks, illustrations) and building the
:class:`~coach.core.program.Program` once the structure is valid.

Part of reading a program (``coach.core.program_read``).
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from pathlib import Path
from typing import Any

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
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
from coach.core.program_bounds import (
    DOSE,
    MAX_EXERCISE_MINUTES,
    MAX_EXERCISES_PER_WEEK,
    MAX_ID_CHARS,
    MAX_ITEMS,
    MAX_NAME_CHARS,
    MAX_TEXT_CHARS,
    MAX_WEEKS,
    PROGRESSION,
    REST,
    SESSIONS_PER_DAY,
    TEMPO,
    TIMES_PER_WEEK,
    Bound,
)
from coach.core.program_paths import image_problem
from coach.core.program_schema import LineIndex, Problem, ProgramModel, dotted, short

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SIMILAR = 0.8  # how close an unknown exercise id must be to a known one to be taken for a slip


def num(v: Any) -> str:
    """A number as the file wrote it, short (never raises, whatever its size)."""
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return f"{v:g}"
    if isinstance(v, int) and not isinstance(v, bool):
        t = str(v) if abs(v) < 10**15 else translate("validate", "{v}a {v2}-digit number").format(v='-' if v < 0 else '', v2=len(str(abs(v))))
        return t
    return short(v)


def _bounded(v: Any, bound: Bound, file: str, line: int, field: str, problems: list[Problem]) -> bool:
    """Whether ``v`` is a finite number within ``bound`` (else a problem is added)."""
    if isinstance(v, bool) or not isinstance(v, int | float):
        problems.append(Problem(file, line, field, translate("validate", "got {v}, expected a number").format(v=short(v))))
        return False
    if isinstance(v, float) and not math.isfinite(v):
        problems.append(Problem(file, line, field, translate("validate", "{v} is not a number that can be used (use {bound})").format(v=num(v), bound=bound.text())))
        return False
    if v < bound.low or v > bound.high:
        why = f": {bound.why}" if bound.why else ""
        problems.append(Problem(file, line, field, translate("validate", "{v} is out of range (use {bound}{why})").format(v=num(v), bound=bound.text(), why=why)))
        return False
    if bound.whole and not float(v).is_integer():
        problems.append(Problem(file, line, field, translate("validate", "{v} is not a whole number (use a whole number)").format(v=num(v))))
        return False
    return True


def _range(value: Any, file: str, path: tuple, index: LineIndex, problems: list[Problem],
           bound: Bound) -> Range | None:
    if value is None:
        return None
    line, field = index.line_of(path), dotted(path)
    if isinstance(value, list):
        if len(value) != 2:
            problems.append(Problem(file, line, field, translate("validate", "a range needs exactly two numbers, got {value} (write it as [low, high], e.g. [5, 10])").format(value=len(value))))
            return None
        low, high = value
    else:
        low = high = value
    ok = _bounded(low, bound, file, line, field, problems)
    if high is not low:
        ok = _bounded(high, bound, file, line, field, problems) and ok
    if ok and low > high:
        problems.append(Problem(file, line, field, translate("validate", "range [{low}, {high}] is inverted (write the low end first: [{high}, {low}])").format(low=num(low), high=num(high))))
        ok = False
    return Range(float(low), float(high)) if ok else None


def _text(value: str, most: int, file: str, line: int, field: str, problems: list[Problem]) -> None:
    if len(value) > most:
        problems.append(Problem(file, line, field, translate("validate", "is {value} characters long (use at most {most})").format(value=len(value), most=most)))


def _items(values: list, most: int, file: str, line: int, field: str, problems: list[Problem],
           text_most: int = MAX_TEXT_CHARS) -> None:
    if len(values) > most:
        problems.append(Problem(file, line, field, translate("validate", "has {values} entries (use at most {most})").format(values=len(values), most=most)))
    for v in values:
        if isinstance(v, str) and len(v) > text_most:
            problems.append(Problem(file, line, field, translate("validate", "an entry is {v} characters long (use at most {text_most})").format(v=len(v), text_most=text_most)))
            break


def _exercise_minutes(kind: str, sides: str, reps: Range | None, sets: Range | None, hold: Range | None,
                      rest_reps: float, rest_sets: float, tempo: Tempo | None) -> float:
    """One exercise at the top of every range, with its rests and both sides: minutes (walks and practice: 0)."""
    if kind not in ("hold", "reps"):
        return 0.0
    n_sides = 2 if sides in ("each", "one") else 1
    n_sets = sets.high if sets else 1
    n_reps = reps.high if reps else 1
    per = (hold.high if hold else 0.0) if kind == "hold" else (tempo.rep_seconds if tempo else 3.0)
    return (n_sides * n_sets * n_reps * (per + rest_reps) + max(0.0, n_sets - 1) * rest_sets * n_sides) / 60


def known_exercise_ids() -> frozenset[str]:
    """Ids in the exercise library (``programs/library/exercises.toml``); empty when it cannot be read."""
    return _library_ids()


@functools.cache
def _library_ids() -> frozenset[str]:
    import tomllib

    try:
        from coach.resources import library_path

        raw = tomllib.loads(Path(library_path()).read_text(encoding="utf-8"))
        return frozenset(e["id"] for w in raw.get("weeks", []) for e in w.get("exercises", [])
                         if isinstance(e, dict) and isinstance(e.get("id"), str))
    except Exception:  # a missing or broken library only loses the did-you-mean hints
        return frozenset()


def build(model: ProgramModel, raw: dict, file: str, path: Path | None, index: LineIndex,
          problems: list[Problem], figure_names: set[str] | None,
          known_ids: frozenset[str] | set[str] | None = None) -> Program | None:
    """Check what spans fields and build the program; None (with ``problems``) when anything is wrong.

    ``known_ids``: exercise ids of the library (default: the shipped library). An exercise id that is
    neither there nor in an earlier week, and is very like one that is, is taken for a slip ("did you
    mean …?") unless the exercise says ``new = true``.
    """
    base = path.parent if path else None
    known = known_exercise_ids() if known_ids is None else frozenset(known_ids)

    def at(*p) -> tuple[int, str]:
        return index.line_of(p), dotted(p)

    def add(p: tuple, message: str) -> None:
        line, field = at(*p)
        problems.append(Problem(file, line, field, message))

    if not ID_RE.match(model.id):
        add(("id",), translate("validate", "{id} must be lower-case letters, digits and dashes (e.g. 'my-program')").format(id=short(model.id)))
    elif len(model.id) > MAX_ID_CHARS:
        add(("id",), translate("validate", "is {id} characters long (use at most {MAX_ID_CHARS})").format(id=len(model.id), MAX_ID_CHARS=MAX_ID_CHARS))
    for name, value, most in (("title", model.title, MAX_NAME_CHARS), ("source", model.source, MAX_TEXT_CHARS),
                              ("description", model.description, MAX_TEXT_CHARS)):
        _text(value, most, file, *at(name), problems)
    _items(model.guidelines, MAX_ITEMS, file, *at("guidelines"), problems)
    spd_ok = _bounded(model.sessions_per_day, SESSIONS_PER_DAY, file, *at("sessions_per_day"), problems)
    spd = model.sessions_per_day if spd_ok else SESSIONS_PER_DAY.high
    if len(model.session_names) > spd:
        add(("session_names",), translate("validate", "{session_names} names for {spd} sessions a day (give at most one name per session)").format(session_names=len(model.session_names), spd=spd))
    seen_names: dict[str, int] = {}
    for i, n in enumerate(model.session_names):
        key = " ".join(n.split()).casefold()
        if not key:
            add(("session_names",), translate("validate", "session name {i} is empty (name each session, e.g. \"Morning\")").format(i=i + 1))
        elif key in seen_names:
            add(("session_names",), translate("validate", "{n} is used for sessions {key} and {i} (give each session its own name)").format(n=short(n), key=seen_names[key], i=i + 1))
        seen_names.setdefault(key, i + 1)
        if len(n) > MAX_NAME_CHARS:
            add(("session_names",), translate("validate", "session name {i} is {n} characters long (use at most {MAX_NAME_CHARS})").format(i=i + 1, n=len(n), MAX_NAME_CHARS=MAX_NAME_CHARS))
    pr = model.progression
    for name, bound in PROGRESSION.items():
        _bounded(getattr(pr, name), bound, file, *at("progression", name), problems)
    if not model.weeks:
        add(("weeks",), translate("validate", "a program needs at least one week (add [[weeks]])"))
    if len(model.weeks) > MAX_WEEKS:
        add(("weeks",), translate("validate", "{weeks} weeks (a program has at most {MAX_WEEKS})").format(weeks=len(model.weeks), MAX_WEEKS=MAX_WEEKS))

    def exercises_of(ems: list, wp: tuple, where: str, earlier: set[str], phase: bool = False) -> list[Exercise]:
        """The exercises of a week (or of a phase after the weeks) at ``wp``, their problems added."""
        exercises: list[Exercise] = []
        ids: dict[str, int] = {}
        for ei, em in enumerate(ems):
            ep = wp + ("exercises", ei)
            if not ID_RE.match(em.id):
                add(ep + ("id",), translate("validate", "{id} must be lower-case letters, digits and dashes").format(id=short(em.id)))
            elif len(em.id) > MAX_ID_CHARS:
                add(ep + ("id",), translate("validate", "is {id} characters long (use at most {MAX_ID_CHARS})").format(id=len(em.id), MAX_ID_CHARS=MAX_ID_CHARS))
            if em.id in ids:
                add(ep + ("id",), translate("validate", "duplicate id {id} in {where} (first used by exercise {id2}; give each exercise of a week its own id)").format(id=short(em.id), where=where, id2=ids[em.id]))
            ids.setdefault(em.id, ei + 1)
            if not em.new and em.id not in known and em.id not in earlier and ID_RE.match(em.id):
                like = difflib.get_close_matches(em.id, sorted(known | earlier), n=1, cutoff=SIMILAR)
                if like:
                    where = translate("validate", "an earlier week") if like[0] in earlier else translate("validate", "the exercise library")
                    add(ep + ("id",), f"{short(em.id)} is not in the exercise library or an earlier week; did you "
                                      f"mean {short(like[0])} (from {where})? If it is a new exercise, add "
                                      "new = true to it")
            _text(em.name, MAX_NAME_CHARS, file, *at(*ep, "name"), problems)
            _text(em.summary, MAX_TEXT_CHARS, file, *at(*ep, "summary"), problems)
            _text(em.region, MAX_NAME_CHARS, file, *at(*ep, "region"), problems)
            _items(em.cautions, MAX_ITEMS, file, *at(*ep, "cautions"), problems)
            _items(em.steps, MAX_ITEMS, file, *at(*ep, "steps"), problems)
            dp = ep + ("dose",)
            d = em.dose
            before = len(problems)
            reps = _range(d.reps, file, dp + ("reps",), index, problems, DOSE["reps"])
            sets = _range(d.sets, file, dp + ("sets",), index, problems, DOSE["sets"])
            hold = _range(d.hold_seconds, file, dp + ("hold_seconds",), index, problems, DOSE["hold_seconds"])
            dur = _range(d.duration_minutes, file, dp + ("duration_minutes",), index, problems,
                         DOSE["duration_minutes"])
            tpd = _range(d.times_per_day, file, dp + ("times_per_day",), index, problems, DOSE["times_per_day"])
            tpw = _times_per_week(d.times_per_week, tpd, phase, file, dp, index, problems)
            if tpd is not None and spd_ok:
                if tpd.low > spd:
                    add(dp + ("times_per_day",), translate("validate", "{low} times a day, but the program has {spd} session{spd2} a day (use at most {spd}, or raise sessions_per_day)").format(low=num(tpd.low), spd=spd, spd2='s' if spd != 1 else ''))
                elif tpd.high > spd and em.kind != "duration":
                    add(dp + ("times_per_day",), translate("validate", "up to {high} times a day, but the program has {spd} session{spd2} a day (only walks may be logged more often than the sessions; use at most {spd})").format(high=num(tpd.high), spd=spd, spd2='s' if spd != 1 else ''))
            rests = {}
            for name, bound in REST.items():
                v = getattr(d, name)
                rests[name] = v if _bounded(v, bound, file, *at(*dp, name), problems) else 0.0
            tempo = None
            if d.tempo is not None:
                t = d.tempo
                parts_ok = all([_bounded(getattr(t, name), TEMPO, file, *at(*dp, "tempo", name), problems)
                                for name in ("move", "hold", "back")])
                if parts_ok and t.move + t.back <= 0:
                    add(dp + ("tempo",), translate("validate", "a tempo needs some time to move (set move and back, e.g. 2 and 2)"))
                tempo = Tempo(t.move, t.hold, t.back) if parts_ok else None
            if d.pacing == "tempo" and d.tempo is None:
                tempo = Tempo()
            need = {"hold": ("hold_seconds", hold), "duration": ("duration_minutes", dur)}
            if em.kind in need and need[em.kind][1] is None and not any(
                p.field.startswith(dotted(dp)) for p in problems
            ):
                fname = need[em.kind][0]
                problems.append(Problem(file, index.line_of(dp if "dose" in raw_get(raw, ep) else ep),
                                        dotted(dp + (fname,)),
                                        translate("validate", "a '{kind}' exercise needs {fname} (add it under [weeks.exercises.dose])").format(kind=em.kind, fname=fname)))
            if em.kind == "reps" and d.reps is None:
                problems.append(Problem(file, index.line_of(dp if "dose" in raw_get(raw, ep) else ep),
                                        dotted(dp + ("reps",)),
                                        translate("validate", "a 'reps' exercise needs reps (add it under [weeks.exercises.dose])")))
            if len(problems) == before:
                minutes = _exercise_minutes(em.kind, em.sides, reps, sets, hold,
                                            rests["rest_between_reps_seconds"], rests["rest_between_sets_seconds"],
                                            tempo)
                if minutes > MAX_EXERCISE_MINUTES:
                    add(dp, translate("validate", "at the top of its ranges this exercise takes about {minutes} minutes (keep one exercise under {MAX_EXERCISE_MINUTES}: fewer reps or sets, shorter holds or rests)").format(minutes=math.ceil(minutes), MAX_EXERCISE_MINUTES=MAX_EXERCISE_MINUTES))
            steps: list[Step] = []
            for si, sm in enumerate(em.steps):
                sp = ep + ("steps", si)
                if not sm.text.strip():
                    add(sp + ("text",), translate("validate", "the step text is empty (say what to do in this step)"))
                _text(sm.text, MAX_TEXT_CHARS, file, *at(*sp, "text"), problems)
                if sm.figure and sm.image:
                    add(sp + ("image",), translate("validate", "a step takes a figure or an image, not both (remove one)"))
                if sm.figure and figure_names is not None and sm.figure not in figure_names:
                    guess = difflib.get_close_matches(sm.figure, sorted(figure_names), n=1, cutoff=0.6)
                    hint = (translate("validate", "did you mean '{guess}'?").format(guess=guess[0]) if guess
                            else translate("validate", "coach illustrate --list gives the names; programs/README.md lists them"))
                    add(sp + ("figure",), translate("validate", "unknown figure {figure} ({hint})").format(figure=short(sm.figure), hint=hint))
                if sm.image:
                    why = image_problem(base, sm.image)
                    if why:
                        add(sp + ("image",), why)
                steps.append(Step(sm.text, sm.figure, sm.image))
            exercises.append(Exercise(
                id=em.id, name=em.name, kind=em.kind, summary=em.summary, sides=em.sides,
                nerve_glide=em.nerve_glide, region=em.region, cautions=tuple(em.cautions), steps=tuple(steps),
                option_of=em.option_of,
                dose=Dose(reps=reps, sets=sets, hold_seconds=hold, duration_minutes=dur, times_per_day=tpd,
                          times_per_week=tpw,
                          rest_between_reps_seconds=d.rest_between_reps_seconds,
                          rest_between_sets_seconds=d.rest_between_sets_seconds,
                          pacing=d.pacing, tempo=tempo),
                new=em.new,
            ))
        return exercises

    weeks: list[Week] = []
    seen_numbers: dict[int, int] = {}
    numbers_ok = True
    earlier_ids: set[str] = set()
    order = sorted(range(len(model.weeks)), key=lambda i: (model.weeks[i].number, i))
    ids_before: dict[int, set[str]] = {}
    for wi in order:  # "earlier week" means a lower week number, whatever the order in the file
        ids_before[wi] = set(earlier_ids)
        earlier_ids |= {e.id for e in model.weeks[wi].exercises}
    for wi, wm in enumerate(model.weeks):
        wp = ("weeks", wi)
        if not 1 <= wm.number <= MAX_WEEKS:
            numbers_ok = False
            add(wp + ("number",), translate("validate", "{wm} is not a week number (use 1, 2, 3, … up to {MAX_WEEKS})").format(wm=num(wm.number), MAX_WEEKS=MAX_WEEKS))
        elif wm.number in seen_numbers:
            numbers_ok = False
            add(wp + ("number",), translate("validate", "week {wm} appears twice (first at week entry {wm2}; give each week its own number)").format(wm=wm.number, wm2=seen_numbers[wm.number]))
        seen_numbers.setdefault(wm.number, wi + 1)
        _text(wm.title, MAX_NAME_CHARS, file, *at(*wp, "title"), problems)
        _items(wm.goals, MAX_ITEMS, file, *at(*wp, "goals"), problems)
        if not wm.exercises:
            problems.append(Problem(file, index.line_of(wp), dotted(wp + ("exercises",)),
                                    translate("validate", "a week needs at least one exercise (add [[weeks.exercises]])")))
        if len(wm.exercises) > MAX_EXERCISES_PER_WEEK:
            add(wp + ("exercises",), translate("validate", "{exercises} exercises in one week (use at most {MAX_EXERCISES_PER_WEEK})").format(exercises=len(wm.exercises), MAX_EXERCISES_PER_WEEK=MAX_EXERCISES_PER_WEEK))
        exercises = exercises_of(wm.exercises, wp, translate("validate", "week {wm}").format(wm=num(wm.number)), ids_before[wi])
        _check_options(wm, wp, exercises, file, index, problems)
        weeks.append(Week(wm.number, wm.title, tuple(wm.goals), ()).with_entries(exercises))
    if numbers_ok and seen_numbers:
        expected = list(range(1, len(seen_numbers) + 1))
        got = sorted(seen_numbers)
        if got != expected:
            missing = [n for n in expected if n not in seen_numbers]
            first_bad = next(i for i, wm in enumerate(model.weeks) if wm.number > len(seen_numbers))
            add(("weeks", first_bad, "number"),
                translate("validate", "weeks are numbered {got}{got2}: week {missing} is missing (number the weeks 1, 2, 3, … with no gaps)").format(got=', '.join(str(n) for n in got[:8]), got2='…' if len(got) > 8 else '', missing=missing[0]))
    # the phases after the weeks: every id of the weeks counts as known there
    phases = _phases(model, file, index, problems, exercises_of, earlier_ids)
    if problems:
        return None
    weeks.sort(key=lambda w: w.number)
    names = tuple(model.session_names) or tuple(
        [QT_TRANSLATE_NOOP("program", "Morning"), QT_TRANSLATE_NOOP("program", "Evening")][: model.sessions_per_day]
        if model.sessions_per_day <= 2 else [translate("validate", "Session {i}").format(i=i + 1) for i in range(model.sessions_per_day)]
    )
    return Program(
        id=model.id, title=model.title, source=model.source, description=model.description,
        intended_for=model.intended_for.strip(),
        sessions_per_day=model.sessions_per_day, session_names=names,
        guidelines=tuple(model.guidelines), weeks=tuple(weeks),
        progression=Progression(pr.min_adherence, pr.recent_sessions, pr.max_pain_rise,
                                pr.tolerated_sessions_to_step_up),
        path=path, phases=tuple(phases), translations=_translations(model, file, index, problems),
    )


def _translations(model: ProgramModel, file: str, index: LineIndex, problems: list[Problem]) -> dict:
    """``[translations]``: per language, pairs of a text as written and that text in the language."""
    out: dict[str, dict[str, str]] = {}
    for language, pairs in model.translations.items():
        table = out.setdefault(language, {})
        for i, pair in enumerate(pairs):
            path = ("translations", language, i)
            if len(pair) != 2 or not all(p.strip() for p in pair):
                problems.append(Problem(file, index.line_of(path), dotted(path),
                                        translate("validate", "a translation is a pair: the text as written, then that text in the language, for example [\"Walking\", \"Caminar\"] (got {pair} items)").format(pair=len(pair))))
                continue
            table[pair[0]] = pair[1]
    return out


def _check_options(wm: Any, wp: tuple, exercises: list[Exercise], file: str, index: LineIndex,
                   problems: list[Problem]) -> None:
    """An option names an exercise of its own week that is the program's own (not itself an option)."""
    own = [e.id for e in exercises if not e.option_of]
    for ei, e in enumerate(exercises):
        if not e.option_of:
            continue
        path = wp + ("exercises", ei, "option_of")
        line, field = index.line_of(path), dotted(path)
        if e.option_of == e.id:
            problems.append(Problem(file, line, field, translate("validate", "an exercise cannot be an option of itself (name the exercise of this week it can replace)")))
        elif e.option_of not in own:
            if any(x.id == e.option_of for x in exercises):
                hint = translate("validate", "{option_of!r} is itself an option; name the exercise it replaces").format(option_of=e.option_of)
            else:
                guess = difflib.get_close_matches(e.option_of, own, n=1, cutoff=0.6)
                hint = (translate("validate", "did you mean {guess!r}?").format(guess=guess[0]) if guess else
                        translate("validate", "exercises of week {wm}: {none}").format(wm=wm.number, none=', '.join(own) or 'none'))
            problems.append(Problem(file, line, field, translate("validate", "{option_of!r} is not an exercise of week {wm} that this one can replace ({hint})").format(option_of=e.option_of, wm=wm.number, hint=hint)))


def raw_get(raw: Any, path: tuple) -> Any:
    cur = raw
    for p in path:
        try:
            cur = cur[p]
        except (KeyError, IndexError, TypeError):
            return {}
    return cur


MAX_CHECK_DAYS = 28  # the early-warning check: at least once every four weeks when it is asked at all


def _phases(model: ProgramModel, file: str, index: LineIndex, problems: list[Problem], exercises_of,
            week_ids: set[str]) -> list[Phase]:
    """The phases after the weeks: ids, lengths (only the last may go on), check intervals, exercises."""
    out: list[Phase] = []
    seen: dict[str, int] = {}

    def add(p: tuple, message: str, line_of: tuple | None = None) -> None:
        problems.append(Problem(file, index.line_of(line_of or p), dotted(p), message))

    for pi, pm in enumerate(model.phases):
        pp = ("phases", pi)
        if not ID_RE.match(pm.id):
            add(pp + ("id",), translate("validate", "{id} must be lower-case letters, digits and dashes (e.g. 'maintenance')").format(id=short(pm.id)))
        elif len(pm.id) > MAX_ID_CHARS:
            add(pp + ("id",), translate("validate", "is {id} characters long (use at most {MAX_ID_CHARS})").format(id=len(pm.id), MAX_ID_CHARS=MAX_ID_CHARS))
        if pm.id in seen:
            add(pp + ("id",), translate("validate", "phase {id} appears twice (first at phase entry {id2}; give each phase its own id)").format(id=short(pm.id), id2=seen[pm.id]))
        seen.setdefault(pm.id, pi + 1)
        _text(pm.title, MAX_NAME_CHARS, file, index.line_of(pp + ("title",)), dotted(pp + ("title",)), problems)
        _text(pm.about, MAX_TEXT_CHARS, file, index.line_of(pp + ("about",)), dotted(pp + ("about",)), problems)
        _items(pm.goals, MAX_ITEMS, file, index.line_of(pp + ("goals",)), dotted(pp + ("goals",)), problems)
        last = pi == len(model.phases) - 1
        if pm.weeks is None and not last:
            add(pp + ("weeks",), translate("validate", "only the last phase may go on without an end (give this one weeks = N, or move it to the end)"), line_of=pp)
        if pm.weeks is not None and not 1 <= pm.weeks <= MAX_WEEKS:
            add(pp + ("weeks",), translate("validate", "{weeks} is out of range (use 1 to {MAX_WEEKS} weeks, or leave it out for a phase that goes on)").format(weeks=num(pm.weeks), MAX_WEEKS=MAX_WEEKS))
        if not 0 <= pm.check_days <= MAX_CHECK_DAYS:
            add(pp + ("check_days",), translate("validate", "{check_days} is out of range (use 1 to {MAX_CHECK_DAYS} days between early-warning checks, or 0 for none)").format(check_days=num(pm.check_days), MAX_CHECK_DAYS=MAX_CHECK_DAYS))
        if not pm.exercises:
            add(pp + ("exercises",), translate("validate", "a phase needs at least one exercise (add [[phases.exercises]])"), line_of=pp)
        if len(pm.exercises) > MAX_EXERCISES_PER_WEEK:
            add(pp + ("exercises",), translate("validate", "{exercises} exercises in one phase (use at most {MAX_EXERCISES_PER_WEEK})").format(exercises=len(pm.exercises), MAX_EXERCISES_PER_WEEK=MAX_EXERCISES_PER_WEEK))
        exercises = exercises_of(pm.exercises, pp, translate("validate", "phase {id}").format(id=short(pm.id)), set(week_ids), phase=True)
        for ei, e in enumerate(exercises):
            if e.option_of:  # an option chosen in the weeks carries on in a phase by itself (Program.with_choices)
                add(pp + ("exercises", ei, "option_of"), translate("validate", "options are for the weeks; after the weeks an exercise with an option chosen is done as that option (remove option_of here)"))
        out.append(Phase(pm.id, pm.title, pm.about, tuple(pm.goals), tuple(exercises), pm.weeks, pm.check_days))
    return out


def _times_per_week(value: Any, per_day: Range | None, phase: bool, file: str, dp: tuple, index: LineIndex,
                    problems: list[Problem]) -> Range | None:
    """``times_per_week``: only in a phase after the weeks, 1 to 7, and not together with ``times_per_day``."""
    if value is None:
        return None
    line, field = index.line_of(dp + ("times_per_week",)), dotted(dp + ("times_per_week",))
    if not phase:
        problems.append(Problem(file, line, field, translate("validate", "times_per_week is for the phases after the weeks; in a week say how often a day with times_per_day")))
        return None
    r = _range(value, file, dp + ("times_per_week",), index, problems, TIMES_PER_WEEK)
    if r is not None and per_day is not None:
        problems.append(Problem(file, line, field, translate("validate", "give either times_per_week or times_per_day, not both")))
        return None
    return r
