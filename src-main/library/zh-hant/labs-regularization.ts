/** 繁體中文（臺灣）：MNIST 上的正則化實驗（labs-regularization.ts）。 */
import type { GuideTexts, StepTexts } from '../../contract/guide.ts';

const baseline = (why: string): StepTexts => ({
  title: '基線：2 x Dense(512)',
  text: `
從容量實驗裡那個會過擬合的網路開始：**兩個各 512 個單元的隱藏層**，不加正則化，5,000 張訓練影像，
訓練 20 輪。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 記下 \`val_loss\` 最低的那一輪，以及它之後升高了多少。

${why}
`,
  questions: {
    'best-epoch': { prompt: '`val_loss` 在第幾輪最低？', unit: '輪' },
  },
});

export const REGULARIZATION_TEXTS: Record<string, GuideTexts> = {
  l2: {
    name: 'L2 權重正則化',
    description: '給權重的平方加上懲罰（L2 0.002，與 Keras 範例相同），看著過擬合縮小。',
    steps: {
      baseline: baseline('這次訓練是衡量正則化那次訓練的標尺。'),
      l2: {
        title: '給隱藏層加上 L2',
        text: `
現在兩個隱藏層都有 \`kernel_regularizer=regularizers.l2(0.002)\`：每個權重都給損失加上
0.002 x w²。大的權重代價更高，所以網路寧可要許多小權重，也不要少數幾個大權重：得到的函數更平滑，
不那麼遷就個別影像。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 比較兩次訓練的 \`val_loss\`。訓練 \`loss\` 現在包含了懲罰項（\`regularization_loss\` 單獨顯示
   這一部分），所以要比較 \`val_loss\` 和準確率，而不是 \`loss\`。
3. 在 **權重** 檢視中，比較兩次訓練第一層的直方圖：L2 把它往 0 拉。
`,
        questions: {
          effect: {
            prompt: '與基線相比，L2 那次訓練的 `val_loss` 在最低點之後……',
            choices: ['升得更陡', '升得更少，或保持平穩', '完全一樣'],
          },
          why: { prompt: '為什麼加了 L2 的那次訓練，其訓練 `loss` 一直比基線的高？' },
        },
      },
    },
  },
  l1: {
    name: 'L1 與它的崩潰',
    description:
      'L1 會把權重壓到恰好為零：係數小時得到一個稀疏的第一層，係數大時網路乾脆學不動了。',
    steps: {
      sparse: {
        title: 'L1 讓權重變成零',
        text: `
L1 為每個權重給損失加上 係數 x |w|。與 L2 不同，它往 0 的拉力在 0 附近不會減弱，所以沒有貢獻的
權重最終會 **恰好為 0**。MNIST 的許多畫素（邊緣一圈）永遠是空白的：它們在第一層的權重毫無用處。

模型：帶 \`regularizers.l1(0.0005)\` 的 Dense(512)，然後是 Dense(10)。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 開啟 **權重** 檢視，選擇第一層（\`dense\`）：直方圖堆積在 0 處，稀疏度（|w| < 0.001 的權重
   所佔比例）一輪比一輪高。
`,
        questions: {
          sparsity: { prompt: '在最後一輪，第一層的權重有多大比例約等於 0？', unit: '%' },
        },
      },
      collapse: {
        title: 'L1 太多：崩潰',
        text: `
現在把係數放大 200 倍：\`regularizers.l1(0.1)\`。懲罰超過了任何權重對預測的貢獻。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 觀察準確率：它跌到大約 10%，相當於瞎猜。幾乎每個權重都是 0；網路對每張影像都輸出同樣的機率。

正則化是用擬合程度換取簡單；用得太多，就什麼也擬合不了了（**欠擬合**）。
`,
        questions: {
          what: {
            prompt: '用了 L1 0.1 的網路發生了什麼？',
            choices: ['它過擬合了', '它欠擬合：什麼也學不到', '它學得更快了'],
          },
        },
      },
    },
  },
  dropout: {
    name: 'Dropout',
    description: '在 2 x Dense(512) 網路的每個隱藏層之後加上 Dropout(0.5)。',
    steps: {
      baseline: baseline('之後會拿 dropout 那次訓練和這次比較。'),
      dropout: {
        title: '加上 Dropout(0.5)',
        text: `
每個隱藏層之後的 \`Dropout(0.5)\` 層隨機把一半輸出置為 0，每個批次換一半，其餘的乘以 2。沒有哪個
單元能指望另一個特定的單元一定在場，所以網路無法形成遷就個別影像的脆弱協同適應。測試時（以及計算
\`val_loss\` 時）dropout 是關閉的。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 比較兩次訓練的 \`loss\` 和 \`val_loss\`。
`,
        questions: {
          gap: {
            prompt: '加了 dropout 之後，`loss` 與 `val_loss` 之間的差距……',
            choices: ['更大', '更小', '不變'],
          },
          'train-loss': { prompt: '為什麼加了 dropout 之後，訓練 `loss` 可能 *高於* 驗證損失？' },
        },
      },
    },
  },
  'batch-norm': {
    name: '批次正規化',
    description:
      '在 2 x Dense(512) 網路上使用普通 SGD，比較在每個 Dense 與其 ReLU 之間加與不加 BatchNormalization。',
    steps: {
      plain: {
        title: '普通 SGD，不做正規化',
        text: `
本實驗使用普通的 **SGD，學習率 0.01**，在這種設定下差別最明顯。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 觀察前幾輪裡 \`val_accuracy\` 上升得有多快。
`,
        questions: {
          'epoch-3': { prompt: '第 3 輪之後的 `val_accuracy` 是多少？' },
        },
      },
      bn: {
        title: '加上 BatchNormalization',
        text: `
現在每個隱藏層是 \`Dense(512)\` -> \`BatchNormalization()\` -> \`Activation('relu')\`，這是 Keras
那本書推薦的順序。批次正規化把每個單元的輸出在批次內重新縮放為均值 0、變異數 1（再加上一個學到的
縮放和平移），這樣即使前面的層在變化，每一層看到的輸入尺度也是穩定的。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 比較兩次訓練的前幾輪，再比較 \`loss\` 與 \`val_loss\` 之間的差距。

批次正規化主要是讓訓練更快、更穩；它的雜訊（每個批次用自己的統計量做正規化）有一點正則化作用，
但不能代替 dropout 或 L2。
`,
        questions: {
          faster: {
            prompt: '哪次訓練先達到 90% 的 `val_accuracy`？',
            choices: ['普通的', '加了 BatchNormalization 的', '都達不到'],
          },
        },
      },
    },
  },
  'dropout-l2': {
    name: 'Dropout 加 L2',
    description: '在 2 x Dense(512) 網路上同時使用兩種正則化：L2 0.001 和 Dropout(0.5)。',
    steps: {
      baseline: baseline('然後你會同時加上兩種正則化。'),
      both: {
        title: 'L2 和 dropout 一起用',
        text: `
每個隱藏層都加上 \`regularizers.l2(0.001)\`，後面再跟一個 \`Dropout(0.5)\`。兩者的作用不同：L2 讓
權重保持很小，dropout 讓單元之間不互相依賴。兩者一起用，是全連線網路的常見做法。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 把 \`val_loss\` 與基線比較。最好的 \`val_accuracy\` 是更好還是更差？
3. 換一個 dropout 比率或 L2 係數再訓練一次：哪種組合最好？（網格搜尋實驗會系統地做這件事。）
`,
        questions: {
          'best-accuracy': { prompt: '兩種正則化一起用時最好的 `val_accuracy`：' },
          mix: { prompt: '對你來說，哪種 dropout 比率和 L2 係數的組合效果最好？' },
        },
      },
    },
  },
  'early-stopping': {
    name: '早停',
    description: '當 val_loss 連續 3 輪沒有改善時停止訓練，並回到最好的權重。',
    steps: {
      stop: {
        title: '讓早停結束這次訓練',
        text: `
還是那個會過擬合的 2 x Dense(512) 網路，最多訓練 **40 輪**，使用 Keras 的
\`EarlyStopping(monitor='val_loss', patience=3, restore_best_weights=True)\`：一旦 \`val_loss\` 連續
3 輪沒有改善，訓練就停止，權重回到最好的那一輪。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 這次訓練遠在第 40 輪之前就結束了：訓練紀錄列表會顯示早停在哪裡停下了它。
`,
        questions: {
          stopped: { prompt: '早停在第幾輪之後停止了這次訓練？', unit: '輪' },
          best: { prompt: '模型保留的是第幾輪的權重？', unit: '輪' },
        },
      },
      think: {
        title: '耐心值與驗證集',
        text: `
- **耐心值**（patience）是早停在沒有改善的情況下願意等待的輪數。耐心值為 0 時，一輪帶雜訊的結果
  就會結束訓練；耐心值很大時，你會白白多訓練許多輪。
- 早停是 *根據驗證集* 來挑選那一輪的。這樣挑出來的最好 \`val_loss\` 有點過於樂觀：只有一個最終的、
  從未動用過的測試集才能說出真相。

如果有時間，修改耐心值（在訓練設定裡）再訓練一次。
`,
        questions: {
          optimistic: { prompt: '為什麼一次被早停的訓練，其最好的 `val_loss` 是偏樂觀的估計？' },
        },
      },
    },
  },
  'label-smoothing': {
    name: '標籤平滑',
    description: '讓正確類別的訓練目標是 0.9 而不是 1.0：網路不再那麼過度自信。',
    steps: {
      baseline: baseline('然後開啟 **預測** 檢視：那些錯得最自信的影像，置信度都接近 100%。'),
      smoothing: {
        title: '平滑標籤',
        text: `
使用 \`label_smoothing=0.1\` 時，正確類別的目標是 0.91，其他每個類別的目標是 0.01 而不是 0。網路
再也不能靠把某個機率推到 1 來取勝：它被訓練成保留一點不確定。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 比較 \`val_loss\` 曲線：過度自信的錯誤答案代價小得多，所以平滑後那次訓練的 \`val_loss\` 在
   最低點之後升得更少。
3. 在 **預測** 檢視中，比較那些錯得最自信的影像的置信度。
`,
        questions: {
          confidence: {
            prompt: '平滑後的網路那些自信的錯誤預測……',
            choices: ['更自信', '沒那麼自信', '一樣'],
          },
        },
      },
    },
  },
};
