import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import { LAYER_SUMMARIES, paramHelp } from '../../../src-main/contract/layer-text.ts';
import { LAYERS, LAYER_KINDS, type ParamSpec } from '../../../src-main/contract/layers.ts';

describe("the layer catalog's explanations", () => {
  afterEach(() => useLocale(() => 'en'));

  it("are the catalog's own in English, so the two cannot drift apart", () => {
    for (const kind of LAYER_KINDS) {
      expect(LAYER_SUMMARIES[kind]()).toBe(LAYERS[kind].summary);
      for (const [name, spec] of Object.entries(LAYERS[kind].params as Record<string, ParamSpec>))
        expect(paramHelp(name, spec), `${kind}.${name}`).toBe(spec.help);
    }
  });

  it('are all translated, every parameter help included', () => {
    useLocale(() => 'zh-Hant');
    for (const kind of LAYER_KINDS) {
      expect(LAYER_SUMMARIES[kind]()).not.toBe(LAYERS[kind].summary);
      for (const [name, spec] of Object.entries(LAYERS[kind].params as Record<string, ParamSpec>))
        if (spec.help) expect(paramHelp(name, spec), `${kind}.${name}`).not.toBe(spec.help);
    }
  });
});
