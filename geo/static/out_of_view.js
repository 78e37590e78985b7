/*
 * Sitrep Map, the events out of view: the map's count says how many of the events on the map lie
 * outside the present view ("7 events on the map; 1 out of view: zoom out to see it"). The first
 * view is the theatre's when most events lie in it, and newuser21's import preview said "7 events
 * on the map" with the eighth, put in South Africa, out of sight. Loaded after map.js, it wraps
 * SitrepMap.start as time.js does.
 */
(function (SM) {
  'use strict';

  /** How many of the events the view shows lie outside the map's present bounds. */
  function outside(view) {
    if (!view.events || !view.pos || !view.shown) { return 0; }
    var bounds = view.map.getBounds(), pos = view.pos, scale = view.config.scale, n = 0;
    for (var s = 0; s < view.events.stacks.count; s++) {
      var k = view.shown.count[s];
      if (k && !bounds.contains([pos.lat[s] / scale, pos.lon[s] / scale])) { n += k; }
    }
    return n;
  }

  var start = SM.start;
  /** SitrepMap.start, with the count of events out of view added to the map's count. */
  SM.start = function (map, payload, config) {
    var handle = start(map, payload, config), view = handle.view, tell = view.tell;
    view.tell = function () {
      tell.call(this);
      if (!this.count || !this.count.textContent) { return; }
      var out = outside(this);
      this.box.dataset.smOutside = String(out);
      if (out) {
        this.count.textContent += '; ' + out.toLocaleString('en-US') + ' out of view: zoom out to see ' +
          (out === 1 ? 'it' : 'them');
        this.box.dataset.smCount = this.count.textContent;
      }
    };
    map.on('moveend', function () { if (view.events) { view.tell(); } });
    return handle;
  };
})(window.SitrepMap = window.SitrepMap || {});
