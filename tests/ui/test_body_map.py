from PySide6.QtCore import QPoint, Qt

from coach.core.tracker import LOCATIONS
from coach.ui.diary.body_map import BodyMap
from coach.ui.diary.pain_panel import PainPanel


def _panel(qtbot):
    p = PainPanel()
    qtbot.addWidget(p)
    p.resize(800, 560)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_every_place_is_found_at_its_centre(qtbot):
    m = BodyMap()
    qtbot.addWidget(m)
    m.resize(440, 530)
    m.show()
    for key in LOCATIONS:
        assert m.region_at(m.region_centre(key)) == key
        if not key.startswith("back"):
            assert m.region_at(m.region_centre(key, primary=False)) == key
    assert m.region_at(QPoint(2, 2)) is None


def test_mouse_click_chooses_a_place_and_the_strip_sets_its_score(qtbot):
    p = _panel(qtbot)
    qtbot.mouseClick(p.map, Qt.MouseButton.LeftButton, pos=p.map.region_centre("shin_right"))
    assert p.map.current() == "shin_right"
    assert "Right shin" in p.chosen.text()
    qtbot.mouseClick(p.strip, Qt.MouseButton.LeftButton, pos=p.strip.cell_centre(6))
    assert p.values()["shin_right"] == 6
    assert p.spins["shin_right"].value() == 6
    # a second click on the chosen place raises it by one, a right click lowers it
    qtbot.mouseClick(p.map, Qt.MouseButton.LeftButton, pos=p.map.region_centre("shin_right"))
    assert p.map.value("shin_right") == 7
    qtbot.mouseClick(p.map, Qt.MouseButton.RightButton, pos=p.map.region_centre("shin_right"))
    qtbot.mouseClick(p.map, Qt.MouseButton.RightButton, pos=p.map.region_centre("shin_right"))
    assert p.map.value("shin_right") == 5
    # the dash cell clears it: "not filled in", not zero
    qtbot.mouseClick(p.strip, Qt.MouseButton.LeftButton, pos=p.strip.cell_centre(None))
    assert p.values()["shin_right"] is None
    assert p.spins["shin_right"].text() == "–"


def test_keyboard_sets_scores(qtbot):
    p = _panel(qtbot)
    m = p.map
    m.setFocus()
    m.setCurrent("back_left")
    qtbot.keyClick(m, Qt.Key.Key_4)
    assert m.value("back_left") == 4
    qtbot.keyClick(m, Qt.Key.Key_Down)  # back → thigh
    qtbot.keyClick(m, Qt.Key.Key_Right)  # left → right
    assert m.current() == "thigh_right"
    qtbot.keyClick(m, Qt.Key.Key_Plus)
    qtbot.keyClick(m, Qt.Key.Key_Plus)
    assert m.value("thigh_right") == 1
    qtbot.keyClick(m, Qt.Key.Key_Minus)
    assert m.value("thigh_right") == 0
    qtbot.keyClick(m, Qt.Key.Key_Delete)
    assert m.value("thigh_right") is None
    # 1 then 0 straight away gives 10
    qtbot.keyClick(m, Qt.Key.Key_1)
    qtbot.keyClick(m, Qt.Key.Key_0)
    assert m.value("thigh_right") == 10
    assert p.spins["thigh_right"].value() == 10
    assert "Right thigh 10" in m.accessibleDescription()


def test_tab_walks_the_places_then_leaves(qtbot):
    p = _panel(qtbot)
    m = p.map
    m.setFocus()
    m.setCurrent(LOCATIONS[0])
    for key in LOCATIONS[1:]:
        qtbot.keyClick(m, Qt.Key.Key_Tab)
        assert m.current() == key
    assert m.focusNextPrevChild(True)  # past the last place focus moves on


def test_spin_boxes_and_map_stay_in_step(qtbot):
    p = _panel(qtbot)
    p.spins["knee_left"].setValue(8)
    assert p.map.value("knee_left") == 8
    p.map.setCurrent("knee_left")
    assert p.strip.value() == 8
    p.strip.setFocus()
    qtbot.keyClick(p.strip, Qt.Key.Key_Left)
    assert p.spins["knee_left"].value() == 7
    qtbot.mouseClick(p.clear_all, Qt.MouseButton.LeftButton)
    assert all(v is None for v in p.values().values())


def test_every_control_has_a_name(qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox

    p = _panel(qtbot)
    for w in p.findChildren(QAbstractSpinBox) + p.findChildren(QAbstractButton) + [p.map, p.strip]:
        assert w.accessibleName(), w


def _title_ink(img, colour) -> int:
    """Pixels close to ``colour`` in the band of the figure titles."""
    from PySide6.QtGui import QColor

    want = QColor(colour)
    n = 0
    for y in range(0, img.height() * 5 // 100):  # the titles only: the head starts lower
        for x in range(0, img.width(), 2):
            c = img.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 60:
                n += 1
    return n


def test_labels_take_the_themes_text_colour(qtbot, qapp):
    from coach.ui.widgets import style

    snap = style.snapshot(qapp)
    try:
        for theme in ("light", "dark", "high-contrast"):
            colors = style.apply_style(qapp, theme=theme)
            m = BodyMap()
            qtbot.addWidget(m)
            m.resize(440, 500)
            img = m.grab().toImage()
            # "Front" and "Back" are drawn in the theme's text colour, so they show on its window colour
            assert _title_ink(img, colors.text) > 20, theme
    finally:
        style.restore(qapp, snap)
