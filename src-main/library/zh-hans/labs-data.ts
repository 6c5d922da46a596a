/** 简体中文：关于数据与优化器的实验（labs-data.ts）。 */
import type { GuideTexts } from '../../contract/guide.ts';

export const DATA_TEXTS: Record<string, GuideTexts> = {
  augmentation: {
    name: '数据增强',
    description:
      '只有 2,000 个训练数字：每一轮都把它们稍微平移、旋转、缩放一下，网络就会看到“新”的图像。',
    steps: {
      plain: {
        title: '2,000 张图像，不做增强',
        text: `
只有 **2,000 张训练图像** 时，一个 Dense(512) 网络很快就会把它们记住。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 记下 \`val_loss\` 在哪里掉头。
`,
        questions: {
          'best-epoch': { prompt: '`val_loss` 在第几轮最低？', unit: '轮' },
        },
      },
      augmented: {
        title: '增强图像',
        text: `
Keras 的 \`ImageDataGenerator(rotation_range=10, width_shift_range=0.1, height_shift_range=0.1,
zoom_range=0.1)\`：每一轮，每张训练图像都被随机旋转最多 10 度、平移最多 10%、缩放最多 10%。数字还是
那个数字，所以标签依然正确，但网络永远不会两次看到完全相同的图像。验证图像保持不变。

1. 点击 **设置本步骤**（数据增强面板会显示预览），然后点击 **训练**。
2. 比较两次训练：做了数据增强的那次，训练损失停在较高的位置（它的任务更难），而它的 \`val_loss\`
   持续改善的时间更长。

数据增强只能使用不改变标签的变换：把 6 上下翻转就成了 9。
`,
        questions: {
          flip: {
            prompt: '对数字来说，`vertical_flip=True` 是一种好的增强吗？',
            choices: ['是，变化越多总是越好', '不是：它会把一些数字变成别的数字'],
          },
        },
      },
    },
  },
  'learning-rate': {
    name: '学习率 1.0',
    description:
      '像 Keras 那本书里一样，比较学习率 1.0 与 0.01 的 RMSprop：步子迈得太大，训练就原地打转。',
    steps: {
      'too-large': {
        title: '学习率 1.0',
        text: `
模型是一个普通的 Dense(512) 网络，学 MNIST 很轻松。它的优化器是 \`RMSprop(learning_rate=1.0)\`：
默认值的一千倍。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 观察准确率。每次更新都跳得太远，越过了它瞄准的目标：损失一直很高，准确率远远低于这个网络
   应有的水平。
`,
        questions: {
          accuracy: { prompt: '学习率为 1.0 时，最好的 `val_accuracy` 是多少？' },
        },
      },
      sane: {
        title: '学习率 0.01',
        text: `
同一个网络，改用 \`RMSprop(learning_rate=1e-2)\`。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 比较两次训练。

当一个网络什么都学不到时，先检查学习率，再看别的。一个 *无法* 过拟合的模型不能作为正则化的
起点：先让它拟合，再对付过拟合。
`,
        questions: {
          why: { prompt: '用你自己的话说：为什么学习率太大会让损失一直居高不下？' },
        },
      },
    },
  },
  'shuffled-labels': {
    name: '死记硬背：打乱的标签',
    description: '用标签被打乱的数字来训练：网络会把它们背下来，却学不到任何能推广的东西。',
    steps: {
      shuffled: {
        title: '随机标签',
        text: `
训练标签被 **打乱** 了：1,000 张训练图像中的每一张，带的都是另一张图像的标签。这里没有什么可学的；
要降低训练损失，唯一的办法是把每张图像连同它的随机标签一起背下来。验证图像保留真实的标签。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 观察 \`accuracy\`（训练集）远远超过随机水平，而 \`val_accuracy\` 停留在随机水平（约 10%）。

一个足够大的网络能拟合 *任何东西*，连噪声也不例外。训练损失低本身什么也证明不了：只有验证数据
才能告诉你，网络学到的东西能不能推广。
`,
        questions: {
          'train-accuracy': { prompt: '这次训练在训练集上的 `accuracy` 达到了多少？' },
          chance: {
            prompt: '为什么 `val_accuracy` 停在 0.1 附近？',
            choices: ['一共有 10 个类别，而网络对它们什么也没学到', '学习率太小', '验证集太小'],
          },
        },
      },
      real: {
        title: '同一个网络，真实标签',
        text: `
在训练设置里取消勾选 **打乱标签**，再训练一次：同样的网络，同样的图像，真实的标签。训练准确率上升得
快得多，这一次 \`val_accuracy\` 也跟着上升。数据中的规律学得很快；噪声则要慢慢地死记。
`,
        questions: {
          faster: { prompt: '真实标签和打乱的标签，哪个更快达到很高的训练准确率？为什么？' },
        },
      },
    },
  },
};
