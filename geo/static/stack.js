/*
 * Sitrep Map, the popup of a stack (several events at one place or region): the events newest
 * first, a page at a time, each opening to the same details a single event's popup shows.
 */
(function (SM) {
  'use strict';

  var PAGE = 10;

  function button(label, title, onClick) {
    var b = document.createElement('button');
    b.type = 'button'; b.className = 'sm-link'; b.textContent = label; b.title = title;
    L.DomEvent.on(b, 'click', function (ev) { L.DomEvent.stop(ev); onClick(); });
    return b;
  }

  /** One entry of the list; `withPlace` when the stack holds events of several place names. */
  function summary(e, withPlace) {
    var what = e.weapon || e.weapon_category;
    var killed = e.fatalities ? ' · ' + e.fatalities + ' killed' : '';
    var where = withPlace ? (e.place || '?') + ' · ' : '';
    return where + (e.event_date || '?') + ' · ' + e.event_type + (what ? ' · ' + what : '') + killed;
  }

  /** The place names of the events `ids` (`placeOf(i)`), each once, in their order. */
  function placesOf(ids, placeOf) {
    var seen = new Set();
    ids.forEach(function (i) { seen.add(placeOf(i) || ''); });
    return Array.from(seen);
  }

  /**
   * The list's heading: the place, or the places when a few share the spot; "somewhere in" when
   * every event is placed only at a region, a country or an area across regions (the marker is
   * its centre, not a place).
   */
  function heading(count, places, somewhere) {
    var named = places.filter(Boolean);
    var where = !named.length ? 'this place'
      : places.length <= 3 ? named.join(', ') : places.length + ' places';
    return count + ' events · ' + (somewhere && named.length ? 'somewhere in ' : '') + where;
  }

  function pager(box, first, total, show) {
    var nav = document.createElement('div'); nav.className = 'sm-pager';
    if (first > 0) { nav.appendChild(button('‹ newer', 'Newer events', function () { show(first - PAGE); })); }
    var where = document.createElement('span');
    where.textContent = (first + 1) + '–' + Math.min(first + PAGE, total) + ' of ' + total;
    nav.appendChild(where);
    if (first + PAGE < total) { nav.appendChild(button('older ›', 'Older events', function () { show(first + PAGE); })); }
    box.appendChild(nav);
  }

  /**
   * The popup content of a stack: `ids` are its events (newest first), `eventOf(i)` makes one,
   * `placeOf(i)` is its place name (each entry names it when the stack holds several: events
   * placed at one spot, as villages at their hromada's centre).
   * @param {function} details (event) => the single event's popup content
   * @param {function} resize called when the content changed size
   * @param {number} [focus] an event to show at once (its page is the one "back" returns to)
   * @param {boolean} [somewhere] the events are placed only at their region or wider (a stack
   *   holds one precision: its first event tells)
   */
  function stackPopup(ids, eventOf, placeOf, details, resize, focus, somewhere) {
    var box = document.createElement('div'); box.className = 'sm-popup sm-stack-popup';
    var places = placesOf(ids, placeOf), several = places.length > 1;
    function list(first) {
      box.textContent = '';
      var h = document.createElement('h4');
      h.textContent = heading(ids.length, places, somewhere);
      box.appendChild(h);
      var ol = document.createElement('ol'); ol.className = 'sm-list'; ol.start = first + 1;
      ids.slice(first, first + PAGE).forEach(function (i) {
        var e = eventOf(i), li = document.createElement('li');
        li.appendChild(button(summary(e, several), 'Show this event', function () { one(e, first); }));
        ol.appendChild(li);
      });
      box.appendChild(ol);
      if (ids.length > PAGE) { pager(box, first, ids.length, list); }
      resize();
    }
    function one(e, first) {
      box.textContent = '';
      box.appendChild(button('‹ all ' + ids.length + ' events here', 'Back to the list', function () { list(first); }));
      var d = details(e); d.className = 'sm-details'; box.appendChild(d);
      resize();
    }
    var at = focus === undefined ? -1 : ids.indexOf(focus);
    if (at >= 0) { one(eventOf(focus), at - at % PAGE); } else { list(0); }
    return box;
  }

  SM.stackPopup = stackPopup;
})(window.SitrepMap = window.SitrepMap || {});
