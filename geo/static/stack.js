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

  function summary(e) {
    var what = e.weapon || e.weapon_category;
    var killed = e.fatalities ? ' · ' + e.fatalities + ' killed' : '';
    return (e.event_date || '?') + ' · ' + e.event_type + (what ? ' · ' + what : '') + killed;
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
   * The popup content of a stack: `ids` are its events (newest first), `eventOf(i)` makes one.
   * @param {function} details (event) => the single event's popup content
   * @param {function} resize called when the content changed size
   * @param {number} [focus] an event to show at once (its page is the one "back" returns to)
   */
  function stackPopup(ids, eventOf, details, resize, focus) {
    var box = document.createElement('div'); box.className = 'sm-popup sm-stack-popup';
    function list(first) {
      box.textContent = '';
      var h = document.createElement('h4');
      var place = eventOf(ids[0]).place;
      h.textContent = ids.length + ' events · ' + (place || 'this place');
      box.appendChild(h);
      var ol = document.createElement('ol'); ol.className = 'sm-list'; ol.start = first + 1;
      ids.slice(first, first + PAGE).forEach(function (i) {
        var e = eventOf(i), li = document.createElement('li');
        li.appendChild(button(summary(e), 'Show this event', function () { one(e, first); }));
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
