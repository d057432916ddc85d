/**
 * Which judges score which submission when a stage gives each submission to a few judges of
 * its panel rather than to all of them. Pure: the caller loads the panel, the submissions and
 * the conflicts (declared, or the judge's institution is the team's) and stores the result.
 *
 * Goals, in order: never a conflicted judge; each submission gets `perSubmission` judges
 * (fewer only when the panel has too few judges free of conflict, reported by name); the
 * number of assignments per judge differs by at most one where conflicts allow; and judges
 * overlap across teams, so that every pair of judges shares at least one submission where
 * the numbers allow — a ranking that estimates each judge's bias (src/domain/ranking.ts)
 * needs the judge–team graph connected, and the more pairs overlap the better it does.
 */

export type AssignmentInput = {
  /** Assignments that stay (made earlier or moved by hand); new ones are added around them. */
  existing?: Assignment[]
  judges: string[]
  perSubmission: number
  submissions: { conflicts: string[]; id: string; label?: string }[]
}

export type Assignment = { judge: string; submission: string }

export type Shortfall = { available: number; label: string; needed: number; submission: string }

export type AssignmentPlan = {
  /** Every assignment after this run, the kept ones included. */
  assignments: Assignment[]
  /** Assignments this run adds. */
  added: Assignment[]
  /** Submissions that could not get `perSubmission` judges free of conflict. */
  shortfalls: Shortfall[]
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

export const assignJudges = ({ existing = [], judges, perSubmission, submissions }: AssignmentInput): AssignmentPlan => {
  const panel = [...new Set(judges)].sort()
  const load = new Map(panel.map((judge) => [judge, 0]))
  const judgesOf = new Map<string, Set<string>>(submissions.map((submission) => [submission.id, new Set()]))
  const pairs = new Map<string, number>()
  const notePairs = (chosen: Iterable<string>, judge: string) => {
    for (const other of chosen) if (other !== judge) pairs.set(pairKey(judge, other), (pairs.get(pairKey(judge, other)) ?? 0) + 1)
  }
  const conflictsOf = new Map(submissions.map((submission) => [submission.id, new Set(submission.conflicts)]))
  // Existing assignments count towards each judge's load and overlap, also those of
  // submissions not being assigned now (assigning one late submission balances against all).
  const kept: Assignment[] = []
  const panelOf = new Map<string, Set<string>>()
  for (const assignment of existing) {
    if (!load.has(assignment.judge) || conflictsOf.get(assignment.submission)?.has(assignment.judge)) continue
    const chosen = judgesOf.get(assignment.submission) ?? panelOf.get(assignment.submission) ?? new Set<string>()
    if (!judgesOf.has(assignment.submission)) panelOf.set(assignment.submission, chosen)
    if (chosen.has(assignment.judge)) continue
    notePairs(chosen, assignment.judge)
    chosen.add(assignment.judge)
    load.set(assignment.judge, (load.get(assignment.judge) ?? 0) + 1)
    kept.push(assignment)
  }

  // The most constrained submissions choose first, so a team with few judges free of conflict
  // is not left with only judges that others already filled up.
  const free = (submission: AssignmentInput['submissions'][number]) => panel.filter((judge) => !conflictsOf.get(submission.id)?.has(judge))
  const order = [...submissions].sort((a, b) => free(a).length - free(b).length || a.id.localeCompare(b.id))
  const added: Assignment[] = []
  const shortfalls: Shortfall[] = []
  for (const submission of order) {
    const chosen = judgesOf.get(submission.id) as Set<string>
    const candidates = free(submission).filter((judge) => !chosen.has(judge))
    while (chosen.size < perSubmission && candidates.length > 0) {
      // Least loaded first (balance); among those, the judge who would share a submission with
      // the most judges they share none with yet (overlap); then by id, so runs are repeatable.
      let best = -1
      let bestKey: [number, number, string] | null = null
      candidates.forEach((judge, index) => {
        const newPairs = [...chosen].filter((other) => !pairs.has(pairKey(judge, other))).length
        const key: [number, number, string] = [load.get(judge) ?? 0, -newPairs, judge]
        if (
          !bestKey ||
          key[0] < bestKey[0] ||
          (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))
        ) {
          best = index
          bestKey = key
        }
      })
      const [judge] = candidates.splice(best, 1)
      notePairs(chosen, judge)
      chosen.add(judge)
      load.set(judge, (load.get(judge) ?? 0) + 1)
      added.push({ judge, submission: submission.id })
    }
    if (chosen.size < perSubmission) {
      shortfalls.push({
        available: free(submission).length,
        label: submission.label ?? submission.id,
        needed: perSubmission,
        submission: submission.id,
      })
    }
  }

  rebalance(added, judgesOf, conflictsOf, load)
  const assignments = [...kept, ...added]
  return { added, assignments, shortfalls }
}

/**
 * Conflicts can leave the greedy pass uneven (a judge free of conflict with a hard team takes
 * it although already loaded). Moves new assignments from the most to the least loaded judge
 * while a move is allowed, until the spread is at most one or no move helps.
 */
const rebalance = (
  added: Assignment[],
  judgesOf: Map<string, Set<string>>,
  conflictsOf: Map<string, Set<string>>,
  load: Map<string, number>,
) => {
  for (let guard = 0; guard < added.length * 4; guard++) {
    const byLoad = [...load.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    if (byLoad.length < 2 || byLoad[byLoad.length - 1][1] - byLoad[0][1] <= 1) return
    let moved = false
    for (const [heavy, heavyLoad] of [...byLoad].reverse()) {
      for (const [light, lightLoad] of byLoad) {
        if (heavyLoad - lightLoad <= 1) break
        const movable = added.find(
          (assignment) =>
            assignment.judge === heavy &&
            !judgesOf.get(assignment.submission)?.has(light) &&
            !conflictsOf.get(assignment.submission)?.has(light),
        )
        if (!movable) continue
        judgesOf.get(movable.submission)?.delete(heavy)
        judgesOf.get(movable.submission)?.add(light)
        movable.judge = light
        load.set(heavy, heavyLoad - 1)
        load.set(light, lightLoad + 1)
        moved = true
        break
      }
      if (moved) break
    }
    if (!moved) return
  }
}

/** Judge pairs that share no submission (a measure of overlap; empty is best). */
export const disjointJudgePairs = (judges: string[], assignments: Assignment[]): [string, string][] => {
  const bySubmission = new Map<string, string[]>()
  for (const { judge, submission } of assignments) bySubmission.set(submission, [...(bySubmission.get(submission) ?? []), judge])
  const shared = new Set<string>()
  for (const panel of bySubmission.values()) for (const a of panel) for (const b of panel) if (a < b) shared.add(pairKey(a, b))
  const sorted = [...new Set(judges)].sort()
  const missing: [string, string][] = []
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) if (!shared.has(pairKey(sorted[i], sorted[j]))) missing.push([sorted[i], sorted[j]])
  return missing
}
