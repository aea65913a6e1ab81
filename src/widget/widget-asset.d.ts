/**
 * Types of the module `src/widget/build.mjs` generates (`widget-asset.js`, not committed):
 * the built widget script and its version.
 */
/** The first 12 hex digits of the SHA-256 of `WIDGET_JS`: changes whenever the code does. */
export declare const WIDGET_VERSION: string
/** The bundled, minified widget: a classic script that defines `<sanctions-tracker>`. */
export declare const WIDGET_JS: string
