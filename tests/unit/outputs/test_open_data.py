"""The open data made from the registry: public fields only, the same records in JSON and CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import jsonschema

from benchmarks.generate_registry import generate
from macros.core.handbook import load as load_handbook
from macros.core.registry_files import load_registry
from macros.outputs.lookup_data import lookup_files, name_shard
from macros.outputs.open_data import (FIELDS, accounts_csv, accounts_document, accounts_schema, json_ld,
                                      public_record)
from tools.sitebuild import ROOT

HANDBOOK = load_handbook(ROOT)


def test_document_validates_and_csv_holds_the_same_records() -> None:
    document = accounts_document(HANDBOOK.registry, HANDBOOK.organisation)
    jsonschema.validate(document, accounts_schema(HANDBOOK.organisation))
    rows = list(csv.DictReader(io.StringIO(accounts_csv(HANDBOOK.registry))))
    assert rows == [{k: v or "" for k, v in record.items()} for record in document["accounts"]]


def test_records_hold_public_fields_only() -> None:
    record = public_record(HANDBOOK.registry.accounts[0])
    assert tuple(record) == FIELDS
    assert not {"team", "purpose", "purpose_cy", "language_reason", "source", "line"} & set(record)


def test_csv_cells_cannot_run_as_spreadsheet_formulas() -> None:
    account = HANDBOOK.registry.accounts[0]
    object.__setattr__(account, "display_name", "=HYPERLINK(\"http://x\")")
    try:
        first = next(csv.DictReader(io.StringIO(accounts_csv(HANDBOOK.registry))))
        assert first["display_name"] == "'=HYPERLINK(\"http://x\")"
    finally:
        object.__setattr__(account, "display_name", "Monmouthshire Cares")


def test_json_ld_names_every_active_account_or_each_service(tmp_path: Path) -> None:
    small = json_ld(HANDBOOK.registry, HANDBOOK.organisation, lambda slug: slug)
    assert small["sameAs"] == [a.url for a in HANDBOOK.registry.active()]
    generate(tmp_path, 300)
    registry = load_registry(tmp_path, None, date(2026, 1, 1))
    big = json_ld(registry, HANDBOOK.organisation, lambda slug: f"https://h/{slug}/", limit=100)
    assert "sameAs" not in big and len(big["subOrganization"]) == len(registry.services_in_use())


def test_lookup_files_are_compact_and_complete(tmp_path: Path) -> None:
    generate(tmp_path, 1_200)
    registry = load_registry(tmp_path, None, date(2026, 1, 1))
    files = lookup_files(registry)
    index = files["index.json"]
    assert len(index["keys"].split("\n")) == len(index["folds"].split("\n")) == len(registry.accounts)
    assert index["nameShards"] == 2 and {"names-0.json", "names-1.json", "records-4.json"} <= set(files)
    # Each name sits in the shard check.js will ask for.
    for number, text in enumerate(files[f"names-{n}.json"] for n in range(2)):
        assert all(name_shard(line.split("\t", 1)[1], 2) == number for line in text.split("\n"))
