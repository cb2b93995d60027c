import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"
import { theme } from "./theme"

export interface EmailLayoutProps {
  storeName: string
  storeUrl?: string | null
  /** The inbox preview line. */
  preview: string
  /** PUSH-2: the one-click unsubscribe link; shown in the footer when given. */
  unsubscribeUrl?: string | null
  preferencesUrl?: string | null
  /** Why the recipient gets this email, in one sentence. */
  footerNote: string
  children: ReactNode
}

/** The frame of every email: the store's name on top, the content card, the footer with the unsubscribe link. */
export function EmailLayout({ storeName, storeUrl, preview, unsubscribeUrl, preferencesUrl, footerNote, children }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: theme.background, fontFamily: theme.font, color: theme.text, margin: 0, padding: "24px 0" }}>
        <Container style={{ maxWidth: "600px", margin: "0 auto" }}>
          <Section style={{ padding: "0 24px 16px" }}>
            <Heading as="h1" style={{ fontSize: "20px", fontWeight: 600, margin: 0 }}>
              {storeUrl ? (
                <Link href={storeUrl} style={{ color: theme.text, textDecoration: "none" }}>
                  {storeName}
                </Link>
              ) : (
                storeName
              )}
            </Heading>
          </Section>
          <Section style={{ backgroundColor: theme.card, border: `1px solid ${theme.border}`, borderRadius: "12px", padding: "24px" }}>
            {children}
          </Section>
          <Section style={{ padding: "16px 24px", color: theme.muted, fontSize: "12px", lineHeight: "18px" }}>
            <Text style={{ fontSize: "12px", color: theme.muted, margin: "0 0 8px" }}>{footerNote}</Text>
            {unsubscribeUrl || preferencesUrl ? (
              <Text style={{ fontSize: "12px", color: theme.muted, margin: "0 0 8px" }}>
                {unsubscribeUrl ? (
                  <>
                    {`Don't want coupon emails from ${storeName}? `}
                    <Link href={unsubscribeUrl} style={{ color: theme.muted, textDecoration: "underline" }}>
                      Unsubscribe
                    </Link>
                  </>
                ) : null}
                {unsubscribeUrl && preferencesUrl ? " · " : null}
                {preferencesUrl ? (
                  <Link href={preferencesUrl} style={{ color: theme.muted, textDecoration: "underline" }}>
                    Message preferences
                  </Link>
                ) : null}
              </Text>
            ) : null}
            <Hr style={{ borderColor: theme.border, margin: "8px 0" }} />
            <Text style={{ fontSize: "12px", color: theme.muted, margin: 0 }}>{`© ${storeName}`}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

/** Paragraphs of plain text (the intro, the merchant's override): one per line, escaped by React. */
export function Paragraphs({ text }: { text: string }) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} style={{ fontSize: "15px", lineHeight: "24px", margin: "0 0 12px" }}>
          {line}
        </Text>
      ))}
    </>
  )
}
