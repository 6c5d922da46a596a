/**
 * The app in other languages: the language menu switches and remembers, Simplified Chinese screens
 * are shot at 1280x800 (test-results/screenshots/i18n-zh-Hans-*.png, to look at; a shape error at
 * the three sizes too), and in the pseudo-locale (English ~40% longer) nothing clips at 1024x700
 * (test/e2e/clipping.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { findClipping } from './clipping.ts';
import { expect, SCREENSHOTS, test } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

/** Opens the app in `language` (as if chosen in the menu before), past the backend probe. */
async function openIn(page: Page, language: string | null): Promise<void> {
  await page.addInitScript(
    (stored) => {
      if (stored && !sessionStorage.getItem('i18n-test')) {
        sessionStorage.setItem('i18n-test', '1');
        localStorage.setItem('layerlab.language', stored);
      }
    },
    language && JSON.stringify(language),
  );
  await page.goto(process.env.LAYERLAB_E2E_URL!);
  await expect(page.locator('.badge summary')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
}

/** The views a student sees first, each brought up from the one before, named by place. */
const VIEWS: { name: string; show: (page: Page) => Promise<void> }[] = [
  {
    name: 'editor',
    show: async (page) => {
      await page.locator('header.top details').first().locator('summary').click();
      await page.getByRole('menuitem').nth(3).click(); // Small CNN
      const ask = page.locator('dialog[open] .buttons .primary');
      if (await ask.isVisible()) await ask.click();
      await expect(page.locator('.svelte-flow__node')).not.toHaveCount(1);
    },
  },
  {
    name: 'inspector',
    show: async (page) => {
      await page.locator('.svelte-flow__node').nth(1).click();
      await expect(page.locator('.inspector h3')).toBeVisible();
    },
  },
  {
    // A 40x40 kernel on a 28x28 image: the shape check's sentence on the card and in the inspector.
    name: 'shape-error',
    show: async (page) => {
      for (const side of [0, 1]) {
        await page.locator(`#param-n1-kernelSize-${side}`).fill('40');
        await page.locator(`#param-n1-kernelSize-${side}`).blur();
      }
      await expect(page.getByTestId('layer-conv2d').getByTestId('issue')).toBeVisible();
      await page.locator('.inspector .problem').scrollIntoViewIfNeeded();
      await expect(page.locator('.inspector .problem')).toBeInViewport();
    },
  },
  { name: 'training', show: (page) => page.locator('aside.side [role="tab"]').nth(1).click() },
  {
    name: 'menu-keras',
    show: (page) => page.locator('header.top details').nth(1).locator('summary').click(),
  },
  {
    name: 'import-dialog',
    show: async (page) => {
      await page.locator('header.top details[open] [role="menuitem"]').first().click();
      await expect(page.locator('dialog[open]')).toBeVisible();
    },
  },
];

test('the language menu switches the interface, and the choice is remembered', async ({ page }) => {
  await openIn(page, null);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'New', exact: true }).waitFor();
  await page.getByLabel('Language').click();
  await page.getByRole('menuitemradio', { name: '繁體中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('button', { name: '新增', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: '新增', exact: true })).toBeVisible();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'i18n-zh-Hant-editor-1280.png') });
  // A broken lab file: the host's error comes as a key and values, worded here in Chinese.
  const broken = path.join(SCREENSHOTS, 'broken.layerlab.json');
  fs.writeFileSync(broken, '{\n  "format": "layerlab-lab",\n}');
  await page.locator('header.top button', { hasText: '開啟' }).first().click();
  await page.locator('dialog[open] input[type="file"]').setInputFiles(broken);
  await expect(page.getByTestId('notice-error')).toHaveText(
    /開啟檔案：broken\.layerlab\.json 不是有效的 JSON：第 3 行第 1 欄有誤/,
  );
  await page.screenshot({ path: path.join(SCREENSHOTS, 'i18n-zh-Hant-error-1280.png') });
  await page.keyboard.press('Escape');
  await page.getByTestId('notice-error').getByRole('button').last().click();
  await page.getByLabel('語言').click();
  await page.getByRole('menuitemradio', { name: '跟隨系統語言' }).click();
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeVisible();
});

/** Sets the training setting `id` to `value` and trains once, to the end. */
async function trainWith(page: Page, id: string, value: string): Promise<void> {
  await page.locator(id).fill(value);
  await page.locator(id).blur();
  // The tests share a run store: wait for this test's own run, not an earlier test's.
  const rows = await page.getByTestId('run-row').count();
  await page.locator('.bar button.primary').click();
  await expect(page.getByTestId('run-row')).toHaveCount(rows + 1, { timeout: 30_000 });
  // Done (in any language): Train is back and the run has its best accuracy.
  await expect(page.locator('.bar button.primary')).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('run-row').first().locator('.acc')).not.toHaveText('–');
}

