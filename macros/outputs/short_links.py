"""Each language's twin of the short addresses in mkdocs.yml (redirect_maps): /cy/rules/ leads to
/cy/house-rules/ as /rules/ leads to /house-rules/. mkdocs-redirects writes the default language's
only, so a Welsh reader typing a Welsh address from a poster would land on a missing page.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

_TEMPLATE = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                        undefined=StrictUndefined).get_template("redirect.html")


def _folder(page: str) -> str:
    """'house-rules.md' → 'house-rules/', 'index.md' → ''."""
    stem = page.removesuffix(".md")
    stem = "" if stem == "index" else stem.removesuffix("/index")
    return f"{stem}/" if stem else ""


def write_short_links(site_dir: Path, lang: str, redirect_maps: Mapping[str, str], title: str) -> list[Path]:
    """Write site/<lang>/<old>/index.html for every short address whose target is a page; return them."""
    written = []
    for old, new in redirect_maps.items():
        if not (old.endswith(".md") and new.endswith(".md")):
            continue  # an outside address or an anchor: the default language's redirect is enough
        source = _folder(old)
        target = "../" * source.count("/") + _folder(new)
        path = site_dir / lang / source / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_TEMPLATE.render(lang=lang, target=target or "./", title=title), encoding="utf-8")
        written.append(path)
    return written
