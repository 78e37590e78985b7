/*
 * Sitrep Map, the offline basemap on one canvas: country outlines, projected once (Web Mercator,
 * 0..1 across the world) and drawn again after each move only where in view, thinned to whole
 * pixels (Leaflet's own vectors would project every point again on every zoom); then place
 * names from the gazetteer: regions at low zoom, towns closer in, the larger first, each only
 * where it overlaps no name already written (nor repeats a town's name beside it). The canvas lies beneath every marker, so a name
 * never covers an event; a region's name is written at the first of its points (geo.label_points)
 * where it covers no town's point and no event marker either ("Kyiv region" lay over Kyiv), and
 * not at all when none is clear.
 */
(function (SM) {
  'use strict';

  var REGION_ZOOMS = [5, 7];  // region names from the first zoom to the second
  // the smallest town named at each zoom (below the first: none; above the last: every town)
  var TOWN_FLOOR = {3: 5000000, 4: 2000000, 5: 1000000, 6: 500000, 7: 150000, 8: 50000, 9: 20000};
  var MAX_NAMES = 160;  // per draw
  var PADDING = 0.1;    // the canvases' margin beyond the view, a fraction of its size
  var MARKER_PX = 10;  // an event marker's reach from its point, for the names kept off it
  var BADGE_PX = 12;   // a stack's count badge, beyond the marker's reach (lower right)
  var CELL_PX = 32;    // the grid the markers in view are sorted into, for that test
  var FONT = {town: '600 11px system-ui, sans-serif', region: 'italic 11px system-ui, sans-serif'};

  function unitX(lon) { return lon / 360 + 0.5; }
  function unitY(lat) {
    var sin = Math.max(-0.9999, Math.min(0.9999, Math.sin(lat * Math.PI / 180)));
    return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  }

  /** One ring as {xy: Float64Array of x, y pairs, box: [minX, minY, maxX, maxY]}. */
  function ring(coords) {
    var xy = new Float64Array(coords.length * 2), box = [Infinity, Infinity, -Infinity, -Infinity];
    coords.forEach(function (c, k) {
      var x = unitX(c[0]), y = unitY(c[1]);
      xy[2 * k] = x; xy[2 * k + 1] = y;
      box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
    });
    return {xy: xy, box: box};
  }

  function polygons(geometry) {
    if (!geometry) { return []; }
    if (geometry.type === 'Polygon') { return [geometry.coordinates]; }
    if (geometry.type === 'MultiPolygon') { return geometry.coordinates; }
    if (geometry.type === 'GeometryCollection') { return [].concat.apply([], geometry.geometries.map(polygons)); }
    return [];
  }

  /** Where the map's view stands: zoom, pixel origin, size and the map pane's offset. */
  function viewKey(map) {
    var o = map.getPixelOrigin(), s = map.getSize(), p = map.containerPointToLayerPoint([0, 0]);
    return map.getZoom() + ':' + o.x + ',' + o.y + ':' + s.x + 'x' + s.y + ':' + p.x + ',' + p.y;
  }

  /**
   * A Leaflet canvas renderer (`options` as L.canvas's) that is not made over when the view has
   * not changed since its last update. A move to another zoom updates a renderer twice (at
   * 'viewreset', then at 'moveend', the same view): each time Leaflet sizes the canvas again,
   * which empties it, and the whole layer is drawn again.
   */
  function steadyCanvas(options) {
    var canvas = L.canvas(options), update = canvas._update;
    canvas._update = function () {
      var map = this._map;
      if (map._animatingZoom) { update.call(this); return; }  // Leaflet's own rule then
      var key = viewKey(map);
      if (this._bounds && this._keyFor === this._container && this._viewKey === key) { return; }
      update.call(this);
      this._viewKey = key; this._keyFor = this._container;  // a canvas added again is new
    };
    return canvas;
  }

  /**
   * The basemap canvas of `map`, in the pane named `pane`.
   * @param {L.Map} map the map
   * @param {string} pane the pane it draws into (beneath the markers)
   */
  function BaseCanvas(map, pane) {
    this.map = map;
    this.rings = [];
    this.names = [];  // {text, x, y, kind, size, at}: towns largest first, then regions
    this.markers = null;  // the event markers' points ({x, y}: unit coordinates), kept clear
    this.written = [];  // the names of the last draw, with their boxes on the map's container
    // a tenth of the view beyond each edge (Leaflet's default): a pan of up to that much shows
    // drawn land before the redraw; more would be pixels cleared, copied to the compositor
    // and composited after every move and every frame the page commits (2.6 times the view's
    // pixels at 0.3, against 1.44 times)
    this.renderer = steadyCanvas({pane: pane, padding: PADDING});
    // the renderer clears its canvas after each move and then draws its layers: here, ours
    this.renderer._draw = this.draw.bind(this);
    map.addLayer(this.renderer);
  }

  /** Add the country outlines of a GeoJSON FeatureCollection. */
  BaseCanvas.prototype.addData = function (geojson) {
    var rings = this.rings;
    (geojson.features || []).forEach(function (f) {
      polygons(f.geometry).forEach(function (poly) {
        poly.forEach(function (coords) { if (coords.length > 2) { rings.push(ring(coords)); } });
      });
    });
    this.renderer._redraw();
  };

  /** Add place names: geo.assets.build_labels' file. */
  BaseCanvas.prototype.addPlaces = function (data) {
    var names = this.names;  // towns first (largest first), then regions in the gaps
    (data.towns || []).forEach(function (t) {
      names.push({text: t[0], x: unitX(t[2]), y: unitY(t[1]), kind: 'town', size: t[3]});
    });
    (data.regions || []).forEach(function (r) {
      var at = [];  // every point the name may be written at, the best first
      for (var k = 1; k + 1 < r.length; k += 2) { at.push([unitX(r[k + 1]), unitY(r[k])]); }
      names.push({text: r[0], x: at[0][0], y: at[0][1], kind: 'region', size: 0, at: at});
    });
    this.renderer._redraw();
  };

  /** Keep region names off the event markers at `points` ({x, y}: unit coordinates, as
   * SM.project gives them). */
  BaseCanvas.prototype.setMarkers = function (points) {
    this.markers = points;
    this.renderer._redraw();
  };

  /** The markers in view of frame `f` as a grid of CELL_PX cells: key -> [[x, y], ...]. */
  function markerGrid(points, f) {
    var grid = {};
    if (!points) { return grid; }
    for (var k = 0; k < points.x.length; k++) {
      var x = points.x[k] * f.w - f.ox, y = points.y[k] * f.w - f.oy;
      if (x < f.b.min.x - MARKER_PX || x > f.b.max.x + MARKER_PX || y < f.b.min.y - MARKER_PX || y > f.b.max.y + MARKER_PX) { continue; }
      var key = Math.floor(x / CELL_PX) + ':' + Math.floor(y / CELL_PX);
      (grid[key] = grid[key] || []).push([x, y]);
    }
    return grid;
  }

  /** Whether `box` (layer pixels) comes within MARKER_PX of a marker of `grid`; with `px`, `py`,
   * not counting a marker on that point (a town's own events, which its name is written beside). */
  function onMarker(box, grid, px, py) {
    for (var i = Math.floor((box[0] - MARKER_PX) / CELL_PX); i <= Math.floor((box[2] + MARKER_PX) / CELL_PX); i++) {
      for (var j = Math.floor((box[1] - MARKER_PX) / CELL_PX); j <= Math.floor((box[3] + MARKER_PX) / CELL_PX); j++) {
        var cell = grid[i + ':' + j] || [];
        for (var k = 0; k < cell.length; k++) {
          var p = cell[k];
          if (px !== undefined && Math.abs(p[0] - px) < 4 && Math.abs(p[1] - py) < 4) { continue; }
          if (p[0] > box[0] - MARKER_PX && p[0] < box[2] + MARKER_PX && p[1] > box[1] - MARKER_PX && p[1] < box[3] + MARKER_PX) { return true; }
        }
      }
    }
    return false;
  }

  /** What of the world the canvas renderer `renderer` covers: unit coordinates, and the
   * scale to layer pixels. */
  function frameOf(map, renderer) {
    var b = renderer._bounds, o = map.getPixelOrigin();
    var w = map.options.crs.scale(map.getZoom());
    return {w: w, ox: o.x, oy: o.y, minX: (b.min.x + o.x) / w, minY: (b.min.y + o.y) / w,
      maxX: (b.max.x + o.x) / w, maxY: (b.max.y + o.y) / w, b: b};
  }

  BaseCanvas.prototype.frame = function () { return frameOf(this.map, this.renderer); };

  /**
   * Add `rings` (see ring()) to the canvas's current path, in layer pixels of frame `f`: only
   * those in view, thinned to whole pixels. GeoJSON rings end on their first point: no
   * closePath, which in Chromium costs more the more subpaths the path holds (100 ms a redraw
   * of the world at zoom 3); rings under a pixel across are left out.
   */
  function traceRings(ctx, rings, f) {
    rings.forEach(function (r) {
      var box = r.box, xy = r.xy, n = xy.length / 2, lastX = 0, lastY = 0;
      if (box[2] < f.minX || box[0] > f.maxX || box[3] < f.minY || box[1] > f.maxY) { return; }
      if ((box[2] - box[0]) * f.w < 1 && (box[3] - box[1]) * f.w < 1) { return; }
      for (var k = 0; k < n; k++) {
        var x = xy[2 * k] * f.w - f.ox, y = xy[2 * k + 1] * f.w - f.oy;
        if (k === 0) { ctx.moveTo(x, y); } else if (k === n - 1 || Math.abs(x - lastX) + Math.abs(y - lastY) >= 1) {
          ctx.lineTo(x, y);
        } else { continue; }
        lastX = x; lastY = y;
      }
    });
  }

  BaseCanvas.prototype.drawOutlines = function (ctx, f) {
    ctx.beginPath();
    traceRings(ctx, this.rings, f);
    ctx.fillStyle = '#f4f1ea'; ctx.fill();
    ctx.strokeStyle = '#8a8a8a'; ctx.lineWidth = 0.8; ctx.stroke();
  };

  function wanted(name, zoom) {
    if (name.kind === 'region') { return zoom >= REGION_ZOOMS[0] && zoom <= REGION_ZOOMS[1]; }
    if (zoom < 3) { return false; }
    return zoom > 9 || name.size >= TOWN_FLOOR[zoom];
  }

  function overlaps(a, placed) {
    for (var k = 0; k < placed.length; k++) {
      var b = placed[k];
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) { return true; }
    }
    return false;
  }

  var TWIN_PX = 90;  // a region named as a town written this near it is that town's twin

  /** Whether `name` is a region whose town of the same name is already written close to one
   * of its points (frame `f`): most oblasts bear their capital's name, and "Kharkiv" twice,
   * bold and italic, reads as two places. */
  function twin(name, f, towns) {
    var at = name.kind === 'region' && towns[name.text];
    return Boolean(at) && name.at.some(function (p) {
      return Math.abs(at[0] - (p[0] * f.w - f.ox)) + Math.abs(at[1] - (p[1] * f.w - f.oy)) < TWIN_PX;
    });
  }

  /** Where region `n` is written in frame `f`: the first of its points in view whose box
   * overlaps no name or town point written (`taken`) and no event marker (`grid`); null when
   * none is clear, or the region's twin town is written (see twin). */
  function regionSpot(n, f, taken, grid, towns) {
    if (twin(n, f, towns)) { return null; }
    for (var k = 0; k < n.at.length; k++) {
      var p = n.at[k];
      if (p[0] < f.minX || p[0] > f.maxX || p[1] < f.minY || p[1] > f.maxY) { continue; }
      var x = p[0] * f.w - f.ox, y = p[1] * f.w - f.oy, box = [x - n.half, y - 8, x + n.half, y + 8];
      if (!overlaps(box, taken) && !onMarker(box, grid)) { return {x: x, y: y, box: box}; }
    }
    return null;
  }

  BaseCanvas.prototype.drawNames = function (ctx, f) {
    var zoom = Math.round(this.map.getZoom()), placed = [], towns = {}, grid = null, points = [];
    this.written = [];
    ctx.textAlign = 'center'; ctx.textBaseline = 'middle'; ctx.lineJoin = 'round';
    ctx.strokeStyle = 'rgba(255,255,255,.85)'; ctx.lineWidth = 3;
    for (var k = 0; k < this.names.length && placed.length < MAX_NAMES; k++) {
      var n = this.names[k];
      if (!wanted(n, zoom)) { continue; }
      ctx.font = FONT[n.kind];
      if (n.half === undefined) { n.half = ctx.measureText(n.text).width / 2 + 3; }  // once per name
      var half = n.half, x, y, box;
      if (n.kind === 'region') {
        grid = grid || markerGrid(this.markers, f);  // (once a draw, when a region is named)
        var spot = regionSpot(n, f, placed.concat(points), grid, towns);
        if (!spot) { continue; }
        x = spot.x; y = spot.y; box = spot.box;
      } else {
        if (n.x < f.minX || n.x > f.maxX || n.y < f.minY || n.y > f.maxY) { continue; }
        // a town's name sits above its point, so that an event marker there leaves it readable;
        // below it when above lies under another place's marker (Bursa's name under Istanbul's
        // at zoom 5: the towns are 24 px apart) and below does not
        grid = grid || markerGrid(this.markers, f);
        var px = n.x * f.w - f.ox, py = n.y * f.w - f.oy;
        x = px; y = py - 17;
        box = [x - half, y - 8, x + half, y + 8];
        var under = [x - half, py + 7, x + half, py + 23];
        var clear = [under[0] - BADGE_PX, under[1] - BADGE_PX, under[2] + BADGE_PX, under[3] + BADGE_PX];
        if (onMarker(box, grid, px, py) && !onMarker(clear, grid, px, py) && !overlaps(under, placed)) {
          y = py + 15; box = under;
        }
        if (overlaps(box, placed)) { continue; }
        points.push([px - 4, py - 4, px + 4, py + 4]);  // its point: no region's name over it
        towns[n.text] = [x, y];
      }
      placed.push(box);
      var at = this.map.layerPointToContainerPoint([x, y]);
      var written = {text: n.text, kind: n.kind, x: at.x, y: at.y, half: half};
      if (n.kind === 'town') { written.pointY = at.y + py - y; }  // its point's (container pixels)
      this.written.push(written);
      ctx.fillStyle = n.kind === 'region' ? '#7a7a7a' : '#333';
      ctx.strokeText(n.text, x, y); ctx.fillText(n.text, x, y);
      if (n.kind === 'town') { ctx.fillRect(px - 1.5, py - 1.5, 3, 3); }
    }
    this.map.getContainer().dataset.smNames = String(placed.length);
  };

  /** Draw what is in view on the cleared canvas (after each move, and when data arrives). */
  BaseCanvas.prototype.draw = function () {
    var ctx = this.renderer._ctx;
    if (!ctx || !this.renderer._bounds || !this.map || this.map._animatingZoom) { return; }
    var f = this.frame();
    this.drawOutlines(ctx, f);
    this.drawNames(ctx, f);
  };

  Object.assign(SM, { BaseCanvas, CANVAS_PADDING: PADDING, steadyCanvas, polygonsOf: polygons, unitRing: ring, frameOf, traceRings });
})(window.SitrepMap = window.SitrepMap || {});
