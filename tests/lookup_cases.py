"""One table of what readers type into the check, shared by the Python tests and the browser
test that runs check.js on the same inputs (they must agree on every line)."""

from __future__ import annotations

# (typed, kind, text, platform): how the check reads it. Every platform and every address form.
READ_CASES: list[tuple[str, str, str, str | None]] = [
    # X: both domains, the www., m. and mobile. hosts, query strings, fragments, trailing slashes
    ("https://x.com/SirFynwy", "handle", "SirFynwy", "x"),
    ("https://twitter.com/SirFynwy", "handle", "SirFynwy", "x"),
    ("http://mobile.twitter.com/SirFynwy/", "handle", "SirFynwy", "x"),
    ("https://www.twitter.com/SirFynwy?ref_src=twsrc%5Egoogle", "handle", "SirFynwy", "x"),
    ("https://m.x.com/SirFynwy#top", "handle", "SirFynwy", "x"),
    ("x.com/SirFynwy", "handle", "SirFynwy", "x"),
    ("HTTPS://X.COM/SirFynwy", "handle", "SirFynwy", "x"),
    ("https://x.com/SirFynwy/status/1234567890", "handle", "SirFynwy", "x"),  # a post names its account
    ("<https://x.com/SirFynwy>", "handle", "SirFynwy", "x"),
    # Facebook
    ("https://www.facebook.com/MonmouthshireLibraries", "handle", "MonmouthshireLibraries", "facebook"),
    ("https://m.facebook.com/MonmouthshireLibraries/?locale=cy_GB", "handle", "MonmouthshireLibraries", "facebook"),
    ("fb.com/MonmouthshireLibraries", "handle", "MonmouthshireLibraries", "facebook"),
    # Instagram
    ("https://www.instagram.com/monlibraries/?hl=en", "handle", "monlibraries", "instagram"),
    ("instagram.com/monlibraries", "handle", "monlibraries", "instagram"),
    # YouTube
    ("https://www.youtube.com/@MonmouthshireCouncil", "handle", "MonmouthshireCouncil", "youtube"),
    ("https://m.youtube.com/@MonmouthshireCouncil/videos", "handle", "MonmouthshireCouncil", "youtube"),
    # LinkedIn
    ("https://www.linkedin.com/company/monmouthshire-cares/", "handle", "monmouthshire-cares", "linkedin"),
    ("https://uk.linkedin.com/company/monmouthshire-cares", "other", "", None),  # not a host we list
    # TikTok
    ("https://www.tiktok.com/@monyouthservice?lang=en", "handle", "monyouthservice", "tiktok"),
    ("https://www.tiktok.com/@monleisure/video/7312345678901234567", "handle", "monleisure", "tiktok"),
    # Threads: both domains, www. only
    ("https://www.threads.com/@monmuseums", "handle", "monmuseums", "threads"),
    ("https://threads.net/@monmuseums/", "handle", "monmuseums", "threads"),
    # Bluesky: an address, or the handle (a domain name) on its own
    ("https://bsky.app/profile/monmouthshire.bsky.social", "handle", "monmouthshire.bsky.social", "bluesky"),
    ("monmouthshire.bsky.social", "handle", "monmouthshire.bsky.social", None),
    # Mastodon: @user@server, user@server, server/@user, and a remote account seen from another server
    ("@moncountryside@mastodon.social", "handle", "moncountryside@mastodon.social", "mastodon"),
    ("moncountryside@Mastodon.Social", "handle", "moncountryside@mastodon.social", "mastodon"),
    ("https://mastodon.social/@moncountryside", "handle", "moncountryside@mastodon.social", "mastodon"),
    ("mastodon.social/@MonCountryside", "handle", "moncountryside@mastodon.social", "mastodon"),
    ("https://fosstodon.org/@moncountryside@mastodon.social", "handle", "moncountryside@mastodon.social", "mastodon"),
    # Flickr and WhatsApp Channels
    ("https://www.flickr.com/photos/moncountryside/", "handle", "moncountryside", "flickr"),
    ("https://whatsapp.com/channel/0029VaMonRecyc1ingUpdat3s", "handle", "0029VaMonRecyc1ingUpdat3s", "whatsapp"),
    ("https://www.whatsapp.com/channel/0029VaMonRecyc1ingUpdat3s?utm=x", "handle", "0029VaMonRecyc1ingUpdat3s",
     "whatsapp"),
    # Handles with or without @, names, and nothing usable
    ("@monlibraries", "handle", "monlibraries", None),
    ("  monlibraries  ", "handle", "monlibraries", None),
    ("Monmouthshire   Libraries", "name", "monmouthshire libraries", None),
    ("", "empty", "", None),
    ("https://example.org/about", "other", "", None),
    ("https://x.com/", "other", "", None),
]

