"""Chart exports opened with independent tools: the SVG parses and renders in librsvg, the PDF in poppler."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from coach.charts.svg import flatten_cosmetic_strokes
from coach.export.charts import ChartExportError, export_charts

SVG = "{http://www.w3.org/2000/svg}"


def image_stats(path):
    """(width, height, share of non-white pixels, share of near-black pixels), sampled."""
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    assert not img.isNull(), f"{path} is not an image"
    n = ink = black = 0
    for y in range(0, img.height(), 4):
        for x in range(0, img.width(), 4):
            c = img.pixelColor(x, y)
            n += 1
            ink += c.lightness() < 245 and c.alpha() > 0
            black += c.lightness() < 40 and c.alpha() > 0
    return img.width(), img.height(), ink / n, black / n


@pytest.fixture(scope="module")
def exported(qapp, known_data, tmp_path_factory):
    d = tmp_path_factory.mktemp("charts")
    return {k: export_charts(known_data, d / f"charts.{k}", size=(900, 1300)) for k in ("png", "svg", "pdf")}


def test_png_is_drawn_at_twice_the_size(exported):
    w, h, ink, black = image_stats(exported["png"])
    assert w == 1800 and h >= 2600
    assert 0.04 < ink < 0.6 and black < 0.05


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("rsvg-convert"), reason="needs librsvg2-bin (rsvg-convert)")
def test_svg_parses_and_renders_in_librsvg_like_the_png(exported, tmp_path):
    root = ET.parse(exported["svg"]).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text.startswith("Progress of Alex Example: 2 Mar 2026 – 22 Mar 2026")
    assert "Overall pain averaged 6.0 in the first week and 3.5 in the last week" in root.find(f"{SVG}desc").text
    texts = {t.text for t in root.iter(f"{SVG}text")}
    assert {"Overall pain: the worst place each day", "Back pain", "Week 1", "Shin", "No pain"} <= {
        (t or "").strip() for t in texts}
    # no stroke left for a renderer to scale with the data
    for g in root.iter(f"{SVG}g"):
        if g.get("transform"):
            assert not any(c.get("vector-effect") == "non-scaling-stroke" and c.tag != f"{SVG}text" for c in g)
    png = tmp_path / "svg.png"
    subprocess.run(["rsvg-convert", "-b", "white", "-o", str(png), str(exported["svg"])], check=True, timeout=60)
    w, h, ink, black = image_stats(png)
    assert w == 900 and abs(h - image_stats(exported["png"])[1] / 2) <= 1  # the SVG says its size in mm
    _w, _h, png_ink, _b = image_stats(exported["png"])
    assert 0.04 < ink < 0.6 and black < 0.05  # lines stay thin: no bands, no black fills
    assert abs(ink - png_ink) < 0.08  # about as much drawn as in Qt's own rendering


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_pdf_is_one_vector_page_with_text(exported, tmp_path):
    info = subprocess.run(["pdfinfo", str(exported["pdf"])], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\b", info)
    w, h = (float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert w == pytest.approx(900 * 0.75, abs=1) and h / w > 1.3
    text = subprocess.run(["pdftotext", str(exported["pdf"]), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Overall pain: the worst place each day" in text and "Sessions done and planned" in text
    # vector: no page-sized image inside
    images = subprocess.run(["pdfimages", "-list", str(exported["pdf"])], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) <= 2


def test_a_chosen_range_and_bad_targets(qapp, known_data, tmp_path):
    import datetime as dt

    out = export_charts(known_data, tmp_path / "two-weeks.svg", start=dt.date(2026, 3, 9), end=dt.date(2026, 3, 22))
    texts = {(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")}
    assert "Week 1" not in texts and "Week 2" in texts  # week 1 is outside the range shown
    with pytest.raises(ChartExportError, match=r"must end in \.png, \.svg or \.pdf"):
        export_charts(known_data, tmp_path / "chart.gif")
    with pytest.raises(ChartExportError, match="does not exist"):
        export_charts(known_data, tmp_path / "no" / "chart.png")
    with pytest.raises(ChartExportError, match="out of range"):
        export_charts(known_data, tmp_path / "chart.png", size=(10, 10))
    assert not list(tmp_path.glob(".*.part"))


def test_flattening_moves_cosmetic_strokes_to_page_coordinates():
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><g transform="matrix(2,0,0,-10,5,90)">'
           b'<polyline vector-effect="non-scaling-stroke" points="0,0 10,1 "/>'
           b'<rect vector-effect="non-scaling-stroke" x="1" y="1" width="2" height="3"/>'
           b'<path vector-effect="non-scaling-stroke" d="M0,0 L1,1 C2,2 3,3 4,4 Z"/></g>'
           b'<g transform="matrix(1,0,0,1,3,3)"><text>kept</text></g></svg>')
    root = ET.fromstring(flatten_cosmetic_strokes(svg))
    g1, g2 = root.findall(f"{SVG}g")
    assert g1.get("transform") is None and g2.get("transform") == "matrix(1,0,0,1,3,3)"
    poly, rect, path = list(g1)
    assert poly.get("points") == "5,90 25,80"
    assert rect.tag == f"{SVG}path" and rect.get("d") == "M7,80 L11,80 L11,50 L7,50 Z"
    assert path.get("d") == "M 5,90 L 7,80 C 9,70 11,60 13,50 Z"
