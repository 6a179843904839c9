"""Look and feel: Fusion style, light / dark / high-contrast themes, text size from 100 to 200 %, a visible focus ring.

``apply_style(app, scale, theme)`` sets the palette, the application font and one
stylesheet; call it again to switch (``apply_settings(app, settings)`` does it
from the user's settings). Screens mark widgets with ``setProperty("role", ...)``:
``h1``, ``h2``, ``muted`` (labels), ``card``, ``alert``, ``notice`` (frames),
``primary``, ``danger`` (buttons); every theme styles each of them. The focus ring is at least 3:1
against every button colour and against the window (:func:`focus_look`; a focused primary or danger
button takes a darker or inverted fill for it).

Custom-painted widgets (figures, body map, charts) take their colours from
``current_colors()``, a ``ThemeColors`` of plain ``#rrggbb`` strings, and repaint
when the theme changes: Qt sends every widget a ``QEvent.PaletteChange`` then, and
screens are also refreshed through ``ctx.changed`` ("settings").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette

# Kept for code that wants the brand colours directly (light theme values).
ACCENT = "#2a7f8f"
ACCENT_DARK = "#1f5f6b"
WARN = "#b3261e"
OK = "#2e7d32"

BASE_PT = 11.0
H1_PT, H2_PT = 18.0, 14.0  # headings at 100 % text


@dataclass(frozen=True)
class ThemeColors:
    """One theme's colours, as ``#rrggbb`` strings."""

    name: str  # "light", "dark" or "high-contrast"
    dark: bool  # light text on a dark window
    window: str
    surface: str  # cards, inputs, lists
    text: str
    muted: str  # secondary text: still at least 4.5:1 on window and surface
    border: str  # card and frame edges
    control: str  # edges of inputs, check boxes and radio buttons: at least 3:1 against window and surface
    button: str
    accent: str  # primary buttons, selection
    accent_strong: str  # hover / pressed primary
    on_accent: str  # text on accent
    danger: str
    on_danger: str
    ok: str  # "done" marks and good trends (always with a symbol or words too)
    warning: str
    focus: str  # the focus ring
    # a focused primary or danger button: its fill and text, dark enough (light theme) or inverted (high
    # contrast) that the focus ring stands out from the button, and from the window around it (at least 3:1)
    focus_primary_fill: str
    focus_primary_text: str
    focus_danger_fill: str
    focus_danger_text: str
    link: str
    disabled: str
    alert_bg: str
    alert_border: str
    alert_text: str
    notice_bg: str
    notice_border: str
    notice_text: str
    grid: str  # chart grid lines
    series: tuple[str, ...]  # chart series, distinguishable in this theme


LIGHT = ThemeColors(
    name="light", dark=False,
    window="#f3f5f6", surface="#ffffff", text="#1d2327", muted="#535a60", border="#b9c3ca",
    control="#7a848c", button="#e6eaed", accent=ACCENT, accent_strong=ACCENT_DARK, on_accent="#ffffff",
    danger=WARN, on_danger="#ffffff", ok=OK, warning="#8a5300", focus="#b35c00", link="#1f5f6b",
    focus_primary_fill="#0a2c33", focus_primary_text="#ffffff", focus_danger_fill="#4a0c08",
    focus_danger_text="#ffffff",
    disabled="#767d83",
    alert_bg="#fdecea", alert_border=WARN, alert_text="#5f1410",
    notice_bg="#e7f3f5", notice_border=ACCENT, notice_text="#123c44",
    grid="#d5dbe0", series=("#2a7f8f", "#c05a00", "#6a3d9a", "#2e7d32", "#b3261e", "#1f4e9c"),
)

DARK = ThemeColors(
    name="dark", dark=True,
    window="#1c2024", surface="#262b30", text="#e8eaed", muted="#b3bbc2", border="#4a535c",
    control="#8f9ba6", button="#323940", accent="#2a7f8f", accent_strong="#1f6f7d", on_accent="#ffffff",
    danger="#c62828", on_danger="#ffffff", ok="#7bc67e", warning="#ffb74d", focus="#ffb31a", link="#7fd3e0",
    focus_primary_fill="#1f5f6b", focus_primary_text="#ffffff", focus_danger_fill="#9e1f1f",
    focus_danger_text="#ffffff",
    disabled="#8a9299",
    alert_bg="#3d1a17", alert_border="#ef5350", alert_text="#ffdad6",
    notice_bg="#15353b", notice_border="#4fb3c4", notice_text="#d4f0f4",
    grid="#3a424a", series=("#5cc8d8", "#ffab5e", "#c49bf0", "#8fd694", "#ff8a80", "#8ab4f8"),
)

