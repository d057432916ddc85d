/**
 * Expires the cached public pages and data carrying these tags (src/shared/cacheTags.ts) at once:
 * the next visitor gets a page rendered with the change, not a stale one. Through Next's
 * incremental cache, so a shared cache handler carries it to every instance. Inside a request
 * Next applies it when the response is done, after the write's transaction has committed.
 */
export const refreshPublicCache = async (tags: string[]): Promise<void> => {
  try {
    // Imported here, not at the top: CLI scripts load this config outside Next.js.
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    // Outside a Next.js request (tests, scripts, the job worker) there is no page cache to refresh;
    // what those writes change shows within PUBLIC_REVALIDATE_SECONDS.
  }
}
