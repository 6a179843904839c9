"""What ``coach chart``, ``coach report``, ``coach export``, ``coach handout`` and ``coach illustrate`` share:
reading dates, the profile and its history, and the ``--force`` rule for files that exist."""

from __future__ import annotations

import datetime as dt
import os
import sys

from coach.core.i18n import translate


class CommandError(Exception):
    """One line for the user; the command exits with 1."""


def add_period_arguments(parser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help=translate("commands", "first day, YYYY-MM-DD (default: the program's start or the first record)"))
    parser.add_argument("--to", dest="end", metavar="DATE", help=translate("commands", "last day, YYYY-MM-DD (default: today)"))


def add_force_argument(parser, help: str | None = None) -> None:
    parser.add_argument("--force", action="store_true",
                        help=help or translate("commands", "replace the file if it exists already"))


def parse_day(text: str | None, flag: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(translate("commands", "{flag} {value!r} is not a date; use YYYY-MM-DD, for example 2026-03-01").format(flag=flag, value=text)) from None


def apply_language(store=None) -> None:
    """Write in the language the app uses: ``COACH_LANGUAGE``, else the stored setting, else the system's.
    A translator already installed (a test's) is kept; one that cannot be loaded is said on stderr."""
    from coach.core import i18n

    if i18n.backend() is not None:
        return
    from coach.core.settings import load
    from coach.export.language import chosen_language, use_language

    setting = load(store.get_setting).language if store is not None else ""
    problem = use_language(chosen_language(setting))
    if problem:
        print(f"coach: {problem}", file=sys.stderr)


def open_profile():
    """The open store, its active profile and the profile's program; CommandError when there is none."""
    from coach.store import profiles
    from coach.store.db import Store, StoreError

    try:
        store = Store.open()
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    profile = profiles.active_profile(store)
    if profile is None:
        store.close()
        raise CommandError(translate("commands", "no profile yet in {data_dir}: open the app (run coach) once to set up your program, then try again").format(data_dir=store.data_dir))
    from coach.core.program_i18n import localized
    from coach.store import program_options
    from coach.store.program_folder import profile_program

    apply_language(store)
    # as the app reads it: in the language in use, with the options chosen for the profile in place
    program = localized(profile_program(profile, store.data_dir))
    return store, profile, program.with_choices(program_options.choices(store, profile.id, program.id))


def period_data(store, profile, program, args):
    """The progress numbers of the period asked for with --from/--to (clamped to the days with data; a note on
    stderr says so), and the period."""
    from coach.app import exports

    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    history = exports.load_history(store, profile, program)
    try:
        period, note = exports.resolve_period(history, start, end)
    except exports.ExportError as exc:
        raise CommandError(str(exc)) from None
    if note:
        print(f"coach {args.command}: {note}", file=sys.stderr)
    return history.progress(period)


def use_offscreen_without_display() -> None:
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_job(prepare, command: str) -> int:
    """Prepare and run an export job, printing its one line; errors as one line with exit 1."""
    from coach.app.exports import ExportError, TargetExists

    try:
        result = prepare().run()
    except TargetExists as exc:
        print(f"coach {command}: {exc.path} already exists; choose another name, or add --force to replace it",
              file=sys.stderr)
        return 1
    except (ExportError, CommandError) as exc:
        print(f"coach {command}: {exc}", file=sys.stderr)
        return 1
    print(result.text)
    return 0
