// Lint rules: Next's recommended set plus the house rules that keep the code's shape: only lib/env.ts
// reads process.env, and only services (lib/<entity>/service.ts, or the files of a service/ folder
// when an entity's service has parts) talk to the database through Prisma.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const PRISMA_CLIENT = {
  paths: [
    {
      name: "@/lib/db",
      message:
        "Only services talk to the database: put this query in lib/<entity>/service.ts (or its service/ folder) and call that.",
    },
  ],
  patterns: [
    {
      group: ["@/lib/generated/prisma/client", "**/generated/prisma/client"],
      message:
        "Only services use the Prisma client and its types; other code imports enums from @/lib/generated/prisma/enums.",
    },
  ],
};
const HTTP = {
  paths: [
    {
      name: "next/server",
      message: "HTTP belongs in app/ (routes) or lib/api: services return data, not responses.",
    },
  ],
  patterns: [],
};

/** One no-restricted-imports rule from several groups of forbidden imports. */
function restrictImports(groups) {
  return {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      { paths: groups.flatMap((g) => g.paths), patterns: groups.flatMap((g) => g.patterns) },
    ],
  };
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
    ],
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through lib/env.ts.",
        },
      ],
    },
  },
  // Later blocks win for the files they match: services may use Prisma; HTTP stays in app/ and lib/api.
  { files: ["app/**", "components/**", "lib/**"], rules: restrictImports([PRISMA_CLIENT]) },
  { files: ["lib/**"], ignores: ["lib/api/**"], rules: restrictImports([PRISMA_CLIENT, HTTP]) },
  { files: ["lib/*/service.ts", "lib/*/service/**", "lib/db/**"], rules: restrictImports([HTTP]) },
  // Specs take `test` from the fixture that checks every visited page with axe.
  {
    files: ["tests/e2e/**/*.spec.ts"],
    rules: restrictImports([
      {
        paths: [
          {
            name: "@playwright/test",
            message: "Import test and expect from ./fixtures: it checks every page the test visits with axe.",
          },
        ],
        patterns: [],
      },
    ]),
  },
];

export default config;
