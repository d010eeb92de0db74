"""One page per service, made from the registry as virtual files (MkDocs' File.generated).

The hook in mkdocs_hooks.py calls `add_service_pages` after mkdocs-static-i18n has chosen each
language's files, so each language build adds its own pages under its own folder: English at
accounts/<slug>/ and Welsh at cy/accounts/<slug>/. Each page is plain: a title in front matter
and one macro call, rendered like any other page.
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from mkdocs.structure.files import File, Files

from ..core.i18n import translate
from ..render.directory import SERVICE_FOLDER

SERVICE_KEY = "handbook_service"  # front matter naming the service, for the page's owner and review line


def service_page_markdown(slug: str, title: str, description: str) -> str:
    # JSON strings are valid YAML, so any service name is quoted safely. Site search skips these
    # pages: the check finds any account by handle, address or name without a 10,000-row index.
    return (f"---\ntitle: {json.dumps(title)}\ndescription: {json.dumps(description)}\n"
            f"{SERVICE_KEY}: {json.dumps(slug)}\nsearch:\n  exclude: true\n---\n\n"
            f'{{{{ service_accounts("{slug}") }}}}\n')


def add_service_pages(build: Any, files: Files, config: Any) -> Files:
    lang, default = build.lang, build.default_language
    council = build.handbook.organisation.name_cy if lang == "cy" else build.handbook.organisation.name
    taken = {file.dest_uri for file in files}
    for row in build.renderer.rows():
        service = row.service
        src_uri = f"{'' if lang == default else lang + '/'}{SERVICE_FOLDER}/{service.slug}.md"
        markdown = service_page_markdown(service.slug, service.label(lang), translate(
            "service.description", lang, service=service.label(lang), council=council))
        file = File.generated(config, src_uri, content=markdown)
        if file.dest_uri in taken:
            continue  # an editor wrote this page by hand: theirs wins
        # What mkdocs-static-i18n gives the files it handles: the page's language and its other versions.
        file.locale = file.locale_alternate_of = lang
        file.alternates = {other: SimpleNamespace(url=f"{'' if other == default else other + '/'}"
                                                  f"{SERVICE_FOLDER}/{service.slug}/")
                           for other in build.languages}
        files.append(file)
    return files
