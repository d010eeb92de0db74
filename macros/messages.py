"""Interface words used in the listings, in English and Welsh. Translators edit this file only."""

from __future__ import annotations

from datetime import date

MESSAGES: dict[str, dict[str, str]] = {
    "account": {"en": "Account", "cy": "Cyfrif"},
    "platform": {"en": "Platform", "cy": "Platfform"},
    "service": {"en": "Service", "cy": "Gwasanaeth"},
    "language": {"en": "Language", "cy": "Iaith"},
    "purpose": {"en": "What it is for", "cy": "Ei ddiben"},
    "contact": {"en": "Contact", "cy": "Cysylltu"},
    "checked": {"en": "Checked", "cy": "Wedi'i wirio"},
    "team": {"en": "Run by", "cy": "Yn cael ei redeg gan"},
    "opened": {"en": "Opened", "cy": "Agorwyd"},
    "closed": {"en": "Closed", "cy": "Caewyd"},
    "lang.en": {"en": "English", "cy": "Saesneg"},
    "lang.cy": {"en": "Welsh", "cy": "Cymraeg"},
    "lang.bilingual": {"en": "English and Welsh", "cy": "Cymraeg a Saesneg"},
    "status.dormant": {"en": "Dormant: not posting at the moment", "cy": "Segur: ddim yn postio ar hyn o bryd"},
    "verified_on": {"en": "Verified {date}", "cy": "Wedi'i wirio {date}"},
    "not_verified": {"en": "Not verified yet", "cy": "Heb ei wirio eto"},
    "no_accounts": {"en": "There are no accounts to list here.", "cy": "Does dim cyfrifon i'w rhestru yma."},
    "notice.title": {"en": "Sample data: not checked yet", "cy": "Data enghreifftiol: heb eu gwirio eto"},
    "notice.body": {
        "en": "The communications team has not yet checked {unverified} of the {total} open accounts "
              "listed here. Until an account shows a verified date, treat it as sample data and do not "
              "rely on it.",
        "cy": "Nid yw'r tîm cyfathrebu wedi gwirio {unverified} o'r {total} cyfrif agored a restrir yma eto. "
              "Hyd nes bod dyddiad gwirio wrth gyfrif, dylech ei drin fel data enghreifftiol a pheidio "
              "â dibynnu arno.",
    },
    "summary": {
        "en": "We run {accounts} across {services} on {platforms}.",
        "cy": "Rydym yn rhedeg {accounts} ar draws {services} ar {platforms}.",
    },
    # Welsh uses the singular noun after a number, so one form does for every count.
    "n.accounts": {"en": "{n} accounts", "cy": "{n} cyfrif"},
    "n.accounts.one": {"en": "1 account", "cy": "1 cyfrif"},
    "n.services": {"en": "{n} services", "cy": "{n} gwasanaeth"},
    "n.services.one": {"en": "1 service", "cy": "1 gwasanaeth"},
    "n.platforms": {"en": "{n} platforms", "cy": "{n} platfform"},
    "n.platforms.one": {"en": "1 platform", "cy": "1 platfform"},
    "feed": {"en": "You can follow these changes in a feed reader:", "cy": "Gallwch ddilyn y newidiadau hyn mewn darllenydd ffrwd:"},
    "feed.link": {"en": "the Atom feed of changes", "cy": "ffrwd Atom y newidiadau"},
    "no_changes": {"en": "No changes have been recorded yet.", "cy": "Does dim newidiadau wedi'u cofnodi eto."},
    "count": {"en": "Open accounts", "cy": "Cyfrifon agored"},
    "total": {"en": "Total", "cy": "Cyfanswm"},
    "contacts.who": {"en": "Who", "cy": "Pwy"},
    "contacts.when": {"en": "When to use it", "cy": "Pryd i'w ddefnyddio"},
    "contacts.how": {"en": "How to reach them", "cy": "Sut i gysylltu"},
    "contacts.sample": {
        "en": "These contact details are samples. The communications team will replace them with checked ones.",
        "cy": "Enghreifftiau yw'r manylion cyswllt hyn. Bydd y tîm cyfathrebu yn rhoi manylion wedi'u gwirio yn eu lle.",
    },
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
           "Hydref", "Tachwedd", "Rhagfyr"],
}

LANGUAGES = ("en", "cy")


def translate(key: str, lang: str, **values: object) -> str:
    """The message for `key` in `lang` (English if there is no Welsh yet), with values filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry["en"]).format(**values)


def count_phrase(noun: str, count: int, lang: str) -> str:
    """'1 account', '12 accounts', '12 cyfrif'."""
    key = f"n.{noun}.one" if count == 1 else f"n.{noun}"
    return translate(key, lang, n=f"{count:,}")


def format_date(value: date, lang: str, with_day: bool = True) -> str:
    """'3 March 2026' or '3 Mawrth 2026'; 'January 2011' without the day."""
    month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
    return f"{value.day} {month} {value.year}" if with_day else f"{month} {value.year}"
