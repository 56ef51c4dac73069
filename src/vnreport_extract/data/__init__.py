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


def word_list(data: dict, key: str, source: str) -> list[str]:
    """``data[key]`` checked to be a non-empty list of non-blank strings, inner white space folded;
    ``source`` (the file's name) goes into the error."""
    v = data.get(key)
    if not isinstance(v, list) or not v or not all(isinstance(w, str) and w.strip() for w in v):
        raise ValueError(f"{source}: {key!r} must be a non-empty list of strings")
    return [" ".join(w.split()) for w in v]
