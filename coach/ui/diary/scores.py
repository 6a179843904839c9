"""The weekly outcome scores: overall pain (0–10) and the Patient-Specific Functional Scale.

One record per program week (``coach.app.diary.save_scores``); the rules and
the score (the mean of the rated activities) are in ``coach.core.tracker``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.app import diary
from coach.core import tracker as core
from coach.core.i18n import translate
from coach.core.textfmt import day_text, month_name
from coach.core.tracker import OutcomeScore, PsfsItem
from coach.core.weeks import week_number, week_start_for
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.diary.score_scale import ScoreStrip, ability_colour
from coach.ui.widgets.kit import label as _label
from coach.ui.widgets.layout import FlowLayout


class OutcomesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("diary", "Weekly scores"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        bar_box = QWidget()
        bar = FlowLayout(bar_box, spacing=6)  # one line, or two at large text
        wl = QLabel(translate("diary", "Wee&k:"))
        self.week = QComboBox()
        self.week.setAccessibleName(translate("diary", "Program week"))
        self.week.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        wl.setBuddy(self.week)
        self.save_button = QPushButton(translate("diary", "Save the week's scores"))
        self.save_button.setAccessibleName(translate("diary", "Save the week's scores"))
        self.save_button.setProperty("role", "primary")
        self.status = _label("", "muted")
        self.status.setWordWrap(False)
        week_box = QWidget()
        wb = QHBoxLayout(week_box)
        wb.setContentsMargins(0, 0, 0, 0)
        wb.addWidget(wl)
        wb.addWidget(self.week)
        save_box = QWidget()
        sb = QHBoxLayout(save_box)
        sb.setContentsMargins(0, 0, 0, 0)
        sb.addWidget(self.status)
        sb.addWidget(self.save_button)
        bar.addWidget(week_box)
        bar.addWidget(save_box)
        outer.addWidget(bar_box)
        self.problems = _label("")
        self.problems_frame = QFrame()
        self.problems_frame.setProperty("role", "alert")
        QVBoxLayout(self.problems_frame).addWidget(self.problems)
        self.problems_frame.setVisible(False)
        outer.addWidget(self.problems_frame)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 4, 8, 8)
        pain_box = QGroupBox(translate("diary", "Overall pain this week"))
        pl = QVBoxLayout(pain_box)
        pl.addWidget(_label(translate("tracker", core.OVERALL_PAIN_INSTRUCTIONS), "muted"))
        self.pain = ScoreStrip(translate("diary", "Overall pain this week"), translate("diary", "no pain"), translate("diary", "the worst pain"))
        pl.addWidget(self.pain)
        lay.addWidget(pain_box)

        psfs_box = QGroupBox(translate("diary", "Activities that are hard for you"))  # a short title: it never wraps
        ps = QVBoxLayout(psfs_box)
        ps.addWidget(_label(translate("diary", "The Patient-Specific Functional Scale. ") + translate("tracker", core.PSFS_INSTRUCTIONS), "muted"))
        self._rows: list[tuple[QBoxLayout, QLineEdit, ScoreStrip]] = []
        self.activities: list[QLineEdit] = []
        self.ratings: list[ScoreStrip] = []
        for i in range(core.PSFS_MAX_ITEMS):
            name = QLineEdit()
            name.setAccessibleName(translate("diary", "Activity {i}").format(i=i + 1))
            example = (translate("diary", "climbing stairs"), translate("diary", "getting up from a low chair"), translate("diary", "walking to the shop"))[i % 3]
            name.setPlaceholderText(translate("diary", "Activity {i}, for example {example}").format(i=i + 1, example=example))
            name.setMaxLength(80)
            rating = ScoreStrip(translate("diary", "How well you can do activity {i}").format(i=i + 1), translate("diary", "cannot do it"), translate("diary", "as well as before"),
                                colours=ability_colour)
            # the name beside its rating while both fit, the rating under the name when they do not
            row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
            row.setSpacing(10)
            num = QLabel(f"{i + 1}.")
            head = QHBoxLayout()
            head.addWidget(num, 0, Qt.AlignmentFlag.AlignTop)
            head.addWidget(name, 1, Qt.AlignmentFlag.AlignTop)
            row.addLayout(head, 2)
            row.addWidget(rating, 3)
            ps.addLayout(row)
            self._rows.append((row, name, rating))
            name.textChanged.connect(self._update)
            rating.valueChanged.connect(self._update)
            self.activities.append(name)
            self.ratings.append(rating)
        self.mean = _label("", "h2")
        self.mean.setObjectName("psfsMean")
        ps.addWidget(self.mean)
        lay.addWidget(psfs_box)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("diary", "Note for the week"))
        self.note.setPlaceholderText(translate("diary", "A note for the week (optional)"))
        self.note.setMaxLength(core.MAX_NOTE)
        lay.addWidget(self.note)
        self.history = _label("", "muted")
        lay.addWidget(self.history)
        lay.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        scroll.setAccessibleName(translate("diary", "The week's scores"))
        scroll.viewport().installEventFilter(self)
        outer.addWidget(scroll, 1)

        self.pain.valueChanged.connect(self._update)
        self.save_button.clicked.connect(self.save)
        sc = QShortcut(QKeySequence.StandardKey.Save, self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.save)
        self.week.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and obj is self.scroll.viewport():
            room = self.scroll.viewport().width() - 40
            for row, name, rating in self._rows:
                need = max(name.sizeHint().width(), 220) + rating.minimumSizeHint().width() + row.spacing() + 30
                want = QBoxLayout.Direction.LeftToRight if need <= room else QBoxLayout.Direction.TopToBottom
                if row.direction() != want:
                    row.setDirection(want)
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------
    def _start(self) -> dt.date:
        return self.ctx.profile.start_date if self.ctx.profile else self.ctx.today()

    def week_start(self) -> dt.date:
        return self.week.currentData() or week_start_for(self._start(), self.ctx.today())

    def refresh(self) -> None:
        start, today = self._start(), self.ctx.today()
        current = week_start_for(start, today)
        keep = self.week.currentData()
        self.week.blockSignals(True)
        self.week.clear()
        ws = min(start, current)
        while ws <= current:
            n = week_number(start, ws)
            label = translate("diary", "Week {n}").format(n=n) if n >= 1 else translate("diary", "Before the program")
            self.week.addItem(translate("diary", "{label}: from {ws}").format(label=label, ws=day_text(ws)), ws)
            ws += dt.timedelta(days=7)
        idx = self.week.findData(keep) if keep else -1
        self.week.setCurrentIndex(idx if idx >= 0 else self.week.count() - 1)
        self.week.blockSignals(False)
        self.load()

    def load(self) -> None:
        shown = diary.load_scores(self.ctx.app, self.week_start())
        score = shown.score
        self.status.setText(translate("diary", "✓ Saved") if shown.saved else translate("diary", "Not saved yet"))
        self.pain.setValue(score.overall_pain)
        for i in range(core.PSFS_MAX_ITEMS):
            item = score.psfs[i] if i < len(score.psfs) else PsfsItem("")
            self.activities[i].setText(item.activity)
            self.ratings[i].setValue(item.score)
        self.note.setText(score.note)
        done = shown.earlier
        self.history.setText(translate("diary", "Earlier weeks: ") + "; ".join(
            translate("diary", "from {day:02d} {week_start}: pain {overall_pain}, activity score {psfs_mean}").format(day=o.week_start.day, week_start=month_name(o.week_start)[:3], overall_pain=o.overall_pain if o.overall_pain is not None else '–', psfs_mean=o.psfs_mean if o.psfs_mean is not None else '–') for o in done) if done else "")
        self._update()

    def score(self) -> OutcomeScore:
        items = tuple(PsfsItem(a.text().strip(), r.value()) for a, r in zip(self.activities, self.ratings, strict=True)
                      if a.text().strip() or r.value() is not None)
        return OutcomeScore(week_start=self.week_start(), overall_pain=self.pain.value(), psfs=items,
                            note=self.note.text().strip())

    def _update(self, *_a) -> list[core.Problem]:
        score = self.score()
        m = score.psfs_mean
        rated = sum(1 for i in score.psfs if i.activity and i.score is not None)
        self.mean.setText((translate("diary", "Activity score: {m} of 10 (the average of {rated} rating)") if rated == 1 else translate("diary", "Activity score: {m} of 10 (the average of {rated} ratings)")).format(m=m, rated=rated)
                          if m is not None else translate("diary", "Activity score: – (rate at least one activity)"))
        found = core.outcome_problems(score, self.ctx.today())
        msgs = [f"⚠ {p.message}" for p in found] + [f"• {p.message}" for p in core.outcome_reminders(score)]
        self.problems.setText("\n".join(msgs))
        self.problems_frame.setVisible(bool(msgs))
        return found

    def save(self) -> bool:
        if not self.ctx.profile or self._update():
            return False
        try:
            changes = diary.save_scores(self.ctx.app, self.score())
        except (core.TrackerError, StoreError) as exc:
            self.problems.setText(translate("diary", "⚠ Not saved: {exc}").format(exc=exc))
            self.problems_frame.setVisible(True)
            return False
        self.status.setText(translate("diary", "✓ Saved at {now:%H:%M}").format(now=self.ctx.clock.now()))
        self.ctx.apply(changes)
        return True
