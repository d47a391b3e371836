"""Excel import and export: checked all-or-nothing imports of .xlsx, .xls and .ods
(read with python-calamine) with a preview; templates and styled exports (openpyxl)
safe against formula injection.

For a window (run these in a worker thread; each takes an optional
``progress(done, total_or_None, text)`` callback that may return False to cancel):

- ``read_import(path, kind, month=None, progress=None) -> Preview`` — checks the
  file and every row, writes nothing. ``preview.problems`` (each with sheet, row,
  column, header, value, message; ``.text()`` for one line), ``preview.adds``,
  ``preview.changes`` (each ``PlannedRow`` with ``label`` and ``changes`` as
  (field, old, new)), ``preview.unchanged``, ``preview.notes``, ``preview.summary()``.
- ``save_marked_copy(preview, out_path)`` — the workbook with bad cells red and commented
  (always an .xlsx; from an .xls or .ods, a copy of its values).
- ``apply_import(actor, preview, update=False, progress=None) -> ImportResult`` —
  all rows in one transaction; ``update=True`` once the user confirmed the changes;
  ``result.proposals`` lists the B06/B09 (figures) or B02 (exams) bonuses to confirm.
- ``save_template(kind, path)``; ``export_month / export_events(**filters) /
  export_figures / export_staff / export_exams / export_all(path, ...)``.

Kinds: ``staff``, ``events``, ``figures``, ``exams``. Errors are ``CsperfError``
subclasses with Chinese messages (``FileRefused``, ``ImportInvalid``, ``ExportError``).
"""

from .importers import (  # noqa: F401
    ImportCancelled, ImportInvalid, ImportResult, PlannedRow, Preview, Problem, apply_import, import_file,
    read_import, save_marked_copy,
)
from .headers import KINDS  # noqa: F401 — import kinds: key -> Kind (zh label, columns)
from .safety import FileRefused, check_spreadsheet, check_xlsx  # noqa: F401
from .templates import build_template, save_template  # noqa: F401
from .exporters import (  # noqa: F401
    EXPORTS, export_all, export_appeals, export_events, export_exams, export_figures, export_month, export_staff,
)
