"""Validation: every problem as file:line: field: message, all at once, never a traceback."""

import shutil
from pathlib import Path

import pytest
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
    assert any("dose.sets: -2 is out of range (use 1 to 10: " in o for o in out)


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


# ------------------------------------------------------------------ bounds: numbers a clinician would write
TWO = GOOD.replace("sessions_per_day = 1", "sessions_per_day = 2") + """
[[weeks]]
number = 2
title = "Two"

[[weeks.exercises]]
id = "bridge"
name = "Bridges"
kind = "reps"
[weeks.exercises.dose]
reps = 12
"""


def only(text: str) -> str:
    out = problems(text)
    assert len(out) == 1, out
    return out[0]


@pytest.mark.parametrize("old, new, where, says", [
    ("reps = 12", "reps = 12", "dose.reps", None),  # unchanged: no problem
    ("reps = 12", "reps = inf", "dose.reps", "inf is not a number that can be used (use 1 to 50)"),
    ("reps = 12", "reps = nan", "dose.reps", "nan is not a number that can be used"),
    ("reps = 12", "reps = 100000", "dose.reps", "100000 is out of range (use 1 to 50: "),
    ("reps = 12", "reps = 1e308", "dose.reps", "1e+308 is out of range (use 1 to 50"),
    ("reps = 12", "reps = " + "9" * 400, "dose.reps", "inf is not a number that can be used"),
    ("reps = 12", "reps = [5, inf]", "dose.reps", "inf is not a number that can be used"),
    ("sets = 2", "sets = 11", "dose.sets", "11 is out of range (use 1 to 10"),
    ("sets = 2", "hold_seconds = 100000", "dose.hold_seconds", "100000 is out of range (use 1 to 120 s"),
    ("sets = 2", "hold_seconds = nan", "dose.hold_seconds", "nan is not a number"),
    ("sets = 2", "duration_minutes = 600", "dose.duration_minutes", "600 is out of range (use 0.5 to 60 min"),
    ("sets = 2", "rest_between_reps_seconds = inf", "dose.rest_between_reps_seconds", "inf is not a number"),
    ("sets = 2", "rest_between_sets_seconds = 301", "dose.rest_between_sets_seconds",
     "301 is out of range (use 0 to 300 s"),
    ("sets = 2", "pacing = 'tempo'\n[weeks.exercises.dose.tempo]\nmove = nan", "dose.tempo.move",
     "nan is not a number"),
    ("sets = 2", "pacing = 'tempo'\n[weeks.exercises.dose.tempo]\nback = 31", "dose.tempo.back",
     "31 is out of range (use 0 to 30 s"),
    ("sets = 2", "times_per_day = 4", "dose.times_per_day", "4 times a day, but the program has 1 session a day"),
    ("reps = 12\nsets = 2", "reps = 50\nsets = 10\nrest_between_reps_seconds = 120", "dose",
     "this exercise takes about 1025 minutes (keep one exercise under 45"),
])
def test_doses_are_finite_and_within_bounds(old, new, where, says):
    text = GOOD.replace(old, new)
    if says is None:
        assert problems(text) == []
        return
    p = only(text)
    assert f": weeks[1].exercises[1].{where}: " in p and says in p, p
    assert p.startswith("p.toml:") and int(p.split(":")[1]) >= 13


def test_only_walks_may_be_logged_more_often_than_the_sessions():
    text = GOOD.replace("sessions_per_day = 1", "sessions_per_day = 2").replace(
        'id = "bridge"\nname = "Bridges"\nkind = "reps"\n[weeks.exercises.dose]\nreps = 12\nsets = 2',
        'id = "walking"\nname = "Walking"\nkind = "duration"\n[weeks.exercises.dose]\nduration_minutes = [5, 10]\n'
        'times_per_day = [2, 3]')
    assert problems(text) == []
    out = only(text.replace('kind = "duration"', 'kind = "reps"\nsides = "none"').replace(
        "duration_minutes = [5, 10]", "reps = 10"))
    assert "up to 3 times a day, but the program has 2 sessions a day (only walks" in out


