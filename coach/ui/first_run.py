"""First run: a short welcome, then the program, start date and affected side."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coach import APP_NAME
from coach.app import profiles, programs
from coach.app import settings as app_settings
from coach.core import safety
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.profile import SIDE_LABELS
from coach.core.program import Program
from coach.core.settings import CUE_MODES
from coach.store.db import Store, StoreError
from coach.store.program_folder import ProgramFileError
from coach.ui.guide.first_run import BreaksPage
from coach.ui.safety.warning_signs import WarningSignsPage, fit_to_screen
from coach.ui.widgets import keys
from coach.ui.widgets import kit as ew
from coach.ui.widgets.kit import DayEdit
from coach.ui.widgets.layout import FlowLayout, vertical_scroll

WELCOME = QT_TRANSLATE_NOOP("first_run", "<p>{app} walks you through a gentle home exercise program for nerve-related back and leg pain, times every hold and repetition, and keeps a daily diary of your symptoms.</p><p><b>It coaches; it does not diagnose.</b> Check with your doctor or physiotherapist that this program suits you. Stop any exercise that causes sharp pain, weakness or pain spreading further down the leg.</p>")


def welcome() -> str:
    """The first page's text (with the Section 5 warning signs), in the language in use."""
    return (translate("first_run", WELCOME).format(app=APP_NAME)
            + f"<p>{escape(safety.section_5_intro())}</p><ul>"
            + "".join(f"<li>{escape(c.text)}</li>" for c in safety.section_5())
            + "</ul>")


class _Row(FlowLayout):
    """A flow whose preferred size is one line: the form gives it one line unless it is narrower."""

    def __init__(self, parent: QWidget, spacing: int):
        super().__init__(parent, spacing=spacing)
        self.gap = spacing

    def sizeHint(self) -> QSize:
        items = [self.itemAt(i) for i in range(self.count())]
        hints = [i.sizeHint() for i in items if not (i.widget() and i.widget().isHidden())]
        if not hints:
            return QSize()
        return QSize(sum(h.width() for h in hints) + self.gap * (len(hints) - 1), max(h.height() for h in hints))


class WelcomePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(translate("first_run", "Welcome to {APP_NAME}").format(APP_NAME=APP_NAME))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        text = QLabel(welcome())
        text.setWordWrap(True)
        text.setAccessibleName(translate("first_run", "About this app"))
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(text)
        bl.addStretch(1)
        # with the list of when to see a doctor it can be taller than a small window at large text: it scrolls,
        # by keyboard too (Tab to it, then the arrow keys)
        scroll = vertical_scroll(body, translate("first_run", "About this app, scrollable"))
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lay.addWidget(scroll)


def who_it_is_for(program: Program | None) -> str:
    """What first run says about a program: whom it was written for (the file's ``intended_for``), in HTML."""
    if program is None:
        return ""
    about = f"<p>{escape(program.description)}</p>" if program.description else ""
    if program.intended_for:
        return translate("first_run", "{about}<p><b>Who it is for.</b> {intended_for}</p>").format(about=about, intended_for=escape(program.intended_for))
    return (translate("first_run", "{about}<p><b>Who it is for:</b> this program does not say. Ask the doctor or physiotherapist who gave it to you whether it fits your symptoms.</p>").format(about=about))


