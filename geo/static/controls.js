/*
 * Sitrep Map, what is around the events: the offline basemap (basemap.js: outlines and place
 * names, beneath the tiles), the OSM tiles, the approximate region outlines, the layer control
 * with a toggle per event type and weapon category, and the legend.
 */
(function (SM) {
  'use strict';


  // Offline, every tile fails: after the first screenful fails with none loaded, show the
  // outlines only (no more requests, nothing to wait for on each pan).
  function offlineFallback(map, osm, bare) {
    var failed = 0, loaded = 0;
    osm.on('tileload', function () { loaded += 1; });
    osm.on('tileerror', function () {
      failed += 1;
      if (failed === 4 && !loaded && map.hasLayer(osm)) {
        map.removeLayer(osm); bare.addTo(map);
      }
    });
  }

  /**
   * Outlines, tiles and the (lazily fetched) region outlines.
   * @returns {{osm: L.TileLayer, bare: L.LayerGroup, regions: L.GeoJSON, canvas: SM.BaseCanvas,
   *   first: L.Layer}} (`first`: the base layer to start with, see addBaseLayerAfterPaint)
   */
  function addBasemap(map, config) {
    map.createPane('sm-basemap');
    map.getPane('sm-basemap').style.zIndex = 150;
    // One canvas for every country and the place names (basemap.js): thousands of SVG paths
    // re-clipped on every pan cost more than all the events together.
    var base = new SM.BaseCanvas(map, 'sm-basemap');
    if (config.outlines_data) { base.addData(config.outlines_data); }
    else if (config.outlines_url) { SM.fetchJson(config.outlines_url, function (d) { base.addData(d); }); }
    if (config.places_data) { base.addPlaces(config.places_data); }
    else if (config.places_url) { SM.fetchJson(config.places_url, function (d) { base.addPlaces(d); }); }
    var osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      {maxZoom: 19, attribution: config.osm_attribution});
    var bare = L.layerGroup();
    offlineFallback(map, osm, bare);
    map.attributionControl.addAttribution(config.attribution);

    var regions = L.geoJSON(null, {interactive: false,
      style: {color: '#555', weight: 1, dashArray: '3 3', fill: false}});
    var loaded = false;
    map.on('overlayadd', function (ev) {  // fetched only when someone asks for the layer
      if (ev.layer !== regions || loaded) { return; }
      loaded = true;
      if (config.regions_data) { regions.addData(config.regions_data); }
      else if (config.regions_url) { SM.fetchJson(config.regions_url, function (d) { regions.addData(d); }); }
    });
    return {osm: osm, bare: bare, regions: regions, canvas: base, first: config.tiles ? osm : bare};
  }

  /**
   * Put the first base layer of `base` (addBasemap's) on the map once the first view has been
   * painted: tiles come from the network, after the events and the outlines at the earliest, and
   * making the twelve-odd tile images and their requests (or, offline, their failures) took 10 to
   * 25 ms of the page's main thread before the events could be drawn (README, "page open").
   */
  function addBaseLayerAfterPaint(map, base) {
    function add() {
      if (!map.hasLayer(base.osm) && !map.hasLayer(base.bare)) { base.first.addTo(map); }
    }
    requestAnimationFrame(function () { setTimeout(add, 0); });
  }

  /**
   * The layer control: base layers, one toggle per event type and weapon category, regions.
   * `onToggle(kind, name, on)` is called when a toggle changes ('type' or 'cat').
   * @returns {{types: object, categories: object}} which toggles are on, by name
   */
  function addLayerControl(map, config, base, onToggle) {
    var state = {types: {}, categories: {}}, overlays = {};
    var empty = !config.legend.types.length;  // no events (the range tool's map): no toggles for them
    (empty ? [] : config.types).forEach(function (t) {
      state.types[t] = true;
      var g = L.layerGroup(); g.smToggle = ['type', t]; g.addTo(map);
      overlays['Type: ' + t] = g;
    });
    (empty ? [] : config.categories).forEach(function (c) {
      state.categories[c] = true;
      var g = L.layerGroup(); g.smToggle = ['cat', c]; g.addTo(map);
      overlays[c === 'none' ? 'No weapon named' : 'Weapon: ' + c] = g;  // (it read "Weapon: none")
    });
    overlays['Regions (approximate)'] = base.regions;
    function toggled(ev, on) {
      var t = ev.layer && ev.layer.smToggle;
      if (!t) { return; }
      (t[0] === 'type' ? state.types : state.categories)[t[1]] = on;
      onToggle(t[0], t[1], on);
    }
    map.on('overlayadd', function (ev) { toggled(ev, true); });
    map.on('overlayremove', function (ev) { toggled(ev, false); });
    var control = L.control.layers({'OpenStreetMap (online)': base.osm, 'Outlines only (offline)': base.bare},
      overlays, {collapsed: config.collapsed, position: 'topright'}).addTo(map);
    // an open list of layers would cover the popup's close button
    map.on('popupopen', function () { if (config.collapsed) { control.collapse(); } });
    // the controls first in the map's DOM, so first for Tab (they are drawn above the markers
    // by their z-index either way): Tab went through every marker before the zoom (newuser21)
    var box = map.getContainer();
    box.insertBefore(map._controlContainer, box.firstChild);
    return state;
  }

  // each type its own mark, as each its own shape: "other" was a circle like a strike (newuser33)
  var SHAPE_MARKS = {strike: '●', fighting: '◆', interception: '▲', meeting: '■', other: '★'};

  function legendBody(div, config) {
    var title = document.createElement('b'); title.textContent = 'Weapon category'; div.appendChild(title);
    var grid = document.createElement('div'); grid.className = 'sm-legend-grid';
    config.categories.forEach(function (c) {
      var row = document.createElement('div');
      row.innerHTML = '<svg width="10" height="10"><circle cx="5" cy="5" r="4.5" fill="' +
        config.colours[c] + '"/></svg>';
      row.appendChild(document.createTextNode(c === 'none' ? 'no weapon named' : c));
      grid.appendChild(row);
    });
    div.appendChild(grid);
    var shown = config.legend, shapes = document.createElement('div');
    shapes.className = 'sm-types';
    shown.types.forEach(function (t, i) {
      var mark = document.createElement('span');
      mark.textContent = (SHAPE_MARKS[t] || '●') + ' ' + t;
      if (i) { shapes.appendChild(document.createTextNode(' ')); }
      shapes.appendChild(mark);
    });
    div.appendChild(shapes);
    var dashed = [shown.near ? 'near the place (circle)' : '', shown.region ? 'somewhere in the region (outline)' : '']
      .filter(Boolean);
    var note = document.createElement('div'); note.className = 'sm-note';
    note.textContent = (dashed.length ? 'Dashed: ' + dashed.join(' or ') + '. ' : '') +
      (shown.wide ? 'No shape: somewhere in a country or an area across regions (marker at its centre; ' +
        'left out of the hexagons and regions). ' : '') +
      'A number on a marker: events at one place; click to list them.' +
      (config.clustered ? ' Circles: clusters, ringed by weapon category; click to zoom in.' : '');
    div.appendChild(note);
  }

  /** The legend: a <details> box, folded with one click when it covers events; folded from the
   * start on a small map. It tells only what the map draws: none on a map without events (the
   * range tool's), and only the types, categories and precision shapes of the events there. */
  function addLegend(map, config) {
    if (!config.legend.types.length) { return null; }
    var legend = L.control({position: 'bottomleft'}), size = map.getSize();
    legend.onAdd = function () {
      var div = L.DomUtil.create('details', 'sm-legend');
      div.open = size.x >= config.legend_open_min[0] && size.y >= config.legend_open_min[1];
      var summary = document.createElement('summary'); summary.textContent = 'Legend';
      div.appendChild(summary);
      legendBody(div, config);
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    legend.addTo(map);
    return legend;
  }

  /**
   * Popups above every control. Leaflet keeps its popup pane inside the map pane, under the
   * control corners (z-index 1000), so the markers/density switch or the layer control hid the
   * top of a popup. The pane moves to the map's container, above the corners (map.css), and
   * follows the map pane as it pans and zooms.
   */
  function popupsOnTop(map) {
    var pane = map.getPane('popupPane'), mapPane = map.getPane('mapPane');
    map.getContainer().appendChild(pane);
    L.DomUtil.addClass(pane, 'sm-popups-on-top');
    function follow() { L.DomUtil.setPosition(pane, L.DomUtil.getPosition(mapPane)); }
    map.on('move zoom viewreset resize moveend', follow);
    follow();
  }

  Object.assign(SM, { addBasemap, addBaseLayerAfterPaint, popupsOnTop, addLayerControl, addLegend });
})(window.SitrepMap = window.SitrepMap || {});
