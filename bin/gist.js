#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx gist` works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../cli/gist.ts');
