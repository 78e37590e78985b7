/*
 * Sitrep Map, the mouse wheel on a map inside a page: scrolling the page past the map must not
 * zoom it. In a frame (the Streamlit page), the wheel zooms only once the map has been clicked or
 * focused, until the pointer leaves it; a wheel before that scrolls the page and shows a short
 * hint. A map that is the whole page (the standalone file) zooms with the wheel at once.
 */
(function (SM) {
  'use strict';

  var HINT_MS = 1500;

  function inFrame() {
    try { return window.self !== window.top; } catch { return true; }  // a foreign parent
  }

  /**
   * Leaflet's keyboard handler focuses the map on mousedown, and restores only its own window's
   * scroll: in a frame taller than the window (the app at 1366x768, a phone) focusing scrolled
   * the host page to show the frame, the marker moved between press and release, and the click
   * was lost. Focus without scrolling anything.
   */
  function focusWithoutScroll(map) {
    var keys = map.keyboard;
    if (!keys || !keys.enabled()) { return; }
    keys.disable();  // its listeners were bound to the old function
    keys._onMouseDown = function () {
      if (!this._focused) { this._map.getContainer().focus({preventScroll: true}); }
    };
    keys.enable();
  }

  /** Leave the wheel to the page until the map is clicked; `data-sm-wheel` says which. */
  function wheelAfterClick(map) {
    focusWithoutScroll(map);
    if (!inFrame()) { return; }
    var box = map.getContainer(), hint = L.DomUtil.create('div', 'sm-wheel-hint', box), timer = 0;
    hint.textContent = 'Click the map to zoom with the wheel';
    function set(on) {
      if (on) { map.scrollWheelZoom.enable(); } else { map.scrollWheelZoom.disable(); }
      box.dataset.smWheel = on ? 'on' : 'off';
      if (on) { hint.classList.remove('sm-shown'); }
    }
    set(false);
    map.on('click focus', function () { set(true); });
    box.addEventListener('mousedown', function () { set(true); });
    box.addEventListener('mouseleave', function () { set(false); });
    box.addEventListener('wheel', function () {
      if (map.scrollWheelZoom.enabled()) { return; }
      hint.classList.add('sm-shown');
      clearTimeout(timer);
      timer = setTimeout(function () { hint.classList.remove('sm-shown'); }, HINT_MS);
    }, {passive: true});
  }

  SM.wheelAfterClick = wheelAfterClick;
})(window.SitrepMap = window.SitrepMap || {});
