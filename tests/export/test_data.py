"""CSV and JSON exports read back with the csv and json modules to the stored values, with readable labels."""

import csv
import datetime as dt
import io
import json
import stat
import zipfile

import pytest
from export_history import D0, TODAY

from coach.core.analytics import Period
from coach.core.tracker import LOCATIONS, TrackerEntry
from coach.export.data import (
    CSV_NAMES,
    TABLES,
    DataExportError,
    csv_columns,
    export_csv,
    export_json,
    safe_cell,
    table_rows,
)
from coach.store import tracker as ts


def stored(store, table):
    """Every stored row of a table, straight from SQLite, as text the way CSV writes it."""
    rows = table_rows(store, 1, table)
    return [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} starts with a byte-order mark"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_folder_reads_back_to_the_stored_values_with_labels_beside_codes(known, tmp_path):
    store, profile, program = known
    written = export_csv(store, profile, tmp_path / "csv", program=program)
    assert sorted(p.name for p in written) == sorted(CSV_NAMES)
    assert stat.S_IMODE((tmp_path / "csv").stat().st_mode) == 0o700
    for table in TABLES:
        assert stat.S_IMODE((tmp_path / "csv" / f"{table}.csv").stat().st_mode) == 0o600
        rows = read_csv(tmp_path / "csv" / f"{table}.csv")
        header = (tmp_path / "csv" / f"{table}.csv").read_bytes().decode("utf-8-sig").split("\r\n")[0]
        assert tuple(header.split(",")) == csv_columns(table)  # the header row, even for a table with no rows
        assert [{k: r[k] for k in TABLES[table]} for r in rows] == stored(store, table)  # the stored values
    diary = {r["date"]: r for r in read_csv(tmp_path / "csv" / "tracker_entries.csv")}
    assert len(diary) == 20 and "2026-03-19" not in diary  # the unrated day has no row
    assert diary[D0.isoformat()]["pain_back_right"] == "6" and diary[D0.isoformat()]["pain_knee_left"] == ""
    day4 = diary["2026-03-05"]
    assert json.loads(day4["weakness_json"]) == ["stairs"] and day4["weakness"] == "Climbing stairs"
    assert diary[D0.isoformat()]["numbness_locations"] == "Right shin"
    assert diary["2026-03-03"]["note"] == "Slept badly"
    assert diary["2026-03-16"]["helped"] == "Walking"
    cols = csv_columns("tracker_entries")
    assert cols.index("weakness") == cols.index("weakness_json") + 1  # the label right beside its code
    stopped = [r for r in read_csv(tmp_path / "csv" / "sessions.csv") if r["status"] == "stopped"]
    assert [(r["date"], r["stop_reason"], r["stop_reason_label"], r["status_label"], r["stop_detail"])
            for r in stopped] == [("2026-03-04", "sharp_pain", "Sharp pain", "Stopped early",
                                   "in the front of the thigh")]
    warnings = read_csv(tmp_path / "csv" / "warning_answers.csv")
    assert [(w["source_label"], w["warning_signs_reported"]) for w in warnings] == [
        ("daily diary", "weakness that is getting worse"), ("daily diary", "none")]
    scores = read_csv(tmp_path / "csv" / "outcome_scores.csv")
    assert scores[0]["psfs"] == "Climbing stairs 3/10; Sitting an hour 5/10"


def test_the_profile_and_the_prescribed_program_are_exported(known, tmp_path):
    store, profile, program = known
    export_csv(store, profile, tmp_path / "csv", program=program)
    (prof,) = read_csv(tmp_path / "csv" / "profile.csv")
    assert (prof["name"], prof["affected_side"], prof["affected_side_label"], prof["start_date"],
            prof["program_id"]) == ("Alex Example", "right", "Right leg", "2026-03-02", "upper-lumbar-4-week")
    assert prof["program_title"] == program.title
    rows = read_csv(tmp_path / "csv" / "program.csv")
    assert len(rows) == sum(len(w.exercises) for w in program.weeks)
    first = rows[0]
    ex = program.weeks[0].exercises[0]
    assert (first["week"], first["exercise_id"], first["exercise"], first["dose"]) == (
        "1", ex.id, ex.name, ex.dose_text())
    assert {r["nerve_glide"] for r in rows} == {"yes", "no"}


