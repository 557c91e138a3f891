// Reference measures for ReachLab's CSV reader: PapaParse (header: true,
// dynamicTyping: true) and d3-dsv (parseRows, strings only) on the same
// files as benchread, under Node.
//
//   go run ./app/data/internal/benchread -generate /tmp/rl-bench
//   node app/data/internal/benchread/reference.mjs /tmp/rl-bench/social.csv /tmp/rl-bench/numeric.csv
//
// Each (library, file) pair runs in a fresh Node process so that its peak
// memory is its own. Figures: MB/s (1 MB = 10⁶ bytes of file) for the parse
// alone, the file being read into a string first, as a browser would after
// File.text(); peak RSS is process.resourceUsage().maxRSS, the operating
// system's peak resident memory of the whole process (Node itself and the
// file's string included), also divided by the file size; heap is V8's
// heap in use right after the parse, with the result alive.
//
// Run from the project root (papaparse and d3-dsv are in node_modules).

import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const require = createRequire(path.join(process.cwd(), "package.json"));

function measure(lib, file) {
  const text = readFileSync(file, "utf8");
  const size = statSync(file).size;
  const delimiter = text.slice(0, 4096).split(";").length > text.slice(0, 4096).split(",").length ? ";" : ",";
  let rows;
  const start = process.hrtime.bigint();
  if (lib === "papaparse") {
    const Papa = require("papaparse");
    const result = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
    rows = result.data.length;
    globalThis.keep = result;
  } else {
    const d3 = require("d3-dsv");
    const parsed = delimiter === "," ? d3.csvParseRows(text) : d3.dsvFormat(delimiter).parseRows(text);
    rows = parsed.length - 1;
    globalThis.keep = parsed;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const heap = process.memoryUsage().heapUsed;
  const rss = process.resourceUsage().maxRSS * 1024;
  return { lib, file: path.basename(file), size, rows, mbs: size / 1e6 / seconds, heap, rss };
}

if (process.argv[2] === "--child") {
  console.log(JSON.stringify(measure(process.argv[3], process.argv[4])));
} else {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: node reference.mjs file.csv ...");
    process.exit(2);
  }
  const self = fileURLToPath(import.meta.url);
  const pad = (s, n) => String(s).padStart(n);
  console.log(["library", "file", "MB", "rows", "MB/s", "heap", "×file", "max RSS", "×file"].map((s, i) => pad(s, i < 2 ? 12 : 9)).join(" "));
  for (const file of files) {
    for (const lib of ["papaparse", "d3-dsv"]) {
      const out = spawnSync(process.execPath, ["--max-old-space-size=8192", self, "--child", lib, file], { encoding: "utf8" });
      if (out.status !== 0) {
        console.error(out.stderr);
        process.exit(1);
      }
      const r = JSON.parse(out.stdout);
      console.log([
        pad(r.lib, 12), pad(r.file, 12), pad((r.size / 1e6).toFixed(1), 9), pad(r.rows, 9), pad(r.mbs.toFixed(1), 9),
        pad((r.heap / 1e6).toFixed(0) + "M", 9), pad((r.heap / r.size).toFixed(2), 9),
        pad((r.rss / 1e6).toFixed(0) + "M", 9), pad((r.rss / r.size).toFixed(2), 9),
      ].join(" "));
    }
  }
}
