/* The search dialog (overrides/partials/handbook-search.html) over search.js.
 *
 * Opens with the header button, "/" or "s"; arrows move through the results, Enter opens one,
 * Esc closes and gives focus back to the button. The number of results is announced through a
 * polite live region. Results are built from the partial's <template>s with textContent only.
 */
(() => {
  "use strict";

  const root = document.querySelector("[data-handbook-search]");
  if (!root || !window.handbookSearch) return;
  const $ = (selector) => root.querySelector(selector);
  const [opener, dialog, input, status, list] = [".handbook-search__open", "dialog", "input", "[role=status]",
    ".handbook-search__results"].map($);
  const base = new URL(root.dataset.base, location.href).href;
  const language = document.documentElement.lang === "cy" ? "cy" : "en";
  let latest = 0;
  let timer = 0;
  let leaving = false;

  function count(number) {
    if (number === 0) return root.dataset.resultNone;
    if (number === 1) return root.dataset.resultOne;
    return root.dataset.resultOther.replace("#", number.toLocaleString(language === "cy" ? "cy-GB" : "en-GB"));
  }

  function open() {
    if (dialog.open) return;
    leaving = false;
    dialog.showModal();
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
    fill(item.querySelector(".handbook-search__section"), found.title === entry.title ? [] : found.titlePieces);
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

  async function run() {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      list.dataset.query = "";
      return;
    }
    dialog.dataset.state = "busy";
    try {
      const found = await handbookSearch.search(query, { base, language });
      if (ticket !== latest) return;  // the reader has typed more since
      render(found);
      status.textContent = count(found.length);  // the results in the list, as a screen reader meets them
      list.dataset.query = query;  // which query the list shows (tests and benchmarks wait for it)
      dialog.dataset.state = "done";
    } catch (error) {
      if (ticket === latest) failed(error);
    }
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
    } else if (event.key === "Enter" && document.activeElement === input && links.length) {
      event.preventDefault();
      links[0].click();  // Enter in the box opens the best result
    } else if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      input.focus();  // typing on a result goes back to the box
    }
  }

  function typing(target) {
    if (target.isContentEditable || target.closest("textarea, select")) return true;
    return target.matches("input") && !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  }

  opener.addEventListener("click", open);
  $(".handbook-search__close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();  // a click on the backdrop
    if (event.target.closest("a")) {
      leaving = true;
      dialog.close();  // a link to a section of this page must not leave the dialog open
    }
  });
  dialog.addEventListener("close", () => leaving || opener.focus());
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
})();
