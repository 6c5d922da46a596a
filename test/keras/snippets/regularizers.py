from tensorflow import keras
from tensorflow.keras import layers, regularizers

(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train.reshape((60000, 784)) / 255.0
x_test = x_test.reshape((10000, 784)) / 255.0

reg = regularizers.l2(0.001)
model = keras.Sequential([
    layers.Dense(256, activation='relu', kernel_regularizer=reg, input_shape=(784,)),
    layers.Dense(256, activation='relu', kernel_regularizer=reg),
    layers.Dense(128, activation='relu', kernel_regularizer='l2'),
    layers.Dense(128, activation='relu', kernel_regularizer=regularizers.l1(0.0005)),
    layers.Dense(64, activation='relu', kernel_regularizer=regularizers.l1_l2(l1=1e-5, l2=1e-4)),
    layers.Dense(64, activation='relu', kernel_regularizer=keras.regularizers.L1L2(l2=0.002),
                 bias_regularizer=regularizers.L2(0.02)),
    layers.Dense(32, activation='relu', kernel_regularizer=regularizers.l2(),
                 activity_regularizer=regularizers.l1(1e-5)),
    layers.Dense(10, activation='softmax', kernel_regularizer=keras.regularizers.l2(l2=0.01)),
])
model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
model.fit(x_train, y_train, epochs=10, batch_size=128, validation_data=(x_test, y_test))
