"""Use cases the UI and the command line call: sessions, the diary, safety, programs, profiles, settings.

Every rule lives in ``coach.core`` and every record in ``coach.store``; this
layer puts them together for one thing a person does (start a session, save a
day of the diary, confirm an assessment, assign a program) and returns what
changed (``coach.app.changes.Changes``). No Qt here. ``coach.app.state.App``
holds the open store, the profile in use and its program.
"""
