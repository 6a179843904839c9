"""First run's offer of movement breaks at the desk (off unless the person turns them on)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWizardPage

from coach.app import breaks
from coach.core import settings as cs
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.store.db import Store
from coach.ui.widgets import kit

TEXT = (QT_TRANSLATE_NOOP("guide", "Sitting for a long time can make symptoms worse: the monograph your program comes from says to stand and move every 20–30 minutes when sitting (Section 8). While the app runs, also from the tray, it can remind you, with a one-minute routine from your program. You can change this later in Settings."))


class BreaksPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("guide", "Movement breaks at the desk"))
        self.setSubTitle(translate("guide", "Optional: off unless you turn it on."))
        lay = QVBoxLayout(self)
        lay.addWidget(kit.label(translate("guide", TEXT), name="firstRunBreaksText"))
        self.on = QCheckBox(translate("guide", "Remind me to stand and move"))
        self.on.setObjectName("firstRunBreaks")
        self.on.setAccessibleName(self.on.text())
        lay.addWidget(self.on)
        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 0, 0)
        lab = kit.label(translate("guide", "Every"), wrap=False)
        self.minutes = QComboBox()
        self.minutes.setObjectName("firstRunBreakMinutes")
        self.minutes.setAccessibleName(translate("guide", "Minutes of sitting between movement breaks"))
        for m in cs.BREAK_INTERVALS:
            self.minutes.addItem(translate("guide", "{m} minutes").format(m=m), m)
        self.minutes.setCurrentIndex(self.minutes.findData(cs.DEFAULT_BREAK_MINUTES))
        lab.setBuddy(self.minutes)
        row.addWidget(lab)
        row.addWidget(self.minutes)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.minutes.setEnabled(False)
        self.on.toggled.connect(self.minutes.setEnabled)

    def save(self, store: Store) -> None:
        """Keep the choice (raises StoreError when it cannot be written)."""
        breaks.choose(store, self.on.isChecked(), self.minutes.currentData())
