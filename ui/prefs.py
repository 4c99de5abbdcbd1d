"""Per-user UI preferences (the language) kept in the data dir, so a reload keeps them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

FILE_NAME = "ui-prefs.json"


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def load_pref(data_dir: Path, user_id: str, name: str) -> Any:
    """One preference of one user, or ``None`` when never set."""
    path = _path(data_dir)
    if not path.exists():
        return None
    try:
        prefs = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # a damaged file only costs the preference, never the page
    return prefs.get(user_id, {}).get(name)


def save_pref(data_dir: Path, user_id: str, name: str, value: Any) -> None:
    """Store one preference of one user (written atomically, readable by this user only)."""
    path = _path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    prefs: dict[str, dict[str, Any]] = {}
    if path.exists():
        try:
            prefs = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            prefs = {}
    prefs.setdefault(user_id, {})[name] = value
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(prefs, handle, ensure_ascii=False)
    os.replace(tmp, path)
