"""The handbook's live layer. Layers, from the inside out:

- core/      the data model, safe loading and every check; imports no generator
- render/    HTML fragments from the checked data, through Jinja templates
- outputs/   files made from the data or the built site: feeds, check files, open data, search, PDF
- pipeline/  a build in three steps (prepare, generate, finish), none of which knows the generator
- adapters/  the only generator code: MkDocs, mkdocs-macros and mkdocs-static-i18n (see its README)
- commands/  `python -m macros COMMAND` for editors and CI
"""
