"""Where csperf keeps its files on this PC (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .. import APP_AUTHOR, APP_NAME


def data_dir() -> Path:
    """The user-data folder (created on demand). CSPERF_DATA_DIR overrides it."""
    override = os.environ.get("CSPERF_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "csperf.db"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The user's configuration folder (the anchor key lives here, apart from the data).
    CSPERF_CONFIG_DIR overrides it; with only CSPERF_DATA_DIR set, it is that folder's "config"."""
    override = os.environ.get("CSPERF_CONFIG_DIR")
    if override:
        path = Path(override)
    elif os.environ.get("CSPERF_DATA_DIR"):
        path = Path(os.environ["CSPERF_DATA_DIR"]) / "config"
    else:
        path = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