def test_a_spreadsheet_never_runs_a_cell_as_a_formula(tmp_path):
    from coach.resources import default_program_path
    from coach.store import profiles
    from coach.store.db import Store

    assert [safe_cell(v) for v in ("=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx", "café", -1, 3.5, None)] == [
        "'=1+1", "'+44", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "café", -1, 3.5, ""]
    store = Store.open(tmp_path / "data")
    try:
        profile = profiles.create_profile(store, name="=cmd|' /C calc'!A0", affected_side="left", start_date=D0,
                                          program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
        p = dict.fromkeys(LOCATIONS)
        p["back_right"] = 2
        ts.save_entry(store, profile.id, TrackerEntry(date=D0, pain=p, note='=HYPERLINK("http://x","café")'),
                      today=TODAY)
        export_csv(store, profile, tmp_path / "csv")
    finally:
        store.close()
    (row,) = read_csv(tmp_path / "csv" / "tracker_entries.csv")
    assert row["note"] == "'=HYPERLINK(\"http://x\",\"café\")" and row["pain_back_right"] == "2"
    (prof,) = read_csv(tmp_path / "csv" / "profile.csv")
    assert prof["name"] == "'=cmd|' /C calc'!A0"


def test_csv_zip_holds_one_file_per_table(known, tmp_path):
    store, profile, program = known
    (out,) = export_csv(store, profile, tmp_path / "data.zip", program=program)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == sorted(CSV_NAMES)
        rows = list(csv.DictReader(io.TextIOWrapper(z.open("outcome_scores.csv"), encoding="utf-8-sig",
                                                    newline="")))
    assert [(r["week_start"], r["overall_pain"], r["psfs_mean"]) for r in rows] == [
        ("2026-03-02", "6", "4.0"), ("2026-03-16", "4", "6.5")]


def test_a_period_exports_only_its_days(known, tmp_path):
    store, profile, program = known
    export_csv(store, profile, tmp_path / "csv", program=program, period=Period(D0, D0 + dt.timedelta(days=6)))
    dates = {r["date"] for r in read_csv(tmp_path / "csv" / "tracker_entries.csv")}
    assert dates == {(D0 + dt.timedelta(days=i)).isoformat() for i in range(7)}
    (prof,) = read_csv(tmp_path / "csv" / "profile.csv")
    assert (prof["period_start"], prof["period_end"]) == ("2026-03-02", "2026-03-08")


def test_json_round_trip(known, tmp_path):
    store, profile, program = known
    out = export_json(store, profile, tmp_path / "data.json", program=program)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "lumbar-coach-export" and doc["version"] == 3
    assert doc["profile"] == {"name": "Alex Example", "affected_side": "right", "start_date": "2026-03-02",
                              "program_id": "upper-lumbar-4-week", "program_title": program.title}
    assert doc["program"][0]["exercise"] == program.weeks[0].exercises[0].name and doc["period"] is None
    for table in TABLES:
        raw = table_rows(store, profile.id, table)
        assert len(doc[table]) == len(raw)
        for got, want in zip(doc[table], raw, strict=True):
            for k, v in want.items():
                if k.endswith("_json"):
                    assert got[k[:-5]] == (json.loads(v) if v else None)
                else:
                    assert got[k] == v
    # the diary rebuilt from the JSON equals what the app reads
    entries = ts.entries_between(store, profile.id, D0, TODAY)
    for row in doc["tracker_entries"]:
        e = entries[dt.date.fromisoformat(row["date"])]
        assert {k: row[f"pain_{k}"] for k in LOCATIONS} == e.pain
        assert tuple(row["helped"]) == e.helped
    events = [e for e in doc["session_events"] if e["kind"] == "stop"]
    assert events[0]["data"] == {"reason": "sharp_pain", "detail": "in the front of the thigh"}
    answers = [w["answers"] for w in doc["warning_answers"]]
    assert answers == [{"weakness": True}, {"weakness": False}]


def test_bad_targets_are_clear_messages_and_nothing_is_replaced(known, tmp_path):
    store, profile, _ = known
    f = tmp_path / "file.txt"
    f.write_text("x")
    with pytest.raises(DataExportError, match="CSV is written as a folder of files, or a file ending in .zip"):
        export_csv(store, profile, f)
    with pytest.raises(DataExportError, match="CSV is written as a folder"):
        export_csv(store, profile, tmp_path / "f.json")
    assert not (tmp_path / "f.json").exists()
    with pytest.raises(DataExportError, match="does not exist"):
        export_json(store, profile, tmp_path / "missing" / "data.json")
    with pytest.raises(DataExportError, match="is a folder"):
        export_json(store, profile, tmp_path)
    with pytest.raises(DataExportError, match=r"must end in \.json"):
        export_json(store, profile, tmp_path / "data.csv")
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "holiday.jpg").write_bytes(b"photo")
    with pytest.raises(DataExportError, match="already holds other files"):
        export_csv(store, profile, mixed, force=True)
    assert [p.name for p in mixed.iterdir()] == ["holiday.jpg"]
    again = tmp_path / "again"
    export_csv(store, profile, again)
    with pytest.raises(DataExportError, match="already holds an earlier export"):
        export_csv(store, profile, again)
    export_csv(store, profile, again, force=True)  # only an earlier export there: replaced with --force
    assert sorted(p.name for p in again.iterdir()) == sorted(CSV_NAMES)
    (tmp_path / "d.json").write_text("{}")
    with pytest.raises(DataExportError, match="already exists"):
        export_json(store, profile, tmp_path / "d.json")
    assert (tmp_path / "d.json").read_text() == "{}"
    assert not list(tmp_path.glob(".*part*"))


