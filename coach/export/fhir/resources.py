"""Building the FHIR resources of one person's data (see the package docstring)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from coach import APP_NAME
from coach.core import safety as safety_rules
from coach.core import tracker as tracker_core
from coach.core import warning_signs
from coach.core.profile import Profile
from coach.core.program import Program, dose_text
from coach.export.fhir.codes import (
    APP_NAMESPACE,
    CHECKIN_LABELS,
    CS_CHECKIN,
    CS_EXERCISE,
    CS_EXERCISE_RESULT,
    CS_OBSERVATION,
    CS_SESSION_OUTCOME,
    CS_STOP_REASON,
    CS_WARNING_OUTCOME,
    CS_WARNING_SIGN,
    CS_WEAKNESS_MOVEMENT,
    DATA_ABSENT,
    EXERCISE_RESULTS,
    EXERCISE_THERAPY,
    EXT_FLAG_DETAIL,
    EXT_MAX,
    EXT_MIN,
    FLAG_CATEGORY,
    INTERPRETATION,
    LOINC,
    OBSERVATION_CODES,
    PAIN_LOINC,
    PATIENT_ID_SYSTEM,
    PSEUDONYM_KEY,
    Q_PSFS,
    Q_VERSION,
    Q_WEEKLY_PAIN,
    SECURITY,
    SESSION_OUTCOMES,
    SNOMED,
    STOP_REASONS,
    URN_ID,
    WARNING_INTERPRETATION,
    WARNING_OUTCOMES,
    _survey,
    coding,
    concept,
    instant,
    score,
    site_concept,
)
from coach.store import safety as safety_store
from coach.store import session_log
from coach.store import sessions as session_store
from coach.store import tracker as tracker_store
from coach.store.db import Store, StoreError


class _Ids:
    """Stable ids: name-based UUIDs under the person's pseudonym."""

    def __init__(self, pseudonym: str) -> None:
        self.ns = uuid.UUID(pseudonym)

    def __call__(self, key: str) -> str:
        return str(uuid.uuid5(self.ns, key))


def patient_pseudonym(store: Store, profile: Profile) -> str:
    """The person's pseudonym for FHIR exports: a random UUID made on the first export and kept.

    When the store cannot be written (a full disk, a read-only folder), a name-based UUID of the
    profile's creation time is used instead, so the export still works and still names one person.
    """
    key = PSEUDONYM_KEY.format(profile_id=profile.id)
    found = store.get_setting(key)
    if isinstance(found, str):
        try:
            return str(uuid.UUID(found))
        except ValueError:
            pass
    made = str(uuid.uuid4())
    try:
        store.set_setting(key, made)
        return made
    except StoreError:
        row = store.db.execute("select created_at from profiles where id = ?", [profile.id]).fetchone()
        return str(uuid.uuid5(APP_NAMESPACE, f"profile/{profile.id}/{row[0] if row else ''}"))


