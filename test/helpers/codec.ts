/**
 * Jest's setup: the engine's codec as the browser has it (fflate, which src/xlsx's index installs). A
 * test file that imports the CLI gets Node's zlib instead, as the CLI does. Only the codec is loaded
 * here, so tests of the pane in jsdom do not load the engine.
 */
import { TextEncoder as NodeTextEncoder } from 'util';
import { useFflateUnlessSet } from '../../src/xlsx/fflate';

useFflateUnlessSet();

// jsdom (the pane's and the ribbon's tests) lacks TextEncoder, which every browser and Node have.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder: NodeTextEncoder });
