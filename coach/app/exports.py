"""Exports as use cases: the chart files, the provider report and the data, for the app and the command line.

Each export is prepared, then run:

* ``charts_job``, ``report_job`` and ``data_job`` check the target (the name
  fits the format; an existing file or export is replaced only with
  ``force``) and read what they need from the store *now*, on the calling
  thread (the store's connection belongs to it);
* the returned :class:`ExportJob`'s ``run()`` does the slow part (drawing,
  laying out, compressing, writing whole and private with
  ``coach.export.outfile``) touching neither the store nor any widget, so the
  app runs it on its worker thread, and returns an :class:`ExportResult`
  saying what was written, in one line for people.

Periods come from the range a person picked (:func:`range_period`) or from
dates typed on the command line (:func:`resolve_period`, which clamps them to
the days there can be data for and says so). Problems raise
:class:`ExportError` (:class:`TargetExists` when only replacing was not
asked for), with a one-line message. Qt-free: the chart files need a
``QGuiApplication``, which ``coach.charts.files`` makes when there is none.

Data formats are listed in :data:`DATA_FORMATS` (key, label, file ending):
another format is one more entry and one more case in :func:`data_job`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coach.core import analytics
from coach.core.analytics import Period, ProgressData, ProgressHistory, RangeError
from coach.core.i18n import translate
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.textfmt import date_text
from coach.export.outfile import OutputError, OutputExists
from coach.store.db import Store

CHART_FORMATS: tuple[tuple[str, str, str], ...] = (
    ("png", "PNG image", ".png"),
    ("svg", "SVG drawing", ".svg"),
    ("pdf", "PDF document", ".pdf"),
)
DATA_FORMATS: tuple[tuple[str, str, str], ...] = (
    ("csv-zip", "CSV files in a .zip", ".zip"),
    ("csv", "CSV files in a folder", ""),
    ("json", "JSON document", ".json"),
    ("fhir", "FHIR bundle for clinic systems", ".json"),
)


class ExportError(Exception):
    """An export cannot be made; the message says what to fix, in one line."""


class TargetExists(ExportError):
    """The file or folder exists and replacing it was not asked for."""

    def __init__(self, path: Path, message: str):
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class ExportResult:
    what: str  # "charts", "report" or "data"
    path: Path  # the file or folder written
    files: tuple[Path, ...]
    text: str  # what was written, in one line


@dataclass
class ExportJob:
    """A prepared export: ``run()`` writes it (any thread; no store, no widgets)."""

    what: str
    path: Path
    work: Callable[[], ExportResult]

    def run(self) -> ExportResult:
        try:
            return self.work()
        except OutputExists as exc:
            raise TargetExists(exc.path, str(exc)) from exc
        except OutputError as exc:
            raise ExportError(str(exc)) from exc


def _wrap(fn, *errors: type[Exception]):
    """Run ``fn`` turning the export modules' errors (``errors``, and ``coach.export.outfile``'s) into
    :class:`ExportError` (imported lazily: a chart export never loads the report's modules)."""
    try:
        return fn()
    except OutputExists as exc:
        raise TargetExists(exc.path, str(exc)) from exc
    except (OutputError, *errors) as exc:
        cause = exc.__cause__
        if isinstance(cause, OutputExists):
            raise TargetExists(cause.path, str(exc)) from exc
        raise ExportError(str(exc)) from exc


def _chart_errors():
    from coach.charts.files import ChartExportError

    return (ChartExportError,)


def _report_errors():
    from coach.export.report import ReportError

    return (ReportError,)


def _data_errors():
    from coach.export.data import DataExportError

    return (DataExportError,)


# ------------------------------------------------------------------ periods
def load_history(store: Store, profile: Profile, program: Program, today: dt.date | None = None) -> ProgressHistory:
    """Every record of the profile, once, for the numbers of any period."""
    from coach.store import history

    return history.load_history(store, profile, program, today or store.clock.today())


def range_period(history: ProgressHistory, key: str) -> Period:
    """The days of a range button ("14d", "28d", "program", "all")."""
    try:
        return analytics.range_period(key, history.today, history.program, history.first_record)
    except RangeError as exc:
        raise ExportError(str(exc)) from exc


def resolve_period(history: ProgressHistory, start: dt.date | None, end: dt.date | None,
                   names: tuple[str, str] = ("--from", "--to")) -> tuple[Period, str]:
    """Dates asked for, clamped to the days there can be data for: the period and a note ("" if unchanged)."""
    try:
        return analytics.clamp_period(start, end, today=history.today, span=history.span, names=names)
    except RangeError as exc:
        raise ExportError(str(exc)) from exc


def dated_name(what: str, period: Period | None, suffix: str, today: dt.date) -> str:
    """A file name that says what and when: ``progress-report-2026-11-06-to-2026-12-03.pdf``."""
    if period is None:
        return f"lumbar-coach-{what}-{today.isoformat()}{suffix}"
    return f"progress-{what}-{period.start.isoformat()}-to-{period.end.isoformat()}{suffix}"


def check_target(what: str, path: str | Path, *, fmt: str | None = None, force: bool = False) -> Path:
    """Check where an export would go before anything is read: ``what`` is "charts", "report" or "data"
    (with ``fmt``). Raises :class:`TargetExists` or :class:`ExportError`."""
    path = Path(path)
    if what == "charts":
        from coach.export.charts import SUFFIXES
        from coach.export.outfile import check_file

        return _wrap(lambda: check_file(path, SUFFIXES, translate("exports", "the chart file"), force=force), *_chart_errors())
    if what == "report":
        from coach.export.report import check_report_target

        return _wrap(lambda: check_report_target(path, force=force), *_report_errors())
    if what == "data":
        from coach.export.data import check_target as check_data

        kind = {"csv-zip": "csv", "csv": "csv", "json": "json", "fhir": "fhir"}.get(fmt or "")
        if kind is None:
            raise ExportError(translate("exports", "unknown data format {value!r}: use {DATA_FORMATS}").format(value=fmt, DATA_FORMATS=', '.join((k for k, _l, _s in DATA_FORMATS))))
        if fmt == "csv-zip" and path.suffix.lower() != ".zip":
            raise ExportError(translate("exports", "{path}: CSV files in a .zip need a name ending in .zip").format(path=path))
        if kind == "fhir":
            from coach.export.outfile import check_file

            return _wrap(lambda: check_file(path, (".json",), translate("exports", "the FHIR file"), force=force))
        return _wrap(lambda: check_data(kind, path, force=force), *_data_errors())
    raise ValueError(f"unknown export {what!r}")


# ------------------------------------------------------------------ charts
def charts_job(data: ProgressData, path: str | Path, *, size: tuple[int, int] | None = None,
               force: bool = False) -> ExportJob:
    """The chart file of ``data``'s period (.png, .svg or .pdf, by the name's ending)."""
    from coach.export.charts import export_charts

    path = check_target("charts", path, force=force)

    def work() -> ExportResult:
        out = _wrap(lambda: export_charts(data, path, size=size, force=force), *_chart_errors())
        return ExportResult("charts", out, (out,), translate("exports", "Saved the charts ({period}) to {out}").format(period=analytics.period_text(data.period), out=out))

    return ExportJob("charts", path, work)


# ------------------------------------------------------------------ report
def report_job(store: Store, profile: Profile, program: Program, data: ProgressData, path: str | Path, *,
               charts: bool = True, force: bool = False) -> ExportJob:
    """The provider report of ``data``'s period; the records it needs beside ``data`` are read now."""
    from coach.export.outfile import write_bytes
    from coach.export.report import report_bytes
    from coach.store import history

    path = check_target("report", path, force=force)
    extras = history.report_extras(store, profile, program, data.period)

    def work() -> ExportResult:
        pdf, pages = _wrap(lambda: report_bytes(data, charts=charts, extras=extras), *_report_errors())
        out = _wrap(lambda: write_bytes(path, pdf, force=force))
        return ExportResult("report", out, (out,), (translate("exports", "Saved the report ({pages} page, {period}) to {out}") if pages == 1 else translate("exports", "Saved the report ({pages} pages, {period}) to {out}")).format(pages=pages, period=analytics.period_text(data.period), out=out))

    return ExportJob("report", path, work)


# -------------------------------------------------------------------- data
def data_job(store: Store, profile: Profile, program: Program, fmt: str, path: str | Path, *,
             period: Period | None = None, force: bool = False, include_name: bool = False,
             transaction: bool = False) -> ExportJob:
    """All the data (or ``period``'s) as ``fmt``: "csv" (a folder, or a .zip by the name), "csv-zip", "json", or
    "fhir" (an HL7 FHIR R4 bundle of the whole record, ``coach.export.fhir``: ``include_name`` puts the name in
    the Patient, ``transaction`` makes it a transaction bundle). The records are read now."""
    path = check_target("data", path, fmt=fmt, force=force)
    if fmt == "fhir":
        return _fhir_job(store, profile, program, path, force=force, include_name=include_name,
                         transaction=transaction)
    from coach.export.data import collect, write_export

    kind = "json" if fmt == "json" else "csv"
    tables = collect(store, profile, program, period)
    span = "" if period is None else f", {analytics.period_text(period)}"

    def work() -> ExportResult:
        files = tuple(_wrap(lambda: write_export(tables, kind, path, force=force), *_data_errors()))
        what = translate("exports", "the data") + span
        if len(files) == 1:
            return ExportResult("data", files[0], files, translate("exports", "Saved {what} to {files}").format(what=what, files=files[0]))
        return ExportResult("data", path, files, translate("exports", "Saved {what} as {files} CSV files in {path}").format(what=what, files=len(files), path=path))

    return ExportJob("data", path, work)


def _fhir_job(store: Store, profile: Profile, program: Program, path: Path, *, force: bool, include_name: bool,
              transaction: bool) -> ExportJob:
    import json

    from coach.export.fhir import fhir_bundle, to_transaction
    from coach.export.outfile import write_bytes

    bundle = _wrap(lambda: fhir_bundle(store, profile, program, include_name=include_name), *_data_errors())

    def work() -> ExportResult:
        doc = to_transaction(bundle) if transaction else bundle
        out = _wrap(lambda: write_bytes(path, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"),
                                        force=force))
        kind = translate("exports", "FHIR transaction bundle") if transaction else translate("exports", "FHIR bundle")
        return ExportResult("data", out, (out,), translate("exports", "Saved the {kind} of all your records to {out}").format(kind=kind, out=out))

    return ExportJob("data", path, work)


def period_words(period: Period) -> str:
    """``6 Nov 2026 – 3 Dec 2026`` (for titles and messages)."""
    return f"{date_text(period.start)} – {date_text(period.end)}"
