"""Hostile program files for the property-based fuzzer (``tests/core/test_program_fuzz.py``, and more examples
in ``benchmarks/bench_fuzz.py``).

A file is the shipped 4-week program after a few mutations: a field set to a
hostile value (infinite, not a number, huge, negative, of the wrong type, a
long text, a nested table), a field removed, a week duplicated, dropped or
renumbered, an exercise id misspelt, sessions a day changed, then a few edits
to the text itself (a line duplicated, cut short, junk inserted).

The property: the validator either rejects the file with every problem as
``file:line: field: message``, or accepts it, and then the program works:
Today's plan is built for every week, every affected side and dose level,
and every session of it runs to the end through the real session engine on a
fixed clock, with every dose written out in words.
"""

from __future__ import annotations

import copy
import json
import math
import re
import tomllib
from pathlib import Path

from hypothesis import strategies as st

from coach.core.clock import FixedClock
from coach.core.plan import AFFECTED_SIDES, day_plan
from coach.core.program import Program, dose_text
from coach.core.program_read import default_figure_names, parse_text
from coach.core.session import SessionEngine, State

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "programs" / "upper-lumbar-4-week.toml"
BASE = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
FIGURES = default_figure_names() or set()
FILE = "fuzz.toml"
PROBLEM_RE = re.compile(r"^fuzz\.toml:(\d+): \S[^\n]*: \S")


def _leaves(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(node, list) and node and all(isinstance(x, dict) for x in node):
        for i, v in enumerate(node):
            yield from _leaves(v, path + (i,))
    else:
        yield path


LEAVES = sorted(set(_leaves(BASE)), key=str)
DOSE_KEYS = ["reps", "sets", "hold_seconds", "duration_minutes", "times_per_day", "rest_between_reps_seconds",
             "rest_between_sets_seconds"]
EXTRA_KEYS = DOSE_KEYS + ["tempo", "pacing", "new", "sides", "number", "sessions_per_day", "session_names",
                          "min_adherence", "recent_sessions", "max_pain_rise", "tolerated_sessions_to_step_up",
                          "image", "figure", "kind", "id", "unknown_field"]

HOSTILE_NUMBERS = [math.inf, -math.inf, math.nan, 0, 0.0, -0.0, -1, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 7, 10, 12,
                   15, 30, 45, 50, 51, 52, 53, 60, 61, 100, 120, 121, 300, 301, 600, 1000, 100_000, 1e308, -1e308,
                   9.2e18, 1_000_000, 2**63 - 1, -(2**63), 10**30, 5e-324]
# half of the numbers are plausible doses, so that many mutated files are accepted and then run
plausible = st.integers(1, 15) | st.sampled_from([0.5, 1.5, 2.0, 2.5, 5.0, 7.5, 10.0, 20.0, 30.0])
numbers = plausible | st.sampled_from(HOSTILE_NUMBERS) | st.floats(allow_subnormal=True) | st.integers(-10**6, 10**6)
words = st.sampled_from(["", " ", "walking", "walkng", "knee-to-chest", "Morning", "morning", "tempo", "tap",
                         "each", "hold", "reps", "../x.png", "/etc/passwd", "pic.png", "a" * 70, "x" * 3000,
                         "Ω≈ç√", "line\nbreak"]) | st.text(max_size=12)
scalars = numbers | st.booleans() | words
values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
    st.sampled_from(EXTRA_KEYS) | st.text(min_size=1, max_size=6), kids, max_size=3), max_leaves=6)
ranges = st.lists(numbers, min_size=0, max_size=3) | st.tuples(plausible, plausible).map(sorted)


def _get(root, path):
    node = root
    for p in path[:-1]:
        node = node[p]
    return node, path[-1]


def _exercise_paths(data):
    for wi, w in enumerate(data.get("weeks", []) if isinstance(data.get("weeks"), list) else []):
        if isinstance(w, dict) and isinstance(w.get("exercises"), list):
            for ei, e in enumerate(w["exercises"]):
                if isinstance(e, dict):
                    yield wi, ei, e


