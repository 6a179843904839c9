"""CSV and JSON exports read back with the csv and json modules to the stored values."""

import csv
import io
import json
import zipfile

import pytest
from export_history import D0, TODAY

from coach.core.tracker import LOCATIONS
from coach.export.data import TABLES, DataExportError, export_csv, export_json, table_rows
from coach.store import tracker as ts


def stored(store, table):
    """Every stored row of a table, straight from SQLite, as text the way CSV writes it."""
    rows = table_rows(store, 1, table)
    return [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]


def test_csv_folder_reads_back_to_the_stored_values(known, tmp_path):
    store, profile, _ = known
    written = export_csv(store, profile, tmp_path / "csv")
    assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in TABLES)
    for table, cols in TABLES.items():
        with open(tmp_path / "csv" / f"{table}.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert tuple(rows[0].keys()) == cols
        assert rows == stored(store, table)
    # spot checks a person would make in a spreadsheet
    with open(tmp_path / "csv" / "tracker_entries.csv", newline="", encoding="utf-8") as f:
        diary = {r["date"]: r for r in csv.DictReader(f)}
    assert len(diary) == 20 and "2026-03-19" not in diary  # the unrated day has no row
    assert diary[D0.isoformat()]["pain_back_right"] == "6" and diary[D0.isoformat()]["pain_knee_left"] == ""
    assert json.loads(diary["2026-03-05"]["weakness_json"]) == ["stairs"]
    assert diary["2026-03-03"]["note"] == "Slept badly"
    with open(tmp_path / "csv" / "sessions.csv", newline="", encoding="utf-8") as f:
        stopped = [r for r in csv.DictReader(f) if r["status"] == "stopped"]
    assert [(r["date"], r["stop_reason"], r["stop_detail"]) for r in stopped] == [
        ("2026-03-04", "sharp_pain", "in the front of the thigh")]


def test_csv_zip_holds_one_file_per_table(known, tmp_path):
    store, profile, _ = known
    (out,) = export_csv(store, profile, tmp_path / "data.zip")
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == sorted(f"{t}.csv" for t in TABLES)
        rows = list(csv.DictReader(io.TextIOWrapper(z.open("outcome_scores.csv"), encoding="utf-8", newline="")))
    assert [(r["week_start"], r["overall_pain"], r["psfs_mean"]) for r in rows] == [
        ("2026-03-02", "6", "4.0"), ("2026-03-16", "4", "6.5")]


def test_json_round_trip(known, tmp_path):
    store, profile, _ = known
    out = export_json(store, profile, tmp_path / "data.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "lumbar-coach-export" and doc["version"] == 1
    assert doc["profile"] == {"name": "Alex Example", "affected_side": "right", "start_date": "2026-03-02",
                              "program_id": "upper-lumbar-4-week"}
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
        e = entries[__import__("datetime").date.fromisoformat(row["date"])]
        assert {k: row[f"pain_{k}"] for k in LOCATIONS} == e.pain
        assert tuple(row["helped"]) == e.helped
    events = [e for e in doc["session_events"] if e["kind"] == "stop"]
    assert events[0]["data"] == {"reason": "sharp_pain", "detail": "in the front of the thigh"}
    answers = [w["answers"] for w in doc["warning_answers"]]
    assert answers == [{"weakness": True}, {"weakness": False}]


def test_bad_targets_are_clear_messages(known, tmp_path):
    store, profile, _ = known
    f = tmp_path / "file.txt"
    f.write_text("x")
    with pytest.raises(DataExportError, match="is a file; for CSV give a folder"):
        export_csv(store, profile, f)
    with pytest.raises(DataExportError, match="does not exist"):
        export_json(store, profile, tmp_path / "missing" / "data.json")
    with pytest.raises(DataExportError, match="is a folder"):
        export_json(store, profile, tmp_path)
