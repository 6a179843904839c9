"""coach export --format csv|json --out PATH: all your data as CSV files (a folder or a .zip) or one JSON file."""

from __future__ import annotations

import sys
from pathlib import Path

NAME = "export"
HELP = ("export your sessions, session events, diary, weekly scores and warning-sign answers as CSV "
        "(a folder, or a .zip) or JSON")


def configure(parser) -> None:
    parser.add_argument("--format", dest="fmt", choices=("csv", "json"), required=True,
                        help="csv: one file per table; json: one document")
    parser.add_argument("--out", metavar="PATH", required=True,
                        help="csv: a folder (created if needed) or a file ending in .zip; json: a .json file")


def run(args) -> int:
    from coach.commands.chart import CommandError, check_target, open_profile

    try:
        out = Path(args.out)
        if args.fmt == "json":
            check_target(out, (".json",), "the JSON file")
        elif out.suffix.lower() == ".zip":
            check_target(out, (".zip",), "the zip file")
        store, profile, _program = open_profile()
        from coach.export.data import DataExportError, export_data

        try:
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
