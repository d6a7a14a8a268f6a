// Kuzu, the embedded graph database, on the same triples as bench/peers.py: one JSON line per
// phase with the median seconds. Usage: node kuzu_peer.js graph.tsv runs workdir
// (NODE_PATH must reach the kuzu package; bench/run.sh installs it from npm).
"use strict";
const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

// A seeded generator (mulberry32), so that every run asks about the same entities.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function report(phase, seconds) {
  console.log(JSON.stringify({ tool: "kuzu", phase, seconds: Number(seconds.toFixed(6)) }));
}

async function timed(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const csv = (s) => '"' + s.replace(/"/g, '""') + '"';

async function main() {
  const [tsv, runsArg, work] = process.argv.slice(2);
  const runs = Number(runsArg || 3);
  // Entities as "name|type", as the other peers key them.
  const names = new Map();
  const rels = [];
  for (const line of fs.readFileSync(tsv, "utf8").split("\n")) {
    if (!line) continue;
    const c = line.split("\t");
    const s = c[0] + "|" + c[1];
    const o = c[3] + "|" + c[4];
    names.set(s, true);
    names.set(o, true);
    rels.push(csv(s) + "," + csv(o) + "," + csv(c[2]));
  }
  fs.writeFileSync(path.join(work, "nodes.csv"), [...names.keys()].map(csv).join("\n") + "\n");
  fs.writeFileSync(path.join(work, "rels.csv"), rels.join("\n") + "\n");
  let conn = null;
  report("load", await timed(async (i) => {
    const db = new kuzu.Database(path.join(work, "kuzu" + i));
    conn = new kuzu.Connection(db);
    await conn.query("CREATE NODE TABLE E(name STRING, PRIMARY KEY(name))");
    await conn.query("CREATE REL TABLE R(FROM E TO E, predicate STRING)");
    await conn.query(`COPY E FROM '${path.join(work, "nodes.csv")}' (header=false)`);
    await conn.query(`COPY R FROM '${path.join(work, "rels.csv")}' (header=false)`);
  }, runs));
  const all = [...names.keys()];
  const random = rng(7);
  const pick = () => all[Math.floor(random() * all.length)];
  const ask = async (statement, params) => (await conn.execute(statement, params)).getAll();
  const hop1 = await conn.prepare("MATCH (a:E)-[:R]-(b:E) WHERE a.name = $n RETURN DISTINCT b.name");
  report("hop1", await timed(async () => { for (let i = 0; i < 1000; i++) await ask(hop1, { n: pick() }); }, runs));
  // Two-hop walks take seconds each on hubs: 100 of them, once, scaled to 1,000.
  const hop2 = await conn.prepare("MATCH (a:E)-[:R*1..2]-(b:E) WHERE a.name = $n RETURN DISTINCT b.name");
  report("hop2", 10 * await timed(async () => { for (let i = 0; i < 100; i++) await ask(hop2, { n: pick() }); }, 1));
  const paths = await conn.prepare(
    "MATCH p = (a:E)-[:R* SHORTEST 1..6]-(b:E) WHERE a.name = $x AND b.name = $y RETURN length(p)");
  report("paths", await timed(async () => { for (let i = 0; i < 200; i++) await ask(paths, { x: pick(), y: pick() }); }, runs));
  report("degree", await timed(async () => {
    await (await conn.query("MATCH (a:E)-[r:R]-() RETURN a.name, count(r) AS d ORDER BY d DESC LIMIT 20")).getAll();
  }, runs));
}

main().catch((e) => {
  console.error("kuzu_peer: " + e.message);
  process.exit(1);
});
