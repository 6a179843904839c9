"""The Guide: what to do between sessions, each statement with the source line it rests on.

The monograph asks more of a patient than the four weeks of exercises: how to
sit, stand, sleep and go about the day (Section 8), what eases symptoms and
what to avoid (Section 9), how recovery runs on and what to do after the
program (Sections 12, 13 and 15). This module holds that content as
:class:`Topic` objects whose :class:`Item` texts are the app's own words; every
item names the lines it comes from (:class:`Source`: the file, the line number
and words that stand on that line), and a test reads the source files and checks
each one. Nothing here is said without a source.

The "when to get help" topic is not written here: it is the warning-sign list of
``coach.core.safety`` (Section 5), which cites its own sources, so the Guide and
the safety questions can never say different things.

Pure Python: the Guide screen (``coach.ui.guide``), the flare plan and the
movement breaks read these objects; none of them words a health statement of
its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core import safety
from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, TranslatedFields, translate

MONOGRAPH = "monograph-upper-lumbar.txt"
L1_L2 = "reference-L1-L2.txt"
L2_L3 = "reference-L2-L3.txt"
L3_L4 = "reference-L3-L4.txt"
SOURCE_FILES: tuple[str, ...] = (MONOGRAPH, L1_L2, L2_L3, L3_L4)
SOURCE_TITLES = Texts("guide", {
    MONOGRAPH: QT_TRANSLATE_NOOP("guide", "Monograph"),
    L1_L2: QT_TRANSLATE_NOOP("guide", "L1–L2 reference"),
    L2_L3: QT_TRANSLATE_NOOP("guide", "L2–L3 reference"),
    L3_L4: QT_TRANSLATE_NOOP("guide", "L3–L4 reference"),
})
"""Short names of the sources, as the screens cite them (the program's ``source`` names the monograph in full)."""


@dataclass(frozen=True)
class Source:
    """A line of a source text: ``quote`` stands on line ``line`` of ``file``; ``where`` names its part."""

    file: str
    line: int
    quote: str
    where: str

    def label(self) -> str:
        """``Monograph, Section 8`` or ``L1–L2 reference, Heat Therapy`` (for the screen)."""
        if self.where.startswith("Section"):
            where = translate("guide", "Section {number}").format(number=self.where.split(":")[0].split()[-1])
        else:  # a part of a reference, by its heading (marked for translation where the source is cited)
            where = translate("guide", self.where)
        return translate("guide", "{source}, {part}").format(source=SOURCE_TITLES.get(self.file, self.file), part=where)


def m(line: int, quote: str, where: str) -> Source:
    """A line of the monograph."""
    return Source(MONOGRAPH, line, quote, where)


S8 = "Section 8: Posture and Position Strategies"
S9 = "Section 9: Symptom Management Strategies"
S12 = "Section 12: Recovery Timeline and Expectations"
S13 = "Section 13: Living Well with Nerve Symptoms"
S15 = "Section 15: Creating Your Success Plan"
DOS_L1 = QT_TRANSLATE_NOOP("guide", "“Do’s” and “Don’ts”")
DOS_L2 = QT_TRANSLATE_NOOP("guide", "What to Do and What to Avoid")


@dataclass(frozen=True)
class Item(TranslatedFields):
    """One piece of advice: the app's words, how long and when (where the sources say), and its sources.

    ``helped`` is the diary's "what helped" choice it belongs to (``coach.core.tracker.HELPED_PRESETS``).
    """

    _context = "guide"
    _translated = frozenset({'when', 'how_long', 'text'})

    id: str
    text: str
    sources: tuple[Source, ...]
    how_long: str = ""
    when: str = ""
    helped: str | None = None


@dataclass(frozen=True)
class Figure(TranslatedFields):
    """A picture from the figure library with its caption."""

    _context = "guide"
    _translated = frozenset({'caption'})

    name: str
    caption: str


@dataclass(frozen=True)
class Topic(TranslatedFields):

    _context = "guide"
    _translated = frozenset({'intro', 'title'})
    id: str
    title: str
    intro: str
    items: tuple[Item, ...]
    figures: tuple[Figure, ...] = ()
    intro_sources: tuple[Source, ...] = ()

    def item(self, item_id: str) -> Item:
        for i in self.items:
            if i.id == item_id:
                return i
        raise KeyError(item_id)


# ====================================================================== positions
SITTING = Topic(
    "sitting", QT_TRANSLATE_NOOP("guide", "Sitting"),
    QT_TRANSLATE_NOOP("guide", "Small changes of position can ease an irritated nerve a great deal."),
    (
        Item("hip-flexion", QT_TRANSLATE_NOOP("guide", "Do not sit with your hips bent for long stretches at a time."),
             (m(209, "Avoid prolonged hip flexion.", S8),)),
        Item("footrest", QT_TRANSLATE_NOOP("guide", "Rest your feet on a footrest to ease the angle at your hips."),
             (m(210, "Use footrest to reduce hip angle.", S8),), helped="footrest"),
        Item("move", QT_TRANSLATE_NOOP("guide", "Stand up and move every 20–30 minutes. The app can remind you while you work at the computer: Movement breaks, in Settings."),
             (m(211, "Stand and move every 20-30 minutes.", S8),), when=QT_TRANSLATE_NOOP("guide", "Every 20–30 minutes of sitting"),
             helped="position_changes"),
        Item("standing-desk", QT_TRANSLATE_NOOP("guide", "A standing desk lets you change between sitting and standing."),
             (m(212, "Consider standing desk option.", S8),)),
        Item("support", QT_TRANSLATE_NOOP("guide", "Sit with support for your lower back, such as a lumbar roll, rather than slouching on a soft sofa."),
             (Source(L2_L3, 755, "Use a supportive lumbar roll when sitting for long periods.", DOS_L2),
              Source(L2_L3, 756, "Slouching on soft sofas or chairs without back support.", DOS_L2),
              Source(L3_L4, 474, "Avoid: Slouching when sitting.", DOS_L2))),
    ),
    (Figure("guide-sitting-footrest", QT_TRANSLATE_NOOP("guide", "Sitting with the feet on a footrest")),),
    (m(234, "Small position changes can significantly reduce nerve irritation.", S8),),
)

STANDING = Topic(
    "standing", QT_TRANSLATE_NOOP("guide", "Standing"),
    QT_TRANSLATE_NOOP("guide", "Standing still for a long time can make symptoms worse, just as sitting for long can."),
    (
        Item("static", QT_TRANSLATE_NOOP("guide", "Do not stand still in one position for long."),
             (m(215, "Avoid prolonged static standing.", S8),
              Source(L3_L4, 442, "Avoids prolonged static postures that exacerbate compression.",
                     QT_TRANSLATE_NOOP("guide", "Prevention Strategies")))),
        Item("shift", QT_TRANSLATE_NOOP("guide", "Shift your weight from one leg to the other from time to time."),
             (m(216, "Shift weight regularly.", S8),)),
        Item("footstool", QT_TRANSLATE_NOOP("guide", "Rest one foot on a low stool for a while, then change feet."),
             (m(217, "Use footstool to alternate leg positions.", S8),)),
        Item("neutral", QT_TRANSLATE_NOOP("guide", "Keep your spine neutral: neither slumped nor arched."),
             (m(218, "Maintain neutral spine.", S8),
              Source(L2_L3, 711, "Keep spine neutral when sitting, standing, and lifting.", QT_TRANSLATE_NOOP("guide", "Preventive Strategies")))),
    ),
    (Figure("guide-standing-footstool", QT_TRANSLATE_NOOP("guide", "Standing with one foot on a low stool")),),
    (m(24, "Worse With: Prolonged sitting, standing", "Section 1: What Your Symptoms Might Mean"),),
)

SLEEPING = Topic(
    "sleeping", QT_TRANSLATE_NOOP("guide", "Sleeping and resting"),
    QT_TRANSLATE_NOOP("guide", "Lying flat often eases symptoms. For sleep and rest, these positions are the ones to use."),
    (
        Item("side", QT_TRANSLATE_NOOP("guide", "Lie on your side with a pillow between your knees."),
             (m(221, "Side-lying with pillow between knees.", S8),), helped="sleep_position"),
        Item("back", QT_TRANSLATE_NOOP("guide", "Or lie on your back with your knees slightly raised on a pillow."),
             (m(223, "Back sleeping with knees slightly elevated.", S8),), helped="sleep_position"),
        Item("curl", QT_TRANSLATE_NOOP("guide", "Avoid curling up tightly with your hips bent a long way."),
             (m(222, "Avoid extreme hip flexion.", S8),)),
        Item("mattress", QT_TRANSLATE_NOOP("guide", "A firm mattress usually helps; a soft or sagging one does not."),
             (m(224, "Firm mattress generally helpful.", S8),
              Source(L1_L2, 580, "Sleep on a mattress that’s too soft or sagging.", DOS_L1),
              Source(L3_L4, 481, "Do: Sleep on a firm mattress with proper support.", DOS_L2))),
        Item("stomach", QT_TRANSLATE_NOOP("guide", "Avoid sleeping on your stomach."),
             (Source(L3_L4, 482, "Avoid: Sleeping on the stomach.", DOS_L2),)),
    ),
    (Figure("guide-side-lying-pillow", QT_TRANSLATE_NOOP("guide", "On the side, a pillow between the knees")),
     Figure("guide-back-knees-raised", QT_TRANSLATE_NOOP("guide", "On the back, the knees slightly raised"))),
    (m(25, "Better With: Lying flat, gentle walking, or changing positions.",
       "Section 1: What Your Symptoms Might Mean"),),
)

DAILY = Topic(
    "daily", QT_TRANSLATE_NOOP("guide", "Daily activities"),
    QT_TRANSLATE_NOOP("guide", "Change how you do everyday things so that they do not provoke your symptoms."),
    (
        Item("stairs", QT_TRANSLATE_NOOP("guide", "On stairs, use a step-to pattern if you need to: step up onto a stair, then bring the other foot to the same stair before the next one. Hold the rail."),
             (m(227, "Modify stair climbing technique (step-to pattern if needed).", S8),
              m(199, "Stair Practice: Controlled ascent/descent, use rail initially.",
                "Section 7: Your 4-Week Movement Program")),
             helped="step_to"),
        Item("lifting", QT_TRANSLATE_NOOP("guide", "Lift with your legs: bend your hips and knees, keep your back straight and hold the load close to your body."),
             (m(228, "Use proper body mechanics for lifting.", S8),
              Source(L2_L3, 719, "Bend hips and knees, keep objects close to the body.", QT_TRANSLATE_NOOP("guide", "Preventive Strategies")),
              Source(L3_L4, 440, "Uses leg muscles and maintains a straight back", QT_TRANSLATE_NOOP("guide", "Prevention Strategies")))),
        Item("bent-back", QT_TRANSLATE_NOOP("guide", "Do not lift heavy things with your back bent, and do not twist or bend suddenly while carrying a load."),
             (Source(L1_L2, 570, "Lift heavy objects with a bent back.", DOS_L1),
              Source(L2_L3, 753, "Avoid: Sudden twisting or bending motions under load.", DOS_L2))),
        Item("squat", QT_TRANSLATE_NOOP("guide", "Avoid deep squatting for now."),
             (m(229, "Avoid deep squatting initially.", S8),)),
        Item("segments", QT_TRANSLATE_NOOP("guide", "Break activities into parts you can manage, with a rest between them."),
             (m(230, "Break activities into manageable segments.", S8),
              m(245, "Activity Pacing: Balance activity with rest.", S9))),
        Item("driving", QT_TRANSLATE_NOOP("guide", "On long drives, stop for breaks."),
             (Source(L3_L4, 484, "Avoid: Long drives without breaks.", DOS_L2),)),
    ),
    (Figure("guide-stairs-step-to", QT_TRANSLATE_NOOP("guide", "Step-to on stairs: both feet on each stair")),
     Figure("guide-lift-with-legs", QT_TRANSLATE_NOOP("guide", "Lifting with the legs, the load close"))),
    (Source(L1_L2, 564, "Modify activities to avoid pain-provoking postures.", DOS_L1),),
)

# ================================================================== relief, avoid
RELIEF = Topic(
    "relief", QT_TRANSLATE_NOOP("guide", "What eases symptoms"),
    QT_TRANSLATE_NOOP("guide", "Several gentle approaches together work better than one aggressive one."),
    (
        Item("heat", QT_TRANSLATE_NOOP("guide", "Heat, such as a warm pack, before your exercises loosens the tissues."),
             (m(240, "Heat: Before exercises to improve tissue mobility.", S9),
              Source(L1_L2, 281, "Heat is usually applied for 15–20 minutes", QT_TRANSLATE_NOOP("guide", "Heat Therapy"))),
             how_long=QT_TRANSLATE_NOOP("guide", "15–20 minutes"), when=QT_TRANSLATE_NOOP("guide", "Before exercising"), helped="heat"),
        Item("ice", QT_TRANSLATE_NOOP("guide", "Ice for a flare: a cold pack for 15 minutes at most, with a cloth between the pack and your skin."),
             (m(241, "Ice: For acute flares, 15 minutes maximum.", S9),
              Source(L1_L2, 284, "with a protective barrier on the skin", QT_TRANSLATE_NOOP("guide", "Cold Therapy"))),
             how_long=QT_TRANSLATE_NOOP("guide", "15 minutes at most"), when=QT_TRANSLATE_NOOP("guide", "When symptoms flare"), helped="ice"),
        Item("glides", QT_TRANSLATE_NOOP("guide", "Gentle nerve glides through the day ease symptoms. Keep them smooth and rhythmic, never forced; mild tingling is acceptable."),
             (m(242, "Nerve Gliding: Throughout the day for symptom relief.", S9),
              m(202, "movement should be smooth and rhythmic, not forced", "Section 7: Your 4-Week Movement Program"),
              m(156, "Mild tingling during nerve glides is acceptable.", "Section 7: Your 4-Week Movement Program")),
             when=QT_TRANSLATE_NOOP("guide", "Through the day"), helped="nerve_glides"),
        Item("stretching", QT_TRANSLATE_NOOP("guide", "Stretch gently: the front of the hips (hip flexors), the front of the thighs (quadriceps) and the back of the thighs (hamstrings)."),
             (m(243, "Gentle Stretching: Hip flexors, quadriceps, hamstrings.", S9),), helped="stretching"),
        Item("relaxation", QT_TRANSLATE_NOOP("guide", "Relax the muscles that tense up to guard the back, for example with slow breathing from the belly."),
             (m(244, "Relaxation Techniques: Reduce muscle guarding.", S9),
              Source(L1_L2, 560, "Practice diaphragmatic breathing to relax paraspinals.", DOS_L1)),
             helped="relaxation"),
        Item("pacing", QT_TRANSLATE_NOOP("guide", "Pace yourself: balance activity with rest."),
             (m(245, "Activity Pacing: Balance activity with rest.", S9),), helped="pacing"),
        Item("walking", QT_TRANSLATE_NOOP("guide", "Gentle walking and changing position often ease symptoms."),
             (m(25, "Better With: Lying flat, gentle walking, or changing positions.",
                "Section 1: What Your Symptoms Might Mean"),
              Source(L3_L4, 467, "Do: Maintain gentle activity like walking.", DOS_L2)),
             helped="walking"),
        Item("diary", QT_TRANSLATE_NOOP("guide", "Note in the diary what helped each day: it shows which strategies work for you."),
             (m(384, "Relief Strategies Used: What helped.", "Section 14: 14-Day Symptom & Movement Tracker"),
              m(420, "Identify most helpful strategies.", S15))),
    ),
    (),
    (m(254, "Multiple gentle approaches work better than single aggressive interventions.", S9),),
)

AVOID = Topic(
    "avoid", QT_TRANSLATE_NOOP("guide", "What to avoid"),
    QT_TRANSLATE_NOOP("guide", "Keep moving, gently: avoid what provokes the nerve, not activity itself."),
    (
        Item("positions", QT_TRANSLATE_NOOP("guide", "Staying for long in a position that brings on your symptoms."),
             (m(248, "Prolonged positions that increase symptoms.", S9),
              Source(L2_L3, 777, "Standing or sitting in one position for longer than an hour without adjusting.",
                     DOS_L2))),
        Item("sharp", QT_TRANSLATE_NOOP("guide", "Positions and movements that sharply increase your leg symptoms."),
             (m(141, "Avoid positions that sharply increase leg symptoms.", "Section 6: Why Movement Helps"),)),
        Item("aggressive", QT_TRANSLATE_NOOP("guide", "Aggressive stretching of an irritated nerve, and bouncing stretches."),
             (m(249, "Aggressive stretching of irritated nerves.", S9),
              Source(L3_L4, 478, "Avoid: Bouncing or ballistic stretches.", DOS_L2))),
        Item("inactivity", QT_TRANSLATE_NOOP("guide", "Complete rest: staying in bed or not moving at all. Stay as active as the pain allows."),
             (m(250, "Complete inactivity.", S9),
              Source(L1_L2, 548, "Stay as active as pain allows; avoid complete bed rest.", DOS_L1))),
        Item("impact", QT_TRANSLATE_NOOP("guide", "Running, jumping and other high-impact activity during a flare."),
             (Source(L1_L2, 582, "Perform high-impact activities during acute flare.", DOS_L1),)),
    ),
    (),
    (m(250, "Complete inactivity.", S9),
     m(141, "Avoid positions that sharply increase leg symptoms.", "Section 6: Why Movement Helps")),
)

# ====================================================================== flares
FLARE = Topic(
    "flare", QT_TRANSLATE_NOOP("guide", "When symptoms flare"),
    QT_TRANSLATE_NOOP("guide", "Good days and difficult days are common. When symptoms flare, the flare plan (on Today and in the tray menu) walks you through these steps."),
    (
        Item("gentle", QT_TRANSLATE_NOOP("guide", "Go back to gentle exercises straight away: the first week's exercises, at the lowest dose."),
             (m(363, "Return to gentle exercises immediately.", S13),
              m(412, "Start gentle exercises from Week 1.", S15))),
        Item("positions", QT_TRANSLATE_NOOP("guide", "Avoid the positions that provoke your symptoms; rest in one that eases them."),
             (m(364, "Avoid provocative positions.", S13),)),
        Item("relief", QT_TRANSLATE_NOOP("guide", "Use the relief strategies that have worked for you before: ice for 15 minutes at most, heat before exercising, gentle nerve glides."),
             (m(365, "Use proven relief strategies.", S13),
              m(241, "Ice: For acute flares, 15 minutes maximum.", S9))),
        Item("active", QT_TRANSLATE_NOOP("guide", "Stay as active as the pain allows; do not take to bed."),
             (Source(L1_L2, 548, "Stay as active as pain allows; avoid complete bed rest.", DOS_L1),)),
        Item("help", QT_TRANSLATE_NOOP("guide", "Seek help from your doctor or physiotherapist if the symptoms persist."),
             (m(366, "Seek help if symptoms persist.", S13),)),
    ),
    (),
    (m(82, "Variable: Good days and difficult days common.", "Section 3: What Is Upper Lumbar Radiculopathy?"),
     m(361, "### Flare Management", S13)),
)

# ============================================================ after the program
AFTER = Topic(
    "after", QT_TRANSLATE_NOOP("guide", "After the four weeks"),
    QT_TRANSLATE_NOOP("guide", "Recovery is gradual. The monograph describes it in phases, each with its own focus."),
    (
        Item("acute", QT_TRANSLATE_NOOP("guide", "Weeks 1–2: pain reduction and gentle movement; nerve symptoms may come and go."),
             (m(308, "Acute Phase (Weeks 1-2)", S12), m(310, "Focus on pain reduction and gentle movement.", S12),
              m(311, "Nerve symptoms may fluctuate.", S12))),
        Item("recovery", QT_TRANSLATE_NOOP("guide", "Weeks 3–6: strength improves gradually and you can do more."),
             (m(314, "Recovery Phase (Weeks 3-6)", S12), m(316, "Gradual strength improvement.", S12),
              m(317, "Increased activity tolerance.", S12))),
        Item("strengthening", QT_TRANSLATE_NOOP("guide", "Weeks 7–12: a gradual return to normal activities, and preventing a recurrence."),
             (m(320, "Strengthening Phase (Weeks 7-12)", S12),
              m(322, "Progressive return to normal activities.", S12),
              m(323, "Focus on preventing recurrence.", S12))),
        Item("maintenance", QT_TRANSLATE_NOOP("guide", "Then, ongoing: keep up the preventive exercises and watch for early warning signs."),
             (m(326, "Maintenance Phase (Ongoing)", S12), m(328, "Continue preventive exercises.", S12),
              m(329, "Monitor for early warning signs.", S12))),
        Item("glides", QT_TRANSLATE_NOOP("guide", "Keep up nerve glides 2–3 times a week."),
             (m(342, "Continue nerve glides 2-3x weekly.", S13),), when=QT_TRANSLATE_NOOP("guide", "2–3 times a week")),
        Item("strength", QT_TRANSLATE_NOOP("guide", "Keep your core and leg muscles strong."),
             (m(343, "Maintain core and leg strength.", S13),)),
        Item("walking", QT_TRANSLATE_NOOP("guide", "Walk (or swim) regularly."),
             (m(344, "Regular walking or swimming.", S13),)),
        Item("flexibility", QT_TRANSLATE_NOOP("guide", "Keep your hips and spine flexible."),
             (m(345, "Flexibility work for hips and spine.", S13),)),
        Item("lifestyle", QT_TRANSLATE_NOOP("guide", "Set up your workstation well, wear supportive shoes, manage your weight if needed, and find ways to reduce stress."),
             (m(349, "Ergonomic workstation setup.", S13), m(350, "Proper footwear for support.", S13),
              m(351, "Weight management if needed.", S13), m(352, "Stress reduction techniques.", S13))),
        Item("signs", QT_TRANSLATE_NOOP("guide", "Early warning signs: leg symptoms you had before coming back, weakness in muscles that were weak before, a stiffer back, or stairs and getting up becoming harder again. If you notice one, go back to gentle exercises; the app asks about them once a week."),
             (m(356, "Return of specific leg symptoms.", S13), m(357, "Weakness in previously affected muscles.", S13),
              m(358, "Increased back stiffness.", S13), m(359, "Difficulty with stairs or rising.", S13),
              m(363, "Return to gentle exercises immediately.", S13))),
        Item("consistency", QT_TRANSLATE_NOOP("guide", "Consistency matters more than intensity: listen to your body's signals."),
             (m(433, "Consistency over intensity.", S15), m(434, "Listen to your body's signals.", S15))),
    ),
    (),
    (m(334, "Recovery is gradual but expected with consistent effort.", S12),),
)

TOPICS: tuple[Topic, ...] = (SITTING, STANDING, SLEEPING, DAILY, RELIEF, AVOID, FLARE, AFTER)
"""Every topic of the Guide, in the order the screen shows them (then "When to get help", from ``help_topic``)."""

HELP_ID = "help"
POSITIONS = ("sitting", "standing", "sleeping", "daily")


def topic(topic_id: str) -> Topic:
    """A topic by id (``help`` included); an unknown id raises KeyError naming the known ones."""
    if topic_id == HELP_ID:
        return help_topic()
    for t in TOPICS:
        if t.id == topic_id:
            return t
    raise KeyError("no Guide topic {topic_id!r}; known: {topic_ids}".format(topic_id=topic_id, topic_ids=', '.join(topic_ids())))


def topic_ids() -> tuple[str, ...]:
    return (*(t.id for t in TOPICS), HELP_ID)


def help_topic() -> Topic:
    """When to get help: the warning signs of ``coach.core.safety`` (Section 5), as that module words and cites
    them, by how urgent they are; emergency signs first."""
    by = {safety.EMERGENCY: ("emergency", translate("guide", "Get emergency care now")),
          safety.SEE_DOCTOR_SOON: ("soon", translate("guide", "See a doctor promptly"))}
    items = []
    for urgency, (item_id, words) in by.items():
        signs = [q.short for q in safety.WARNING_QUESTIONS if q.urgency == urgency]
        if signs:
            items.append(Item(item_id, f"{words}: {_join(signs)}.", ()))
    return Topic(HELP_ID, translate("guide", "When to get help"),
                 translate("guide", "These are the warning signs the app asks about at first run and in the diary."), tuple(items))


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + translate("guide", " or ") + items[-1]


# ================================================================= links in
HELPED_TOPIC: dict[str, tuple[str, str]] = {}
for _t in TOPICS:
    for _i in _t.items:
        if _i.helped:
            HELPED_TOPIC.setdefault(_i.helped, (_t.id, _i.id))
"""Each of the diary's "what helped" choices → (topic, item) of the Guide that explains it."""

STOP_TOPIC = {"sharp_pain": "flare", "spreading": "flare", "weakness": "sleeping", "unwell": "sleeping"}
"""After a stop for each reason, the Guide topic the stop advice links to: how to handle a flare after sharp
pain; the positions to rest in after weakness or feeling unwell."""


def all_sources() -> list[tuple[str, str, Source]]:
    """(topic id, item id or "intro", source) for every source the Guide cites."""
    out = []
    for t in TOPICS:
        out += [(t.id, "intro", s) for s in t.intro_sources]
        for i in t.items:
            out += [(t.id, i.id, s) for s in i.sources]
    return out
