// The map page: country shapes from Natural Earth (world-atlas, served here, no tile server)
// and a marker per place of the current search (in the map element's data-json), clustered
// when many.
(function () {
  'use strict';
  function get(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status); }
      return r.json();
    });
  }
  function popup(p) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = p.name + (p.countryCode ? ', ' + p.countryCode : '');
    box.appendChild(title);
    var line = document.createElement('div');
    line.textContent = p.mentions + ' mention' + (p.mentions === 1 ? '' : 's') + ' in ' +
      p.articles + ' article' + (p.articles === 1 ? '' : 's') +
      (p.names.length ? ' as ' + p.names.join(', ') : '');
    box.appendChild(line);
    var ul = document.createElement('ul');
    (p.top || []).forEach(function (a) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = '/article/' + encodeURIComponent(a.id);
      link.textContent = a.title || a.id;
      li.appendChild(link);
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }
  function unwrapRing(ring) {
    var min = 180, max = -180;
    ring.forEach(function (p) { min = Math.min(min, p[0]); max = Math.max(max, p[0]); });
    if (max - min > 180) {
      ring.forEach(function (p) { if (p[0] < 0) { p[0] += 360; } });
    }
  }
  function unwrap(g) {
    if (!g) { return; }
    if (g.type === 'Polygon') { g.coordinates.forEach(unwrapRing); }
    if (g.type === 'MultiPolygon') {
      g.coordinates.forEach(function (poly) { poly.forEach(unwrapRing); });
    }
  }
  function init() {
    var el = document.getElementById('map');
    if (!el) { return; }
    var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 10], 2);
    map.attributionControl.addAttribution('Natural Earth');
    // The country shapes are the backdrop; the places are the markers and the list below.
    map.getPanes().overlayPane.setAttribute('aria-hidden', 'true');
    get(el.getAttribute('data-countries')).then(function (world) {
      var shapes = topojson.feature(world, world.objects.countries);
      // Antarctica is all edge on this projection; rings across the antimeridian (Russia,
      // Fiji) are drawn on one side instead of as a band across the whole map.
      shapes.features = shapes.features.filter(function (f) {
        return !f.properties || f.properties.name !== 'Antarctica';
      });
      shapes.features.forEach(function (f) { unwrap(f.geometry); });
      L.geoJSON(shapes, {
        style: { color: '#8a97a3', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
        interactive: false
      }).addTo(map).bringToBack();
    }).catch(function (e) { el.setAttribute('data-error', String(e)); });
    // The places come with the page (the same JSON as /api/places): read, not fetched again.
    Promise.resolve(el.getAttribute('data-json')).then(JSON.parse).then(function (data) {
      var cluster = L.markerClusterGroup({ maxClusterRadius: 40, disableClusteringAtZoom: 8 });
      var points = [], focus = [];
      var doubtful = 0;
      data.places.forEach(function (p) {
        doubtful += p.sure ? 0 : 1;
        var label = p.names.indexOf(p.name) >= 0 || !p.names.length ? p.name
          : p.names.join(', ') + ' (' + p.name + ')';
        // A doubtful place (its point may be more than 161 km off: a wide country, an
        // ambiguous town) is drawn hollow, and says so.
        var m = L.marker([p.lat, p.lon], {
          title: label + (p.countryCode ? ', ' + p.countryCode : '') + (p.sure ? '' : ' (doubtful)'),
          alt: label,
          icon: L.divIcon({ className: p.sure ? 'place-pin' : 'place-pin doubtful',
            iconSize: [14, 14] })
        });
        m.bindPopup(popup(p));
        cluster.addLayer(m);
        points.push([p.lat, p.lon]);
        if (p.sure || points.length === 1) { focus.push([p.lat, p.lon]); }
      });
      map.addLayer(cluster);
      // Zoom to the most mentioned place (the places come most mentioned first) and those
      // whose points are sure (towns): a wide country's middle (Russia's is in Siberia) would
      // pull the view out to half the world.
      if (points.length) {
        map.fitBounds(focus, { padding: [30, 30], maxZoom: 6, animate: false });
      }
      el.setAttribute('data-zoom', String(map.getZoom()));
      el.setAttribute('data-doubtful', String(doubtful));
      el.setAttribute('data-places', String(points.length));
    }).catch(function (e) { el.setAttribute('data-error', String(e)); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
