/**
 * Team quality under judges who are harsher or kinder than each other and saw different teams.
 *
 * The model is additive: score(team, judge) = quality(team) + bias(judge) + noise, fitted by
 * least squares over every score of the stage, with the biases summing to zero in each
 * connected part of the judge–team graph (otherwise only differences are defined). With every
 * judge scoring every team this is the plain mean; with partial overlap it removes each
 * judge's bias as estimated from the teams they share with other judges. This is the
 * two-way additive model without interaction of unbalanced designs (e.g. Searle, "Linear
 * Models for Unbalanced Data", 1987), as used to calibrate reviewers who see different
 * papers (Flach et al., "Novel tools to streamline the conference review process:
 * experiences from SIGKDD'09", SIGKDD Explorations 11(2), 2010).
 *
 * Solved by alternating exact minimisation (quality given biases, biases given quality): each
 * step cannot raise the squared error and the problem is convex, so it converges to the
 * least-squares solution; a few hundred cheap sweeps suffice for panels of this size.
 * A small ridge on the biases (`biasShrinkage`, in "scores' worth") keeps a judge with very
 * few scores from being given an extreme bias.
 */

export type Observation = { judge: string; team: string; total: number }

export type AdditiveFit = {
  bias: Map<string, number>
  quality: Map<string, number>
  /** Root mean squared residual: how far scores stray from the model. */
  residual: number
}

const components = (observations: Observation[]): Map<string, number> => {
  // Union–find over judges and teams ("j:" / "t:" keys) joined by each score.
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root) as string
    for (let node = key; parent.get(node) !== root;) {
      const next = parent.get(node) as string
      parent.set(node, root)
      node = next
    }
    return root
  }
  for (const { judge, team } of observations) {
    for (const key of [`j:${judge}`, `t:${team}`]) if (!parent.has(key)) parent.set(key, key)
    const a = find(`j:${judge}`)
    const b = find(`t:${team}`)
    if (a !== b) parent.set(a, b)
  }
  const ids = new Map<string, number>()
  const componentOf = new Map<string, number>()
  for (const key of parent.keys()) {
    const root = find(key)
    if (!ids.has(root)) ids.set(root, ids.size)
    componentOf.set(key, ids.get(root) as number)
  }
  return componentOf
}

export const fitAdditiveModel = (
  observations: Observation[],
  { biasShrinkage = 0.1, sweeps = 500, tolerance = 1e-9 } = {},
): AdditiveFit => {
  const byTeam = new Map<string, Observation[]>()
  const byJudge = new Map<string, Observation[]>()
  for (const row of observations) {
    byTeam.set(row.team, [...(byTeam.get(row.team) ?? []), row])
    byJudge.set(row.judge, [...(byJudge.get(row.judge) ?? []), row])
  }
  const quality = new Map<string, number>()
  const bias = new Map<string, number>([...byJudge.keys()].map((judge) => [judge, 0]))
  const componentOf = components(observations)

  const updateQuality = () => {
    for (const [team, rows] of byTeam)
      quality.set(team, rows.reduce((sum, row) => sum + row.total - (bias.get(row.judge) ?? 0), 0) / rows.length)
  }
  updateQuality()
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let change = 0
    for (const [judge, rows] of byJudge) {
      const next = rows.reduce((sum, row) => sum + row.total - (quality.get(row.team) ?? 0), 0) / (rows.length + biasShrinkage)
      change = Math.max(change, Math.abs(next - (bias.get(judge) ?? 0)))
      bias.set(judge, next)
    }
    // Biases sum to zero within each connected part; the shift goes into its teams' quality.
    const shift = new Map<number, { count: number; sum: number }>()
    for (const [judge, value] of bias) {
      const part = componentOf.get(`j:${judge}`) as number
      const entry = shift.get(part) ?? { count: 0, sum: 0 }
      shift.set(part, { count: entry.count + 1, sum: entry.sum + value })
    }
    for (const [judge, value] of bias) {
      const entry = shift.get(componentOf.get(`j:${judge}`) as number) as { count: number; sum: number }
      bias.set(judge, value - entry.sum / entry.count)
    }
    updateQuality()
    if (change < tolerance) break
  }
  const squared = observations.reduce((sum, row) => sum + (row.total - (quality.get(row.team) ?? 0) - (bias.get(row.judge) ?? 0)) ** 2, 0)
  return { bias, quality, residual: observations.length ? Math.sqrt(squared / observations.length) : 0 }
}

/** Kendall's tau-a between two orders of the same items (1: same order, −1: reversed). */
export const kendallTau = (a: string[], b: string[]): number => {
  const position = new Map(b.map((item, index) => [item, index]))
  let concordant = 0
  let discordant = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const order = (position.get(a[i]) as number) - (position.get(a[j]) as number)
      if (order < 0) concordant++
      else if (order > 0) discordant++
    }
  }
  const pairs = (a.length * (a.length - 1)) / 2
  return pairs === 0 ? 1 : (concordant - discordant) / pairs
}
