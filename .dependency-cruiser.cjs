// The layers' arrows run one way: app (routes and UI) → server (server-only) → db → domain.
// `npm run lint:layers` fails on an import that runs against them (docs/architecture.md).
// Type-only imports are left out: they vanish from the built code, and client components
// draw rows whose shape the server's views define.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "domain/ holds plain rules and schemas: it imports nothing of the other layers, of the framework or of the database.",
      severity: "error",
      from: { path: "^domain/" },
      to: {
        path: "^(app|server|db|scripts|e2e)/|^(auth|proxy|instrumentation)\\.ts$|node_modules/(next|react|react-dom|next-auth|drizzle-orm|better-sqlite3|@node-rs)/",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "db-below-server",
      comment: "db/ (schema, connection, queries) may use domain/ only.",
      severity: "error",
      from: { path: "^db/" },
      to: { path: "^(app|server|scripts|e2e)/|^(auth|proxy|instrumentation)\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "server-below-app",
      comment: "server/ is called by routes and UI, never the other way round.",
      severity: "error",
      from: { path: "^server/" },
      to: { path: "^(app|scripts|e2e)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "app-through-server",
      comment: "Routes and UI reach the database only through server/ (the data-access layer authorises every read and write).",
      severity: "error",
      from: { path: "^app/" },
      to: { path: "^db/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-tests-in-production",
      comment: "Production code does not import tests, test fixtures or test helpers.",
      severity: "error",
      from: { path: "^(app|server|db|domain)/", pathNot: "\\.(test|spec)\\.tsx?$|fixture|test-fixtures|/test/" },
      to: { path: "\\.(test|spec)\\.tsx?$|fixture|test-fixtures|test-helpers|^db/test/|^e2e/" },
    },
    {
      name: "no-circular",
      comment: "A cycle hides which module depends on which.",
      severity: "error",
      from: { path: "^(app|server|db|domain)/" },
      to: { circular: true, dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|node_modules|drizzle|test-results|playwright-report)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
