# syntax=docker/dockerfile:1
# One image for every Conduit process (see docker-compose.yml). Each runs the command behind its
# npm script directly, because `npm run` starts it under `sh -c`, and on SIGTERM (docker stop) npm
# signals only that shell, which exits and leaves the real process to be killed without cleanup:
#   web:        node --import tsx server/web.ts          (= npm run start:web; port 3000)
#   worker:     node --import tsx worker/index.ts            (= npm run start:worker)
#   migrations: node --import tsx prisma/migrate.ts          (= npm run db:migrate)
# Configuration comes from the environment at run time (README: environment table); nothing secret is
# baked into the image.

FROM node:22-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false

# Dependencies first, so they are cached until package-lock.json changes. The postinstall script
# generates the Prisma client from prisma/schema.prisma into lib/generated/prisma.
FROM base AS deps
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci

FROM deps AS build
COPY . .
# The build needs no database, Redis or secrets: they are checked when the processes start.
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts \
 && rm -rf .next/cache

FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000
# The worker and the migration runner run TypeScript sources through tsx, so the sources ship too.
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
# `exec` hands the shell's process over to Next.js, so SIGTERM reaches it.
CMD ["node", "--import", "tsx", "server/web.ts"]
