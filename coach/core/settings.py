"""The user's settings: reminder times, sound, text size and theme, with defaults and validation.

Each setting is stored under its own key in the settings table as JSON, so one
change is one small write. ``load(get)`` builds a ``Settings`` from any
``get(key, default)`` function (the store's ``get_setting``); a stored value
that is no longer valid falls back to its default rather than breaking start-up.
``validate(key, value)`` checks a value the user chose and returns what to
store, or raises ``SettingError`` with a message that says what is wrong and
how to fix it.

Keys other parts of the app read:
- ``cue_mode`` ("voice", "beeps" or "off"; default "voice"): how the player gives its cues during a
  session: spoken, as beeps, or not at all (the timer flashes). It replaces ``sound_enabled`` (a bool),
  which is still read when ``cue_mode`` was never stored: off stays off.
- ``theme`` and ``text_scale``: applied by ``coach.ui.widgets.style``.
- ``session_reminders``, ``session_times``, ``tracker_reminder``,
  ``tracker_time``: read by the reminder scheduler.
- ``break_reminders`` (bool, default False) and ``break_minutes`` (20, 25 or
  30, default 30): movement breaks at the desk (``coach.core.breaks``).
- ``language`` (``""``: the system's, or a code of ``coach.core.i18n.LANGUAGES``):
  read at start-up by ``coach.export.language``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from coach.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Texts, translate

SESSION_REMINDERS = "session_reminders"
SESSION_TIMES = "session_times"
TRACKER_REMINDER = "tracker_reminder"
TRACKER_TIME = "tracker_time"
SOUND = "sound_enabled"  # before cue_mode: read only, so that a person who turned sound off keeps it off
CUE_MODE = "cue_mode"
TEXT_SCALE = "text_scale"
THEME = "theme"
BREAK_REMINDERS = "break_reminders"
BREAK_MINUTES = "break_minutes"
LANGUAGE = "language"
SYSTEM_LANGUAGE = ""  # the language setting's default: follow the desktop

# Not user settings, but kept in the same table: the one-time "still running in the tray" notice
# and the reminders already shown today (so a restart does not repeat them).
TRAY_NOTICE_SHOWN = "tray_notice_shown"
REMINDERS_FIRED = "reminders_fired"

TEXT_SIZES: tuple[int, ...] = (100, 125, 150, 175, 200)
MIN_TEXT, MAX_TEXT = 100, 200

CUE_MODES: Texts = Texts("settings", {
    "voice": QT_TRANSLATE_NOOP("settings", "Voice"),
    "beeps": QT_TRANSLATE_NOOP("settings", "Beeps"),
    "off": QT_TRANSLATE_NOOP("settings", "Silent (the timer flashes)"),
})

THEMES: Texts = Texts("settings", {
    "system": QT_TRANSLATE_NOOP("settings", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("settings", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("settings", "High contrast"),
})

DEFAULT_MORNING = dt.time(8, 0)
DEFAULT_EVENING = dt.time(18, 0)
DEFAULT_TRACKER = dt.time(20, 0)
BREAK_INTERVALS: tuple[int, ...] = (20, 25, 30)  # Section 8: "Stand and move every 20-30 minutes." (line 211)
DEFAULT_BREAK_MINUTES = 30

_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


class SettingError(ValueError):
    """A setting value the app cannot use, worded for the user."""


def default_session_times(count: int) -> tuple[dt.time, ...]:
    """Reminder times for ``count`` daily sessions: 08:00 and 18:00 for two, spread evenly between them for more."""
    if count <= 0:
        return ()
    if count == 1:
        return (DEFAULT_MORNING,)
    first = DEFAULT_MORNING.hour * 60 + DEFAULT_MORNING.minute
    last = DEFAULT_EVENING.hour * 60 + DEFAULT_EVENING.minute
    step = (last - first) / (count - 1)
    out = []
    for i in range(count):
        m = round((first + step * i) / 5) * 5  # whole five minutes
        out.append(dt.time(m // 60, m % 60))
    return tuple(out)


def parse_time(value: Any) -> dt.time:
    """``"08:00"``, ``"8:00"`` or a ``datetime.time``; anything else raises SettingError."""
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    m = _TIME_RE.match(value) if isinstance(value, str) else None
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if h < 24 and mi < 60:
            return dt.time(h, mi)
    raise SettingError(
        translate("settings", "{value!r} is not a time of day. Write reminder times as hours:minutes on a 24-hour clock, for example 08:00 or 18:30.").format(value=value)
    )


def format_time(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


@dataclass(frozen=True)
class Settings:
    session_reminders: bool = True
    session_times: tuple[dt.time, ...] = ()  # empty: the default for the program's number of sessions
    tracker_reminder: bool = True
    tracker_time: dt.time = DEFAULT_TRACKER
    cue_mode: str = "voice"
    text_scale: int = 100
    theme: str = "system"
    break_reminders: bool = False  # off until the person turns them on
    break_minutes: int = DEFAULT_BREAK_MINUTES
    language: str = SYSTEM_LANGUAGE

    @property
    def sound_enabled(self) -> bool:
        """Whether cues are heard at all (voice or beeps)."""
        return self.cue_mode != "off"

    @property
    def reminders_on(self) -> bool:
        return self.session_reminders or self.tracker_reminder or self.break_reminders

    @property
    def scale(self) -> float:
        """Text size as a factor (1.0 to 2.0)."""
        return self.text_scale / 100.0

    def times_for(self, slot_count: int) -> tuple[dt.time, ...]:
        """One reminder time per session slot; slots beyond the stored ones get the default for that slot."""
        defaults = default_session_times(slot_count)
        return tuple(self.session_times[i] if i < len(self.session_times) else defaults[i]
                     for i in range(slot_count))

    def with_session_time(self, index: int, value: Any, slot_count: int) -> Settings:
        if not 0 <= index < max(slot_count, 1):
            raise SettingError(translate("settings", "There is no session {index} in today's program.").format(index=index + 1))
        times = list(self.times_for(max(slot_count, index + 1)))
        times[index] = parse_time(value)
        return replace(self, session_times=tuple(times))

    def with_value(self, key: str, value: Any) -> Settings:
        """A copy with one setting changed (validated)."""
        stored = validate(key, value)
        return replace(self, **{_ATTR[key]: _FROM_JSON[key](stored)})

    def to_store(self) -> dict[str, Any]:
        """Every setting as key → JSON-ready value."""
        return {key: _TO_JSON[key](getattr(self, attr)) for key, attr in _ATTR.items()}


def _bool(value: Any, what: str) -> bool:
    if isinstance(value, bool):
        return value
    raise SettingError(translate("settings", "{what} is either on or off (true or false), not {value!r}.").format(what=what, value=value))


def _text_scale(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or float(value) != int(value):
        raise SettingError(translate("settings", "Text size is a whole percentage from {MIN_TEXT} to {MAX_TEXT}, not {value!r}.").format(MIN_TEXT=MIN_TEXT, MAX_TEXT=MAX_TEXT, value=value))
    v = int(value)
    if not MIN_TEXT <= v <= MAX_TEXT:
        raise SettingError(translate("settings", "Text size {v} % is outside {MIN_TEXT}–{MAX_TEXT} %. Choose a size in that range.").format(v=v, MIN_TEXT=MIN_TEXT, MAX_TEXT=MAX_TEXT))
    return v


def _cue_mode(value: Any) -> str:
    if value in CUE_MODES:
        return value
    raise SettingError(translate("settings", "{value!r} is not a way to give cues. Choose one of: {modes}.").format(
        value=value, modes=", ".join(CUE_MODES)))


def _theme(value: Any) -> str:
    if value in THEMES:
        return value
    raise SettingError(translate("settings", "{value!r} is not a theme. Choose one of: {THEMES}.").format(value=value, THEMES=', '.join(THEMES)))


def _break_minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or float(value) not in BREAK_INTERVALS:
        choices = ", ".join(str(m) for m in BREAK_INTERVALS)
        raise SettingError(translate("settings", "Movement breaks come every {choices} minutes; {value!r} is not one of them.").format(choices=choices, value=value))
    return int(value)


def _language(value: Any) -> str:
    if value == SYSTEM_LANGUAGE or value in LANGUAGES:
        return value
    raise SettingError(translate("settings", "{value!r} is not a language the app speaks. Choose one of: {LANGUAGES}, or leave it empty to follow the system.").format(value=value, LANGUAGES=', '.join(LANGUAGES)))


def _times(value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise SettingError(translate("settings", "Session reminder times are a list with one time per session, for example 08:00 and 18:00."))
    return [format_time(parse_time(v)) for v in value]


_ATTR = {
    SESSION_REMINDERS: "session_reminders",
    SESSION_TIMES: "session_times",
    TRACKER_REMINDER: "tracker_reminder",
    TRACKER_TIME: "tracker_time",
    CUE_MODE: "cue_mode",
    TEXT_SCALE: "text_scale",
    THEME: "theme",
    BREAK_REMINDERS: "break_reminders",
    BREAK_MINUTES: "break_minutes",
    LANGUAGE: "language",
}

_VALIDATE: dict[str, Callable[[Any], Any]] = {
    SESSION_REMINDERS: lambda v: _bool(v, translate("settings", "Session reminders")),
    SESSION_TIMES: _times,
    TRACKER_REMINDER: lambda v: _bool(v, translate("settings", "The tracker reminder")),
    TRACKER_TIME: lambda v: format_time(parse_time(v)),
    CUE_MODE: _cue_mode,
    TEXT_SCALE: _text_scale,
    THEME: _theme,
    BREAK_REMINDERS: lambda v: _bool(v, translate("settings", "Movement break reminders")),
    BREAK_MINUTES: _break_minutes,
    LANGUAGE: _language,
}

_FROM_JSON: dict[str, Callable[[Any], Any]] = {
    SESSION_REMINDERS: bool,
    SESSION_TIMES: lambda v: tuple(parse_time(t) for t in v),
    TRACKER_REMINDER: bool,
    TRACKER_TIME: parse_time,
    CUE_MODE: str,
    TEXT_SCALE: int,
    THEME: str,
    BREAK_REMINDERS: bool,
    BREAK_MINUTES: int,
    LANGUAGE: str,
}

_TO_JSON: dict[str, Callable[[Any], Any]] = {
    SESSION_REMINDERS: bool,
    SESSION_TIMES: lambda ts: [format_time(t) for t in ts],
    TRACKER_REMINDER: bool,
    TRACKER_TIME: format_time,
    CUE_MODE: str,
    TEXT_SCALE: int,
    THEME: str,
    BREAK_REMINDERS: bool,
    BREAK_MINUTES: int,
    LANGUAGE: str,
}

KEYS: tuple[str, ...] = tuple(_ATTR)


def validate(key: str, value: Any) -> Any:
    """The JSON-ready value to store for ``key``; raises SettingError when ``value`` cannot be used."""
    if key not in _VALIDATE:
        raise SettingError(translate("settings", "There is no setting called {key!r}.").format(key=key))
    return _VALIDATE[key](value)


def load(get: Callable[[str, Any], Any]) -> Settings:
    """Settings from ``get(key, default)``; a missing or no longer valid value gives the default."""
    values: dict[str, Any] = {}
    for key, attr in _ATTR.items():
        raw = get(key, None)
        if raw is None:
            continue
        try:
            values[attr] = _FROM_JSON[key](validate(key, raw))
        except SettingError:
            continue
    if "cue_mode" not in values and get(SOUND, None) is False:
        values["cue_mode"] = "off"  # turned off before there was a choice of voice or beeps
    return Settings(**values)
