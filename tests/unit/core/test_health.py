"""The health snapshot file: read with checks that point at its lines, written one account per
line, described by a JSON Schema that matches what the reader accepts."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import jsonschema
import pytest

from macros.core.health import (AccountHealth, Snapshot, State, load_snapshot, snapshot_schema, snapshot_text)
from macros.core.problems import DataError

TAKEN = datetime(2026, 3, 1, 7, 0, tzinfo=timezone.utc)
ENTRIES = [
    AccountHealth(platform="mastodon", handle="fixturetown@mastodon.social", state=State.FOUND,
                  last_post=date(2026, 2, 20), verified_links=["https://handbook.fixture-town.example.org/"]),
    AccountHealth(platform="bluesky", handle="fixturetown.bsky.social", state=State.RENAMED,
                  current_handle="news.fixture-town.example.org", platform_id="did:plc:abc"),
    AccountHealth(platform="instagram", handle="fixturetownnews", state=State.NO_INTERFACE),
]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "snapshot.json"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path, today: date | None = None) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_snapshot(path, "data/health/snapshot.json", today)
    return [str(problem) for problem in caught.value.problems]


def test_written_text_reads_back_the_same_and_passes_the_schema(tmp_path: Path) -> None:
    snapshot = Snapshot(taken=TAKEN, tool="test", accounts=ENTRIES)
    text = snapshot_text(snapshot)
    assert text.splitlines()[5].startswith('  {"platform": "mastodon"')  # one account per line
    assert load_snapshot(write(tmp_path, text)) == snapshot
    schema = snapshot_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(text), schema, format_checker=jsonschema.FormatChecker())
    broken = json.loads(text)
    broken["accounts"][0]["followers"] = 12  # negative control: nothing outside the model
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_no_file_means_no_snapshot_yet(tmp_path: Path) -> None:
    assert load_snapshot(tmp_path / "snapshot.json") is None


def test_bad_json_names_its_line(tmp_path: Path) -> None:
    text = snapshot_text(Snapshot(taken=TAKEN, tool="test", accounts=ENTRIES))
    path = write(tmp_path, text.replace('"state": "found"', '"state": found'))
    assert problems(path)[0].startswith("data/health/snapshot.json:6: file: this is not valid JSON")


def test_a_bad_entry_names_its_line_and_field(tmp_path: Path) -> None:
    text = snapshot_text(Snapshot(taken=TAKEN, tool="test", accounts=ENTRIES))
    path = write(tmp_path, text.replace('"platform": "instagram"', '"platform": "myspace"'))
    assert problems(path)[0].startswith("data/health/snapshot.json:8: accounts[3].platform: 'myspace' is not a platform")


def test_duplicates_future_dates_and_impossible_posts_are_refused(tmp_path: Path) -> None:
    twice = Snapshot.model_construct(schema_path="snapshot.schema.json", taken=TAKEN, tool="test",
                                     accounts=[ENTRIES[0], ENTRIES[0]])
    assert any("listed twice" in line for line in problems(write(tmp_path, snapshot_text(twice))))
    found = problems(write(tmp_path, snapshot_text(Snapshot(taken=TAKEN, tool="test", accounts=ENTRIES))),
                     today=date(2026, 2, 1))
    assert found == ["data/health/snapshot.json:3: taken: 2026-03-01 is in the future\n"
                     "    how to fix: Run `.venv/bin/python -m macros health` again, or restore the file from git."]
    late = ENTRIES[0].model_copy(update={"last_post": date(2026, 3, 2)})
    text = snapshot_text(Snapshot(taken=TAKEN, tool="test", accounts=[late]))
    assert "the last post is later than the snapshot" in problems(write(tmp_path, text))[0]


def test_times_are_utc_and_states_fit(tmp_path: Path) -> None:
    text = snapshot_text(Snapshot(taken=TAKEN, tool="test", accounts=ENTRIES))
    assert "taken: write the time in UTC" in problems(write(tmp_path, text.replace("07:00:00Z", "07:00:00+01:00")))[0]
    gone = '{"platform": "mastodon", "handle": "a@mastodon.social", "state": "not_found", "last_post": "2026-01-01"}'
    text = text.replace(text.splitlines()[5].strip().rstrip(","), gone)
    assert "an account that is not_found has no last_post" in problems(write(tmp_path, text))[0]


def test_a_link_is_not_read(tmp_path: Path) -> None:
    real = write(tmp_path, snapshot_text(Snapshot(taken=TAKEN, tool="test", accounts=ENTRIES)))
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert "not a link" in problems(link)[0]
