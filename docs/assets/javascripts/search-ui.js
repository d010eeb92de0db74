/* The search dialog (overrides/partials/handbook-search.html) over search.js.
 *
 * Opens with the header button, "/" or "s"; arrows move through the results, Enter opens one,
 * Esc closes and gives focus back to the button. The number of results is announced through a
 * polite live region. Results are built from the partial's <template>s with textContent only.
 * A handle or an account's address gets the account check's answer first (check-answer.js, the
 * same words and code as the check page), and Enter then opens the check, never an account.
 * The query is kept in the address (?q=), so a search can be shared; a page opened with ?q=
 * opens the dialog with it.
 */
(() => {
  "use strict";

  const root = document.querySelector("[data-handbook-search]");
  if (!root || !window.handbookSearch) return;
  const $ = (selector) => root.querySelector(selector);
  const [opener, dialog, input, status, list, checkBox, answerBox, checkLink, ask] = [
    ".handbook-search__open", "dialog", "input", "[role=status]", ".handbook-search__results",
    ".handbook-search__check", ".handbook-search__answer", ".handbook-search__check-link", ".handbook-search__ask",
  ].map($);
  const base = new URL(root.dataset.base, location.href).href;
  const language = root.dataset.language === "cy" ? "cy" : "en";
  const checkPage = new URL(checkLink.getAttribute("href"), location.href);
  const services = new URL(`${language === "cy" ? "cy/" : ""}accounts/`, base).href;
  let check = null;  // the account check's files (check-answer.js), loaded on the first handle typed
  // A page with the check answers ?q= itself; elsewhere ?q= is a search.
  const onCheckPage = !!document.querySelector("[data-account-check]");
  let latest = 0;
  let timer = 0;
  let leaving = false;
  let checking = false;  // the dialog shows the check's answer: Enter opens the check

  function count(number) {
    if (number === 0) return root.dataset.resultNone;
    if (number === 1) return root.dataset.resultOne;
    return root.dataset.resultOther.replace("#", number.toLocaleString(language === "cy" ? "cy-GB" : "en-GB"));
  }

  function open(query = "") {
    if (dialog.open) return;
    leaving = false;
    dialog.showModal();
    if (query) {
      input.value = query;
      run();
    }
    input.focus();
    input.select();
    handbookSearch.load(base, language).catch(failed);  // start loading while the reader types
  }

  function failed(error) {
    console.error(error);
    status.textContent = root.dataset.failed;
  }

  /** Fill a piece of a result with words, wrapping the matched ones in <mark>. */
  function fill(element, pieces) {
    element.replaceChildren();
    pieces.forEach(([word, matched], index) => {
      if (index) element.append(" ");
      if (!matched) return element.append(word);
      const [, before, core, after] = word.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u);
      const mark = document.createElement("mark");
      mark.textContent = core;  // "leave?" is marked as "leave" and "?"
      element.append(before, mark, after);
    });
  }

  function record(template, entry, found, first) {
    const item = template.content.firstElementChild.cloneNode(true);
    const link = item.querySelector("a");
    link.href = new URL(found.url, base).href;
    if (first) item.querySelector(".handbook-search__page").textContent = entry.title;
    // A page's own record listed under its best section is named by the page's title: a link
    // with neither a heading nor an excerpt (its words were all in what the page is for) is no link.
    const section = found.title === entry.title ? [] : found.titlePieces;
    fill(item.querySelector(".handbook-search__section"),
      section.length || first ? section : entry.title.split(/\s+/).map((word) => [word, false]));
    fill(item.querySelector(".handbook-search__excerpt"), found.text);
    return item;
  }

  function render(pages) {
    const [main, more] = [$(".handbook-search__template"), $(".handbook-search__more-template")];
    list.replaceChildren(...pages.map((entry) => {
      const item = record(main, entry, entry.records[0], true);
      const others = entry.records.slice(1).map((found) => record(more, entry, found, false));
      item.querySelector(".handbook-search__more").append(...others);
      return item;
    }));
  }

  /** The check's answer for a query that is a handle or an account's address; null otherwise.
   * A bare word is a handle only if the answer says it is ours, was ours or looks like ours.
   * A question (words with spaces) never loads the check's files. */
  async function checked(query) {
    if (!window.HandbookCheck || !window.HandbookCheck.Lookup || /\s/.test(query)) return null;
    check = check || window.HandbookCheck.Lookup(new URL("lookup/", base).href);
    const marked = /@|:\/\/|^[\w-]+(\.[\w-]+)+\//.test(query);  // @handle, user@server, or an address
    const found = await check.answer(query);
    const kind = found.result.kind;
    if (kind === "empty" || (!marked && !["official", "closed", "lookalike"].includes(kind))) return null;
    return { found, words: await check.words(language) };
  }

  async function run() {
    const query = input.value.trim();
    const ticket = ++latest;
    keepInAddress(query);
    if (!query) {
      list.replaceChildren();
      checkBox.hidden = ask.hidden = true;
      checking = false;
      status.textContent = "";
      list.dataset.query = "";
      return;
    }
    dialog.dataset.state = "busy";
    try {
      const [answer, found] = await Promise.all([
        checked(query).catch(() => null),  // the search still answers if the check cannot load
        handbookSearch.search(query, { base, language }),
      ]);
      if (ticket !== latest) return;  // the reader has typed more since
      checking = !!answer;
      checkBox.hidden = !answer;
      if (answer) {
        answerBox.replaceChildren(window.HandbookCheck.render(answer.found, answer.words, services));
        checkBox.dataset.kind = answer.found.result.kind;
        checkPage.searchParams.set("q", query);
        checkLink.href = checkPage.href;
      }
      // For a handle that is not ours, no result offers one of our accounts in its place.
      const notOurs = answer && ["lookalike", "unknown"].includes(answer.found.result.kind);
      const pages = notOurs ? found.map((entry) => ({ ...entry, records: entry.records.filter((r) => r.kind !== "account") }))
        .filter((entry) => entry.records.length) : found;
      render(pages);
      ask.hidden = false;  // "Didn't find what you need? Ask the communications team."
      const title = answer ? answerBox.querySelector(".handbook-check__title") : null;
      status.textContent = (title ? `${title.textContent}. ` : "") + count(pages.length);
      list.dataset.query = query;  // which query the list shows (tests and benchmarks wait for it)
      dialog.dataset.state = "done";
    } catch (error) {
      if (ticket === latest) failed(error);
    }
  }

  /** The query in the page's address (?q=), so the search can be shared; gone when the dialog closes. */
  function keepInAddress(query) {
    if (onCheckPage) return;
    const address = new URL(location.href);
    if (query) address.searchParams.set("q", query);
    else address.searchParams.delete("q");
    history.replaceState(history.state, "", address);
  }

  function move(event) {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();  // a search box would only clear itself on the first Esc
      dialog.close();
    } else if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]).focus();
    } else if (event.key === "Enter" && document.activeElement === input && (checking || links.length)) {
      event.preventDefault();
      (checking ? checkLink : links[0]).click();  // a handle opens the check; a question, the best result
    } else if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      input.focus();  // typing on a result goes back to the box
    }
  }

  function typing(target) {
    if (target.isContentEditable || target.closest("textarea, select")) return true;
    return target.matches("input") && !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  }

  opener.addEventListener("click", () => open());
  $(".handbook-search__close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();  // a click on the backdrop
    if (event.target.closest("a")) {
      leaving = true;
      dialog.close();  // a link to a section of this page must not leave the dialog open
    }
  });
  dialog.addEventListener("close", () => {
    keepInAddress("");
    if (!leaving) opener.focus();
  });
  dialog.addEventListener("keydown", move);
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  document.addEventListener("keydown", (event) => {
    if (dialog.open || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "/" || event.key === "s" || event.key === "S") {
      event.preventDefault();
      open();
    }
  });
  const shared = new URLSearchParams(location.search).get("q");
  if (shared && !onCheckPage) open(shared);
  root.dataset.ready = "true";  // the button works now (tests and the phone benchmark wait for this)
})();
