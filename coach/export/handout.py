"""A printable handout of a program (all of it, or chosen weeks): what a physiotherapist hands a patient.

Laid out with ``coach.export.pdf`` (A4, headings, page numbers, black on
white). Page 1 is the overview: who it is for (name, the leg with symptoms),
a safety box, whom the program was written for, how to exercise, the
physiotherapist's contact lines and the weeks at a glance. Then each week
starts on a page of its own: its goals, the day's sessions, and each exercise
with its dose in words, how to pace and rest, which leg, every step beside its
picture (the static key pose drawn by ``coach.charts.figure_painter.render_image``
on white, or the step's own image, at least 6 cm wide), its cautions and a
note from the physiotherapist (written in, or lines to write on). Each week
ends with a log: a box to tick each time an exercise is done, day by day,
and a line for the day's pain. Everything said is text, so it reads the same
printed in black and white.

Needs a ``QGuiApplication`` for the pictures; :func:`ensure_gui_app` makes
one (offscreen when there is no display), as ``coach handout`` does.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

from coach import APP_NAME
from coach.core import safety
from coach.core.clock import SystemClock
from coach.core.figure import LIGHT
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.plan import day_plan
from coach.core.program import Exercise, Phase, Program, Week
from coach.core.program_i18n import localized
from coach.core.program_paths import safe_image
from coach.core.textfmt import day_month_year, number
from coach.export.pdf import INK, RULE, PdfDocument, PdfError

PRINT_PALETTE = replace(LIGHT, name="print", background="#ffffff")
PICTURE_MM = 62.0  # width of each step picture on the page: large enough to follow (at least 6 cm)
PICTURE_PX = 760  # ~310 dpi at PICTURE_MM
PICTURE_ASPECT = 0.52  # height / width of a picture of someone lying down; standing figures get taller ones
MAX_ASPECT = 0.95  # … up to this, so that a standing person is drawn large enough to follow
DAYS = 7
WEEK_ROOM_MM = 170  # a week starts on a new page unless at least this much of the current one is free

SAFETY = (
    QT_TRANSLATE_NOOP("handout", "Stop the exercise at once if you feel sharp pain, if your leg feels weak or gives way, or if pain spreads further down the leg, and tell your physiotherapist or doctor. This handout guides your home exercises; it does not diagnose.")
)
SEEK_CARE = (safety.SECTION_5_INTRO, tuple(c.source("text") for c in safety.SECTION_5))
"""The monograph's Section 5 list, from its one source (``coach.core.safety.SECTION_5``)."""
GLIDE_NOTE = (QT_TRANSLATE_NOOP("handout", "Nerve glide: mild tingling is acceptable while you do it and should settle soon after. Keep it smooth and rhythmic; never force it."))
SIDES_TEXT = {
    "each": QT_TRANSLATE_NOOP("handout", "Each side: all reps on one side, then the other, starting with your affected side."),
    "one": QT_TRANSLATE_NOOP("handout", "Your affected side only (both sides if both legs are affected)."),
}
SIDES_KNOWN = {  # when the handout knows the leg with symptoms
    "each": {"left": QT_TRANSLATE_NOOP("handout", "Each side: all reps with the left leg first, then the right."),
             "right": QT_TRANSLATE_NOOP("handout", "Each side: all reps with the right leg first, then the left."),
             "both": QT_TRANSLATE_NOOP("handout", "Each side: all reps on one side, then the other.")},
    "one": {"left": QT_TRANSLATE_NOOP("handout", "The left leg only."), "right": QT_TRANSLATE_NOOP("handout", "The right leg only."), "both": QT_TRANSLATE_NOOP("handout", "Both legs, one after the other.")},
}
SIDE_FACT = {
    "left": QT_TRANSLATE_NOOP("handout", "Left leg: exercises for one side are for the left leg, and those for each side start with it."),
    "right": QT_TRANSLATE_NOOP("handout", "Right leg: exercises for one side are for the right leg, and those for each side start with it."),
    "both": QT_TRANSLATE_NOOP("handout", "Both legs: exercises for one side are done with each leg."),
}
SIDES = tuple(SIDE_FACT)


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


