"""Application start-up: display check, store, first run, main window.

Start-up is measured by ``benchmarks/bench_startup.py`` (Today painted in at
most the time a bare window with a plot takes). The path to Today imports
only what Today shows; the tray and reminders, and the libraries and modules
of the other screens, load after the first paint (``coach.ui.warm``).
"""

from __future__ import annotations

import os
import sys

from coach import APP_ID, APP_NAME, __version__
from coach.core.i18n import translate


def display_problem() -> str | None:
    """One clear line when there is no screen to show a window on, else None."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return (
            translate("app", "{APP_NAME} needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset). Run it from a desktop session; the command-line tools (coach --help) work without one.").format(APP_NAME=APP_NAME)
        )
    return None


def make_qapp(argv: list[str] | None = None, *, style: bool = True):
    """The QApplication with the app's names and icon, and (``style``) the default look."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Lumbar Coach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from coach.resources import icon_path

    if icon_path().is_file():
        app.setWindowIcon(QIcon(str(icon_path())))
    if style:
        from coach.ui.widgets.style import apply_style

        apply_style(app)
    return app


def apply_user_settings(app, store) -> str | None:
    """The stored language, theme and text size (a value that is no longer valid gives its default).
    Returns a sentence when the chosen language could not be loaded (the app is then in English)."""
    from coach.core.settings import load
    from coach.export.language import chosen_language, use_language
    from coach.ui.widgets.style import apply_settings

    settings = load(store.get_setting)
    problem = use_language(chosen_language(settings.language))  # before any window is built
    apply_settings(app, settings)
    return problem


def start_notices(store) -> list[tuple[str, str]]:
    """What to tell the person once as the app opens: data restored (now or by ``coach check --repair``),
    data open read-only. Recoveries are marked shown, so each is said once."""
    out = []
    recovered = [r["message"] for r in store.recoveries(unshown=True)]
    if store.recovery_note and store.recovery_note not in recovered:
        recovered.append(store.recovery_note)
    for text in recovered:
        out.append((translate("app", "data restored"), text))
    store.mark_recoveries_shown()
    if store.read_only_reason:
        out.append((translate("app", "read-only"), store.read_only_reason))
    return out


def build_main_window(store, parent=None):
    """First run if needed, then the main window; None when the user cancels the first run."""
    from coach.ui.context import AppContext
    from coach.ui.main_window import MainWindow

    ctx = AppContext(store)
    if ctx.profile is None:
        from coach.ui.first_run import FirstRunDialog

        dlg = FirstRunDialog(store, ctx.today())
        if dlg.exec() != FirstRunDialog.DialogCode.Accepted or dlg.profile is None:
            return None
        ctx.set_profile(dlg.profile)
    return MainWindow(ctx)


def run_app(args=None) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    app = make_qapp(style=False)  # styled once, with the stored settings, when the store is open
    from PySide6.QtWidgets import QMessageBox

    from coach.store.db import Store, StoreError, default_data_dir
    from coach.store.files import remove_new_data
    from coach.store.health import DB_NAME
    from coach.ui.single_instance import LOCK_NAME, SingleInstance

    data_dir = default_data_dir()
    folder_was_new = not data_dir.exists()
    db_was_new = folder_was_new or not (data_dir / DB_NAME).exists()
    existed = frozenset() if folder_was_new else frozenset(p.name for p in data_dir.iterdir())
    instance = SingleInstance(data_dir)
    if not instance.claim():  # already running on this data folder: bring that window forward
        return instance.forward()

    from coach.export.language import chosen_language, use_language

    use_language(chosen_language(""))  # what the data folder says before the setting can be read: the system's
    try:
        store = Store.open(recover=True)
    except StoreError as exc:
        from coach.ui.widgets.style import apply_style

        apply_style(app)
        QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    language_problem = apply_user_settings(app, store)
    if language_problem:
        print(f"{APP_NAME}: {language_problem}", file=sys.stderr)
    for title, text in start_notices(store):
        print(f"{APP_NAME}: {text}", file=sys.stderr)
        QMessageBox.warning(None, f"{APP_NAME}: {title}", text)
    window = build_main_window(store)
    if window is None:
        store.close()
        instance.release()
        if db_was_new:  # cancelled before the first profile: nothing of this start is left behind
            remove_new_data(data_dir, folder_was_new=folder_was_new, db_name=DB_NAME, also=(LOCK_NAME,),
                            existed=existed)
        return 0
    window.show()
    instance.set_window(window)
    from coach.ui.warm import after_first_paint

    after_first_paint(window, lambda: _after_paint(window))
    try:
        return app.exec()
    finally:
        warmer = getattr(window, "warmer", None)
        if warmer is not None:
            warmer.wait(5.0)
        window.ctx.store.close()  # the store in use: a restore in Settings opens a new one
        instance.release()


def _after_paint(window) -> None:
    """Once Today is on screen: the tray icon and reminders, then the warm-up of the other screens."""
    from coach.ui.tray import install_reminders
    from coach.ui.warm import warm

    install_reminders(window)  # tray icon and reminders; without a tray, reminders show on the window
    warm(window)
