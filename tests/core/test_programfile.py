"""Validation: every problem as file:line: field: message, all at once, never a traceback."""

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.program_read import check_file, parse_text

SHIPPED = Path(__file__).resolve().parents[2] / "programs" / "upper-lumbar-4-week.toml"

GOOD = """\
id = "mini"
title = "Mini program"
sessions_per_day = 1

[[weeks]]
number = 1
title = "One"

[[weeks.exercises]]
id = "bridge"
name = "Bridges"
kind = "reps"
[weeks.exercises.dose]
reps = 12
sets = 2
[[weeks.exercises.steps]]
text = "Lift your hips."
"""


def problems(text, tmp_path=None, names=None):
    path = None
    if tmp_path is not None:
        path = tmp_path / "p.toml"
        path.write_text(text)
        return [str(p) for p in check_file(path, names or set())[1]]
    return [str(p) for p in parse_text(text, "p.toml", None, names)[1]]


def test_good_program_loads():
    program, probs = parse_text(GOOD, "p.toml")
    assert probs == []
    assert program.week(1).exercises[0].dose.sets.low == 2


def test_unknown_key_gets_did_you_mean_with_line():
    out = problems(GOOD.replace("sets = 2", "sest = 2"))
    assert out == ["p.toml:15: weeks[1].exercises[1].dose.sest: unknown field (did you mean 'sets'?)"]


def test_all_problems_reported_at_once():
    text = GOOD.replace('title = "Mini program"', 'titel = "Mini"').replace("reps = 12", "reps = [12, 8]")
    text = text.replace('kind = "reps"', 'kind = "reps"\nsides = "both"')
    out = problems(text)
    assert any("p.toml:2: titel: unknown field (did you mean 'title'?)" == o for o in out)
    assert any(o.startswith("p.toml:1: title: required field is missing") for o in out)
    assert any("dose.reps: range [12, 8] is inverted (write the low end first: [8, 12])" in o for o in out)
    assert any("sides: 'both' is not allowed" in o for o in out)
    assert len(out) == 4


def test_bad_types_and_negative_values():
    out = problems(GOOD.replace("reps = 12", 'reps = "twelve"').replace("sets = 2", "sets = -2"))
    assert any("dose.reps: got 'twelve', expected a number, or a range written as [low, high]" in o for o in out)
    assert any("dose.sets: -2 is below 1 (use 1 or more)" in o for o in out)


def test_duplicate_ids_and_missing_required_fields():
    text = GOOD + '\n[[weeks.exercises]]\nid = "bridge"\nname = "Again"\nkind = "hold"\n'
    out = problems(text)
    assert any(":20: weeks[1].exercises[2].id: duplicate id 'bridge' in week 1" in o for o in out)
    assert any("hold_seconds: a 'hold' exercise needs hold_seconds" in o for o in out)
    out = problems(GOOD.replace('name = "Bridges"\n', ""))
    assert out == ["p.toml:9: weeks[1].exercises[1].name: required field is missing (add it)"]


def test_illustration_paths(tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "ok.png").write_bytes(b"\x89PNG")
    ok = GOOD + 'image = "img/ok.png"\n'
    assert problems(ok, tmp_path) == []
    out = problems(GOOD + 'image = "img/missing.png"\n', tmp_path)
    assert len(out) == 1 and "'img/missing.png' does not exist" in out[0] and ":18:" in out[0]
    out = problems(GOOD + 'image = "../outside.png"\n', tmp_path)
    assert "points outside the program's folder" in out[0]
    out = problems(GOOD + 'image = "notes.txt"\n', tmp_path)
    assert "is not a PNG, JPG or SVG image" in out[0]


def test_unknown_figure_suggests_name():
    out = problems(GOOD + 'figure = "bridg"\n', names={"bridge", "plank"})
    assert out == ["p.toml:18: weeks[1].exercises[1].steps[1].figure: unknown figure 'bridg' (did you mean 'bridge'?)"]


def test_not_toml_at_all(tmp_path):
    bad = tmp_path / "x.toml"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    out = [str(p) for p in check_file(bad, set())[1]]
    assert len(out) == 1 and out[0].startswith(f"{bad}:1: (file): ")
    bad.write_text('id = "x"\ntitle = \n')
    out = [str(p) for p in check_file(bad, set())[1]]
    assert out[0].startswith(f"{bad}:2: (file): not valid TOML")
    out = [str(p) for p in check_file(tmp_path / "none.toml", set())[1]]
    assert out == [f"{tmp_path / 'none.toml'}:1: (file): file not found (check the path)"]


