"""The language data shipped with the package: word lists, gazetteers and patterns under ``vi/``,
page assets under ``render/``. Modules read them through :func:`load`, then validate what they read."""
from __future__ import annotations

import json
from importlib import resources
from typing import Any

import yaml


def read_text(name: str, folder: str = "vi") -> str:
    """The text of ``data/<folder>/<name>``."""
    return resources.files(__name__).joinpath(folder, name).read_text(encoding="utf-8")


def load(name: str, folder: str = "vi") -> Any:
    """``data/<folder>/<name>`` parsed as JSON (``.json``) or YAML (anything else)."""
    text = read_text(name, folder)
    return json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
