import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { chromiumFlags, findChromium } from '../chromium'

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Scores = Record<(typeof categories)[number], number | null> & { failing: string[] }

/**
 * Lighthouse's four scores per page with its default mobile settings (a mid-range phone on a
 * throttled 4G connection, simulated), in the system Chromium. `failing` names the audits that
 * cost points, so a score below 100 says why.
 */
export async function lighthouseScores(
  pages: { name: string; url: string }[],
): Promise<Record<string, Scores>> {
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumFlags],
  })
  try {
    const scores: Record<string, Scores> = {}
    for (const page of pages) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...categories],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`)
      const { categories: found, audits } = result.lhr
      const failing = Object.values(found)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0))
        .map((ref) => audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 0.9)
        .map((audit) => audit.id)
      scores[page.name] = {
        ...(Object.fromEntries(
          categories.map((id) => [
            id,
            found[id]?.score == null ? null : Math.round(found[id].score * 100),
          ]),
        ) as Record<(typeof categories)[number], number | null>),
        failing: [...new Set(failing)],
      }
      console.log(
        `  Lighthouse ${page.name}: ${categories.map((id) => `${id} ${scores[page.name][id]}`).join(', ')}`,
      )
    }
    return scores
  } finally {
    chrome.kill()
  }
}
