"""The main window: a navigation list on the left and one screen at a time on the right.

Screens come from ``coach.ui.screens.SCREENS`` and are created on first use.
A full-window page (the session player) can be pushed over the screens with
``push_page`` and removed with ``pop_page``; the navigation is hidden while it shows.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from coach import APP_NAME
from coach.app.changes import Changes
from coach.core.i18n import translate
from coach.ui.context import AppContext
from coach.ui.screens import REFRESH_ON, SCREENS
from coach.ui.widgets import keys


def _load(spec: str):
    mod, cls = spec.split(":")
    return getattr(importlib.import_module(mod), cls)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        keys.install()  # Enter presses the focused button everywhere, as Space does
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(1100, 760)
        self.setMinimumSize(800, 560)
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(8, 8, 8, 8)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(translate("main_window", "Navigation"))
        self.nav.setAccessibleDescription(translate("main_window", "Choose a screen"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._screens: dict[str, QWidget] = {}
        self._keys: list[str] = []
        for key, title, _spec in SCREENS:
            title = translate("screens", title)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self._keys.append(key)
        self.nav.currentRowChanged.connect(self._on_nav)
        self._fit_nav()
        self._pages: list[QWidget] = []
        for i in range(min(9, len(SCREENS))):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.activated.connect(lambda i=i: self._shortcut(i))
        self.nav.setCurrentRow(0)
        ctx.changed.connect(self._on_changed)
        ctx.play_requested.connect(self.open_player)
        ctx.guide_requested.connect(self.open_guide)
        ctx.flare_requested.connect(self.open_flare)
        self.screen("today").start_session.connect(lambda i: self.open_player(("slot", i)))

    # ------------------------------------------------------------ screens
    def _fit_nav(self) -> None:
        """As wide as the longest screen name needs at the current text size (and room for a scroll bar)."""
        fm = self.nav.fontMetrics()
        text = max((fm.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        bar = self.nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.nav.setFixedWidth(max(190, text + 48 + bar))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_nav()
        super().changeEvent(event)

    def screen(self, key: str) -> QWidget:
        if key not in self._screens:
            spec = next(s for k, _t, s in SCREENS if k == key)
            w = _load(spec)(self.ctx)
            w.setProperty("screenKey", key)
            self._screens[key] = w
            self.stack.addWidget(w)
        return self._screens[key]

    def show_screen(self, key: str) -> QWidget:
        row = self._keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self._screens[key]

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def _shortcut(self, row: int) -> None:
        # a full-window page (player, editor) has its own way out; screens wait until it closes
        if not self._pages:
            self.nav.setCurrentRow(row)

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        w = self.screen(self._keys[row])
        if hasattr(w, "refresh"):
            w.refresh()
        self.stack.setCurrentWidget(w)

    def _on_changed(self, changes: Changes) -> None:
        """Redraw the screen in view when the change touches what it shows (screens out of view redraw when
        they are shown; a full-window page keeps its own state)."""
        cur = self.stack.currentWidget()
        if cur is None or cur in self._pages or not hasattr(cur, "refresh"):
            return
        interest = REFRESH_ON.get(cur.property("screenKey"))
        if interest is None or changes.touches(interest):
            cur.refresh()

    # -------------------------------------------------------------- pages
    def push_page(self, page: QWidget) -> None:
        self._pages.append(page)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.nav.setVisible(False)
        page.setFocus()

    def pop_page(self, page: QWidget | None = None) -> None:
        page = page or (self._pages[-1] if self._pages else None)
        if page is None:
            return
        self._pages.remove(page)
        self.stack.removeWidget(page)
        page.deleteLater()
        if not self._pages:
            self.nav.setVisible(True)
            self._on_nav(self.nav.currentRow())
            self.nav.setFocus()
        else:
            self.stack.setCurrentWidget(self._pages[-1])

    @property
    def page(self) -> QWidget | None:
        return self._pages[-1] if self._pages else None

    def open_player(self, request) -> QWidget | None:
        """Open the session player: ("slot", index), ("walk", None) or ("resume", session id)."""
        from coach.ui.player.opening import open_player

        return open_player(self, request)

    def open_guide(self, topic: str = "") -> QWidget | None:
        """Show the Guide at ``topic`` (a finished session or the flare plan in front is closed first)."""
        from coach.ui.guide.opening import open_guide

        return open_guide(self, topic)

    def open_flare(self) -> QWidget | None:
        """Open the flare plan over the screens (not while a session is under way)."""
        from coach.ui.guide.opening import open_flare

        return open_flare(self)
