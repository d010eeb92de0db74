"""The organisation file's public identifiers and account health settings: optional, checked."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from macros.core.organisation import AccountHealthSettings, Identifiers


def test_identifiers_are_optional_and_checked() -> None:
    assert Identifiers().gss_code is None and Identifiers().wikidata_url is None
    both = Identifiers(gss_code="W06000021", wikidata="Q42")
    assert both.wikidata_url == "https://www.wikidata.org/wiki/Q42"


@pytest.mark.parametrize(("field", "value"), [("gss_code", "W0600002"), ("gss_code", "X06000021"),
                                              ("gss_code", "w06000021"), ("wikidata", "42"), ("wikidata", "Q0"),
                                              ("wikidata", "Q42x")])
def test_badly_formed_identifiers_are_refused(field: str, value: str) -> None:
    with pytest.raises(ValidationError):
        Identifiers(**{field: value})


def test_health_settings_have_defaults_and_limits() -> None:
    assert AccountHealthSettings().check_every_months == 12
    with pytest.raises(ValidationError):
        AccountHealthSettings(silent_after_months=0)
