"""coach illustrate PROGRAM --out DIR: draw every step's picture as SVG and PNG, with a contact sheet;
coach illustrate --list: the names of every figure a program step can use."""

from __future__ import annotations

import os
import sys

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = "illustrate"
HELP = QT_TRANSLATE_NOOP("commands", "draw every step of a program as SVG and PNG files (figure or image), plus a contact sheet of them all for review")  # translated where the parser is built


def configure(parser) -> None:
    parser.add_argument("program", metavar="PROGRAM", nargs="?", help=translate("commands", "program file (.toml)"))
    parser.add_argument("--out", metavar="DIR", help=translate("commands", "folder for the pictures (created if needed)"))
    parser.add_argument("--list", dest="list_figures", action="store_true",
                        help=translate("commands", "list the figure names a step can use (figure = \"...\") with what each shows, and draw nothing"))
    parser.add_argument("--size", metavar="PX", type=int, default=480,
                        help=translate("commands", "width of each picture in pixels (default: 480)"))
    parser.add_argument("--dark", action="store_true", help=translate("commands", "use the dark colour palette"))
    parser.add_argument("--no-sheet", dest="sheet", action="store_false", help=translate("commands", "skip the contact sheet"))
    parser.add_argument("--force", action="store_true",
                        help=translate("commands", "replace the pictures of an earlier run in the folder (it must hold nothing else)"))


def _error(message: str) -> int:
    print(f"coach illustrate: {message}", file=sys.stderr)
    return 1


def list_figures() -> int:
    from coach.core.figure import figure_names, figure_sequence

    names = figure_names()
    width = max(len(n) for n in names)
    for name in names:
        seq = figure_sequence(name)
        print(f"{name:<{width}}  {seq.title}: {seq.description}")
    print(f"{len(names)} figures. Use one in a program step as figure = \"NAME\"; "
          "coach illustrate PROGRAM --out DIR draws a program's steps.")
    return 0


def run(args) -> int:
    from pathlib import Path

    if getattr(args, "list_figures", False):
        return list_figures()
    if not args.program or not args.out:
        return _error(translate("commands", "give a program file and --out DIR (or --list for the figure names)"))

    from coach.core.program_read import check_file

    program = Path(args.program)
    if not program.exists():
        return _error(translate("commands", "program file not found: {program}").format(program=program))
    checked, problems = check_file(program)  # the same checks as validate, handout and import: images included
    if problems or checked is None:
        for p in problems:
            print(p, file=sys.stderr)
        return _error(translate("commands", "{program} has problems; fix them first (the same as `coach validate {program}` reports).").format(program=program))
    size = int(getattr(args, "size", 480) or 480)
    if not 16 <= size <= 8000:
        return _error(translate("commands", "--size must be between 16 and 8000 pixels (got {size})").format(size=size))
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QGuiApplication

    from coach.core.figure import DARK, LIGHT, FigureError
    from coach.export.illustrate import SHEET_NAME, ProgramReadError, illustrate_program
    from coach.export.outfile import OutputError, OutputExists

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "coach"])
    del app  # kept alive by Qt as the application instance
    try:
        written = illustrate_program(program, args.out, size, palette=DARK if getattr(args, "dark", False) else LIGHT,
                                     sheet=getattr(args, "sheet", True), force=getattr(args, "force", False))
    except OutputExists:
        return _error(translate("commands", "{out} already holds pictures of an earlier run; choose another folder, or add --force to replace them").format(out=args.out))
    except OutputError as e:
        return _error(str(e))
    except ProgramReadError as e:
        return _error(str(e))
    except FigureError as e:
        return _error(f"{program}: {e}")
    except OSError as e:
        return _error(translate("commands", "cannot write to {out}: {e}").format(out=args.out, e=e.strerror or e))
    pictures = sum(1 for p in written if p.suffix == ".png" and p.name != SHEET_NAME)
    sheet = [p for p in written if p.name == SHEET_NAME]
    print(f"Wrote {pictures} pictures ({len(written)} files) to {args.out}"
          + (f"; contact sheet: {sheet[0]}" if sheet else ""))
    return 0
