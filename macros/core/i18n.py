"""The one catalogue of interface words, in English and Welsh, and dates through Babel.

Listings, page templates, banners, the theme's tooltips and the printed handbook all take their
words from here, so a translator edits one file. Words Material's own Welsh translation has
(navigation, "Edit this page") come from Material instead.

A name goes into a message through a value with a `parts(lang, trigger)` method (a team or a
contact route): the word written before its slot is the trigger, so "gan {owner}" comes out as
"gan y Tîm Cyfathrebu" and "i {contact}" as "i'r Tîm Cyfathrebu". In Welsh that word must be in
the trigger table (core/names.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date
from typing import Protocol

from babel.dates import format_date as babel_format_date

MESSAGES: dict[str, dict[str, str]] = {
    "account": {"en": "Account", "cy": "Cyfrif"},
    "platform": {"en": "Platform", "cy": "Platfform"},
    "service": {"en": "Service", "cy": "Gwasanaeth"},
    "language": {"en": "Language", "cy": "Iaith"},
    "purpose": {"en": "What it is for", "cy": "Ei ddiben"},
    "contact": {"en": "Contact", "cy": "Cysylltu"},
    "checked": {"en": "Checked", "cy": "Wedi'i wirio"},
    "team": {"en": "Run by {team}.", "cy": "Yn cael ei redeg gan {team}."},
    "opened": {"en": "Opened", "cy": "Agorwyd"},
    "closed": {"en": "Closed", "cy": "Caewyd"},
    "lang.en": {"en": "English", "cy": "Saesneg"},
    "lang.cy": {"en": "Welsh", "cy": "Cymraeg"},
    "lang.bilingual": {"en": "English and Welsh", "cy": "Cymraeg a Saesneg"},
    "status.dormant": {"en": "Dormant: not posting at the moment", "cy": "Segur: ddim yn postio ar hyn o bryd"},
    "verified_on": {"en": "Verified {date}", "cy": "Wedi'i wirio {date}"},
    "not_verified": {"en": "Not verified yet", "cy": "Heb ei wirio eto"},
    "example.caption": {"en": "{service}: the accounts in the registry", "cy": "{service}: y cyfrifon yn y gofrestr"},
    "no_accounts": {"en": "There are no accounts to list here.", "cy": "Does dim cyfrifon i'w rhestru yma."},
    "notice.title": {"en": "Sample data: not checked yet", "cy": "Data enghreifftiol: heb eu gwirio eto"},
    "notice.body": {
        "en": "{unverified} of the {total} open accounts listed here have not been checked by {comms} yet. "
              "Until an account shows a verified date, treat it as sample data and do not rely on it.",
        "cy": "Nid yw {unverified} o'r {total} cyfrif agored a restrir yma wedi'u gwirio gan {comms} eto. "
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
    "n.months": {"en": "{n} months", "cy": "{n} mis"},
    "n.months.one": {"en": "1 month", "cy": "1 mis"},
    "feed": {"en": "You can follow these changes in a feed reader:", "cy": "Gallwch ddilyn y newidiadau hyn mewn darllenydd ffrwd:"},
    "feed.link": {"en": "the Atom feed of changes", "cy": "ffrwd Atom y newidiadau"},
    "no_changes": {"en": "No changes have been recorded yet.", "cy": "Does dim newidiadau wedi'u cofnodi eto."},
    "count": {"en": "Open accounts", "cy": "Cyfrifon agored"},
    "total": {"en": "Total", "cy": "Cyfanswm"},
    "contacts.who": {"en": "Who", "cy": "Pwy"},
    "contacts.when": {"en": "When to use it", "cy": "Pryd i'w ddefnyddio"},
    "contacts.how": {"en": "How to reach them", "cy": "Sut i gysylltu"},
    # ---- page furniture: review line, banners, notices and page actions ----
    "review.line": {"en": "Last reviewed {reviewed} by {owner}. Next review due by {due}.",
                    "cy": "Adolygwyd ddiwethaf ar {reviewed} gan {owner}. Mae'r adolygiad nesaf yn ddyledus erbyn {due}."},
    "review.law_checked": {"en": "Checked against the law on {date}.",
                           "cy": "Gwiriwyd yn erbyn y gyfraith ar {date}."},
    "review.updated": {"en": "Last updated {date}.", "cy": "Diweddarwyd ddiwethaf ar {date}."},
    "review.overdue.title": {"en": "This page is overdue for review", "cy": "Mae angen adolygu'r dudalen hon"},
    "review.overdue.body": {
        "en": "It was due for review by {due}. It may be out of date. Check with {owner} before you rely on it.",
        "cy": "Roedd y dudalen hon i fod i gael ei hadolygu erbyn {due}. Efallai ei bod wedi dyddio. "
              "Cysylltwch â {owner} cyn dibynnu arni.",
    },
    "sample.banner": {
        "en": "This is a sample edition: its contacts and accounts have not been checked yet.",
        "cy": "Fersiwn enghreifftiol yw hon: nid yw'r cysylltiadau a'r cyfrifon wedi'u gwirio eto.",
    },
    "election.banner": {
        "en": "Pre-election period for the {election}: until polling day on {polling_day}, take extra care.",
        "cy": "Cyfnod cyn etholiad ar gyfer {election}: tan y diwrnod pleidleisio ar {polling_day}, cymerwch ofal ychwanegol.",
    },
    "election.checklist.1": {
        "en": "Post service news only: nothing that could look like support for a party or candidate.",
        "cy": "Postiwch newyddion am wasanaethau yn unig: dim byd a allai edrych fel cefnogaeth i blaid neu ymgeisydd.",
    },
    "election.checklist.2": {
        "en": "Do not share, like or reply to posts by parties, candidates or councillors campaigning.",
        "cy": "Peidiwch â rhannu, hoffi nac ateb negeseuon gan bleidiau, ymgeiswyr na chynghorwyr sy'n ymgyrchu.",
    },
    "election.checklist.3": {
        "en": "Not sure? Ask before you post.",
        "cy": "Ddim yn siŵr? Gofynnwch cyn postio.",
    },
    "election.more": {"en": "Read the pre-election guidance", "cy": "Darllenwch y canllawiau cyn etholiad"},
    "fallback.title": {"en": "No Welsh version yet", "cy": "Dim fersiwn Gymraeg eto"},
    "fallback.body": {"en": "This page is not available in Welsh yet, so we are showing the English version.",
                      "cy": "Nid yw'r dudalen hon ar gael yn Gymraeg eto, felly rydym yn dangos y fersiwn Saesneg."},
    "translation.stale": {
        "en": "The English version of this page changed on {date}. This Welsh version may not include the change yet.",
        "cy": "Newidiodd y fersiwn Saesneg o'r dudalen hon ar {date}. Efallai nad yw'r fersiwn Gymraeg hon yn cynnwys y newid eto.",
    },
    "translation.pending": {
        "en": "This page is waiting for its Welsh translation (the English version changed on {date}).",
        "cy": "Mae'r dudalen hon yn aros am ei chyfieithiad Cymraeg (newidiodd y fersiwn Saesneg ar {date}).",
    },
    "translation.recently": {"en": "a recent date", "cy": "ddyddiad diweddar"},
    "translation.title": {"en": "Translation not up to date", "cy": "Nid yw'r cyfieithiad yn gyfredol"},
    "notfound.title": {"en": "Page not found", "cy": "Heb ddod o hyd i'r dudalen"},
    "notfound.body": {"en": "We cannot find the page you asked for. It may have moved, or the address may be wrong.",
                      "cy": "Allwn ni ddim dod o hyd i'r dudalen y gofynnoch amdani. Efallai ei bod wedi symud, neu fod y cyfeiriad yn anghywir."},
    "notfound.home": {"en": "Go to the home page", "cy": "Mynd i'r hafan"},
    "actions.label": {"en": "Actions for this page", "cy": "Camau ar gyfer y dudalen hon"},
    "actions.pdf": {"en": "Download the whole handbook (PDF)", "cy": "Lawrlwytho'r llawlyfr cyfan (PDF)"},
    "actions.report": {"en": "Report a problem with this page", "cy": "Rhoi gwybod am broblem gyda'r dudalen hon"},
    "actions.or": {"en": "or", "cy": "neu"},
    "actions.email": {"en": "email us", "cy": "anfonwch e-bost atom"},
    "actions.subject": {"en": "Problem with the page: {title}", "cy": "Problem gyda'r dudalen: {title}"},
    # The issue form a problem report opens (.github/ISSUE_TEMPLATE/): Welsh readers get a Welsh one.
    "actions.form": {"en": "page-problem.yml", "cy": "page-problem-cy.yml"},
    "feed.title": {"en": "{site}: what's changed", "cy": "{site}: beth sydd wedi newid"},
    "redirect": {"en": "This page has moved", "cy": "Mae'r dudalen hon wedi symud"},
    "footer.made_with": {"en": "Made with", "cy": "Gwnaed gyda"},
    # ---- the theme's own words that Material's Welsh translation lacks ----
    "theme.permalink": {"en": "Link to this section", "cy": "Dolen i'r adran hon"},
    "theme.dark": {"en": "Switch to dark mode", "cy": "Newid i'r modd tywyll"},
    "theme.light": {"en": "Switch to light mode", "cy": "Newid i'r modd golau"},
    "theme.logo": {"en": "{council} logo", "cy": "Logo {council}"},
    # ---- the search dialog (overrides/partials/handbook-search.html) ----
    "search.title": {"en": "Search the handbook", "cy": "Chwilio'r llawlyfr"},
    "jump.title": {"en": "Jump to", "cy": "Neidio i"},
    "contacts.call": {"en": "Call {number}", "cy": "Ffonio {number}"},
    "contacts.now": {"en": "Who to contact now", "cy": "Pwy i gysylltu â nhw nawr"},
    "contacts.short": {"en": "Contacts", "cy": "Cysylltiadau"},
    "copy": {"en": "Copy", "cy": "Copïo"},
    "copy.done": {"en": "Copied", "cy": "Wedi'i gopïo"},
    "search.ask": {"en": "Didn't find what you need? Ask {contact}.",
                   "cy": "Heb ddod o hyd i'r hyn sydd ei angen arnoch chi? Gofynnwch i {contact}."},
    "search.close": {"en": "Close", "cy": "Cau"},
    "search.none": {"en": "No results", "cy": "Dim canlyniadau"},
    "search.one": {"en": "1 result", "cy": "1 canlyniad"},
    "search.other": {"en": "# results", "cy": "# canlyniad"},
    "search.failed": {"en": "Search is not working at the moment. Please try again later.",
                      "cy": "Nid yw'r chwilio'n gweithio ar hyn o bryd. Rhowch gynnig arall arni wedyn."},
    "search.help": {"en": "Use {up} {down} to move through the results, {enter} to open one, {esc} to close.",
                    "cy": "Defnyddiwch {up} {down} i symud drwy'r canlyniadau, {enter} i agor un, {esc} i gau."},
    # ---- "is this account ours?" (words with "check." go to check.js as they are) ----
    "check.label": {"en": "Profile address, handle or name", "cy": "Cyfeiriad proffil, enw defnyddiwr neu enw"},
    "check.hint": {
        "en": "Paste the address of the profile, or type its handle, with or without the @. You get an answer as you type.",
        "cy": "Gludwch gyfeiriad y proffil, neu teipiwch ei enw defnyddiwr, gyda'r @ neu hebddo. Cewch ateb wrth i chi deipio.",
    },
    "check.button": {"en": "Check", "cy": "Gwirio"},
    "check.nojs": {
        "en": "The instant check needs JavaScript. You can still find an account in the list of services.",
        "cy": "Mae angen JavaScript ar gyfer y gwiriad sydyn. Gallwch ddal i ddod o hyd i gyfrif yn y rhestr o wasanaethau.",
    },
    "check.loading": {"en": "Loading the list of accounts…", "cy": "Wrthi'n llwytho'r rhestr o gyfrifon…"},
    "check.failed": {
        "en": "The check could not load. Find the account in the list of services instead.",
        "cy": "Nid oedd modd llwytho'r gwiriad. Chwiliwch am y cyfrif yn y rhestr o wasanaethau yn lle hynny.",
    },
    "check.empty": {"en": "Type or paste an account to check it.", "cy": "Teipiwch neu gludwch gyfrif i'w wirio."},
    "check.official.title": {"en": "Yes: this is one of our accounts", "cy": "Ydy: mae hwn yn un o'n cyfrifon ni"},
    "check.official.body": {"en": "{account} on {platform} is run {run_by}, for {service}.",
                            "cy": "Mae {account} ar {platform} yn cael ei redeg {run_by}, ar gyfer {service}."},
    "check.closed.title": {"en": "This account used to be ours: it is closed",
                           "cy": "Roedd y cyfrif hwn yn un o'n rhai ni: mae wedi cau"},
    "check.closed.body": {
        "en": "We closed {account} on {platform} on {date}. Do not trust new posts from it.",
        "cy": "Gwnaethom gau {account} ar {platform} ar {date}. Peidiwch ag ymddiried mewn negeseuon newydd ganddo.",
    },
    "check.lookalike.title": {"en": "Warning: this looks like one of our accounts, but it is not",
                              "cy": "Rhybudd: mae hwn yn edrych fel un o'n cyfrifon ni, ond nid yw"},
    "check.lookalike.body": {"en": "Our official account is {account} on {platform}.",
                             "cy": "Ein cyfrif swyddogol yw {account} ar {platform}."},
    "check.lookalike.advice": {
        "en": "It may be a fake. Do not follow, share or reply to it. Report it to {contact}.",
        "cy": "Gallai fod yn ffug. Peidiwch â'i ddilyn, ei rannu na'i ateb. Rhowch wybod i {contact}.",
    },
    "check.named.title": {"en": "We have accounts with this name", "cy": "Mae gennym gyfrifon gyda'r enw hwn"},
    "check.named.body": {
        "en": "Anyone can use a name. Check that the handle matches one of these exactly.",
        "cy": "Gall unrhyw un ddefnyddio enw. Gwiriwch fod yr enw defnyddiwr yn cyfateb yn union i un o'r rhain.",
    },
    "check.unknown.title": {"en": "This account is not in our registry", "cy": "Nid yw'r cyfrif hwn yn ein cofrestr"},
    "check.unknown.body": {
        "en": "We do not run it. If it uses our name or logo, it may be a fake: do not share or reply to it, "
              "and report it to {contact}.",
        "cy": "Nid ni sy'n ei redeg. Os yw'n defnyddio ein henw neu ein logo, gallai fod yn ffug: peidiwch â'i "
              "rannu na'i ateb, a rhowch wybod i {contact}.",
    },
    "check.contact": {"en": "Contact", "cy": "Cysylltu"},
    "check.checked": {"en": "Last checked", "cy": "Gwiriwyd ddiwethaf"},
    "check.not_checked": {"en": "not checked yet", "cy": "heb ei wirio eto"},
    "check.dormant": {"en": "Dormant: not posting at the moment.", "cy": "Segur: ddim yn postio ar hyn o bryd."},
    "check.service_page": {"en": "All {service} accounts", "cy": "Holl gyfrifon {service}"},
    "check.open": {"en": "Open the account check", "cy": "Agor y gwiriad cyfrifon"},
    # ---- the directory: services, filter and open data ----
    "directory.filter": {"en": "Filter services", "cy": "Hidlo gwasanaethau"},
    "directory.filter_hint": {"en": "Type part of a service's name.", "cy": "Teipiwch ran o enw gwasanaeth."},
    "directory.none": {"en": "No service matches.", "cy": "Does dim gwasanaeth yn cyfateb."},
    "directory.open": {"en": "Open accounts", "cy": "Cyfrifon agored"},
    "directory.welsh": {"en": "Welsh only", "cy": "Cymraeg yn unig"},
    "directory.closed": {"en": "Closed", "cy": "Wedi cau"},
    "directory.caption": {"en": "Services and their accounts", "cy": "Gwasanaethau a'u cyfrifon"},
    "directory.welsh_caption": {"en": "Services with accounts that post only in Welsh",
                                "cy": "Gwasanaethau gyda chyfrifon sy'n postio yn Gymraeg yn unig"},
    "directory.closed_caption": {"en": "Services with closed accounts", "cy": "Gwasanaethau gyda chyfrifon sydd wedi cau"},
    "service.back": {"en": "All our accounts", "cy": "Ein holl gyfrifon"},
    "service.intro": {"en": "These are the official accounts of {service}, run by {team}.",
                      "cy": "Dyma gyfrifon swyddogol {service}, a redir gan {team}."},
    "service.description": {"en": "The official social media accounts of {service}: {council}.",
                            "cy": "Cyfrifon cyfryngau cymdeithasol swyddogol {service}: {council}."},
    "service.open": {"en": "Open accounts", "cy": "Cyfrifon agored"},
    "service.closed": {"en": "Closed accounts", "cy": "Cyfrifon sydd wedi cau"},
    "service.closed_intro": {"en": "We no longer post on these accounts. Do not trust new posts from them.",
                             "cy": "Nid ydym yn postio ar y cyfrifon hyn mwyach. Peidiwch ag ymddiried mewn negeseuon newydd ganddynt."},
    "reuse.body": {"en": "You can reuse the list of our accounts under the {licence}:",
                   "cy": "Gallwch ailddefnyddio'r rhestr o'n cyfrifon o dan y {licence}:"},
    "reuse.json": {"en": "accounts.json (JSON)", "cy": "accounts.json (JSON)"},
    "reuse.schema": {"en": "the JSON Schema of accounts.json", "cy": "Sgema JSON accounts.json"},
    "reuse.csv": {"en": "accounts.csv (CSV, for spreadsheets)", "cy": "accounts.csv (CSV, ar gyfer taenlenni)"},
    "reuse.feed": {"en": "the Atom feed of changes to this list: accounts opened, closed, renamed or checked",
                   "cy": "ffrwd Atom y newidiadau i'r rhestr hon: cyfrifon a agorwyd, a gaewyd, a ailenwyd neu a wiriwyd"},
    # ---- account activity, from the weekly snapshot (core/activity.py) ----
    "health.column": {"en": "Activity", "cy": "Gweithgarwch"},
    "health.last_post": {"en": "Last post {when}", "cy": "Neges olaf {when}"},
    "health.age.month": {"en": "in the last month", "cy": "yn ystod y mis diwethaf"},
    "health.age.three_months": {"en": "in the last 3 months", "cy": "yn ystod y 3 mis diwethaf"},
    "health.age.six_months": {"en": "in the last 6 months", "cy": "yn ystod y 6 mis diwethaf"},
    "health.age.year": {"en": "in the last year", "cy": "yn ystod y flwyddyn ddiwethaf"},
    "health.age.over_year": {"en": "over a year ago", "cy": "dros flwyddyn yn ôl"},
    "health.no_posts": {"en": "No posts yet", "cy": "Dim negeseuon eto"},
    "health.not_found": {"en": "Not found on the platform", "cy": "Heb ddod o hyd iddo ar y platfform"},
    "health.suspended": {"en": "Suspended by the platform", "cy": "Wedi'i atal gan y platfform"},
    "health.renamed": {"en": "Renamed: now {handle}", "cy": "Enw newydd: {handle} erbyn hyn"},
    "health.renamed_unknown": {"en": "Renamed", "cy": "Wedi newid ei enw"},
    "health.unreachable": {"en": "Could not be checked this time", "cy": "Nid oedd modd ei wirio y tro hwn"},
    "health.no_interface": {"en": "No public way to check this platform", "cy": "Dim ffordd gyhoeddus o wirio'r platfform hwn"},
    "health.not_checked": {"en": "Activity not checked yet", "cy": "Gweithgarwch heb ei wirio eto"},
    "health.rel_me": {"en": "Links back to this handbook (verified)", "cy": "Yn rhoi dolen yn ôl i'r llawlyfr hwn (wedi'i wirio)"},
    "health.checked": {
        "en": "Activity comes from what each platform publishes, checked on {date}.",
        "cy": "Daw'r gweithgarwch o'r hyn y mae pob platfform yn ei gyhoeddi. Cafodd ei wirio ar {date}.",
    },
    "health.stale": {
        "en": "The activity shown was checked on {date}, {days} days ago, so it may be out of date.",
        "cy": "Cafodd y gweithgarwch a ddangosir ei wirio ar {date}, {days} diwrnod yn ôl, felly efallai ei fod wedi dyddio.",
    },
    "health.none": {"en": "We have not checked these accounts' activity yet.",
                    "cy": "Nid ydym wedi gwirio gweithgarwch y cyfrifon hyn eto."},
    "review.service_unchecked": {"en": "These accounts are run by {owner}. Not all of them have been checked by a person yet.",
                                 "cy": "Mae'r cyfrifon hyn yn cael eu rhedeg gan {owner}. Nid oes neb wedi gwirio pob un ohonynt eto."},
    "review.service_closed": {"en": "These accounts were run by {owner}. They are all closed.",
                              "cy": "Roedd y cyfrifon hyn yn cael eu rhedeg gan {owner}. Maen nhw i gyd wedi cau."},
    # ---- the feed of registry changes (outputs/registry_feed.py) ----
    "registry_feed.title": {"en": "{council}: changes to our social media accounts",
                            "cy": "{council}: newidiadau i'n cyfrifon cyfryngau cymdeithasol"},
    "registry_feed.subtitle": {"en": "Accounts we have opened, closed, renamed or checked.",
                               "cy": "Cyfrifon rydym wedi'u hagor, eu cau, eu hailenwi neu eu gwirio."},
    "registry_feed.opened.title": {"en": "Opened: {name} ({handle}) on {platform}",
                                   "cy": "Agorwyd: {name} ({handle}) ar {platform}"},
    "registry_feed.opened.summary": {"en": "We opened {handle} on {platform} for {service} on {date}.",
                                     "cy": "Gwnaethom agor {handle} ar {platform} ar gyfer {service} ar {date}."},
    "registry_feed.closed.title": {"en": "Closed: {name} ({handle}) on {platform}",
                                   "cy": "Caewyd: {name} ({handle}) ar {platform}"},
    "registry_feed.closed.summary": {
        "en": "We closed {handle} on {platform} on {date}. Do not trust new posts from it.",
        "cy": "Gwnaethom gau {handle} ar {platform} ar {date}. Peidiwch ag ymddiried mewn negeseuon newydd ganddo.",
    },
    "registry_feed.renamed.title": {"en": "Renamed: {handle} (previously {old}) on {platform}",
                                    "cy": "Enw newydd: {handle} (cyn hynny {old}) ar {platform}"},
    "registry_feed.renamed.summary": {
        "en": "On {date} our account {old} on {platform} was renamed {handle}. Anyone using {old} now is not us.",
        "cy": "Ar {date} newidiwyd enw ein cyfrif {old} ar {platform} i {handle}. Nid ni yw unrhyw un sy'n defnyddio {old} nawr.",
    },
    "registry_feed.verified.title": {"en": "Checked: {name} ({handle}) on {platform}",
                                     "cy": "Wedi'i wirio: {name} ({handle}) ar {platform}"},
    "registry_feed.verified.summary": {
        "en": "On {date} {comms} checked that {handle} on {platform} is ours.",
        "cy": "Ar {date} cafodd {handle} ar {platform} ei wirio gan {comms}: ni sy'n berchen arno.",
    },
    # ---- the printed handbook ----
    "print.contents": {"en": "Contents", "cy": "Cynnwys"},
    "print.page": {"en": "Page", "cy": "Tudalen"},
    "print.page_ref": {"en": "page", "cy": "tudalen"},
    "print.of": {"en": "of", "cy": "o"},
    "print.version": {"en": "Version", "cy": "Fersiwn"},
    "print.listing": {"en": "{count} accounts: too many to print. See the full list online at {url}",
                      "cy": "{count} cyfrif: gormod i'w hargraffu. Gweler y rhestr lawn ar-lein yn {url}"},
    "contacts.sample": {
        "en": "These contact details are samples. They will be replaced with checked ones.",
        "cy": "Enghreifftiau yw'r manylion cyswllt hyn. Bydd manylion wedi'u gwirio yn cymryd eu lle.",
    },
}

LANGUAGES = ("en", "cy")


BABEL_LOCALES = {"en": "en_GB", "cy": "cy"}


class Name(Protocol):
    """A name that reads differently after different words: a team or a contact route."""

    def parts(self, lang: str, trigger: str | None = None) -> tuple[str, str]: ...


# A slot and the word written before it: "gan {owner}", "i {contact}", or "{team}" alone.
NAME_SLOT = re.compile(r"(?:(?<![^\s(])(?P<word>[^\s{}()]+) )?\{(?P<slot>\w+)\}")


def place_names(template: str, lang: str, names: Mapping[str, Name], keep: frozenset[str] = frozenset()
                ) -> tuple[str, dict[str, str]]:
    """The template with each name in its slot in the form the word before it calls for.

    A slot in `keep` stays in the template, with the words before the name put in front of it,
    and the name's form is returned apart: for check.js, which links the name.
    """
    kept: dict[str, str] = {}

    def fill(match: re.Match[str]) -> str:
        slot = match["slot"]
        if slot not in names:
            return match.group(0)
        lead, form = names[slot].parts(lang, match["word"])
        if slot in keep:
            kept[slot] = form
            return lead + "{" + slot + "}"
        return lead + form

    return NAME_SLOT.sub(fill, template), kept


def translate(key: str, lang: str, **values: object) -> str:
    """The message for `key` in `lang`, with values filled in and names placed by their trigger word."""
    entry = MESSAGES[key]
    names = {slot: value for slot, value in values.items() if hasattr(value, "parts")}
    template, _ = place_names(entry.get(lang, entry["en"]), lang, names)  # type: ignore[arg-type]
    return template.format(**{slot: value for slot, value in values.items() if slot not in names})


def words(lang: str, prefix: str = "") -> dict[str, str]:
    """Every message starting with `prefix`, in `lang`, unfilled: for templates that fill them."""
    return {key.removeprefix(prefix): entry.get(lang, entry["en"])
            for key, entry in MESSAGES.items() if key.startswith(prefix)}


def count_phrase(noun: str, count: int, lang: str) -> str:
    """'1 account', '12 accounts', '12 cyfrif'."""
    key = f"n.{noun}.one" if count == 1 else f"n.{noun}"
    return translate(key, lang, n=f"{count:,}")


@functools.lru_cache(maxsize=8192)  # Babel takes 20 µs a date; a registry repeats its dates thousands of times
def format_date(value: date, lang: str, with_day: bool = True) -> str:
    """'3 March 2026' or '3 Mawrth 2026'; 'January 2011' without the day."""
    return babel_format_date(value, "d MMMM y" if with_day else "MMMM y", locale=BABEL_LOCALES.get(lang, "en_GB"))
