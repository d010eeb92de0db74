"""The weekly check of cited sources, without the network: which addresses it asks about, and
how it reads the answers. The weekly workflow runs it for real."""

from __future__ import annotations

from pathlib import Path

import yaml

from tools.check_sources import Result, addresses, check, report

ROOT = Path(__file__).resolve().parents[2]


def test_it_asks_about_every_cited_source() -> None:
    cited = addresses(ROOT)
    assert any("legislation.gov.uk" in address for address in cited)
    assert all(address.startswith(("https://", "http://")) for address in cited)
    where = cited["https://www.legislation.gov.uk/ukpga/2010/15/section/149"]
    assert any(place.startswith("docs/running-an-account.md:") for place in where)


def test_gone_addresses_fail_the_run_and_refusals_do_not() -> None:
    cited = {"https://a.example/ok": ["docs/a.md:3"], "https://a.example/gone": ["docs/a.md:4"],
             "https://a.example/robots": ["docs/b.md:9"], "https://a.example/down": ["docs/b.md:10"]}
    answers = {"https://a.example/ok": 200, "https://a.example/gone": 404, "https://a.example/robots": 403,
               "https://a.example/down": None}
    results = check(cited, get=lambda address: Result(address, answers[address], "timed out"), workers=2)
    text, failed = report(results, cited)
    assert failed
    assert "https://a.example/gone (404), cited at docs/a.md:4" in text
    assert "https://a.example/down (timed out)" in text
    assert "open these by hand" in text and "https://a.example/robots (403)" in text
    assert "a.example/ok" not in text


def test_a_run_where_everything_answers_passes() -> None:
    # Negative control for the test above.
    cited = {"https://a.example/ok": ["docs/a.md:3"], "https://a.example/robots": ["docs/a.md:4"]}
    results = [Result("https://a.example/ok", 200), Result("https://a.example/robots", 429)]
    assert report(results, cited)[1] is False


def test_the_weekly_workflow_checks_the_sources_and_the_normal_checks_do_not() -> None:
    weekly = yaml.safe_load((ROOT / ".github" / "workflows" / "weekly.yml").read_text(encoding="utf-8"))
    runs = [step.get("run", "") for job in weekly["jobs"].values() for step in job["steps"]]
    assert any("tools.check_sources" in run for run in runs)
    for name in ("ci.yml", "deploy.yml"):
        assert "check_sources" not in (ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8")