def figure_aspect(name: str) -> float:
    """The height / width a figure's picture needs (its own shape, between lying down and standing)."""
    from coach.core.figure import figure_sequence

    box = figure_sequence(name).bbox
    return min(MAX_ASPECT, max(PICTURE_ASPECT, box.height / box.width))


def figure_png(name: str, width: int = PICTURE_PX, aspect: float = PICTURE_ASPECT) -> bytes:
    """The static picture of a figure (its key pose with arrows) as PNG bytes, on white."""
    from coach.charts.figure_painter import render_image
    from coach.core.figure import figure_sequence

    frame = figure_sequence(name).key_frame()
    return _png(render_image(frame, width, round(width * aspect), palette=PRINT_PALETTE))


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
            hold = translate("handout", ", hold {hold} s").format(hold=number(t.hold)) if t.hold else ""
            parts.append(translate("handout", "Slow and even: about {move} s to move{hold}, {back} s to come back").format(move=number(t.move), hold=hold, back=number(t.back)))
        else:
            parts.append(translate("handout", "At your own pace"))
    if d.rest_between_reps_seconds:
        what = "hold" if ex.kind == "hold" else "rep"
        parts.append(translate("handout", "rest {rest_between_reps_seconds} s after each {what}").format(rest_between_reps_seconds=number(d.rest_between_reps_seconds), what=what))
    if d.rest_between_sets_seconds and d.sets and d.sets.high > 1:
        parts.append(translate("handout", "rest {rest_between_sets_seconds} s between sets").format(rest_between_sets_seconds=number(d.rest_between_sets_seconds)))
    if d.duration_minutes and d.duration_minutes.is_range:
        parts.append(translate("handout", "start with {low} min and build up as it feels comfortable").format(low=number(d.duration_minutes.low)))
    elif any(r is not None and r.is_range for r in (d.reps, d.sets, d.hold_seconds)):
        parts.append(translate("handout", "start at the low number and build up only when the exercise feels easy"))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "." if text else ""


def sides_text(ex: Exercise, side: str = "") -> str:
    """Which leg, in words: the known leg when ``side`` is given (left, right, both), else "your affected side"."""
    if ex.sides not in SIDES_TEXT:
        return ""
    return translate("handout", SIDES_KNOWN[ex.sides].get(side, SIDES_TEXT[ex.sides]))


def parse_weeks(text: str, program: Program) -> list[int]:
    """Week numbers from ``1-4``, ``2``, ``1,3`` or ``1-2,4`` (``HandoutError`` when they do not fit)."""
    numbers: list[int] = []
    for part in text.replace(" ", "").split(","):
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not m:
            raise HandoutError(translate("handout", "{value!r} is not a list of weeks (write them like 1-4, 2 or 1,3)").format(value=text))
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if lo > hi:
            raise HandoutError(translate("handout", "{part!r} runs backwards (write the first week first, e.g. {hi}-{lo})").format(part=part, hi=hi, lo=lo))
        numbers += [n for n in range(lo, hi + 1) if n not in numbers]
    _check_weeks(program, numbers)
    return numbers


def _check_weeks(program: Program, numbers: Sequence[int]) -> None:
    have = [w.number for w in program.weeks]
    missing = [n for n in numbers if n not in have]
    if missing:
        which = ", ".join(str(n) for n in missing)
        raise HandoutError(translate("handout", "{program} has no week {which} (its weeks: {have}).").format(program=program.title, which=which, have=', '.join(str(n) for n in have)))


def _weeks_label(numbers: Sequence[int], program: Program) -> str:
    if len(numbers) == 1:
        return translate("handout", "week {numbers}").format(numbers=numbers[0])
    if list(numbers) == [w.number for w in program.weeks]:
        return translate("handout", "weeks {numbers} to {numbers2}").format(numbers=numbers[0], numbers2=numbers[-1])
    if list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return translate("handout", "weeks {numbers} to {numbers2}").format(numbers=numbers[0], numbers2=numbers[-1])
    return translate("handout", "weeks ") + ", ".join(str(n) for n in numbers[:-1]) + translate("handout", " and {numbers}").format(numbers=numbers[-1])


