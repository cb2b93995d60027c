// One jest configuration for every layer: unit (pure functions), module integration
// (moduleIntegrationTestRunner) and HTTP integration (the built plugin in a real Medusa app).
// Run it through `npm test` (scripts/test.mjs), which provides the database.
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const layers = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.integration.spec.[jt]s"],
  // One app per run: suites/*.spec.ts are imported by plugin.spec.ts, not run on their own.
  "integration:http": ["<rootDir>/integration-tests/http/*.spec.[jt]s"],
  // Real Medusa processes started by the test itself (crash test): their own database each.
  "integration:workers": ["<rootDir>/integration-tests/workers/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
    ],
    // The email templates (src/emails/**/*.tsx, React Email).
    "^.+\\.tsx$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true, decorators: true }, target: "es2021", transform: { react: { runtime: "automatic" } } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.medusa-data/", "<rootDir>/.medusa-test-data/"],
  testMatch: layers[process.env.TEST_TYPE] ?? Object.values(layers).flat(),
  testTimeout: 120000,
}
