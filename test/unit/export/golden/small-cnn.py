# Small CNN
#
# Keras' mnist_convnet: Conv2D(32) -> MaxPooling -> Conv2D(64) -> MaxPooling -> Flatten ->
# Dropout(0.5) -> Dense(10).
#
# Written by LayerLab; runs as it is under TensorFlow 2.16+ / Keras 3.

import keras
import matplotlib.pyplot as plt
import numpy as np
from keras import layers

# MNIST: 28x28 grey images of handwritten digits, 10 classes; pixels scaled to [0, 1].
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train.reshape((-1, 28, 28, 1)).astype("float32") / 255
x_test = x_test.reshape((-1, 28, 28, 1)).astype("float32") / 255

model = keras.Sequential(
    [
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(32, (3, 3), activation="relu"),
        layers.MaxPooling2D((2, 2)),
        layers.Conv2D(64, (3, 3), activation="relu"),
        layers.MaxPooling2D((2, 2)),
        layers.Flatten(),
        layers.Dropout(0.5),
        layers.Dense(10, activation="softmax"),
    ]
)
model.summary()

model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.001),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
history = model.fit(
    x_train,
    y_train,
    epochs=15,
    batch_size=128,
    validation_split=0.1,
)

# The curves: where validation loss turns up while training loss goes on down, it overfits.
epochs = range(1, len(history.history["loss"]) + 1)
fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(11, 4))
ax_loss.plot(epochs, history.history["loss"], "o-", label="Training")
ax_loss.plot(epochs, history.history["val_loss"], "s-", label="Validation")
ax_loss.set(xlabel="Epoch", ylabel="Loss")
ax_loss.legend()
ax_acc.plot(epochs, history.history["accuracy"], "o-", label="Training")
ax_acc.plot(epochs, history.history["val_accuracy"], "s-", label="Validation")
ax_acc.set(xlabel="Epoch", ylabel="Accuracy")
ax_acc.legend()
plt.tight_layout()
plt.show()
