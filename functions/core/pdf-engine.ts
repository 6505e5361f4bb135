/**
 * pdf-lib and fontkit, as one module that a bundle does not contain: CDK builds it into its own file
 * beside the handler of every function that renders PDFs (PDF_ENGINE in pdf-assets.ts), and
 * pdf-text.ts imports that file on the first PDF. Bundled in, these ~0.8 MB of code (and their
 * source map) were parsed at every cold start of the function, for one route.
 */
import * as fontkit from 'fontkit';
import * as lib from 'pdf-lib';

export { fontkit, lib };
