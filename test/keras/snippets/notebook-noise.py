%matplotlib inline
!pip install -q tensorflow
import numpy as np
import matplotlib.pyplot as plt
from tensorflow import keras
from tensorflow.keras import layers

print("TensorFlow notebook")
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
print(x_train.shape, y_train.shape)
plt.figure(figsize=(10, 10))
for i in range(9):
    plt.subplot(3, 3, i + 1)
    plt.imshow(x_train[i], cmap='gray')
plt.show()
x_train = x_train / 255.0
x_test = x_test / 255.0

model = keras.Sequential([
    layers.Reshape((28, 28, 1), input_shape=(28, 28)),
    layers.Conv2D(8, 3, activation='relu'),
    layers.Flatten(),
    layers.Dense(10, activation='softmax'),
])
model.summary()
model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
history = model.fit(x_train[:2000], y_train[:2000], epochs=8, batch_size=32,
                    validation_data=(x_test, y_test))

def plot_history(h):
    for key in ['loss', 'val_loss']:
        plt.plot(h.history[key], label=key)
    plt.legend()
    plt.show()

plot_history(history)
test_loss, test_acc = model.evaluate(x_test, y_test, verbose=2)
print(f'Test accuracy: {test_acc:.3f}')
