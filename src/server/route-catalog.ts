/**
 * Every route the app registers, with its schema, collected by an onRoute hook. Tests use
 * it to cover every endpoint automatically (the fuzz test sends bad input to every write).
 */
import type { FastifyInstance, FastifySchema, HTTPMethods } from 'fastify';

export interface RouteEntry {
  method: HTTPMethods;
  url: string;
  schema: FastifySchema | undefined;
}

const catalogs = new WeakMap<object, RouteEntry[]>();

export const recordRoutes = (app: FastifyInstance): void => {
  const entries: RouteEntry[] = [];
  catalogs.set(app, entries);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) entries.push({ method, url: route.url, schema: route.schema });
  });
};

/** The routes of an app built by buildApp, in registration order. */
export const listRoutes = (app: FastifyInstance): RouteEntry[] => [...(catalogs.get(app) ?? [])];

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The API's write endpoints (POST, PUT, PATCH, DELETE under /api/v1). */
export const listWriteRoutes = (app: FastifyInstance): RouteEntry[] =>
  listRoutes(app).filter((route) => WRITE_METHODS.has(route.method) && route.url.startsWith('/api/v1/'));
