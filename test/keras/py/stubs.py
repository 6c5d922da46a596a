"""Offline stand-ins for the parts of course code that reach the internet or a screen.

`install()` replaces `keras.datasets.{mnist,fashion_mnist,imdb}.load_data` (and imdb's
`get_word_index`) and matplotlib's `show`, so that a course snippet or a LayerLab-generated script
runs here as written:

- data='random': arrays of the real shapes and dtypes, `n_train`/`n_test` rows (fast; for checks
  that only build models).
- data='real': the real MNIST / Fashion-MNIST from the IDX files in LAYERLAB_DATA_DIR (or
  ../shared/datasets) and /usr/share/datasets, cut to `n_train`/`n_test` rows.
- fit='noop' makes `Model.fit` return an empty History without training.
- fit='record' does not train either: it builds the model from the data's shape (as fit would) and
  keeps the last call in `last_fit` ({'model', 'x', 'y', 'kwargs'}, positional arguments named);
  the History it returns has empty curves.
- imdb_rows=(train, test) gives IMDB its own row counts (multi-hot IMDB rows are 10000 floats wide).
- fit='one-epoch' trains for real but for one epoch, whatever `epochs` the code asks for (with
  small `n_train`, a whole script runs in a second or two).

Used by the tests only (test/keras/); never by the app.
"""
import collections
import gzip
import os
import struct

import numpy as np


def _idx(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rb') as f:
        data = f.read()
    dims = data[3]
    shape = struct.unpack('>' + 'I' * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def _find(name, files):
    roots = [os.environ.get('LAYERLAB_DATA_DIR', ''),
             os.path.join(os.path.dirname(__file__), '../../../../shared/datasets'),
             '/usr/share/datasets']
    for root in roots:
        for folder in (name, name.replace('-', '_')):
            base = os.path.join(root, folder)
            for suffix in ('', '.gz'):
                paths = [os.path.join(base, f + suffix) for f in files]
                if root and all(os.path.exists(p) for p in paths):
                    return paths
    raise FileNotFoundError(f'{name} not found in {roots}')


def _images(name, n_train, n_test, data, seed):
    if data == 'real':
        files = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte',
                 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte']
        xa, ya, xb, yb = (_idx(p) for p in _find(name, files))
        return (xa[:n_train], ya[:n_train]), (xb[:n_test], yb[:n_test])
    rng = np.random.default_rng(seed)
    def part(n):
        return (rng.integers(0, 256, (n, 28, 28), dtype=np.uint8),
                rng.integers(0, 10, (n,), dtype=np.uint8))
    return part(n_train), part(n_test)


def _imdb(n_train, n_test, seed, num_words=None, maxlen=None, **_):
    rng = np.random.default_rng(seed)
    top = num_words or 88584
    def part(n):
        seqs = [[1] + list(rng.integers(2, top, rng.integers(10, 120))) for _ in range(n)]
        if maxlen:
            seqs = [s[:maxlen] for s in seqs]
        x = np.empty(n, dtype=object)
        x[:] = [list(map(int, s)) for s in seqs]
        return x, rng.integers(0, 2, (n,)).astype(np.int64)
    return part(n_train), part(n_test)


#: The last `Model.fit` call under fit='record'.
last_fit = {}

_FIT_ARGS = ['batch_size', 'epochs', 'verbose', 'callbacks', 'validation_split', 'validation_data',
             'shuffle']


def _fit_one_epoch(keras):
    fit = getattr(keras.Model.fit, '_real_fit', keras.Model.fit)

    def one_epoch(self, *args, **kwargs):
        args = list(args)
        if len(args) > 3:  # fit(x, y, batch_size, epochs, ...)
            args[3] = 1
        else:
            kwargs['epochs'] = 1
        return fit(self, *args, **kwargs)

    one_epoch._real_fit = fit
    keras.Model.fit = one_epoch


def install(data='random', fit='real', n_train=256, n_test=64, seed=0, imdb_rows=None):
    import keras

    ds = keras.datasets
    ds.mnist.load_data = lambda *a, **k: _images('mnist', n_train, n_test, data, seed)
    ds.fashion_mnist.load_data = lambda *a, **k: _images('fashion-mnist', n_train, n_test, data, seed + 1)
    imdb_train, imdb_test = imdb_rows or (n_train, n_test)
    ds.imdb.load_data = lambda *a, **k: _imdb(imdb_train, imdb_test, seed + 2, **k)
    ds.imdb.get_word_index = lambda *a, **k: {f'w{i}': i for i in range(1, 1000)}
    try:
        import tensorflow as tf
        for mod in (tf.keras.datasets.mnist, tf.keras.datasets.fashion_mnist, tf.keras.datasets.imdb):
            mod.load_data = getattr(ds, mod.__name__.rsplit('.', 1)[-1]).load_data
    except Exception:
        pass
    if fit == 'noop':
        keras.Model.fit = lambda self, *a, **k: keras.callbacks.History()
    if fit == 'record':
        def record(self, x=None, y=None, *args, **kwargs):
            kwargs.update(zip(_FIT_ARGS, args))
            if not self.built and hasattr(x, 'shape'):
                self.build((None,) + tuple(x.shape[1:]))
            last_fit.clear()
            last_fit.update(model=self, x=x, y=y, kwargs=kwargs)
            history = keras.callbacks.History()
            history.history = collections.defaultdict(list)  # plots of it draw nothing
            return history
        keras.Model.fit = record
    elif fit == 'one-epoch':
        _fit_one_epoch(keras)
    try:
        import matplotlib
        matplotlib.use('Agg')
        import matplotlib.pyplot as plt
        plt.show = lambda *a, **k: None
    except ImportError:
        pass
