import tensorflow as tf
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
x_train = x_train.reshape(60000, 784) / 255

model = Sequential([Dense(100, 'sigmoid', input_shape=(784,)), Dense(10, 'softmax')])
model.compile(tf.keras.optimizers.SGD(0.05, 0.9), 'sparse_categorical_crossentropy', ['accuracy'])
model.fit(x_train, y_train, 32, 3)
