/**
 * A page object over the running app, with the gestures a user makes: real mouse drags from the
 * palette and between handles (as xyflow's own e2e tests do), clicks, typing. Every spec saves a
 * screenshot into test-results/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = path.join(root, 'test-results', 'screenshots');

export class LabPage {
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.locator('.svelte-flow');
  }

  async open(): Promise<void> {
    const url = process.env.LAYERLAB_E2E_URL;
    if (!url)
      throw new Error('LAYERLAB_E2E_URL is not set: run the suite through playwright.config.ts.');
    await this.page.goto(url);
    // The first page of a session waits for the backend probe, a trainer process of its own: seconds
    // when idle, far more on a busy 2-core machine.
    await expect(this.page.getByText(/Trains on/)).toBeVisible({ timeout: 60_000 });
    await expect(this.page.locator('.svelte-flow__node').first()).toBeVisible();
  }

  /** The card of the layer named `name` (Keras-style names: dense, dense_1...). */
  layer(name: string): Locator {
    return this.page.getByTestId(`layer-${name}`);
  }

  node(name: string): Locator {
    return this.page.locator('.svelte-flow__node', { has: this.layer(name) });
  }

  async newLab(): Promise<void> {
    await this.page.getByRole('button', { name: 'New', exact: true }).click();
    await expect(this.page.locator('.svelte-flow__node')).toHaveCount(1);
  }

  /** Picks a template; asked whose training settings it gets, answers `settings` (the template's). */
  async useTemplate(
    title: string,
    settings: 'Keep mine' | "Use the template's" = "Use the template's",
  ): Promise<void> {
    await this.page.locator('summary', { hasText: 'Templates' }).click();
    await this.page.getByRole('menuitem', { name: new RegExp(title) }).click();
    // The question comes in the click's own update, or not at all (settings equal, or answered).
    const ask = this.page.getByRole('dialog', { name: /^Training settings for/ });
    if (await ask.isVisible()) await ask.getByRole('button', { name: settings }).click();
  }

  /** Drags a layer kind from the palette and drops it at (x, y) inside the canvas. */
  async dragLayer(kind: string, x: number, y: number): Promise<void> {
    await this.page
      .locator(`.palette [data-kind="${kind}"]`)
      .dragTo(this.canvas, { targetPosition: { x, y } });
  }

  /** Drags a connection from one layer's output handle to another's input handle. */
  async connect(from: string, to: string): Promise<void> {
    const source = await this.layer(from).locator('.svelte-flow__handle.source').boundingBox();
    const target = await this.layer(to).locator('.svelte-flow__handle.target').boundingBox();
    if (!source || !target) throw new Error(`No handles to connect ${from} -> ${to}.`);
    const { mouse } = this.page;
    await mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await mouse.down();
    await mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await mouse.up();
  }

  async select(name: string): Promise<void> {
    await this.layer(name).locator('.kind').click();
  }

  /** The inspector's field for a parameter label ("units", "rate"...). */
  field(label: string): Locator {
    return this.page.locator('.side').getByLabel(label, { exact: true });
  }

  async setTraining(label: string, value: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Data & training' }).click();
    await this.page.locator('.side').getByLabel(label, { exact: true }).fill(value);
  }

  async fitView(): Promise<void> {
    await this.page.locator('.svelte-flow__controls-fitview').click();
  }

  async shot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

export const test = base.extend<{ lab: LabPage }>({
  lab: async ({ page }, use) => {
    const lab = new LabPage(page);
    await lab.open();
    await use(lab);
  },
});

export { expect };
