"""Keras' own ImageDataGenerator.apply_transform on the cases LayerLab's augmentation is checked with.

stdin: {"cases": [{"image": [[[...]]], "params": {...}, "fill_mode": ..., "cval": ...}, ...]}
stdout (last line): {"scipy": "<where ndimage came from>", "images": [...], "standin_error": ...}

Keras samples with scipy.ndimage.affine_transform, which the pinned environment does not install.
When scipy is missing (set LAYERLAB_SCIPY_PATH to a folder holding it to use the real one), a numpy
stand-in with scipy's order=1 rules takes its place; the matrix, the centre, the axis swap and the
flips are Keras' own code either way. With real scipy, `standin_error` is the stand-in's largest
difference from it on the same cases.
"""
import json
import os
import sys
import types

import numpy as np

if os.environ.get('LAYERLAB_SCIPY_PATH'):
    sys.path.insert(0, os.environ['LAYERLAB_SCIPY_PATH'])


def _map(x, n, mode):
    """scipy's map_coordinate (ni_interpolation.c) for each mode; NaN where 'constant' fills."""
    x = x.copy()
    lo, hi = x < 0, x > n - 1
    if mode == 'constant':
        x[lo | hi] = np.nan
    elif mode == 'nearest' or n <= 1:
        x[lo], x[hi] = 0, n - 1
    elif mode == 'wrap':
        sz = n - 1
        x[lo] += sz * (np.trunc(-x[lo] / sz) + 1)
        x[hi] -= sz * np.trunc(x[hi] / sz)
    else:  # reflect
        sz2 = 2 * n
        v = x[lo]
        v = np.where(v < -sz2, v + sz2 * np.trunc(-v / sz2), v)
        x[lo] = np.where(v < -n, v + sz2, -v - 1)
        v = x[hi] - sz2 * np.trunc(x[hi] / sz2)
        x[hi] = np.where(v >= n, sz2 - v - 1, v)
    return x


def _index(i, n, mode):
    if mode == 'nearest':
        return np.clip(i, 0, n - 1)
    if mode == 'wrap':
        return np.mod(i, n)
    r = np.mod(i, 2 * n)
    return np.where(r >= n, 2 * n - 1 - r, r)


def affine_transform(a, matrix, offset, order=1, mode='constant', cval=0.0):
    assert order == 1 and a.ndim == 2
    h, w = a.shape
    r, c = np.meshgrid(np.arange(h), np.arange(w), indexing='ij')
    y = _map(matrix[0][0] * r + matrix[0][1] * c + offset[0], h, mode)
    x = _map(matrix[1][0] * r + matrix[1][1] * c + offset[1], w, mode)
    fill = np.isnan(y) | np.isnan(x)
    y, x = np.nan_to_num(y), np.nan_to_num(x)
    y0, x0 = np.floor(y).astype(int), np.floor(x).astype(int)
    fy, fx = y - y0, x - x0
    ya, yb = _index(y0, h, mode), _index(y0 + 1, h, mode)
    xa, xb = _index(x0, w, mode), _index(x0 + 1, w, mode)
    out = (1 - fy) * ((1 - fx) * a[ya, xa] + fx * a[ya, xb]) + fy * (
        (1 - fx) * a[yb, xa] + fx * a[yb, xb])
    return np.where(fill, cval, out)


def main():
    cases = json.load(sys.stdin)['cases']
    from keras.src.legacy.preprocessing import image as legacy

    try:
        import scipy.ndimage
        source = f'scipy {scipy.__version__}'
        real = scipy.ndimage.affine_transform
    except ImportError:
        source = 'numpy stand-in'
        real = None
        legacy.scipy = types.SimpleNamespace(ndimage=types.SimpleNamespace(
            interpolation=types.SimpleNamespace(affine_transform=affine_transform)))

    images, standin_error = [], 0.0
    for case in cases:
        gen = legacy.ImageDataGenerator(fill_mode=case['fill_mode'], cval=case['cval'])
        x = np.array(case['image'], dtype=np.float64)
        images.append(gen.apply_transform(x, case['params']).tolist())
        if real is not None:
            legacy.scipy = types.SimpleNamespace(ndimage=types.SimpleNamespace(
                interpolation=types.SimpleNamespace(affine_transform=affine_transform)))
            mine = gen.apply_transform(x, case['params'])
            standin_error = max(standin_error, float(np.abs(mine - images[-1]).max()))
            legacy.scipy = scipy
    print(json.dumps({'scipy': source, 'images': images, 'standin_error': standin_error}))


main()
