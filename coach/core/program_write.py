"""Write a program back to TOML in the documented format (programs/README.md), with tomlkit.

* Ranges are written ``[low, high]``, single values as one number.
* Only fields that differ from their defaults are written, except that a
  field already present in the file being edited is kept (so an explicit
  ``sides = "none"`` stays).
* Editing an existing file (``dumps(program, original=text)``) updates that
  document in place, so comments and layout are kept where practical:
  comments on a key stay with the key, the comment block between two
  weeks or two exercises moves with the week or exercise it introduces, and
  the comments of removed weeks and exercises go with them.
* ``parse_text(dumps(p))`` gives back ``p`` (apart from ``Program.path``) for
  every valid program: the round trip is tested for the shipped program and
  for a program using every field.

Pure Python: no Qt, no storage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Comment, Null, Table, Whitespace

from coach.core.program import Dose, Exercise, Phase, Program, Progression, Range, Step, Tempo, Week

_DEFAULT_PROGRESSION = Progression()


def default_session_names(sessions_per_day: int) -> tuple[str, ...]:
    """The names a program gets when it gives none (the loader's rule)."""
    if sessions_per_day <= 2:
        return ("Morning", "Evening")[:sessions_per_day]
    return tuple(f"Session {i + 1}" for i in range(sessions_per_day))


def _plain(v: float) -> int | float:
    return int(v) if float(v).is_integer() else float(v)


def _array(items: Iterable[str]) -> Any:
    arr = tomlkit.array()
    items = list(items)
    arr.extend(items)
    if len(items) > 1 or sum(len(s) for s in items) > 60:
        arr.multiline(True)
    return arr


def _range(r: Range) -> Any:
    v = r.to_toml()
    if isinstance(v, list):
        arr = tomlkit.array()
        arr.extend(v)
        return arr
    return v


# ------------------------------------------------------------ field lists
# (key, value or None) in the order the format documents them; None means "leave out".
def _program_fields(p: Program) -> list[tuple[str, Any, bool]]:
    """(key, value, is_default) for the top level."""
    names = tuple(p.session_names)
    return [
        ("id", p.id, False),
        ("title", p.title, False),
        ("source", p.source, not p.source),
        ("description", p.description, not p.description),
        ("intended_for", p.intended_for, not p.intended_for),
        ("sessions_per_day", int(p.sessions_per_day), p.sessions_per_day == 2),
        ("session_names", _array(names), names == default_session_names(p.sessions_per_day)),
        ("guidelines", _array(p.guidelines), not p.guidelines),
    ]


def _progression_fields(pr: Progression) -> list[tuple[str, Any, bool]]:
    d = _DEFAULT_PROGRESSION
    return [
        ("min_adherence", float(pr.min_adherence), pr.min_adherence == d.min_adherence),
        ("recent_sessions", int(pr.recent_sessions), pr.recent_sessions == d.recent_sessions),
        ("max_pain_rise", float(pr.max_pain_rise), pr.max_pain_rise == d.max_pain_rise),
        ("tolerated_sessions_to_step_up", int(pr.tolerated_sessions_to_step_up),
         pr.tolerated_sessions_to_step_up == d.tolerated_sessions_to_step_up),
    ]


def _week_fields(w: Week) -> list[tuple[str, Any, bool]]:
    return [
        ("number", int(w.number), False),
        ("title", w.title, False),
        ("goals", _array(w.goals), not w.goals),
    ]


def _phase_fields(ph: Phase) -> list[tuple[str, Any, bool]]:
    return [
        ("id", ph.id, False),
        ("title", ph.title, False),
        ("about", ph.about, not ph.about),
        ("goals", _array(ph.goals), not ph.goals),
        ("weeks", int(ph.weeks) if ph.weeks is not None else None, ph.weeks is None),
        ("check_days", int(ph.check_days), ph.check_days == 7),
    ]


def _exercise_fields(e: Exercise) -> list[tuple[str, Any, bool]]:
    return [
        ("id", e.id, False),
        ("name", e.name, False),
        ("kind", e.kind, False),
        ("summary", e.summary, not e.summary),
        ("sides", e.sides, e.sides == "none"),
        ("nerve_glide", bool(e.nerve_glide), not e.nerve_glide),
        ("region", e.region, not e.region),
        ("cautions", _array(e.cautions), not e.cautions),
        ("new", bool(e.new), not e.new),
        ("option_of", e.option_of, not e.option_of),
    ]


def _dose_fields(d: Dose) -> list[tuple[str, Any, bool]]:
    out: list[tuple[str, Any, bool]] = []
    for name in ("hold_seconds", "duration_minutes", "reps", "sets", "times_per_day", "times_per_week"):
        r = getattr(d, name)
        out.append((name, _range(r) if r is not None else None, r is None))
    out += [
        ("rest_between_reps_seconds", _plain(d.rest_between_reps_seconds), d.rest_between_reps_seconds == 0),
        ("rest_between_sets_seconds", _plain(d.rest_between_sets_seconds), d.rest_between_sets_seconds == 0),
        ("pacing", d.pacing, d.pacing == "tap"),
    ]
    return out


def _tempo_needed(d: Dose) -> bool:
    # the loader gives a default Tempo() to tempo pacing without a [tempo] table
    return d.tempo is not None and not (d.pacing == "tempo" and d.tempo == Tempo())


def _tempo_fields(t: Tempo) -> list[tuple[str, Any, bool]]:
    # all three are written: a tempo reads best complete
    return [("move", _plain(t.move), False), ("hold", _plain(t.hold), False), ("back", _plain(t.back), False)]


def _step_fields(s: Step) -> list[tuple[str, Any, bool]]:
    return [
        ("text", s.text, False),
        ("figure", s.figure, not s.figure),
        ("image", s.image, not s.image),
    ]


# ------------------------------------------------------------- writing
def _set_fields(table: Any, fields: list[tuple[str, Any, bool]], existing: bool) -> None:
    """Write each field; a default is left out unless the key is already there (then it is updated)."""
    for key, value, is_default in fields:
        present = key in table
        if value is None or (is_default and not present):
            if present:
                del table[key]
            continue
        if present and _same(table[key], value):
            continue  # unchanged: keep the item, its comment and its formatting
        table[key] = value


def _same(item: Any, value: Any) -> bool:
    try:
        a = item.unwrap() if hasattr(item, "unwrap") else item
        b = value.unwrap() if hasattr(value, "unwrap") else value
    except Exception:
        return False
    return type(a) is type(b) and a == b


def _deepest(container: Any) -> Any:
    body = container.body
    if body:
        _k, v = body[-1]
        if isinstance(v, AoT) and len(v):
            return _deepest(v[-1].value)
        if isinstance(v, Table):
            return _deepest(v.value)
    return container


def _pop_trailing(table: Table) -> list:
    """Remove and return the comment/blank lines at the very end of ``table`` (they introduce what follows)."""
    c = _deepest(table.value)
    out: list = []
    while c.body and c.body[-1][0] is None and isinstance(c.body[-1][1], Comment | Whitespace):
        out.insert(0, c.body.pop())
    return out


def _push_trailing(table: Table, items: list) -> None:
    if items:
        c = _deepest(table.value)
        c.body.extend(items)


def _is_trivia(entry: tuple) -> bool:
    return entry[0] is None and isinstance(entry[1], Comment | Whitespace | Null)


def _slot_before(parent: Any, key: str) -> tuple[Any, int] | None:
    """Where the comments that introduce ``parent[key]`` (an array of tables) live: (container, index).

    They are at the end of whatever comes before the array: inside the
    previous table when there is one, else right before the array's entry.
    """
    container = parent.value if isinstance(parent, Table) else parent
    idx = next((i for i, (k, _v) in enumerate(container.body) if k is not None and k.key == key), None)
    if idx is None:
        return None
    if idx > 0:
        prev = container.body[idx - 1][1]
        if isinstance(prev, Table | AoT):
            c = _deepest(prev.value if isinstance(prev, Table) else prev[-1].value) if (
                not isinstance(prev, AoT) or len(prev)) else container
            return c, len(c.body)
    return container, idx


def _pop_before(slot: tuple[Any, int] | None) -> list:
    if slot is None:
        return []
    c, i = slot
    at_end = i == len(c.body)
    out: list = []
    while i > 0 and _is_trivia(c.body[i - 1]):
        i -= 1
        if not isinstance(c.body[i][1], Null):
            out.insert(0, c.body[i])
        if at_end:
            c.body.pop(i)
        else:  # keep the positions of the keys after it (tomlkit indexes them): leave an empty item
            c.body[i] = (None, Null())
    return out


def _push_before(slot: tuple[Any, int] | None, items: list) -> None:
    if slot is None or not items:
        return
    c, i = slot
    if i == len(c.body):
        c.body.extend(items)
        return
    # inserting before keys moves them: shift tomlkit's key → position map as Container._insert_at does
    n = len(items)
    for k, v in list(c._map.items()):
        c._map[k] = tuple(x + n if x >= i else x for x in v) if isinstance(v, tuple) else (v + n if v >= i else v)
    c.body[i:i] = items


def _take_comments(parent: Any, key: str, originals: list[Table]) -> tuple[dict[int, list], list]:
    """Take off the comment blocks of an array of tables: {id(table): block introducing it}, trailing block."""
    lead: dict[int, list] = {}
    if originals:
        lead[id(originals[0])] = _pop_before(_slot_before(parent, key))
    tail: list = []
    for i, t in enumerate(originals):
        items = _pop_trailing(t)
        if i + 1 < len(originals):
            lead[id(originals[i + 1])] = items
        else:
            tail = items
    return lead, tail


def _put_comments(parent: Any, key: str, new: list[Table], lead: dict[int, list], tail: list) -> None:
    """Put the blocks back so each one introduces the same table as before (call after the array is set)."""
    if not new:
        return
    _push_before(_slot_before(parent, key), lead.get(id(new[0]), []))
    for j in range(1, len(new)):
        _push_trailing(new[j - 1], lead.get(id(new[j]), []))
    _push_trailing(new[-1], tail)


def _same_tables(old: list[Table], new: list[Table]) -> bool:
    """The same table objects in the same order (the array itself need not be replaced)."""
    return len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True))


