/**
 * A dataset's title and a missing set's hint in the user's language. The host describes a dataset
 * in English (`DatasetInfo.title`, `DatasetAvailability.hint`, which `--json` and the logs keep);
 * built-in and generated sets are named here again from their reference, the hint from its parts.
 */
import type {
  BuiltinDatasetName,
  DatasetAvailability,
  DatasetInfo,
  DatasetPlace,
  DatasetRef,
} from './datasets.ts';
import { said, wordError, type ErrorText } from './error-text.ts';
import { formatNumber, m } from './i18n.ts';

const BUILTIN_TITLES = {
  mnist: m.dstext_mnist,
  'fashion-mnist': m.dstext_fashion_mnist,
  imdb: m.dstext_imdb,
};

/** A built-in set's title as words, for a sentence that names it. */
export const builtinTitleWords = (name: BuiltinDatasetName): ErrorText =>
  said(
    (
      {
        mnist: 'dstext_mnist',
        'fashion-mnist': 'dstext_fashion_mnist',
        imdb: 'dstext_imdb',
      } as const
    )[name],
  );

const SHAPE_NAMES = {
  spirals: m.dstext_spirals,
  moons: m.dstext_moons,
  circles: m.dstext_circles,
  xor: () => 'XOR',
};

/** A generated set's shape in the user's language ("Moons", "双月"). */
export const syntheticName = (shape: keyof typeof SHAPE_NAMES): string => SHAPE_NAMES[shape]();

/** "Moons (500 points, noise 0.2, seed 1)"; a file's name as the host gave it. */
export function datasetTitle(ref: DatasetRef, info: Pick<DatasetInfo, 'title'>): string {
  if (ref.kind === 'builtin') return BUILTIN_TITLES[ref.name]();
  if (ref.kind === 'file') return info.title;
  const settings = {
    name: syntheticName(ref.shape),
    samples: formatNumber(ref.samples),
    noise: ref.noise,
    seed: ref.seed,
  };
  return ref.shape === 'spirals'
    ? m.dstext_spirals_title({ ...settings, arms: ref.classes })
    : m.dstext_synthetic_title(settings);
}

/** What to put where for a missing built-in set, as words (its not-found sentence says them too). */
export function placeWords(name: BuiltinDatasetName, place: DatasetPlace): ErrorText {
  const { files, folder } = place;
  const hint =
    name === 'imdb'
      ? said('dstext_hint_imdb', { files, folder })
      : said('dstext_hint', { files, folder, name });
  if (!place.apt) return hint;
  return said('error_two_sentences', {
    first: hint,
    second: said('dstext_hint_apt', { apt: place.apt }),
  });
}

/** What to put where for a missing built-in set (after what a partial copy lacks), or the host's English hint. */
export function datasetHint(set: DatasetAvailability): string | undefined {
  const { place } = set;
  if (!place) return set.hint;
  const hint = placeWords(set.name, place);
  const words = set.partial
    ? said('error_two_sentences', { first: set.partial, second: hint })
    : hint;
  return wordError(words) ?? set.hint;
}
