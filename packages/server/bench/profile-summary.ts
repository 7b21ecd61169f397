/**
 * The functions of a V8 CPU profile (`node --cpu-prof`) by self time, summed over every node of
 * the call tree that names the same function at the same place.
 *
 * Run: tsx bench/profile-summary.ts FILE.cpuprofile... (PROFILE_ROWS rows each, default 25). A run under
 * `--import tsx` writes two profiles, the loader's thread's and the main thread's: the larger is the one.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const files = process.argv.slice(2);
if (files.length === 0) throw new Error("usage: profile-summary.ts FILE.cpuprofile...");
const rows = Number(process.env.PROFILE_ROWS ?? 25);
for (const file of files) summarise(file);

function summarise(file: string): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url === "" ? "" : ` ${url.replace(/^.*\/(node_modules|packages)\//, "")}:${lineNumber + 1}`;
    const key = `${functionName || "(anonymous)"}${where}`;
    const delta = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
  });
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n\n| self % | function |\n|---:|---|`);
  for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`| ${((100 * time) / total).toFixed(1)} | ${key} |`);
  }
  console.log("");
}
