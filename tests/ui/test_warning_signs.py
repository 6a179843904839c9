import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QWizard

from coach.core import safety as rules
from coach.store import profiles
from coach.store import safety as ss
from coach.ui.first_run import FirstRunDialog
from coach.ui.safety.warning_signs import (
    EmergencyDialog,
    SeeDoctorSoonDialog,
    WarningSignsDialog,
    WarningSignsForm,
    open_outcome,
)

TODAY = dt.date(2026, 11, 3)
ALL_NO = {q.id: False for q in rules.WARNING_QUESTIONS}


def test_form_answers_round_trip_and_every_control_is_named(qtbot):
    form = WarningSignsForm()
    qtbot.addWidget(form)
    assert form.answers() == {} and not form.is_complete()
    n = len(rules.WARNING_QUESTIONS)
    assert n == 13 and len(form.unanswered()) == n
    radios = form.findChildren(QRadioButton)
    assert len(radios) == 2 * n and all(r.accessibleName() for r in radios)
    assert form.yes["falls"].accessibleName() == "Yes: falls from the leg being weak or giving way"
    # fever is asked apart from weight loss
    assert "fever" in form.findChild(QLabel, "text-fever").text() and "weight" not in \
        form.findChild(QLabel, "text-fever").text()
    with qtbot.waitSignal(form.changed):
        form.set_answers({**ALL_NO, "falls": True})
    assert form.answers() == {**ALL_NO, "falls": True} and form.is_complete()
    assert form.outcome().level == "see_doctor_soon"
    form.set_answers({"bladder_bowel": True})
    assert form.answers() == {"bladder_bowel": True}
    assert form.no["falls"].isChecked() is False and form.yes["falls"].isChecked() is False


def test_form_works_from_the_keyboard(qtbot):
    form = WarningSignsForm()
    qtbot.addWidget(form)
    form.show()
    QApplication.processEvents()  # the offscreen platform activates the window here
    form.yes["bladder_bowel"].setFocus()
    qtbot.keyClick(form.yes["bladder_bowel"], Qt.Key.Key_Space)
    assert form.answers() == {"bladder_bowel": True}
    qtbot.keyClick(form.yes["bladder_bowel"], Qt.Key.Key_Right)  # arrow keys move between Yes and No
    assert form.answers() == {"bladder_bowel": False}


