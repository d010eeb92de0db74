// "Is this account ours?": answers as the reader types, from files written at build time.
// No framework and no network beyond this site: lookup/rules.json (the platform rules, made from
// macros/core), lookup/index.json (one line per account), and small shards fetched on demand.
// The reading and matching are in check-core.js (window.HandbookCheck).
(function () {
  "use strict";

  var check = window.HandbookCheck;
  var readQuery = check.readQuery, classify = check.classify, compileRules = check.compileRules,
      prepareIndex = check.prepareIndex, nameShard = check.nameShard;

  // ---- the page: load on first use, answer on every keystroke ----

  function setUp(widget) {
    var words = JSON.parse(widget.querySelector("[data-check-words]").textContent);
    var input = widget.querySelector("input");
    var answerBox = widget.querySelector("[data-check-answer]");
    var status = widget.querySelector("[data-check-status]");
    var base = widget.getAttribute("data-lookup");
    var shards = {}, nameFiles = {}, data = null, loading = null, announceTimer = null, latest = 0;

    function fetchJson(name) {
      return fetch(base + name).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      });
    }
    function load() {
      if (!loading) {
        loading = Promise.all([fetchJson("rules.json"), fetchJson("index.json")]).then(function (files) {
          var rules = compileRules(files[0]);
          data = { rules: rules, index: prepareIndex(rules, files[1]) };
          return data;
        });
      }
      return loading;
    }
    function shard(file) {
      if (!shards[file]) shards[file] = fetchJson(file);
      return shards[file];
    }
    function names(query) {
      var count = data.index.nameShards;
      var file = "names-" + nameShard(query, count) + ".json";
      if (!nameFiles[file]) {
        nameFiles[file] = shard(file).then(function (text) {
          return text ? text.split("\n").map(function (line) {
            var tab = line.indexOf("\t");
            return [Number(line.slice(0, tab)), line.slice(tab + 1)];
          }) : [];
        });
      }
      return nameFiles[file];
    }
    function records(ids) {
      var size = data.index.shardSize;
      return Promise.all(ids.map(function (id) {
        return shard("records-" + Math.floor(id / size) + ".json").then(function (rows) { return rows[id % size]; });
      }));
    }

    function check(announceNow) {
      var ask = ++latest, raw = input.value;
      load().then(function () {
        var query = readQuery(data.rules, raw);
        return query.kind === "name" ? names(query.text) : null;
      }).then(function (nameList) {
        var result = classify(data.rules, data.index, raw, nameList);
        return records(result.ids).then(function (rows) {
          if (ask !== latest) return;  // a newer keystroke has already answered
          show(result, rows);
          announce(announceNow);
        });
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

    function show(result, rows) {
      answerBox.replaceChildren();
      answerBox.setAttribute("data-kind", result.kind);
      if (result.kind === "empty") { answerBox.appendChild(para(words.empty)); return; }
      var box = element("div", "handbook-check__result handbook-check__result--" + result.kind);
      var title = element("p", "handbook-check__title");
      title.textContent = words[result.kind + ".title"];
      box.appendChild(title);
      var list = element("ul", "handbook-check__accounts");
      rows.forEach(function (row, i) {
        var id = result.ids[i], item = element("li"), p = data.index.platformList[id];
        var platform = words.platforms[p.key] || p.name;  // in the page's language
        if (result.kind === "official" || result.kind === "named") {
          item.appendChild(fill(words["official.body"], { account: accountLink(row, id), platform: platform,
                                                          service: serviceLink(row) }));
          if (data.index.statuses[id] === "d") item.appendChild(para(words.dormant));
          item.appendChild(details(row));
        } else if (result.kind === "closed") {
          item.appendChild(fill(words["closed.body"], { account: accountLink(row, id), platform: platform,
                                                        date: longDate(row[5]) }));
        } else {
          item.appendChild(fill(words["lookalike.body"], { account: accountLink(row, id), platform: platform }));
        }
        list.appendChild(item);
      });
      if (result.kind === "named") box.appendChild(para(words["named.body"]));
      if (rows.length) box.appendChild(list);
      if (result.kind === "lookalike") box.appendChild(fill(words["lookalike.advice"], { contact: commsLink() }, "p"));
      if (result.kind === "unknown") box.appendChild(fill(words["unknown.body"], { contact: commsLink() }, "p"));
      answerBox.appendChild(box);
    }

    // Record: [handle as shown, url, display name, service number, opened, closed, last verified, contact]
    function accountLink(row, id) {
      var link = element("a");
      link.append(row[2] + " (", breakable(row[0]), ")");
      link.href = row[1];
      link.rel = "noopener";  // rel="me" is only in the built pages: exactly the open accounts (partials/rel-me.html)
      return link;
    }
    function service(row) { return data.index.services[row[3]]; }
    function serviceLink(row) {
      var s = service(row), link = element("a", null, document.documentElement.lang === "cy" ? s[2] : s[1]);
      link.href = widget.getAttribute("data-services") + s[0] + "/";
      return link;
    }
    function details(row) {
      var contact = row[7] || service(row)[3];
      var link = element("a", "handbook-contact-link");
      link.append(breakable(contact.replace(/^https:\/\//, "")));
      link.href = contact.indexOf("@") >= 0 && contact.indexOf("://") < 0 ? "mailto:" + contact : contact;
      var p = element("p", "handbook-check__details");
      p.append(words.contact + ": ", link, ". " + words.checked + ": " +
               (row[6] ? longDate(row[6]) : words.not_checked) + ".");
      return p;
    }
    function commsLink() {
      var link = element("a");
      link.append(words.comms_name + " (", breakable(words.comms_address), ")");
      link.href = words.comms_href;
      return link;
    }
    function longDate(iso) {
      var parts = iso.split("-");
      return Number(parts[2]) + " " + words.months[Number(parts[1]) - 1] + " " + parts[0];
    }

    input.addEventListener("input", function () { check(false); });
    input.addEventListener("focus", function () { load().catch(function () {}); }, { once: true });
    widget.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      check(true);
    });
    widget.hidden = false;
  }

  // Fill "{account} on {platform}" with text and elements, never parsing HTML.
  function fill(template, values, tag) {
    var out = element(tag || "p");
    template.split(/(\{\w+\})/).forEach(function (part) {
      var name = /^\{(\w+)\}$/.exec(part);
      var value = name ? values[name[1]] : part;
      out.append(value instanceof Node ? value : document.createTextNode(value === undefined ? part : value));
    });
    return out;
  }
  // Line-break chances only after . / @ _ - ? = & (as text.py's between_tokens), never mid-word.
  function breakable(text) {
    var out = document.createDocumentFragment();
    text.split(/(?<=.[./@_?=&-])/).forEach(function (part, i) {
      if (i) out.appendChild(document.createElement("wbr"));
      out.appendChild(document.createTextNode(part));
    });
    return out;
  }
  function para(text) { return element("p", null, text); }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function start() { document.querySelectorAll("[data-account-check]").forEach(setUp); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
