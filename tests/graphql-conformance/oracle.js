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
    return { name, source, printed: graphql.printSchema(schema) };
  });
}

// Rules of section 5 only: graphql-js also ships non-spec rules (defer/stream, introspection depth).
const specRules = graphql.specifiedRules.filter((r) => !/DeferStream|Stream|MaxIntrospection/.test(r.name));

function errorJson(e) {
  return { message: e.message, locations: (e.locations || []).map((l) => [l.line, l.column]) };
}

function validationSuite() {
  const schema = graphql.buildSchema(fs.readFileSync(path.join(__dirname, 'cases', 'validation-schema.graphql'), 'utf8'));
  return readCases('validation.graphql').map(({ name, source }) => {
    const document = graphql.parse(source, parseOptions);
    const rules = {};
    for (const rule of specRules) {
      const errors = graphql.validate(schema, document, [rule]);
      if (errors.length > 0) rules[rule.name] = errors.map(errorJson);
    }
    return { name, source, rules };
  });
}

const suites = { parse: parseSuite, schema: schemaSuite, validation: validationSuite };
const outDir = path.join(__dirname, 'expected');
fs.mkdirSync(outDir, { recursive: true });
for (const [name, run] of Object.entries(suites)) {
  const result = run();
  fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify({ oracle: `graphql@${graphql.version}`, cases: result }, null, 1) + '\n');
  console.log(`${name}: ${result.length} cases`);
}
