/** The package version, read from package.json at build time (esbuild inlines just this field). */
import { version } from '../../package.json';

export const VERSION: string = version;
