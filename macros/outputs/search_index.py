"""Build the site search with Pagefind: one index per language, from the built pages and the registry.

Two Pagefind bundles, both split by `<html lang>` so English pages search English only:
- `pagefind/`: one record per page section (search_records.py reads them from the built site),
  so a result lands on the section that answers; a service's page is one record, made from the
  registry (service_pages). Every record also carries what its page is for (title, description,
  `search: keywords:` from front matter; for a service's page its team, other names and
  platforms) as searchable metadata, "about".
- `pagefind-accounts/`: one record per service, made from the registry (never read back from
  the HTML), each account a heading whose id is its row on the service's page. It is kept apart
  so the size of the registry does not change how chapters rank.

Welsh records carry "forms": the radicals and dictionary forms of their words that the text does
not hold (word_forms.py), so "gyfrifon" on a page is found as "cyfrif" and the reverse. The
search script (assets/javascripts/search.js) reads `handbook-<lang>.json`: page titles and weights,
stop words, synonyms, the mutation table, the index's own words (to correct typing mistakes) and
Pagefind's ranking settings; Welsh dictionary forms come in small files (`forms-cy/<prefix>.json`).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import escape
from pagefind_bin import get_executable

from ..core import cymraeg, word_forms
from ..core.accounts import SERVICE_FOLDER, Account
from ..core.handbook import Handbook
from ..core.i18n import format_date, translate
from ..core.pages import Page as SourcePage
from .search_records import Page, Section, read_pages

log = logging.getLogger("mkdocs.plugins.handbook.search")

PAGES, ACCOUNTS, FORMS = "pagefind", "pagefind-accounts", "forms-cy"
ABOUT_MARK = "⁂"  # ends a record's own text: what its page is for follows (the search script cuts here)
ABOUT_WEIGHT = 5  # a page's description and keywords weigh as much as a subheading (h1: 7, h2: 6)
SERVICE_PAGE_WEIGHT = 1.2  # a service's own page answers "who runs X" better than a chapter naming X
# Pagefind's ranking (https://pagefind.app/docs/ranking/). Sections are short, so page length
# counts for less than Pagefind's default (0.75): a section that explains a topic at length
# should not lose to a one-line mention of the same words. Pagefind matches a typed word as the
# start of longer words too ("ffug" finds "ffugiad"); termSimilarity 3 (default 1) favours the
# word itself, so a long word that merely starts the same way does not outweigh it.
RANKING = {"pageLength": 0.5, "termFrequency": 1.0, "termSaturation": 1.4, "termSimilarity": 3.0}
# How the search script counts words and records (assets/javascripts/search.js), kept here with
# Pagefind's ranking so that tuning search is one place:
SCORING = {
    "synonym": 0.8,          # a synonym counts a little less than the word typed
    "form": 0.9,             # so does a Welsh word's dictionary form
    "correction": 0.7,       # and, less again, the index's word nearest to a misspelt one
    "account": 0.6,          # an account's heading is short, so it scores high: weigh it against chapters
    "coverage_power": 2,     # how strongly a record that holds all of a question wins
    "min_coverage": 0.3,     # a result holds at least this share of the question's words
    "inherit": 0.5,          # a section holds what its page is for at this share (0: not at all)
}
# Pagefind writes its own search interfaces too; the handbook uses its own (assets/javascripts/search.js).
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
# The accounts bundle is merged into the pages bundle, which brings the code: keep only its data.
_DATA = re.compile(r"pagefind-entry\.json|.*\.pf_(meta|index|fragment|filter)")
_KEEP: dict[str, Callable[[str], bool]] = {PAGES: lambda name: name not in _UNUSED,
                                           ACCOUNTS: lambda name: bool(_DATA.fullmatch(name))}
_TEMPLATE = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True).get_template("search_record.html")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")

# English words a question is made of that say nothing about its subject.
ENGLISH_STOP_WORDS = frozenset("""
    a an the and or but if of to in on at by for from with about into onto over under as is are was
    were be been being am do does did doing done have has had having i me my mine we us our you your
    he him his she her it its they them their this that these those what which who whom whose when
    where why how can could should would will shall may might must there here so than too very just
    not no nor any all some get got getting go going went want need s t don didn doesn isn
    ok okay please thanks hi hello im ive id youre theyre thats whats cant wont isnt dont didnt doesnt
    arent wasnt really actually
