/** The course's first labs: a playground that trains in seconds, and capacity on MNIST. */
import { dense, input, MNIST, mnistMlp, type LabSource } from './lab-kit.ts';

const moons: LabSource = {
  id: 'moons-playground',
  name: 'Two moons playground',
  description:
    'A network far bigger than 150 points need, on two noisy half-moons: watch it overfit in seconds, then shrink it.',
  topic: 'playground',
  minutes: 0.5,
  dataset: { kind: 'synthetic', shape: 'moons', samples: 300, noise: 0.3, seed: 0 },
  training: {
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 32,
    epochs: 150,
    validation: { kind: 'split', fraction: 0.5 },
    seed: 1,
  },
  steps: [
    {
      id: 'big',
      title: 'A big network on few points',
      text: `
Two classes of points shaped like half-moons, with noise: **150 points to train on**, 150 more
held out to validate. The model has two hidden layers of 64 units: over 4,000 weights for 150
points.

1. Click **Set up this step**, then **Train**.
2. Watch the **loss** chart. \`loss\` is measured on the training points, \`val_loss\` on the
   held-out ones.
3. Open the **Boundary** view: the decision boundary bends around single noisy points.

The training loss keeps falling while \`val_loss\` turns and rises: the network is learning the
noise of these 150 points, not the moons. That is **overfitting**.
`,
      setup: { layers: [input(2), dense(64), dense(64), dense(2, 'softmax')] },
      questions: [
        {
          kind: 'number',
          id: 'best-epoch',
          prompt: 'At which epoch is `val_loss` lowest? Read it off the chart.',
          unit: 'epoch',
        },
        {
          kind: 'choice',
          id: 'after',
          prompt: 'After that epoch, what does the training `loss` do?',
          choices: ['It keeps falling', 'It rises with val_loss', 'It stays flat'],
          correct: 0,
        },
      ],
      checks: [{ kind: 'overfits', epochs: 3 }],
    },
    {
      id: 'small',
      title: 'A smaller network',
      text: `
Now the same data with **one hidden layer of 4 units** (22 weights).

1. Click **Set up this step**, then **Train**.
2. Compare the two runs' \`val_loss\` curves (tick both in the runs list).
3. Look at the **Boundary** view again.

A small model cannot follow every noisy point, so it has to find the broad shape. Its training
loss stays higher; its validation loss may well end lower. Capacity is the first knob against
overfitting.
`,
      setup: { layers: [input(2), dense(4), dense(2, 'softmax')] },
      questions: [
        {
          kind: 'text',
          id: 'boundary',
          prompt: 'How do the two decision boundaries differ? Which would you trust on new points?',
        },
      ],
      checks: [{ kind: 'compared', runs: [{ paramsAtLeast: 1000 }, { paramsAtMost: 100 }] }],
    },
  ],
  lockTraining: ['epochs', 'batchSize'],
  quick: { minutes: 0.2, training: { epochs: 40 } },
};

const capacity: LabSource = {
  id: 'capacity',
  name: 'Capacity: Dense(16) against 2x512',
  description:
    'A tiny and a large network on the same 5,000 MNIST digits: which one overfits, and when?',
  topic: 'capacity',
  minutes: 1,
  dataset: MNIST,
  training: {
    optimizer: 'rmsprop',
    batchSize: 128,
    epochs: 20,
    trainSubset: 5000,
    validation: { kind: 'test' },
    seed: 1,
  },
  steps: [
    {
      id: 'small',
      title: 'A small network: Dense(16)',
      text: `
MNIST: 28x28 images of handwritten digits. We train on the **first 5,000 images** and validate
on the 10,000 test images, 20 epochs, RMSprop, as in the Keras examples.

The model flattens each image to 784 pixels and has **one hidden layer of 16 units**:
12,730 weights.

1. Click **Set up this step**, then **Train**.
2. Watch \`loss\` and \`val_loss\`. Do they part ways?
`,
      setup: { layers: mnistMlp(dense(16)) },
      questions: [
        {
          kind: 'number',
          id: 'accuracy',
          prompt: 'What is the best `val_accuracy` of this run?',
          unit: '',
        },
      ],
      checks: [
        { kind: 'metric', metric: 'val_accuracy', above: 0.7, where: { paramsAtMost: 20000 } },
      ],
    },
    {
      id: 'large',
      title: 'A large network: 2 x Dense(512)',
      text: `
Now **two hidden layers of 512 units**: 669,706 weights, fifty times more, for the same
5,000 images.

1. Click **Set up this step**, then **Train**.
2. Find the epoch where \`val_loss\` is lowest. After it, the training loss keeps falling while
   the validation loss climbs: the network memorizes the training images.
`,
      setup: { layers: mnistMlp(dense(512), dense(512)) },
      questions: [
        {
          kind: 'number',
          id: 'best-epoch',
          prompt: 'At which epoch is `val_loss` of the large network lowest?',
          unit: 'epoch',
        },
      ],
      checks: [
        { kind: 'overfits', epochs: 3, where: { paramsAtLeast: 100000 } },
        { kind: 'compared', runs: [{ paramsAtMost: 20000 }, { paramsAtLeast: 100000 }] },
      ],
    },
    {
      id: 'compare',
      title: 'Compare',
      text: `
Tick both runs and compare them on the **loss** and **accuracy** charts.

- The large network reaches a lower training loss, and usually a better best \`val_accuracy\`,
  but it starts to overfit within a few epochs.
- The small one overfits late or not at all: it has too little capacity to memorize.

More capacity means a better fit *and* faster overfitting: the labs that follow are about keeping
the first without the second.
`,
      questions: [
        {
          kind: 'choice',
          id: 'first',
          prompt: 'Which network starts overfitting first?',
          choices: ['Dense(16)', '2 x Dense(512)', 'Neither'],
          correct: 1,
        },
        {
          kind: 'text',
          id: 'why',
          prompt: 'Why does more capacity overfit sooner? Answer in one or two sentences.',
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: {
    minutes: 0.3,
    training: {
      trainSubset: 500,
      epochs: 10,
      batchSize: 32,
      validation: { kind: 'split', fraction: 0.01 },
    },
  },
};

export const CAPACITY_LABS = [moons, capacity];
