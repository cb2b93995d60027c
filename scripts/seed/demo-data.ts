/**
 * Static demo data for `scripts/seed.ts` (SPEC §8). Everything here is plain data: names,
 * prices and addresses. Natural keys (handles, SKUs, emails, names) make the seed idempotent.
 */

export const SALES_CHANNEL_NAME = "Coupon Demo Store"
export const PUBLISHABLE_KEY_TITLE = "Coupon Demo Storefront"
export const STOCK_LOCATION_NAME = "Coupon Demo Warehouse"
export const FULFILLMENT_SET_NAME = "Coupon Demo Warehouse shipping"
export const SHIPPING_OPTION_NAME = "Standard shipping"
export const CUSTOMER_GROUP_NAME = "VIP"
export const FULFILLMENT_PROVIDER_ID = "manual_manual"
export const PAYMENT_PROVIDER_ID = "pp_system_default"
export const TAX_PROVIDER_ID = "tp_system"

export type RegionKey = "japan" | "europe"

export type RegionSeed = {
  key: RegionKey
  name: string
  currency_code: "jpy" | "eur"
  countries: string[]
  /** Flat price of the "Standard shipping" option, in the region's currency (major units). */
  shipping_amount: number
}

export const REGIONS: RegionSeed[] = [
  { key: "japan", name: "Japan", currency_code: "jpy", countries: ["jp"], shipping_amount: 500 },
  {
    key: "europe",
    name: "Europe",
    currency_code: "eur",
    countries: ["de", "fr", "it", "es", "nl"],
    shipping_amount: 5,
  },
]

/** Standard VAT / consumption tax rates (%) of each seeded country. */
export const TAX_RATES: Record<string, number> = {
  jp: 10,
  de: 19,
  fr: 20,
  it: 22,
  es: 21,
  nl: 21,
}

export type CategorySeed = { handle: string; name: string; description: string }

export const CATEGORIES: CategorySeed[] = [
  { handle: "tea", name: "Tea", description: "Japanese green teas, roasted teas and blends." },
  { handle: "tableware", name: "Tableware", description: "Teapots, cups and tools for the table." },
  { handle: "snacks", name: "Snacks", description: "Sweet and savoury snacks to go with tea." },
]

export type VariantSeed = {
  title: string
  sku: string
  /** Option value of the product's single option. */
  option_value: string
  /** Prices in major units: JPY has no minor unit (integers), EUR has cents. */
  jpy: number
  eur: number
}

export type ProductSeed = {
  handle: string
  title: string
  description: string
  category: CategorySeed["handle"]
  option_title: string
  variants: VariantSeed[]
}

/** A product with one variant (option "Default"). */
function single(
  handle: string,
  title: string,
  category: string,
  description: string,
  jpy: number,
  eur: number
): ProductSeed {
  return {
    handle,
    title,
    description,
    category,
    option_title: "Default",
    variants: [{ title: "Default", sku: `DEMO-${handle.toUpperCase()}`, option_value: "Default", jpy, eur }],
  }
}

/** A tea sold in two pack sizes (option "Size"). */
function tea(handle: string, title: string, description: string, jpy50: number, eur50: number): ProductSeed {
  const sku = `DEMO-${handle.toUpperCase()}`
  return {
    handle,
    title,
    description,
    category: "tea",
    option_title: "Size",
    variants: [
      { title: "50 g", sku: `${sku}-50G`, option_value: "50 g", jpy: jpy50, eur: eur50 },
      // The larger pack is a little cheaper per gram.
      {
        title: "100 g",
        sku: `${sku}-100G`,
        option_value: "100 g",
        jpy: Math.round((jpy50 * 1.8) / 10) * 10,
        eur: Math.round(eur50 * 1.8 * 2) / 2,
      },
    ],
  }
}

