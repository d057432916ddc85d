/**
 * Import first in any tsx script that then imports payload.config.ts: see scripts/payload.mjs
 * for why Node 20 can otherwise exit, silently, half-way through that import.
 */
export const keepAlive = setInterval(() => {}, 60_000)
