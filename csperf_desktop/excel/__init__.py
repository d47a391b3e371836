"""Excel import and export (openpyxl): checked all-or-nothing imports with a
preview, templates, styled exports safe against formula injection.

The GUI calls ``read_import`` → shows the ``Preview`` → ``apply_import``; the
exporters write one workbook each; ``save_template`` writes a blank form.
"""

from .importers import (  # noqa: F401
    ImportCancelled, ImportInvalid, ImportResult, PlannedRow, Preview, Problem, apply_import, import_file,
    read_import, save_marked_copy,
)
from .safety import FileRefused, check_xlsx  # noqa: F401
from .templates import build_template, save_template  # noqa: F401
