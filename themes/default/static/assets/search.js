// Site search: reads the index styrdok writes under sok/index/ (see
// DEVELOPERS.md, "The search index") and shows the best sections first.
// Index files are scripts that call window.styrdokSearch, so they load with
// <script> elements: from file:// (where fetch() is blocked), under a
// sub-path, and under Content-Security-Policy default-src 'self'.
// Matching and ranking follow src/search/search_query.cpp; keep them in step.
(function () {
  'use strict';

  var box = document.getElementById('search');
  if (!box) return;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-query');
  var list = document.getElementById('search-results');
  var announce = document.getElementById('search-announcement');
  var more = document.getElementById('search-more');
  // A way past the filters to the results, for the keyboard: there only
  // while there are results (and not at all in a site's own older template).
  var skip = document.getElementById('search-skip');
  function offerSkip(on) {
    if (skip) skip.hidden = !on;
  }
  var elsewhere = document.getElementById('search-elsewhere');  // the offer of older versions
  var elsewhereLink = document.getElementById('search-elsewhere-link');
  var fields = { org: 'search-organisation', typ: 'search-type', slag: 'search-kind', status: 'search-status',
                 sprak: 'search-language' };
  var siteLang = document.documentElement.lang;
  // The language filter is there only on a site with translations.
  Object.keys(fields).forEach(function (k) { if (!document.getElementById(fields[k])) delete fields[k]; });
  var indexBase = new URL(box.getAttribute('data-index'), document.baseURI).href;
  var root = box.getAttribute('data-root');
  var PAGE = 10;             // results shown at a time
  var PREFIX_WEIGHT = 0.5;   // a word that only begins with the last word typed
  // A word written with å, ä or ö where the word typed without them is a
  // word too ("låg" for "lag"): below every section with the word as typed
  // (31 score levels of 1.2 span a factor of about 285).
  var VARIANT_WEIGHT = 1 / 512;
  var MAX_PREFIX_SHARDS = 3; // shards read to expand a prefix
  var MIN_PREFIX = 3;        // letters a word needs to be read as a beginning
  var TITLE_WEIGHT = 0.5;    // a word found only in the title of the section's page: half the top's score
  var WHOLE_SECTION = 1e6;   // added to a section that holds every word itself, to rank it above the others

  function say(key, values) {
    var text = box.getAttribute('data-' + key) || '';
    Object.keys(values || {}).forEach(function (k) { text = text.split('{' + k + '}').join(values[k]); });
    return text;
  }

  // Loading index files -----------------------------------------------------
  var files = {};
  function load(name) {
    if (!files[name]) {
      var f = {};
      f.promise = new Promise(function (resolve, reject) { f.resolve = resolve; f.reject = reject; });
      files[name] = f;
      var script = document.createElement('script');
      script.src = indexBase + name + '.js';
      script.async = true;
      script.onerror = function () { f.reject(new Error('cannot load ' + name)); };
      document.head.appendChild(script);
    }
    return files[name].promise;
  }
  function arrived(name, data) { if (files[name]) files[name].resolve(data); }
  window.styrdokSearch = {
    meta: function (data) { arrived('meta', data); },
    shard: function (n, data) { arrived('s' + n, data); },
    text: function (n, data) { arrived('t' + n, data); }
  };

  // Words -----------------------------------------------------------------
  var SPECIAL = { 'æ': 'ae', 'ø': 'o', 'ß': 'ss', 'þ': 'th', 'ð': 'd', 'œ': 'oe', 'đ': 'd', 'ł': 'l' };
  var ARABIC = { '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627', '\u0649': '\u064a',
                 '\u0626': '\u064a', '\u0624': '\u0648', '\u0629': '\u0647' };
  function fold(word) {
    // Latin accents go; NFC then puts Arabic letters with hamza back together, and
    // Arabic vowel marks and the tatweel go (as fold_diacritics does in core/slug.cpp);
    // then the Arabic letters typed in several forms become one (أ إ آ ٱ -> ا,
    // ى ئ -> ي, ؤ -> و, ة -> ه), as src/search/term_keys.cpp fold_search() does.
    return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/[æøßþðœđł]/g, function (c) { return SPECIAL[c]; })
      .replace(/[\u0622\u0623\u0625\u0671\u0649\u0626\u0624\u0629]/g, function (c) { return ARABIC[c]; });
  }
  // As fold(), keeping å, ä and ö, which Swedish tells from a and o ("år"
  // is a year, "är" is "is"), as fold_search_keeping() does.
  var SWEDISH = /[\u0001-\u0003]/g;
  function keep(word) {
    return fold(word.toLowerCase().normalize('NFC').replace(/[åäö]/g, function (c) {
      return String.fromCharCode('åäö'.indexOf(c) + 1);
    })).replace(SWEDISH, function (c) { return 'åäö'.charAt(c.charCodeAt(0) - 1); });
  }
  function hasSwedish(kept) { return /[åäö]/.test(kept); }
  // Whether a key has å, ä or ö wherever the typed word (kept) has them, as
  // keeps_letters_of() in src/search/term_keys.cpp tells.
  function keepsLetters(typed, key) {
    for (var i = 0; i < typed.length && i < key.length; i++) {
      if (key[i] !== typed[i] && 'åäö'.indexOf(typed[i]) >= 0) return false;
    }
    return true;
  }
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  function words(text) { return (text.match(WORD) || []).map(fold); }

  // Registration numbers in unquoted text ("KS 2019/12", "2023/873"): a
  // year, a slash or dash, and a number, which must stand together as a
  // phrase's words do (apart, "2019" and "12" are in "§ 12, KS 2019/45" too).
  // As query_parser.cpp registration_numbers() reads them.
  function registrationNumbers(part) {
    var tokens = [], m, re = /[\p{L}\p{N}\p{M}]+/gu, out = [];
    while ((m = re.exec(part))) tokens.push({ word: m[0], at: m.index, end: m.index + m[0].length });
    for (var i = 0; i + 1 < tokens.length; i++) {
      var year = tokens[i], number = tokens[i + 1];
      if (!/^[0-9]{4}$/.test(year.word) || !/^[0-9]+$/.test(number.word)) continue;
      if (!/^[ \t]*[\/\-\u2013][ \t]*$/.test(part.slice(year.end, number.at))) continue;
      out.push([year.word, number.word]);
      i++;
    }
    return out;
  }

  // Words, "phrases", and whether the last word is still being typed.
  function parse(text) {
    var q = { words: [], phrases: [] };
    var lastBare = -1;
    text.split('"').forEach(function (part, i) {
      var typed = (part.match(WORD) || []).map(function (x) { return x.toLowerCase(); });
      var w = typed.map(fold);
      var quoted = i % 2 === 1;
      if (!quoted) q.phrases = q.phrases.concat(registrationNumbers(part));
      w.forEach(function (x, j) {
        if (!quoted) lastBare = q.words.length;
        q.words.push({ folded: x, typed: typed[j], kept: keep(typed[j]), prefix: false });
      });
      if (quoted && w.length) q.phrases.push(w);
    });
    var finished = text === '' || /[\s"]$/.test(text);
    if (!finished && lastBare >= 0 && lastBare === q.words.length - 1) {
      // A word of one or two letters being typed is not read as a beginning;
      // alone, the query is only the first letters of a word.
      if (q.words[lastBare].folded.length >= MIN_PREFIX) q.words[lastBare].prefix = true;
      else q.firstLetters = q.words.length === 1;
    }
    return q;
  }

  // The index -------------------------------------------------------------
  // Postings: [entry, score level] pairs, each number little-endian base 32
  // in the base64 alphabet, its upper 32 letters meaning "more digits follow";
  // an entry is the distance from the one before. For the top of a page
  // whose title (or organisation's name) holds the key, the level has 32
  // times one more than the number of the page's sections added: the entries
  // after it that the word then counts for. A common word has tens of
  // thousands, so the letters' values are looked up in a table.
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var DIGIT_VALUE = new Uint8Array(128);
  for (var digit = 0; digit < DIGITS.length; digit++) DIGIT_VALUE[DIGITS.charCodeAt(digit)] = digit;
  function decode(text, into) {
    var number = 0, scale = 1, distance = 0, second = false, previous = 0;
    for (var i = 0; i < text.length; i++) {
      var d = DIGIT_VALUE[text.charCodeAt(i) & 127];
      number += (d & 31) * scale;
      if (d >= 32) {
        scale *= 32;
        continue;
      }
      if (second) {
        previous += distance;
        into.push([previous, number]);
      } else {
        distance = number;
      }
      second = !second;
      number = 0;
      scale = 1;
    }
  }

  // Shards that may hold `key`: those starting with it (a long record is cut
  // over several), else the last one starting before it.
  function shardsFor(meta, key) {
    var first = meta.shards, out = [];
    for (var i = 0; i < first.length; i++) if (first[i] === key) out.push(i);
    if (out.length) return out;
    for (var j = first.length - 1; j >= 0; j--) if (first[j] < key) return [j];
    return [];
  }
  // A shard holds the keys from its first up to the next shard's first,
  // that one left out unless the shard is part of its cut record.
  function shardsForPrefix(meta, prefix) {
    var first = meta.shards, out = [];
    for (var i = 0; i < first.length; i++) {
      var next = i + 1 < first.length ? first[i + 1] : null;
      if (next !== null && (next < prefix || (next === prefix && first[i] !== next))) continue; // ends before it
      if (first[i] > prefix && first[i].indexOf(prefix) !== 0) break;
      out.push(i);
    }
    return out.slice(0, MAX_PREFIX_SHARDS);
  }

  function Lookup(meta) {
    this.meta = meta;
    this.shards = {};
    this.records = {};  // key -> its record, once all its shards are here
  }
  Lookup.prototype.need = function (numbers) {
    var self = this;
    return Promise.all(numbers.map(function (n) {
      return load('s' + n).then(function (data) { self.shards[n] = data; });
    }));
  };
  // {aliases, postings} of a key, from the shards loaded so far: the keys
  // it stands for as a written form ("=key" or "=key=key", then "|"), and
  // its postings. Decoded once: a query looks a key up several times.
  Lookup.prototype.record = function (key) {
    if (Object.prototype.hasOwnProperty.call(this.records, key)) return this.records[key];
    var rec = { aliases: [], postings: [], found: false };
    var self = this, numbers = shardsFor(this.meta, key), complete = true;
    numbers.forEach(function (n) {
      var shard = self.shards[n];
      if (!shard) complete = false;
      if (!shard || !Object.prototype.hasOwnProperty.call(shard, key)) return;
      var v = shard[key];
      rec.found = true;
      if (v[0] === '=') {
        var bar = v.indexOf('|');
        rec.aliases = (bar < 0 ? v.slice(1) : v.slice(1, bar)).split('=');
        v = bar < 0 ? '' : v.slice(bar + 1);
      }
      decode(v, rec.postings);
    });
    if (complete) this.records[key] = rec;
    return rec;
  };

  // `f` less each of `suffixes` it ends with ("ies>i" replaces the ending).
  function cuts(f, suffixes) {
    var out = [];
    (suffixes || []).forEach(function (s) {
      var parts = s.split('>'), ending = parts[0];
      if (f.length >= ending.length + 3 && f.slice(-ending.length) === ending)
        out.push(f.slice(0, -ending.length) + (parts[1] || ''));
    });
    return out;
  }
  // The first of `tries` in the index: a key, or a written form whose record
  // holds only the keys it stands for ("kommunstyrelsen" -> "kommunstyr").
  function firstKey(lookup, tries) {
    for (var i = 0; i < tries.length; i++) {
      var r = lookup.record(tries[i]);
      if (r.postings.length || r.aliases.length) return tries[i];
    }
    return null;
  }

  // Every key and written form in the shards loaded that begins with `f`:
  // keys into `out`, the keys of forms into `aliases`, with PREFIX_WEIGHT.
  function expandPrefix(lookup, f, out, aliases) {
    shardsForPrefix(lookup.meta, f).forEach(function (n) {
      Object.keys(lookup.shards[n] || {}).forEach(function (k) {
        if (k.indexOf(f) !== 0) return;
        var r = lookup.record(k);
        if (r.postings.length && !(k in out)) out[k] = PREFIX_WEIGHT;
        r.aliases.forEach(function (a) { aliases.push([a, PREFIX_WEIGHT]); });
      });
    });
  }

  // A word typed with å, ä or ö stands only for the keys that have them
  // where it does; a key without them goes too where a key of it written
  // with them is there ("vald" beside "våld"). Typed without them, it finds
  // them all, those written with them after the word as typed where that is
  // a key too ("lag" before "låg"). As keep_typed_letters() in
  // src/search/search_query.cpp does. A key that folds them away stays.
  function keepTypedLetters(out, word) {
    var typedWith = word.kept !== word.folded, plain = {};
    Object.keys(out).forEach(function (k) { if (hasSwedish(k)) plain[fold(k)] = true; });
    Object.keys(out).forEach(function (k) {
      if (typedWith && (hasSwedish(k) ? !keepsLetters(word.kept, k) : plain[k])) delete out[k];
      else if (!typedWith && hasSwedish(k) && fold(k) in out) out[k] *= VARIANT_WEIGHT;
    });
  }

  // Keys a query word stands for, with weights: the word as a key, the keys
  // of the written form, else the word less a common ending of the site's
  // language and less one of the editions' other languages; and, while it
  // is being typed or when none of those is found, every key and form that
  // begins with it. The shards for those endings are fetched only when the
  // word itself is not in the index (on a slow connection every shard
  // fetched delays the first result).
  function candidates(lookup, word) {
    var meta = lookup.meta, f = word.folded;
    var shardNumbers = shardsFor(meta, f);
    if (word.prefix) shardNumbers = shardNumbers.concat(shardsForPrefix(meta, f));
    return lookup.need(shardNumbers).then(function () {
      var out = {}, aliases = [], more = [];
      var own = lookup.record(f);
      if (own.postings.length) out[f] = 1;
      own.aliases.forEach(function (a) { aliases.push([a, 1]); });
      var tries = [], others = [];
      if (!own.postings.length && !own.aliases.length) {
        tries = cuts(f, meta.suffixes);
        others = cuts(f, meta.other_suffixes);
        tries.concat(others).forEach(function (t) { more = more.concat(shardsFor(meta, t)); });
      }
      if (word.prefix) expandPrefix(lookup, f, out, aliases);
      aliases.forEach(function (a) { more = more.concat(shardsFor(meta, a[0])); });
      return lookup.need(more).then(function () {
        // The word less an ending, as a key or as a written form (whose keys
        // may be in shards not fetched yet).
        var later = [];
        [firstKey(lookup, tries), firstKey(lookup, others)].forEach(function (k) {
          if (k === null) return;
          var r = lookup.record(k);
          if (r.postings.length) out[k] = 1;
          r.aliases.forEach(function (a) { aliases.push([a, 1]); later = later.concat(shardsFor(meta, a)); });
        });
        return lookup.need(later);
      }).then(function () {
        // A whole word found in no form ("kommunstyrelse", whose key is
        // "kommunstyr") is read as the beginning of words, as the last word
        // is while typed: the same words in another order find the same.
        if (word.prefix || f.length < MIN_PREFIX || Object.keys(out).length || aliases.length) return;
        return lookup.need(shardsForPrefix(meta, f)).then(function () {
          expandPrefix(lookup, f, out, aliases);
          var theirs = [];
          aliases.forEach(function (a) { theirs = theirs.concat(shardsFor(meta, a[0])); });
          return lookup.need(theirs);
        });
      }).then(function () {
        aliases.forEach(function (a) {
          if (!(a[0] in out) || out[a[0]] < a[1]) out[a[0]] = a[1];
        });
        keepTypedLetters(out, word);
        var scored = new Map(), power = [];  // entry -> its best score
        var titled = new Map();               // top of a page whose title has the word -> [sections, score]
        Object.keys(out).forEach(function (k) {
          lookup.record(k).postings.forEach(function (p) {
            var level = p[1] % 32, sections = (p[1] - level) / 32 - 1;
            if (power[level] === undefined) power[level] = Math.pow(meta.score_step, level);
            var s = out[k] * power[level], before = scored.get(p[0]);
            if (before === undefined || before < s) scored.set(p[0], s);
            if (sections < 0) return;
            var t = titled.get(p[0]);
            if (t === undefined || t[1] < TITLE_WEIGHT * s) titled.set(p[0], [sections, TITLE_WEIGHT * s]);
          });
        });
        var titles = [];  // [top, sections, score], by entry
        titled.forEach(function (t, e) { titles.push([e, t[0], t[1]]); });
        titles.sort(function (a, b) { return a[0] - b[0]; });
        return { keys: Object.keys(out), scores: scored, titles: titles };
      });
    });
  }

  function groupOf(meta, entry) {
    var g = meta.groups, lo = 0, hi = g.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (g[mid][0] <= entry) lo = mid; else hi = mid - 1;
    }
    return g[lo];
  }
  function passes(meta, entry, filter) {
    var g = groupOf(meta, entry);
    if (g[1] && !filter.all) return false;
    if (filter.org && meta.organisations[g[3]] !== filter.org) return false;
    if (filter.typ && meta.types[g[4]] !== filter.typ) return false;
    if (filter.slag && meta.kinds[g[2]] !== filter.slag) return false;
    return true;
  }

  // Entries with their scores, taken best first (ties: the lower number
  // first, as search_query.cpp ranks them), a page at a time: a heap, so
  // that the first ten of a word in 9,000 sections cost no sort of all of
  // them (a sort took 38 ms of a cold query). `length` counts them all.
  function Ranking(capacity) {
    this.entries = new Uint32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.length = 0;
    this.heap = null;  // made at the first take(), of the `left` entries not yet taken
    this.left = 0;
  }
  Ranking.prototype.add = function (entry, score) {
    this.entries[this.length] = entry;
    this.scores[this.length] = score;
    this.length++;
  };
  Ranking.prototype.better = function (i, j) {
    var si = this.scores[i], sj = this.scores[j];
    return si > sj || (si === sj && this.entries[i] < this.entries[j]);
  };
  Ranking.prototype.down = function (at, size) {
    var h = this.heap;
    for (;;) {
      var best = at, left = 2 * at + 1, right = left + 1;
      if (left < size && this.better(h[left], h[best])) best = left;
      if (right < size && this.better(h[right], h[best])) best = right;
      if (best === at) return;
      var t = h[at]; h[at] = h[best]; h[best] = t;
      at = best;
    }
  };
  // The next `n` entries, best first.
  Ranking.prototype.take = function (n) {
    if (!this.heap) {
      this.heap = new Uint32Array(this.length);
      for (var i = 0; i < this.length; i++) this.heap[i] = i;
      this.left = this.length;
      for (var k = (this.left >> 1) - 1; k >= 0; k--) this.down(k, this.left);
    }
    var out = [];
    while (out.length < n && this.left > 0) {
      out.push(this.entries[this.heap[0]]);
      this.heap[0] = this.heap[--this.left];
      this.down(0, this.left);
    }
    return out;
  };

  // The score of a word for `entry` through its page's title; 0 if none.
  function throughTitle(titles, entry) {
    var lo = 0, hi = titles.length;  // the first top after the entry
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (titles[mid][0] <= entry) lo = mid + 1; else hi = mid;
    }
    if (lo === 0) return 0;
    var t = titles[lo - 1];
    return entry - t[0] <= t[1] ? t[2] : 0;
  }

  // An entry's score for all the words, each in the entry or in the title of
  // its page (or its organisation's name); -1 if a word is in neither.
  function scoreOf(per, entry) {
    var s = 0, whole = true;
    for (var i = 0; i < per.length; i++) {
      var own = per[i].scores.get(entry);
      if (own !== undefined) { s += own; continue; }
      var t = throughTitle(per[i].titles, entry);
      if (t === 0) return -1;
      s += t;
      whole = false;
    }
    return whole ? s + WHOLE_SECTION : s;
  }

  // The matching entries (a Ranking), and the keys that matched (for highlighting).
  function query(text, filter) {
    return load('meta').then(function (meta) {
      var q = parse(text);
      if (!q.words.length) return { q: q, ranked: new Ranking(0), keys: [] };
      var lookup = new Lookup(meta);
      return Promise.all(q.words.map(function (w) { return candidates(lookup, w); })).then(function (per) {
        // Every entry that holds at least one of the words, once (a pasted
        // paragraph has hundreds of words, each in thousands of entries).
        var total = new Map(), seen = new Set();
        per.forEach(function (p) {
          p.scores.forEach(function (own, e) {
            if (seen.has(e)) return;
            seen.add(e);
            var s = scoreOf(per, e);
            if (s >= 0) total.set(e, s);
          });
        });
        var ranked = new Ranking(total.size);
        total.forEach(function (s, e) { if (passes(meta, e, filter)) ranked.add(e, s); });
        var keys = [];
        per.forEach(function (p) { keys = keys.concat(p.keys); });
        return { q: q, ranked: ranked, keys: keys, meta: meta };
      });
    });
  }

  // Text files hold deflated JSON in base64; DecompressionStream needs no
  // fetch() and no eval, so it works from file:// and under the CSP.
  var textFiles = {};
  function textFile(n) {
    if (!textFiles[n]) {
      textFiles[n] = load('t' + n).then(function (base64) {
        var binary = atob(base64), bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
        return new Response(stream).text();
      }).then(JSON.parse);
    }
    return textFiles[n];
  }

  function entryText(meta, entry) {
    var n = Math.floor(entry / meta.per_text);
    return textFile(n).then(function (file) {
      // [page, anchor, heading, text]; page: [url, title, organisation, type, status, kind, date],
      // and for a translation or easy-read edition [..., lang, dir, the language's name]
      var e = file.entries[entry - n * meta.per_text], p = file.pages[e[0]];
      return [p[0], e[1], p[1], p[2], p[3], p[4], p[5], p[6], e[2], e[3], p[7] || '', p[8] || '', p[9] || ''];
    });
  }

  function hasPhrase(record, phrase) {
    // The top of a page (no anchor) has the title as its heading.
    var w = words((record[1] ? record[8] : record[2]) + ' ' + record[9]);
    outer: for (var i = 0; i + phrase.length <= w.length; i++) {
      for (var j = 0; j < phrase.length; j++) if (w[i + j] !== phrase[j]) continue outer;
      return true;
    }
    return false;
  }

  // Showing results ---------------------------------------------------------
  function optionLabel(id, value) {
    var select = document.getElementById(id);
    for (var i = 0; select && i < select.options.length; i++) {
      if (select.options[i].value === value) return select.options[i].textContent;
    }
    return value;
  }

  // Marks words that match a key (or hold it, as a compound holds its parts).
  function highlighted(text, result) {
    var matches = function (w) {
      var f = fold(w), kept = null;  // folded again keeping å, ä, ö only where a key or word asks
      var keptOf = function () { return kept === null ? (kept = keep(w)) : kept; };
      return result.keys.some(function (k) {
        var g = hasSwedish(k) ? keptOf() : f;  // a key that keeps å, ä, ö marks only words written so
        return g.indexOf(k) === 0 || (k.length >= 4 && g.indexOf(k) > 0);
      }) || result.q.words.some(function (x) { return x.kept === x.folded ? f === x.folded : keptOf() === x.kept; });
    };
    var parts = [], re = /[\p{L}\p{N}\p{M}]+/gu, m, hits = [];
    while ((m = re.exec(text))) parts.push({ at: m.index, end: m.index + m[0].length, hit: matches(m[0]) });
    parts.forEach(function (p, i) { if (p.hit) hits.push(i); });
    // About 30 words around the first match, or around the first written as
    // typed where a word is typed with letters that fold away: "år" (year)
    // is shown where the text says "år", not at an "är" (is) before it.
    var exact = result.q.words.filter(function (x) { return x.typed !== x.folded; })
      .map(function (x) { return x.typed; });
    var centre = hits.length ? hits[0] : 0;
    for (var h = 0; exact.length && h < hits.length; h++) {
      var hit = parts[hits[h]];
      if (exact.indexOf(text.slice(hit.at, hit.end).toLowerCase()) >= 0) { centre = hits[h]; break; }
    }
    var from = Math.max(0, centre - 8);
    var to = Math.min(parts.length, from + 30);
    var frag = document.createDocumentFragment();
    if (from > 0) frag.appendChild(document.createTextNode('… '));
    var pos = parts.length ? parts[from].at : 0;
    for (var i = from; i < to; i++) {
      var p = parts[i];
      frag.appendChild(document.createTextNode(text.slice(pos, p.at)));
      var word = text.slice(p.at, p.end);
      if (p.hit) {
        var mark = document.createElement('mark');
        mark.textContent = word;
        frag.appendChild(mark);
      } else {
        frag.appendChild(document.createTextNode(word));
      }
      pos = p.end;
    }
    if (to < parts.length) frag.appendChild(document.createTextNode(' …'));
    else frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }

  // "2026-07-01" as the page's language writes a day ("1 juli 2026"); as
  // it is where the browser cannot.
  function longDate(iso) {
    var p = iso.split('-');
    try {
      return new Intl.DateTimeFormat(siteLang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])));
    } catch (e) {
      return iso;
    }
  }

  function resultItem(record, result) {
    // [url, anchor, title, organisation, type, status, kind, date, heading, text, lang, dir, language]
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    // An edition's title, section and snippet are in its language and direction.
    function inLanguage(el) {
      if (record[10]) { el.lang = record[10]; el.dir = record[11]; }
      return el;
    }
    inLanguage(h);
    // "Avsnitt: Nyanlända": the label in the page's language, the heading in the edition's.
    function sectionName() {
      var name = document.createDocumentFragment();
      name.appendChild(document.createTextNode(say('section') + ': '));
      var heading = inLanguage(document.createElement('span'));
      heading.textContent = record[8];
      name.appendChild(heading);
      return name;
    }
    var a = document.createElement('a');
    a.href = root + record[0] + 'index.html' + (record[1] ? '#' + record[1] : '');
    a.textContent = record[2];
    if (record[8]) {
      // The section is part of the link's name: ten results of one
      // document's sections were ten links of the same name, which a list of
      // links cannot tell apart. Seen, it is the line below the title.
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      if (record[10]) { hidden.lang = siteLang; hidden.dir = document.documentElement.dir || 'ltr'; }
      hidden.appendChild(document.createTextNode(' – '));
      hidden.appendChild(sectionName());
      a.appendChild(hidden);
    }
    h.appendChild(a);
    li.appendChild(h);
    var meta = [optionLabel(fields.org, record[3])];
    if (record[4]) meta.push(optionLabel(fields.typ, record[4]));
    if (record[6] === 'action') meta.push(say('action'));  // not for a plan's own page ("plan")
    var languageAt = meta.length;  // the edition's language's name, in that language
    if (record[12]) meta.push(record[12]);
    // Every result that does not apply says what it is (the badge words of its page).
    if (record[5] && record[5] !== 'in_force') {
      // With the day that goes with it: "Upphävd (från och med 1 juli 2026)".
      var day = record[7] ? say('date-' + record[5], { date: longDate(record[7]) }) : '';
      meta.push(say('status-' + record[5]) + (day ? ' (' + day + ')' : ''));
    }
    var p = document.createElement('p');
    p.className = 'search-result-meta';
    meta.forEach(function (text, i) {
      if (i > 0) p.appendChild(document.createTextNode(' · '));
      if (i === languageAt && record[12]) {
        var name = inLanguage(document.createElement('span'));
        name.textContent = text;
        p.appendChild(name);
      } else {
        p.appendChild(document.createTextNode(text));
      }
    });
    li.appendChild(p);
    if (record[8]) {
      // Read out as part of the link already.
      var s = document.createElement('p');
      s.className = 'search-result-section';
      s.setAttribute('aria-hidden', 'true');
      s.appendChild(sectionName());
      li.appendChild(s);
    }
    if (record[9]) {
      var snippet = document.createElement('p');
      snippet.className = 'search-result-snippet';
      inLanguage(snippet);
      snippet.appendChild(highlighted(record[9], result));
      li.appendChild(snippet);
    }
    return li;
  }

  var current = null; // {result, shown, text}
  var generation = 0;

  // Whether a candidate holds the query's phrases and is in the language
  // chosen (a filter only the entry's text can answer).
  function textPasses(record, result, lang) {
    if (!result.q.phrases.every(function (ph) { return hasPhrase(record, ph); })) return false;
    return !lang || (record[10] || siteLang) === lang;
  }

  // Nothing in the current version of each document: whether older versions
  // and proposals hold a result (an edition in the reader's language may be
  // of an earlier version); if so the reader is told, and given the search
  // that shows it.
  function offerOlder(text, filter, mine) {
    var wider = {};
    Object.keys(filter).forEach(function (k) { wider[k] = filter[k]; });
    wider.status = 'alla';
    wider.all = true;
    return query(text, wider).then(function (result) {
      var entries = result.ranked.take(PAGE);
      return Promise.all(entries.map(function (e) { return entryText(result.meta, e); })).then(function (records) {
        if (mine !== generation || !records.some(function (r) { return textPasses(r, result, filter.sprak); })) return;
        announce.textContent = say('none-current', { query: spoken(text) });
        elsewhereLink.href = '?' + searchParams(text, wider).toString();
        elsewhere.hidden = false;
      });
    }).catch(function () { /* the reader keeps "no results" */ });
  }

  // Shows the next page of results; with phrases, checks each candidate's
  // text. The first candidate's text file is fetched alone, so that on a
  // slow connection the first result shows as soon as it can; then the
  // others' files all at once, each result shown in order as it arrives.
  function showMore(state, mine) {
    var result = state.result, shown = 0;
    function show(record) {
      if (mine !== generation || !textPasses(record, result, state.lang)) return;
      list.appendChild(resultItem(record, result));
      offerSkip(true);
      shown++;
    }
    function batch() {
      if (mine !== generation) return Promise.resolve(null);
      if (shown >= PAGE || state.cursor >= result.ranked.length) return Promise.resolve(shown);
      var entries = result.ranked.take(PAGE - shown);
      state.cursor += entries.length;
      var texts = [entryText(result.meta, entries[0])];
      var chain = texts[0].then(function (record) {
        for (var i = 1; i < entries.length; i++) texts.push(entryText(result.meta, entries[i]));
        show(record);
      });
      entries.slice(1).forEach(function (e, i) {
        chain = chain.then(function () { return texts[i + 1]; }).then(show);
      });
      return chain.then(batch);
    }
    return batch().then(function (n) {
      if (n === null) return;
      state.shown += n;
      more.hidden = state.cursor >= result.ranked.length;
      return n;
    });
  }

  // The query as the announcement reads it back: a pasted paragraph is not
  // read out in full, only its first words.
  var SPOKEN = 40;  // characters
  function spoken(text) {
    var t = text.trim().replace(/\s+/g, ' ');
    if (t.length <= SPOKEN) return t;
    var cut = t.lastIndexOf(' ', SPOKEN);
    return t.slice(0, cut > SPOKEN / 2 ? cut : SPOKEN) + ' …';
  }

  // Says how many results there are; returns the number, or -1 where it is
  // not known yet: with a phrase or a language, only the entries' text can
  // tell, and that of the entries not shown is not loaded. Then it says how
  // many are shown so far ("minst 10"), and the number once all are shown.
  function announceCount(state, text) {
    var result = state.result, query = spoken(text);
    var checked = !result.q.phrases.length && !state.lang;
    var n = checked ? result.ranked.length : more.hidden ? state.shown : -1;
    announce.textContent = n === 0 ? say('none', { query: query })
      : n === 1 ? say('found-one', { query: query })
      : n > 1 ? say('found-many', { query: query, count: String(n) })
      : say('found-at-least', { query: query, count: String(state.shown) });
    return n;
  }

  function filterValues() {
    var f = {};
    Object.keys(fields).forEach(function (k) { f[k] = document.getElementById(fields[k]).value; });
    f.all = f.status === 'alla';
    return f;
  }

  function searchParams(text, filter) {
    var params = new URLSearchParams();
    if (text) params.set('q', text);
    Object.keys(fields).forEach(function (k) { if (filter[k]) params.set(k, filter[k]); });
    return params;
  }

  // The query in the address, and how many results are shown once "show
  // more" has been used: Back from a result then shows them all again,
  // the one the reader came from among them.
  var SHOWN_PARAM = 'antal';
  var MAX_SHOWN = 1000;  // results a link may ask for
  function remember(text, filter, shown) {
    var params = searchParams(text, filter);
    if (shown > PAGE) params.set(SHOWN_PARAM, String(shown));
    try {
      history.replaceState(null, '', '?' + params.toString());
    } catch (e) { /* some file:// pages refuse; the search still works */ }
  }

  // Shows more results until `count` are shown or there are no more.
  function showUpTo(state, mine, count) {
    return showMore(state, mine).then(function () {
      if (mine === generation && state.shown < count && !more.hidden) return showUpTo(state, mine, count);
    });
  }

  // Runs the query in the box. `typed`: run while the reader types, not
  // on submit, a change of filter or a link. `wanted`: how many results
  // to show at first (a link's "antal"); a page of them if less.
  function run(typed, wanted) {
    var text = input.value;
    var filter = filterValues();
    var mine = ++generation;
    remember(text, filter);
    elsewhere.hidden = true;
    // Nothing to search for, only a quotation mark or a "§": the prompt
    // says what to type, rather than "no results for ”"”".
    if (!parse(text).words.length) {
      list.textContent = '';
      offerSkip(false);
      more.hidden = true;
      announce.textContent = say('prompt');
      return Promise.resolve();
    }
    announce.textContent = say('busy');
    return query(text, filter).then(function (result) {
      if (mine !== generation) return;
      var state = { result: result, shown: 0, cursor: 0, lang: filter.sprak, text: text, filter: filter };
      current = state;
      list.textContent = '';
      offerSkip(false);
      return showUpTo(state, mine, wanted || PAGE).then(function () {
        if (mine !== generation) return;
        // "No results for k", read out after each of the first letters of
        // a query, says nothing the reader can use (a word is matched as a
        // beginning only from its third letter): nothing is said until the
        // word is longer, ended with a space, or the search submitted. A
        // short last word after others ("KS 2015/24", "skola i") may be
        // the whole query: its answer is given.
        if (typed && result.q.firstLetters && !state.shown) {
          announce.textContent = '';
          return;
        }
        if (state.shown > PAGE) remember(text, filter, state.shown);
        var n = announceCount(state, text);
        if (n === 0 && !filter.all) return offerOlder(text, filter, mine);
      });
    }).catch(function () {
      if (mine === generation) announce.textContent = say('failed');
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, 150);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run(false);
  });
  Object.keys(fields).forEach(function (k) {
    document.getElementById(fields[k]).addEventListener('change', function () { run(false); });
  });
  more.addEventListener('click', function () {
    if (!current) return;
    var first = list.children.length, state = current, mine = generation;
    showMore(state, mine).then(function () {
      if (mine !== generation) return;
      // A number that was not known may be now (the last page is shown).
      if (state.result.q.phrases.length || state.lang) announceCount(state, state.text);
      remember(state.text, state.filter, state.shown);
      var link = list.children[first] && list.children[first].querySelector('a');
      if (link) link.focus();
    });
  });

  // A deep link (sok/?q=...) shows its results on load.
  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  Object.keys(fields).forEach(function (k) {
    if (params.get(k)) document.getElementById(fields[k]).value = params.get(k);
  });
  // The filters are folded away on a phone, so that the results come right
  // below the search box; open on a wider screen, and whenever one is set.
  var filterBox = document.getElementById('search-filters-box');
  if (filterBox && (window.matchMedia('(min-width: 40em)').matches ||
                    Object.keys(fields).some(function (k) { return params.get(k); }))) {
    filterBox.open = true;
  }
  announce.textContent = say('prompt');
  // meta.js is needed by every query: fetched with the page, so that on a
  // slow connection the first query waits for one file less.
  load('meta').catch(function () { /* the query says it failed */ });
  if (input.value) run(false, Math.min(Number(params.get(SHOWN_PARAM)) || 0, MAX_SHOWN));
}());
