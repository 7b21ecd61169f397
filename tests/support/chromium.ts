/**
 * Headless Chromium for the browser tests, from Debian's package (`CHROMIUM_PATH` overrides it).
 * Background networking is off: this machine's network is closed, and the tests must make no
 * request of their own beyond the loopback servers they start.
 *
 * @module
 */
import { type Browser, chromium } from "playwright-core";

const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: LAUNCH_ARGS });
}
