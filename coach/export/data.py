"""Export a person's data as CSV (one file per table, in a folder or a .zip) or as one JSON document.

The columns are listed in ``TABLES`` (and in the README); values are exactly
what is stored. In CSV an empty cell is a value that was not filled in (NULL),
never 0; columns ending in ``_json`` hold JSON text (lists and objects) as
stored. In JSON those columns are parsed and lose their ``_json`` suffix
(``planned_json`` → ``planned``), so the document reads as plain nested data.

Only the active profile's rows are exported. Files are written to a
temporary name and moved into place, so a failed export leaves no half file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

from coach import APP_NAME, __version__
from coach.core.profile import Profile
from coach.store.db import Store

FORMAT_ID = "lumbar-coach-export"
FORMAT_VERSION = 1

# table -> its columns, in order. Every table is filtered to the active profile.
TABLES: dict[str, tuple[str, ...]] = {
    "sessions": ("id", "date", "slot_index", "slot_name", "week", "program_id", "status", "started_at",
                 "ended_at", "stop_reason", "stop_detail", "planned_json", "summary_json"),
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
}

_QUERIES: dict[str, str] = {
    "sessions": "select {cols} from sessions where profile_id = ? order by date, id",
    "session_events": "select {cols} from session_events e join sessions s on s.id = e.session_id "
                      "where s.profile_id = ? order by e.session_id, e.seq",
    "tracker_entries": "select {cols} from tracker_entries where profile_id = ? order by date",
    "outcome_scores": "select {cols} from outcome_scores where profile_id = ? order by week_start",
    "warning_answers": "select {cols} from warning_answers where profile_id = ? order by date, id",
}


class DataExportError(Exception):
    """The export could not be written; the message says what to fix."""


def table_rows(store: Store, profile_id: int, table: str) -> list[dict[str, Any]]:
    """The stored rows of one table for one profile, with the documented columns, in order."""
    cols = TABLES[table]
    if table not in store.db.table_names():
        return []
    prefix = "e." if table == "session_events" else ""
    sql = _QUERIES[table].format(cols=", ".join(prefix + c for c in cols))
    cur = store.db.execute(sql, [profile_id])
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# ------------------------------------------------------------------- CSV
def _csv_bytes(cols: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols)
    for r in rows:
        w.writerow(["" if r[c] is None else r[c] for c in cols])
    return buf.getvalue().encode("utf-8")


def export_csv(store: Store, profile: Profile, out: str | Path) -> list[Path]:
    """One CSV file per table: into the folder ``out`` (created if needed), or into ``out`` when it ends in .zip.

    Returns the files written (for a zip: the zip file).
    """
    out = Path(out)
    files = {f"{t}.csv": _csv_bytes(cols, table_rows(store, profile.id, t)) for t, cols in TABLES.items()}
    if out.suffix.lower() == ".zip":
        _check_parent(out)
        tmp = out.with_name(f".{out.name}.part")
        try:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
                for name, data in files.items():
                    z.writestr(name, data)
            os.replace(tmp, out)
        except OSError as exc:
            raise DataExportError(f"{out} cannot be written: {exc.strerror or exc}.") from exc
        finally:
            tmp.unlink(missing_ok=True)
        return [out]
    if out.exists() and not out.is_dir():
        raise DataExportError(f"{out} is a file; for CSV give a folder (it is created if needed) or a name "
                              "ending in .zip.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataExportError(f"The folder {out} cannot be created: {exc.strerror or exc}.") from exc
    written = []
    for name, data in files.items():
        written.append(_write(out / name, data))
    return written


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


def export_document(store: Store, profile: Profile, now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything of one profile as one JSON-ready document."""
    now = now or store.clock.now()
    doc: dict[str, Any] = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "exported_at": now.isoformat(timespec="seconds"),
        "app": f"{APP_NAME} {__version__}",
        "profile": {"name": profile.name, "affected_side": profile.affected_side,
                    "start_date": profile.start_date.isoformat(), "program_id": profile.program_id},
    }
    for t in TABLES:
        doc[t] = [_parsed(r) for r in table_rows(store, profile.id, t)]
    return doc


def export_json(store: Store, profile: Profile, out: str | Path) -> Path:
    out = Path(out)
    if out.is_dir():
        raise DataExportError(f"{out} is a folder; give a file name ending in .json.")
    _check_parent(out)
    data = json.dumps(export_document(store, profile), ensure_ascii=False, indent=1).encode("utf-8")
    return _write(out, data)


# --------------------------------------------------------------- helpers
def _check_parent(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DataExportError(f"{path} cannot be written: the folder {folder} does not exist.")


def _write(path: Path, data: bytes) -> Path:
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise DataExportError(f"{path} cannot be written: {exc.strerror or exc}.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path


def export_data(store: Store, profile: Profile, fmt: str, out: str | Path) -> list[Path]:
    """``fmt`` is "csv" or "json"; returns the files written."""
    if fmt == "csv":
        return export_csv(store, profile, out)
    if fmt == "json":
        return [export_json(store, profile, out)]
    raise DataExportError(f"unknown format {fmt!r}: use csv or json.")
