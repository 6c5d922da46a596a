/**
 * A library lab in the student's language: opened from the Labs dialog in Simplified Chinese, its
 * steps, questions and checks are Chinese (Keras names kept); the language menu switches them to
 * Traditional Chinese and back to English, the student's answer kept. The steps panel is shot at
 * 1280x800 in both scripts (test-results/screenshots/lab-languages-*.png, to look at).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures.ts';

async function openIn(page: Page, language: string): Promise<void> {
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem('lab-languages')) {
      sessionStorage.setItem('lab-languages', '1');
      localStorage.setItem('layerlab.language', stored);
    }
  }, JSON.stringify(language));
  await page.goto(process.env.LAYERLAB_E2E_URL!);
  await expect(page.locator('.badge summary')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `lab-languages-${name}.png`) });
}

async function choose(page: Page, menu: string, language: string): Promise<void> {
  await page.getByLabel(menu).click();
  await page.getByRole('menuitemradio', { name: language }).click();
}

test('a library lab in Simplified and Traditional Chinese, answers kept across languages', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openIn(page, 'zh-Hans');
  await page.getByRole('button', { name: '实验库', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '实验' });
  await expect(dialog.getByRole('heading', { name: '容量' })).toBeVisible();
  const entry = dialog.locator('[data-testid="library-entry"][data-id="capacity"]');
  await expect(entry).toContainText('容量：Dense(16) 对比 2x512');
  await entry.getByRole('button', { name: '打开 容量：Dense(16) 对比 2x512', exact: true }).click();
  await expect(dialog).toBeHidden();

  const panel = page.getByTestId('steps-panel');
  await expect(panel.getByRole('heading', { name: '小网络：Dense(16)' })).toBeVisible();
  await expect(panel.getByTestId('step-text')).toContainText('前 5,000 张图像');
  await expect(panel.getByRole('button', { name: '设置本步骤' })).toBeVisible();
  // The check, worded from its message code: Keras' names kept, the rest Chinese.
  await expect(panel.getByTestId('check')).toContainText('还没有带至多 20,000 个参数的已完成训练');
  const answer = panel.getByRole('spinbutton');
  await answer.fill('0.91');
  await answer.blur();
  await shot(page, 'zh-Hans');

  await choose(page, '语言', '繁體中文');
  await expect(panel.getByRole('heading', { name: '小網路：Dense(16)' })).toBeVisible();
  await expect(panel.getByTestId('check')).toContainText('還沒有帶至多 20,000 個參數的已完成訓練');
  await expect(answer).toHaveValue('0.91');
  await shot(page, 'zh-Hant');
  await panel.getByTestId('check').scrollIntoViewIfNeeded();
  await shot(page, 'zh-Hant-checks');

  // English is the lab's base text; the answer is the same answer.
  await choose(page, '語言', 'English');
  await expect(panel.getByRole('heading', { name: 'A small network: Dense(16)' })).toBeVisible();
  await expect(panel.getByTestId('check')).toContainText(
    'No finished run with at most 20,000 parameters yet: train one.',
  );
  await expect(answer).toHaveValue('0.91');
});
