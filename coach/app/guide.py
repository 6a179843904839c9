"""The Guide's use cases: its topics (``coach.core.guide``), which topic a link leads to, and what the
person's own diary says helped.

Reads only: the Guide writes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from coach.core import flare
from coach.core import guide as core
from coach.core.guide import Topic
from coach.store import tracker as tracker_store

if TYPE_CHECKING:
    from coach.app.state import App

HELPED_DAYS = 90


def topics() -> tuple[Topic, ...]:
    """Every topic in the order the Guide shows them, "When to get help" last."""
    return (*core.TOPICS, core.help_topic())


def topic_for_helped(key: str) -> str:
    """The topic a "what helped" choice of the diary is explained in (the relief topic for anything else)."""
    return core.HELPED_TOPIC.get(key, ("relief", ""))[0]


def topic_for_stop(reason: str) -> str | None:
    """The topic the advice after a stop for ``reason`` links to (None for a stop without a symptom)."""
    return core.STOP_TOPIC.get(reason)


def helped(app: App) -> list[tuple[str, int]]:
    """What the diary says helped over the last 90 days: (label, days), most often first."""
    if not app.profile:
        return []
    today = app.today()
    entries = tracker_store.entries_between(app.store, app.profile.id, today - dt.timedelta(days=HELPED_DAYS), today)
    return flare.helped_counts(entries.values())
