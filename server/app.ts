import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaults, type AppConfig } from './config.ts';
import { apiSecurityHeaders, securityHeaders } from './security-headers.ts';
import { errorBody, Errors, lexError } from './errors.ts';
import { clientError } from './http/client-error.ts';
import { decodeJsonBody } from './http/charset.ts';
import { guardRequest } from './http/host-guard.ts';
import { accessHook } from './auth/access-hook.ts';
import { isCorruption } from './store/sqlite-store.ts';
import { loadDefaultPipeline } from './services/default-pipeline.ts';
import { mapError } from './http/error-mapping.ts';
import { createServices, type Services } from './services/index.ts';
import { jsonDepthExceeds } from './http/json-depth.ts';
import type { Pipeline } from './services/pipeline.ts';
import { ErrorResponse } from './schemas/common.ts';
import health from './routes/health/index.ts';
import instruments from './routes/instruments/index.ts';
import provisions from './routes/provisions/index.ts';
import templates from './routes/templates/index.ts';
import alignments from './routes/alignments/index.ts';
import matrix from './routes/matrix/index.ts';
import compare from './routes/compare/index.ts';
import diff from './routes/diff/index.ts';
import reviews from './routes/reviews/index.ts';
import editions from './routes/editions/index.ts';
import search from './routes/search/index.ts';
import exportsRoutes from './routes/exports/index.ts';
import auth from './routes/auth/index.ts';
import users from './routes/users/index.ts';
import consolidation from './routes/consolidation/index.ts';
import versions from './routes/versions/index.ts';
import frameworks from './routes/frameworks/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export interface BuildAppOptions extends Partial<Omit<AppConfig, 'corpusDir' | 'dbPath'>> {
  corpusDir: string | null;
  dbPath: string;
  logger?: FastifyServerOptions['logger'];
  /** The pipeline to use; tests inject a fake, the server loads the real modules. */
  pipeline?: Pipeline;
}

const notBuiltPage = `LexAlign: the client is not built.

Run \`npm run build:client\` (or \`npm start\`, which builds it), then reload this page.
The API is available meanwhile under /api, with its documentation at /docs.
`;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { logger, pipeline: givenPipeline, ...rest } = options;
  const config: AppConfig = { ...defaults, ...rest };
  const app = Fastify({
    logger: logger ?? false,
    // Behind a reverse proxy: the client's address (sign-in limits) and HTTPS (Secure cookies) from X-Forwarded-*.
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    // Fastify refuses "__proto__" and "constructor.prototype" keys with a 400.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { maxParamLength: 400 },
    // A client that sends its headers or body slowly (a byte a second) must not hold a socket for ever.
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    connectionTimeout: config.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(config.headersTimeoutMs, config.requestTimeoutMs),
      // Node checks the two limits above on this interval (default 30 s): a limit is only as sharp as its check.
      connectionsCheckingInterval: Math.max(100, Math.min(5_000, Math.floor(Math.min(config.headersTimeoutMs, config.requestTimeoutMs) / 4))),
    },
    // Our own onRequest hook answers the coded 503 while closing (Fastify's own body is not in our form).
    return503OnClosing: false,
    clientErrorHandler: clientError,
    // Router errors (an over-long or malformed URL) get the same coded body as every other error.
    frameworkErrors: (error, _request, reply) => {
      const { status, body } = mapError(error);
      return (reply as FastifyReply).code(status).type('application/json; charset=utf-8').send(body);
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  let services: Services | null = null;
  app.setErrorHandler((error, request, reply) => {
    const { status, body, internal } = mapError(error);
    if (internal) request.log.error({ err: error }, 'internal error');
    if (isCorruption(error)) services?.store.markDamaged((error as Error).message);
    const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });

  const clientBuilt = existsSync(join(config.clientDir, 'index.html'));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (request.method === 'GET' && !path.startsWith('/api/') && path !== '/api') {
      // Deep links of the single-page client all answer its index.html.
      if (clientBuilt) return reply.type('text/html; charset=utf-8').sendFile('index.html');
      return reply.code(200).type('text/plain; charset=utf-8').send(notBuiltPage);
    }
    const status = Errors.NOT_FOUND.statusCode;
    return reply.code(status).send(errorBody(Errors.NOT_FOUND.code, `No route ${request.method} ${path}`, status));
  });

  // No route takes plain text; without this parser a text body gets the coded 415.
  app.removeContentTypeParser('text/plain');
  // A deeply nested body is refused before JSON.parse, the validator or a serialiser can recurse on it.
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    let body: string;
    try {
      body = decodeJsonBody(raw as Buffer, request.headers['content-type']);
    } catch (error) {
      return done(error as Error, undefined);
    }
    if (jsonDepthExceeds(body, config.jsonDepthLimit)) {
      const e = Object.assign(new Error(`JSON body nested deeper than ${config.jsonDepthLimit} levels`), { statusCode: 400 });
      return done(e, undefined);
    }
    return defaultJson(request, body, done);
  });

  const headers = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // Every response carries security headers, the not-found answer included: the page policy for the client and the
  // API documentation, a short data policy for /api/ answers. A route may override one (the printable gap report
  // sets its own CSP).
  const apiHeaders = apiSecurityHeaders(headers);
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? apiHeaders : headers);
    try {
      // Only our host names, and no writes from other sites (server/http/host-guard.ts).
      guardRequest(request, config.allowedHosts);
      if (closing) throw lexError('UNAVAILABLE', 'the server is shutting down');
    } catch (error) {
      if (closing) reply.header('connection', 'close');
      return done(error as Error);
    }
    done();
  });
  // Parses the session cookie, after the host and origin guard above.
  await app.register(cookie);
  app.decorateRequest('account', null);
  await app.register(multipart, {
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 8, fieldSize: 1024, parts: 10, headerPairs: 100 },
  });
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'LexAlign API',
        version: '0.1.0',
        description: 'Compare national cybercrime laws with model laws, provision by provision. Errors: see server/errors.ts.',
      },
      tags: ['health', 'accounts', 'instruments', 'provisions', 'templates', 'alignments', 'frameworks', 'reviews', 'search', 'exports'].map((name) => ({ name })),
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  if (clientBuilt) await app.register(fastifyStatic, { root: config.clientDir, wildcard: false, index: 'index.html' });

  const pipeline = givenPipeline ?? (await loadDefaultPipeline());
  const ready = await createServices(config, pipeline, (m) => app.log.info(m));
  services = ready;
  app.decorate('services', ready);
  app.addHook('onClose', async () => ready.close());
  // With accounts on, every route is checked against the session's role (server/auth/); off, nothing is asked.
  if (config.accounts) app.addHook('onRequest', accessHook(() => ready.accounts));

  for (const routes of [health, auth, users, instruments, provisions, templates, alignments, matrix, frameworks, compare, diff, reviews, search, exportsRoutes, consolidation, versions, editions]) {
    await app.register(routes);
  }
  return app;
}
