"""The repository's issue forms, made from the edition's data by `python -m macros generate`.

Their examples (a handle, a display name, a contact) come from one account in the registry, and
their lists (platforms, services, languages) from the model, so a council that adopts the
handbook shows its editors its own accounts and addresses, never the default council's.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..core.accounts import Language, Status
from ..core.handbook import Handbook
from ..core.platform_table import PLATFORMS
from ..core.safe_yaml import yaml_string

TEMPLATES = Path(__file__).parent / "templates"
NEW_ACCOUNT = Path(".github/ISSUE_TEMPLATE/new-account.yml")
CHOOSER = Path(".github/ISSUE_TEMPLATE/config.yml")
NEW_SERVICE = "A service not in this list"


def _environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, trim_blocks=True,
                              lstrip_blocks=True, keep_trailing_newline=True, autoescape=False)
    # Every value from the data is written by the YAML writer, so it reads back exactly.
    environment.filters["yaml"] = yaml_string
    return environment


def new_account_form(handbook: Handbook) -> str:
    registry, organisation = handbook.registry, handbook.organisation
    service = registry.example_service(organisation.example_service)
    accounts = registry.by_service(service.slug) or list(registry.accounts)
    return _environment().get_template("new-account.yml").render(
        example=accounts[0], services=sorted(registry.services.values(), key=lambda item: item.slug),
        platforms=list(PLATFORMS), languages=[language.value for language in Language],
        statuses=[Status.ACTIVE.value, Status.DORMANT.value], new_service=NEW_SERVICE)


def chooser_config(handbook: Handbook) -> str:
    organisation = handbook.organisation
    comms = organisation.contact("comms")
    route = f"Email {comms.email}" if comms.email else f"Call {comms.phone}" if comms.phone else f"Go to {comms.url}"
    return _environment().get_template("issue-config.yml").render(
        contact_name=f"Contact the {comms.name[:1].lower()}{comms.name[1:]}", site_url=organisation.site_url,
        about=f"{route}. Say which page it is about and what you would change.")