def _table_for(parent: Any, key: str) -> Table:
    t = parent.get(key) if key in parent else None
    if isinstance(t, Table):
        return t
    t = tomlkit.table()
    parent[key] = t
    return parent[key]


def _write_dose(ex_table: Table, d: Dose) -> None:
    fields = _dose_fields(d)
    want_tempo = _tempo_needed(d)
    has = "dose" in ex_table and isinstance(ex_table["dose"], Table)
    if not has and all(f[2] for f in fields) and not want_tempo:
        return
    dose = _table_for(ex_table, "dose")
    _set_fields(dose, fields, has)
    if want_tempo:
        assert d.tempo is not None
        tempo = _table_for(dose, "tempo")
        _set_fields(tempo, _tempo_fields(d.tempo), True)
    elif "tempo" in dose:
        del dose["tempo"]
    if has and len(dose) == 0:
        del ex_table["dose"]


def _write_steps(ex_table: Table, steps: tuple[Step, ...]) -> None:
    old = list(ex_table["steps"]) if isinstance(ex_table.get("steps"), AoT) else []
    if not steps:
        if "steps" in ex_table:
            del ex_table["steps"]
        return
    tables = []
    for i, s in enumerate(steps):
        t = old[i] if i < len(old) else tomlkit.table()
        _set_fields(t, _step_fields(s), i < len(old))
        tables.append(t)
    if not _same_tables(old, tables):
        ex_table["steps"] = AoT(tables)


