"""The quick-answer cards (docs/scenarios/<card>.md), named once for every test that checks them."""

from __future__ import annotations

CARDS = [
    # Someone may be at risk
    "self-harm-comment", "child-named", "colleague-doxxed", "councillor-abused",
    # Something is wrong with our account or a post
    "account-hacked", "posted-personal-data", "mistake-going-viral", "pre-election-post", "fake-account",
    "only-admin-left",
    # Something is happening in the news or in our comments
    "major-incident", "national-mourning", "comment-pile-on", "misinformation-deepfake", "colleague-post-viral",
    "journalist-contact",
    # Someone is asking us for something
    "councillor-political-post", "council-tax-message", "all-my-messages", "welsh-comment", "start-tiktok",
]
