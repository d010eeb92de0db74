"""Table-driven tests for macros/platforms.py: handle rules and profile address checks."""

from __future__ import annotations

import pytest

from macros.core.platform_table import PLATFORMS, get_platform
from macros.core.platforms import Platform, PlatformError

KEYS = ["x", "facebook", "instagram", "youtube", "linkedin", "tiktok", "threads", "bluesky", "mastodon",
        "flickr", "whatsapp"]

# The handle each platform's URL tests are about.
HANDLE = {
    "x": "MonLibraries",
    "facebook": "MonmouthshireCC",
    "instagram": "monlibraries",
    "youtube": "MonmouthshireCC",
    "linkedin": "monmouthshire-county-council",
    "tiktok": "monlibraries",
    "threads": "monlibraries",
    "bluesky": "monlibraries.bsky.social",
    "mastodon": "monlibraries@mastodon.social",
    "flickr": "monmouthshirecc",
    "whatsapp": "0029VaABCdefGHIjklMNOp1q",
}

CANONICAL = {
    "x": "https://x.com/MonLibraries",
    "facebook": "https://www.facebook.com/MonmouthshireCC",
    "instagram": "https://www.instagram.com/monlibraries/",
    "youtube": "https://www.youtube.com/@MonmouthshireCC",
    "linkedin": "https://www.linkedin.com/company/monmouthshire-county-council/",
    "tiktok": "https://www.tiktok.com/@monlibraries",
    "threads": "https://www.threads.com/@monlibraries",
    "bluesky": "https://bsky.app/profile/monlibraries.bsky.social",
    "mastodon": "https://mastodon.social/@monlibraries",
    "flickr": "https://www.flickr.com/photos/monmouthshirecc/",
    "whatsapp": "https://whatsapp.com/channel/0029VaABCdefGHIjklMNOp1q",
}

# (platform, what the editor typed, normalised handle)
VALID_HANDLES = [
    ("x", "MonLibraries", "MonLibraries"),
    ("x", "  @Mon_Libraries1 ", "Mon_Libraries1"),
    ("x", "a", "a"),
    ("x", "A" * 15, "A" * 15),
    ("facebook", "MonmouthshireCC", "MonmouthshireCC"),
    ("facebook", "@monmouthshire.libraries", "monmouthshire.libraries"),
    ("facebook", "abcde", "abcde"),
    ("facebook", "a" * 50, "a" * 50),
    ("instagram", "monlibraries", "monlibraries"),
    ("instagram", "@Mon.Libraries", "mon.libraries"),
    ("instagram", "m", "m"),
    ("instagram", "mon_libs.2024" + "x" * 17, "mon_libs.2024" + "x" * 17),
    ("youtube", "@MonmouthshireCC", "MonmouthshireCC"),
    ("youtube", "Mon-Libs_2.0", "Mon-Libs_2.0"),
    ("youtube", "abc", "abc"),
    ("youtube", "a" * 30, "a" * 30),
    ("linkedin", "monmouthshire-county-council", "monmouthshire-county-council"),
    ("linkedin", " MonCC ", "moncc"),
    ("linkedin", "ab", "ab"),
    ("linkedin", "a" * 100, "a" * 100),
    ("tiktok", "@mon.libs_", "mon.libs_"),
    ("tiktok", "MonLibraries", "MonLibraries"),
    ("tiktok", "ab", "ab"),
    ("tiktok", "a" * 24, "a" * 24),
    ("threads", "@monlibraries", "monlibraries"),
    ("threads", "Mon.Libs", "mon.libs"),
    ("threads", "a", "a"),
    ("threads", "a" * 30, "a" * 30),
    ("bluesky", "monlibraries.bsky.social", "monlibraries.bsky.social"),
    ("bluesky", "@MonLibraries.Bsky.Social", "monlibraries.bsky.social"),
    ("bluesky", "monmouthshire.gov.uk", "monmouthshire.gov.uk"),
    ("bluesky", "a.co", "a.co"),
    ("bluesky", "a" * 63 + ".bsky.social", "a" * 63 + ".bsky.social"),
    ("mastodon", "monlibraries@mastodon.social", "monlibraries@mastodon.social"),
    ("mastodon", "@MonLibraries@Social.Example.ORG", "MonLibraries@social.example.org"),
    ("mastodon", "a@b.co", "a@b.co"),
    ("mastodon", "u" * 30 + "@mastodon.social", "u" * 30 + "@mastodon.social"),
    ("flickr", "monmouthshirecc", "monmouthshirecc"),
    ("flickr", "12345678@N02", "12345678@N02"),
    ("flickr", "12345678@n02", "12345678@N02"),
    ("flickr", "abc", "abc"),
    ("flickr", "mon-cc_" + "a" * 25, "mon-cc_" + "a" * 25),
    ("whatsapp", "0029VaABCdefGHIjklMNOp1q", "0029VaABCdefGHIjklMNOp1q"),
    ("whatsapp", " " + "A1" * 10 + " ", "A1" * 10),
    ("whatsapp", "Z" * 30, "Z" * 30),
]