def _typo(word: str, draw) -> str:
    if not word:
        return "x"
    i = draw(st.integers(0, len(word) - 1))
    how = draw(st.sampled_from(["drop", "swap", "double", "change"]))
    if how == "drop":
        return word[:i] + word[i + 1:] or "x"
    if how == "swap" and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if how == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + draw(st.sampled_from("aeiou-0")) + word[i + 1:]


@st.composite
def mutation(draw, data):
    op = draw(st.sampled_from(["set", "set", "set", "range", "del", "add", "dup_week", "drop_week", "renumber",
                               "typo_id", "new", "spd", "names"]))
    try:
        if op == "set":
            node, key = _get(data, draw(st.sampled_from(LEAVES)))
            old = node[key]
            like = (st.booleans() if isinstance(old, bool) else numbers if isinstance(old, int | float)
                    else words if isinstance(old, str) else st.lists(words, max_size=4))
            node[key] = draw(st.one_of(like, like, values))  # mostly a value of the right kind
        elif op == "range":
            exs = list(_exercise_paths(data))
            if exs:
                _wi, _ei, e = draw(st.sampled_from(exs))
                dose = e.setdefault("dose", {})
                if isinstance(dose, dict):
                    key = draw(st.sampled_from(DOSE_KEYS + ["tempo"]))
                    if key == "tempo":
                        dose["tempo"] = {k: draw(numbers) for k in draw(st.lists(
                            st.sampled_from(["move", "hold", "back"]), unique=True))}
                        dose["pacing"] = "tempo"
                    else:
                        dose[key] = draw(ranges | numbers)
        elif op == "del":
            node, key = _get(data, draw(st.sampled_from(LEAVES)))
            node.pop(key, None)
        elif op == "add":
            exs = list(_exercise_paths(data))
            if exs:
                _wi, _ei, e = draw(st.sampled_from(exs))
                target = draw(st.sampled_from([e, e.get("dose") if isinstance(e.get("dose"), dict) else e, data]))
                target[draw(st.sampled_from(EXTRA_KEYS))] = draw(values)
        elif op == "dup_week":
            weeks = data["weeks"]
            weeks.insert(draw(st.integers(0, len(weeks))), copy.deepcopy(weeks[draw(st.integers(0, len(weeks) - 1))]))
        elif op == "drop_week":
            weeks = data["weeks"]
            if len(weeks) > 1:
                weeks.pop(draw(st.integers(0, len(weeks) - 1)))
        elif op == "renumber":
            weeks = data["weeks"]
            weeks[draw(st.integers(0, len(weeks) - 1))]["number"] = draw(numbers)
        elif op == "typo_id":
            exs = list(_exercise_paths(data))
            if exs:
                _wi, _ei, e = draw(st.sampled_from(exs))
                e["id"] = _typo(str(e.get("id", "")), draw)
        elif op == "new":
            exs = list(_exercise_paths(data))
            if exs:
                _wi, _ei, e = draw(st.sampled_from(exs))
                e["new"] = draw(st.booleans() | words)
        elif op == "spd":
            data["sessions_per_day"] = draw(numbers)
        elif op == "names":
            data["session_names"] = draw(st.lists(words, max_size=4))
    except (KeyError, IndexError, TypeError, AttributeError):
        pass  # the path no longer exists after an earlier mutation: nothing to do


def _clean(v):
    if isinstance(v, dict):
        return {str(k): _clean(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [_clean(x) for x in v if x is not None]
    return v


@st.composite
def text_edit(draw, text: str):
    lines = text.split("\n")
    op = draw(st.sampled_from(["none"] * 6 + ["dup_line", "cut", "junk", "drop_line"]))
    i = draw(st.integers(0, max(0, len(lines) - 1)))
    if op == "dup_line":
        lines.insert(i, lines[i])
    elif op == "drop_line":
        lines.pop(i)
    elif op == "cut":
        return "\n".join(lines[:i])
    elif op == "junk":
        lines.insert(i, draw(st.sampled_from(["[[weeks]]", "[weeks.exercises.dose]", "reps = ", "x = [[[[1]]]]",
                                              "= 3", '"' * 3, "[" * 40 + "]" * 40, "\x00", "id = 'a'"])))
    return "\n".join(lines)


@st.composite
def program_texts(draw, max_mutations: int = 3):
    """A hostile program file: the shipped program mutated, as text."""
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, max_mutations))):
        draw(mutation(data))
    return draw(text_edit(dumps(data)))