def test_week_numbers_run_from_1_with_no_gaps_and_at_most_52():
    assert problems(TWO) == []
    out = only(TWO.replace("number = 2", "number = 3"))
    assert "weeks[2].number: weeks are numbered 1, 3: week 2 is missing" in out
    assert "a 19-digit number is not a week number" in only(TWO.replace("number = 2", "number = 9200000000000000000"))
    assert "1000000 is not a week number (use 1, 2, 3, … up to 52)" in only(TWO.replace("number = 2", "number = 1000000"))
    assert "expected a whole number" in only(TWO.replace("number = 2", "number = 9.2e18"))
    assert "week 1 appears twice" in only(TWO.replace("number = 2", "number = 1"))


def test_session_names_are_unique_and_sessions_a_day_bounded():
    text = TWO.replace("sessions_per_day = 2", 'sessions_per_day = 2\nsession_names = ["Morning", " morning "]')
    assert "session_names: ' morning ' is used for sessions 1 and 2 (give each session its own name)" in only(text)
    assert "sessions_per_day: 7 is out of range (use 1 to 6" in only(TWO.replace("sessions_per_day = 2",
                                                                                   "sessions_per_day = 7"))


def test_a_misspelt_exercise_id_gets_did_you_mean_unless_marked_new():
    later = TWO.rsplit('id = "bridge"', 1)
    typo = later[0] + 'id = "bridgee"' + later[1]
    out = only(typo)
    assert ":24: weeks[2].exercises[1].id: 'bridgee' is not in the exercise library or an earlier week; " in out
    assert "did you mean 'bridge' (from an earlier week)? If it is a new exercise, add new = true to it" in out
    assert problems(typo.replace('id = "bridgee"', 'id = "bridgee"\nnew = true')) == []
    # a library id, misspelt in the first week
    out = only(GOOD.replace('id = "bridge"', 'id = "walkng"'))
    assert "did you mean 'walking' (from the exercise library)?" in out
    # an id like nothing known is a new exercise of the program's own
    assert problems(GOOD.replace('id = "bridge"', 'id = "shoulder-rolls"')) == []


def test_texts_and_lists_are_bounded():
    assert "is 121 characters long (use at most 120)" in only(GOOD.replace('name = "Bridges"', f'name = "{"b" * 121}"'))
    assert "is 65 characters long (use at most 64)" in only(GOOD.replace('id = "bridge"', f'id = "{"b" * 65}"'))
    assert "has 61 entries (use at most 60)" in only(GOOD.replace('kind = "reps"', 'kind = "reps"\ncautions = ['
                                                                   + ", ".join(['"c"'] * 61) + "]"))


# ------------------------------------------------------------------ totality: hostile files end quickly, in one line
def test_deep_nesting_long_keys_and_long_lines_are_refused_before_parsing_slowly():
    deep = "x = " + "[" * 400 + "]" * 400 + "\n" + GOOD
    assert only(deep).startswith("p.toml:1: (file): tables and lists are nested")
    dotted = "[" + ".".join(["a"] * 600) + "]\n" + GOOD
    assert "nested more than 10 deep" in only(dotted)
    key = '["' + "a." * 1900 + '"]\nx = 1\n' + GOOD
    assert "a key is 3800 characters long; keys are at most 64" in only(key)
    long = GOOD + "# " + "z" * 5000 + "\n"
    assert only(long).startswith("p.toml:18: (file): this line is 5002 characters long")


def test_devices_pipes_folders_and_big_files_are_refused_without_reading_them(tmp_path):
    import os

    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    link = tmp_path / "zero.toml"
    link.symlink_to("/dev/zero")
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * (1024 * 1024 + 10))
    for path, says in ((fifo, "is not a regular file"), (Path("/dev/zero"), "is not a regular file"),
                       (Path("/dev/urandom"), "is not a regular file"), (link, "is not a regular file"),
                       (tmp_path, "is a folder"), (big, "a program file is at most 1024 KB")):
        program, probs = check_file(path, set())
        assert program is None and len(probs) == 1 and says in str(probs[0]), (path, probs)
        assert str(probs[0]).startswith(f"{path}:1: (file): ")


