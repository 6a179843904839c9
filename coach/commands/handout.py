"""coach handout PROGRAM --out FILE.pdf [--weeks 1-4] [--for NAME] [--side left|right|both] [--contact TEXT]:
a printable handout of a program (every week, or the weeks chosen)."""

from __future__ import annotations

import sys

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = "handout"
HELP = QT_TRANSLATE_NOOP("commands", "write a printable A4 handout (PDF) of a program, every week or the weeks chosen: each exercise with its pictures, dose, steps and cautions, a note line per exercise, contact lines and a log to tick")  # translated where the parser is built

MAX_NAME = 60  # a name printed in the handout's running header: 60 of the widest letter still fit
MAX_CONTACT = 300  # contact lines: a name, a practice, a phone number and an address fit


def configure(parser) -> None:
    parser.add_argument("program", metavar="PROGRAM",
                        help=translate("commands", "program file (.toml), or the id of a shipped or saved program"))
    parser.add_argument("--out", metavar="FILE", required=True, help=translate("commands", "where to write the PDF"))
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--weeks", metavar="WEEKS", default=None,
                       help=translate("commands", "which weeks, e.g. 1-4, 2 or 1,3 (default: the whole program)"))
    which.add_argument("--week", metavar="N", type=int, default=None, help=translate("commands", "one week (the same as --weeks N)"))
    parser.add_argument("--for", dest="patient", metavar="NAME", default="",
                        help=translate("commands", "the patient's name, printed on the handout (optional)"))
    parser.add_argument("--side", choices=("left", "right", "both"), default=None,
                        help=translate("commands", "the leg with symptoms: one-sided exercises then name it (optional)"))
    parser.add_argument("--contact", metavar="TEXT", default="",
                        help=translate("commands", "the physiotherapist's contact lines, e.g. \"Jo Park; 01234 567890\" (optional; without it the handout has lines to write them on)"))
    parser.add_argument("--force", action="store_true", help=translate("commands", "replace the file if it exists already"))


def _error(message: str) -> int:
    print(f"coach handout: {message}", file=sys.stderr)
    return 1


def _find(ref: str):
    """The program file for a path or an id (shipped programs, then the user's saved ones)."""
    from pathlib import Path

    p = Path(ref)
    if p.exists() or p.suffix == ".toml" or "/" in ref:
        return p
    from coach.core.program_read import check_file
    from coach.resources import shipped_programs
    from coach.store.db import default_data_dir

    candidates = list(shipped_programs())
    user = default_data_dir() / "programs"
    if user.is_dir():
        candidates += sorted(user.glob("*.toml"))
    for c in candidates:
        program, _problems = check_file(c)
        if program is not None and program.id == ref:
            return c
    return p


def run(args) -> int:
    from pathlib import Path

    from coach.core.program_read import check_file

    name = " ".join(str(args.patient or "").split())
    if len(name) > MAX_NAME:
        return _error(translate("commands", "--for is {name} characters long; give a name of at most {MAX_NAME} characters").format(name=len(name), MAX_NAME=MAX_NAME))
    args.patient = name
    contact = str(getattr(args, "contact", "") or "").strip()
    if len(contact) > MAX_CONTACT:
        return _error(translate("commands", "--contact is {contact} characters long; give at most {MAX_CONTACT} characters").format(contact=len(contact), MAX_CONTACT=MAX_CONTACT))

    path = _find(args.program)
    program, problems = check_file(path)
    if problems or program is None:
        for p in problems:
            print(p, file=sys.stderr)
        return _error(translate("commands", "{path} has problems; fix them first (the same as `coach validate {path}` reports).").format(path=path))
    out = Path(args.out)
    from coach.commands._exports import apply_language

    apply_language()
    from coach.export.handout import HandoutError, parse_weeks, write_handout
    from coach.export.outfile import OutputError, OutputExists
    from coach.export.outfile import check_file as check_output

    force = getattr(args, "force", False)
    try:
        if getattr(args, "weeks", None):
            weeks = parse_weeks(args.weeks, program)
        elif getattr(args, "week", None) is not None:
            weeks = parse_weeks(str(args.week), program)
        else:
            weeks = [w.number for w in program.weeks]
    except HandoutError as exc:
        return _error(str(exc))
    try:
        check_output(out, (".pdf",), translate("commands", "the handout"), force=force)
    except OutputExists:
        return _error(translate("commands", "{out} already exists; choose another name, or add --force to replace it").format(out=out))
    except OutputError as exc:
        return _error(str(exc))
    try:
        pages = write_handout(program, weeks, out, patient=args.patient, side=getattr(args, "side", None) or "",
                              contact=contact, force=force)
    except HandoutError as exc:
        return _error(str(exc))
    count = sum(len(program.week(n).exercises) for n in weeks)
    which = translate("commands", "week {weeks}").format(weeks=weeks[0]) if len(weeks) == 1 else translate("commands", "weeks {weeks}").format(weeks=', '.join(str(n) for n in weeks))
    print(f"Wrote {out}: {which} of {program.title}, {count} exercises, {pages} page{'s' if pages != 1 else ''}")
    return 0