class _Builder:
    def __init__(self, store: Store, profile: Profile, program: Program, pseudonym: str,
                 include_name: bool, now: dt.datetime) -> None:
        self.store = store
        self.profile = profile
        self.program = program
        self.pseudonym = pseudonym
        self.include_name = include_name
        self.now = now
        self.id = _Ids(pseudonym)
        self.entries: list[dict[str, Any]] = []
        self.patient_ref = {"reference": f"urn:uuid:{self.id('Patient')}"}
        self.careplan_ref = {"reference": f"urn:uuid:{self.id('CarePlan')}"}

    def add(self, resource: dict[str, Any], key: str | None = None, rid: str | None = None) -> dict[str, Any]:
        rid = rid or self.id(key or "")
        resource = {"resourceType": resource.pop("resourceType"), "id": rid, **resource}
        ident = {"system": URN_ID, "value": f"urn:uuid:{rid}"}
        if resource["resourceType"] == "QuestionnaireResponse":
            resource.setdefault("identifier", ident)  # 0..1 there, a list elsewhere
        elif resource["resourceType"] != "Questionnaire":
            resource.setdefault("identifier", [ident])
        self.entries.append({"fullUrl": f"urn:uuid:{rid}", "resource": resource})
        return {"reference": f"urn:uuid:{rid}"}

    # ------------------------------------------------------------ patient
    def patient(self) -> None:
        p: dict[str, Any] = {
            "resourceType": "Patient",
            "identifier": [{"use": "secondary", "system": PATIENT_ID_SYSTEM, "value": self.pseudonym,
                            "assigner": {"display": APP_NAME}}],
            "active": True,
        }
        if self.include_name and self.profile.name.strip():
            p["name"] = [{"text": self.profile.name.strip()}]
        self.add(p, "Patient")

    # -------------------------------------------------------------- diary
    def diary(self) -> None:
        updated = {r[0]: r[1] for r in self.store.db.execute(
            "select date, updated_at from tracker_entries where profile_id = ?", [self.profile.id]).fetchall()}
        for e in tracker_store.all_entries(self.store, self.profile.id):
            day = e.date.isoformat()
            issued = instant(updated.get(day))
            common: dict[str, Any] = {"status": "final", "category": _survey(), "subject": self.patient_ref,
                                      "effectiveDateTime": day}
            if issued:
                common["issued"] = issued
            common["performer"] = [self.patient_ref]
            for loc in tracker_core.LOCATIONS:
                value = e.pain.get(loc)
                if value is None:
                    continue
                self.add({"resourceType": "Observation", **common,
                          "code": concept(LOINC, PAIN_LOINC[0], PAIN_LOINC[1], "Pain, 0-10"),
                          "valueQuantity": score(value), "bodySite": site_concept(loc)},
                         f"Observation/pain/{day}/{loc}")
            if e.numbness_strength is not None or e.numbness_locations or e.numbness_where.strip():
                obs: dict[str, Any] = {"resourceType": "Observation", **common,
                                       "code": concept(CS_OBSERVATION, "numbness", OBSERVATION_CODES["numbness"])}
                if e.numbness_strength is not None:
                    obs["valueQuantity"] = score(e.numbness_strength)
                else:
                    obs["dataAbsentReason"] = concept(DATA_ABSENT, "unknown", "Unknown",
                                                      "The strength was not filled in")
                parts = [{"code": concept(CS_OBSERVATION, "numbness-site", OBSERVATION_CODES["numbness-site"]),
                          "valueCodeableConcept": site_concept(loc)}
                         for loc in tracker_core.LOCATIONS if loc in e.numbness_locations]
                if e.numbness_where.strip():
                    parts.append({"code": concept(CS_OBSERVATION, "numbness-site", OBSERVATION_CODES["numbness-site"]),
                                  "valueString": e.numbness_where.strip()})
                if parts:
                    obs["component"] = parts
                self.add(obs, f"Observation/numbness/{day}")
            if tracker_core.weakness_reported(e):
                parts = []
                for k in e.weakness:
                    if k == "other" and e.weakness_other.strip():
                        continue
                    label = tracker_core.WEAKNESS_PRESETS.get(k, k)
                    parts.append({"code": concept(CS_OBSERVATION, "weakness-movement",
                                                  OBSERVATION_CODES["weakness-movement"]),
                                  "valueCodeableConcept": concept(CS_WEAKNESS_MOVEMENT, k, label)})
                if e.weakness_other.strip():
                    parts.append({"code": concept(CS_OBSERVATION, "weakness-movement",
                                                  OBSERVATION_CODES["weakness-movement"]),
                                  "valueString": e.weakness_other.strip()})
                self.add({"resourceType": "Observation", **common,
                          "code": concept(CS_OBSERVATION, "weakness", OBSERVATION_CODES["weakness"]),
                          "valueBoolean": True, "component": parts}, f"Observation/weakness/{day}")

    # ------------------------------------------------------------- weekly
    def questionnaires(self) -> None:
        week_item = {"linkId": "week", "text": "First day of the program week these scores are for",
                     "type": "date", "required": True}
        bounds = [{"url": EXT_MIN, "valueInteger": 0}, {"url": EXT_MAX, "valueInteger": 10}]
        pain = {
            "resourceType": "Questionnaire", "url": Q_WEEKLY_PAIN, "version": Q_VERSION, "name": "WeeklyOverallPain",
            "title": "Overall pain over the past week", "status": "active", "subjectType": ["Patient"],
            "publisher": APP_NAME,
            "item": [week_item, {"linkId": "overall-pain", "text": tracker_core.OVERALL_PAIN_INSTRUCTIONS,
                                 "type": "integer", "code": [coding(LOINC, *PAIN_LOINC)], "extension": bounds}],
        }
        psfs = {
            "resourceType": "Questionnaire", "url": Q_PSFS, "version": Q_VERSION,
            "name": "PatientSpecificFunctionalScale", "title": "Patient-Specific Functional Scale (PSFS)",
            "status": "active", "subjectType": ["Patient"], "publisher": APP_NAME,
            "item": [
                week_item,
                {"linkId": "instructions", "text": tracker_core.PSFS_INSTRUCTIONS, "type": "display"},
                {"linkId": "activity", "text": "Activity", "type": "group", "repeats": True, "item": [
                    {"linkId": "activity.name", "text": "Activity that is hard because of your symptoms",
                     "type": "string", "required": True},
                    {"linkId": "activity.score", "text": "How well you can do it now: 0 cannot do it at all, "
                     "10 as well as before your symptoms", "type": "integer", "extension": bounds},
                ]},
                {"linkId": "mean", "text": "PSFS score: the mean of the ratings", "type": "decimal",
                 "readOnly": True},
            ],
        }
        for q in (pain, psfs):
            self.add(q, rid=str(uuid.uuid5(APP_NAMESPACE, f"{q['url']}|{q['version']}")))

    def weekly(self) -> None:
        stamps = {r[0]: r[1] for r in self.store.db.execute(
            "select week_start, updated_at from outcome_scores where profile_id = ?", [self.profile.id]).fetchall()}
        for o in tracker_store.list_outcomes(self.store, self.profile.id):
            week = o.week_start.isoformat()
            common: dict[str, Any] = {"status": "completed", "subject": self.patient_ref,
                                      "author": self.patient_ref, "source": self.patient_ref}
            authored = instant(stamps.get(week))
            if authored:
                common["authored"] = authored
            week_item = {"linkId": "week", "answer": [{"valueDate": week}]}
            if o.overall_pain is not None:
                self.add({"resourceType": "QuestionnaireResponse", "questionnaire": f"{Q_WEEKLY_PAIN}|{Q_VERSION}",
                          **common, "item": [week_item, {"linkId": "overall-pain",
                                                         "answer": [{"valueInteger": o.overall_pain}]}]},
                         f"QuestionnaireResponse/weekly-pain/{week}")
            rated = [i for i in o.psfs if i.activity.strip()]
            if rated:
                items: list[dict[str, Any]] = [week_item]
                for i in rated:
                    group = [{"linkId": "activity.name", "answer": [{"valueString": i.activity.strip()}]}]
                    if i.score is not None:
                        group.append({"linkId": "activity.score", "answer": [{"valueInteger": i.score}]})
                    items.append({"linkId": "activity", "item": group})
                if o.psfs_mean is not None:
                    items.append({"linkId": "mean", "answer": [{"valueDecimal": o.psfs_mean}]})
                self.add({"resourceType": "QuestionnaireResponse", "questionnaire": f"{Q_PSFS}|{Q_VERSION}",
                          **common, "item": items}, f"QuestionnaireResponse/psfs/{week}")

    # ----------------------------------------------------------- sessions
    def sessions(self) -> None:
        for row in session_store.all_sessions(self.store, self.profile.id):
            events = session_store.events(self.store, row.id)
            results = _results(self.store, row, self.program)
            self._session(row, results, events)

    def _session(self, row: session_store.SessionRow, results: list[dict[str, Any]], events: list[dict]) -> None:
        key = f"Procedure/session/{row.id}"
        slot = row.slot_name or "Extra"
        what = "walk logged on its own" if row.slot_index == session_log.EXTRA_SLOT else f"{slot.lower()} session"
        proc: dict[str, Any] = {
            "resourceType": "Procedure",
            "status": {session_store.COMPLETED: "completed", session_store.STOPPED: "stopped",
                       session_store.CLOSED: "stopped"}.get(row.status, "in-progress"),
            "code": {"coding": [coding(SNOMED, *EXERCISE_THERAPY)],
                     "text": f"Home exercise {what}, program week {row.week}"},
            "subject": self.patient_ref,
            "basedOn": [self.careplan_ref],
            "performer": [{"actor": self.patient_ref}],
        }
        reason = None
        if row.status == session_store.STOPPED:
            reason = "other" if (row.stop_reason or "other") == "user" else row.stop_reason or "other"
            if reason not in STOP_REASONS:
                reason = "other"
            proc["statusReason"] = concept(CS_STOP_REASON, reason, STOP_REASONS[reason],
                                           STOP_REASONS[reason] + (f": {row.stop_detail.strip()}"
                                                                   if (row.stop_detail or "").strip() else ""))
        elif row.status == session_store.CLOSED:
            proc["statusReason"] = concept(CS_STOP_REASON, "closed-unfinished", STOP_REASONS["closed-unfinished"])
        period = {"start": instant(row.started_at), "end": instant(row.ended_at)}
        period = {k: v for k, v in period.items() if v}
        if period:
            proc["performedPeriod"] = period
        outcome = _session_outcome(row, results)
        if outcome:
            proc["outcome"] = concept(CS_SESSION_OUTCOME, outcome, SESSION_OUTCOMES[outcome])
        ref = self.add(proc, key)
        self._session_pain(row, ref)
        times = _exercise_times(events)
        for r in results:
            self._exercise(row, r, ref, times.get(r["index"]), reason)

    def _session_pain(self, row: session_store.SessionRow, session_ref: dict[str, str]) -> None:
        """The pain the person gave just before and just after the session: an Observation each, part of it."""
        for when, value, at in (("before", row.pain_before, row.started_at), ("after", row.pain_after, row.ended_at)):
            if value is None:
                continue
            obs: dict[str, Any] = {
                "resourceType": "Observation", "partOf": [session_ref], "status": "final", "category": _survey(),
                "code": concept(LOINC, PAIN_LOINC[0], PAIN_LOINC[1], f"Pain, 0-10, {when} the session"),
                "subject": self.patient_ref, "effectiveDateTime": instant(at) or row.date.isoformat(),
                "performer": [self.patient_ref], "valueQuantity": score(value),
                "note": [{"text": f"Rated with one key {'as the session started' if when == 'before' else 'as it ended'}."}],
            }
            self.add(obs, f"Observation/session-pain/{row.id}/{when}")

    def _exercise(self, row: session_store.SessionRow, r: dict[str, Any], session_ref: dict[str, str],
                  times: tuple[str | None, str | None] | None, stop_reason: str | None) -> None:
        status = r.get("status")
        if status == "done":
            fhir_status, result = "completed", ("partial" if r.get("partial") else "full")
        elif status == "stopped":
            fhir_status, result = "stopped", "stopped"
        elif status == "skipped":
            fhir_status, result = "not-done", "skipped"
        else:  # under way when the session was interrupted
            fhir_status = "in-progress" if row.status == session_store.IN_PROGRESS else "stopped"
            result = "unfinished"
        ex_id = str(r.get("id") or r.get("exercise_id") or "")
        name = str(r.get("name") or ex_id)
        proc: dict[str, Any] = {
            "resourceType": "Procedure", "basedOn": [self.careplan_ref], "partOf": [session_ref],
            "status": fhir_status,
            "code": concept(CS_EXERCISE, ex_id, name),
            "subject": self.patient_ref, "performer": [{"actor": self.patient_ref}],
        }
        if result == "skipped":
            proc["statusReason"] = concept(CS_EXERCISE_RESULT, "skipped", EXERCISE_RESULTS["skipped"])
        elif result == "stopped" and stop_reason:
            proc["statusReason"] = concept(CS_STOP_REASON, stop_reason, STOP_REASONS[stop_reason])
        if times:
            period = {k: v for k, v in zip(("start", "end"), (instant(times[0]), instant(times[1])), strict=True)
                      if v}
            if period:
                proc["performedPeriod"] = period
        proc["outcome"] = concept(CS_EXERCISE_RESULT, result, EXERCISE_RESULTS[result],
                                  f"{EXERCISE_RESULTS[result]}: {_amount(r)}" if _amount(r) else None)
        answer = r.get("checkin")
        if answer in CHECKIN_LABELS and answer != "fine":
            proc["complication"] = [concept(CS_CHECKIN, answer, CHECKIN_LABELS[answer],
                                            f"Check-in after the exercise: {CHECKIN_LABELS[answer].lower()}")]
        if answer in CHECKIN_LABELS:
            proc["note"] = [{"text": f"Check-in after the exercise: {CHECKIN_LABELS[answer].lower()}."}]
        self.add(proc, f"Procedure/session/{row.id}/exercise/{r['index']}")

    # ------------------------------------------------------------- safety
    def warnings(self) -> None:
        open_ids = {w.id for w in _open_warnings(self.store, self.profile.id)}
        for w in safety_store.warning_history(self.store, self.profile.id):
            level = w.outcome.level
            parts = [{"code": concept(CS_WARNING_SIGN, q.id, q.short, q.question or q.short),
                      "valueBoolean": bool(w.answers[q.id])}
                     for q in warning_signs.SIGNS if q.id in w.answers]
            code, display = WARNING_INTERPRETATION[level]
            obs: dict[str, Any] = {
                "resourceType": "Observation", "status": "final", "category": _survey(),
                "code": concept(CS_OBSERVATION, "warning-signs", OBSERVATION_CODES["warning-signs"]),
                "subject": self.patient_ref, "effectiveDateTime": instant(w.answered_at) or w.date.isoformat(),
                "performer": [self.patient_ref],
                "valueCodeableConcept": concept(CS_WARNING_OUTCOME, level, WARNING_OUTCOMES[level],
                                                WARNING_OUTCOMES[level] + (f": {w.outcome.reported_text()}"
                                                                           if w.outcome.reported else "")),
                "interpretation": [concept(INTERPRETATION, code, display)],
            }
            if instant(w.answered_at):
                obs["issued"] = instant(w.answered_at)
            if parts:
                obs["component"] = parts
            notes = []
            if w.acknowledged_at:
                notes.append(f"Advice acknowledged {instant(w.acknowledged_at) or w.acknowledged_at}.")
            if w.assessed_confirmed_at:
                notes.append("Clinician assessment confirmed by the patient "
                             f"{instant(w.assessed_confirmed_at) or w.assessed_confirmed_at}.")
            if notes:
                obs["note"] = [{"text": " ".join(notes)}]
            ref = self.add(obs, f"Observation/warning/{w.id}")
            if w.id in open_ids:
                still = ("not yet confirmed as assessed by a clinician" if level == safety_rules.EMERGENCY
                         else "advice not yet acknowledged")
                flag: dict[str, Any] = {
                    "resourceType": "Flag",
                    "extension": [{"url": EXT_FLAG_DETAIL, "valueReference": ref}],
                    "status": "active", "category": [concept(FLAG_CATEGORY, "clinical", "Clinical")],
                    "code": concept(CS_WARNING_OUTCOME, level, WARNING_OUTCOMES[level],
                                    f"{WARNING_OUTCOMES[level]}: {w.outcome.reported_text()} ({still})"),
                    "subject": self.patient_ref,
                }
                if instant(w.answered_at):
                    flag["period"] = {"start": instant(w.answered_at)}
                self.add(flag, f"Flag/warning/{w.id}")

    # ------------------------------------------------------------ program
    def careplan(self) -> None:
        program, profile = self.program, self.profile
        today = self.now.date()
        current = safety_store.effective_week(self.store, profile, program.week_count, today)
        paused = {p.exercise_id for p in safety_store.paused_exercises(self.store, profile.id)}
        activities = []
        for week in program.weeks:
            for ex in week.exercises:
                if ex.id in paused and week.number == current:
                    status = "on-hold"
                elif week.number < current:
                    status = "completed"
                elif week.number == current:
                    status = "in-progress"
                else:
                    status = "not-started"
                d = ex.dose
                repeat: dict[str, Any] = {"frequency": int(d.times_per_day.low) if d.times_per_day else 1,
                                          "period": 1, "periodUnit": "d"}
                if d.times_per_day and d.times_per_day.is_range:
                    repeat["frequencyMax"] = int(d.times_per_day.high)
                if ex.kind == "duration" and d.duration_minutes:
                    repeat["duration"] = d.duration_minutes.low
                    repeat["durationUnit"] = "min"
                    if d.duration_minutes.is_range:
                        repeat["durationMax"] = d.duration_minutes.high
                detail: dict[str, Any] = {
                    "code": concept(CS_EXERCISE, ex.id, ex.name),
                    "status": status,
                    "scheduledTiming": {"repeat": repeat},
                    "description": f"Week {week.number} ({week.title}): {ex.name}. {dose_text(ex)}."
                                   + (f" {ex.summary}" if ex.summary else ""),
                }
                if status == "on-hold":
                    detail["statusReason"] = {"text": "Paused after repeated stops, until it is re-enabled"}
                activities.append({"detail": detail})
        notes = [f"Program: {program.title} ({program.id}). Source: {program.source}."]
        notes += [f"Week {w.number}, {w.title}: " + " ".join(w.goals) for w in program.weeks if w.goals]
        if program.guidelines:
            notes.append("Guidelines: " + " ".join(program.guidelines))
        plan: dict[str, Any] = {
            "resourceType": "CarePlan", "status": "active", "intent": "plan",
            "category": [{"coding": [coding(SNOMED, *EXERCISE_THERAPY)], "text": "Home exercise program"}],
            "title": program.title, "subject": self.patient_ref,
            "period": {"start": profile.start_date.isoformat()},
            "author": {"display": APP_NAME},
            "activity": activities,
            "note": [{"text": n} for n in notes],
        }
        if program.description:
            plan["description"] = program.description
        self.add(plan, "CarePlan")

    # ------------------------------------------------------------- bundle
    def build(self) -> dict[str, Any]:
        self.patient()
        self.careplan()
        self.diary()
        self.questionnaires()
        self.weekly()
        self.sessions()
        self.warnings()
        stamp = self.now.isoformat(timespec="seconds")
        bundle: dict[str, Any] = {
            "resourceType": "Bundle",
            "id": self.id(f"Bundle/{stamp}"),
            "identifier": {"system": URN_ID, "value": f"urn:uuid:{self.id(f'Bundle/{stamp}')}"},
            "type": "collection",
            "timestamp": stamp,
            "entry": self.entries,
        }
        if not (self.include_name and self.profile.name.strip()):
            bundle["meta"] = {"security": [coding(SECURITY, "PSEUDED", "pseudonymized")]}
        return bundle


