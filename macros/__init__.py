"""The handbook's live layer: the organisation file, the account registry and their listings.

The core modules (model, registry, platforms, render, ...) do not import MkDocs. The
mkdocs-macros plugin finds `define_env` and `on_post_build` here; both hand over to the
thin adapter in `mkdocs_adapter.py`, imported only when MkDocs is building.
"""

from typing import Any


def define_env(env: Any) -> None:
    from .mkdocs_adapter import define_env as adapter

    adapter(env)


def on_pre_page_macros(env: Any) -> None:
    from .mkdocs_adapter import on_pre_page_macros as adapter

    adapter(env)


def on_post_build(env: Any) -> None:
    from .mkdocs_adapter import on_post_build as adapter

    adapter(env)