/** A short run of Two moons (3 epochs), then its row, its curves and the inspect panel. */
const TRAINED: { name: string; show: (page: Page) => Promise<void> }[] = [
  {
    name: 'trained',
    show: async (page) => {
      await page.keyboard.press('Escape');
      await page.locator('header.top details').first().locator('summary').click();
      await page.getByRole('menuitem').nth(5).click(); // Two moons
      const ask = page.locator('dialog[open] .buttons button').nth(1); // the template's settings
      if (await ask.isVisible()) await ask.click();
      await page.locator('aside.side [role="tab"]').nth(1).click();
      await trainWith(page, '#t-epochs', '3');
    },
  },
  {
    // A second run with another batch size: its row says what changed since the one before.
    name: 'changes',
    show: async (page) => {
      await trainWith(page, '#t-batch', '64');
      await expect(page.getByTestId('run-row').first().getByTestId('run-changes')).toBeVisible();
    },
  },
  {
    name: 'inspect',
    show: async (page) => {
      await page.getByTestId('run-row').first().locator('.actions button').nth(1).click();
      await expect(page.getByTestId('inspect-panel')).toBeVisible();
    },
  },
];

test('the main views in Simplified Chinese, shot at 1280x800, with nothing clipped', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openIn(page, 'zh-Hans');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const view of [...VIEWS, ...TRAINED]) {
    await view.show(page);
    const found = await findClipping(page);
    expect.soft(found, `${view.name} is clipped:\n${found.join('\n')}`).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `i18n-zh-Hans-${view.name}-1280.png`) });
    if (view.name === 'changes') {
      await expect(page.getByTestId('run-row').first().getByTestId('run-changes')).toHaveText(
        /^与前一次相比：批次大小 64（原为 \d+）$/,
      );
      await expect(page.locator('header.top .name input')).toHaveValue('双月');
    }
    if (view.name === 'shape-error') {
      const sentence = '它的 40x40 卷积核放不进收到的 28x28 图像';
      await expect(page.getByTestId('layer-conv2d').getByTestId('issue')).toContainText(sentence);
      await expect(page.locator('.inspector .problem')).toContainText(
        `Conv2D 层“conv2d”：${sentence}`,
      );
      await shotAtSizes(page, 'i18n-zh-Hans-shape-error');
    }
  }
  // The Keras code view says where the script differs from the lab in Chinese, its values kept.
  await page.getByRole('tab', { name: 'Keras 代码' }).click();
  await expect(
    page.getByRole('list', { name: '脚本无法准确表达的部分' }).getByRole('listitem'),
  ).toContainText(['moons：numpy 抽取的随机点与 LayerLab 的生成器不同']);
  await page.locator('aside.side [role="tab"]').nth(1).click();
  // chart.js draws its axis titles once: switching the language must draw them again.
  const loss = page.getByTestId('chart-loss');
  await expect(loss).toHaveAttribute('data-axis', '轮次 (epoch)');
  await page.getByLabel('语言').click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(loss).toHaveAttribute('data-axis', 'epoch');
});

test('in the pseudo-locale (40% longer) nothing clips at 1024x700', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openIn(page, 'en-XA');
  for (const view of [...VIEWS, ...TRAINED]) {
    await view.show(page);
    const found = await findClipping(page);
    expect.soft(found, `${view.name} is clipped:\n${found.join('\n')}`).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `i18n-pseudo-${view.name}-1024.png`) });
  }
});
