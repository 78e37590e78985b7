/*
 * Sitrep Map, clustering for large maps: a grid of square cells in screen space at the current
 * zoom, over the typed arrays (no object per event). A cell of `cluster_min` or more events in
 * view becomes one numbered marker at their mean position; the rest are drawn as markers. Cost:
 * one pass over the events per pan or zoom and no index to build, so the map shows as soon as
 * the data is unpacked.
 */
(function (SM) {
  'use strict';

  var CELL_ROW = 1048576;  // cell key: column * CELL_ROW + row (rows < 2^20 up to zoom 17)

  /** Web Mercator positions of every event, 0..1 across the world. */
  function project(events) {
    var n = events.n, scale = events.config.scale;
    var x = new Float64Array(n), y = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var sin = Math.max(-0.9999, Math.min(0.9999, Math.sin(events.lat[i] / scale * Math.PI / 180)));
      x[i] = events.lon[i] / scale / 360 + 0.5;
      y[i] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }
    return {x: x, y: y};
  }

  function newCell(cx, cy) {
    return {cx: cx, cy: cy, n: 0, x: 0, y: 0, lat: 0, lon: 0, south: Infinity, north: -Infinity,
      west: Infinity, east: -Infinity, some: [], gone: false};
  }

  function addTo(c, events, xy, i, keep) {
    var la = events.lat[i], lo = events.lon[i];
    c.n += 1; c.x += xy.x[i]; c.y += xy.y[i]; c.lat += la; c.lon += lo;
    if (la < c.south) { c.south = la; }
    if (la > c.north) { c.north = la; }
    if (lo < c.west) { c.west = lo; }
    if (lo > c.east) { c.east = lo; }
    if (c.some.length < keep) { c.some.push(i); }
  }

  function absorb(a, b, keep) {
    a.n += b.n; a.x += b.x; a.y += b.y; a.lat += b.lat; a.lon += b.lon;
    a.south = Math.min(a.south, b.south); a.north = Math.max(a.north, b.north);
    a.west = Math.min(a.west, b.west); a.east = Math.max(a.east, b.east);
    a.some = a.some.concat(b.some).slice(0, keep); b.gone = true;
  }

  // Two cells whose events' centres fall close on either side of a cell border would draw their
  // circles over each other: the bigger takes in the smaller, largest first.
  function mergeNeighbours(cells, perWorld, config) {
    var limit = config.cluster_merge * config.cluster_merge;
    Array.from(cells.values()).sort(function (a, b) { return b.n - a.n; }).forEach(function (a) {
      if (a.gone) { return; }
      for (var dx = -1; dx <= 1; dx++) {
        for (var dy = -1; dy <= 1; dy++) {
          var b = cells.get((a.cx + dx) * CELL_ROW + a.cy + dy);
          if (!b || b === a || b.gone) { continue; }
          var px = (a.x / a.n - b.x / b.n) * perWorld, py = (a.y / a.n - b.y / b.n) * perWorld;
          if (px * px + py * py < limit) { absorb(a, b, config.cluster_min); }
        }
      }
    });
  }

  /**
   * The cells of the events switched on and inside `box` (scaled integer degrees).
   * @returns {{cells: Map, inView: number}}
   */
  function grid(events, xy, on, box, zoom) {
    var config = events.config, perWorld = 256 * Math.pow(2, zoom) / config.cluster_px;
    var cells = new Map(), inView = 0, la = events.lat, lo = events.lon;
    for (var i = 0; i < events.n; i++) {
      if (!on[i] || la[i] < box.south || la[i] > box.north || lo[i] < box.west || lo[i] > box.east) {
        continue;
      }
      inView += 1;
      var cx = Math.floor(xy.x[i] * perWorld), cy = Math.floor(xy.y[i] * perWorld);
      var c = cells.get(cx * CELL_ROW + cy);
      if (c === undefined) { c = newCell(cx, cy); cells.set(cx * CELL_ROW + cy, c); }
      addTo(c, events, xy, i, config.cluster_min);
    }
    mergeNeighbours(cells, perWorld, config);
    return {cells: cells, inView: inView};
  }

  SM.project = project;
  SM.grid = grid;
})(window.SitrepMap = window.SitrepMap || {});
