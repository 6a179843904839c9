"""coach chart --out FILE.png|svg|pdf [--from DATE] [--to DATE]: the progress charts as an image or a PDF."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

NAME = "chart"
HELP = "save the progress charts as PNG, SVG or PDF (vector), with no display needed"

SUFFIXES = (".png", ".svg", ".pdf")


def configure(parser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True, help="file to write: .png, .svg or .pdf")
    add_period_arguments(parser)
    parser.add_argument("--size", metavar="WxH", default=None,
                        help="size in pixels (default 1100x1700; grows to fit every chart)")


def add_period_arguments(parser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help="first day, YYYY-MM-DD (default: the program's start)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD (default: today)")


class CommandError(Exception):
    """One line for the user; the command exits with 1."""


def parse_day(text: str | None, flag: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(f"{flag} {text!r} is not a date; use YYYY-MM-DD, for example 2026-03-01") from None


def check_target(path: Path, suffixes: tuple[str, ...], what: str) -> None:
    ends = suffixes[0] if len(suffixes) == 1 else ", ".join(suffixes[:-1]) + " or " + suffixes[-1]
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give a file name ending in {ends}")
    if path.suffix.lower() not in suffixes:
        raise CommandError(f"{path}: {what} must end in {ends}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CommandError(f"cannot write {path}: permission denied")
    probe = path.with_name(f".{path.name}.part")  # the name the export writes first, then moves into place
    try:
        with open(probe, "wb"):
            pass
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        try:
            probe.unlink()
        except OSError:
            pass


def open_profile():
    """The open store, its active profile and the profile's program; CommandError when there is none."""
    from coach.store import profiles
    from coach.store.db import Store, StoreError

    try:
        store = Store.open()
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    profile = profiles.active_profile(store)
    if profile is None:
        store.close()
        raise CommandError(f"no profile yet in {store.data_dir}: open the app (run coach) once to set up your "
                           "program, then try again")
    from coach.store.program_folder import profile_program

    return store, profile, profile_program(profile)


def load_period_data(store, profile, program, start: dt.date | None, end: dt.date | None):
    from coach.core.analytics import Period
    from coach.store import history

    today = store.clock.today()
    default = history.default_period(store, profile, today)
    start = start or default.start
    end = end or max(today, start)
    if end < start:
        raise CommandError(f"--from {start} is after --to {end}; choose a first day on or before the last day")
    return history.load_progress(store, profile, program, today, Period(start, end))


def use_offscreen_without_display() -> None:
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def parse_size(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise CommandError(f"--size {text!r} is not a size; use WIDTHxHEIGHT in pixels, for example 1100x1700") from None
    return w, h


def run(args) -> int:
    try:
        out = Path(args.out)
        check_target(out, SUFFIXES, "the chart file")
        start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
        size = parse_size(args.size)
        store, profile, program = open_profile()
        try:
            data = load_period_data(store, profile, program, start, end)
        finally:
            store.close()
        use_offscreen_without_display()
        from coach.export.charts import ChartExportError, export_charts

        try:
            export_charts(data, out, size=size)
        except ChartExportError as exc:
            raise CommandError(str(exc)) from None
    except CommandError as exc:
        print(f"coach chart: {exc}", file=sys.stderr)
        return 1
    from coach.core.analytics import period_text

    print(f"Wrote {out} (charts for {period_text(data.period)})")
    return 0
