"""Runs LayerLab-generated Keras scripts as they are, one after another in this one process.

stdin: {"cases": [{"id": ..., "code": ..., "cwd": optional folder}], "data": "random"|"real",
        "n_train": int, "n_test": int}
stdout (last line): {"results": [{"id", "ok", "error"?, "params", "layers", "history", "plots"}]}

Each script runs with the offline stubs (stubs.py, fit='one-epoch'), its print-out sent to stderr.
`layers` is `model.to_json()`'s layer list with names replaced by positions: class name, config
without the name, and (functional models) the positions of the layers each one is called on.
`plots` counts `plt.show()` calls and the lines drawn on the figure shown; `grid` the settings
the script's grid loop scored (when the case turned it on with RUN_GRID = True).
"""
import contextlib
import io
import json
import os
import sys
import traceback

import stubs


def layer_list(model):
    spec = json.loads(model.to_json())
    entries = spec['config']['layers']
    index = {(e.get('name') or e['config'].get('name')): i for i, e in enumerate(entries)}
    out = []
    for e in entries:
        config = {k: v for k, v in e['config'].items() if k != 'name'}
        inbound = []
        for node in e.get('inbound_nodes') or []:
            for arg in node['args']:
                for t in arg if isinstance(arg, list) else [arg]:
                    inbound.append(index[t['config']['keras_history'][0]])
        out.append({'class_name': e['class_name'], 'config': config, 'inbound': inbound})
    return out


def main():
    request = json.load(sys.stdin)
    stubs.install(data=request.get('data', 'random'), fit='one-epoch',
                  n_train=request.get('n_train', 256), n_test=request.get('n_test', 64))
    import keras
    import matplotlib.pyplot as plt
    import tensorflow as tf

    # Keras' train, test and predict steps run eagerly, not as traced graphs: tracing them cost
    # about a second per script (68 s for the whole check against 31 s), and what is checked here
    # is the script's own code (data, model, compile, fit, plots, grid), which runs as written.
    tf.config.run_functions_eagerly(True)

    shown = []
    plt.show = lambda *a, **k: shown.append(
        sum(len(ax.get_lines()) for ax in plt.gcf().get_axes()))
    home = os.getcwd()
    results = []
    for case in request['cases']:
        keras.backend.clear_session()
        plt.close('all')
        shown.clear()
        scope = {'__name__': '__main__'}
        result = {'id': case['id']}
        try:
            os.chdir(case.get('cwd') or home)
            with contextlib.redirect_stdout(sys.stderr):
                exec(compile(case['code'], f"<{case['id']}>", 'exec'), scope)
            model = scope['model']
            result.update(
                ok=True,
                params=int(model.count_params()),
                layers=layer_list(model),
                history={k: len(v) for k, v in scope['history'].history.items()},
                plots=list(shown),
                grid=len(scope.get('scores') or {}),
            )
        except BaseException:  # a broken script is a result, not the end of the run
            result.update(ok=False, error=traceback.format_exc(limit=6)[-4000:])
        finally:
            os.chdir(home)
        results.append(result)
    print(json.dumps({'results': results}))


if __name__ == '__main__':
    main()
