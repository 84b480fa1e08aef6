# The image of the four services (one image, the app chosen by the container's args):
#   docker build -t pkvm-iommu-twin .
#   docker run --rm -e NATS_URL=nats://nats:4222 pkvm-iommu-twin dist/apps/iommu/src/main.js
# Kubernetes manifests: deploy/ (Kustomize base and overlays).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: every dependency, then tsc into dist/ -------------------------------------------------------
FROM ${NODE_IMAGE} AS build
# better-sqlite3 compiles its addon when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# The sources tsconfig.build.json compiles (the context is trimmed by .dockerignore: no tests but their fixtures,
# no deploy/, no local state); whatever the build config includes is there.
COPY . .
RUN npx tsc -p tsconfig.build.json && test -f dist/apps/iommu/src/main.js

# ---- production dependencies only (native addons built here, not in the runtime image) ------------------
FROM ${NODE_IMAGE} AS prod-deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime: dist, production node_modules, the @pkvm path hook, the shipped platforms; non-root ---------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PKVM_DATA_DIR=/var/lib/pkvm \
    PKVM_PLATFORMS_DIR=/app/platforms \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=prod-deps --chown=root:root /src/node_modules ./node_modules
COPY --from=build --chown=root:root /src/dist ./dist
COPY --chown=root:root package.json ./
COPY --chown=root:root platforms ./platforms
# register-paths.js resolves the @pkvm/<lib> aliases to dist/libs at run time.
COPY --chown=root:root scripts/register-paths.js ./scripts/
# The node image's unprivileged user (uid 1000); the files above stay root-owned and read-only to it.
RUN mkdir -p /var/lib/pkvm && chown 1000:1000 /var/lib/pkvm
USER 1000:1000
EXPOSE 8080
ENTRYPOINT ["node", "-r", "./scripts/register-paths.js"]
CMD ["dist/apps/iommu/src/main.js"]
