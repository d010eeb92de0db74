// "Is this account ours?": answers as the reader types, from files written at build time.
// No framework and no network beyond this site: lookup/rules.json (the platform rules, made from
// macros/core), lookup/index.json (one line per account), and small shards fetched on demand.
// The reading and matching below follow macros/core/lookup.py step by step; a test runs the
// same table of inputs through both.
(function () {
  "use strict";

  var MAX_NAMED = 5;  // lookup.py: MAX_NAMED

  // ---- reading what was typed (lookup.py: read_query) ----

  function compileRules(rules) {
    rules.platforms.forEach(function (p) { p.prefixRe = new RegExp("^" + p.profile, "i"); });
    rules.bareRe = new RegExp(rules.bareAddress, "i");
    rules.mastodonRe = new RegExp(rules.mastodonHandle);
    rules.byKey = {};
    rules.platforms.forEach(function (p) { rules.byKey[p.key] = p; });
    return rules;
  }

  function onHost(p, host) {
    return p.hosts.indexOf(host) >= 0 || p.prefixes.some(function (prefix) {
      return host.startsWith(prefix) && p.hosts.indexOf(host.slice(prefix.length)) >= 0;
    });
  }

  function readAddress(rules, address) {
    var url;
    try { url = new URL(address); } catch (error) { return { kind: "other" }; }
    var host = url.hostname.replace(/\.$/, "").toLowerCase();
    var path = url.pathname || "/";
    for (var i = 0; i < rules.platforms.length; i++) {
      var p = rules.platforms[i];
      if (p.hosts.length && onHost(p, host)) {
        var match = p.prefixRe.exec(path);
        return match ? { kind: "handle", text: decode(match.groups.h).replace(/^@/, ""), platform: p.key }
                     : { kind: "other" };
      }
    }
    var mastodon = rules.byKey[rules.mastodon].prefixRe.exec(path);  // server/@user: any server
    if (mastodon && host) {
      var user = decode(mastodon.groups.h);
      return { kind: "handle", text: (user.indexOf("@") >= 0 ? user : user + "@" + host).toLowerCase(),
               platform: rules.mastodon };
    }
    return { kind: "other" };
  }

  function decode(text) {
    try { return decodeURIComponent(text); } catch (error) { return text; }
  }

  function readQuery(rules, raw) {
    var text = raw.trim().replace(/^[<>]+|[<>]+$/g, "").trim();
    if (!text) return { kind: "empty" };
    if (text.indexOf("://") >= 0 || rules.bareRe.test(text)) {
      return readAddress(rules, text.indexOf("://") >= 0 ? text : "https://" + text);
    }
    var mastodon = rules.mastodonRe.exec(text);
    if (mastodon) return { kind: "handle", text: mastodon[1] + "@" + mastodon[2].toLowerCase(), platform: rules.mastodon };
    if (!/\s/.test(text)) return { kind: "handle", text: text.replace(/^@/, ""), platform: null };
    return { kind: "name", text: text.split(/\s+/).join(" ").toLowerCase() };
  }

  // ---- look-alikes (confusable.py: fold; lookup.py: near) ----

  function fold(rules, text) {
    function onePass(value) {
      var mapped = "";
      for (var c of value.normalize("NFD")) mapped += rules.confusables[c] || c;
      return mapped.normalize("NFD").replace(/\p{M}/gu, "");
    }
    return onePass(onePass(text).toLowerCase());
  }

  function distance(a, b, limit) {  // Levenshtein, giving up once it is over `limit`
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var previous = [], current = [];
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        best = Math.min(best, current[j]);
      }
      if (best > limit) return limit + 1;
      previous = current;
    }
    return previous[b.length];
  }

  function near(typed, ours) {
    typed = typed.toLowerCase(); ours = ours.toLowerCase();
    var allowed = ours.length >= 9 ? 2 : ours.length >= 5 ? 1 : 0;
    if (typed === ours || allowed === 0) return false;
    var typedDigits = typed.replace(/\D/g, ""), ourDigits = ours.replace(/\D/g, "");
    if (typedDigits && ourDigits && typedDigits !== ourDigits) return false;  // library2 and library3
    return distance(typed, ours, allowed) <= allowed;
  }

  // ---- the answer (lookup.py: Checker.check); `index` is lookup/index.json, prepared ----

  function prepareIndex(rules, index) {
    index.keyList = index.keys ? index.keys.split("\n") : [];
    var folds = index.folds ? index.folds.split("\n") : [];
    index.foldList = index.keyList.map(function (key, i) { return folds[i] || key.toLowerCase(); });
    index.platformList = Array.from(index.platforms, function (c) { return rules.platforms[c.charCodeAt(0) - 65]; });
    return index;
  }

  function classify(rules, index, raw, names) {
    var query = readQuery(rules, raw);
    if (query.kind === "empty") return { kind: "empty", ids: [] };
    if (query.kind === "other") return { kind: "unknown", ids: [] };
    if (query.kind === "name") {
      var named = (names || []).filter(function (entry) { return entry[1] === query.text; })
        .map(function (entry) { return entry[0]; }).sort(function (a, b) { return a - b; });
      return named.length ? openOrClosed(index, "named", named) : { kind: "unknown", ids: [] };
    }
    var ids = [];
    for (var i = 0; i < index.keyList.length; i++) {
      if (query.platform === null || index.platformList[i].key === query.platform) ids.push(i);
    }
    var exact = ids.filter(function (id) {
      return index.keyList[id] === (index.platformList[id].caseInsensitive ? query.text.toLowerCase() : query.text);
    });
    if (exact.length) return openOrClosed(index, "official", exact);
    var typed = fold(rules, query.text);
    var alike = ids.filter(function (id) { return index.foldList[id] === typed || near(query.text, index.keyList[id]); });
    if (!alike.length) return { kind: "unknown", ids: [] };
    var open = alike.filter(function (id) { return index.statuses[id] !== "c"; });  // name the open ones
    return { kind: "lookalike", ids: (open.length ? open : alike).slice(0, MAX_NAMED) };
  }

  function openOrClosed(index, kind, ids) {  // the open accounts; if all are closed, "closed"
    var open = ids.filter(function (id) { return index.statuses[id] !== "c"; });
    return open.length ? { kind: kind, ids: open.slice(0, MAX_NAMED) } : { kind: "closed", ids: ids.slice(0, MAX_NAMED) };
  }

  function nameShard(name, shards) {  // lookup_data.py: name_shard
    var sum = 0;
    for (var c of name) sum += c.codePointAt(0);
    return sum % shards;
  }

  window.HandbookCheck = { readQuery: readQuery, fold: fold, near: near, classify: classify,
                           compileRules: compileRules, prepareIndex: prepareIndex, nameShard: nameShard };

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
        if (result.kind === "official" || result.kind === "named") {
          item.appendChild(fill(words["official.body"], { account: accountLink(row, id), platform: p.name,
                                                          service: serviceLink(row) }));
          if (data.index.statuses[id] === "d") item.appendChild(para(words.dormant));
          item.appendChild(details(row));
        } else if (result.kind === "closed") {
          item.appendChild(fill(words["closed.body"], { account: accountLink(row, id), platform: p.name,
                                                        date: longDate(row[5]) }));
        } else {
          item.appendChild(fill(words["lookalike.body"], { account: accountLink(row, id), platform: p.name }));
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
      link.rel = data.index.platformList[id].key === data.rules.mastodon ? "me noopener" : "noopener";
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
