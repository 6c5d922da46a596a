"""The bench's peer row: the same workloads trained by TensorFlow for Python (Keras 3, CPU wheel).

Run by `npm run bench` with the test environment's Python (.venv-keras); never part of the app.
Argument: JSON {"workloads": [...], "repeats": n, "seconds": s}. Prints one JSON line per
workload ({"workload", "ok", "samplesPerSecond": [...], "median"}) and one for the matrix
multiply ({"workload": "matmul", "gflops"}). Same layers, batch sizes, optimizer settings and
data shapes as src-main/bench/workloads.ts (random pixels and labels); warm-up excluded.
"""

import json
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
from keras import layers  # noqa: E402


def mlp():
    return [
        keras.Input((784,)),
        layers.Dense(512, activation="relu"),
        layers.Dense(512, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]


def cnn(regularized):
    reg = lambda layer: [layer] if regularized else []  # noqa: E731
    return [
        keras.Input((28, 28, 1)),
        layers.Conv2D(32, 3, activation="relu"),
        *reg(layers.BatchNormalization()),
        layers.Conv2D(64, 3, activation="relu"),
        *reg(layers.BatchNormalization()),
        layers.MaxPooling2D(),
        *reg(layers.Dropout(0.25)),
        layers.Flatten(),
        layers.Dense(128, activation="relu"),
        *reg(layers.Dropout(0.5)),
        layers.Dense(128, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]


def imdb():
    return [
        keras.Input((10000,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]


# name: (layers, batch size, input shape, binary?, epoch size)
WORKLOADS = {
    "mlp-b128": (mlp, 128, (784,), False, 60000),
    "mlp-b32": (mlp, 32, (784,), False, 60000),
    "cnn-b64": (lambda: cnn(False), 64, (28, 28, 1), False, 60000),
    "cnn-dropout-bn-b64": (lambda: cnn(True), 64, (28, 28, 1), False, 60000),
    "imdb-b512": (imdb, 512, (10000,), True, 25000),
}


def data(shape, binary, count, rng):
    if binary:
        x = np.zeros((count, 10000), np.float32)
        words = 1 + (rng.random((count, 130)) ** 2 * 9999).astype(np.int64)
        np.put_along_axis(x, words, 1.0, axis=1)
        return x, rng.integers(0, 2, (count, 1)).astype(np.float32)
    pixels = np.where(rng.random((count, *shape)) < 0.8, 0, rng.integers(0, 256, (count, *shape)))
    return (pixels / 255).astype(np.float32), rng.integers(0, 10, count)


def measure(name, repeats, seconds):
    make, batch, shape, binary, epoch = WORKLOADS[name]
    keras.utils.set_random_seed(1)
    model = keras.Sequential(make())
    if binary:
        optimizer, loss = keras.optimizers.RMSprop(0.001), "binary_crossentropy"
    else:
        optimizer, loss = keras.optimizers.Adam(0.001), "sparse_categorical_crossentropy"
    model.compile(optimizer=optimizer, loss=loss, metrics=["accuracy"])
    rng = np.random.default_rng(1)

    def run(samples):
        x, y = data(shape, binary, samples, rng)
        start = time.perf_counter()
        model.fit(x, y, batch_size=batch, epochs=1, shuffle=True, verbose=0)
        return samples / (time.perf_counter() - start)

    # Warm-up: tracing and compiling the train step, then size the timed slice to about `seconds`.
    run(batch * 3)
    warm = run(batch * 5)
    steps = max(5, min(-(-epoch // batch), round(warm * seconds / batch)))
    runs = [run(steps * batch) for _ in range(repeats)]
    return {"workload": name, "ok": True, "samplesPerSecond": runs, "median": sorted(runs)[len(runs) // 2]}


def matmul_gflops(n=2048, repeats=5):
    a = tf.random.normal((n, n))
    b = tf.random.normal((n, n))
    tf.linalg.matmul(a, b).numpy()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        tf.linalg.matmul(a, b).numpy()
        best = min(best, time.perf_counter() - start)
    return 2 * n**3 / best / 1e9


def main():
    request = json.loads(sys.argv[1])
    print(json.dumps({"workload": "matmul", "ok": True, "gflops": matmul_gflops(),
                      "version": f"TensorFlow {tf.__version__}, Keras {keras.__version__}",
                      "threads": tf.config.threading.get_intra_op_parallelism_threads() or os.cpu_count()}),
          flush=True)
    for name in request["workloads"]:
        if name not in WORKLOADS:
            continue
        try:
            result = measure(name, request["repeats"], request["seconds"])
        except Exception as e:  # one failed workload must not hide the others
            result = {"workload": name, "ok": False, "error": str(e).split("\n")[0]}
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
