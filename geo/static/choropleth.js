/*
 * Sitrep Map, density per region: the first-level regions (the basemap's approximate outlines,
 * geo.assets.build_regions) filled by the number of events inside each, the region's name and
 * number in a tooltip. Which region holds each stack's point is found once, when the outlines
 * arrive (the first region in the file whose rings hold it, even-odd rule, as
 * geo.density.region_counts); a redraw then only adds up the stacks switched on per region
 * (after the layer toggles and the time window) and restyles the regions whose count changed.
 * density.js offers it as the "Regions" choice. The map's container carries
 * data-sm-region-cells (regions with events), -total, -ms and -setup-ms (finding the stacks'
 * regions, once); handle.density.regions.counts()
 * gives {key: count} ("country|admin1").
 */
(function (SM) {
  'use strict';

  /** One region: its rings as flat lon/lat pairs, their box, its key and name. */
  function prepare(feature) {
    var rings = [], box = [Infinity, Infinity, -Infinity, -Infinity], p = feature.properties || {};
    SM.polygonsOf(feature.geometry).forEach(function (poly) {
      poly.forEach(function (coords) {
        var xy = new Float64Array(coords.length * 2);
        coords.forEach(function (c, j) {
          xy[2 * j] = c[0]; xy[2 * j + 1] = c[1];
          box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
          box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
        });
        rings.push(xy);
      });
    });
    return {rings: rings, box: box, key: p.country + '|' + p.admin1, name: p.label || p.admin1 || ''};
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
    this.view = view;
    this.map = view.map;
    this.regions = null;   // prepared regions, once the outlines are there
    this.of = null;        // per stack: the index of its region, -1 for none
    this.shapes = [];      // per region: its Leaflet layer
    this.drawnCounts = null;
    this.layer = L.featureGroup();
    this.renderer = L.canvas({padding: 0.2});
    this.asked = false;
  }

  /** The outlines (inline, or fetched once from regions_url); `then` runs when they are there. */
  Choropleth.prototype.load = function (then) {
    var self = this, config = this.view.config;
    if (this.regions) { then(); return; }
    if (config.regions_data) { this.setData(config.regions_data); then(); return; }
    if (this.asked || !config.regions_url) { return; }
    this.asked = true;
    fetch(config.regions_url).then(function (r) { return r.json(); })
      .then(function (d) { self.setData(d); then(); }).catch(function () {});
  };

  Choropleth.prototype.setData = function (geojson) {
    var self = this, pos = this.view.pos, scale = this.view.config.scale, started = performance.now();
    var features = geojson.features || [];
    this.regions = features.map(prepare);
    this.of = new Int16Array(pos.lat.length).fill(-1);
    for (var s = 0; s < pos.lat.length; s++) {
      var x = pos.lon[s] / scale, y = pos.lat[s] / scale;
      for (var k = 0; k < this.regions.length; k++) {
        if (inside(this.regions[k], x, y)) { this.of[s] = k; break; }
      }
    }
    this.shapes = features.map(function (f, r) {
      var shape = L.geoJSON(f, {renderer: self.renderer, style: {weight: 0.8, color: '#7a0019', fillOpacity: 0.7}});
      shape.bindTooltip(function () { return self.tipOf(r); }, {sticky: true, className: 'sm-density-tip'});
      return shape;
    });
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

  /** Fill each region by its count (log scale of the largest); only the changed are restyled.
   * Outlines still to be fetched are painted on arrival if `wanted()` still says so. */
  Choropleth.prototype.draw = function (wanted) {
    var self = this;
    this.load(function () { if (wanted()) { self.paint(); } });
  };

  Choropleth.prototype.paint = function () {
    var started = performance.now(), counts = this.count(), before = this.drawnCounts;
    var most = 1, total = 0, cells = 0, layer = this.layer;
    counts.forEach(function (n) { if (n > most) { most = n; } total += n; cells += n ? 1 : 0; });
    var mostBefore = before ? Math.max.apply(null, before) : -1;
    for (var k = 0; k < counts.length; k++) {
      var n = counts[k], shape = this.shapes[k];
      if (!n) { layer.removeLayer(shape); continue; }
      if (!before || before[k] !== n || mostBefore !== most) { shape.setStyle({fillColor: SM.shade(n, most)}); }
      if (!layer.hasLayer(shape)) { layer.addLayer(shape); }
    }
    this.drawnCounts = counts;
    if (!this.map.hasLayer(layer)) { layer.addTo(this.map); }
    var box = this.view.box;
    box.dataset.smRegionCells = String(cells);
    box.dataset.smRegionTotal = String(total);
    box.dataset.smRegionMs = String(Math.round(performance.now() - started));
  };

  Choropleth.prototype.clear = function () {
    if (this.map.hasLayer(this.layer)) { this.map.removeLayer(this.layer); }
    delete this.view.box.dataset.smRegionCells;
  };

  SM.Choropleth = Choropleth;
})(window.SitrepMap = window.SitrepMap || {});