# (platform, what the editor typed, words the message must contain)
INVALID_HANDLES = [
    ("x", "", "is empty"),
    ("x", "@", "is empty"),
    ("x", "A" * 16, "too long"),
    ("x", "mon-libraries", "does not allow: '-'"),
    ("x", "mon libraries", "does not allow: space"),
    ("x", "@@MonLibraries", "does not allow: '@'"),
    ("x", "https://x.com/MonLibraries", "web address"),
    ("facebook", "abcd", "too short"),
    ("facebook", "a" * 51, "too long"),
    ("facebook", "mon_cc_page", "does not allow: '_'"),
    ("facebook", "100064123456789", "page ID"),
    ("instagram", "a" * 31, "too long"),
    ("instagram", "", "is empty"),
    ("instagram", "mon-libs", "does not allow: '-'"),
    ("instagram", ".monlibs", "full stop"),
    ("instagram", "monlibs.", "full stop"),
    ("instagram", "mon..libs", "two full stops"),
    ("youtube", "ab", "too short"),
    ("youtube", "a" * 31, "too long"),
    ("youtube", "mon libs", "space"),
    ("youtube", "mon!libs", "'!'"),
    ("linkedin", "a", "too short"),
    ("linkedin", "a" * 101, "too long"),
    ("linkedin", "mon_cc", "does not allow: '_'"),
    ("linkedin", "@moncc", "'@'"),
    ("tiktok", "a", "too short"),
    ("tiktok", "a" * 25, "too long"),
    ("tiktok", "mon-libs", "'-'"),
    ("tiktok", "monlibs.", "ends with a full stop"),
    ("threads", "a" * 31, "too long"),
    ("threads", "", "is empty"),
    ("threads", "mon-libs", "'-'"),
    ("threads", ".monlibs", "full stop"),
    ("bluesky", "monlibraries", "at least one full stop"),
    ("bluesky", "ab", "too short"),
    ("bluesky", "-mon.bsky.social", "badly formed part '-mon'"),
    ("bluesky", "mon..social", "badly formed part ''"),
    ("bluesky", "mon.123", "not a public domain ending"),
    ("bluesky", "mon.local", "not a public domain ending"),
    ("bluesky", "mon_libs.bsky.social", "'_'"),
    ("bluesky", "a" * 64 + ".com", "badly formed"),
    ("bluesky", ("a" * 60 + ".") * 4 + "bsky.social", "too long"),
    ("mastodon", "monlibraries", "joined by one @"),
    ("mastodon", "mon@libs@mastodon.social", "joined by one @"),
    ("mastodon", "@mastodon.social", "joined by one @"),
    ("mastodon", "mon-libs@mastodon.social", "1 to 30 letters"),
    ("mastodon", "u" * 31 + "@mastodon.social", "1 to 30 letters"),
    ("mastodon", "mon@localhost", "at least one full stop"),
    ("mastodon", "mon libs@mastodon.social", "space"),
    ("flickr", "ab", "too short"),
    ("flickr", "a" * 33, "too long"),
    ("flickr", "mon.cc", "'.'"),
    ("flickr", "mon@N02", "ID like 12345678@N02"),
    ("whatsapp", "A1" * 9 + "A", "too short"),
    ("whatsapp", "A" * 31, "too long"),
    ("whatsapp", "0029VaABCdef_GHIjklMNOp1q", "'_'"),
    ("whatsapp", "@0029VaABCdefGHIjklMNOp1q", "'@'"),
]

