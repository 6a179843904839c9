"""The QPainter figure renderer, the FigureView widget, SVG output and `coach illustrate`."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from coach.charts.figure_painter import render_image, render_svg
from coach.core.figure import DARK, LIGHT
from coach.ui.widgets.figure_view import FigureView, IllustrationView

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "programs" / "upper-lumbar-4-week.toml"
RSVG = shutil.which("rsvg-convert")


def _pixels(img: QImage) -> bytes:
    img = img.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(img.constBits())[: img.sizeInBytes()]


def _ink(img: QImage, background: str) -> float:
    """Share of pixels that are not the background colour."""
    bg = QColor(background)
    ref = bytes((bg.red(), bg.green(), bg.blue()))
    data = _pixels(img)
    n = len(data) // 4
    return sum(1 for i in range(0, len(data), 4) if data[i:i + 3] != ref) / n


def _mean_diff(a: QImage, b: QImage) -> float:
    da, db = _pixels(a), _pixels(b)
    assert len(da) == len(db)
    return sum(abs(x - y) for x, y in zip(da[::7], db[::7], strict=True)) / (len(da) / 7)


@pytest.mark.parametrize("size", [200, 1000])
def test_render_image_draws_the_figure_at_small_and_large_sizes(qapp, size):
    img = render_image("knee-to-chest", size, size)
    assert (img.width(), img.height()) == (size, size)
    ink = _ink(img, LIGHT.background)
    assert 0.05 < ink < 0.6  # a figure, not a blank or a flood


def test_render_image_keeps_the_figures_aspect_without_a_height(qapp):
    img = render_image("standing", 300)
    assert img.height() > img.width()  # a standing person is tall
    lying = render_image("prone", 300)
    assert lying.height() < lying.width()


def test_mirrored_image_is_the_horizontal_flip(qapp):
    a = render_image("step-up", 400, 400)
    b = render_image("step-up", 400, 400, mirrored=True)
    flipped = a.flipped(Qt.Orientation.Horizontal)
    assert _mean_diff(a, b) > 5.0  # really different
    assert _mean_diff(flipped, b) < 1.5  # the same up to anti-aliasing


def test_moments_differ_and_dark_palette_uses_a_dark_background(qapp):
    start = render_image("bridge", 300, 200, t=0.0)
    key = render_image("bridge", 300, 200, t=1.0)
    assert _mean_diff(start, key) > 1.0
    dark = render_image("bridge", 300, 200, palette=DARK)
    assert dark.pixelColor(2, 2).lightness() < 60
    assert _ink(dark, DARK.background) > 0.05


def test_figure_view_shows_a_named_figure_with_an_accessible_name(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(320, 240)
    view.set_figure("knee-to-chest")
    assert view.accessibleName() == "Illustration: knee to chest"
    assert "thigh" in view.accessibleDescription()
    assert view.progress() == 1.0
    view.set_progress(0.25)
    assert view.current_frame().t == 0.25
    view.set_mirrored(True)
    assert view.is_mirrored() and "other side" in view.accessibleName()
    view.show()
    img = view.grab().toImage()
    assert _ink(img, LIGHT.background) > 0.03
    with pytest.raises(KeyError):
        view.set_figure("no-such-figure")


def test_figure_view_keeps_aspect_ratio_in_a_wide_widget(qtbot):
    view = FigureView(palette="light")
    qtbot.addWidget(view)
    view.resize(800, 200)
    view.set_figure("standing")
    view.show()
    img = view.grab().toImage()
    # A standing figure in a wide area: the left and right edges stay empty.
    left = img.copy(0, 0, 150, 200)
    assert _ink(left, LIGHT.background) == 0.0
    assert _ink(img.copy(300, 0, 200, 200), LIGHT.background) > 0.05


def test_illustration_view_shows_png_and_svg_files(qtbot, tmp_path):
    png = tmp_path / "step.png"
    assert render_image("bridge", 160, 120).save(str(png))
    svg = tmp_path / "step.svg"
    svg.write_text(render_svg("bridge", 160), encoding="utf-8")
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(200, 150)
    view.show()
    assert view.set_image(png, "A bridge")
    assert view.accessibleName() == "Illustration: A bridge"
    assert _ink(view.grab().toImage(), LIGHT.background) > 0.03
    assert view.set_image(svg)
    assert _ink(view.grab().toImage(), LIGHT.background) > 0.03
    assert not view.set_image(tmp_path / "missing.png")
    assert "could not be opened" in view.accessibleDescription()
    view.grab()  # paints the "not found" note without error
    view.show_step(image="step.png", base_dir=tmp_path)
    assert view.figure() is None
    view.show_step(figure="wall-sit", image="missing.png", base_dir=tmp_path)  # falls back to the figure
    assert view.figure() == "wall-sit"
    view.clear()
    assert view.accessibleName() == "Illustration"


@pytest.mark.slow
def test_svg_text_parses_and_renders_in_an_independent_renderer(qapp, tmp_path):
    svg = render_svg("half-kneeling-lunge", 320)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert root.find("{http://www.w3.org/2000/svg}title").text == "Illustration: Hip flexor stretch"
    if RSVG is None:
        pytest.skip("rsvg-convert is not installed")
    src = tmp_path / "f.svg"
    src.write_text(svg, encoding="utf-8")
    out = tmp_path / "f.png"
    subprocess.run([RSVG, "-o", str(out), str(src)], check=True, timeout=30)
    img = QImage(str(out))
    assert img.width() == 320
    assert _ink(img, LIGHT.background) > 0.05


def _args(program, out, size=120):
    return argparse.Namespace(program=str(program), out=str(out), size=size, dark=False, sheet=True)


def test_illustrate_command_writes_svg_png_and_a_contact_sheet(qapp, tmp_path, capsys):
    from coach.commands import illustrate

    out = tmp_path / "pictures"
    assert illustrate.run(_args(PROGRAM, out)) == 0
    svgs = sorted(out.glob("*.svg"))
    pngs = sorted(p for p in out.glob("*.png") if p.name != "contact-sheet.png")
    assert (out / "w1-01-knee-to-chest-step2.svg").is_file()
    assert (out / "w1-01-knee-to-chest-step2.png").is_file()
    assert len(svgs) == len(pngs) >= 36
    sheet = QImage(str(out / "contact-sheet.png"))
    assert not sheet.isNull() and sheet.width() > 1000
    ET.fromstring(svgs[0].read_text(encoding="utf-8"))
    assert "Wrote" in capsys.readouterr().out


def test_illustrate_command_reports_errors_in_one_line(qapp, tmp_path, capsys):
    from coach.commands import illustrate

    assert illustrate.run(_args(tmp_path / "nope.toml", tmp_path / "o")) == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "program file not found" in err

    bad = tmp_path / "bad.toml"
    bad.write_text(PROGRAM.read_text(encoding="utf-8").replace('figure = "bridge"', 'figure = "bridgee"', 1), encoding="utf-8")
    assert illustrate.run(_args(bad, tmp_path / "o")) == 1
    err = capsys.readouterr().err
    assert "unknown figure 'bridgee'" in err and "did you mean 'bridge'" in err
    assert "Traceback" not in err

    broken = tmp_path / "broken.toml"
    broken.write_text("weeks = [", encoding="utf-8")
    assert illustrate.run(_args(broken, tmp_path / "o")) == 1
    assert "not valid TOML" in capsys.readouterr().err


@pytest.mark.slow
def test_coach_illustrate_runs_from_the_command_line(tmp_path):
    out = tmp_path / "cli"
    r = subprocess.run([sys.executable, "-m", "coach", "illustrate", str(PROGRAM), "--out", str(out), "--size", "96",
                        "--no-sheet"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (out / "w4-04-activity-practice-step2.png").is_file()
    assert not (out / "contact-sheet.png").exists()


def test_illustrate_lists_every_figure_name_with_what_it_shows(capsys):
    from coach.cli import main
    from coach.core.figure import figure_names, figure_sequence

    assert main(["illustrate", "--list"]) == 0
    out = capsys.readouterr().out
    for name in figure_names():
        line = next(ln for ln in out.splitlines() if ln.split()[0] == name)
        assert figure_sequence(name).title in line
    assert f"{len(figure_names())} figures" in out
    assert main(["illustrate"]) == 1
    assert "--list for the figure names" in capsys.readouterr().err


def test_an_unknown_figure_with_no_near_name_points_to_the_list(tmp_path):
    from coach.core.program_read import check_file

    bad = tmp_path / "bad.toml"
    bad.write_text(PROGRAM.read_text(encoding="utf-8").replace('figure = "bridge"', 'figure = "zzz-qqq"', 1),
                   encoding="utf-8")
    _p, problems = check_file(bad)
    assert any("coach illustrate --list gives the names" in p.message for p in problems)
