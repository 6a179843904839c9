import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui import style
from coach.ui.style import PALETTES, apply_style, contrast, current_colors


@pytest.fixture
def app(qapp):
    yield qapp
    apply_style(qapp, 1.0, "light")


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_theme_keeps_text_readable(name):
    c = PALETTES[name]
    for bg in (c.window, c.surface):
        assert contrast(c.text, bg) >= 7, (name, bg)
        assert contrast(c.muted, bg) >= 4.5, (name, "muted", bg)
        assert contrast(c.control, bg) >= 3, (name, "control edges", bg)
        assert contrast(c.focus, bg) >= 3, (name, "focus ring", bg)
    assert contrast(c.on_accent, c.accent) >= 4.5
    assert contrast(c.on_danger, c.danger) >= 4.5
    assert contrast(c.alert_text, c.alert_bg) >= 7
    assert contrast(c.notice_text, c.notice_bg) >= 7
    assert contrast(c.disabled, c.button) >= 3


def _widgets():
    root = QWidget()
    lay = QVBoxLayout(root)
    muted = QLabel("about 12 minutes")
    muted.setProperty("role", "muted")
    h1 = QLabel("Today")
    h1.setProperty("role", "h1")
    plain = QLabel("plain")
    button = QPushButton("Start")
    button.setProperty("role", "primary")
    for w in (muted, h1, plain, button):
        lay.addWidget(w)
    return root, muted, h1, plain, button


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_theme_is_applied_to_palette_roles_and_exported(qtbot, app, name):
    colors = apply_style(app, 1.0, name)
    assert current_colors() is colors and colors.name == name
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(colors.window)
    root, muted, h1, plain, button = _widgets()
    qtbot.addWidget(root)
    root.show()
    for w in (muted, plain):
        w.ensurePolished()
    assert muted.palette().color(QPalette.ColorRole.WindowText) == QColor(colors.muted)
    assert plain.palette().color(QPalette.ColorRole.WindowText) == QColor(colors.text)


def test_text_size_scales_every_role_up_to_200_percent(qtbot, app):
    sizes = {}
    for scale in (1.0, 1.5, 2.0):
        apply_style(app, scale, "light")
        root, muted, h1, plain, button = _widgets()
        qtbot.addWidget(root)
        root.show()
        for w in (h1, plain, button):
            w.ensurePolished()
        sizes[scale] = (plain.font().pointSizeF(), h1.font().pointSizeF(), button.font().pointSizeF(),
                        plain.sizeHint().height())
        assert app.font().pointSizeF() == pytest.approx(11 * scale)
    assert sizes[1.0][:3] == (11, 18, 11)
    assert sizes[2.0][:3] == (22, 36, 22)
    assert sizes[2.0][3] > 1.7 * sizes[1.0][3]  # the text really takes more room


def test_scale_is_clamped_and_system_theme_follows_the_desktop(app, monkeypatch):
    apply_style(app, 5.0, "light")
    assert style.current_scale() == 2.0
    monkeypatch.setattr(style, "system_prefers_dark", lambda: True)
    assert apply_style(app, 1.0, "system").name == "dark"
    monkeypatch.setattr(style, "system_prefers_dark", lambda: False)
    assert apply_style(app, 1.0, "system").name == "light"


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_focused_button_shows_the_focus_ring_colour(qtbot, app, name):
    colors = apply_style(app, 1.0, name)
    root, _m, _h, _p, button = _widgets()
    qtbot.addWidget(root)
    root.show()
    root.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    img = button.grab().toImage()
    edge = img.pixelColor(img.width() // 2, 1)
    assert edge == QColor(colors.focus)
    other = QPushButton("Other")
    root.layout().addWidget(other)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert button.grab().toImage().pixelColor(img.width() // 2, 1) != QColor(colors.focus)


def test_custom_painted_widgets_hear_the_theme_change(qtbot, app):
    seen = []

    class Painted(QWidget):
        def changeEvent(self, ev):
            if ev.type() == QEvent.Type.PaletteChange:
                seen.append(current_colors().name)
            super().changeEvent(ev)

    w = Painted()
    qtbot.addWidget(w)
    w.show()
    apply_style(QApplication.instance(), 1.0, "dark")
    assert "dark" in seen
