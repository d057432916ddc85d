import fs from 'node:fs'
import path from 'node:path'

export type Measurement = { max: number; median: number; n: number; name: string; p95: number; perSecond?: number; unit: 'ms' }

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
const round = (value: number) => Math.round(value * 10) / 10

/** Median, 95th percentile and maximum of a list of durations in milliseconds. */
export const summarise = (name: string, durations: number[], perSecond?: number): Measurement => {
  const sorted = [...durations].sort((a, b) => a - b)
  return {
    max: round(sorted[sorted.length - 1]),
    median: round(quantile(sorted, 0.5)),
    n: sorted.length,
    name,
    p95: round(quantile(sorted, 0.95)),
    ...(perSecond === undefined ? {} : { perSecond: round(perSecond) }),
    unit: 'ms',
  }
}

/** Runs `work` and returns its result with the time it took, in milliseconds. */
export const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const start = performance.now()
  const result = await work()
  return { ms: performance.now() - start, result }
}

const results: Measurement[] = []

/** Keeps a measurement for the report printed (and written to test-results/bench-<db>.json) at the end. */
export const record = (measurement: Measurement) => {
  results.push(measurement)
  console.log(
    `${measurement.name}: median ${measurement.median} ms, p95 ${measurement.p95} ms, max ${measurement.max} ms (n=${measurement.n})` +
      (measurement.perSecond === undefined ? '' : `, ${measurement.perSecond}/s`),
  )
}

export const writeReport = (file: string) => {
  const database = process.env.TEST_DATABASE ?? 'sqlite'
  const target = path.resolve('test-results', `bench-${file}-${database}.json`)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(target, JSON.stringify({ database, node: process.version, results, when: new Date().toISOString() }, null, 2))
}
