"""Step 1 of a build: load and check every input once, and work out what each language's pages need.

Nothing here knows which generator runs the build: it returns plain values (the site's settings
for the theme, a page's front matter and review line, the pages made from the registry), which
macros/adapters/ hands to MkDocs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from ..core.accounts import SERVICE_FOLDER, Service
from ..core.activity import HealthView
from ..core.handbook import Handbook, load
from ..core.i18n import format_date, place_names, translate, words
from ..core.pages import Page
from ..core.safe_yaml import dump_yaml
from ..core.translations import State, Translation, last_changed, translations
from ..core.welsh_only import edition_markdown
from ..outputs.open_data import SAME_AS_LIMIT, json_ld
from ..outputs.print_settings import OUTPUTS
from ..render.directory import DirectoryRenderer
from ..render.service_review import service_review_meta
from ..render.text import markdown_url, plain_text

SERVICE_KEY = "handbook_service"  # front matter naming a generated page's service


@dataclass(frozen=True)
class Prepared:
    """One build's checked inputs and what is made from them once, for every language."""

    handbook: Handbook
    renderer: DirectoryRenderer
    languages: tuple[str, ...]  # the default language first: ("en", "cy"), or ("en",) with Welsh off
    today: date
    printing: bool = False  # the PDF step runs after the build, so pages link to the books
    translations: Mapping[str, Translation] = field(default_factory=dict)  # by Welsh page path

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def folder(self, lang: str) -> str:
        """A language's folder on the site: "" for the default language, "cy/" for Welsh."""
        return "" if lang == self.default_language else f"{lang}/"


def prepare(root: Path, today: date, printing: bool = False) -> Prepared:
    """Load and check everything (raises DataError, with every problem), once for the whole build."""
    handbook = load(root, today)
    health = HealthView(handbook.health, handbook.organisation.account_health, today)
    return Prepared(handbook=handbook,
                    renderer=DirectoryRenderer(handbook.registry, handbook.organisation, health=health),
                    languages=("en", "cy") if handbook.organisation.welsh else ("en",), today=today,
                    printing=printing, translations={item.welsh: item for item in translations(handbook.pages)})


def page_language(src_uri: str, prepared: Prepared) -> str:
    """A page's own language, from its file: faqs.cy.md and a page made under cy/ are Welsh. An
    English page shown under /cy/ because it has no Welsh version yet stays English."""
    for lang in prepared.languages[1:]:
        if src_uri.endswith(f".{lang}.md") or src_uri.startswith(f"{lang}/"):
            return lang
    return prepared.default_language


def dropped_pages(prepared: Prepared) -> list[str]:
    """Pages an edition does not build: those marked welsh_only, when Welsh is off."""
    if prepared.handbook.organisation.welsh:
        return []
    return [path for path, page in prepared.handbook.pages.items() if page.meta.welsh_only]


def page_markdown(prepared: Prepared, markdown: str) -> str:
    """A page's Markdown for this edition: without its Welsh-only parts when Welsh is off."""
    return edition_markdown(markdown, welsh=prepared.handbook.organisation.welsh)


# ---- what the theme needs ---------------------------------------------------------------------

def org_variables(prepared: Prepared) -> dict[str, str]:
    """The `org` values pages use ({{ org.name }}), as text Markdown shows as it is."""
    organisation = prepared.handbook.organisation
    return {
        "name": plain_text(organisation.name), "name_cy": plain_text(organisation.name_cy),
        "short_name": plain_text(organisation.short_name), "short_name_cy": plain_text(organisation.short_name_cy),
        # Pages put these in Markdown links: encoded, on top of the check that refuses ( ) [ ] < > etc.
        "site_url": markdown_url(organisation.site_url), "repo_url": markdown_url(organisation.repo_url.rstrip("/")),
        "council_website": markdown_url(organisation.council_website),
        "council_website_cy": markdown_url(organisation.website("cy")),  # the English site where there is no Welsh one
        "all_staff_access_since": format_date(organisation.all_staff_access_since, "en", with_day=False),
        "all_staff_access_since_cy": format_date(organisation.all_staff_access_since, "cy", with_day=False),
    }


