/** 简体中文：MNIST 上的正则化实验（labs-regularization.ts）。 */
import type { GuideTexts, StepTexts } from '../../contract/guide.ts';

const baseline = (why: string): StepTexts => ({
  title: '基线：2 x Dense(512)',
  text: `
从容量实验里那个会过拟合的网络开始：**两个各 512 个单元的隐藏层**，不加正则化，5,000 张训练图像，
训练 20 轮。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 记下 \`val_loss\` 最低的那一轮，以及它之后升高了多少。

${why}
`,
  questions: {
    'best-epoch': { prompt: '`val_loss` 在第几轮最低？', unit: '轮' },
  },
});

export const REGULARIZATION_TEXTS: Record<string, GuideTexts> = {
  l2: {
    name: 'L2 权重正则化',
    description: '给权重的平方加上惩罚（L2 0.002，与 Keras 示例相同），看着过拟合缩小。',
    steps: {
      baseline: baseline('这次训练是衡量正则化那次训练的标尺。'),
      l2: {
        title: '给隐藏层加上 L2',
        text: `
现在两个隐藏层都有 \`kernel_regularizer=regularizers.l2(0.002)\`：每个权重都给损失加上
0.002 x w²。大的权重代价更高，所以网络宁可要许多小权重，也不要少数几个大权重：得到的函数更平滑，
不那么迁就个别图像。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 比较两次训练的 \`val_loss\`。训练 \`loss\` 现在包含了惩罚项（\`regularization_loss\` 单独显示
   这一部分），所以要比较 \`val_loss\` 和准确率，而不是 \`loss\`。
3. 在 **权重** 视图中，比较两次训练第一层的直方图：L2 把它往 0 拉。
`,
        questions: {
          effect: {
            prompt: '与基线相比，L2 那次训练的 `val_loss` 在最低点之后……',
            choices: ['升得更陡', '升得更少，或保持平稳', '完全一样'],
          },
          why: { prompt: '为什么加了 L2 的那次训练，其训练 `loss` 一直比基线的高？' },
        },
      },
    },
  },
  l1: {
    name: 'L1 与它的崩溃',
    description:
      'L1 会把权重压到恰好为零：系数小时得到一个稀疏的第一层，系数大时网络干脆学不动了。',
    steps: {
      sparse: {
        title: 'L1 让权重变成零',
        text: `
L1 为每个权重给损失加上 系数 x |w|。与 L2 不同，它往 0 的拉力在 0 附近不会减弱，所以没有贡献的
权重最终会 **恰好为 0**。MNIST 的许多像素（边缘一圈）永远是空白的：它们在第一层的权重毫无用处。

模型：带 \`regularizers.l1(0.0005)\` 的 Dense(512)，然后是 Dense(10)。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 打开 **权重** 视图，选择第一层（\`dense\`）：直方图堆积在 0 处，稀疏度（|w| < 0.001 的权重
   所占比例）一轮比一轮高。
`,
        questions: {
          sparsity: { prompt: '在最后一轮，第一层的权重有多大比例约等于 0？', unit: '%' },
        },
      },
      collapse: {
        title: 'L1 太多：崩溃',
        text: `
现在把系数放大 200 倍：\`regularizers.l1(0.1)\`。惩罚超过了任何权重对预测的贡献。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 观察准确率：它跌到大约 10%，相当于瞎猜。几乎每个权重都是 0；网络对每张图像都输出同样的概率。

正则化是用拟合程度换取简单；用得太多，就什么也拟合不了了（**欠拟合**）。
`,
        questions: {
          what: {
            prompt: '用了 L1 0.1 的网络发生了什么？',
            choices: ['它过拟合了', '它欠拟合：什么也学不到', '它学得更快了'],
          },
        },
      },
    },
  },
  dropout: {
    name: 'Dropout',
    description: '在 2 x Dense(512) 网络的每个隐藏层之后加上 Dropout(0.5)。',
    steps: {
      baseline: baseline('之后会拿 dropout 那次训练和这次比较。'),
      dropout: {
        title: '加上 Dropout(0.5)',
        text: `
每个隐藏层之后的 \`Dropout(0.5)\` 层随机把一半输出置为 0，每个批次换一半，其余的乘以 2。没有哪个
单元能指望另一个特定的单元一定在场，所以网络无法形成迁就个别图像的脆弱协同适应。测试时（以及计算
\`val_loss\` 时）dropout 是关闭的。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 比较两次训练的 \`loss\` 和 \`val_loss\`。
`,
        questions: {
          gap: {
            prompt: '加了 dropout 之后，`loss` 与 `val_loss` 之间的差距……',
            choices: ['更大', '更小', '不变'],
          },
          'train-loss': { prompt: '为什么加了 dropout 之后，训练 `loss` 可能 *高于* 验证损失？' },
        },
      },
    },
  },
  'batch-norm': {
    name: '批归一化',
    description:
      '在 2 x Dense(512) 网络上使用普通 SGD，比较在每个 Dense 与其 ReLU 之间加与不加 BatchNormalization。',
    steps: {
      plain: {
        title: '普通 SGD，不做归一化',
        text: `
本实验使用普通的 **SGD，学习率 0.01**，在这种设置下差别最明显。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 观察前几轮里 \`val_accuracy\` 上升得有多快。
`,
        questions: {
          'epoch-3': { prompt: '第 3 轮之后的 `val_accuracy` 是多少？' },
        },
      },
      bn: {
        title: '加上 BatchNormalization',
        text: `
现在每个隐藏层是 \`Dense(512)\` -> \`BatchNormalization()\` -> \`Activation('relu')\`，这是 Keras
那本书推荐的顺序。批归一化把每个单元的输出在批次内重新缩放为均值 0、方差 1（再加上一个学到的
缩放和平移），这样即使前面的层在变化，每一层看到的输入尺度也是稳定的。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 比较两次训练的前几轮，再比较 \`loss\` 与 \`val_loss\` 之间的差距。

批归一化主要是让训练更快、更稳；它的噪声（每个批次用自己的统计量做归一化）有一点正则化作用，
但不能代替 dropout 或 L2。
`,
        questions: {
          faster: {
            prompt: '哪次训练先达到 90% 的 `val_accuracy`？',
            choices: ['普通的', '加了 BatchNormalization 的', '都达不到'],
          },
        },
      },
    },
  },
  'dropout-l2': {
    name: 'Dropout 加 L2',
    description: '在 2 x Dense(512) 网络上同时使用两种正则化：L2 0.001 和 Dropout(0.5)。',
    steps: {
      baseline: baseline('然后你会同时加上两种正则化。'),
      both: {
        title: 'L2 和 dropout 一起用',
        text: `
每个隐藏层都加上 \`regularizers.l2(0.001)\`，后面再跟一个 \`Dropout(0.5)\`。两者的作用不同：L2 让
权重保持很小，dropout 让单元之间不互相依赖。两者一起用，是全连接网络的常见做法。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 把 \`val_loss\` 与基线比较。最好的 \`val_accuracy\` 是更好还是更差？
3. 换一个 dropout 比率或 L2 系数再训练一次：哪种组合最好？（网格搜索实验会系统地做这件事。）
`,
        questions: {
          'best-accuracy': { prompt: '两种正则化一起用时最好的 `val_accuracy`：' },
          mix: { prompt: '对你来说，哪种 dropout 比率和 L2 系数的组合效果最好？' },
        },
      },
    },
  },
  'early-stopping': {
    name: '早停',
    description: '当 val_loss 连续 3 轮没有改善时停止训练，并回到最好的权重。',
    steps: {
      stop: {
        title: '让早停结束这次训练',
        text: `
还是那个会过拟合的 2 x Dense(512) 网络，最多训练 **40 轮**，使用 Keras 的
\`EarlyStopping(monitor='val_loss', patience=3, restore_best_weights=True)\`：一旦 \`val_loss\` 连续
3 轮没有改善，训练就停止，权重回到最好的那一轮。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 这次训练远在第 40 轮之前就结束了：训练记录列表会显示早停在哪里停下了它。
`,
        questions: {
          stopped: { prompt: '早停在第几轮之后停止了这次训练？', unit: '轮' },
          best: { prompt: '模型保留的是第几轮的权重？', unit: '轮' },
        },
      },
      think: {
        title: '耐心值与验证集',
        text: `
- **耐心值**（patience）是早停在没有改善的情况下愿意等待的轮数。耐心值为 0 时，一轮带噪声的结果
  就会结束训练；耐心值很大时，你会白白多训练许多轮。
- 早停是 *根据验证集* 来挑选那一轮的。这样挑出来的最好 \`val_loss\` 有点过于乐观：只有一个最终的、
  从未动用过的测试集才能说出真相。

如果有时间，修改耐心值（在训练设置里）再训练一次。
`,
        questions: {
          optimistic: { prompt: '为什么一次被早停的训练，其最好的 `val_loss` 是偏乐观的估计？' },
        },
      },
    },
  },
  'label-smoothing': {
    name: '标签平滑',
    description: '让正确类别的训练目标是 0.9 而不是 1.0：网络不再那么过度自信。',
    steps: {
      baseline: baseline('然后打开 **预测** 视图：那些错得最自信的图像，置信度都接近 100%。'),
      smoothing: {
        title: '平滑标签',
        text: `
使用 \`label_smoothing=0.1\` 时，正确类别的目标是 0.91，其他每个类别的目标是 0.01 而不是 0。网络
再也不能靠把某个概率推到 1 来取胜：它被训练成保留一点不确定。

1. 点击 **设置本步骤**，然后点击 **训练**。
2. 比较 \`val_loss\` 曲线：过度自信的错误答案代价小得多，所以平滑后那次训练的 \`val_loss\` 在
   最低点之后升得更少。
3. 在 **预测** 视图中，比较那些错得最自信的图像的置信度。
`,
        questions: {
          confidence: {
            prompt: '平滑后的网络那些自信的错误预测……',
            choices: ['更自信', '没那么自信', '一样'],
          },
        },
      },
    },
  },
};
