import type { Theme } from '@fluentui/react-components';
import tokens from './theme.json';

/**
 * The pane's theme: Fluent's web light theme, only the tokens the pane's styles use (written by
 * `npm run theme`, checked against the built pane by the end-to-end test).
 */
export const PANE_THEME = tokens as Partial<Theme>;
