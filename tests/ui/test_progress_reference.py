"""The charts compared with committed reference images (small, fixed data, fixed days), with a tolerance.

To regenerate the references after an intended change of the charts' look,
run ``COACH_UPDATE_REFERENCES=1 pytest tests/ui/test_progress_reference.py``,
look at the new files in tests/ui/reference/ and commit them.
"""

import datetime as dt
import os
from pathlib import Path

import pytest

from coach.core.analytics import Period, ProgramInfo, SessionRecord, WarningRecord, build_progress
from coach.core.progression import WeekChoice
from coach.core.tracker import LOCATIONS, OutcomeScore, PsfsItem, TrackerEntry

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("COACH_UPDATE_REFERENCES") == "1"
THRESHOLD = 0.5  # mean absolute difference per channel, 0–255: the same machine draws 0; a changed bar style is 1.3
START = dt.date(2026, 1, 5)
# weeks move on only by a decision: this person moved on at every week's review
MOVED_ON = tuple(WeekChoice(START + dt.timedelta(days=7 * (w - 1)), w, "advance", w - 1, w) for w in (2, 3, 4))
PROGRAM = ProgramInfo("Reference program", START, 4, {1: 2, 2: 2, 3: 2, 4: 2}, MOVED_ON)


def fixed_data(shift: int = 0):
    entries = []
    for i in range(28):
        p = dict.fromkeys(LOCATIONS)
        p.update(back_right=max(0, 7 - i // 4 + shift), back_left=max(0, 3 - i // 7),
                 thigh_right=max(0, 5 - i // 5), knee_right=max(0, 4 - i // 4), shin_right=max(0, 3 - i // 3))
        if i not in (9, 10, 20):
            entries.append(TrackerEntry(date=START + dt.timedelta(days=i), pain=p))
    sessions = [SessionRecord(START + dt.timedelta(days=i), s, "completed") for i in range(28) for s in (0, 1)
                if (i * 2 + s) % 7 != 3]
    sessions.append(SessionRecord(START + dt.timedelta(days=6), 1, "stopped", stop_reason="sharp_pain"))
    outcomes = [OutcomeScore(START + dt.timedelta(days=7 * w), 6 - w, (PsfsItem("Stairs", 3 + 2 * w),))
                for w in range(4)]
    warnings = [WarningRecord(START + dt.timedelta(days=12), "falls from the leg giving way", "See a doctor soon")]
    return build_progress(period=Period(START, START + dt.timedelta(days=27)), today=START + dt.timedelta(days=27),
                          program=PROGRAM, entries=entries, sessions=sessions, outcomes=outcomes, warnings=warnings,
                          patient="Reference")


def render(data, panels):
    from coach.charts.files import page_layout, render_image

    layout, w, h = page_layout(data, size=(640, 240), panels=panels, title="Reference")
    return render_image(layout, w, h, scale=1.0)


def mean_difference(a, b) -> float:
    """Mean absolute difference per RGB channel, 0–255."""
    from PySide6.QtGui import QImage

    def rgb(img) -> bytes:
        img = img.convertToFormat(QImage.Format.Format_RGB888)
        row, stride = img.width() * 3, img.bytesPerLine()
        data = bytes(img.constBits())[: stride * img.height()]
        return b"".join(data[y * stride: y * stride + row] for y in range(img.height()))

    if (a.width(), a.height()) != (b.width(), b.height()):
        return 255.0
    x, y = rgb(a), rgb(b)
    return sum(abs(p - q) for p, q in zip(x, y, strict=True)) / len(x)


CASES = {"pain": ("overall", "locations"), "sessions": ("adherence", "centralization", "psfs")}


@pytest.mark.parametrize("name", sorted(CASES))
def test_charts_match_the_reference(qapp, name):
    from PySide6.QtGui import QImage

    img = render(fixed_data(), CASES[name])
    ref_path = REFERENCE / f"progress-{name}.png"
    if UPDATE:
        REFERENCE.mkdir(exist_ok=True)
        assert img.save(str(ref_path))
        return
    assert ref_path.is_file(), (f"{ref_path} is missing: run COACH_UPDATE_REFERENCES=1 pytest {__file__} "
                                "and commit the image")
    ref = QImage(str(ref_path))
    diff = mean_difference(img, ref)
    if diff >= THRESHOLD:
        img.save(str(ref_path.with_name(f"{ref_path.stem}-actual.png")))
    assert diff < THRESHOLD, f"the {name} charts differ from {ref_path.name} by {diff:.2f} (saved -actual.png)"


def test_the_comparison_notices_a_changed_chart(qapp):
    """Different data (back pain 3 points higher) must not pass as the reference."""
    a = render(fixed_data(), CASES["pain"])
    b = render(fixed_data(shift=3), CASES["pain"])
    assert mean_difference(a, a) == 0
    assert mean_difference(a, b) >= THRESHOLD
