'use strict';
// usage: node bench.js graphql-js|graphql-jit [seconds]
// Executes bench/graphql/query.graphql against the generated root object one execution at a time and
// serialises each result to JSON bytes; prints one JSON line with the throughput.
const fs = require('fs');
const path = require('path');
const graphql = require('graphql');

const engine = process.argv[2] || 'graphql-js';
const seconds = Number(process.argv[3] || 5);
const schema = graphql.buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
const document = graphql.parse(fs.readFileSync(path.join(__dirname, '..', 'query.graphql'), 'utf8'));

// Same data as the C# side (Mobility.GraphQL.Benchmarks/BenchData.cs).
function makeRoot() {
  const cities = ['Lisbon', 'Porto', 'Lyon', 'Turin', 'Gdansk'];
  const statuses = ['DRAFT', 'ACTIVE', 'DONE'];
  const hosts = [];
  for (let k = 0; k < 100; k++) hosts.push({ id: `H${k}`, name: `Host ${k}`, city: cities[k % 5], country: k % 7 === 0 ? null : 'PT' });
  const learners = [];
  for (let i = 0; i < 1000; i++) {
    const placements = [];
    for (let j = 0; j < 4; j++) {
      placements.push({ id: `P${i}-${j}`, weeks: 1 + ((i + j) % 12), startDate: `2026-0${1 + j}-01`, host: hosts[(i * 4 + j) % 100] });
    }
    learners.push({ id: `L${i}`, name: `Learner ${i}`, email: i % 10 === 0 ? null : `learner${i}@example.org`, status: statuses[i % 3], placements });
  }
  return { learners };
}

const root = makeRoot();
let run;
if (engine === 'graphql-jit') {
  const { compileQuery, isCompiledQuery } = require('graphql-jit');
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
  run = () => Buffer.from(compiled.stringify(compiled.query(root, {}, {})));
} else {
  run = () => Buffer.from(JSON.stringify(graphql.executeSync({ schema, document, rootValue: root })));
}

const bytes = run().length;
const warmupEnd = Date.now() + 2000;
while (Date.now() < warmupEnd) run();
let count = 0;
const start = process.hrtime.bigint();
const end = Date.now() + seconds * 1000;
while (Date.now() < end) {
  run();
  count++;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ engine, opsPerSecond: count / elapsed, bytes }));