""".split())


@dataclass(frozen=True)
class PageInfo:
    """What search knows of a page besides its text: how much it weighs, and what it is for."""

    weight: float
    about: str
    # A service's page is indexed as one record (its title, introduction and what it is for): its
    # other sections are the listings, which the accounts bundle indexes from the registry.
    first_record_only: bool = False


@dataclass(frozen=True)
class SearchIndexStats:
    files: int
    bytes: int
    largest_file: str
    largest_bytes: int
    seconds: float
    sections: int
    accounts: int
    pagefind_cpu_seconds: float = 0.0  # Pagefind's own CPU time (user and system), part of `seconds`

    def summary(self) -> str:
        return (f"Search index: {self.sections:,} sections and {self.accounts:,} accounts, "
                f"{self.files:,} files, {self.bytes:,} bytes "
                f"(largest {self.largest_bytes:,}: {self.largest_file}) in {self.seconds:.2f} s "
                f"(Pagefind: {self.pagefind_cpu_seconds:.2f} CPU s)")


WRITE_ATTEMPTS = 3


class SearchIndexError(RuntimeError):
    """Pagefind did not write a whole index (the build stops rather than publish a broken search)."""


def _unfinished(folder: Path) -> str:
    """What Pagefind left unfinished in `folder` ("" if nothing): its entry file must parse and no
    file it wrote may be empty. (Pagefind's Python service once answered before it had written
    everything; the command line finishes before it exits, and this check stays as a safety net.)"""
    try:
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return f"pagefind-entry.json ({error})"
    if not entry.get("languages"):
        return "pagefind-entry.json (no languages)"
    empty = [path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file() and not path.stat().st_size]
    return f"{len(empty)} empty files, such as {empty[0]}" if empty else ""


def build_search_index(site: Path, handbook: Handbook, languages: Sequence[str]) -> SearchIndexStats:
    """Index the built site in `site` and the registry; write the bundles and the script's settings."""
    start = time.perf_counter()
    services = list(service_pages(handbook, languages))
    pages = list(read_pages(site, skip={page.url for page in services})) + services
    infos = page_infos(handbook, languages)
    accounts = [record for language in languages for record in account_records(handbook, language, languages[0])]
    synonyms = handbook.synonyms  # checked by load() (core/synonyms.py)
    for folder in (PAGES, ACCOUNTS):
        shutil.rmtree(site / folder, ignore_errors=True)
    sections = list(_section_files(pages, infos))
    bundles = {PAGES: [(url, html) for url, html, _ in sections], ACCOUNTS: accounts}
    pagefind_cpu = 0.0
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        pagefind_cpu += _write_bundles(site, bundles)
        problems = {folder: _unfinished(site / folder) for folder in bundles if bundles[folder]}
        broken = [folder for folder, problem in problems.items() if problem]
        if not broken:
            break
        # Not a warning: a strict build stops on warnings, and writing it again is the remedy.
        log.info("Search index: Pagefind left %s unfinished (attempt %d of %d), writing it again",
                 "; ".join(f"{folder}: {problems[folder]}" for folder in broken), attempt, WRITE_ATTEMPTS)
        bundles = {folder: bundles[folder] for folder in broken}
        for folder in broken:
            shutil.rmtree(site / folder, ignore_errors=True)
    else:
        raise SearchIndexError(f"Pagefind did not finish writing {', '.join(bundles)} in {WRITE_ATTEMPTS} tries: "
                               "build again; if it keeps happening, the machine may be short of memory or disk.")
    for folder in (PAGES, ACCOUNTS):
        _tidy(site / folder, keep=_KEEP[folder])
    for language in languages:
        in_language = [page for page in pages if page.language == language]
        vocabulary = {word for _, _, (lang, words) in sections if lang == language for word in words}
        settings = search_settings(language, in_language, infos, synonyms.get(language, {}), vocabulary,
                                   has_accounts=any(page.language == language for page in in_language)
                                   and bool(handbook.registry.accounts))
        (site / PAGES / f"handbook-{language}.json").write_text(
            json.dumps(settings, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        if language == "cy":
            _write_forms(site / PAGES / FORMS, vocabulary)
    stats = _stats(site, pages, len(handbook.registry.accounts), time.perf_counter() - start, pagefind_cpu)
    log.info(stats.summary())
    return stats


# ---- what each page is for ----------------------------------------------------------------

def page_url(path: str, default_language: str = "en") -> tuple[str, str]:
    """(site address, language) of a source page: "faqs.cy.md" → ("cy/faqs/", "cy")."""
    stem = path.removesuffix(".md")
    language = default_language
    if re.search(r"\.[a-z]{2}$", stem):
        stem, language = stem[:-3], stem[-2:]
    folder = "" if language == default_language else f"{language}/"
    if stem == "index" or stem.endswith("/index"):
        return folder + stem.removesuffix("index"), language
    return f"{folder}{stem}/", language


def page_infos(handbook: Handbook, languages: Sequence[str]) -> dict[str, PageInfo]:
    """Site address → weight and "about" text, for written pages and each service's page."""
    infos: dict[str, PageInfo] = {}
    for source in handbook.pages.values():
        url, language = page_url(source.path, languages[0])
        infos[url] = _written_page_info(source)
    for language in languages:
        folder = "" if language == languages[0] else f"{language}/"
        for service in handbook.registry.services_in_use():
            # Its platforms, not its handles: a handle finds the account's own row (the accounts bundle).
            accounts = handbook.registry.by_service(service.slug) + handbook.registry.archived_in(service.slug)
            platforms = sorted({account.platform.label(language) for account in accounts})
            team = handbook.organisation.named_team(service.team).label(language)
            about = " ".join([team, *service.terms(language), *platforms])
            infos[f"{folder}{SERVICE_FOLDER}/{service.slug}/"] = PageInfo(SERVICE_PAGE_WEIGHT, about,
                                                                          first_record_only=True)
    return infos


def service_pages(handbook: Handbook, languages: Sequence[str]) -> Iterator[Page]:
    """Each service's page as search knows it, from the registry (its HTML is never read back):
    its title, the one the page shows. Its one record is that title and what the page is for
    (page_infos); its listings are the accounts bundle's."""
    for language in languages:
        folder = "" if language == languages[0] else f"{language}/"
        for service in handbook.registry.services_in_use():
            yield Page(f"{folder}{SERVICE_FOLDER}/{service.slug}/", language, service.label(language))


def _written_page_info(source: SourcePage) -> PageInfo:
    search = source.meta.search
    about = " ".join([source.meta.description or "", *(search.keywords if search else [])])
    return PageInfo(search.boost if search and search.boost else 1.0, about)


# ---- records ---------------------------------------------------------------------------------

def _section_files(pages: list[Page], infos: dict[str, PageInfo]) -> Iterator[tuple[str, str, tuple[str, set[str]]]]:
    """(address, record HTML, (language, words the record can be found by)) for every section.

    A page's first record (its title and introduction) also holds what the page is for, after
    ABOUT_MARK: searched like the page's own words, never shown in an excerpt.
    """
    for page in pages:
        info = infos.get(page.url)
        sections = page.sections
        if info and info.about and not any(section.url == page.url for section in sections):
            sections = [Section(page.url, page.title, f"<h1>{escape(page.title)}</h1>"), *sections]
        if info and info.first_record_only:
            sections = sections[:1]
        for section in sections:
            about = info.about if info and section.url == page.url else ""
            text = re.sub(r"<[^>]+>", " ", section.html) + " " + about
            words = _words(text)
            meta = {"page": page.title}
            if page.language == "cy" and (forms := welsh_forms(words)):
                meta["forms"] = " ".join(sorted(forms))
                words |= forms
            # The search script ends a record's own words at the first mark: a page's own is dropped.
            own_html = section.html.replace(ABOUT_MARK, "")
            yield section.url, _record(page.language, "page", meta, section_html=own_html, about=about), (
                page.language, words)


def account_records(handbook: Handbook, language: str, default_language: str = "en") -> Iterator[tuple[str, str]]:
    """One record per service with accounts: each account a heading with its row's id."""
    folder = "" if language == default_language else f"{language}/"
    registry = handbook.registry
    by_service = {slug: registry.by_service(slug) + registry.archived_in(slug) for slug in registry.services}
    labels = {key: translate(key, language) for key in ("lang.en", "lang.cy", "lang.bilingual", "closed")}
    for slug, accounts in by_service.items():
        if not accounts:
            continue
        service = accounts[0].service
        labels["team"] = translate("team", language, team=handbook.organisation.named_team(service.team))
        shown = [_account(account, language, labels) for account in accounts]
        meta = {"title": service.label(language)}
        if language == "cy" and (forms := welsh_forms(_words(" ".join(f"{a.title} {a.text}" for a in shown)))):
            meta["forms"] = " ".join(sorted(forms))
        yield f"{folder}{SERVICE_FOLDER}/{slug}/", _record(language, "account", meta, accounts=shown)


@dataclass(frozen=True, slots=True)
class AccountHeading:
    """One account in its service's record: a heading (its row's id) and a line of details.
    Attributes, not a dict: the template reads four per account, and a national registry has
    10,000 accounts in each language."""

    id: str
    title: str
    text: str
    closed: bool


def _account(account: Account, language: str, labels: dict[str, str]) -> AccountHeading:
    purpose, _ = account.purpose_in(language)
    details = [account.platform.label(language), account.service.label(language), labels["team"]]
    if account.closed is not None and account.status.value == "archived":
        details.append(f"{labels['closed']} {format_date(account.closed, language)}")
    else:
        details += [labels[f"lang.{account.language.value}"], purpose]
    return AccountHeading(account.anchor, f"{account.display_name} ({account.display_handle})", " · ".join(details),
                        account.status.value == "archived")


def _record(language: str, kind: str, meta: dict[str, str], **content: object) -> str:
    # In data-pagefind-meta a comma starts the next field: keep commas out of the values.
    meta = {key: " ".join(value.replace(",", " ").split()) for key, value in meta.items()}
    return _TEMPLATE.render(language=language, kind=kind, meta=meta, mark=ABOUT_MARK, about_weight=ABOUT_WEIGHT,
                            **content)


def _words(text: str) -> set[str]:
    compounds = {word.lower() for word in _WORD.findall(text)}
    return compounds | {part for word in compounds for part in word.split("-")}  # as Pagefind indexes them


def welsh_forms(words: Iterable[str]) -> set[str]:
    """The forms of Welsh words that the words themselves are not: radicals and dictionary forms."""
    words = set(words)
    found = {form for word in words - cymraeg.STOP_WORDS for form in word_forms.forms(word, "cy")}
    return {form for form in found - words if len(form) > 2}


# ---- the search script's settings -----------------------------------------------------------

def search_settings(language: str, pages: list[Page], infos: dict[str, PageInfo], synonyms: dict[str, list[str]],
                    vocabulary: set[str], has_accounts: bool) -> dict[str, object]:
    """What the search script needs for one language."""
    settings: dict[str, object] = {
        "pages": {page.url: [page.title, infos.get(page.url, PageInfo(1.0, "")).weight] for page in pages},
        "accounts": has_accounts,
        "synonyms": synonyms,
        "stop_words": sorted(ENGLISH_STOP_WORDS if language == "en" else cymraeg.STOP_WORDS),
        "vocabulary": " ".join(sorted(word_forms.fold(word) for word in vocabulary if len(word) > 3
                                      and not word.isdigit())),
        "ranking": RANKING,
        "scoring": SCORING,
    }
    if language == "cy":
        settings["mutations"] = cymraeg.browser_rules()["undo"]
        settings["forms"] = f"{FORMS}/"
    return settings


def _write_forms(folder: Path, vocabulary: set[str]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for prefix, table in word_forms.browser_table(vocabulary).items():
        (folder / f"{prefix}.json").write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")),
                                               encoding="utf-8")


# ---- Pagefind --------------------------------------------------------------------------------

def record_path(url: str) -> str:
    """The file a record is indexed from: "faqs/#leave" → "faqs/leave.html", "faqs/" → "faqs/index.html"."""
    page, _, anchor = url.partition("#")
    return f"{page}{anchor or 'index'}.html"


# Scratch files in memory where Linux offers it: on some disks making a small file costs more than
# indexing it (0.6 ms each on our CI machines, 10,000 of them for a national registry).
_SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def _write_bundles(site: Path, bundles: dict[str, list[tuple[str, str]]]) -> float:
    """Index each bundle's records into the site; Pagefind's CPU seconds."""
    # Each record goes to Pagefind as a small HTML file whose path is its address, and a folder is
    # indexed by one run of Pagefind's command line. (Its Python service waits 0.1 s for every
    # reply, and costs more CPU: adding 10,000 records one by one would take a quarter of an hour.)
    with tempfile.TemporaryDirectory(prefix="handbook-search-", dir=_SCRATCH) as temp:
        made: set[Path] = set()
        for folder, records in bundles.items():
            for url, html in records:
                path = Path(temp) / folder / record_path(url)
                if path.parent not in made:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    made.add(path.parent)
                path.write_text(html, encoding="utf-8")
        # One bundle at a time: two Pagefinds at once on a two-core machine spin against each
        # other's threads, and took three to five times the CPU in our measurements.
        # Pagefind makes its files from many threads at once, which a busy disk serves slowly: for
        # the sample's 900 files, up to half a second more system time than in memory, where
        # copying them across took about a tenth. So for a site on another disk it writes in memory
        # and the files the site uses are copied; a site already in memory gets them directly.
        direct = _SCRATCH is None or _same_device(site, Path(temp))
        before = os.times()
        for folder in bundles:
            records = Path(temp) / folder
            if not records.exists():
                continue
            if direct:
                _index(records, site / folder)
                continue
            built = Path(temp) / "built" / folder
            _index(records, built)
            _tidy(built, keep=_KEEP[folder])
            shutil.copytree(built, site / folder, dirs_exist_ok=True, copy_function=shutil.copyfile)
        after = os.times()  # the children's times count once a child has ended (0 on Windows)
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def _same_device(site: Path, scratch: Path) -> bool:
    site.mkdir(parents=True, exist_ok=True)
    return os.stat(site).st_dev == os.stat(scratch).st_dev


def _index(source: Path, output: Path) -> None:
    # Run in the records' folder, so that no pagefind.yml of the council's project changes the index.
    command = [str(get_executable()), "--site", str(source), "--output-path", str(output.resolve()), "--silent"]
    result = subprocess.run(command, cwd=source, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        said = " ".join((result.stderr or result.stdout).split())[-400:] or "nothing"
        raise SearchIndexError(f"Pagefind stopped with exit code {result.returncode} while indexing "
                               f"{output.name} (it said: {said}). Build again; if it keeps happening, "
                               "reinstall with scripts/install.sh.")


def _tidy(folder: Path, keep: Callable[[str], bool]) -> None:
    for path in folder.iterdir() if folder.exists() else ():
        if path.is_file() and not keep(path.name):
            path.unlink()


def _stats(site: Path, pages: list[Page], accounts: int, seconds: float, pagefind_cpu: float) -> SearchIndexStats:
    sizes = {Path(folder, name): (Path(folder) / name).stat().st_size  # one look at each file
             for top in (PAGES, ACCOUNTS) for folder, _, names in os.walk(site / top) for name in names}
    largest = max(sizes, key=sizes.__getitem__)
    return SearchIndexStats(
        files=len(sizes), bytes=sum(sizes.values()),
        largest_file=largest.relative_to(site).as_posix(), largest_bytes=sizes[largest],
        seconds=seconds, sections=sum(len(page.sections) for page in pages), accounts=accounts,
        pagefind_cpu_seconds=pagefind_cpu)
