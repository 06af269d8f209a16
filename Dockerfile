# The production image: built in CI with no database, migrated and run at release.
#   docker build --build-arg NEXT_PUBLIC_SERVER_URL=https://example.org -t amicus .
#   docker run -e DATABASE_URL=… -e PAYLOAD_SECRET=… -p 3000:3000 amicus
# `npm start` applies pending migrations under the deploy lock, then serves; `npm run migrate`
# alone (e.g. `docker run … amicus npm run migrate`) suits a pipeline's release step.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# The public address is written into the build (links in feeds, the sitemap, the admin).
ARG NEXT_PUBLIC_SERVER_URL=http://localhost:3000
ENV NEXT_PUBLIC_SERVER_URL=${NEXT_PUBLIC_SERVER_URL} NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ARG NEXT_PUBLIC_SERVER_URL=http://localhost:3000
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NEXT_PUBLIC_SERVER_URL=${NEXT_PUBLIC_SERVER_URL} PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
# The server writes its page cache under .next and uploads under .data: both belong to its user.
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
CMD ["npm", "start"]
