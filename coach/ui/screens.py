"""The screens in the navigation, in order: (key, title, "module:Class"), and what each one shows.

A screen is listed here only when it works. Each class takes the AppContext,
has a ``refresh()`` and is imported the first time it is shown. A screen is
redrawn each time it is shown, and while it is in view whenever a change
touches a kind of record it shows (``REFRESH_ON``; a screen not listed there
redraws on every change).
"""

from coach.app.changes import Changes
from coach.core.i18n import QT_TRANSLATE_NOOP

SCREENS: list[tuple[str, str, str]] = [
    ("today", QT_TRANSLATE_NOOP("screens", "Today"), "coach.ui.today:TodayScreen"),
    ("diary", QT_TRANSLATE_NOOP("screens", "Diary"), "coach.ui.diary.screen:DiaryScreen"),
    ("progress", QT_TRANSLATE_NOOP("screens", "Progress"), "coach.ui.progress.screen:ProgressScreen"),
    ("guide", QT_TRANSLATE_NOOP("screens", "Guide"), "coach.ui.guide.screen:GuideScreen"),
    ("programs", QT_TRANSLATE_NOOP("screens", "Programs"), "coach.ui.programs.screen:ProgramsScreen"),
    ("profiles", QT_TRANSLATE_NOOP("screens", "Profiles"), "coach.ui.settings.profiles:ProfilesScreen"),
    ("settings", QT_TRANSLATE_NOOP("screens", "Settings"), "coach.ui.settings.screen:SettingsScreen"),
]

_RECORDS = Changes(sessions=True, diary=True, safety=True, program=True, profile=True, time=True)

REFRESH_ON: dict[str, Changes] = {
    # the plan, its slots and their status, safety notices (with a clinician's buttons), the evening diary notice
    "today": _RECORDS | Changes(clinician=True),
    # a day with its warning answers and the sessions' exercises, the 14 days, the weekly scores
    "diary": _RECORDS,
    "progress": _RECORDS,
    # the topics are fixed texts; what the diary says helped, and the settings (movement breaks)
    "guide": Changes(diary=True, profile=True, settings=True),
    # the programs and which one is in use; editing needs clinician mode
    "programs": Changes(program=True, profile=True, clinician=True),
    # each profile's program and history, the PIN
    "profiles": Changes(sessions=True, diary=True, program=True, profile=True, settings=True, clinician=True),
    # the settings, the affected side, the slots' names
    "settings": Changes(settings=True, profile=True, program=True),
}
