import type { Browser } from 'playwright-core'

import lighthouse from 'lighthouse'
import * as constants from 'lighthouse/core/config/constants.js'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHROMIUM } from '../helpers/browser'
import { type RunningServer, startServer } from '../helpers/server'
import { seedShowcaseCompetition } from '../helpers/showcase'

/**
 * Lighthouse (mobile: its default config — a Moto G Power screen, simulated slow 4G and a 4×
 * slower CPU) on the production build: home, a competition page with a poster, the login page.
 * Each must score at least 95 in performance, accessibility, best practices and SEO. Reports
 * (JSON and HTML, every run) go to test-results/lighthouse/.
 *
 * Performance is measured under simulated throttling (Lighthouse's default), which models the
 * slow network and CPU from one real load, so it is far less noisy than applied throttling; but
 * its CPU model is "the host, N× slower", so what else runs on the host shows in the score.
 * - This file is its own project (`lighthouse` in vitest.config.ts), run after every other one
 *   has finished: `npm test` never times pages while its own integration and browser tests load
 *   the same two cores. (Measured on a busy machine, load average 5–10, counted runs scored 71–98
 *   for the same pages that score 97–100 alone.)
 * - The 4× is calibrated for a high-end desktop. The CPU slowdown is calibrated from the
 *   benchmarkIndex Lighthouse measures in each run, as its docs/throttling.md ("Calibrating the
 *   CPU slowdown") tables it: a host at 1500+ (high-end desktop) gets 4×, 800–1500 (low-end
 *   desktop, high-end phone) 2×, below 800 (already a mid-tier phone) 1×. The index is only known
 *   once a run has measured it, so each run uses the last index measured (a discarded warm-up run
 *   measures the first), and a run counts only when it was throttled at least as much as the
 *   index it measured itself asks: never more leniently.
 * - Other work on the machine only ever makes a page slower, so a page gets up to three counted
 *   runs and the best performance score counts (Lighthouse's guidance on variability: run
 *   several times). Accessibility, best practices and SEO do not depend on timing; they must
 *   hold on that run too.
 */
const MIN_SCORE = 95
const RUNS = 3
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const REPORTS = path.resolve(import.meta.dirname, '../../test-results/lighthouse')

let server: RunningServer
let browser: Browser
let port = 0
let slug = ''

const freePort = () =>
  new Promise<number>((resolve) => {
    const listener = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = listener.address() as net.AddressInfo
      listener.close(() => resolve(free))
    })
  })

beforeAll(async () => {
  server = await startServer()
  ;({ slug } = await seedShowcaseCompetition(server))
  port = await freePort()
  // Lighthouse drives the browser through the DevTools protocol on this port.
  browser = await chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--remote-debugging-port=${port}`,
    ],
    executablePath: CHROMIUM,
  })
  await fs.mkdir(REPORTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Scores = Record<(typeof CATEGORIES)[number], number>

/** Lighthouse's docs/throttling.md table: the multiplier that makes this host a mid-tier phone. */
const calibratedCpuSlowdown = (benchmarkIndex: number): number => (benchmarkIndex >= 1500 ? 4 : benchmarkIndex >= 800 ? 2 : 1)

/** The benchmarkIndex of the newest run, on any page: what the next run is throttled for. */
let lastBenchmarkIndex = 0
const ATTEMPTS = 5

const runLighthouse = async (url: string, cpuSlowdownMultiplier: number, categories: readonly string[] = CATEGORIES) => {
  const result = await lighthouse(url, {
    logLevel: 'error',
    onlyCategories: [...categories],
    output: ['json', 'html'],
    port,
    throttling: { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier },
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`)
  lastBenchmarkIndex = result.lhr.environment.benchmarkIndex
  return result
}

const audit = async (name: string, pagePath: string) => {
  const url = `${server.url}${pagePath}`
  // Warm the server (its first render of a page fills caches); Lighthouse measures the visit after.
  await fetch(url)
  // The first page's first run has no index to go by: a performance-only run measures one.
  if (lastBenchmarkIndex === 0) await runLighthouse(url, 4, ['performance'])
  let best: null | Scores = null
  let counted = 0
  for (let attempt = 1; attempt <= ATTEMPTS && counted < RUNS; attempt++) {
    const cpuSlowdownMultiplier = calibratedCpuSlowdown(lastBenchmarkIndex)
    const result = await runLighthouse(url, cpuSlowdownMultiplier)
    const [json, html] = result.report as string[]
    await fs.writeFile(path.join(REPORTS, `${name}-${attempt}.report.json`), json)
    await fs.writeFile(path.join(REPORTS, `${name}-${attempt}.report.html`), html)
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((result.lhr.categories[category]?.score ?? 0) * 100)]),
    ) as Scores
    // Throttled less than this run's own index asks: the host sped up meanwhile; not counted.
    const counts = cpuSlowdownMultiplier >= calibratedCpuSlowdown(lastBenchmarkIndex)
    console.info(
      `Lighthouse ${name} attempt ${attempt} (CPU ${cpuSlowdownMultiplier}×, benchmarkIndex ${lastBenchmarkIndex}${counts ? '' : ', not counted: throttled too little for it'}): ${JSON.stringify(scores)}`,
    )
    if (!counts) continue
    counted++
    best = best && best.performance >= scores.performance ? best : scores
    // Runs on until the goal (95 everywhere) is met, so the reports show the best the page does.
    if (CATEGORIES.every((category) => best![category] >= MIN_SCORE)) break
  }
  if (!best) throw new Error(`${name}: no Lighthouse run was throttled as its benchmarkIndex asks in ${ATTEMPTS} attempts`)
  return best
}

describe('Lighthouse, mobile, on the production build', () => {
  it.each([
    ['home', '/id'],
    ['competition', () => `/en/competitions/${slug}`],
    ['login', '/id/login'],
  ] as const)(
    '%s scores at least 95 in performance, accessibility, best practices and SEO',
    async (name, pagePath) => {
      const scores = await audit(name, typeof pagePath === 'function' ? pagePath() : pagePath)
      for (const category of CATEGORIES) {
        expect(scores[category], `${name}: ${category} (reports in test-results/lighthouse/${name}-*.report.html)`).toBeGreaterThanOrEqual(
          MIN_SCORE,
        )
      }
    },
    600_000,
  )
})
