// Draws a city's lampposts with Leaflet and marker clusters (server side: lighting/ui/LampMap.java), and the
// mobility page's stations, hubs and stops (mobility/ui/MobilityMap.java) on the same map.
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
    // a station's state (the mobility page): no bike, no free dock, or both; a hub drawn larger
    const bikeColour = {empty: '#b91c1c', full: '#c2410c', ok: '#15803d'};
    const bikeStations = L.layerGroup((options.bikeStations || []).map(b => L.circleMarker(b.at, {radius: b.hub ? 10 : 7,
      color: bikeColour[b.state] || '#15803d', weight: b.hub ? 4 : 3, fillOpacity: 0.8,
      className: 'map-bike-station' + (b.state ? ' map-bike-' + b.state : '') + (b.hub ? ' map-hub' : '')}).bindTooltip(b.name)));
    const stops = L.layerGroup((options.stops || []).map(s => L.circleMarker(s.at, {radius: 5, color: '#1d4ed8', fillOpacity: 0.9,
      className: 'map-transit-stop'}).bindTooltip(s.name)));
    // the layers a page names are drawn and listed; the mobility page has no lamps, the lighting page no stops
    const overlays = {};
    for (const [key, layer] of [['streets', streets], ['buildings', buildings], ['heatPumps', heatPumps], ['bikeStations', bikeStations],
      ['stops', stops], ['lamps', lamps]]) {
      if (options.labels[key]) {
        layer.addTo(map);
        overlays[options.labels[key]] = layer;
      }
    }
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
