'use strict';
// Runs the graphql-http server audits one by one against a live endpoint and prints one JSON line:
// { counts: { ok, notice, warn, error, fatal }, failures: [...] }.   usage: node audit.js http://127.0.0.1:5080/graphql
const { serverAudits } = require('graphql-http');

(async () => {
  const url = process.argv[2];
  const counts = { ok: 0, notice: 0, warn: 0, error: 0, fatal: 0 };
  const failures = [];
  for (const audit of serverAudits({ url })) {
    let result;
    try {
      result = await audit.fn();
    } catch (e) {
      result = { id: audit.id, name: audit.name, status: 'fatal', reason: String((e && e.cause) || e) };
    }
    counts[result.status]++;
    if (result.status !== 'ok') failures.push(`${result.status} [${result.id}] ${result.name}: ${result.reason}`);
  }
  console.log(JSON.stringify({ counts, failures }));
})();
