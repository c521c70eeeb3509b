import { geoAzimuthalEqualArea, geoCentroid, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };

/**
 * Europe, drawn at build time from Natural Earth's boundaries (world-atlas, 1:50m) into SVG path
 * data: no tiles, no script, nothing fetched by the reader. The standards page colours the same
 * shapes once per convention.
 */

/** ISO 3166-1 numeric codes (world-atlas's ids) of the countries the Atlas may colour. */
export const numericCodes: Readonly<Record<string, string>> = {
  at: '040', be: '056', bg: '100', hr: '191', cy: '196', cz: '203', dk: '208', ee: '233', fi: '246', fr: '250',
  de: '276', gr: '300', hu: '348', ie: '372', it: '380', lv: '428', lt: '440', lu: '442', mt: '470', nl: '528',
  pl: '616', pt: '620', ro: '642', sk: '703', si: '705', es: '724', se: '752', is: '352', li: '438', no: '578',
  ch: '756', gb: '826',
};

export const mapSize = { width: 600, height: 560 } as const;

/** Countries too small to see at this scale get a dot too. */
const smallCountries = new Set(['mt', 'li', 'lu', 'cy']);

export interface MapShape {
  /** Lower-case alpha-2 code for a country the Atlas may colour; undefined for the neighbours. */
  code: string | undefined;
  path: string;
  dot: { x: number; y: number } | undefined;
}

interface CountryProperties {
  name: string;
}

/**
 * The shapes inside the frame, projected with an equal-area projection centred on Europe, with
 * whole-pixel coordinates (a smaller page, no visible loss at this size).
 */
export function europeShapes(): MapShape[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProperties>;
  const byNumeric = new Map(Object.entries(numericCodes).map(([alpha, numeric]) => [numeric, alpha]));
  const frame: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[-24, 35], [40, 35], [-10, 71], [33, 71], [44, 60]] },
  };
  const projection = geoAzimuthalEqualArea()
    .rotate([-12, -53])
    .fitExtent([[4, 4], [mapSize.width - 4, mapSize.height - 4]], frame)
    .clipExtent([[0, 0], [mapSize.width, mapSize.height]]);
  const path = geoPath(projection).digits(0);
  return collection.features.flatMap((country): MapShape[] => {
    const code = country.id === undefined ? undefined : byNumeric.get(String(country.id));
    const d = compactPath(path(country) ?? '');
    if (d === '') return [];
    const centre = code && smallCountries.has(code) ? projection(geoCentroid(country)) : null;
    return [{ code, path: d, dot: centre ? { x: Math.round(centre[0]), y: Math.round(centre[1]) } : undefined }];
  });
}

/**
 * Drops the points closer than `minimum` pixels to the last one kept (coastlines drawn in more
 * detail than a screen shows), and outlines that shrink to nothing.
 */
export function compactPath(d: string, minimum = 2): string {
  return d
    .split('Z')
    .map((ring) => {
      const points = (ring.match(/[ML][^ML]*/g) ?? []).map((point) => point.slice(1).split(',').map(Number) as [number, number]);
      const kept: [number, number][] = [];
      for (const [x, y] of points) {
        const last = kept.at(-1);
        if (last && Math.abs(last[0] - x) + Math.abs(last[1] - y) < minimum) continue;
        kept.push([x, y]);
      }
      return kept.length >= 3 ? kept.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x},${y}`).join('') : '';
    })
    .filter(Boolean)
    .map((ring) => `${ring}Z`)
    .join('');
}
