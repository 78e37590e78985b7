/*
 * Sitrep Map, the entry point: SitrepMap.start(map, payload, config) draws the events of
 * geo.layers.EventLayers on a Leaflet map. Events at one place or region are one marker (a
 * stack, with a count and a paged popup). Up to config.cluster_above events every stack gets
 * its marker; above that they are clustered (cluster.js) and only what is in view is drawn,
 * again on every pan or zoom. Markers that cover each other fan out on a click (spider.js).
 * The map's container carries data-sm-* attributes the tests and benchmarks read: ready ('0',
 * '1' or 'error'), total, shown, in-view, draw-ms (first draw) and redraw-ms (the last one).
 */
(function (SM) {
  'use strict';

  // Popups keep clear of the layer control (top right) and the map's edges.
  var POPUP = {maxWidth: 340, offset: [0, -10], autoPanPaddingTopLeft: [16, 64], autoPanPaddingBottomRight: [16, 16]};

  var MADE_MAX = 5000;  // stack markers kept for reuse

  /** The named layers the events are drawn into. */
  function featureGroups(map) {
    return {
      extents: L.featureGroup().addTo(map),   // precision circles and region outlines
      markers: L.featureGroup().addTo(map),   // stack markers in view
      clusters: L.featureGroup().addTo(map)   // cluster markers in view
    };
  }

  function View(map, config) {
    this.map = map;
    this.config = config;
    this.box = map.getContainer();
    this.groups = featureGroups(map);
    this.spider = new SM.Spider(map);
    this.events = null;  // SM.Events, once unpacked
    this.on = null;      // 1 per event whose type and category are switched on
    this.shown = null;   // per stack: events switched on, and their weapon categories
    this.shownTotal = 0; // events switched on
    this.pos = null;     // per stack: position
    this.made = new Map();  // stack -> {s, marker, extent, open}, kept across pans and zooms
    this.drawn = [];     // what of `made` is on the map now
    this.spare = [];     // markers on the map whose stacks changed, to be made over
    this.spareExtents = [];  // their precision shapes, still on the map
    this.extents = new Map();  // stack -> {key, layer}: its precision shape, kept while it looks the same
    this.clusters = new SM.ClusterMarks(map, config, this.groups.clusters);  // those on the map now
    this.toggles = null;
  }

  /** Take everything off the map; `forget` also drops the markers made (the toggles changed). */
  View.prototype.clear = function (forget) {
    this.spider.fold();
    this.groups.markers.clearLayers();
    this.groups.extents.clearLayers();
    this.groups.clusters.clearLayers();
    this.clusters.clear();
    this.drawn = [];
    this.spare = [];
    this.spareExtents = [];
    if (forget) { this.made = new Map(); this.extents = new Map(); }
  };

  View.prototype.visible = function (i) {
    var ev = this.events, t = this.toggles;
    return t.types[ev.text('event_type', i)] !== false &&
      t.categories[ev.text('weapon_category', i) || 'none'] !== false;
  };

  View.prototype.openStack = function (s, latlng, focus) {
    // as wide as the map leaves room for (a phone's map is 390 px): never past its right edge
    var width = Math.max(Math.min(POPUP.maxWidth, this.map.getSize().x - 70), 150);
    var view = this, ids = this.events.newestFirst(s, this.on);
    var popup = L.popup(L.extend({}, POPUP, {maxWidth: width, minWidth: Math.min(50, width)}));
    function details(e) { return SM.popup(view.config, view.events.omitted, e); }
    function eventOf(i) { return view.events.event(i); }
    function placeOf(i) { return view.events.text('place', i); }
    function reportOf(i) { return view.events.reportOf(i); }
    var first = eventOf(ids[0]);
    var somewhere = first.wide || first.geo_precision === view.config.geo_precision.REGION;
    var content = ids.length === 1 ? details(first)
      : SM.stackPopup(ids, eventOf, placeOf, details, function () { popup.update(); }, focus, somewhere, reportOf,
        function (e) { return SM.shownDay(view.config, e); });
    popup.setLatLng(latlng).setContent(content).openOn(this.map);
  };

  /** A marker of `spare` that looks as `look` says (only moved then), else any; taken out. */
  function takeSpare(spare, look) {
    for (var k = spare.length - 1; k >= 0; k--) {
      if (spare[k].smLook !== look) { continue; }
      var m = spare[k];
      spare[k] = spare[spare.length - 1]; spare.pop();
      return m;
    }
    return spare.pop();
  }

  /** One marker for stack `s`: its newest event's look, a count when it holds more than one.
   * One of `spare` (markers of stacks that changed, still on the map) is made over when there
   * is one: one that looks the same is only moved and titled, another gets the icon. */
  View.prototype.makeStack = function (s, spare) {
    var view = this, top = this.events.newestOf(s, this.on), e = this.events.event(top.newest);
    var scale = this.config.scale, where = L.latLng(this.pos.lat[s] / scale, this.pos.lon[s] / scale);
    e.lat = where.lat; e.lon = where.lng;  // drawn where the stack was clustered (its most shared point)
    var icon = SM.icon(this.config, e, top.count), title = e.place || '', look = icon.options.look;
    var marker = spare ? takeSpare(spare, look) : undefined;
    if (marker) {  // its element filled again in place (look.js), not a new one added
      var el = marker.getElement();
      marker.options.title = title;
      if (marker.smLook === look && el) { marker.options.icon = icon; } else { marker.setIcon(icon); }
      if (!marker.getLatLng().equals(where, 0)) { marker.setLatLng(where); }
      if (el && el.title !== title) { el.title = title; }
    } else {
      marker = SM.marker(where, {icon: icon, title: title});
      // The popup belongs to the map, not the marker: in clustered mode panning redraws the
      // markers in view, which would otherwise close the popup the pan was made to show.
      marker.on('click', function (ev) {  // (by Enter or Space: the fan-out opens its popup, spider.js)
        var group = view.spider.near(view.drawn, marker.getLatLng()), key = ev.originalEvent && ev.originalEvent.type === 'keydown';
        if (group.length > 1) { view.spider.open(group, key ? marker : null); } else { view.spider.fold(); marker.smMade.open(); }
      });
    }
    marker.smLook = look;
    marker.smMade = {s: s, marker: marker, extent: this.extentOf(s, e),
      open: function (at) { view.openStack(s, at || marker.getLatLng()); }};
    return marker.smMade;
  };

  /** Stack `s`'s precision shape for its newest event `e`: the one it had when it looks the
   * same (a step remakes the markers of the stacks it changes; a region's outline made again
   * was its GeoJSON read into new points, projected and added as a new SVG path each time). */
  View.prototype.extentOf = function (s, e) {
    var key = SM.extentKey(this.config, e), had = this.extents.get(s);
    if (had && had.key === key) { return had.layer; }
    var layer = SM.extentOf(this.config, e);
    this.extents.set(s, {key: key, layer: layer});
    return layer;
  };

  /** Redraw what is in view at the current zoom (clustered), or every stack (not clustered). */
  View.prototype.draw = function () {
    var started = performance.now(), config = this.config, wanted = [];
    var b = this.map.getBounds(), s = config.scale, zoom = Math.round(this.map.getZoom());
    var box = {south: b.getSouth() * s, north: b.getNorth() * s, west: b.getWest() * s, east: b.getEast() * s};
    if (!config.clustered) { box = {south: -Infinity, north: Infinity, west: -Infinity, east: Infinity}; }
    // at the closest zoom (or unclustered) every stack is its own marker
    var found = SM.grid(config, this.pos, this.shown, box, zoom,
      !config.clustered || zoom > config.cluster_max_zoom);
    this.spider.fold();
    var clusters = [];
    found.cells.forEach(function (c) {
      if (c.gone) { return; }
      if (c.single || c.stacks < config.cluster_min) { wanted.push.apply(wanted, c.some); return; }
      clusters.push(c);
    });
    this.clusters.place(clusters, zoom);
    this.place(wanted);
    this.box.dataset.smInView = String(found.inView);
    this.box.dataset.smRedrawMs = String(Math.round(performance.now() - started));
  };

  /** Put the stacks `wanted` on the map, reusing the markers already made (and those of
   * stacks that changed, made over); take off the rest. */
  View.prototype.place = function (wanted) {
    var view = this, keep = new Set(wanted), groups = this.groups, spare = this.spare;
    if (this.made.size > MADE_MAX) {  // after a long walk at close zooms: keep what is drawn
      this.made = new Map(this.drawn.filter(function (d) { return keep.has(d.s); })
        .map(function (d) { return [d.s, d]; }));
    }
    if (this.extents.size > MADE_MAX) {  // shapes kept for stacks made over: those drawn only
      this.extents = new Map(this.drawn.filter(function (d) { return view.extents.has(d.s); })
        .map(function (d) { return [d.s, view.extents.get(d.s)]; }));
    }
    this.drawn.forEach(function (d) {
      if (keep.has(d.s)) { return; }
      groups.markers.removeLayer(d.marker);
      if (d.extent) { groups.extents.removeLayer(d.extent); }
    });
    this.drawn = wanted.map(function (k) {
      var d = view.made.get(k);
      if (!d) { d = view.makeStack(k, spare); view.made.set(k, d); }
      if (!groups.markers.hasLayer(d.marker)) { groups.markers.addLayer(d.marker); }
      if (d.extent && !groups.extents.hasLayer(d.extent)) { groups.extents.addLayer(d.extent); }
      return d;
    });
    spare.forEach(function (m) { groups.markers.removeLayer(m); });
    this.spare = [];
    this.spareExtents.forEach(function (x) {  // those of stacks gone, or whose shape changed
      if (!keep.has(x.s) || view.made.get(x.s).extent !== x.layer) { groups.extents.removeLayer(x.layer); }
    });
    this.spareExtents = [];
  };

  /** Recompute which events are switched on, then draw them: only the stacks with an event
   * switched on or off get new markers (the arrays reused: a new set of them on every step of
   * the time control kept the garbage collector busy). */
  View.prototype.refresh = function () {
    var ev = this.events, st = ev.stacks, C = this.config.categories.length, shown = 0;
    var again = !!this.on && this.on.length === ev.n && this.shown.count.length === st.count;
    if (again) {
      this.was = this.was || new Uint8Array(ev.n);
      this.was.set(this.on);
      this.on.fill(0); this.shown.count.fill(0); this.shown.cats.fill(0);
    } else {
      this.clear(true);
      this.on = new Uint8Array(ev.n);
      this.shown = {count: new Int32Array(st.count), cats: new Int32Array(st.count * C)};
    }
    for (var i = 0; i < ev.n; i++) {
      if (!this.visible(i)) { continue; }
      var s = ev.cols.stack[i];
      this.on[i] = 1; shown += 1;
      this.shown.count[s] += 1;
      if (this.cats[i] >= 0) { this.shown.cats[s * C + this.cats[i]] += 1; }
    }
    this.shownTotal = shown;
    if (again) { this.forget(this.changedStacks(this.was)); }
    this.draw();
    this.box.dataset.smShown = String(shown);
    this.tell();
  };

  /** Say in the map's count (addCount) how many of the events it holds are on: the layer
   * toggles and the time control take some off, the page's filters none (they are the page's). */
  View.prototype.tell = function () {
    if (!this.count || !this.events) { return; }
    var n = this.events.n, on = this.shownTotal, words = function (k) { return k.toLocaleString('en-US'); };
    this.count.textContent = on === n ? words(n) + (n === 1 ? ' event' : ' events') + ' on the map'
      : words(on) + ' of ' + words(n) + ' events on the map' +
        (on > 0 ? ': the layers or the time control hide ' + words(n - on)
          : this.emptyWindow === 'day' ? ': no event on this day' : this.emptyWindow ? ': no event in this week' : ': every one is switched off (layers or time)');
    this.box.dataset.smCount = this.count.textContent;
    if (this.placeCount) { this.placeCount(); }
  };

  /** The count of events on the map (View.tell), top right under the layer control (on a
   * phone's map under the left corner's buttons: density.js placeCount). */
  function addCount(map, view) {
    var control = L.control({position: 'topright'});
    control.onAdd = function () {
      var div = L.DomUtil.create('div', 'sm-count');
      div.setAttribute('role', 'status');
      return div;
    };
    control.addTo(map);
    view.count = control.getContainer();
  }

  /** The stacks holding an event that `was` and `on` switch differently, as flags per stack in
   * an array kept from call to call (from every date to one day, a Set of 94,000 stacks was most
   * of the step's script): {size, has(s)}. */
  View.prototype.changedStacks = function (was) {
    var on = this.on, stack = this.events.cols.stack, count = this.events.stacks.count, size = 0;
    if (!this.flags || this.flags.length !== count) { this.flags = new Uint8Array(count); }
    var flags = this.flags.fill(0);
    for (var i = 0; i < on.length; i++) {
      if (on[i] !== was[i] && !flags[stack[i]]) { flags[stack[i]] = 1; size += 1; }
    }
    return {size: size, has: function (s) { return flags[s] === 1; }};
  };

  /**
   * Switch events `ids` on or off as `visible` now says (it changed for them only, e.g. they
   * left or entered the time window), then draw: only the stacks they belong to get new
   * markers; the others, and the clusters whose events are the same, stay as they are.
   * @param {number[]|Int32Array} ids events whose visibility may have changed
   */
  View.prototype.update = function (ids) {
    var ev = this.events, C = this.config.categories.length, shown = this.shown, changed = new Set();
    for (var k = 0; k < ids.length; k++) {
      var i = ids[k], now = this.visible(i) ? 1 : 0;
      if (now === this.on[i]) { continue; }
      var s = ev.cols.stack[i], d = now ? 1 : -1;
      this.on[i] = now; this.shownTotal += d;
      shown.count[s] += d;
      if (this.cats[i] >= 0) { shown.cats[s * C + this.cats[i]] += d; }
      changed.add(s);
    }
    this.forget(changed);
    this.draw();
    this.box.dataset.smShown = String(this.shownTotal);
    this.tell();
  };

  /** Drop the markers of stacks `stacks` (a Set, or changedStacks' flags: their events
   * changed): not kept for these stacks; those on the map stay there as spares for the next
   * `place` to make over. */
  View.prototype.forget = function (stacks) {
    if (!stacks.size) { return; }
    var made = this.made, spare = this.spare, spareExtents = this.spareExtents;
    this.drawn = this.drawn.filter(function (d) {
      if (!stacks.has(d.s)) { return true; }
      spare.push(d.marker);
      if (d.extent) { spareExtents.push({s: d.s, layer: d.extent}); }  // kept if it stays the same
      return false;
    });
    if (stacks.forEach && stacks.size < made.size) {
      stacks.forEach(function (s) { made.delete(s); });
    } else {  // fewer markers made than stacks changed: look each up
      made.forEach(function (d, s) { if (stacks.has(s)) { made.delete(s); } });
    }
  };

  // The first view keeps events clear of the controls as drawn (first_view.js); a fit to a few
  // markers stops at zoom 7 (closer, the offline basemap says nothing round a point).
  var FIT = {maxZoom: 9, animate: false}, FEW = 3, FEW_ZOOM = 7;
  var THEATRE_PX = [960, 600];  // the least map size the theatre's view is measured at

  /** The theatre's own first view (data/theatre.toml) as bounds, at the map's present size. */
  View.prototype.theatreBounds = function () {
    // at least a laptop's map: a tablet's narrow column (277 px) saw so little of the theatre
    // that events inside it opened at the theatre's view, cut off at its sides (newuser20)
    var v = this.config.view, map = this.map, size = map.getSize();
    var half = L.point(Math.max(size.x, THEATRE_PX[0]), Math.max(size.y, THEATRE_PX[1])).divideBy(2);
    var mid = map.project(v.centre, v.zoom);
    return L.latLngBounds(map.unproject(mid.add([-half.x, half.y]), v.zoom), map.unproject(mid.add([half.x, -half.y]), v.zoom));
  };

  /**
   * The first view: every event's point in sight when they all lie inside the theatre's view,
   * which is then the wider one; otherwise the theatre's view, so that one meeting abroad does
   * not open the map on a whole continent. Events that all lie outside the theatre are fitted as
   * they are. A region-level event counts by its point, not its region's whole outline: two
   * oblasts' outlines opened 25 events in eastern Ukraine at zoom 4, Berlin to Tehran
   * (newuser19); the outline is drawn round the point, and a zoom out shows it whole.
   */
  View.prototype.fit = function () {
    var bounds = this.events.bounds();
    if (!this.config.fit || !bounds) { return; }
    var theatre = this.theatreBounds();
    if (theatre.intersects(bounds) && !theatre.contains(bounds)) {
      this.map.setView(this.config.view.centre, this.config.view.zoom, {animate: false});
      return;
    }
    var few = this.events.stacks.count <= FEW, b = bounds.pad(0.05);
    this.map.fitBounds(b, L.extend({}, FIT, SM.fitPadding(this.map, b), few ? {maxZoom: FEW_ZOOM} : {}));
    SM.closer(this.map, this.pos, this.config.scale, few ? FEW_ZOOM : FIT.maxZoom, bounds);
  };

  View.prototype.load = function (events) {
    this.events = events;
    events.buildStacks();
    this.cats = events.categoryIndex(this.config.categories);
    this.pos = SM.project(events);
    this.refresh();
    this.fit();
    if (this.config.focus >= 0 && this.config.focus < events.n) { this.focusOn(this.config.focus); }
    // The page may size the map's frame after it was drawn: fit again until someone moves it.
    var view = this, moved = false;
    this.map.on('dragstart popupopen', function () { moved = true; });
    this.map.on('resize', function () { if (!moved) { view.fit(); } });
    // and the host page may set its own first view once this script has run
    setTimeout(function () { if (!moved && view.config.focus < 0) { view.fit(); } }, 0);
  };

  /** Centre event `i` (the row chosen in the table) and open its popup. */
  View.prototype.focusOn = function (i) {
    // at its stack's point: a region's events are drawn on a point of the region (geo.region_points)
    var cols = this.events.cols, s = cols.stack[i], scale = this.config.scale;
    var at = L.latLng(cols.stack_lat[s] / scale, cols.stack_lon[s] / scale);
    this.map.setView(at, Math.max(this.map.getZoom(), this.config.focus_zoom), {animate: false});
    this.openStack(this.events.cols.stack[i], at, i);
  };

  /**
   * Draw the packed events on `map`.
   * @param {L.Map} map the Leaflet map
   * @param {string} payload geo.layers.encode_events' output
   * @param {object} config geo.layers.EventLayers' configuration
   * @returns {{map: L.Map, refresh: function, event: function, groups: object}}
   */
  function start(map, payload, config) {
    var view = new View(map, config), started = performance.now();
    view.box.dataset.smReady = '0';
    var base = SM.addBasemap(map, config);
    SM.popupsOnTop(map);
    SM.wheelAfterClick(map);
    view.toggles = SM.addLayerControl(map, config, base, function () {
      if (view.events) { view.refresh(); }
    });
    map.on('moveend', function () { if (view.events && view.on && config.clustered) { view.draw(); } });
    SM.addLegend(map, config);
    if (config.legend.types.length) { addCount(map, view); }  // none on the range tool's map
    SM.addBaseLayerAfterPaint(map, base);
    new Promise(function (done) { done(new SM.Events(payload, config)); }).then(function (events) {
      view.load(events); base.canvas.setMarkers(view.pos);  // region names off the markers
      view.box.dataset.smTotal = String(events.n);
      view.box.dataset.smDrawMs = String(Math.round(performance.now() - started));
      view.box.dataset.smReady = '1';
    }).catch(function (err) { view.box.dataset.smReady = 'error'; throw err; });
    return {
      map: map,
      groups: view.groups,
      basemap: base.canvas,
      refresh: function () { view.refresh(); },
      event: function (i) { return view.events.event(i); },
      view: view
    };
  }

  SM.start = start;
})(window.SitrepMap = window.SitrepMap || {});
