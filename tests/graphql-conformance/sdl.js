'use strict';
// Reads SDL (a code-first schema's printout from our engine) from the file given, has graphql-js build and
// validate it, and prints it back with printSchema; a schema graphql-js rejects exits with its errors.
const fs = require('fs');
const graphql = require('graphql');

const schema = graphql.buildSchema(fs.readFileSync(process.argv[2], 'utf8'));
const errors = graphql.validateSchema(schema);
if (errors.length > 0) {
  process.stderr.write(errors.map((e) => e.message).join('\n'));
  process.exit(1);
}
process.stdout.write(graphql.printSchema(schema));
