#!/usr/bin/env node
// The `layerlab` command. The sources are TypeScript, run through tsx's loader (no build step), so
// `npx layerlab` works straight from a checkout.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
