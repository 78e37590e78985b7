/*
 * Sitrep Map, density per region: the first-level regions (the basemap's approximate outlines,
 * geo.assets.build_regions) filled by the number of events inside each, the region's name and
 * number in a tooltip. Which region holds each stack's point is found once, when the outlines
 * arrive (the first region in the file whose rings hold it, even-odd rule, as
 * geo.density.region_counts); a redraw then only adds up the stacks switched on per region
 * (after the layer toggles and the time window) and paints the regions with events on one
 * canvas of our own (outlines projected once, as basemap.js does; one path per shade).
 * density.js offers it as the "Regions" choice. The map's container carries
 * data-sm-region-cells (regions with events), -total, -ms and -setup-ms (finding the stacks'
 * regions, once); handle.density.regions.counts()
 * gives {key: count} ("country|admin1").
 */
(function (SM) {
  'use strict';

  /** One region: its rings as flat lon/lat pairs, their box, the same rings in Web Mercator
   * units for drawing, its key and name. */
  function prepare(feature) {
    var rings = [], units = [], box = [Infinity, Infinity, -Infinity, -Infinity], p = feature.properties || {};
    SM.polygonsOf(feature.geometry).forEach(function (poly) {
      poly.forEach(function (coords) {
        units.push(SM.unitRing(coords));
        var xy = new Float64Array(coords.length * 2);
        coords.forEach(function (c, j) {
          xy[2 * j] = c[0]; xy[2 * j + 1] = c[1];
          box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
          box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
        });
        rings.push(xy);
      });
    });
    return {rings: rings, units: units, box: box, key: p.country + '|' + p.admin1, name: p.label || p.admin1 || ''};
  }

  /** Whether point (x, y) (lon, lat) lies inside `region` (even-odd over all its rings). */
  function inside(region, x, y) {
    var b = region.box, odd = false;
    if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) { return false; }
    for (var r = 0; r < region.rings.length; r++) {
      var xy = region.rings[r], n = xy.length / 2;
      for (var i = 0, j = n - 1; i < n; j = i++) {
        var xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
        if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) { odd = !odd; }
      }
    }
    return odd;
  }

  function Choropleth(view) {
    var self = this;
    this.view = view;
    this.map = view.map;
    this.regions = null;   // prepared regions, once the outlines are there
    this.of = null;        // per stack: the index of its region, -1 for none
    this.drawnCounts = null;  // per region: the events painted, null when none are
    this.asked = false;
    // its renderer clears the canvas after each move and then calls paint(); on the map only
    // while regions are drawn (an empty canvas is still composited each frame)
    this.canvas = SM.steadyCanvas({padding: SM.CANVAS_PADDING});
    this.canvas._draw = function () { self.paint(); };
    this.tip = L.tooltip({direction: 'top', offset: [0, -6], className: 'sm-density-tip'});
    this.map.on('mousemove', function (e) { self.hover(e); });
  }

  /** The outlines (inline, or fetched once from regions_url); `then` runs when they are there. */
  Choropleth.prototype.load = function (then) {
    var self = this, config = this.view.config;
    if (this.regions) { then(); return; }
    if (config.regions_data) { this.setData(config.regions_data); then(); return; }
    if (this.asked || !config.regions_url) { return; }
    this.asked = true;
    SM.fetchJson(config.regions_url, function (d) { self.setData(d); then(); });
  };

  Choropleth.prototype.setData = function (geojson) {
    var pos = this.view.pos, scale = this.view.config.scale, started = performance.now();
    var features = geojson.features || [];
    this.regions = features.map(prepare);
    this.of = new Int16Array(pos.lat.length).fill(-1);
    for (var s = 0; s < pos.lat.length; s++) {
      if (pos.wide[s]) { continue; }  // placed only at a country or across regions: in none
      var x = pos.lon[s] / scale, y = pos.lat[s] / scale;
      for (var k = 0; k < this.regions.length; k++) {
        if (inside(this.regions[k], x, y)) { this.of[s] = k; break; }
      }
    }
    this.view.box.dataset.smRegionSetupMs = String(Math.round(performance.now() - started));
  };

  /** The tooltip of region `k`: its name and number, as text. */
  Choropleth.prototype.tipOf = function (k) {
    var div = document.createElement('div'), n = (this.drawnCounts || [])[k] || 0;
    div.textContent = this.regions[k].name + ': ' + n.toLocaleString('en') + (n === 1 ? ' event' : ' events');
    return div;
  };

  /** Events switched on per region (stacks count at their point, as the hexagons do). */
  Choropleth.prototype.count = function () {
    var shown = this.view.shown.count, of = this.of, counts = new Int32Array(this.regions.length);
    for (var s = 0; s < shown.length; s++) {
      if (shown[s] && of[s] >= 0) { counts[of[s]] += shown[s]; }
    }
    return counts;
  };

  /** {"country|admin1": events} of the regions drawn (tests and scripts). */
  Choropleth.prototype.counts = function () {
    var out = {}, self = this;
    (this.drawnCounts || []).forEach(function (n, k) { if (n) { out[self.regions[k].key] = n; } });
    return out;
  };

  /** Fill each region by its count (log scale of the largest). Outlines still to be fetched
   * are painted on arrival if `wanted()` still says so. */
  Choropleth.prototype.draw = function (wanted) {
    var self = this;
    this.load(function () { if (wanted()) { self.recount(); } });
  };

  Choropleth.prototype.recount = function () {
    var started = performance.now(), counts = this.count(), total = 0, cells = 0, before = this.drawnCounts;
    counts.forEach(function (n) { total += n; cells += n ? 1 : 0; });
    this.drawnCounts = counts;
    // after a move the renderer repaints by itself: only new counts need a paint here
    if (!this.map.hasLayer(this.canvas)) { this.map.addLayer(this.canvas); }
    else if (!before || counts.some(function (n, k) { return n !== before[k]; })) { this.canvas._redraw(); }
    var box = this.view.box;
    box.dataset.smRegionCells = String(cells);
    box.dataset.smRegionTotal = String(total);
    box.dataset.smRegionMs = String(Math.round(performance.now() - started));
  };

  /** Paint the regions with events on the cleared canvas: one path per shade, even-odd, so
   * that a region round another (Kyiv's around the city) keeps its hole. */
  Choropleth.prototype.paint = function () {
    var ctx = this.canvas._ctx, counts = this.drawnCounts, map = this.map, self = this;
    if (!ctx || !counts || !this.canvas._bounds || map._animatingZoom) { return; }
    var f = SM.frameOf(map, this.canvas), most = 1, byShade = {};
    counts.forEach(function (n) { if (n > most) { most = n; } });
    counts.forEach(function (n, k) {
      if (!n) { return; }
      var colour = SM.shade(n, most);
      (byShade[colour] = byShade[colour] || []).push.apply(byShade[colour], self.regions[k].units);
    });
    ctx.lineWidth = 0.8; ctx.strokeStyle = '#7a0019'; ctx.lineJoin = 'round';
    Object.keys(byShade).forEach(function (colour) {
      ctx.beginPath();
      SM.traceRings(ctx, byShade[colour], f);
      ctx.globalAlpha = 0.7; ctx.fillStyle = colour; ctx.fill('evenodd');
      ctx.globalAlpha = 1; ctx.stroke();
    });
  };

  /** The region under the pointer, its name and number in a tooltip (text only). */
  Choropleth.prototype.hover = function (e) {
    var counts = this.drawnCounts;
    if (!counts) { return; }
    for (var k = 0; k < counts.length; k++) {
      if (counts[k] && inside(this.regions[k], e.latlng.lng, e.latlng.lat)) {
        this.tip.setLatLng(e.latlng).setContent(this.tipOf(k));
        if (!this.map.hasLayer(this.tip)) { this.tip.addTo(this.map); }
        return;
      }
    }
    this.map.closeTooltip(this.tip);
  };

  Choropleth.prototype.clear = function () {
    this.drawnCounts = null;
    if (this.map.hasLayer(this.canvas)) { this.map.removeLayer(this.canvas); }
    this.map.closeTooltip(this.tip);
    delete this.view.box.dataset.smRegionCells;
  };

  SM.Choropleth = Choropleth;
})(window.SitrepMap = window.SitrepMap || {});
