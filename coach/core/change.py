"""Meaningful change: when a change in pain or in the PSFS counts as a real change for the person.

The one rule, used by every place that judges a change: the Progress charts
and the provider report (``coach.core.analytics``, ``coach.core.report_data``),
the "pain has not improved" alert (``coach.core.trends.pain_not_improving``)
and the end-of-week review (``coach.core.progression.review_week``).

Pain (0–10, lower is better)
============================
Ostelo et al. 2008, "Interpreting change scores for pain and functional
status in low back pain" (Spine 33:90–94), the international consensus on
the minimal important change: **2 points** on a 0–10 scale, and **30 %**
improvement from the baseline.

An improvement is meaningful only when **both** hold: the pain fell by at
least 2 points *and* by at least 30 % of the baseline, i.e. by
``max(2, 0.3 × baseline)``. Why both:

* The app is used by a person exercising alone, and the verdict feeds the
  alert "your pain has not improved after four weeks: see your clinician"
  (monograph Section 5, "When to See a Doctor": "No Improvement: After 4-6
  weeks of appropriate care"). Calling a change an improvement when it is not
  would silence that alert; calling an improvement "not yet meaningful" only
  keeps the advice to have it checked. The second error is the safer one, so
  the stricter reading.
* At a low baseline 30 % is smaller than the scale's measurement error:
  3 → 2.1 is 0.9 points, within the day-to-day noise of a 0–10 rating. The
  2 points keep noise from counting as progress.
* At a high baseline 2 points is a small share: 8 → 6 is 25 %. People who
  start with severe pain need a larger drop before they are better in a way
  that matters to them, which is what Ostelo's relative threshold captures.
* A baseline below 2 leaves no room for a drop of 2 points: a meaningful
  improvement cannot be measured (``Change.improved`` is None).

A **rise** counts as meaningful worsening at 2 points, whatever the
baseline. The 30 % is defined for improvement from the baseline; applied to
a rise it would hide 8 → 10 (25 %) and flag 1 → 1.3 (noise). Missing a real
worsening is the unsafe error, so only the absolute threshold.

PSFS (mean of the activities, 0–10, higher is better)
=====================================================
Stratford et al. 1995, "Assessing disability and change on individual
patients: a report of a patient specific measure" (Physiotherapy Canada
47:258–263): a change of **2 points** in the mean score is the minimal
detectable and clinically important change. The same 2 points either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.i18n import QT_TRANSLATE_NOOP, TranslatedFields, translate
from coach.core.textfmt import fixed

SCALE_MIN = 0.0
SCALE_MAX = 10.0
_EPS = 1e-9

IMPROVED = "improved"
WORSE = "worse"
NO_CLEAR_CHANGE = "no_clear_change"
NOT_MEASURABLE = "not_measurable"  # the baseline leaves no room for a meaningful improvement
NO_CURRENT = "no_current"  # nothing to compare yet


@dataclass(frozen=True)
class Measure(TranslatedFields):
    """A score and what counts as a meaningful change in it (``rule_text`` reads in the language in use)."""

    _context = "progress"
    _translated = frozenset({"rule_text"})

    key: str
    name: str
    higher_is_better: bool
    points: float  # the smallest meaningful change, in points
    fraction: float  # an improvement must also be this share of the baseline (0: the points alone)
    rule_text: str  # the size of a meaningful improvement in words, for screens and the report (both must hold)
    source: str


PAIN = Measure(
    "pain", "pain", False, 2.0, 0.30,
    QT_TRANSLATE_NOOP("progress", "2 points or 30 %, whichever is larger"),
    "Ostelo et al. 2008, Spine 33:90–94",
)
PSFS = Measure(
    "psfs", "PSFS", True, 2.0, 0.0,
    QT_TRANSLATE_NOOP("progress", "2 points on the mean score"),
    "Stratford et al. 1995, Physiotherapy Canada 47:258–263",
)


def improvement_needed(measure: Measure, baseline: float) -> float:
    """How many points the score must improve from ``baseline`` for a meaningful improvement."""
    return max(measure.points, measure.fraction * max(0.0, baseline))


@dataclass(frozen=True)
class Change:
    """A score at the start (``baseline``) and now (``current``), judged by the measure's rule."""

    measure: Measure
    baseline: float
    current: float | None = None

    @property
    def needed(self) -> float:
        """Points of improvement needed (see :func:`improvement_needed`)."""
        return improvement_needed(self.measure, self.baseline)

    @property
    def target(self) -> float | None:
        """The score that meets a meaningful improvement, or None when it is off the 0–10 scale."""
        if self.measure.higher_is_better:
            t = self.baseline + self.needed
            return t if t <= SCALE_MAX + _EPS else None
        t = self.baseline - self.needed
        return t if t >= SCALE_MIN - _EPS else None

    @property
    def improvement(self) -> float | None:
        """Points better than the baseline (negative: worse); None without a current score."""
        if self.current is None:
            return None
        d = self.current - self.baseline
        return d if self.measure.higher_is_better else -d

    @property
    def improved(self) -> bool | None:
        """A meaningful improvement; None when there is no current score or none could be measured."""
        if self.current is None or self.target is None:
            return None
        return self.improvement >= self.needed - _EPS

    @property
    def worse(self) -> bool | None:
        """A meaningful worsening (``points`` or more the wrong way); None without a current score."""
        if self.current is None:
            return None
        return -self.improvement >= self.measure.points - _EPS

    @property
    def verdict(self) -> str:
        """improved | worse | no_clear_change | not_measurable | no_current."""
        if self.current is None:
            return NO_CURRENT
        if self.worse:
            return WORSE
        if self.improved:
            return IMPROVED
        if self.target is None:
            return NOT_MEASURABLE
        return NO_CLEAR_CHANGE

    @property
    def rule_text(self) -> str:
        return self.measure.rule_text

    def describe(self) -> str:
        """The change in words: ``from 6.0 to 3.5 out of 10, a meaningful improvement``."""
        if self.current is None:
            return translate("progress", "{baseline} out of 10, nothing to compare with yet").format(baseline=fixed(self.baseline))
        words = {IMPROVED: translate("progress", ", a meaningful improvement"), WORSE: translate("progress", ", a meaningful worsening")}.get(self.verdict, "")
        return translate("progress", "from {baseline} to {current} out of 10{words}").format(baseline=fixed(self.baseline), current=fixed(self.current), words=words)


def judge(measure: Measure, baseline: float | None, current: float | None = None) -> Change | None:
    """The change from ``baseline`` to ``current`` by the measure's rule (None without a baseline)."""
    if baseline is None:
        return None
    return Change(measure, float(baseline), None if current is None else float(current))


def pain_change(baseline: float | None, current: float | None = None) -> Change | None:
    return judge(PAIN, baseline, current)


def psfs_change(baseline: float | None, current: float | None = None) -> Change | None:
    return judge(PSFS, baseline, current)
