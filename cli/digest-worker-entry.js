// A worker thread starts without the TypeScript loader the command line registered (bin/gist.js):
// register it here, then run the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./digest-worker.ts');
