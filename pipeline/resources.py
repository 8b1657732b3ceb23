"""Access to the data files in pipeline/data (layouts, aliases, lexicons, chrome patterns)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def load_yaml(name: str):
    """The parsed content of pipeline/data/`name` (cached; treat as read-only)."""
    with open(DATA / name, encoding="utf-8") as f:
        return yaml.safe_load(f)
