"""Chart files for a chosen range, opened with independent tools: each panel holds only its own data.

The charts of the last 28 days of 60 are written as PNG, SVG and PDF, then
rasterised (the PNG as it is, the SVG by librsvg's rsvg-convert, the PDF by
poppler's pdftoppm) at the same size, and every pixel of a data colour is
checked to lie inside a plot that has such data in the range, or in its
legend: nothing spills into a neighbouring panel, onto the axis labels or into
a place whose pain was only rated before the range.
"""

import datetime as dt
import re
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from coach.charts.files import page_layout
from coach.core.analytics import Period, ProgramInfo, SessionRecord, build_progress, days_back
from coach.core.tracker import LOCATIONS, OutcomeScore, PsfsItem, TrackerEntry
from coach.export.charts import ChartExportError, default_title, export_charts

SVG = "{http://www.w3.org/2000/svg}"
START = dt.date(2026, 10, 4)
TODAY = START + dt.timedelta(days=59)
RIGHT = (0xC4, 0x42, 0x0C)  # the right side's colour on paper
LEFT = (0x0B, 0x5F, 0xA5)
needs_tools = pytest.mark.skipif(not (shutil.which("rsvg-convert") and shutil.which("pdftoppm")),
                                 reason="needs librsvg2-bin and poppler-utils")


