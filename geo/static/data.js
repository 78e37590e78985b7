/*
 * Sitrep Map, the events as the browser holds them: the payload of geo.layers.encode_events
 * (a uint32 header length, a JSON header, then typed arrays; gzip, base64) read in place.
 * No object per event is made until a marker or popup needs one.
 */
(function (SM) {
  'use strict';

  var TYPED = {int8: Int8Array, int16: Int16Array, int32: Int32Array};

  // Synchronous (fflate): an awaited DecompressionStream waits behind the host page's work.
  function unpack(b64) {
    var packed = Uint8Array.fromBase64 ? Uint8Array.fromBase64(b64)
      : Uint8Array.from(atob(b64), function (ch) { return ch.charCodeAt(0); });
    var raw = fflate.gunzipSync(packed);
    if (raw.byteOffset !== 0) { raw = raw.slice(); }  // the arrays below need aligned offsets
    var buf = raw.buffer;
    var headLength = new DataView(buf).getUint32(0, true);
    var head = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, headLength)));
    var start = 4 + headLength, cols = {};
    Object.keys(head.arrays).forEach(function (name) {
      var a = head.arrays[name];
      cols[name] = new TYPED[a[0]](buf, start + a[1], a[2]);
    });
    return {head: head, cols: cols};
  }

  /**
   * Fetch the JSON file at `url` and give it to `use` (nothing on failure). A name ending in .gz
   * is a gzip copy (geo.assets.pack_basemap), unpacked here: the server sends it as it is. The
   * browser's own gunzip (DecompressionStream) unpacks it as it arrives; fflate's, in script,
   * took 6 to 50 ms of the page's main thread per open for the outlines alone, just as the map
   * drew its first view (README, "page open").
   */
  SM.fetchJson = function (url, use) {
    fetch(url).then(function (r) {
      if (!/\.gz$/.test(url)) { return r.json(); }
      if (typeof DecompressionStream === 'function' && r.body) {
        return new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).json();
      }
      return r.arrayBuffer().then(function (b) {
        return JSON.parse(fflate.strFromU8(fflate.gunzipSync(new Uint8Array(b))));
      });
    }).then(use).catch(function () {});
  };

  /**
   * The events of one map: columns by name, plus accessors for one event.
   * @param {string} b64 the packed payload
   * @param {object} config the map's configuration (scale, column names)
   */
  function Events(b64, config) {
    var unpacked = unpack(b64);
    this.n = unpacked.head.n;
    this.values = unpacked.head.values;
    this.omitted = unpacked.head.omitted;
    this.cols = unpacked.cols;
    this.lat = unpacked.cols.lat;
    this.lon = unpacked.cols.lon;
    this.config = config;
  }

  /** The text of column `name` for event `i`, or null. */
  Events.prototype.text = function (name, i) {
    var values = this.values[name];
    if (!values) { return null; }
    var c = this.cols[name][i];
    return c < 0 ? null : values[c];
  };

  /** The number in column `name` for event `i`, or null when not reported. */
  Events.prototype.num = function (name, i) {
    var v = this.cols[name][i];
    return v < 0 ? null : v;
  };

  /** Event `i` as a plain object (only for what is drawn or opened). */
  Events.prototype.event = function (i) {
    var self = this, scale = this.config.scale;
    var e = {i: i, lat: this.lat[i] / scale, lon: this.lon[i] / scale};
    this.config.text_columns.forEach(function (c) { e[c] = self.text(c, i); });
    this.config.number_columns.forEach(function (c) { e[c] = self.num(c, i); });
    // placed only at a country or an area across regions (geo.precision.wider_than_region)
    e.wide = !!(this.cols.stack_wide && this.cols.stack_wide[this.cols.stack[i]]);
    return e;
  };

  /**
   * Events drawn as one: the same place at the same precision, or the same region
   * (geo.layers.stack_codes numbers them). `start[s]..start[s + 1]` indexes `members`.
   */
  Events.prototype.buildStacks = function () {
    var code = this.cols.stack, n = this.n, count = 0, i;
    for (i = 0; i < n; i++) { if (code[i] >= count) { count = code[i] + 1; } }
    var start = new Int32Array(count + 1), members = new Int32Array(n), fill = new Int32Array(count);
    for (i = 0; i < n; i++) { start[code[i] + 1] += 1; }
    for (i = 0; i < count; i++) { start[i + 1] += start[i]; }
    for (i = 0; i < n; i++) { members[start[code[i]] + fill[code[i]]++] = i; }
    this.stacks = {count: count, start: start, members: members};
  };

  /** The index of each event's weapon category in `categories` (unknown and none: 'none'). */
  Events.prototype.categoryIndex = function (categories) {
    var values = this.values.weapon_category || [], none = categories.indexOf('none');
    var byCode = values.map(function (v) { var k = categories.indexOf(v); return k < 0 ? none : k; });
    var codes = this.cols.weapon_category, out = new Int8Array(this.n);
    for (var i = 0; i < this.n; i++) { out[i] = codes[i] < 0 ? none : byCode[codes[i]]; }
    return out;
  };

  /** The code of event `i`'s report group (geo.map_payload.report_codes), -1 when alone. */
  Events.prototype.reportOf = function (i) {
    return this.cols.report ? this.cols.report[i] : -1;
  };

  /** Members of stack `s` that `on` keeps, newest first (by date, then by order in the data). */
  Events.prototype.newestFirst = function (s, on) {
    var st = this.stacks, self = this, out = [];
    for (var k = st.start[s]; k < st.start[s + 1]; k++) {
      if (on[st.members[k]]) { out.push(st.members[k]); }
    }
    return out.sort(function (a, b) {
      var da = self.text('event_date', a) || '', db = self.text('event_date', b) || '';
      return da < db ? 1 : da > db ? -1 : b - a;
    });
  };

  /**
   * The newest member of stack `s` that `on` keeps (as newestFirst orders them) and how many
   * entries its popup lists (the records of one report at one place and date are one entry),
   * in one pass: a marker needs no more (a sort of 8,000 events per marker does not).
   * @returns {{newest: number, count: number}} newest is -1 when none is kept
   */
  Events.prototype.newestOf = function (s, on) {
    var st = this.stacks, best = -1, bestDate = '', count = 0, report = this.cols.report, grouped = null;
    for (var k = st.start[s]; k < st.start[s + 1]; k++) {
      var i = st.members[k];
      if (!on[i]) { continue; }
      count += 1;
      if (report && report[i] >= 0) { (grouped = grouped || new Set()).add(report[i]); count -= 1; }
      var d = this.text('event_date', i) || '';
      if (best < 0 || d > bestDate || (d === bestDate && i > best)) { best = i; bestDate = d; }
    }
    // count: what the popup lists, a report's records at one place and date as one entry
    return {newest: best, count: count + (grouped ? grouped.size : 0)};
  };

  /** The bounds of every event, or null when there are none. */
  Events.prototype.bounds = function () {
    if (!this.n) { return null; }
    var s = this.config.scale, la = this.lat, lo = this.lon;
    var south = Infinity, north = -Infinity, west = Infinity, east = -Infinity;
    for (var i = 0; i < this.n; i++) {
      if (la[i] < south) { south = la[i]; }
      if (la[i] > north) { north = la[i]; }
      if (lo[i] < west) { west = lo[i]; }
      if (lo[i] > east) { east = lo[i]; }
    }
    return L.latLngBounds([south / s, west / s], [north / s, east / s]);
  };

  SM.Events = Events;
})(window.SitrepMap = window.SitrepMap || {});
