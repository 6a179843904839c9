"""The flare plan: a short guided plan in five steps, over the screens, opened by "I'm having a flare" on Today
or in the tray menu. Opening it records the flare for today (``coach.app.flare.start``), so it shows in the
diary and on Progress.

The steps and their texts are ``coach.core.flare``'s and ``coach.core.guide``'s
(each item with its sources); this page shows one step at a time with Back and
Next, the gentle exercises of step 1 with a Start button (or why exercise may
not start now), and a note of what set the flare off.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from coach.app import flare as app_flare
from coach.core import flare as core
from coach.core import guide
from coach.core.i18n import translate
from coach.core.textfmt import long_day
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.guide.screen import FigureCard, item_html
from coach.ui.widgets import kit
from coach.ui.widgets.layout import FlowLayout, vertical_scroll


def _time_of(stamp: str) -> str:
    return stamp[11:16] if len(stamp) >= 16 else stamp


class FlarePage(QWidget):
    """The flare plan. ``closed``: back to the screens; ``start_gentle``: open the gentle session."""

    closed = Signal()
    start_gentle = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("flarePage")
        self.setAccessibleName(translate("guide", "Flare plan"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.problem: str | None = None
        try:
            done = app_flare.start(ctx.app)
            ctx.apply(done.changes)
            self.plan = done.value
        except StoreError as exc:  # the plan still helps; say that it could not be recorded
            self.problem = str(exc)
            self.plan = app_flare.plan(ctx.app)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(10)
        outer.addWidget(kit.label(translate("guide", "Flare plan"), "h1", name="flareTitle"))
        self.recorded = kit.label(self._recorded_text(), "muted", name="flareRecorded", selectable=True)
        outer.addWidget(self.recorded)
        note_row = QHBoxLayout()
        note_label = kit.label(translate("guide", "What set it off?"), wrap=False)
        self.note = QLineEdit(self.plan.flare.note if self.plan.flare else "")
        self.note.setObjectName("flareNote")
        self.note.setPlaceholderText(translate("guide", "Optional, for example a long drive"))
        self.note.setAccessibleName(translate("guide", "What set the flare off (optional)"))
        self.note.setMaxLength(200)
        note_label.setBuddy(self.note)
        self.note.editingFinished.connect(self.save_note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        outer.addLayout(note_row)
        self.step_title = kit.label("", "h2", name="flareStep")
        outer.addWidget(self.step_title)
        self.pages = QStackedWidget()
        for step in core.STEPS:
            self.pages.addWidget(vertical_scroll(self._step_page(step), step.title))
        outer.addWidget(self.pages, 1)
        foot = QHBoxLayout()
        self.close_button = kit.button(translate("guide", "Close the plan"), "flareClose", translate("guide", "Close the flare plan"))
        self.close_button.clicked.connect(self.close_plan)
        foot.addWidget(self.close_button)
        foot.addStretch(1)
        self.back = kit.button(translate("guide", "&Back"), "flareBack", translate("guide", "Back: the step before"))
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next = kit.button(translate("guide", "&Next"), "flareNext", translate("guide", "Next step"), role="primary")
        self.next.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        foot.addWidget(self.back)
        foot.addWidget(self.next)
        outer.addLayout(foot)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.close_plan)
        self.go(0)

    # ---------------------------------------------------------------- steps
    def _step_page(self, step: core.Step) -> QWidget:
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 8, 0)
        lay.setSpacing(8)
        for item in core.step_items(step):
            text = kit.label("• " + item_html(item), name=f"flare-{step.id}-{item.id}", selectable=True)
            text.setTextFormat(Qt.TextFormat.RichText)
            lay.addWidget(text)
        if step.figures:
            box = QWidget()
            flow = FlowLayout(box, spacing=16)
            for f in step.figures:
                flow.addWidget(FigureCard(f.name, f.caption))
            lay.addWidget(box)
        getattr(self, f"_fill_{step.id}", lambda _lay: None)(lay)
        lay.addStretch(1)
        return body

    def _fill_gentle(self, lay: QVBoxLayout) -> None:
        if self.plan.gentle:
            rows = "".join(f"<li><b>{escape(p.name)}</b>: {escape(p.planned_text())}</li>" for p in self.plan.gentle)
            first = min(w.number for w in self.ctx.program.weeks) if self.ctx.program.weeks else 1
            lay.addWidget(kit.label(translate("guide", "The gentle exercises (week {first} of your program, the lowest dose):<ul style='margin-left:-20px'>{rows}</ul>").format(first=first, rows=rows), name="flareGentle",
                                    selectable=True))
        if self.plan.block:
            lay.addWidget(kit.label(translate("guide", "Exercise cannot start now. {block}").format(block=escape(self.plan.block)), name="flareBlocked",
                                    selectable=True))
        elif self.plan.gentle:
            row = QHBoxLayout()
            self.start = kit.button(translate("guide", "Start the gentle exercises"), "flareStart", role="primary")
            self.start.clicked.connect(self._start)
            row.addWidget(self.start)
            row.addStretch(1)
            lay.addLayout(row)

    def _fill_helped(self, lay: QVBoxLayout) -> None:
        if self.plan.helped:
            rows = "".join(f"<li>{escape(label)}: {days} {'day' if days == 1 else 'days'}</li>"
                           for label, days in self.plan.helped)
            text = translate("guide", "<b>What your diary says helped you lately:</b><ul style='margin-left:-20px'>{rows}</ul>").format(rows=rows)
        else:
            text = (translate("guide", "Your diary does not say yet what helps you. Tick what helped each evening under “What helped”: over time it shows your own proven strategies."))
        lay.addWidget(kit.label(text, name="flareHelped", selectable=True))

    def _fill_help(self, lay: QVBoxLayout) -> None:
        for item in guide.help_topic().items:
            text = kit.label("• " + item_html(item), name=f"flare-help-{item.id}", selectable=True)
            text.setTextFormat(Qt.TextFormat.RichText)
            lay.addWidget(text)

    # ----------------------------------------------------------------- state
    def _recorded_text(self) -> str:
        if self.problem:
            return translate("guide", "The flare could not be saved in your diary: {problem}").format(problem=self.problem)
        f = self.plan.flare
        if f is None:
            return translate("guide", "Choose a profile to keep flares in a diary.")
        return translate("guide", "Saved in your diary: a flare on {date}, from {started_at}.").format(date=long_day(f.date), started_at=_time_of(f.started_at))

    def go(self, index: int) -> None:
        index = max(0, min(len(core.STEPS) - 1, index))
        self.pages.setCurrentIndex(index)
        step = core.STEPS[index]
        self.step_title.setText(translate("guide", "Step {index} of {STEPS}: {step}").format(index=index + 1, STEPS=len(core.STEPS), step=step.title))
        self.back.setEnabled(index > 0)
        last = index == len(core.STEPS) - 1
        self.next.setVisible(not last)
        kit.set_role(self.close_button, "primary" if last else None)
        (self.close_button if last else self.next).setFocus()

    def save_note(self) -> None:
        text = self.note.text().strip()
        if self.plan.flare is None or text == self.plan.flare.note:
            return
        try:
            done = app_flare.start(self.ctx.app, text)
        except StoreError as exc:
            self.recorded.setText(translate("guide", "The note could not be saved: {exc}").format(exc=exc))
            return
        self.plan = done.value
        self.ctx.apply(done.changes)

    def close_plan(self) -> None:
        self.save_note()
        self.closed.emit()

    def _start(self) -> None:
        self.save_note()
        self.start_gentle.emit()
