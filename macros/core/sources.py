"""Sources the pages cite, and the list of sources they must no longer cite.

`data/withdrawn-sources.yml` lists guidance that has been replaced or withdrawn. `check` refuses a
page that links to one, naming the page and line; the weekly run checks that every other cited
address still answers (tools/check_sources.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit, urlunsplit

from pydantic import AfterValidator, Field, ValidationError

from .fields import IsoDate, OneLine, https_url
from .problems import DataError, Problem, clip
from .safe_yaml import load_yaml
from .validation import StrictModel, line_of, problems_from

WITHDRAWN_FILE = Path("data/withdrawn-sources.yml")
# A Markdown link or autolink to an external page: [text](https://...) or <https://...>.
EXTERNAL_LINK = re.compile(r"\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>")


def web_address(value: str) -> str:
    """An http:// or https:// address: old addresses of withdrawn guidance may be http://."""
    scheme, _, rest = value.partition("://")
    if scheme not in ("http", "https"):
        raise ValueError(f"'{clip(value)}' is not a full web address starting http:// or https://")
    https_url("https://" + rest)
    return value


WebAddress = Annotated[str, AfterValidator(web_address)]
HttpsAddress = Annotated[str, AfterValidator(https_url)]


def normalised(address: str) -> str:
    """The address as compared: scheme and host in lower case, no fragment, no trailing slash."""
    parts = urlsplit(address.strip())
    path = parts.path.rstrip("/")
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme,
                       parts.netloc.lower().removeprefix("www."), path, parts.query, ""))


class Replacement(StrictModel):
    title: OneLine = Field(min_length=4, max_length=200)
    address: HttpsAddress | None = None


class WithdrawnSource(StrictModel):
    address: WebAddress = Field(max_length=400)
    title: OneLine = Field(min_length=4, max_length=200)
    replaced_by: Replacement | None = None
    why: OneLine = Field(min_length=10, max_length=300)
    # When the entry was added: pages that cite the law must have been checked since (law_checked).
    listed: IsoDate


def load_withdrawn(path: Path, shown: str = str(WITHDRAWN_FILE)) -> list[WithdrawnSource]:
    """Read and check the withdrawn list. A missing file is an empty list. Raises DataError."""
    if not path.exists():
        return []
    data = load_yaml(path, shown)
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError([Problem(shown, 1, "file", "the withdrawn list should be a list of sources",
                                 "Start each source with '- address: https://...'.")])
    entries, problems, seen = [], [], {}
    for index, raw in enumerate(data):
        try:
            entry = WithdrawnSource.model_validate(raw)
        except ValidationError as error:
            problems += problems_from(error, raw, shown, WithdrawnSource, prefix=(f"[{index + 1}]",))
            continue
        key = normalised(entry.address)
        if key in seen:
            problems.append(Problem(shown, line_of(raw, ["address"]), f"[{index + 1}].address",
                                    f"this address is already listed as entry {seen[key]}",
                                    "Keep one entry for each address."))
        seen.setdefault(key, index + 1)
        entries.append(entry)
    if problems:
        raise DataError(problems)
    return entries


def cited_addresses(body: str, first_line: int = 1) -> Iterable[tuple[int, str]]:
    """(line, address) for every external link in a page's Markdown."""
    for number, line in enumerate(body.splitlines(), start=first_line):
        for match in EXTERNAL_LINK.finditer(line):
            yield number, match.group(1) or match.group(2)


def withdrawn_citations(pages: Mapping[str, tuple[str, str, int]], withdrawn: list[WithdrawnSource]) -> list[Problem]:
    """A problem for every link to a withdrawn source. `pages` maps a path to (shown, body, body_line)."""
    listed = {normalised(entry.address): entry for entry in withdrawn}
    problems = []
    for shown, body, body_line in pages.values():
        for number, address in cited_addresses(body, body_line):
            entry = listed.get(normalised(address))
            if entry is None:
                continue
            instead = f" Cite {entry.replaced_by.title} instead." if entry.replaced_by else ""
            problems.append(Problem(shown, number, "link", f"cites a withdrawn source: {clip(entry.title)} ({entry.why})",
                                    f"Remove the link or replace it.{instead} See {WITHDRAWN_FILE}."))
    return problems
