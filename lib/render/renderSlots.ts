import { after } from 'next/server'

/**
 * A bound on how many pages of one kind this process renders at once. A view rendered per
 * request holds its whole HTML and React payload in memory until it is sent: fifty distinct
 * tracker views asked at once (a crawler walking dates) outgrew the server's heap and ended the
 * process. Past the bound a request waits its turn, holding next to nothing; a turn ends when its
 * response has been sent (`after`), or at the latest after `holdAtMostMs`, so that a render that
 * never reports its end cannot keep its turn.
 */
export function renderSlots(limit: number, holdAtMostMs = 30_000) {
  let running = 0
  const waiting: (() => void)[] = []

  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }

  /** Waits for a turn, held until this request's response has been sent. */
  return async function takeTurn(): Promise<void> {
    if (running < limit) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    let held = true
    const end = () => {
      if (!held) return
      held = false
      clearTimeout(backstop)
      release()
    }
    const backstop = setTimeout(end, holdAtMostMs)
    after(end)
  }
}