# ------------------------------------------------------------------ the one path rule for images
def test_images_stay_inside_the_program_folder_links_included(tmp_path):
    import os

    folder = tmp_path / "prog"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "ok.png").write_bytes(b"\x89PNG")
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"\x89PNG")
    (folder / "link-out.png").symlink_to(outside)
    (folder / "dir-out").symlink_to(tmp_path)
    (folder / "link-in.png").symlink_to(folder / "img" / "ok.png")
    os.mkfifo(folder / "fifo.png")

    def out(ref):
        return problems(GOOD + f'image = "{ref}"\n', folder)

    assert out("img/ok.png") == [] and out("link-in.png") == [] and out("img/../img/ok.png") == []
    for ref, says in (("../secret.png", "points outside the program's folder"),
                      ("link-out.png", "points outside the program's folder"),
                      ("dir-out/secret.png", "points outside the program's folder"),
                      (str(outside), "is an absolute path"), ("~/x.png", "is an absolute path"),
                      ("fifo.png", "is not a regular file")):
        got = out(ref)
        assert len(got) == 1 and says in got[0], (ref, got)


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
    assert "phases[1].exercises[1].dose.times_per_week: 9 is out of range (use 1 to 7" in text
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


OPTIONS = GOOD + """
[[weeks.exercises]]
id = "bridge-easier"
name = "Easier bridges"
kind = "reps"
option_of = "bridge"
[weeks.exercises.dose]
reps = 12
sets = 2
"""


def test_an_option_replaces_an_exercise_of_its_week():
    program, probs = parse_text(OPTIONS, "p.toml")
    assert probs == []
    week = program.week(1)
    assert [e.id for e in week.exercises] == ["bridge"]
    assert [(o.id, o.option_of) for o in week.options] == [("bridge-easier", "bridge")]
    assert program.option_groups()[0][0] == "bridge"
    chosen = program.with_choices({"bridge": "bridge-easier"})
    assert [e.id for e in chosen.week(1).exercises] == ["bridge-easier"]
    assert chosen.exercise("bridge") is not None  # the history of the one replaced still reads by name
    assert program.with_choices({"bridge": "gone"}).week(1).exercises == week.exercises  # stale choice ignored


def test_options_that_name_nothing_to_replace_are_problems():
    out = problems(OPTIONS.replace('option_of = "bridge"', 'option_of = "bridgee"'))
    assert out == ["p.toml:23: weeks[1].exercises[2].option_of: 'bridgee' is not an exercise of week 1 that this "
                   "one can replace (did you mean 'bridge'?)"]
    out = problems(OPTIONS.replace('option_of = "bridge"', 'option_of = "bridge-easier"'))
    assert "an exercise cannot be an option of itself" in out[0]
    chained = OPTIONS + """
[[weeks.exercises]]
id = "bridge-easiest"
name = "Easiest"
kind = "practice"
option_of = "bridge-easier"
"""
    out = problems(chained)
    assert len(out) == 1 and "'bridge-easier' is itself an option; name the exercise it replaces" in out[0]


def test_who_a_program_is_for_is_text():
    program, probs = parse_text('intended_for = "People with thigh pain."\n' + GOOD, "p.toml")
    assert probs == [] and program.intended_for == "People with thigh pain."
    out = problems('intended_for = ["a list"]\n' + GOOD)
    assert out and "intended_for" in out[0] and "text in quotes" in out[0]


def test_a_choice_made_in_the_weeks_carries_on_after_them():
    from coach.core.program_read import load_program

    program = load_program(SHIPPED)
    maintenance = program.phases[0]
    assert "hip-flexor-stretch" in [e.id for e in maintenance.exercises]
    chosen = program.with_choices({"hip-flexor-stretch": "standing-hip-flexor-stretch"})
    after = {e.id: e for e in chosen.phases[0].exercises}
    assert "hip-flexor-stretch" not in after
    standing = after["standing-hip-flexor-stretch"]
    kneeling = next(e for e in maintenance.exercises if e.id == "hip-flexor-stretch")
    assert standing.dose == kneeling.dose  # the phase's dose (2-3 times a week)
    assert standing.steps[0].figure == "standing-split-stance"


def test_options_are_refused_in_a_phase():
    text = SHIPPED.read_text(encoding="utf-8")
    marker = '[[phases.exercises]]\nid = "walking"'
    assert marker in text
    bad = text.replace(marker, '[[phases.exercises]]\nid = "walking"\noption_of = "bridge"', 1)
    _p, probs = parse_text(bad, "p.toml")
    assert any("options are for the weeks" in p.message for p in probs)
