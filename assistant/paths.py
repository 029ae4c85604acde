"""Where the patient's own data lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def default_home() -> Path:
    """AFTERCARE_HOME, else the platform's user data directory."""
    return Path(os.environ.get("AFTERCARE_HOME") or platformdirs.user_data_dir("aftercare"))
