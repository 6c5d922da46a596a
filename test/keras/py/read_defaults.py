"""Keras 3's defaults and behaviour for test/keras/defaults.test.ts, keyed as src-main/engine/keras-defaults.ts.

Reads the cases (optimizer problems, losses, early-stopping series, validation splits) as JSON on
stdin; prints one JSON object {key: value} on the last line.
"""
import inspect
import json
import math
import sys

import numpy as np
import tensorflow as tf
import keras

cases = json.load(sys.stdin)
keras.utils.set_random_seed(0)
out = {}


def init_name(config):
    return config["class_name"]


def kernel_stats(w, limit):
    a = np.abs(np.asarray(w)).ravel()
    return {"max": float(a.max()), "limit": limit, "underHalf": float((a < limit / 2).mean())}


dense = keras.layers.Dense(512)
dense.build((None, 784))
out["dense.kernel_initializer"] = init_name(dense.get_config()["kernel_initializer"])
out["dense.bias_initializer"] = init_name(dense.get_config()["bias_initializer"])
out["dense.kernel_values"] = kernel_stats(dense.kernel.numpy(), math.sqrt(6 / (784 + 512)))
out["dense.bias_zero"] = bool(np.all(dense.bias.numpy() == 0))
conv = keras.layers.Conv2D(64, (3, 3))
conv.build((None, 28, 28, 32))
out["conv2d.kernel_initializer"] = init_name(conv.get_config()["kernel_initializer"])
out["conv2d.bias_initializer"] = init_name(conv.get_config()["bias_initializer"])
out["conv2d.kernel_values"] = kernel_stats(conv.kernel.numpy(), math.sqrt(6 / (9 * 32 + 9 * 64)))

# Each catalog kind as Keras makes it with only its required arguments.
made = {
    "Dense": keras.layers.Dense(64),
    "Conv2D": keras.layers.Conv2D(32, (3, 3)),
    "MaxPooling2D": keras.layers.MaxPooling2D(),
    "AveragePooling2D": keras.layers.AveragePooling2D((2, 2)),  # pool_size has no default here
    "BatchNormalization": keras.layers.BatchNormalization(),
    "Activation": keras.layers.Activation("relu"),
    "Concatenate": keras.layers.Concatenate(),
    "Dropout": keras.layers.Dropout(0.5),
}
out["layers.configs"] = {k: json.loads(json.dumps(v.get_config(), default=str)) for k, v in made.items()}

bn = keras.layers.BatchNormalization().get_config()
out["batchnorm.momentum"] = bn["momentum"]
out["batchnorm.epsilon"] = bn["epsilon"]
out["batchnorm.initializers"] = " ".join(
    init_name(bn[f"{k}_initializer"]) for k in ("gamma", "beta", "moving_mean", "moving_variance")
)

ones = np.ones((64, 64), "float32")
drop = keras.layers.Dropout(0.5)
out["dropout.training"] = sorted(set(np.asarray(drop(ones, training=True)).ravel().tolist()))
out["dropout.inference"] = sorted(set(np.asarray(drop(ones, training=False)).ravel().tolist()))

out["activation.hard_sigmoid"] = np.asarray(
    keras.activations.hard_sigmoid(np.array(cases["hardSigmoidAt"], "float32"))
).tolist()

adam = keras.optimizers.Adam().get_config()
out["adam.learning_rate"] = adam["learning_rate"]
out["adam.betas"] = [adam["beta_1"], adam["beta_2"]]
out["adam.epsilon"] = adam["epsilon"]
rms = keras.optimizers.RMSprop().get_config()
out["rmsprop.learning_rate"] = rms["learning_rate"]
out["rmsprop.settings"] = [rms["rho"], rms["momentum"], rms["epsilon"], int(rms["centered"])]
sgd = keras.optimizers.SGD().get_config()
out["sgd.learning_rate"] = sgd["learning_rate"]
out["sgd.momentum"] = [sgd["momentum"], int(sgd["nesterov"])]


def steps(optimizer, problem):
    """Weights after `steps` updates on loss = sum(c * w^2)."""
    w = tf.Variable(np.array(problem["w"], "float32"))
    c = tf.constant(np.array(problem["c"], "float32"))
    for _ in range(problem["steps"]):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(c * w * w)
        optimizer.apply_gradients([(tape.gradient(loss, w), w)])
    return w.numpy().tolist()


p = cases["optimizerProblem"]
out["adam.steps"] = steps(keras.optimizers.Adam(), p)
out["rmsprop.steps"] = steps(keras.optimizers.RMSprop(), p)
out["sgd.steps"] = steps(keras.optimizers.SGD(learning_rate=0.01, momentum=0.9), p)

