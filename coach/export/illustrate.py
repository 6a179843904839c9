"""Static illustrations of a program: an SVG and a PNG per step, and a contact sheet.

``illustrate_program(program_path, out_dir)`` draws every step of every week
(``w1-01-knee-to-chest-step2.svg`` / ``.png``: week, exercise number in the
week, exercise id, step number) and one ``contact-sheet.png`` with every
picture labelled (week, exercise, step, the step's words shortened), for a
clinician or a reviewer to check the pictures against the words at a glance.

Needs a ``QGuiApplication`` (for text on the contact sheet); the ``coach
illustrate`` command creates one, offscreen when there is no display.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from coach.core.figure import LIGHT, FigurePalette, figure_sequence, frame_to_svg
from coach.core.i18n import translate
from coach.core.program_paths import ProgramPathError, program_image

SHEET_NAME = "contact-sheet.png"


@dataclass(frozen=True)
class StepPicture:
    """One program step to draw."""

    week: int
    exercise_number: int  # 1-based, within the week
    exercise_id: str
    exercise_name: str
    step_number: int  # 1-based
    text: str
    figure: str | None = None
    image: Path | None = None

    @property
    def stem(self) -> str:
        return f"w{self.week}-{self.exercise_number:02d}-{self.exercise_id}-step{self.step_number}"

    @property
    def label(self) -> str:
        return translate("commands", "Week {week} · {exercise_name} · step {step_number}").format(week=self.week, exercise_name=self.exercise_name, step_number=self.step_number)


class ProgramReadError(ValueError):
    """The program file cannot be read (missing, not TOML, or not shaped like a program)."""


def program_steps(program_path: str | Path) -> list[StepPicture]:
    """Every step of a program file, in order (read with ``tomllib``)."""
    path = Path(program_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ProgramReadError(translate("commands", "program file not found: {path}").format(path=path)) from e
    except (OSError, UnicodeDecodeError) as e:
        raise ProgramReadError(translate("commands", "cannot read {path}: {e}").format(path=path, e=e)) from e
    except tomllib.TOMLDecodeError as e:
        raise ProgramReadError(translate("commands", "{path} is not valid TOML: {e}").format(path=path, e=e)) from e
    weeks = data.get("weeks")
    if not isinstance(weeks, list):
        raise ProgramReadError(translate("commands", "{path} has no [[weeks]]: is it a program file?").format(path=path))
    out: list[StepPicture] = []
    for wi, week in enumerate(weeks, start=1):
        number = week.get("number", wi) if isinstance(week, dict) else wi
        exercises = week.get("exercises", []) if isinstance(week, dict) else []
        for ei, ex in enumerate(exercises, start=1):
            if not isinstance(ex, dict):
                continue
            ex_id = str(ex.get("id", f"exercise-{ei}"))
            name = str(ex.get("name", ex_id))
            for si, step in enumerate(ex.get("steps", []), start=1):
                if not isinstance(step, dict):
                    continue
                image = step.get("image")
                if image is not None:
                    try:  # the one rule every reader of program images follows
                        image = program_image(path.parent, image)
                    except ProgramPathError as e:
                        raise ProgramReadError(translate("commands", "{path}: week {value}, {ex_id}, step {si}: {e}").format(path=path, value=number, ex_id=ex_id, si=si, e=e)) from None
                out.append(StepPicture(
                    week=int(number), exercise_number=ei, exercise_id=ex_id, exercise_name=name,
                    step_number=si, text=str(step.get("text", "")), figure=step.get("figure"),
                    image=image,
                ))
    return out


def check_figures(steps: list[StepPicture]) -> None:
    """Raise ``FigureError`` (a KeyError) for the first unknown figure name."""
    for s in steps:
        if s.figure:
            figure_sequence(s.figure)


def shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


def illustrate_program(
    program_path: str | Path,
    out_dir: str | Path,
    size: int = 480,
    *,
    palette: FigurePalette = LIGHT,
    sheet: bool = True,
    sheet_columns: int = 6,
    force: bool = False,
) -> list[Path]:
    """Write an SVG and a PNG per step (figure or image) and a contact sheet; return the paths written.

    Raises ``ProgramReadError`` for an unreadable program and ``FigureError``
    (a KeyError) for an unknown figure name, before writing anything. The
    pictures are written as one folder with ``coach.export.outfile``: a new or
    empty folder, or with ``force`` one holding only an earlier run's pictures
    (``OutputError`` otherwise); files 0600, the folder 0700.
    """
    from PySide6.QtGui import QImage

    from coach.charts.figure_painter import render_image
    from coach.charts.files import png_bytes
    from coach.export.outfile import check_folder, write_folder

    steps = program_steps(program_path)
    check_figures(steps)
    out = Path(out_dir)
    names = {f"{step.stem}{ext}" for step in steps for ext in (".svg", ".png")} | {SHEET_NAME}
    check_folder(out, names, translate("commands", "the pictures"), force=force)
    files: dict[str, bytes] = {}
    pictures: list[tuple[StepPicture, QImage | None]] = []
    for step in steps:
        image: QImage | None = None
        if step.figure:
            seq = figure_sequence(step.figure)
            frame = seq.key_frame()
            files[f"{step.stem}.svg"] = frame_to_svg(frame, size, palette=palette,
                                                     title=f"Illustration: {seq.title}").encode("utf-8")
            image = render_image(frame, size, palette=palette)
            files[f"{step.stem}.png"] = png_bytes(image)
        elif step.image is not None:
            image = load_image(step.image, size)
            if image is not None:
                files[f"{step.stem}.png"] = png_bytes(image)
                if step.image.suffix.lower() == ".svg":
                    files[f"{step.stem}.svg"] = step.image.read_bytes()
        pictures.append((step, image))
    if sheet and pictures:
        files[SHEET_NAME] = png_bytes(contact_sheet(pictures, palette=palette, columns=sheet_columns))
    return write_folder(out, files, translate("commands", "the pictures"), force=force)


def load_image(path: Path, size: int, *, enlarge: bool = True):
    """A PNG, JPG or SVG file as a QImage ``size`` wide (SVG rendered on white), or None if it cannot be read.

    With ``enlarge=False`` a bitmap narrower than ``size`` keeps its own width.
    """
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if not path.is_file():
        return None
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return None
        d = renderer.defaultSize()
        h = max(1, round(size * d.height() / max(1, d.width())))
        img = QImage(size, h, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor("white"))
        p = QPainter(img)
        try:
            renderer.render(p, QRectF(0, 0, size, h))
        finally:
            p.end()
        return img
    img = QImage(str(path))
    if img.isNull():
        return None
    if not enlarge and img.width() <= size:
        return img
    return img.scaledToWidth(size, Qt.TransformationMode.SmoothTransformation)


def contact_sheet(pictures, *, palette: FigurePalette = LIGHT, columns: int = 6, cell: int = 260):
    """A grid of labelled thumbnails: week, exercise, step number and the step's words."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    label_h = 58
    pad = 8
    rows = (len(pictures) + columns - 1) // columns
    title_h = 0
    width = columns * cell
    height = rows * (cell + label_h) + title_h
    sheet = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor("#ffffff"))
    p = QPainter(sheet)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        bold = QFont()
        bold.setPixelSize(13)
        bold.setBold(True)
        small = QFont()
        small.setPixelSize(11)
        for i, (step, image) in enumerate(pictures):
            r, c = divmod(i, columns)
            x, y = c * cell, title_h + r * (cell + label_h)
            box = QRectF(x + pad, y + pad, cell - 2 * pad, cell - 2 * pad)
            p.fillRect(QRectF(x + 2, y + 2, cell - 4, cell + label_h - 4), QColor(palette.background))
            if image is not None and not image.isNull():
                s = min(box.width() / image.width(), box.height() / image.height())
                w, h = image.width() * s, image.height() * s
                target = QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h)
                p.drawImage(target, image, QRectF(image.rect()))
            else:
                p.setPen(QColor("#a33"))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, translate("commands", "no picture"))
            p.setPen(QPen(QColor("#d9d6cf"), 1))
            p.drawRect(QRectF(x + 2, y + 2, cell - 4, cell + label_h - 4))
            p.setPen(QColor("#1f2933"))
            p.setFont(bold)
            text_box = QRectF(x + pad, y + cell - 2, cell - 2 * pad, 18)
            label = p.fontMetrics().elidedText(step.label, Qt.TextElideMode.ElideRight, int(text_box.width()))
            p.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            p.setFont(small)
            p.setPen(QColor("#52606d"))
            words = shorten(step.text, 110)
            if step.figure:
                words = f"[{step.figure}] {words}"
            p.drawText(QRectF(x + pad, y + cell + 16, cell - 2 * pad, label_h - 20),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, words)
    finally:
        p.end()
    return sheet
