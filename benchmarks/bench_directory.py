"""The directory and the check at scale, in one run:

1. the build's CPU time as a ratio to the same pages with every macro removed (the macros
   plugin and hooks off, every {{ ... }} call deleted, and a plain page for each service page
   the build makes), at the sample size, 2,000 and 10,000 accounts (aims: at most 1.15 at the
   sample size and 1.5 at 10,000);
2. the heaviest HTML page at each size (aim: none over 300 KB);
3. in Chromium at 10,000 accounts: the time from the last keypress to the answer (median of 20;
   aim: under 50 ms) and the bytes the check downloads (aim: under 500 KB).

Builds skip the printed PDFs (HANDBOOK_PDF=false) on both sides of the ratio.
Usage: .venv/bin/python benchmarks/bench_directory.py [--sizes sample,2000,10000] [--no-browser]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_registry import generate  # noqa: E402
from macros.pipeline.prepare import prepare, service_page_markdown, site_settings  # noqa: E402
from macros.core.handbook import load as load_handbook  # noqa: E402
from macros.core.organisation import load_organisation  # noqa: E402
from tools.sitebuild import build, copy_project, read_config, write_config  # noqa: E402

MACRO_CALL = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
# Typed into the check at 10,000 generated accounts: every kind of answer.
QUERIES = ["https://x.com/ac9900", "account_13", "https://www.instagram.com/account_24/?hl=en", "ac7",
           "acc0unt_13", "account.1Z", "nobody_at_all", "https://mastodon.social/@account52",
           "account117.bsky.social", "https://www.facebook.com/account.23", "ac12345678", "account-4",
           "Generated account 42", "https://www.tiktok.com/@account_16", "@account_123", "acount_13",
           "https://bsky.app/profile/account18.bsky.social", "account_9999", "Generated account 99999",
           "https://www.youtube.com/@account3"]


def cpu_seconds(project: Path, site: Path) -> float:
    """User and system CPU time of one `mkdocs build --strict` of `project`."""
    user, system, _ = cpu_times(project, site)
    return user + system


def cpu_times(project: Path, site: Path) -> tuple[float, float, str]:
    """(user, system) CPU time of one `mkdocs build --strict` of `project`, Pagefind's included,
    and what the build said."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Python keeps its compiled modules, as on an editor's machine (this sandbox's shell turns that off).
    result = build(project, site, env={"HANDBOOK_PDF": "false", "PYTHONDONTWRITEBYTECODE": ""})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"the build of {project} failed:\n{result.output[-2000:]}")
    return after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime, result.output


def without_macros(project: Path, target: Path, stock_search: bool = False) -> Path:
    """The same pages with every macro call deleted, built without the macros plugin or hooks;
    with `stock_search`, with Material's own search plugin, as a new Material site has."""
    copy = copy_project(target)
    for page in (copy / "docs").rglob("*.md"):
        page.write_text(MACRO_CALL.sub("", page.read_text(encoding="utf-8")), encoding="utf-8")
    # The same pages: the build makes one page per service, so the bare copy gets a plain one each.
    registry = load_handbook(project).registry
    for slug, service in registry.services.items():
        for suffix, name in ((".md", service.name), (".cy.md", service.name_cy)):
            page = copy / "docs" / "accounts" / f"{slug}{suffix}"
            page.parent.mkdir(exist_ok=True)
            page.write_text(service_page_markdown(slug, name, name).replace(
                f'{{{{ service_accounts("{slug}") }}}}', name), encoding="utf-8")
    config = read_config(copy / "mkdocs.yml")
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "macros" in p) and p != "macros"]
    if stock_search:
        config["plugins"].insert(0, "search")
    config.pop("hooks", None)
    organisation = load_organisation(project / "data" / "organisation.yml")
    config.update(site_url=organisation.site_url, repo_url=organisation.repo_url, site_name=organisation.name)
    # What the theme overrides read from the live layer, as fixed values worked out here, once.
    extra = dict(site_settings(prepare(project, date.today()), "en").extra)
    config.setdefault("extra", {})["handbook"] = json.loads(json.dumps(extra, default=str))
    write_config(config, copy / "mkdocs.yml")
    return copy


def heaviest_page(site: Path) -> tuple[str, int]:
    path = max(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    return str(path.relative_to(site)), path.stat().st_size


def browser_figures(site: Path) -> tuple[float, list[float], int, int]:
    from playwright.sync_api import sync_playwright

    from tools.serve import serve

    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        downloaded: dict[str, int] = {}
        page.on("response", lambda r: downloaded.__setitem__(r.url, len(r.body()))
                if ("/lookup/" in r.url or "/javascripts/check" in r.url) and r.ok else None)
        page.goto(url + "check/")
        page.wait_for_load_state("networkidle")
        page.focus("#handbook-check-input")
        page.keyboard.type("ac1")  # the first use loads the index; the timings below are of answers
        page.wait_for_selector(".handbook-check__title")
        first_check = sum(downloaded.values())
        page.evaluate("""() => {
          const box = document.querySelector('[data-check-answer]');
          document.querySelector('#handbook-check-input').addEventListener('keydown', () => {
            window.__answered = 0; window.__pressed = performance.now(); }, true);
          new MutationObserver(() => { if (!window.__answered) window.__answered = performance.now(); })
            .observe(box, {childList: true, subtree: true, attributes: true});
        }""")
        times = []
        for query in QUERIES:
            page.fill("#handbook-check-input", query[:-1])
            page.wait_for_timeout(60)  # let the answer to the shorter text settle
            page.evaluate("() => { window.__answered = 1; }")
            page.keyboard.press(query[-1])
            page.wait_for_function("() => window.__answered > window.__pressed")
            times.append(page.evaluate("() => window.__answered - window.__pressed"))
        browser.close()
    return statistics.median(times), times, first_check, sum(downloaded.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="sample,2000,10000")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        print(f"{'accounts':>9} {'with macros s':>14} {'without s':>10} {'ratio':>6}  heaviest page")
        last_site = None
        for size in args.sizes.split(","):
            project = copy_project(workdir / f"with-{size}")
            if size != "sample":
                generate(project / "data" / "accounts", int(size))
            bare = without_macros(project, workdir / f"without-{size}")
            with_macros = cpu_seconds(project, project / "site")
            without = cpu_seconds(bare, bare / "site")
            page, size_bytes = heaviest_page(project / "site")
            print(f"{size:>9} {with_macros:>14.2f} {without:>10.2f} {with_macros / without:>6.2f}  "
                  f"{page} ({size_bytes / 1024:.0f} KB)", flush=True)
            last_site = project / "site"
        if not args.no_browser and last_site is not None:
            median, times, first, total = browser_figures(last_site)
            print(f"check in Chromium at {args.sizes.split(',')[-1]} accounts: last keypress to answer, "
                  f"median of {len(times)}: {median:.1f} ms (slowest {max(times):.1f} ms)")
            print(f"bytes the check downloads: {first / 1024:.0f} KB for the first answer (check-core.js, "
                  f"check.js, rules, index, one shard), {total / 1024:.0f} KB after all {len(times)} answers")


if __name__ == "__main__":
    main()
