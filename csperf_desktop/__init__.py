"""csperf — performance appraisal for a small customer-service office (客服绩效考核).

The package outside ``gui/`` is the core: it imports no Qt and is usable
headless (CLI, tests, benchmark). ``gui/`` is the only place PySide6 appears.
"""

__version__ = "0.1.0"
APP_NAME = "csperf"
APP_AUTHOR = "csperf"