# (typed, answer kind, the handles named, in order), against the sample registry.
ANSWER_CASES: list[tuple[str, str, list[str]]] = [
    ("https://www.instagram.com/monlibraries/?hl=en", "official", ["monlibraries"]),
    # A bare handle: every account with it on any platform, open first, then closed (X keeps MonLibraries closed)
    ("@MONLIBRARIES", "official", ["monlibraries", "MonLibraries"]),  # Instagram and X ignore case
    ("MonLibraries", "official", ["monlibraries", "MonLibraries"]),
    ("https://x.com/monhighways", "official", ["MonHighways"]),
    ("moncountryside", "official", ["moncountryside", "moncountryside"]),  # Instagram and Flickr
    ("https://x.com/MonLibraries", "closed", ["MonLibraries"]),
    ("@moncountryside@mastodon.social", "closed", ["moncountryside@mastodon.social"]),
    ("Monmouthshire Libraries", "named", ["MonmouthshireLibraries", "monlibraries", "MonLibraries"]),  # closed last
    ("Visit Monmouthshire", "named", ["VisitMonmouthshire", "visitmonmouthshire", "VisitMonmouth"]),
    # Look-alikes: confusable characters (skeletons), and one or two edits
    ("monIibraries", "lookalike", ["monlibraries"]),  # capital I for l
    ("mon1ibraries", "lookalike", ["monlibraries"]),  # 1 for l
    ("rnonlibraries", "lookalike", ["monlibraries"]),  # rn for m
    ("m\u043enlibraries", "lookalike", ["monlibraries"]),  # Cyrillic o
    ("https://www.instagram.com/monlibrar1es/", "lookalike", ["monlibraries"]),
    ("monlibraries_", "lookalike", ["monlibraries"]),  # one character added
    ("https://x.com/M0nHighway", "lookalike", ["MonHighways"]),  # two edits on a long handle
    ("https://www.facebook.com/MonmouthshireLibrarles", "lookalike", ["MonmouthshireLibraries"]),
    # Look-alikes: our handle with something added before or after it
    ("@MonmouthshireCC_Bins", "lookalike", ["MonmouthshireCC"]),
    ("https://x.com/MonmouthshireCCBins", "lookalike", ["MonmouthshireCC"]),
    ("real_monlibraries", "lookalike", ["monlibraries"]),
    ("https://x.com/SirFynwy2024news", "lookalike", ["SirFynwy"]),
    # Negative controls: genuinely different handles are not look-alikes
    ("monlibrary", "unknown", []),  # three edits away
    ("cardifflibraries", "unknown", []),
    ("monmuseum_shop", "unknown", []),
    ("https://www.instagram.com/monyouthclub/", "lookalike", ["monyouth"]),  # our handle with "club" added
    ("https://www.instagram.com/youthclubmonmouth/", "unknown", []),
    ("https://x.com/FynwyNews", "unknown", []),
    ("libraries", "unknown", []),  # part of our handle is not our handle with more added
    ("https://www.instagram.com/monmouthshirecc_bins/", "unknown", []),  # MonmouthshireCC is on X, not Instagram
    ("Cardiff Libraries", "unknown", []),
    ("https://example.org/monlibraries", "unknown", []),
    ("", "empty", []),
]
