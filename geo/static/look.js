/*
 * Sitrep Map, how one event looks: its icon (colour by weapon category, shape by event type),
 * its precision shape (a dashed circle for "near X", of the radius the extractor measured or
 * config.near_radius, never smaller on screen than its marker; the region's outline for
 * "somewhere in X")
 * and its popup. Report text only ever becomes textContent, never HTML.
 */
(function (SM) {
  'use strict';

  var SHAPE_SVG = {
    diamond: '<path d="M12 2 L22 12 L12 22 L2 12 Z"/>',
    triangle: '<path d="M12 3 L22 21 L2 21 Z"/>',
    square: '<rect x="4" y="4" width="16" height="16" rx="2"/>',
    star: '<path d="M12 2 L14.7 8.8 L22 9.3 L16.4 13.9 L18.2 21 L12 17.1 L5.8 21 L7.6 13.9 L2 9.3 L9.3 8.8 Z"/>',
    circle: '<circle cx="12" cy="12" r="9"/>'
  };

  /** The colour of an event's weapon category (from our own table, never from event text). */
  function colourOf(config, e) {
    return config.colours[e.weapon_category || 'none'] || config.colours.none;
  }

  // Markers of the same look share one parsed SVG that each copies (the count is a text node
  // of its own): hundreds of markers made at once, zooming in near a dense place, each parsing
  // its SVG from text cost the most script of a move. A marker given a new icon (setIcon)
  // keeps its element, filled again (as Leaflet's DivIcon does).
  var looks = new Map();
  var LookIcon = L.DivIcon.extend({
    createIcon: function (old) {
      var o = this.options, made = looks.get(o.html);
      if (!made) { made = document.createElement('div'); made.innerHTML = o.html; looks.set(o.html, made); }
      var div = made.cloneNode(true);
      if (old && old.tagName === 'DIV') { old.replaceChildren.apply(old, Array.from(div.childNodes)); div = old; }
      if (o.badge) {
        var badge = document.createElement('span');
        badge.className = 'sm-badge'; badge.textContent = o.badge; div.appendChild(badge);
      }
      this._setIconStyles(div, 'icon');
      return div;
    }
  });

  // The map's markers are moved by a 2D translation where Leaflet's are 3D: Chromium makes
  // each 3D-translated element a compositing layer of its own (every marker and cluster in
  // view one layer), and a time step adding, moving or taking off a few of them rebuilt the
  // layer tree; as 2D they are painted into their pane's one layer.
  var Marker = L.Marker.extend({
    _setPos: function (pos) {
      if (this._icon) {
        this._icon._leaflet_pos = pos;  // what L.DomUtil.getPosition reads
        this._icon.style.transform = 'translate(' + pos.x + 'px,' + pos.y + 'px)';
      }
      if (this._shadow) { L.DomUtil.setPosition(this._shadow, pos); }
      this._zIndex = pos.y + this.options.zIndexOffset;
      this._resetZIndex();
    },
    // Tab reaches a marker (a button, with a focus ring) but Leaflet opens only a bound popup on
    // Enter, and these open the map's own: Enter and Space open it as a click does (newuser20).
    _initInteraction: function () {
      L.Marker.prototype._initInteraction.call(this);
      var el = this._icon, self = this;
      if (!el || el.smKeys) { return; }
      el.smKeys = true;
      L.DomEvent.on(el, 'keydown', function (ev) {
        if (ev.key !== 'Enter' && ev.key !== ' ' && ev.key !== 'Spacebar') { return; }
        L.DomEvent.stop(ev);  // (Space would scroll the page)
        self.fire('click', {originalEvent: ev, latlng: self.getLatLng()});
      });
    }
  });

  /** A marker at `latlng` (L.marker's arguments), placed as Marker above says. */
  function marker(latlng, options) { return new Marker(latlng, options); }

  /** The marker icon of an event; `count` above 1 adds a badge (a stack of events). Its option
   * `look` is the same for two icons that draw the same element. */
  function icon(config, e, count) {
    var shape = config.shapes[e.event_type] || 'circle';
    var className = 'sm-event sm-type-' + shape + (count > 1 ? ' sm-stack' : ''), badge = count > 1 ? countLabel(count) : '';
    var html = '<svg width="22" height="22" viewBox="0 0 24 24" fill="' + colourOf(config, e) +
      '" stroke="#fff" stroke-width="2">' + (SHAPE_SVG[shape] || SHAPE_SVG.circle) + '</svg>';
    return new LookIcon({className: className, iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -10],
      badge: badge, html: html, look: className + '|' + badge + '|' + html});
  }

  function add(dl, term, value) {
    if (value === null || value === undefined || value === '') { return; }
    var dt = document.createElement('dt'); dt.textContent = term;
    var dd = document.createElement('dd'); dd.textContent = String(value);
    dl.appendChild(dt); dl.appendChild(dd);
  }

  /** The label of a field (geo.labels, handed over in the configuration), as a popup's term. */
  function termOf(config, field) {
    var words = config.labels[field] || field;
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** An event's day as popups and lists say it: "2026-11-26", or "2026-11-26 (week)" for a day
   * that stands for its week or month (geo.precision.shown_dates, the Map page's table). */
  function shownDay(config, e) {
    return (e.event_date || '?') + (config.time_precision_suffix[e.time_precision] || '');
  }

  function facts(config, e) {
    var dl = document.createElement('dl');
    add(dl, termOf(config, 'event_date'), shownDay(config, e));
    add(dl, termOf(config, 'place'), e.place + (e.country ? ', ' + e.country : ''));
    add(dl, termOf(config, 'geo_precision'), e.wide ? 'somewhere in ' + (e.place || e.country) + ' (no one region: not in the density views)'
      : config.geo_precision_words[e.geo_precision]);
    add(dl, termOf(config, 'side_of_line'), e.side_of_line);
    add(dl, termOf(config, 'place_mention'), e.place_mention);
    // as the review table's two columns: the system named, then its category; a category alone
    // says that no system was named (the table's weapon cell is empty)
    add(dl, termOf(config, 'weapon'), e.weapon ? e.weapon + ' (' + (e.weapon_category || '?') + ')'
      : e.weapon_category && e.weapon_category + ' (no system named)');
    add(dl, termOf(config, 'actor'), e.actor);
    add(dl, termOf(config, 'fatalities'), e.fatalities);
    add(dl, termOf(config, 'injured'), e.injured);
    add(dl, termOf(config, 'verification'), e.verification + (e.claimed_by ? ', by ' + e.claimed_by : ''));
    add(dl, termOf(config, 'source'), e.source);
    return dl;
  }

  /** An interception's counts, "21 destroyed (of 30 launched)", "12 launched"; '' when none
   * (the heading's and, in a stack's list, the entry's: newuser32 read none there). */
  function intercepted(e) {
    var d = e.destroyed, l = e.launched, has = function (v) { return v !== null && v !== undefined; };
    if (has(d)) { return d + ' destroyed' + (has(l) ? ' (of ' + l + ' launched)' : ''); }
    return has(l) ? l + ' launched' : '';
  }

  /** An interception's counts as the heading says them: ": 21 destroyed (of 30 launched)". */
  function counts(e) {
    var said = intercepted(e);
    return said ? ': ' + said : '';
  }

  /**
   * The popup of one event, built from text nodes only.
   * @param {object} config the map's configuration
   * @param {string[]} omitted the long-text columns left out of the payload
   * @param {object} e the event (see Events.event)
   */
  function popup(config, omitted, e) {
    var box = document.createElement('div'); box.className = 'sm-popup';
    var h = document.createElement('h4');
    var what = e.weapon || e.weapon_category;
    h.textContent = e.event_type + (what ? ' · ' + what : '') + counts(e);
    box.appendChild(h);
    box.appendChild(facts(config, e));
    if (e.source_text) {
      var q = document.createElement('blockquote'); q.textContent = e.source_text; box.appendChild(q);
    } else if (omitted.indexOf('source_text') >= 0) {
      var o = document.createElement('p'); o.className = 'sm-note';
      o.textContent = 'The sentence is in the table and the exports (too many events to embed it).';
      box.appendChild(o);
    }
    if (e.notes) { var n = document.createElement('p'); n.textContent = e.notes; box.appendChild(n); }
    return box;
  }

  // A circle as a polygon of CIRCLE_POINTS corners (at most 0.02 % of its radius inside the
  // true circle): Leaflet clips a polygon to the view, but draws a circle whole, and a dashed
  // 15 km circle at zoom 16 is 40,000 px of dashes to draw on every move.
  var CIRCLE_POINTS = 160;
  function circlePoints(lat, lon, radius) {
    var phi = lat * Math.PI / 180, d = radius / 6371008.8, points = [];
    for (var k = 0; k < CIRCLE_POINTS; k++) {
      var t = 2 * Math.PI * k / CIRCLE_POINTS;
      var p2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(t));
      var l2 = Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(phi), Math.cos(d) - Math.sin(phi) * Math.sin(p2));
      points.push([p2 * 180 / Math.PI, lon + l2 * 180 / Math.PI]);
    }
    return points;
  }

  /**
   * A geodesic circle that never shrinks on screen below `minPx` pixels of radius: at low zoom
   * a 1 km "near" circle would vanish under its marker, so its projected ring is widened about
   * the centre (the geographic shape, and so the map's bounds, stay the true circle).
   */
  var Circle = L.Polygon.extend({
    initialize: function (lat, lon, radius, minPx, style) {
      L.Polygon.prototype.initialize.call(this, circlePoints(lat, lon, radius), style);
      this._smCentre = L.latLng(lat, lon);
      this._smMinPx = minPx;
    },
    _project: function () {
      L.Polygon.prototype._project.call(this);
      var outline = this._rings[0];
      if (!outline || !outline.length) { return; }
      var c = this._map.latLngToLayerPoint(this._smCentre), r = c.distanceTo(outline[0]);
      if (!(r > 0) || r >= this._smMinPx) { this._smPx = r; return; }
      var k = this._smMinPx / r, box = new L.Bounds();
      outline.forEach(function (p) { p.x = c.x + (p.x - c.x) * k; p.y = c.y + (p.y - c.y) * k; box.extend(p); });
      this._smPx = this._smMinPx;
      this._rawPxBounds = box;
      this._updateBounds();
    }
  });

  function circle(lat, lon, radius, style, minPx) {
    return new Circle(lat, lon, radius, minPx || 0, style);
  }

  /** The shape that says how precise the place is, or null for the place itself. */
  function extentOf(config, e) {
    var P = config.geo_precision, colour = colourOf(config, e);
    var style = {color: colour, weight: 1.5, dashArray: '5 5', fillOpacity: 0.08, interactive: false};
    if (e.geo_precision === P.NEAR) {  // the extractor's measured radius, else the default
      return circle(e.lat, e.lon, e.radius_m > 0 ? e.radius_m : config.near_radius, style, config.near_min_px);
    }
    if (e.wide) { return null; }  // a country or an area across regions: no outline, and no circle to suggest one place
    if (e.geo_precision === P.REGION) {
      var outline = config.region_of[e.country + '|' + e.admin1];  // the spelling's outline
      var geom = outline && config.regions[outline];
      return geom ? L.geoJSON(geom, {interactive: false, style: style})
        : circle(e.lat, e.lon, config.region_radius, L.extend({}, style, {fillOpacity: 0.06}));
    }
    return null;
  }

  /** What extentOf's shape depends on besides the stack's point: equal keys, equal shapes. */
  function extentKey(config, e) {
    return [e.geo_precision, colourOf(config, e), e.radius_m, e.country, e.admin1, e.wide].join('|');
  }

  function countLabel(n) {
    if (n >= 10000) { return Math.round(n / 1000) + 'k'; }
    return n >= 1000 ? (n / 1000).toFixed(1) + 'k' : String(n);
  }

  var SVG = 'http://www.w3.org/2000/svg';

  // A ring of arcs, one per weapon category, in the legend's colours, around the count: each
  // part an element's tag and its attributes (in the order they are written).
  function ring(config, cats, total, size) {
    var r = size / 2 - 3, c = size / 2, turn = -Math.PI / 2, out = [];
    for (var k = 0; k < cats.length; k++) {
      if (!cats[k]) { continue; }
      var colour = config.colours[config.categories[k]] || config.colours.none;
      if (cats[k] === total) {
        return [['circle', {cx: String(c), cy: String(c), r: String(r), fill: 'none', stroke: colour, 'stroke-width': '6'}]];
      }
      var end = turn + 2 * Math.PI * cats[k] / total, large = end - turn > Math.PI ? 1 : 0;
      out.push(['path', {d: 'M' + (c + r * Math.cos(turn)).toFixed(2) + ' ' + (c + r * Math.sin(turn)).toFixed(2) +
        ' A' + r + ' ' + r + ' 0 ' + large + ' 1 ' + (c + r * Math.cos(end)).toFixed(2) + ' ' +
        (c + r * Math.sin(end)).toFixed(2), fill: 'none', stroke: colour, 'stroke-width': '6'}]);
      turn = end;
    }
    return out;
  }

  /** Give `el` the attributes `attrs`, writing only those that differ (a write is a change). */
  function setAttributes(el, attrs) {
    Object.keys(attrs).forEach(function (k) { if (el.getAttribute(k) !== attrs[k]) { el.setAttribute(k, attrs[k]); } });
  }

  /** The element `el` made into `parts` (the ring's) from its child `from` on: the children of
   * the same tag kept, their attributes changed where they differ; the rest made or taken off. */
  function setChildren(el, from, parts) {
    parts.forEach(function (part, k) {
      var child = el.childNodes[from + k];
      if (!child || child.tagName !== part[0]) {
        var made = document.createElementNS(SVG, part[0]);
        if (child) { el.replaceChild(made, child); } else { el.appendChild(made); }
        child = made;
      }
      setAttributes(child, part[1]);
    });
    while (el.childNodes.length > from + parts.length) { el.removeChild(el.lastChild); }
  }

  // A cluster's icon: its disc, ring and count. A cluster whose events changed (a time step, a
  // pan that cuts it) keeps its element: what differs is written into it, where parsing its SVG
  // anew from text was most of a step's script. Its size is set once, and again only if it
  // changes (Leaflet's own styling would also reset the classes Leaflet added to it).
  var ClusterIcon = L.DivIcon.extend({
    createIcon: function (old) {
      var o = this.options, size = o.iconSize[0], half = String(size / 2), div = old;
      if (!old || !old.smCluster) {
        div = document.createElement('div');
        div.appendChild(document.createElementNS(SVG, 'svg')).appendChild(document.createElementNS(SVG, 'circle'));
        div.appendChild(document.createElement('span'));
        div.smCluster = true;
        this._setIconStyles(div, 'icon');
      } else if (old.smSize !== size) {
        var edge = size + 'px', margin = -Math.round(size / 2) + 'px';
        div.style.width = edge; div.style.height = edge; div.style.marginLeft = margin; div.style.marginTop = margin;
      }
      div.smSize = size;
      var svg = div.firstChild;
      setAttributes(svg, {width: String(size), height: String(size)});
      setAttributes(svg.firstChild, {cx: half, cy: half, r: String(size / 2 - 6), fill: 'rgba(30,30,45,.85)'});
      setChildren(svg, 1, ring(o.config, o.cats, o.n, size));
      if (div.lastChild.textContent !== o.label) { div.lastChild.textContent = o.label; }
      return div;
    }
  });

  var COUNT = new Intl.NumberFormat('en');  // one formatter: toLocaleString makes one a call

  /** A count as the map writes it in titles and tooltips: 12,345. */
  function countText(n) { return COUNT.format(n); }

  /** The icon of a cluster of `n` events whose weapon categories are counted in `cats`. */
  function clusterIcon(config, n, cats) {
    var size = n < 100 ? 34 : n < 1000 ? 40 : n < 10000 ? 46 : 52;
    return new ClusterIcon({className: 'sm-cluster', iconSize: [size, size], config: config, n: n, cats: cats,
      label: countLabel(n)});
  }

  Object.assign(SM, { colourOf, icon, marker, popup, extentOf, extentKey, clusterIcon, countText, shownDay, intercepted });
})(window.SitrepMap = window.SitrepMap || {});
