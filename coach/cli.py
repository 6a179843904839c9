"""The ``coach`` command: with no subcommand it opens the app window."""

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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        os.environ["COACH_DATA_DIR"] = args.data_dir
    run = getattr(args, "_run", None)
    if run is None and (args.smoke_test or os.environ.get("COACH_SMOKE_TEST") == "1"):
        from coach.ui.smoke import run_smoke_test

        return run_smoke_test(args.data_dir)
    if run is None:
        from coach.ui.app import run_app

        return run_app(args)
    try:
        return int(run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