# (platform, address the editor pasted, canonical address). The handle is HANDLE[platform] unless given.
GOOD_URLS = [
    ("x", "https://x.com/MonLibraries", CANONICAL["x"]),
    ("x", "http://twitter.com/MonLibraries/", CANONICAL["x"]),
    ("x", "https://mobile.twitter.com/monlibraries", CANONICAL["x"]),
    ("x", "  https://www.x.com/MONLIBRARIES  ", CANONICAL["x"]),
    ("x", "HTTPS://X.COM/MonLibraries", CANONICAL["x"]),
    ("facebook", "https://www.facebook.com/MonmouthshireCC", CANONICAL["facebook"]),
    ("facebook", "http://facebook.com/monmouthshirecc/", CANONICAL["facebook"]),
    ("facebook", "https://m.facebook.com/MonmouthshireCC", CANONICAL["facebook"]),
    ("facebook", "https://fb.com/MonmouthshireCC", CANONICAL["facebook"]),
    ("instagram", "https://www.instagram.com/monlibraries/", CANONICAL["instagram"]),
    ("instagram", "http://instagram.com/MonLibraries", CANONICAL["instagram"]),
    ("instagram", "https://m.instagram.com/monlibraries", CANONICAL["instagram"]),
    ("youtube", "https://www.youtube.com/@MonmouthshireCC", CANONICAL["youtube"]),
    ("youtube", "https://youtube.com/@monmouthshirecc/", CANONICAL["youtube"]),
    ("youtube", "http://m.youtube.com/@MonmouthshireCC", CANONICAL["youtube"]),
    ("linkedin", "https://www.linkedin.com/company/monmouthshire-county-council/", CANONICAL["linkedin"]),
    ("linkedin", "https://linkedin.com/company/Monmouthshire-County-Council", CANONICAL["linkedin"]),
    ("linkedin", "http://m.linkedin.com/company/monmouthshire-county-council", CANONICAL["linkedin"]),
    ("tiktok", "https://www.tiktok.com/@monlibraries", CANONICAL["tiktok"]),
    ("tiktok", "https://tiktok.com/@MonLibraries/", CANONICAL["tiktok"]),
    ("tiktok", "http://m.tiktok.com/@monlibraries", CANONICAL["tiktok"]),
    ("threads", "https://www.threads.com/@monlibraries", CANONICAL["threads"]),
    ("threads", "https://threads.net/@monlibraries/", CANONICAL["threads"]),
    ("threads", "http://www.threads.net/@MonLibraries", CANONICAL["threads"]),
    ("bluesky", "https://bsky.app/profile/monlibraries.bsky.social", CANONICAL["bluesky"]),
    ("bluesky", "http://bsky.app/profile/MonLibraries.bsky.social/", CANONICAL["bluesky"]),
    ("bluesky", "https://BSKY.APP/profile/monlibraries.bsky.social", CANONICAL["bluesky"]),
    ("mastodon", "https://mastodon.social/@monlibraries", CANONICAL["mastodon"]),
    ("mastodon", "http://Mastodon.Social/@MonLibraries/", CANONICAL["mastodon"]),
    ("mastodon", "https://mastodon.social/@monlibraries/", CANONICAL["mastodon"]),
    ("flickr", "https://www.flickr.com/photos/monmouthshirecc/", CANONICAL["flickr"]),
    ("flickr", "https://flickr.com/photos/MonmouthshireCC", CANONICAL["flickr"]),
    ("flickr", "https://www.flickr.com/people/monmouthshirecc/", CANONICAL["flickr"]),
    ("whatsapp", "https://whatsapp.com/channel/0029VaABCdefGHIjklMNOp1q", CANONICAL["whatsapp"]),
    ("whatsapp", "https://www.whatsapp.com/channel/0029VaABCdefGHIjklMNOp1q/", CANONICAL["whatsapp"]),
    ("whatsapp", "http://whatsapp.com/channel/0029VaABCdefGHIjklMNOp1q", CANONICAL["whatsapp"]),
]

# Profiles whose handle differs from HANDLE: (platform, handle, address, canonical address)
GOOD_URLS_OTHER_HANDLE = [
    ("bluesky", "monmouthshire.gov.uk", "https://bsky.app/profile/Monmouthshire.gov.uk",
     "https://bsky.app/profile/monmouthshire.gov.uk"),
    ("mastodon", "@Mon_CC@Social.Example.org", "https://social.example.org/@mon_cc",
     "https://social.example.org/@Mon_CC"),
    ("flickr", "12345678@N02", "https://www.flickr.com/photos/12345678@N02/",
     "https://www.flickr.com/photos/12345678@N02/"),
    ("flickr", "12345678@N02", "https://www.flickr.com/photos/12345678%40N02",
     "https://www.flickr.com/photos/12345678@N02/"),
]

