// Tips on marked spans: who said a quotation, who claims a count, what an event is.
// Shown on hover and on keyboard focus; the text comes from data-tip and is set as text.
(function () {
  'use strict';
  function init() {
    var tip = document.createElement('div');
    tip.id = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.appendChild(tip);
    function show(el) {
      tip.textContent = el.getAttribute('data-tip');
      tip.hidden = false;
      var r = el.getBoundingClientRect();
      tip.style.left = Math.max(4, window.scrollX + r.left) + 'px';
      tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
      el.setAttribute('aria-describedby', 'tip');
    }
    function hide(el) {
      tip.hidden = true;
      el.removeAttribute('aria-describedby');
    }
    function marked(target) {
      return target && target.closest ? target.closest('[data-tip]') : null;
    }
    ['mouseover', 'focusin'].forEach(function (type) {
      document.addEventListener(type, function (e) {
        var el = marked(e.target);
        if (el) { show(el); }
      });
    });
    ['mouseout', 'focusout'].forEach(function (type) {
      document.addEventListener(type, function (e) {
        var el = marked(e.target);
        if (el && !el.contains(e.relatedTarget)) { hide(el); }
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
