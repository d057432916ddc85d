import type { Browser, BrowserContext, Locator } from 'playwright-core'

import { chromium } from 'playwright-core'
import { expect } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's chromium, headless, with nothing of its own calling home. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    executablePath: CHROMIUM,
  })

/**
 * Waits until React has hydrated the element (attached its props to the DOM node): a click on
 * server-rendered markup before that does nothing, or submits a form the browser's way.
 */
export const hydrated = async (locator: Locator): Promise<Locator> => {
  await expect
    .poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps'))), { timeout: 60_000 })
    .toBe(true)
  return locator
}

/**
 * Collects every Content-Security-Policy violation in a browser context: the browser's own
 * console reports ("Refused to …") and the page's `securitypolicyviolation` events, which a
 * script added before any of the page's reports as a console message.
 */
export const recordCspViolations = async (context: BrowserContext): Promise<string[]> => {
  const violations: string[] = []
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`)
    })
  })
  context.on('console', (message) => {
    const text = message.text()
    if (/securitypolicyviolation|Content Security Policy|Refused to (load|execute|apply|connect|frame|run)/i.test(text))
      violations.push(text)
  })
  return violations
}
