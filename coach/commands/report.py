"""coach report --out FILE.pdf [--from DATE] [--to DATE] [--force]: the provider report as a PDF."""

from __future__ import annotations

from coach.commands._exports import (
    add_force_argument,
    add_period_arguments,
    open_profile,
    period_data,
    run_job,
)
from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = "report"
HELP = QT_TRANSLATE_NOOP("commands", "write a progress report for your clinician (PDF), with no display needed")  # translated where the parser is built


def configure(parser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True, help=translate("commands", "PDF file to write (.pdf)"))
    add_period_arguments(parser)
    parser.add_argument("--no-charts", dest="charts", action="store_false", help=translate("commands", "leave the charts out"))
    add_force_argument(parser)


def run(args) -> int:
    def prepare():
        from coach.app import exports

        out = exports.check_target("report", args.out, force=args.force)
        store, profile, program = open_profile()
        try:
            data = period_data(store, profile, program, args)
            return exports.report_job(store, profile, program, data, out, charts=args.charts, force=args.force)
        finally:
            store.close()

    return run_job(prepare, NAME)
