// The timeline page: articles and events per day of the current search, as a bar chart (uPlot).
(function () {
  'use strict';
  function init() {
    var el = document.getElementById('timeline');
    if (!el) { return; }
    // The days come with the page (the same JSON as /api/timeline): read, not fetched again.
    Promise.resolve(el.getAttribute('data-json')).then(JSON.parse)
      .then(function (data) {
        var xs = [], articles = [], events = [];
        // The server's window (data-from, data-to): the articles' days and events near them.
        var from = el.getAttribute('data-from'), to = el.getAttribute('data-to');
        data.days.filter(function (d) {
          return !from || (d.day >= from && d.day <= to);
        }).forEach(function (d) {
          xs.push(Date.parse(d.day + 'T12:00:00Z') / 1000);
          articles.push(d.articles);
          events.push(d.events);
        });
        if (!xs.length) {
          var none = document.createElement('p');
          none.className = 'meta';
          none.textContent = 'No dated articles in this search.';
          el.appendChild(none);
          el.setAttribute('data-days', '0');
          return;
        }
        var bars = uPlot.paths.bars({ size: [0.6, 40] });
        var width = Math.max(320, el.clientWidth || 900);
        new uPlot({
          width: width,
          height: 320,
          title: 'Articles and events per day',
          scales: { x: { time: true, range: function (u, min, max) {
            return [min - 86400, max + 86400]; } } },
          axes: [{}, { label: 'count' }],
          hooks: { ready: [function (u) {
            // The axis as drawn, for the tests: it must fit the days.
            el.setAttribute('data-x-min', new Date(u.scales.x.min * 1000).toISOString());
            el.setAttribute('data-x-max', new Date(u.scales.x.max * 1000).toISOString());
            el.setAttribute('data-days', String(xs.length));
          }] },
          series: [
            {},
            { label: 'Articles', stroke: '#1d3557', fill: 'rgba(29,53,87,0.55)', paths: bars },
            { label: 'Events', stroke: '#e63946', fill: 'rgba(230,57,70,0.55)', paths: bars }
          ]
        }, [xs, articles, events], el);

      })
      .catch(function (e) { el.setAttribute('data-error', String(e)); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
