import tensorflow as tf
tf.keras.utils.set_random_seed(7)

fashion = tf.keras.datasets.fashion_mnist
(x_train, y_train), (x_test, y_test) = fashion.load_data()
x_train = x_train[..., None] / 255.0
x_test = x_test[..., None] / 255.0

model = tf.keras.Sequential(name='fashion_cnn')
model.add(tf.keras.layers.Conv2D(filters=32, kernel_size=3, strides=2, padding='same',
                                 activation='relu', input_shape=(28, 28, 1)))
model.add(tf.keras.layers.Conv2D(filters=64, kernel_size=(5, 5), padding='valid', activation='elu'))
model.add(tf.keras.layers.AveragePooling2D(pool_size=(2, 2), strides=(1, 1)))
model.add(tf.keras.layers.MaxPooling2D(pool_size=3, padding='same'))
model.add(tf.keras.layers.Flatten())
model.add(tf.keras.layers.Dense(10, activation='softmax'))
model.compile(optimizer=tf.keras.optimizers.Adam(1e-3), loss=tf.keras.losses.SparseCategoricalCrossentropy(),
              metrics=['accuracy'])
model.fit(x_train, y_train, epochs=2, batch_size=100, validation_data=(x_test, y_test))