# ------------------------------------------------------------------ a small TOML writer
# (tomlkit is exact but slow; the fuzzer writes tens of thousands of files, laid out like the shipped one:
# plain values first, then [tables] and [[arrays of tables]], so problems have real line numbers)
_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(k) -> str:
    k = str(k)
    return k if _BARE.match(k) else json.dumps(k, ensure_ascii=False)


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items() if x is not None) + "}"
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_value(x) for x in v if x is not None) + "]"
    return json.dumps(str(v))


def _is_aot(v) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) for x in v)


def dumps(data: dict, prefix: str = "") -> str:
    lines: list[str] = []

    def table(d: dict, name: str) -> None:
        for k, v in d.items():
            if v is not None and not isinstance(v, dict) and not _is_aot(v):
                lines.append(f"{_key(k)} = {_value(v)}")
        for k, v in d.items():
            sub = f"{name}.{_key(k)}" if name else _key(k)
            if isinstance(v, dict):
                lines.append("")
                lines.append(f"[{sub}]")
                table(v, sub)
            elif _is_aot(v):
                for item in v:
                    lines.append("")
                    lines.append(f"[[{sub}]]")
                    table(item, sub)

    table(data, prefix)
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ the property
# The sessions run: every range at its low end (where everyone starts) with both legs affected, and at its
# top (the longest) with one leg affected, so exercises done on each side run both sides.
RUN = {(0.0, "both"), (1.0, "left")}


def run_every_session(program: Program) -> int:
    """Build Today's plan for every week, side and level and run every distinct session to the end."""
    ran: set = set()
    for week in program.weeks:
        for ex in week.exercises:
            assert dose_text(ex) is not None
        for affected in AFFECTED_SIDES:
            for level in (0.0, 1.0):
                levels = {e.id: level for e in week.exercises}
                for slot in day_plan(program, week.number, affected, levels=levels):
                    for pe in slot.exercises:
                        assert pe.planned_text()
                    if (level, affected) in RUN and slot.exercises not in ran:
                        run_session(slot.exercises)
                        ran.add(slot.exercises)
    return len(ran)


MAX_STEPS = 200_000


def run_session(items) -> None:
    clock = FixedClock(monotonic=1000.0)
    engine = SessionEngine(items, clock)
    engine.start()
    for _ in range(MAX_STEPS):
        snap = engine.advance()
        if snap.state == State.SUMMARY:
            assert engine.summary() is not None
            return
        assert snap.state != State.STOPPED, snap.stop_reason
        if snap.state == State.INTRO:
            engine.start()
        elif snap.state == State.CHECKIN:
            engine.check_in("fine")
        elif snap.phase == "tap":
            engine.tap()
        elif snap.phase == "practice":
            clock.advance(60)
            engine.finish("done")
        elif snap.phase == "walk":
            left = (snap.max_seconds or 0) - snap.elapsed
            if left > 0:
                clock.advance(left)
            else:
                engine.finish()
        elif snap.phase_left is not None and snap.phase_left > 0:
            assert math.isfinite(snap.phase_left)
            clock.advance(snap.phase_left)
        else:
            engine.tap()  # an open-ended wait (switch side): go on
    raise AssertionError(f"the session did not end within {MAX_STEPS} steps")


def check(text: str) -> tuple[Program | None, list[str]]:
    """Validate ``text``; assert the property; return the program (or None) and the problems."""
    program, problems = parse_text(text, FILE, None, FIGURES)
    out = [str(p) for p in problems]
    if program is None:
        assert out, "rejected without saying why"
        n_lines = text.count("\n") + 2
        for p in out:
            m = PROBLEM_RE.match(p)
            assert m, f"not file:line: field: message: {p!r}"
            assert 1 <= int(m.group(1)) <= n_lines, p
            assert "Traceback" not in p
    else:
        assert not out
        run_every_session(program)
    return program, out
