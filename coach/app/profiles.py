"""Profile use cases: the first profile with its warning-sign answers, adding, editing, switching and
deleting profiles, and the clinician PIN that guards them.

Several people can use one computer: each profile has its own program, start
date, side and history. Clinician mode itself is never stored (the UI holds
it); only the PIN's salted hash is (``coach.store.clinician``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.app.changes import EVERYTHING, NOTHING, Changes, Done
from coach.core import safety as rules
from coach.core.profile import Profile
from coach.store import clinician as clinician_store
from coach.store import profiles as profile_store
from coach.store import safety as safety_store
from coach.store.db import Store

if TYPE_CHECKING:
    from coach.app.state import App

PROFILES = Changes(profile=True)
SETTINGS = Changes(settings=True)


# ==================================================================== first run
@dataclass(frozen=True)
class FirstRun:
    profile: Profile
    outcome: rules.Outcome | None  # what the warning-sign answers mean (None when none were given)


def first_profile(store: Store, *, name: str, affected_side: str, start_date: dt.date, program_id: str,
                  program_path: str, answers: Mapping[str, bool], today: dt.date) -> Done[FirstRun]:
    """Create the first profile (in use from now on) and store its warning-sign answers (dated ``today``), in
    one transaction: a retry after a failed save cannot leave a second profile behind."""

    def tx(_db):
        profile = profile_store.create_profile(store, name=name, affected_side=affected_side,
                                               start_date=start_date, program_id=program_id,
                                               program_path=program_path)
        outcome = (safety_store.record_warning_answers(store, profile.id, today, answers, "first_run")
                   if answers else None)
        return FirstRun(profile, outcome)

    return Done(store.write(tx), EVERYTHING)


# ===================================================================== profiles
def list_profiles(app: App) -> list[Profile]:
    return profile_store.list_profiles(app.store)


def history_counts(app: App, profile_id: int) -> dict[str, int]:
    """How many sessions and diary days the profile has ("sessions", "diary")."""
    return clinician_store.history_counts(app.store, profile_id)


def create(app: App, **values) -> Done[Profile]:
    """A new profile (not switched to)."""
    return Done(profile_store.create_profile(app.store, make_active=False, **values), PROFILES)


def update(app: App, profile_id: int, **values) -> Done[Profile]:
    """Change a profile's details; the profile in use shows them at once."""
    updated = profile_store.update_profile(app.store, profile_id, **values)
    changes = PROFILES
    if app.profile and app.profile.id == profile_id:
        changes |= app.use_profile(updated)
    return Done(updated, changes)


def set_side(app: App, side: str) -> Done[Profile]:
    """The side with the symptoms, for the profile in use (one-sided exercises start on it)."""
    return update(app, app.profile.id, affected_side=side)


def switch(app: App, profile: Profile) -> Changes:
    """Use ``profile`` from now on (nothing is deleted)."""
    if app.profile and app.profile.id == profile.id:
        return NOTHING
    profile_store.set_active(app.store, profile.id)
    return app.use_profile(profile)


def delete(app: App, profile: Profile) -> Changes:
    """Delete a profile and its history, after a backup of the data file; the profile in use is refused
    (``ValueError``)."""
    if app.profile and app.profile.id == profile.id:
        raise ValueError("The profile in use cannot be deleted; switch to another one first.")
    app.store.backup(reason="before-profile-delete")
    clinician_store.delete_profile(app.store, profile.id)
    return PROFILES


# ================================================================ clinician PIN
def has_pin(app: App) -> bool:
    return clinician_store.has_pin(app.store)


def check_pin(app: App, pin: str) -> bool:
    return clinician_store.check_pin(app.store, pin)


def try_pin(app: App, pin: str) -> clinician_store.PinAttempt:
    """Check ``pin``, counting wrong tries; during the pause after them every PIN is refused unchecked."""
    return clinician_store.try_pin(app.store, pin)


def set_pin(app: App, pin: str) -> Changes:
    """Set (or change) the clinician PIN; ``ValueError`` says what is wrong with one that cannot be used."""
    clinician_store.set_pin(app.store, pin)
    return SETTINGS


def clear_pin(app: App) -> Changes:
    clinician_store.clear_pin(app.store)
    return SETTINGS