out["regularizer.l2"] = [
    keras.regularizers.get("l2").l2,
    keras.regularizers.get("l1").l1,
    keras.regularizers.L2().l2,
    keras.regularizers.L1().l1,
]
out["regularizer.penalty"] = float(keras.regularizers.L2()(np.array(cases["penaltyOf"], "float32")))

# Losses, as compile(loss=...) computes them.
L = cases["losses"]
yc = np.array(L["classes"])
pc = np.array(L["probabilities"], "float32")
onehot = keras.utils.to_categorical(yc, pc.shape[1])
yb = np.array(L["binaryLabels"], "float32").reshape(-1, 1)
pb = np.array(L["binaryProbabilities"], "float32").reshape(-1, 1)
ls = L["smoothing"]
out["losses.values"] = [
    float(keras.losses.SparseCategoricalCrossentropy()(yc, pc)),
    float(keras.losses.CategoricalCrossentropy()(onehot, pc)),
    float(keras.losses.CategoricalCrossentropy(label_smoothing=ls)(onehot, pc)),
    float(keras.losses.BinaryCrossentropy()(yb, pb)),
    float(keras.losses.BinaryCrossentropy(label_smoothing=ls)(yb, pb)),
]
out["losses.sparse_has_label_smoothing"] = "label_smoothing" in inspect.signature(
    keras.losses.SparseCategoricalCrossentropy.__init__
).parameters
out["losses.sparse_label_smoothing"] = float(
    keras.losses.CategoricalCrossentropy(label_smoothing=ls)(onehot, pc)
)

es = keras.callbacks.EarlyStopping()
out["early_stopping.defaults"] = " ".join(
    str(v).lower() if isinstance(v, bool) else str(v)
    for v in (es.monitor, es.patience, es.min_delta, es.restore_best_weights)
)
out["early_stopping.mode"] = f"{es.mode} {es.baseline} {es.start_from_epoch}"


def early_stopping(series):
    """Drives the real callback over a series; returns [stopped epoch (1-based) or None, the epoch
    whose weights the model holds at the end (0-based: each epoch writes its index as the kernel)]."""
    model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1, use_bias=False)])
    # Mode 'auto' reads the direction from the compiled metrics, built by a first evaluate.
    model.compile(optimizer="sgd", loss="mse", metrics=["accuracy"])
    model.evaluate(np.zeros((1, 1)), np.zeros((1, 1)), verbose=0)
    cb = keras.callbacks.EarlyStopping(
        monitor=series["monitor"],
        patience=series["patience"],
        min_delta=series["minDelta"],
        restore_best_weights=series["restore"],
    )
    cb.set_model(model)
    model.stop_training = False  # as fit() starts
    cb.on_train_begin()
    stopped = None
    for epoch, v in enumerate(series["values"]):
        model.layers[0].kernel.assign([[float(epoch)]])
        cb.on_epoch_end(epoch, {series["monitor"]: float("nan") if v is None else v})
        if model.stop_training:
            stopped = epoch + 1
            break
    cb.on_train_end()
    return [stopped, int(round(float(model.layers[0].kernel.numpy()[0][0])))]


out["early_stopping.runs"] = [early_stopping(s) for s in cases["earlyStopping"]]


def split(n, fraction):
    """fit() on rows that are their own index through a model that outputs its input: the losses
    (mean absolute error, one batch each) are the means of the training and validation rows."""
    x = np.arange(n, dtype="float32").reshape(-1, 1)
    model = keras.Sequential(
        [keras.Input((1,)), keras.layers.Dense(1, use_bias=False, kernel_initializer="ones")]
    )
    model.compile(optimizer=keras.optimizers.SGD(0.0), loss="mae")
    h = model.fit(x, np.zeros((n, 1), "float32"), batch_size=n, validation_split=fraction, verbose=0)
    return [h.history["loss"][0], h.history["val_loss"][0]]


out["fit.validation_split"] = [split(n, f) for n, f in cases["validationSplits"]]


class CountBatches(keras.callbacks.Callback):
    batches = 0

    def on_train_batch_end(self, batch, logs=None):
        CountBatches.batches += 1


m = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
m.compile(optimizer="sgd", loss="mse")
h = m.fit(np.zeros((320, 1)), np.zeros((320, 1)), verbose=0, callbacks=[CountBatches()])
out["fit.batch_size"] = 320 // CountBatches.batches
out["fit.epochs"] = len(h.epoch)
out["fit.shuffle"] = inspect.signature(keras.Model.fit).parameters["shuffle"].default

print(json.dumps(out, default=lambda o: np.asarray(o).tolist()))
