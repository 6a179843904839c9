"""A small API for PDF documents: headings, paragraphs, lists, tables and figures, with page numbers.

Built on reportlab's platypus (text flow, tables that split across pages with
their header row repeated, pagination). Used by the provider report and the
physiotherapist's handout; it knows nothing about either.

Example::

    doc = PdfDocument(title="Progress report", header="Alex Smith",
                      footer="Lumbar Coach · self-reported data, not a diagnosis")
    doc.heading("Summary")
    doc.paragraph("Sessions done: 40 of 56 (71 %).")
    doc.key_values([("Period", "1 Nov 2026 – 28 Nov 2026"), ("Program", "Upper lumbar, week 4 of 4")])
    doc.table(["Place", "First week", "Last week"], [["Back", "6.0", "3.5"]], widths=[3, 1, 1],
              align=["left", "right", "right"])
    doc.image(png_bytes, width_mm=170, caption="Figure 1: overall pain")
    doc.figures([(png1, "Step 1"), (png2, "Step 2")], columns=3)
    doc.landscape()            # the following content goes on landscape pages
    doc.save("report.pdf")     # returns the number of pages

Text is plain text (escaped) unless ``markup=True`` allows reportlab's
mini-HTML (``<b>``, ``<i>``, ``<br/>``, ``<font>``). Everything is black on
white or grey, readable when printed in black and white. The font is DejaVu
Sans when the system has it (every glyph the app writes: – × ≤ → ✓), else
reportlab's bundled Bitstream Vera. Every page has the header text at the top
and the footer text and "Page N of M" at the bottom.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coach.core.i18n import translate

__all__ = ["PdfDocument", "PdfError", "font_names"]

# Images as binary Flate streams, not ASCII85 text: without reportlab's optional C accelerator the
# ASCII85 encoder is pure Python and took half the time of a report with charts (and made it bigger).
rl_config.useA85 = 0

PAGE = A4
MARGIN = 18 * mm
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8a8a8a")
HEAD_FILL = colors.HexColor("#e2e2e2")
ZEBRA = colors.HexColor("#f3f3f3")

_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts",
              "/Library/Fonts", "C:/Windows/Fonts")
_fonts: tuple[str, str, str] | None = None


class PdfError(Exception):
    """The document could not be written; the message says what to fix."""


def font_names() -> tuple[str, str, str]:
    """(regular, bold, italic) font names registered with reportlab (DejaVu Sans, else Vera)."""
    global _fonts
    if _fonts is not None:
        return _fonts
    candidates = [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
                  ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf")]
    dirs = list(_FONT_DIRS)
    import reportlab

    dirs.append(os.path.join(os.path.dirname(reportlab.__file__), "fonts"))
    for files in candidates:
        for d in dirs:
            paths = [os.path.join(d, f) for f in files]
            if all(os.path.isfile(p) for p in paths):
                base = files[0].removesuffix(".ttf")
                names = (base, base + "-Bold", base + "-Italic")
                for name, path in zip(names, paths, strict=True):
                    pdfmetrics.registerFont(TTFont(name, path))
                pdfmetrics.registerFontFamily(base, normal=names[0], bold=names[1], italic=names[2],
                                              boldItalic=names[1])
                _fonts = names
                return names
    _fonts = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    return _fonts


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold, italic = font_names()
    base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, textColor=INK, alignment=TA_LEFT,
                          spaceAfter=5)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=19, leading=23, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14, textColor=MUTED,
                                   spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=14, leading=18, spaceBefore=12,
                             spaceAfter=5, keepWithNext=True),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11.5, leading=15, spaceBefore=8,
                             spaceAfter=3, keepWithNext=True),
        "body": base,
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "box": ParagraphStyle("box", parent=base, fontSize=9.5, leading=12.5, borderColor=RULE, borderWidth=0.8,
                              borderPadding=6, spaceBefore=6, spaceAfter=10, backColor=ZEBRA),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=bold, fontSize=8.5, leading=10.5,
                                    spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=base, fontName=italic, fontSize=8.5, leading=11,
                                  textColor=MUTED, spaceBefore=2, spaceAfter=8),
    }


@dataclass(frozen=True)
class _Page:
    header: str
    footer: str
    font: str


def _numbered_canvas(page: _Page):
    """A canvas that writes the header, the footer and "Page N of M" once the page count is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, h = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.setFillColor(MUTED)
            self.setFont(page.font, 8)
            if page.header:
                self.drawString(MARGIN, h - MARGIN * 0.6, page.header)
                self.line(MARGIN, h - MARGIN * 0.6 - 3, w - MARGIN, h - MARGIN * 0.6 - 3)
            self.line(MARGIN, MARGIN * 0.6 + 9, w - MARGIN, MARGIN * 0.6 + 9)
            if page.footer:
                self.drawString(MARGIN, MARGIN * 0.6, page.footer)
            self.drawRightString(w - MARGIN, MARGIN * 0.6, translate("report", "Page {pageNumber} of {total}").format(pageNumber=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


class PdfDocument:
    """Collects content, then writes a paginated A4 PDF with :meth:`save` or :meth:`to_bytes`."""

    def __init__(self, *, title: str, header: str = "", footer: str = "", author: str = "", subject: str = "",
                 lang: str = "en"):
        self.title = title
        self.header = header
        self.footer = footer
        self.author = author
        self.subject = subject
        self.lang = lang
        self.styles = _styles()
        self.story: list[Flowable] = []
        self._orientation = "portrait"

    # ----------------------------------------------------------- geometry
    @property
    def content_width(self) -> float:
        """Width of the text column, in points, for the current orientation."""
        w = landscape(PAGE)[0] if self._orientation == "landscape" else PAGE[0]
        return w - 2 * MARGIN

    # -------------------------------------------------------------- text
    def _para(self, text: str, style: str, markup: bool) -> Paragraph:
        return Paragraph(text if markup else escape(text).replace("\n", "<br/>"), self.styles[style])

    def title_block(self, title: str, subtitle: str = "") -> None:
        self.story.append(self._para(title, "title", False))
        if subtitle:
            self.story.append(self._para(subtitle, "subtitle", False))

    def heading(self, text: str, level: int = 1) -> None:
        self.story.append(self._para(text, "h1" if level <= 1 else "h2", False))

    def paragraph(self, text: str, *, style: str = "body", markup: bool = False) -> None:
        """``style``: body, note (small, grey), box (framed, for a notice)."""
        if style not in ("body", "note", "box", "caption"):
            raise ValueError(f"unknown paragraph style {style!r}; use body, note, box or caption")
        self.story.append(self._para(text, style, markup))

    def bullets(self, items: Iterable[str], *, markup: bool = False) -> None:
        paras = [ListItem(self._para(t, "body", markup), leftIndent=12, value="•") for t in items]
        if paras:
            self.story.append(ListFlowable(paras, bulletType="bullet", start="•", leftIndent=12,
                                           bulletFontName=font_names()[0], bulletFontSize=9))

    def spacer(self, height_mm: float = 4) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    # ------------------------------------------------------------ tables
    def key_values(self, pairs: Sequence[tuple[str, str]], *, key_width_mm: float = 40) -> None:
        """Label–value lines (no grid), e.g. the period, program and week at the top of a report."""
        rows = [[self._para(k, "cell_head", False), self._para(v, "cell", False)] for k, v in pairs]
        if not rows:
            return
        t = Table(rows, colWidths=[key_width_mm * mm, self.content_width - key_width_mm * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        self.story.append(t)
        self.spacer(2)

    def table(self, header: Sequence[str], rows: Iterable[Sequence[object]], *,
              widths: Sequence[float] | None = None, align: Sequence[str] | None = None,
              caption: str = "", empty: str = "None.", font_size: float | None = None,
              markup: bool = False, compact: bool = False) -> None:
        """A table with a header row repeated on every page it spans.

        ``widths`` are relative (they share the text column); ``align`` is
        left, right or center per column. Cells are text (wrapped); None
        prints as an en dash. With no rows, ``empty`` is written instead.
        ``compact`` halves the padding (for long tables).
        """
        rows = [list(r) for r in rows]
        n = len(header)
        if any(len(r) != n for r in rows):
            raise ValueError(f"every row needs {n} cells (the header has {n})")
        if not rows:
            self.paragraph(empty)
            return
        align = list(align or ["left"] * n)
        cell, head = self.styles["cell"], self.styles["cell_head"]
        if font_size:
            cell = ParagraphStyle("cell_sized", parent=cell, fontSize=font_size, leading=font_size * 1.25)
            head = ParagraphStyle("head_sized", parent=head, fontSize=font_size, leading=font_size * 1.25)

        def styled(base: ParagraphStyle, a: str) -> ParagraphStyle:
            return ParagraphStyle(f"{base.name}-{a}", parent=base, alignment={"left": 0, "center": 1, "right": 2}[a])

        col_styles = [(styled(cell, a), styled(head, a)) for a in align]

        def text(v: object) -> str:
            s = "–" if v is None else str(v)
            return s if markup else escape(s).replace("\n", "<br/>")

        rel = list(widths or [1] * n)
        total = float(sum(rel))
        col_w = [self.content_width * w / total for w in rel]
        # short plain cells are drawn as strings (no line breaking needed, and ten times faster
        # than a Paragraph); anything that may wrap, or has markup, is a Paragraph
        fits = [max(1, int((w - 6) / (cell.fontSize * 0.62))) for w in col_w]

        def cell_of(i: int, v: object):
            s = "–" if v is None else str(v)
            if not markup and "\n" not in s and len(s) <= fits[i]:
                return s
            return Paragraph(text(v), col_styles[i][0])

        # headers kept in English in a table of the core (marked for translation) read in the language in use
        data = [[Paragraph(text(translate("report", h)), col_styles[i][1]) for i, h in enumerate(header)]]
        data += [[cell_of(i, v) for i, v in enumerate(r)] for r in rows]
        t = Table(data, colWidths=col_w, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            *[("ALIGN", (i, 1), (i, -1), a.upper()) for i, a in enumerate(align)],
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 if compact else 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 if compact else 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for i in range(2, len(data), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        t.setStyle(TableStyle(style))
        self.story.append(t)
        if caption:
            self.story.append(self._para(caption, "caption", False))
        else:
            self.spacer(3)

    # ----------------------------------------------------------- figures
    def _image(self, image: bytes | str | Path, width: float, max_height: float | None = None) -> Image:
        try:
            src = io.BytesIO(image) if isinstance(image, bytes | bytearray) else str(image)
            iw, ih = ImageReader(src).getSize()
            if isinstance(src, io.BytesIO):
                src.seek(0)
        except Exception as exc:  # reportlab raises several kinds for unreadable images
            raise PdfError(translate("report", "An image cannot be read ({exc}); use a PNG or JPEG file.").format(exc=exc)) from exc
        height = width * ih / iw
        if max_height and height > max_height:
            width, height = max_height * iw / ih, max_height
        img = Image(src, width=width, height=height)
        img.hAlign = "LEFT"
        return img

    def image(self, image: bytes | str | Path, *, width_mm: float | None = None, caption: str = "",
              max_height_mm: float | None = None) -> None:
        """A PNG or JPEG (bytes or a path), ``width_mm`` wide (default: the text column), with a caption."""
        width = min(self.content_width, width_mm * mm if width_mm else self.content_width)
        max_h = (max_height_mm * mm) if max_height_mm else (PAGE[1] - 4 * MARGIN)
        parts: list[Flowable] = [self._image(image, width, max_h)]
        if caption:
            parts.append(self._para(caption, "caption", False))
        self.story.append(KeepTogether(parts))

    def figures(self, items: Sequence[tuple[bytes | str | Path, str]], *, columns: int = 3,
                max_height_mm: float | None = None) -> None:
        """Pictures in a grid, each with its caption under it (e.g. the steps of an exercise)."""
        if not items:
            return
        columns = max(1, columns)
        gap = 4 * mm
        cw = (self.content_width - gap * (columns - 1)) / columns
        max_h = max_height_mm * mm if max_height_mm else None
        cells = [[self._image(img, cw, max_h), self._para(cap, "caption", False)] for img, cap in items]
        rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        t = Table(rows, colWidths=[cw + (gap if i < columns - 1 else 0) for i in range(columns)], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), gap), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        self.story.append(t)

    # ------------------------------------------------------------- pages
    def page_break(self) -> None:
        self.story.append(PageBreak())

    def landscape(self) -> None:
        """Start a new page in landscape; what follows stays landscape until :meth:`portrait`."""
        self._switch("landscape")

    def portrait(self) -> None:
        self._switch("portrait")

    def _switch(self, orientation: str) -> None:
        if orientation == self._orientation:
            return
        self._orientation = orientation
        if self.story:
            self.story += [NextPageTemplate(orientation), PageBreak()]
        else:
            self._first = orientation

    # ------------------------------------------------------------ output
    def _build(self, target) -> int:
        regular = font_names()[0]
        first = getattr(self, "_first", "portrait")
        doc = BaseDocTemplate(target, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                              bottomMargin=MARGIN + 4, title=self.title, author=self.author, subject=self.subject,
                              creator=self.author or "reportlab", lang=self.lang, displayDocTitle=1)
        templates = []
        for name, size in (("portrait", PAGE), ("landscape", landscape(PAGE))):
            frame = Frame(MARGIN, MARGIN + 4, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - 4, id=name,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
        if first == "landscape":
            templates.reverse()
        doc.addPageTemplates(templates)
        story = list(self.story) or [Spacer(1, 1)]
        doc.build(story, canvasmaker=_numbered_canvas(_Page(self.header, self.footer, regular)))
        return doc.page

    def to_bytes(self) -> bytes:
        return self.render()[0]

    def render(self) -> tuple[bytes, int]:
        """The PDF's bytes and its number of pages."""
        buf = io.BytesIO()
        pages = self._build(buf)
        return buf.getvalue(), pages

    def flowable(self, item: Flowable, *, caption: str = "", keep: bool = True, heading: str = "") -> None:
        """Any reportlab flowable (a chart drawn in vector), with a caption (and a heading above it) kept on its
        page."""
        parts: list[Flowable] = [self._para(heading, "h1", False)] if heading else []
        parts.append(item)
        if caption:
            parts.append(self._para(caption, "caption", False))
        if keep:
            self.story.append(KeepTogether(parts))
        else:
            self.story.extend(parts)

    def save(self, path: str | Path, *, force: bool = False) -> int:
        """Write the PDF whole and private (``coach.export.outfile``; an existing file only with ``force``);
        returns the number of pages."""
        from coach.export.outfile import OutputError, write_bytes

        data, pages = self.render()
        try:
            write_bytes(path, data, force=force)
        except OutputError as exc:
            raise PdfError(str(exc)) from exc
        return pages
