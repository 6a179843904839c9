"""Small widgets and dialogs shared by the program library, the editor and the profiles screen.

Every question to the user goes through a module-level function here
(``ask_unsaved``, ``confirm``, ``tell``, ``ask_save_path``, ``ask_open_path``)
so that tests can answer it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.i18n import translate
from coach.core.program import Range


class DayEdit(QDateEdit):
    """A date box that Tab leaves in one press (day, month and year are changed with the arrow keys): Qt's
    own moves Tab from section to section, so a name typed after it lands in the date."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


def label(text: str = "", role: str | None = None, *, wrap: bool = True, name: str | None = None,
          selectable: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    if role:
        lab.setProperty("role", role)
    if name:
        lab.setObjectName(name)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def button(text: str, name: str, accessible: str | None = None, *, role: str | None = None,
           tip: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(accessible or text.replace("&", "").replace("…", "").strip())
    if role:
        b.setProperty("role", role)
    if tip:
        b.setToolTip(tip)
    b.setMinimumHeight(34)
    return b


def banner(role: str, name: str) -> tuple[QFrame, QLabel]:
    """A framed notice (role "alert" or "notice") with a label in it; hidden until it has text."""
    frame = QFrame()
    frame.setProperty("role", role)
    frame.setObjectName(name)
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(12, 8, 12, 8)
    text = label(name=f"{name}Text", selectable=True)
    lay.addWidget(text)
    frame.setVisible(False)
    return frame, text


def set_role(widget: QWidget, role: str | None) -> None:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def enable(b: QPushButton, on: bool, role: str | None = None) -> None:
    """Enable or disable a button; a disabled one drops its colour role so that it looks disabled."""
    b.setEnabled(on)
    want = role if on else None
    if b.property("role") != want:
        set_role(b, want)


def tidy_list(lst) -> None:
    """A list whose two-line items wrap instead of being cut off."""
    lst.setWordWrap(True)
    lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    lst.setSpacing(2)


# ------------------------------------------------------------------ dialogs
def ask_unsaved(parent: QWidget, what: str) -> str:
    """"save", "discard" or "cancel" for unsaved changes to ``what``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("widgets", "Unsaved changes"))
    box.setText(translate("widgets", "{what} has changes that are not saved.").format(what=what))
    box.setInformativeText(translate("widgets", "Save them before closing?"))
    save = box.addButton(translate("widgets", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("widgets", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("widgets", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    for b, n in ((save, translate("widgets", "Save the changes")), (discard, translate("widgets", "Discard the changes")), (cancel, translate("widgets", "Keep editing"))):
        b.setAccessibleName(n)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    reactivate(parent)
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def confirm(parent: QWidget, title: str, text: str, yes: str, *, detail: str = "", danger: bool = False) -> bool:
    """Ask a yes/no question; ``yes`` is the wording of the confirming button. Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    ok.setAccessibleName(yes.replace("&", ""))
    cancel = box.addButton(translate("widgets", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setAccessibleName(translate("widgets", "Cancel"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    reactivate(parent)
    return box.clickedButton() is ok


def tell(parent: QWidget, title: str, text: str, *, warning: bool = False) -> None:
    (QMessageBox.warning if warning else QMessageBox.information)(parent, title, text)
    reactivate(parent)


def reactivate(parent: QWidget | None) -> None:
    """Give the keyboard back to the window after a dialog (without a window manager nobody else does)."""
    win = parent.window() if parent is not None else None
    if win is not None and win.isVisible():
        win.activateWindow()


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _f = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    reactivate(parent)
    return path or None


def ask_open_path(parent: QWidget, title: str, filters: str, start: str = "") -> str | None:
    path, _f = QFileDialog.getOpenFileName(parent, title, start, filters)
    reactivate(parent)
    return path or None


# --------------------------------------------------------------- range edit
class RangeEdit(QWidget):
    """A dose value: one number or a range ``low`` to ``high``, optionally "not set".

    ``changed`` carries a :class:`Range` or None (not set). A range shows as
    two boxes ("low" and "high"); one number has both ends equal. A typed
    number counts once it is committed (Enter, leaving the box, or the arrow
    keys), not at every keystroke, so a half-typed "1" of "15" is never a
    value; a committed low end above the high end takes the high end with it
    (and a high end below the low end the low end), so the range is never
    inverted.
    """

    changed = Signal(object)

    def __init__(self, title: str, *, integer: bool, minimum: float, maximum: float, unit: str = "",
                 optional: bool = True, step: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.integer = integer
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.enabled_box: QCheckBox | None = None
        if optional:
            self.enabled_box = QCheckBox(translate("widgets", "Set"))
            self.enabled_box.setAccessibleName(translate("widgets", "{value}: set a value").format(value=title))
            self.enabled_box.toggled.connect(self._toggled)
            lay.addWidget(self.enabled_box)
        self.low = self._spin(minimum, maximum, step, translate("widgets", "{value}, low end (or the only value)").format(value=title))
        self.high = self._spin(minimum, maximum, step, translate("widgets", "{value}, high end (the same as the low end for one value)").format(value=title))
        lay.addWidget(self.low)
        self.to = label(translate("widgets", "to"), wrap=False)
        lay.addWidget(self.to)
        lay.addWidget(self.high)
        if unit:
            lay.addWidget(label(unit, "muted", wrap=False))
        lay.addStretch(1)
        self._loading = False
        self.low.valueChanged.connect(lambda _v: self._edited(self.low))
        self.high.valueChanged.connect(lambda _v: self._edited(self.high))

    def _spin(self, minimum: float, maximum: float, step: float, accessible: str):
        spin = QSpinBox() if self.integer else QDoubleSpinBox()
        if not self.integer:
            spin.setDecimals(1)
        spin.setRange(int(minimum) if self.integer else minimum, int(maximum) if self.integer else maximum)
        spin.setSingleStep(int(step) if self.integer else step)
        spin.setAccessibleName(accessible)
        spin.setKeyboardTracking(False)
        spin.setMinimumWidth(80)
        return spin

    def value(self) -> Range | None:
        if self.enabled_box is not None and not self.enabled_box.isChecked():
            return None
        return Range(float(self.low.value()), float(self.high.value()))

    def set_value(self, r: Range | None) -> None:
        """Show ``r`` without reporting a change."""
        self._loading = True
        try:
            on = r is not None
            if self.enabled_box is not None and self.enabled_box.isChecked() != on:
                self.enabled_box.setChecked(on)
            if r is not None:
                for spin, v in ((self.low, r.low), (self.high, r.high)):
                    v = int(v) if self.integer else float(v)
                    if spin.value() != v:
                        spin.setValue(v)
            self._sync_enabled()
        finally:
            self._loading = False

    def _sync_enabled(self) -> None:
        on = self.enabled_box is None or self.enabled_box.isChecked()
        for w in (self.low, self.high, self.to):
            w.setEnabled(on)

    def _toggled(self, on: bool) -> None:
        self._sync_enabled()
        if not self._loading:
            self.changed.emit(self.value())

    def _edited(self, end) -> None:
        if self._loading:
            return
        other = self.high if end is self.low else self.low
        if (end is self.low and self.low.value() > self.high.value()) or (
                end is self.high and self.high.value() < self.low.value()):
            self._loading = True
            try:
                other.setValue(end.value())  # one number: the other end follows
            finally:
                self._loading = False
        self.changed.emit(self.value())


def set_text_if_changed(widget, text: str) -> None:
    """Put ``text`` in a line or text edit only when it differs (the cursor stays where the user is)."""
    current = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()
    if current != text:
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(text)
        else:
            widget.setText(text)


def lines_of(text: str) -> list[str]:
    """One item per non-empty line (for cautions, goals, guidelines)."""
    return [line.strip() for line in text.splitlines() if line.strip()]