def _write_exercise(t: Table, e: Exercise, existing: bool) -> Table:
    _set_fields(t, _exercise_fields(e), existing)
    _write_dose(t, e.dose)
    _write_steps(t, e.steps)
    return t


def _match_weeks(old: list[Table], weeks: tuple[Week, ...]) -> list[Table | None]:
    """The original week table each new week updates (by title, then by position), or None."""
    used: set[int] = set()
    out: list[Table | None] = []
    titles = [str(t.get("title", "")) for t in old]
    for i, w in enumerate(weeks):
        pick = None
        same = [j for j, tt in enumerate(titles) if tt == w.title and j not in used]
        if len(same) == 1:
            pick = same[0]
        elif i < len(old) and i not in used and titles[i] == w.title:
            pick = i
        out.append(old[pick] if pick is not None else None)
        if pick is not None:
            used.add(pick)
    # weeks left unmatched take the unused tables by position (a renamed week keeps its comments)
    free = [j for j in range(len(old)) if j not in used]
    for i, m in enumerate(out):
        if m is None and i in free:
            out[i] = old[i]
            free.remove(i)
    return out


def _write_week(t: Table, w: Week, existing: bool, all_old_exercises: list[Table]) -> Table:
    _set_fields(t, _week_fields(w), existing)
    old = list(t["exercises"]) if isinstance(t.get("exercises"), AoT) else []
    lead, tail = _take_comments(t, "exercises", old)
    by_id: dict[str, Table] = {}
    for et in old:
        by_id.setdefault(str(et.get("id", "")), et)
    used: set[int] = set()
    tables: list[Table] = []
    for e in w.entries():
        et = by_id.get(e.id)
        if et is None or id(et) in used:
            et = next((x for x in all_old_exercises if str(x.get("id", "")) == e.id and id(x) not in used), None)
        if et is not None and id(et) not in used:
            used.add(id(et))
            tables.append(_write_exercise(et, e, True))
        else:
            tables.append(_write_exercise(tomlkit.table(), e, False))
    if not tables:
        if "exercises" in t:
            del t["exercises"]
        return t
    if not _same_tables(old, tables):
        t["exercises"] = AoT(tables)
    _put_comments(t, "exercises", tables, lead, tail)
    return t


