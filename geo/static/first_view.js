/*
 * Sitrep Map, the room of the first view: fitBounds' padding clear of the map's corner controls,
 * and, after the fit, a closer zoom when every marker still lies in the map and clear of them.
 * Loaded before map.js, whose View.fit uses both (`pos`: the stacks' projected points, integers
 * of 1/`scale` degree, as SitrepMap.project makes them).
 */
(function (SM) {
  'use strict';

  var MARKER_PX = 12;  // half a marker and air
  // from the map's edges: a "near" event's dashed ring is drawn at least 16 px round its centre
  // (config.near_min_px), its line and air beyond (newuser31: a ring near Oryol cut at the top)
  var EDGE_PX = 20;
  var CLOSER_MOST = 2000;  // stacks looked at for a closer first view (more: the fit stands)

  /**
   * After the fit, up to two zoom levels closer when every stack then stays in the map and clear
   * of each corner's controls: the fit's padding keeps the whole box clear of the tallest corners
   * above and below, and eight events across Ukraine in the review's small map opened at zoom 4,
   * Berlin to Baghdad (newuser20), where most of the map's middle was free.
   */
  SM.closer = function (map, pos, scale, most, bounds) {
    var size = map.getSize(), corners = map._controlCorners || {};
    var n = pos.lat.length, boxes = [], half = size.divideBy(2);
    if (n > CLOSER_MOST) { return; }
    Object.keys(corners).forEach(function (k) {
      var el = corners[k], w = el.offsetWidth, h = el.offsetHeight;
      var left = k.indexOf('left') > 0 ? 0 : size.x - w, top = k.indexOf('top') === 0 ? 0 : size.y - h;
      if (w && h) { boxes.push([left - MARKER_PX, top - MARKER_PX, left + w + MARKER_PX, top + h + MARKER_PX]); }
    });
    function clear(z, mid) {  // every stack in the map and off the controls, `mid` its centre
      var origin = mid.subtract(half);
      for (var s = 0; s < n; s++) {
        var p = map.project([pos.lat[s] / scale, pos.lon[s] / scale], z).subtract(origin);
        if (p.x < EDGE_PX || p.y < EDGE_PX || p.x > size.x - EDGE_PX || p.y > size.y - EDGE_PX) { return false; }
        for (var i = 0; i < boxes.length; i++) {
          var b = boxes[i];
          if (p.x > b[0] && p.x < b[2] && p.y > b[1] && p.y < b[3]) { return false; }
        }
      }
      return true;
    }
    // the events' centre, then moved a little each way (the free part of the map is off-centre)
    var steps = [0, -1, 1, -2, 2, -3, 3], step = Math.min(size.x, size.y) / 16;
    for (var z = Math.min(most, map.getZoom() + 2); z > map.getZoom(); z--) {
      var centre = map.project(bounds.getCenter(), z);
      for (var i = 0; i < steps.length; i++) {
        for (var j = 0; j < steps.length; j++) {
          var mid = centre.add(L.point(steps[i] * step, steps[j] * step));
          if (clear(z, mid)) { map.setView(map.unproject(mid, z), z, {animate: false}); return; }
        }
      }
    }
  };

  /** fitBounds' padding: clear of the corners above and below, or left and right: the closer. */
  SM.fitPadding = function (map, bounds) {
    var c = map._controlCorners || {}, size = map.getSize();
    function most(a, b, side) { return Math.max(a ? a[side] : 0, b ? b[side] : 0) + MARKER_PX; }
    var top = most(c.topleft, c.topright, 'offsetHeight'), bottom = most(c.bottomleft, c.bottomright, 'offsetHeight');
    var left = most(c.topleft, c.bottomleft, 'offsetWidth'), right = most(c.topright, c.bottomright, 'offsetWidth');
    var ways = [[[MARKER_PX, top], [MARKER_PX, bottom]], [[left, MARKER_PX], [right, MARKER_PX]]]
      .filter(function (w) { return w[0][0] + w[1][0] < size.x * 0.7 && w[0][1] + w[1][1] < size.y * 0.7; });
    function zoom(w) { return map.getBoundsZoom(bounds, false, L.point(w[0][0] + w[1][0], w[0][1] + w[1][1])); }
    var best = ways[ways.length === 2 && zoom(ways[1]) > zoom(ways[0]) ? 1 : 0];
    return best ? {paddingTopLeft: best[0], paddingBottomRight: best[1]} : {};
  };
})(window.SitrepMap = window.SitrepMap || {});