def _session_lines(program: Program, week: Week) -> list[str]:
    lines = []
    for slot in day_plan(program, week.number, "unsure"):
        names = ", ".join(pe.name for pe in slot.exercises) or translate("handout", "nothing planned")
        lines.append(f"{slot.name}: {names}")
    return lines


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


class TickBoxes(Flowable):
    """``n`` empty boxes in a row, to tick by hand (drawn, so they print in any font)."""

    def __init__(self, n: int, size: float = 3.6 * mm, gap: float = 1.6 * mm):
        super().__init__()
        self.n, self.size, self.gap = max(1, n), size, gap
        self.width = self.n * size + (self.n - 1) * gap
        self.height = size

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        for i in range(self.n):
            c.rect(i * (self.size + self.gap), 0, self.size, self.size, stroke=1, fill=0)


def _times(ex: Exercise) -> int:
    """How many boxes a day: the top of "2–3× daily"; once for an exercise without a daily count (one done
    a few times a week gets a box a day: tick the days it is done)."""
    tpd = ex.dose.times_per_day
    return int(tpd.high) if tpd else 1


class _Handout:
    """Builds the document; one instance per handout."""

    def __init__(self, program: Program, numbers: list[int], *, patient: str, side: str, contact: str,
                 notes: Mapping[str, str], generated: dt.date) -> None:
        self.program = program
        self.weeks = [program.week(n) for n in numbers]
        # the stages after the weeks (maintenance) come with the whole program
        self.phases = program.phases if len(numbers) == len(program.weeks) else ()
        self.patient = patient
        self.side = side
        self.contact = contact.strip()
        self.notes = {k: v.strip() for k, v in notes.items() if v and v.strip()}
        label = _weeks_label(numbers, program)
        who = translate("handout", " · for {patient}").format(patient=patient) if patient else ""
        self.doc = PdfDocument(
            title=f"{program.title}: {label}", author=APP_NAME, subject=translate("handout", "Home exercise handout"),
            header=f"{program.title} · {label}{who}",
            footer=translate("handout", "{APP_NAME} · home exercise handout · printed {generated}").format(APP_NAME=APP_NAME, generated=day_month_year(generated)),
        )
        self.label = label
        self.pictures: dict[str, bytes] = {}  # by figure and shape: a figure used twice is drawn once
        self.printed: dict[str, tuple[int, int, Exercise]] = {}  # exercise id: (week, number in it, as printed)
        self.base = program.path.parent if program.path else None

    # ------------------------------------------------------------ page 1
    def overview(self) -> None:
        doc, p = self.doc, self.program
        whole = len(self.weeks) == len(p.weeks)
        title = (translate("handout", "Your home exercise program") if whole
                 else translate("handout", "Week {weeks}: {weeks2}").format(weeks=self.weeks[0].number, weeks2=self.weeks[0].title) if len(self.weeks) == 1
                 else translate("handout", "Your home exercises: {label}").format(label=self.label))
        doc.title_block(f"{title}{', ' + self.patient if self.patient else ''}", p.title)
        facts = []
        if self.patient:
            facts.append((translate("handout", "For"), self.patient))
        if self.side in SIDE_FACT:
            facts.append((translate("handout", "Leg with symptoms"), translate("handout", SIDE_FACT[self.side])))
        if not whole:
            facts.append((translate("handout", "Weeks"), self.label[0].upper() + self.label[1:]))
        facts.append((translate("handout", "Sessions"), translate("handout", "{sessions_per_day} a day: ").format(sessions_per_day=p.sessions_per_day) + ", ".join(p.session_names[: p.sessions_per_day])))
        doc.key_values(facts, key_width_mm=38)
        care = "".join(f"<br/>• {_escape(t)}" for t in (c.text for c in safety.section_5()))
        doc.paragraph(translate("handout", "<b>Safety first.</b> {SAFETY}<br/>{SEEK_CARE}{care}").format(SAFETY=_escape(translate("handout", SAFETY)), SEEK_CARE=_escape(safety.section_5_intro()), care=care), style="box",
                      markup=True)
        if p.intended_for:
            doc.heading(translate("handout", "Who this program is for"), level=2)
            doc.paragraph(p.intended_for)
        if p.guidelines:
            doc.heading(translate("handout", "How to exercise"), level=2)
            doc.bullets(p.guidelines)
        self.contact_block()
        rows = []
        for w in self.weeks:
            for i, e in enumerate(w.exercises):
                rows.append([translate("handout", "Week {w}: {w2}").format(w=w.number, w2=w.title) if i == 0 else "", e.name,
                             e.dose_text(self.side) or "—"])
        for ph in self.phases:
            for i, e in enumerate(ph.exercises):
                rows.append([translate("handout", "After the weeks: {ph}").format(ph=ph.title) if i == 0 else "", e.name,
                             e.dose_text(self.side) or "—"])
        # no heading kept with the table: the table may go on over the page rather than leave page 1 half empty
        doc.paragraph(translate("handout", "<b>The weeks at a glance</b>"), markup=True)
        doc.table([translate("handout", "Week"), translate("handout", "Exercise"), translate("handout", "Dose")], rows, widths=[2.2, 2.2, 3], font_size=8, compact=True)

    def contact_block(self) -> None:
        doc = self.doc
        doc.heading(translate("handout", "Your physiotherapist"), level=2)
        if self.contact:
            lines = [ln.strip() for ln in re.split(r"\n|;", self.contact) if ln.strip()]
            doc.paragraph("<br/>".join(_escape(ln) for ln in lines) + translate("handout", "<br/>Call or write if anything here is unclear, or if your symptoms change."), markup=True)
        else:
            doc.story.append(_write_in([translate("handout", "Name"), translate("handout", "Phone or e-mail")], doc.content_width))
            doc.spacer(2)

    # ------------------------------------------------------------- weeks
    def week(self, w: Week) -> None:
        doc = self.doc
        # a week starts on a new page, unless most of this one is still free (page 1's table ran over)
        doc.story.append(CondPageBreak(WEEK_ROOM_MM * mm))
        doc.title_block(translate("handout", "Week {w}: {w2}").format(w=w.number, w2=w.title), self.program.title)
        if w.goals:
            doc.paragraph(translate("handout", "<b>Goals:</b> ") + _escape(" ".join(w.goals)), markup=True)
        doc.heading(translate("handout", "Your day"), level=2)
        doc.bullets(_session_lines(self.program, w))
        for n, ex in enumerate(w.exercises, start=1):
            self.exercise(n, ex)
            self.printed.setdefault(ex.id, (w.number, n, ex))
        self.log(w)

    def exercise(self, n: int, ex: Exercise) -> None:
        doc = self.doc
        first = len(doc.story)
        doc.heading(f"{n}. {ex.name}")
        if ex.summary:
            doc.paragraph(ex.summary)
        rows = [(translate("handout", "Dose"), ex.dose_text(self.side) or "—")]
        pace = pacing_text(ex)
        if pace:
            rows.append((translate("handout", "Pace and rest"), pace))
        sides = sides_text(ex, self.side)
        if sides:
            rows.append((translate("handout", "Which leg"), sides))
        doc.key_values(rows, key_width_mm=30)
        if ex.nerve_glide:
            doc.paragraph(translate("handout", GLIDE_NOTE), style="note")
        steps = self.step_rows(ex)
        # the name, the dose and the first step stay together; each step stays beside its picture; the
        # cautions stay with the note line
        head = doc.story[first:] + steps[:1]
        doc.story[first:] = [KeepTogether(head), *steps[1:]]
        tail = len(doc.story)
        if ex.cautions:
            lines = "<br/>".join(f"• {_escape(c)}" for c in ex.cautions)
            doc.paragraph(translate("handout", "<b>Take care</b><br/>{lines}").format(lines=lines), style="box", markup=True)
        note = self.notes.get(ex.id)
        if note:
            doc.paragraph(translate("handout", "<b>Note from your physiotherapist:</b> {note}").format(note=_escape(note)), markup=True)
        else:
            doc.story.append(_write_in([translate("handout", "Note from your physiotherapist")], doc.content_width))
        doc.spacer(4)
        doc.story[tail:] = [KeepTogether(doc.story[tail:])]

    def step_rows(self, ex: Exercise) -> list[Table]:
        """Each step as a row: its picture (at least 6 cm wide) and, beside it, what to do."""
        doc = self.doc
        pic_w = PICTURE_MM * mm
        text_w = doc.content_width - pic_w - 4 * mm
        out = []
        # the steps of one exercise share one picture shape: the tallest any of them needs
        aspect = max([figure_aspect(st.figure) for st in ex.steps if st.figure and not st.image] or
                     [PICTURE_ASPECT])
        for i, step in enumerate(ex.steps, start=1):
            png = self.picture(step.figure, step.image, aspect)
            pic = doc._image(png, pic_w) if png is not None else ""
            text = Paragraph(translate("handout", "<b>Step {i}.</b> {step}").format(i=i, step=_escape(step.text)), doc.styles["body"])
            t = Table([[pic, text]], colWidths=[pic_w + 4 * mm, text_w], hAlign="LEFT")
            t.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE) if i < len(ex.steps) else ("NOSPLIT", (0, 0), (-1, -1)),
            ]))
            out.append(t)
        return out

    def picture(self, figure: str | None, image: str | None, aspect: float = PICTURE_ASPECT) -> bytes | None:
        png = None
        path = safe_image(self.base, image)  # the one path rule for program images
        if path is not None:
            png = image_png(path)
        if png is None and figure:
            key = f"{figure}@{aspect:.3f}"
            if key not in self.pictures:
                self.pictures[key] = figure_png(figure, aspect=aspect)
            png = self.pictures[key]
        return png

    def log(self, w: Week, title: str = "") -> None:
        """A table to tick: one row per exercise (a box for each time a day), one column per day; a pain line."""
        doc = self.doc
        styles = doc.styles
        head = [Paragraph(translate("handout", "<b>Tick each time you do it</b>"), styles["cell"])]
        head += [Paragraph(translate("handout", "<b>Day {d}</b>").format(d=d), styles["cell"]) for d in range(1, DAYS + 1)]
        rows: list[list] = [head]
        for ex in w.exercises:
            times = _times(ex)
            label = f"{ex.name}<br/><font size=7>{_escape(ex.dose_text(self.side))}</font>"
            rows.append([Paragraph(label, styles["cell"])] + [TickBoxes(times) for _ in range(DAYS)])
        rows.append([Paragraph(translate("handout", "Pain at the end of the day (0–10)"), styles["cell"])] + [""] * DAYS)
        name_w = 52 * mm
        day_w = (doc.content_width - name_w) / DAYS
        t = Table(rows, colWidths=[name_w] + [day_w] * DAYS, repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("ROWBACKGROUNDS", (0, 0), (-1, 0), ["#e2e2e2"]),
        ]))
        doc.story.append(KeepTogether([
            Paragraph(title or translate("handout", "Week {w} log").format(w=w.number), styles["h2"]),
            Paragraph(translate("handout", "Days 1 to 7 of the week: tick a box each time you do an exercise, and write your pain at the end of the day (0 = none, 10 = the worst you can imagine). Bring it to your next appointment."), styles["note"]),
            t,
        ]))

    def phase(self, ph: Phase) -> None:
        """A stage after the weeks (maintenance): what changes, its goals, each exercise as in a week, a log."""
        doc = self.doc
        doc.story.append(CondPageBreak(WEEK_ROOM_MM * mm))
        doc.title_block(translate("handout", "After the weeks: {ph}").format(ph=ph.title), self.program.title)
        if ph.about:
            doc.paragraph(ph.about)
        if ph.goals:
            doc.paragraph(translate("handout", "<b>Goals:</b> ") + _escape(" ".join(ph.goals)), markup=True)
        for n, ex in enumerate(ph.exercises, start=1):
            seen = self.printed.get(ex.id)
            if seen is not None and (seen[2].steps, seen[2].cautions) == (ex.steps, ex.cautions):
                self.same_as(n, ex, *seen[:2])  # shown already: its dose now, and where its steps are
            else:
                self.exercise(n, ex)
        self.log(Week(0, ph.title, ph.goals, ph.exercises), title=translate("handout", "{phase} log (a week)").format(phase=ph.title))

    def same_as(self, n: int, ex: Exercise, week: int, number: int) -> None:
        """An exercise printed in full in an earlier week: its dose here, and where its steps and pictures are."""
        doc = self.doc
        first = len(doc.story)
        doc.heading(f"{n}. {ex.name}")
        rows = [(translate("handout", "Dose"), ex.dose_text(self.side) or "—")]
        pace = pacing_text(ex)
        if pace:
            rows.append((translate("handout", "Pace and rest"), pace))
        sides = sides_text(ex, self.side)
        if sides:
            rows.append((translate("handout", "Which leg"), sides))
        rows.append((translate("handout", "How"), translate("handout", "The steps, pictures and cautions are those of week {week}, exercise {value}.").format(week=week, value=number)))
        doc.key_values(rows, key_width_mm=30)
        doc.story[first:] = [KeepTogether(doc.story[first:])]

    def build(self) -> PdfDocument:
        self.overview()
        for w in self.weeks:
            self.week(w)
        for ph in self.phases:
            self.phase(ph)
        return self.doc


