"""Every named figure: registering the library's specs and building (and caching) their sequences."""

from __future__ import annotations

import difflib

from .sequence import FigureSequence
from .spec import FigureError, SequenceSpec

_SPECS: dict[str, SequenceSpec] = {}
_CACHE: dict[str, FigureSequence] = {}


def register(spec: SequenceSpec) -> SequenceSpec:
    if spec.name in _SPECS:
        raise ValueError(f"figure {spec.name!r} registered twice")
    _SPECS[spec.name] = spec
    return spec


def figure_names() -> list[str]:
    """Every figure name, sorted."""
    from . import poses  # noqa: F401  (registers the figures)

    return sorted(_SPECS)


def figure_sequence(name: str) -> FigureSequence:
    """The figure sequence called ``name``; an unknown name raises :class:`FigureError` (a KeyError)."""
    from . import poses  # noqa: F401

    seq = _CACHE.get(name)
    if seq is not None:
        return seq
    spec = _SPECS.get(name)
    if spec is None:
        close = difflib.get_close_matches(name, list(_SPECS), n=3, cutoff=0.5)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        raise FigureError(f"unknown figure {name!r}{hint} (see `coach illustrate` or figure_names())")
    seq = FigureSequence(spec)
    _CACHE[name] = seq
    return seq
