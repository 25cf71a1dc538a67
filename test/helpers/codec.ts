/**
 * Jest's setup: the engine's codec as the browser has it (fflate, installed by src/xlsx's index). A test
 * file that imports the CLI gets Node's zlib instead, as the CLI does.
 */
import '../../src/xlsx';
