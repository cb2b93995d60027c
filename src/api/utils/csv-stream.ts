import type { MedusaResponse } from "@medusajs/framework/http"
import { CsvValue, UTF8_BOM, csvLine } from "../../modules/coupon-marketing/domain/coupons/csv"

/**
 * Streams a CSV download (COUPON-22, COUPON-23): UTF-8 with a BOM, the header, then the rows
 * page by page as `pages` yields them. Waits for the socket to drain whenever its buffer is
 * full, so memory holds one page at most, however long the report; stops reading when the
 * client goes away.
 */
export async function streamCsv(
  res: MedusaResponse,
  filename: string,
  header: readonly CsvValue[],
  pages: AsyncIterable<CsvValue[][]>
): Promise<void> {
  res.status(200)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`)
  res.setHeader("Cache-Control", "no-store")
  let closed = false
  res.on("close", () => (closed = true))
  const write = async (chunk: string) => {
    if (!res.write(chunk) && !closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off("drain", done)
          res.off("close", done)
          resolve()
        }
        res.on("drain", done)
        res.on("close", done)
      })
    }
  }
  await write(UTF8_BOM + csvLine(header))
  for await (const rows of pages) {
    if (closed) break
    await write(rows.map(csvLine).join(""))
  }
  res.end()
}
