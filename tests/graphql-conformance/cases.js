'use strict';
// Reads a case file: documents separated by lines that start with "#### " (the rest of the line names the case).
const fs = require('fs');
const path = require('path');

function readCases(file) {
  const text = fs.readFileSync(path.join(__dirname, 'cases', file), 'utf8');
  const cases = [];
  let name = 'first';
  let lines = [];
  const flush = () => cases.push({ name, source: lines.join('\n') });
  for (const line of text.split('\n')) {
    if (line.startsWith('#### ')) {
      flush();
      name = line.slice(5).trim();
      lines = [];
    } else {
      lines.push(line);
    }
  }
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  flush();
  return cases;
}

module.exports = { readCases };
