"""Look and feel: Fusion style, a calm palette, readable type, a visible focus ring."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette

ACCENT = "#2a7f8f"
ACCENT_DARK = "#1f5f6b"
WARN = "#b3261e"
OK = "#2e7d32"

_SHEET = """
QWidget { font-size: %(base)dpt; }
QLabel[role="h1"] { font-size: %(h1)dpt; font-weight: 600; }
QLabel[role="h2"] { font-size: %(h2)dpt; font-weight: 600; }
QLabel[role="muted"] { color: #5b6166; }
QFrame[role="card"] { background: palette(base); border: 1px solid palette(midlight); border-radius: 10px; }
QFrame[role="alert"] { background: #fdecea; border: 2px solid %(warn)s; border-radius: 10px; }
QFrame[role="alert"] QLabel { color: #5f1410; }
QFrame[role="notice"] { background: #e7f3f5; border: 1px solid %(accent)s; border-radius: 10px; }
QFrame[role="notice"] QLabel { color: #123c44; }
QPushButton { padding: 6px 14px; border-radius: 6px; }
QPushButton[role="primary"] { background: %(accent)s; color: white; font-weight: 600; border: 1px solid %(accent_dark)s; }
QPushButton[role="primary"]:hover { background: %(accent_dark)s; }
QPushButton[role="danger"] { background: %(warn)s; color: white; font-weight: 600; border: 1px solid #7f1b15; }
QPushButton:focus, QListWidget:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QCheckBox:focus, QRadioButton:focus, QTextEdit:focus, QPlainTextEdit:focus, QTableWidget:focus, QSlider:focus {
    outline: none; border: 3px solid #f0a500;
}
QListWidget#nav { border: none; background: palette(window); font-size: %(nav)dpt; }
QListWidget#nav::item { padding: 10px 14px; border-radius: 6px; }
QListWidget#nav::item:selected { background: %(accent)s; color: white; }
"""


def stylesheet(scale: float = 1.0) -> str:
    base = round(11 * scale)
    return _SHEET % {
        "base": base, "h1": round(18 * scale), "h2": round(14 * scale), "nav": round(12 * scale),
        "accent": ACCENT, "accent_dark": ACCENT_DARK, "warn": WARN,
    }


def apply_style(app, scale: float = 1.0) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(11 * scale)
    app.setFont(font)
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    app.setPalette(pal)
    app.setStyleSheet(stylesheet(scale))
