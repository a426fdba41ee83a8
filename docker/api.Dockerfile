# The NestJS api, serving the built storefront. Build context: the repository root.
FROM node:20-bookworm-slim AS build
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile --filter @noteshop/api... --filter @noteshop/storefront...
RUN pnpm --filter @noteshop/contracts build \
 && pnpm --filter @noteshop/storefront build \
 && pnpm --filter @noteshop/api build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
WORKDIR /app/apps/api
EXPOSE 3000
# Migrations are applied by the api itself on start, under an advisory lock.
CMD ["node", "dist/main.js"]
