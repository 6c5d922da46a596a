from tensorflow import keras
from tensorflow.keras import layers

(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train.reshape((60000, 28 * 28)).astype('float32') / 255


def build_model(units=64, rate=0.5, lr=1e-3):
    model = keras.Sequential()
    model.add(layers.Dense(units, activation='relu', input_shape=(784,)))
    model.add(layers.Dropout(rate))
    model.add(layers.Dense(10, activation='softmax'))
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=lr),
                  loss='sparse_categorical_crossentropy', metrics=['accuracy'])
    return model


model = build_model(128, lr=0.0002)
model.fit(x_train, y_train, epochs=3, batch_size=256, validation_split=0.25)