# --------------------------------------------------------- session results
def _results(store: Store, row: session_store.SessionRow, program: Program) -> list[dict[str, Any]]:
    """The session's exercises that were dealt with (not those never reached): from its summary, else its events."""
    out: list[dict[str, Any]]
    if row.summary and row.summary.get("exercises"):
        out = [dict(e) for e in row.summary["exercises"] if isinstance(e, dict)]
    else:
        it = session_log.read_interrupted(store, row, program)
        out = [{"index": r.index, "id": r.exercise_id, "name": r.name, "kind": r.kind, "status": r.status,
                "planned_units": r.planned_units, "done_units": r.done_units, "unit": r.unit,
                "minutes": r.minutes, "partial": r.partial, "checkin": r.checkin} for r in it.resume.results]
    for i, e in enumerate(out):
        e.setdefault("index", i)
    return [e for e in out if e.get("status") in ("done", "stopped", "skipped", "active")]


def _session_outcome(row: session_store.SessionRow, results: list[dict[str, Any]]) -> str | None:
    if row.status == session_store.STOPPED:
        return "stopped"
    if row.status == session_store.CLOSED:
        return "closed-unfinished"
    if row.status != session_store.COMPLETED:
        return None
    if any(r.get("status") == "skipped" or r.get("partial") for r in results):
        return "partly-done"
    return "all-done"