class ProgramPage(QWizardPage):
    """Which program: each one says whom it was written for; a physiotherapist's own file can be used."""

    def __init__(self, store: Store | None = None):
        super().__init__()
        self.store = store
        self.setTitle(translate("first_run", "Your program"))
        self.setSubTitle(translate("first_run", "Read whom it was written for. A doctor or physiotherapist should confirm it fits you."))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        page = QVBoxLayout(body)
        # the page scrolls when large text needs more than the window's height
        outer.addWidget(vertical_scroll(body, translate("first_run", "Your program, scrollable")))
        form = QFormLayout()
        page.addLayout(form)
        self.program = QComboBox()
        self.program.setObjectName("firstRunProgram")
        self.program.setAccessibleName(translate("first_run", "Program"))
        self.programs: list[Program] = []
        entries = programs.first_run_programs(store) if store is not None else []
        for e in entries:
            self._add_program(e.program, e.path)
        # room for the whole title when there is room (see full_width), shortened with "…" in a small window
        self.full_width = self.program.sizeHint().width()
        self.program.setMinimumContentsLength(16)
        self.program.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.program.setToolTip(self.program.currentText())
        self.program.currentTextChanged.connect(self.program.setToolTip)
        lab = QLabel(translate("first_run", "&Program:"))
        lab.setBuddy(self.program)
        form.addRow(lab, self.program)
        self.open_file = QPushButton(translate("first_run", "Use a program &file from your physiotherapist…"))
        self.open_file.setObjectName("firstRunOpenProgram")
        self.open_file.setAccessibleName(translate("first_run", "Use a program file from your physiotherapist"))
        self.open_file.setToolTip(translate("first_run", "A program file (.toml) your physiotherapist gave you"))
        self.open_file.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.open_file)
        file_row.addStretch(1)
        form.addRow(file_row)
        self.file_problem = QLabel()
        self.file_problem.setObjectName("firstRunFileProblem")
        self.file_problem.setWordWrap(True)
        self.file_problem.setProperty("role", "muted")
        self.file_problem.setVisible(False)
        form.addRow(self.file_problem)
        # whom the chosen program was written for, in plain words, and that a clinician should confirm it
        self.about = QLabel()
        self.about.setObjectName("firstRunWhoFor")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAccessibleName(translate("first_run", "Who the program is for"))
        page.addWidget(self.about)
        page.addStretch(1)
        self.program.currentIndexChanged.connect(self._show_about)
        self._show_about()

    def _add_program(self, program: Program, path) -> int:
        self.programs.append(program)
        self.program.addItem(translate("first_run", "{program} ({week_count} weeks)").format(program=program.title, week_count=program.week_count), (program.id, str(path)))
        return self.program.count() - 1

    def _show_about(self) -> None:
        i = self.program.currentIndex()
        self.about.setText(who_it_is_for(self.programs[i] if 0 <= i < len(self.programs) else None))
        self.about.setAccessibleDescription(self.about.text())

    def choose_file(self) -> None:
        path = ew.ask_open_path(self, translate("first_run", "A program file from your physiotherapist"), translate("first_run", "Program files (*.toml)"))
        if path:
            self.use_file(path)

    def use_file(self, path: str) -> bool:
        """Copy a program file into the data folder and select it; say what is wrong with one that cannot be used."""
        if self.store is None:
            return False
        try:
            entry = programs.import_for_first_run(self.store, path)
        except (ProgramFileError, StoreError) as exc:
            problems = getattr(exc, "problems", [])
            lines = "<br>".join(escape(str(p)) for p in problems[:6])
            self.file_problem.setText(f"⚠ {escape(str(exc))}" + (f"<br>{lines}" if lines else ""))
            self.file_problem.setVisible(True)
            return False
        self.file_problem.setVisible(False)
        self.program.setCurrentIndex(self._add_program(entry.program, entry.path))
        return True


