/**
 * What every part of the seed shares: the container, the logger, a summary of what each part
 * did, and the records one part hands to the next.
 */
import type { Logger, MedusaContainer, RegionDTO } from "@medusajs/framework/types"
import type { RegionKey } from "./demo-data"

export const DAY_MS = 24 * 60 * 60 * 1000

/** What each part did, for the final summary. */
export class Progress {
  readonly present: string[] = []
  constructor(private readonly logger: Logger) {}

  created(part: string, detail: string): void {
    this.logger.info(`[seed] ${part}: created ${detail}`)
  }

  alreadyPresent(part: string): void {
    this.present.push(part)
    this.logger.info(`[seed] ${part}: already present`)
  }
}

export type SeedContext = {
  container: MedusaContainer
  logger: Logger
  progress: Progress
}

export type Regions = Record<RegionKey, RegionDTO>

/** A seeded customer with the number used in its email and in the demo data. */
export type SeededCustomer = { n: number; id: string; email: string }
