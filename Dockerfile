# syntax=docker/dockerfile:1
# kuril-kg as a container: a build stage compiles better-sqlite3 and seeds the SQLite database
# from seed/ and bundles the server into dist/; the runtime stage holds only production
# dependencies, the bundle and the built database, and runs as the unprivileged `node` user. The data is read-only at run
# time, so the image is stateless and any number of replicas can serve the same file.

FROM node:24-slim AS build
WORKDIR /app
# Toolchain for node-gyp: better-sqlite3 is compiled against this image's Node and glibc,
# using the headers the official image ships in /usr/local (no download of prebuilt binaries).
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
ENV npm_config_build_from_source=true \
    npm_config_nodedir=/usr/local \
    npm_config_audit=false \
    npm_config_fund=false
COPY package.json package-lock.json ./
RUN npm ci \
  && node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"
COPY tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
COPY seed ./seed
COPY web ./web
# Seed at build time: the image carries a ready database and never writes at run time.
ENV DATABASE_PATH=/app/data/kuril-kg.sqlite SEED_DIR=/app/seed
RUN npm run db:seed
# The server as one minified ES module with its pure-JavaScript dependencies (build-server.mjs:
# native, WebAssembly and file-reading packages stay in node_modules): starts faster than tsx and
# holds less source in memory; and the web explorer's bundle (dist/web), served at /.
COPY build-server.mjs ./
# The recorded examples the OpenAPI document shows (src/openapi/polish.ts bundles them).
COPY openapi/examples.json ./openapi/
RUN npm run build
# Production dependencies only.
RUN npm prune --omit=dev

FROM node:24-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    SEED_ON_START=false \
    SEED_DIR=/app/seed \
    DATABASE_PATH=/app/data/kuril-kg.sqlite \
    LOG_LEVEL=info \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=32768
# Everything stays owned by root and read-only to the `node` user that runs the server.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/seed ./seed
COPY --from=build /app/data/kuril-kg.sqlite ./data/kuril-kg.sqlite
USER node
EXPOSE 3000
# Ready means the database is open and answers (GET /readyz), not merely that the port is open.
HEALTHCHECK --interval=15s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node runs as PID 1 with no npm in between, so SIGTERM reaches the server's graceful shutdown.
# The same flags and environment as `npm start` (package.json): a young generation of at most
# 2 × 2 MB and the old generation let grow by half its size before a full collection (not V8's
# default, more), two malloc arenas (MALLOC_ARENA_MAX, above) and allocations of 32 KB or more mapped
# on their own (MALLOC_MMAP_THRESHOLD_: a large answer's buffer, once garbage-collected, and the
# parser's memory for the bundle go back to the system instead of staying as holes in malloc's
# heap) keep the resident memory near 200 MB with the response cache full. Source maps are turned on by dist/server.js itself.
CMD ["node", "--max-semi-space-size=2", "--heap-growing-percent=50", "dist/server.js"]
