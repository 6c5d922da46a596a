/** 繁體中文（臺灣）：關於資料與最佳化器的實驗（labs-data.ts）。 */
import type { GuideTexts } from '../../contract/guide.ts';

export const DATA_TEXTS: Record<string, GuideTexts> = {
  augmentation: {
    name: '資料擴增',
    description:
      '只有 2,000 個訓練數字：每一輪都把它們稍微平移、旋轉、縮放一下，網路就會看到「新」的影像。',
    steps: {
      plain: {
        title: '2,000 張影像，不做擴增',
        text: `
只有 **2,000 張訓練影像** 時，一個 Dense(512) 網路很快就會把它們記住。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 記下 \`val_loss\` 在哪裡掉頭。
`,
        questions: {
          'best-epoch': { prompt: '`val_loss` 在第幾輪最低？', unit: '輪' },
        },
      },
      augmented: {
        title: '擴增影像',
        text: `
Keras 的 \`ImageDataGenerator(rotation_range=10, width_shift_range=0.1, height_shift_range=0.1,
zoom_range=0.1)\`：每一輪，每張訓練影像都被隨機旋轉最多 10 度、平移最多 10%、縮放最多 10%。數字還是
那個數字，所以標籤依然正確，但網路永遠不會兩次看到完全相同的影像。驗證影像保持不變。

1. 點選 **設定本步驟**（資料擴增面板會顯示預覽），然後點選 **訓練**。
2. 比較兩次訓練：做了資料擴增的那次，訓練損失停在較高的位置（它的任務更難），而它的 \`val_loss\`
   持續改善的時間更長。

資料擴增只能使用不改變標籤的變換：把 6 上下翻轉就成了 9。
`,
        questions: {
          flip: {
            prompt: '對數字來說，`vertical_flip=True` 是一種好的擴增嗎？',
            choices: ['是，變化越多總是越好', '不是：它會把一些數字變成別的數字'],
          },
        },
      },
    },
  },
  'learning-rate': {
    name: '學習率 1.0',
    description:
      '像 Keras 那本書裡一樣，比較學習率 1.0 與 0.01 的 RMSprop：步子邁得太大，訓練就原地打轉。',
    steps: {
      'too-large': {
        title: '學習率 1.0',
        text: `
模型是一個普通的 Dense(512) 網路，學 MNIST 很輕鬆。它的最佳化器是 \`RMSprop(learning_rate=1.0)\`：
預設值的一千倍。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 觀察準確率。每次更新都跳得太遠，越過了它瞄準的目標：損失一直很高，準確率遠遠低於這個網路
   應有的水準。
`,
        questions: {
          accuracy: { prompt: '學習率為 1.0 時，最好的 `val_accuracy` 是多少？' },
        },
      },
      sane: {
        title: '學習率 0.01',
        text: `
同一個網路，改用 \`RMSprop(learning_rate=1e-2)\`。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 比較兩次訓練。

當一個網路什麼都學不到時，先檢查學習率，再看別的。一個 *無法* 過擬合的模型不能作為正則化的
起點：先讓它擬合，再對付過擬合。
`,
        questions: {
          why: { prompt: '用你自己的話說：為什麼學習率太大會讓損失一直居高不下？' },
        },
      },
    },
  },
  'shuffled-labels': {
    name: '死記硬背：打亂的標籤',
    description: '用標籤被打亂的數字來訓練：網路會把它們背下來，卻學不到任何能推廣的東西。',
    steps: {
      shuffled: {
        title: '隨機標籤',
        text: `
訓練標籤被 **打亂** 了：1,000 張訓練影像中的每一張，帶的都是另一張影像的標籤。這裡沒有什麼可學的；
要降低訓練損失，唯一的辦法是把每張影像連同它的隨機標籤一起背下來。驗證影像保留真實的標籤。

1. 點選 **設定本步驟**，然後點選 **訓練**。
2. 觀察 \`accuracy\`（訓練集）遠遠超過隨機水平，而 \`val_accuracy\` 停留在隨機水平（約 10%）。

一個足夠大的網路能擬合 *任何東西*，連雜訊也不例外。訓練損失低本身什麼也證明不了：只有驗證資料
才能告訴你，網路學到的東西能不能推廣。
`,
        questions: {
          'train-accuracy': { prompt: '這次訓練在訓練集上的 `accuracy` 達到了多少？' },
          chance: {
            prompt: '為什麼 `val_accuracy` 停在 0.1 附近？',
            choices: ['一共有 10 個類別，而網路對它們什麼也沒學到', '學習率太小', '驗證集太小'],
          },
        },
      },
      real: {
        title: '同一個網路，真實標籤',
        text: `
在訓練設定裡取消勾選 **打亂標籤**，再訓練一次：同樣的網路，同樣的影像，真實的標籤。訓練準確率上升得
快得多，這一次 \`val_accuracy\` 也跟著上升。資料中的規律學得很快；雜訊則要慢慢地死記。
`,
        questions: {
          faster: { prompt: '真實標籤和打亂的標籤，哪個更快達到很高的訓練準確率？為什麼？' },
        },
      },
    },
  },
};
