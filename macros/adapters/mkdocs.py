"""The only MkDocs code: it hands MkDocs and mkdocs-macros what the core and render layers make.

One HandbookBuild object holds a build's state (the checked handbook, the language being built,
the renderer); it lives on the macros plugin instance, never in module globals. A port to another
generator rewrites this file and mkdocs_hooks.py, nothing else.
"""

from __future__ import annotations

import difflib
import os
import shutil
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, UndefinedError
from markupsafe import Markup, escape
from mkdocs.exceptions import PluginError
from mkdocs_macros.errors import format_error

from ..core.activity import HealthView
from ..core.handbook import Handbook, load
from ..core.i18n import format_date, place_names, translate, words
from ..core.pages import split_front_matter
from ..core.problems import DataError
from ..core.translations import State, Translation, last_changed, translations
from ..core.welsh_only import edition_markdown, without_pages
from ..outputs.feed import write_feed
from ..outputs.search_index import build_search_index
from ..outputs.open_data import SAME_AS_LIMIT, json_ld, write_open_data
from ..outputs.registry_feed import write_registry_feed
from ..outputs.print_settings import OUTPUTS
from ..outputs.short_links import write_short_links
from ..render.directory import DirectoryRenderer
from ..render.tables import label_table_cells
from ..render.service_review import service_review_meta
from ..render.text import markdown_url, plain_text
from .macros import MACRO_NAMES, MacroUsageError, register_macros
from .mkdocs_hooks import FRAGMENTS
from .service_pages import SERVICE_KEY

STATE = "handbook_build"  # the attribute on the macros plugin that holds this build's HandbookBuild


def build_date() -> date:
    # HANDBOOK_TODAY lets a test build the site as if on another day (review banners, elections).
    value = os.environ.get("HANDBOOK_TODAY")
    return date.fromisoformat(value) if value else date.today()


@dataclass
class HandbookBuild:
    """Everything one language's build needs, made once in on_config."""

    handbook: Handbook
    lang: str
    renderer: DirectoryRenderer
    languages: list[str] = field(default_factory=lambda: ["en"])
    translations: dict[str, Translation] = field(default_factory=dict)  # by Welsh page path
    default_language: str = "en"

    def fragment(self, page: Any, html: str, inline: bool = False) -> str:
        """Keep `html` on the page and return the placeholder that mkdocs_hooks swaps back."""
        fragments = getattr(page, FRAGMENTS, None)
        if fragments is None:
            fragments = {}
            setattr(page, FRAGMENTS, fragments)
        key = str(len(fragments))
        fragments[key] = html
        tag = "span" if inline else "div"
        return f'<{tag} data-handbook-fragment="{key}"></{tag}>'

    def href(self, page: Any, path: str, *, site_root: bool = False) -> str:
        """A relative link from `page` to `path` in this language's folder (or the site's root)."""
        up = "../" * str(getattr(page, "url", "")).count("/")
        folder = "" if site_root or self.lang == self.default_language else f"{self.lang}/"
        return f"{up}{folder}{path}"

    def finish_page(self, html: str) -> str:
        """A page's HTML after Markdown: wide tables labelled to stack on phones."""
        return label_table_cells(html)

    def drop_welsh_only_pages(self, files: Any) -> Any:
        """Called by the on_files hook: an English-only edition leaves out pages marked welsh_only."""
        if not self.handbook.organisation.welsh:
            for path in welsh_only_pages(self.handbook):
                if files.get_file_from_path(path) is not None:
                    files.remove(files.get_file_from_path(path))
        return files

    def add_service_pages(self, files: Any, config: Any) -> Any:
        """Called by the on_files hook: one generated page per service, in this language."""
        from .service_pages import add_service_pages

        return add_service_pages(self, files, config)


# ---- mkdocs-macros entry points (called from macros/__init__.py) ------------------------------

