/** The look shared by every email: Medusa admin's neutral greys, one accent for the coupon. */
export const theme = {
  font: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Hiragino Sans", "Noto Sans JP", sans-serif',
  text: "#18181b",
  muted: "#71717a",
  border: "#e4e4e7",
  background: "#f4f4f5",
  card: "#ffffff",
  accent: "#e11d48",
  accentSoft: "#fff1f2",
} as const
