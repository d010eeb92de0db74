"""The pages made from the registry (pipeline.prepare.generated_pages), as MkDocs' virtual files.

Each language's build adds its own, after mkdocs-static-i18n has chosen the language's files: the
attributes it gives its own files (locale, alternates) let the language switch link each page to
its other language.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ..core.accounts import SERVICE_FOLDER
from ..pipeline.prepare import Prepared, generated_pages


def add_service_pages(prepared: Prepared, lang: str, files: Files, config: Any) -> Files:
    taken = {file.dest_uri: file.src_uri for file in files}
    for page in generated_pages(prepared, lang):
        file = File.generated(config, page.src_uri, content=page.markdown)
        if file.dest_uri in taken:  # core/handbook.py refuses a page in the way; a file of another kind is caught here
            raise PluginError(f"{page.service.source}:1: file: the page for service '{page.service.slug}' would be "
                              f"{file.dest_uri}, which docs/{taken[file.dest_uri]} already is.\n"
                              "    how to fix: Rename the service file, or move the other file.")
        # What mkdocs-static-i18n gives the files it handles: the page's language and its other versions.
        file.locale = file.locale_alternate_of = lang
        file.alternates = {other: SimpleNamespace(url=f"{prepared.folder(other)}{SERVICE_FOLDER}/{page.service.slug}/")
                           for other in prepared.languages}
        files.append(file)
    return files
