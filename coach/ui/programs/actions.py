"""Preview a week in the session player without recording anything, and print a week's handout.

Used by the program library and the editor. The preview is the real player
(``coach.ui.player.page.PlayerPage`` with ``record=False``) under a banner that
says nothing is recorded; it is pushed over the current page and closes back
to it.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coach.app import programs
from coach.app.sessions import SessionPlan
from coach.core.plan import day_plan
from coach.core.program import Program
from coach.ui.context import AppContext
from coach.ui.widgets import kit as ew


class ChooseWeekDialog(QDialog):
    """Choose a week (and, for a preview, a session of its day)."""

    def __init__(self, program: Program, title: str, week_index: int = 0, *, sessions: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.week = QComboBox()
        self.week.setObjectName("chooseWeek")
        self.week.setAccessibleName("Week")
        for w in program.weeks:
            self.week.addItem(f"Week {w.number}: {w.title} ({len(w.exercises)} exercises)", w.number)
        self.week.setCurrentIndex(max(0, min(week_index, self.week.count() - 1)))
        lab = ew.label("&Week:", wrap=False)
        lab.setBuddy(self.week)
        form.addRow(lab, self.week)
        self.slot: QComboBox | None = None
        if sessions:
            self.slot = QComboBox()
            self.slot.setObjectName("chooseSession")
            self.slot.setAccessibleName("Session")
            slab = ew.label("&Session:", wrap=False)
            slab.setBuddy(self.slot)
            form.addRow(slab, self.slot)
            self.week.currentIndexChanged.connect(self._fill_slots)
            self._fill_slots()
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _fill_slots(self) -> None:
        assert self.slot is not None
        self.slot.clear()
        for s in day_plan(self.program, self.week.currentData(), "unsure"):
            self.slot.addItem(f"{s.name}: {len(s.exercises)} exercises", s.index)

    def choice(self) -> tuple[int, int]:
        return self.week.currentData(), (self.slot.currentData() if self.slot else 0) or 0


def ask_week(parent: QWidget, program: Program, title: str, week_index: int = 0,
             sessions: bool = True) -> tuple[int, int] | None:
    """(week number, slot index), or None when cancelled."""
    dlg = ChooseWeekDialog(program, title, week_index, sessions=sessions, parent=parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    ew.reactivate(parent)
    return dlg.choice() if ok else None


class PreviewPage(QWidget):
    """The session player for one slot of a week, recording nothing, under a "Preview" banner."""

    def __init__(self, ctx: AppContext, program: Program, plan: SessionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coach.ui.player.page import PlayerPage

        week_number, name = plan.week, plan.slot_name
        self.setObjectName("previewPage")
        self.setAccessibleName(f"Preview of week {week_number}, {name.lower()} session")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        frame, text = ew.banner("notice", "previewBanner")
        self.banner_text = text
        self._banner = (f"<b>Preview</b> of {escape(program.title)}: week {week_number}, {name.lower()} "
                        "session. Nothing is recorded. Stop or finish to go back.",
                        "<b>Preview:</b> nothing is recorded. Stop or finish to go back.")
        text.setText(self._banner[0])
        lay.addWidget(frame)
        frame.setVisible(True)  # in its layout first: shown with no parent it would open as a window of its own
        self.player = PlayerPage(ctx, replace(plan, slot_name=f"Preview · {name}"), record=False, image_dir=program.path.parent if program.path else None)
        lay.addWidget(self.player, 1)
        self.setFocusProxy(self.player)
        self.player.ended.connect(self._ended)
        # the Stop question's hint speaks of saving; a preview saves nothing
        for lab in self.player.stop_panel.findChildren(QLabel):
            if "saved" in lab.text():
                lab.setText(lab.text().replace("Your answer is saved with where you were.",
                                               "In a preview, answers are not recorded."))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # a low window (large text) keeps the banner to one line: the player's title names the week and session
        self.banner_text.setText(self._banner[1] if getattr(self.player, "low", False) else self._banner[0])

    def _ended(self, _status: str) -> None:
        # the end page speaks of saving and of Today; say what a preview does instead
        end = self.player.end
        if end.where.text().startswith("Saved: "):
            end.where.setText("Not recorded (preview): " + end.where.text()[len("Saved: "):])
        for lab in end.findChildren(QLabel):
            if "is saved" in lab.text():
                lab.setText(lab.text().replace("Everything you did so far is saved.", "A preview records nothing."))
        end.done.setText("Back  (Space)")
        end.done.setAccessibleName("Back to where the preview was opened (Space)")


def open_preview(window, ctx: AppContext, program: Program, week_number: int,
                 slot_index: int) -> PreviewPage | None:
    """Push a preview of one session of a week; None (and a note) when that session holds nothing."""
    plan = programs.preview_plan(ctx.app, program, week_number, slot_index)
    if plan is None:
        ew.tell(window, "Nothing to preview", f"Week {week_number} has no exercises in that session.")
        return None
    page = PreviewPage(ctx, program, plan)
    page.player.closed.connect(lambda: window.pop_page(page))
    window.push_page(page)
    page.player.render()
    page.player.setFocus()
    return page


def make_handout(parent: QWidget, program: Program, week_number: int, patient: str = "") -> Path | None:
    """Ask where to save the handout of a week and write it; returns the file (None if cancelled or failed)."""
    from coach.export.handout import HandoutError, write_handout

    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in program.id) or "program"
    path = ew.ask_save_path(parent, f"Save the handout of week {week_number}",
                            str(Path.home() / f"{safe}-week-{week_number}.pdf"), "PDF files (*.pdf)")
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_handout(program, week_number, path, patient=patient)
    except (HandoutError, OSError) as exc:
        ew.tell(parent, "The handout was not saved", str(exc), warning=True)
        return None
    return Path(path)
