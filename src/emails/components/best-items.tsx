import { Column, Heading, Img, Link, Row, Section, Text } from "@react-email/components"
import { theme } from "./theme"

export interface BestItem {
  title: string
  url?: string | null
  image_url?: string | null
  price?: string | null
}

/** PUSH-5: the "best items" grid, two products a row (readable on a phone). */
export function BestItems({ items, heading = "Best items" }: { items: BestItem[]; heading?: string }) {
  if (!items.length) return null
  const rows: BestItem[][] = []
  for (let i = 0; i < items.length; i += 2) rows.push(items.slice(i, i + 2))
  return (
    <Section style={{ margin: "24px 0 0" }}>
      <Heading as="h3" style={{ fontSize: "16px", fontWeight: 600, margin: "0 0 12px" }}>
        {heading}
      </Heading>
      {rows.map((row, r) => (
        <Row key={r} style={{ marginBottom: "12px" }}>
          {row.map((item, c) => (
            <Column key={c} style={{ width: "50%", verticalAlign: "top", padding: c === 0 ? "0 6px 0 0" : "0 0 0 6px" }}>
              <Item item={item} />
            </Column>
          ))}
          {row.length === 1 ? <Column style={{ width: "50%" }} /> : null}
        </Row>
      ))}
    </Section>
  )
}

function Item({ item }: { item: BestItem }) {
  const content = (
    <>
      {item.image_url ? (
        <Img src={item.image_url} alt={item.title} width="100%" style={{ width: "100%", borderRadius: "8px", border: `1px solid ${theme.border}` }} />
      ) : null}
      <Text style={{ fontSize: "14px", lineHeight: "20px", margin: "6px 0 0", color: theme.text }}>{item.title}</Text>
      {item.price ? <Text style={{ fontSize: "14px", lineHeight: "20px", margin: 0, fontWeight: 600, color: theme.text }}>{item.price}</Text> : null}
    </>
  )
  return item.url ? (
    <Link href={item.url} style={{ textDecoration: "none" }}>
      {content}
    </Link>
  ) : (
    content
  )
}
