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

  var DX = RADIUS * SQRT3, DY = RADIUS * 1.5;

  /** The key (i * ROW + j) of the hexagon of world pixel (x, y): the nearest centre
   * (geo.density.hex_cells); no object made, as it runs once per stack in view. */
  function cellKey(x, y) {
    var py = y / DY, j = Math.round(py), odd = j & 1;
    var i = Math.round(x / DX - odd / 2);
    var j2 = j + (py < j ? -1 : 1), odd2 = j2 & 1, i2 = Math.round(x / DX - odd2 / 2);
    var a = (i + odd / 2) * DX - x, b = j * DY - y, c = (i2 + odd2 / 2) * DX - x, d = j2 * DY - y;
    return c * c + d * d < a * a + b * b ? i2 * ROW + j2 : i * ROW + j;
  }

  function shadeIndex(count, most) {
    var k = Math.floor(Math.log(count) / Math.log(most + 1) * SHADES.length);
    return Math.max(0, Math.min(SHADES.length - 1, k));
  }

  function shade(count, most) { return SHADES[shadeIndex(count, most)]; }

  /** Events per hexagon over the stacks switched on and in view (padded by a hexagon), summed
   * in a typed grid over the cells the view can hold, then one {i, j, count} per cell with
   * events, keyed i * ROW + j. */
  function countCells(view, zoom) {
    var pos = view.pos, shown = view.shown.count, size = 256 * Math.pow(2, zoom);
    var b = view.map.getPixelBounds(), pad = 2 * RADIUS;
    var x0 = b.min.x - pad, x1 = b.max.x + pad, y0 = b.min.y - pad, y1 = b.max.y + pad;
    var i0 = Math.floor(x0 / DX) - 1, j0 = Math.floor(y0 / DY) - 1;
    var w = Math.ceil(x1 / DX) + 2 - i0, h = Math.ceil(y1 / DY) + 2 - j0;
    var grid = new Int32Array(w * h), cells = new Map();
    for (var s = 0; s < shown.length; s++) {
      if (!shown[s] || pos.wide[s]) { continue; }  // a country's centre is no place to count at
      var x = pos.x[s] * size, y = pos.y[s] * size;
      if (x < x0 || x > x1 || y < y0 || y > y1) { continue; }
      var key = cellKey(x, y), i = Math.floor(key / ROW), j = key - i * ROW;
      grid[(j - j0) * w + (i - i0)] += shown[s];
    }
    for (var k = 0; k < grid.length; k++) {
      if (!grid[k]) { continue; }
      var ci = i0 + k % w, cj = j0 + Math.floor(k / w);
      cells.set(ci * ROW + cj, {i: ci, j: cj, count: grid[k]});
    }
    return cells;
  }

  // The corners of a pointy-topped hexagon round its centre (the first straight above it).
  var CORNERS = [0, 1, 2, 3, 4, 5].map(function (k) {
    return [RADIUS * Math.sin(Math.PI / 3 * k), -RADIUS * Math.cos(Math.PI / 3 * k)];
  });

  /** Paint `cells` (counted at `zoom`) on the canvas renderer `canvas`: one path per shade. */
  function paintCells(map, canvas, cells, zoom) {
    var ctx = canvas._ctx;
    if (!ctx || !canvas._bounds || map._animatingZoom || !cells.size || Math.round(map.getZoom()) !== zoom) { return; }
    var o = map.getPixelOrigin(), most = 1, byShade = SHADES.map(function () { return []; });
    cells.forEach(function (c) { if (c.count > most) { most = c.count; } });
    cells.forEach(function (c) { byShade[shadeIndex(c.count, most)].push(c); });
    ctx.lineWidth = 0.6; ctx.strokeStyle = '#7a0019'; ctx.lineJoin = 'round';
    byShade.forEach(function (list, k) {
      if (!list.length) { return; }
      ctx.beginPath();
      list.forEach(function (c) {
        var cx = (c.i + (c.j & 1) / 2) * DX - o.x, cy = c.j * DY - o.y;
        ctx.moveTo(cx + CORNERS[0][0], cy + CORNERS[0][1]);
        for (var n = 1; n < 6; n++) { ctx.lineTo(cx + CORNERS[n][0], cy + CORNERS[n][1]); }
        ctx.closePath();
      });
      ctx.globalAlpha = 0.72; ctx.fillStyle = SHADES[k]; ctx.fill();
      ctx.globalAlpha = 1; ctx.stroke();
    });
  }

  /** Whether the renderer `canvas` already covers the map's present view (Leaflet's renderer
   * keeps the centre and zoom of its last update): if not, its update on this move is to come. */
  function canvasIsCurrent(map, canvas) {
    return canvas._zoom === map.getZoom() && !!canvas._center && canvas._center.equals(map.getCenter());
  }

  function Density(handle) {
    var self = this;
    this.view = handle.view;
    this.map = handle.map;
    this.mode = 'markers';  // or 'hexagons', 'regions'
    this.regions = new SM.Choropleth(this.view);
    this.cells = new Map();
    this.zoom = -1;  // the zoom the cells were counted at
    // One canvas of our own: its renderer clears it after each move and then draws the cells
    // (as basemap.js does); no Leaflet layer per hexagon, no projecting corners back and forth.
    // On the map only while hexagons are drawn (an empty canvas is still composited each frame).
    this.canvas = SM.steadyCanvas({padding: SM.CANVAS_PADDING});
    this.canvas._draw = function () { paintCells(self.map, self.canvas, self.cells, self.zoom); };
    this.tip = L.tooltip({direction: 'top', offset: [0, -6], className: 'sm-density-tip'});
    var view = this.view, draw = view.draw, load = view.load;
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

  /** Take the hexagons off (the canvas cleared and left empty). */
  Density.prototype.clearCells = function () {
    this.cells = new Map();
    if (this.map.hasLayer(this.canvas)) { this.map.removeLayer(this.canvas); }
    this.map.closeTooltip(this.tip);
    delete this.view.box.dataset.smDensityCells;
  };

  Density.prototype.clear = function () {
    this.note(0);
    this.regions.clear();
    this.clearCells();
  };

  /** Events switched on that no density view counts: placed only at a country or an area
   * across regions (geo.precision.wider_than_region), whose point is a centre, not a place. */
  function leftOut(view) {
    var shown = view.shown.count, wide = view.pos.wide, n = 0;
    for (var s = 0; s < shown.length; s++) { if (wide[s]) { n += shown[s]; } }
    return n;
  }

  /** Say under the buttons how many events the density view leaves out, and why (none: hidden). */
  Density.prototype.note = function (n) {
    if (!this.noteDiv) { return; }
    this.noteDiv.textContent = n ? n.toLocaleString('en') + (n === 1 ? ' event' : ' events') +
      ' not counted: placed only at a country or an area across regions' : '';
    this.noteDiv.style.display = n ? '' : 'none';
    this.view.box.dataset.smDensityLeftOut = String(n);
  };

  Density.prototype.draw = function () {
    this.view.clear(false);  // no markers, clusters or precision shapes under the density
    this.note(leftOut(this.view));
    if (this.mode === 'regions') {
      var self = this;
      this.clearCells();
      this.regions.draw(function () { return self.mode === 'regions' && self.active(); });
      return;
    }
    this.regions.clear();
    this.drawHexagons();
  };

  Density.prototype.drawHexagons = function () {
    var started = performance.now(), zoom = Math.round(this.map.getZoom()), total = 0;
    this.cells = countCells(this.view, zoom);
    this.zoom = zoom;
    this.cells.forEach(function (c) { total += c.count; });
    // After a move the map's handler runs this before the renderer's own: that one moves,
    // clears and paints the canvas anyway, so painting here too would be done twice, the
    // first time where the canvas was (one more clear and fill of every pixel per pan).
    if (!this.map.hasLayer(this.canvas)) { this.map.addLayer(this.canvas); } else if (canvasIsCurrent(this.map, this.canvas)) {
      this.canvas._redraw();
    }
    var box = this.view.box;
    box.dataset.smDensityCells = String(this.cells.size);
    box.dataset.smDensityTotal = String(total);
    box.dataset.smDensityMs = String(Math.round(performance.now() - started));
  };

  /** The number under the pointer, in a tooltip (text only). */
  Density.prototype.hover = function (e) {
    if (!this.active() || this.mode !== 'hexagons') { return; }
    var p = this.map.project(e.latlng, Math.round(this.map.getZoom())), c = this.cells.get(cellKey(p.x, p.y));
    if (!c) { this.map.closeTooltip(this.tip); return; }
    this.tip.setLatLng(e.latlng).setContent(c.count.toLocaleString('en') + (c.count === 1 ? ' event' : ' events'));
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
      self.noteDiv = L.DomUtil.create('div', 'sm-density-note', div);
      self.noteDiv.style.display = 'none';
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

  /** Put the map's count (map.js addCount) top right, or on a map too narrow for it beside the
   * buttons of the left corner (these: a phone's map, where its two lines covered Regions), under
   * those buttons; again after each count and resize. The node itself moves: Leaflet's
   * setPosition would make a new one. */
  function placeCount(map, view) {
    var corners = map._controlCorners;
    view.placeCount = function () {
      var left = 0, margin = 10, controls = corners.topleft.children;
      for (var k = 0; k < controls.length; k++) {
        if (controls[k] !== view.count) { left = Math.max(left, controls[k].offsetWidth); }
      }
      var fits = left + 3 * margin + view.count.offsetWidth <= map.getSize().x;
      var corner = corners[fits ? 'topright' : 'topleft'];
      if (view.count.parentNode !== corner) { corner.appendChild(view.count); }
    };
    map.on('resize', view.placeCount);
    view.placeCount();
  }

  SM.shade = shade;

  var start = SM.start;
  /** SitrepMap.start, and the density choice on the map it draws (handle.density). */
  SM.start = function (map, payload, config) {
    var handle = start(map, payload, config);
    handle.density = new Density(handle).addTo(map);
    if (handle.view.count) { placeCount(map, handle.view); }
    return handle;
  };
})(window.SitrepMap = window.SitrepMap || {});