# (kind, platform, address, words the message must contain). Kinds are checked for coverage below.
BAD_URLS = [
    # X
    ("post", "x", "https://x.com/MonLibraries/status/1234567890", "single post"),
    ("post", "x", "https://twitter.com/MonLibraries/status/1234567890?s=20", "single post"),
    ("search", "x", "https://x.com/search?q=monmouthshire", "search page"),
    ("hashtag", "x", "https://x.com/hashtag/Monmouthshire", "hashtag"),
    ("share", "x", "https://x.com/intent/tweet?text=hello", "share link"),
    ("shortener", "x", "https://t.co/abc123", "shortened link (t.co)"),
    ("feed", "x", "https://x.com/home", "page of X itself"),
    ("list", "x", "https://x.com/MonLibraries/lists", "list"),
    ("tracking", "x", "https://x.com/MonLibraries?s=20", "tracking"),
    ("tracking", "x", "https://x.com/MonLibraries?", "tracking"),
    ("fragment", "x", "https://x.com/MonLibraries#top", "after '#'"),
    ("different", "x", "https://x.com/MonCouncil", "different account ('MonCouncil')"),
    ("not-profile", "x", "https://x.com/MonLibraries/media", "not a profile"),
    ("home", "x", "https://x.com/", "home page"),
    ("other-site", "x", "https://www.facebook.com/MonLibraries", "not an address on X (Twitter)"),
    ("not-web", "x", "x.com/MonLibraries", "must start with https://"),
    ("not-web", "x", "ftp://x.com/MonLibraries", "must start with https://"),
    ("not-web", "x", "javascript:alert(1)", "must start with https://"),
    ("not-web", "x", "", "not a web address"),
    ("not-web", "x", "https://x.com/Mon Libraries", "contains spaces"),
    ("not-web", "x", "https://x.com:8080/MonLibraries", "not an ordinary web address"),
    ("not-web", "x", "https://someone@x.com/MonLibraries", "not an ordinary web address"),
    # Facebook
    ("post", "facebook", "https://www.facebook.com/MonmouthshireCC/posts/pfbid0abc123", "single post"),
    ("post", "facebook", "https://www.facebook.com/permalink.php?story_fbid=1&id=2", "single post"),
    ("post", "facebook", "https://m.facebook.com/story.php?story_fbid=1&id=2", "single post"),
    ("photo", "facebook", "https://www.facebook.com/photo/?fbid=123456", "single photo"),
    ("photo", "facebook", "https://www.facebook.com/MonmouthshireCC/photos/a.1/2/", "single photo"),
    ("video", "facebook", "https://www.facebook.com/watch/?v=123456", "single video"),
    ("share", "facebook", "https://www.facebook.com/share/p/abc123/", "share link"),
    ("share", "facebook", "https://www.facebook.com/sharer/sharer.php?u=https://example.org", "share link"),
    ("shortener", "facebook", "https://fb.me/abc123", "shortened link (fb.me)"),
    ("group", "facebook", "https://www.facebook.com/groups/monlibs", "group"),
    ("event", "facebook", "https://www.facebook.com/events/123456", "event"),
    ("search", "facebook", "https://www.facebook.com/search/top?q=monmouthshire", "search page"),
    ("hashtag", "facebook", "https://www.facebook.com/hashtag/monmouthshire", "hashtag"),
    ("id", "facebook", "https://www.facebook.com/profile.php?id=100064123456789", "numeric profile ID"),
    ("id", "facebook", "https://www.facebook.com/pages/Monmouthshire/123456", "old-style"),
    ("tracking", "facebook", "https://www.facebook.com/MonmouthshireCC?fbclid=IwAR0abc", "tracking"),
    ("tracking", "facebook", "https://www.facebook.com/MonmouthshireCC/?mibextid=ZbWKwL", "tracking"),
    ("different", "facebook", "https://www.facebook.com/OtherCouncil", "different account"),
    ("not-profile", "facebook", "https://www.facebook.com/MonmouthshireCC/about", "not a profile"),
    ("feed", "facebook", "https://www.facebook.com/", "home page"),
    # Instagram
    ("post", "instagram", "https://www.instagram.com/p/C1a2b3c4d5/", "single post"),
    ("post", "instagram", "https://www.instagram.com/monlibraries/p/C1a2b3c4d5/", "single post"),
    ("video", "instagram", "https://www.instagram.com/reel/C1a2b3c4d5/", "single video"),
    ("video", "instagram", "https://www.instagram.com/tv/C1a2b3c4d5/", "single video"),
    ("story", "instagram", "https://www.instagram.com/stories/monlibraries/3123456789/", "story"),
    ("share", "instagram", "https://www.instagram.com/s/aGlnaGxpZ2h0OjE3ODk?story_media_id=1", "story"),
    ("hashtag", "instagram", "https://www.instagram.com/explore/tags/monmouthshire/", "hashtag"),
    ("search", "instagram", "https://www.instagram.com/explore/search/keyword/?q=libraries", "search page"),
    ("shortener", "instagram", "https://bit.ly/3abcDEF", "shortened link"),
    ("tracking", "instagram", "https://www.instagram.com/monlibraries/?igshid=MzRlODBiNWFlZA==", "tracking"),
    ("tracking", "instagram", "https://www.instagram.com/monlibraries?igsh=abc&utm_source=qr", "tracking"),
    ("different", "instagram", "https://www.instagram.com/othercouncil/", "different account"),
    ("not-profile", "instagram", "https://www.instagram.com/monlibraries/tagged/", "not a profile"),
    ("feed", "instagram", "https://www.instagram.com/accounts/login/", "page of Instagram itself"),
    ("other-site", "instagram", "https://www.threads.com/@monlibraries", "not an address on Instagram"),
    # YouTube
    ("video", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "single video"),
    ("video", "youtube", "https://www.youtube.com/shorts/abc123", "single video"),
    ("video", "youtube", "https://www.youtube.com/live/abc123?si=xyz", "single video"),
    ("post", "youtube", "https://www.youtube.com/post/UgkxAbc", "single post"),
    ("shortener", "youtube", "https://youtu.be/dQw4w9WgXcQ?si=abc", "shortened link (youtu.be)"),
    ("search", "youtube", "https://www.youtube.com/results?search_query=monmouthshire", "search page"),
    ("playlist", "youtube", "https://www.youtube.com/playlist?list=PL123", "playlist"),
    ("hashtag", "youtube", "https://www.youtube.com/hashtag/monmouthshire", "hashtag"),
    ("feed", "youtube", "https://www.youtube.com/feed/subscriptions", "feed"),
    ("id", "youtube", "https://www.youtube.com/channel/UC1234567890abcdefghij", "not the channel's @handle"),
    ("id", "youtube", "https://www.youtube.com/c/MonmouthshireCC", "old-style channel address"),
    ("tracking", "youtube", "https://www.youtube.com/@MonmouthshireCC?si=abc123", "tracking"),
    ("different", "youtube", "https://www.youtube.com/@OtherCouncil", "different account"),
    ("not-profile", "youtube", "https://www.youtube.com/@MonmouthshireCC/videos", "not a profile"),
    ("not-profile", "youtube", "https://www.youtube.com/MonmouthshireCC", "not a profile"),
    # LinkedIn
    ("person", "linkedin", "https://www.linkedin.com/in/jane-smith-123/", "organisation pages, not people"),
    ("post", "linkedin", "https://www.linkedin.com/posts/monmouthshire-county-council_activity-123", "single post"),
    ("post", "linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:123/", "single post"),
    ("post", "linkedin", "https://www.linkedin.com/pulse/some-article-jane-smith", "article"),
    ("feed", "linkedin", "https://www.linkedin.com/feed/", "feed"),
    ("jobs", "linkedin", "https://www.linkedin.com/jobs/view/123456", "jobs page"),
    ("search", "linkedin", "https://www.linkedin.com/search/results/all/?keywords=mon", "search page"),
    ("share", "linkedin", "https://www.linkedin.com/shareArticle?mini=true&url=https://example.org", "share link"),
    ("shortener", "linkedin", "https://lnkd.in/abc123", "shortened link (lnkd.in)"),
    ("tracking", "linkedin",
     "https://www.linkedin.com/company/monmouthshire-county-council/?trk=public_profile", "tracking"),
    ("different", "linkedin", "https://www.linkedin.com/company/other-council/", "different account"),
    ("not-profile", "linkedin", "https://www.linkedin.com/company/monmouthshire-county-council/posts/",
     "not a profile"),
    ("not-profile", "linkedin", "https://www.linkedin.com/school/some-university/", "not a profile"),
    # TikTok
    ("video", "tiktok", "https://www.tiktok.com/@monlibraries/video/7234567890123456789", "single video"),
    ("shortener", "tiktok", "https://vm.tiktok.com/ZMabc123/", "shortened link (vm.tiktok.com)"),
    ("share", "tiktok", "https://www.tiktok.com/t/ZTabc123/", "share link"),
    ("hashtag", "tiktok", "https://www.tiktok.com/tag/monmouthshire", "hashtag"),
    ("search", "tiktok", "https://www.tiktok.com/search?q=monmouthshire", "search page"),
    ("feed", "tiktok", "https://www.tiktok.com/foryou", "feed"),
    ("tracking", "tiktok", "https://www.tiktok.com/@monlibraries?_t=8abc&_r=1", "tracking"),
    ("tracking", "tiktok", "https://www.tiktok.com/@monlibraries?lang=en", "tracking"),
    ("different", "tiktok", "https://www.tiktok.com/@othercouncil", "different account"),
    ("not-profile", "tiktok", "https://www.tiktok.com/monlibraries", "not a profile"),
    # Threads
    ("post", "threads", "https://www.threads.com/@monlibraries/post/C1abc123", "single post"),
    ("post", "threads", "https://www.threads.net/t/C1abc123", "single post"),
    ("search", "threads", "https://www.threads.com/search?q=monmouthshire", "search page"),
    ("share", "threads", "https://www.threads.com/intent/post?text=hello", "share link"),
    ("shortener", "threads", "https://bit.ly/threadsmon", "shortened link"),
    ("feed", "threads", "https://www.threads.com/", "home page"),
    ("tracking", "threads", "https://www.threads.com/@monlibraries?igshid=abc", "tracking"),
    ("different", "threads", "https://www.threads.com/@othercouncil", "different account"),
    ("not-profile", "threads", "https://www.threads.com/monlibraries", "not a profile"),
    ("other-site", "threads", "https://m.threads.com/@monlibraries", "not an address on Threads"),
    # Bluesky
    ("post", "bluesky", "https://bsky.app/profile/monlibraries.bsky.social/post/3kabc123", "single post"),
    ("feed", "bluesky", "https://bsky.app/profile/monlibraries.bsky.social/feed/whats-hot", "feed"),
    ("list", "bluesky", "https://bsky.app/profile/monlibraries.bsky.social/lists/3kabc", "list"),
    ("search", "bluesky", "https://bsky.app/search?q=monmouthshire", "search page"),
    ("hashtag", "bluesky", "https://bsky.app/hashtag/monmouthshire", "hashtag"),
    ("share", "bluesky", "https://bsky.app/intent/compose?text=hello", "share link"),
    ("shortener", "bluesky", "https://go.bsky.app/AbC123", "shortened link (go.bsky.app)"),
    ("id", "bluesky", "https://bsky.app/profile/did:plc:abc123xyz", "ID number (did:...)"),
    ("tracking", "bluesky", "https://bsky.app/profile/monlibraries.bsky.social?ref=share", "tracking"),
    ("different", "bluesky", "https://bsky.app/profile/other.bsky.social", "different account"),
    ("not-profile", "bluesky", "https://bsky.app/settings", "not a profile"),
    ("other-site", "bluesky", "https://monlibraries.bsky.social/", "not an address on Bluesky"),
    # Mastodon
    ("post", "mastodon", "https://mastodon.social/@monlibraries/111234567890123456", "single post"),
    ("post", "mastodon", "https://mastodon.social/users/monlibraries/statuses/111234567890", "single post"),
    ("hashtag", "mastodon", "https://mastodon.social/tags/monmouthshire", "hashtag"),
    ("hashtag", "mastodon", "https://mastodon.social/explore", "hashtag"),
    ("search", "mastodon", "https://mastodon.social/search?q=mon", "search page"),
    ("feed", "mastodon", "https://mastodon.social/@monlibraries.rss", "feed"),
    ("feed", "mastodon", "https://mastodon.social/public/local", "feed"),
    ("share", "mastodon", "https://mastodon.social/share?text=hello", "share link"),
    ("shortener", "mastodon", "https://bit.ly/monmasto", "shortened link"),
    ("app", "mastodon", "https://mastodon.social/web/@monlibraries", "inside the Mastodon app"),
    ("tracking", "mastodon", "https://mastodon.social/@monlibraries?utm_source=newsletter", "tracking"),
    ("different", "mastodon", "https://mastodon.social/@othercouncil", "different account ('othercouncil')"),
    ("different", "mastodon", "https://mastodon.social/@monlibraries@other.social", "different account"),
    ("server", "mastodon", "https://mastodon.online/@monlibraries", "is on mastodon.online"),
    ("server", "mastodon", "https://www.mastodon.social/@monlibraries", "is on www.mastodon.social"),
    ("not-profile", "mastodon", "https://mastodon.social/about", "not a profile"),
    # Flickr
    ("photo", "flickr", "https://www.flickr.com/photos/monmouthshirecc/53123456789/", "single photo"),
    ("photo", "flickr", "https://www.flickr.com/photos/monmouthshirecc/53123456789/in/album-721/", "single photo"),
    ("album", "flickr", "https://www.flickr.com/photos/monmouthshirecc/albums/72157712345", "album"),
    ("search", "flickr", "https://www.flickr.com/search/?text=monmouthshire", "search page"),
    ("group", "flickr", "https://www.flickr.com/groups/monmouthshire/", "group"),
    ("hashtag", "flickr", "https://www.flickr.com/photos/tags/monmouthshire", "hashtag"),
    ("feed", "flickr", "https://www.flickr.com/services/feeds/photos_public.gne?id=1", "feed"),
    ("shortener", "flickr", "https://flic.kr/p/2abcDe", "shortened link (flic.kr)"),
    ("tracking", "flickr", "https://www.flickr.com/photos/monmouthshirecc/?utm_source=x", "tracking"),
    ("different", "flickr", "https://www.flickr.com/photos/othercouncil/", "different account"),
    ("not-profile", "flickr", "https://www.flickr.com/photos/monmouthshirecc/favorites", "not a profile"),
    ("not-profile", "flickr", "https://www.flickr.com/explore", "page of Flickr itself"),
    # WhatsApp Channels
    ("post", "whatsapp", "https://whatsapp.com/channel/0029VaABCdefGHIjklMNOp1q/123", "single channel update"),
    ("shortener", "whatsapp", "https://wa.me/441633644644", "shortened link (wa.me)"),
    ("group", "whatsapp", "https://chat.whatsapp.com/AbCdEf123456", "group invite"),
    ("share", "whatsapp", "https://api.whatsapp.com/send?phone=441633644644", "starts a WhatsApp chat"),
    ("share", "whatsapp", "https://www.whatsapp.com/send?phone=441633644644", "starts a WhatsApp chat"),
    ("tracking", "whatsapp", "https://whatsapp.com/channel/0029VaABCdefGHIjklMNOp1q?utm_source=x", "tracking"),
    ("different", "whatsapp", "https://whatsapp.com/channel/0029vaabcdefghijklmnop1q", "different account"),
    ("different", "whatsapp", "https://whatsapp.com/channel/0029VaZZZdefGHIjklMNOp1q", "different account"),
    ("not-profile", "whatsapp", "https://www.whatsapp.com/channels", "not a profile"),
    ("other-site", "whatsapp", "https://m.whatsapp.com/channel/0029VaABCdefGHIjklMNOp1q", "not an address on"),
]