export const PRODUCTS: ProductSeed[] = [
  tea("sencha-green-tea", "Sencha Green Tea", "Everyday steamed green tea from Shizuoka.", 1200, 9.5),
  tea("gyokuro-premium", "Gyokuro Premium", "Shade-grown green tea with a deep umami taste.", 3200, 24),
  tea("genmaicha", "Genmaicha", "Green tea with toasted brown rice.", 900, 7.5),
  tea("hojicha-roasted-tea", "Hojicha Roasted Tea", "Roasted green tea, low in caffeine.", 1000, 8),
  tea("uji-matcha-ceremonial", "Uji Matcha Ceremonial Grade", "Stone-ground matcha from Uji, Kyoto.", 2800, 22),
  tea("sakura-herbal-blend", "Sakura Herbal Blend", "Caffeine-free blend with cherry blossom leaves.", 1500, 11.5),
  tea("earl-grey-wakocha", "Wakocha Earl Grey", "Japanese black tea scented with bergamot.", 1400, 10.5),
  single("arita-porcelain-teacup", "Arita Porcelain Teacup", "tableware", "Hand-painted porcelain cup from Arita.", 2400, 18),
  single("tokoname-kyusu-teapot", "Tokoname Kyusu Teapot", "tableware", "Side-handled clay teapot, 300 ml.", 6800, 52),
  single("bamboo-matcha-whisk", "Bamboo Matcha Whisk", "tableware", "Chasen carved from a single piece of bamboo.", 2200, 16.5),
  single("lacquer-chopsticks-set", "Lacquer Chopsticks Set", "tableware", "Two pairs of lacquered chopsticks with rests.", 3000, 23),
  single("hasami-stoneware-plate", "Hasami Stoneware Plate", "tableware", "Stackable 19 cm plate, dishwasher safe.", 1800, 14),
  single("tetsubin-cast-iron-kettle", "Tetsubin Cast Iron Kettle", "tableware", "Nambu cast iron kettle, 0.8 l.", 12000, 95),
  single("washi-tea-caddy", "Washi Tea Caddy", "tableware", "Airtight tin wrapped in washi paper.", 1600, 12.5),
  single("senbei-rice-crackers", "Senbei Rice Crackers", "snacks", "Soy-glazed rice crackers, 12 pieces.", 650, 4.9),
  single("matcha-shortbread", "Matcha Shortbread", "snacks", "Butter shortbread with Uji matcha, 8 pieces.", 980, 7.5),
  single("yuzu-madeleines", "Yuzu Madeleines", "snacks", "Madeleines with yuzu zest, 6 pieces.", 1100, 8.5),
  single("dorayaki-pancakes", "Dorayaki Pancakes", "snacks", "Pancakes filled with red bean paste, 4 pieces.", 860, 6.5),
  single("mochi-assortment", "Mochi Assortment", "snacks", "Daifuku mochi in five flavours, 10 pieces.", 1500, 11),
  single("black-sesame-cookies", "Black Sesame Cookies", "snacks", "Crisp cookies with roasted black sesame.", 720, 5.5),
]

export type AddressSeed = {
  address_1: string
  city: string
  postal_code: string
  province?: string
  country_code: string
}

export type PersonSeed = { first_name: string; last_name: string; country_code: string }

const JAPANESE: [string, string][] = [
  ["Haruto", "Sato"], ["Yui", "Suzuki"], ["Sota", "Takahashi"], ["Hina", "Tanaka"], ["Ren", "Watanabe"],
  ["Aoi", "Ito"], ["Yuto", "Yamamoto"], ["Sakura", "Nakamura"], ["Kaito", "Kobayashi"], ["Mei", "Kato"],
  ["Riku", "Yoshida"], ["Yuna", "Yamada"], ["Hayato", "Sasaki"], ["Rin", "Yamaguchi"], ["Takumi", "Matsumoto"],
  ["Misaki", "Inoue"], ["Daiki", "Kimura"], ["Nanami", "Hayashi"], ["Kenta", "Shimizu"], ["Aiko", "Mori"],
  ["Shota", "Ikeda"], ["Emi", "Hashimoto"], ["Kazuki", "Ishikawa"], ["Natsuki", "Ogawa"], ["Yusuke", "Fujita"],
]

