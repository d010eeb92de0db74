/* Site search: a small, accessible interface over Pagefind's search API.
 *
 * Pagefind finds pages that hold every word of a query; staff type whole questions, so each
 * meaningful word is searched on its own and the results are combined here: a section scores
 * the sum of its words' scores, scaled by how many of the question's words it holds.
 * Before searching, a query loses its stop words, gains the synonyms staff use
 * (language/search-synonyms.yml) and, in Welsh, each word is also searched as every word it
 * could be a mutation of (the table comes from macros/core/cymraeg.py, through
 * pagefind/handbook-cy.json). Everything is loaded from this site, and only when a reader searches.
 * The dialog that shows the results is search-ui.js.
 */
(() => {
  "use strict";

  const SYNONYM_WEIGHT = 0.8;   // a synonym counts a little less than the word typed
  const ACCOUNT_WEIGHT = 0.6;   // an account row is short, so it scores high: weigh it against chapters
  const COVERAGE_POWER = 2;     // how strongly a section that answers all of a question wins
  const MIN_COVERAGE = 0.3;     // a result holds at least a third of the question's meaningful words
  const EXCERPT_WORDS = 24;
  const KINDS = ["page", "account"];
  const WORD = /[\p{L}\p{N}]+(?:[._@-][\p{L}\p{N}]+)*/gu;

  const words = (text) => text.normalize("NFC").toLowerCase().match(WORD) || [];

  /** Every radical a Welsh word may be a mutation of, and the word itself (as cymraeg.radicals). */
  function radicals(word, undo) {
    const lower = word.toLowerCase();
    for (let length = Math.min(3, lower.length); length > 0; length--) {
      const start = lower.slice(0, length);
      if (start in undo) return [lower, ...undo[start].map((radical) => radical + lower.slice(length))];
    }
    return [lower];
  }

  /** The groups of words to look for: one group per meaningful word or synonym phrase. */
  function plan(query, settings) {
    const tokens = words(query);
    const stop = new Set(settings.stop_words);
    const forms = (word) => settings.mutations
      ? [...new Set(radicals(word, settings.mutations))].filter((form) => form === word || form.length > 2)
      : [word];
    // Each term is one Pagefind search; a phrase is searched as all of its words.
    const group = (typed, synonyms) => ({
      terms: [...(typed.length > 1 ? [typed.join(" ")] : forms(typed[0])).map((text) => ({ text, weight: 1 })),
              ...synonyms.map((text) => ({ text, weight: SYNONYM_WEIGHT }))],
      forms: new Set(typed.flatMap(forms)),
    });
    // A synonym phrase of up to three words; a single Welsh word may be typed mutated ("nhrolio").
    const synonym = (i, n) => (n === 1 ? forms(tokens[i]) : [tokens.slice(i, i + n).join(" ")])
      .find((phrase) => settings.synonyms[phrase]);
    const groups = [];
    for (let i = 0; i < tokens.length;) {
      const size = [3, 2, 1].find((n) => i + n <= tokens.length && synonym(i, n));
      if (size) {
        groups.push(group(tokens.slice(i, i + size), settings.synonyms[synonym(i, size)]));
        i += size;
      } else {
        if (!stop.has(tokens[i])) groups.push(group([tokens[i]], []));
        i += 1;
      }
    }
    if (!groups.length) return tokens.map((token) => group([token], []));  // only stop words: use them
    return groups;
  }

  /** Every matching record (section or account), best first, each with its score. */
  async function rank(pagefind, groups) {
    const records = new Map();
    const searches = groups.flatMap((group, index) => group.terms.flatMap((term) => KINDS.map(async (kind) => {
      const found = await pagefind.search(term.text, { filters: { kind } });
      for (const result of found.results) {
        const record = records.get(result.id) || { kind, scores: groups.map(() => 0), words: new Set(), best: null, top: 0 };
        records.set(result.id, record);
        const score = result.score * term.weight * (kind === "account" ? ACCOUNT_WEIGHT : 1);
        record.scores[index] = Math.max(record.scores[index], score);
        if (score > record.top) Object.assign(record, { best: result, top: score });
        result.words.forEach((location) => record.words.add(location));
      }
    })));
    await Promise.all(searches);
    const ranked = [];
    for (const record of records.values()) {
      const coverage = record.scores.filter((score) => score > 0).length / groups.length;
      record.score = record.scores.reduce((sum, score) => sum + score, 0) * coverage ** COVERAGE_POWER;
      if (coverage >= MIN_COVERAGE) ranked.push(record);
    }
    return ranked.sort((a, b) => b.score - a.score);
  }

  /** A record's address on the site: Pagefind knows it as faqs/leave.html, meaning faqs/#leave. */
  function address(pagefindUrl) {
    const path = decodeURIComponent(pagefindUrl).replace(/^\//, "");
    const match = path.match(/^(.*\/)?([^/]+)\.html$/);
    return match ? `${match[1] || ""}#${match[2]}` : path;
  }

  /** A short extract of the record's own words around its matches, as [text, isMatch] pieces. */
  function excerpt(content, title, marked) {
    const all = content.split(/\s+/);
    const skip = Math.min(title.split(/\s+/).length, all.length);
    let start = skip;
    let best = -1;
    for (let from = skip; from < Math.max(skip + 1, all.length - EXCERPT_WORDS + 1); from++) {
      let count = 0;
      for (let i = from; i < from + EXCERPT_WORDS && i < all.length; i++) count += marked.has(i) ? 1 : 0;
      if (count > best) [best, start] = [count, from];
    }
    const pieces = all.slice(start, start + EXCERPT_WORDS).map((word, i) => [word, marked.has(start + i)]);
    if (start > skip) pieces.unshift(["…", false]);
    if (start + EXCERPT_WORDS < all.length) pieces.push(["…", false]);
    return { titlePieces: title.split(/\s+/).map((word, i) => [word, marked.has(i)]), text: pieces };
  }

  /** The word positions to highlight: Pagefind's matches, and Welsh words matched by radical. */
  function matches(record, content, groups, settings) {
    const marked = new Set(record.words);
    if (!settings.mutations) return marked;
    const wanted = new Set(groups.flatMap((group) => [...group.forms]));
    content.split(/\s+/).forEach((word, i) => {
      const bare = words(word)[0];
      if (bare && radicals(bare, settings.mutations).some((form) => wanted.has(form))) marked.add(i);
    });
    return marked;
  }

  /** Results grouped by page, best page first; each page lists up to three of its records. */
  async function pages(ranked, groups, settings, limit) {
    const found = new Map();
    for (let i = 0; i < ranked.length && found.size < limit && i < 60; i += 10) {
      const batch = ranked.slice(i, i + 10);
      const data = await Promise.all(batch.map((record) => record.best.data()));
      batch.forEach((record, j) => {
        const url = address(data[j].raw_url || data[j].url);
        const page = url.split("#")[0];
        const title = data[j].meta.title || "";
        const entry = found.get(page) || { page, title: settings.pages[page] || title, records: [] };
        found.set(page, entry);
        if (entry.records.length < 3) {
          const marked = matches(record, data[j].content, groups, settings);
          entry.records.push({ url, kind: record.kind, title, ...excerpt(data[j].content, title, marked) });
        }
      });
    }
    return [...found.values()].slice(0, limit);
  }

  let engine = null;

  /** Load Pagefind and this language's settings once, the first time a reader searches. */
  function load(base, language) {
    engine = engine || (async () => {
      const [pagefind, settings] = await Promise.all([
        import(new URL("pagefind/pagefind.js", base).href),
        fetch(new URL(`pagefind/handbook-${language}.json`, base)).then((response) => response.json()),
      ]);
      await pagefind.options({ excerptLength: 0 });
      if (settings.accounts) await pagefind.mergeIndex(new URL("pagefind-accounts/", base).pathname);
      await pagefind.init();
      return { pagefind, settings };
    })();
    return engine;
  }

  /** Search: the number of matching sections and accounts, and the best pages. */
  async function search(query, { base, language, limit = 8 }) {
    const { pagefind, settings } = await load(base, language);
    const groups = plan(query, settings);
    if (!groups.length) return { count: 0, pages: [] };
    const ranked = await rank(pagefind, groups);
    return { count: ranked.length, pages: await pages(ranked, groups, settings, limit) };
  }

  window.handbookSearch = { search, load, plan, radicals, address, excerpt };
})();