# Every platform must have these kinds of bad address tested.
REQUIRED_BAD_KINDS = [{"post", "video", "photo"}, {"share", "shortener"}, {"tracking"}, {"different"},
                      {"not-profile", "home", "other-site", "person", "id", "app"}]


def _id(*parts: object) -> str:
    return "-".join(str(part)[:45] for part in parts)


# ---------------------------------------------------------------- the registry of platforms


def test_platform_keys_in_display_order() -> None:
    assert list(PLATFORMS) == KEYS


@pytest.mark.parametrize("key", KEYS)
def test_platform_is_described(key: str) -> None:
    platform = get_platform(key)
    assert isinstance(platform, Platform)
    assert platform.key == key
    assert platform.name
    assert platform.handle_hint.endswith(".") and len(platform.handle_hint) > 40


@pytest.mark.parametrize("key", KEYS)
def test_example_handle_round_trips(key: str) -> None:
    platform = PLATFORMS[key]
    url = platform.profile_url(platform.example)
    assert url.startswith("https://")
    assert platform.check_url(url, platform.example) == url


@pytest.mark.parametrize("key", ["twitter", "X", " x", "", "myspace"])
def test_unknown_platform_lists_valid_keys(key: str) -> None:
    with pytest.raises(PlatformError) as caught:
        get_platform(key)
    assert f"Unknown platform '{key}'" in str(caught.value)
    assert caught.value.hint == "Use one of: " + ", ".join(KEYS) + "."


