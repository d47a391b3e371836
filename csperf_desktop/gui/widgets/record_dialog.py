"""The add-or-edit dialog for one record (a person, a rule): a Designer form whose
fields are named ``<field>Edit`` with a ``<field>Error`` label beside each, saved
through the core's add or update service, which validates."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog

from .field_errors import FieldErrors
from ..shell.operations import run_op


class RecordDialog(QDialog):
    """Subclasses set ``self.ui`` from their form, call ``finish_form`` and give ``values()``."""

    ADD: Callable = None  # core service: add(actor, **values)
    UPDATE: Callable = None  # core service: update(actor, id, **values)
    WHAT = ""  # what changed, for AppContext.changed

    def __init__(self, ctx, record=None, parent=None):
        super().__init__(parent)
        self.ctx, self.record, self.saved = ctx, record, None

    def finish_form(self, fields, width: int) -> None:
        ui = self.ui
        self.errors = FieldErrors({name: (getattr(ui, f"{name}Edit"), getattr(ui, f"{name}Error"))
                                   for name in fields}, ui.formError)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.grid.setColumnStretch(1, 2)
        ui.grid.setColumnStretch(2, 3)
        ui.formError.setMinimumHeight(self.fontMetrics().height() * 2)
        self.resize(width, self.sizeHint().height())

    def values(self) -> dict:  # overridden
        return {}

    def save(self) -> None:
        self.errors.clear()
        service = type(self)
        if self.record is None:
            op = run_op(self.ctx, self, service.ADD, what=self.WHAT, on_error=self.errors.show, **self.values())
        else:
            op = run_op(self.ctx, self, service.UPDATE, self.record.id, what=self.WHAT, on_error=self.errors.show,
                        **self.values())
        if op.error is None:
            self.saved = op.result
            self.accept()
