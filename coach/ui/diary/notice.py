"""Today's evening reminder: from 17:00, when today's diary entry is missing, a notice with a button to fill it in.

``evening_notice`` is listed in ``coach.ui.today.NOTICE_PROVIDERS``. The hour
comes from the app's one clock (``ctx.clock``), so tests set it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coach.app import diary
from coach.core.i18n import translate
from coach.ui.context import AppContext

EVENING_HOUR = 17


class EveningNotice(QFrame):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("eveningDiaryNotice")
        self.setProperty("role", "notice")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        text = QLabel(translate("diary", "✎ You have not filled in today's diary yet. It takes about a minute: pain, numbness, what you managed and what helped."))
        text.setWordWrap(True)
        lay.addWidget(text, 1)
        self.button = QPushButton(translate("diary", "Fill in today's diary"))
        self.button.setAccessibleName(translate("diary", "Fill in today's diary"))
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self.open_diary)
        lay.addWidget(self.button)
        self.setAccessibleName(text.text())

    def open_diary(self) -> None:
        win = self.window()
        if hasattr(win, "show_screen"):
            screen = win.show_screen("diary")
            if hasattr(screen, "open_day"):
                screen.open_day(self.ctx.today())


def evening_notice(ctx: AppContext) -> list[QWidget]:
    if not ctx.profile or ctx.clock.now().hour < EVENING_HOUR:
        return []
    if diary.has_entry(ctx.app, ctx.today()):
        return []
    return [EveningNotice(ctx)]
