"""The Guide: positions for sitting, standing, sleeping and daily activities, what eases symptoms (how long,
when), what to avoid, flares, after the four weeks, and when to get help.

Every text comes from ``coach.core.guide`` (each item with the source lines it
rests on, shown under it); this screen only lays the topics out, one card each,
with the figures the topics name and a row of buttons that jump to a topic.
Other screens link here through ``AppContext.open_guide(topic)``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coach.app import guide
from coach.core.figure import figure_sequence
from coach.core.guide import Item, Source, Topic
from coach.core.i18n import translate
from coach.ui.context import AppContext
from coach.ui.widgets import kit
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.layout import FlowLayout, vertical_scroll


def sources_text(sources: tuple[Source, ...]) -> str:
    """``From: Monograph, Section 8 · L1–L2 reference, Heat Therapy`` (each part once)."""
    seen: list[str] = []
    for s in sources:
        if s.label() not in seen:
            seen.append(s.label())
    return translate("guide", "From: ") + " · ".join(seen) if seen else ""


def item_html(item: Item, *, with_sources: bool = True) -> str:
    """One item as rich text: the advice, how long and when in bold, and its sources, small and muted."""
    extra = []
    if item.how_long:
        extra.append(translate("guide", "<b>How long:</b> {how_long}").format(how_long=escape(item.how_long)))
    if item.when:
        extra.append(translate("guide", "<b>When:</b> {when}").format(when=escape(item.when)))
    more = f"<br>{' · '.join(extra)}" if extra else ""
    src = sources_text(item.sources) if with_sources else ""
    cite = f"<br><small><i>{escape(src)}</i></small>" if src else ""
    return f"{escape(item.text)}{more}{cite}"


class FigureCard(QWidget):
    """A figure from the library with its caption under it; its height follows the text size."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.view = FigureView()
        self.view.set_figure(name)
        self.view.setAccessibleName(translate("guide", "Illustration: {caption}").format(caption=caption))
        self.view.setObjectName(f"figure-{name}")
        lay.addWidget(self.view)
        self.caption = kit.label(caption, "muted", name=f"caption-{name}")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.caption)
        self._fit()

    def _fit(self) -> None:
        """16 lines of text wide, as high as the figure's shape needs (6 to 12 lines)."""
        line = self.fontMetrics().height()
        box = figure_sequence(self.name).key_frame().bbox
        high = max(6.0, min(12.0, 16.0 * box.height / box.width + 0.6)) if box.width > 0 else 11.0
        self.view.setFixedSize(round(16 * line), round(high * line))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        super().changeEvent(event)


class TopicCard(QFrame):
    """One topic: its title, intro, figures, items and their sources."""

    def __init__(self, topic: Topic, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.topic = topic
        self.setProperty("role", "card")
        self.setObjectName(f"topic-{topic.id}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 14)
        lay.setSpacing(8)
        self.title = kit.label(topic.title, "h2", name=f"title-{topic.id}")
        lay.addWidget(self.title)
        intro_src = sources_text(topic.intro_sources)
        intro = escape(topic.intro) + (f"<br><small><i>{escape(intro_src)}</i></small>" if intro_src else "")
        self.intro = kit.label(intro, "muted", name=f"intro-{topic.id}", selectable=True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.intro)
        # the items, with the figures beside them while both fit, under them when the window is narrow
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(8)
        self.items: dict[str, QWidget] = {}
        for item in topic.items:
            text = kit.label("• " + item_html(item), name=f"item-{topic.id}-{item.id}", selectable=True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setAccessibleName(item.text)
            column.addWidget(text)
            self.items[item.id] = text
        column.addStretch(1)
        self.body.addLayout(column, 1)
        self.figures: list[FigureCard] = []
        if topic.figures:
            pics = QVBoxLayout()
            self.figures = [FigureCard(f.name, f.caption) for f in topic.figures]
            for f in self.figures:
                pics.addWidget(f)
            pics.addStretch(1)
            self.body.addLayout(pics)
        lay.addLayout(self.body)
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        lay.addLayout(self.actions)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.figures:
            room = self.width() - self.figures[0].sizeHint().width()
            side = room >= 36 * self.fontMetrics().averageCharWidth()
            want = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
            if self.body.direction() != want:
                self.body.setDirection(want)

    def add_action(self, text: str, name: str, slot, role: str | None = None) -> QPushButton:
        b = kit.button(text, name, role=role)
        b.clicked.connect(slot)
        self.actions.insertWidget(self.actions.count() - 1, b)
        return b


class GuideScreen(QWidget):
    """The Guide: a row of topic buttons, then every topic as a card (``show_topic`` scrolls to one)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("guideScreen")
        self.setAccessibleName(translate("guide", "Guide"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.scroll = vertical_scroll(body, translate("guide", "Guide, scrollable"))
        outer.addWidget(self.scroll)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(12)
        lay.addWidget(kit.label(translate("guide", "Guide: between sessions"), "h1", name="guideTitle"))
        lay.addWidget(kit.label(
            translate("guide", "What to do between your sessions, from the monograph your program comes from: how to sit, stand, sleep and go about the day, what eases symptoms and what to avoid. Under each piece of advice is the part of the source it comes from."), "muted", name="guideIntro"))
        jump = QWidget()
        jump.setAccessibleName(translate("guide", "Topics"))
        flow = FlowLayout(jump, spacing=8)
        self.jump_buttons: dict[str, QPushButton] = {}
        self.cards: dict[str, TopicCard] = {}
        topics = guide.topics()
        for t in topics:
            b = kit.button(t.title, f"jump-{t.id}", translate("guide", "Go to {t}").format(t=t.title))
            b.clicked.connect(lambda _=False, tid=t.id: self.show_topic(tid))
            flow.addWidget(b)
            self.jump_buttons[t.id] = b
        lay.addWidget(jump)
        for t in topics:
            card = TopicCard(t, ctx)
            self.cards[t.id] = card
            lay.addWidget(card)
        self.cards["sitting"].add_action(translate("guide", "Movement break reminders…"), "guideBreakSettings",
                                         lambda: self._show_screen("settings"))
        self.cards["relief"].add_action(translate("guide", "Note what helped in the Diary"), "guideDiary",
                                        lambda: self._show_screen("diary"))
        self.cards["flare"].add_action(translate("guide", "Open the flare plan"), "guideFlarePlan", ctx.open_flare, role="primary")
        self.helped = kit.label("", name="guideHelped", selectable=True)
        self.cards["relief"].layout().insertWidget(2, self.helped)
        lay.addStretch(1)
        self.current_topic = ""
        self.refresh()

    def refresh(self) -> None:
        found = guide.helped(self.ctx.app)
        if found:
            lines = ", ".join(f"{escape(label)} ({days} {'day' if days == 1 else 'days'})" for label, days in found)
            self.helped.setText(translate("guide", "<b>What your diary says helped you lately:</b> {lines}").format(lines=lines))
        self.helped.setVisible(bool(found))

    def show_topic(self, topic_id: str) -> None:
        """Scroll to a topic (the top of the Guide for an unknown or empty id)."""
        self.current_topic = topic_id if topic_id in self.cards else ""
        QTimer.singleShot(0, self._scroll_to_current)
        self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        card = self.cards.get(self.current_topic)
        bar = self.scroll.verticalScrollBar()
        if card is None:
            bar.setValue(0)
            return
        body = self.scroll.widget()
        body.layout().activate()
        bar.setValue(card.mapTo(body, card.rect().topLeft()).y() - 8)

    def _show_screen(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_screen"):
            window.show_screen(key)