def define_env(env: Any) -> None:
    """on_config, once per language: load and check everything, then configure the site."""
    _choose_languages(env, _load(env))
    i18n = env.conf["plugins"].get("i18n")
    build = HandbookBuild(handbook=_load(env), lang=_build_language(env), renderer=None,  # type: ignore[arg-type]
                          languages=list(getattr(i18n, "build_languages", None) or ["en"]),
                          default_language=getattr(i18n, "default_language", None) or "en")
    # The second language reuses the first one's renderer, so its templates compile once.
    cached = getattr(env, "_renderer_cache", None)
    if cached is None or cached.registry is not build.handbook.registry:
        health = HealthView(build.handbook.health, build.handbook.organisation.account_health, build_date())
        cached = env._renderer_cache = DirectoryRenderer(build.handbook.registry, build.handbook.organisation,
                                                         health=health)
    build.renderer = cached
    build.translations = {item.welsh: item for item in translations(build.handbook.pages)}
    setattr(env, STATE, build)
    _configure_site(env.conf, build)
    organisation = build.handbook.organisation
    env.variables["org"] = {
        "name": plain_text(organisation.name), "name_cy": plain_text(organisation.name_cy),
        "short_name": plain_text(organisation.short_name), "short_name_cy": plain_text(organisation.short_name_cy),
        # Pages put these in Markdown links: encoded, on top of the check that refuses ( ) [ ] < > etc.
        "site_url": markdown_url(organisation.site_url), "repo_url": markdown_url(organisation.repo_url.rstrip("/")),
        "council_website": markdown_url(organisation.council_website),
        "council_website_cy": markdown_url(organisation.website("cy")),  # the English site where there is no Welsh one
        "all_staff_access_since": format_date(organisation.all_staff_access_since, "en", with_day=False),
        "all_staff_access_since_cy": format_date(organisation.all_staff_access_since, "cy", with_day=False),
    }
    register_macros(env, build, lambda: _page_language(env))


def on_pre_page_macros(env: Any) -> None:
    """Give the theme the page's checked front matter, escaped, and the page's review details."""
    build: HandbookBuild = getattr(env, STATE)
    page = env.page
    env.markdown = edition_markdown(env.markdown, welsh=build.handbook.organisation.welsh)
    source = build.handbook.pages.get(page.file.src_uri)
    if source is None:
        if not page.file.generated_by:  # every page in docs/ was checked by load(): this one was not
            raise PluginError(f"docs/{page.file.src_uri}: `python -m macros check` did not check this page, so the "
                              "build stops.\n    how to fix: name pages *.md, outside folders whose names start with "
                              "'_' (mkdocs.yml's exclude_docs leaves those out).")
        # A service page (service_pages.py): its title and description come from checked data.
        page.meta.update({key: _escaped(page.meta[key]) for key in ("title", "description") if key in page.meta})
        slug, registry = page.meta.get(SERVICE_KEY), build.handbook.registry
        if slug in registry.services:  # its team and its accounts' checks give its owner and review line
            page.meta["review"] = service_review_meta(build.handbook.organisation, registry.services[slug],
                                                      registry.by_service(slug), build_date(), _page_language(env))
        return
    # The theme prints front matter without escaping: it only ever sees the checked values, escaped.
    page.meta.update({key: _escaped(value) for key, value in source.meta.model_dump(exclude_unset=True).items()})
    lang = _page_language(env)
    translation = build.translations.get(page.file.src_uri)
    if translation and translation.state in (State.STALE, State.PENDING):
        page.meta["translation"] = _translation_notice(translation, build.handbook.root)
    updated = page.meta.get("git_revision_date_localized_raw_iso_date")  # set by the git-revision plugin
    organisation = build.handbook.organisation
    due, owner = format_date(source.due, lang), organisation.named_team(source.meta.owner)
    page.meta["review"] = {
        "overdue": source.overdue(build_date()),
        "overdue_title": translate("review.overdue.title", lang),
        "overdue_body": Markup(escape(translate("review.overdue.body", lang, due=due, owner=owner))),
        "line": Markup(escape(" ".join(filter(None, (translate(
            "review.line", lang, due=due, reviewed=format_date(source.meta.last_reviewed, lang), owner=owner),
            source.meta.law_checked and translate("review.law_checked", lang,
                                                  date=format_date(source.meta.law_checked, lang))))))),
        "updated": updated and translate("review.updated", lang, date=format_date(date.fromisoformat(updated), lang)),
    }