def wizard_to_warnings(qtbot, store):
    dlg = FirstRunDialog(store, TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    while dlg.currentPage() is not dlg.warnings:  # the pages before the warning signs, whatever they are
        dlg.next()
    assert dlg.currentPage() is dlg.warnings
    return dlg


def test_first_run_asks_the_warning_signs_before_finishing(qtbot, store):
    dlg = wizard_to_warnings(qtbot, store)
    finish = dlg.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    dlg.warnings.form.set_answers({k: False for k in list(ALL_NO)[:12]})  # twelve of thirteen
    assert not finish.isEnabled() and not dlg.warnings.panel.isVisible()
    dlg.warnings.form.set_answers(ALL_NO)
    assert finish.isEnabled()
    assert dlg.warnings.panel.title.text() == "✓ No warning signs"
    dlg.accept()
    p = profiles.active_profile(store)
    [rec] = ss.warning_history(store, p.id)
    assert (rec.source, rec.date, rec.outcome.level) == ("first_run", TODAY, "clear")
    assert ss.exercise_block(store, p.id) is None


def test_first_run_with_an_emergency_sign_creates_the_profile_and_blocks_exercises(qtbot, store):
    dlg = wizard_to_warnings(qtbot, store)
    dlg.warnings.form.set_answers({**ALL_NO, "saddle_numbness": True})
    panel = dlg.warnings.panel
    assert panel.isVisible() and panel.property("role") == "alert"
    assert panel.title.text() == "⚠ Seek emergency care now"
    assert "numbness in the saddle area" in panel.text.text()
    dlg.accept()
    p = profiles.active_profile(store)
    assert p is not None and dlg.outcome.level == "emergency"
    assert ss.exercise_block(store, p.id).startswith("Exercises are blocked")


def test_first_run_with_a_see_doctor_sign_pauses_exercises(qtbot, store):
    dlg = wizard_to_warnings(qtbot, store)
    dlg.warnings.form.set_answers({**ALL_NO, "both_legs": True})
    assert dlg.warnings.panel.title.text() == "⚠ See a doctor promptly"
    dlg.accept()
    p = profiles.active_profile(store)
    assert ss.exercise_block(store, p.id).startswith("Exercises are paused")


def test_emergency_dialog_unblocks_only_after_confirming_a_dated_visit(qtbot, store, profile, make_ctx):
    outcome = ss.record_warning_answers(store, profile.id, TODAY, {"bladder_bowel": True}, "tracker")
    done = []
    dlg = open_outcome(None, make_ctx(), outcome, on_done=lambda: done.append(True))
    qtbot.addWidget(dlg)
    assert isinstance(dlg, EmergencyDialog)
    assert not dlg.unblock.isEnabled() and not dlg.when.isEnabled()
    # the visit can be from the day it was reported to today
    assert (dlg.when.minimumDate(), dlg.when.maximumDate()) == (QDate(2026, 11, 3), QDate(2026, 11, 10))
    dlg.when.setDate(QDate(2026, 11, 4))
    dlg.accept()  # not confirmed: nothing happens
    assert dlg.isVisible() and ss.exercise_block(store, profile.id)
    dlg.assessed.setChecked(True)
    assert dlg.unblock.isEnabled() and dlg.when.isEnabled()
    dlg.unblock.click()
    assert done == [True]
    assert ss.exercise_block(store, profile.id) is None
    assert [v.seen_on for v in ss.visits(store, profile.id)] == [dt.date(2026, 11, 4)]
    assert ss.warning_history(store, profile.id)[0].assessed_confirmed_at


def test_answering_the_questions_again_cannot_clear_an_emergency(qtbot, store, profile, make_ctx):
    ctx = make_ctx()
    ss.record_warning_answers(store, profile.id, TODAY, {**ALL_NO, "bladder_bowel": True}, "today")
    dlg = WarningSignsDialog()
    qtbot.addWidget(dlg)
    dlg.form.set_answers(ALL_NO)
    from coach.app import safety as app_safety

    recorded = app_safety.record_answers(ctx.app, dlg.answers(), "today")
    assert recorded.value.level == "clear"  # these answers report nothing new
    assert ss.exercise_block(store, profile.id).startswith("Exercises are blocked")
    assert open_outcome(None, ctx, recorded.value) is None


def test_closing_the_emergency_dialog_keeps_exercises_blocked(qtbot, store, profile, make_ctx):
    outcome = ss.record_warning_answers(store, profile.id, TODAY, {"saddle_numbness": True}, "tracker")
    dlg = open_outcome(None, make_ctx(), outcome)
    qtbot.addWidget(dlg)
    dlg.close_button.click()
    assert ss.exercise_block(store, profile.id).startswith("Exercises are blocked")


def test_see_doctor_dialog_acknowledges(qtbot, store, profile, make_ctx):
    outcome = ss.record_warning_answers(store, profile.id, TODAY, {"severe_pain": True}, "tracker")
    dlg = open_outcome(None, make_ctx(), outcome)
    qtbot.addWidget(dlg)
    assert isinstance(dlg, SeeDoctorSoonDialog)
    dlg.later.click()
    assert ss.exercise_block(store, profile.id)
    dlg = open_outcome(None, make_ctx(), outcome)
    qtbot.addWidget(dlg)
    dlg.acknowledge.click()
    assert ss.exercise_block(store, profile.id) is None
    assert open_outcome(None, make_ctx(), rules.assess(ALL_NO)) is None  # clear: no dialog


def test_warning_signs_dialog_saves_only_when_complete(qtbot):
    dlg = WarningSignsDialog()
    qtbot.addWidget(dlg)
    assert not dlg.save.isEnabled() and "13 left" in dlg.hint.text()
    dlg.form.set_answers({**ALL_NO, "weakness": True})
    assert dlg.save.isEnabled() and dlg.answers()["weakness"] is True


def test_y_and_n_answer_and_move_to_the_next_question(qtbot):
    form = WarningSignsForm()
    qtbot.addWidget(form)
    form.show()
    QApplication.processEvents()
    form.yes["bladder_bowel"].setFocus()
    ids = [q.id for q in rules.WARNING_QUESTIONS]
    keys = [Qt.Key.Key_Y if q == "weakness" else Qt.Key.Key_N for q in ids]
    for key in keys:  # one key press a question, each to whichever control has the focus now
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert form.answers() == {**ALL_NO, "weakness": True} and form.is_complete()
    assert form.outcome().level == "see_doctor_soon"
    assert QApplication.focusWidget() is form.no[ids[-1]]  # stays on the last answer


def test_first_run_and_the_handout_carry_the_one_section_5_list():
    from html import escape

    from coach.export import handout
    from coach.ui import first_run

    texts = [c.text for c in rules.SECTION_5]
    assert handout.SEEK_CARE == (rules.SECTION_5_INTRO, tuple(texts))
    for t in texts:
        assert escape(t) in first_run.welcome()
    # with "emergency care" where the monograph says so (Section 5 line 112)
    assert "seek emergency care now" in texts[1] and "bladder or bowels" in texts[1]
