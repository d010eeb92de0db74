"""The handbook's commands: python -m macros COMMAND [options]. `python -m macros --help` lists them."""

from __future__ import annotations

import argparse
import sys

from .commands import check, generated, health, pdf, published, reviews, translations

COMMANDS = {
    "check": check,
    "reviews": reviews,
    "generate": generated,
    "published": published,
    "pdf": pdf,
    "translations": translations,
    "health": health,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in COMMANDS.items():
        module.register(commands.add_parser(name, help=module.HELP, description=module.__doc__))
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
