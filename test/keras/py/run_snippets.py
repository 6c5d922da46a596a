"""Runs Keras code snippets as a notebook would (data stubbed, fit recorded, not trained) and prints,
for each, what real Keras built: the model's to_json() layers, count_params(), the compiled optimizer
and loss, and the last fit call's settings. Input on stdin: {"snippets": [{"name", "code"}]}.
Used by test/keras/import-code.test.ts."""
import json
import sys

import stubs

stubs.install(data='random', fit='record', n_train=60000, n_test=10000, imdb_rows=(1500, 300))

import keras  # noqa: E402


def rows(v):
    return int(v.shape[0]) if hasattr(v, 'shape') else None


def loss_name(loss):
    if isinstance(loss, str):
        return loss
    if hasattr(loss, 'get_config'):
        return {'class': type(loss).__name__, **{k: v for k, v in loss.get_config().items()
                                                  if k in ('from_logits', 'label_smoothing')}}
    return getattr(loss, '__name__', str(loss))


def fit_settings():
    f = stubs.last_fit
    if not f:
        return None
    kw = f['kwargs']
    x = f['x']
    out = {'epochs': kw.get('epochs', 1), 'batch_size': kw.get('batch_size'),
           'validation_split': kw.get('validation_split', 0.0), 'shuffle': kw.get('shuffle', True),
           'x_rows': rows(x), 'validation_rows': None, 'early_stopping': None, 'augmentation': None}
    vd = kw.get('validation_data')
    if vd is not None:
        out['validation_rows'] = rows(vd[0])
    if hasattr(x, 'image_data_generator'):
        g = x.image_data_generator
        out['batch_size'] = x.batch_size
        out['x_rows'] = rows(x.x)
        out['augmentation'] = {
            'rotationRange': g.rotation_range, 'widthShiftRange': g.width_shift_range,
            'heightShiftRange': g.height_shift_range, 'shearRange': g.shear_range,
            'zoomRange': round(1 - float(g.zoom_range[0]), 10),
            'horizontalFlip': g.horizontal_flip, 'verticalFlip': g.vertical_flip,
            'fillMode': g.fill_mode, 'cval': g.cval}
    for cb in kw.get('callbacks') or []:
        if isinstance(cb, keras.callbacks.EarlyStopping):
            out['early_stopping'] = {'monitor': cb.monitor, 'patience': cb.patience,
                                     'minDelta': abs(cb.min_delta),
                                     'restoreBestWeights': cb.restore_best_weights}
    return out


def without_magics(code):
    # IPython runs `%magic` and `!shell` lines itself; plain Python would not parse them.
    return '\n'.join('' if line.lstrip()[:1] in ('%', '!') else line for line in code.split('\n'))


results = []
for snippet in json.load(sys.stdin)['snippets']:
    keras.backend.clear_session()
    stubs.last_fit.clear()
    ns = {'__name__': '__main__'}
    try:
        exec(compile(without_magics(snippet['code']), snippet['name'] + '.py', 'exec'), ns)
        model = stubs.last_fit.get('model') or ns.get('model')
        opt = getattr(model, 'optimizer', None)
        results.append({
            'name': snippet['name'],
            'layers': json.loads(model.to_json())['config']['layers'],
            'params': int(model.count_params()),
            'optimizer': None if opt is None else {
                'name': opt.name, 'learning_rate': float(opt.learning_rate),
                'momentum': float(getattr(opt, 'momentum', 0.0) or 0.0)},
            'loss': loss_name(getattr(model, 'loss', None)) if opt is not None else None,
            'fit': fit_settings(),
        })
    except Exception as e:  # a snippet real Keras refuses is a broken test table
        results.append({'name': snippet['name'], 'error': f'{type(e).__name__}: {e}'})
print(json.dumps(results))
