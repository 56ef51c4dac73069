"""The JSON schema of :class:`~vnreport_extract.records.Article`, as committed in ``docs/``."""
from __future__ import annotations

import json

from .records import Article

SCHEMA_PATH = "docs/article.schema.json"


def schema_json() -> str:
    """The Article schema (serialisation mode), as stable, pretty-printed JSON."""
    schema = Article.model_json_schema(mode="serialization")
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
