import { generateEntityId } from "@medusajs/framework/utils"
import { entityIds } from "../../repositories/ids"

describe("entityIds: Medusa-shaped ids by the thousand", () => {
  it("have the shape of generateEntityId's (prefix, 26 Crockford characters), are unique, and sort by time like ULIDs", () => {
    const ids = entityIds("noti", 20_000, Date.UTC(2026, 11, 2, 12))
    const medusa = generateEntityId(undefined, "noti")
    const shape = /^noti_[0-9A-HJKMNP-TV-Z]{26}$/
    expect(medusa).toMatch(shape)
    for (const id of ids) expect(id).toMatch(shape)
    expect(new Set(ids).size).toBe(ids.length)
    // The time part: an id made later sorts after, as Medusa's do.
    const later = entityIds("noti", 1, Date.UTC(2026, 11, 2, 12, 0, 1))[0]
    expect(ids.every((id) => id.slice(0, 15) < later.slice(0, 15))).toBe(true)
    expect(ids[0].slice(5, 15)).toBe(entityIds("x", 1, Date.UTC(2026, 11, 2, 12))[0].slice(2, 12))
  })

  it("use every character of the alphabet in the random part (no stuck bits)", () => {
    const seen = new Set(entityIds("x", 2_000).flatMap((id) => id.slice(12).split("")))
    expect(seen.size).toBe(32)
  })
})
