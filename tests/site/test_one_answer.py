"""One answer for each rule that appears in more than one place, in English and Welsh.

For each rule: the contradicting forms (old or wrong wordings) appear on no built page, quick
answers included, and every place that states the rule says it the canonical way, or links to
the section that does.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from tests.prose import section
from tools.sitebuild import Build


@dataclass(frozen=True)
class Rule:
    name: str
    forbidden: tuple[str, ...]  # contradicting forms, English or Welsh, compared without case
    canonical: dict[str, str]  # language -> regular expression the statement must match
    stated_at: tuple[tuple[str, str], ...]  # (page, section id) in both languages
    home: str = ""  # a link to this section counts as stating the rule


RULES = [
    Rule("personal details are deleted, not hidden",
         ("remove or hide the post", "hide or remove the post", "delete or hide the post", "delete or hide a post",
          "ddileu neu guddio neges",
          "dilëwch y neges neu cuddiwch hi", "cuddiwch neu dilëwch y neges"),
         {"en": r"hiding is not enough", "cy": r"nid yw cuddio'n ddigon"},
         (("when-things-go-wrong", "personal-data"), ("when-things-go-wrong", "when-to-delete"),
          ("abuse-response-plan", "moderation-tools"),
          ("abuse-response-plan", "child-named"), ("faqs", "data-mistake"))),
    Rule("sharing political posts",
         ("and not from a council account", "share it on your own account", "on your own account instead",
          "from a council account or with their job title", "a byth o gyfrif y cyngor",
          "o un o gyfrifon y cyngor na gyda theitl eu swydd", "if not, you can take part in politics",
          "os nad yw, gallwch gymryd rhan mewn gwleidyddiaeth"),
         {"en": r"on a council account and on your own account too",
          "cy": r"ar gyfrif y cyngor ac ar eich cyfrif eich hun hefyd"},
         (("using-social-media", "sharing-political-posts"), ("faqs", "councillor-asks"),
          ("councillors", "what-officers-cannot-do"), ("faqs", "political-posts"),
          ("scenarios/councillor-political-post", "what-to-do-now")),
         home="using-social-media/#sharing-political-posts"),
    Rule("a block is agreed and logged first",
         ("block if it carries on", "blociwch y person os yw'n parhau", "blociwch os yw'n parhau"),
         {"en": r"agree.*\b(block log|log it|record)", "cy": r"cytun.*\b[cg]ofnod"},  # "a'i gofnodi": mutated
         (("abuse-response-plan", "triage"), ("abuse-response-plan", "blocking"), ("faqs", "blocking"),
          ("house-rules", "blocking"))),
    Rule("no codes by text message",
         ("better than nothing, but it is the weakest", "text message is better than nothing",
          "neges destun yn well na dim"),
         {"en": r"do not use codes sent by text message", "cy": r"peidiwch â defnyddio codau sy'n cael eu hanfon mewn neges destun"},
         (("running-an-account", "security"), ("faqs", "how-many-admins"))),
    Rule("the subject access clock",
         ("one calendar month, counting from the day it gets the request", "un mis calendr, gan gyfrif o'r diwrnod"),
         {"en": r"article 12a", "cy": r"erthygl 12a"},
         (("running-an-account", "subject-access"),)),
    Rule("seven lawful bases",
         ("six lawful bases", "chwe sail gyfreithlon"),
         {"en": r"seven lawful bases", "cy": r"saith sail gyfreithlon"},
         (("using-social-media", "photos-and-consent"),)),
    Rule("no audience under 13",
         ("aged 11 to 25", "11 i 25 oed"),
         {"en": r"must not aim an account at (younger )?children", "cy": r"rhaid i chi beidio ag anelu cyfrif at blant"},
         (("running-an-account", "age-limits"), ("faqs", "tiktok"))),
    Rule("a relative cannot agree for an adult who cannot decide",
         ("a relative can agree for them", "gall perthynas gytuno ar eu rhan"),
         {"en": r"relative cannot agree", "cy": r"ni all perthynas gytuno"},
         (("using-social-media", "photos-and-consent"), ("faqs", "photos"))),
    Rule("the AI Playbook",
         ("generative ai framework, published in january 2024", "fframwaith ai cynhyrchiol llywodraeth y du, a gyhoeddwyd"),
         {"en": r"ai playbook", "cy": r"llyfr chwarae ai"},
         (("running-an-account", "generative-ai"),)),
]


def normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def forbidden_in(text: str, rule: Rule) -> list[str]:
    text = normalise(text)
    return [phrase for phrase in rule.forbidden if normalise(phrase) in text]


def states(nodes: list[Tag], rule: Rule, lang: str) -> bool:
    """True if the section says the rule the canonical way, or links to the section that does."""
    text = normalise(" ".join(node.get_text(" ") for node in nodes))
    if re.search(rule.canonical[lang], text, re.DOTALL):
        return True
    return bool(rule.home) and any(rule.home in a.get("href", "") for node in nodes for a in node.select("a[href]"))


@functools.cache  # read once for all the rules: each page's text, never changed by a test
def _every_page(site_dir: Path) -> tuple[tuple[str, str], ...]:
    pages = []
    for path in sorted(site_dir.rglob("index.html")):
        relative = path.parent.relative_to(site_dir).as_posix()
        if relative.startswith(("assets", "search")):
            continue
        article = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article")
        if article is not None:
            pages.append((relative, article.get_text(" ")))
    return tuple(pages)


def every_page(site: Build) -> list[tuple[str, str]]:
    return list(_every_page(site.site))


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_no_page_gives_a_contradicting_answer(site: Build, rule: Rule) -> None:
    pages = every_page(site)
    assert any(page.startswith("cy/scenarios/") for page, _ in pages), "quick answers are checked too"
    found = [f"/{page}: {phrase!r}" for page, text in pages for phrase in forbidden_in(text, rule)]
    assert not found, f"{rule.name}: these pages contradict the rule:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_place_that_states_the_rule_says_it_one_way(site: Build, rule: Rule, lang: str) -> None:
    for page, anchor in rule.stated_at:
        url = ("cy/" if lang == "cy" else "") + f"{page}/"
        nodes = section(site.page(url).select_one("article"), anchor)
        assert states(nodes, rule, lang), f"/{url}#{anchor} does not state '{rule.name}' the canonical way"


def test_the_checks_catch_a_contradiction() -> None:
    # Negative controls: an old wording is found whatever its case and apostrophes; a section
    # that states a rule differently fails; a link to the rule's home section passes.
    rule = RULES[0]
    assert forbidden_in("Please REMOVE or  hide the post now.", rule) == ["remove or hide the post"]
    assert forbidden_in("Dilëwch y neges neu cuddiwch hi ar unwaith.", rule)
    assert forbidden_in("Delete it. Hiding is not enough.", rule) == []
    wrong = BeautifulSoup("<p>Just hide it, that is fine.</p>", "html.parser").find_all("p")
    assert not states(wrong, rule, "en")
    sharing = RULES[1]
    linked = BeautifulSoup('<p>See <a href="../using-social-media/#sharing-political-posts">the rule</a>.</p>',
                           "html.parser").find_all("p")
    assert states(linked, sharing, "en") and not states(linked, rule, "en")
