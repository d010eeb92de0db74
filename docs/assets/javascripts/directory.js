// The services filter on the accounts page: hides the rows whose service name does not contain
// what the reader types. Without JavaScript the filter stays hidden and every row shows.
(function () {
  "use strict";

  function setUp(filter) {
    var input = filter.querySelector("input");
    var none = filter.querySelector("[data-filter-none]");
    var rows = document.querySelectorAll("#handbook-services tbody tr");
    input.addEventListener("input", function () {
      var words = input.value.trim().toLowerCase().split(/\s+/);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.getAttribute("data-filter-text");
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      none.hidden = shown > 0;
    });
    filter.hidden = false;
  }

  function start() { document.querySelectorAll("[data-service-filter]").forEach(setUp); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
