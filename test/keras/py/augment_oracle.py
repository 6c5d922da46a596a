"""Keras' own ImageDataGenerator.apply_transform on the cases LayerLab's augmentation is checked with.

stdin: {"cases": [{"image": [[[...]]], "params": {...}, "fill_mode": ..., "cval": ...}, ...]}
stdout (last line): {"scipy": "<scipy's version>", "images": [...]}

Keras samples with scipy.ndimage.affine_transform (order 1), so scipy is in the test environment.
"""
import json
import sys

import numpy as np
import scipy


def main():
    cases = json.load(sys.stdin)['cases']
    from keras.src.legacy.preprocessing import image as legacy

    images = []
    for case in cases:
        gen = legacy.ImageDataGenerator(fill_mode=case['fill_mode'], cval=case['cval'])
        x = np.array(case['image'], dtype=np.float64)
        images.append(gen.apply_transform(x, case['params']).tolist())
    print(json.dumps({'scipy': scipy.__version__, 'images': images}))


main()
