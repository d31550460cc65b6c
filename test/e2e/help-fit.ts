import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface StepBoxes {
  title: string;
  viewportHeight: number;
  coreTop: number;
  coreBottom: number;
  moreBottom: number;
}

/** Where the open HELP step's core and its "More on this step" line sit in the window, in CSS px. */
export async function stepBoxes(page: Page): Promise<StepBoxes> {
  return page.evaluate(() => {
    const core = document.querySelector('.step-core')!.getBoundingClientRect();
    const more = document.querySelector('.step-more summary')!.getBoundingClientRect();
    return {
      title: document.querySelector('#step-title')!.textContent ?? '',
      viewportHeight: window.innerHeight,
      // Whole pixels: scrolling to a box's top can leave it a fraction of a pixel above the window.
      coreTop: Math.round(core.top),
      coreBottom: Math.round(core.bottom),
      moreBottom: Math.round(more.bottom),
    };
  });
}

/**
 * Opens each HELP step as a reader would (from the overview, then with Next) and returns where its
 * core landed. `readStep` is the overview button's name for a step title.
 */
export async function eachStepOpened(
  page: Page,
  titles: string[],
  labels: { readStep: (title: string) => string; next: string },
): Promise<StepBoxes[]> {
  const boxes: StepBoxes[] = [];
  for (const [i, title] of titles.entries()) {
    await page.reload();
    await page.getByRole('button', { name: labels.readStep(title) }).click();
    await page.locator('#step-title', { hasText: title }).waitFor();
    boxes.push(await stepBoxes(page));
    if (i < titles.length - 1) {
      await page.getByRole('button', { name: labels.next }).click();
      await page.locator('#step-title', { hasText: titles[i + 1]! }).waitFor();
      boxes.push(await stepBoxes(page));
    }
  }
  return boxes;
}

/** Every step, however it was opened, shows its whole core and its "More" line inside the window. */
export function expectCoresInView(boxes: StepBoxes[], height: number) {
  expect(boxes).toHaveLength(7);
  for (const box of boxes) {
    expect(box.viewportHeight).toBe(height);
    expect(box.coreTop, box.title).toBeGreaterThanOrEqual(0);
    expect(box.coreBottom, box.title).toBeLessThanOrEqual(height);
    expect(box.moreBottom, box.title).toBeLessThanOrEqual(height);
  }
}