def test_flares_breaks_checks_pauses_visits_and_overrides_are_exported_and_follow_the_period(tmp_path):
    """Everything the person recorded reaches the clinician: a flare, a movement break, a maintenance check, a
    paused exercise, a clinician visit and a day's override, in the CSV (with labels) and the JSON."""
    from coach.core.clock import FixedClock
    from coach.resources import default_program_path
    from coach.store import care, profiles
    from coach.store import safety as safety_store
    from coach.store.db import Store

    clock = FixedClock(dt.datetime(2026, 3, 10, 9, 30))
    store = Store.open(tmp_path / "data", clock=clock)
    profile = profiles.create_profile(store, name="Sam", affected_side="left", start_date=D0,
                                      program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    day = dt.date(2026, 3, 10)
    care.record_flare(store, profile.id, day, "=after gardening")
    care.record_break(store, profile.id, day, 120)
    care.record_check(store, profile.id, day, "weekly", {"leg_symptoms": True, "stiffness": False}, "ease", 1)
    safety_store.pause_exercise(store, profile.id, "bridges", "repeated_stops", {"dates": ["2026-03-09"]})
    safety_store.record_visit(store, profile.id, day, "patient", "Saw my GP")
    safety_store.record_day_override(store, profile.id, day, 0, "seen by a physiotherapist today")

    export_csv(store, profile, tmp_path / "csv")
    flares = read_csv(tmp_path / "csv" / "flares.csv")
    assert [(r["date"], r["note"]) for r in flares] == [("2026-03-10", "'=after gardening")]  # no formula
    assert [(r["date"], r["seconds"]) for r in read_csv(tmp_path / "csv" / "movement_breaks.csv")] == [
        ("2026-03-10", "120")]
    (check,) = read_csv(tmp_path / "csv" / "maintenance_checks.csv")
    assert check["outcome"] == "ease" and check["back_to_week"] == "1"
    assert check["early_warning_signs_reported"] == "leg symptoms coming back"
    (paused,) = read_csv(tmp_path / "csv" / "paused_exercises.csv")
    assert paused["exercise_id"] == "bridges" and paused["reason_label"] == "Stopped repeatedly for symptoms"
    assert [r["note"] for r in read_csv(tmp_path / "csv" / "clinician_visits.csv")] == ["Saw my GP"]
    assert [r["reason"] for r in read_csv(tmp_path / "csv" / "day_overrides.csv")] == [
        "seen by a physiotherapist today"]

    doc = json.loads(export_json(store, profile, tmp_path / "all.json").read_text(encoding="utf-8"))
    assert doc["maintenance_checks"][0]["answers"] == {"leg_symptoms": True, "stiffness": False}
    assert doc["paused_exercises"][0]["detail"] == {"dates": ["2026-03-09"]}
    # a period before that day leaves every one of them out, the paused exercise by the day it was paused
    before = json.loads(export_json(store, profile, tmp_path / "before.json",
                                    period=Period(D0, day - dt.timedelta(days=1))).read_text(encoding="utf-8"))
    assert all(before[t] == [] for t in ("flares", "movement_breaks", "maintenance_checks", "paused_exercises",
                                         "clinician_visits", "day_overrides"))
    store.close()
