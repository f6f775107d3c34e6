/** The extension's id (`publisher.name`), taken from the manifest at build time. */
import manifest from '../../package.json';

export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
