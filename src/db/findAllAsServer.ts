import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Payload,
  PayloadRequest,
  SelectType,
  Sort,
  TransformCollectionWithSelect,
  TypedCollectionSelect,
  Where,
} from 'payload'

type FindAllOptions<TSlug extends CollectionSlug, TSelect extends SelectType & TypedCollectionSelect[TSlug]> = {
  select?: TSelect
  sort?: Sort
  where: Where
}

/**
 * Every document of a collection that matches `where`, read as the server: no access rules,
 * no pagination, relations as ids. Access rules, hooks and endpoints use it to read the facts
 * a decision rests on (who is on a team, which scores exist) — never to answer a user with
 * documents they could not read themselves. Pass `req` so the read joins the request's
 * transaction; without one (a page rendered outside a request) pass the Payload instance.
 */
export const findAllAsServer = async <TSlug extends CollectionSlug, TSelect extends SelectType & TypedCollectionSelect[TSlug]>(
  reqOrPayload: Payload | PayloadRequest,
  collection: TSlug,
  { select, sort, where }: FindAllOptions<TSlug, TSelect>,
): Promise<TransformCollectionWithSelect<TSlug, TSelect>[]> => {
  const req = 'headers' in reqOrPayload ? reqOrPayload : undefined
  const payload = req ? req.payload : (reqOrPayload as Payload)
  // Called through a plain signature: with this many collections, TypeScript gives up on
  // inferring payload.find's generic options here ("union type too complex", TS2590).
  const find = payload.find.bind(payload) as (options: object) => Promise<{ docs: TransformCollectionWithSelect<TSlug, TSelect>[] }>
  const { docs } = await find({
    collection,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select,
    sort,
    where,
  })
  return docs
}

/**
 * One document by id, read as the server (no access rules, relations as ids) inside the
 * request's transaction; null when there is none or the id is malformed for the database.
 */
export const findByIdAsServer = async <TSlug extends CollectionSlug>(
  req: PayloadRequest,
  collection: TSlug,
  id: number | string,
): Promise<DataFromCollectionSlug<TSlug> | null> =>
  (await req.payload
    .findByID({ collection, depth: 0, disableErrors: true, id, overrideAccess: true, req })
    .catch(() => null)) as DataFromCollectionSlug<TSlug> | null
