import keras
from keras.layers import Dense, Dropout

(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train.reshape(len(x_train), -1) / 255.0

hidden = [256, 128, 64]
model = keras.models.Sequential()
model.add(keras.layers.InputLayer(shape=(784,)))
for i, units in enumerate(hidden):
    model.add(Dense(units, activation='relu'))
    if i < len(hidden) - 1:
        model.add(Dropout(0.25))
model.add(Dense(10, activation='softmax', name='output'))
model.compile(loss='sparse_categorical_crossentropy', optimizer='sgd', metrics=['accuracy'])
model.fit(x_train, y_train, epochs=2)
