"""MkDocs hook for the vnreport_extract site (``hooks:`` in mkdocs.yml).

At build time it
- generates ``reference/records.md`` from ``docs/article.schema.json`` (the file written by
  ``vnreport-extract schema -o docs/article.schema.json``), so the record reference never drifts;
- replaces ``<!-- cli-help: COMMAND -->`` in pages with the ``--help`` text of that command;
- stands in a short stub for any page named in the nav that is not written yet (and says so in the
  build log), so that ``mkdocs build --strict`` fails only on real broken links.

Nothing here writes into ``docs/``.
"""
from __future__ import annotations

import io
import json
import logging
import os
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.hooks.vnreport_docs")

RECORDS_PAGE = "reference/records.md"
KIND_GROUPS = (
    ("Numeric kinds", ("quantity", "money", "percent", "ratio", "multiplier", "ordinal")),
    ("Temporal kinds", ("date", "period", "duration")),
    ("Named kinds", ("body", "location", "person", "document", "event")),
    ("Composite kinds", ("indicator", "target")),
)
# Pages other people write; a stub stands in while one is missing.
STUBS = {
    "performance.md": ("Performance", "Throughput figures (`python benchmarks/throughput.py`)."),
    "quality.md": ("Quality", "Scores on the dev set (`python ../shared/eval/score.py ../shared/eval/dev`)."),
    "batch.md": ("Batch processing", "Many articles at once: `vnreport-extract batch`, databases, Dask."),
    "pipeline.md": ("The pipeline", "How text flows through decoding, normalisation and the spaCy components."),
    "records.md": ("Record contract", "The output contract of `extract()`."),
}


# ---- the record reference ---------------------------------------------------------------------

def _anchor(name: str) -> str:
    return name.lower()


def _type(prop: dict[str, Any], defs: dict[str, Any]) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{_anchor(name)})"
    if "const" in prop:
        return f'`"{prop["const"]}"`'
    if "enum" in prop:
        return " \\| ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in prop["enum"])
    for key in ("anyOf", "oneOf"):
        if key in prop:
            return " or ".join(_type(p, defs) for p in prop[key])
    t = prop.get("type")
    if t == "array":
        return f"list of {_type(prop.get('items', {}), defs)}"
    if t == "integer":
        bounds = [f"{'≥' if k == 'minimum' else '≤'} {prop[k]}" for k in ("minimum", "maximum") if k in prop]
        return "int" + (f" ({', '.join(bounds)})" if bounds else "")
    if t == "string" and prop.get("format") == "date":
        return "date (YYYY-MM-DD)"
    return {"string": "str", "number": "float", "boolean": "bool", "null": "null", "object": "object"}.get(t, str(t))


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def _fields_table(model: dict[str, Any], defs: dict[str, Any]) -> list[str]:
    required = set(model.get("required", []))
    rows = ["| field | type | required | default | description |", "| --- | --- | --- | --- | --- |"]
    for name, prop in model.get("properties", {}).items():
        default = "" if "default" not in prop else f"`{json.dumps(prop['default'], ensure_ascii=False)}`"
        rows.append(f"| `{name}` | {_type(prop, defs)} "
                    f"| {'yes' if name in required else ''} | {default} | {_cell(prop.get('description', ''))} |")
    return rows


