'use strict';
// Reads an introspection answer (our engine's) from the file given, rebuilds the schema with graphql-js's
// buildClientSchema and prints it, so the C# suite can compare it with our own SDL printout.
const fs = require('fs');
const graphql = require('graphql');

const answer = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const schema = graphql.buildClientSchema(answer.data);
process.stdout.write(graphql.printSchema(schema));
