"""Questions staff type into the Welsh search box, written as Welsh speakers write them.

Welsh changes the start of a word after certain words ("cyfrif" → "i gyfrif", "fy nghyfrif"),
so these questions use the mutated forms people really type. Each lists the pages that answer
it (by slug, as in search_questions.py). A question is only asked once one of its pages exists
in Welsh (docs/<slug>.cy.md): until then the English page stands in, and Welsh search does not
return English pages. Edit this list when chapters change.
"""

QUESTIONS_CY: list[tuple[str, set[str]]] = [
    # Our accounts (Welsh page: docs/accounts.cy.md)
    ("pwy sy'n rhedeg cyfrif instagram y llyfrgell", {"accounts"}),
    ("sut i wirio mai ni sydd biau cyfrif", {"accounts", "faqs"}),
    ("cyfrif ffug yn esgus bod yn Gyngor Sir Fynwy", {"accounts", "faqs"}),
    ("rhestr o gyfrifon y cyngor", {"accounts"}),
    ("hen gyfrifon sydd wedi cau", {"accounts"}),
    ("faint o gyfrifon sydd ar bob platfform", {"accounts"}),
    ("cyfrifon sy'n postio yn Gymraeg yn unig", {"accounts"}),
    ("ble mae'r graeanwyr heno", {"accounts"}),
    ("newidiadau i gasgliadau ailgylchu dros ŵyl y banc", {"accounts"}),
    ("amseroedd nofio yn y ganolfan hamdden", {"accounts"}),
    ("teithiau cerdded yng nghefn gwlad", {"accounts"}),
    ("clybiau ieuenctid i bobl ifanc", {"accounts"}),
    ("sut i ychwanegu cyfrif newydd i'r gofrestr", {"accounts", "running-an-account"}),
    # Chapters: asked once each chapter is translated
    ("gwnes i gamgymeriad mewn neges", {"when-things-go-wrong", "faqs"}),
    ("sut i agor cyfrif i'r llyfrgell", {"running-an-account", "faqs"}),
    ("mae rhywun yn fy ngham-drin ar-lein", {"abuse-response-plan", "faqs"}),
    ("mae rhywun wedi fy mygwth ar facebook", {"abuse-response-plan"}),
    ("mae rhywun wedi bygwth fy nghydweithiwr", {"abuse-response-plan", "faqs"}),
    ("sut i ymdopi â throlio", {"abuse-response-plan", "house-rules"}),
    ("ydw i'n cael defnyddio'r cyfryngau cymdeithasol amser cinio", {"using-social-media", "faqs"}),
    ("beth sy'n digwydd yn y cyfnod cyn etholiad", {"using-social-media", "faqs"}),
    ("ga i rannu neges wleidyddol", {"using-social-media", "faqs"}),
    ("dweud fy mod i'n gweithio i'r cyngor ar fy mhroffil", {"using-social-media", "faqs"}),
    ("oes rhaid i mi bostio yn Gymraeg", {"running-an-account", "faqs"}),
    ("testun amgen ar gyfer lluniau", {"running-an-account", "faqs"}),
    ("mae ein cyfrif wedi cael ei hacio", {"running-an-account", "faqs"}),
    ("dilysu dau ffactor a rheolwr cyfrineiriau", {"running-an-account"}),
    ("cydweithiwr yn gadael, pwy sydd â'r cyfrinair", {"running-an-account", "faqs"}),
    ("cais rhyddid gwybodaeth am negeseuon preifat", {"running-an-account", "faqs"}),
    ("rhannais i gyfeiriad rhywun trwy gamgymeriad", {"when-things-go-wrong", "faqs"}),
    ("a ddylwn i ddileu neges anghywir", {"when-things-go-wrong"}),
    ("pa sylwadau fyddwch chi'n eu dileu", {"house-rules"}),
    ("sut mae'r cyhoedd yn gwneud cwyn", {"house-rules", "faqs"}),
    ("sgrinlun fel tystiolaeth o gam-drin", {"abuse-response-plan"}),
    ("plentyn mewn perygl mewn sylw ar ein tudalen", {"abuse-response-plan", "faqs"}),
    ("teimlo'n ofidus ar ôl sylwadau cas", {"abuse-response-plan", "faqs"}),
    ("pam mae pob aelod o staff yn cael defnyddio'r cyfryngau cymdeithasol", {"our-approach", "faqs"}),
    ("sut i awgrymu newid i'r llawlyfr", {"about"}),
    ("problem hygyrchedd gyda'r wefan", {"accessibility"}),
]
