"""coach handout PROGRAM --week N --out FILE.pdf: a printable handout of one week of a program."""

from __future__ import annotations

import sys

NAME = "handout"
HELP = ("write a printable A4 handout (PDF) of one week of a program: every exercise with its pictures, "
        "dose, steps and cautions")

MAX_NAME = 60  # a name printed in the handout's running header: 60 of the widest letter still fit


def configure(parser) -> None:
    parser.add_argument("program", metavar="PROGRAM",
                        help="program file (.toml), or the id of a shipped or saved program")
    parser.add_argument("--week", metavar="N", type=int, required=True, help="which week (1, 2, ...)")
    parser.add_argument("--out", metavar="FILE", required=True, help="where to write the PDF")
    parser.add_argument("--for", dest="patient", metavar="NAME", default="",
                        help="a name to print on the handout (optional)")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists already")


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
        return _error(f"--for is {len(name)} characters long; give a name of at most {MAX_NAME} characters")
    args.patient = name

    path = _find(args.program)
    program, problems = check_file(path)
    if problems or program is None:
        for p in problems:
            print(p, file=sys.stderr)
        return _error(f"{path} has problems; fix them first (the same as `coach validate {path}` reports).")
    out = Path(args.out)
    from coach.export.handout import HandoutError, write_handout
    from coach.export.outfile import OutputError, OutputExists
    from coach.export.outfile import check_file as check_output

    force = getattr(args, "force", False)
    try:
        check_output(out, (".pdf",), "the handout", force=force)
    except OutputExists:
        return _error(f"{out} already exists; choose another name, or add --force to replace it")
    except OutputError as exc:
        return _error(str(exc))
    try:
        pages = write_handout(program, args.week, out, patient=args.patient, force=force)
    except HandoutError as exc:
        return _error(str(exc))
    week = program.week(args.week)
    print(f"Wrote {out}: week {week.number} of {program.title}, {len(week.exercises)} exercises, "
          f"{pages} page{'s' if pages != 1 else ''}")
    return 0
