"""coach report --out FILE.pdf [--from DATE] [--to DATE]: the provider report as a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.commands.chart import (
    CommandError,
    add_period_arguments,
    check_target,
    load_period_data,
    open_profile,
    parse_day,
    use_offscreen_without_display,
)

NAME = "report"
HELP = "write a progress report for your clinician (PDF), with no display needed"


def configure(parser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True, help="PDF file to write (.pdf)")
    add_period_arguments(parser)
    parser.add_argument("--no-charts", dest="charts", action="store_false", help="leave the charts out")


def run(args) -> int:
    try:
        out = Path(args.out)
        check_target(out, (".pdf",), "the report file")
        start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
        store, profile, program = open_profile()
        try:
            data = load_period_data(store, profile, program, start, end)
        finally:
            store.close()
        use_offscreen_without_display()
        from coach.export.report import ReportError, write_report

        try:
            pages = write_report(data, out, charts=getattr(args, "charts", True))
        except ReportError as exc:
            raise CommandError(str(exc)) from None
    except CommandError as exc:
        print(f"coach report: {exc}", file=sys.stderr)
        return 1
    from coach.core.analytics import period_text

    print(f"Wrote {out} ({pages} pages, {period_text(data.period)})")
    return 0
