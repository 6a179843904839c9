"""In Spanish (longer words than English) every screen fits 1024×600 at 100 % and 200 % text, and every page and
dialog at 100 %, with no button or text cut off: the checks of test_accessibility, run with the Spanish
translation installed (compiled by pyside6-lrelease, hence slow)."""

from __future__ import annotations

import pytest
import test_accessibility as acc
from test_accessibility import KEYS, PAGES, _clipped, _open, _overflow

from coach.export import language
from coach.ui.widgets import style

history, big = acc.history, acc.big  # the same fixtures


@pytest.fixture(scope="module")
def spanish_qm(tmp_path_factory):
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def spanish(qapp, spanish_qm, monkeypatch):
    monkeypatch.setattr(language, "_cache_dir", lambda: spanish_qm)
    assert language.use_language("es") is None
    yield
    language.reset()


@pytest.mark.slow
@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
@pytest.mark.parametrize("key", KEYS)
def test_every_screen_fits_in_spanish(window, history, big, qapp, spanish, key, scale):
    style.apply_style(qapp, scale, "light")
    w, screen = _open(window, key)
    problems = _overflow(w, screen) + _clipped(screen)
    assert not problems, f"{key} in Spanish: " + "; ".join(problems)


@pytest.mark.slow
@pytest.mark.parametrize("key", list(PAGES))
def test_every_page_and_dialog_fits_in_spanish(window, qtbot, store, history, big, qapp, spanish, key):
    style.apply_style(qapp, 1.0, "light")
    top, area = PAGES[key](window, qtbot, store)
    problems = ([f"needs {top.width()}×{top.height()}"] if top.width() > 1024 or top.height() > 600 else [])
    problems += _overflow(top, area) + _clipped(area)
    assert not problems, f"{key} in Spanish: " + "; ".join(problems)
