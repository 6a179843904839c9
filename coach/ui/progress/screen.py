"""Progress: pain over time, sessions done against planned, how far the pain reaches, and PSFS scores.

The charts are ``coach.charts.plot.ProgressCharts`` (the layout the chart files
and the report carry). This screen adds the period (range buttons: the last 14
or 28 days, the whole program, everything, or dates of one's own; Ctrl+wheel
over the charts zooms the dates), a summary in words, a read-out of the values
under the pointer, and the exports: the charts (PNG, SVG, PDF), the report for
a clinician (PDF) and the data (CSV in a .zip or a folder, JSON), all for the
period shown. Exports run on one worker thread (``worker.ExportRunner``) with a
progress bar; the use cases are ``coach.app.exports``. The screen follows the
app's theme and text size.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.app import exports
from coach.charts.describe import summary_text
from coach.charts.model import EMPTY_DIARY, screen_palette
from coach.charts.plot import ProgressCharts
from coach.core.analytics import RANGES, Period, ProgressData, ProgressHistory, period_text
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.ui.progress.worker import ExportRunner
from coach.ui.widgets.kit import confirm, reactivate, tell
from coach.ui.widgets.layout import FlowLayout
from coach.ui.widgets.style import current_colors, current_scale

CUSTOM = "custom"
PREPARE_AFTER_MS = 100  # the other ranges are worked out this long after the screen opens, in idle steps
MIN_ZOOM_DAYS = 7
CHART_FILTERS = {"png": QT_TRANSLATE_NOOP("progress", "PNG image (*.png)"), "svg": QT_TRANSLATE_NOOP("progress", "SVG drawing (*.svg)"), "pdf": QT_TRANSLATE_NOOP("progress", "PDF document (*.pdf)")}
DATA_FILTERS = {"csv-zip": QT_TRANSLATE_NOOP("progress", "CSV files in a zip (*.zip)"), "csv": QT_TRANSLATE_NOOP("progress", "A new folder of CSV files (*)"),
                "json": QT_TRANSLATE_NOOP("progress", "JSON document (*.json)"), "fhir": QT_TRANSLATE_NOOP("progress", "FHIR bundle (*.json)")}
BUSY_TEXT = {"charts": QT_TRANSLATE_NOOP("progress", "Saving the charts…"), "report": QT_TRANSLATE_NOOP("progress", "Writing the report…"), "data": QT_TRANSLATE_NOOP("progress", "Exporting the data…")}


class ProgressScreen(QWidget):
    """The Progress screen: period, summary in words, charts, and exports."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.history: ProgressHistory | None = None
        self.data: ProgressData | None = None
        self.range_key = "28d"
        self.custom: Period | None = None
        self._cache: dict[Period, ProgressData] = {}
        self._folder = ""
        self.runner = ExportRunner(self)
        self.runner.finished.connect(self._export_done)
        self.runner.failed.connect(self._export_failed)
        self.last_result: exports.ExportResult | None = None
        self._prepare = QTimer(self)  # the screen's own timer: it goes with the screen
        self._prepare.setSingleShot(True)
        self._prepare.timeout.connect(self._prepare_next)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        # title, ranges and exports: one line, wrapping onto the next lines at large text
        head_box = QWidget()
        head = FlowLayout(head_box, spacing=6)
        title = QLabel(translate("progress", "Progress"))
        title.setProperty("role", "h1")
        head.addWidget(title)
        self.range_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for key, text in (*((k, translate("progress", t)) for k, t in RANGES), (CUSTOM, translate("progress", "Dates…"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setObjectName(f"range-{key}")
            b.setAccessibleName(translate("progress", "Choose the dates to show") if key == CUSTOM else translate("progress", "Show {value}").format(value=text.lower()))
            b.clicked.connect(lambda _=False, k=key: self.set_range(k))
            group.addButton(b)
            head.addWidget(b)
            self.range_buttons[key] = b
        self.export_buttons: dict[str, QPushButton] = {}
        self.actions: dict[str, QAction] = {}
        charts_b = QPushButton(translate("progress", "Save charts"))
        charts_b.setObjectName("export-charts")
        charts_b.setAccessibleName(translate("progress", "Save the charts of the dates shown as a file"))
        menu = QMenu(charts_b)
        for fmt, label, _suffix in exports.CHART_FORMATS:
            a = menu.addAction(f"{label}…", lambda f=fmt: self.export_charts(f))
            a.setObjectName(f"export-{fmt}")
            self.actions[fmt] = a
        charts_b.setMenu(menu)
        report_b = QPushButton(translate("progress", "Report for your clinician…"))
        report_b.setObjectName("export-report")
        report_b.setAccessibleName(translate("progress", "Write a report of the dates shown for your clinician, as a PDF"))
        report_b.clicked.connect(self.export_report)
        data_b = QPushButton(translate("progress", "Export data"))
        data_b.setObjectName("export-data")
        data_b.setAccessibleName(translate("progress", "Export your data of the dates shown as CSV or JSON"))
        menu = QMenu(data_b)
        for fmt, label, _suffix in exports.DATA_FORMATS:
            a = menu.addAction(f"{label}…", lambda f=fmt: self.export_data(f))
            a.setObjectName(f"export-data-{fmt}")
            self.actions[f"data-{fmt}"] = a
        data_b.setMenu(menu)
        for key, b in (("charts", charts_b), ("report", report_b), ("data", data_b)):
            head.addWidget(b)
            self.export_buttons[key] = b
        lay.addWidget(head_box)

        # dates of one's own
        self.dates_box = QWidget()
        dates = QHBoxLayout(self.dates_box)
        dates.setContentsMargins(0, 0, 0, 0)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, name in ((self.date_from, translate("progress", "First day")), (self.date_to, translate("progress", "Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(translate("Dates", "d MMM yyyy"))
            edit.setAccessibleName(name)
        self.show_dates = QPushButton(translate("progress", "Show these dates"))
        self.show_dates.setObjectName("range-apply")
        self.show_dates.clicked.connect(self._apply_dates)
        lab_from, lab_to = QLabel(translate("progress", "&From")), QLabel(translate("progress", "&to"))
        lab_from.setBuddy(self.date_from)
        lab_to.setBuddy(self.date_to)
        for w in (lab_from, self.date_from, lab_to, self.date_to, self.show_dates):
            dates.addWidget(w)
        dates.addStretch(1)
        self.dates_box.setVisible(False)
        lay.addWidget(self.dates_box)

        # an export under way, and what was saved
        self.busy_box = QWidget()
        busy = QHBoxLayout(self.busy_box)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # busy: the export's length is not known in advance
        self.busy_bar.setMaximumWidth(240)
        self.busy_bar.setAccessibleName(translate("progress", "Export in progress"))
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar)
        busy.addStretch(1)
        self.busy_box.setVisible(False)
        lay.addWidget(self.busy_box)
        self.saved = QLabel()
        self.saved.setObjectName("progress-saved")
        self.saved.setProperty("role", "notice")
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.setVisible(False)
        lay.addWidget(self.saved)

        self.readout = QLabel(" ")
        self.readout.setWordWrap(True)
        self.readout.setObjectName("progress-readout")
        self.readout.setProperty("role", "muted")
        self.readout.setAccessibleName(translate("progress", "Values under the pointer"))
        lay.addWidget(self.readout)

        self.stack = QStackedWidget()
        self.empty = QLabel(translate("progress", EMPTY_DIARY))
        self.empty.setObjectName("progress-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "h2")
        self.empty.setAccessibleName(translate("progress", EMPTY_DIARY))
        empty_frame = QFrame()
        ef = QVBoxLayout(empty_frame)
        ef.addStretch(1)
        ef.addWidget(self.empty)
        ef.addStretch(2)
        self.stack.addWidget(empty_frame)
        self.period_label = QLabel()
        self.period_label.setObjectName("progress-period")
        self.period_label.setProperty("role", "h2")
        self.period_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("progress-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(translate("progress", "Summary of your progress"))
        self.charts = ProgressCharts()
        self.charts.hovered.connect(lambda t: self.readout.setText(t.replace("\n", " · ") or " "))
        self.charts.zoomRequested.connect(self.zoom)
        # the period, the summary and the charts scroll together as one page
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(6)
        pl.addWidget(self.period_label)
        pl.addWidget(self.summary)
        pl.addWidget(self.charts)
        pl.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(translate("progress", "Charts, scrollable"))
        self.scroll.setWidget(page)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(self.scroll)
        lay.addWidget(self.stack, 1)
        self.range_buttons[self.range_key].setChecked(True)
        self._apply_look()

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        profile = self.ctx.profile
        if profile is None:
            self.history = None
            self.show_data(None)
            return
        self.history = exports.load_history(self.ctx.store, profile, self.ctx.program, self.ctx.today())
        self._cache.clear()
        self.charts.forget()
        self._show_range()
        self._prepare.start(PREPARE_AFTER_MS)  # once the screen has been painted

    def _prepare_next(self) -> None:
        """When idle, work out the numbers, the chart model and the shapes of the charts in view of one more range
        button, then come back for the next: switching to it later costs only painting it."""
        if self.history is None or self.data is None:
            return
        for key in ("all", "program", "14d", "28d"):  # the longest first: the others cost little anyway
            try:
                p = exports.range_period(self.history, key)
            except exports.ExportError:
                continue
            if p not in self._cache:
                self._cache[p] = data = self.history.progress(p)
                self.charts.prepare(data, self.scroll.viewport().height())
                self._prepare.start(0)
                return

    def period(self) -> Period | None:
        """The days the screen shows (and exports)."""
        if self.history is None:
            return None
        if self.range_key == CUSTOM and self.custom is not None:
            return self.custom
        try:
            return exports.range_period(self.history, self.range_key)
        except exports.ExportError:
            return self.history.span

    def _show_range(self) -> None:
        p = self.period()
        if p is None:
            self.show_data(None)
            return
        data = self._cache.get(p)
        if data is None:
            data = self._cache[p] = self.history.progress(p)
        self.show_data(data)

    def show_data(self, data: ProgressData | None) -> None:
        self.data = data
        history_empty = self.history is None or not (self.history.entries or self.history.sessions
                                                     or self.history.outcomes)
        if data is None or history_empty:
            self.stack.setCurrentIndex(0)
            self.summary.setText("")
            self.summary.setVisible(False)
            self.period_label.setText("")
            for b in list(self.export_buttons.values()) + list(self.range_buttons.values()):
                b.setEnabled(False)
            return
        for b in list(self.export_buttons.values()) + list(self.range_buttons.values()):
            b.setEnabled(not self.runner.busy or b not in self.export_buttons.values())
        self.range_buttons["program"].setEnabled(self.history.program.start <= self.history.today)
        self.period_label.setText((translate("progress", "{period} ({days} day)") if data.period.days == 1 else translate("progress", "{period} ({days} days)")).format(period=period_text(data.period), days=data.period.days))
        self.summary.setVisible(True)
        self.summary.setText(summary_text(data))
        self.stack.setCurrentIndex(1)
        self.charts.set_data(data)

    # ----------------------------------------------------------- ranges
    def set_range(self, key: str) -> None:
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        if key == CUSTOM:
            self.dates_box.setVisible(True)
            p = self.custom or (self.data.period if self.data else None)
            if p is not None:
                self._set_date_edits(p)
                self.custom = p
            self.date_from.setFocus()
        else:
            self.dates_box.setVisible(False)
        if self.history is not None:
            self._show_range()

    def range_days(self, key: str) -> tuple[dt.date, dt.date]:
        p = exports.range_period(self.history, key)
        return p.start, p.end

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """Show the days from ``start`` to ``end`` (clamped to the days there can be data for)."""
        if self.history is None:
            return
        try:
            p, _note = exports.resolve_period(self.history, start, end, names=(translate("progress", "The first day"), translate("progress", "the last day")))
        except exports.ExportError as exc:
            tell(self, translate("progress", "These dates cannot be shown"), str(exc), warning=True)
            return
        self.custom = p
        self._set_date_edits(p)
        self.range_key = CUSTOM
        self.range_buttons[CUSTOM].setChecked(True)
        self.dates_box.setVisible(True)
        self._show_range()

    def _set_date_edits(self, p: Period) -> None:
        span = self.history.span if self.history else p
        for edit in (self.date_from, self.date_to):
            edit.setDateRange(QDate(span.start.year, span.start.month, span.start.day),
                              QDate(span.end.year, span.end.month, span.end.day))
        self.date_from.setDate(QDate(p.start.year, p.start.month, p.start.day))
        self.date_to.setDate(QDate(p.end.year, p.end.month, p.end.day))

    def _apply_dates(self) -> None:
        a, b = self.date_from.date(), self.date_to.date()
        self.set_dates(dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day()))

    def zoom(self, day: dt.date, share: float) -> None:
        """Show ``share`` of the days shown (less than 1 zooms in), keeping ``day`` where it is."""
        if self.data is None or self.history is None:
            return
        p, span = self.data.period, self.history.span
        n = max(MIN_ZOOM_DAYS, min(span.days, round(p.days * share)))
        if n == p.days:
            return
        before = round((day - p.start).days * n / p.days)
        start = day - dt.timedelta(days=before)
        start = max(span.start, min(start, span.end - dt.timedelta(days=n - 1)))
        self.set_dates(start, start + dt.timedelta(days=n - 1))

    # ------------------------------------------------------------- look
    def _apply_look(self) -> None:
        c = current_colors()
        style = self._range_style()
        for b in self.range_buttons.values():
            if b.styleSheet() != style:
                b.setStyleSheet(style)
        self.charts.set_look(screen_palette(c.name, paper=c.surface, ink=c.text, muted=c.muted, grid=c.grid),
                             current_scale())

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._apply_look()
        super().changeEvent(event)

    def _range_style(self) -> str:
        """The range in force stands out (filled with the theme's accent), in every theme."""
        c = current_colors()
        return (f"QPushButton:checked {{ background: {c.accent}; color: {c.on_accent}; "
                f"border: 1px solid {c.accent_strong}; }} "
                f"QPushButton:checked:disabled {{ background: {c.disabled}; color: {c.surface}; }}")

    # ---------------------------------------------------------- exports
    def _ask_path(self, title: str, name: str, filters: str) -> str | None:
        folder = self._folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / name) if folder else name
        path, _f = QFileDialog.getSaveFileName(self, title, start, filters, "",
                                               QFileDialog.Option.DontConfirmOverwrite)
        reactivate(self)
        if path:
            self._folder = str(Path(path).parent)
        return path or None

    def _confirm_replace(self, path: Path) -> bool:
        what = "folder" if path.is_dir() else "file"
        return confirm(self, translate("progress", "Replace the {what}?").format(what=what), translate("progress", "{path} already exists.").format(path=path),
                       translate("progress", "&Replace the {what}").format(what=what), detail=translate("progress", "The export replaces it; nothing else is changed."))

    def _start(self, what: str, path: Path, prepare, fmt: str | None = None) -> None:
        """Check the target (asking before replacing), read what the export needs, then run it on the worker."""
        force = False
        while True:
            try:
                exports.check_target(what, path, fmt=fmt, force=force)
                break
            except exports.TargetExists:
                if force or not self._confirm_replace(path):
                    return
                force = True
            except exports.ExportError as exc:
                tell(self, translate("progress", "Nothing was saved"), str(exc), warning=True)
                return
        try:
            job = prepare(force)
        except exports.ExportError as exc:
            tell(self, translate("progress", "Nothing was saved"), str(exc), warning=True)
            return
        self.busy_label.setText(translate("progress", BUSY_TEXT[what]))
        self.busy_box.setVisible(True)
        self.saved.setVisible(False)
        for b in self.export_buttons.values():
            b.setEnabled(False)
        self.runner.submit(job)

    def export_charts(self, fmt: str) -> None:
        if self.data is None:
            return
        data = self.data
        name = exports.dated_name("charts", data.period, f".{fmt}", data.today)
        path = self._ask_path(translate("progress", "Save the charts as {value}").format(value=fmt.upper()), name, translate("progress", CHART_FILTERS[fmt]))
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self._start("charts", Path(path), lambda force: exports.charts_job(data, path, force=force))

    def export_report(self) -> None:
        if self.data is None:
            return
        data = self.data
        name = exports.dated_name("report", data.period, translate("progress", ".pdf"), data.today)
        path = self._ask_path(translate("progress", "Save the report for your clinician"), name, translate("progress", "PDF document (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += translate("progress", ".pdf")
        ctx = self.ctx
        self._start("report", Path(path), lambda force: exports.report_job(
            ctx.store, ctx.profile, ctx.program, data, path, force=force))

    def export_data(self, fmt: str) -> None:
        if self.data is None:
            return
        data = self.data
        suffix = {"csv-zip": translate("progress", ".zip"), "csv": "", "json": translate("progress", ".json"), "fhir": translate("progress", ".json")}[fmt]
        # a FHIR bundle holds the whole record, whatever period is shown
        name = exports.dated_name("fhir" if fmt == "fhir" else "data", None if fmt == "fhir" else data.period, suffix,
                                  data.today)
        path = self._ask_path(translate("progress", "Export your data"), name, translate("progress", DATA_FILTERS[fmt]))
        if not path:
            return
        if suffix and not path.lower().endswith(suffix):
            path += suffix
        ctx = self.ctx
        self._start("data", Path(path), lambda force: exports.data_job(
            ctx.store, ctx.profile, ctx.program, fmt, path, period=None if fmt == "fhir" else data.period,
            force=force), fmt)

    def _export_done(self, result: exports.ExportResult) -> None:
        self._export_ended()
        self.last_result = result
        self.saved.setText(result.text)
        self.saved.setVisible(True)

    def _export_failed(self, exc: Exception) -> None:
        self._export_ended()
        tell(self, translate("progress", "Nothing was saved"), str(exc) or exc.__class__.__name__, warning=True)

    def _export_ended(self) -> None:
        self.busy_box.setVisible(self.runner.busy)
        if not self.runner.busy and self.data is not None:
            for b in self.export_buttons.values():
                b.setEnabled(True)
