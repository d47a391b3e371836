"""csperf — performance appraisal for a small customer-service office (客服绩效考核).

The package outside ``gui/`` is the core: it imports no Qt and is usable
headless (CLI, tests, benchmark). ``gui/`` is the only place PySide6 appears.
"""

__version__ = "0.1.0"
APP_NAME = "csperf"
APP_AUTHOR = "csperf"


def _import_peewee_without_postgres_driver() -> None:
    """peewee looks for every database driver when it is first imported, and psycopg2
    (which loads ssl as well) costs about a twentieth of the program's start-up. Most
    offices use a SQLite file, so peewee is imported here with psycopg2 kept out;
    ``db.load_postgres_driver()`` hands the driver to peewee when a PostgreSQL address is
    opened. When psycopg2 is already loaded, peewee simply finds it."""
    import sys

    if "peewee" in sys.modules or "psycopg2" in sys.modules:
        return
    sys.modules["psycopg2"] = None  # `import psycopg2` now raises ImportError
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg2"]


_import_peewee_without_postgres_driver()
