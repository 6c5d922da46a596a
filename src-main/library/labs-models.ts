/** Other models: IMDB networks of three sizes, a CNN with L2 and dropout, and a grid search. */
import {
  conv,
  dense,
  dropout,
  flatten,
  IMDB,
  input,
  l2,
  maxPool,
  MNIST,
  mnistMlp,
  type Layer,
  type LabSource,
} from './lab-kit.ts';

const imdbNet = (units: number): Layer[] => [
  input(10000),
  dense(units),
  dense(units),
  dense(1, 'sigmoid'),
];

const imdb: LabSource = {
  id: 'imdb-sizes',
  name: 'IMDB: smaller and larger models',
  description:
    'Movie reviews as 10,000-word multi-hot vectors: the 16-16-1 network against 4-4-1 and 512-512-1.',
  topic: 'text',
  minutes: 1.5,
  dataset: IMDB,
  training: {
    optimizer: 'rmsprop',
    loss: 'binary_crossentropy',
    batchSize: 128,
    epochs: 20,
    trainSubset: 2000,
    validation: { kind: 'split', fraction: 0.1 },
    seed: 1,
  },
  steps: [
    {
      id: 'original',
      title: 'The original: 16-16-1',
      text: `
Each review is a vector of 10,000 zeros and ones: 1 where one of the 10,000 most frequent words
occurs (multi-hot). The label: positive or negative. The network, as in the Keras book:
\`Dense(16, relu)\`, \`Dense(16, relu)\`, \`Dense(1, sigmoid)\`, binary cross-entropy, RMSprop.
We train on 2,000 reviews and validate on 2,500 held out.

1. Click **Set up this step**, then **Train**.
2. It overfits within a few epochs: note where \`val_loss\` is lowest.
`,
      setup: { layers: imdbNet(16) },
      questions: [
        {
          kind: 'number',
          id: 'best-epoch',
          prompt: 'At which epoch is `val_loss` of 16-16-1 lowest?',
          unit: 'epoch',
        },
      ],
      checks: [
        { kind: 'overfits', epochs: 3, where: { paramsAtLeast: 100000, paramsAtMost: 200000 } },
      ],
    },
    {
      id: 'smaller',
      title: 'Smaller: 4-4-1',
      text: `
Now 4 units per hidden layer.

1. Click **Set up this step**, then **Train**.
2. Compare with 16-16-1: the smaller network starts overfitting later, and its \`val_loss\` rises
   more slowly once it does.
`,
      setup: { layers: imdbNet(4) },
      checks: [
        {
          kind: 'compared',
          runs: [{ paramsAtMost: 50000 }, { paramsAtLeast: 100000, paramsAtMost: 200000 }],
        },
      ],
    },
    {
      id: 'larger',
      title: 'Larger: 512-512-1',
      text: `
Now 512 units per hidden layer: over 5 million weights, so this run trains 6 epochs only (it
is the slowest of the course, and 6 epochs are plenty to see it).

1. Click **Set up this step**, then **Train**.
2. The larger network overfits almost at once: its training loss drops to nearly 0 in a few epochs
   and its \`val_loss\` is noisy and climbs steeply.

The more capacity, the faster a network can model the training data, and the more prone it is to
overfitting.
`,
      setup: { layers: imdbNet(512), training: { epochs: 6 } },
      questions: [
        {
          kind: 'choice',
          id: 'order',
          prompt: 'Order the networks by how soon they overfit, soonest first.',
          choices: [
            '4-4-1, 16-16-1, 512-512-1',
            '512-512-1, 16-16-1, 4-4-1',
            'All at the same epoch',
          ],
          correct: 1,
        },
      ],
      checks: [
        {
          kind: 'compared',
          runs: [
            { paramsAtMost: 50000 },
            { paramsAtLeast: 100000, paramsAtMost: 200000 },
            { paramsAtLeast: 1000000 },
          ],
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer', 'loss'],
  quick: {
    minutes: 0.5,
    training: {
      trainSubset: 300,
      epochs: 8,
      batchSize: 32,
      // Ten times the default: 300 reviews overfit within the few epochs a demo has.
      learningRate: 0.01,
      validation: { kind: 'split', fraction: 0.01 },
    },
    steps: { smaller: { epochs: 4 }, larger: { epochs: 2 } },
  },
};

const cnnLayers = (regularized: boolean): Layer[] => {
  const reg = regularized ? l2(0.001) : {};
  return [
    input(28, 28, 1),
    conv(32, reg),
    maxPool(),
    conv(64, reg),
    maxPool(),
    flatten(),
    ...(regularized ? [dropout(0.5)] : []),
    dense(10, 'softmax'),
  ];
};

const cnn: LabSource = {
  id: 'cnn',
  name: 'A CNN with L2 and dropout',
  description:
    'A small convnet on 2,000 MNIST digits, then the same with L2 on its convolutions and Dropout(0.5) before the classifier.',
  topic: 'cnn',
  minutes: 2,
  dataset: MNIST,
  training: {
    optimizer: 'rmsprop',
    batchSize: 64,
    epochs: 15,
    trainSubset: 2000,
    validation: { kind: 'split', fraction: 0.05 },
    seed: 1,
  },
  steps: [
    {
      id: 'plain',
      title: 'A small convnet',
      text: `
\`Conv2D(32, 3)\`, \`MaxPooling2D(2)\`, \`Conv2D(64, 3)\`, \`MaxPooling2D(2)\`, \`Flatten\`,
\`Dense(10)\`: a convolution looks at 3x3 patches with the same weights everywhere in the image,
so it needs far fewer weights than a Dense layer and generalizes better from few images. Still,
on **2,000 images** it overfits too.

1. Click **Set up this step**, then **Train**.
2. Compare its best \`val_accuracy\` with the dense networks of the other labs.
`,
      setup: { layers: cnnLayers(false) },
      questions: [
        {
          kind: 'number',
          id: 'accuracy',
          prompt: 'Best `val_accuracy` of the plain convnet:',
        },
      ],
      checks: [
        {
          kind: 'metric',
          metric: 'val_accuracy',
          above: 0.6,
          where: { withoutLayers: ['Dropout'] },
        },
      ],
    },
    {
      id: 'regularized',
      title: 'L2 on the convolutions, dropout before the classifier',
      text: `
Both convolutions get \`kernel_regularizer=regularizers.l2(0.001)\`, and a \`Dropout(0.5)\` comes
after \`Flatten\`, as in the Keras book's convnets.

1. Click **Set up this step**, then **Train**.
2. Compare \`val_loss\` of both runs after their minimum.
3. In the **Weights** view, compare the kernels' histograms.
`,
      setup: { layers: cnnLayers(true) },
      questions: [
        {
          kind: 'text',
          id: 'compare',
          prompt: 'What did L2 and dropout change in the curves?',
        },
      ],
      checks: [
        {
          kind: 'compared',
          runs: [
            { layers: ['Conv2D', 'Dropout'], regularizer: 'l2' },
            { layers: ['Conv2D'], withoutLayers: ['Dropout'] },
          ],
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: {
    minutes: 0.3,
    training: {
      trainSubset: 300,
      epochs: 5,
      batchSize: 32,
      validation: { kind: 'split', fraction: 0.01 },
    },
  },
};

const grid: LabSource = {
  id: 'grid-search',
  name: 'Grid search: dropout x L2',
  description:
    'Every dropout rate in {0.3, 0.5, 0.7} with every L2 factor in {0.0001, 0.001, 0.01}, scored by 3-fold cross-validation.',
  topic: 'grid-search',
  minutes: 1.5,
  dataset: MNIST,
  training: {
    optimizer: 'rmsprop',
    batchSize: 128,
    epochs: 5,
    trainSubset: 3000,
    validation: { kind: 'test' },
    seed: 1,
  },
  grid: {
    params: [
      { path: 'layers.dropout.rate', values: [0.3, 0.5, 0.7] },
      { path: 'layers.dense.kernelRegularizer.l2', values: [0.0001, 0.001, 0.01] },
    ],
    evaluation: { kind: 'kfold', folds: 3, stratified: true, seed: 0 },
    rankBy: 'val_accuracy',
    refit: true,
  },
  steps: [
    {
      id: 'plan',
      title: 'The grid',
      text: `
Which dropout rate and which L2 factor are best? Guessing from one run each is unreliable: one
split of the data into training and validation can favour a setting by luck.

The model is Dense(512) with L2, Dropout, then Dense(10). The **grid** (the Grid panel) tries
every dropout rate in {0.3, 0.5, 0.7} with every L2 factor in {0.0001, 0.001, 0.01}: 9 settings.
Each is scored by **3-fold cross-validation**: the 3,000 training images are cut into 3 parts;
each setting trains 3 times, each time validating on another part, and the score is the mean of
the 3. That is scikit-learn's \`GridSearchCV\`.

Open the Grid panel and read the settings: 9 settings x 3 folds = 27 trainings, then the best
setting is trained again on all 3,000 images and scored on the test set (the *refit*).
`,
      setup: { layers: mnistMlp(dense(512, 'relu', l2(0.001)), dropout(0.5)) },
      questions: [
        {
          kind: 'number',
          id: 'trainings',
          prompt: 'How many trainings does a 4 x 4 grid with 5 folds take (without the refit)?',
        },
      ],
    },
    {
      id: 'run',
      title: 'Run the grid',
      text: `
1. Press **Run grid**. Settings run side by side, one per core.
2. When it finishes, sort the table by the mean score. Look at the spread (±) of each setting's
   folds: are the best settings really different, or within each other's spread?
`,
      questions: [
        {
          kind: 'text',
          id: 'best',
          prompt: 'Which setting won, and by how much over the second best?',
        },
      ],
      checks: [{ kind: 'grid', settings: 2, folds: 3 }],
    },
    {
      id: 'read',
      title: 'What the grid tells you',
      text: `
- Strong L2 (0.01) with strong dropout (0.7) usually underfits: both push the same way.
- The refit's test score is the number to report: the folds chose the setting, so their mean is a
  little optimistic.
- A grid grows fast: 3 values of 4 settings is 81 settings. Random search (the Grid panel's other
  mode) covers large spaces better.
`,
      questions: [
        {
          kind: 'choice',
          id: 'report',
          prompt: 'Which score do you report for the chosen setting?',
          choices: ['The best fold', 'The mean of its folds', 'The refit on the test set'],
          correct: 2,
        },
      ],
    },
  ],
  lockTraining: ['epochs', 'batchSize', 'optimizer'],
  quick: {
    minutes: 0.4,
    training: { trainSubset: 600, epochs: 3, batchSize: 64 },
    grid: {
      params: [
        { path: 'layers.dropout.rate', values: [0.3, 0.5] },
        { path: 'layers.dense.kernelRegularizer.l2', values: [0.001] },
      ],
      evaluation: { kind: 'kfold', folds: 3, stratified: true, seed: 0 },
      rankBy: 'val_accuracy',
      refit: false,
    },
  },
};

export const MODEL_LABS = [imdb, cnn, grid];
