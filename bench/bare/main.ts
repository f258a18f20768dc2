/**
 * MapLibre with the story's basemap at the first chapter's camera, sized as the page being compared
 * asks (?w=704&h=800): the same map, with none of the app. Exposes `__bench.fly(camera)` so the
 * benchmark can move it through the chapters' cameras as the story does.
 */
import * as maplibre from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { chapters, type Camera } from '$lib/content/chapters';
import { places } from '$lib/content/places';
import { buildStyle } from '$lib/map/style';

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(params.get('w')) || innerWidth}px`;
container.style.height = `${Number(params.get('h')) || innerHeight}px`;

maplibre.setWorkerUrl(new URL(workerUrl, location.href).href);
const camera = chapters[0]!.camera;
const map = new maplibre.Map({
	container,
	style: buildStyle(places, (path) => new URL(`/${path}`, location.href).href),
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
