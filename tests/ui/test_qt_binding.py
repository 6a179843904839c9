"""Guards against a Qt binding that leaks references to None on void calls (PySide6 6.12.0 on
Python 3.11 does, and the interpreter aborts after a few thousand repaints of the player)."""

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    before = sys.getrefcount(None)
    for _ in range(3000):
        w.update()
    assert sys.getrefcount(None) - before > -100
