/*
 * Sitrep Map, clustering for large maps: a grid of square cells in screen space at the current
 * zoom, over the stacks (events at one place or region) in typed arrays, no object per event.
 * A cell holding `cluster_min` or more stacks in view becomes one cluster marker at their mean
 * position, with the count of its events and a ring of their weapon categories; the stacks of
 * the other cells are drawn as markers. Cost: one pass over the stacks per pan or zoom and no
 * index to build, so the map shows as soon as the data is unpacked.
 * ClusterMarks keeps the cluster markers from one draw to the next (see there).
 */
(function (SM) {
  'use strict';

  var CELL_ROW = 1048576;  // cell key: column * CELL_ROW + row (rows < 2^20 up to zoom 17)

  /** Web Mercator position (0..1 across the world) and scaled lat/lon of each stack (the point
   * geo.map_payload.stack_points chose: where its marker is drawn too). */
  function project(events) {
    var n = events.stacks.count, scale = events.config.scale;
    var out = {x: new Float64Array(n), y: new Float64Array(n), lat: events.cols.stack_lat, lon: events.cols.stack_lon,
      wide: events.cols.stack_wide || new Int8Array(n)};  // wide: placed only at a country or across regions
    for (var s = 0; s < n; s++) {
      var sin = Math.max(-0.9999, Math.min(0.9999, Math.sin(out.lat[s] / scale * Math.PI / 180)));
      out.x[s] = out.lon[s] / scale / 360 + 0.5;
      out.y[s] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }
    return out;
  }

  function newCell(cx, cy, categories) {
    return {cx: cx, cy: cy, n: 0, stacks: 0, x: 0, y: 0, south: Infinity, north: -Infinity,
      west: Infinity, east: -Infinity, some: [], gone: false, cats: new Int32Array(categories)};
  }

  function addTo(c, pos, s, count, counts, keep) {
    var la = pos.lat[s], lo = pos.lon[s], k, C = c.cats.length;
    c.n += count; c.stacks += 1; c.x += pos.x[s] * count; c.y += pos.y[s] * count;
    if (la < c.south) { c.south = la; }
    if (la > c.north) { c.north = la; }
    if (lo < c.west) { c.west = lo; }
    if (lo > c.east) { c.east = lo; }
    for (k = 0; k < C; k++) { c.cats[k] += counts[s * C + k]; }
    if (c.some.length < keep) { c.some.push(s); }
  }

  function absorb(a, b, keep) {
    a.n += b.n; a.stacks += b.stacks; a.x += b.x; a.y += b.y;
    a.south = Math.min(a.south, b.south); a.north = Math.max(a.north, b.north);
    a.west = Math.min(a.west, b.west); a.east = Math.max(a.east, b.east);
    for (var k = 0; k < a.cats.length; k++) { a.cats[k] += b.cats[k]; }
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
   * The cells of the stacks with events switched on inside `box` (scaled integer degrees); with
   * `single`, every stack is a cell of its own.
   * @param {object} shown {count: Int32Array per stack, cats: Int32Array per stack and category}
   * @returns {{cells: Map, inView: number}}
   */
  function grid(config, pos, shown, box, zoom, single) {
    var perWorld = 256 * Math.pow(2, zoom) / config.cluster_px, C = config.categories.length;
    var cells = new Map(), inView = 0;
    for (var s = 0; s < shown.count.length; s++) {
      var count = shown.count[s];
      if (!count || pos.lat[s] < box.south || pos.lat[s] > box.north || pos.lon[s] < box.west ||
          pos.lon[s] > box.east) { continue; }
      inView += count;
      if (single) { cells.set(s, {single: true, some: [s]}); continue; }
      var cx = Math.floor(pos.x[s] * perWorld), cy = Math.floor(pos.y[s] * perWorld);
      var c = cells.get(cx * CELL_ROW + cy);
      if (c === undefined) { c = newCell(cx, cy, C); cells.set(cx * CELL_ROW + cy, c); }
      addTo(c, pos, s, count, shown.cats, config.cluster_min);
    }
    if (!single) { mergeNeighbours(cells, perWorld, config); }
    return {cells: cells, inView: inView};
  }

  // What makes a cluster the same after a pan or a step: its cell at this zoom, its events and
  // their categories, its mean position (a cluster cut by the edge of the view differs).
  function clusterId(c, zoom) {
    return [zoom, c.cx, c.cy, c.n, c.stacks, Math.round(c.x / c.n * 1e9), Math.round(c.y / c.n * 1e9)].join(':') +
      ':' + c.cats.join(',');
  }

  /**
   * The cluster markers on the map (in `group`), kept from one draw to the next: a cluster
   * still the same after a pan or a step stays as it is; one that changed (other events, cut
   * by the edge) is written over in the marker its cell had, another cell's marker that went
   * is reused next, and only what is left over is taken off.
   */
  function ClusterMarks(map, config, group) {
    this.map = map; this.config = config; this.group = group;
    this.byId = new Map();  // cluster identity -> its marker, on the map now
  }

  /** Forget the markers (their group was emptied). */
  ClusterMarks.prototype.clear = function () { this.byId = new Map(); };

  /** Marker `m` given cluster `c`'s icon, title, point and bounds (only what differs is
   * written: look.js), or a new marker when `m` is undefined. */
  ClusterMarks.prototype.make = function (c, cell, m) {
    var s = this.config.scale, map = this.map, maxZoom = this.config.max_zoom;
    var lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * c.y / c.n))) * 180 / Math.PI, at = L.latLng(lat, (c.x / c.n - 0.5) * 360);
    var icon = SM.clusterIcon(this.config, c.n, c.cats), title = SM.countText(c.n) + ' events', el = m && m.getElement();
    if (!m) {
      m = SM.marker(at, {icon: icon, title: title});
      m.on('click', function () { map.fitBounds(m.smBounds, {maxZoom: maxZoom, animate: false}); });
    } else {
      m.options.icon = icon; m.options.title = title;
      if (el) { icon.createIcon(el); } else { m.setIcon(icon); }
      if (el && el.title !== title) { el.title = title; }
      if (!m.getLatLng().equals(at, 0)) { m.setLatLng(at); }
    }
    m.smCell = cell;
    m.smBounds = L.latLngBounds([c.south / s, c.west / s], [c.north / s, c.east / s]);
    return m;
  };

  /** Put the clusters `cells` (grid's, at `zoom`) on the map (see ClusterMarks). */
  ClusterMarks.prototype.place = function (cells, zoom) {
    var self = this, old = this.byId, keep = new Map(), fresh = [], group = this.group;
    cells.forEach(function (c) {
      var id = clusterId(c, zoom), m = old.get(id);
      if (m) { keep.set(id, m); old.delete(id); } else { fresh.push([id, c, zoom + ':' + c.cx + ':' + c.cy]); }
    });
    var byCell = new Map(), left = [];
    old.forEach(function (m) { byCell.set(m.smCell, m); });
    fresh.forEach(function (f) {
      var m = byCell.get(f[2]);
      if (m) { byCell.delete(f[2]); keep.set(f[0], self.make(f[1], f[2], m)); } else { left.push(f); }
    });
    var spare = Array.from(byCell.values());
    left.forEach(function (f) { keep.set(f[0], self.make(f[1], f[2], spare.pop())); });
    spare.forEach(function (m) { group.removeLayer(m); });
    keep.forEach(function (m) { if (!group.hasLayer(m)) { group.addLayer(m); } });
    this.byId = keep;
  };

  Object.assign(SM, { project, grid, ClusterMarks });
})(window.SitrepMap = window.SitrepMap || {});
