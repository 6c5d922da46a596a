/** Labs about the data and the optimizer: augmentation, a learning rate of 1.0, shuffled labels. */
import { dense, MNIST, mnistMlp, type LabSource } from './lab-kit.ts';

const augmentation: LabSource = {
  id: 'augmentation',
  name: 'Data augmentation',
  description:
    'Only 2,000 training digits: shift, rotate and zoom them a little every epoch, and the network sees "new" images.',
  topic: 'augmentation',
  minutes: 1,
  dataset: MNIST,
  training: {
    optimizer: 'rmsprop',
    batchSize: 64,
    epochs: 30,
    trainSubset: 2000,
    validation: { kind: 'split', fraction: 0.05 },
    seed: 1,
  },
  steps: [
    {
      id: 'plain',
      title: '2,000 images, no augmentation',
      text: `
With only **2,000 training images**, a Dense(512) network memorizes them quickly.

1. Click **Set up this step**, then **Train**.
2. Note where \`val_loss\` turns.
`,
      setup: { layers: mnistMlp(dense(512)) },
      questions: [
        {
          kind: 'number',
          id: 'best-epoch',
          prompt: 'At which epoch is `val_loss` lowest?',
          unit: 'epoch',
        },
      ],
      checks: [{ kind: 'overfits', epochs: 3, where: { augmentation: false } }],
    },
    {
      id: 'augmented',
      title: 'Augment the images',
      text: `
Keras' \`ImageDataGenerator(rotation_range=10, width_shift_range=0.1, height_shift_range=0.1,
zoom_range=0.1)\`: every epoch, each training image is rotated by up to 10 degrees, shifted by up to
10% and zoomed by up to 10%, at random. A digit stays the same digit, so the labels stay right,
but the network never sees exactly the same image twice. Validation images are not changed.

1. Click **Set up this step** (the augmentation panel shows a preview), then **Train**.
2. Compare both runs: the augmented run's training loss stays higher (its task is harder), and its
   \`val_loss\` keeps improving for longer.

Augmentation only works with changes that keep the label: flipping a 6 upside down makes a 9.
`,
      setup: {
        layers: mnistMlp(dense(512)),
        training: {
          augmentation: {
            rotationRange: 10,
            widthShiftRange: 0.1,
            heightShiftRange: 0.1,
            zoomRange: 0.1,
          },
        },
      },
      questions: [
        {
          kind: 'choice',
          id: 'flip',
          prompt: 'Would `vertical_flip=True` be a good augmentation for digits?',
          choices: ['Yes, more variety is always better', 'No: it changes some digits into others'],
          correct: 1,
        },
      ],
      checks: [{ kind: 'compared', runs: [{ augmentation: true }, { augmentation: false }] }],
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

const learningRate: LabSource = {
  id: 'learning-rate',
  name: 'A learning rate of 1.0',
  description:
    'RMSprop with a learning rate of 1.0 against 0.01, as in the Keras book: too large a step and training goes nowhere.',
  topic: 'learning-rate',
  minutes: 0.5,
  dataset: MNIST,
  training: {
    optimizer: 'rmsprop',
    learningRate: 1,
    batchSize: 128,
    epochs: 10,
    trainSubset: 5000,
    validation: { kind: 'test' },
    seed: 1,
  },
  steps: [
    {
      id: 'too-large',
      title: 'Learning rate 1.0',
      text: `
The model is a plain Dense(512) network, which learns MNIST easily. Its optimizer is
\`RMSprop(learning_rate=1.0)\`: a thousand times its default.

1. Click **Set up this step**, then **Train**.
2. Watch the accuracy. Each update jumps so far that it overshoots whatever it was aiming at: the
   loss stays high and the accuracy stays far below what this network can do.
`,
      setup: { layers: mnistMlp(dense(512)) },
      questions: [
        {
          kind: 'number',
          id: 'accuracy',
          prompt: 'What is the best `val_accuracy` with a learning rate of 1.0?',
        },
      ],
      checks: [
        {
          kind: 'metric',
          metric: 'val_accuracy',
          below: 0.6,
          where: { learningRateAtLeast: 1 },
        },
      ],
    },
    {
      id: 'sane',
      title: 'Learning rate 0.01',
      text: `
The same network with \`RMSprop(learning_rate=1e-2)\`.

1. Click **Set up this step**, then **Train**.
2. Compare the two runs.

When a network does not learn at all, look at the learning rate before anything else. A model
that *cannot* overfit is no starting point for regularization: first make it fit, then fight
the overfitting.
`,
      setup: { layers: mnistMlp(dense(512)), training: { learningRate: 0.01 } },
      questions: [
        {
          kind: 'text',
          id: 'why',
          prompt: 'In your own words: why does a too large learning rate keep the loss high?',
        },
      ],
      checks: [
        {
          kind: 'metric',
          metric: 'val_accuracy',
          above: 0.8,
          where: { learningRateAtMost: 0.01 },
        },
        {
          kind: 'compared',
          runs: [{ learningRateAtLeast: 1 }, { learningRateAtMost: 0.01 }],
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: {
    minutes: 0.2,
    training: {
      trainSubset: 500,
      epochs: 5,
      batchSize: 32,
      validation: { kind: 'split', fraction: 0.01 },
    },
  },
};

const memorization: LabSource = {
  id: 'shuffled-labels',
  name: 'Memorization: shuffled labels',
  description:
    'Train on digits whose labels were shuffled: the network memorizes them, and learns nothing that generalizes.',
  topic: 'memorization',
  minutes: 0.5,
  dataset: MNIST,
  training: {
    optimizer: 'rmsprop',
    batchSize: 64,
    epochs: 60,
    trainSubset: 1000,
    shuffleLabels: true,
    validation: { kind: 'split', fraction: 0.05 },
    seed: 1,
  },
  steps: [
    {
      id: 'shuffled',
      title: 'Random labels',
      text: `
The training labels were **shuffled**: each of the 1,000 training images has the label of another
image. There is nothing to learn; the only way to a lower training loss is to memorize each
image with its random label. The validation images keep their true labels.

1. Click **Set up this step**, then **Train**.
2. Watch \`accuracy\` (training) climb far above chance while \`val_accuracy\` stays at chance
   (about 10%).

A network big enough can fit *anything*, even noise. A low training loss alone proves nothing:
only the validation data tells you whether the network learned something that generalizes.
`,
      setup: { layers: mnistMlp(dense(512), dense(512)) },
      questions: [
        {
          kind: 'number',
          id: 'train-accuracy',
          prompt: 'What training `accuracy` does the run reach?',
        },
        {
          kind: 'choice',
          id: 'chance',
          prompt: 'Why does `val_accuracy` stay near 0.1?',
          choices: [
            'There are 10 classes and the network learned nothing about them',
            'The learning rate is too small',
            'The validation set is too small',
          ],
          correct: 0,
        },
      ],
      checks: [
        { kind: 'metric', metric: 'accuracy', above: 0.5, where: { shuffleLabels: true } },
        { kind: 'metric', metric: 'val_accuracy', below: 0.2, where: { shuffleLabels: true } },
      ],
    },
    {
      id: 'real',
      title: 'Same network, real labels',
      text: `
Untick **Shuffle labels** in the training settings and train again: same network, same images,
true labels. The training accuracy climbs much faster, and this time \`val_accuracy\` follows.
Structure in the data is learned quickly; noise is memorized slowly.
`,
      questions: [
        {
          kind: 'text',
          id: 'faster',
          prompt: 'Which reaches a high training accuracy faster: real or shuffled labels? Why?',
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: {
    minutes: 0.2,
    training: {
      trainSubset: 200,
      epochs: 25,
      batchSize: 32,
      validation: { kind: 'split', fraction: 0.01 },
    },
  },
};

export const DATA_LABS = [augmentation, learningRate, memorization];
