"""The chart tests measure text with Qt's fonts: one QApplication for the session (pytest-qt's)."""

import pytest


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp
