"""A person's data as CSV (one file per table, in a folder or a .zip) or as one JSON document.

:func:`collect` reads everything of one profile (optionally one period) into
plain rows; :func:`csv_files` and :func:`json_bytes` turn them into file bytes
without touching the store, so the writing can happen on a worker thread.
``export_data`` does both and writes with ``coach.export.outfile`` (whole,
0600, never over an existing file unless ``force``).

What is exported
================
* ``profile``: name, affected side, program start date, program id and title.
* ``program``: the prescribed program, one row per week and exercise with its
  dose as the program states it and as planned now (the dose level reached).
* ``sessions``, ``session_events``, ``tracker_entries``, ``outcome_scores``,
  ``warning_answers``, ``flares``, ``movement_breaks``, ``maintenance_checks``,
  ``paused_exercises``, ``clinician_visits``, ``day_overrides``: the stored
  rows, columns as in ``TABLES``, values exactly as stored (a paused
  exercise falls in a period by the day it was paused).
* ``week_decisions``: each end-of-week decision (move on, stay, ease back).

CSV
===
UTF-8 with a byte-order mark (so a spreadsheet opened by double-click reads
"café" right), a header row, CRLF line ends. An empty cell is a value that was
not filled in (NULL), never 0. Columns ending in ``_json`` hold JSON text as
stored; beside each coded column is a readable one (``status`` →
``status_label``, ``weakness_json`` → ``weakness``, ``stop_reason`` →
``stop_reason_label`` …). A text cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe, so no spreadsheet
runs it as a formula (numbers are written as numbers).

JSON
====
``{"format": "lumbar-coach-export", "version": 3, ...}`` with the same rows
(version 3 added the flares, breaks, maintenance checks, pauses, clinician
visits and day overrides);
``_json`` columns are parsed and lose the suffix (``planned_json`` →
``planned``); readable labels are not repeated there.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach import APP_NAME, __version__
from coach.core import maintenance
from coach.core.analytics import Period
from coach.core.plan import plan_exercise
from coach.core.profile import SIDE_LABELS, Profile
from coach.core.program import Program
from coach.core.safety import stop_reason_text
from coach.core.safety_texts import warning_source
from coach.core.tracker import (
    ACTIVITY_PRESETS,
    HELPED_PRESETS,
    WEAKNESS_PRESETS,
    location_label,
)
from coach.core.warning_signs import SIGNS
from coach.export.outfile import OutputError, check_file, check_folder, write_bytes, write_folder
from coach.store import safety as safety_store
from coach.store.db import Store

FORMAT_ID = "lumbar-coach-export"
FORMAT_VERSION = 3

# table -> its stored columns, in order. Every table is filtered to the active profile.
TABLES: dict[str, tuple[str, ...]] = {
    "sessions": ("id", "date", "slot_index", "slot_name", "week", "program_id", "status", "started_at",
                 "ended_at", "stop_reason", "stop_detail", "pain_before", "pain_after", "planned_json",
                 "summary_json"),
    "session_events": ("session_id", "seq", "kind", "at", "mono", "exercise_index", "exercise_id", "set_no",
                       "side", "rep", "data_json"),
    "tracker_entries": ("date", "pain_back_left", "pain_back_right", "pain_thigh_left", "pain_thigh_right",
                        "pain_knee_left", "pain_knee_right", "pain_shin_left", "pain_shin_right", "overall_pain",
                        "numbness_locations_json", "numbness_where", "numbness_strength", "weakness_json",
                        "weakness_other", "activities_json", "activities_other", "exercises_json",
                        "exercises_other", "helped_json", "helped_other", "note", "created_at", "updated_at"),
    "outcome_scores": ("week_start", "overall_pain", "psfs_mean", "psfs_json", "note", "created_at", "updated_at"),
    "warning_answers": ("date", "source", "answers_json", "outcome", "answered_at", "acknowledged_at",
                        "assessed_confirmed_at", "superseded_at"),
    "flares": ("date", "started_at", "note", "updated_at"),
    "movement_breaks": ("date", "at", "seconds"),
    "maintenance_checks": ("date", "answered_at", "phase", "answers_json", "outcome", "back_to_week",
                           "returned_at"),
    "paused_exercises": ("exercise_id", "paused_at", "reason", "detail_json", "trigger_session_id",
                         "re_enabled_at"),
    "clinician_visits": ("seen_on", "recorded_at", "by", "note"),
    "day_overrides": ("date", "covers_session_id", "reason", "recorded_at"),
}

_QUERIES: dict[str, str] = {
    "sessions": "select {cols} from sessions where profile_id = ? and date between ? and ? order by date, id",
    "session_events": "select {cols} from session_events e join sessions s on s.id = e.session_id "
                      "where s.profile_id = ? and s.date between ? and ? order by e.session_id, e.seq",
    "tracker_entries": "select {cols} from tracker_entries where profile_id = ? and date between ? and ? "
                       "order by date",
    "outcome_scores": "select {cols} from outcome_scores where profile_id = ? and week_start between ? and ? "
                      "order by week_start",
    "warning_answers": "select {cols} from warning_answers where profile_id = ? and date between ? and ? "
                       "order by date, id",
    "flares": "select {cols} from flares where profile_id = ? and date between ? and ? order by date, id",
    "movement_breaks": "select {cols} from movement_breaks where profile_id = ? and date between ? and ? "
                       "order by date, id",
    "maintenance_checks": "select {cols} from maintenance_checks where profile_id = ? and date between ? and ? "
                          "order by date, id",
    "paused_exercises": "select {cols} from paused_exercises where profile_id = ? "
                        "and substr(paused_at, 1, 10) between ? and ? order by paused_at, id",
    "clinician_visits": "select {cols} from clinician_visits where profile_id = ? and seen_on between ? and ? "
                        "order by seen_on, id",
    "day_overrides": "select {cols} from day_overrides where profile_id = ? and date between ? and ? "
                     "order by date, id",
}

PROFILE_COLUMNS = ("name", "affected_side", "affected_side_label", "start_date", "program_id", "program_title",
                   "exported_at", "period_start", "period_end")
PROGRAM_COLUMNS = ("week", "week_title", "exercise_id", "exercise", "kind", "dose", "dose_level", "planned_now",
                   "nerve_glide")
DECISION_COLUMNS = ("date", "from_week", "choice", "choice_label", "effective_week", "applies_from")

STATUS_LABELS = {"completed": "Completed", "stopped": "Stopped early", "closed": "Closed without finishing",
                 "in_progress": "In progress"}
CHOICE_LABELS = {"advance": "Move on to the next week", "stay": "Stay on this week", "ease": "Ease back a week"}
_QUESTION_SHORT = {q.id: q.short for q in SIGNS}  # asked or recorded (a stop for weakness)
PAUSE_REASONS = {"repeated_stops": "Stopped repeatedly for symptoms"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_ALL = Period(dt.date(1, 1, 1), dt.date(9999, 12, 31))


class DataExportError(Exception):
    """The export could not be written; the message says what to fix."""


@dataclass(frozen=True)
class ExportTables:
    """Everything of one profile to export, read from the store (plain values, ready for any thread)."""

    profile: dict[str, Any]
    program: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    tables: dict[str, list[dict[str, Any]]]
    exported_at: str


# ------------------------------------------------------------------- read
def table_rows(store: Store, profile_id: int, table: str, period: Period = _ALL) -> list[dict[str, Any]]:
    """The stored rows of one table for one profile (and period), with the documented columns, in order."""
    cols = TABLES[table]
    if table not in store.db.table_names():
        return []
    prefix = "e." if table == "session_events" else ""
    sql = _QUERIES[table].format(cols=", ".join(prefix + c for c in cols))
    cur = store.db.execute(sql, [profile_id, period.start.isoformat(), period.end.isoformat()])
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def program_rows(program: Program | None, store: Store | None = None, profile: Profile | None = None
                 ) -> list[dict[str, Any]]:
    """The prescribed program: one row per week and exercise, its dose as stated and as planned now."""
    if program is None:
        return []
    out = []
    for w in program.weeks:
        levels = safety_store.dose_levels(store, profile.id, w.number) if store and profile else {}
        for ex in w.exercises:
            level = levels.get(ex.id, 0.0)
            out.append({"week": w.number, "week_title": w.title, "exercise_id": ex.id, "exercise": ex.name,
                        "kind": ex.kind, "dose": ex.dose_text(), "dose_level": level,
                        "planned_now": plan_exercise(ex, profile.affected_side if profile else "unsure",
                                                     level).planned_text(),
                        "nerve_glide": "yes" if ex.nerve_glide else "no"})
    return out


def collect(store: Store, profile: Profile, program: Program | None = None, period: Period | None = None,
            now: dt.datetime | None = None) -> ExportTables:
    """Everything of one profile (only ``period``'s days when given), read now."""
    now = now or store.clock.now()
    period = period or _ALL
    prof = {"name": profile.name, "affected_side": profile.affected_side,
            "affected_side_label": SIDE_LABELS.get(profile.affected_side, profile.affected_side),
            "start_date": profile.start_date.isoformat(), "program_id": profile.program_id,
            "program_title": program.title if program else "", "exported_at": now.isoformat(timespec="seconds"),
            "period_start": "" if period is _ALL else period.start.isoformat(),
            "period_end": "" if period is _ALL else period.end.isoformat()}
    decisions = [{"date": c.applies_from.isoformat(), "from_week": c.from_week, "choice": c.choice,
                  "choice_label": CHOICE_LABELS.get(c.choice, c.choice), "effective_week": c.effective_week,
                  "applies_from": c.applies_from.isoformat()}
                 for c in safety_store.week_choices(store, profile.id) if c.applies_from in period]
    tables = {t: table_rows(store, profile.id, t, period) for t in TABLES}
    return ExportTables(prof, program_rows(program, store, profile), decisions, tables,
                        now.isoformat(timespec="seconds"))


# ------------------------------------------------------------------- CSV
def _joined(items) -> str:
    return "; ".join(i for i in items if i)


def _loads(text):
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def _labels(text, presets: dict[str, str], other: str = "") -> str:
    keys = _loads(text) or []
    out = [presets.get(k, k) for k in keys if k != "other"]
    if "other" in keys or other:
        out.append((other or "").strip() or "Other")
    return _joined(out)


def _psfs(text) -> str:
    items = _loads(text) or []
    return _joined(f"{i.get('activity', '')} {'–' if i.get('score') is None else i.get('score')}/10"
                   for i in items if isinstance(i, dict) and i.get("activity"))


def _answers(text, shorts: dict[str, str] = _QUESTION_SHORT) -> str:
    answers = _loads(text) or {}
    yes = [shorts.get(k, k) for k, v in answers.items() if v] if isinstance(answers, dict) else []
    return _joined(yes) or "none"


def _exercises(text) -> str:
    items = _loads(text) or []
    return _joined(f"{e.get('name', '')} ×{e.get('times')}" if (e.get("times") or 0) > 1 else e.get("name", "")
                   for e in items if isinstance(e, dict))


# table -> (column it sits beside, label column, how to make it from the row)
LABELS: dict[str, tuple[tuple[str, str, Callable[[dict], str]], ...]] = {
    "sessions": (("status", "status_label", lambda r: STATUS_LABELS.get(r["status"], r["status"] or "")),
                 ("stop_reason", "stop_reason_label",
                  lambda r: stop_reason_text(r["stop_reason"]) if r["stop_reason"] else "")),
    "tracker_entries": (
        ("numbness_locations_json", "numbness_locations",
         lambda r: _joined(location_label(k) for k in (_loads(r["numbness_locations_json"]) or []))),
        ("weakness_json", "weakness", lambda r: _labels(r["weakness_json"], WEAKNESS_PRESETS, r["weakness_other"])),
        ("activities_json", "activities_limited",
         lambda r: _labels(r["activities_json"], ACTIVITY_PRESETS, r["activities_other"])),
        ("exercises_json", "exercises", lambda r: _exercises(r["exercises_json"])),
        ("helped_json", "helped", lambda r: _labels(r["helped_json"], HELPED_PRESETS, r["helped_other"]))),
    "outcome_scores": (("psfs_json", "psfs", lambda r: _psfs(r["psfs_json"])),),
    "warning_answers": (("source", "source_label", lambda r: warning_source(r["source"] or "")),
                        ("answers_json", "warning_signs_reported", lambda r: _answers(r["answers_json"]))),
    "maintenance_checks": (("answers_json", "early_warning_signs_reported",
                            lambda r: _answers(r["answers_json"], {s.id: s.short for s in maintenance.SIGNS})),),
    "paused_exercises": (("reason", "reason_label", lambda r: PAUSE_REASONS.get(r["reason"], r["reason"] or "")),),
}


def csv_columns(table: str) -> tuple[str, ...]:
    """The columns of a table's CSV file: the stored ones, each readable label right after its code."""
    beside = {code: label for code, label, _f in LABELS.get(table, ())}
    out: list[str] = []
    for c in TABLES[table]:
        out.append(c)
        if c in beside:
            out.append(beside[c])
    return tuple(out)


def safe_cell(value: Any) -> Any:
    """A value as a CSV cell: empty for None; text that a spreadsheet would run as a formula made plain text."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(cols: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([safe_cell(r.get(c)) for c in cols])
    return buf.getvalue().encode("utf-8-sig")


def csv_files(data: ExportTables) -> dict[str, bytes]:
    """Every CSV file of the export, by file name."""
    files = {"profile.csv": _csv(PROFILE_COLUMNS, [data.profile]),
             "program.csv": _csv(PROGRAM_COLUMNS, data.program),
             "week_decisions.csv": _csv(DECISION_COLUMNS, data.decisions)}
    for table, rows in data.tables.items():
        makers = LABELS.get(table, ())
        if makers:
            rows = [{**r, **{label: make(r) for _code, label, make in makers}} for r in rows]
        files[f"{table}.csv"] = _csv(csv_columns(table), rows)
    return files


CSV_NAMES = frozenset(["profile.csv", "program.csv", "week_decisions.csv", *(f"{t}.csv" for t in TABLES)])


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


# ------------------------------------------------------------------ JSON
def _parsed(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in row.items():
        if k.endswith("_json"):
            try:
                out[k[:-5]] = json.loads(v) if v else None
            except ValueError:
                out[k[:-5]] = v  # keep what is stored, even when it is not valid JSON
        else:
            out[k] = v
    return out


def json_document(data: ExportTables) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "exported_at": data.exported_at,
        "app": f"{APP_NAME} {__version__}",
        "profile": {k: data.profile[k] for k in ("name", "affected_side", "start_date", "program_id",
                                                 "program_title")},
        "period": None if not data.profile["period_start"] else {"start": data.profile["period_start"],
                                                                 "end": data.profile["period_end"]},
        "program": data.program,
        "week_decisions": data.decisions,
    }
    for t, rows in data.tables.items():
        doc[t] = [_parsed(r) for r in rows]
    return doc


def json_bytes(data: ExportTables) -> bytes:
    return json.dumps(json_document(data), ensure_ascii=False, indent=1).encode("utf-8")


def export_document(store: Store, profile: Profile, now: dt.datetime | None = None,
                    program: Program | None = None) -> dict[str, Any]:
    """Everything of one profile as one JSON-ready document."""
    return json_document(collect(store, profile, program, now=now))


# ----------------------------------------------------------------- write
def check_target(fmt: str, out: str | Path, *, force: bool = False) -> Path:
    """Where an export of ``fmt`` ("csv" or "json") may go (see ``coach.export.outfile``)."""
    out = Path(out)
    try:
        if fmt == "json":
            return check_file(out, (".json",), "the JSON file", force=force)
        if fmt != "csv":
            raise DataExportError(f"unknown format {fmt!r}: use csv or json")
        if out.suffix.lower() == ".zip" and not out.is_dir():
            return check_file(out, (".zip",), "the zip file", force=force)
        if out.suffix.lower() in (".json", ".csv", ".txt", ".pdf", ".xlsx"):
            raise DataExportError(f"{out}: CSV is written as a folder of files, or a file ending in .zip; "
                                  f"give a folder name or a name ending in .zip")
        return check_folder(out, CSV_NAMES, "the CSV files", force=force)
    except OutputError as exc:
        if isinstance(exc, DataExportError):
            raise
        raise DataExportError(str(exc)) from exc


def write_export(data: ExportTables, fmt: str, out: str | Path, *, force: bool = False) -> list[Path]:
    """Write collected data as ``fmt`` to ``out`` (checked as :func:`check_target` does); returns the files."""
    out = check_target(fmt, out, force=force)
    try:
        if fmt == "json":
            return [write_bytes(out, json_bytes(data), force=force)]
        files = csv_files(data)
        if out.suffix.lower() == ".zip" and not out.is_dir():
            return [write_bytes(out, zip_bytes(files), force=force)]
        return write_folder(out, files, "the CSV files", force=force)
    except OutputError as exc:
        raise DataExportError(str(exc)) from exc


def export_csv(store: Store, profile: Profile, out: str | Path, *, program: Program | None = None,
               period: Period | None = None, force: bool = False) -> list[Path]:
    """One CSV file per table: into the folder ``out`` (made if needed), or into ``out`` when it ends in .zip."""
    check_target("csv", out, force=force)
    return write_export(collect(store, profile, program, period), "csv", out, force=force)


def export_json(store: Store, profile: Profile, out: str | Path, *, program: Program | None = None,
                period: Period | None = None, force: bool = False) -> Path:
    check_target("json", out, force=force)
    return write_export(collect(store, profile, program, period), "json", out, force=force)[0]


def export_data(store: Store, profile: Profile, fmt: str, out: str | Path, *, program: Program | None = None,
                period: Period | None = None, force: bool = False) -> list[Path]:
    """``fmt`` is "csv" or "json"; returns the files written."""
    if fmt not in ("csv", "json"):
        raise DataExportError(f"unknown format {fmt!r}: use csv or json")
    check_target(fmt, out, force=force)
    return write_export(collect(store, profile, program, period), fmt, out, force=force)
