"""Progress charts to PNG, SVG and PDF files (vector SVG and PDF), with or without a display.

``export_charts(data, path)`` picks the format from the file's suffix, makes
the charts with ``coach.charts.files`` (the Progress screen's own charts,
laid out off screen) and writes them to a temporary name beside the target
that is moved into place, so a failed export never leaves half a file.
Problems raise :class:`ChartExportError` with a message for people.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from coach.charts.files import (
    DEFAULT_SIZE,
    ChartExportError,
    dispose,
    make_charts,
    render_image,
    render_svg,
    svg_to_pdf,
)
from coach.core.analytics import ProgressData, period_text

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")

__all__ = ["FORMATS", "ChartExportError", "chart_format", "default_title", "export_charts"]


def default_title(data: ProgressData) -> str:
    who = f" of {data.patient}" if data.patient else ""
    return f"Progress{who}: {period_text(data.period)}"


def chart_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ChartExportError(f"{path}: the file name must end in .png, .svg or .pdf (it ends in "
                               f"{'.' + suffix if suffix else 'nothing'}).")
    return suffix


def export_charts(data: ProgressData, path: str | Path, *, size: tuple[int, int] | None = None,
                  start: dt.date | None = None, end: dt.date | None = None, panels=None, scale: float = 2.0,
                  title: str | None = None) -> Path:
    """Write the charts to ``path`` (.png, .svg or .pdf); returns the path written."""
    path = Path(path)
    kind = chart_format(path)
    _check_writable(path)
    title = default_title(data) if title is None else title
    size = size or DEFAULT_SIZE
    charts = make_charts(data, size=size, panels=panels, start=start, end=end, title=title)
    tmp = path.with_name(f".{path.name}.part")
    try:
        if kind == "png":
            if not render_image(charts, scale).save(str(tmp), "PNG"):
                raise ChartExportError(f"{path} cannot be written. Check the folder exists and you may write to it.")
        else:
            svg = render_svg(charts, title=title, description=charts.description())
            if kind == "svg":
                tmp.write_bytes(svg)
            else:
                svg_to_pdf(svg, tmp, (charts.width(), charts.height()), title)
        os.replace(tmp, path)
    except OSError as exc:
        raise ChartExportError(f"{path} cannot be written: {exc.strerror or exc}.") from exc
    finally:
        dispose(charts)
        tmp.unlink(missing_ok=True)
    return path


def _check_writable(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ChartExportError(f"{path} cannot be written: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ChartExportError(f"{path} cannot be written: you may not write to the folder {folder}.")
    if path.is_dir():
        raise ChartExportError(f"{path} is a folder; give a file name ending in .png, .svg or .pdf.")
