import { readFileSync } from 'node:fs';
import { packageRoot } from './package-root.js';

/** The package version, read once from package.json so reports say which build wrote them. */
export const VERSION: string = (JSON.parse(readFileSync(`${packageRoot()}/package.json`, 'utf8')) as { version: string }).version;
