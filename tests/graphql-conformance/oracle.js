'use strict';
// Runs graphql-js (the oracle) over every case file and writes its answers to expected/*.json.
// The C# suite (tests/Mobility.GraphQL.Tests/Conformance) runs our engine over the same inputs and compares.
const fs = require('fs');
const path = require('path');
const graphql = require('graphql');
const { readCases } = require('./cases');

function syntaxError(e) {
  return { message: e.message, line: e.locations[0].line, column: e.locations[0].column };
}

// graphql-js 17 accepts `{}` by default; the September 2025 grammar (SelectionSet : { Selection+ }) does not.
const parseOptions = { allowEmptySelectionSets: false };

function parseSuite() {
  return readCases('parse.graphql').map(({ name, source }) => {
    try {
      return { name, source, printed: graphql.print(graphql.parse(source, parseOptions)) };
    } catch (e) {
      if (!(e instanceof graphql.GraphQLError)) throw e;
      return { name, source, error: syntaxError(e) };
    }
  });
}

// The full September 2025 introspection: every optional part switched on.
const introspectionQuery = graphql.getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

function schemaSuite() {
  return readCases('schema.graphql').map(({ name, source }) => {
    let schema;
    try {
      schema = graphql.buildSchema(source);
    } catch (e) {
      return { name, source, errors: e.message.split('\n\n') };
    }
    const errors = graphql.validateSchema(schema);
    if (errors.length > 0) return { name, source, errors: errors.map((e) => e.message) };
    const introspection = graphql.graphqlSync({ schema, source: introspectionQuery });
    return { name, source, printed: graphql.printSchema(schema), introspection: JSON.parse(JSON.stringify(introspection)) };
  });
}

// Rules of section 5 only: graphql-js also ships non-spec rules (defer/stream, introspection depth).
const specRules = graphql.specifiedRules.filter((r) => !/DeferStream|Stream|MaxIntrospection/.test(r.name));

function errorJson(e) {
  return { message: e.message, locations: (e.locations || []).map((l) => [l.line, l.column]) };
}

// Each validation suite is a case file checked against its own schema; validation-query-only has no mutation or
// subscription root, which some rules (KnownOperationTypes) need to be broken.
function validationSuite(cases = 'validation.graphql', schemaFile = 'validation-schema.graphql') {
  const schema = graphql.buildSchema(fs.readFileSync(path.join(__dirname, 'cases', schemaFile), 'utf8'));
  return readCases(cases).map(({ name, source }) => {
    const document = graphql.parse(source, parseOptions);
    const rules = {};
    for (const rule of specRules) {
      const errors = graphql.validate(schema, document, [rule]);
      if (errors.length > 0) rules[rule.name] = errors.map(errorJson);
    }
    return { name, source, rules };
  });
}

// Root value tricks shared with the C# harness: {"$error": m} throws, {"$async": v} resolves later,
// {"$asyncError": m} rejects, {"$echoArgs": true} returns the coerced arguments as canonical JSON.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function rootValue(value) {
  if (Array.isArray(value)) return value.map(rootValue);
  if (value === null || typeof value !== 'object') return value;
  if ('$error' in value) return () => { throw new Error(value.$error); };
  if ('$async' in value) return () => new Promise((resolve) => setTimeout(() => resolve(rootValue(value.$async)), 1));
  if ('$asyncError' in value) return () => new Promise((_, reject) => setTimeout(() => reject(new Error(value.$asyncError)), 1));
  if ('$echoArgs' in value) return (args) => canonical(args);
  const result = {};
  for (const [k, v] of Object.entries(value)) result[k] = rootValue(v);
  return result;
}

function parseHeader(source, key) {
  const match = source.match(new RegExp(`^# ${key}: (.*)$`, 'm'));
  return match ? match[1] : undefined;
}

async function executionSuite() {
  const schema = graphql.buildSchema(fs.readFileSync(path.join(__dirname, 'cases', 'execution-schema.graphql'), 'utf8'));
  const data = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases', 'execution-data.json'), 'utf8'));
  const results = [];
  for (const { name, source } of readCases('execution.graphql')) {
    const variables = parseHeader(source, 'variables');
    const operationName = parseHeader(source, 'operation');
    const result = await graphql.graphql({
      schema,
      source,
      rootValue: rootValue(data),
      variableValues: variables ? JSON.parse(variables) : undefined,
      operationName,
    });
    results.push({ name, source, variables: variables ? JSON.parse(variables) : null, operationName: operationName ?? null, result: JSON.parse(JSON.stringify(result)) });
  }
  return results;
}

function introspectionQuerySuite() {
  return [{ name: 'introspection query', source: introspectionQuery }];
}

const suites = {
  parse: parseSuite,
  schema: schemaSuite,
  validation: () => validationSuite(),
  'validation-query-only': () => validationSuite('validation-query-only.graphql', 'validation-query-only-schema.graphql'),
  execution: executionSuite, 'introspection-query': introspectionQuerySuite };
const outDir = path.join(__dirname, 'expected');
fs.mkdirSync(outDir, { recursive: true });
(async () => {
for (const [name, run] of Object.entries(suites)) {
  const result = await run();
  fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify({ oracle: `graphql@${graphql.version}`, cases: result }, null, 1) + '\n');
  console.log(`${name}: ${result.length} cases`);
}
})();