def test_shipped_program_copy_validates(tmp_path):
    shutil.copy(SHIPPED, tmp_path / "p.toml")
    assert check_file(tmp_path / "p.toml")[1] == []


toml_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.floats(-5, 50, allow_nan=False) | st.text(max_size=8),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=6), kids, max_size=3),
    max_leaves=12,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_gives_problems_not_tracebacks(text):
    program, probs = parse_text(text, "f.toml")
    assert program is not None or probs
    for p in probs:
        assert str(p).startswith("f.toml:")


KEYS = ["id", "title", "weeks", "number", "exercises", "kind", "dose", "reps", "sets", "hold_seconds",
        "steps", "text", "image", "figure", "sides", "tempo", "progression", "min_adherence", "name"]



@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(KEYS), toml_values)
def test_any_value_in_any_field_gives_problems_not_tracebacks(key, value):
    import tomllib

    import tomlkit

    data = tomllib.loads(SHIPPED.read_text())
    ex = data["weeks"][0]["exercises"][0]
    targets = [data, data["weeks"][0], ex, ex["dose"], ex["steps"][0]]
    for t in targets:
        if key in t:
            t[key] = value
            break
    else:
        ex[key] = value
    try:
        text = tomlkit.dumps(_clean(data))
    except Exception:
        return
    program, probs = parse_text(text, "f.toml", None, set())
    assert program is not None or probs


def _clean(v):
    if isinstance(v, dict):
        return {str(k): _clean(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [_clean(x) for x in v if x is not None]
    return v


# ------------------------------------------------------------------ phases
PHASE_BASE = '''id = "p"
title = "P"
[[weeks]]
number = 1
title = "One"
[[weeks.exercises]]
id = "walk"
name = "Walk"
kind = "duration"
[weeks.exercises.dose]
duration_minutes = 5
'''


def _phase_problems(extra: str, head: str = "") -> list[str]:
    from coach.core.program_read import parse_text

    prog, problems = parse_text(PHASE_BASE.replace("[[weeks.exercises]]", head + "[[weeks.exercises]]", 1)
                                + extra, "p.toml")
    return [f"{p.line}: {p.field}: {p.message}" for p in problems]


def test_a_phase_after_the_weeks_reads_with_its_weekly_schedule():
    from coach.core.program_read import parse_text

    prog, problems = parse_text(PHASE_BASE + '''
[[phases]]
id = "maintenance"
title = "Maintenance"
about = "Keep going."
check_days = 7
[[phases.exercises]]
id = "glide"
name = "Glide"
kind = "reps"
[phases.exercises.dose]
reps = 10
times_per_week = [2, 3]
''', "p.toml")
    assert problems == []
    ph = prog.phases[0]
    assert (ph.id, ph.weeks, ph.check_days, ph.about) == ("maintenance", None, 7, "Keep going.")
    assert str(ph.exercises[0].dose.times_per_week) == "2–3"
    assert prog.exercise_names()["glide"] == "Glide"


def test_phase_problems_name_the_line_and_say_how_to_fix_them():
    msgs = _phase_problems('''
[[phases]]
id = "first"
title = "First"
[[phases.exercises]]
id = "glide"
name = "Glide"
kind = "reps"
[phases.exercises.dose]
reps = 10
times_per_week = [2, 9]
[[phases]]
id = "first"
title = "Again"
check_days = 40
[[phases.exercises]]
id = "glide"
name = "Glide"
kind = "reps"
[phases.exercises.dose]
reps = 10
times_per_week = 2
times_per_day = 1
''')
    text = "\n".join(msgs)
    assert "only the last phase may go on without an end" in text
    assert "phases[1].exercises[1].dose.times_per_week: 9 is more than the 7 days of a week" in text
    assert "phase 'first' appears twice" in text
    assert "40 is out of range" in text
    assert "give either times_per_week or times_per_day, not both" in text
    assert all(m.split(":")[0].isdigit() and int(m.split(":")[0]) > 12 for m in msgs)


def test_times_per_week_is_refused_in_a_week():
    msgs = _phase_problems("", head="")
    assert msgs == []
    from coach.core.program_read import parse_text

    _prog, problems = parse_text(PHASE_BASE + "times_per_week = 2\n", "p.toml")
    assert any("times_per_week is for the phases after the weeks" in p.message for p in problems)


def test_an_unknown_field_in_a_phase_gets_a_did_you_mean():
    msgs = _phase_problems('''
[[phases]]
id = "m"
title = "M"
chek_days = 7
[[phases.exercises]]
id = "glide"
name = "Glide"
kind = "reps"
[phases.exercises.dose]
reps = 10
''')
    assert any("unknown field (did you mean 'check_days'?)" in m for m in msgs)
