import tensorflow as tf
from tensorflow.keras import layers, Model, Input

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 784) / 255.0
x_test = x_test.reshape(-1, 784) / 255.0

inputs = Input(shape=(784,))
a = layers.Dense(128, activation='relu')(inputs)
b = layers.Dense(128, activation='relu')(a)
s = layers.add([a, b])
c = layers.Dense(64)(s)
d = layers.Dense(64)(s)
e = layers.Concatenate()([c, d])
f = layers.Add()([c, d])
g = layers.concatenate([e, f], axis=-1)
outputs = layers.Dense(10, activation='softmax')(g)
model = Model(inputs, outputs)
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=3e-4), loss='sparse_categorical_crossentropy', metrics=['accuracy'])
model.fit(x_train, y_train, batch_size=256, epochs=2, validation_data=(x_test, y_test))
