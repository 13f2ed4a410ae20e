/* Material's search worker, answering from Pagefind's index, on the website and in the
   offline bundle alike.

   Material's worker loads the whole index before the first answer: 39 MB for 900 real
   resolutions. Pagefind's index is split into chunks a query fetches as it needs them
   (build_scripts/search_engine.py writes it). This worker speaks Material's protocol
   (SETUP -> READY, QUERY -> RESULT with items grouped by page, the page first), so
   Material's search box, keyboard handling and result list stay as they are. What it adds:

   - a symbol typed whole or short ("A/RES/56/145", "56/145", "RES/56/145") finds its
     document first, from search/symbols/ (a few bytes a document, in 100 shards by the
     number the symbol ends with: a query reads one);
   - the paragraphs of a document page that hold the words, each linked to its anchor
     and named as it is cited ("A/RES/56/145, op. 3"), from Pagefind's record of the
     page's anchors and the places the words were found.

   From file:// a browser starts no worker and fetches nothing, but a page loads scripts:
   Material's shim runs this file in a hidden frame, and the offline bundle
   (build_scripts/bundle.py) gives each file the search reads (Pagefind's script, entry,
   WebAssembly, index chunks and page fragments; the symbols) as a small script handing
   its bytes to __un_file. Read that way, a query still loads only the chunks it needs. */
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var PAGES = 10;  /* pages a query returns at most (each fetches its page's fragment) */
var PARAGRAPHS = 12;  /* paragraphs shown under a page at most, those with the most matches */
/* this file is <site>/assets/; in the shim's frame, whose address is the page's, the
   script element says where it came from */
var here = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : self.location.href;
var root = new URL("..", here).href;
var OFFLINE = root.indexOf("file:") === 0;
var engine = null, symbols = {};

/* -- reading the site's files ------------------------------------------------------- */

var delivered = {};  /* a file's bytes (base64), from its script until read */
var bytesRead = 0;  /* what the search has read from the bundle (benchmarks/offline_bench.py) */
self.__un_file = function (name, base64) { delivered[name] = base64; };

function loadScript(url) {
  return new Promise(function (resolve, reject) {
    var script = document.createElement("script");
    script.src = url;
    script.onload = function () { script.remove(); resolve(); };
    script.onerror = function () { script.remove(); reject(new Error("not in the bundle: " + url)); };
    document.head.appendChild(script);
  });
}

