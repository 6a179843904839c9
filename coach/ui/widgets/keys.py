"""One rule for the whole application: Enter (and the keypad's Enter) presses the focused button, as Space does.

Qt presses a focused push button with Space everywhere, but with Enter only
inside dialogs (where it is the "default" button's key). A person moving by
Tab expects both everywhere: :func:`install` adds one application-wide event
filter that clicks the focused push or tool button on Enter. It is installed
once, whatever calls it first (the main window, the first run).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """The event filter: Enter on a focused, enabled push or tool button clicks it (and goes no further)."""

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS and not event.isAutoRepeat()
                and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
                and isinstance(obj, QPushButton | QToolButton) and obj.hasFocus() and obj.isEnabled()
                and obj.isVisible()):
            obj.click()
            return True
        return False


_filter: EnterPressesButtons | None = None


def install(app: QApplication | None = None) -> EnterPressesButtons | None:
    """Install the rule on the application (once); returns the filter, or None when there is no application."""
    global _filter
    app = app or QApplication.instance()
    if app is None:
        return None
    if _filter is None:
        _filter = EnterPressesButtons(app)
        app.installEventFilter(_filter)
    return _filter
