"""Rules shared by every data file: one-line text, web addresses, mailboxes and dates.

Each rule raises ValueError with a message for editors, so pydantic reports it against the
right field and line. Values are quoted through `clip`, never whole.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BeforeValidator

from .problems import clip

# Bidirectional controls can make text read differently from how it is stored (a handle that
# looks like one account but is another), so they are never allowed in one-line text.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Characters HTML or a page template could read as markup; no name, title or sentence needs them.
MARKUP_CHARACTERS = frozenset("<>")
TEMPLATE_MARKERS = ("{{", "{%", "{#")  # page titles are rendered as templates by the macros plugin
# Characters an address may not hold: they could end an HTML attribute, a Markdown link or
# construct ( ) [ ] < >, or a table cell |. Real addresses percent-encode them.
URL_FORBIDDEN = frozenset("\"'<>`\\ ^{}|()[]")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
# A mailbox whose local part is two words joined by a dot, hyphen or underscore looks like a
# person's own address (jane.smith@); teams list such mailboxes in team_mailboxes to allow them.
PERSONAL_LOOKING = re.compile(r"^[a-z]+[._-][a-z]+$", re.IGNORECASE)


def is_noncharacter(char: str) -> bool:
    """Unicode's 66 noncharacters (U+FDD0 to U+FDEF, and U+FFFE and U+FFFF in every plane): never text."""
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


# Every character one_line refuses, in one pattern, so good text is passed by one C-level search:
# controls (Cc), line and paragraph separators (Zl, Zp), half characters (Cs), noncharacters,
# direction controls and markup. A match falls through to the loop that says which rule it broke.
_REFUSED_IN_ONE_LINE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufdd0-\ufdef<>"
    + "".join(rf"\U{plane:04x}fffe\U{plane:04x}ffff" for plane in range(17))
    + "".join(sorted(BIDI_CONTROLS)) + "]")


def one_line(value: str) -> str:
    """Text shown on one line: no line breaks, control or direction-changing characters, no < or >."""
    if _REFUSED_IN_ONE_LINE.search(value) is None and "{" not in value:
        return value
    for char in value:
        # Cc: control characters; Zl, Zp: line and paragraph separators; Cs: half a character.
        if char in "\n\r\t" or unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cs"):
            raise ValueError(f"write this on one line, without control characters: '{clip(value)}'")
        if is_noncharacter(char):
            raise ValueError(f"this contains U+{ord(char):04X}, which is not a character (it is often pasted "
                             f"by mistake): '{clip(value)}'")
        if char in BIDI_CONTROLS:
            raise ValueError(f"this contains an invisible character that changes the reading direction "
                             f"(U+{ord(char):04X}): '{clip(value)}'")
        if char in MARKUP_CHARACTERS:
            raise ValueError(f"this contains '{char}', which could be read as web page code: '{clip(value)}'")
    if any(marker in value for marker in TEMPLATE_MARKERS):
        raise ValueError(f"this contains template code ({{{{, {{% or {{#}}): '{clip(value)}'")
    return value


def https_url(value: str) -> str:
    """A full https:// address with a host, and nothing that could break out of an HTML attribute."""
    bad = sorted({char for char in value if char in URL_FORBIDDEN or unicodedata.category(char)[0] in "CZ"})
    if bad:
        shown = ", ".join("a space" if c == " " else f"'{c}'" if c.isprintable() else f"U+{ord(c):04X}" for c in bad)
        raise ValueError(f"'{clip(value)}' is not a usable web address: it contains {shown}")
    parts = urlsplit(value)
    try:
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        host, port = "", None
    if parts.scheme != "https" or "." not in host or port is not None or parts.username or parts.password:
        raise ValueError(f"'{clip(value)}' is not a full https:// web address")
    return value


def email_address(value: str) -> str:
    """An address shaped like name@domain.example; whose domain it is, is checked where that is known."""
    if not EMAIL.match(value):
        raise ValueError(f"'{clip(value)}' is not an email address")
    return value


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def on_domain(host: str, domain: str) -> bool:
    """True for the domain itself and its subdomains; never for look-alikes such as domain.evil.example."""
    host, domain = host.lower().rstrip("."), domain.lower()
    return host == domain or host.endswith("." + domain)


def mailbox_problem(address: str, email_domain: str, team_mailboxes: frozenset[str] = frozenset()) -> str | None:
    """Why an email address cannot be published as a contact, or None."""
    if not EMAIL.match(address):
        return f"'{clip(address)}' is not an email address"
    local, _, domain = address.lower().rpartition("@")
    if domain != email_domain.lower():
        return f"'{clip(address)}' is not on the council's email domain ({email_domain})"
    if PERSONAL_LOOKING.match(local) and address.lower() not in team_mailboxes:
        return (f"'{clip(address)}' looks like a person's own mailbox; publish a shared team mailbox, "
                "or list it under team_mailboxes in data/organisation.yml if it is one")
    return None


def contact_problem(contact: str, email_domain: str, web_hosts: tuple[str, ...],
                    team_mailboxes: frozenset[str] = frozenset()) -> str | None:
    """Why a public contact route (a mailbox or a web form) is not acceptable, or None."""
    if "@" in contact and "://" not in contact:
        return mailbox_problem(contact, email_domain, team_mailboxes)
    try:
        https_url(contact)
    except ValueError:
        return f"'{clip(contact)}' is neither a shared mailbox nor a https:// web form address"
    if not any(on_domain(host_of(contact), host) for host in web_hosts):
        return (f"'{clip(contact)}' is not on the council's own website ({', '.join(web_hosts)}); "
                "a web form must be on the council's domain")
    return None


def _iso_date(value: object) -> object:
    # YAML gives dates unquoted; quoted ISO text is fine too. Numbers are never dates.
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"'{clip(value)}' is not a real date") from None
    if isinstance(value, (date, type(None))):
        return value
    raise ValueError("this should be a date written YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
OneLine = Annotated[str, AfterValidator(one_line)]
HttpsUrl = Annotated[str, AfterValidator(https_url)]
EmailAddress = Annotated[str, AfterValidator(one_line), AfterValidator(email_address)]
