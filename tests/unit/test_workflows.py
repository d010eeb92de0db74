"""The GitHub set-up is valid and tidy: workflows and issue forms pass GitHub's schemas (checked
offline with check-jsonschema), every action is pinned to a commit, every workflow says what it
may do, dates come from full history, and the "new account" form matches the registry."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from macros.core.accounts import AccountEntry, Language, Status
from macros.core.platform_table import PLATFORMS

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ISSUE_TEMPLATES = ROOT / ".github" / "ISSUE_TEMPLATE"
ISSUE_FORMS = sorted(path for path in ISSUE_TEMPLATES.glob("*.yml") if path.name != "config.yml")
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")

SHA_PIN = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[^@\s]+)?@[0-9a-f]{40}$")
DOCKER_DIGEST = re.compile(r"^docker://[^@\s]+@sha256:[0-9a-f]{64}$")
VERSION_COMMENT = re.compile(r"#\s*v\d+(\.\d+)*\b")


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    # PyYAML reads the key `on` as True (YAML 1.1), so accept either.
    return workflow.get("on", workflow.get(True)) or {}


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def all_uses(workflow: dict[str, Any]) -> list[str]:
    """Every action or reusable workflow a workflow calls, from steps and from whole jobs."""
    uses = [job["uses"] for job in workflow["jobs"].values() if "uses" in job]
    return uses + [step["uses"] for step in steps(workflow) if "uses" in step]


def pin_problem(uses: str) -> str | None:
    """Why a `uses:` value is not pinned to an exact commit, or None if it is."""
    if uses.startswith("./"):
        return None  # an action in this repository, pinned by the commit being run
    if uses.startswith("docker://"):
        return None if DOCKER_DIGEST.match(uses) else f"{uses}: pin the image to a sha256 digest"
    if SHA_PIN.match(uses):
        return None
    return f"{uses}: pin it to a full 40-character commit SHA, with the version in a comment"


def check_schema(schema: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(CHECK_JSONSCHEMA), "--builtin-schema", schema, str(path)],
                          capture_output=True, text=True, timeout=120)


def test_the_expected_files_are_here() -> None:
    assert {path.name for path in WORKFLOWS} >= {"ci.yml", "deploy.yml", "weekly.yml"}
    assert {path.name for path in ISSUE_FORMS} >= {"page-problem.yml", "new-account.yml"}
    assert (ISSUE_TEMPLATES / "config.yml").is_file()
    assert (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").is_file()


# ---- GitHub's schemas, offline ---------------------------------------------------------------

@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_workflow_matches_githubs_schema(path: Path) -> None:
    result = check_schema("vendor.github-workflows", path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", ISSUE_FORMS, ids=[path.name for path in ISSUE_FORMS])
def test_issue_form_matches_githubs_schema(path: Path) -> None:
    result = check_schema("vendor.github-issue-forms", path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_issue_chooser_config_matches_githubs_schema() -> None:
    # GitHub ignores the whole file if a contact link is not https:// (a mailto: link, say).
    result = check_schema("vendor.github-issue-config", ISSUE_TEMPLATES / "config.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert load(ISSUE_TEMPLATES / "config.yml")["blank_issues_enabled"] is False


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    # Negative control: a job with no runs-on and a step that is neither `run` nor `uses`.
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    steps:\n      - name: nothing\n", encoding="utf-8")
    assert check_schema("vendor.github-workflows", broken).returncode != 0


# ---- pinned actions --------------------------------------------------------------------------

def test_pin_checker_tells_tags_from_commits() -> None:
    # Negative and positive controls for the checker itself.
    assert pin_problem("actions/checkout@v4") is not None
    assert pin_problem("actions/checkout@main") is not None
    assert pin_problem("actions/checkout@11bd719") is not None  # a short SHA can be ambiguous
    assert pin_problem("actions/checkout") is not None
    assert pin_problem("docker://alpine:3") is not None
    assert pin_problem("actions/checkout@" + "3d3c42e5aac5ba805825da76410c181273ba90b1") is None
    assert pin_problem("github/codeql-action/init@" + "a" * 40) is None
    assert pin_problem("./.github/actions/setup") is None


@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_every_action_is_pinned_to_a_commit(path: Path) -> None:
    uses = all_uses(load(path))
    assert uses, "expected at least one action"
    problems = [problem for problem in map(pin_problem, uses) if problem]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_every_pin_says_which_version_it_is(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if re.match(r"^\s*(-\s*)?uses:\s*(?!\./)", line)]
    unnamed = [line.strip() for line in lines if not VERSION_COMMENT.search(line)]
    assert not unnamed, "add the version as a comment, for example `# v4.2.2`:\n" + "\n".join(unnamed)


# ---- permissions, history and what runs ------------------------------------------------------

@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_every_workflow_declares_its_permissions(path: Path) -> None:
    workflow = load(path)
    if "permissions" in workflow:
        return
    missing = [name for name, job in workflow["jobs"].items() if "permissions" not in job]
    assert not missing, f"no top-level permissions, and these jobs have none: {', '.join(missing)}"


# The jobs that may write, and what: publishing the site, and opening the weekly snapshot's pull request.
WRITERS = {("deploy.yml", "deploy"): {"pages", "id-token"},
           ("weekly.yml", "account-health"): {"contents", "pull-requests"}}


def test_only_the_publish_and_snapshot_jobs_may_write() -> None:
    for path in WORKFLOWS:
        workflow = load(path)
        blocks = [("(top level)", workflow.get("permissions"))]
        blocks += [(name, job.get("permissions")) for name, job in workflow["jobs"].items()]
        for name, block in blocks:
            writes = {scope for scope, level in (block or {}).items() if level == "write"} \
                if isinstance(block, dict) else ({"everything"} if block == "write-all" else set())
            assert writes == WRITERS.get((path.name, name), set()), f"{path.name}: {name} may write {sorted(writes)}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_checkouts_fetch_the_full_history(path: Path) -> None:
    checkouts = [step for step in steps(load(path)) if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    for step in checkouts:
        assert (step.get("with") or {}).get("fetch-depth") == 0, \
            f"{path.name}: page dates come from git history, so check out with fetch-depth: 0"


def test_ci_runs_the_readme_test_command_and_keeps_a_preview() -> None:
    ci = load(ROOT / ".github" / "workflows" / "ci.yml")
    runs = [step.get("run", "") for step in steps(ci)]
    assert any("bash .ci/run" in run for run in runs)
    assert any("bash scripts/build.sh" in run for run in runs)
    upload = next(step for step in steps(ci) if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["name"] == "handbook-preview" and upload["with"]["path"].rstrip("/") == "site"
    assert set(triggers(ci)) >= {"pull_request", "push"}


def test_publishing_happens_from_main_only_with_the_pages_actions() -> None:
    deploy = load(ROOT / ".github" / "workflows" / "deploy.yml")
    on = triggers(deploy)
    assert set(on) == {"push", "schedule", "workflow_dispatch"} and on["push"]["branches"] == ["main"]
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    used = {uses.split("@")[0] for uses in all_uses(deploy)}
    assert {"actions/upload-pages-artifact", "actions/configure-pages", "actions/deploy-pages"} <= used
    assert deploy["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_the_snapshot_job_keeps_its_token_to_the_step_that_pushes() -> None:
    job = load(ROOT / ".github" / "workflows" / "weekly.yml")["jobs"]["account-health"]
    checkout = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False  # the install step cannot push
    with_token = [step["name"] for step in job["steps"] if "github.token" in str(step.get("env", {}))]
    assert with_token == ["Open a pull request with the new snapshot"]
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert ".venv/bin/python -m macros health" in runs and "gh pr create" in runs
    assert {use.split("@")[0] for use in all_uses({"jobs": {"account-health": job}})} == {
        "actions/checkout", "actions/setup-python"}  # no third-party action holds the write token


def test_the_weekly_report_lists_accounts_that_need_a_person() -> None:
    weekly = load(ROOT / ".github" / "workflows" / "weekly.yml")
    runs = "\n".join(step.get("run", "") for step in weekly["jobs"]["weekly"]["steps"])
    assert "-m macros reviews" in runs  # the reviews report ends with the accounts section (commands/health.py)


def test_checks_and_publish_watch_the_same_files() -> None:
    ci = triggers(load(ROOT / ".github" / "workflows" / "ci.yml"))
    deploy = triggers(load(ROOT / ".github" / "workflows" / "deploy.yml"))
    paths = ci["pull_request"]["paths"]
    assert ci["push"]["paths"] == paths and deploy["push"]["paths"] == paths
    for needed in ("docs/**", "data/**", "macros/**", "overrides/**", "mkdocs.yml", ".github/workflows/**"):
        assert needed in paths
    assert not any(path.startswith(".vscode") or path.endswith(".png") for path in paths)


# ---- the "new account" issue form matches the registry ---------------------------------------

def form_fields(name: str) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in load(ISSUE_TEMPLATES / name)["body"] if "id" in item}


def test_new_account_form_asks_for_every_registry_field() -> None:
    # A new account has not been closed, checked or renamed yet.
    wanted = (set(AccountEntry.model_fields) - {"closed", "last_verified", "previous_handles"}) | {"service"}
    missing = wanted - set(form_fields("new-account.yml"))
    assert not missing, f"the form has no field for: {', '.join(sorted(missing))}"


def test_new_account_form_offers_the_registrys_values() -> None:
    fields = form_fields("new-account.yml")
    assert fields["platform"]["attributes"]["options"] == list(PLATFORMS)
    assert fields["language"]["attributes"]["options"] == [language.value for language in Language]
    assert fields["status"]["attributes"]["options"] == [Status.ACTIVE.value, Status.DORMANT.value]
    safeguards = [item for item in fields.values() if item["type"] == "checkboxes"]
    assert safeguards and all(option.get("required") for item in safeguards
                              for option in item["attributes"]["options"])
