/** A guided moons lab with a student's answers, and made-up finished runs: report tests' inputs. */
import { labFingerprint } from '../../src-main/contract/guide.ts';
import { parseLab, type LabFile } from '../../src-main/contract/lab.ts';
import { buildReport, type Report, type ReportCheck } from '../../src-main/contract/report.ts';
import { moons } from './labs.ts';

/** Step text, prompts and answers that try to inject markup. */
export const HOSTILE =
  '<script>alert(1)</script> </script><img src=x onerror=alert(2)> [a site](https://example.com/a) ![a picture](https://example.com/p.png)';

/** A guided lab as the teacher saves it (fingerprint declared), answered by `student`. */
export function guidedLab(student: string, answers: Record<string, string | number> = {}): LabFile {
  const base = moons({ name: 'Moons report lab', hidden: [8] });
  const dense = base.graph.nodes.find((n) => n.kind === 'Dense')!;
  const lab = parseLab({
    ...base,
    guide: {
      id: 'test-moons',
      topic: 'playground',
      minutes: 5,
      steps: [
        {
          id: 'train',
          title: 'Train it',
          text: `Press **Train**. ${HOSTILE}`,
          questions: [
            { kind: 'text', id: 'why', prompt: 'Why does it *overfit*?' },
            {
              kind: 'choice',
              id: 'which',
              prompt: 'Which curve?',
              choices: ['loss', 'val_loss'],
              correct: 1,
            },
            { kind: 'number', id: 'epoch', prompt: 'Best epoch?', unit: 'epochs' },
          ],
          checks: [{ kind: 'overfits', epochs: 2 }],
        },
      ],
      locks: { dataset: true, training: ['epochs'], layers: [dense.id], structure: false },
    },
    work: { student, answers, done: ['train'] },
  });
  return parseLab({ ...lab, guide: { ...lab.guide!, fingerprint: labFingerprint(lab) } });
}

/** A finished run of `lab` whose val_loss follows `valLoss`. */
export function fakeRun(lab: LabFile, id: string, valLoss: number[]) {
  const metrics = valLoss.map((v, i) => ({
    epoch: i + 1,
    loss: 1 / (i + 2),
    accuracy: 0.5 + i * 0.05,
    val_loss: v,
    val_accuracy: 1 - v / 2,
    regularization_loss: 0,
    seconds: 0.1,
  }));
  return {
    id,
    name: `moons #${id}`,
    status: 'completed',
    lab,
    metrics,
    bestValLoss: Math.min(...valLoss),
    bestValAccuracy: Math.max(...metrics.map((m) => m.val_accuracy)),
  };
}

export const CHECK_PASSED: ReportCheck = {
  stepId: 'train',
  index: 0,
  passed: true,
  label: 'A run that overfits',
  sentence: 'moons #1 overfits <b>after</b> epoch 2.',
  runIds: ['1'],
};

export function studentReport(
  lab: LabFile,
  runs = [fakeRun(lab, '1', [0.6, 0.4, 0.5, 0.7])],
  checks: ReportCheck[] = [CHECK_PASSED],
  locale?: Report['locale'],
): Report {
  return buildReport({
    lab,
    checks,
    runs,
    app: 'LayerLab test',
    createdAt: '2026-11-30T20:00:00.000Z',
    locale,
  });
}
