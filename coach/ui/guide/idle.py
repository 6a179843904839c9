"""Is anyone at the computer? What each platform tells the app about the screen, for movement breaks.

Movement break reminders pause while the screen is locked or nobody has used
the keyboard or mouse for a while (``coach.core.breaks.AWAY_AFTER_S``). What
the app can detect depends on the platform:

==================  ===========================================================  =========================
platform            how                                                          detects
==================  ===========================================================  =========================
Linux, X11          the X screen saver extension (libXss), read through ctypes   idle time; screen saver
                                                                                 or lock active
Linux, Wayland      D-Bus, when Qt's D-Bus module is installed (a pip install    idle time (GNOME: Mutter
                    has it; the desktop bundle leaves it out):                   IdleMonitor); screen
                    org.gnome.Mutter.IdleMonitor, org.freedesktop.ScreenSaver    locked (GNOME, KDE)
Windows             GetLastInputInfo; OpenInputDesktop fails on a locked         idle time; locked
                    workstation (ctypes, user32)
macOS               CGEventSourceSecondsSinceLastEventType (ctypes,              idle time
                    CoreGraphics)
any                 Qt's application state: Suspended                            the app suspended
==================  ===========================================================  =========================

Anything a platform does not tell is ``None`` (unknown), and reminders then go
on as if someone were there. A probe never raises: a failing call is taken as
unknown.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from coach.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ScreenState:
    """Seconds since the last keyboard or mouse input anywhere, and whether the screen is locked (None: unknown)."""

    idle_s: float | None = None
    locked: bool | None = None
    suspended: bool = False


class IdleProbe:
    """Asks the platform; ``detects`` says what, in words for Settings."""

    detects = "nothing about the screen on this system"

    def state(self) -> ScreenState:
        return ScreenState(suspended=_suspended())


def _suspended() -> bool:
    app = QGuiApplication.instance()
    return app is not None and QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationSuspended


# ------------------------------------------------------------------ X11
class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong), ("eventMask", ctypes.c_ulong)]


class X11Probe(IdleProbe):
    detects = QT_TRANSLATE_NOOP("guide", "how long the keyboard and mouse have not been used, and when the screen saver or lock is on")
    SCREEN_SAVER_ON = 1

    def __init__(self) -> None:
        x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
        xss = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Xss") or "libXss.so.1")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo)]
        xss.XScreenSaverQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                   ctypes.POINTER(ctypes.c_int)]
        self._x11, self._xss = x11, xss
        self._display = x11.XOpenDisplay(None)
        if not self._display:
            raise OSError("no X display")
        a, b = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(self._display, ctypes.byref(a), ctypes.byref(b)):
            x11.XCloseDisplay(self._display)
            raise OSError("the X server has no screen saver extension")
        self._root = x11.XDefaultRootWindow(self._display)
        self._info = xss.XScreenSaverAllocInfo()

    def state(self) -> ScreenState:
        try:
            if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
                return ScreenState(suspended=_suspended())
            info = self._info.contents
            return ScreenState(info.idle / 1000.0, info.state == self.SCREEN_SAVER_ON, _suspended())
        except (OSError, ValueError):
            return ScreenState(suspended=_suspended())

    def __del__(self) -> None:
        try:
            self._x11.XCloseDisplay(self._display)
        except Exception:  # closing at exit must never raise
            pass


# ------------------------------------------------------------------ Windows
class WindowsProbe(IdleProbe):
    detects = QT_TRANSLATE_NOOP("guide", "how long the keyboard and mouse have not been used, and when the computer is locked")

    class _LastInput(ctypes.Structure):
        _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

    def __init__(self) -> None:
        self._user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        self._kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]

    def state(self) -> ScreenState:
        try:
            li = self._LastInput()
            li.cbSize = ctypes.sizeof(li)
            idle = None
            if self._user32.GetLastInputInfo(ctypes.byref(li)):
                idle = ((self._kernel32.GetTickCount() - li.dwTime) & 0xFFFFFFFF) / 1000.0
            desk = self._user32.OpenInputDesktop(0, False, 0x0100)  # DESKTOP_SWITCHDESKTOP
            locked = not desk
            if desk:
                self._user32.CloseDesktop(desk)
            return ScreenState(idle, locked, _suspended())
        except (OSError, AttributeError):
            return ScreenState(suspended=_suspended())


# ------------------------------------------------------------------ macOS
class MacProbe(IdleProbe):
    detects = QT_TRANSLATE_NOOP("guide", "how long the keyboard and mouse have not been used")

    def __init__(self) -> None:
        cg = ctypes.cdll.LoadLibrary(ctypes.util.find_library("CoreGraphics")
                                     or "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics")
        cg.CGEventSourceSecondsSinceLastEventType.restype = ctypes.c_double
        cg.CGEventSourceSecondsSinceLastEventType.argtypes = [ctypes.c_int, ctypes.c_uint32]
        self._cg = cg

    def state(self) -> ScreenState:
        try:
            # kCGEventSourceStateCombinedSessionState, kCGAnyInputEventType
            return ScreenState(float(self._cg.CGEventSourceSecondsSinceLastEventType(0, 0xFFFFFFFF)), None,
                               _suspended())
        except (OSError, ValueError):
            return ScreenState(suspended=_suspended())


# ------------------------------------------------------------------ D-Bus (Wayland)
class DBusProbe(IdleProbe):
    detects = QT_TRANSLATE_NOOP("guide", "how long the keyboard and mouse have not been used, or when the screen is locked, as the desktop says")

    def __init__(self) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface  # not in the desktop bundle

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            raise OSError("no D-Bus session bus")
        self._idle = QDBusInterface("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                                    "org.gnome.Mutter.IdleMonitor", bus)
        self._saver = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                                     "org.freedesktop.ScreenSaver", bus)
        for i in (self._idle, self._saver):
            i.setTimeout(300)
        if not (self._idle.isValid() or self._saver.isValid()):
            raise OSError("the desktop offers neither an idle monitor nor a screen saver on D-Bus")

    def state(self) -> ScreenState:
        idle = locked = None
        try:
            if self._idle.isValid():
                reply = self._idle.call("GetIdletime").arguments()
                idle = float(reply[0]) / 1000.0 if reply else None
            if self._saver.isValid():
                reply = self._saver.call("GetActive").arguments()
                locked = bool(reply[0]) if reply else None
        except Exception:  # a desktop service that misbehaves means "unknown"
            return ScreenState(suspended=_suspended())
        return ScreenState(idle, locked, _suspended())


def detect() -> IdleProbe:
    """The best probe this platform offers (a plain ``IdleProbe`` when none works)."""
    platform = QGuiApplication.platformName() if QGuiApplication.instance() is not None else ""
    candidates: list[type[IdleProbe]] = []
    if sys.platform.startswith("win"):
        candidates = [WindowsProbe]
    elif sys.platform == "darwin":
        candidates = [MacProbe]
    elif platform == "xcb":
        candidates = [X11Probe, DBusProbe]
    elif platform.startswith("wayland"):
        candidates = [DBusProbe]
    for cls in candidates:
        try:
            return cls()
        except Exception:  # a missing library or service: try the next, then know nothing
            continue
    return IdleProbe()