const EUROPEAN: PersonSeed[] = [
  { first_name: "Lukas", last_name: "Schmidt", country_code: "de" },
  { first_name: "Camille", last_name: "Dubois", country_code: "fr" },
  { first_name: "Giulia", last_name: "Rossi", country_code: "it" },
  { first_name: "Lucía", last_name: "García", country_code: "es" },
  { first_name: "Daan", last_name: "de Vries", country_code: "nl" },
  { first_name: "Anna", last_name: "Müller", country_code: "de" },
  { first_name: "Hugo", last_name: "Laurent", country_code: "fr" },
  { first_name: "Marco", last_name: "Bianchi", country_code: "it" },
  { first_name: "Javier", last_name: "Martínez", country_code: "es" },
  { first_name: "Sanne", last_name: "Jansen", country_code: "nl" },
  { first_name: "Felix", last_name: "Weber", country_code: "de" },
  { first_name: "Léa", last_name: "Moreau", country_code: "fr" },
  { first_name: "Francesca", last_name: "Romano", country_code: "it" },
  { first_name: "Pablo", last_name: "López", country_code: "es" },
  { first_name: "Lotte", last_name: "Bakker", country_code: "nl" },
  { first_name: "Sophie", last_name: "Fischer", country_code: "de" },
  { first_name: "Louis", last_name: "Lefèvre", country_code: "fr" },
  { first_name: "Alessandro", last_name: "Ricci", country_code: "it" },
  { first_name: "Carmen", last_name: "Fernández", country_code: "es" },
  { first_name: "Bram", last_name: "Visser", country_code: "nl" },
  { first_name: "Jonas", last_name: "Becker", country_code: "de" },
  { first_name: "Manon", last_name: "Girard", country_code: "fr" },
  { first_name: "Chiara", last_name: "Conti", country_code: "it" },
  { first_name: "Diego", last_name: "Ruiz", country_code: "es" },
  { first_name: "Emma", last_name: "Smit", country_code: "nl" },
]

/** 50 people, Japanese and European alternating, so both regions get customers and orders. */
export const PEOPLE: PersonSeed[] = JAPANESE.flatMap(([first_name, last_name], i) => [
  { first_name, last_name, country_code: "jp" },
  EUROPEAN[i],
])

const STREETS: Record<string, AddressSeed[]> = {
  jp: [
    { address_1: "1-2-3 Jingumae", city: "Shibuya-ku", province: "Tokyo", postal_code: "150-0001", country_code: "jp" },
    { address_1: "2-5-8 Umeda, Kita-ku", city: "Osaka", province: "Osaka", postal_code: "530-0001", country_code: "jp" },
    { address_1: "45 Gionmachi, Higashiyama-ku", city: "Kyoto", province: "Kyoto", postal_code: "605-0073", country_code: "jp" },
    { address_1: "3-1 Minatomirai, Nishi-ku", city: "Yokohama", province: "Kanagawa", postal_code: "220-0012", country_code: "jp" },
    { address_1: "4-7 Kita 3-jo Nishi, Chuo-ku", city: "Sapporo", province: "Hokkaido", postal_code: "060-0003", country_code: "jp" },
  ],
  de: [{ address_1: "Friedrichstraße 43", city: "Berlin", postal_code: "10117", country_code: "de" }],
  fr: [{ address_1: "12 Rue de Rivoli", city: "Paris", postal_code: "75004", country_code: "fr" }],
  it: [{ address_1: "Via del Corso 101", city: "Roma", postal_code: "00186", country_code: "it" }],
  es: [{ address_1: "Calle de Alcalá 55", city: "Madrid", postal_code: "28014", country_code: "es" }],
  nl: [{ address_1: "Prinsengracht 263", city: "Amsterdam", postal_code: "1016 GV", country_code: "nl" }],
}

/** A plausible address in the person's country (deterministic by customer number). */
export function addressFor(person: PersonSeed, n: number): AddressSeed {
  const streets = STREETS[person.country_code]
  return streets[n % streets.length]
}

/** `firstname.lastname{n}@example.com`, ASCII only ("Lucía García" → lucia.garcia4). */
export function emailFor(person: PersonSeed, n: number): string {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "")
  return `${ascii(person.first_name)}.${ascii(person.last_name)}${n}@example.com`
}

