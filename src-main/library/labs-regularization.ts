/**
 * Regularization on MNIST: L2, L1 and its collapse, dropout, batch normalization, dropout with L2,
 * early stopping and label smoothing. Every lab starts from the 2 x Dense(512) network that overfits
 * in the capacity lab, on the same 5,000 images, so their curves compare across labs.
 */
import {
  batchNorm,
  dense,
  dropout,
  l1,
  l2,
  MNIST,
  mnistMlp,
  relu,
  type LabSource,
  type StepSource,
} from './lab-kit.ts';

/** The full version: the capacity lab's settings. */
const MNIST_TRAINING = {
  optimizer: 'rmsprop',
  batchSize: 128,
  epochs: 20,
  trainSubset: 5000,
  validation: { kind: 'test' },
  seed: 1,
} as const;

/** The quick version: 500 images, 600 held out, batches of 32. */
const MNIST_QUICK = {
  trainSubset: 500,
  epochs: 10,
  batchSize: 32,
  validation: { kind: 'split', fraction: 0.01 },
};

const baseline = (why: string): StepSource => ({
  id: 'baseline',
  title: 'The baseline: 2 x Dense(512)',
  text: `
Start from the network that overfits in the capacity lab: **two hidden layers of 512 units**, no
regularization, 5,000 training images, 20 epochs.

1. Click **Set up this step**, then **Train**.
2. Note the epoch where \`val_loss\` is lowest and how far it climbs afterwards.

${why}
`,
  setup: { layers: mnistMlp(dense(512), dense(512)) },
  questions: [
    {
      kind: 'number',
      id: 'best-epoch',
      prompt: 'At which epoch is `val_loss` lowest?',
      unit: 'epoch',
    },
  ],
  checks: [{ kind: 'overfits', epochs: 3, where: { regularizer: 'none' } }],
});

