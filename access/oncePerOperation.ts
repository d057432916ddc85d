import type { Access, AccessArgs, AccessResult, PayloadRequest } from 'payload'

const ANSWERS = Symbol('contestkit.accessAnswers')

type Answer = { answer: Promise<AccessResult>; operations?: number; writes: number }
type Answers = { byKey: Map<string, Answer>; operations: number; writes: number }

/** Operations that change nothing (Payload's names, as its beforeOperation hooks see them). */
const READS = new Set(['count', 'countVersions', 'read', 'readDistinct'])

// A symbol on the request itself: Payload hands access functions a proxy of the request in places
// (isolateObjectProperty), and a proxy forwards every property but the transaction id to it.
const answersOf = (req: PayloadRequest): Answers => {
  const holder = req as unknown as { [ANSWERS]?: Answers }
  holder[ANSWERS] ??= { byKey: new Map(), operations: 0, writes: 0 }
  return holder[ANSWERS]
}

/**
 * Called when any Payload operation starts on this request (hooks/root/countOperation.ts): every
 * answer given so far is forgotten, so none outlives the operation it was asked in.
 */
export const operationStarted = (req: PayloadRequest, operation: string) => {
  const answers = answersOf(req)
  answers.operations += 1
  if (!READS.has(operation)) answers.writes += 1
}

/**
 * A collection's read access that looks things up (the teams an account is on, the audiences it
 * is in), answered once per operation. Payload asks a collection's read access once to filter a
 * list and then again for every `where` path and the sort it validates (validateQueryPaths, in
 * parallel): the dashboard's announcements read ran the same five lookups five times, its
 * registrations read twice (bench/registrations-list.bench.ts).
 *
 * What is shared and for how long:
 * - within one request only (kept on the request object), for the same access and account;
 * - only the list-shaped question (no document `id`, no `data`): what `find`, `count` and their
 *   path checks ask. A question about one document is asked anew each time;
 * - only until another operation starts on the request — a read, and above all a write: an answer
 *   is never reused after a write began, so nothing a request changes is judged by an answer given
 *   before the change. Callers that ask while the answer is being looked up wait for it.
 */
export const oncePerOperation =
  (name: string, access: Access): Access =>
  (args: AccessArgs) => {
    const { data, id, req } = args
    if (id !== undefined || data !== undefined) return access(args)
    const answers = answersOf(req)
    const key = `${name}:${req.user ? `${req.user.collection}:${req.user.id}` : 'anonymous'}`
    const kept = answers.byKey.get(key)
    // While it is being looked up (its own reads are operations), callers share it unless a write
    // has started since; once known, it holds while no operation of any kind has started.
    const current = kept && (kept.operations === undefined ? kept.writes === answers.writes : kept.operations === answers.operations)
    // Each caller gets its own copy: Payload combines and sanitises the `Where` it is given.
    if (kept && current) return kept.answer.then((where) => structuredClone(where))
    const answer = Promise.resolve(access(args))
    const entry: Answer = { answer, writes: answers.writes }
    answers.byKey.set(key, entry)
    answer.then(
      () => {
        entry.operations = answers.operations
      },
      () => {
        if (answers.byKey.get(key) === entry) answers.byKey.delete(key)
      },
    )
    return answer.then((where) => structuredClone(where))
  }
