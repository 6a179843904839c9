"""HL7 FHIR R4 export: one person's data as a ``Bundle`` of type ``collection``.

``fhir_bundle(store, profile)`` builds the bundle as plain JSON-ready data (no
Qt); ``write_fhir(store, profile, path)`` writes it (0600, through a temporary
file, so a failed export leaves no half file). What goes in, and every code of
the app's own code systems, is described in ``docs/fhir.md``:

* ``Patient``: pseudonymous: an identifier made by the app (a random UUID,
  kept per profile so that every export of one person names the same
  patient), and no name unless asked for (``include_name``).
* ``Observation``: pain 0–10 per diary day and body site (LOINC 72514-3, the
  site in SNOMED CT, see ``BODY_SITES``); numbness or tingling and weakness
  per diary day; each set of answers to the warning-sign questions.
* ``Flag``: each warning still open (an emergency not yet confirmed as
  assessed, or see-a-doctor-soon advice not yet acknowledged).
* ``Questionnaire`` and ``QuestionnaireResponse``: the weekly overall pain
  and the Patient-Specific Functional Scale.
* ``Procedure``: every session (completed, stopped with its reason, closed
  unfinished or still in progress), and each exercise of it that was done,
  ended early, stopped or skipped (``partOf`` the session).
* ``CarePlan``: the program, one activity per exercise and week, with its dose.

Every resource has a stable id: a name-based UUID under the person's
pseudonym, so exporting again gives the same ids and a server that receives
the bundle twice updates its records instead of duplicating them. References
inside the bundle are ``urn:uuid:`` full URLs, which a server rewrites when it
receives the bundle as a transaction (``to_transaction``).

Free-text notes (the diary's daily note, practice notes) are left out: they
may name people or places. Free text that answers a question is kept: where
the numbness is, which other movement felt weak, what happened at a stop.
Time stamps come from the store's clock (``store.clock``), never the system's.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from coach.core.profile import Profile
from coach.core.program import Program
from coach.export.data import DataExportError
from coach.export.fhir.codes import (
    CS,
)
from coach.export.fhir.resources import _Builder, patient_pseudonym
from coach.store.db import Store


def fhir_bundle(store: Store, profile: Profile, program: Program | None = None, *, include_name: bool = False,
                now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything of one profile as an R4 Bundle of type collection (plain JSON-ready data)."""
    if program is None:
        from coach.store.program_folder import profile_program

        program = profile_program(profile)
    now = now or store.clock.now()
    return _Builder(store, profile, program, patient_pseudonym(store, profile), include_name, now).build()


def to_transaction(bundle: dict[str, Any]) -> dict[str, Any]:
    """The same bundle as a transaction: each entry PUT at its own id (create or update).

    POSTed to a FHIR server's base URL it is stored in one go; the ``urn:uuid:`` references
    between entries are rewritten to the stored resources. PUT keeps the ids, so sending a
    later export again updates the same records.
    """
    out = {k: v for k, v in bundle.items() if k != "entry"}
    out["type"] = "transaction"
    out["entry"] = [{**e, "request": {"method": "PUT", "url": f"{e['resource']['resourceType']}/{e['resource']['id']}"}}
                    for e in bundle["entry"]]
    return out


def resource_counts(bundle: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in bundle.get("entry", []):
        t = e["resource"]["resourceType"]
        counts[t] = counts.get(t, 0) + 1
    return counts


def write_fhir(store: Store, profile: Profile, path: str | Path, *, include_name: bool = False,
               transaction: bool = False, program: Program | None = None) -> Path:
    """Write the profile's FHIR bundle to ``path`` (a .json file, 0600); returns the path.

    ``transaction``: write it as a transaction bundle, ready to POST to a server's base URL.
    Raises ``DataExportError`` with a message for the person when the file cannot be written.
    """
    path = Path(path)
    if path.is_dir():
        raise DataExportError(f"{path} is a folder; give a file name ending in .json.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DataExportError(f"{path} cannot be written: the folder {folder} does not exist.")
    bundle = fhir_bundle(store, profile, program, include_name=include_name)
    if transaction:
        bundle = to_transaction(bundle)
    data = json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")
    tmp = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise DataExportError(f"{path} cannot be written: {exc.strerror or exc}.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path


def own_codes(bundle: dict[str, Any]) -> set[tuple[str, str]]:
    """Every (system, code) of the app's own code systems used in ``bundle`` (for the documentation check)."""
    found: set[tuple[str, str]] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            system, code = node.get("system"), node.get("code")
            if isinstance(system, str) and system.startswith(CS) and isinstance(code, str):
                found.add((system, code))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(bundle)
    return found
