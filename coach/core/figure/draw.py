"""Turn solved joints into drawable primitives, and name the body's parts for contacts."""

from __future__ import annotations

from collections.abc import Mapping

from .body import FOOT_HEEL, FOOT_TOE, HEAD_R, RADII, absolute_angles
from .geometry import (
    LAYER_BODY,
    LAYER_FAR,
    LAYER_NEAR,
    Capsule,
    Circle,
    Point,
    Polygon,
    lerp,
    lerp_point,
    polar,
)

CHIN_R = 0.046
CHEST_TOP_INSET = 0.075  # the chest capsule ends this far below the neck base


def chest_top(j: Mapping[str, Point]) -> Point:
    return lerp_point(j["neck"], j["waist"], CHEST_TOP_INSET / _len(j["neck"], j["waist"]))


def _len(a: Point, b: Point) -> float:
    return max(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5, 1e-9)


def part_circles(j: Mapping[str, Point], part: str) -> list[tuple[Point, float]]:
    """Circles covering a named body part (their hull is the part's outline).

    Parts: ``pelvis``, ``chest``, ``upper_back`` (the top of the chest),
    ``head``, ``neck``, ``thigh_n``, ``shin_n``, ``foot_n``, ``heel_n``,
    ``toe_n``, ``knee_n``, ``upper_arm_n``, ``forearm_n``, ``elbow_n``,
    ``hand_n`` (and ``_f``), plus groups: ``feet``, ``hands``, ``forearms``,
    ``knees``, ``back`` (pelvis and chest), ``trunk``, ``body`` (everything).
    """
    groups = {
        "feet": ("foot_n", "foot_f"),
        "hands": ("hand_n", "hand_f"),
        "forearms": ("forearm_n", "forearm_f"),
        "knees": ("knee_n", "knee_f"),
        "toes": ("toe_n", "toe_f"),
        "shins": ("shin_n", "shin_f"),
        "thighs": ("thigh_n", "thigh_f"),
        "back": ("pelvis", "chest"),
        "trunk": ("pelvis", "chest", "neck", "head"),
        "legs": ("thigh_n", "shin_n", "foot_n", "thigh_f", "shin_f", "foot_f"),
        "body": ("pelvis", "chest", "neck", "head", "thigh_n", "shin_n", "foot_n", "thigh_f", "shin_f",
                 "foot_f", "upper_arm_n", "forearm_n", "hand_n", "upper_arm_f", "forearm_f", "hand_f"),
    }
    if part in groups:
        return [c for p in groups[part] for c in part_circles(j, p)]
    base, _, side = part.rpartition("_") if part[-2:] in ("_n", "_f") else (part, "", "")
    s = side
    R = RADII
    if base == "pelvis":
        return [(j["hip"], R["pelvis"][0]), (j["waist"], R["pelvis"][1])]
    if base == "chest":
        return [(j["waist"], R["chest"][0]), (chest_top(j), R["chest"][1])]
    if base == "upper_back":
        return [(chest_top(j), R["chest"][1])]
    if base == "head":
        return [(j["head"], HEAD_R), (j["chin"], CHIN_R)]
    if base == "neck":
        return [(j["neck"], R["neck"][0]), (j["head_base"], R["neck"][1])]
    if base == "thigh":
        return [(j["hip"], R["thigh"][0]), (j[f"knee_{s}"], R["thigh"][1])]
    if base == "knee":
        return [(j[f"knee_{s}"], R["thigh"][1])]
    if base == "shin":
        return [(j[f"knee_{s}"], R["shin"][0]), (j[f"ankle_{s}"], R["shin"][1])]
    if base == "foot":
        return [(j[f"heel_{s}"], FOOT_HEEL[1]), (j[f"toe_{s}"], FOOT_TOE[1])]
    if base == "heel":
        return [(j[f"heel_{s}"], FOOT_HEEL[1])]
    if base == "toe":
        return [(j[f"toe_{s}"], FOOT_TOE[1])]
    if base == "upper_arm":
        return [(j["shoulder"], R["upper_arm"][0]), (j[f"elbow_{s}"], R["upper_arm"][1])]
    if base == "elbow":
        return [(j[f"elbow_{s}"], R["upper_arm"][1])]
    if base == "forearm":
        return [(j[f"elbow_{s}"], R["forearm"][0]), (j[f"wrist_{s}"], R["forearm"][1])]
    if base == "hand":
        return [(j[f"wrist_{s}"], R["hand"][0]), (j[f"fingers_{s}"], R["hand"][1])]
    raise KeyError(f"unknown body part {part!r}")


