"""The handbook's live layer. Layers, from the inside out:

- core/      the data model, safe loading and every check; imports no generator
- render/    HTML fragments from the checked data, through Jinja templates
- outputs/   files made from the data or the built site: feed, printed handbook, published list
- adapters/  the only generator code (MkDocs and mkdocs-macros)
- commands/  `python -m macros COMMAND` for editors and CI

mkdocs-macros finds the three functions below; each hands over to the MkDocs adapter.
"""

from typing import Any


def define_env(env: Any) -> None:
    from .adapters.mkdocs import define_env as adapter

    adapter(env)


def on_pre_page_macros(env: Any) -> None:
    from .adapters.mkdocs import on_pre_page_macros as adapter

    adapter(env)


def on_post_build(env: Any) -> None:
    from .adapters.mkdocs import on_post_build as adapter

    adapter(env)