def test_platform_error_is_a_value_error_with_a_hint() -> None:
    error = PlatformError("Something is wrong.", "Do this.")
    assert isinstance(error, ValueError)
    assert (str(error), error.message, error.hint) == ("Something is wrong.", "Something is wrong.", "Do this.")


@pytest.mark.parametrize("key", KEYS)
def test_every_platform_is_covered_by_the_tables(key: str) -> None:
    assert sum(1 for row in VALID_HANDLES if row[0] == key) >= 3
    assert sum(1 for row in INVALID_HANDLES if row[0] == key) >= 3
    assert sum(1 for row in GOOD_URLS if row[0] == key) >= 3
    kinds = {row[0] for row in BAD_URLS if row[1] == key}
    missing = [group for group in REQUIRED_BAD_KINDS if not group & kinds]
    assert not missing, f"{key} has no bad-address test of kind {missing}"


# ---------------------------------------------------------------- handles


@pytest.mark.parametrize(("key", "raw", "expected"), VALID_HANDLES,
                         ids=[_id(k, repr(raw)) for k, raw, _ in VALID_HANDLES])
def test_valid_handle(key: str, raw: str, expected: str) -> None:
    assert PLATFORMS[key].normalise_handle(raw) == expected


@pytest.mark.parametrize(("key", "raw", "words"), INVALID_HANDLES,
                         ids=[_id(k, words, len(raw)) for k, raw, words in INVALID_HANDLES])
