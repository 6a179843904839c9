"""What the editor's forms share: their fields (a line, a text box, a choice, a number) and a form that puts
its fields beside their labels while they fit and under them when they do not.

Every field reports an edit to the draft through :meth:`DraftForm.guard`, which
ignores the changes a form makes itself while it loads the draft's values.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.program_draft import ProgramDraft
from coach.ui.widgets.kit import label

KIND_TEXT = {
    "hold": QT_TRANSLATE_NOOP("programs", "Hold: hold for some seconds, a number of times"),
    "reps": QT_TRANSLATE_NOOP("programs", "Reps: repetitions in sets, tapped or paced"),
    "duration": QT_TRANSLATE_NOOP("programs", "Duration: a timer in minutes (walking)"),
    "practice": QT_TRANSLATE_NOOP("programs", "Practice: open-ended, marked done"),
}
SIDES_TEXT = {
    "none": QT_TRANSLATE_NOOP("programs", "Both legs together (no sides)"),
    "each": QT_TRANSLATE_NOOP("programs", "Each side: one side, then the other"),
    "one": QT_TRANSLATE_NOOP("programs", "The affected side only"),
}
PACING_TEXT = {"tap": QT_TRANSLATE_NOOP("programs", "Self-paced: a tap counts each rep"), "tempo": QT_TRANSLATE_NOOP("programs", "Paced by a tempo")}


def line_field(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    e = QLineEdit()
    e.setObjectName(name)
    e.setAccessibleName(accessible)
    if placeholder:
        e.setPlaceholderText(placeholder)
    return e


def text_field(name: str, accessible: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    """A plain-text box ``lines`` lines of the current text size high (Tab leaves it)."""
    e = QPlainTextEdit()
    e.setObjectName(name)
    e.setAccessibleName(accessible)
    e.setPlaceholderText(placeholder)
    e.setTabChangesFocus(True)
    e.ensurePolished()
    margin = 2 * (e.frameWidth() + round(e.document().documentMargin())) + 6  # and room for the focus ring
    e.setFixedHeight(lines * e.fontMetrics().lineSpacing() + margin)
    return e


def choice_field(name: str, accessible: str, items: dict[str, str]) -> QComboBox:
    c = QComboBox()
    c.setObjectName(name)
    c.setAccessibleName(accessible)
    c.setMinimumContentsLength(12)
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # as wide as the form allows
    for key, text in items.items():
        c.addItem(translate("programs", text), key)
    return c


def select_choice(combo: QComboBox, key) -> None:
    i = combo.findData(key)
    if i >= 0 and combo.currentIndex() != i:
        combo.setCurrentIndex(i)


def number_field(name: str, accessible: str, maximum: float = 600.0, step: float = 1.0) -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setObjectName(name)
    s.setAccessibleName(accessible)
    s.setDecimals(1)
    s.setRange(0.0, maximum)
    s.setSingleStep(step)
    return s


def new_form() -> QFormLayout:
    """A form whose text fields grow with the window; ``DraftForm`` puts its labels above the fields when narrow."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


def add_row(form: QFormLayout, text: str, widget: QWidget) -> None:
    lab = label(text, wrap=False)
    lab.setBuddy(widget)
    form.addRow(lab, widget)


FIELD_CHARS = 28  # a form puts its fields beside their labels only when they get at least this many characters


class DraftForm(QWidget):
    def __init__(self, draft: ProgramDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self._loading = False

    def _side_by_side_width(self) -> int:
        """The width from which every form here has room for its labels beside its fields."""
        fm = self.fontMetrics()
        need = 0
        for form in self.findChildren(QFormLayout):
            labels = fields = 0
            for row in range(form.rowCount()):
                lab = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if lab is not None and not lab.isEmpty():
                    labels = max(labels, lab.sizeHint().width())
                if field is not None and not field.isEmpty():
                    fields = max(fields, field.minimumSize().width())
            # the form's own distance from this widget's edges (group boxes, margins)
            inset = 0
            parent = form.parentWidget()
            while parent is not None and parent is not self:
                pm = parent.contentsMargins()
                inset += pm.left() + pm.right() + 2 * fm.averageCharWidth()
                parent = parent.parentWidget()
            m = form.contentsMargins()
            spacing = max(0, form.horizontalSpacing())
            need = max(need, inset + m.left() + m.right() + labels + spacing
                       + max(fields, FIELD_CHARS * fm.averageCharWidth()))
        own = self.layout().contentsMargins() if self.layout() else QMargins()
        return need + own.left() + own.right()

    def _fit_rows(self) -> None:
        """Labels beside their fields when there is room, above them when the window is narrow."""
        width = self.width()
        if self.parentWidget() is not None:  # the scroll area's viewport: the room there really is
            width = min(width, self.parentWidget().width())
        policy = (QFormLayout.RowWrapPolicy.DontWrapRows if width >= self._side_by_side_width()
                  else QFormLayout.RowWrapPolicy.WrapAllRows)
        for form in self.findChildren(QFormLayout):
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def guard(self, fn):
        """Wrap a handler so that it does nothing while the form is being loaded."""
        def run(*args):
            if not self._loading:
                fn(*args)
        return run
