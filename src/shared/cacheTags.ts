/** Cache tag of everything public read from competitions; refreshed by hooks/competitions/refreshPublicPages.ts. */
export const COMPETITIONS_TAG = 'competitions'
