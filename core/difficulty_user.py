"""The user's own difficulty model: the shipped one, adapted to their rated traces.

``switchyard router fit --from-traces`` writes it to the data dir (never into
the repository); the router prefers it when present. It has the shipped file's
format, so it loads, explains and times exactly like the shipped model.
"""

from __future__ import annotations

from pathlib import Path

from core.difficulty import DifficultyModel, default_model, load_model

# Under the data dir, next to the user's stores.
USER_MODEL_NAME = "router_difficulty_model.json"


def user_model_path(data_dir: Path) -> Path:
    """Where the user's adapted model lives in ``data_dir``."""
    return data_dir / USER_MODEL_NAME


def model_for(data_dir: Path) -> DifficultyModel:
    """The user's adapted model if one was fitted, else the shipped model.

    Raises:
        ConfigError: The user's file exists but is unreadable or of another format
            (refit it with ``switchyard router fit --from-traces`` or delete it).
    """
    path = user_model_path(data_dir)
    return load_model(path) if path.is_file() else default_model()
