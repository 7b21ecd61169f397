#!/usr/bin/env node
// The `errata` command. This file is committed, not built: a package manager links a bin when the
// package is installed, before anything is built, and a bin in dist/ was missing then (pnpm warned
// and linked nothing). It runs the built command line.
try {
  await import("../dist/cli.js");
} catch (error) {
  const missing = error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js");
  if (!missing) throw error;
  console.error("errata: @errata/emit is not built yet (dist/cli.js is missing): run `pnpm build` first");
  process.exitCode = 1;
}