def body_samples(j: Mapping[str, Point], per_segment: int = 4) -> list[tuple[str, Point, float]]:
    """Circles along every segment (for penetration checks): (part, centre, radius)."""
    out: list[tuple[str, Point, float]] = []
    names = ("pelvis", "chest", "neck", "head", "thigh_n", "shin_n", "foot_n", "thigh_f", "shin_f", "foot_f",
             "upper_arm_n", "forearm_n", "hand_n", "upper_arm_f", "forearm_f", "hand_f")
    for name in names:
        circles = part_circles(j, name)
        if len(circles) == 1:
            out.append((name, circles[0][0], circles[0][1]))
            continue
        (a, ra), (b, rb) = circles
        for i in range(per_segment + 1):
            u = i / per_segment
            out.append((name, lerp_point(a, b, u), lerp(ra, rb, u)))
    return out


def body_primitives(j: Mapping[str, Point], angles: Mapping[str, float], *, plan_view: bool = False
                    ) -> list[Capsule | Circle | Polygon]:
    """The figure as primitives, back to front: far arm and leg, trunk and head, near leg and arm."""
    ab = absolute_angles(angles)
    R = RADII
    out: list[Capsule | Circle | Polygon] = []

    def limb(side: str, layer: int) -> None:
        sd = "near" if side == "n" else "far"
        g_leg, g_arm = f"leg_{side}", f"arm_{side}"
        leg = [
            Capsule(j["hip"], j[f"knee_{side}"], *R["thigh"], "trousers", layer, f"thigh_{side}", sd, g_leg),
            Capsule(j[f"knee_{side}"], j[f"ankle_{side}"], *R["shin"], "trousers", layer, f"shin_{side}", sd,
                    g_leg),
            Capsule(j[f"heel_{side}"], j[f"toe_{side}"], FOOT_HEEL[1], FOOT_TOE[1], "shoe", layer,
                    f"foot_{side}", sd, g_leg),
        ]
        arm = [
            Capsule(j[f"elbow_{side}"], j[f"wrist_{side}"], *R["forearm"], "skin", layer, f"forearm_{side}", sd,
                    g_arm),
            Capsule(j[f"wrist_{side}"], j[f"fingers_{side}"], *R["hand"], "skin", layer, f"hand_{side}", sd, g_arm),
            Capsule(j["shoulder"], j[f"elbow_{side}"], *R["upper_arm"], "shirt", layer, f"upper_arm_{side}", sd,
                    g_arm),
        ]
        if side == "n":
            # The pelvis joins the near leg in one outline (no ring at the hip), over the chest.
            leg.insert(0, Capsule(j["hip"], j["waist"], *R["pelvis"], "trousers", layer, "pelvis", "mid", g_leg))
        out.extend(arm if side == "f" else leg)
        out.extend(leg if side == "f" else arm)

    limb("f", LAYER_FAR)

    # Trunk, neck and head.
    L = LAYER_BODY
    out.append(Capsule(j["neck"], j["head_base"], *R["neck"], "skin", L, "neck", "mid", "neck"))
    out.append(Capsule(j["waist"], chest_top(j), *R["chest"], "shirt", L, "chest", "mid", "trunk"))
    head_dir = ab["neck"]  # "up" for the head
    face = head_dir - 90.0  # the figure looks this way
    hc = j["head"]
    out.append(Circle(hc, HEAD_R, "skin", L, "head", "mid", "head"))
    # Jaw and chin: the head is a little longer than wide, the chin forward.
    out.append(Capsule(polar(hc, 0.01, face), j["chin"], HEAD_R * 0.86, CHIN_R, "skin", L, "jaw", "mid", "head"))
    nose = polar(polar(hc, HEAD_R * 0.97, face), -0.018, head_dir)
    out.append(Circle(nose, 0.022, "skin", L, "nose", "mid", "head"))
    # Hair: a cap over the back and top of the head.
    hair: list[Point] = []
    n = 14
    for i in range(n + 1):
        a = head_dir - 40.0 + (210.0 * i / n)
        hair.append(polar(hc, HEAD_R * 1.07, a))
    hair.append(polar(hc, HEAD_R * 0.5, head_dir + 150.0))
    hair.append(polar(hc, HEAD_R * 0.3, head_dir + 60.0))
    hair.append(polar(hc, HEAD_R * 0.72, head_dir - 25.0))
    out.append(Polygon(tuple(hair), "hair", L, "hair", "mid", "hair", radius=0.02))
    eye = polar(polar(hc, HEAD_R * 0.52, face), HEAD_R * 0.06, head_dir)
    out.append(Circle(eye, 0.0125, "eye", L, "eye", "mid", "eye"))

    limb("n", LAYER_NEAR)
    return out
