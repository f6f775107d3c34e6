/** The product version, baked in at build time from package.json. */
import pkg from '../package.json';

export const TIDELINE_VERSION: string = pkg.version;
