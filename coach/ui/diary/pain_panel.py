"""The Diary's pain panel: the body map, the score strip for the chosen place, and a spin box per place, all
three kept in step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from coach.core.i18n import translate
from coach.core.tracker import LOCATIONS, REGION_LABELS, REGIONS, SIDES, location_key, location_label
from coach.ui.diary.body_map import BodyMap
from coach.ui.diary.score_scale import ScoreSpin, ScoreStrip


class PainPanel(QWidget):
    """Body map, the score strip for the chosen place, and a spin box per place; all three stay in step."""

    valueChanged = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(translate("diary", "Pain"))
        # the map gets the full height; the chosen place's strip and the boxes sit beside it (or under it:
        # a screen may turn ``box`` top-to-bottom when the two do not fit side by side)
        self.box = lay = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        self.map = BodyMap()
        lay.addWidget(self.map, 1)

        self.side = QWidget()
        right = QVBoxLayout(self.side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenPlace")
        self.chosen.setWordWrap(True)
        right.addWidget(self.chosen)
        self.strip = ScoreStrip(translate("diary", "Pain score for the chosen place"), translate("diary", "no pain"), translate("diary", "the worst pain"))
        right.addWidget(self.strip)
        right.addSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(QLabel(translate("diary", "<b>Left</b>")), 0, 1, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(QLabel(translate("diary", "<b>Right</b>")), 0, 2, Qt.AlignmentFlag.AlignHCenter)
        self.spins: dict[str, QSpinBox] = {}
        for row, region in enumerate(REGIONS, start=1):
            grid.addWidget(QLabel(REGION_LABELS[region]), row, 0)
            for col, side in enumerate(SIDES, start=1):
                key = location_key(region, side)
                sb = ScoreSpin()
                sb.setRange(-1, 10)
                sb.setSpecialValueText("–")
                sb.setValue(-1)
                sb.setMinimumWidth(70)
                sb.setAccessibleName(translate("diary", "Pain score, {key}").format(key=location_label(key).lower()))
                sb.setAccessibleDescription(translate("diary", "0 to 10; the dash (lowest) means not filled in"))
                sb.setToolTip(translate("diary", "{key}: 0 no pain … 10 the worst; – not filled in").format(key=location_label(key)))
                sb.valueChanged.connect(lambda v, k=key: self._spin_changed(k, v))
                self.spins[key] = sb
                grid.addWidget(sb, row, col)
        grid.setColumnStretch(3, 1)
        right.addLayout(grid)
        hint = QLabel(translate("diary", "– means not filled in; 0 means no pain there."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        right.addWidget(hint)
        self.clear_all = QPushButton(translate("diary", "Clear all pain scores"))
        self.clear_all.setAccessibleName(translate("diary", "Clear all pain scores"))
        self.clear_all.clicked.connect(lambda: self.setValues({}))
        right.addWidget(self.clear_all, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        lay.addWidget(self.side, 1)

        self.map.valueChanged.connect(self._map_changed)
        self.map.currentChanged.connect(self._current_changed)
        self.strip.valueChanged.connect(self._strip_changed)
        self._current_changed(self.map.current())
        self._sync_order()

    def _sync_order(self) -> None:
        QWidget.setTabOrder(self.map, self.strip)
        prev = self.strip
        for k in LOCATIONS:
            QWidget.setTabOrder(prev, self.spins[k])
            prev = self.spins[k]
        QWidget.setTabOrder(prev, self.clear_all)

    def values(self) -> dict[str, int | None]:
        return self.map.values()

    def setValues(self, values: dict[str, int | None]) -> None:
        self.map.setValues(values)

    def _map_changed(self, key: str, value) -> None:
        sb = self.spins[key]
        want = -1 if value is None else value
        if sb.value() != want:
            sb.blockSignals(True)
            sb.setValue(want)
            sb.blockSignals(False)
        if key == self.map.current():
            self.strip.blockSignals(True)
            self.strip.setValue(value)
            self.strip.blockSignals(False)
            self._label_chosen()
        self.valueChanged.emit(key, value)

    def _spin_changed(self, key: str, v: int) -> None:
        self.map.setValue(key, None if v < 0 else v)

    def _strip_changed(self, v) -> None:
        key = self.map.current()
        if key is not None:
            self.map.setValue(key, v)

    def start_day(self) -> None:
        """A new day shows with no place chosen: a digit typed before choosing one lands nowhere."""
        self.map.setCurrent(None)

    def _current_changed(self, key: str | None) -> None:
        self.strip.blockSignals(True)
        self.strip.setValue(self.map.value(key) if key else None)
        self.strip.blockSignals(False)
        self.strip.setEnabled(key is not None)
        self.strip.setName(translate("diary", "Pain score for the {key}").format(key=location_label(key).lower()) if key
                           else translate("diary", "Pain score: choose a place first"))
        self._label_chosen()

    def _label_chosen(self) -> None:
        key = self.map.current()
        if key is None:
            self.chosen.setText(translate(
                "diary", "No place chosen yet: click a place on a figure (or use the arrow keys), then a number."))
            return
        v = self.map.value(key)
        score = translate("diary", "not filled in") if v is None else translate("diary", "{v} of 10").format(v=v)
        self.chosen.setText(translate("diary", "Chosen: <b>{key}</b> — {score}. Click a number to set it:").format(key=location_label(key), score=score))
