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

  /**
   * Drags a connection from one layer's output handle to another's input handle, and waits for it to
   * show. Handles are measured once the cards have stopped moving: a connection re-renders the
   * shapes it feeds, which can widen a card (and move its handles) a frame or two later.
   */
  async connect(from: string, to: string): Promise<void> {
    const edges = this.page.locator('.svelte-flow__edge');
    const before = await edges.count();
    const source = await this.stableBox(this.layer(from).locator('.svelte-flow__handle.source'));
    const target = await this.stableBox(this.layer(to).locator('.svelte-flow__handle.target'));
    const { mouse } = this.page;
    await mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await mouse.down();
    await mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await mouse.up();
    await expect(edges, `connecting ${from} -> ${to}`).toHaveCount(before + 1);
  }

  /** The element's box once two reads a moment apart agree (within a 15 s deadline). */
  private async stableBox(
    locator: Locator,
  ): Promise<{ x: number; y: number; width: number; height: number }> {
    let last = '';
    let box: { x: number; y: number; width: number; height: number } | null = null;
    await expect
      .poll(
        async () => {
          box = await locator.boundingBox();
          const now = JSON.stringify(box);
          const same = box !== null && now === last;
          last = now;
          return same;
        },
        { timeout: 15_000, intervals: [50, 100, 100, 200] },
      )
      .toBe(true);
    return box!;
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
