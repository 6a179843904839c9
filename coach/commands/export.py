"""coach export --format csv|json --out PATH [--from DATE] [--to DATE] [--force]: your data as CSV or JSON."""

from __future__ import annotations

from coach.commands._exports import (
    CommandError,
    add_force_argument,
    open_profile,
    parse_day,
    run_job,
)

NAME = "export"
HELP = ("export your profile, program, sessions, session events, diary, weekly scores, week decisions and "
        "warning-sign answers as CSV (a folder, or a .zip) or JSON")


def configure(parser) -> None:
    parser.add_argument("--format", dest="fmt", choices=("csv", "json"), required=True,
                        help="csv: one file per table (UTF-8 with a byte-order mark); json: one document")
    parser.add_argument("--out", metavar="PATH", required=True,
                        help="csv: a new or empty folder (created if needed) or a file ending in .zip; "
                             "json: a .json file")
    parser.add_argument("--from", dest="start", metavar="DATE", help="only from this day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="DATE", help="only up to this day, YYYY-MM-DD")
    add_force_argument(parser, "the file, or the files of an earlier export in the folder,")


def run(args) -> int:
    def prepare():
        from coach.app import exports

        fmt = "csv-zip" if args.fmt == "csv" and str(args.out).lower().endswith(".zip") else args.fmt
        out = exports.check_target("data", args.out, fmt=fmt, force=args.force)
        start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
        store, profile, program = open_profile()
        try:
            period = None
            if start or end:
                history = exports.load_history(store, profile, program)
                try:
                    period, _note = exports.resolve_period(history, start, end)
                except exports.ExportError as exc:
                    raise CommandError(str(exc)) from None
            return exports.data_job(store, profile, program, fmt, out, period=period, force=args.force)
        finally:
            store.close()

    return run_job(prepare, NAME)
