"""Progress charts to PNG, SVG and PDF files (vector SVG and PDF), with or without a display.

``export_charts(data, path)`` picks the format from the file's ending, draws the
charts of ``data``'s period with ``coach.charts.files`` (the Progress screen's
own layout, on white paper) and writes them with ``coach.export.outfile``:
whole, private (0600), and never over an existing file unless ``force``.
Problems raise :class:`ChartExportError` with a message for people.
"""

from __future__ import annotations

from pathlib import Path

from coach.charts.describe import description
from coach.charts.files import ChartExportError, page_layout, render_pdf, render_png, render_svg
from coach.core.analytics import ProgressData, period_text
from coach.core.i18n import translate
from coach.export.outfile import OutputError, check_file, write_bytes

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
SUFFIXES: tuple[str, ...] = tuple(f".{f}" for f in FORMATS)

__all__ = ["FORMATS", "SUFFIXES", "ChartExportError", "chart_bytes", "chart_format", "default_title",
           "export_charts"]


def default_title(data: ProgressData) -> str:
    who = translate("progress", " of {patient}").format(patient=data.patient) if data.patient else ""
    return translate("progress", "Progress{who}: {period}").format(who=who, period=period_text(data.period))


def chart_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ChartExportError(translate("progress", "{path}: the chart file must end in .png, .svg or .pdf (it ends in {nothing})").format(path=path, nothing=suffix or 'nothing'))
    return suffix[1:]


def chart_bytes(data: ProgressData, kind: str, *, size: tuple[int, int] | None = None, panels=None,
                scale: float = 2.0, title: str | None = None) -> bytes:
    """The charts of ``data``'s period as the bytes of a PNG, SVG or PDF file."""
    title = default_title(data) if title is None else title
    layout, w, h = page_layout(data, size=size, panels=panels, title=title)
    if kind == "png":
        return render_png(layout, w, h, scale)
    if kind == "svg":
        return render_svg(layout, w, h, title, description(data))
    if kind == "pdf":
        return render_pdf(layout, w, h, title)
    raise ChartExportError(translate("progress", "unknown chart format {kind!r}: use png, svg or pdf").format(kind=kind))


def export_charts(data: ProgressData, path: str | Path, *, size: tuple[int, int] | None = None, panels=None,
                  scale: float = 2.0, title: str | None = None, force: bool = False) -> Path:
    """Write the charts of ``data``'s period to ``path`` (.png, .svg or .pdf); returns the path written."""
    kind = chart_format(path)
    try:
        path = check_file(path, SUFFIXES, translate("progress", "the chart file"), force=force)
        return write_bytes(path, chart_bytes(data, kind, size=size, panels=panels, scale=scale, title=title),
                           force=force)
    except OutputError as exc:
        raise ChartExportError(str(exc)) from exc
