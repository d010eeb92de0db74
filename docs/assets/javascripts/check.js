// "Is this account ours?" on the check page and the accounts page: answers as the reader types.
// No framework and no network beyond this site. The reading and matching are in check-core.js,
// loading the lookup files and the answer's words and elements in check-answer.js (the search
// dialog gives the same answer through them). An address such as check/?q=@name is answered at once.
(function () {
  "use strict";

  var check = window.HandbookCheck;

  function setUp(widget) {
    var words = JSON.parse(widget.querySelector("[data-check-words]").textContent);
    var input = widget.querySelector("input");
    var answerBox = widget.querySelector("[data-check-answer]");
    var status = widget.querySelector("[data-check-status]");
    var lookup = check.Lookup(widget.getAttribute("data-lookup"));
    var services = widget.getAttribute("data-services");
    var announceTimer = null, latest = 0;

    function answer(announceNow) {
      var ask = ++latest;
      lookup.answer(input.value).then(function (found) {
        if (ask !== latest) return;  // a newer keystroke has already answered
        answerBox.replaceChildren(check.render(found, words, services));
        answerBox.setAttribute("data-kind", found.result.kind);
        announce(announceNow);
      }).catch(function () {
        if (ask === latest) { answerBox.textContent = words.failed; announce(true); }
      });
    }

    function announce(now) {
      // Screen readers hear the answer once the reader pauses (or presses Check), not every letter.
      clearTimeout(announceTimer);
      var say = function () {
        var title = answerBox.querySelector(".handbook-check__title");
        status.textContent = title ? title.textContent : answerBox.textContent;
      };
      if (now) say(); else announceTimer = setTimeout(say, 700);
    }

    input.addEventListener("input", function () { answer(false); });
    input.addEventListener("focus", function () { lookup.load().catch(function () {}); }, { once: true });
    widget.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      answer(true);
    });
    widget.hidden = false;
    var asked = new URLSearchParams(location.search).get("q");  // from the search dialog, or a shared link
    if (asked) {
      input.value = asked;
      answer(true);
    }
  }

  function start() { document.querySelectorAll("[data-account-check]").forEach(setUp); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
