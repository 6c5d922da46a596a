/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Language_Menu_TitleInputs */
/** @typedef {{}} Language_SystemInputs */
/** @typedef {{}} Topbar_ClassInputs */
/** @typedef {{}} Topbar_Class_OverviewInputs */
/** @typedef {{}} Topbar_Class_Overview_HintInputs */
/** @typedef {{}} Topbar_Class_TitleInputs */
/** @typedef {{}} Topbar_EditedInputs */
/** @typedef {{ format: NonNullable<unknown> }} Topbar_Keras_ExportInputs */
/** @typedef {{}} Topbar_Keras_ImportInputs */
/** @typedef {{}} Topbar_Keras_Import_HintInputs */
/** @typedef {{}} Topbar_Keras_ShowInputs */
/** @typedef {{}} Topbar_Keras_Show_HintInputs */
/** @typedef {{}} Topbar_Keras_TitleInputs */
/** @typedef {{}} Topbar_Lab_NameInputs */
/** @typedef {{}} Topbar_LabsInputs */
/** @typedef {{}} Topbar_Labs_TitleInputs */
/** @typedef {{}} Topbar_Nav_LabelInputs */
/** @typedef {{}} Topbar_NewInputs */
/** @typedef {{}} Topbar_New_TitleInputs */
/** @typedef {{}} Topbar_Not_SavedInputs */
/** @typedef {{ status: NonNullable<unknown> }} Topbar_Not_Saved_TitleInputs */
/** @typedef {{}} Topbar_OpenInputs */
/** @typedef {{}} Topbar_Open_TitleInputs */
/** @typedef {{}} Topbar_RedoInputs */
/** @typedef {{}} Topbar_Redo_TitleInputs */
/** @typedef {{}} Topbar_Report_HtmlInputs */
/** @typedef {{}} Topbar_Report_Html_HintInputs */
/** @typedef {{}} Topbar_Report_Needs_StepsInputs */
/** @typedef {{}} Topbar_Report_PdfInputs */
/** @typedef {{}} Topbar_Report_Pdf_HintInputs */
/** @typedef {{}} Topbar_SaveInputs */
/** @typedef {{}} Topbar_Save_AsInputs */
/** @typedef {{}} Topbar_Save_As_TitleInputs */
/** @typedef {{}} Topbar_Save_TitleInputs */
/** @typedef {{}} Topbar_TeacherInputs */
/** @typedef {{}} Topbar_Teacher_TitleInputs */
/** @typedef {{}} Topbar_TemplatesInputs */
/** @typedef {{}} Topbar_Templates_TitleInputs */
/** @typedef {{}} Topbar_UndoInputs */
/** @typedef {{}} Topbar_Undo_TitleInputs */
import * as __en from "./en.js"
import * as __zh_hans1 from "./zh-Hans.js"
import * as __zh_hant1 from "./zh-Hant.js"
import * as __en_xa2 from "./en-XA.js"
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_Menu_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const language_menu_title = /** @type {((inputs?: Language_Menu_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_Menu_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.language_menu_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.language_menu_title(inputs)
	if (locale === "en-XA") return __en_xa2.language_menu_title(inputs)
	return __en.language_menu_title(inputs)
});
/**
* | output |
* | --- |
* | "System language" |
*
* @param {Language_SystemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const language_system = /** @type {((inputs?: Language_SystemInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_SystemInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.language_system(inputs)
	if (locale === "zh-Hant") return __zh_hant1.language_system(inputs)
	if (locale === "en-XA") return __en_xa2.language_system(inputs)
	return __en.language_system(inputs)
});
/**
* | output |
* | --- |
* | "Class" |
*
* @param {Topbar_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_class = /** @type {((inputs?: Topbar_ClassInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_ClassInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_class(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_class(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_class(inputs)
	return __en.topbar_class(inputs)
});
/**
* | output |
* | --- |
* | "Class overview…" |
*
* @param {Topbar_Class_OverviewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_class_overview = /** @type {((inputs?: Topbar_Class_OverviewInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Class_OverviewInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_class_overview(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_class_overview(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_class_overview(inputs)
	return __en.topbar_class_overview(inputs)
});
/**
* | output |
* | --- |
* | "Your students' reports: answers, checks, best scores and curves." |
*
* @param {Topbar_Class_Overview_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_class_overview_hint = /** @type {((inputs?: Topbar_Class_Overview_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Class_Overview_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_class_overview_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_class_overview_hint(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_class_overview_hint(inputs)
	return __en.topbar_class_overview_hint(inputs)
});
/**
* | output |
* | --- |
* | "Lab reports and the class overview" |
*
* @param {Topbar_Class_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_class_title = /** @type {((inputs?: Topbar_Class_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Class_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_class_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_class_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_class_title(inputs)
	return __en.topbar_class_title(inputs)
});
/**
* | output |
* | --- |
* | "edited" |
*
* @param {Topbar_EditedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_edited = /** @type {((inputs?: Topbar_EditedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_EditedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_edited(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_edited(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_edited(inputs)
	return __en.topbar_edited(inputs)
});
/**
* | output |
* | --- |
* | "Export: {format}" |
*
* @param {Topbar_Keras_ExportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_export = /** @type {((inputs: Topbar_Keras_ExportInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Keras_ExportInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_keras_export(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_keras_export(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_keras_export(inputs)
	return __en.topbar_keras_export(inputs)
});
/**
* | output |
* | --- |
* | "Import Keras code…" |
*
* @param {Topbar_Keras_ImportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_import = /** @type {((inputs?: Topbar_Keras_ImportInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Keras_ImportInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_keras_import(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_keras_import(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_keras_import(inputs)
	return __en.topbar_keras_import(inputs)
});
/**
* | output |
* | --- |
* | "Paste a model from your course or open its .py file: it becomes this lab." |
*
* @param {Topbar_Keras_Import_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_import_hint = /** @type {((inputs?: Topbar_Keras_Import_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Keras_Import_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_keras_import_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_keras_import_hint(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_keras_import_hint(inputs)
	return __en.topbar_keras_import_hint(inputs)
});
/**
* | output |
* | --- |
* | "Show the Keras code" |
*
* @param {Topbar_Keras_ShowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_show = /** @type {((inputs?: Topbar_Keras_ShowInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Keras_ShowInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_keras_show(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_keras_show(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_keras_show(inputs)
	return __en.topbar_keras_show(inputs)
});
/**
* | output |
* | --- |
* | "This lab as Keras code, kept up to date as you edit, to read or copy." |
*
* @param {Topbar_Keras_Show_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_show_hint = /** @type {((inputs?: Topbar_Keras_Show_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Keras_Show_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_keras_show_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_keras_show_hint(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_keras_show_hint(inputs)
	return __en.topbar_keras_show_hint(inputs)
});
/**
* | output |
* | --- |
* | "Keras code in and out" |
*
* @param {Topbar_Keras_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_title = /** @type {((inputs?: Topbar_Keras_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Keras_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_keras_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_keras_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_keras_title(inputs)
	return __en.topbar_keras_title(inputs)
});
/**
* | output |
* | --- |
* | "Lab name" |
*
* @param {Topbar_Lab_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_lab_name = /** @type {((inputs?: Topbar_Lab_NameInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Lab_NameInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_lab_name(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_lab_name(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_lab_name(inputs)
	return __en.topbar_lab_name(inputs)
});
/**
* | output |
* | --- |
* | "Labs" |
*
* @param {Topbar_LabsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_labs = /** @type {((inputs?: Topbar_LabsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_LabsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_labs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_labs(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_labs(inputs)
	return __en.topbar_labs(inputs)
});
/**
* | output |
* | --- |
* | "The library of guided labs" |
*
* @param {Topbar_Labs_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_labs_title = /** @type {((inputs?: Topbar_Labs_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Labs_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_labs_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_labs_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_labs_title(inputs)
	return __en.topbar_labs_title(inputs)
});
/**
* | output |
* | --- |
* | "Lab" |
*
* @param {Topbar_Nav_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_nav_label = /** @type {((inputs?: Topbar_Nav_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Nav_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_nav_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_nav_label(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_nav_label(inputs)
	return __en.topbar_nav_label(inputs)
});
/**
* | output |
* | --- |
* | "New" |
*
* @param {Topbar_NewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_new = /** @type {((inputs?: Topbar_NewInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_NewInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_new(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_new(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_new(inputs)
	return __en.topbar_new(inputs)
});
/**
* | output |
* | --- |
* | "A new, empty lab" |
*
* @param {Topbar_New_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_new_title = /** @type {((inputs?: Topbar_New_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_New_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_new_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_new_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_new_title(inputs)
	return __en.topbar_new_title(inputs)
});
/**
* | output |
* | --- |
* | "not saved yet" |
*
* @param {Topbar_Not_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_not_saved = /** @type {((inputs?: Topbar_Not_SavedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Not_SavedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_not_saved(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_not_saved(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_not_saved(inputs)
	return __en.topbar_not_saved(inputs)
});
/**
* | output |
* | --- |
* | "{status}: this lab has not been saved to a file yet." |
*
* @param {Topbar_Not_Saved_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_not_saved_title = /** @type {((inputs: Topbar_Not_Saved_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Not_Saved_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_not_saved_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_not_saved_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_not_saved_title(inputs)
	return __en.topbar_not_saved_title(inputs)
});
/**
* | output |
* | --- |
* | "Open…" |
*
* @param {Topbar_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_open = /** @type {((inputs?: Topbar_OpenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_OpenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_open(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_open(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_open(inputs)
	return __en.topbar_open(inputs)
});
/**
* | output |
* | --- |
* | "Open a lab (Ctrl+O)" |
*
* @param {Topbar_Open_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_open_title = /** @type {((inputs?: Topbar_Open_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Open_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_open_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_open_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_open_title(inputs)
	return __en.topbar_open_title(inputs)
});
/**
* | output |
* | --- |
* | "Redo" |
*
* @param {Topbar_RedoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_redo = /** @type {((inputs?: Topbar_RedoInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_RedoInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_redo(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_redo(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_redo(inputs)
	return __en.topbar_redo(inputs)
});
/**
* | output |
* | --- |
* | "Redo (Ctrl+Shift+Z)" |
*
* @param {Topbar_Redo_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_redo_title = /** @type {((inputs?: Topbar_Redo_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Redo_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_redo_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_redo_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_redo_title(inputs)
	return __en.topbar_redo_title(inputs)
});
/**
* | output |
* | --- |
* | "Report (HTML)" |
*
* @param {Topbar_Report_HtmlInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_html = /** @type {((inputs?: Topbar_Report_HtmlInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Report_HtmlInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_report_html(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_report_html(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_report_html(inputs)
	return __en.topbar_report_html(inputs)
});
/**
* | output |
* | --- |
* | "One file with your steps, answers, checks, curves, model and runs." |
*
* @param {Topbar_Report_Html_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_html_hint = /** @type {((inputs?: Topbar_Report_Html_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Report_Html_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_report_html_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_report_html_hint(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_report_html_hint(inputs)
	return __en.topbar_report_html_hint(inputs)
});
/**
* | output |
* | --- |
* | "This lab has no steps: open a guided lab first." |
*
* @param {Topbar_Report_Needs_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_needs_steps = /** @type {((inputs?: Topbar_Report_Needs_StepsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Report_Needs_StepsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_report_needs_steps(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_report_needs_steps(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_report_needs_steps(inputs)
	return __en.topbar_report_needs_steps(inputs)
});
/**
* | output |
* | --- |
* | "Report (PDF)" |
*
* @param {Topbar_Report_PdfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_pdf = /** @type {((inputs?: Topbar_Report_PdfInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Report_PdfInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_report_pdf(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_report_pdf(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_report_pdf(inputs)
	return __en.topbar_report_pdf(inputs)
});
/**
* | output |
* | --- |
* | "The same report as a PDF." |
*
* @param {Topbar_Report_Pdf_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_pdf_hint = /** @type {((inputs?: Topbar_Report_Pdf_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Report_Pdf_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_report_pdf_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_report_pdf_hint(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_report_pdf_hint(inputs)
	return __en.topbar_report_pdf_hint(inputs)
});
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Topbar_SaveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_save = /** @type {((inputs?: Topbar_SaveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_SaveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_save(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_save(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_save(inputs)
	return __en.topbar_save(inputs)
});
/**
* | output |
* | --- |
* | "Save as…" |
*
* @param {Topbar_Save_AsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_save_as = /** @type {((inputs?: Topbar_Save_AsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Save_AsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_save_as(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_save_as(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_save_as(inputs)
	return __en.topbar_save_as(inputs)
});
/**
* | output |
* | --- |
* | "Save under another name (Ctrl+Shift+S)" |
*
* @param {Topbar_Save_As_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_save_as_title = /** @type {((inputs?: Topbar_Save_As_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Save_As_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_save_as_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_save_as_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_save_as_title(inputs)
	return __en.topbar_save_as_title(inputs)
});
/**
* | output |
* | --- |
* | "Save (Ctrl+S)" |
*
* @param {Topbar_Save_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_save_title = /** @type {((inputs?: Topbar_Save_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Save_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_save_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_save_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_save_title(inputs)
	return __en.topbar_save_title(inputs)
});
/**
* | output |
* | --- |
* | "Teacher" |
*
* @param {Topbar_TeacherInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_teacher = /** @type {((inputs?: Topbar_TeacherInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_TeacherInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_teacher(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_teacher(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_teacher(inputs)
	return __en.topbar_teacher(inputs)
});
/**
* | output |
* | --- |
* | "Teacher mode: write the lab's steps, questions and checks, and lock what students must not change" |
*
* @param {Topbar_Teacher_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_teacher_title = /** @type {((inputs?: Topbar_Teacher_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Teacher_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_teacher_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_teacher_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_teacher_title(inputs)
	return __en.topbar_teacher_title(inputs)
});
/**
* | output |
* | --- |
* | "Templates" |
*
* @param {Topbar_TemplatesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_templates = /** @type {((inputs?: Topbar_TemplatesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_TemplatesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_templates(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_templates(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_templates(inputs)
	return __en.topbar_templates(inputs)
});
/**
* | output |
* | --- |
* | "The classic models of the course, ready to train" |
*
* @param {Topbar_Templates_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_templates_title = /** @type {((inputs?: Topbar_Templates_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Templates_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_templates_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_templates_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_templates_title(inputs)
	return __en.topbar_templates_title(inputs)
});
/**
* | output |
* | --- |
* | "Undo" |
*
* @param {Topbar_UndoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_undo = /** @type {((inputs?: Topbar_UndoInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_UndoInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_undo(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_undo(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_undo(inputs)
	return __en.topbar_undo(inputs)
});
/**
* | output |
* | --- |
* | "Undo (Ctrl+Z)" |
*
* @param {Topbar_Undo_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_undo_title = /** @type {((inputs?: Topbar_Undo_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Topbar_Undo_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.topbar_undo_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.topbar_undo_title(inputs)
	if (locale === "en-XA") return __en_xa2.topbar_undo_title(inputs)
	return __en.topbar_undo_title(inputs)
});