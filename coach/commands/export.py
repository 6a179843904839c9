"""coach export --format csv|json|fhir --out PATH [--from DATE] [--to DATE] [--force]: your data as CSV files (a
folder or a .zip), one JSON document, or an HL7 FHIR R4 bundle for a clinic's records (docs/fhir.md)."""

from __future__ import annotations

from coach.commands._exports import (
    CommandError,
    add_force_argument,
    open_profile,
    parse_day,
    run_job,
)
from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = "export"
HELP = QT_TRANSLATE_NOOP("commands", "export your profile, program, sessions, session events, diary, weekly scores, week decisions and warning-sign answers as CSV (a folder, or a .zip), JSON, or an HL7 FHIR R4 bundle for a clinic")  # translated where the parser is built


def configure(parser) -> None:
    parser.add_argument("--format", dest="fmt", choices=("csv", "json", "fhir"), required=True,
                        help=translate("commands", "csv: one file per table (UTF-8 with a byte-order mark); json: one document; fhir: an HL7 FHIR R4 Bundle of the whole record (see docs/fhir.md)"))
    parser.add_argument("--out", metavar="PATH", required=True,
                        help=translate("commands", "csv: a new or empty folder (created if needed) or a file ending in .zip; json, fhir: a .json file"))
    parser.add_argument("--from", dest="start", metavar="DATE", help=translate("commands", "only from this day, YYYY-MM-DD"))
    parser.add_argument("--to", dest="end", metavar="DATE", help=translate("commands", "only up to this day, YYYY-MM-DD"))
    add_force_argument(parser, translate("commands", "replace the file, or the files of an earlier export in the folder, if it exists already"))
    parser.add_argument("--with-name", action="store_true",
                        help=translate("commands", "fhir: put the profile's name in the Patient (left out unless you ask)"))
    parser.add_argument("--transaction", action="store_true",
                        help=translate("commands", "fhir: write a transaction bundle, ready to POST to a FHIR server's base URL"))


def run(args) -> int:
    def prepare():
        from coach.app import exports

        if args.fmt != "fhir" and (args.with_name or args.transaction):
            raise CommandError(translate("commands", "--with-name and --transaction apply to --format fhir only"))
        if args.fmt == "fhir" and (args.start or args.end):
            raise CommandError(translate("commands", "a FHIR bundle holds the whole record; --from and --to apply to csv and json"))
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
            return exports.data_job(store, profile, program, fmt, out, period=period, force=args.force,
                                    include_name=args.with_name, transaction=args.transaction)
        finally:
            store.close()

    return run_job(prepare, NAME)
