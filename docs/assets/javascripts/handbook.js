// Small page behaviours for the handbook. Runs after every page load (Material's document$).

// A table that scrolls sideways on a small screen must be reachable with the keyboard
// (WCAG 2.1.1), so each scrolling wrapper can take focus and is named after its table.
document$.subscribe(function () {
  document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrapper) {
    if (wrapper.hasAttribute("tabindex")) return;
    wrapper.setAttribute("tabindex", "0");
    wrapper.setAttribute("role", "region");
    var caption = wrapper.querySelector("caption");
    var heading = caption ? caption.textContent : "Table";
    wrapper.setAttribute("aria-label", heading + " (scrolls sideways)");
  });
});

// The colour-scheme switch is a radio button that is already checked, so Space or Enter would
// do nothing. Make both keys press the visible switch, as a mouse click does.
document.addEventListener("keydown", function (event) {
  var target = event.target;
  if (!(target instanceof HTMLInputElement) || !target.classList.contains("md-option")) return;
  if (event.key !== " " && event.key !== "Enter") return;
  event.preventDefault();
  var label = target.nextElementSibling;
  if (label && label.tagName === "LABEL") {
    label.click();
    var next = document.getElementById(label.htmlFor);
    if (next) next.focus();
  }
});

// Every reply template (a quotation in a page: "> Thanks for telling us...") gets a Copy button,
// so staff on a phone do not have to select the text by hand. The words are in the page's language.
document$.subscribe(function () {
  var words = document.querySelector("[data-handbook-copy]");
  if (!words || !navigator.clipboard) return;
  document.querySelectorAll(".md-content blockquote").forEach(function (quote) {
    if (quote.querySelector(".handbook-copy")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button handbook-copy";
    button.textContent = words.getAttribute("data-copy");
    button.addEventListener("click", function () {
      var text = Array.from(quote.querySelectorAll("p")).map(function (p) { return p.textContent; }).join("\n\n");
      navigator.clipboard.writeText(text).then(function () {
        button.textContent = words.getAttribute("data-copied");
        button.setAttribute("data-copied", "");
      });
    });
    quote.appendChild(button);
  });
});
