"""Ask a file of questions through the real search box and score the answers, per language.

Each line of a question file is `question<TAB>regex`; the regex is searched for in the address
path of each result (for example `abuse-response-plan|house-rules`). A question passes top-3 when
one of the first three results matches, top-1 when the first does. A file's language comes from
`-cy`/`-en` in its name (or --language). The report also counts queries whose first three
results repeat a page (there should be none).

A question list in the tests can be asked too, as `module:NAME` (for example
`tests.browser.search_questions:QUESTIONS`): a list of (question, set of page slugs), where a
slug matches the page and the pages under it ("scenarios" matches every quick answer).

Usage:
  .venv/bin/python benchmarks/search_eval.py FILE.tsv [FILE.tsv | module:NAME ...] [--site DIR] [--misses]
With no --site, the handbook is built first (no PDFs) into a temporary folder.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.search_browser import ask, launch, open_search, serve  # noqa: E402
from tools.sitebuild import ROOT, build  # noqa: E402


@dataclass
class Score:
    name: str
    language: str
    asked: int = 0
    top1: int = 0
    top3: int = 0
    repeated: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        share = (lambda n: f"{n}/{self.asked} ({100 * n / max(self.asked, 1):.0f} %)")
        return (f"{self.name} [{self.language}]: top-3 {share(self.top3)}, top-1 {share(self.top1)}, "
                f"queries repeating a page in the top three: {self.repeated}")


def read_questions(path: Path) -> list[tuple[str, re.Pattern[str]]]:
    if ":" in str(path) and not path.exists():  # module:NAME, a list of (question, slugs)
        module, _, name = str(path).partition(":")
        listed = getattr(importlib.import_module(module), name)
        return [(question, re.compile(r"^/(cy/)?(" + "|".join(map(re.escape, sorted(slugs))) + r")(/|$)"))
                for question, slugs in listed]
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        question, _, pattern = line.partition("\t")
        if not pattern:
            raise SystemExit(f"{path}:{number}: write `question<TAB>regex`")
        questions.append((question.strip(), re.compile(pattern.strip())))
    return questions


def language_of(path: Path, forced: str | None) -> str:
    if forced:
        return forced
    return "cy" if re.search(r"(^|[-_.:/])cy([-_.]|$)", path.name, re.IGNORECASE) else "en"


def evaluate(paths: list[Path], site: Path, forced: str | None = None) -> list[Score]:
    from playwright.sync_api import sync_playwright

    scores = []
    with serve(site) as base_url, sync_playwright() as playwright:
        browser = launch(playwright)
        for path in paths:
            language = language_of(path, forced)
            score = Score(path.name, language)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base_url + ("cy/" if language == "cy" else ""))
            open_search(page)
            for question, pattern in read_questions(path):
                results = ask(page, question, base_url)
                paths_found = [urlsplit(result.href).path for result in results]
                pages = paths_found  # a page is its path: the fragment names a section of it
                hits = [bool(pattern.search(found)) for found in paths_found]
                score.asked += 1
                score.top1 += bool(hits[:1] and hits[0])
                score.top3 += any(hits)
                score.repeated += len(set(pages)) < len(pages)
                if not any(hits):
                    score.misses.append(f"  {question!r}: wanted /{pattern.pattern}/, got {paths_found}")
            page.close()
            scores.append(score)
        browser.close()
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--site", type=Path, help="a built site (default: build the handbook now)")
    parser.add_argument("--language", choices=("en", "cy"), help="the language of every file")
    parser.add_argument("--misses", action="store_true", help="list the questions that missed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="search-eval-") as temp:
        site = args.site
        if site is None:
            built = build(ROOT, Path(temp) / "site", env={"HANDBOOK_PDF": "false"})
            if built.returncode:
                print(built.output, file=sys.stderr)
                return 1
            site = built.site
        for score in evaluate(args.files, site, args.language):
            print(score.line())
            if args.misses:
                print("\n".join(score.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
