"""A program's words in the language in use.

A program file may carry its own translations (``programs/README.md``): a table
``[translations.<language>]`` whose keys are texts of the file exactly as written
(a title, a goal, an exercise's name, summary, step or caution, a session name)
and whose values are those texts in that language. ``localized`` gives the
program with every such text replaced; a text the table does not have goes
through ``coach.core.i18n.translate`` in the ``program`` context (where the
app's own defaults, such as the session names Morning and Evening, are
translated), and otherwise stays as written. Ids, doses and figures never change.

The screens, the player, the handout and the report read the localized program;
the editor reads the file as written, so saving never turns a translation into
the program's own text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from coach.core import i18n
from coach.core.program import Exercise, Phase, Program, Week


def _text(table: Mapping[str, str], text: str) -> str:
    if not text:
        return text
    found = table.get(text)
    return found if found is not None else i18n.translate("program", text)


def _texts(table: Mapping[str, str], texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_text(table, t) for t in texts)


def _exercise(table: Mapping[str, str], e: Exercise) -> Exercise:
    return replace(e, name=_text(table, e.name), summary=_text(table, e.summary),
                   steps=tuple(replace(s, text=_text(table, s.text)) for s in e.steps),
                   cautions=_texts(table, e.cautions))


def _week(table: Mapping[str, str], w: Week) -> Week:
    return replace(w, title=_text(table, w.title), goals=_texts(table, w.goals),
                   exercises=tuple(_exercise(table, e) for e in w.exercises),
                   options=tuple(_exercise(table, e) for e in w.options))


def _phase(table: Mapping[str, str], ph: Phase) -> Phase:
    return replace(ph, title=_text(table, ph.title), about=_text(table, ph.about), goals=_texts(table, ph.goals),
                   exercises=tuple(_exercise(table, e) for e in ph.exercises))


def localized(program: Program, language: str | None = None) -> Program:
    """``program`` with its words in ``language`` (default: the language in use); as written in English."""
    language = language or i18n.language()
    if i18n.backend() is None and language == i18n.DEFAULT_LANGUAGE:
        return program
    table = program.translations.get(language, {})
    return replace(program, title=_text(table, program.title), description=_text(table, program.description),
                   intended_for=_text(table, program.intended_for),
                   session_names=_texts(table, program.session_names),
                   guidelines=_texts(table, program.guidelines),
                   weeks=tuple(_week(table, w) for w in program.weeks),
                   phases=tuple(_phase(table, ph) for ph in program.phases))


def untranslated(program: Program, language: str) -> list[str]:
    """The texts of ``program`` its table for ``language`` does not translate (for a test and for translators)."""
    table = program.translations.get(language, {})
    seen: list[str] = []

    def note(*texts: str) -> None:
        for t in texts:
            if t and t not in table and t not in seen:
                seen.append(t)

    def exercise(e: Exercise) -> None:
        note(e.name, e.summary, *(s.text for s in e.steps), *e.cautions)

    note(program.title, program.description, program.intended_for, *program.guidelines)
    for w in program.weeks:
        note(w.title, *w.goals)
        for e in (*w.exercises, *w.options):
            exercise(e)
    for ph in program.phases:
        note(ph.title, ph.about, *ph.goals)
        for e in ph.exercises:
            exercise(e)
    return seen

