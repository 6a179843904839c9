"""The FHIR export's code systems, codes and small coding helpers (every own code is in docs/fhir.md)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from coach.core import safety as safety_rules
from coach.core import tracker as tracker_core

FHIR_VERSION = "4.0.1"

# The app's own canonical URLs (described in docs/fhir.md). The host is the one the
# application id names (org.lumbarcoach); canonical URLs identify, they need not resolve.
BASE = "https://lumbarcoach.org/fhir"
CS = f"{BASE}/CodeSystem"
CS_BODY_LOCATION = f"{CS}/body-location"
CS_OBSERVATION = f"{CS}/observation"
CS_WEAKNESS_MOVEMENT = f"{CS}/weakness-movement"
CS_WARNING_SIGN = f"{CS}/warning-sign"
CS_WARNING_OUTCOME = f"{CS}/warning-outcome"
CS_STOP_REASON = f"{CS}/stop-reason"
CS_SESSION_OUTCOME = f"{CS}/session-outcome"
CS_EXERCISE_RESULT = f"{CS}/exercise-result"
CS_CHECKIN = f"{CS}/checkin"
CS_EXERCISE = f"{CS}/exercise"
PATIENT_ID_SYSTEM = f"{BASE}/sid/patient-pseudonym"
Q_WEEKLY_PAIN = f"{BASE}/Questionnaire/weekly-pain"
Q_PSFS = f"{BASE}/Questionnaire/psfs"
Q_VERSION = "1"

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
URN_ID = "urn:ietf:rfc:3986"  # identifier system for identifiers that are URIs (here urn:uuid:...)
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
SECURITY = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue"
DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
EXT_FLAG_DETAIL = "http://hl7.org/fhir/StructureDefinition/flag-detail"
EXT_MIN = "http://hl7.org/fhir/StructureDefinition/minValue"
EXT_MAX = "http://hl7.org/fhir/StructureDefinition/maxValue"

PAIN_LOINC = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
EXERCISE_THERAPY = ("229065009", "Exercise therapy")

# The diary's eight places, in SNOMED CT (docs/fhir.md cites each code). Thigh, knee and lower
# leg have pre-coordinated concepts with laterality. The lower back is a midline structure:
# SNOMED CT has no published concept for one side of it that we could confirm, and laterality
# may not be refined onto a midline structure, so both sides carry "Lower back structure" and
# the side is in the app's own coding beside it (body-location) and in the text.
# The diary's "shin" is the front of the lower leg; the nearest SNOMED CT concept is the lower leg.
BODY_SITES: dict[str, tuple[str, str]] = {
    "back_left": ("37822005", "Lower back structure"),
    "back_right": ("37822005", "Lower back structure"),
    "thigh_left": ("61396006", "Structure of left thigh"),
    "thigh_right": ("11207009", "Structure of right thigh"),
    "knee_left": ("82169009", "Structure of left knee region"),
    "knee_right": ("6757004", "Structure of right knee region"),
    "shin_left": ("48979004", "Structure of left lower leg"),
    "shin_right": ("32696007", "Structure of right lower leg"),
}
SITE_TEXT = {f"{r}_{s}": f"{s.capitalize()} {'lower back' if r == 'back' else r}"
             for r in tracker_core.REGIONS for s in tracker_core.SIDES}

OBSERVATION_CODES = {
    "numbness": "Numbness or tingling, 0-10",
    "numbness-site": "Where the numbness or tingling is",
    "weakness": "Weakness reported in the daily diary",
    "weakness-movement": "Movement that felt weak",
    "warning-signs": "Warning-sign questions",
}
STOP_REASONS = {r.id: r.label for r in safety_rules.STOP_REASONS} | {
    "closed-unfinished": "Interrupted, then closed without finishing"}
SESSION_OUTCOMES = {
    "all-done": "Finished: every exercise done in full",
    "partly-done": "Finished, with exercises ended early or skipped",
    "stopped": "Stopped before the end",
    "closed-unfinished": "Interrupted, then closed without finishing",
}
EXERCISE_RESULTS = {
    "full": "Done in full",
    "partial": "Ended early",
    "stopped": "Stopped",
    "skipped": "Skipped",
    "unfinished": "Under way when the session was interrupted",
}
CHECKIN_LABELS = {o.id: o.label for o in safety_rules.CHECKIN_OPTIONS}
WARNING_OUTCOMES = {safety_rules.CLEAR: safety_rules.CLEAR_TITLE,
                    safety_rules.SEE_DOCTOR_SOON: safety_rules.SOON_TITLE,
                    safety_rules.EMERGENCY: safety_rules.EMERGENCY_TITLE}
WARNING_INTERPRETATION = {safety_rules.CLEAR: ("N", "Normal"), safety_rules.SEE_DOCTOR_SOON: ("A", "Abnormal"),
                          safety_rules.EMERGENCY: ("AA", "Critical abnormal")}

# Fixed namespace of the app's name-based UUIDs (the shared Questionnaires); never change it.
APP_NAMESPACE = uuid.UUID("55b697d7-b8fe-44e8-8548-05e710cdc61b")
PSEUDONYM_KEY = "fhir_pseudonym:{profile_id}"


# ----------------------------------------------------------------- helpers
def coding(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def concept(system: str, code: str, display: str, text: str | None = None) -> dict[str, Any]:
    return {"coding": [coding(system, code, display)], "text": text or display}


def site_concept(location: str) -> dict[str, Any]:
    """A diary place as a body site: SNOMED CT first, then the app's own exact place."""
    code, display = BODY_SITES[location]
    return {"coding": [coding(SNOMED, code, display), coding(CS_BODY_LOCATION, location, SITE_TEXT[location])],
            "text": SITE_TEXT[location]}


def score(value: int | float) -> dict[str, Any]:
    return {"value": value, "unit": "score", "system": UCUM, "code": "{score}"}


def instant(stamp: str | None) -> str | None:
    """A stored time stamp as a FHIR instant (seconds and a time zone), or None when it has no zone."""
    if not stamp:
        return None
    try:
        t = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if t.tzinfo is None:
        return None
    return t.isoformat(timespec="seconds")


def _survey() -> list[dict[str, Any]]:
    return [concept(OBS_CATEGORY, "survey", "Survey")]
