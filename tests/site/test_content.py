"""The handbook says what a council can stand behind: every topic has its section, every quick answer
fits one phone screen, every chapter cites its sources, and the wrong or risky claims stay out."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from tests.cards import CARDS
from tests.prose import WORD, section
from tests.edition import edition, edition_root
from tools.sitebuild import ROOT, Build

ORGANISATION = yaml.safe_load((edition_root() / "data" / "organisation.yml").read_text(encoding="utf-8"))
CONTACTS = ORGANISATION["contacts"]
BLOCK_REVIEW = edition().organisation.policy.months("block_review_months", "en")  # "3 months"


def article(site: Build, slug: str) -> Tag:
    return site.page(f"{slug}/" if slug else "").select_one("article")


def text_of(nodes: list[Tag]) -> str:
    return " ".join(" ".join(node.get_text(" ").split()) for node in nodes)


def html_of(nodes: list[Tag]) -> str:
    return "".join(str(node) for node in nodes)


def mailto(key: str) -> str:
    return f'href="mailto:{CONTACTS[key]["email"]}"'


# ---- every new topic has a section, with real content ------------------------------------------

# Where each topic from the content issue lives: (page, heading id, phrases the section must contain).
TOPICS = [
    ("councillors", "code-of-conduct", ["code of conduct", "give the impression", "disrepute"]),
    ("councillors", "personal-and-councillor-accounts", ["separate", "council resources"]),
    ("councillors", "council-accounts", ["neutral", "council role"]),
    ("councillors", "officer-impartiality", ["impartiality", "politically restricted"]),
    ("councillors", "what-officers-cannot-do", ["must not", "write, edit or schedule", "say no politely"]),
    ("using-social-media", "party-political-publicity",
     ["section 2 of the Local Government Act 1986", "every day of the year", "Code of Recommended Practice"]),
    ("using-social-media", "pre-election-period", ["notice of election", "polling day", "do not publish photos"]),
    ("using-social-media", "pre-election-checklist", ["stop"]),
    ("using-social-media", "photos-and-consent", ["lawful basis", "not the only one", "18 or over"]),
    ("using-social-media", "children-extra-care", ["looked-after", "adopted", "social worker"]),
    ("using-social-media", "investigations",
     ["Regulation of Investigatory Powers Act 2000", "magistrate", "made-up profile"]),
    ("using-social-media", "codes-and-policies", ["code of conduct", "whistleblowing", "disciplinary"]),
    ("running-an-account", "security", ["authenticator app", "passkey", "text message"]),
    ("running-an-account", "account-recovery", ["do not open a new account", "team mailbox"]),
    ("running-an-account", "welsh-replies", ["holding reply", "machine translation", "Diolch am eich neges"]),
    ("running-an-account", "records-and-foi", ["Freedom of Information Act 2000", "subject access"]),
    ("running-an-account", "subject-access", ["one month", "subject access request", "Article 12A"]),
    ("running-an-account", "deleting-requested-information",
     ["section 77 of the Freedom of Information Act 2000", "criminal offence", "section 173"]),
    ("running-an-account", "direct-messages", ["never discuss or confirm", "never ask for", "secure route"]),
    ("running-an-account", "devices-and-apps", ["TikTok", "2023", "Welsh Government"]),
    ("running-an-account", "age-limits", ["13"]),
    ("running-an-account", "music-and-copyright", ["Copyright, Designs and Patents Act 1988", "licence"]),
    ("running-an-account", "paid-promotion", ["budget holder", "Paid for by"]),
    ("running-an-account", "generative-ai", ["personal data", "check", "human control"]),
    ("abuse-response-plan", "blocking", ["block log", BLOCK_REVIEW, "look again"]),
    ("abuse-response-plan", "child-named", ["Delete", "Hiding is not enough", "safeguarding"]),
    ("abuse-response-plan", "impersonation", ["impersonation", "our accounts"]),
    ("abuse-response-plan", "staff-targeted", ["doxxing", "999", "home address"]),
    ("when-things-go-wrong", "major-incidents", ["Pause every scheduled post"]),
    ("house-rules", "blocking", ["review", BLOCK_REVIEW]),
]


@pytest.mark.parametrize(("slug", "anchor", "phrases"), TOPICS, ids=[f"{s}#{a}" for s, a, _ in TOPICS])
def test_topic_has_a_substantive_section(site: Build, slug: str, anchor: str, phrases: list[str]) -> None:
    nodes = section(article(site, slug), anchor)
    text = text_of(nodes)
    assert len(WORD.findall(text)) >= 30, f"#{anchor} on {slug} has too little text"
    missing = [phrase for phrase in phrases if phrase.lower() not in text.lower()]
    assert not missing, f"#{anchor} on {slug} does not say: {missing}"


def test_pre_election_checklist_is_five_numbered_questions(site: Build) -> None:
    nodes = section(article(site, "using-social-media"), "pre-election-checklist")
    steps = next(node for node in nodes if node.name == "ol").find_all("li", recursive=False)
    assert len(steps) == 5 and all(step.get_text().strip().endswith("?") for step in steps)


# Each topic names the team to ask, through the organisation file.
ROUTES = [
    ("councillors", "what-officers-cannot-do", "monitoring_officer"),
    ("using-social-media", "pre-election-period", "elections"),
    ("using-social-media", "investigations", "legal"),
    ("running-an-account", "welsh-replies", "translation"),
    ("running-an-account", "subject-access", "information_governance"),
    ("running-an-account", "devices-and-apps", "it_service_desk"),
    ("when-things-go-wrong", "major-incidents", "emergency_planning"),
    ("abuse-response-plan", "child-named", "safeguarding"),
]


@pytest.mark.parametrize(("slug", "anchor", "key"), ROUTES, ids=[f"{s}#{a}" for s, a, _ in ROUTES])
def test_topic_names_its_contact_from_the_organisation_file(site: Build, slug: str, anchor: str, key: str) -> None:
    assert mailto(key) in html_of(section(article(site, slug), anchor))


def test_direct_messages_send_people_to_the_contact_centre(site: Build) -> None:
    html = html_of(section(article(site, "running-an-account"), "direct-messages"))
    assert f'href="{CONTACTS["contact_centre"]["url"]}"' in html


def test_codes_and_policies_link_to_the_councils_own_documents(site: Build) -> None:
    html = html_of(section(article(site, "using-social-media"), "codes-and-policies"))
    for key in ("employee_code", "acceptable_use", "disciplinary", "whistleblowing"):
        assert f'href="{CONTACTS[key]["url"]}"' in html, key


def test_document_contacts_are_sample_council_addresses() -> None:
    website = urlparse(ORGANISATION["council_website"]).hostname
    for key in ("employee_code", "members_code", "whistleblowing", "disciplinary", "acceptable_use"):
        address = urlparse(CONTACTS[key]["url"])
        assert address.scheme == "https" and address.hostname == website, key


# ---- quick answers: one phone screen each, in English and Welsh ---------------------------------

CARD_SECTIONS = ["what-to-do-now", "who-to-tell", "what-not-to-do"]
MAX_CARD_WORDS = 170
# Welsh takes more words than English to say the same thing (about a fifth more on these cards).
MAX_CARD_WORDS_CY = 212
LANGUAGES = ["en", "cy"]


def card_article(site: Build, card: str, lang: str = "en") -> Tag:
    return article(site, f"{'cy/' if lang == 'cy' else ''}scenarios/{card}")


def card_body(page: Tag) -> Tag:
    """The card's own words: no title, review line, page actions, heading anchors or notice that a
    Welsh page awaits a change (an English edit must not fail the Welsh card's word count)."""
    body = BeautifulSoup(str(page), "html.parser")
    for node in body.select("h1, h2, .headerlink, .handbook-review, .handbook-page-actions, .md-content__button, "
                            ".handbook-translation-status"):
        node.decompose()
    return body


def words(text: str) -> int:
    return len(WORD.findall(text))


def card_layout_problems(page: Tag, max_words: int) -> list[str]:
    """What keeps a card from being one phone screen in the card layout; empty when it fits."""
    problems = []
    ids = [h2.get("id") for h2 in page.find_all("h2")]
    if ids != CARD_SECTIONS:
        return [f"sections are {ids}, not {CARD_SECTIONS}"]
    if not any(node.name == "ol" and len(node.find_all("li")) >= 3 for node in section(page, "what-to-do-now")):
        problems.append("'what to do now' is not a numbered list of at least three steps")
    routes = [a["href"] for node in section(page, "who-to-tell") for a in node.select(".handbook-contact a[href]")]
    if not any(route.startswith(("mailto:", "tel:")) for route in routes):
        problems.append("'who to tell' names no contact from the organisation file")
    if not any(node.name == "ul" and len(node.find_all("li")) >= 2 for node in section(page, "what-not-to-do")):
        problems.append("'what not to do' is not a list of at least two points")
    body = card_body(page)
    links = [a["href"] for a in body.select("a[href]") if not a["href"].startswith(("mailto:", "tel:", "http"))]
    if not any("#" in href and "scenarios" not in href for href in links):
        problems.append("no link to a section of a chapter")
    count = words(body.get_text(" "))
    if not 60 <= count <= max_words:
        problems.append(f"{count} words, not 60 to {max_words}")
    return problems


def test_there_is_a_quick_answer_for_every_situation() -> None:
    cards = sorted(path.name.removesuffix(".md") for path in (ROOT / "docs" / "scenarios").glob("*.md")
                   if not path.name.endswith(".cy.md"))
    assert len(CARDS) >= 21 and len(set(CARDS)) == len(CARDS)
    assert sorted(CARDS) == cards, "list every card in tests/cards.py"


@pytest.mark.parametrize("card", CARDS)
def test_card_exists_in_english_and_welsh(site: Build, card: str) -> None:
    assert (ROOT / "docs" / "scenarios" / f"{card}.cy.md").is_file()
    english, welsh = site.page(f"scenarios/{card}/"), site.page(f"cy/scenarios/{card}/")
    assert welsh.html["lang"] == "cy"
    assert welsh.find("h1").get_text(strip=True) != english.find("h1").get_text(strip=True), "not translated"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("card", CARDS)
def test_card_fits_the_card_layout(site: Build, card: str, lang: str) -> None:
    limit = MAX_CARD_WORDS_CY if lang == "cy" else MAX_CARD_WORDS
    assert card_layout_problems(card_article(site, card, lang), limit) == []


def test_layout_check_catches_a_broken_card(site: Build) -> None:
    # Negative controls: each way a card can break the layout is caught, and a good card passes.
    good = card_article(site, "child-named")
    assert card_layout_problems(good, MAX_CARD_WORDS) == []

    def broken(change) -> list[str]:
        page = BeautifulSoup(str(good), "html.parser")
        change(page)
        return card_layout_problems(page, MAX_CARD_WORDS)

    assert broken(lambda page: page.find("h2", id="what-not-to-do").decompose())
    assert "names no contact" in " ".join(broken(lambda page: [node.decompose() for node in page.select(".handbook-contact")]))
    assert "link to a section" in " ".join(broken(lambda page: [a.unwrap() for a in page.select('a[href*="#"]')]))
    padding = "Tell the communications team what happened and when. " * 25
    assert "words" in " ".join(broken(lambda page: page.find("ol").append(padding)))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("card", CARDS)
def test_card_title_is_the_situation_and_is_in_the_navigation(site: Build, card: str, lang: str) -> None:
    prefix = "cy/" if lang == "cy" else ""
    page = site.page(f"{prefix}scenarios/{card}/")
    title = page.find("h1").get_text(" ", strip=True).removesuffix("¶").strip()
    assert not title.lower().startswith(("how ", "what ", "guide", "scenario", "sut ", "beth ", "canllaw"))
    nav = {a["href"].strip("./") for a in site.page(prefix).select("nav.md-nav--primary a[href]")}
    assert f"scenarios/{card}" in nav


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_reaches_the_quick_answers(site: Build, lang: str) -> None:
    home = article(site, "cy" if lang == "cy" else "")
    routes = home.find("h2", id="quick-routes").find_next("ul")
    assert any(a["href"].strip("./") == "scenarios" for a in routes.find_all("a"))
    listed = {a["href"].strip("./") for a in home.select("a[href]")}
    assert {f"scenarios/{card}" for card in CARDS} <= listed


@pytest.mark.parametrize("lang", LANGUAGES)
def test_quick_answers_index_lists_every_card(site: Build, lang: str) -> None:
    links = {a["href"].strip("./") for a in article(site, "cy/scenarios" if lang == "cy" else "scenarios").select("a[href]")}
    assert {card for card in CARDS} <= {link.rsplit("/", 1)[-1] for link in links}


# ---- the wrong or risky claims do not come back --------------------------------------------------

# Sentences the review found wrong or risky, as they were written, and why.
RISKY = {
    "private message with your address": "asks residents to send personal data by message",
    "please send us a private message": "moves a case into the platform's inbox",
    "ask them to send a private message": "moves personal data into the platform's inbox",
    "move the conversation to a private message": "moves personal data into the platform's inbox",
    "move the talk to private messages": "moves personal data into the platform's inbox",
    "such as shared someone's phone number": "hides personal data instead of removing it",
    "60 to 70": "one officer's early estimate from 2012 stated as a current fact",
    "60-70": "one officer's early estimate from 2012 stated as a current fact",
    "60–70": "one officer's early estimate from 2012 stated as a current fact",
    "read every comment": "a promise that fails when a safeguarding disclosure is missed",
    "whenever you want": "contradicts the time rules in using social media",
    "read most pages in welsh": "not true while most pages are not translated",
    "pages cannot block": "a platform claim we could not confirm",
    "which need a parent's consent": "consent is not always the lawful basis; adults decide for themselves",
    "quotes of councillors, and ask first": "weaker than the pre-election presumption, and says nobody to ask",
    "edit it if the platform allows": "a platform claim without saying which platforms",
    "that includes private messages": "a person's own messages are a subject access request, not FOI",
    "replies and private messages on our accounts": "a person's own messages are a subject access request, not FOI",
}


def normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def risky_phrases_in(text: str) -> list[str]:
    text = normalise(text)
    return [phrase for phrase in RISKY if phrase in text]


def english_pages(site: Build) -> list[tuple[str, str]]:
    pages = []
    for path in sorted(site.site.rglob("index.html")):
        relative = path.parent.relative_to(site.site).as_posix()
        if relative.startswith(("cy", "assets", "search")):
            continue
        content = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article")
        if content is not None:
            pages.append((relative, content.get_text(" ")))
    return pages


def test_no_wrong_or_risky_claim_comes_back(site: Build) -> None:
    pages = english_pages(site)
    assert len(pages) >= 20
    found = [f"{page or 'home'}: {phrase!r} ({RISKY[phrase]})" for page, text in pages for phrase in risky_phrases_in(text)]
    assert not found, "\n".join(found)


def test_risky_phrase_detector_finds_each_phrase() -> None:
    # Negative control: each phrase is caught, whatever its case, spacing or apostrophe.
    for phrase in RISKY:
        sample = f"Some text. {phrase.upper().replace(' ', '  ').replace(chr(39), '’')}. More text."
        assert phrase in risky_phrases_in(sample), phrase
    assert risky_phrases_in("Point them to a secure route, such as a form or a phone number.") == []


def test_no_reply_template_asks_for_personal_details_by_message(site: Build) -> None:
    templates = [node for node in section(article(site, "abuse-response-plan"), "templates") if node.name == "blockquote"]
    assert len(templates) >= 6
    for template in templates:
        text = normalise(template.get_text(" "))
        assert "send us a private message" not in text and "message us with" not in text, text


def test_personal_details_are_removed_not_hidden(site: Build) -> None:
    text = text_of(section(article(site, "abuse-response-plan"), "moderation-tools"))
    assert "Hiding is not enough" in text and "Delete posts that share someone's personal details" in text


def test_sixty_to_seventy_is_described_as_an_early_estimate(site: Build) -> None:
    text = text_of(section(article(site, "faqs"), "benefits"))
    assert "2012" in text and "estimate" in text and "not a survey" in text


# ---- every chapter ends with its sources -------------------------------------------------------

SOURCED_CHAPTERS = ["our-approach", "using-social-media", "councillors", "running-an-account",
                    "when-things-go-wrong", "abuse-response-plan", "house-rules", "accounts", "faqs",
                    "about", "accessibility"]
# Official and primary sources only: a link elsewhere is a mistake to look at.
SOURCE_HOSTS = {"www.legislation.gov.uk", "www.gov.uk", "gov.wales", "ico.org.uk", "cy.ico.org.uk",
                "welshlanguagecommissioner.wales", "www.ncsc.gov.uk", "www.local.gov.uk", "www.ombudsman.wales",
                "www.bbc.co.uk", "support.tiktok.com", "support.google.com", "transparency.meta.com",
                "www.w3.org", "www.equalityadvisoryservice.com", "www.nationalarchives.gov.uk",
                "www.gov.wales", "law.gov.wales",
                "www.wired-gov.net"}  # the GDS blog post launching the AI Playbook, as republished there
CHECKED = re.compile(r"Last checked \d{1,2} (January|February|March|April|May|June|July|August|September|"
                     r"October|November|December) 20\d\d\.")


@pytest.mark.parametrize("slug", SOURCED_CHAPTERS)
def test_chapter_ends_with_sources_and_law(site: Build, slug: str) -> None:
    page = article(site, slug)
    headings = page.find_all("h2")
    assert headings and headings[-1].get("id") == "sources", "Sources and law must be the last section"
    assert headings[-1].get_text(" ", strip=True).removesuffix("¶").strip() == "Sources and law"
    items = [li for node in section(page, "sources") if node.name == "ul" for li in node.find_all("li")]
    assert items, "the Sources and law section lists nothing"
    for item in items:
        assert CHECKED.search(item.get_text(" ")), f"no date on: {item.get_text(' ', strip=True)}"
    links = [a["href"] for item in items for a in item.select("a[href]")]
    assert links, "the Sources and law section has no links"
    for link in links:
        address = urlparse(link)
        assert address.scheme == "https" and address.hostname in SOURCE_HOSTS, link


def test_legal_citations_say_what_the_pages_rely_on(site: Build) -> None:
    cited = " ".join(text_of(section(article(site, slug), "sources")) for slug in SOURCED_CHAPTERS)
    for law in ("Local Government Act 1986", "Welsh Language Standards (No. 1) Regulations 2015",
                "Freedom of Information Act 2000", "Data Protection Act 2018", "Regulation of Investigatory Powers Act 2000",
                "Local Authorities (Model Code of Conduct) (Wales) Order 2008", "Copyright, Designs and Patents Act 1988"):
        assert law in cited, law


def test_welsh_holding_reply_is_marked_as_welsh(site: Build) -> None:
    # Screen readers switch voice for text marked as Welsh (WCAG 3.1.2, language of parts).
    for slug, anchor in (("running-an-account", "welsh-replies"), ("scenarios/welsh-comment", "what-to-do-now")):
        reply = [em for node in section(article(site, slug), anchor) for em in node.select('em[lang="cy"]')]
        assert reply and "Diolch am eich neges" in reply[0].get_text(), slug
