// Browser flows (run through `npm run test:e2e`, which starts the store they drive).
module.exports = {
  rootDir: __dirname,
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2021" } }],
  },
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.e2e.spec.ts"],
  testTimeout: 300000,
}