/* A file's name in the site (and the bundle), from its address. */
function siteName(input) {
  return new URL(typeof input === "string" ? input : input.url, root).href.split(/[?#]/)[0].slice(root.length);
}

/* A file of the offline bundle: its script loaded, its bytes taken (and forgotten by the
   frame). */
function bundledBytes(name) {
  return loadScript(root + name + ".js").then(function () {
    var base64 = delivered[name];
    delete delivered[name];
    if (base64 === undefined) throw new Error("not in the bundle: " + name);
    bytesRead += base64.length;
    var binary = atob(base64), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  });
}

/* A file of the site as fetch answers it: from the website, or from the bundle's script
   of it (a file not in the bundle: a rejection, as a request that failed). */
var nativeFetch = typeof fetch === "function" ? fetch.bind(self) : null;

function read(input) {
  if (!OFFLINE) return nativeFetch(input);
  return bundledBytes(siteName(input)).then(function (bytes) { return new Response(bytes); });
}

/* One of the site's JSON files (path: in the site), read; absent: what it gives where the
   website has no such file. */
function readJson(path, absent) {
  return read(root + path).then(function (response) { return response.ok ? response.json() : absent; });
}

/* Files read before Pagefind asks for them, by name: its entry file, word list and
   WebAssembly, and each part's entry and word list. Pagefind reads a part's files only
   once the first part's WebAssembly is compiled, and each part's word list only once its
   entry is read; read ahead as the worker starts, they are there when it asks (from a
   file, 0.1-0.2 s sooner at 5,000 documents). */
var early = {};

function readEarly(url) {
  var name = siteName(url);
  if (!early[name]) {
    early[name] = read(url).then(function (response) {
      if (!response.ok) throw new Error("not on the site: " + name);
      return response.arrayBuffer();
    });
    early[name].then(null, function () { /* Pagefind reads it itself and says what failed */ });
  }
  return early[name];
}

/* An index's entry file (read fresh, as Pagefind reads it: the previous build's may be
   in the browser's cache), then its word list and, for the first part, the WebAssembly. */
function readIndexAhead(base, withEngine) {
  readEarly(base + "pagefind-entry.json?ts=" + Date.now()).then(function (bytes) {
    var languages = JSON.parse(new TextDecoder().decode(bytes)).languages || {};
    Object.keys(languages).forEach(function (language) {
      readEarly(base + "pagefind." + languages[language].hash + ".pf_meta");
      if (withEngine) readEarly(base + "wasm." + (languages[language].wasm || "unknown") + ".pagefind");
    });
  }).then(null, function () { /* as above */ });
}

/* Pagefind's reads: a file read ahead from its bytes, any other as read. */
function pagefindFetch(input) {
  var ahead = early[siteName(input)];
  if (!ahead) return read(input);
  return ahead.then(function (bytes) { return new Response(bytes); }, function () { return read(input); });
}

/* Pagefind's module: imported on the website; in the bundle, the same code as a classic
   script (a frame imports no module from a file). */
function loadPagefind() {
  var loaded = OFFLINE
    ? loadScript(root + "pagefind/pagefind.classic.js").then(function () { return self.__pagefind; })
    : import(root + "pagefind/pagefind.js");
  return loaded.then(function (pagefind) {
    self.fetch = pagefindFetch;  /* Pagefind's own reads; the worker reads through read */
    return pagefind;
  });
}

/* Pagefind with its entry file and word list, and the index's other parts: loaded as
   the worker starts (from a file, the shim's frame hands it Material's first message only
   0.1 s later), so the first query only reads the index chunks of its words. */
function loadEngine() {
  if (!engine) {
    var parts = readJson("search/parts.json", {}).then(null, function () { return {}; });
    readIndexAhead(root + "pagefind/", true);
    parts.then(function (index) {
      (index.parts || []).forEach(function (part) { readIndexAhead(root + part, false); });
    });
    engine = loadPagefind().then(function (pagefind) {
      /* in the bundle's frame Pagefind would try a worker of its own, which a file cannot start */
      return pagefind.options({ basePath: root + "pagefind/", baseUrl: "/", noWorker: OFFLINE })
        .then(function () { return pagefind.init(); })
        .then(function () { return parts; })
        .then(function (index) { return mergeParts(pagefind, index); })
        .then(function () { setTimeout(warmUp, WARM_AFTER_MS, pagefind); return pagefind; });
    });
  }
  return engine;
}

/* A large site's index is in parts (search/parts.json lists those after the first;
   build_scripts/search_engine.py: write_index): each merged into the first, so that a
   query searches them all and ranks their results together. Each part also holds a page
   of the words only other parts hold, for Pagefind to require them as the whole index
   would; the filters of parts.json keep those pages out of every result. */
var merged = null;  /* the parts merged, once they are (tests) */
var filters = {};

function mergeParts(pagefind, index) {
  var parts = index.parts || [];
  return Promise.all(parts.map(function (part) {
    return pagefind.mergeIndex(root + part, { baseUrl: "/" });
  })).then(function () { filters = index.filters || {}; merged = parts; });
}

/* The browser compiles Pagefind's WebAssembly plainly at first, and optimised, in the
   background, only for the next call of a function that has run a while. Pagefind ranks
   every page holding a query's words in one call: a first query of a large collection ran
   its ranking all in the plain tier (5,000 synthetic documents: 1.1-1.8 s of CPU for a
   phrase, 0.7-1.1 s for the same search again, by the machine's load). Looking up one word of a few hundred pages
   (search/warmup.json, chosen by build_scripts/search_engine.py: one small chunk) as the
   engine loads has those functions optimised by the time a query comes. Only when no
   query has been asked in the engine's first moment: one typed as the box took the focus
   would wait behind it, and does the warm-up's work itself for the queries after it. */
var WARM_AFTER_MS = 250;
var warmed = null;  /* the word looked up, once Pagefind has answered (tests) */

function asked() {
  return Boolean(latest && latest.trim());
}

function warmUp(pagefind) {
  if (asked()) return;
  readJson("search/warmup.json", {}).then(function (warmup) {
    if (!warmup.word || asked()) return null;
    return pagefind.search(warmup.word, { filters: filters }).then(function () { warmed = warmup.word; });
  }).then(null, function () { /* only slower: a query still answers */ });
}

/* The shard of the symbols list a typed symbol is in: the last two digits of its last
   segment's first number (build_scripts/search_engine.py: symbol_shard). */
function symbolShard(typed) {
  var found = /\d+/.exec(typed.replace(/\s+/g, "").split("/").pop());
  return found ? Number(found[0].slice(-2)) : null;
}

/* What a query may name as a symbol: the whole query, its spaces left out ("56 / 145",
   "S/RES/242 (1967)"), and each of its words holding a "/" and a digit, for a symbol
   typed with other words ("78/217 human rights"). Upper case, as the forms are compared. */
function symbolForms(query) {
  var typed = query.trim().toUpperCase();
  var forms = [typed.replace(/\s+/g, "")];
  typed.split(/\s+/).forEach(function (word) {
    word = word.replace(/[.,;:]+$/, "");
    if (word.indexOf("/") >= 0 && forms.indexOf(word) < 0) forms.push(word);
  });
  return forms.filter(function (form) { return /\d/.test(form); });
}

/* The words of a query that are not a symbol it names ("human", "rights" of "78/217
   human rights"): a query with none is a symbol alone. */
function otherWords(query) {
  return query.trim().split(/\s+/).filter(function (word) {
    return /\p{L}/u.test(word) && !(word.indexOf("/") >= 0 && /\d/.test(word));
  });
}

/* The symbols of the shards the query's forms are in: each read by the first query
   naming that shard. */
function loadSymbols(query) {
  var shards = [];
  symbolForms(query).forEach(function (form) {
    var shard = symbolShard(form);
    if (shard !== null && shards.indexOf(shard) < 0) shards.push(shard);
  });
  return Promise.all(shards.map(loadShard)).then(function (lists) { return [].concat.apply([], lists); });
}

function loadShard(shard) {
  if (!symbols[shard]) {
    symbols[shard] = readJson("search/symbols/" + shard + ".json", []);
  }
  return symbols[shard];
}

function load(query) {
  return Promise.all([loadEngine(), loadSymbols(query)]);
}

/* -- how readers cite a paragraph (build_scripts/anchors.py: parse, label) --------- */

/* The anchor grammar of build_scripts/anchors.py, read as it reads it: an anchor's
   paragraph and parts, then its label ("annex II, para. 3", "chap. I, para. 1", "op. 3
   (a) (ii)", "op. 3, item 2"). Kept in step with it by tests/test_browser.py, which
   compares the two on every form of the grammar. */
/* a draft's section numbering afresh is written inside the draft's scope: "draft1-secB-op2" */
var BASE_RE = /^(annex(?:-(\d+))?-)?(?:(sec|art|rule|part|draft|chap|st)([\w ]+?)-(?:sec([IVXLC]+|[A-Z])-)?)?(pp|op|para|p|h|u|table|figure)(\d+)/;
var PART_RE = /(?:([a-z]+)|-([ivx]+)(?=-|$)|-p(\d+)|-i(\d+)|-(\d+))/y;
var BASES = ["pp", "op", "para", "p", "h", "u", "table", "figure"];
var FOLLOWS = {
  letter: BASES.concat(["item"]), roman: BASES.concat(["letter"]),
  held: BASES.concat(["letter", "roman", "item"]), item: BASES.concat(["letter", "roman", "item"])
};
var CITED_AS = { pp: "pp.", op: "op.", para: "para.", p: "unnumbered para.", h: "heading", table: "table", figure: "figure" };
var SCOPES = { sec: "section", art: "art.", rule: "rule", part: "part", draft: "draft", chap: "chap.", st: "statement" };
var NOTE_MARKS = { star: "*", dagger: "\u2020", ddagger: "\u2021" };
/* a second, third... anchor or marker written with its count: "op3-2", "fn-star2"; never
   "op3-1", "op3-02" nor "fn-star1" (anchors.py writes them otherwise) */
var COUNT_RE = /^(?:[2-9]|[1-9]\d+)$/;
var ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

/* An anchor's node (its kind, number or mark, copy, the node it belongs to), or null
   for an id the grammar does not make (a heading's slug, "title"). */
function parseAnchor(id) {
  var note = /^fn(?:(\d+)|-(star|dagger|ddagger)(\d*)|-x(\d+))$/.exec(id);
  if (note) {
    if (note[3] && !COUNT_RE.test(note[3])) return null;
    if (note[4]) return { kind: "note", number: note[4], mark: "", copy: 1, text: id };
    var mark = note[1] || new Array(Number(note[3] || 1) + 1).join(NOTE_MARKS[note[2]]);
    return { kind: "note", mark: mark, copy: 1, text: id };
  }
  var annex = /^annex(?:-(\d+))?$/.exec(id);
  if (annex) return { kind: "annex", annex: annex[1] || "", copy: 1 };
  var base = BASE_RE.exec(id);
  if (!base) return null;
  if (base[5] && base[3] !== "draft") return null;
  var node = {
    kind: base[6], number: base[7], annex: base[1] ? base[2] || "" : null, scope: base[3] || "",
    scopeNumber: base[4] || "", section: base[5] || "", copy: 1, parent: null, text: base[0]
  };
  var at = base[0].length;
  while (at < id.length) {
    PART_RE.lastIndex = at;
    var part = PART_RE.exec(id);
    if (!part) return null;
    if (part[5] !== undefined) {
      if (node.copy !== 1 || !COUNT_RE.test(part[5])) return null;
      node.copy = Number(part[5]);
    } else {
      var kind = part[1] !== undefined ? "letter" : part[2] !== undefined ? "roman" : part[3] !== undefined ? "held" : "item";
      if (FOLLOWS[kind].indexOf(node.kind) < 0) return null;
      var value = part[1] || part[2] || part[3] || part[4];
      node = kind === "letter" || kind === "roman"
        ? { kind: kind, mark: value, copy: 1, parent: node } : { kind: kind, number: value, copy: 1, parent: node };
    }
    at = PART_RE.lastIndex;
    node.text = id.slice(0, at);
  }
  return node;
}

function annexLabel(number) {
  if (!number) return "annex";
  return "annex " + (Number(number) <= ROMAN.length ? ROMAN[number - 1] : number);
}

/* 'annex, art. 12, para. 1 (a) (ii)': a paragraph, its letter and numeral; null for
   other shapes (as anchors.py's _paragraph_label). */
function paragraphLabel(node) {
  var chain = [];
  for (var at = node; at; at = at.parent) chain.unshift(at);
  var base = chain[0], shape = chain.slice(1).map(function (n) { return n.kind; }).join(",");
  if (!CITED_AS[base.kind] || ["", "letter", "letter,roman", "roman"].indexOf(shape) < 0) return null;
  if (chain.slice(0, -1).some(function (n) { return n.copy !== 1; })) return null;
  var where = base.annex === null ? "" : annexLabel(base.annex) + ", ";
  if (base.scope) {
    var number = /^[ivxlc]+$/.test(base.scopeNumber) ? base.scopeNumber.toUpperCase() : base.scopeNumber;
    where += SCOPES[base.scope] + " " + number + ", ";
  }
  if (base.section) where += SCOPES.sec + " " + base.section + ", ";
  return where + CITED_AS[base.kind] + " " + base.number + chain.slice(1).map(function (n) { return " (" + n.mark + ")"; }).join("");
}

function nodeLabel(node) {
  if (node.kind === "annex") return annexLabel(node.annex);
  if (node.kind === "note" && node.mark) return "note " + node.mark;
  if ((node.kind === "held" || node.kind === "item") && node.copy === 1 && node.parent) {
    return nodeLabel(node.parent) + ", " + (node.kind === "held" ? "unnumbered para." : "item") + " " + node.number;
  }
  return paragraphLabel(node) || node.text;
}

/* How a reader cites the place an id anchors: its label, or the anchor itself where the
   site names it by nothing else ("u1", "op3-2a", "fn-x3"); null for an id that is no
   anchor. */
function citation(id) {
  var node = parseAnchor(id);
  return node ? nodeLabel(node) : null;
}

/* -- results ------------------------------------------------------------------------ */

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
}

function words(query) {
  return query.toLowerCase().split(/[\s"]+/).filter(Boolean);
}

/* A paragraph's text around its first match, the matched words marked. */
function excerpt(text, terms) {
  var lower = text.toLowerCase();
  var first = terms.reduce(function (at, term) {
    var found = lower.indexOf(term);
    return found >= 0 && (at < 0 || found < at) ? found : at;
  }, -1);
  var start = Math.max(0, first - 80);
  var piece = (start ? "… " : "") + text.slice(start, start + 260) + (start + 260 < text.length ? " …" : "");
  var html = escapeHtml(piece);
  terms.forEach(function (term) {
    if (term.length < 2) return;
    var pattern = new RegExp("(" + escapeHtml(term).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")", "gi");
    html = html.replace(pattern, "<mark>$1</mark>");
  });
  return html;
}

/* A page's address relative to the site; from a file, a directory's index.html named
   (a browser shows a folder for a directory) */
function relative(url) {
  var path = url.replace(/^\//, "");
  if (!OFFLINE) return path;
  var hash = path.indexOf("#"), file = hash < 0 ? path : path.slice(0, hash);
  if (file === "" || file.slice(-1) === "/") file += "index.html";
  return file + (hash < 0 ? "" : path.slice(hash));
}

/* The documents whose symbol the query is or holds, in any of the forms people type. */
function symbolMatches(query, symbols) {
  var forms = symbolForms(query);
  return symbols.filter(function (entry) {
    return entry.forms.some(function (form) { return forms.indexOf(form.toUpperCase()) >= 0; });
  });
}

function terms(query) {
  var out = {};
  words(query).forEach(function (word) { out[word] = true; });
  return out;
}

/* A page's group: the page, then its paragraphs holding the words, most matches first. */
function group(data, score, query) {
  var url = relative(data.url);
  var symbol = data.meta && data.meta.symbol;
  var title = (symbol ? symbol + ": " : "") + ((data.meta && data.meta.title) || url);
  var article = {
    location: url, title: escapeHtml(title), text: symbol ? "" : data.excerpt, score: score, terms: terms(query),
    document: Boolean(symbol)
  };
  if (!symbol) return [article];
  var anchors = data.anchors.filter(function (a) { return citation(a.id) && a.element !== "h2"; })
    .sort(function (a, b) { return a.location - b.location; });
  /* each match to the paragraph it falls in: both in page order, one pass */
  var hits = {};
  var at = -1;
  (data.locations || []).slice().sort(function (a, b) { return a - b; }).forEach(function (location) {
    while (at + 1 < anchors.length && anchors[at + 1].location <= location) at += 1;
    if (at < 0) return;
    var holder = anchors[at];
    hits[holder.id] = hits[holder.id] || { anchor: holder, count: 0 };
    hits[holder.id].count += 1;
  });
  var found = Object.keys(hits).map(function (id) { return hits[id]; })
    .sort(function (a, b) { return b.count - a.count || a.anchor.location - b.anchor.location; });
  var best = found.length ? found[0].count : 1;
  var paragraphs = found.slice(0, PARAGRAPHS).map(function (hit) {
    return {
      location: url + "#" + hit.anchor.id,
      title: escapeHtml(symbol + ", " + citation(hit.anchor.id)),
      text: excerpt(hit.anchor.text, words(query)),
      score: score * hit.count / best,
      terms: terms(query)
    };
  });
  return [article].concat(paragraphs);
}

/* Words in nearly every paragraph of a UN text: left out of what Pagefind looks up when
   the query has other words, so that "right to development" does not fetch the index of
   "to" (Pagefind's largest chunks; it has no stop words of its own). Every other word is
   still required, and all of them are highlighted. A quoted query is looked up whole. */
var COMMON = {};
["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "its", "of", "on",
 "or", "that", "the", "their", "this", "to", "with"].forEach(function (word) { COMMON[word] = true; });

function lookup(query) {
  if (query.indexOf('"') >= 0) return query;
  var kept = query.split(/\s+/).filter(function (word) { return word && !COMMON[word.toLowerCase()]; });
  return kept.length ? kept.join(" ") : query;
}

function search(query) {
  return load(query).then(function (loaded) {
    var pagefind = loaded[0], symbols = loaded[1];
    var exact = symbolMatches(query, symbols).map(function (entry) {
      return [{
        location: relative(entry.url), title: escapeHtml(entry.symbol + ": " + entry.title), text: escapeHtml(entry.facts),
        score: 1e6, terms: terms(query)
      }];
    });
    var shown = {};
    exact.forEach(function (items) { shown[items[0].location] = true; });
    return pagefind.search(lookup(query), { filters: filters }).then(function (found) {
      var results = (found && found.results ? found.results : []).slice(0, PAGES);
      return Promise.all(results.map(function (result) {
        return result.data().then(function (data) { return group(data, result.score, query); });
      }));
    }).then(function (groups) {
      /* the document a symbol names (with its paragraphs holding the query's other words,
         when it has some and Pagefind found them), then the documents (in Pagefind's
         order), then the site's own pages */
      if (otherWords(query).length) {
        exact = exact.map(function (items) {
          var found = groups.filter(function (group) { return group[0].location === items[0].location; })[0];
          if (!found || !(found[0].score > 0)) return items;
          /* Material shows a page's paragraphs scored as high as the page, the rest under
             "more on this page": their scores kept in proportion to the page's */
          var scale = items[0].score / found[0].score;
          return items.concat(found.slice(1).map(function (item) {
            return Object.assign({}, item, { score: item.score * scale });
          }));
        });
      }
      var rest = groups.filter(function (items) { return !shown[items[0].location]; });
      var documents = rest.filter(function (items) { return items[0].document; });
      var others = rest.filter(function (items) { return !items[0].document; });
      return { items: exact.concat(documents, others) };
    });
  });
}

var latest = null;  /* the query typed last: answers to earlier ones, arriving late, are dropped */
var answered = null;  /* the query answered last (benchmarks/offline_bench.py waits for it) */
/* Material asks on every key released, and a search of a large collection takes longer
   than a keystroke: one search at a time, and of the queries typed meanwhile only the
   last is searched next (typing "situation" asked 9 searches, each ranking thousands of
   pages, side by side). Nothing waits when no search is running. */
var running = null, waiting = null;  /* the query being searched, the one searched next */
var searched = [];  /* the queries searched, in order (tests) */

function answer(query, data) {
  answered = query;
  postMessage({ type: RESULT, data: data });
}

function run(query) {
  running = query;
  searched.push(query);
  search(query).then(function (data) {
    if (query === latest) answer(query, data);
  }, function (error) {
    console.warn("search failed:", error);
    if (query === latest) answer(query, { items: [] });
  }).then(function () {
    running = null;
    var next = waiting;
    waiting = null;
    if (next !== null) run(next);
  });
}

addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    startEngine();
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    var query = message.data || "";
    latest = query;
    if (!query.trim()) {
      waiting = null;
      postMessage({ type: RESULT, data: { items: [] } });
      return;
    }
    if (running === null) run(query);
    else waiting = query === running ? null : query;
  }
});

function startEngine() {
  loadEngine().then(null, function (error) { console.warn("search unavailable:", error); });
}

startEngine();