export const CUSTOMER_COUNT = PEOPLE.length // 50
/** Customer numbers (1-based) in the "VIP" group: every fifth customer, 10 in all. */
export const VIP_CUSTOMER_NUMBERS = Array.from({ length: 10 }, (_, i) => 1 + i * 5)

export const ORDER_COUNT = 30
export const ORDER_DAYS_BACK = 60

/** The plugin's demo coupons, by role (their definitions, with dates, are in ./coupons.ts). */
export const DEMO_COUPON_NAMES = {
  welcome: "Welcome 10% off",
  yearEnd: "Year-end free shipping",
  vip: "VIP ¥500 off",
  ended: "Autumn tea festival ¥300 off",
} as const
export type DemoCouponRole = keyof typeof DEMO_COUPON_NAMES

export type CouponOrderSeed = {
  /** The order's `metadata.demo_seed`. */
  key: string
  /** The customer number (1-based); all are Japanese (JPY coupons, JPY carts). */
  customer: number
  /** The coupon the shopper types: the fixed code, or the customer's own individual code. */
  coupon: Extract<DemoCouponRole, "welcome" | "vip">
  items: { sku: string; quantity: number }[]
}

/**
 * Orders placed through a cart with a coupon (./coupon-orders.ts). Totals clear each coupon's
 * condition: "Welcome 10% off" from ¥3,000, "VIP ¥500 off" from ¥5,000 (customers 1 and 11 are VIPs).
 */
export const COUPON_ORDERS: CouponOrderSeed[] = [
  { key: "coupon-order-1", customer: 3, coupon: "welcome", items: [{ sku: "DEMO-GYOKURO-PREMIUM-50G", quantity: 1 }, { sku: "DEMO-SENBEI-RICE-CRACKERS", quantity: 2 }] },
  { key: "coupon-order-2", customer: 9, coupon: "welcome", items: [{ sku: "DEMO-UJI-MATCHA-CEREMONIAL-50G", quantity: 1 }, { sku: "DEMO-BAMBOO-MATCHA-WHISK", quantity: 1 }] },
  { key: "coupon-order-3", customer: 13, coupon: "welcome", items: [{ sku: "DEMO-ARITA-PORCELAIN-TEACUP", quantity: 2 }] },
  { key: "coupon-order-4", customer: 1, coupon: "vip", items: [{ sku: "DEMO-TOKONAME-KYUSU-TEAPOT", quantity: 1 }] },
  { key: "coupon-order-5", customer: 11, coupon: "vip", items: [{ sku: "DEMO-SENCHA-GREEN-TEA-100G", quantity: 2 }, { sku: "DEMO-MATCHA-SHORTBREAD", quantity: 2 }] },
]

/** The 50 demo customers have been members this long (their accounts are dated back, ./customers.ts). */
export const MEMBERS_SINCE_DAYS = 200

/**
 * The sign-up gift (./gifts.ts, SPEC §4): one active activity with points and a coupon, and the
 * members who joined during it and got it (their accounts dated into the window).
 */
export const DEMO_GIFT = {
  name: "Join gift",
  /** Started this many days ago (at the hour), lasts DAYS. */
  started_days_ago: 6,
  days: 30,
  points: 200,
  coupon: "Member gift ¥300 off",
  /** Joined this many days after the start, in order; the first used the gift coupon. */
  members: [
    { first_name: "Rin", last_name: "Kobayashi", country_code: "jp", joined_day: 0.6 },
    { first_name: "Kaito", last_name: "Morita", country_code: "jp", joined_day: 1.4 },
    { first_name: "Mei", last_name: "Fujii", country_code: "jp", joined_day: 3.2 },
    { first_name: "Noah", last_name: "Schneider", country_code: "de", joined_day: 4.7 },
  ],
  /** What the first member bought with the gift coupon (from ¥5,000). */
  order_items: [{ sku: "DEMO-TOKONAME-KYUSU-TEAPOT", quantity: 1 }],
} as const