@dataclass(frozen=True)
class SiteSettings:
    """What a theme shows on every page of one language: names, addresses, words, the handbook's extras."""

    site_name: str
    site_url: str
    repo_url: str
    repo_name: str
    copyright: str
    logo: str
    permalink_title: str  # "Link to this section", on each heading's anchor
    toggle_names: Mapping[str, str]  # colour scheme → the words on the switch away from it
    extra: Mapping[str, Any]  # what the handbook's own templates read (overrides/)


def site_settings(prepared: Prepared, lang: str) -> SiteSettings:
    """Everything the site shows that names the council or speaks the reader's language."""
    handbook, organisation = prepared.handbook, prepared.handbook.organisation
    council = organisation.name_cy if lang == "cy" else organisation.name
    comms = organisation.contacts["comms"]
    election = organisation.election_on(prepared.today)
    registry = handbook.registry
    active = registry.active()
    folder = prepared.folder(lang)
    extra = {
        "contacts_are_samples": organisation.contacts_are_samples,
        "repo_url": organisation.repo_url.rstrip("/"),
        "comms_email": comms.email or "",
        "words": words(lang),
        # The theme's templates do not escape: every value holding the data's words is escaped here.
        "logo_alt": Markup(escape(translate("theme.logo", lang, council=council))),
        "feed_title": Markup(escape(translate("feed.title", lang, site=organisation.handbook_title(lang)))),
        # The PDF link shows only where the PDFs are printed (not in a preview or a test build).
        "pdf": OUTPUTS.get(lang) if prepared.printing else None,
        "search_ask": _search_ask(organisation, lang),
        "not_found": [{"lang": other, "title": translate("notfound.title", other),
                       "body": translate("notfound.body", other), "link": translate("notfound.home", other),
                       "home": organisation.site_url + prepared.folder(other)}
                      for other in sorted(prepared.languages, key=lambda other: other != lang)],  # its own first
        # The home page's identity: schema.org JSON-LD; and on the home and accounts pages, a
        # rel="me" link to every open account, which Mastodon (and any IndieWeb-aware service)
        # follows to verify a profile's link to the site. Over SAME_AS_LIMIT accounts, each
        # service page carries its own accounts' links instead (in its listing).
        "json_ld": json_ld(registry, organisation,
                           lambda slug: f"{organisation.site_url}{folder}{SERVICE_FOLDER}/{slug}/"),
        "rel_me": [account.url for account in active] if len(active) <= SAME_AS_LIMIT else [],
        "rel_me_pages": [f"{prepared.folder(other)}{path}" for other in prepared.languages
                         for path in ("", f"{SERVICE_FOLDER}/")],
        "registry_feed_title": Markup(escape(translate("registry_feed.title", lang, council=council))),
        "election": election and Markup(escape(translate(
            "election.banner", lang, election=election.phrase(lang), polling_day=format_date(election.polling_day, lang)))),
    }
    return SiteSettings(
        site_name=Markup(escape(organisation.handbook_title("cy" if lang == "cy" else "en"))),
        site_url=organisation.site_url, repo_url=organisation.repo_url,
        repo_name=Markup(escape(organisation.repo_url.rstrip("/").split("://", 1)[-1].split("/", 1)[-1])),
        copyright=Markup(escape(f"© {council}")), logo=organisation.logo,
        permalink_title=translate("theme.permalink", lang),
        # The light scheme's switch goes to dark, and the other way round.
        toggle_names={"default": translate("theme.dark", lang), "slate": translate("theme.light", lang)},
        extra=extra)


def _search_ask(organisation: Any, lang: str) -> dict[str, str]:
    """"Didn't find it? Ask the communications team", under the search results, with its link."""
    comms = organisation.contacts["comms"]
    text, name = place_names(words(lang, "search.")["ask"], lang, {"contact": comms}, keep=frozenset({"contact"}))
    before, _, after = text.partition("{contact}")
    return {"before": Markup(escape(before)), "name": Markup(escape(name["contact"])), "after": Markup(escape(after)),
            "href": Markup(escape(f"mailto:{comms.email}" if comms.email else (comms.url or "")))}


# ---- each page ----------------------------------------------------------------------------------

