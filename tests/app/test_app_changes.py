"""What a write changed, and the layer's independence from Qt."""

import subprocess
import sys

import pytest

from coach.app.changes import EVERYTHING, NOTHING, Changes, Done, changes_of


def test_changes_combine_and_say_what_they_touch():
    diary = Changes(diary=True)
    both = diary | Changes(safety=True)
    assert both.names == ("diary", "safety") and bool(both) and not NOTHING
    assert both.touches(Changes(safety=True, program=True)) and not both.touches(Changes(program=True))
    assert changes_of(Done(3, diary)) == diary and changes_of(diary) == diary and changes_of(None) == NOTHING
    assert EVERYTHING.touches(Changes(clinician=True)) and repr(NOTHING) == "Changes(nothing)"


@pytest.mark.slow
def test_the_application_layer_loads_without_qt():
    code = ("import sys\n"
            "import coach.app.diary, coach.app.profiles, coach.app.programs, coach.app.safety\n"
            "import coach.app.sessions, coach.app.settings, coach.app.state\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
