/** A run's history as CSV: Keras CSVLogger's columns and 0-based epochs first, LayerLab's after. */
import { describe, expect, it } from 'vitest';
import type { EpochMetrics } from '../../../src-main/contract/training.ts';
import { exportFiles } from '../../../src-main/export/exporters.ts';
import { historyToCsv } from '../../../src-main/export/history-csv.ts';
import { moons } from '../../helpers/labs.ts';

const epoch = (n: number, extra: Partial<EpochMetrics> = {}): EpochMetrics => ({
  epoch: n,
  loss: 0.5 / n,
  accuracy: 0.5 + n / 10,
  regularization_loss: 0.125,
  seconds: 1.5,
  ...extra,
});

describe('historyToCsv', () => {
  it('writes one row per epoch, epoch from 0 as CSVLogger does, data_loss = loss − penalty', () => {
    const csv = historyToCsv([
      epoch(1, { val_loss: 0.75, val_accuracy: 0.5 }),
      epoch(2, { val_loss: 0.625, val_accuracy: 0.625 }),
    ]);
    expect(csv).toBe(
      [
        'epoch,accuracy,loss,val_accuracy,val_loss,regularization_loss,data_loss,seconds',
        '0,0.6,0.5,0.5,0.75,0.125,0.375,1.5',
        '1,0.7,0.25,0.625,0.625,0.125,0.125,1.5',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the validation columns of a run without validation, as Keras logs none', () => {
    expect(historyToCsv([epoch(1)]).split('\n')[0]).toBe(
      'epoch,accuracy,loss,regularization_loss,data_loss,seconds',
    );
  });

  it('keeps full precision and writes just the header for a run with no epoch', () => {
    expect(historyToCsv([epoch(1, { loss: 0.1 + 0.2 })]).split('\n')[1]).toContain(
      '0.30000000000000004',
    );
    expect(historyToCsv([])).toBe('epoch,accuracy,loss,regularization_loss,data_loss,seconds\n');
  });
});

describe('exportFiles csv', () => {
  it('names the file after the run', async () => {
    const [file] = await exportFiles('csv', {
      lab: moons(),
      model: null,
      name: 'Wide #1',
      metrics: [epoch(1)],
    });
    expect(file.name).toBe('Wide_1.csv');
    expect(new TextDecoder().decode(file.bytes)).toBe(historyToCsv([epoch(1)]));
  });

  it('refuses a lab, which has no history, with one sentence', async () => {
    await expect(
      exportFiles('csv', { lab: moons(), model: null, name: 'My lab', metrics: null }),
    ).rejects.toThrow(
      /^'My lab' is a lab, which has no training history to export as Training history \(\.csv\): train it and export the run\.$/,
    );
  });
});
