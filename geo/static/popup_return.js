/*
 * Sitrep Map, the view given back when a popup closes: a popup near the map's edge pans the map
 * to fit (Leaflet's autoPan), and the map stayed there once it closed. newuser21 opened the
 * Zaporizhzhya region's popup, closed it, and that marker and the Kherson region then sat under
 * the time control, where the first view had kept them clear. When the popup closes, the map
 * goes back to the view it had before the pan, unless the reader moved or zoomed it meanwhile.
 * Loaded after map.js, it wraps SitrepMap.start as time.js does.
 */
(function (SM) {
  'use strict';

  var start = SM.start;
  /** SitrepMap.start, with the view before a popup's pan given back when the popup closes. */
  SM.start = function (map, payload, config) {
    var handle = start(map, payload, config);
    var before = null, panned = null, panning = false;
    map.on('autopanstart', function () {
      if (!before) { before = {centre: map.getCenter(), zoom: map.getZoom()}; }
      panning = true;
    });
    map.on('moveend', function () {
      if (panning) { panning = false; panned = {centre: map.getCenter(), zoom: map.getZoom()}; return; }
      if (before && panned && !map.getCenter().equals(panned.centre)) { before = panned = null; }
    });
    map.on('zoomstart', function () { if (!panning) { before = panned = null; } });
    map.on('popupclose', function () {
      var back = before;
      before = panned = null;
      if (!back || map.getZoom() !== back.zoom) { return; }
      map.setView(back.centre, back.zoom, {animate: false});
    });
    return handle;
  };
})(window.SitrepMap = window.SitrepMap || {});
