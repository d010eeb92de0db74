"""What a logo file may hold. The logo is published on the site, so an SVG that runs code, loads
something from elsewhere or embeds a page would act with the site's name (opened on its own, an
SVG's script runs as the site). Pure functions: they read bytes, not the site."""

from __future__ import annotations

from lxml import etree

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Elements that run code or embed a document.
_ACTIVE_ELEMENTS = {"script", "foreignObject", "iframe", "object", "embed", "handler", "listener"}
# Attributes that name another resource: only a reference inside the file itself ("#id") is kept.
_LINKS = {"href", "{http://www.w3.org/1999/xlink}href", "src"}


def logo_problem(name: str, data: bytes) -> str | None:
    """Why a logo file (its name and bytes) may not be published, or None if it may."""
    if name.lower().endswith(".png"):
        return None if data.startswith(PNG_SIGNATURE) else "is not a PNG image (its first bytes are not a PNG's)"
    return svg_problem(data)


def svg_problem(data: bytes) -> str | None:
    """The first thing in an SVG that a logo may not hold, in words, or None."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return "has a DOCTYPE or ENTITY declaration, which an SVG logo does not need"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        return f"is not a readable SVG ({error.msg})"
    if etree.QName(root).localname != "svg":
        return "is not an SVG image (its first element is not <svg>)"
    for element in root.iter():
        if not isinstance(element.tag, str):  # processing instructions
            return "has a processing instruction (<?...?>), which an SVG logo does not need"
        tag = etree.QName(element).localname
        if tag in _ACTIVE_ELEMENTS:
            return f"has a <{tag}> element, which can run code or embed a page"
        for attribute, value in element.attrib.items():
            local = etree.QName(attribute).localname.lower()
            if local.startswith("on"):
                return f"has an event attribute ({local}) on <{tag}>, which runs code"
            if attribute in _LINKS and not value.strip().startswith("#"):
                return f"links to another file or address from <{tag}> ({value.strip()[:40]})"
            if "url(" in value.replace(" ", "") and "url(#" not in value.replace(" ", ""):
                return f"loads something from elsewhere (url(...)) in <{tag}>"
        if tag == "style" and element.text and ("@import" in element.text or
                                                 "url(" in element.text.replace(" ", "").replace("url(#", "")):
            return "has a <style> that loads something from elsewhere"
    return None
