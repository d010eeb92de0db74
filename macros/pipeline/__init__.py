"""A build in three steps, none of which knows which generator runs it.

1. prepare  (prepare.py): load and check every input once; work out what each language's pages
            and templates need (the site's settings, each page's front matter and review line,
            the pages made from the registry).
2. generate (a generator, through macros/adapters/): render the Markdown pages with the macros
            and the theme. Only this step is generator code.
3. finish   (finish.py): make every output from the data and the built site: the colours, the
            feeds, the check's files, the open data, the search index, the short links.

A port to another generator calls prepare, renders the pages, then calls finish.
"""