const l2Lab: LabSource = {
  id: 'l2',
  name: 'L2 weight regularization',
  description:
    'Add a penalty on the squared weights (L2 0.002, as in the Keras examples) and watch the overfitting shrink.',
  topic: 'weight-regularization',
  minutes: 1.5,
  dataset: MNIST,
  training: MNIST_TRAINING,
  steps: [
    baseline('This run is the yardstick for the regularized one.'),
    {
      id: 'l2',
      title: 'Add L2 to the hidden layers',
      text: `
Both hidden layers now have \`kernel_regularizer=regularizers.l2(0.002)\`: every weight adds
0.002 x w² to the loss. Large weights cost more, so the network prefers many small weights
over a few large ones: a smoother function that follows single images less.

1. Click **Set up this step**, then **Train**.
2. Compare the two runs' \`val_loss\`. The training \`loss\` now includes the penalty
   (\`regularization_loss\` shows that part alone), so compare \`val_loss\` and accuracies, not
   \`loss\`.
3. In the **Weights** view, compare the first layer's histogram in both runs: L2 pulls it
   towards 0.
`,
      setup: { layers: mnistMlp(dense(512, 'relu', l2(0.002)), dense(512, 'relu', l2(0.002))) },
      questions: [
        {
          kind: 'choice',
          id: 'effect',
          prompt: 'Compared with the baseline, the L2 run’s `val_loss` after its minimum...',
          choices: ['climbs more steeply', 'climbs less, or stays flat', 'is identical'],
          correct: 1,
        },
        {
          kind: 'text',
          id: 'why',
          prompt: 'Why does the training `loss` of the L2 run stay higher than the baseline’s?',
        },
      ],
      checks: [{ kind: 'compared', runs: [{ regularizer: 'l2' }, { regularizer: 'none' }] }],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: { minutes: 0.3, training: MNIST_QUICK },
};

const l1Lab: LabSource = {
  id: 'l1',
  name: 'L1 and its collapse',
  description:
    'L1 drives weights to exactly zero: a sparse first layer with a small factor, a network that stops learning with a large one.',
  topic: 'weight-regularization',
  minutes: 1,
  dataset: MNIST,
  training: MNIST_TRAINING,
  steps: [
    {
      id: 'sparse',
      title: 'L1 makes weights zero',
      text: `
L1 adds factor x |w| to the loss for every weight. Unlike L2, its pull towards 0 does not weaken
near 0, so weights that do not earn their keep end at **exactly 0**. Many MNIST pixels (the
border) are always blank: their weights in the first layer have nothing to earn.

The model: Dense(512) with \`regularizers.l1(0.0005)\`, then Dense(10).

1. Click **Set up this step**, then **Train**.
2. Open the **Weights** view and pick the first layer (\`dense\`): the histogram piles up at 0,
   and the sparsity figure (weights with |w| < 0.001) climbs epoch by epoch.
`,
      setup: { layers: mnistMlp(dense(512, 'relu', l1(0.0005))) },
      questions: [
        {
          kind: 'number',
          id: 'sparsity',
          prompt: 'What fraction of the first layer’s weights are ~0 at the last epoch?',
          unit: '%',
        },
      ],
      checks: [{ kind: 'sparsity', above: 0.5, where: { regularizer: 'l1' } }],
    },
    {
      id: 'collapse',
      title: 'Too much L1: the collapse',
      text: `
Now a factor 200 times larger: \`regularizers.l1(0.1)\`. The penalty outweighs what any weight
does for the predictions.

1. Click **Set up this step**, then **Train**.
2. Watch the accuracy: it falls to about 10%, a guess. Nearly every weight is 0; the network
   outputs the same probabilities for every image.

Regularization trades fit for simplicity; too much of it leaves nothing to fit with
(**underfitting**).
`,
      setup: { layers: mnistMlp(dense(512, 'relu', l1(0.1))) },
      questions: [
        {
          kind: 'choice',
          id: 'what',
          prompt: 'What happened to the network with L1 0.1?',
          choices: ['It overfits', 'It underfits: it cannot learn anything', 'It learns faster'],
          correct: 1,
        },
      ],
      checks: [
        {
          kind: 'metric',
          metric: 'val_accuracy',
          at: 'last',
          below: 0.3,
          where: { regularizer: 'l1' },
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: { minutes: 0.3, training: MNIST_QUICK },
};

const dropoutLab: LabSource = {
  id: 'dropout',
  name: 'Dropout',
  description: 'Dropout(0.5) after each hidden layer of the 2 x Dense(512) network.',
  topic: 'dropout',
  minutes: 1.5,
  dataset: MNIST,
  training: MNIST_TRAINING,
  steps: [
    baseline('The dropout run will be compared with this one.'),
    {
      id: 'dropout',
      title: 'Add Dropout(0.5)',
      text: `
A \`Dropout(0.5)\` layer after each hidden layer sets half of its outputs to 0 at random, a new
half for every batch, and scales the rest by 2. No unit can rely on a particular other unit being
there, so the network cannot build fragile co-adaptations that fit single images. At test time
(and for \`val_loss\`) dropout is off.

1. Click **Set up this step**, then **Train**.
2. Compare the two runs' \`loss\` and \`val_loss\`.
`,
      setup: { layers: mnistMlp(dense(512), dropout(0.5), dense(512), dropout(0.5)) },
      questions: [
        {
          kind: 'choice',
          id: 'gap',
          prompt: 'With dropout, the gap between `loss` and `val_loss` is...',
          choices: ['larger', 'smaller', 'the same'],
          correct: 1,
        },
        {
          kind: 'text',
          id: 'train-loss',
          prompt: 'Why can the training `loss` with dropout be *higher* than the validation loss?',
        },
      ],
      checks: [
        { kind: 'compared', runs: [{ layers: ['Dropout'] }, { withoutLayers: ['Dropout'] }] },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: { minutes: 0.3, training: MNIST_QUICK },
};

const batchNormLab: LabSource = {
  id: 'batch-norm',
  name: 'Batch normalization',
  description:
    'Plain SGD on the 2 x Dense(512) network, with and without BatchNormalization between each Dense and its ReLU.',
  topic: 'batch-normalization',
  minutes: 1.5,
  dataset: MNIST,
  training: { ...MNIST_TRAINING, optimizer: 'sgd', learningRate: 0.01 },
  steps: [
    {
      id: 'plain',
      title: 'Plain SGD, no normalization',
      text: `
This lab uses plain **SGD with a learning rate of 0.01**, where the difference shows best.

1. Click **Set up this step**, then **Train**.
2. Watch how fast \`val_accuracy\` climbs in the first epochs.
`,
      setup: { layers: mnistMlp(dense(512), dense(512)) },
      questions: [
        {
          kind: 'number',
          id: 'epoch-3',
          prompt: 'What is `val_accuracy` after epoch 3?',
        },
      ],
      checks: [
        {
          kind: 'metric',
          metric: 'val_accuracy',
          above: 0.5,
          where: { withoutLayers: ['BatchNormalization'] },
        },
      ],
    },
    {
      id: 'bn',
      title: 'Add BatchNormalization',
      text: `
Each hidden layer is now \`Dense(512)\` -> \`BatchNormalization()\` -> \`Activation('relu')\`, the
order the Keras book recommends. Batch normalization rescales each unit's outputs to mean 0 and
variance 1 over the batch (then a learned scale and shift), so every layer sees inputs of a steady
scale while the layers before it change.

1. Click **Set up this step**, then **Train**.
2. Compare the first epochs of both runs, then the gap between \`loss\` and \`val_loss\`.

Batch normalization mostly speeds up and steadies training; its noise (each batch is normalized
with its own statistics) regularizes a little, but it is no replacement for dropout or L2.
`,
      setup: {
        layers: mnistMlp(
          dense(512, 'linear'),
          batchNorm(),
          relu(),
          dense(512, 'linear'),
          batchNorm(),
          relu(),
        ),
      },
      questions: [
        {
          kind: 'choice',
          id: 'faster',
          prompt: 'Which run reaches 90% `val_accuracy` first?',
          choices: ['Plain', 'With BatchNormalization', 'Neither reaches it'],
          correct: 1,
        },
      ],
      checks: [
        {
          kind: 'compared',
          runs: [{ layers: ['BatchNormalization'] }, { withoutLayers: ['BatchNormalization'] }],
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer', 'learningRate'],
  quick: { minutes: 0.3, training: MNIST_QUICK },
};

const dropoutL2Lab: LabSource = {
  id: 'dropout-l2',
  name: 'Dropout with L2',
  description:
    'Both regularizers at once on the 2 x Dense(512) network: L2 0.001 and Dropout(0.5).',
  topic: 'dropout',
  minutes: 1.5,
  dataset: MNIST,
  training: MNIST_TRAINING,
  steps: [
    baseline('Then you add both regularizers at once.'),
    {
      id: 'both',
      title: 'L2 and dropout together',
      text: `
Each hidden layer gets \`regularizers.l2(0.001)\` and is followed by \`Dropout(0.5)\`. The two act
differently: L2 keeps the weights small, dropout keeps units from relying on each other. Used
together they are the common recipe for dense networks.

1. Click **Set up this step**, then **Train**.
2. Compare \`val_loss\` with the baseline. Is the best \`val_accuracy\` better or worse?
3. Try another dropout rate or L2 factor and train again: which mix is best? (The grid search lab
   does this systematically.)
`,
      setup: {
        layers: mnistMlp(
          dense(512, 'relu', l2(0.001)),
          dropout(0.5),
          dense(512, 'relu', l2(0.001)),
          dropout(0.5),
        ),
      },
      questions: [
        {
          kind: 'number',
          id: 'best-accuracy',
          prompt: 'Best `val_accuracy` with both regularizers:',
        },
        {
          kind: 'text',
          id: 'mix',
          prompt: 'Which mix of dropout rate and L2 factor worked best for you?',
        },
      ],
      checks: [
        {
          kind: 'compared',
          runs: [
            { layers: ['Dropout'], regularizer: 'l2' },
            { withoutLayers: ['Dropout'], regularizer: 'none' },
          ],
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: { minutes: 0.3, training: MNIST_QUICK },
};

const earlyStoppingLab: LabSource = {
  id: 'early-stopping',
  name: 'Early stopping',
  description:
    'Stop training when val_loss has not improved for 3 epochs, and go back to the best weights.',
  topic: 'early-stopping',
  minutes: 0.5,
  dataset: MNIST,
  training: {
    ...MNIST_TRAINING,
    epochs: 40,
    earlyStopping: { monitor: 'val_loss', patience: 3, minDelta: 0, restoreBestWeights: true },
  },
  steps: [
    {
      id: 'stop',
      title: 'Let early stopping end the run',
      text: `
The overfitting 2 x Dense(512) network again, with up to **40 epochs** and Keras'
\`EarlyStopping(monitor='val_loss', patience=3, restore_best_weights=True)\`: training stops
once \`val_loss\` has not improved for 3 epochs, and the weights go back to the best epoch.

1. Click **Set up this step**, then **Train**.
2. The run ends long before epoch 40: the runs list says where early stopping stopped it.
`,
      setup: { layers: mnistMlp(dense(512), dense(512)) },
      questions: [
        {
          kind: 'number',
          id: 'stopped',
          prompt: 'After which epoch did early stopping stop the run?',
          unit: 'epoch',
        },
        {
          kind: 'number',
          id: 'best',
          prompt: 'Which epoch’s weights does the model keep?',
          unit: 'epoch',
        },
      ],
      checks: [{ kind: 'early-stopped', where: { earlyStopping: true } }],
    },
    {
      id: 'think',
      title: 'Patience and the validation set',
      text: `
- **Patience** is how many epochs without improvement early stopping waits for. With patience 0,
  one noisy epoch ends the run; with a large patience you train many epochs for nothing.
- Early stopping picks the epoch *by the validation set*. Chosen that way, the best
  \`val_loss\` is a little optimistic: a final, untouched test set tells the truth.

Change the patience (the training settings) and train again if you have time.
`,
      questions: [
        {
          kind: 'text',
          id: 'optimistic',
          prompt: 'Why is the best `val_loss` of an early-stopped run an optimistic estimate?',
        },
      ],
    },
  ],
  lockTraining: ['batchSize', 'optimizer'],
  quick: {
    minutes: 0.2,
    training: {
      ...MNIST_QUICK,
      epochs: 25,
    },
  },
};

const labelSmoothingLab: LabSource = {
  id: 'label-smoothing',
  name: 'Label smoothing',
  description:
    'Train towards 0.9 instead of 1.0 for the right class: a less overconfident network.',
  topic: 'label-smoothing',
  minutes: 1.5,
  dataset: MNIST,
  training: MNIST_TRAINING,
  steps: [
    baseline(
      'Then open the **Predictions** view: the most confidently wrong images are shown with a confidence near 100%.',
    ),
    {
      id: 'smoothing',
      title: 'Smooth the labels',
      text: `
With \`label_smoothing=0.1\` the target for the right class is 0.91 and every other class gets
0.01 instead of 0. The network can no longer win by pushing one probability to 1: it is trained
to stay a little unsure.

1. Click **Set up this step**, then **Train**.
2. Compare \`val_loss\` curves: overconfident wrong answers cost much less, so the smoothed run's
   \`val_loss\` climbs less after its minimum.
3. In **Predictions**, compare the confidence of the most confidently wrong images.
`,
      setup: { layers: mnistMlp(dense(512), dense(512)), training: { labelSmoothing: 0.1 } },
      questions: [
        {
          kind: 'choice',
          id: 'confidence',
          prompt: 'The smoothed network’s confidently wrong predictions are...',
          choices: ['more confident', 'less confident', 'the same'],
          correct: 1,
        },
      ],
      checks: [{ kind: 'compared', runs: [{ labelSmoothingAtLeast: 0.1 }, {}] }],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: { minutes: 0.3, training: MNIST_QUICK },
};

export const REGULARIZATION_LABS = [
  l2Lab,
  l1Lab,
  dropoutLab,
  batchNormLab,
  dropoutL2Lab,
  earlyStoppingLab,
  labelSmoothingLab,
];
