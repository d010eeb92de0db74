"""Questions staff type into the search box, and the pages that answer them.

Each question lists the page that should come up in the first three results; where the FAQ
answers it just as well, the FAQ counts too. Edit this list when chapters change.
"""

from tests.edition import edition

QUESTIONS: list[tuple[str, set[str]]] = [
    ("someone threatened me on facebook", {"abuse-response-plan"}),
    ("can I go on twitter at lunch", {"using-social-media", "faqs"}),
    ("I posted the wrong bin collection date", {"when-things-go-wrong"}),
    ("who runs the library instagram", {"accounts"}),
    ("how do I start a new account for my team", {"running-an-account", "faqs"}),
    ("someone is being abusive in the comments", {"abuse-response-plan"}),
    ("I made a mistake in a post", {"when-things-go-wrong", "faqs"}),
    ("should I delete a wrong post", {"when-things-go-wrong"}),
    ("pre-election period rules", {"using-social-media", "faqs"}),
    ("can I share a political post", {"using-social-media", "faqs"}),
    ("do I have to post in Welsh", {"running-an-account", "faqs"}),
    ("alt text for pictures", {"running-an-account", "faqs"}),
    ("two factor authentication password manager", {"running-an-account"}),
    ("colleague leaving who has the login", {"running-an-account", "faqs"}),
    ("is this account really ours", {"accounts", "faqs"}),
    ("fake council account pretending to be us", {"accounts", "faqs"}),
    ("what comments will you remove", {"house-rules"}),
    ("how do residents complain", {"house-rules", "faqs"}),
    ("screenshot evidence of abuse", {"abuse-response-plan"}),
    ("upset after nasty comments", {"abuse-response-plan", "faqs"}),
    ("child at risk in a comment", {"abuse-response-plan", "faqs"}),
    ("freedom of information request for messages", {"running-an-account", "faqs"}),
    ("personal data posted by mistake", {"when-things-go-wrong", "faqs"}),
    ("suggest a change to the handbook", {"about"}),
    ("accessibility problem with this website", {"accessibility"}),
    ("why can all staff use social media", {"our-approach", "faqs"}),
    ("benefits of social media for the council", {"faqs", "our-approach"}),
    ("say I work for the council on my profile", {"using-social-media", "faqs"}),
    ("gritting updates twitter", {"accounts"}),
    ("account was hacked", {"faqs", "running-an-account"}),
]

# Handles from the edition's own registry, typed with and without the "@".
HANDLES: list[str] = [form for account in edition().registry.listed()[:2]
                      for form in (account.display_handle, account.handle)]