def test_invalid_handle(key: str, raw: str, words: str) -> None:
    platform = PLATFORMS[key]
    with pytest.raises(PlatformError) as caught:
        platform.normalise_handle(raw)
    assert words in str(caught.value)
    assert caught.value.hint, "every handle error says how to fix it"


@pytest.mark.parametrize("key", KEYS)
def test_handle_must_be_text(key: str) -> None:
    with pytest.raises(PlatformError, match="must be text"):
        PLATFORMS[key].normalise_handle(None)  # type: ignore[arg-type]


def test_web_address_in_handle_field_hint_shows_an_example() -> None:
    with pytest.raises(PlatformError) as caught:
        get_platform("instagram").normalise_handle("instagram.com/monlibraries")
    assert "web address" in caught.value.message
    assert f"for example {get_platform('instagram').example}" in caught.value.hint


@pytest.mark.parametrize(("key", "handle", "expected"), [
    ("x", "@MonLibraries", "https://x.com/MonLibraries"),
    ("facebook", "MonmouthshireCC", "https://www.facebook.com/MonmouthshireCC"),
    ("instagram", "@MonLibraries", "https://www.instagram.com/monlibraries/"),
    ("youtube", "@MonmouthshireCC", "https://www.youtube.com/@MonmouthshireCC"),
    ("linkedin", "Monmouthshire-County-Council", "https://www.linkedin.com/company/monmouthshire-county-council/"),
    ("tiktok", "@monlibraries", "https://www.tiktok.com/@monlibraries"),
    ("threads", "monlibraries", "https://www.threads.com/@monlibraries"),
    ("bluesky", "@monmouthshire.gov.uk", "https://bsky.app/profile/monmouthshire.gov.uk"),
    ("mastodon", "@MonLibraries@Social.Example.org", "https://social.example.org/@MonLibraries"),
    ("flickr", "12345678@n02", "https://www.flickr.com/photos/12345678@N02/"),
    ("whatsapp", "0029VaABCdefGHIjklMNOp1q", "https://whatsapp.com/channel/0029VaABCdefGHIjklMNOp1q"),
], ids=KEYS)
def test_profile_url(key: str, handle: str, expected: str) -> None:
    assert PLATFORMS[key].profile_url(handle) == expected


@pytest.mark.parametrize("key", KEYS)
def test_profile_url_refuses_an_invalid_handle(key: str) -> None:
    with pytest.raises(PlatformError):
        PLATFORMS[key].profile_url("bad handle!" * 30)


@pytest.mark.parametrize(("key", "handle", "expected"), [
    ("x", "MonLibraries", "@MonLibraries"),
    ("facebook", "@MonmouthshireCC", "@MonmouthshireCC"),
    ("instagram", "monlibraries", "@monlibraries"),
    ("youtube", "MonmouthshireCC", "@MonmouthshireCC"),
    ("linkedin", "monmouthshire-county-council", "monmouthshire-county-council"),
    ("tiktok", "monlibraries", "@monlibraries"),
    ("threads", "@monlibraries", "@monlibraries"),
    ("bluesky", "@monlibraries.bsky.social", "monlibraries.bsky.social"),
    ("mastodon", "@user@server.social", "user@server.social"),
    ("flickr", "monmouthshirecc", "monmouthshirecc"),
    ("whatsapp", "0029VaABCdefGHIjklMNOp1q", "0029VaABCdefGHIjklMNOp1q"),
], ids=KEYS)
def test_display_handle(key: str, handle: str, expected: str) -> None:
    assert PLATFORMS[key].display_handle(handle) == expected


