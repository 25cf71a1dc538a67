import { webLightTheme } from '@fluentui/react-components';
import { PANE_CSS } from '../../src/taskpane/styles';
import { PANE_THEME } from '../../src/taskpane/theme';
import { referencedTokens, themeFor } from '../tools/make-theme';

// The pane's theme is Fluent's web light theme cut down to the tokens its styles use; the
// end-to-end test checks the built pane needs no other token.
describe("the pane's theme", () => {
  test("is a part of webLightTheme, with webLightTheme's values", () => {
    const full = webLightTheme as unknown as Record<string, unknown>;
    expect(Object.keys(PANE_THEME).length).toBeGreaterThan(30);
    for (const [k, v] of Object.entries(PANE_THEME)) expect([k, v]).toEqual([k, full[k]]);
  });

  test('holds what the pane’s own styles use', () => {
    expect(referencedTokens(PANE_CSS).filter((n) => !(n in PANE_THEME))).toEqual([]);
  });

  test('the token scan reads var(--name) references in CSS and nothing else', () => {
    const js =
      '".a{color:var(--colorNeutralForeground1);}",".b{padding:0 calc(var(--spacingHorizontalXS) + var(--spacingHorizontalXXS));}" var(--x-y) var(--)';
    expect(referencedTokens(js)).toEqual(['colorNeutralForeground1', 'spacingHorizontalXS', 'spacingHorizontalXXS']);
    expect(themeFor(['colorNeutralForeground1', 'notAToken'])).toEqual({ colorNeutralForeground1: webLightTheme.colorNeutralForeground1 });
  });
});
