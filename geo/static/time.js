/*
 * Sitrep Map, the time control: a slider and a play button on the map that step through days or
 * weeks and show only the events of that window. Computed here from the payload's event_date
 * column (one day number per event, made once), so a step never reruns the page.
 * Loaded after map.js, it wraps SitrepMap.start: each map's view gets a window mask that its
 * `visible` test consults before the layer toggles; a step from one window to the next is one
 * `update` of the view with the events that leave or enter (to or from every date, a `refresh`).
 * The map's container carries data-sm-time-window ('' for all dates, else 'first/last' day,
 * ISO) and data-sm-time-step-ms (the script's time for the last step) for tests and benchmarks.
 */
(function (SM) {
  'use strict';

  var DAY_MS = 86400000;
  var UNDATED = -2147483647;
  var PLAY_MS = 900;             // one step every 0.9 s while playing
  var WEEKLY_ABOVE_DAYS = 120;   // as geo.timeline: longer spans step by week
  var FIRST_MONDAY = 4;          // 1970-01-05, day number 4, was a Monday
  var LENGTH = {day: 1, week: 7};

  /** Per event: its day number since 1970-01-01 (UTC), UNDATED when it has no date. */
  function dayNumbers(events) {
    var values = events.values.event_date || [], codes = events.cols.event_date, n = events.n;
    var byCode = new Int32Array(values.length);
    values.forEach(function (v, k) {
      var t = Date.parse(v);  // 'YYYY-MM-DD' reads as UTC midnight
      byCode[k] = isNaN(t) ? UNDATED : Math.floor(t / DAY_MS);
    });
    var out = new Int32Array(n);
    for (var i = 0; i < n; i++) { out[i] = codes[i] < 0 ? UNDATED : byCode[codes[i]]; }
    return out;
  }

  function binStart(day, size) {
    return size === 'week' ? day - (((day - FIRST_MONDAY) % 7) + 7) % 7 : day;
  }

  function isoDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  /**
   * The steps of one map: its events' day numbers, first and last day, the windows, and the
   * dated events in order of day (`order`, `sorted` their days), so that a window is one run of
   * `order` and a step touches only the events that leave or enter it.
   * @param {object} events SM.Events
   */
  function Timeline(events) {
    this.day = dayNumbers(events);
    var first = Infinity, last = -Infinity;
    for (var i = 0; i < this.day.length; i++) {
      var d = this.day[i];
      if (d === UNDATED) { continue; }
      if (d < first) { first = d; }
      if (d > last) { last = d; }
    }
    this.first = first; this.last = last;
    this.dated = first <= last;
    this.mask = new Uint8Array(this.day.length);
    this.range = [0, 0];  // the run of `order` the mask holds
    this.sortByDay();
    this.setSize(this.dated && last - first > WEEKLY_ABOVE_DAYS ? 'week' : 'day');
  }

  /** The dated events by day (a counting sort: one pass to count, one to place). */
  Timeline.prototype.sortByDay = function () {
    var day = this.day, days = this.dated ? this.last - this.first + 1 : 0, i;
    var at = new Int32Array(days + 1);
    for (i = 0; i < day.length; i++) { if (day[i] !== UNDATED) { at[day[i] - this.first + 1] += 1; } }
    for (i = 0; i < days; i++) { at[i + 1] += at[i]; }
    this.order = new Int32Array(at[days]);
    this.sorted = new Int32Array(at[days]);
    for (i = 0; i < day.length; i++) {
      if (day[i] === UNDATED) { continue; }
      var k = at[day[i] - this.first]++;
      this.order[k] = i; this.sorted[k] = day[i];
    }
  };

  /** Where day `d` starts in `order`: the first place whose day is `d` or later. */
  Timeline.prototype.lowerBound = function (d) {
    var lo = 0, hi = this.sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (this.sorted[mid] < d) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  };

  /** Step by 'day' or 'week' (weeks run Monday to Sunday). */
  Timeline.prototype.setSize = function (size) {
    this.size = size;
    this.start = this.dated ? binStart(this.first, size) : 0;
    this.steps = this.dated ? Math.floor((this.last - this.start) / LENGTH[size]) + 1 : 0;
  };

  /** The first and last day of window `k`. */
  Timeline.prototype.window = function (k) {
    var a = this.start + k * LENGTH[this.size];
    return [a, a + LENGTH[this.size] - 1];
  };

  /** Set the mask to the events of window `k`, changing only the events that leave the last
   * window or enter this one; those events (whose mask changed), in a view of a buffer kept
   * from step to step (no array grown anew on each step), valid until the next call. */
  Timeline.prototype.select = function (k) {
    var w = this.window(k), lo = this.lowerBound(w[0]), hi = this.lowerBound(w[1] + 1);
    var was = this.range, order = this.order, mask = this.mask, n = 0, j;
    var most = (was[1] - was[0]) + (hi - lo);
    if (!this.changed || this.changed.length < most) { this.changed = new Int32Array(Math.max(most, 1024)); }
    var changed = this.changed;
    for (j = was[0]; j < was[1]; j++) {
      if (j < lo || j >= hi) { mask[order[j]] = 0; changed[n++] = order[j]; }
    }
    for (j = lo; j < hi; j++) {
      if (j < was[0] || j >= was[1]) { mask[order[j]] = 1; changed[n++] = order[j]; }
    }
    this.range[0] = lo; this.range[1] = hi;
    return changed.subarray(0, n);
  };

  /** How many events the window selected last holds. */
  Timeline.prototype.count = function () { return this.range[1] - this.range[0]; };

  function button(parent, cls, text, title) {
    var b = L.DomUtil.create('button', cls, parent);
    b.type = 'button'; b.textContent = text; b.title = title;
    return b;
  }

  /** The control's elements: play, slider, step size, all dates, and the window in words. */
  function controlBody(div) {
    var parts = {
      play: button(div, 'sm-time-play', '▶', 'Play: step through the dates'),
      slider: L.DomUtil.create('input', 'sm-time-slider', div),
      size: L.DomUtil.create('select', 'sm-time-size', div),
      all: button(div, 'sm-time-all', 'All', 'Show every date again'),
      label: L.DomUtil.create('div', 'sm-time-label', div)
    };
    parts.slider.type = 'range'; parts.slider.min = '0'; parts.slider.max = '0'; parts.slider.step = '1';
    // position 0 is every date, 1 the first window, and so on: each window has a position of its
    // own (0 for both the first day and every date left the first day out of arrow keys)
    parts.slider.title = 'Choose a day or week (far left: every date)';
    ['day', 'week'].forEach(function (s) {
      var o = document.createElement('option'); o.value = s; o.textContent = 'by ' + s;
      parts.size.appendChild(o);
    });
    parts.label.textContent = 'All dates';
    return parts;
  }

  /**
   * The time control of one map (see the file's comment).
   * @param {object} handle what SitrepMap.start returned
   */
  function TimeControl(handle) {
    this.view = handle.view;
    this.box = this.view.box;
    this.line = null;     // Timeline, made when the events are there
    this.k = -1;          // the window shown, -1 for all dates
    this.timer = null;
    this.box.dataset.smTimeWindow = '';
    var original = this.view.visible, load = this.view.load, self = this;
    this.view.visible = function (i) {
      return (self.k < 0 || self.line.mask[i] === 1) && original.call(this, i);
    };
    // the step that fits the span (weeks past 120 days) shows as soon as the events are there;
    // a map without dated events (the range tool's) has no time control
    this.view.load = function (events) {
      load.call(this, events);
      if (self.parts) { self.div.style.display = self.ready() ? '' : 'none'; }
    };
  }

  TimeControl.prototype.ready = function () {
    if (!this.line && this.view.events) {
      this.line = new Timeline(this.view.events);
      this.parts.size.value = this.line.size;
      this.parts.slider.max = String(this.line.steps);
      this.parts.slider.value = '0';
    }
    return !!(this.line && this.line.dated);
  };

  /**
   * Show window `k` (-1: every date); times the script's share in data-sm-time-step-ms. From one
   * window to another only the events that leave or enter are switched (view.update); from or
   * to every date, the view is refreshed whole.
   */
  TimeControl.prototype.show = function (k) {
    if (!this.ready()) { return; }
    var started = performance.now(), line = this.line, count = 0, changed = null, was = this.k;
    this.k = Math.max(-1, Math.min(k, line.steps - 1));
    if (this.k >= 0) { changed = line.select(this.k); count = line.count(); }
    // the map's count says a window without events is empty, not that something is switched off
    this.view.emptyWindow = this.k >= 0 && count === 0 ? line.size : '';
    if (was >= 0 && changed) { this.view.update(changed); } else { this.view.refresh(); }
    var w = this.k >= 0 ? line.window(this.k) : null;
    this.box.dataset.smTimeWindow = w ? isoDay(w[0]) + '/' + isoDay(w[1]) : '';
    this.parts.slider.value = String(this.k + 1);
    this.parts.label.textContent = !w ? 'All dates'
      : (w[0] === w[1] ? isoDay(w[0]) : isoDay(w[0]) + ' – ' + isoDay(w[1])) +
        ' · ' + count + (count === 1 ? ' event' : ' events');
    this.box.dataset.smTimeStepMs = String(Math.round(performance.now() - started));
  };

  /** Play from the next window (the first when all dates are shown); stop at the last. */
  TimeControl.prototype.play = function () {
    if (!this.ready()) { return; }
    var self = this;
    if (this.k < 0 || this.k >= this.line.steps - 1) { this.show(0); } else { this.show(this.k + 1); }
    this.parts.play.textContent = '❚❚'; this.parts.play.title = 'Pause';
    this.timer = setInterval(function () {
      if (self.k >= self.line.steps - 1) { self.pause(); return; }
      self.show(self.k + 1);
    }, PLAY_MS);
  };

  TimeControl.prototype.pause = function () {
    clearInterval(this.timer); this.timer = null;
    this.parts.play.textContent = '▶'; this.parts.play.title = 'Play: step through the dates';
  };

  /** The next window; what play does at each tick (tests and benchmarks call it too). */
  TimeControl.prototype.step = function () {
    if (!this.ready()) { return; }
    this.show(this.k >= this.line.steps - 1 ? 0 : this.k + 1);
  };

  TimeControl.prototype.wire = function () {
    var self = this, p = this.parts;
    p.play.addEventListener('click', function () { if (self.timer) { self.pause(); } else { self.play(); } });
    p.slider.addEventListener('input', function () { self.pause(); self.show(Number(p.slider.value) - 1); });
    p.size.addEventListener('change', function () {
      if (!self.ready()) { return; }
      self.pause(); self.line.setSize(p.size.value);
      p.slider.max = String(self.line.steps);
      self.show(self.k < 0 ? -1 : 0);
    });
    p.all.addEventListener('click', function () { self.pause(); self.show(-1); });
  };

  // The legend (bottom left, up to 262 px wide open) and this control (250 px) side by side, with
  // the corners' margins: on a narrower map the control sits above the legend, in its corner, so
  // that neither ever covers the other.
  var SIDE_BY_SIDE_PX = (250 + 2 * 6) + 250 + 3 * 10;
  // On a phone's map the control is smaller (no day/week box: the size stays as set, smaller
  // type and margins), so it covers less of the map's south.
  var COMPACT_BELOW_PX = 480;
  var BARE_BELOW_PX = 230 + 20;  // (no day/week box: the size stays as set)

  /** The corner for the control on `map` now, and its width there. */
  function place(map, control, div) {
    var width = map.getSize().x, corner = width < SIDE_BY_SIDE_PX ? 'bottomleft' : 'bottomright';
    div.style.maxWidth = Math.max(width - 20, 0) + 'px';  // the corners' margins, 10 px each
    L.DomUtil[width < COMPACT_BELOW_PX ? 'addClass' : 'removeClass'](div, 'sm-time-compact');
    L.DomUtil[width < BARE_BELOW_PX ? 'addClass' : 'removeClass'](div, 'sm-time-bare');
    if (control.getPosition() !== corner) { control.setPosition(corner); }
  }

  TimeControl.prototype.addTo = function (map) {
    var control = L.control({position: 'bottomright'}), self = this;
    control.onAdd = function () {
      if (self.div) { return self.div; }  // moved to another corner: the same control
      var div = L.DomUtil.create('div', 'sm-time');
      self.div = div;
      self.parts = controlBody(div);
      self.wire();
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    control.addTo(map);
    place(map, control, this.div);
    map.on('resize', function () { place(map, control, self.div); });
    return this;
  };

  var start = SM.start;
  /** SitrepMap.start, and the time control on the map it draws (handle.time). */
  SM.start = function (map, payload, config) {
    var handle = start(map, payload, config);
    handle.time = new TimeControl(handle).addTo(map);
    return handle;
  };
  SM.Timeline = Timeline;
})(window.SitrepMap = window.SitrepMap || {});
