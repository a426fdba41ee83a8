# Medusa v2 (server or worker, chosen by MEDUSA_WORKER_MODE). Build context: the repository root.
FROM node:20-bookworm-slim AS build
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile --filter @noteshop/commerce...
RUN pnpm --filter @noteshop/commerce build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
WORKDIR /app/apps/commerce/.medusa/server
EXPOSE 9000
# Medusa runs from its build output; the server applies migrations first (predeploy).
CMD ["sh", "-c", "if [ \"$RUN_MIGRATIONS\" = true ]; then ../../node_modules/.bin/medusa db:migrate; fi && exec ../../node_modules/.bin/medusa start"]
