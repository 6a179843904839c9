import datetime as dt

import pytest

from coach.core import settings as S


def store_dict():
    data = {}
    return data, (lambda key, default=None: data.get(key, default))


def test_defaults_are_morning_evening_and_tracker_at_eight():
    s = S.load(lambda key, default=None: default)
    assert s == S.Settings()
    assert s.times_for(2) == (dt.time(8, 0), dt.time(18, 0))
    assert s.tracker_time == dt.time(20, 0)
    assert (s.session_reminders, s.tracker_reminder, s.sound_enabled) == (True, True, True)
    assert (s.text_scale, s.theme, s.scale) == (100, "system", 1.0)


def test_every_setting_round_trips_through_the_store():
    data, get = store_dict()
    chosen = {
        S.SESSION_REMINDERS: False,
        S.SESSION_TIMES: ["07:15", "19:45"],
        S.TRACKER_REMINDER: False,
        S.TRACKER_TIME: "21:30",
        S.CUE_MODE: "beeps",
        S.TEXT_SCALE: 175,
        S.THEME: "high-contrast",
        S.BREAK_REMINDERS: True,
        S.BREAK_MINUTES: 25,
        S.LANGUAGE: "es",
    }
    assert set(chosen) == set(S.KEYS)
    for key, value in chosen.items():
        data[key] = S.validate(key, value)
    s = S.load(get)
    assert s == S.Settings(False, (dt.time(7, 15), dt.time(19, 45)), False, dt.time(21, 30), "beeps", 175,
                           "high-contrast", True, 25, "es")
    assert s.to_store() == chosen
    assert S.load(lambda k, d=None: s.to_store().get(k, d)) == s


@pytest.mark.parametrize("key, value, words", [
    (S.TRACKER_TIME, "25:00", "24-hour clock"),
    (S.TRACKER_TIME, "evening", "for example 08:00"),
    (S.SESSION_TIMES, "08:00", "one time per session"),
    (S.SESSION_TIMES, ["08:00", "8pm"], "hours:minutes"),
    (S.TEXT_SCALE, 250, "100–200"),
    (S.TEXT_SCALE, 99, "100–200"),
    (S.TEXT_SCALE, "big", "whole percentage"),
    (S.THEME, "purple", "system, light, dark, high-contrast"),
    (S.CUE_MODE, "loud", "voice, beeps, off"),
    (S.BREAK_MINUTES, 45, "every 20, 25, 30 minutes"),
    (S.BREAK_MINUTES, True, "every 20, 25, 30 minutes"),
    (S.BREAK_REMINDERS, "often", "on or off"),
    ("volume", 3, "no setting called"),
])
def test_bad_values_get_a_message_that_says_how_to_fix_them(key, value, words):
    with pytest.raises(S.SettingError) as err:
        S.validate(key, value)
    assert words in str(err.value)


def test_every_offered_text_size_is_valid_and_times_accept_short_forms():
    for size in S.TEXT_SIZES:
        assert S.validate(S.TEXT_SCALE, size) == size
    assert S.validate(S.TRACKER_TIME, "8:05") == "08:05"
    assert S.validate(S.TRACKER_TIME, "20.30") == "20:30"
    assert S.validate(S.TRACKER_TIME, dt.time(6, 0)) == "06:00"


def test_a_damaged_stored_value_falls_back_to_its_default_only():
    data, get = store_dict()
    data.update({S.THEME: "neon", S.TEXT_SCALE: 150, S.TRACKER_TIME: "never"})
    s = S.load(get)
    assert (s.theme, s.text_scale, s.tracker_time) == ("system", 150, dt.time(20, 0))


def test_session_times_follow_the_number_of_slots():
    assert S.default_session_times(1) == (dt.time(8, 0),)
    assert S.default_session_times(3) == (dt.time(8, 0), dt.time(13, 0), dt.time(18, 0))
    s = S.Settings(session_times=(dt.time(7, 0),))
    assert s.times_for(2) == (dt.time(7, 0), dt.time(18, 0))
    s2 = s.with_session_time(1, "17:30", 2)
    assert s2.times_for(2) == (dt.time(7, 0), dt.time(17, 30))
    with pytest.raises(S.SettingError):
        s.with_session_time(4, "10:00", 2)


def test_with_value_validates_and_converts():
    s = S.Settings().with_value(S.TRACKER_TIME, "19:00").with_value(S.THEME, "dark")
    assert (s.tracker_time, s.theme) == (dt.time(19, 0), "dark")
    assert not S.Settings(session_reminders=False, tracker_reminder=False).reminders_on
    with pytest.raises(S.SettingError):
        s.with_value(S.TEXT_SCALE, 300)