def on_post_build(env: Any) -> None:
    """After each language: the colour stylesheet and the feed; after the last: the printed books."""
    build: HandbookBuild = getattr(env, STATE)
    site_dir = Path(env.conf["site_dir"])
    organisation = build.handbook.organisation
    stylesheet = site_dir / "assets" / "stylesheets" / "organisation.css"
    stylesheet.parent.mkdir(parents=True, exist_ok=True)
    stylesheet.write_text(build.renderer.organisation_css(), encoding="utf-8")
    write_feed(site_dir, build.handbook.changes, site_url=organisation.site_url, lang=build.lang,
               title=organisation.handbook_title("cy" if build.lang == "cy" else "en"),
               author=organisation.name_cy if build.lang == "cy" else organisation.name)
    _keep_each_languages_404(site_dir, build)
    redirects = env.conf["plugins"].get("redirects")
    if redirects and build.lang != build.default_language:  # mkdocs-redirects writes the default language's only
        write_short_links(site_dir, build.lang, redirects.config["redirect_maps"], translate("redirect", build.lang))
    write_registry_feed(site_dir, build.handbook.registry, organisation, build.lang)
    if build.lang == build.languages[0]:  # the same files for every language, at the site's root
        from ..outputs.lookup_data import write_lookup_data  # rapidfuzz and confusables: only here

        write_lookup_data(site_dir, build.handbook.registry, organisation, tuple(build.languages))
        write_open_data(site_dir, build.handbook.registry, organisation, build.renderer.health,
                        languages=build.languages)
    if build.lang == build.languages[-1]:  # the search index needs every language's pages
        build_search_index(site_dir, build.handbook, build.languages)
        # Material's script looks for sitemap.xml beside a Welsh page's feed link, in cy/.
        for lang in build.languages[1:]:
            if (site_dir / "sitemap.xml").is_file():
                shutil.copyfile(site_dir / "sitemap.xml", site_dir / lang / "sitemap.xml")


def _keep_each_languages_404(site_dir: Path, build: HandbookBuild) -> None:
    """Each language's build writes the theme's 404.html at the site's root: keep the default
    language's there and move each other language's into its folder (cy/404.html). The root page
    sends a reader whose address is in cy/ to the Welsh one (overrides/404.html)."""
    page, kept = site_dir / "404.html", site_dir / "assets" / ".404-default.html"
    if not page.is_file():
        return
    if len(build.languages) == 1:
        return
    if build.lang == build.default_language:
        shutil.copyfile(page, kept)
    elif kept.is_file():
        (site_dir / build.lang).mkdir(exist_ok=True)
        page.replace(site_dir / build.lang / "404.html")
        kept.replace(page)


