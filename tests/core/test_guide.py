"""The Guide: every statement cites a line of the source texts, and that line says it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.core import breaks, flare, guide, maintenance, safety
from coach.core.figure import figure_names
from coach.core.tracker import HELPED_PRESETS

ROOT = Path(__file__).resolve().parents[2]


def _seeds_dir() -> Path | None:
    """The folder of source texts: COACH_SEEDS_DIR, or a ``shared/seeds`` folder beside the checkout."""
    env = os.environ.get("COACH_SEEDS_DIR")
    if env:
        return Path(env)
    for parent in ROOT.parents:
        d = parent / "shared" / "seeds"
        if (d / guide.MONOGRAPH).is_file():
            return d
    return None


SEEDS = _seeds_dir()


def _every_source():
    out = [(f"guide:{t}:{i}", s) for t, i, s in guide.all_sources()]
    out += [(f"breaks:{mv.id}", s) for mv in (breaks.STAND_UP, breaks.WALK, breaks.SHIFT,
                                                *breaks.FROM_PROGRAM.values()) for s in mv.sources]
    out += [(f"maintenance:{s.id}", s.source) for s in maintenance.SIGNS]
    out += [("maintenance:outcome", s) for s in (maintenance.GENTLE_SOURCE, maintenance.WEEK1_SOURCE,
                                                 maintenance.PERSIST_SOURCE, maintenance.WEAKNESS_SOURCE)]
    return out


SOURCES = _every_source()


@pytest.mark.skipif(SEEDS is None, reason="the source texts are not beside this checkout (set COACH_SEEDS_DIR)")
@pytest.mark.parametrize("where,source", SOURCES, ids=[w for w, _ in SOURCES])
def test_each_cited_line_says_what_is_quoted(where, source):
    lines = (SEEDS / source.file).read_text(encoding="utf-8").splitlines()
    assert 1 <= source.line <= len(lines), f"{where}: {source.file} has no line {source.line}"
    assert source.quote in lines[source.line - 1], (
        f"{where}: line {source.line} of {source.file} reads {lines[source.line - 1]!r}, not {source.quote!r}")


@pytest.mark.skipif(SEEDS is None, reason="the source texts are not beside this checkout (set COACH_SEEDS_DIR)")
def test_each_source_names_the_part_of_the_text_it_is_in():
    for where, s in SOURCES:
        if s.file != guide.MONOGRAPH or not s.where.startswith("Section"):
            continue
        lines = (SEEDS / s.file).read_text(encoding="utf-8").splitlines()
        heading = next(x for x in reversed(lines[: s.line]) if x.startswith("## Section"))
        number = s.where.split(":")[0]
        assert heading.startswith(f"## {number}:"), f"{where}: line {s.line} is under {heading!r}, not {number}"


def test_every_item_and_intro_has_a_source_in_a_known_file():
    for t in guide.TOPICS:
        assert t.intro_sources, f"the intro of {t.id} cites nothing"
        for i in t.items:
            assert i.sources, f"{t.id}:{i.id} cites nothing"
    for _w, s in SOURCES:
        assert s.file in guide.SOURCE_FILES and s.line > 0 and s.quote.strip() and s.where


def test_the_topics_cover_sections_8_9_12_13_and_the_help_list_is_the_safety_one():
    ids = guide.topic_ids()
    assert ids[:4] == guide.POSITIONS and {"relief", "avoid", "flare", "after", "help"} <= set(ids)
    sections = {s.where.split(":")[0] for _t, _i, s in guide.all_sources() if s.file == guide.MONOGRAPH}
    assert {"Section 8", "Section 9", "Section 12", "Section 13", "Section 15"} <= sections
    help_text = " ".join(i.text for i in guide.help_topic().items)
    for q in safety.WARNING_QUESTIONS:
        assert q.short in help_text
    assert help_text.startswith("Get emergency care now:")


def test_relief_says_how_long_and_when_as_the_sources_do():
    ice, heat = guide.RELIEF.item("ice"), guide.RELIEF.item("heat")
    assert ice.how_long == "15 minutes at most" and "flare" in ice.when.lower()
    assert "15 minutes at most" in ice.text
    assert heat.when == "Before exercising" and heat.how_long == "15–20 minutes"
    assert guide.RELIEF.item("glides").when == "Through the day"


def test_every_figure_of_the_guide_exists_in_the_figure_library():
    names = set(figure_names())
    for t in guide.TOPICS:
        for f in t.figures:
            assert f.name in names, f"{t.id}: no figure {f.name!r}"
    for mv in (breaks.STAND_UP, breaks.WALK, breaks.SHIFT, *breaks.FROM_PROGRAM.values()):
        assert mv.figure in names
    for st in flare.STEPS:
        for f in st.figures:
            assert f.name in names


def test_each_helped_choice_of_the_diary_leads_to_a_topic_that_explains_it():
    for key in HELPED_PRESETS:
        assert key in guide.HELPED_TOPIC, f"the diary's {key!r} has no Guide item"
        t, i = guide.HELPED_TOPIC[key]
        assert guide.topic(t).item(i).helped == key


def test_stop_reasons_with_symptoms_link_to_a_topic():
    for reason in safety.SYMPTOM_STOPS:
        assert guide.STOP_TOPIC[reason] in guide.topic_ids()


def test_an_unknown_topic_names_the_known_ones():
    with pytest.raises(KeyError, match="sitting"):
        guide.topic("nope")
