/* Site search over Pagefind's search API (the index: macros/outputs/search_index.py).
 *
 * Staff type whole questions, and Pagefind finds records holding every word of a query, so each
 * meaningful word is searched on its own and the results are combined here: a section scores the
 * sum of its words' scores, scaled by the share of the question's words it holds, then by its
 * page's weight (front matter `search: boost:`). Results are grouped by page: one result per page,
 * with up to three of its sections (or accounts) beneath it.
 * Before searching, a query loses its stop words and gains the synonyms staff use
 * (language/search-synonyms.yml); in Welsh each word is also searched as every word it could be
 * a mutation of and as its dictionary form (macros/core/cymraeg.py and word_forms.py, through
 * pagefind/handbook-cy.json and pagefind/forms-cy/). A word the index does not hold is also
 * searched as the index's nearest words (a typing mistake). Every table is a Map: a reader's
 * word is never looked up in a plain object. Everything is loaded from this site, and only when
 * a reader searches. The dialog that shows the results is search-ui.js.
 */
(() => {
  "use strict";

  // How words and records count (synonym, form, correction and account weights, how much of the
  // question a record must hold) comes with the settings: SCORING in macros/outputs/search_index.py.
  const EXCERPT_WORDS = 24;
  const CANDIDATES = 24;          // records whose text is loaded to group them by page
  const LISTINGS_LOADED = 3;      // services' account records fetched to find the best accounts
  const KINDS = ["page", "account"];
  const ABOUT_MARK = "⁂";         // a record's own words end here; what its page is for follows
  const WORD = /[\p{L}\p{N}]+(?:[._@'’-][\p{L}\p{N}]+)*/gu;

  const words = (text) => text.normalize("NFC").toLowerCase().match(WORD) || [];
  /** Lower case without accents, as word_forms.fold: "Dilëwyd" → "dilewyd". */
  const fold = (word) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().normalize("NFC");
  const entries = (object) => new Map(Object.entries(object || {}));

  /** One language's settings, with every table a reader's words are looked up in made a Map. */
  function prepare(raw, base) {
    const undo = raw.mutations ? entries(raw.mutations) : null;
    const vocabulary = raw.vocabulary ? raw.vocabulary.split(" ") : [];
    return {
      stop: new Set(raw.stop_words),
      synonyms: entries(raw.synonyms),
      pages: entries(raw.pages),
      accounts: raw.accounts,
      ranking: raw.ranking,
      scoring: raw.scoring,
      undo,
      longest: undo ? Math.max(...[...undo.keys()].map((start) => start.length)) : 0,
      vocabulary,
      inIndex: new Set(vocabulary),
      formsBase: raw.forms ? new URL(`pagefind/${raw.forms}`, base).href : null,
      formFiles: new Map(),
    };
  }

  /** Every radical a Welsh word may be a mutation of, and the word itself (as cymraeg.radicals). */
  function radicals(word, settings) {
    const lower = word.toLowerCase();
    for (let length = Math.min(settings.longest, lower.length); length > 0; length--) {
      const found = settings.undo.get(lower.slice(0, length));
      if (found) return [lower, ...found.map((radical) => radical + lower.slice(length))];
    }
    return [lower];
  }

  /** A Welsh word's dictionary form, from the small file that holds words starting as it does. */
  async function dictionaryForm(word, settings) {
    const prefix = fold(word).slice(0, 2);
    if (!settings.formFiles.has(prefix)) {
      settings.formFiles.set(prefix, fetch(`${settings.formsBase}${encodeURIComponent(prefix)}.json`)
        .then((response) => (response.ok ? response.json() : {}), () => ({})).then(entries));
    }
    return (await settings.formFiles.get(prefix)).get(fold(word));
  }

  /** The forms of a typed word to search for: [form, weight]. */
  async function forms(word, settings) {
    if (!settings.undo) return [[word, 1]];
    const candidates = [...new Set(radicals(word, settings))].filter((form) => form === word || form.length > 2);
    const found = new Map(candidates.map((form) => [form, 1]));
    // Shorter words are too ambiguous to look up (word_forms.MIN_LOOKUP_LENGTH): the table has none.
    const lemmas = await Promise.all(candidates.map((form) => (settings.formsBase && form.length >= 4
      ? dictionaryForm(form, settings) : null)));
    lemmas.forEach((lemma) => lemma && !found.has(lemma) && found.set(lemma, settings.scoring.form));
    return [...found];
  }

  /** The groups of words to look for: one group per meaningful word or synonym phrase. */
  async function plan(query, settings) {
    const tokens = words(query);
    const synonymOf = async (i, n) => {
      if (n > 1) return settings.synonyms.get(tokens.slice(i, i + n).join(" "));
      for (const [form] of await forms(tokens[i], settings)) {  // a single Welsh word may be typed mutated
        if (settings.synonyms.has(form)) return settings.synonyms.get(form);
      }
      return undefined;
    };
    const group = async (typed, synonyms) => {
      const own = typed.length > 1 ? [[typed.join(" "), 1]] : await forms(typed[0], settings);
      // A longer word the index holds in none of its forms is likely misspelt: look for the
      // index's nearest words too (shorter ones only if they find nothing: see rank).
      if (typed.length === 1 && typed[0].length >= 5 && !own.some(([form]) => settings.inIndex.has(fold(form)))) {
        own.push(...corrections(typed[0], settings).map((word) => [word, settings.scoring.correction]));
      }
      return {
        typed,
        terms: [...own.map(([text, weight]) => ({ text, weight })),
          ...synonyms.map((text) => ({ text, weight: settings.scoring.synonym }))],
        forms: new Set(own.map(([text]) => fold(text))),
      };
    };
    const groups = [];
    for (let i = 0; i < tokens.length;) {
      let size = 0;
      let synonyms;
      for (const n of [3, 2, 1]) {
        if (i + n <= tokens.length && (synonyms = await synonymOf(i, n))) { size = n; break; }
      }
      if (size) {
        groups.push(await group(tokens.slice(i, i + size), synonyms));
        i += size;
      } else {
        if (!settings.stop.has(tokens[i])) groups.push(await group([tokens[i]], []));
        i += 1;
      }
    }
    if (!groups.length) return Promise.all(tokens.map((token) => group([token], [])));  // only stop words: use them
    return groups;
  }

  /** Damerau-Levenshtein distance, giving up once it is over `limit`. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let before = null;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          current[j] = Math.min(current[j], before[j - 2] + 1);
        }
        best = Math.min(best, current[j]);
      }
      if (best > limit) return limit + 1;
      [before, previous] = [previous, current];
    }
    return previous[b.length];
  }

  /** The index's words nearest to a word it does not hold: one letter off, or two in a long word. */
  function corrections(word, settings) {
    const typed = fold(word);
    if (typed.length < 4 || settings.inIndex.has(typed)) return [];
    const limit = typed.length >= 8 ? 2 : 1;
    let best = limit + 1;
    let nearest = [];
    for (const candidate of settings.vocabulary) {
      const found = distance(typed, candidate, Math.min(limit, best));
      if (found < best) [best, nearest] = [found, [candidate]];
      else if (found === best && found <= limit) nearest.push(candidate);
    }
    return best <= limit ? nearest.slice(0, 3) : [];
  }

  /** Search each term of each group; fold the scores into `records` (by Pagefind's record id). */
  async function searchTerms(pagefind, groups, records, scoring, only = null) {
    await Promise.all(groups.flatMap((group, index) => (only && !only.has(index) ? [] : group.terms)
      .flatMap((term) => KINDS.map(async (kind) => {
        const found = await pagefind.search(term.text, { filters: { kind } });
        for (const result of found.results) {
          const record = records.get(result.id)
            || { kind, scores: groups.map(() => 0), hits: groups.map(() => new Set()), best: null, top: 0 };
          records.set(result.id, record);
          const score = result.score * term.weight * (kind === "account" ? scoring.account : 1);
          record.scores[index] = Math.max(record.scores[index], score);
          if (score > record.top) Object.assign(record, { best: result, top: score });
          result.words.forEach((location) => record.hits[index].add(location));
        }
      }))));
  }

  /** Every matching record (a section, or a service's accounts), best first, with its score. */
  async function rank(pagefind, groups, settings) {
    const records = new Map();
    await searchTerms(pagefind, groups, records, settings.scoring);
    // A word that found nothing may be misspelt: search the index's nearest words instead.
    const missing = new Set(groups.map((_, index) => index)
      .filter((index) => ![...records.values()].some((record) => record.scores[index] > 0)));
    missing.forEach((index) => {
      const group = groups[index];
      if (group.typed.length !== 1) return missing.delete(index);
      const nearest = corrections(group.typed[0], settings);
      group.terms = nearest.map((text) => ({ text, weight: settings.scoring.correction }));
      nearest.forEach((text) => group.forms.add(text));
      return nearest.length || missing.delete(index);
    });
    if (missing.size) await searchTerms(pagefind, groups, records, settings.scoring, missing);
    // A word the index does not hold at all says nothing about which page answers: it does not
    // count in a record's share of the question.
    const all = [...records.values()];
    const weights = groups.map((_, index) => (all.some((record) => record.scores[index] > 0) ? 1 : 0));
    const ranked = all.map((record) => ({ ...record, weights, score: combine(record.scores, weights, settings.scoring) }));
    return ranked.filter((record) => record.score > 0).sort((a, b) => b.score - a.score);
  }

  /** The sum of the question's words' scores, scaled by the share of the question found (0 below
   * the minimum share), each word counted by its weight. */
  function combine(scores, weights, scoring) {
    const asked = weights.reduce((sum, weight) => sum + weight, 0) || 1;
    const coverage = scores.reduce((sum, score, i) => sum + (score > 0 ? weights[i] : 0), 0) / asked;
    if (coverage < scoring.min_coverage) return 0;
    return scores.reduce((sum, score) => sum + score, 0) * coverage ** scoring.coverage_power;
  }

  /** A record's address on the site: Pagefind knows it as faqs/leave.html, meaning faqs/#leave. */
  function address(pagefindUrl) {
    const path = decodeURIComponent(pagefindUrl).replace(/^\//, "");
    const match = path.match(/^(.*\/)?([^/]+)\.html$/);
    if (!match) return path;
    return match[2] === "index" ? match[1] || "" : `${match[1] || ""}#${match[2]}`;
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

  /** Where each group of the question matched: Pagefind's word positions, and words whose
   * forms are the query's (a match in hidden metadata has no position of its own). */
  function positions(record, all, groups, settings) {
    const hits = record.hits.map((found) => new Set(found));
    all.forEach((word, i) => {
      const bare = words(word)[0];
      if (!bare) return;
      const found = settings.undo ? radicals(bare, settings).map(fold) : [fold(bare)];
      groups.forEach((group, g) => found.some((form) => group.forms.has(form)) && hits[g].add(i));
    });
    return hits;
  }

  /** A heading's words from the record's text: Pagefind decodes an anchor's own text once too
   * often ("&lt;b&gt;" in a name would come back as "<b>"), its content only once. */
  function heading(all, anchor) {
    const count = (anchor.text || "").split(/\s+/).filter(Boolean).length;
    return all.slice(anchor.location, anchor.location + count).join(" ");
  }

  /** A service's accounts that answer the question, best first: each account is a heading. */
  function accounts(record, data, all, hits, page, marked, scoring) {
    const anchors = data.anchors.filter((anchor) => anchor.element === "h3" && anchor.id)
      .sort((a, b) => a.location - b.location);
    return anchors.map((anchor, i) => {
      const end = i + 1 < anchors.length ? anchors[i + 1].location : all.length;
      // A group found only in the record's hidden fields (its service) holds for each of its accounts.
      const here = (found) => !found.size || [...found].some((at) => at >= anchor.location && at < end);
      const scores = hits.map((found, g) => (here(found) ? record.scores[g] : 0));
      return { url: `${page}#${anchor.id}`, kind: "account", score: combine(scores, record.weights, scoring),
               ...excerpt(all, anchor.location, end, heading(all, anchor), marked) };
    }).filter((account) => account.score > 0).sort((a, b) => b.score - a.score);
  }

  /** Results grouped by page, best page first (its best record, weighted by the page's weight);
   * each page lists up to three of its sections or accounts. */
  async function pages(ranked, groups, settings, limit) {
    // A service's record holds many accounts, and three are shown: its best few are enough.
    const listings = ranked.filter((record) => record.kind === "account").slice(0, LISTINGS_LOADED);
    const candidates = ranked.filter((record) => record.kind === "page" || listings.includes(record))
      .slice(0, CANDIDATES);
    const data = await Promise.all(candidates.map((record) => record.best.data()));
    const urls = data.map((item) => address(item.raw_url || item.url));
    // What a page is for (its first record: title, introduction, description, keywords) holds for
    // each of its sections too, at a discount: "house rules" + a word in one rule finds that rule.
    const about = new Map(candidates.filter((record, j) => record.kind === "page" && !urls[j].includes("#"))
      .map((record) => [urls[candidates.indexOf(record)], record.scores]));
    const found = new Map();
    candidates.forEach((record, j) => {
      const url = urls[j];
      const page = url.split("#")[0];
      const inherited = about.get(page);
      if (record.kind === "page" && inherited && url !== page && settings.scoring.inherit) {
        const scores = record.scores.map((score, i) => Math.max(score, settings.scoring.inherit * inherited[i]));
        record.score = Math.max(record.score, combine(scores, record.weights, settings.scoring));
      }
      const all = data[j].content.split(/\s+/);
      const end = all.includes(ABOUT_MARK) ? all.indexOf(ABOUT_MARK) : all.length;
      const hits = positions(record, all, groups, settings);
      const marked = new Set(hits.flatMap((set) => [...set]));
      const shown = record.kind === "account" ? accounts(record, data[j], all, hits, page, marked, settings.scoring)
        : [{ url, kind: "page", score: record.score, ...excerpt(all, 0, end, data[j].meta.title || "", marked) }];
      if (!shown.length) return;
      const [title, weight] = settings.pages.get(page) || [shown[0].title, 1];
      const entry = found.get(page) || { page, title, score: 0, records: [] };
      found.set(page, entry);
      entry.score = Math.max(entry.score, shown[0].score * weight);
      entry.records.push(...shown);
    });
    return [...found.values()].sort((a, b) => b.score - a.score).slice(0, limit).map((entry) => ({
      ...entry, records: entry.records.sort((a, b) => b.score - a.score).slice(0, 3),
    }));
  }

  let engine = null;

  /** Load Pagefind and this language's settings once, the first time a reader searches. */
  function load(base, language) {
    engine = engine || (async () => {
      const [pagefind, raw] = await Promise.all([
        import(new URL("pagefind/pagefind.js", base).href),
        fetch(new URL(`pagefind/handbook-${language}.json`, base)).then((response) => response.json()),
      ]);
      const settings = prepare(raw, base);
      await pagefind.options({ excerptLength: 0, ranking: settings.ranking });
      if (settings.accounts) await pagefind.mergeIndex(new URL("pagefind-accounts/", base).pathname);
      await pagefind.init();
      return { pagefind, settings };
    })();
    return engine;
  }

  /** Search: the best pages for a question, each with the sections or accounts that answer it. */
  async function search(query, { base, language, limit = 10 }) {
    const { pagefind, settings } = await load(base, language);
    const groups = await plan(query, settings);
    if (!groups.length) return [];
    return pages(await rank(pagefind, groups, settings), groups, settings, limit);
  }

  window.handbookSearch = { search, load, plan, rank, radicals, corrections, distance, fold };
})();
