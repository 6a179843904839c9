"""coach validate FILE...: check program files and report every problem."""

from __future__ import annotations

import sys

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = "validate"
HELP = QT_TRANSLATE_NOOP("commands", "check program files; every problem is reported as file:line: field: message")  # translated where the parser is built


def configure(parser):
    parser.add_argument("files", nargs="+", metavar="FILE", help=translate("commands", "program files (.toml)"))


def run(args) -> int:
    from coach.core.program_read import check_file

    failed = 0
    for f in args.files:
        program, problems = check_file(f)
        if problems:
            failed += 1
            for p in problems:
                print(p, file=sys.stderr)
        else:
            after = "".join(translate("commands", ", then {ph}").format(ph=ph.title.lower()) for ph in program.phases)
            print(f"{f}: ok ({program.title}, {program.week_count} weeks{after})")
    if failed:
        n = sum(1 for _ in args.files)
        print(f"{failed} of {n} file(s) have problems.", file=sys.stderr)
    return 1 if failed else 0
