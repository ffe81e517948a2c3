// Bundles GraphiQL, its stylesheet, font and Monaco workers into one folder with content-hashed names,
// renders index.html to reference them and refuses any CDN URL in the output.
// Usage: node build.mjs --outdir <folder>
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--outdir');
const outdir = resolve(outArg > 0 ? process.argv[outArg + 1] : join(here, 'dist'));

const workerEntries = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

const cdnUrl = /https?:\/\/(?:[\w-]+\.)*(?:esm\.sh|unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com|skypack\.dev|jspm\.io|esm\.run|fonts\.googleapis\.com|fonts\.gstatic\.com)\b/i;

const common = {
  absWorkingDir: here,
  bundle: true,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  write: true,
  outdir,
};

function outputsOf(result) {
  return Object.keys(result.metafile.outputs).map((file) => basename(file));
}

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

// Classic (iife) workers load in every browser that runs Monaco, without module-worker support.
const workers = {};
for (const [label, entry] of Object.entries(workerEntries)) {
  const result = await build({
    ...common,
    entryPoints: { [`${label}.worker`]: entry },
    entryNames: '[name]-[hash]',
    format: 'iife',
  });
  workers[label] = outputsOf(result).find((file) => file.endsWith('.js'));
}

const app = await build({
  ...common,
  entryPoints: { app: 'src/app.jsx' },
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  format: 'esm',
  jsx: 'automatic',
  loader: { '.ttf': 'file' },
  define: { ...common.define, __GRAPHIQL_WORKERS__: JSON.stringify(workers) },
});
const appFiles = outputsOf(app);
const appJs = appFiles.find((file) => file.endsWith('.js'));
const appCss = appFiles.find((file) => file.endsWith('.css'));

const template = await readFile(join(here, 'index.html'), 'utf8');
await writeFile(join(outdir, 'index.html'), template.replace('{{appJs}}', appJs).replace('{{appCss}}', appCss));

const files = (await readdir(outdir)).sort();
for (const file of files) {
  const text = await readFile(join(outdir, file), 'latin1');
  const match = text.match(cdnUrl);
  if (match) {
    console.error(`build.mjs: ${file} references a CDN (${match[0]}); the IDE must work offline.`);
    process.exit(1);
  }
}

// Written last: MSBuild uses it as the up-to-date marker of the whole folder.
await writeFile(join(outdir, 'manifest.json'), JSON.stringify({ files }, null, 2) + '\n');
