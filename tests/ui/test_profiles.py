"""Profiles on a shared computer: create, edit, switch, delete, histories kept apart; the clinician PIN."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.core.tracker import LOCATIONS, TrackerEntry
from coach.resources import default_program_path
from coach.store import clinician as clinician_store
from coach.store import profiles, safety
from coach.store import sessions as ss
from coach.store import tracker as ts
from coach.ui.settings import profiles as profiles_ui
from coach.ui.widgets import kit as ew

DAY = dt.date(2026, 11, 3)


def add_history(store, profile_id: int, sessions: int, diary_days: int) -> None:
    for i in range(sessions):
        sid = ss.start_session(store, profile_id=profile_id, date=DAY, slot_index=i % 2, slot_name="Morning",
                               week=1, program_id="upper-lumbar-4-week", planned=[])
        ss.append_event(store, sid, kind="exercise_start", exercise_index=0, exercise_id="knee-to-chest",
                        data={"kind": "hold"})
        ss.finish_session(store, sid, ss.COMPLETED, summary={"completed": True})
    for i in range(diary_days):
        pain = dict.fromkeys(LOCATIONS)
        pain["back_right"] = 4
        ts.save_entry(store, profile_id, TrackerEntry(date=DAY + dt.timedelta(days=i), pain=pain),
                      today=DAY + dt.timedelta(days=10))
    safety.record_warning_answers(store, profile_id, DAY, {"weakness": False}, "tracker")


def rows(store, table: str, profile_id: int) -> int:
    return store.db.execute(f"select count(*) from {table} where profile_id = ?", [profile_id]).fetchone()[0]


@pytest.fixture
def said(monkeypatch):
    class Said:
        yes = True
        asked: list[str] = []
        told: list[str] = []

    s = Said()
    s.asked, s.told = [], []

    def confirm(parent, title, text, yes, **kw):
        s.asked.append(text)
        return s.yes

    monkeypatch.setattr(ew, "confirm", confirm)
    monkeypatch.setattr(ew, "tell", lambda parent, title, text, **kw: s.told.append(text))
    return s


@pytest.fixture
def sam(store, profile):
    """A second profile (not in use) with a history of its own; the first one ("Me") has one too."""
    other = profiles.create_profile(store, name="Sam", affected_side="left", start_date=DAY,
                                    program_id="upper-lumbar-4-week", program_path=str(default_program_path()),
                                    make_active=False)
    add_history(store, profile.id, sessions=3, diary_days=2)
    add_history(store, other.id, sessions=5, diary_days=4)
    return other


@pytest.fixture
def screen(window, said):
    def make(clinician: bool = True):
        w = window()
        scr = w.show_screen("profiles")
        if clinician:
            scr.bar.toggle.click()
        return scr

    return make


def select(scr, name: str) -> None:
    for i in range(scr.list.count()):
        if scr.list.item(i).text().startswith(name):
            scr.list.setCurrentRow(i)
            return
    raise AssertionError(name)


def test_locked_in_patient_mode(screen, sam):
    scr = screen(clinician=False)
    assert not scr.manage.isVisible() and scr.locked_note.isVisible()
    assert "In use: <b>Me</b>" in scr.current.text()


def test_list_shows_each_profile_with_its_own_history(screen, sam):
    scr = screen()
    assert scr.list.count() == 2
    select(scr, "Me")
    me = scr.list.currentItem().text()
    assert "● in use" in me and "3 sessions, 2 diary days" in me
    select(scr, "Sam")
    assert "Left leg" in scr.list.currentItem().text() and "5 sessions, 4 diary days" in scr.list.currentItem().text()
    assert scr.delete_button.isEnabled() and scr.switch_button.isEnabled()


def test_switch_is_confirmed_and_changes_what_the_app_shows(screen, sam, store, said):
    scr = screen()
    select(scr, "Sam")
    said.yes = False
    scr.switch_button.click()
    assert scr.ctx.profile.name == "" and said.asked[-1] == "Switch to Sam?"
    said.yes = True
    scr.switch_button.click()
    assert scr.ctx.profile.id == sam.id
    assert profiles.active_profile(store).id == sam.id
    assert "In use: <b>Sam</b>" in scr.current.text()
    assert not scr.switch_button.isEnabled() and not scr.delete_button.isEnabled()  # Sam is in use now


def test_delete_keeps_the_other_profiles_history(screen, sam, store, profile, said):
    scr = screen()
    before_me = {t: rows(store, t, profile.id) for t in ("sessions", "tracker_entries", "warning_answers")}
    assert before_me == {"sessions": 3, "tracker_entries": 2, "warning_answers": 1}
    events_me = store.db.execute("select count(*) from session_events e join sessions s on s.id = e.session_id "
                                 "where s.profile_id = ?", [profile.id]).fetchone()[0]
    select(scr, "Sam")
    said.yes = False
    scr.delete_button.click()
    assert rows(store, "sessions", sam.id) == 5
    said.yes = True
    scr.delete_button.click()
    assert said.asked[-1] == "Delete Sam and their history (5 sessions and 4 diary days)?"
    assert profiles.get_profile(store, sam.id) is None
    for t in ("sessions", "tracker_entries", "warning_answers"):
        assert rows(store, t, sam.id) == 0
    assert store.db.execute("select count(*) from session_events").fetchone()[0] == events_me
    assert {t: rows(store, t, profile.id) for t in before_me} == before_me
    assert any("before-profile-delete" in b.path.name for b in store.backups())
    assert scr.list.count() == 1


def test_the_profile_in_use_cannot_be_deleted(screen, sam, store, profile):
    scr = screen()
    select(scr, "Me")
    assert not scr.delete_button.isEnabled()
    with pytest.raises(ValueError, match="switch to another profile"):
        clinician_store.delete_profile(store, profile.id)
    assert profiles.get_profile(store, profile.id) is not None


def test_new_and_edited_profiles(screen, store, monkeypatch, said):
    scr = screen()
    values = {"name": "Robin", "affected_side": "both", "start_date": DAY, "program_id": "upper-lumbar-4-week",
              "program_path": str(default_program_path())}
    monkeypatch.setattr(profiles_ui, "ask_profile", lambda ctx, parent, profile=None: dict(values))
    scr.new_button.click()
    robin = next(p for p in profiles.list_profiles(store) if p.name == "Robin")
    assert robin.affected_side == "both" and scr.ctx.profile.name == ""  # not switched to
    assert scr.selected().id == robin.id
    values["name"] = "Robin B."
    scr.edit_button.click()
    assert profiles.get_profile(store, robin.id).name == "Robin B."


def test_profile_dialog_needs_a_name(window, store, profile):
    w = window()
    dlg = profiles_ui.ProfileDialog(w.ctx)
    dlg._accept()
    assert "name" in dlg.problem.text() and dlg.result() == 0
    dlg.name.setText("Kim")
    assert dlg.values()["program_path"] == str(default_program_path())
    dlg._accept()
    assert dlg.result() == 1


def test_set_and_use_the_clinician_pin(screen, store, monkeypatch, said):
    scr = screen()
    assert "not set" in scr.pin_state.text()
    monkeypatch.setattr(profiles_ui, "ask_new_pin", lambda parent: "975310")
    scr.pin_button.click()
    assert clinician_store.has_pin(store) and "975310" not in str(store.get_setting(clinician_store.PIN_KEY))
    assert clinician_store.check_pin(store, "975310") and not clinician_store.check_pin(store, "975311")
    scr.bar.toggle.click()  # leave
    assert not scr.manage.isVisible()
    monkeypatch.setattr(profiles_ui, "ask_pin", lambda *a: "000000")
    scr.bar.toggle.click()
    assert not scr.ctx.clinician_mode and said.told[-1].startswith("That PIN is not right")
    monkeypatch.setattr(profiles_ui, "ask_pin", lambda *a: "975310")
    scr.bar.toggle.click()
    assert scr.ctx.clinician_mode and scr.manage.isVisible()
    # changing it asks for the current one first
    monkeypatch.setattr(profiles_ui, "ask_pin", lambda *a: "111111")
    scr.pin_button.click()
    assert clinician_store.check_pin(store, "975310") and said.told[-1] == "That PIN is not right."
    scr.pin_clear.click()
    assert not clinician_store.has_pin(store)


def test_an_old_short_pin_still_opens_clinician_mode_and_asks_for_a_new_one(screen, store, monkeypatch, said):
    import hashlib

    salt = bytes(range(16))
    key = hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32)
    store.set_setting(clinician_store.PIN_KEY, f"scrypt${2**14}$8$1${salt.hex()}${key.hex()}")
    scr = screen(clinician=False)
    monkeypatch.setattr(profiles_ui, "ask_pin", lambda *a: "2468")
    monkeypatch.setattr(profiles_ui, "ask_new_pin", lambda parent: "864213")
    scr.bar.toggle.click()
    assert scr.ctx.clinician_mode
    assert "choose a new clinician PIN" in said.told[-1] and "at least 6 characters" in said.told[-1]
    from coach.core import clinician

    assert store.get_setting(clinician_store.PIN_KEY).startswith(f"scrypt${clinician.N}$8$2$")  # today's cost
    assert clinician_store.check_pin(store, "864213") and not clinician_store.check_pin(store, "2468")


def test_wrong_pins_pause_the_next_try(screen, store, monkeypatch, said, clock):
    clinician_store.set_pin(store, "975310")
    scr = screen(clinician=False)
    monkeypatch.setattr(profiles_ui, "ask_pin", lambda *a: "000000")
    for _ in range(3):
        scr.bar.toggle.click()
    assert said.told[-1] == ("That PIN is not right. Too many wrong PINs: try again in 30 seconds. "
                             "Clinician mode stays off.")
    monkeypatch.setattr(profiles_ui, "ask_pin", lambda *a: "975310")
    scr.bar.toggle.click()  # the right PIN waits too
    assert not scr.ctx.clinician_mode and said.told[-1].startswith("Too many wrong PINs. Try again in")
    clock.advance(31)
    scr.bar.toggle.click()
    assert scr.ctx.clinician_mode
