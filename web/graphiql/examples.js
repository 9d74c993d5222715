// Example queries on the GraphiQL page, one tab per user group.
window.GazetteerExamples = [
  {
    query: `# Delivery companies 快递: an address to a 12-digit code and a point, in the map system of the app (GCJ-02).
query Delivery {
  geocode(address: "山西省临汾市洪洞县大槐树镇", crs: GCJ02) {
    status
    best { code name level confidence lon lat chain { code name } }
    alternatives { code name }
  }
  nearby: places(filter: { near: { lon: 111.67, lat: 36.25 }, radiusMeters: 2000 }, orderBy: DISTANCE, first: 5) {
    totalCount
    edges { node { name code lon(crs: GCJ02) lat(crs: GCJ02) } }
  }
}
`,
  },
  {
    query: `# Historians 史学: a county's names through time, its former names, and the places inside its polygon.
query Historians {
  placeByCode(code: "141024") {
    name
    romanization { withTones wadeGiles }
    formerNames { name from to approximate }
    history
  }
  places(filter: { inDivision: "141024", statuses: [HISTORICAL] }, orderBy: NAME, first: 10) {
    totalCount
    edges { node { name status provenance validTo } }
  }
}
`,
  },
  {
    query: `# Mapping apps 地图: places in a box as GeoJSON, page by page (after: pageInfo.endCursor).
query MappingApps($after: String) {
  places(filter: { bbox: [111.5, 36.1, 111.9, 36.5] }, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name category provenance geometry } }
  }
  division(code: "141024") { name boundary(crs: WGS84) }
}
`,
  },
];
