// GraphiQL page entry. The host renders index.html with <base href> pointing at the asset folder and
// data-endpoint naming the GraphQL endpoint, so one bundle works at any path.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

// build.mjs defines __GRAPHIQL_WORKERS__ as the content-hashed worker file names.
const workers = __GRAPHIQL_WORKERS__;

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === 'json' || label === 'graphql' ? workers[label] : workers.editor;
    return new Worker(new URL(file, document.baseURI));
  },
};

const root = document.getElementById('graphiql');
const endpoint = new URL(root.dataset.endpoint || location.pathname, location.href).href;

createRoot(root).render(<GraphiQL fetcher={createGraphiQLFetcher({ url: endpoint })} />);
