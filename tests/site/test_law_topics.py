"""The law as it stands (December 2026), and the topics the review found missing: each has its
section in English and in Welsh, says what the law says, and its page cites the source."""

from __future__ import annotations

import pytest

from tests.edition import edition
from tests.prose import WORD, section
from tools.sitebuild import Build

# (page, section id, English phrases, Welsh phrases, part of the address the page's sources must cite)
TOPICS = [
    ("running-an-account", "equality-duty",
     ["section 149", "Equality Act 2010", "Wales", "socio-economic duty", "31 March 2021"],
     ["adran 149", "Deddf Cydraddoldeb 2010 (Equality Act 2010)", "economaidd-gymdeithasol", "31 Mawrth 2021"],
     "ukpga/2010/15/section/149"),
    ("councillors", "meeting-broadcasts",
     ["section 46", "broadcast", "pre-election period", "full recording"],
     ["adran 46", "darlledu", "cyfnod cyn etholiad"], "asc/2021/1/section/46"),
    ("running-an-account", "privacy-notice",
     ["privacy notice", "joint controllers", "page insights", "lawful basis"],
     ["hysbysiad preifatrwydd", "gyd-reolwyr", "sail gyfreithlon"], "joint-controllers"),
    ("using-social-media", "monitoring-staff-posts",
     ["monitoring workers", "lawful, fair and open"], ["fonitro gweithwyr", "gyfreithlon, yn deg ac yn agored"],
     "monitoring-workers"),
    ("abuse-response-plan", "blocking-law",
     ["section 6 of the Human Rights Act 1998", "Article 10", "proportionate", "block log"],
     ["Deddf Hawliau Dynol 1998 (Human Rights Act 1998)", "Erthygl 10", "gymesur", "cofnod blocio"],
     "ukpga/1998/42/section/6"),
    ("using-social-media", "online-research",
     ["covert human intelligence source", "code of practice", "6 months", "magistrate", "outside RIPA", "own policy"],
     ["ffynhonnell cudd-wybodaeth ddynol gudd", "6 mis", "ynad", "y tu allan i RIPA", "polisi ei hun"],
     "uksi/2012/1500"),
    ("using-social-media", "mental-capacity",
     ["Mental Capacity Act 2005", "relative, a carer or a member of staff cannot agree", "best interests"],
     ["Deddf Galluedd Meddyliol 2005 (Mental Capacity Act 2005)", "lles pennaf"], "ukpga/2005/9"),
    ("using-social-media", "photos-and-consent",
     ["seven lawful bases", "recognised legitimate interests", "5 February 2026", "public tasks"],
     ["saith sail gyfreithlon", "buddiannau dilys cydnabyddedig"], "ukpga/2025/18/section/70"),
    ("running-an-account", "requests-on-social-media",
     ["section 8", "real name", "address for the reply", "the same day"],
     ["adran 8", "enw go iawn", "yr un diwrnod"], "section-8"),
    ("running-an-account", "subject-access",
     ["Article 12A", "When the clock starts", "When the clock pauses", "When the clock stops", "two more months"],
     ["Erthygl 12A", "cloc yn dechrau", "cloc yn aros", "cloc yn stopio"], "chapter/III/section/1"),
    ("running-an-account", "data-protection-complaints",
     ["section 164A", "19 June 2026", "30 days"], ["adran 164A", "19 Mehefin 2026", "30 diwrnod"],
     "ukpga/2025/18/section/103"),
    ("running-an-account", "records-and-foi",
     ["20 working days", "section 10", "Environmental Information Regulations 2004", "regulation 5"],
     ["20 diwrnod gwaith", "adran 10", "Rheoliadau Gwybodaeth Amgylcheddol 2004", "reoliad 5"],
     "uksi/2004/3391/regulation/5"),
    ("running-an-account", "security",
     ["Do not use codes sent by text message", "security key", "passkey"], ["neges destun", "allwedd ddiogelwch"],
     "ncsc.gov.uk"),
    ("running-an-account", "meta-business-portfolio",
     ["business portfolio", "at least two people", "own Facebook profile"],
     ["portffolio busnes", "o leiaf ddau berson"], "ncsc.gov.uk"),
    ("running-an-account", "age-limits",
     ["must not aim an account at children under 13", "13 to 17", "parents and carers"],
     ["13 i 17 oed", "rhieni a'u gofalwyr"], "tiktok"),
    ("running-an-account", "generative-ai", ["AI Playbook", "February 2025"], ["Llyfr Chwarae AI", "Chwefror 2025"],
     "playbook"),
    ("using-social-media", "sharing-political-posts",
     ["never share, like or repost a party political post", "politically restricted", "pre-election period"],
     ["cyfyngiadau gwleidyddol", "cyfnod cyn etholiad"], "ukpga/1986/10"),
    ("using-social-media", "pre-election-period",
     ["first Thursday in May", "25 working days", "Good Friday"],
     ["dydd Iau cyntaf ym mis Mai", "25 diwrnod gwaith"], "wsi/2021/1459"),
]
IDS = [f"{page}#{anchor}" for page, anchor, *_ in TOPICS]


def text_of(site: Build, url: str, anchor: str) -> str:
    nodes = section(site.page(url).select_one("article"), anchor)
    return " ".join(" ".join(node.get_text(" ").split()) for node in nodes)


def cited(site: Build, url: str) -> list[str]:
    nodes = section(site.page(url).select_one("article"), "sources")
    return [a["href"] for node in nodes for a in node.select("a[href]")]


@pytest.mark.parametrize(("page", "anchor", "english", "welsh", "source"), TOPICS, ids=IDS)
def test_topic_is_stated_in_both_languages_with_its_source(site: Build, page: str, anchor: str,
                                                           english: list[str], welsh: list[str], source: str) -> None:
    for lang, url, phrases in (("en", f"{page}/", english), ("cy", f"cy/{page}/", welsh)):
        text = text_of(site, url, anchor)
        assert len(WORD.findall(text)) >= 40, f"/{url}#{anchor} has too little text"
        missing = [phrase for phrase in phrases if phrase.lower() not in text.lower()]
        assert not missing, f"/{url}#{anchor} does not say: {missing}"
        assert any(source in href for href in cited(site, url)), f"/{url} does not cite {source}"


def test_topic_check_fails_on_a_section_that_does_not_say_it(site: Build) -> None:
    # Negative control: the equality duty is not in the section on naming an account.
    assert "section 149" not in text_of(site, "running-an-account/", "naming")


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_councils_own_rules_come_from_the_organisation_file(site: Build, lang: str) -> None:
    rules = edition().organisation.policy
    prefix = "cy/" if lang == "cy" else ""
    blocking = text_of(site, f"{prefix}abuse-response-plan/", "blocking")
    assert rules.months("block_review_months", lang) in blocking
    assert rules.months("block_log_retention_months", lang) in blocking
    records = text_of(site, f"{prefix}running-an-account/", "records-and-foi")
    assert rules.months("message_retention_months", lang) in records
    approver = edition().organisation.contact(rules.new_account_approver).phrase(lang)
    assert approver in text_of(site, f"{prefix}running-an-account/", "request-an-account")
    assert "policy(" not in site.html(f"{prefix}running-an-account/")
