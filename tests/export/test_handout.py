"""The week handout, opened with independent tools (pdftotext, pdfinfo, pdftoppm)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main
from coach.core.program_read import check_file, load_program
from coach.resources import default_program_path

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)")

LIBRARY_PROGRAM = """\
id = "press-and-core"
title = "Press-ups and core"
sessions_per_day = 3
[[weeks]]
number = 1
title = "Start"
goals = ["Settle the back."]
[[weeks.exercises]]
id = "press"
name = "Prone press-up"
kind = "reps"
cautions = ["Stop and ask your clinician if leg symptoms spread further down the leg."]
[weeks.exercises.dose]
reps = [5, 10]
times_per_day = 3
pacing = "tempo"
[[weeks.exercises.steps]]
text = "Lie face down."
figure = "prone"
[[weeks.exercises.steps]]
text = "Press the chest up."
image = "pics/press.png"
[[weeks.exercises]]
id = "glide"
name = "Seated glide"
kind = "reps"
sides = "one"
nerve_glide = true
[weeks.exercises.dose]
reps = 10
"""


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


@pytest.mark.slow
@pytest.mark.parametrize("week", [1, 3])
def test_handout_has_every_exercise_dose_step_and_caution(qapp, tmp_path, capsys, week):
    out = tmp_path / f"week{week}.pdf"
    assert main(["handout", str(default_program_path()), "--week", str(week), "--out", str(out),
                 "--for", "Alex Example"]) == 0
    assert f"Wrote {out}: week {week}" in capsys.readouterr().out
    text = text_of(out)
    w = load_program(default_program_path()).week(week)
    assert f"Week {week}: {w.title}" in text and "Alex Example" in text
    for ex in w.exercises:
        assert ex.name in text
        assert ex.dose_text() in text, ex.dose_text()
        for step in ex.steps:
            assert step.text in text
        for caution in ex.cautions:
            assert caution in text
    for goal in w.goals:
        assert goal in text
    assert "sharp pain" in text and "further down the leg" in text  # the safety box


@pytest.mark.slow
def test_handout_is_a4_with_pictures_readable_in_grey(qapp, tmp_path):
    out = tmp_path / "w1.pdf"
    assert main(["handout", str(default_program_path()), "--week", "1", "--out", str(out)]) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info)
    if shutil.which("pdfimages"):
        images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
        # one picture per step of the week (11 steps; the same figure used twice is drawn twice)
        assert len(images.strip().splitlines()) - 2 >= 10
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-gray", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                   check=True)
    assert list(tmp_path.glob("p*.png"))


@pytest.mark.slow
def test_handout_of_a_custom_program_with_an_image_and_a_glide(qapp, tmp_path):
    from PySide6.QtGui import QColor, QImage

    (tmp_path / "pics").mkdir()
    img = QImage(120, 80, QImage.Format.Format_RGB32)
    img.fill(QColor("#808080"))
    img.save(str(tmp_path / "pics" / "press.png"))
    prog = tmp_path / "press.toml"
    prog.write_text(LIBRARY_PROGRAM, encoding="utf-8")
    out = tmp_path / "h.pdf"
    assert main(["handout", str(prog), "--week", "1", "--out", str(out)]) == 0
    text = text_of(out)
    assert "5–10 reps, 3× daily" in text and "10 reps, affected side" in text
    assert "start at the low number" in text  # the range is explained
    assert "Nerve glide: mild tingling is acceptable" in text
    assert "Your affected side only" in text
    assert "Step 1" in text and "Step 2" in text  # the figure and the image


def test_a_program_with_problems_gives_the_validators_messages(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "bad"\ntitle = "Bad"\n', encoding="utf-8")
    out = tmp_path / "x.pdf"
    assert main(["handout", str(bad), "--week", "1", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    for p in check_file(bad)[1]:
        assert str(p) in err
    assert not out.exists()


def test_a_week_that_is_not_there(qapp, tmp_path, capsys):
    assert main(["handout", str(default_program_path()), "--week", "9", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "has no week 9 (its weeks: 1, 2, 3, 4)" in capsys.readouterr().err


@pytest.mark.slow
def test_works_with_no_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["COACH_DATA_DIR"] = str(tmp_path / "data")
    out = tmp_path / "nodisplay.pdf"
    r = subprocess.run([sys.executable, "-m", "coach", "handout", "upper-lumbar-4-week", "--week", "2",
                        "--out", str(out)], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "Bridges" in text_of(out)


# ------------------------------------------------------------------- the whole program in one PDF
def pages_text(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"\s+", " ", p) for p in out.split("\f") if p.strip()]


@pytest.fixture(scope="module")
def whole(tmp_path_factory, qapp):
    out = tmp_path_factory.mktemp("whole") / "sam.pdf"
    assert main(["handout", str(default_program_path()), "--out", str(out), "--for", "Sam Example",
                 "--side", "left", "--contact", "Jo Park, physiotherapist; 01234 567890"]) == 0
    return out


@pytest.mark.slow
def test_the_whole_program_is_one_pdf_with_every_week_and_a_log_for_each(whole):
    text = text_of(whole)
    program = load_program(default_program_path())
    for w in program.weeks:
        assert f"Week {w.number}: {w.title}" in text
        assert f"Week {w.number} log" in text
        for ex in w.exercises:
            assert ex.name in text
            for step in ex.steps:
                assert step.text in text
            for caution in ex.cautions:
                assert caution in text
    logs = len(program.weeks) + len(program.phases)  # a log for each week and for a week after the weeks
    assert text.count("Pain at the end of the day (0–10)") == logs
    assert "Tick each time you do it" in text and "Day 7" in text


@pytest.mark.slow
def test_name_and_leg_are_used_where_known(whole):
    text = text_of(whole)
    assert "Sam Example" in text
    assert "affected side" not in text  # the leg is named instead
    assert "10 reps, left leg, 2× daily" in text  # the femoral glide: one side
    assert "The left leg only." in text
    assert "Each side: all reps with the left leg first, then the right." in text


@pytest.mark.slow
def test_contact_lines_and_a_note_line_per_exercise(whole):
    text = text_of(whole)
    assert "Jo Park, physiotherapist" in text and "01234 567890" in text
    program = load_program(default_program_path())
    exercises = sum(len(w.exercises) for w in program.weeks)
    printed: dict = {}
    for w in program.weeks:
        for e in w.exercises:
            printed.setdefault(e.id, (e.steps, e.cautions))
    new_after = sum(1 for ph in program.phases for e in ph.exercises if printed.get(e.id) != (e.steps, e.cautions))
    # a line to write on for each exercise shown in full (those after the weeks point back to their week)
    assert text.count("Note from your physiotherapist:") == exercises + new_after


@pytest.mark.slow
def test_pictures_are_at_least_6_cm_wide(whole):
    if not shutil.which("pdfimages"):
        pytest.skip("needs pdfimages")
    listing = subprocess.run(["pdfimages", "-list", str(whole)], capture_output=True, text=True, check=True).stdout
    widths = []
    for line in listing.splitlines()[2:]:
        cols = line.split()
        if cols[2] != "image":
            continue
        width_px, x_ppi = int(cols[3]), float(cols[12])
        widths.append(width_px / x_ppi * 25.4)
    assert len(widths) >= 30
    assert min(widths) >= 60, min(widths)


@pytest.mark.slow
def test_page_1_is_not_half_empty(whole, tmp_path):
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "40", "-gray", "-f", "1", "-l", "1", str(whole), str(tmp_path / "p")],
                   check=True)
    img = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    w, h = img.size
    px = img.load()
    # the text area between the header and the footer rules: rows with ink, in the lower half of it
    top, bottom = int(h * 0.08), int(h * 0.92)
    inked = [y for y in range(top, bottom) if any(px[x, y] < 160 for x in range(int(w * 0.1), int(w * 0.9)))]
    lower = [y for y in inked if y > (top + bottom) / 2]
    assert inked and max(inked) > top + 0.85 * (bottom - top), "page 1 ends early"
    assert len(lower) > 0.25 * (bottom - top) / 2


@pytest.mark.slow
def test_the_overview_says_whom_the_program_is_for_and_lists_the_weeks(whole):
    first = pages_text(whole)[0]
    assert "Your home exercise program, Sam Example" in first
    assert "Who this program is for" in first and "front or inner thigh" in first
    assert "The weeks at a glance" in first and "Week 4: Functional integration" in first
    assert "Safety first." in first


@pytest.mark.slow
@pytest.mark.parametrize("weeks, expected", [("2-3", [2, 3]), ("1,4", [1, 4]), ("3", [3])])
def test_chosen_weeks_only(qapp, tmp_path, capsys, weeks, expected):
    out = tmp_path / "w.pdf"
    assert main(["handout", str(default_program_path()), "--weeks", weeks, "--out", str(out)]) == 0
    text = text_of(out)
    program = load_program(default_program_path())
    for w in program.weeks:
        assert (f"Week {w.number} log" in text) == (w.number in expected)
    assert "Wrote" in capsys.readouterr().out
    if len(expected) == 1:
        assert "Your affected side only" in text or "affected side" in text  # no side given: said generally


def test_bad_weeks_and_sides_are_refused_with_a_message(qapp, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["handout", str(default_program_path()), "--weeks", "4-2", "--out", str(out)]) == 1
    assert "runs backwards" in capsys.readouterr().err
    assert main(["handout", str(default_program_path()), "--weeks", "2-6", "--out", str(out)]) == 1
    assert "has no week 5, 6 (its weeks: 1, 2, 3, 4)" in capsys.readouterr().err
    assert main(["handout", str(default_program_path()), "--weeks", "two", "--out", str(out)]) == 1
    assert "is not a list of weeks" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["handout", str(default_program_path()), "--side", "middle", "--out", str(out)])
    assert not out.exists()


@pytest.mark.slow
def test_notes_per_exercise_in_the_handout(qapp, tmp_path):
    from coach.export.handout import write_handout

    program = load_program(default_program_path())
    out = tmp_path / "notes.pdf"
    write_handout(program, [1], out, notes={"walking": "Flat paths only, 5 minutes to start."})
    text = text_of(out)
    assert "Note from your physiotherapist: Flat paths only, 5 minutes to start." in text
    assert text.count("Note from your physiotherapist:") == 4


@pytest.mark.slow
def test_the_whole_program_goes_on_with_what_comes_after_the_weeks(whole):
    text = text_of(whole)
    program = load_program(default_program_path())
    for ph in program.phases:
        assert f"After the weeks: {ph.title}" in text and f"{ph.title} log (a week)" in text
        for ex in ph.exercises:
            assert ex.dose_text("left") in text
    # an exercise shown in full in a week is not drawn again: its dose, and where its steps are
    assert "The steps, pictures and cautions are those of week 1, exercise 1." in text
