"""Progress: pain over time, sessions done against planned, how far the pain reaches, and PSFS scores.

The charts are ``coach.charts.plot.ProgressCharts`` (the same charts the
chart files and the report carry); this screen adds a range selector, a
written summary, a read-out of the values under the pointer and the buttons
that save the charts as PNG, SVG or PDF.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.charts.describe import summary_text
from coach.charts.model import EMPTY_DIARY
from coach.charts.plot import ProgressCharts
from coach.core.analytics import DAY, ProgressData
from coach.ui.widgets.layout import FlowLayout

RANGES: tuple[tuple[str, str, int | None], ...] = (
    ("14d", "Last 14 days", 14),
    ("4w", "4 weeks", 28),
    ("all", "All", None),
)


RANGE_STYLE = ("QPushButton:checked { background: #1f5f6b; color: white; border: 1px solid #123c44; } "
               "QPushButton:checked:disabled { background: #9aa5ab; border: 1px solid #7d878c; }")


class ProgressScreen(QWidget):
    """The Progress screen: range selector, summary in words, charts, and export buttons."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: ProgressData | None = None
        self.range_key = "4w"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        # title, range and export: one line, wrapping whole groups onto the next line at large text
        head_box = QWidget()
        head = FlowLayout(head_box, spacing=8)
        title = QLabel("Progress")
        title.setProperty("role", "h1")
        head.addWidget(title)
        range_box, export_box = QWidget(), QWidget()
        range_row, export_row = QHBoxLayout(range_box), QHBoxLayout(export_box)
        for row in (range_row, export_row):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
        self.range_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for key, text, _days in RANGES:
            b = QPushButton(text)
            b.setCheckable(True)
            b.setStyleSheet(RANGE_STYLE)
            b.setObjectName(f"range-{key}")
            b.setAccessibleName(f"Show {text.lower()}")
            b.clicked.connect(lambda _=False, k=key: self.set_range(k))
            group.addButton(b)
            range_row.addWidget(b)
            self.range_buttons[key] = b
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt_ in ("png", "svg", "pdf"):
            b = QPushButton(f"Save {fmt_.upper()}…")
            b.setObjectName(f"export-{fmt_}")
            b.setAccessibleName(f"Save the charts as a {fmt_.upper()} file")
            b.clicked.connect(lambda _=False, f=fmt_: self.export(f))
            export_row.addWidget(b)
            self.export_buttons[fmt_] = b
        head.addWidget(range_box)
        head.addWidget(export_box)
        lay.addWidget(head_box)

        self.summary = QLabel()
        self.summary.setObjectName("progress-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName("Summary of your progress")
        lay.addWidget(self.summary)

        self.readout = QLabel(" ")
        self.readout.setObjectName("progress-readout")
        self.readout.setProperty("role", "muted")
        self.readout.setAccessibleName("Values under the pointer")
        lay.addWidget(self.readout)

        self.stack = QStackedWidget()
        self.empty = QLabel(EMPTY_DIARY)
        self.empty.setObjectName("progress-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "h2")
        self.empty.setAccessibleName(EMPTY_DIARY)
        empty_frame = QFrame()
        ef = QVBoxLayout(empty_frame)
        ef.addStretch(1)
        ef.addWidget(self.empty)
        ef.addStretch(2)
        self.stack.addWidget(empty_frame)
        self.charts = ProgressCharts(columns=2)
        self.charts.setMinimumHeight(1500)
        self.charts.hovered.connect(lambda t: self.readout.setText(t.replace("\n", " · ") or " "))
        self.charts.setAccessibleName("Progress charts")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName("Charts, scrollable")
        self.scroll.setWidget(self.charts)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack.addWidget(self.scroll)
        lay.addWidget(self.stack, 1)
        self.range_buttons[self.range_key].setChecked(True)

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        from coach.store import history

        profile = self.ctx.profile
        if profile is None:
            self.show_data(None)
            return
        self.show_data(history.load_progress(self.ctx.store, profile, self.ctx.program, self.ctx.today()))

    def show_data(self, data: ProgressData | None) -> None:
        self.data = data
        if data is None or data.is_empty:
            self.stack.setCurrentIndex(0)
            self.summary.setText("")
            self.summary.setVisible(False)
            for b in list(self.export_buttons.values()) + list(self.range_buttons.values()):
                b.setEnabled(False)
            return
        for b in list(self.export_buttons.values()) + list(self.range_buttons.values()):
            b.setEnabled(True)
        self.summary.setVisible(True)
        self.summary.setText(summary_text(data))
        self.stack.setCurrentIndex(1)
        start, end = self.range_days(self.range_key)
        self.charts.set_data(data, start, end)

    def range_days(self, key: str) -> tuple[dt.date, dt.date]:
        d = self.data
        end = d.period.end
        days = next(n for k, _t, n in RANGES if k == key)
        start = d.period.start if days is None else end - (days - 1) * DAY
        return start, end

    def set_range(self, key: str) -> None:
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        if self.data is not None and not self.data.is_empty:
            self.charts.show_days(*self.range_days(key))

    # ---------------------------------------------------------- export
    def export(self, kind: str) -> None:
        if self.data is None:
            return
        days = self.charts.visible_days() or (self.data.period.start, self.data.period.end)
        name = f"progress-{days[0].isoformat()}-to-{days[1].isoformat()}.{kind}"
        filters = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)", "pdf": "PDF document (*.pdf)"}
        path, _ = QFileDialog.getSaveFileName(self, f"Save the charts as {kind.upper()}", name, filters[kind])
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        from coach.export.charts import ChartExportError, export_charts

        try:
            export_charts(self.data, path, start=days[0], end=days[1])
        except ChartExportError as exc:
            QMessageBox.warning(self, "The charts were not saved", str(exc))
            return
        self.readout.setText(f"Saved {path}")
