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
from coach.core.i18n import QT_TRANSLATE_NOOP, translate

# argparse's own words (its usage line, headings and errors) go through the same translations as ours:
# argparse asks gettext for them, so the module's ``_`` is pointed at ``translate("argparse", ...)``
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def _argparse_text(text: str) -> str:
    return translate("argparse", text)


def _command_modules():
    import coach.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"coach.commands.{info.name}")


def build_parser() -> argparse.ArgumentParser:
    """The parser, its texts in the language in use (``apply_language`` before it, as ``main`` does)."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # read at parse and help time
    parser = argparse.ArgumentParser(
        prog="coach",
        description=translate("cli", "{app}: a guided home exercise program for nerve-related back and leg pain.").format(app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=translate("cli", "show the version and exit"))
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("cli", "folder for the database and backups (default: the platform's user data folder; or set COACH_DATA_DIR)"),
    )
    parser.add_argument("--smoke-test", action="store_true",
                        help=translate("cli", "open the window on a throwaway data folder, check Today shows, and exit (or set COACH_SMOKE_TEST=1)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for mod in _command_modules():
        text = translate("commands", mod.HELP)
        p = sub.add_parser(mod.NAME, help=text, description=text)
        mod.configure(p)
        p.set_defaults(_run=mod.run)
    return parser


PRIVATE_UMASK = 0o077


def main(argv: list[str] | None = None) -> int:
    from coach.commands._exports import apply_language

    apply_language()  # the help, the errors and the commands speak COACH_LANGUAGE or the system's language
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
        return int(run(args) or 0)  # in the language main applied; a command that opens the data reads the setting
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
