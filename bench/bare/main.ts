/**
 * MapLibre with the story's basemap at the first chapter's camera, sized as the page being compared
 * asks (?w=704&h=800&camera=…, the first chapter's camera): the same map, with none of the app. Exposes `__bench.fly(camera)` so the
 * benchmark can move it through the chapters' cameras as the story does.
 */
import * as maplibre from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { LAYER_DEFAULTS, type Camera } from '$lib/content/chapters';
import { places } from '$lib/content/places';
import { labelFeatures, placeFeatures } from '$lib/geo/place-features';
import { BASEMAP_FILE, basemapUrl } from '$lib/map/basemap-tiles';
import { SOURCE } from '$lib/map/layers/ids';
import { baseStyle, STORY_LAYERS } from '$lib/map/style';

/** The story's map drawn as one static style: the same sources, data files, layers and fonts. */
function storyStyle(asset: (path: string) => string): maplibre.StyleSpecification {
	const style = baseStyle(asset, 'mercator');
	const empty = { type: 'FeatureCollection' as const, features: [] };
	style.sources = {
		[SOURCE.landWorld]: { type: 'geojson', data: asset('geo/land-world.geojson') },
		[SOURCE.basemap]: { type: 'vector', url: basemapUrl(asset(BASEMAP_FILE)) },
		[SOURCE.borders]: { type: 'geojson', data: asset('geo/borders.geojson') },
		[SOURCE.places]: { type: 'geojson', data: placeFeatures(places), promoteId: 'id' },
		[SOURCE.routes]: { type: 'geojson', data: empty },
		[SOURCE.distances]: { type: 'geojson', data: empty },
		[SOURCE.overlay]: { type: 'geojson', data: empty },
		[SOURCE.events]: { type: 'geojson', data: empty },
		[SOURCE.labels]: { type: 'geojson', data: labelFeatures(places), promoteId: 'id' }
	};
	const hidden = ({ group }: (typeof STORY_LAYERS)[number]) => group !== undefined && !LAYER_DEFAULTS[group];
	style.layers = [
		...style.layers,
		...STORY_LAYERS.map((l) => ({ ...l.spec, layout: { ...l.spec.layout, ...(hidden(l) && { visibility: 'none' as const }) } }))
	];
	return style;
}

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(params.get('w')) || innerWidth}px`;
container.style.height = `${Number(params.get('h')) || innerHeight}px`;

maplibre.setWorkerUrl(new URL(workerUrl, location.href).href);
// The first chapter's camera, as the benchmark read it from the built story page (?camera=JSON)
const camera = JSON.parse(params.get('camera')!) as Camera;
const map = new maplibre.Map({
	container,
	style: storyStyle((path) => new URL(`/${path}`, location.href).href),
	center: camera.center,
	zoom: camera.zoom,
	bearing: camera.bearing,
	pitch: camera.pitch,
	scrollZoom: false,
	attributionControl: { compact: false }
});
map.once('idle', () => (container.dataset.ready = 'true'));

(window as unknown as { __bench: unknown }).__bench = {
	fly(c: Camera) {
		map.flyTo({ ...c, duration: 1800, essential: false });
	}
};
