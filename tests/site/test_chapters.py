"""The chapters meet the quality bars: plain English, original words, structure, key sections."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.core.i18n import format_date
from tests.cards import CARDS
from tests.edition import edition
from tests.prose import eight_gram_fingerprints, prose_blocks, score, section
from tools.sitebuild import ROOT, Build

CHAPTERS = ["", "our-approach", "using-social-media", "councillors", "running-an-account", "when-things-go-wrong",
            "abuse-response-plan", "house-rules", "accounts", "faqs", "scenarios",
            *(f"scenarios/{card}" for card in CARDS), "about", "accessibility"]
SEED_FINGERPRINTS = set((ROOT / "tests" / "fixtures" / "seed-8grams.txt").read_text().split())
SEEDS = ROOT.parent / "shared" / "seeds"


def article(site: Build, slug: str):
    return site.page(f"{slug}/" if slug else "").select_one("article")


def source(slug: str) -> Path:
    return ROOT / "docs" / f"{slug or 'index'}.md"


# ---- plain English --------------------------------------------------------------------------

@pytest.mark.parametrize("slug", CHAPTERS)
def test_reading_ease_and_sentence_length(site: Build, slug: str) -> None:
    result = score(" ".join(prose_blocks(article(site, slug))))
    print(f"{slug or 'home'}: Flesch {result.flesch:.1f}, {result.words} words, "
          f"{result.average_sentence:.1f} words per sentence")
    assert result.words > 80
    assert result.flesch >= 60, f"reading ease {result.flesch:.1f} is below 60: use shorter words and sentences"
    assert result.average_sentence <= 20, f"sentences average {result.average_sentence:.1f} words"


def test_readability_measure_tells_hard_text_apart() -> None:
    # Negative control: legal prose must fail the same bar.
    hard = ("Notwithstanding the aforementioned considerations, organisational accountability "
            "necessitates comprehensive documentation of representational communications, "
            "particularly where reputational implications materialise.")
    assert score(hard).flesch < 60


# ---- original words -------------------------------------------------------------------------

@pytest.mark.parametrize("slug", CHAPTERS)
def test_no_eight_word_run_from_the_seed_texts(site: Build, slug: str) -> None:
    text = article(site, slug).get_text(" ")
    shared = eight_gram_fingerprints(text) & SEED_FINGERPRINTS
    assert not shared, f"{len(shared)} runs of eight words also appear in the seed texts"


def test_seed_fingerprints_catch_copied_text() -> None:
    # Negative control: the opening of the seed story itself is caught.
    copied = "the world hasn't ended what happens when you give all staff access to social media"
    assert eight_gram_fingerprints(copied) & SEED_FINGERPRINTS


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed texts are not beside this checkout")
def test_seed_fingerprints_are_current() -> None:
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    assert eight_gram_fingerprints(text) == SEED_FINGERPRINTS, "run scripts/seed_fingerprints.py"


# ---- spelling -------------------------------------------------------------------------------

def test_spelling() -> None:
    codespell = Path(sys.executable).with_name("codespell")
    result = subprocess.run([str(codespell), "docs", "data", "README.md"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, f"codespell found misspellings (add real words to " \
                                   f"tests/codespell-words.txt):\n{result.stdout}"


# ---- structure ------------------------------------------------------------------------------

@pytest.mark.parametrize("slug", CHAPTERS)
def test_one_h1_and_headings_in_order(site: Build, slug: str) -> None:
    headings = [int(h.name[1]) for h in article(site, slug).find_all(re.compile("^h[1-6]$"))]
    assert headings.count(1) == 1 and headings[0] == 1
    for before, after in zip(headings, headings[1:]):
        assert after <= before + 1, f"heading level jumps from h{before} to h{after}"


@pytest.mark.parametrize("slug", CHAPTERS)
def test_front_matter_names_owner_and_review(slug: str) -> None:
    text = source(slug).read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---")[1])
    assert isinstance(meta["owner"], str) and meta["owner"].endswith(("team", "Team"))
    assert isinstance(meta["last_reviewed"], datetime.date)
    assert isinstance(meta["review_interval_months"], int) and 1 <= meta["review_interval_months"] <= 24


@pytest.mark.parametrize("slug", CHAPTERS)
def test_chapters_name_the_council_only_through_the_organisation_file(slug: str) -> None:
    text = source(slug).read_text(encoding="utf-8")
    organisation = edition().organisation
    phones = [contact.phone for contact in organisation.contacts.values() if contact.phone and contact.phone != "999"]
    since = format_date(organisation.all_staff_access_since, "en", with_day=False)
    for word in (organisation.short_name, organisation.short_name_cy, organisation.email_domain, since, *phones):
        assert word not in text
    # Nor any handle from the registry: an example account comes from the registry through a macro.
    for account in edition().registry.accounts:
        assert not re.search(rf"(?<![\w./-]){re.escape(account.handle)}(?![\w.-])", text, re.IGNORECASE), \
            account.handle


def test_every_chapter_is_reachable_from_the_home_page_and_navigation(site: Build) -> None:
    home = site.page("")
    linked = {a["href"].strip("./").split("#")[0] for a in home.select("article a[href]")}
    nav = {a["href"].strip("./").split("#")[0] for a in home.select("nav.md-nav--primary a[href]")}
    for slug in CHAPTERS[1:]:
        assert slug in linked, f"the home page does not link to {slug}"
        assert slug in nav, f"the navigation does not list {slug}"


def test_quick_routes_reach_the_procedures_in_one_click(site: Build) -> None:
    routes = site.page("").find("h2", id="quick-routes").find_next("ul")
    targets = {a.get_text(" ", strip=True): a["href"] for a in routes.find_all("a")}
    assert targets["I made a mistake"].endswith("when-things-go-wrong/#correction-procedure")
    assert targets["Someone is abusing us online"].endswith("abuse-response-plan/#triage")
    assert targets["I want to start an account"].endswith("running-an-account/#request-an-account")


# ---- key sections ---------------------------------------------------------------------------

KEY_SECTIONS = {
    "our-approach": ["why-open-access", "be-yourself", "who-owns-it", "many-accounts"],
    "using-social-media": ["whats-fine", "personal-information", "political-restrictions",
                           "pre-election-period", "say-you-work-here", "council-business", "if-in-doubt"],
    "running-an-account": ["do-you-need-one", "request-an-account", "naming", "admins", "security",
                           "mailboxes", "handover", "dormant-accounts", "accessible-posts", "welsh-language",
                           "records-and-foi", "data-protection"],
    "when-things-go-wrong": ["mistakes-are-ok", "correction-procedure", "do-not-delete", "example-corrections",
                             "who-to-tell", "if-it-spreads", "no-blame-review"],
    "abuse-response-plan": ["triage", "flowchart", "templates", "moderation-tools",
                            "escalation", "records", "wellbeing", "the-law"],
    "house-rules": ["what-we-remove", "how-we-reply", "hours", "complaints"],
    "about": ["suggest-a-change", "reviews", "licence", "adopting"],
    "accessibility": ["compliance-status", "known-issues", "reporting-problems", "enforcement", "how-we-tested"],
}


@pytest.mark.parametrize("slug", KEY_SECTIONS)
def test_key_sections_exist(site: Build, slug: str) -> None:
    page = article(site, slug)
    missing = [section for section in KEY_SECTIONS[slug] if page.find(id=section) is None]
    assert not missing


def test_abuse_plan_triage_covers_every_type(site: Build) -> None:
    nodes = section(article(site, "abuse-response-plan"), "triage")
    table = next(n if n.name == "table" else n.find("table") for n in nodes if n.name == "table" or n.find("table"))
    text = table.get_text(" ").lower()
    for kind in ("criticism", "complaint", "misinformation", "abuse", "threat", "safeguarding"):
        assert kind in text
    headers = [th.get_text(" ", strip=True).lower() for th in table.select("thead th")]
    assert len(headers) >= 4 and any("how fast" in h or "when" in h for h in headers)


def test_abuse_plan_decisions_are_a_list_not_a_diagram_to_download(site: Build) -> None:
    page = article(site, "abuse-response-plan")
    assert not page.select("pre.mermaid, div.mermaid, svg.mermaid")  # no diagram library on the page
    assert not site.page("abuse-response-plan/").find("script", src=lambda src: src and "mermaid" in src)
    steps = [n for n in section(page, "flowchart") if n.name == "ol"]
    assert steps and len(steps[0].find_all("li")) >= 5
    assert "999" in steps[0].find("li").get_text()  # danger to life comes first


def test_abuse_plan_has_at_least_six_templates(site: Build) -> None:
    templates = [n for n in section(article(site, "abuse-response-plan"), "templates") if n.name == "blockquote"]
    assert len(templates) >= 6


def test_abuse_plan_escalation_contacts_come_from_the_organisation_file(site: Build) -> None:
    nodes = section(article(site, "abuse-response-plan"), "escalation")
    html = "".join(str(n) for n in nodes)
    safeguarding = edition().organisation.contact("safeguarding")
    assert f"mailto:{safeguarding.email}" in html or f"tel:{(safeguarding.phone or '').replace(' ', '')}" in html
    assert "tel:999" in html
    assert "docs" not in html and "{{" not in html


def test_abuse_plan_cites_the_law_and_999(site: Build) -> None:
    text = " ".join(n.get_text(" ") for n in section(article(site, "abuse-response-plan"), "the-law"))
    for law in ("Malicious Communications Act 1988", "Protection from Harassment Act 1997",
                "Communications Act 2003", "Online Safety Act 2023", "Defamation Act 2013"):
        assert law in text
    assert "999" in article(site, "abuse-response-plan").get_text()


def test_correction_procedure_is_a_numbered_list(site: Build) -> None:
    nodes = section(article(site, "when-things-go-wrong"), "correction-procedure")
    steps = [n for n in nodes if n.name == "ol"]
    assert steps and len(steps[0].find_all("li", recursive=False)) >= 5


def test_faqs_answer_at_least_fifteen_questions_including_the_readers(site: Build) -> None:
    questions = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in
                 article(site, "faqs").find_all(["h2", "h3"]) if "?" in h.get_text()]
    assert len(questions) >= 15
    joined = " ".join(questions).lower()
    assert "tangible benefits" in joined and "join" in joined and "conversation" in joined
    answers = article(site, "faqs").select("a[href]")
    assert len(answers) >= 15  # each answer links to the chapter that says more


def test_about_page_offers_a_route_without_github_and_names_the_licences(site: Build) -> None:
    page = article(site, "about")
    suggest = "".join(str(n) for n in section(page, "suggest-a-change"))
    assert f"mailto:{edition().organisation.contact('comms').email}" in suggest
    assert "github.com" in suggest
    licence = " ".join(n.get_text(" ") for n in section(page, "licence"))
    assert "Open Government Licence v3.0" in licence and "MIT" in licence
    assert (ROOT / "LICENSE").is_file() and (ROOT / "LICENCE-CONTENT").is_file()


def test_accessibility_statement_has_the_required_parts(site: Build) -> None:
    text = article(site, "accessibility").get_text(" ")
    for phrase in ("WCAG 2.2", "Equality and Human Rights Commission", "Equality Advisory and Support Service",
                   "Public Sector Bodies (Websites and Mobile Applications)"):
        assert phrase in text