def _write_phase(t: Table, ph: Phase, existing: bool) -> Table:
    _set_fields(t, _phase_fields(ph), existing)
    old = list(t["exercises"]) if isinstance(t.get("exercises"), AoT) else []
    lead, tail = _take_comments(t, "exercises", old)
    by_id = {str(et.get("id", "")): et for et in old}
    tables = [_write_exercise(by_id[e.id], e, True) if e.id in by_id else _write_exercise(tomlkit.table(), e, False)
              for e in ph.exercises]
    if not tables:
        if "exercises" in t:
            del t["exercises"]
        return t
    if not _same_tables(old, tables):
        t["exercises"] = AoT(tables)
    _put_comments(t, "exercises", tables, lead, tail)
    return t


def _write_phases(doc: Any, phases: tuple[Phase, ...]) -> None:
    """The phases after the weeks, each updating the original table of the same id (comments kept)."""
    old = list(doc["phases"]) if isinstance(doc.get("phases"), AoT) else []
    if not phases:
        if "phases" in doc:
            del doc["phases"]
        return
    lead, tail = _take_comments(doc, "phases", old)
    by_id = {str(pt.get("id", "")): pt for pt in old}
    tables = [_write_phase(by_id[ph.id], ph, True) if ph.id in by_id else _write_phase(tomlkit.table(), ph, False)
              for ph in phases]
    if not _same_tables(old, tables):
        doc["phases"] = AoT(tables)
    _put_comments(doc, "phases", tables, lead, tail)


def program_document(program: Program, original: str | None = None) -> tomlkit.TOMLDocument:
    """The program as a tomlkit document; with ``original`` (the file's text) that document, updated."""
    doc = None
    if original is not None:
        try:
            doc = tomlkit.parse(original)
        except TOMLKitError:
            doc = None
    existing = doc is not None
    if doc is None:
        doc = tomlkit.document()
    _set_fields(doc, _program_fields(program), existing)
    pf = _progression_fields(program.progression)
    has_progression = isinstance(doc.get("progression"), Table)
    if has_progression or not all(f[2] for f in pf):
        _set_fields(_table_for(doc, "progression"), pf, has_progression)
    old_weeks = list(doc["weeks"]) if isinstance(doc.get("weeks"), AoT) else []
    # every original exercise, so one moved to another week keeps its comments
    all_old_ex = [et for wt in old_weeks if isinstance(wt.get("exercises"), AoT) for et in wt["exercises"]]
    # comments introducing a week go with it: take them off before the weeks change
    week_lead, tail = _take_comments(doc, "weeks", old_weeks)
    matches = _match_weeks(old_weeks, program.weeks)
    tables: list[Table] = []
    for w, m in zip(program.weeks, matches, strict=True):
        tables.append(_write_week(m if m is not None else tomlkit.table(), w, m is not None, all_old_ex))
    if tables:
        if not _same_tables(old_weeks, tables):
            doc["weeks"] = AoT(tables)
        _put_comments(doc, "weeks", tables, week_lead, tail)
    elif "weeks" in doc:
        del doc["weeks"]
    _write_phases(doc, program.phases)
    return doc


def dumps(program: Program, original: str | None = None) -> str:
    """TOML text of ``program``; with ``original`` (the text it was loaded from) comments are kept."""
    text = tomlkit.dumps(program_document(program, original))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text if text.endswith("\n") else text + "\n"


def unique_program_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """A program id not in ``taken``: ``base``, ``base-2``, ``base-3``…"""
    base = re.sub(r"[^a-z0-9-]+", "-", base.lower()).strip("-") or "program"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def copy_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """The id for a copy of program ``base``: ``base-copy``, ``base-copy-2``…"""
    return unique_program_id(f"{base}-copy", taken)
