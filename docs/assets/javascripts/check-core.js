// The check's reading and matching, with no page code: macros/core/lookup.py in JavaScript.
// check.js uses it on the page; tests/browser/test_check_agreement.py runs the same table of
// inputs through this file and through Python. The rules come from lookup/rules.json.
(function () {
  "use strict";

  var MAX_NAMED = 5;  // lookup.py: MAX_NAMED
  var AFFIX_MIN_LENGTH = 6;  // lookup.py: AFFIX_MIN_LENGTH

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
    var previous = [], current;
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

  function withAffix(typedFold, ourFold) {  // lookup.py: with_affix
    return ourFold.length >= AFFIX_MIN_LENGTH && typedFold.length > ourFold.length &&
      (typedFold.startsWith(ourFold) || typedFold.endsWith(ourFold));
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
      return named.length ? allWithStatus(index, "named", named) : { kind: "unknown", ids: [] };
    }
    var ids = [];
    for (var i = 0; i < index.keyList.length; i++) {
      if (query.platform === null || index.platformList[i].key === query.platform) ids.push(i);
    }
    var exact = ids.filter(function (id) {
      return index.keyList[id] === (index.platformList[id].caseInsensitive ? query.text.toLowerCase() : query.text);
    });
    if (exact.length) return allWithStatus(index, "official", exact);
    var typed = fold(rules, query.text);
    var alike = ids.filter(function (id) {
      return index.foldList[id] === typed || near(query.text, index.keyList[id]) || withAffix(typed, index.foldList[id]);
    });
    if (!alike.length) return { kind: "unknown", ids: [] };
    var open = alike.filter(function (id) { return index.statuses[id] !== "c"; });  // name the open ones
    return { kind: "lookalike", ids: (open.length ? open : alike).slice(0, MAX_NAMED) };
  }

  // Every account that matches, open ones first, each shown with its status (lookup.py: _all_with_status).
  function allWithStatus(index, kind, ids) {
    var open = ids.filter(function (id) { return index.statuses[id] !== "c"; });
    var closed = ids.filter(function (id) { return index.statuses[id] === "c"; });
    return { kind: open.length ? kind : "closed", ids: open.concat(closed).slice(0, MAX_NAMED) };
  }

  function nameShard(name, shards) {  // lookup_data.py: name_shard
    var sum = 0;
    for (var c of name) sum += c.codePointAt(0);
    return sum % shards;
  }

  window.HandbookCheck = { readQuery: readQuery, fold: fold, near: near, withAffix: withAffix, classify: classify,
                           compileRules: compileRules, prepareIndex: prepareIndex, nameShard: nameShard };
})();
