/** jsdom has no TextEncoder/TextDecoder; the package engine needs them (a browser has them). Import first. */
import { TextDecoder, TextEncoder } from 'util';

Object.assign(globalThis, { TextDecoder, TextEncoder });
