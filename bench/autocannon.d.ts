// autocannon ships no types; the part bench/competitions-api.bench.ts uses.
declare module 'autocannon' {
  type Histogram = { average: number; max: number; p50: number; p90: number; p99: number; total: number }
  type Result = { errors: number; latency: Histogram; non2xx: number; requests: Histogram; timeouts: number }
  type Options = { connections?: number; duration?: number; headers?: Record<string, string>; url: string }
  const autocannon: (options: Options) => Promise<Result>
  export default autocannon
}