def _write_in(labels: Sequence[str], width: float, extra_lines: int = 0) -> Table:
    """Lines to write on by hand, each with its label."""
    rows = [[label + ":", ""] for label in labels] + [["", ""] for _ in range(extra_lines)]
    label_w = max(38 * mm, max(len(lab) for lab in labels) * 2.1 * mm)
    t = Table(rows, colWidths=[label_w, width - label_w], rowHeights=[8 * mm] * len(rows), hAlign="LEFT")
    t.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, -1), 0.6, RULE), ("LINEBELOW", (0, len(labels)), (0, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("FONT", (0, 0), (-1, -1), _font(), 9), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]))
    return t


def _font() -> str:
    from coach.export.pdf import font_names

    return font_names()[1]


def _weeks_of(program: Program, weeks: int | Sequence[int] | None) -> list[int]:
    if weeks is None:
        numbers = [w.number for w in program.weeks]
    elif isinstance(weeks, int):
        numbers = [weeks]
    else:
        numbers = list(dict.fromkeys(int(n) for n in weeks))
    if not numbers:
        raise HandoutError(translate("handout", "{program} has no weeks to print.").format(program=program.title))
    _check_weeks(program, numbers)
    return sorted(numbers)


def build_handout(program: Program, weeks: int | Sequence[int] | None = None, *, patient: str = "",
                  side: str = "", contact: str = "", notes: Mapping[str, str] | None = None,
                  generated: dt.date | None = None) -> PdfDocument:
    """The handout as a ``PdfDocument``: every week (``weeks=None``), one week or a list of weeks.

    ``patient``: a name to print; ``side``: the leg with symptoms (left, right or both; anything else is
    left unsaid); ``contact``: the physiotherapist's contact lines (one per line or ``;``); ``notes``: a
    note per exercise id. ``HandoutError`` when a week is not in the program.
    """
    numbers = _weeks_of(program, weeks)
    program = localized(program)  # its words in the language in use (the file's own translations)
    return _Handout(program, numbers, patient=patient.strip(), side=side if side in SIDES else "",
                    contact=contact, notes=notes or {}, generated=generated or SystemClock().today()).build()


def write_handout(program: Program, weeks: int | Sequence[int] | None, path: str | Path, *, patient: str = "",
                  side: str = "", contact: str = "", notes: Mapping[str, str] | None = None,
                  generated: dt.date | None = None, force: bool = False) -> int:
    """Write the handout PDF (whole, 0600, not over an existing file unless ``force``); returns the number of
    pages. ``HandoutError`` says what went wrong."""
    from coach.export.outfile import OutputError, check_file

    try:
        path = check_file(path, (".pdf",), translate("handout", "the handout"), force=force)
    except OutputError as exc:
        raise HandoutError(str(exc)) from exc
    ensure_gui_app()
    doc = build_handout(program, weeks, patient=patient, side=side, contact=contact, notes=notes,
                        generated=generated)
    try:
        return doc.save(path, force=force)
    except PdfError as exc:
        raise HandoutError(str(exc)) from exc


__all__ = ["GLIDE_NOTE", "PICTURE_MM", "SAFETY", "SIDES", "HandoutError", "TickBoxes", "build_handout",
           "ensure_gui_app", "figure_png", "image_png", "pacing_text", "parse_weeks", "sides_text",
           "write_handout"]
