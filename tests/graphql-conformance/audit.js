'use strict';
// Runs the graphql-http server audits one by one against a live endpoint and prints one JSON line:
// { counts: { ok, notice, warn, error, fatal }, failures: [...] }.
// usage: node audit.js http://127.0.0.1:5080/graphql [TOKEN]   (with TOKEN every request carries Authorization: Bearer TOKEN)
const { serverAudits } = require('graphql-http');

(async () => {
  const [url, token] = process.argv.slice(2);
  const fetchFn = token
    ? (input, init = {}) => {
        const headers = new Headers(init.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      }
    : undefined;
  const counts = { ok: 0, notice: 0, warn: 0, error: 0, fatal: 0 };
  const failures = [];
  for (const audit of serverAudits({ url, fetchFn })) {
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