def page_meta(prepared: Prepared, source: Page, lang: str, updated: str | None = None) -> dict[str, Any]:
    """A written page's front matter as the theme prints it (checked, every text escaped), with its
    review line and, on a Welsh page out of step with its English page, the notice saying so.
    `updated` is the day the page last changed in git (ISO), where the build knows it."""
    meta: dict[str, Any] = {key: escaped(value) for key, value in source.meta.model_dump(exclude_unset=True).items()}
    translation = prepared.translations.get(source.path)
    if translation and translation.state in (State.STALE, State.PENDING):
        meta["translation"] = _translation_notice(translation, prepared.handbook.root)
    organisation = prepared.handbook.organisation
    due, owner = format_date(source.due, lang), organisation.named_team(source.meta.owner)
    meta["review"] = {
        "overdue": source.overdue(prepared.today),
        "overdue_title": translate("review.overdue.title", lang),
        "overdue_body": Markup(escape(translate("review.overdue.body", lang, due=due, owner=owner))),
        "line": Markup(escape(" ".join(filter(None, (translate(
            "review.line", lang, due=due, reviewed=format_date(source.meta.last_reviewed, lang), owner=owner),
            source.meta.law_checked and translate("review.law_checked", lang,
                                                  date=format_date(source.meta.law_checked, lang))))))),
        "updated": updated_line(updated, lang),
    }
    return meta


def updated_line(updated: str | None, lang: str) -> str | None:
    """'Last updated 3 March 2026.' from the day (ISO) a page last changed in git, where known."""
    return updated and translate("review.updated", lang, date=format_date(date.fromisoformat(updated), lang))


def service_page_meta(prepared: Prepared, meta: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """A generated service page's front matter: its title and description (from checked data,
    escaped), and the owner and review line its team and its accounts' checks give it."""
    found = {key: escaped(meta[key]) for key in ("title", "description") if key in meta}
    registry, slug = prepared.handbook.registry, meta.get(SERVICE_KEY)
    if slug in registry.services:
        found["review"] = service_review_meta(prepared.handbook.organisation, registry.services[slug],
                                              registry.by_service(slug), prepared.today, lang)
    return found


def escaped(value: Any) -> Any:
    """Every piece of text in a front-matter value, escaped for HTML; numbers, dates and flags as they are."""
    if isinstance(value, str):
        return Markup(escape(value))
    if isinstance(value, (list, tuple)):
        return [escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: escaped(item) for key, item in value.items()}
    return value


def _translation_notice(translation: Translation, root: Path) -> dict[str, str]:
    """The words of the notice on a Welsh page that is out of step with its English page, in both languages."""
    changed = last_changed(root / "docs" / translation.english)
    key = "translation.pending" if translation.state is State.PENDING else "translation.stale"
    return {lang: translate(key, lang, date=format_date(changed, lang) if changed else translate("translation.recently", lang))
            for lang in ("cy", "en")}


# ---- pages made from the registry -------------------------------------------------------------

@dataclass(frozen=True)
class GeneratedPage:
    """A page the build makes from data: a service's own page, in one language."""

    service: Service
    src_uri: str  # as if written at docs/<src_uri>: "accounts/libraries.md", "cy/accounts/libraries.md"
    url: str  # "accounts/libraries/", "cy/accounts/libraries/"
    markdown: str


def service_page_markdown(slug: str, title: str, description: str) -> str:
    # Front matter through the YAML writer, so any service name reads back exactly (core/safe_yaml.py).
    front_matter = dump_yaml({"title": title, "description": description, SERVICE_KEY: slug})
    return f'---\n{front_matter}---\n\n{{{{ service_accounts("{slug}") }}}}\n'


def generated_pages(prepared: Prepared, lang: str) -> list[GeneratedPage]:
    """One page per service with accounts, in `lang`: a title, a description and one macro call."""
    organisation = prepared.handbook.organisation
    council = organisation.name_cy if lang == "cy" else organisation.name
    pages = []
    for row in prepared.renderer.rows():
        service, folder = row.service, prepared.folder(lang)
        markdown = service_page_markdown(service.slug, service.label(lang), translate(
            "service.description", lang, service=service.label(lang), council=council))
        pages.append(GeneratedPage(service, f"{folder}{SERVICE_FOLDER}/{service.slug}.md",
                                   f"{folder}{SERVICE_FOLDER}/{service.slug}/", markdown))
    return pages