@pytest.mark.parametrize(("key", "first", "second", "same"), [
    ("x", "MonLibraries", "@monlibraries", True),
    ("x", "MonLibraries", "MonLibrary", False),
    ("facebook", "MonmouthshireCC", "monmouthshirecc", True),
    ("instagram", "Mon.Libraries", "mon.libraries", True),
    ("youtube", "@MonmouthshireCC", "monmouthshirecc", True),
    ("linkedin", "Monmouthshire-County-Council", "monmouthshire-county-council", True),
    ("tiktok", "MonLibraries", "monlibraries", True),
    ("threads", "MonLibraries", "@monlibraries", True),
    ("bluesky", "MonLibraries.bsky.social", "monlibraries.BSKY.social", True),
    ("mastodon", "MonLibraries@Mastodon.Social", "@monlibraries@mastodon.social", True),
    ("mastodon", "monlibraries@mastodon.social", "monlibraries@mastodon.online", False),
    ("flickr", "MonmouthshireCC", "monmouthshirecc", True),
    ("whatsapp", "0029VaABCdefGHIjklMNOp1q", "0029vaabcdefghijklmnop1q", False),
    ("whatsapp", " 0029VaABCdefGHIjklMNOp1q", "0029VaABCdefGHIjklMNOp1q ", True),
], ids=lambda value: str(value)[:30])
def test_handle_key_detects_duplicates(key: str, first: str, second: str, same: bool) -> None:
    platform = PLATFORMS[key]
    assert (platform.handle_key(first) == platform.handle_key(second)) is same


def test_handle_key_is_casefolded_where_case_does_not_matter() -> None:
    assert get_platform("x").handle_key("@MonLibraries") == "monlibraries"
    assert get_platform("whatsapp").handle_key("0029VaABCdefGHIjklMNOp1q") == "0029VaABCdefGHIjklMNOp1q"


# ---------------------------------------------------------------- profile addresses


@pytest.mark.parametrize(("key", "url", "expected"), GOOD_URLS, ids=[_id(k, url) for k, url, _ in GOOD_URLS])
def test_good_url_gives_canonical_address(key: str, url: str, expected: str) -> None:
    assert PLATFORMS[key].check_url(url, HANDLE[key]) == expected


@pytest.mark.parametrize(("key", "handle", "url", "expected"), GOOD_URLS_OTHER_HANDLE,
                         ids=[_id(k, url) for k, _, url, _ in GOOD_URLS_OTHER_HANDLE])
def test_good_url_for_other_handle_shapes(key: str, handle: str, url: str, expected: str) -> None:
    assert PLATFORMS[key].check_url(url, handle) == expected


@pytest.mark.parametrize(("kind", "key", "url", "words"), BAD_URLS,
                         ids=[_id(k, kind, n) for n, (kind, k, _, _) in enumerate(BAD_URLS)])
def test_bad_url_is_refused_with_the_reason(kind: str, key: str, url: str, words: str) -> None:
    with pytest.raises(PlatformError) as caught:
        PLATFORMS[key].check_url(url, HANDLE[key])
    assert words in str(caught.value)
    # The fix always shows the address to use instead.
    assert CANONICAL[key] in caught.value.hint


@pytest.mark.parametrize(("key", "url", "words"), [
    ("x", "https://x.com/MonLibraries?utm_source=newsletter", "Remove the tracking part after '?'"),
    ("facebook", "https://www.facebook.com/profile.php?id=1000641", "username"),
    ("youtube", "https://www.youtube.com/channel/UC1234567890abcdefghij", "@handle"),
    ("linkedin", "https://www.linkedin.com/in/jane-smith/", "company page"),
    ("x", "https://t.co/abc123", "copy the full profile address"),
    ("x", "https://x.com/MonLibraries#top", "Remove the '#'"),
], ids=["tracking", "facebook-id", "youtube-channel", "linkedin-person", "shortener", "fragment"])
def test_bad_url_hint_says_how_to_fix_it(key: str, url: str, words: str) -> None:
    with pytest.raises(PlatformError) as caught:
        PLATFORMS[key].check_url(url, HANDLE[key])
    assert words in caught.value.hint


def test_check_url_checks_the_handle_first() -> None:
    with pytest.raises(PlatformError, match="too long"):
        get_platform("x").check_url("https://x.com/MonLibraries", "A" * 16)


def test_check_url_refuses_something_that_is_not_text() -> None:
    with pytest.raises(PlatformError, match="not a web address"):
        get_platform("x").check_url(None, "MonLibraries")  # type: ignore[arg-type]


def test_mastodon_profile_must_be_on_the_handles_own_server() -> None:
    mastodon = get_platform("mastodon")
    assert mastodon.check_url("https://social.example.org/@mon", "mon@social.example.org") == \
        "https://social.example.org/@mon"
    with pytest.raises(PlatformError, match="is on mastodon.social, but mon@social.example.org is on"):
        mastodon.check_url("https://mastodon.social/@mon", "mon@social.example.org")