def _escaped(value: Any) -> Any:
    """Every piece of text in a front-matter value, escaped for HTML; numbers, dates and flags as they are."""
    if isinstance(value, str):
        return Markup(escape(value))
    if isinstance(value, (list, tuple)):
        return [_escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    return value


def _translation_notice(translation: Translation, root: Path) -> dict[str, str]:
    """The words of the notice on a Welsh page that is out of step with its English page, in both languages."""
    changed = last_changed(root / "docs" / translation.english)
    key = "translation.pending" if translation.state is State.PENDING else "translation.stale"
    return {lang: translate(key, lang, date=format_date(changed, lang) if changed else translate("translation.recently", lang))
            for lang in ("cy", "en")}


# ---- loading and site settings ----------------------------------------------------------------

def _load(env: Any) -> Handbook:
    """The checked handbook; loaded once per build and reused for the second language."""
    root = Path(env.conf["config_file_path"]).resolve().parent
    key = (str(root), build_date(), _fingerprint(root))
    cached = getattr(env, "_handbook_cache", None)
    if cached and cached[0] == key:
        return cached[1]
    try:
        handbook = load(root, build_date())
    except DataError as error:
        # PluginError makes MkDocs print the report and exit 1, with no traceback.
        raise PluginError(error.report() + "\nThe build stopped before writing anything, "
                          "so the published site is unchanged.") from None
    env._handbook_cache = (key, handbook)
    return handbook


def _fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    # While `mkdocs serve` runs, any change to an input file means loading again.
    files = [root / "CHANGELOG.yml", *sorted((root / "data").rglob("*")), *sorted((root / "docs").rglob("*.md"))]
    return tuple((str(path), path.stat().st_mtime_ns, path.stat().st_size) for path in files if path.is_file())


def welsh_only_pages(handbook: Handbook) -> list[str]:
    return [path for path, page in handbook.pages.items() if page.meta.welsh_only]


def _choose_languages(env: Any, handbook: Handbook) -> None:
    """An English-only edition (welsh: false) builds no Welsh pages, no page marked welsh_only and no
    language switcher.

    This runs before mkdocs-static-i18n reads its languages (its on_config has priority -100)."""
    if handbook.organisation.welsh:
        return
    env.conf["nav"] = without_pages(env.conf["nav"], welsh_only_pages(handbook))
    i18n = env.conf["plugins"].get("i18n")
    if i18n is None:
        return
    for language in i18n.config.languages:
        if language.locale != i18n.default_language:
            language.build = False


def _configure_site(conf: Any, build: HandbookBuild) -> None:
    """Everything in mkdocs.yml that names the council comes from the organisation file."""
    organisation = build.handbook.organisation
    welsh = build.lang == "cy"
    council = organisation.name_cy if welsh else organisation.name
    conf["site_name"] = Markup(escape(organisation.handbook_title("cy" if welsh else "en")))
    conf["site_url"] = organisation.site_url
    conf["repo_url"] = organisation.repo_url
    conf["repo_name"] = Markup(escape(organisation.repo_url.rstrip("/").split("://", 1)[-1].split("/", 1)[-1]))
    conf["copyright"] = Markup(escape(f"© {council}"))
    conf["theme"]["logo"] = organisation.logo
    _theme_words(conf, build.lang)
    conf["theme"]["favicon"] = organisation.logo
    comms = organisation.contacts["comms"]
    election = organisation.election_on(build_date())
    # The PDFs are printed after the build, as a step of their own (`python -m macros pdf site`, which
    # scripts/build.sh runs): HANDBOOK_PDF=true says they will be there, so pages link to them.
    printing = os.environ.get("HANDBOOK_PDF", "false").lower() == "true"
    conf["extra"]["handbook"] = {
        "contacts_are_samples": organisation.contacts_are_samples,
        "repo_url": organisation.repo_url.rstrip("/"),
        "comms_email": comms.email or "",
        "words": words(build.lang),
        "logo_alt": translate("theme.logo", build.lang, council=council),
        "feed_title": Markup(escape(translate("feed.title", build.lang, site=organisation.handbook_title(build.lang)))),
        # The PDF link shows only where the PDFs are printed (not in a preview or a test build).
        "pdf": OUTPUTS.get(build.lang) if printing else None,
        "search_ask": _search_ask(organisation, build.lang),
        "not_found": [{"lang": lang, "title": translate("notfound.title", lang), "body": translate("notfound.body", lang),
                       "link": translate("notfound.home", lang),
                       "home": organisation.site_url + ("" if lang == build.languages[0] else f"{lang}/")}
                      for lang in sorted(build.languages, key=lambda lang: lang != build.lang)],  # its own first
        # The home page's identity: schema.org JSON-LD; and on the home and accounts pages, a
        # rel="me" link to every open account, which Mastodon (and any IndieWeb-aware service)
        # follows to verify a profile's link to the site. Over SAME_AS_LIMIT accounts, each
        # service page carries its own accounts' links instead (in its listing).
        "json_ld": json_ld(build.handbook.registry, organisation,
                           lambda slug: f"{organisation.site_url}{'cy/' if welsh else ''}accounts/{slug}/"),
        "rel_me": [account.url for account in build.handbook.registry.active()]
        if len(build.handbook.registry.active()) <= SAME_AS_LIMIT else [],
        "rel_me_pages": [f"{'' if lang == build.default_language else lang + '/'}{path}"
                         for lang in build.languages for path in ("", "accounts/")],
        "registry_feed_title": Markup(escape(translate("registry_feed.title", build.lang, council=council))),
        "election": election and Markup(escape(translate(
            "election.banner", build.lang, election=election.phrase(build.lang),
            polling_day=format_date(election.polling_day, build.lang)))),
    }


def _theme_words(conf: Any, lang: str) -> None:
    """Words Material reads from mkdocs.yml, not from its translations: from our catalogue instead."""
    conf["mdx_configs"].setdefault("toc", {})["permalink_title"] = translate("theme.permalink", lang)
    for scheme in conf["theme"].get("palette") or []:
        if scheme.get("toggle"):  # the light scheme's toggle switches to dark, and the other way round
            key = "theme.dark" if scheme.get("scheme") == "default" else "theme.light"
            scheme["toggle"]["name"] = translate(key, lang)


def _search_ask(organisation: Any, lang: str) -> dict[str, str]:
    """"Didn't find it? Ask the communications team", under the search results, with its link."""
    comms = organisation.contacts["comms"]
    text, name = place_names(words(lang, "search.")["ask"], lang, {"contact": comms}, keep=frozenset({"contact"}))
    before, _, after = text.partition("{contact}")
    return {"before": before, "name": name["contact"], "after": after,
            "href": f"mailto:{comms.email}" if comms.email else (comms.url or "")}


def _build_language(env: Any) -> str:
    # mkdocs-static-i18n builds each language in turn and records which one it is building.
    return getattr(env.conf["plugins"].get("i18n"), "current_language", None) or "en"


def _page_language(env: Any) -> str:
    # A page's own language: an English page shown under /cy/ as a fallback stays English.
    page = getattr(env, "page", None)
    return getattr(getattr(page, "file", None), "locale", None) or _build_language(env)


# ---- errors in pages: one line each, no traceback ----------------------------------------------

def _file_line(page: Any, template_line: int) -> tuple[str, int]:
    """docs/<page> and the line in the file: MkDocs removed the front matter and the blank lines after it."""
    _, body, body_line = split_front_matter(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
    skipped = len(body) - len(body.lstrip("\n"))
    return f"docs/{page.file.src_path}", template_line + body_line - 1 + skipped


def _template_line(error: BaseException) -> int:
    return next((frame.lineno for frame in reversed(traceback.extract_tb(error.__traceback__))
                 if frame.filename == "<template>"), 0)


@format_error.register
def _usage_error(error: MacroUsageError, markdown: str, page: Any) -> str:
    path, line = _file_line(page, _template_line(error))
    return f"{path}:{line}: {error}"


@format_error.register
def _undefined(error: UndefinedError, markdown: str, page: Any) -> str:
    path, line = _file_line(page, _template_line(error))
    name = str(error.message or "").split("'")[1] if "'" in str(error.message or "") else str(error)
    known = sorted(MACRO_NAMES)
    close = difflib.get_close_matches(name, known, n=1)
    suggestion = f" Did you mean '{close[0]}'?" if close else ""
    return (f"{path}:{line}: unknown macro or value '{name}'.{suggestion}\n"
            f"    how to fix: use one of: {', '.join(known)}")


@format_error.register
def _syntax_error(error: TemplateSyntaxError, markdown: str, page: Any) -> str:
    path, line = _file_line(page, error.lineno or 1)
    return (f"{path}:{line}: this macro call is not written correctly: {error.message}\n"
            "    how to fix: write a macro as {{ name(\"value\") }}, with both pairs of braces.")
