"""Colour palettes for figure renderers (plain hex strings, no Qt).

Every primitive has a ``role``; a palette maps roles to fill colours. The far
side of the body is drawn ``far_factor`` darker, and every shape of the figure
gets a thin outline ``outline_factor`` darker than its fill (or ``outline``
when it is set), so overlapping limbs stay readable in a light or dark theme.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class FigurePalette:
    name: str
    background: str
    roles: dict[str, str] = field(default_factory=dict)
    far_factor: float = 0.84  # far-side limbs: fill × this (darker)
    outline_factor: float = 0.62  # outline: fill × this
    outline: str | None = None  # a fixed outline colour instead
    text: str = "#2b3440"

    def fill(self, role: str) -> str:
        return self.roles.get(role, self.roles.get("default", "#888888"))

    def color(self, role: str, side: str = "mid") -> str:
        c = self.fill(role)
        return shade(c, self.far_factor) if side == "far" and role not in NO_SHADE else c

    def outline_color(self, role: str, side: str = "mid") -> str:
        if self.outline is not None:
            return self.outline
        return shade(self.color(role, side), self.outline_factor)

    def with_roles(self, **roles: str) -> FigurePalette:
        return replace(self, roles={**self.roles, **roles})


NO_SHADE = frozenset({"arrow", "badge", "badge_fg"})

#: Roles of the figure (outlined) and of props (flat).
BODY_ROLES = frozenset({"skin", "shirt", "trousers", "shoe", "hair", "eye"})


def _hex(c: str) -> tuple[int, int, int]:
    c = c.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def shade(c: str, k: float) -> str:
    """Multiply a colour's channels by ``k`` (k < 1 darker)."""
    r, g, b = _hex(c)
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(v * k))) for v in (r, g, b)))


def mix(a: str, b: str, u: float) -> str:
    ra, ga, ba = _hex(a)
    rb, gb, bb = _hex(b)
    return f"#{round(ra + (rb - ra) * u):02x}{round(ga + (gb - ga) * u):02x}{round(ba + (bb - ba) * u):02x}"


LIGHT = FigurePalette(
    name="light",
    background="#f7f6f2",
    roles={
        "skin": "#efc4a0",
        "hair": "#6b4a33",
        "eye": "#3a2a20",
        "shirt": "#f0a868",
        "trousers": "#5d7194",
        "shoe": "#48505c",
        "floor": "#c9c2b6",
        "mat": "#9fcfc4",
        "mat_edge": "#79b2a5",
        "wall": "#e2ddd3",
        "furniture": "#c49a6c",
        "furniture_dark": "#9c7650",
        "soft": "#d4cbe8",
        "soft_edge": "#b4a8d2",
        "rail": "#8a8f98",
        "arrow": "#0f8f8a",
        "badge": "#0f8f8a",
        "badge_fg": "#ffffff",
        "default": "#999999",
    },
    text="#2b3440",
)

DARK = FigurePalette(
    name="dark",
    background="#1f2328",
    roles={
        "skin": "#e0b38f",
        "hair": "#a07a5a",
        "eye": "#2a1e16",
        "shirt": "#e39a5c",
        "trousers": "#7f96c0",
        "shoe": "#aab2bf",
        "floor": "#4a4f57",
        "mat": "#2f6f66",
        "mat_edge": "#245750",
        "wall": "#353a41",
        "furniture": "#8d6a48",
        "furniture_dark": "#6f5238",
        "soft": "#5e567a",
        "soft_edge": "#4b4463",
        "rail": "#9aa1ab",
        "arrow": "#3fd3c8",
        "badge": "#3fd3c8",
        "badge_fg": "#10231f",
        "default": "#888888",
    },
    far_factor=0.8,
    outline="#15181c",
    text="#e6e8eb",
)

PALETTES = {"light": LIGHT, "dark": DARK}
