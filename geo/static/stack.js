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

  function given(v) { return v !== null && v !== undefined; }

  /** "2 killed, 16 injured", "3 injured", "0 killed": each figure the report gave (an entry read
   * killed only, so a strike with 3 injured showed no figure, newuser26); '' when none. */
  function toll(killed, injured) {
    var parts = [];
    if (given(killed)) { parts.push(killed + ' killed'); }
    if (given(injured)) { parts.push(injured + ' injured'); }
    return parts.join(', ');
  }

  /** One entry of the list; `withPlace` when the stack holds events of several place names;
   * `dayOf(e)` its day as the popup says it ("2026-11-26 (week)"). */
  function summary(e, withPlace, dayOf) {
    var what = e.weapon || e.weapon_category;
    var figures = toll(e.fatalities, e.injured) || SM.intercepted(e);  // "64 destroyed (of 81 launched)"
    var where = withPlace ? (e.place || '?') + ' · ' : '';
    return where + dayOf(e) + ' · ' + e.event_type + (what ? ' · ' + what : '') +
      (figures ? ' · ' + figures : '');
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

  /** "1–10 of 114" and the buttons to the pages before and after; `unit` follows the total
   * (" lines" when alike events are one line each: the heading counts the events). */
  function pager(box, first, total, show, unit) {
    var nav = document.createElement('div'); nav.className = 'sm-pager';
    if (first > 0) { nav.appendChild(button('‹ newer', 'Newer events', function () { show(first - PAGE); })); }
    var where = document.createElement('span');
    where.textContent = (first + 1) + '–' + Math.min(first + PAGE, total) + ' of ' + total + (unit || '');
    nav.appendChild(where);
    if (first + PAGE < total) { nav.appendChild(button('older ›', 'Older events', function () { show(first + PAGE); })); }
    box.appendChild(nav);
  }

  /** `ids` in entries: the records of one report at one place and date (`reportOf(i)`, -1 for
   * an event alone) together, each entry where its first record in `ids` stands. */
  function entriesOf(ids, reportOf) {
    var entries = [], at = new Map();
    ids.forEach(function (i) {
      var r = reportOf(i);
      if (r < 0) { entries.push([i]); return; }
      if (!at.has(r)) { at.set(r, entries.length); entries.push([]); }
      entries[at.get(r)].push(i);
    });
    // a report's records in the order it was read (the list is newest first, later rows first)
    entries.forEach(function (entry) { entry.sort(function (a, b) { return a - b; }); });
    return entries;
  }

  /** A record of a report's entry: its weapon, figures and claim ("missile · 2 killed, 7 injured
   * · claimed by the governor"). */
  function recordLine(e) {
    var figures = [toll(e.fatalities, e.injured)].filter(Boolean);
    if (e.destroyed !== null && e.destroyed !== undefined) { figures.push(e.destroyed + ' destroyed'); }
    var weapon = e.weapon ? e.weapon + ' (' + (e.weapon_category || '?') + ')' : e.weapon_category || 'no weapon named';
    var claim = (e.verification || '') + (e.claimed_by ? ' by ' + e.claimed_by : '');
    return [weapon].concat(figures.length ? [figures.join(', ')] : [], claim ? [claim] : []).join(' · ');
  }

  /** The sum of `field` over `records` that give it; null when none does. */
  function summed(records, field) {
    var given_ = records.filter(function (r) { return given(r[field]); });
    return given_.length ? given_.reduce(function (t, r) { return t + r[field]; }, 0) : null;
  }

  /** The list's line of an entry holding a report's several records: one event, its weapons. */
  function reportSummary(records, withPlace, dayOf) {
    var e = records[0], weapons = [];
    records.forEach(function (r) {
      var w = r.weapon || r.weapon_category;
      if (w && weapons.indexOf(w) < 0) { weapons.push(w); }
    });
    var figures = toll(summed(records, 'fatalities'), summed(records, 'injured'));
    var where = withPlace ? (e.place || '?') + ' · ' : '';
    return where + dayOf(e) + ' · ' + e.event_type + (weapons.length ? ' · ' + weapons.join(' and ') : '') +
      (figures ? ' · ' + figures : '') + ' (one report, ' + records.length + ' records)';
  }

  /**
   * The list's lines: an entry each, but events alone whose lines read the same (a data set's
   * many alike events on one region's centre: UCDP's 132 "2014-08-29 · fighting · 1 killed" at
   * Novokaterynivka filled 14 pages) are one line with their count, where the first stands.
   * `labelOf(entry)` is an entry's line. Each line: {label, entries}.
   */
  function linesOf(entries, labelOf) {
    var lines = [], at = new Map();
    entries.forEach(function (entry) {
      var label = labelOf(entry), key = entry.length === 1 ? label : null;
      if (key !== null && at.has(key)) { lines[at.get(key)].entries.push(entry); return; }
      if (key !== null) { at.set(key, lines.length); }
      lines.push({ label: label, entries: [entry] });
    });
    return lines;
  }

  /** A line's text: its label, and "×132" when it stands for several alike events. */
  function lineText(line) {
    return line.label + (line.entries.length > 1 ? ' ×' + line.entries.length : '');
  }

  /** "‹ previous · 3 of 132 alike · next ›": steps through a line's alike events. */
  function alikePager(k, total, show) {
    var nav = document.createElement('div'); nav.className = 'sm-pager';
    if (k > 0) { nav.appendChild(button('‹ previous', 'The alike event before', function () { show(k - 1); })); }
    var where = document.createElement('span');
    where.textContent = (k + 1) + ' of ' + total + ' alike';
    nav.appendChild(where);
    if (k + 1 < total) { nav.appendChild(button('next ›', 'The next alike event', function () { show(k + 1); })); }
    return nav;
  }

  /** One report's records of a place and day, under their heading: each a button (`open(r)`). */
  function recordsList(box, records, somewhere, dayOf, open) {
    var e = records[0], h = document.createElement('h4');
    h.textContent = '1 event, ' + records.length + ' records · ' + (somewhere && e.place ? 'somewhere in ' : '') + (e.place || 'this place');
    box.appendChild(h);
    var p = document.createElement('p'); p.className = 'sm-report-note';
    p.textContent = dayOf(e) + ' · ' + e.event_type + ' · one report\'s records of this place and day:';
    box.appendChild(p);
    var ol = document.createElement('ol'); ol.className = 'sm-list sm-records';
    records.forEach(function (r) {
      var li = document.createElement('li');
      li.appendChild(button(recordLine(r), 'Show this record', function () { open(r); }));
      ol.appendChild(li);
    });
    box.appendChild(ol);
  }

  /** [the line, the entry among its alike ones] holding the event `focus`; [-1, -1] if none. */
  function lineOf(lines, focus) {
    var found = [-1, -1];
    lines.forEach(function (line, n) {
      line.entries.forEach(function (entry, m) { if (focus !== undefined && entry.indexOf(focus) >= 0) { found = [n, m]; } });
    });
    return found;
  }

  /**
   * The popup content of a stack: `ids` are its events (newest first), `eventOf(i)` makes one,
   * `placeOf(i)` is its place name (each entry names it when the stack holds several: events
   * placed at one spot, as villages at their hromada's centre), `reportOf(i)` its report group:
   * the records of one report at one place and date (a "missile and drone attack", stored as one
   * record per weapon category) are one entry, which lists each record. Alike events are one
   * line with their count (see `linesOf`), opening to each in turn.
   * @param {function} details (event) => the single event's popup content
   * @param {function} resize called when the content changed size
   * @param {number} [focus] an event to show at once (its page is the one "back" returns to)
   * @param {boolean} [somewhere] the events are placed only at their region or wider (a stack
   *   holds one precision: its first event tells)
   * @param {function} [dayOf] (event) => its day as the popup says it, "2026-11-26 (week)" for a
   *   day that stands for its week (a weekly bulletin's rows read as one day's, newuser32)
   */
  function stackPopup(ids, eventOf, placeOf, details, resize, focus, somewhere, reportOf, dayOf) {
    dayOf = dayOf || function (e) { return e.event_date || '?'; };
    var box = document.createElement('div'); box.className = 'sm-popup sm-stack-popup';
    var places = placesOf(ids, placeOf), several = places.length > 1;
    var entries = entriesOf(ids, reportOf || function () { return -1; }), oneReport = entries.length === 1;
    var lines = linesOf(entries, function (entry) {
      var records = entry.map(eventOf);
      return entry.length === 1 ? summary(records[0], several, dayOf) : reportSummary(records, several, dayOf);
    });
    function back(label, to) { box.appendChild(button(label, 'Back to the list', to)); }
    function toList(first) { back('‹ all ' + entries.length + ' events here', function () { list(first); }); }
    function list(first) {
      box.textContent = '';
      var h = document.createElement('h4');
      h.textContent = heading(entries.length, places, somewhere) +
        (entries.length < ids.length ? ' (' + ids.length + ' records)' : '');
      box.appendChild(h);
      var ol = document.createElement('ol'); ol.className = 'sm-list'; ol.start = first + 1;
      lines.slice(first, first + PAGE).forEach(function (line) {
        var li = document.createElement('li'), entry = line.entries[0];
        li.appendChild(line.entries.length > 1
          ? button(lineText(line), line.entries.length + ' events read alike: show each', function () { alike(line, first, 0); })
          : entry.length === 1
            ? button(line.label, 'Show this event', function () { one(eventOf(entry[0]), first); })
            : button(line.label, 'Show its records', function () { report(entry.map(eventOf), first); }));
        ol.appendChild(li);
      });
      box.appendChild(ol);
      if (lines.length > PAGE) { pager(box, first, lines.length, list, lines.length < entries.length ? ' lines' : ''); }
      resize();
    }
    function report(records, first) {
      box.textContent = '';
      if (!oneReport) { toList(first); }
      recordsList(box, records, somewhere, dayOf, function (r) { one(r, first, records); });
      resize();
    }
    function one(e, first, records) {
      box.textContent = '';
      if (records) { back('‹ the report\'s ' + records.length + ' records', function () { report(records, first); }); } else { toList(first); }
      var d = details(e); d.className = 'sm-details'; box.appendChild(d);
      resize();
    }
    function alike(line, first, k) {
      box.textContent = '';
      toList(first);
      box.appendChild(alikePager(k, line.entries.length, function (to) { alike(line, first, to); }));
      var d = details(eventOf(line.entries[k][0])); d.className = 'sm-details'; box.appendChild(d);
      resize();
    }
    var found = lineOf(lines, focus), at = found[0], k = found[1];
    var start = at < 0 ? 0 : at - at % PAGE, entry = at < 0 ? null : lines[at].entries[k];
    if (at >= 0 && lines[at].entries.length > 1) { alike(lines[at], start, k); }
    else if (at >= 0 && entry.length === 1) { one(eventOf(focus), start); }
    else if (at >= 0) { one(eventOf(focus), start, entry.map(eventOf)); }
    else if (oneReport) { report(entries[0].map(eventOf), 0); } else { list(0); }
    return box;
  }

  SM.stackPopup = stackPopup;
})(window.SitrepMap = window.SitrepMap || {});
