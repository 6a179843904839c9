"""A printable handout of one program week: every exercise with its pictures, dose, steps and cautions.

Laid out with ``coach.export.pdf`` (A4, headings, page numbers, black on
white): a safety box first, the week's goals and the program's guidelines,
the day's sessions, then one section per exercise with its dose in words,
how to pace and rest, numbered steps, the static key pose of each step (drawn
by ``coach.charts.figure_painter.render_image`` on white, or the step's own image)
and its cautions. Everything said is text, so it reads the same printed in
black and white.

Needs a ``QGuiApplication`` for the pictures; :func:`ensure_gui_app` makes
one (offscreen when there is no display), as ``coach handout`` does.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import replace
from pathlib import Path

from reportlab.platypus import KeepTogether

from coach import APP_NAME
from coach.core.clock import SystemClock
from coach.core.figure import LIGHT
from coach.core.plan import day_plan
from coach.core.program import Exercise, Program, Week
from coach.core.program_paths import safe_image
from coach.core.textfmt import day_month_year, number
from coach.export.pdf import PdfDocument, PdfError

PRINT_PALETTE = replace(LIGHT, name="print", background="#ffffff")
PICTURE_PX = 640  # width of each step picture: ~290 dpi at the 56 mm a picture takes on the page
PICTURE_ASPECT = 0.62  # height / width: every step picture the same shape, so the captions line up

SAFETY = (
    "Stop the exercise at once if you feel sharp pain, or if your leg feels weak or gives way, and tell your "
    "physiotherapist or doctor. Stop and ask your clinician, too, if leg symptoms spread further down the leg "
    "during or after an exercise. Seek care straight away if you notice new problems controlling your "
    "bladder or bowels, or numbness between your legs. This handout guides your home exercises; it does "
    "not diagnose."
)
GLIDE_NOTE = ("Nerve glide: mild tingling is acceptable while you do it and should settle soon after. "
              "Keep it smooth and rhythmic; never force it.")
SIDES_TEXT = {
    "each": "Each side: all reps on one side, then the other, starting with your affected side.",
    "one": "Your affected side only (both sides if both legs are affected).",
}


class HandoutError(Exception):
    """The handout could not be made; the message says why."""


def ensure_gui_app():
    """The running Qt application, or a new ``QGuiApplication`` (offscreen without a display)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "coach"])


