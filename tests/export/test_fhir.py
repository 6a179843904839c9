"""The FHIR export: 60 days made by the real session engine, every resource valid, every count and value
matching the database, references that resolve, stable ids, a pseudonymous patient, and the command."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from collections import Counter
from pathlib import Path

import engine_history
import pytest

from coach.cli import main
from coach.core.clock import FixedClock
from coach.core.tracker import LOCATIONS
from coach.export import fhir
from coach.export.fhir import codes
from coach.resources import default_program_path
from coach.store import profiles
from coach.store import sessions as session_store
from coach.store.db import Store, StoreError
from coach.store.program_folder import profile_program

R4B = pytest.importorskip("fhir.resources.R4B")
ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "fhir.md"
START = dt.date(2026, 3, 2)
DAYS = 60
EXPORTED_AT = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """(store, profile, program, counts): 60 days of sessions run through the engine, diary, scores, warnings."""
    clock = FixedClock(dt.datetime(2026, 3, 1, 12))
    store = Store.open(tmp_path_factory.mktemp("fhir") / "data", clock=clock)
    profile = profiles.create_profile(store, name="Alex Example", affected_side="right", start_date=START,
                                      program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    program = profile_program(profile)
    counts = engine_history.build(store, clock, profile, program, days=DAYS)
    ids = [r[0] for r in store.db.execute("select id from sessions where profile_id = ? order by id", [profile.id])]
    for k, sid in enumerate(ids[::3]):  # every third session rated before, most of them after too
        session_store.set_pain(store, sid, "before", k % 8)
        if k % 4:
            session_store.set_pain(store, sid, "after", (k + 2) % 11)
    clock.set(EXPORTED_AT)
    yield store, profile, program, counts
    store.close()


@pytest.fixture(scope="module")
def bundle(history):
    store, profile, program, _ = history
    return fhir.fhir_bundle(store, profile, program)


def resources(bundle, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def code_of(concept: dict, system: str) -> str | None:
    return next((c["code"] for c in concept.get("coding", []) if c["system"] == system), None)


def one(store, sql: str, args=()) -> int:
    return store.db.execute(sql, list(args)).fetchone()[0]


# ------------------------------------------------------------------ validity
def test_the_history_has_every_kind_of_session(history):
    store, profile, _, counts = history
    statuses = dict(store.db.execute("select status, count(*) from sessions group by status").fetchall())
    # weeks move on only when tolerated, so the history stays longer on the early, shorter weeks
    assert counts["sessions"] >= 90 and one(store, "select count(*) from session_events") > 4000
    assert set(statuses) == {"completed", "stopped", "closed", "in_progress"}, statuses
    assert statuses["in_progress"] == 1
    reasons = {r[0] for r in store.db.execute("select stop_reason from sessions where status = 'stopped'")}
    assert {"sharp_pain", "unwell", "other"} <= reasons


def test_every_resource_and_the_bundle_validate_as_fhir(bundle):
    from fhir.resources.R4B import get_fhir_model_class

    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    get_fhir_model_class("Bundle").model_validate(bundle)
    for e in bundle["entry"]:
        r = e["resource"]
        get_fhir_model_class(r["resourceType"]).model_validate(r)
        assert e["fullUrl"] == f"urn:uuid:{r['id']}"


def test_a_wrong_resource_is_caught_by_the_validator(bundle):
    """The validation above can fail: a misplaced field or a missing status is rejected."""
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError

    obs = dict(resources(bundle, "Observation")[0])
    model = get_fhir_model_class("Observation")
    with pytest.raises(ValidationError):
        model.model_validate({**obs, "valueScore": 3})
    with pytest.raises(ValidationError):
        model.model_validate({k: v for k, v in obs.items() if k != "status"})


def test_every_reference_resolves_inside_the_bundle(bundle):
    urls = {e["fullUrl"] for e in bundle["entry"]}
    assert len(urls) == len(bundle["entry"])  # unique full URLs
    refs = re.findall(r'"reference": "([^"]+)"', json.dumps(bundle))
    assert refs and set(refs) <= urls


def test_the_time_stamp_comes_from_the_store_clock(bundle):
    assert bundle["timestamp"] == EXPORTED_AT.isoformat(timespec="seconds")


# --------------------------------------------------------------- round trip
def test_counts_of_each_resource_type_match_the_database(history, bundle):
    store, profile, _, _ = history
    p = [profile.id]
    pain_cells = " + ".join(f"(pain_{loc} is not null)" for loc in LOCATIONS)
    expected_obs = (
        one(store, f"select sum({pain_cells}) from tracker_entries where profile_id = ?", p)
        + one(store, "select sum((pain_before is not null) + (pain_after is not null)) from sessions "
                     "where profile_id = ?", p)
        + one(store, "select count(*) from tracker_entries where profile_id = ? and (numbness_strength is not null "
                     "or numbness_locations_json != '[]' or trim(numbness_where) != '')", p)
        + one(store, "select count(*) from tracker_entries where profile_id = ? and (weakness_json != '[]' "
                     "or trim(weakness_other) != '')", p)
        + one(store, "select count(*) from warning_answers where profile_id = ? and superseded_at is null", p))
    expected_flags = one(store, "select count(*) from warning_answers where profile_id = ? and superseded_at is null "
                                "and ((outcome = 'emergency' and assessed_confirmed_at is null) "
                                "or (outcome = 'see_doctor_soon' and acknowledged_at is null))", p)
    expected_qr = (
        one(store, "select count(*) from outcome_scores where profile_id = ? and overall_pain is not null", p)
        + one(store, "select count(*) from outcome_scores where profile_id = ? and exists (select 1 from "
                     "json_each(psfs_json) where trim(json_extract(value, '$.activity')) != '')", p))
    sessions = one(store, "select count(*) from sessions where profile_id = ?", p)
    exercises = one(store, "select count(*) from sessions s, json_each(s.summary_json, '$.exercises') x "
                           "where s.profile_id = ? and json_extract(x.value, '$.status') in "
                           "('done', 'stopped', 'skipped', 'active')", p)
    exercises += one(store, "select count(distinct e.session_id || '/' || e.exercise_index) from session_events e "
                            "join sessions s on s.id = e.session_id where s.profile_id = ? and s.summary_json is null "
                            "and e.kind in ('exercise_start', 'skip')", p)
    counts = fhir.resource_counts(bundle)
    assert counts == {"Patient": 1, "CarePlan": 1, "Observation": expected_obs, "Flag": expected_flags,
                      "Questionnaire": 2, "QuestionnaireResponse": expected_qr, "Procedure": sessions + exercises}
    assert expected_flags == 1 and expected_qr >= 12
    procs = resources(bundle, "Procedure")
    assert sum("partOf" not in r for r in procs) == sessions


def test_pain_values_dates_and_sites_match_the_diary(history, bundle):
    store, profile, _, _ = history
    cols = ", ".join(f"pain_{loc}" for loc in LOCATIONS)
    stored = set()
    for row in store.db.execute(f"select date, {cols} from tracker_entries where profile_id = ?", [profile.id]):
        stored |= {(row[0], loc, v) for loc, v in zip(LOCATIONS, row[1:], strict=True) if v is not None}
    pain = [o for o in resources(bundle, "Observation") if code_of(o["code"], codes.LOINC) == "72514-3"
            and "partOf" not in o]
    exported = {(o["effectiveDateTime"], code_of(o["bodySite"], codes.CS_BODY_LOCATION), o["valueQuantity"]["value"])
                for o in pain}
    assert exported == stored and len(pain) == len(stored)
    for o in pain:
        loc = code_of(o["bodySite"], codes.CS_BODY_LOCATION)
        assert code_of(o["bodySite"], codes.SNOMED) == codes.BODY_SITES[loc][0]
        assert o["valueQuantity"]["code"] == "{score}" and o["subject"] == o["performer"][0]


def test_body_sites_use_the_documented_snomed_codes():
    assert {k: v[0] for k, v in codes.BODY_SITES.items()} == {
        "back_left": "37822005", "back_right": "37822005",
        "thigh_left": "61396006", "thigh_right": "11207009",
        "knee_left": "82169009", "knee_right": "6757004",
        "shin_left": "48979004", "shin_right": "32696007",
    }
    text = DOCS.read_text()
    for loc, (code, display) in codes.BODY_SITES.items():
        assert re.search(rf"`{loc}`.*{code}.*{display}", text), f"docs/fhir.md: body site row for {loc}"


def test_weekly_scores_match_the_stored_outcomes(history, bundle):
    store, profile, _, _ = history
    rows = {r[0]: (r[1], json.loads(r[2]), r[3]) for r in store.db.execute(
        "select week_start, overall_pain, psfs_json, psfs_mean from outcome_scores where profile_id = ?", [profile.id])}

    def answers(qr, link):
        out = []
        for item in qr["item"]:
            if item["linkId"] == link:
                out.append(item.get("answer", [{}])[0])
            for sub in item.get("item", []):
                if sub["linkId"] == link:
                    out.append(sub["answer"][0])
        return out

    seen = Counter()
    for qr in resources(bundle, "QuestionnaireResponse"):
        week = answers(qr, "week")[0]["valueDate"]
        pain, psfs, mean = rows[week]
        if qr["questionnaire"] == f"{codes.Q_WEEKLY_PAIN}|1":
            assert answers(qr, "overall-pain") == [{"valueInteger": pain}]
            seen["pain"] += 1
        else:
            assert qr["questionnaire"] == f"{codes.Q_PSFS}|1"
            assert [a["valueString"] for a in answers(qr, "activity.name")] == [i["activity"] for i in psfs]
            assert [a["valueInteger"] for a in answers(qr, "activity.score")] == [
                i["score"] for i in psfs if i["score"] is not None]
            assert answers(qr, "mean") == [{"valueDecimal": mean}]
            seen["psfs"] += 1
    assert seen["pain"] == sum(1 for p, _, _ in rows.values() if p is not None) < len(rows)
    assert seen["psfs"] == sum(1 for _, items, _ in rows.values() if items) < len(rows)
    urls = {q["url"] for q in resources(bundle, "Questionnaire")}
    assert urls == {codes.Q_WEEKLY_PAIN, codes.Q_PSFS}


def test_sessions_carry_status_reason_and_outcome(history, bundle):
    store, profile, _, _ = history
    procs = {r["id"]: r for r in resources(bundle, "Procedure")}
    sessions = [r for r in procs.values() if "partOf" not in r]
    rows = store.db.execute("select status, stop_reason, stop_detail from sessions where profile_id = ? "
                            "order by date, id", [profile.id]).fetchall()
    by_status = Counter((r["status"], code_of(r.get("statusReason", {}), codes.CS_STOP_REASON)) for r in sessions)
    expected = Counter()
    for status, reason, _ in rows:
        fhir_status = {"completed": "completed", "stopped": "stopped", "closed": "stopped"}.get(status, "in-progress")
        code = None
        if status == "stopped":
            code = "other" if reason == "user" else reason
        elif status == "closed":
            code = "closed-unfinished"
        expected[(fhir_status, code)] += 1
    assert by_status == expected
    for r in sessions:
        assert code_of(r["code"], codes.SNOMED) == "229065009"
        assert r["basedOn"][0]["reference"] == f"urn:uuid:{resources(bundle, 'CarePlan')[0]['id']}"
    detail = next(r for r in sessions if "light-headed" in r.get("statusReason", {}).get("text", ""))
    assert detail["status"] == "stopped"
    # exercises: partial ones are noted, skipped ones are not done, a sharp-pain check-in is a complication
    parts = [r for r in procs.values() if "partOf" in r]
    results = Counter(code_of(r["outcome"], codes.CS_EXERCISE_RESULT) for r in parts)
    assert {"full", "partial", "skipped", "stopped", "unfinished"} <= set(results)
    assert all(r["status"] == "not-done" for r in parts if code_of(r["outcome"], codes.CS_EXERCISE_RESULT) == "skipped")
    sharp = [r for r in parts if code_of(r.get("complication", [{}])[0], codes.CS_CHECKIN) == "sharp_pain"]
    assert len(sharp) == one(store, "select count(*) from session_events e join sessions s on s.id = e.session_id "
                                    "where s.profile_id = ? and e.kind = 'checkin' and "
                                    "json_extract(e.data_json, '$.answer') = 'sharp_pain'", [profile.id]) > 0
    for r in sharp:
        assert procs[r["partOf"][0]["reference"].removeprefix("urn:uuid:")]["status"] == "stopped"
    partly = next(r for r in sessions if code_of(r.get("outcome", {}), codes.CS_SESSION_OUTCOME) == "partly-done")
    assert partly["status"] == "completed"


def test_warning_answers_are_observations_and_the_open_one_a_flag(history, bundle):
    store, profile, _, _ = history
    warnings = [o for o in resources(bundle, "Observation") if code_of(o["code"], codes.CS_OBSERVATION) == "warning-signs"]
    outcomes = Counter(code_of(o["valueCodeableConcept"], codes.CS_WARNING_OUTCOME) for o in warnings)
    assert outcomes == Counter(dict(store.db.execute(
        "select outcome, count(*) from warning_answers where profile_id = ? and superseded_at is null group by outcome",
        [profile.id]).fetchall()))
    replaced = one(store, "select count(*) from warning_answers where superseded_at is not null")
    assert replaced >= 1 and len(warnings) == one(store, "select count(*) from warning_answers") - replaced
    emergency = next(o for o in warnings if code_of(o["valueCodeableConcept"], codes.CS_WARNING_OUTCOME) == "emergency")
    assert code_of(emergency["interpretation"][0], codes.INTERPRETATION) == "AA"
    assert "Clinician assessment confirmed" in emergency["note"][0]["text"]
    yes = {code_of(c["code"], codes.CS_WARNING_SIGN) for c in emergency["component"] if c["valueBoolean"]}
    assert yes == {"bladder_bowel"} and len(emergency["component"]) == 7
    [flag] = resources(bundle, "Flag")
    assert flag["status"] == "active" and code_of(flag["code"], codes.CS_WARNING_OUTCOME) == "see_doctor_soon"
    assert "falls" in flag["code"]["text"]
    target = flag["extension"][0]["valueReference"]["reference"].removeprefix("urn:uuid:")
    assert target in {o["id"] for o in warnings}


def test_the_care_plan_lists_every_exercise_of_every_week_with_its_dose(history, bundle):
    from coach.store import safety

    store, profile, program, _ = history
    [plan] = resources(bundle, "CarePlan")
    acts = [a["detail"] for a in plan["activity"]]
    assert len(acts) == sum(len(w.exercises) for w in program.weeks)
    walking = next(a for a in acts if a["code"]["coding"][0]["code"] == "walking" and a["description"].startswith("Week 1"))
    assert walking["scheduledTiming"]["repeat"] == {"frequency": 2, "frequencyMax": 3, "period": 1, "periodUnit": "d",
                                                    "duration": 5.0, "durationUnit": "min", "durationMax": 10.0}
    assert "5–10 min" in walking["description"]
    current = safety.effective_week(store, profile, program.week_count, EXPORTED_AT.date())
    for a in acts:
        week = int(a["description"].split()[1])
        expected = ("completed",) if week < current else ("in-progress", "on-hold") if week == current \
            else ("not-started",)
        assert a["status"] in expected, a
    assert plan["period"]["start"] == profile.start_date.isoformat()


def test_diary_numbness_and_weakness(history, bundle):
    store, profile, _, _ = history
    obs = resources(bundle, "Observation")
    numb = [o for o in obs if code_of(o["code"], codes.CS_OBSERVATION) == "numbness"]
    weak = [o for o in obs if code_of(o["code"], codes.CS_OBSERVATION) == "weakness"]
    assert numb and weak
    free = next(o for o in numb if "dataAbsentReason" in o)
    assert free["component"][0]["valueString"] == "outer side of the foot" and "valueQuantity" not in free
    placed = next(o for o in numb if "valueQuantity" in o and "component" in o)
    assert code_of(placed["component"][0]["valueCodeableConcept"], codes.SNOMED) == "32696007"  # right lower leg
    car = next(o for o in weak if any(c.get("valueString") == "getting out of the car" for c in o["component"]))
    moves = {code_of(c["valueCodeableConcept"], codes.CS_WEAKNESS_MOVEMENT) for c in car["component"]
             if "valueCodeableConcept" in c}
    assert moves == {"stairs"}
    notes = one(store, "select count(*) from tracker_entries where profile_id = ? and trim(note) != ''", [profile.id])
    assert notes > 0 and "Walked to the shop" not in json.dumps(bundle)  # free-text notes stay out


# ---------------------------------------------------------------- identity
def test_the_patient_is_pseudonymous_unless_the_name_is_asked_for(history, bundle):
    store, profile, program, _ = history
    [patient] = resources(bundle, "Patient")
    assert "name" not in patient and "Alex" not in json.dumps(bundle)
    assert bundle["meta"]["security"][0]["code"] == "PSEUDED"
    pseudonym = patient["identifier"][0]["value"]
    assert patient["identifier"][0]["system"] == codes.PATIENT_ID_SYSTEM
    assert store.get_setting(codes.PSEUDONYM_KEY.format(profile_id=profile.id)) == pseudonym
    named = fhir.fhir_bundle(store, profile, program, include_name=True)
    assert resources(named, "Patient")[0]["name"] == [{"text": "Alex Example"}] and "meta" not in named


def test_ids_are_stable_across_exports_and_differ_between_people(history, bundle):
    store, profile, program, _ = history
    again = fhir.fhir_bundle(store, profile, program)
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in bundle["entry"]]
    other = profiles.create_profile(store, name="Sam", affected_side="left", start_date=START,
                                    program_id=program.id, program_path=str(default_program_path()),
                                    make_active=False)
    theirs = fhir.fhir_bundle(store, other, program)
    assert resources(theirs, "Patient")[0]["id"] != resources(bundle, "Patient")[0]["id"]
    mine = {e["fullUrl"] for e in bundle["entry"]}
    shared = {e["fullUrl"] for e in theirs["entry"]} & mine
    assert shared == {f"urn:uuid:{q['id']}" for q in resources(bundle, "Questionnaire")}  # only the questionnaires


def test_a_store_that_cannot_be_written_still_exports_one_stable_patient(history, monkeypatch):
    store, _, program, _ = history
    fresh = profiles.create_profile(store, name="Kim", affected_side="left", start_date=START,
                                    program_id=program.id, program_path=str(default_program_path()), make_active=False)

    def full(*a, **k):
        raise StoreError("The disk is full")

    monkeypatch.setattr(store, "set_setting", full)
    first = fhir.patient_pseudonym(store, fresh)
    assert fhir.patient_pseudonym(store, fresh) == first


# ------------------------------------------------------------------- docs
def test_every_own_code_is_described_in_the_docs(history, bundle):
    program = history[2]
    text = DOCS.read_text()
    used = fhir.own_codes(bundle)
    assert len({s for s, _ in used}) >= 9
    for system, code in sorted(used):
        assert system in text, f"docs/fhir.md does not name the code system {system}"
        if system != codes.CS_EXERCISE:
            assert f"`{code}`" in text, f"docs/fhir.md does not describe {code} of {system}"
    for w in program.weeks:
        for e in w.exercises:
            assert f"`{e.id}`" in text, f"docs/fhir.md does not list the shipped exercise {e.id}"
    assert "lumbarcoach.org" in codes.BASE


# ---------------------------------------------------------------- command
@pytest.fixture()
def data_dir(tmp_path, monkeypatch):
    from export_history import D0, TODAY, fill

    monkeypatch.delenv("COACH_DATA_DIR", raising=False)
    d = tmp_path / "data"
    store = Store.open(d, clock=FixedClock(dt.datetime.combine(TODAY, dt.time(20)), tz=dt.UTC))
    p = profiles.create_profile(store, name="Alex Example", affected_side="right", start_date=D0,
                                program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    fill(store, p.id)
    store.close()
    return d


def test_command_writes_a_private_collection_bundle(data_dir, tmp_path, capsys):
    out = tmp_path / "alex.json"
    assert main(["--data-dir", str(data_dir), "export", "--format", "fhir", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Saved the FHIR bundle of all your records to {out}"
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "collection" and fhir.resource_counts(doc)["Procedure"] > 30
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert not list(tmp_path.glob(".*.part"))


def test_command_transaction_puts_every_entry_at_its_id(data_dir, tmp_path):
    from fhir.resources.R4B import get_fhir_model_class

    out = tmp_path / "alex-tx.json"
    assert main(["--data-dir", str(data_dir), "export", "--format", "fhir", "--transaction", "--with-name",
                 "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    get_fhir_model_class("Bundle").model_validate(doc)
    assert doc["type"] == "transaction"
    for e in doc["entry"]:
        r = e["resource"]
        assert e["request"] == {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"}
    assert resources(doc, "Patient")[0]["name"] == [{"text": "Alex Example"}]


@pytest.mark.parametrize("args, message", [
    (["--format", "csv", "--with-name", "--out", "x"], "apply to --format fhir only"),
    (["--format", "fhir", "--out", "bundle.xml"], "must end in .json"),
    (["--format", "fhir", "--out", "missing/b.json"], "does not exist"),
])
def test_command_says_what_is_wrong(data_dir, tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(data_dir), "export", *args]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_pain_before_and_after_a_session_is_a_pair_of_observations_part_of_it(history, bundle):
    store, profile, _, _ = history
    stored = {(r[0], "before", r[1]) for r in store.db.execute(
        "select id, pain_before from sessions where profile_id = ? and pain_before is not null", [profile.id])}
    stored |= {(r[0], "after", r[1]) for r in store.db.execute(
        "select id, pain_after from sessions where profile_id = ? and pain_after is not null", [profile.id])}
    assert len(stored) > 10
    by_ref = {f"urn:uuid:{e['resource']['id']}": e["resource"] for e in bundle["entry"]}
    pairs = [o for o in resources(bundle, "Observation") if "partOf" in o]
    assert len(pairs) == len(stored)
    for o in pairs:
        assert code_of(o["code"], codes.LOINC) == "72514-3" and "bodySite" not in o
        proc = by_ref[o["partOf"][0]["reference"]]
        assert proc["resourceType"] == "Procedure" and "partOf" not in proc  # the session, not an exercise
        when = "before" if "before the session" in o["code"]["text"] else "after"
        start, end = proc.get("performedPeriod", {}).get("start"), proc.get("performedPeriod", {}).get("end")
        at = start if when == "before" else end
        if at is not None:
            assert o["effectiveDateTime"] == at
        else:  # a session kept without that time (closed unfinished): its day
            assert dt.date.fromisoformat(o["effectiveDateTime"])
        assert 0 <= o["valueQuantity"]["value"] <= 10
    values = sorted((o["code"]["text"].endswith("before the session"), o["valueQuantity"]["value"]) for o in pairs)
    assert values == sorted((w == "before", v) for _sid, w, v in stored)
