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
from macros.outputs.open_data import (CSV_FIELDS, FIELDS, accounts_csv, accounts_document, accounts_schema,
                                      json_ld, public_record)
from tools.sitebuild import ROOT

HANDBOOK = load_handbook(ROOT)


def test_document_validates_and_csv_holds_the_same_records() -> None:
    document = accounts_document(HANDBOOK.registry, HANDBOOK.organisation)
    jsonschema.validate(document, accounts_schema(HANDBOOK.organisation))
    rows = list(csv.DictReader(io.StringIO(accounts_csv(HANDBOOK.registry, HANDBOOK.organisation))))
    assert tuple(rows[0]) == CSV_FIELDS
    assert [{key: row[key] for key in FIELDS} for row in rows] == [
        {k: v or "" for k, v in record.items()} for record in document["accounts"]]


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
    files = lookup_files(registry, load_handbook(ROOT).organisation)
    index = files["index.json"]
    assert files["words-en.json"]["official.title"] and "words-cy.json" not in files  # English only was asked
    assert all(service[4].startswith("by ") for service in index["services"])  # who runs it, as a sentence reads it
    assert len(index["keys"].split("\n")) == len(index["folds"].split("\n")) == len(registry.accounts)
    assert index["nameShards"] == 2 and {"names-0.json", "names-1.json", "records-4.json"} <= set(files)
    # Each name sits in the shard check.js will ask for.
    for number, text in enumerate(files[f"names-{n}.json"] for n in range(2)):
        assert all(name_shard(line.split("\t", 1)[1], 2) == number for line in text.split("\n"))


# ---- identifiers, rel="me" proofs and the feeds (the fictional health edition) -----------------

HEALTH = load_handbook(ROOT / "tests" / "fixtures" / "sites" / "health", date(2026, 3, 5))


def health_view():
    from datetime import datetime, timezone

    from macros.core.activity import HealthView
    from macros.core.health import AccountHealth, Snapshot, State

    entries = [AccountHealth(platform="mastodon", handle="fixturetown@mastodon.social", state=State.FOUND,
                             verified_links=["https://handbook.fixture-town.example.org/"]),
               AccountHealth(platform="mastodon", handle="fixturequiet@mastodon.social", state=State.FOUND)]
    snapshot = Snapshot(taken=datetime(2026, 3, 1, tzinfo=timezone.utc), tool="t", accounts=entries)
    return HealthView(snapshot, HEALTH.organisation.account_health, date(2026, 3, 5))


def test_identifiers_are_published_in_json_csv_and_json_ld() -> None:
    document = accounts_document(HEALTH.registry, HEALTH.organisation, languages=("en", "cy"))
    jsonschema.validate(document, accounts_schema(HEALTH.organisation), format_checker=jsonschema.FormatChecker())
    assert document["publisher_identifiers"] == {"gss_code": "W06999999", "wikidata": "Q4115189"}
    row = next(csv.DictReader(io.StringIO(accounts_csv(HEALTH.registry, HEALTH.organisation))))
    assert (row["publisher_gss_code"], row["publisher_wikidata"]) == ("W06999999", "Q4115189")
    ld = json_ld(HEALTH.registry, HEALTH.organisation, lambda slug: slug)
    assert {item["propertyID"]: item["value"] for item in ld["identifier"]} == {"GSS code": "W06999999",
                                                                                 "Wikidata": "Q4115189"}
    assert ld["sameAs"] == [account.url for account in HEALTH.registry.active()]  # accounts only
    # Negative control: an edition without identifiers publishes empty ones, and no identifier in JSON-LD.
    plain = accounts_document(HANDBOOK.registry, HANDBOOK.organisation.model_copy(update={
        "identifiers": type(HEALTH.organisation.identifiers)()}))
    assert plain["publisher_identifiers"] == {"gss_code": None, "wikidata": None}


def test_rel_me_proofs_come_from_the_snapshot() -> None:
    view = health_view()
    document = accounts_document(HEALTH.registry, HEALTH.organisation, view, languages=("en", "cy"))
    proofs = {record["handle"]: record["rel_me_verified"] for record in document["accounts"]}
    assert proofs["fixturetown@mastodon.social"] is True
    assert proofs["fixturequiet@mastodon.social"] is False
    assert proofs["fixturetownnews"] is None  # Instagram: no such proof
    assert document["activity_checked"] == "2026-03-01"
    assert document["changes_feeds"] == {"en": "https://handbook.fixture-town.example.org/registry-changes.xml",
                                         "cy": "https://handbook.fixture-town.example.org/cy/registry-changes.xml"}
    rows = {row["handle"]: row["rel_me_verified"]
            for row in csv.DictReader(io.StringIO(accounts_csv(HEALTH.registry, HEALTH.organisation, view)))}
    assert rows["fixturetown@mastodon.social"] == "true" and rows["fixturequiet@mastodon.social"] == "false"
    assert rows["fixturetownnews"] == ""
