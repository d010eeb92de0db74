"""One page per service, made from the registry as virtual files (MkDocs' File.generated).

The hook in mkdocs_hooks.py calls `add_service_pages` after mkdocs-static-i18n has chosen each
language's files, so each language build adds its own pages under its own folder: English at
accounts/<slug>/ and Welsh at cy/accounts/<slug>/. Each page is plain: a title in front matter
and one macro call, rendered like any other page.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ..core.accounts import SERVICE_FOLDER
from ..core.i18n import translate
from ..core.safe_yaml import dump_yaml

SERVICE_KEY = "handbook_service"  # front matter naming the service, for the page's owner and review line


def service_page_markdown(slug: str, title: str, description: str) -> str:
    # Front matter through the YAML writer, so any service name reads back exactly (core/safe_yaml.py).
    front_matter = dump_yaml({"title": title, "description": description, SERVICE_KEY: slug})
    return f'---\n{front_matter}---\n\n{{{{ service_accounts("{slug}") }}}}\n'


def add_service_pages(build: Any, files: Files, config: Any) -> Files:
    lang, default = build.lang, build.default_language
    council = build.handbook.organisation.name_cy if lang == "cy" else build.handbook.organisation.name
    taken = {file.dest_uri: file.src_uri for file in files}
    for row in build.renderer.rows():
        service = row.service
        src_uri = f"{'' if lang == default else lang + '/'}{SERVICE_FOLDER}/{service.slug}.md"
        markdown = service_page_markdown(service.slug, service.label(lang), translate(
            "service.description", lang, service=service.label(lang), council=council))
        file = File.generated(config, src_uri, content=markdown)
        if file.dest_uri in taken:  # core/handbook.py refuses a page in the way; a file of another kind is caught here
            raise PluginError(f"{service.source}:1: file: the page for service '{service.slug}' would be "
                              f"{file.dest_uri}, which docs/{taken[file.dest_uri]} already is.\n"
                              "    how to fix: Rename the service file, or move the other file.")
        # What mkdocs-static-i18n gives the files it handles: the page's language and its other versions.
        file.locale = file.locale_alternate_of = lang
        file.alternates = {other: SimpleNamespace(url=f"{'' if other == default else other + '/'}"
                                                  f"{SERVICE_FOLDER}/{service.slug}/")
                           for other in build.languages}
        files.append(file)
    return files
