"""Themes and text size: every theme applies, secondary text stays readable, the text size reaches the app font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.core.settings import Settings
from coach.ui.widgets import style

THEMES = ("light", "dark", "high-contrast")


@pytest.fixture
def app(qapp):
    snap = style.snapshot(qapp)
    yield qapp
    style.restore(qapp, snap)  # the look the next test expects


def _screen(qtbot) -> tuple[QWidget, dict[str, QWidget]]:
    """One widget of each role the screens use."""
    w = QWidget()
    lay = QVBoxLayout(w)
    out: dict[str, QWidget] = {}
    for role in ("h1", "h2", "muted"):
        out[role] = QLabel(role)
    for role in ("card", "alert", "notice"):
        f = QFrame()
        QVBoxLayout(f).addWidget(QLabel(f"inside {role}"))
        out[role] = f
    for role in ("primary", "danger"):
        out[role] = QPushButton(role)
    for role, widget in out.items():
        widget.setProperty("role", role)
        lay.addWidget(widget)
    qtbot.addWidget(w)
    w.show()
    return w, out


@pytest.mark.parametrize("theme", THEMES)
def test_each_theme_applies(app, qtbot, theme):
    colors = style.apply_style(app, 1.0, theme)
    assert colors is style.PALETTES[theme] and style.current_colors() is colors
    pal = app.palette()
    assert pal.color(QPalette.ColorRole.Window).name() == colors.window
    assert pal.color(QPalette.ColorRole.WindowText).name() == colors.text
    assert pal.color(QPalette.ColorRole.Base).name() == colors.surface
    sheet = app.styleSheet()
    for role in ("h1", "h2", "muted", "card", "alert", "notice", "primary", "danger"):
        assert f'[role="{role}"]' in sheet, role
    assert colors.muted in sheet and colors.focus in sheet
    w, roles = _screen(qtbot)
    # the stylesheet reaches the widgets: a muted label is drawn in the theme's muted colour
    assert roles["muted"].palette().color(QPalette.ColorRole.WindowText).name() == colors.muted
    assert roles["primary"].palette().color(QPalette.ColorRole.ButtonText).name() == colors.on_accent
    img = w.grab().toImage()
    assert img.pixelColor(1, 1).name() == colors.window


def test_unknown_theme_falls_back_to_light_and_system_follows_the_desktop(app):
    assert style.apply_style(app, 1.0, "no-such-theme") is style.LIGHT
    assert style.apply_style(app, 1.0, "system") in (style.LIGHT, style.DARK)


@pytest.mark.parametrize("theme", THEMES)
def test_text_is_readable_in_every_theme(theme):
    c = style.PALETTES[theme]
    # WCAG AA: 4.5:1 for text, 3:1 for control edges and the focus ring
    for bg in (c.window, c.surface):
        assert style.contrast(c.muted, bg) >= 4.5, (theme, "muted", bg)
        assert style.contrast(c.text, bg) >= 4.5, (theme, "text", bg)
        assert style.contrast(c.disabled, bg) >= 3.0, (theme, "disabled", bg)
        assert style.contrast(c.control, bg) >= 3.0, (theme, "control", bg)
        assert style.contrast(c.focus, bg) >= 3.0, (theme, "focus", bg)
    assert style.contrast(c.text, c.button) >= 4.5
    assert style.contrast(c.on_accent, c.accent) >= 4.5
    assert style.contrast(c.on_accent, c.accent_strong) >= 4.5
    assert style.contrast(c.on_danger, c.danger) >= 4.5
    assert style.contrast(c.alert_text, c.alert_bg) >= 4.5
    assert style.contrast(c.notice_text, c.notice_bg) >= 4.5


def test_contrast_formula():
    assert style.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert style.contrast("#777777", "#777777") == pytest.approx(1.0)


def test_text_scale_changes_the_app_font(app, qtbot):
    for percent in (100, 125, 150, 175, 200):
        style.apply_settings(app, Settings(text_scale=percent, theme="light"))
        assert style.current_scale() == percent / 100
        assert app.font().pointSizeF() == pytest.approx(style.BASE_PT * percent / 100)
        lab = QLabel("Aa")
        qtbot.addWidget(lab)
        lab.ensurePolished()
        assert lab.font().pointSizeF() == pytest.approx(style.BASE_PT * percent / 100, abs=0.1)


def test_larger_text_makes_larger_widgets(app, qtbot):
    style.apply_style(app, 1.0, "light")
    small = QPushButton("Back up now")
    qtbot.addWidget(small)
    small_h = small.sizeHint().height()
    style.apply_style(app, 2.0, "light")
    big = QPushButton("Back up now")
    qtbot.addWidget(big)
    assert big.sizeHint().height() > small_h * 1.5


def test_scale_is_clamped(app):
    style.apply_style(app, 5.0, "light")
    assert style.current_scale() == 2.0
    style.apply_style(app, 0.2, "light")
    assert style.current_scale() == 1.0


def test_switching_theme_repaints_existing_widgets(app, qtbot):
    style.apply_style(app, 1.0, "light")
    w, _roles = _screen(qtbot)
    assert w.grab().toImage().pixelColor(1, 1).name() == style.LIGHT.window
    style.apply_style(app, 1.0, "dark")
    QApplication.processEvents()
    assert w.grab().toImage().pixelColor(1, 1).name() == style.DARK.window


def test_system_theme_follows_the_desktop_preference(app, monkeypatch):
    monkeypatch.setattr(style, "system_prefers_dark", lambda: True)
    assert style.apply_style(app, 1.0, "system") is style.DARK
    monkeypatch.setattr(style, "system_prefers_dark", lambda: False)
    assert style.apply_style(app, 1.0, "system") is style.LIGHT


@pytest.mark.parametrize("theme", THEMES)
def test_a_focused_button_shows_the_focus_ring(app, qtbot, theme):
    colors = style.apply_style(app, 1.0, theme)
    w, roles = _screen(qtbot)
    plain = QPushButton("Plain")
    w.layout().addWidget(plain)
    plain.show()
    other = roles["primary"]
    w.activateWindow()
    plain.setFocus()
    qtbot.waitUntil(plain.hasFocus)
    top = plain.grab().toImage()
    assert top.pixelColor(top.width() // 2, 1).name() == colors.focus
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert plain.grab().toImage().pixelColor(top.width() // 2, 1).name() != colors.focus


def test_custom_painted_widgets_hear_the_theme_change(app, qtbot):
    seen = []

    class Painted(QWidget):
        def changeEvent(self, ev):
            if ev.type() == ev.Type.PaletteChange:
                seen.append(style.current_colors().name)
            super().changeEvent(ev)

    style.apply_style(app, 1.0, "light")
    w = Painted()
    qtbot.addWidget(w)
    w.show()
    style.apply_style(app, 1.0, "dark")
    assert "dark" in seen


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("role", style.BUTTON_ROLES)
def test_the_focus_ring_stands_out_on_every_button_colour(theme, role):
    """At least 3:1 between the ring and the focused button (WCAG's contrast for focus indicators), and between
    the ring and whatever the button sits on; the button's text stays readable (4.5:1)."""
    c = style.PALETTES[theme]
    ring, fill, text = style.focus_look(c, role)
    assert style.contrast(ring, fill) >= 3.0, f"{theme} {role}: ring {ring} on {fill}"
    for around in (c.window, c.surface, c.notice_bg, c.alert_bg):
        assert style.contrast(ring, around) >= 3.0, f"{theme} {role}: ring {ring} beside {around}"
    assert style.contrast(text, fill) >= 4.5, f"{theme} {role}: text {text} on {fill}"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("role", ["primary", "danger"])
def test_a_focused_coloured_button_is_drawn_with_its_focus_look(app, qtbot, theme, role):
    colors = style.apply_style(app, 1.0, theme)
    w, roles = _screen(qtbot)
    button = roles[role]
    plain = QPushButton("Plain")
    w.layout().addWidget(plain)
    plain.show()
    w.activateWindow()
    ring, fill, _text = style.focus_look(colors, role)
    plain.setFocus()
    qtbot.waitUntil(plain.hasFocus)
    before = button.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    img = button.grab().toImage()
    assert img.pixelColor(img.width() // 2, 1).name() == ring
    assert img.pixelColor(4, img.height() // 2).name() == fill
    assert before.pixelColor(before.width() // 2, 1).name() != ring