def _png(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def figure_png(name: str, width: int = PICTURE_PX) -> bytes:
    """The static picture of a figure (its key pose with arrows) as PNG bytes, on white."""
    from coach.charts.figure_painter import render_image
    from coach.core.figure import figure_sequence

    frame = figure_sequence(name).key_frame()
    return _png(render_image(frame, width, round(width * PICTURE_ASPECT), palette=PRINT_PALETTE))


def image_png(path: Path, width: int = PICTURE_PX) -> bytes | None:
    """A step's own image file (PNG, JPG or SVG) as PNG bytes, or None when it cannot be read."""
    from coach.export.illustrate import load_image

    img = load_image(path, width, enlarge=False)
    return None if img is None else _png(img)


def pacing_text(ex: Exercise) -> str:
    """How to pace and rest, in words (empty when there is nothing to say)."""
    d = ex.dose
    parts = []
    if ex.kind == "reps":
        if d.pacing == "tempo" and d.tempo is not None:
            t = d.tempo
            hold = f", hold {number(t.hold)} s" if t.hold else ""
            parts.append(f"Slow and even: about {number(t.move)} s to move{hold}, {number(t.back)} s to come back")
        else:
            parts.append("At your own pace")
    if d.rest_between_reps_seconds:
        what = "hold" if ex.kind == "hold" else "rep"
        parts.append(f"rest {number(d.rest_between_reps_seconds)} s after each {what}")
    if d.rest_between_sets_seconds and d.sets and d.sets.high > 1:
        parts.append(f"rest {number(d.rest_between_sets_seconds)} s between sets")
    if d.duration_minutes and d.duration_minutes.is_range:
        parts.append(f"start with {number(d.duration_minutes.low)} min and build up as it feels comfortable")
    elif any(r is not None and r.is_range for r in (d.reps, d.sets, d.hold_seconds)):
        parts.append("start at the low number and build up only when the exercise feels easy")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "." if text else ""


def _session_lines(program: Program, week: Week) -> list[str]:
    lines = []
    for slot in day_plan(program, week.number, "unsure"):
        names = ", ".join(pe.name for pe in slot.exercises) or "nothing planned"
        lines.append(f"{slot.name}: {names}")
    return lines


def build_handout(program: Program, week_number: int, *, patient: str = "",
                  generated: dt.date | None = None) -> PdfDocument:
    """The handout of week ``week_number`` as a ``PdfDocument`` (``HandoutError`` if there is no such week)."""
    try:
        week = program.week(week_number)
    except KeyError:
        numbers = ", ".join(str(w.number) for w in program.weeks)
        raise HandoutError(f"{program.title} has no week {week_number} (its weeks: {numbers}).") from None
    generated = generated or SystemClock().today()
    who = f" · for {patient}" if patient else ""
    doc = PdfDocument(
        title=f"{program.title}: week {week.number}", author=APP_NAME, subject="Home exercise handout",
        header=f"{program.title} · week {week.number}{who}",
        footer=f"{APP_NAME} · home exercise handout · printed {day_month_year(generated)}",
    )
    doc.title_block(f"Week {week.number}: {week.title}", program.title)
    facts = []
    if patient:
        facts.append(("For", patient))
    facts.append(("Sessions", f"{program.sessions_per_day} a day: "
                              + ", ".join(program.session_names[: program.sessions_per_day])))
    facts.append(("Exercises", str(len(week.exercises))))
    doc.key_values(facts, key_width_mm=30)
    doc.paragraph(f"<b>Safety first.</b> {SAFETY}", style="box", markup=True)
    if week.goals:
        doc.heading("This week's goals", level=2)
        doc.bullets(week.goals)
    if program.guidelines:
        doc.heading("How to exercise", level=2)
        doc.bullets(program.guidelines)
    doc.heading("Your day", level=2)
    doc.bullets(_session_lines(program, week))
    doc.table(["Exercise", "Dose"], [[e.name, e.dose_text() or "—"] for e in week.exercises], widths=[2, 3])

    base = program.path.parent if program.path else None
    pictures: dict[str, bytes] = {}
    for n, ex in enumerate(week.exercises, start=1):
        first = len(doc.story)
        doc.heading(f"{n}. {ex.name}")
        if ex.summary:
            doc.paragraph(ex.summary)
        rows = [("Dose", ex.dose_text() or "—")]
        pace = pacing_text(ex)
        if pace:
            rows.append(("Pace and rest", pace))
        if ex.sides in SIDES_TEXT:
            rows.append(("Sides", SIDES_TEXT[ex.sides]))
        doc.key_values(rows, key_width_mm=30)
        if ex.nerve_glide:
            doc.paragraph(GLIDE_NOTE, style="note")
        if ex.steps:
            doc.heading("Steps", level=2)
            for i, step in enumerate(ex.steps, start=1):
                doc.paragraph(f"{i}. {step.text}")
        figs: list[tuple[bytes, str]] = []
        for i, step in enumerate(ex.steps, start=1):
            png = None
            image = safe_image(base, step.image)  # the one path rule for program images
            if image is not None:
                png = image_png(image)
            if png is None and step.figure:
                if step.figure not in pictures:
                    pictures[step.figure] = figure_png(step.figure)
                png = pictures[step.figure]
            if png is not None:
                figs.append((png, f"Step {i}"))
        if figs:
            doc.figures(figs, columns=3, max_height_mm=48)
        if ex.cautions:
            lines = "<br/>".join(f"• {_escape(c)}" for c in ex.cautions)
            doc.paragraph(f"<b>Take care</b><br/>{lines}", style="box", markup=True)
        # one exercise stays on one page when it fits: steps never part from their pictures
        doc.story[first:] = [KeepTogether(doc.story[first:])]
    return doc


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def write_handout(program: Program, week_number: int, path: str | Path, *, patient: str = "",
                  generated: dt.date | None = None, force: bool = False) -> int:
    """Write the handout PDF (whole, 0600, not over an existing file unless ``force``); returns the number of
    pages. ``HandoutError`` says what went wrong."""
    from coach.export.outfile import OutputError, check_file

    try:
        path = check_file(path, (".pdf",), "the handout", force=force)
    except OutputError as exc:
        raise HandoutError(str(exc)) from exc
    ensure_gui_app()
    doc = build_handout(program, week_number, patient=patient, generated=generated)
    try:
        return doc.save(path, force=force)
    except PdfError as exc:
        raise HandoutError(str(exc)) from exc