def records_markdown(schema: dict[str, Any], source: str) -> str:
    """The record reference page, from the Article JSON schema."""
    defs = schema.get("$defs", {})
    mapping = schema["properties"]["records"]["items"]["discriminator"]["mapping"]
    by_kind = {kind: ref.rsplit("/", 1)[-1] for kind, ref in mapping.items()}
    out = [
        "# Record reference",
        "",
        f"!!! note \"Generated\"\n    This page is generated at build time from `{source}` "
        "(`vnreport-extract schema -o docs/article.schema.json`) by `docs/hooks/vnreport_docs.py`. "
        "Do not edit it; change the models in `src/vnreport_extract/records.py` and regenerate the schema.",
        "",
        "The conventions behind the fields (what counts as a quantity, how ranges and bounds are written, "
        "what the scorer matches) are in the [record contract](../records.md). "
        "Every record also carries `kind`, `text` (exactly `article.text[start:end]`), `start`, `end` and "
        "`sentence`. Download the [JSON schema](../article.schema.json).",
        "",
        "## Article",
        "",
        _cell(schema.get("description", "")) or "What `extract()` returns.",
        "",
        *_fields_table(schema, defs),
        "",
    ]
    done = set()
    listed = [k for _, kinds in KIND_GROUPS for k in kinds]
    groups = list(KIND_GROUPS)
    extra = tuple(k for k in sorted(by_kind) if k not in listed)
    if extra:
        groups.append(("Other kinds", extra))
    out += ["## Record kinds", "", "| kind | model | group |", "| --- | --- | --- |"]
    for title, kinds in groups:
        for k in kinds:
            if k in by_kind:
                out.append(f"| `{k}` | [{by_kind[k]}](#{_anchor(by_kind[k])}) | {title.lower()} |")
    out.append("")
    for title, kinds in groups:
        present = [k for k in kinds if k in by_kind]
        if not present:
            continue
        out += [f"## {title}", ""]
        for k in present:
            name = by_kind[k]
            out += [f"### {name}", "", f"`kind = \"{k}\"`", "", *_fields_table(defs[name], defs), ""]
            done.add(name)
    rest = [n for n in defs if n not in done]
    if rest:
        out += ["## Parts of records and of the article", ""]
        for name in rest:
            desc = defs[name].get("description", "")
            out += [f"### {name}", "", *([_cell(desc), ""] if desc else []), *_fields_table(defs[name], defs), ""]
    return "\n".join(out) + "\n"


def _schema(config) -> tuple[dict[str, Any], str]:
    path = Path(config["docs_dir"]) / "article.schema.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8")), "docs/article.schema.json"
    from vnreport_extract.schema import schema_json  # the file is missing: build from the models

    log.warning("docs/article.schema.json is missing; the record reference is built from the models")
    return json.loads(schema_json()), "the models (docs/article.schema.json is missing)"


# ---- CLI help ---------------------------------------------------------------------------------

def cli_help(command: str) -> str:
    """``vnreport-extract COMMAND --help`` as text, or a note when the command is not there yet."""
    os.environ.setdefault("COLUMNS", "100")
    buf = io.StringIO()
    try:
        with redirect_stdout(buf):
            if command == "show":
                from vnreport_extract.review import show_main

                show_main(["--help"])
            else:
                from vnreport_extract.cli import main

                try:
                    main([command, "--help"] if command != "main" else ["--help"])
                except SystemExit:
                    pass
    except Exception as exc:  # noqa: BLE001 - a missing command must not break the build
        return f"(help text unavailable at build time: {type(exc).__name__}: {exc})"
    text = buf.getvalue().strip()
    return text or f"(`{command}` is not wired into the console script in this build)"


_CLI = re.compile(r"<!--\s*cli-help:\s*([\w-]+)\s*-->")


# ---- hooks ------------------------------------------------------------------------------------

def on_config(config, **kwargs):
    src = str(Path(config["config_file_path"]).resolve().parent / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    return config


def _nav_pages(nav: Any) -> list[str]:
    pages: list[str] = []
    if isinstance(nav, str):
        pages.append(nav)
    elif isinstance(nav, list):
        for item in nav:
            pages += _nav_pages(item)
    elif isinstance(nav, dict):
        for v in nav.values():
            pages += _nav_pages(v)
    return [p for p in pages if p.endswith(".md")]


def on_files(files, config, **kwargs):
    schema, source = _schema(config)
    files.append(File.generated(config, RECORDS_PAGE, content=records_markdown(schema, source)))
    for page in _nav_pages(config.get("nav") or []):
        if files.get_file_from_path(page) is None and page in STUBS:
            title, what = STUBS[page]
            log.info("docs/%s is missing: a stub stands in for it in this build", page)
            content = (f"# {title}\n\n!!! warning \"Not written yet\"\n    `docs/{page}` does not exist yet; "
                       f"this stub was generated at build time by `docs/hooks/vnreport_docs.py`.\n\n{what}\n")
            files.append(File.generated(config, page, content=content))
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    def repl(m: re.Match) -> str:
        return "```text\n" + cli_help(m.group(1)) + "\n```"

    return _CLI.sub(repl, markdown)
