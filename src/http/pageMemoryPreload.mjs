// @ts-check
/**
 * Puts the page memory (./pageMemory.mjs) in front of the production server's router.
 *
 * Loaded with `node --import` before Next.js (`npm start`, and the Docker image's
 * `node server.js`). Next.js's start-up code creates its HTTP server itself and offers no hook
 * before its router, so the listener it gives `http.createServer` is wrapped: the first server
 * created in the process is Next.js's (it creates it before loading the application); any later
 * one is left alone. The rest of the server (keep-alive, upgrades, signals) stays Next.js's.
 */
import http from 'node:http'

import { processPageMemory } from './pageMemory.mjs'

const createServer = http.createServer
let wrapped = false

http.createServer = /** @type {typeof http.createServer} */ (
  function (/** @type {any[]} */ ...args) {
    const listenerAt = args.findIndex((arg) => typeof arg === 'function')
    if (!wrapped && listenerAt !== -1) {
      wrapped = true
      args[listenerAt] = processPageMemory().listener(args[listenerAt])
    }
    return createServer.apply(http, /** @type {any} */ (args))
  }
)
