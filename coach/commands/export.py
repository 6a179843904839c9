"""coach export --format csv|json|fhir --out PATH: all your data as CSV files (a folder or a .zip), one JSON file,
or an HL7 FHIR R4 bundle for a clinic's records (docs/fhir.md)."""

from __future__ import annotations

import sys
from pathlib import Path

NAME = "export"
HELP = ("export your sessions, session events, diary, weekly scores and warning-sign answers as CSV "
        "(a folder, or a .zip), JSON, or an HL7 FHIR R4 bundle for a clinic")


def configure(parser) -> None:
    parser.add_argument("--format", dest="fmt", choices=("csv", "json", "fhir"), required=True,
                        help="csv: one file per table; json: one document; fhir: an HL7 FHIR R4 Bundle "
                        "(see docs/fhir.md)")
    parser.add_argument("--out", metavar="PATH", required=True,
                        help="csv: a folder (created if needed) or a file ending in .zip; json, fhir: a .json file")
    parser.add_argument("--with-name", action="store_true",
                        help="fhir: put the profile's name in the Patient (left out unless you ask)")
    parser.add_argument("--transaction", action="store_true",
                        help="fhir: write a transaction bundle, ready to POST to a FHIR server's base URL")


def run(args) -> int:
    from coach.commands.chart import CommandError, check_target, open_profile

    try:
        out = Path(args.out)
        if args.fmt != "fhir" and (args.with_name or args.transaction):
            raise CommandError("--with-name and --transaction apply to --format fhir only")
        if args.fmt in ("json", "fhir"):
            check_target(out, (".json",), "the JSON file")
        elif out.suffix.lower() == ".zip":
            check_target(out, (".zip",), "the zip file")
        store, profile, program = open_profile()
        from coach.export.data import DataExportError, export_data

        try:
            if args.fmt == "fhir":
                from coach.export.fhir import write_fhir

                written = [write_fhir(store, profile, out, include_name=args.with_name,
                                      transaction=args.transaction, program=program)]
            else:
                written = export_data(store, profile, args.fmt, out)
        except DataExportError as exc:
            raise CommandError(str(exc)) from None
        finally:
            store.close()
    except CommandError as exc:
        print(f"coach export: {exc}", file=sys.stderr)
        return 1
    if len(written) == 1:
        print(f"Wrote {written[0]}")
    else:
        print(f"Wrote {len(written)} files to {out}: {', '.join(p.name for p in written)}")
    return 0
