"""Progress analytics: daily series, weekly averages, adherence, centralization and meaningful change.

Pure Python (no Qt, no storage). ``coach.store.history`` reads the records
from the database; the progress screen, the chart exports and the provider
report all draw from one :class:`ProgressData` built by :func:`build_progress`.

Modules: ``period`` (periods, program weeks, comparison windows, averages),
``records`` (the sessions, stops and warning answers read), ``adherence``,
``centralization`` (how far the pain reaches), ``progress`` (pain and PSFS
change, weekly scores, :class:`ProgressData`). This package's names are the
public API; import them from ``coach.core.analytics``.

Definitions (the same everywhere the numbers are shown)
=======================================================
* **Days**: every calendar day of the period, in order; a day without a
  diary entry, or without a rating at a location, is ``None`` (a gap), never 0.
* **First week / last week**: the first week (the baseline) is the seven days
  starting on the first day with a diary entry on or after the program's
  start, whatever period is shown (diary days before the program started are
  not the baseline; only a period that ends before the program's diary began
  uses its own first entry). The last week is the seven days ending on the
  last day of the period with an entry, but starting no earlier than the day
  after the first week. With less than eight days between the first and the
  last entry there is no last week, and so no comparison yet.
* **Week average**: the mean of the days rated in that week (days with no
  rating are left out, not counted as 0).
* **Meaningful change**: the one rule of ``coach.core.change``. The overall
  pain's weekly average must fall by 2 points and by 30 % of the first
  week's average (whichever is larger); the *threshold* is the first week's
  average minus that drop; with a first-week average below 2 no meaningful
  drop can be measured and the threshold is None. The PSFS must rise by 2
  points from the first scored week to the last.
* **Adherence**: for each day from the program start (or the start of the
  period, if later) to today (or the end of the period, if earlier), the
  sessions planned that day (the number of session slots of that week's
  plan) and the slots with a session completed in full (at most one per slot;
  stand-alone walks, slot -1, are not counted). Adherence % is done over
  planned. A session completed with an exercise ended early or skipped is
  *done in part*: counted apart, not as done. Today's slots not yet done or
  stopped are *pending*: still to come, not missed, so they are left out of
  the count. Sessions stopped early are counted one by one (a slot started
  again and stopped again counts twice); the bars show the slots that ended
  stopped.
* **Ranges**: the range buttons stand for the last 14 or 28 days up to today,
  the program's weeks, or everything (from the first record or the program's
  start to today); dates asked for are clamped to those days
  (:func:`clamp_period`).
* **Reach** (centralization): how far from the spine the pain reaches that
  day: 0 no pain (every rated location 0), 1 back, 2 thigh, 3 knee, 4 shin;
  None when nothing was rated. Pain retreating toward the back over the
  weeks is called centralization and is a good sign.
"""

from .adherence import Adherence, DayAdherence, adherence
from .centralization import (
    CENTRALIZATION_NOTE,
    REACH_LABELS,
    REACH_NO_PAIN,
    REACH_TREND_STEP,
    Centralization,
    WeekReach,
    centralization,
    reach,
    reach_label,
)
from .period import (
    DAY,
    EARLIEST,
    RANGE_DAYS,
    RANGES,
    Period,
    ProgramInfo,
    RangeError,
    WeekAverage,
    WeekSpan,
    Window,
    clamp_period,
    comparison_windows,
    data_span,
    days_back,
    default_period,
    mean,
    period_text,
    program_info,
    program_weeks,
    range_period,
    rolling_mean,
    week_average,
)
from .progress import (
    MeaningfulChange,
    PainChange,
    ProgressData,
    ProgressHistory,
    PsfsChange,
    WeeklyScore,
    build_progress,
    changes_with_data,
    meaningful_change,
    psfs_trend,
    region_keys,
    weekly_scores,
)
from .records import SessionRecord, StopMarker, WarningRecord, stops

__all__ = [
    "CENTRALIZATION_NOTE", "DAY", "EARLIEST", "RANGES", "RANGE_DAYS", "ProgressHistory", "RangeError",
    "clamp_period", "range_period", "REACH_LABELS", "REACH_NO_PAIN", "REACH_TREND_STEP", "Adherence",
    "Centralization", "DayAdherence", "MeaningfulChange", "PainChange", "Period",
    "ProgramInfo", "ProgressData", "PsfsChange", "SessionRecord", "StopMarker", "WarningRecord", "WeekAverage",
    "WeekReach", "WeekSpan", "WeeklyScore", "Window", "adherence", "build_progress", "centralization",
    "changes_with_data", "comparison_windows", "data_span", "days_back", "default_period", "mean",
    "meaningful_change", "period_text", "program_info", "program_weeks", "psfs_trend", "reach", "reach_label",
    "region_keys", "rolling_mean", "stops", "week_average", "weekly_scores",
]
