"""Check each open account's public state and write data/health/snapshot.json; or report from it.

`python -m macros health` asks each platform with a public, key-free interface (Mastodon,
Bluesky, YouTube) about every open account, politely (see health_client.py), and writes the
snapshot the site shows. It keeps the platforms' lasting IDs from the last snapshot, so a
renamed account is told apart from a deleted one. Other platforms are recorded as having no
public interface rather than guessed at. `--report` prints the weekly report's account section
from the snapshot already in the repository, without the network.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime, timezone

from ..core.accounts import Account
from ..core.activity import Activity, Findings, HealthView, findings
from ..core.fields import host_of
from ..core.handbook import Handbook
from ..core.health import SNAPSHOT_FILE, Snapshot, State, account_key, snapshot_text
from ..core.i18n import format_date
from .common import add_root, load_or_report, today
from .health_client import Opener, PoliteClient, user_agent
from .health_probes import PROBES, probe

HELP = "check accounts on Mastodon, Bluesky and YouTube and write data/health/snapshot.json; --report: only report"
TOOL = "python -m macros health"


def register(parser: argparse.ArgumentParser) -> None:
    add_root(parser)
    parser.add_argument("--report", action="store_true",
                        help="print the report from the snapshot in the repository, without checking")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, opener: Opener | None = None, sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None, now: Callable[[], datetime] | None = None) -> int:
    handbook = load_or_report(args.root)
    if handbook is None:
        return 1
    if not args.report:
        client = PoliteClient(user_agent(handbook.organisation.repo_url), opener=opener)
        for name, value in (("sleep", sleep), ("clock", clock), ("now", now)):
            if value is not None:
                setattr(client, name, value)
        snapshot = take_snapshot(handbook, client, (now or (lambda: datetime.now(timezone.utc)))())
        probed = [entry for entry in snapshot.accounts if entry.platform in PROBES]
        if probed and all(entry.state is State.UNREACHABLE for entry in probed):
            print("Could not reach any platform, so the snapshot was not changed:", file=sys.stderr)
            print(f"    {probed[0].detail}", file=sys.stderr)
            return 1
        target = args.root / SNAPSHOT_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(snapshot_text(snapshot), encoding="utf-8")
        print(f"Wrote {SNAPSHOT_FILE}: {len(snapshot.accounts)} accounts, {client.requests} requests.\n")
        handbook = load_or_report(args.root)  # read back through the same checks as the build
        if handbook is None:
            return 1
    print("\n".join(report_lines(handbook)))
    return 0


def take_snapshot(handbook: Handbook, client: PoliteClient, taken: datetime) -> Snapshot:
    """Every open account's public state, in registry order."""
    organisation = handbook.organisation
    our_hosts = tuple(sorted({host_of(organisation.site_url), host_of(organisation.council_website)}))
    previous = handbook.health.by_key() if handbook.health else {}
    entries = [probe(account, client, previous.get(account_key(account.platform.key, account.handle)), our_hosts)
               for account in handbook.registry.listed()]
    return Snapshot(taken=taken.replace(microsecond=0), tool=TOOL, accounts=entries)


# ---- the report (also a section of `python -m macros reviews`) ----------------------------------

def report_lines(handbook: Handbook) -> list[str]:
    """The accounts section of the weekly report, in Markdown."""
    settings = handbook.organisation.account_health
    view = HealthView(handbook.health, settings, today())
    found = findings(handbook.registry, view)
    lines = ["## Accounts: activity and checks", ""]
    if view.snapshot is None:
        lines += [f"There is no activity snapshot yet ({SNAPSHOT_FILE}). Run `.venv/bin/python -m macros health`.", ""]
    else:
        age = f"{view.age_days} days ago"
        stale = f" It is older than {settings.snapshot_stale_after_days} days: run the check again." if view.stale else ""
        lines += [f"Activity from the snapshot taken on {format_date(view.snapshot.day, 'en')} ({age}).{stale}", ""]
    lines += _group(f"Silent for over {settings.silent_after_months} months", found.silent, _last_post)
    lines += _group("Not found or suspended", found.missing, lambda activity: activity.state.value.replace("_", " "))
    lines += _group("Renamed", found.renamed, _renamed)
    lines += _group("Dormant, but posted in the last month", found.dormant_posting, _last_post)
    lines += _group("Could not be checked this time", found.unreachable, lambda activity: activity.detail or "no answer")
    lines += _accounts("Not in the snapshot yet", found.not_checked)
    lines += _checks(found, settings.check_every_months)
    platforms = sorted({account.platform.name for account in found.no_interface})
    if platforms:
        lines += [f"{len(found.no_interface)} accounts are on platforms with no public interface for this check "
                  f"({', '.join(platforms)}): check them by hand.", ""]
    return lines


def _name(account: Account) -> str:
    return f"{account.platform.name} {account.display_handle} ({account.service.name}, {account.source}:{account.line})"


def _group(title: str, items: list[tuple[Account, Activity]], detail: Callable[[Activity], str]) -> list[str]:
    lines = [f"### {title}: {len(items)}", ""]
    lines += [f"- {_name(account)}: {detail(activity)}" for account, activity in items]
    return lines + ([""] if items else [])


def _accounts(title: str, accounts: list[Account]) -> list[str]:
    lines = [f"### {title}: {len(accounts)}", ""]
    return lines + [f"- {_name(account)}" for account in accounts] + ([""] if accounts else [])


def _checks(found: Findings, months: int) -> list[str]:
    lines = [f"### Overdue for a person's check (every {months} months): {len(found.check_overdue)}", ""]
    lines += [f"- {_name(account)}: due {format_date(due, 'en')}" for account, due in found.check_overdue]
    lines += ([""] if found.check_overdue else [])
    return lines + _accounts("Never checked by a person (no last_verified)", found.never_checked)


def _last_post(activity: Activity) -> str:
    return f"last post {format_date(activity.last_post, 'en')}" if activity.last_post else "no posts"


def _renamed(activity: Activity) -> str:
    return f"now {activity.current_handle}" if activity.current_handle else "new handle not known"
