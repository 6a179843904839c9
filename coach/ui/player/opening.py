"""Opening the session player over the screens: a day's slot, a walk on its own, or an interrupted session.

What may start, and why not, is decided by ``coach.app.sessions``; this module
shows the player for the plan it returns, or a page that says why exercise
cannot start now.
"""

from __future__ import annotations

from typing import Any

from coach.app import sessions
from coach.app.sessions import Opening
from coach.core.i18n import translate
from coach.ui.player.end_panel import EndPanel
from coach.ui.player.page import PlayerPage


def _message_page(window, title: str, text: str) -> EndPanel:
    page = EndPanel()
    page.show_message(title, text)
    page.leave.connect(lambda: window.pop_page(page))
    return page


def _open(window, opening: Opening, **kw: Any) -> PlayerPage | None:
    ctx = window.ctx
    ctx.apply(opening.changes)
    if opening.refused:
        window.push_page(_message_page(window, translate("player", "Exercises cannot be started now"), opening.refused))
        return None
    if opening.plan is None:
        return None
    page = PlayerPage(ctx, opening.plan, **kw)
    page.closed.connect(lambda: window.pop_page(page))
    window.push_page(page)
    page.settle_focus()
    ctx.apply(page.start_changes)  # the screens under the page redraw when they show again
    return page


def start_slot(window, slot_index: int, **kw: Any) -> PlayerPage | None:
    """Open the player for one of today's session slots."""
    return _open(window, sessions.open_slot(window.ctx.app, slot_index), **kw)


def start_walk(window, **kw: Any) -> PlayerPage | None:
    """Open the player for a stand-alone walk (logged as an extra session)."""
    return _open(window, sessions.open_walk(window.ctx.app), **kw)


def resume_session(window, session_id: int, **kw: Any) -> PlayerPage | None:
    """Open the player on an interrupted session, continuing where it was left."""
    return _open(window, sessions.open_resume(window.ctx.app, session_id), **kw)


def open_player(window, request: tuple[str, Any], **kw: Any) -> PlayerPage | None:
    """``("slot", index)``, ``("walk", None)``, ``("resume", session_id)`` or ``("flare", None)``; ignored while a
    player is open."""
    if isinstance(getattr(window, "page", None), PlayerPage):
        return None
    what, arg = request
    if what == "slot":
        return start_slot(window, int(arg), **kw)
    if what == "walk":
        return start_walk(window, **kw)
    if what == "resume":
        return resume_session(window, int(arg), **kw)
    if what == "flare":  # the gentle session of the flare plan
        from coach.app import flare

        return _open(window, flare.open_gentle(window.ctx.app), **kw)
    raise ValueError(translate("player", "unknown player request {request!r}").format(request=request))
