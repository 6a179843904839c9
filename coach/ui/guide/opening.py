"""Showing the Guide at a topic and opening the flare plan from anywhere (Today, the tray, the stop advice, the
diary), as the main window asks (``AppContext.open_guide`` / ``open_flare``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coach.ui.single_instance import bring_forward


def _clear_finished_page(window) -> bool:
    """Close a page that is done with (a finished session, the flare plan); False when a page is still in use
    (a session under way, the program editor)."""
    from coach.ui.guide.flare import FlarePage
    from coach.ui.player.page import PlayerPage

    page = getattr(window, "page", None)
    while page is not None:
        if isinstance(page, FlarePage) or (isinstance(page, PlayerPage) and page.engine.finished):
            window.pop_page(page)
            page = window.page
        else:
            return False
    return True


def open_guide(window, topic: str = "") -> QWidget | None:
    """The Guide screen, scrolled to ``topic``; None while a session or the editor is open."""
    bring_forward(window)
    if not _clear_finished_page(window):
        return None
    screen = window.show_screen("guide")
    screen.show_topic(topic)
    return screen


def open_flare(window) -> QWidget | None:
    """The flare plan over the screens (it records the flare); None while a session or the editor is open."""
    from coach.ui.guide.flare import FlarePage

    bring_forward(window)
    page = getattr(window, "page", None)
    if isinstance(page, FlarePage):
        page.setFocus()
        return page
    if not _clear_finished_page(window):
        return None
    page = FlarePage(window.ctx)
    page.closed.connect(lambda: window.pop_page(page))
    page.start_gentle.connect(lambda: _start_gentle(window, page))
    window.push_page(page)
    return page


def _start_gentle(window, page) -> None:
    window.pop_page(page)
    window.ctx.request_play("flare")
