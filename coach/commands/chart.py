"""coach chart --out FILE.png|svg|pdf [--from DATE] [--to DATE] [--force]: the progress charts as a file."""

from __future__ import annotations

from coach.commands._exports import (
    CommandError,
    add_force_argument,
    add_period_arguments,
    open_profile,
    period_data,
    run_job,
    use_offscreen_without_display,
)
from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = "chart"
HELP = QT_TRANSLATE_NOOP("commands", "save the progress charts as PNG, SVG or PDF (vector), with no display needed")  # translated where the parser is built


def configure(parser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True, help=translate("commands", "file to write: .png, .svg or .pdf"))
    add_period_arguments(parser)
    parser.add_argument("--size", metavar="WxH", default=None,
                        help=translate("commands", "width in pixels, and a height the page is at least (default: 1100 wide, as tall as the charts need)"))
    add_force_argument(parser)


def parse_size(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise CommandError(translate("commands", "--size {value!r} is not a size; use WIDTHxHEIGHT in pixels, for example 1100x1700").format(value=text)) from None
    from coach.charts.files import ChartExportError, checked_size

    try:
        return checked_size((w, h))
    except ChartExportError as exc:
        raise CommandError(str(exc)) from None


def run(args) -> int:
    def prepare():
        from coach.app import exports

        size = parse_size(args.size)
        out = exports.check_target("charts", args.out, force=args.force)
        store, profile, program = open_profile()
        try:
            data = period_data(store, profile, program, args)
        finally:
            store.close()
        use_offscreen_without_display()
        return exports.charts_job(data, out, size=size, force=args.force)

    return run_job(prepare, NAME)
