/*
 * Sitrep Map, the entry point: SitrepMap.start(map, payload, config) draws the events of
 * geo.layers.EventLayers on a Leaflet map. Up to config.cluster_above events each get a marker;
 * above that they are clustered (cluster.js) and only what is in view is drawn, again on every
 * pan or zoom. The map's container carries data-sm-* attributes the tests and benchmarks read:
 * ready ('0', '1' or 'error'), total, shown, in-view and draw-ms.
 */
(function (SM) {
  'use strict';

  /** The named layers the events are drawn into. */
  function featureGroups(map) {
    return {
      markers: L.featureGroup().addTo(map),  // event markers and cluster markers in view
      extents: L.featureGroup().addTo(map)   // precision circles and region outlines
    };
  }

  function View(map, config) {
    this.map = map;
    this.config = config;
    this.box = map.getContainer();
    this.groups = featureGroups(map);
    this.events = null;  // SM.Events, once unpacked
    this.on = null;      // 1 per event whose type and category are switched on
    this.xy = null;      // projected positions (clustered mode only)
    this.toggles = null;
  }

  View.prototype.clear = function () {
    this.groups.markers.clearLayers();
    this.groups.extents.clearLayers();
  };

  View.prototype.visible = function (i) {
    var ev = this.events, t = this.toggles;
    return t.types[ev.text('event_type', i)] !== false &&
      t.categories[ev.text('weapon_category', i) || 'none'] !== false;
  };

  View.prototype.markerOf = function (e) {
    var view = this, marker = L.marker([e.lat, e.lon], {icon: SM.icon(this.config, e), title: e.place || ''});
    // The popup belongs to the map, not the marker: in clustered mode panning redraws the
    // markers in view, which would otherwise close the popup the pan was made to show.
    marker.on('click', function () {
      L.popup({maxWidth: 340, offset: [0, -10]}).setLatLng(marker.getLatLng())
        .setContent(SM.popup(view.config, view.events.omitted, e)).openOn(view.map);
    });
    return marker;
  };

  View.prototype.addEvent = function (i) {
    var e = this.events.event(i);
    this.groups.markers.addLayer(this.markerOf(e));
    var extent = SM.extentOf(this.config, e);
    if (extent) { this.groups.extents.addLayer(extent); }
  };

  View.prototype.addCluster = function (c) {
    var s = this.config.scale, map = this.map, maxZoom = this.config.max_zoom;
    var m = L.marker([c.lat / c.n / s, c.lon / c.n / s], {icon: SM.clusterIcon(c.n), title: c.n + ' events'});
    var bounds = L.latLngBounds([c.south / s, c.west / s], [c.north / s, c.east / s]);
    m.on('click', function () { map.fitBounds(bounds, {maxZoom: maxZoom, animate: false}); });
    this.groups.markers.addLayer(m);
  };

  /** Clustered mode: redraw what is in view at the current zoom. */
  View.prototype.draw = function () {
    this.clear();
    var b = this.map.getBounds(), s = this.config.scale, zoom = Math.round(this.map.getZoom());
    var box = {south: b.getSouth() * s, north: b.getNorth() * s, west: b.getWest() * s, east: b.getEast() * s};
    var view = this, inView = 0;
    if (zoom > this.config.cluster_max_zoom) {  // at the closest zoom every event is its own marker
      for (var i = 0; i < this.events.n; i++) {
        var la = this.events.lat[i], lo = this.events.lon[i];
        if (!this.on[i] || la < box.south || la > box.north || lo < box.west || lo > box.east) { continue; }
        inView += 1;
        this.addEvent(i);
      }
    } else {
      var found = SM.grid(this.events, this.xy, this.on, box, zoom);
      inView = found.inView;
      found.cells.forEach(function (c) {
        if (c.gone) { return; }
        if (c.n < view.config.cluster_min) { c.some.forEach(function (j) { view.addEvent(j); }); return; }
        view.addCluster(c);
      });
    }
    this.box.dataset.smInView = String(inView);
  };

  /** Recompute which events are switched on, then draw them. */
  View.prototype.refresh = function () {
    var clustered = this.config.clustered, shown = 0;
    this.clear();
    if (clustered && !this.xy) { this.xy = SM.project(this.events); }
    this.on = new Uint8Array(this.events.n);
    for (var i = 0; i < this.events.n; i++) {
      if (!this.visible(i)) { continue; }
      this.on[i] = 1; shown += 1;
      if (!clustered) { this.addEvent(i); }
    }
    if (clustered) { this.draw(); } else { this.box.dataset.smInView = String(shown); }
    this.box.dataset.smShown = String(shown);
  };

  /** The first view: every event, and (unclustered) every precision shape, in sight. */
  View.prototype.fit = function () {
    var bounds = this.events.bounds();
    if (!this.config.fit || !bounds) { return; }
    this.map.fitBounds(bounds.pad(0.1), {maxZoom: 9, animate: false});
  };

  View.prototype.fitExtents = function () {
    var extents = this.groups.extents;
    if (this.config.fit && extents.getLayers().length && !this.config.clustered) {
      this.map.fitBounds(this.map.getBounds().extend(extents.getBounds()), {maxZoom: 9, animate: false});
    }
  };

  /**
   * Draw the packed events on `map`.
   * @param {L.Map} map the Leaflet map
   * @param {string} payload geo.layers.encode_events' output
   * @param {object} config geo.layers.EventLayers' configuration
   * @returns {{map: L.Map, refresh: function, event: function, groups: object}}
   */
  function start(map, payload, config) {
    var view = new View(map, config), started = performance.now();
    view.box.dataset.smReady = '0';
    var base = SM.addBasemap(map, config);
    view.toggles = SM.addLayerControl(map, config, base, function () {
      if (view.events) { view.refresh(); }
    });
    map.on('moveend', function () { if (view.events && view.on && config.clustered) { view.draw(); } });
    SM.addLegend(map, config);
    new Promise(function (done) { done(new SM.Events(payload, config)); }).then(function (events) {
      view.events = events;
      view.fit();
      view.refresh();
      view.fitExtents();
      view.box.dataset.smTotal = String(events.n);
      view.box.dataset.smDrawMs = String(Math.round(performance.now() - started));
      view.box.dataset.smReady = '1';
    }).catch(function (err) { view.box.dataset.smReady = 'error'; throw err; });
    return {
      map: map,
      groups: view.groups,
      refresh: function () { view.refresh(); },
      event: function (i) { return view.events.event(i); }
    };
  }

  SM.start = start;
})(window.SitrepMap = window.SitrepMap || {});
