"""The screens in the navigation, in order: (key, title, "module:Class").

A screen is listed here only when it works. Each class takes the AppContext,
has a ``refresh()`` and is imported the first time it is shown.
"""

SCREENS: list[tuple[str, str, str]] = [
    ("today", "Today", "coach.ui.today:TodayScreen"),
    ("diary", "Diary", "coach.ui.diary.screen:DiaryScreen"),
    ("progress", "Progress", "coach.ui.progress.screen:ProgressScreen"),
    ("programs", "Programs", "coach.ui.programs.screen:ProgramsScreen"),
    ("profiles", "Profiles", "coach.ui.settings.profiles:ProfilesScreen"),
    ("settings", "Settings", "coach.ui.settings.screen:SettingsScreen"),
]
