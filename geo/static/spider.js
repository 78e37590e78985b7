/*
 * Sitrep Map, markers that cover each other fan out on a click (as Leaflet.markercluster's
 * "spiderfy" does): each gets its own spot on a circle (a spiral when there are many) with a
 * leg back to where it is, so every event can be opened at any zoom. A click on the map, a zoom
 * or a redraw folds them back.
 */
(function (SM) {
  'use strict';

  var NEAR_PX = 20;  // markers whose centres are closer than this cover each other

  function Spider(map) {
    this.map = map;
    map.createPane('sm-spider');  // above the markers, below the popups
    map.getPane('sm-spider').style.zIndex = 640;
    this.layer = L.layerGroup().addTo(map);
    this.hidden = [];
    var self = this;
    map.on('click zoomstart', function () { self.fold(); });
  }

  /** Markers (of `drawn`, each {marker, open}) covering the one at `latlng`, itself included. */
  Spider.prototype.near = function (drawn, latlng) {
    var map = this.map, p = map.latLngToLayerPoint(latlng);
    return drawn.filter(function (d) {
      return map.latLngToLayerPoint(d.marker.getLatLng()).distanceTo(p) < NEAR_PX;
    });
  };

  function spots(n) {
    var out = [], k;
    if (n <= 9) {
      var r = Math.max(30, 28 * n / (2 * Math.PI));
      for (k = 0; k < n; k++) {
        var a = 2 * Math.PI * k / n - Math.PI / 2;
        out.push(L.point(r * Math.cos(a), r * Math.sin(a)));
      }
      return out;
    }
    var angle = 0, radius = 28;
    for (k = 0; k < n; k++) {  // a spiral: each spot about 26 px from the one before
      angle += 26 / radius + 0.0005 * k;
      radius += 26 / (2 * Math.PI) * (26 / radius);
      out.push(L.point(radius * Math.cos(angle), radius * Math.sin(angle)));
    }
    return out;
  }

  /**
   * Fan out `group` (markers covering each other) around the first one. `keyed`: the marker of
   * the group that Enter or Space was pressed on, whose popup then opens at its fanned-out spot
   * (a keyboard reader saw only the fan-out, newuser21); each fanned-out marker takes Tab, Enter
   * and Space as the others do (look.js's markers).
   */
  Spider.prototype.open = function (group, keyed) {
    this.fold();
    var map = this.map, self = this, centre = map.latLngToLayerPoint(group[0].marker.getLatLng()), then = null;
    spots(group.length).forEach(function (offset, k) {
      var d = group[k], at = map.layerPointToLatLng(centre.add(offset));
      self.layer.addLayer(L.polyline([d.marker.getLatLng(), at],
        {color: '#333', weight: 1.2, opacity: 0.7, interactive: false, pane: 'sm-spider'}));
      var copy = SM.marker(at, {icon: d.marker.options.icon, title: d.marker.options.title, pane: 'sm-spider'});
      copy.on('click', function (ev) { L.DomEvent.stop(ev); d.open(at); });
      self.layer.addLayer(copy);
      d.marker.setOpacity(0.25);
      self.hidden.push(d.marker);
      if (d.marker === keyed) { then = function () { d.open(at); }; }
    });
    if (then) { then(); }
  };

  /** Put every fanned-out marker back. */
  Spider.prototype.fold = function () {
    this.layer.clearLayers();
    this.hidden.forEach(function (m) { m.setOpacity(1); });
    this.hidden = [];
  };

  SM.Spider = Spider;
})(window.SitrepMap = window.SitrepMap || {});
