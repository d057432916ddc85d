# syntax=docker/dockerfile:1
# ContestKit production image: Next.js standalone server, non-root, migrations applied at start.

# Node 24 LTS: Node 20 is past its end of life. (The development machines still run 20; the code
# runs on both: .ci/run builds and tests on Node 24 from the npm registry, smoke-tests on 20.)
FROM node:24-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# Dependencies, from the lock file only, so this layer is cached until it changes.
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Build. No secrets are needed at build time (the config uses a placeholder while NEXT_PHASE is the build).
FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# The job worker (`npm run jobs:worker`, docker-compose's `worker`): it runs the TypeScript
# sources with the full node_modules, which the standalone server below leaves out.
FROM build AS worker
ENV NODE_ENV=production
# scripts/run.mjs bundles the script into node_modules/.cache before running it.
RUN mkdir -p node_modules/.cache && chown node:node node_modules/.cache
USER node
CMD ["npm", "run", "jobs:worker"]

# Runtime: only the standalone server, its traced node_modules and the static assets.
FROM base AS runner
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    UPLOADS_DIR=/app/uploads \
    CONTESTKIT_DATA_DIR=/app/data
RUN groupadd --system --gid 1001 contestkit \
 && useradd --system --uid 1001 --gid contestkit --home /app contestkit \
 && mkdir -p /app/uploads /app/data \
 && chown contestkit:contestkit /app/uploads /app/data
COPY --from=build --chown=contestkit:contestkit /app/.next/standalone ./
COPY --from=build --chown=contestkit:contestkit /app/.next/static ./.next/static
# The page memory in front of Next.js's router (src/http/pageMemory.mjs), loaded before server.js.
COPY --from=build --chown=contestkit:contestkit /app/src/http/pageMemoryPreload.mjs /app/src/http/pageMemory.mjs /app/src/http/pagePolicies.mjs ./src/http/
USER contestkit
EXPOSE 3000
VOLUME ["/app/uploads", "/app/data"]
# Ready = database reachable, migrations applied, uploads writable (src/health/readiness.ts).
# The slim image has no curl; Node's own fetch does the request.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"
# server.js is what `npm start` runs in a checkout, minus the dev tooling, with the same preload. On start,
# src/instrumentation.ts initialises Payload: pending migrations (PostgreSQL, SQLite) are
# applied and the first admin is created from ADMIN_EMAIL / ADMIN_PASSWORD before traffic arrives.
# SIGTERM (docker stop) drains requests and the running job, closes the database and exits 0
# (src/lifecycle/serverShutdown.ts); give it `--stop-timeout 30`, Docker's default 10 s may cut it.
STOPSIGNAL SIGTERM
CMD ["node", "--import=./src/http/pageMemoryPreload.mjs", "server.js"]