HIGH_CONTRAST = ThemeColors(
    name="high-contrast", dark=True,
    window="#000000", surface="#000000", text="#ffffff", muted="#e6e6e6", border="#ffffff",
    control="#ffffff", button="#000000", accent="#1aebff", accent_strong="#8ff5ff", on_accent="#000000",
    danger="#ff9e9e", on_danger="#000000", ok="#7dff7d", warning="#ffff00", focus="#ffff00", link="#ffff00",
    focus_primary_fill="#000000", focus_primary_text="#1aebff", focus_danger_fill="#000000",
    focus_danger_text="#ff9e9e",
    disabled="#b0b0b0",
    alert_bg="#000000", alert_border="#ff9e9e", alert_text="#ffffff",
    notice_bg="#000000", notice_border="#1aebff", notice_text="#ffffff",
    grid="#808080", series=("#1aebff", "#ffff00", "#ff9eff", "#7dff7d", "#ff9e9e", "#ffffff"),
)

PALETTES: dict[str, ThemeColors] = {c.name: c for c in (LIGHT, DARK, HIGH_CONTRAST)}

_state: dict = {"colors": LIGHT, "theme": "system", "scale": 1.0, "watching": False}


def current_colors() -> ThemeColors:
    """The colours of the theme in use (for custom painting)."""
    return _state["colors"]


def current_scale() -> float:
    return _state["scale"]


def system_prefers_dark() -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve_theme(theme: str) -> ThemeColors:
    """``system`` follows the desktop's light or dark preference; unknown names give the light theme."""
    if theme == "system":
        return DARK if system_prefers_dark() else LIGHT
    return PALETTES.get(theme, LIGHT)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def lum(c: str) -> float:
        q = QColor(c)
        out = []
        for v in (q.redF(), q.greenF(), q.blueF()):
            out.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]

    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_SHEET = """
QWidget { font-size: %(base)spt; }
QToolTip { color: %(text)s; background: %(surface)s; border: 1px solid %(border)s; }
QLabel[role="h1"] { font-size: %(h1)spt; font-weight: 600; }
QLabel[role="h2"] { font-size: %(h2)spt; font-weight: 600; }
QLabel[role="muted"] { color: %(muted)s; }
QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled { color: %(disabled)s; }
QFrame[role="card"] { background: %(surface)s; border: %(card_w)spx solid %(border)s; border-radius: 10px; }
QFrame[role="card"] QLabel { background: transparent; }
QFrame[role="alert"] { background: %(alert_bg)s; border: %(alert_w)spx solid %(alert_border)s; border-radius: 10px; }
QFrame[role="alert"] QLabel { color: %(alert_text)s; background: transparent; }
QFrame[role="notice"] { background: %(notice_bg)s; border: %(notice_w)spx solid %(notice_border)s; border-radius: 10px; }
QFrame[role="notice"] QLabel { color: %(notice_text)s; background: transparent; }
QPushButton, QToolButton {
    padding: %(pad_v)spx %(pad_h)spx; border-radius: 6px;
    background: %(button)s; color: %(text)s; border: %(btn_w)spx solid %(border)s;
}
QPushButton:hover, QToolButton:hover { border-color: %(accent)s; }
QPushButton:pressed, QToolButton:pressed { background: %(border)s; }
QPushButton:disabled, QToolButton:disabled { color: %(disabled)s; border-color: %(disabled)s; }
QPushButton[role="primary"] { background: %(accent)s; color: %(on_accent)s; font-weight: 600; border: %(btn_w)spx solid %(accent_strong)s; }
QPushButton[role="primary"]:hover { background: %(accent_strong)s; }
QPushButton[role="danger"] { background: %(danger)s; color: %(on_danger)s; font-weight: 600; border: %(btn_w)spx solid %(text)s; }
QPushButton:focus, QToolButton:focus, QListWidget:focus, QListView:focus, QTreeView:focus, QTableView:focus,
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QTimeEdit:focus, QDateEdit:focus,
QTextEdit:focus, QPlainTextEdit:focus, QTableWidget:focus, QSlider:focus, QScrollArea:focus {
    outline: none; border: 3px solid %(focus)s;
}
QPushButton[role="primary"]:focus { background: %(focus_primary_fill)s; color: %(focus_primary_text)s; }
QPushButton[role="danger"]:focus { background: %(focus_danger_fill)s; color: %(focus_danger_text)s; }
QCheckBox:focus, QRadioButton:focus { outline: none; border: 3px solid %(focus)s; border-radius: 4px; padding: 2px; }
QCheckBox, QRadioButton { padding: 5px; border: 3px solid transparent; }
QCheckBox::indicator, QRadioButton::indicator { width: %(ind)spx; height: %(ind)spx; }
QListWidget#nav { border: none; background: %(window)s; font-size: %(nav)spt; }
QListWidget#nav:focus { border: 3px solid %(focus)s; }
QListWidget#nav::item { padding: 10px 14px; border-radius: 6px; color: %(text)s; }
QListWidget#nav::item:selected { background: %(accent)s; color: %(on_accent)s; font-weight: 600; }
a { color: %(link)s; }
"""


