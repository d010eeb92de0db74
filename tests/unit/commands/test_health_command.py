"""`python -m macros health` end to end, on the fictional health edition with recorded answers:
it writes a snapshot that passes its schema, keeps only public facts, reuses what the last
snapshot learnt, refuses to overwrite good data when nothing answered, and reports."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import jsonschema
import pytest

from macros.commands import health
from macros.core.health import SNAPSHOT_FILE, snapshot_schema
from tests.unit.commands.recorded import BLUESKY, DID, MASTODON, YOUTUBE_FEED, Clock, FakeOpener, answer
from tools.sitebuild import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "sites" / "health"
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")
TAKEN = datetime(2026, 3, 1, 7, 0, 5, 123, tzinfo=timezone.utc)
PROFILE = f"{BLUESKY}app.bsky.actor.getProfile?actor="
FEED = f"{BLUESKY}app.bsky.feed.getAuthorFeed?actor={DID.replace(':', '%3A')}&limit=10"


def routes() -> dict:
    return {
        MASTODON + "fixturetown": [answer("mastodon/found.json")],
        MASTODON + "fixturequiet": [answer("mastodon/no-posts.json")],
        PROFILE + "fixturetown.bsky.social": [answer("bluesky/profile.json")],
        PROFILE + DID.replace(":", "%3A"): [answer("bluesky/profile-renamed.json")],
        FEED: [answer("bluesky/feed.json")],
        "https://www.youtube.com/@FixtureTown": [answer("youtube/channel.html")],
        YOUTUBE_FEED: [answer("youtube/feed.xml")],
    }


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HANDBOOK_TODAY", "2026-03-05")
    return Path(shutil.copytree(FIXTURE, tmp_path / "project"))


def run(project: Path, opener: FakeOpener, report: bool = False) -> int:
    clock = Clock()
    return health.run(argparse.Namespace(root=project, report=report), opener=opener, sleep=clock.sleep,
                      clock=clock, now=lambda: TAKEN)


def test_writes_a_snapshot_that_passes_its_schema(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opener = FakeOpener(routes())
    assert run(project, opener) == 0
    path = project / SNAPSHOT_FILE
    text = path.read_text("utf-8")
    data = json.loads(text)
    schema_path = project / "snapshot.schema.json"
    schema_path.write_text(json.dumps(snapshot_schema()), "utf-8")
    jsonschema.Draft202012Validator.check_schema(snapshot_schema())
    jsonschema.validate(data, snapshot_schema(), format_checker=jsonschema.FormatChecker())
    checked = subprocess.run([str(CHECK_JSONSCHEMA), "--schemafile", str(schema_path), str(path)],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert data["taken"] == "2026-03-01T07:00:05Z"
    # Every open account (active and dormant), in registry order; the closed one is not asked about.
    states = {(entry["platform"], entry["handle"]): entry["state"] for entry in data["accounts"]}
    assert states == {("youtube", "FixtureTown"): "found", ("bluesky", "fixturetown.bsky.social"): "found",
                      ("mastodon", "fixturetown@mastodon.social"): "found",
                      ("mastodon", "fixturequiet@mastodon.social"): "found",
                      ("instagram", "fixturetownnews"): "no_public_interface"}
    # One account per line, so a pull request shows each change on its own line.
    lines = text.splitlines()
    assert sum(line.startswith('  {"platform"') for line in lines) == len(data["accounts"])
    # Only public facts about the organisation's accounts: no names, bios, counts or post text.
    for word in ("Fixture Town Council", "followers", "Road closed", "Official account", "elsewhere.example.net"):
        assert word not in text
    # The User-Agent names the handbook's repository.
    assert all("github.com/fixture-town/handbook" in request.get_header("User-agent") for request in opener.requests)
    printed = capsys.readouterr().out
    assert "Wrote data/health/snapshot.json: 5 accounts" in printed and "## Accounts: activity and checks" in printed


def test_the_next_run_asks_by_the_lasting_id_and_sees_the_rename(project: Path) -> None:
    assert run(project, FakeOpener(routes())) == 0
    opener = FakeOpener(routes())
    assert run(project, opener) == 0
    assert PROFILE + DID.replace(":", "%3A") in opener.urls()
    assert PROFILE + "fixturetown.bsky.social" not in opener.urls()
    data = json.loads((project / SNAPSHOT_FILE).read_text("utf-8"))
    bluesky = next(entry for entry in data["accounts"] if entry["platform"] == "bluesky")
    assert bluesky["state"] == "renamed" and bluesky["current_handle"] == "news.fixture-town.example.org"
    youtube = next(entry for entry in data["accounts"] if entry["platform"] == "youtube")
    assert youtube["platform_id"] == "UCfixturetown0000000000A"


def test_nothing_answering_leaves_the_snapshot_alone(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(project, FakeOpener(routes())) == 0
    before = (project / SNAPSHOT_FILE).read_text("utf-8")
    down = FakeOpener({url: [TimeoutError("timed out")] for url in routes()})
    assert run(project, down) == 1
    assert (project / SNAPSHOT_FILE).read_text("utf-8") == before
    assert "Could not reach any platform" in capsys.readouterr().err


def test_report_lists_silent_missing_renamed_and_overdue(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = routes()
    answers[MASTODON + "fixturetown"] = [answer("mastodon/not-found.json", 404)]
    answers[YOUTUBE_FEED] = [answer("youtube/feed-empty.xml")]
    assert run(project, FakeOpener(answers)) == 0
    capsys.readouterr()
    assert run(project, FakeOpener({}), report=True) == 0  # the report asks nobody
    report = capsys.readouterr().out
    section = lambda title: report.split(f"### {title}")[1].split("###")[0]  # noqa: E731
    assert "YouTube @FixtureTown (Town news, data/accounts/news.yml:9): no posts" in section("Silent for over 6 months: 1")
    assert "fixturequiet" not in section("Silent for over 6 months")  # dormant: expected to be quiet
    assert "Mastodon fixturetown@mastodon.social" in section("Not found or suspended: 1")
    assert "due 10 January 2026" in section("Overdue for a person's check (every 12 months): 1")
    assert "Instagram @fixturetownnews" in section("Never checked by a person")
    assert "Bluesky" not in section("Never checked by a person")  # checked on 5 January 2026
    assert "(Instagram): check them by hand" in report


def test_check_reports_a_damaged_snapshot_by_line(project: Path) -> None:
    assert run(project, FakeOpener(routes())) == 0
    path = project / SNAPSHOT_FILE
    lines = path.read_text("utf-8").splitlines()
    number = next(index for index, line in enumerate(lines, start=1) if '"bluesky"' in line)
    lines[number - 1] = lines[number - 1].replace('"found"', '"lost"')
    path.write_text("\n".join(lines) + "\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "macros", "check", "--root", str(project)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"data/health/snapshot.json:{number}: accounts[3].state:" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_weekly_reviews_report_ends_with_the_accounts_section(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from macros.__main__ import main as cli

    assert run(project, FakeOpener(routes())) == 0
    capsys.readouterr()
    assert cli(["reviews", "--root", str(project)]) == 0
    report = capsys.readouterr().out
    assert "## Accounts: activity and checks" in report and "snapshot taken on 1 March 2026 (4 days ago)" in report