class ProfilePage(QWizardPage):
    def __init__(self, today: dt.date):
        super().__init__()
        self.setTitle(translate("first_run", "Your start date and side"))
        self.setSubTitle(translate("first_run", "You can change these later."))
        page = QVBoxLayout(self)
        form = QFormLayout()
        page.addLayout(form)
        page.addStretch(1)
        self.start = DayEdit(QDate(today.year, today.month, today.day))  # Tab leaves it in one press
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(translate("Dates", "d MMMM yyyy"))
        self.start.setAccessibleName(translate("first_run", "Start date"))
        self.start.setAccessibleDescription(translate("first_run", "The day of week 1, day 1 of the program"))
        form.addRow(translate("first_run", "&Start date:"), self.start)
        # the question on its own line and the four answers side by side: they wrap at large text
        question = QLabel(translate("first_run", "Which leg has the symptoms?"))
        question.setWordWrap(True)
        form.addRow(question)
        side_box = QWidget()
        side_box.setAccessibleName(translate("first_run", "Which leg has the symptoms?"))
        side_lay = _Row(side_box, spacing=2 * self.fontMetrics().averageCharWidth())
        self.sides = QButtonGroup(self)
        for i, (key, label) in enumerate(SIDE_LABELS.items()):
            rb = QRadioButton(label)
            rb.setProperty("side", key)
            rb.setAccessibleName(translate("first_run", "Affected side: {label}").format(label=label))
            self.sides.addButton(rb, i)
            side_lay.addWidget(rb)
            if key == "unsure":
                rb.setChecked(True)
        form.addRow(side_box)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("first_run", "Optional"))
        self.name.setAccessibleName(translate("first_run", "Your name (optional)"))
        form.addRow(translate("first_run", "Your &name:"), self.name)
        hint = QLabel(translate("first_run", "One-sided exercises start on the side with the symptoms."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        form.addRow(hint)

    def side(self) -> str:
        b = self.sides.checkedButton()
        return b.property("side") if b else "unsure"

    def start_date(self) -> dt.date:
        q = self.start.date()
        return dt.date(q.year(), q.month(), q.day())


class CuesPage(QWizardPage):
    """How the player gives its cues during a session: a voice, beeps, or silence (the timer flashes)."""

    def __init__(self):
        super().__init__()
        self.setTitle(translate("first_run", "During a session"))
        self.setSubTitle(translate("first_run", "You can change this later in Settings."))
        lay = QVBoxLayout(self)
        text = QLabel(translate("first_run", "While you exercise on a mat you may not see the screen. With the voice, the app tells you which exercise and side come next, counts the reps and the last seconds of each hold, and asks how it felt. Beeps only mark the moments; silent, the timer flashes."))
        text.setWordWrap(True)
        lay.addWidget(text)
        self.modes = QButtonGroup(self)
        for i, (key, label) in enumerate(CUE_MODES.items()):
            rb = QRadioButton(label)
            rb.setProperty("mode", key)
            rb.setObjectName(f"cues-{key}")
            rb.setAccessibleName(translate("first_run", "Cues during a session: {mode}").format(mode=label))
            self.modes.addButton(rb, i)
            lay.addWidget(rb)
            rb.setChecked(key == "voice")
        lay.addStretch(1)

    def mode(self) -> str:
        b = self.modes.checkedButton()
        return b.property("mode") if b else "voice"


class FirstRunDialog(QWizard):
    """Creates the first profile. ``profile`` is set when it was saved."""

    def __init__(self, store: Store, today: dt.date, parent=None):
        super().__init__(parent)
        keys.install()  # Enter presses the focused button, as everywhere in the app
        self.store = store
        self.profile = None
        self.setWindowTitle(translate("first_run", "{APP_NAME}: getting started").format(APP_NAME=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.today = today
        self.welcome = WelcomePage()
        self.choice = ProgramPage(store)
        self.details = ProfilePage(today)
        self.warnings = WarningSignsPage()
        self.breaks = BreaksPage()  # movement breaks at the desk, offered (off by default)
        self.cues = CuesPage()  # voice, beeps or silent during a session
        self.addPage(self.welcome)
        self.addPage(self.choice)
        self.addPage(self.details)
        self.addPage(self.cues)
        self.addPage(self.breaks)
        self.addPage(self.warnings)
        self.outcome = None  # the warning-sign outcome, once saved
        self.extra_pages: list[QWizardPage] = []
        # about 80 characters by 29 lines of the text size in use, wide enough for the program's whole title,
        # within the screen
        fm = self.fontMetrics()
        grow = max(0, self.choice.full_width - self.choice.program.sizeHint().width())
        hint = self.sizeHint()
        fit_to_screen(self, QSize(max(hint.width() + grow, 80 * fm.averageCharWidth()),
                                  max(hint.height(), 29 * fm.height())))

    def accept(self) -> None:
        data = self.choice.program.currentData()
        if data is None:
            return
        program_id, path = data
        try:
            created = profiles.first_profile(
                self.store, name=self.details.name.text().strip(), affected_side=self.details.side(),
                start_date=self.details.start_date(), program_id=program_id, program_path=path,
                answers=self.warnings.form.answers(), today=self.today).value
            self.breaks.save(self.store)
            app_settings.choose_cues(self.store, self.cues.mode())
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self, APP_NAME, str(exc))
            return
        self.profile, self.outcome = created.profile, created.outcome
        super().accept()
