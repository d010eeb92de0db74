/* Site search over Pagefind's search API (the index: macros/outputs/search_index.py).
 *
 * Pagefind finds pages that hold every word of a query; staff type whole questions, so each
 * meaningful word is searched on its own and the results are combined here: a section scores
 * the sum of its words' scores, scaled by the share of the question's words it holds. An account
 * listing is scored the same way, then each account in it (a heading) on its own words.
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
  const LISTINGS_LOADED = 3;    // account listings fetched to find the best accounts
  const KINDS = ["page", "account"];
  const WORD = /[\p{L}\p{N}]+(?:[._@-][\p{L}\p{N}]+)*/gu;

  const words = (text) => text.normalize("NFC").toLowerCase().match(WORD) || [];

  const longest = new WeakMap();  // the longest mutated beginning in a table

  /** Every radical a Welsh word may be a mutation of, and the word itself (as cymraeg.radicals). */
  function radicals(word, undo) {
    const lower = word.toLowerCase();
    if (!longest.has(undo)) longest.set(undo, Math.max(...Object.keys(undo).map((start) => start.length)));
    for (let length = Math.min(longest.get(undo), lower.length); length > 0; length--) {
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

  /** Every matching record (a section, or a listing of accounts), best first, with its score. */
  async function rank(pagefind, groups) {
    const records = new Map();
    const searches = groups.flatMap((group, index) => group.terms.flatMap((term) => KINDS.map(async (kind) => {
      const found = await pagefind.search(term.text, { filters: { kind } });
      for (const result of found.results) {
        const record = records.get(result.id)
          || { kind, scores: groups.map(() => 0), hits: groups.map(() => new Set()), best: null, top: 0 };
        records.set(result.id, record);
        const score = result.score * term.weight * (kind === "account" ? ACCOUNT_WEIGHT : 1);
        record.scores[index] = Math.max(record.scores[index], score);
        if (score > record.top) Object.assign(record, { best: result, top: score });
        result.words.forEach((location) => record.hits[index].add(location));
      }
    })));
    await Promise.all(searches);
    const ranked = [...records.values()].map((record) => ({ ...record, score: combine(record.scores) }));
    return ranked.filter((record) => record.score > 0).sort((a, b) => b.score - a.score);
  }

  /** The sum of the question's words' scores, scaled by the share of them found (0 below the minimum). */
  function combine(scores) {
    const coverage = scores.filter((score) => score > 0).length / scores.length;
    if (coverage < MIN_COVERAGE) return 0;
    return scores.reduce((sum, score) => sum + score, 0) * coverage ** COVERAGE_POWER;
  }

  /** A record's address on the site: Pagefind knows it as faqs/leave.html, meaning faqs/#leave. */
  function address(pagefindUrl) {
    const path = decodeURIComponent(pagefindUrl).replace(/^\//, "");
    const match = path.match(/^(.*\/)?([^/]+)\.html$/);
    return match ? `${match[1] || ""}#${match[2]}` : path;
  }

  /** The words from..to (a title, then text) as [word, isMatch] pieces, cut around the matches. */
  function excerpt(all, from, to, title, marked) {
    const titleWords = title ? title.split(/\s+/) : [];
    const skip = Math.min(from + titleWords.length, to);
    let start = skip;
    let best = -1;
    for (let at = skip; at < Math.max(skip + 1, to - EXCERPT_WORDS + 1); at++) {
      let count = 0;
      for (let i = at; i < at + EXCERPT_WORDS && i < to; i++) count += marked.has(i) ? 1 : 0;
      if (count > best) [best, start] = [count, at];
    }
    const end = Math.min(start + EXCERPT_WORDS, to);
    const pieces = all.slice(start, end).map((word, i) => [word, marked.has(start + i)]);
    if (start > skip) pieces.unshift(["…", false]);
    if (end < to) pieces.push(["…", false]);
    return { title, titlePieces: titleWords.map((word, i) => [word, marked.has(from + i)]), text: pieces };
  }

  /** Where each group of the question matched: Pagefind's word positions, and Welsh words whose
   * radicals are the query's (a match in hidden metadata has no position of its own). */
  function positions(record, all, groups, settings) {
    const hits = record.hits.map((found) => new Set(found));
    if (settings.mutations) {
      all.forEach((word, i) => {
        const bare = words(word)[0];
        if (!bare) return;
        const forms = radicals(bare, settings.mutations);
        groups.forEach((group, g) => forms.some((form) => group.forms.has(form)) && hits[g].add(i));
      });
    }
    return hits;
  }

  /** A listing's accounts that answer the question, best first: each account is a heading. */
  function accounts(record, data, all, hits, page, marked) {
    const anchors = data.anchors.filter((anchor) => anchor.element === "h3" && anchor.id)
      .sort((a, b) => a.location - b.location);
    return anchors.map((anchor, i) => {
      const end = i + 1 < anchors.length ? anchors[i + 1].location : all.length;
      // A group found only in the listing's title (its service) holds for each of its accounts.
      const here = (found) => !found.size || [...found].some((at) => at >= anchor.location && at < end);
      const scores = hits.map((found, g) => (here(found) ? record.scores[g] : 0));
      return { url: `${page}#${anchor.id}`, kind: "account", score: combine(scores),
               ...excerpt(all, anchor.location, end, anchor.text || "", marked) };
    }).filter((account) => account.score > 0).sort((a, b) => b.score - a.score);
  }

  /** Results grouped by page, best page first; each page lists up to three of its records. */
  async function pages(ranked, groups, settings, limit) {
    // A listing holds many accounts, and three are shown: its best three listings are enough.
    const listings = ranked.filter((record) => record.kind === "account").slice(0, LISTINGS_LOADED);
    const candidates = ranked.filter((record) => record.kind === "page" || listings.includes(record))
      .slice(0, 40);
    const found = new Map();
    for (let i = 0; i < candidates.length && found.size < limit; i += 8) {
      const batch = candidates.slice(i, i + 8);
      const data = await Promise.all(batch.map((record) => record.best.data()));
      batch.forEach((record, j) => {
        const url = address(data[j].raw_url || data[j].url);
        const page = url.split("#")[0];
        const all = data[j].content.split(/\s+/);
        const hits = positions(record, all, groups, settings);
        const marked = new Set(hits.flatMap((found) => [...found]));
        const shown = record.kind === "account" ? accounts(record, data[j], all, hits, page, marked)
          : [{ url, kind: "page", ...excerpt(all, 0, all.length, data[j].meta.title || "", marked) }];
        if (!shown.length) return;
        const entry = found.get(page) || { page, title: settings.pages[page] || shown[0].title, records: [] };
        found.set(page, entry);
        entry.records.push(...shown.slice(0, 3 - entry.records.length));
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

  /** Search: the best pages for a question, each with the sections or accounts that answer it. */
  async function search(query, { base, language, limit = 10 }) {
    const { pagefind, settings } = await load(base, language);
    const groups = plan(query, settings);
    if (!groups.length) return [];
    return pages(await rank(pagefind, groups), groups, settings, limit);
  }

  window.handbookSearch = { search, load, plan, radicals };
})();
