"""The ``coach`` command: with no subcommand it opens the app window.

Every file the process writes is private to the person (the data folder's
files, the lock, exports): the umask is 077 while ``main`` runs. Whatever goes
wrong, a command ends with one line and a non-zero exit code: an unexpected
error is written in full to a private file in the temporary folder, and the
line says where.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from coach import APP_NAME, __version__


def _command_modules():
    import coach.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"coach.commands.{info.name}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach",
        description=f"{APP_NAME}: a guided home exercise program for nerve-related back and leg pain.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database and backups (default: the platform's user data folder; "
        "or set COACH_DATA_DIR)",
    )
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window on a throwaway data folder, check Today shows, and exit "
                        "(or set COACH_SMOKE_TEST=1)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for mod in _command_modules():
        p = sub.add_parser(mod.NAME, help=mod.HELP, description=mod.HELP)
        mod.configure(p)
        p.set_defaults(_run=mod.run)
    return parser


PRIVATE_UMASK = 0o077


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        if not args.data_dir.strip():
            parser.error("--data-dir needs a folder; leave it out to use the default data folder")
        os.environ["COACH_DATA_DIR"] = args.data_dir
    old_umask = os.umask(PRIVATE_UMASK)
    try:
        return _dispatch(args)
    finally:
        os.umask(old_umask)


def _dispatch(args) -> int:
    run = getattr(args, "_run", None)
    name = f"coach {args.command}" if getattr(args, "command", None) else "coach"
    try:
        if run is None and (args.smoke_test or os.environ.get("COACH_SMOKE_TEST") == "1"):
            from coach.ui.smoke import run_smoke_test

            return run_smoke_test(args.data_dir)
        if run is None:
            from coach.ui.app import run_app

            return run_app(args)
        from coach.commands._exports import apply_language

        apply_language()  # COACH_LANGUAGE or the system's; a command that opens the data reads the setting too
        return int(run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last guard: one line, the details in a file
        where = _write_details(exc)
        first = (str(exc).strip().splitlines() or [""])[0][:300]
        print(f"{name}: unexpected error ({type(exc).__name__}: {first}). Nothing else was changed; "
              f"the details are in {where}", file=sys.stderr)
        return 1


def _write_details(exc: BaseException) -> str:
    import tempfile
    import traceback

    try:
        fd, path = tempfile.mkstemp(prefix="coach-error-", suffix=".txt")  # 0600
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(f"{APP_NAME} {__version__}, {' '.join(sys.argv)}\n\n")
            f.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return "no file (the temporary folder cannot be written)"


if __name__ == "__main__":
    sys.exit(main())
