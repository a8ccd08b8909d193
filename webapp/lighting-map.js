// Draws a city's lampposts with Leaflet and marker clusters (server side: lighting/ui/LampMap.java).
// Works without map tiles: the lamps, the streets drawn from them and the buildings are layers of
// their own (with the heat pumps), so a city whose tile server is unreachable (or switched off) still sees its lamps.
window.platformMaps = window.platformMaps || (() => {
  const SEVERITY = {'fault': 4, 'no-communication': 3, 'on': 2, 'dimmed': 1, 'off': 0};

  const lampIcon = (code, state) => L.divIcon({
    className: 'lamp-marker lamp-' + state,
    html: '<span data-code="' + code.replace(/"/g, '&quot;') + '"></span>',
    iconSize: [14, 14]
  });

  // a cluster takes the colour of its worst lamp: a fault shows when the map is zoomed out
  const clusterIcon = cluster => {
    let worst = 'off';
    for (const m of cluster.getAllChildMarkers()) {
      if (SEVERITY[m.options.lampState] > SEVERITY[worst]) worst = m.options.lampState;
    }
    return L.divIcon({className: 'lamp-cluster lamp-cluster-' + worst,
      html: '<span>' + cluster.getChildCount() + '</span>', iconSize: [34, 34]});
  };

  const whenLoaded = (run) => {
    if (window.L && window.L.markerClusterGroup) run(); else setTimeout(() => whenLoaded(run), 50);
  };

  const create = (element, options) => {
    // the clusters need the map's own maxZoom: with no tile layer nothing else gives one
    const map = L.map(element, {maxZoom: 19}).setView(options.center, options.zoom);
    if (options.tiles) {
      L.tileLayer(options.tiles, {maxZoom: 19, attribution: options.attribution || ''}).addTo(map);
    } else {
      element.classList.add('no-tiles');
    }
    const lamps = L.markerClusterGroup({chunkedLoading: true, disableClusteringAtZoom: 18, iconCreateFunction: clusterIcon,
      showCoverageOnHover: false});
    const streets = L.layerGroup((options.streets || []).map(s => L.polyline(s.points, {color: '#9aa5b1', weight: 6, opacity: 0.6})
      .bindTooltip(s.name, {sticky: true})));
    const buildings = L.layerGroup((options.buildings || []).map(b => L.circleMarker(b.at, {radius: 8, color: '#1d4f91', fillOpacity: 0.7, className: 'map-building'})
      .bindTooltip(b.name)));
    const heatPumps = L.layerGroup((options.heatPumps || []).map(h => L.circleMarker(h.at, {radius: 11, color: '#b45309', fillOpacity: 0.8, className: 'map-heat-pump'})
      .bindTooltip(h.name)));
    const bikeStations = L.layerGroup((options.bikeStations || []).map(b => L.circleMarker(b.at, {radius: 7, color: '#15803d', fillOpacity: 0.8,
      className: 'map-bike-station'}).bindTooltip(b.name)));
    streets.addTo(map);
    buildings.addTo(map);
    heatPumps.addTo(map);
    bikeStations.addTo(map);
    lamps.addTo(map);
    const overlays = {};
    overlays[options.labels.lamps] = lamps;
    overlays[options.labels.streets] = streets;
    overlays[options.labels.buildings] = buildings;
    overlays[options.labels.heatPumps] = heatPumps;
    overlays[options.labels.bikeStations] = bikeStations;
    L.control.layers(null, overlays, {collapsed: false}).addTo(map);
    element.platformMap = {map, lamps, markers: new Map()};
    new ResizeObserver(() => map.invalidateSize()).observe(element);
    return element.platformMap;
  };

  return {
    // lamps: {"lamps": [[code, latitude, longitude, state, level], ...]}; markers are kept and only changed icons redrawn
    draw(element, lampsJson, optionsJson) {
      whenLoaded(() => {
        const view = element.platformMap || create(element, JSON.parse(optionsJson));
        const rows = JSON.parse(lampsJson).lamps;
        const added = [];
        const seen = new Set();
        for (const [code, lat, lon, state, level] of rows) {
          seen.add(code);
          let marker = view.markers.get(code);
          if (!marker) {
            marker = L.marker([lat, lon], {icon: lampIcon(code, state), lampState: state, keyboard: false, title: code});
            marker.on('click', () => element.$server.lampClicked(code));
            view.markers.set(code, marker);
            added.push(marker);
          } else if (marker.options.lampState !== state) {
            marker.options.lampState = state;
            marker.setIcon(lampIcon(code, state));
          }
          marker.options.lampLevel = level;
        }
        for (const [code, marker] of view.markers) {
          if (!seen.has(code)) { view.lamps.removeLayer(marker); view.markers.delete(code); }
        }
        view.lamps.addLayers(added);
        view.lamps.refreshClusters();
        element.setAttribute('data-lamps', String(view.markers.size));
      });
    },
    // zooms to a lamp and marks it chosen
    focus(element, code) {
      whenLoaded(() => {
        const view = element.platformMap;
        const marker = view && view.markers.get(code);
        if (!marker) return;
        view.lamps.zoomToShowLayer(marker, () => {
          document.querySelectorAll('.lamp-marker.lamp-chosen').forEach(e => e.classList.remove('lamp-chosen'));
          if (marker.getElement()) marker.getElement().classList.add('lamp-chosen');
        });
      });
    }
  };
})();