def _exercise_times(events: list[dict]) -> dict[int, tuple[str | None, str | None]]:
    """When each exercise (by index) started and ended, from the session's stored events."""
    start: dict[int, str] = {}
    end: dict[int, str] = {}
    for ev in events:
        i = ev.get("exercise_index")
        if i is None:
            continue
        if ev["kind"] == "exercise_start":
            start.setdefault(i, ev["at"])
        elif ev["kind"] in ("exercise_done", "skip", "stop"):
            end[i] = ev["at"]
    return {i: (start.get(i), end.get(i)) for i in set(start) | set(end)}


def _num(v: Any) -> str:
    f = float(v)
    return str(int(f)) if f.is_integer() else f"{f:.1f}"


def _amount(r: dict[str, Any]) -> str:
    unit = r.get("unit") or "reps"
    done = r.get("done_units")
    planned = r.get("planned_units")
    if done is None:
        return ""
    if unit == "minutes":
        return f"{_num(done)} min" + (f" of {_num(planned)}" if planned else "")
    return f"{_num(done)} of {_num(planned)} {unit}" if planned else f"{_num(done)} {unit}"


def _open_warnings(store: Store, profile_id: int) -> list[safety_store.WarningRecord]:
    """Every answer set whose warning is still open: an emergency not confirmed as assessed, or advice to
    see a doctor soon not yet acknowledged (``safety_store.open_warning`` gives the one that holds exercises)."""
    return [w for w in safety_store.warning_history(store, profile_id)
            if (w.outcome.level == safety_rules.EMERGENCY and not w.assessed_confirmed_at)
            or (w.outcome.level == safety_rules.SEE_DOCTOR_SOON and not w.acknowledged_at)]


# ------------------------------------------------------------------- API