BUTTON_ROLES: tuple[str, ...] = ("button", "primary", "danger")


def focus_look(colors: ThemeColors, role: str) -> tuple[str, str, str]:
    """(ring, fill, text) of a focused button of ``role`` ("button", "primary" or "danger") in a theme."""
    c = colors
    if role == "primary":
        return c.focus, c.focus_primary_fill, c.focus_primary_text
    if role == "danger":
        return c.focus, c.focus_danger_fill, c.focus_danger_text
    return c.focus, c.button, c.text


def _pt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def stylesheet(scale: float = 1.0, colors: ThemeColors | None = None) -> str:
    c = colors or current_colors()
    hc = c.name == "high-contrast"
    values = {k: getattr(c, k) for k in ThemeColors.__dataclass_fields__ if k not in ("series", "dark", "name")}
    values.update({
        "base": _pt(BASE_PT * scale), "h1": _pt(H1_PT * scale), "h2": _pt(H2_PT * scale), "nav": _pt(12 * scale),
        "pad_v": round(6 * scale), "pad_h": round(14 * scale), "ind": round(16 * scale),
        "btn_w": 2 if hc else 1, "card_w": 2 if hc else 1, "notice_w": 2, "alert_w": 3 if hc else 2,
    })
    return _SHEET % values


def palette(colors: ThemeColors) -> QPalette:
    c = colors
    pal = QPalette()
    R = QPalette.ColorRole
    for role, value in (
        (R.Window, c.window), (R.WindowText, c.text), (R.Base, c.surface), (R.AlternateBase, c.button),
        (R.Text, c.text), (R.Button, c.button), (R.ButtonText, c.text), (R.BrightText, c.on_danger),
        (R.Highlight, c.accent), (R.HighlightedText, c.on_accent), (R.ToolTipBase, c.surface),
        (R.ToolTipText, c.text), (R.PlaceholderText, c.muted), (R.Link, c.link), (R.LinkVisited, c.link),
        (R.Light, c.border), (R.Midlight, c.border), (R.Mid, c.border), (R.Dark, c.border), (R.Shadow, c.border),
    ):
        pal.setColor(role, QColor(value))
    G = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText):
        pal.setColor(G, role, QColor(c.disabled))
    return pal


_EDGED = ("QCheckBox", "QRadioButton", "QLineEdit", "QComboBox", "QAbstractSpinBox", "QAbstractItemView",
          "QTextEdit", "QPlainTextEdit")


def apply_style(app, scale: float = 1.0, theme: str = "system") -> ThemeColors:
    """Apply a theme and text size to the whole application; returns the colours in use."""
    scale = min(2.0, max(1.0, float(scale)))
    colors = resolve_theme(theme)
    _state.update(colors=colors, theme=theme, scale=scale)
    if app.property("coachFusion") is not True:  # under a stylesheet style().name() is empty: remember instead
        app.setStyle("Fusion")
        app.setProperty("coachFusion", True)
    font = QFont(app.font())
    font.setPointSizeF(BASE_PT * scale)
    app.setFont(font)
    app.setPalette(palette(colors))
    # Fusion draws the edges of inputs and check marks' boxes in the window colour made darker,
    # which vanishes on a dark window: give those classes a window colour that darkens to ``control``.
    edge = palette(colors)
    edge.setColor(QPalette.ColorRole.Window, QColor(colors.control).lighter(140))
    for cls in _EDGED:
        app.setPalette(edge, cls)
    app.setStyleSheet(stylesheet(scale, colors))
    _watch_system(app)
    return colors


def apply_settings(app, settings) -> ThemeColors:
    """Apply ``coach.core.settings.Settings`` (theme and text size)."""
    return apply_style(app, settings.scale, settings.theme)


def _watch_system(app) -> None:
    if _state["watching"]:
        return
    _state["watching"] = True
    hints = app.styleHints()

    def on_scheme(_scheme) -> None:
        if _state["theme"] == "system":
            apply_style(app, _state["scale"], "system")

    hints.colorSchemeChanged.connect(on_scheme)


def snapshot(app):
    """The application's look as it is now, for ``restore`` (tests put the look back after changing it)."""
    return (app.style().name() or None, app.property("coachFusion"), app.palette(), app.font(), app.styleSheet(),
            dict(_state))


def restore(app, snap) -> None:
    _style, fusion, pal, font, sheet, state = snap
    app.setStyleSheet(sheet)
    app.setPalette(pal)
    for cls in _EDGED:  # drop the per-class palettes apply_style set
        app.setPalette(pal, cls)
    app.setFont(font)
    if _style:
        app.setStyle(_style)
    app.setProperty("coachFusion", fusion)
    _state.update(state)
