/*
 * Sitrep Map, the density view: at low zoom, instead of clusters, hexagons coloured by the number
 * of events in each, with the number in a tooltip; or the same per region (choropleth.js). The binning is geo.density's (pointy-topped
 * hexagons of RADIUS screen pixels over Web Mercator world pixels, so they stay put while the map
 * pans); events count at their stack's point, after the layer toggles and the time window.
 * Loaded after map.js, it wraps SitrepMap.start: the view's `draw` draws hexagons instead of
 * markers while a density view (hexagons or regions) is chosen and the zoom is at most MAX_ZOOM.
 * The map's container carries data-sm-density-cells, -total and -ms (the last redraw's script
 * time) for tests and benchmarks; handle.density.cells holds {i, j, count} per hexagon drawn.
 */
(function (SM) {
  'use strict';

  var RADIUS = 18;    // hexagon centre to corner, screen pixels
  var MAX_ZOOM = 9;   // closer in, the markers come back
  var SQRT3 = Math.sqrt(3);
  var ROW = 1048576;  // cell key: column * ROW + row
  var SHADES = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'];

  /** The hexagon [i, j] of world pixel (x, y): the nearest centre (geo.density.hex_cells). */
  function cellOf(x, y) {
    var dx = RADIUS * SQRT3, dy = RADIUS * 1.5, py = y / dy, j = Math.round(py), odd = j & 1;
    var i = Math.round(x / dx - odd / 2);
    var j2 = j + (py < j ? -1 : 1), odd2 = j2 & 1, i2 = Math.round(x / dx - odd2 / 2);
    var a = (i + odd / 2) * dx - x, b = j * dy - y, c = (i2 + odd2 / 2) * dx - x, d = j2 * dy - y;
    return c * c + d * d < a * a + b * b ? [i2, j2] : [i, j];
  }

  /** The corners of hexagon (i, j) as map positions at `zoom`. */
  function corners(map, i, j, zoom) {
    var cx = (i + (j & 1) / 2) * RADIUS * SQRT3, cy = j * RADIUS * 1.5, out = [];
    for (var k = 0; k < 6; k++) {
      var angle = Math.PI / 3 * k;  // pointy top: the first corner straight above the centre
      out.push(map.unproject(L.point(cx + RADIUS * Math.sin(angle), cy - RADIUS * Math.cos(angle)), zoom));
    }
    return out;
  }

  function shade(count, most) {
    var k = Math.floor(Math.log(count) / Math.log(most + 1) * SHADES.length);
    return SHADES[Math.max(0, Math.min(SHADES.length - 1, k))];
  }

  /** Events per hexagon over the stacks switched on and in view (padded by a hexagon). */
  function countCells(view, zoom) {
    var pos = view.pos, shown = view.shown.count, size = 256 * Math.pow(2, zoom);
    var b = view.map.getPixelBounds(), pad = 2 * RADIUS, cells = new Map();
    for (var s = 0; s < shown.length; s++) {
      if (!shown[s]) { continue; }
      var x = pos.x[s] * size, y = pos.y[s] * size;
      if (x < b.min.x - pad || x > b.max.x + pad || y < b.min.y - pad || y > b.max.y + pad) { continue; }
      var ij = cellOf(x, y), key = ij[0] * ROW + ij[1], c = cells.get(key);
      if (c === undefined) { c = {i: ij[0], j: ij[1], count: 0}; cells.set(key, c); }
      c.count += shown[s];
    }
    return cells;
  }

  function Density(handle) {
    this.view = handle.view;
    this.map = handle.map;
    this.mode = 'markers';  // or 'hexagons', 'regions'
    this.regions = new SM.Choropleth(this.view);
    this.cells = new Map();
    this.layer = L.featureGroup().addTo(this.map);
    this.renderer = L.canvas({padding: 0.2});
    this.tip = L.tooltip({direction: 'top', offset: [0, -6], className: 'sm-density-tip'});
    var view = this.view, draw = view.draw, load = view.load, self = this;
    view.draw = function () {
      if (self.active()) { self.draw(); return; }
      self.clear();
      draw.call(view);
    };
    view.load = function (events) {  // a map without events (the range tool's) has no choice
      load.call(view, events);
      if (self.div) { self.div.style.display = events.n ? '' : 'none'; }
    };
  }

  /** Whether a density view is drawn now: chosen, the events there, the map far enough out. */
  Density.prototype.active = function () {
    return this.mode !== 'markers' && !!this.view.on && this.map.getZoom() <= MAX_ZOOM;
  };

  Density.prototype.clear = function () {
    this.regions.clear();
    this.layer.clearLayers();
    this.cells = new Map();
    this.map.closeTooltip(this.tip);
    delete this.view.box.dataset.smDensityCells;
  };

  Density.prototype.draw = function () {
    this.view.clear(false);  // no markers, clusters or precision shapes under the density
    if (this.mode === 'regions') {
      var self = this;
      this.layer.clearLayers();
      this.cells = new Map();
      this.regions.draw(function () { return self.mode === 'regions' && self.active(); });
      return;
    }
    this.regions.clear();
    this.drawHexagons();
  };

  Density.prototype.drawHexagons = function () {
    var started = performance.now(), map = this.map, zoom = Math.round(map.getZoom());
    var layer = this.layer, renderer = this.renderer, most = 1, total = 0;
    layer.clearLayers();
    this.cells = countCells(this.view, zoom);
    this.cells.forEach(function (c) { if (c.count > most) { most = c.count; } total += c.count; });
    this.cells.forEach(function (c) {
      layer.addLayer(L.polygon(corners(map, c.i, c.j, zoom), {renderer: renderer, weight: 0.6,
        color: '#7a0019', fillColor: shade(c.count, most), fillOpacity: 0.72, interactive: false}));
    });
    var box = this.view.box;
    box.dataset.smDensityCells = String(this.cells.size);
    box.dataset.smDensityTotal = String(total);
    box.dataset.smDensityMs = String(Math.round(performance.now() - started));
  };

  /** The number under the pointer, in a tooltip (text only). */
  Density.prototype.hover = function (e) {
    if (!this.active() || this.mode !== 'hexagons') { return; }
    var p = this.map.project(e.latlng, Math.round(this.map.getZoom())), ij = cellOf(p.x, p.y);
    var c = this.cells.get(ij[0] * ROW + ij[1]);
    if (!c) { this.map.closeTooltip(this.tip); return; }
    this.tip.setLatLng(e.latlng).setContent(c.count + (c.count === 1 ? ' event' : ' events'));
    if (!this.map.hasLayer(this.tip)) { this.tip.addTo(this.map); }
  };

  var MODES = {off: 'markers', on: 'hexagons', regions: 'regions'};

  /** Switch between markers (and clusters), hexagons and regions ('markers', 'hexagons',
   * 'regions'; true and false for the hexagons and the markers), and draw again. */
  Density.prototype.choose = function (mode) {
    this.mode = mode === true ? 'hexagons' : mode === false ? 'markers' : mode;
    var self = this;
    Object.keys(MODES).forEach(function (k) { self.buttons[k].classList.toggle('sm-chosen', MODES[k] === self.mode); });
    if (this.view.on) { this.view.draw(); }
  };

  Density.prototype.addTo = function (map) {
    var control = L.control({position: 'topleft'}), self = this;
    control.onAdd = function () {
      var div = L.DomUtil.create('div', 'sm-density leaflet-bar');
      self.div = div;
      self.buttons = {off: L.DomUtil.create('button', 'sm-density-off sm-chosen', div),
        on: L.DomUtil.create('button', 'sm-density-on', div),
        regions: L.DomUtil.create('button', 'sm-density-regions', div)};
      self.buttons.off.textContent = 'Markers'; self.buttons.on.textContent = 'Hexagons';
      self.buttons.regions.textContent = 'Regions';
      self.buttons.off.title = 'Markers and clusters';
      self.buttons.on.title = 'Events per hexagon, coloured by count (up to zoom ' + MAX_ZOOM + ')';
      self.buttons.regions.title = 'Events per region (approximate outlines), coloured by count (up to zoom ' +
        MAX_ZOOM + ')';
      Object.keys(MODES).forEach(function (k) {
        self.buttons[k].type = 'button';
        self.buttons[k].addEventListener('click', function () { self.choose(MODES[k]); });
      });
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    control.addTo(map);
    map.on('mousemove', function (e) { self.hover(e); });
    // a map that is not clustered draws only on a refresh: hexagons follow every move
    map.on('moveend', function () {
      if (!self.view.config.clustered && self.view.on && self.mode !== 'markers') { self.view.draw(); }
    });
    return this;
  };

  SM.shade = shade;

  var start = SM.start;
  /** SitrepMap.start, and the density choice on the map it draws (handle.density). */
  SM.start = function (map, payload, config) {
    var handle = start(map, payload, config);
    handle.density = new Density(handle).addTo(map);
    return handle;
  };
})(window.SitrepMap = window.SitrepMap || {});
