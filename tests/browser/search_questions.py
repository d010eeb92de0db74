"""Questions staff type into the search box, and the pages that answer them.

Each question lists the page that should come up in the first three results; where the FAQ
answers it just as well, the FAQ counts too. The test compares the first part of each address, so
"scenarios" stands for the quick-answer cards (scenarios/<card>/). Edit this list when chapters change.
"""

from tests.edition import edition

QUESTIONS: list[tuple[str, set[str]]] = [
    ("someone threatened me on facebook", {"abuse-response-plan"}),
    ("can I go on twitter at lunch", {"using-social-media", "faqs"}),
    ("I posted the wrong bin collection date", {"when-things-go-wrong", "scenarios"}),
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
    ("colleague leaving who has the login", {"running-an-account", "faqs", "scenarios"}),
    ("is this account really ours", {"accounts", "faqs"}),
    ("fake council account pretending to be us", {"accounts", "faqs", "scenarios", "abuse-response-plan"}),
    ("what comments will you remove", {"house-rules"}),
    ("how do residents complain", {"house-rules", "faqs"}),
    ("screenshot evidence of abuse", {"abuse-response-plan"}),
    ("upset after nasty comments", {"abuse-response-plan", "faqs"}),
    ("child at risk in a comment", {"abuse-response-plan", "faqs", "scenarios"}),
    ("freedom of information request for messages", {"running-an-account", "faqs", "scenarios"}),
    ("personal data posted by mistake", {"when-things-go-wrong", "faqs"}),
    ("suggest a change to the handbook", {"about"}),
    ("accessibility problem with this website", {"accessibility"}),
    ("why can all staff use social media", {"our-approach", "faqs"}),
    ("benefits of social media for the council", {"faqs", "our-approach"}),
    ("say I work for the council on my profile", {"using-social-media", "faqs"}),
    ("gritting updates twitter", {"accounts"}),
    ("account was hacked", {"faqs", "running-an-account"}),
    # The content issue: councillors, Welsh replies, messages and data, blocking, targeted staff,
    # fake accounts, locked accounts, apps, music, photos, politics, adverts, AI, incidents, investigations.
    ("a councillor asked me to share their post", {"councillors", "scenarios", "faqs"}),
    ("councillor code of conduct on social media", {"councillors"}),
    ("someone commented in Welsh and nobody here speaks Welsh", {"scenarios", "running-an-account", "faqs"}),
    ("machine translation for a Welsh reply", {"running-an-account", "scenarios", "faqs"}),
    ("resident wants all their messages with the council", {"scenarios", "running-an-account", "faqs"}),
    ("subject access request on facebook", {"running-an-account", "scenarios", "faqs"}),
    ("can I delete messages after someone asks for them", {"running-an-account", "scenarios"}),
    ("someone asked about their council tax by private message", {"scenarios", "running-an-account", "faqs"}),
    ("when can we block someone", {"abuse-response-plan", "house-rules", "faqs"}),
    ("someone posted my colleague's home address", {"scenarios", "abuse-response-plan", "faqs"}),
    ("comment with a child's name and school", {"scenarios", "abuse-response-plan"}),
    ("fake account using our logo", {"scenarios", "abuse-response-plan", "accounts", "faqs"}),
    ("the only admin has left and we are locked out", {"scenarios", "running-an-account", "faqs"}),
    ("authenticator app instead of text message codes", {"running-an-account"}),
    ("can we start a TikTok account", {"scenarios", "running-an-account", "faqs"}),
    ("can I use a popular song in our video", {"running-an-account"}),
    ("photo consent for children at an event", {"using-social-media", "faqs"}),
    ("photos of children in care", {"using-social-media"}),
    ("party political posts outside elections", {"using-social-media", "councillors"}),
    ("pay to promote a post", {"running-an-account"}),
    ("using AI to write posts", {"running-an-account", "faqs"}),
    ("major incident pause scheduled posts", {"scenarios", "when-things-go-wrong", "faqs"}),
    ("look at someone's facebook for an investigation", {"using-social-media", "faqs"}),
    ("our post with a mistake has gone viral", {"scenarios", "when-things-go-wrong"}),
    ("whistleblowing policy", {"using-social-media"}),
]

# Handles from the edition's own registry, typed with and without the "@".
HANDLES: list[str] = [form for account in edition().registry.listed()[:2]
                      for form in (account.display_handle, account.handle)]