def sixty_days():
    """60 days; the right shin and the right thigh hurt only in the first 20 (October), the back every day."""
    entries = []
    for i in range(60):
        p = dict.fromkeys(LOCATIONS)
        p.update(back_right=5 - i // 15, back_left=1 + i % 2)
        if i < 20:
            p.update(shin_right=3, thigh_right=4)
        entries.append(TrackerEntry(date=START + dt.timedelta(days=i), pain=p))
    sessions = [SessionRecord(START + dt.timedelta(days=i), s, "completed") for i in range(60) for s in (0, 1)]
    sessions.append(SessionRecord(START + dt.timedelta(days=5), 1, "stopped", stop_reason="sharp_pain"))
    outcomes = [OutcomeScore(START + dt.timedelta(days=7 * w), 6 - w // 2, (PsfsItem("Stairs", 3 + w // 2),))
                for w in range(9)]
    program = ProgramInfo("Upper lumbar", START, 4, {1: 2, 2: 2, 3: 2, 4: 2})
    return build_progress(period=days_back(TODAY, 28), today=TODAY, program=program, entries=entries,
                          sessions=sessions, outcomes=outcomes, patient="Alex Example")


@pytest.fixture(scope="module")
def data():
    return sixty_days()


@pytest.fixture(scope="module")
def exported(data, tmp_path_factory):
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    d = tmp_path_factory.mktemp("charts")
    messages = []
    old = qInstallMessageHandler(lambda kind, _ctx, text: messages.append((kind, text)))
    try:
        files = {k: export_charts(data, d / f"charts.{k}") for k in ("png", "svg", "pdf")}
    finally:
        qInstallMessageHandler(old)
    problems = [t for k, t in messages if k in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg,
                                               QtMsgType.QtFatalMsg)]
    assert problems == [], f"Qt warned while exporting: {problems}"
    return files


def rasters(exported, tmp_path):
    """The three files as RGB arrays of the same size (twice the page's pixels)."""
    from PySide6.QtGui import QImage

    subprocess.run(["rsvg-convert", "-b", "white", "-z", "2", "-o", str(tmp_path / "svg.png"),
                    str(exported["svg"])], check=True, timeout=60)
    subprocess.run(["pdftoppm", "-r", "192", "-png", "-singlefile", str(exported["pdf"]), str(tmp_path / "pdf")],
                   check=True, timeout=60)
    out = {}
    for kind, path in (("png", exported["png"]), ("svg", tmp_path / "svg.png"), ("pdf", tmp_path / "pdf.png")):
        img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
        arr = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
        out[kind] = arr[:, : img.width() * 3].reshape(img.height(), img.width(), 3).astype(int)
    return out


def colour_mask(arr, rgb, tol=40):
    return (np.abs(arr - np.array(rgb)).sum(axis=2) < tol)


@pytest.mark.slow
@needs_tools
def test_each_panel_holds_only_its_own_data_in_png_svg_and_pdf(data, exported, tmp_path):
    layout, w, h = page_layout(data, title=default_title(data))
    images = rasters(exported, tmp_path)
    for kind, arr in images.items():
        assert abs(arr.shape[1] - 2 * w) <= 2 and abs(arr.shape[0] - 2 * h) <= 2, kind
    for colour, side in ((RIGHT, "right"), (LEFT, "left")):
        allowed = np.zeros(images["png"].shape[:2], bool)
        with_data = []
        for key, area in layout.areas.items():
            if not key.startswith("pain_"):
                continue
            cx, cy, cw, _ch = layout.cell_rect(key)
            # the legend's samples, between the chart's title and its plot
            allowed[int(2 * cy):int(2 * area.y), int(2 * cx):int(2 * (cx + cw))] = True
            region = key[5:]
            if any(v is not None and v > 0 for v in data.pain[f"{region}_{side}"]) or any(
                    v is not None for v in data.pain[f"{region}_{side}"]):
                with_data.append(key)
                allowed[int(2 * area.y) - 2:int(2 * (area.y + area.h)) + 3,
                        int(2 * area.x) - 2:int(2 * (area.x + area.w)) + 3] = True
        assert "pain_back" in with_data and "pain_shin" not in with_data and "pain_thigh" not in with_data
        for kind, arr in images.items():
            mask = colour_mask(arr[: allowed.shape[0], : allowed.shape[1]], colour)
            stray = mask & ~allowed[: mask.shape[0], : mask.shape[1]]
            ys, xs = np.nonzero(stray)
            assert stray.sum() == 0, (f"{kind}: {stray.sum()} {side}-side pixels outside their charts, e.g. at "
                                      f"{list(zip(xs[:5] // 2, ys[:5] // 2, strict=False))}")
            back = layout.areas["pain_back"]
            inside = mask[int(2 * back.y):int(2 * (back.y + back.h)), int(2 * back.x):int(2 * (back.x + back.w))]
            assert inside.sum() > 200, f"{kind}: the back chart shows its {side} line"


@pytest.mark.slow
@needs_tools
def test_the_three_files_look_alike(exported, tmp_path):
    images = rasters(exported, tmp_path)
    ink = {k: float((a.sum(axis=2) < 3 * 235).mean()) for k, a in images.items()}
    assert 0.03 < ink["png"] < 0.5
    for kind in ("svg", "pdf"):
        assert abs(ink[kind] - ink["png"]) < 0.02, ink  # about as much drawn as in Qt's own rendering


@pytest.mark.slow
def test_title_and_axis_agree_with_the_range(data, exported):
    root = ET.parse(exported["svg"]).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == "Progress of Alex Example: 5 Nov 2026 – 2 Dec 2026"
    texts = [(t.text or "").strip() for t in root.iter(f"{SVG}text")]
    assert "Progress of Alex Example: 5 Nov 2026 – 2 Dec 2026" in texts
    assert "5 Nov" in texts and not any("Oct" in t for t in texts)  # the axis starts where the title says
    assert "Overall pain averaged" in root.find(f"{SVG}desc").text
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(exported["pdf"]), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Progress of Alex Example: 5 Nov 2026 – 2 Dec 2026" in text and "5 Nov" in text
        info = subprocess.run(["pdfinfo", str(exported["pdf"])], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+1\b", info)
        images = subprocess.run(["pdfimages", "-list", str(exported["pdf"])], capture_output=True, text=True).stdout
        assert len(images.strip().splitlines()) <= 2  # vector: no picture inside


def test_files_are_private_and_never_replaced_silently(data, exported, tmp_path):
    for path in exported.values():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    target = tmp_path / "c.png"
    target.write_bytes(b"mine")
    with pytest.raises(ChartExportError, match="already exists"):
        export_charts(data, target)
    assert target.read_bytes() == b"mine"
    export_charts(data, target, force=True)
    assert target.read_bytes().startswith(b"\x89PNG")
    with pytest.raises(ChartExportError, match=r"must end in \.png, \.svg or \.pdf"):
        export_charts(data, tmp_path / "chart.gif")
    with pytest.raises(ChartExportError, match="does not exist"):
        export_charts(data, tmp_path / "no" / "chart.png")
    with pytest.raises(ChartExportError, match="out of range"):
        export_charts(data, tmp_path / "chart2.png", size=(10, 10))
    assert not list(tmp_path.glob(".*.part"))


def test_an_empty_period_draws_its_notes(tmp_path):
    program = ProgramInfo("P", dt.date(2026, 1, 1), 4, {1: 2, 2: 2, 3: 2, 4: 2})
    data = build_progress(period=Period(dt.date(2026, 1, 1), dt.date(2026, 1, 1)), today=dt.date(2026, 1, 1),
                          program=program, entries=[])
    out = export_charts(data, tmp_path / "empty.svg")
    texts = {(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")}
    assert "No diary entries yet: fill in the Diary each evening and your charts appear here." in texts
