// The check's answer, shared by the check page (check.js) and the search dialog (search-ui.js), so
// both give the same answer in the same words. Loads the files written at build time in lookup/
// (rules.json, index.json, and small shards on demand) and builds the answer with textContent only.
// Reading and matching are in check-core.js.
(function () {
  "use strict";

  var core = window.HandbookCheck;

  // ---- loading: one Lookup per site, files fetched once ----

  function Lookup(base) {  // base: the address of the lookup/ folder
    var files = new Map(), loading = null, data = null;

    function fetchJson(name) {
      if (!files.has(name)) {
        files.set(name, fetch(base + name).then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        }));
      }
      return files.get(name);
    }
    function load() {
      if (!loading) {
        loading = Promise.all([fetchJson("rules.json"), fetchJson("index.json")]).then(function (loaded) {
          var rules = core.compileRules(loaded[0]);
          data = { rules: rules, index: core.prepareIndex(rules, loaded[1]) };
          return data;
        });
      }
      return loading;
    }
    function names(text) {
      var file = "names-" + core.nameShard(text, data.index.nameShards) + ".json";
      return fetchJson(file).then(function (lines) {
        return lines ? lines.split("\n").map(function (line) {
          var tab = line.indexOf("\t");
          return [Number(line.slice(0, tab)), line.slice(tab + 1)];
        }) : [];
      });
    }
    function records(ids) {
      var size = data.index.shardSize;
      return Promise.all(ids.map(function (id) {
        return fetchJson("records-" + Math.floor(id / size) + ".json").then(function (rows) { return rows[id % size]; });
      }));
    }
    /** The answer for what a reader typed: { result, rows, data }. */
    function answer(raw) {
      return load().then(function () {
        var query = core.readQuery(data.rules, raw);
        return query.kind === "name" ? names(query.text) : null;
      }).then(function (nameList) {
        var result = core.classify(data.rules, data.index, raw, nameList);
        return records(result.ids).then(function (rows) { return { result: result, rows: rows, data: data }; });
      });
    }
    return { load: load, answer: answer, words: function (lang) { return fetchJson("words-" + lang + ".json"); } };
  }

  // ---- the answer as elements ----

  /** The answer box for `found` ({result, rows, data}); `services` is the address of the services' pages. */
  function render(found, words, services) {
    var result = found.result, rows = found.rows, index = found.data.index;
    var welsh = document.documentElement.lang === "cy";
    if (result.kind === "empty") return para(words.empty);
    var box = element("div", "handbook-check__result handbook-check__result--" + result.kind);
    box.appendChild(element("p", "handbook-check__title", words[result.kind + ".title"]));
    var list = element("ul", "handbook-check__accounts");
    rows.forEach(function (row, i) {
      var id = result.ids[i], item = element("li"), key = index.platformList[id].key;
      var platform = words.platforms[key] || index.platformList[id].name;  // in the page's language
      var closed = index.statuses[id] === "c";
      if ((result.kind === "official" || result.kind === "named") && !closed) {
        var service = index.services[row[3]];
        item.appendChild(fill(words["official.body"], { account: accountLink(row), platform: platform,
          service: serviceLink(service, welsh, services), run_by: service[welsh ? 5 : 4] }));
        if (index.statuses[id] === "d") item.appendChild(para(words.dormant));
        item.appendChild(details(row, service, words));
      } else if (result.kind === "lookalike") {
        item.appendChild(fill(words["lookalike.body"], { account: accountLink(row), platform: platform }));
      } else {  // a closed account: in a "closed" answer, or listed with its open namesakes
        item.appendChild(fill(words["closed.body"], { account: accountLink(row), platform: platform,
                                                      date: longDate(row[5], words) }));
      }
      list.appendChild(item);
    });
    if (result.kind === "named") box.appendChild(para(words["named.body"]));
    if (rows.length) box.appendChild(list);
    if (result.kind === "lookalike") box.appendChild(fill(words["lookalike.advice"], { contact: commsLink(words) }, "p"));
    if (result.kind === "unknown") box.appendChild(fill(words["unknown.body"], { contact: commsLink(words) }, "p"));
    return box;
  }

  // Record: [handle as shown, url, display name, service number, opened, closed, last verified, contact]
  function accountLink(row) {
    var link = element("a");
    link.append(row[2] + " (", breakable(row[0]), ")");
    link.href = row[1];
    link.rel = "noopener";  // rel="me" is only in the built pages: exactly the open accounts (partials/rel-me.html)
    return link;
  }
  // Service: [slug, name, Welsh name, contact, run by (English), run by (Welsh)]
  function serviceLink(service, welsh, services) {
    var link = element("a", null, welsh ? service[2] : service[1]);
    link.href = services + service[0] + "/";
    return link;
  }
  function details(row, service, words) {
    var contact = row[7] || service[3];
    var link = element("a", "handbook-contact-link");
    link.append(breakable(contact.replace(/^https:\/\//, "")));
    link.href = contact.indexOf("@") >= 0 && contact.indexOf("://") < 0 ? "mailto:" + contact : contact;
    var p = element("p", "handbook-check__details");
    p.append(words.contact + ": ", link, ". " + words.checked + ": " +
             (row[6] ? longDate(row[6], words) : words.not_checked) + ".");
    return p;
  }
  function commsLink(words) {
    var link = element("a");
    link.append(words.comms_name + " (", breakable(words.comms_address), ")");
    link.href = words.comms_href;
    return link;
  }
  function longDate(iso, words) {
    var parts = iso.split("-");
    return Number(parts[2]) + " " + words.months[Number(parts[1]) - 1] + " " + parts[0];
  }
  // Fill "{account} on {platform}" with text and elements, never parsing HTML.
  function fill(template, values, tag) {
    var out = element(tag || "p");
    template.split(/(\{\w+\})/).forEach(function (part) {
      var name = /^\{(\w+)\}$/.exec(part);
      var value = name && Object.prototype.hasOwnProperty.call(values, name[1]) ? values[name[1]] : part;
      out.append(value instanceof Node ? value : document.createTextNode(value));
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

  core.Lookup = Lookup;
  core.render = render;
})();
