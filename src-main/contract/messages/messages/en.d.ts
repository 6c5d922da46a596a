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
export const language_menu_title: (inputs: Language_Menu_TitleInputs) => LocalizedString;
export const language_system: (inputs: Language_SystemInputs) => LocalizedString;
export const topbar_class: (inputs: Topbar_ClassInputs) => LocalizedString;
export const topbar_class_overview: (inputs: Topbar_Class_OverviewInputs) => LocalizedString;
export const topbar_class_overview_hint: (inputs: Topbar_Class_Overview_HintInputs) => LocalizedString;
export const topbar_class_title: (inputs: Topbar_Class_TitleInputs) => LocalizedString;
export const topbar_edited: (inputs: Topbar_EditedInputs) => LocalizedString;
export const topbar_keras_export: (inputs: Topbar_Keras_ExportInputs) => LocalizedString;
export const topbar_keras_import: (inputs: Topbar_Keras_ImportInputs) => LocalizedString;
export const topbar_keras_import_hint: (inputs: Topbar_Keras_Import_HintInputs) => LocalizedString;
export const topbar_keras_show: (inputs: Topbar_Keras_ShowInputs) => LocalizedString;
export const topbar_keras_show_hint: (inputs: Topbar_Keras_Show_HintInputs) => LocalizedString;
export const topbar_keras_title: (inputs: Topbar_Keras_TitleInputs) => LocalizedString;
export const topbar_lab_name: (inputs: Topbar_Lab_NameInputs) => LocalizedString;
export const topbar_labs: (inputs: Topbar_LabsInputs) => LocalizedString;
export const topbar_labs_title: (inputs: Topbar_Labs_TitleInputs) => LocalizedString;
export const topbar_nav_label: (inputs: Topbar_Nav_LabelInputs) => LocalizedString;
export const topbar_new: (inputs: Topbar_NewInputs) => LocalizedString;
export const topbar_new_title: (inputs: Topbar_New_TitleInputs) => LocalizedString;
export const topbar_not_saved: (inputs: Topbar_Not_SavedInputs) => LocalizedString;
export const topbar_not_saved_title: (inputs: Topbar_Not_Saved_TitleInputs) => LocalizedString;
export const topbar_open: (inputs: Topbar_OpenInputs) => LocalizedString;
export const topbar_open_title: (inputs: Topbar_Open_TitleInputs) => LocalizedString;
export const topbar_redo: (inputs: Topbar_RedoInputs) => LocalizedString;
export const topbar_redo_title: (inputs: Topbar_Redo_TitleInputs) => LocalizedString;
export const topbar_report_html: (inputs: Topbar_Report_HtmlInputs) => LocalizedString;
export const topbar_report_html_hint: (inputs: Topbar_Report_Html_HintInputs) => LocalizedString;
export const topbar_report_needs_steps: (inputs: Topbar_Report_Needs_StepsInputs) => LocalizedString;
export const topbar_report_pdf: (inputs: Topbar_Report_PdfInputs) => LocalizedString;
export const topbar_report_pdf_hint: (inputs: Topbar_Report_Pdf_HintInputs) => LocalizedString;
export const topbar_save: (inputs: Topbar_SaveInputs) => LocalizedString;
export const topbar_save_as: (inputs: Topbar_Save_AsInputs) => LocalizedString;
export const topbar_save_as_title: (inputs: Topbar_Save_As_TitleInputs) => LocalizedString;
export const topbar_save_title: (inputs: Topbar_Save_TitleInputs) => LocalizedString;
export const topbar_teacher: (inputs: Topbar_TeacherInputs) => LocalizedString;
export const topbar_teacher_title: (inputs: Topbar_Teacher_TitleInputs) => LocalizedString;
export const topbar_templates: (inputs: Topbar_TemplatesInputs) => LocalizedString;
export const topbar_templates_title: (inputs: Topbar_Templates_TitleInputs) => LocalizedString;
export const topbar_undo: (inputs: Topbar_UndoInputs) => LocalizedString;
export const topbar_undo_title: (inputs: Topbar_Undo_TitleInputs) => LocalizedString;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Language_Menu_TitleInputs = {};
export type Language_SystemInputs = {};
export type Topbar_ClassInputs = {};
export type Topbar_Class_OverviewInputs = {};
export type Topbar_Class_Overview_HintInputs = {};
export type Topbar_Class_TitleInputs = {};
export type Topbar_EditedInputs = {};
export type Topbar_Keras_ExportInputs = {
    format: NonNullable<unknown>;
};
export type Topbar_Keras_ImportInputs = {};
export type Topbar_Keras_Import_HintInputs = {};
export type Topbar_Keras_ShowInputs = {};
export type Topbar_Keras_Show_HintInputs = {};
export type Topbar_Keras_TitleInputs = {};
export type Topbar_Lab_NameInputs = {};
export type Topbar_LabsInputs = {};
export type Topbar_Labs_TitleInputs = {};
export type Topbar_Nav_LabelInputs = {};
export type Topbar_NewInputs = {};
export type Topbar_New_TitleInputs = {};
export type Topbar_Not_SavedInputs = {};
export type Topbar_Not_Saved_TitleInputs = {
    status: NonNullable<unknown>;
};
export type Topbar_OpenInputs = {};
export type Topbar_Open_TitleInputs = {};
export type Topbar_RedoInputs = {};
export type Topbar_Redo_TitleInputs = {};
export type Topbar_Report_HtmlInputs = {};
export type Topbar_Report_Html_HintInputs = {};
export type Topbar_Report_Needs_StepsInputs = {};
export type Topbar_Report_PdfInputs = {};
export type Topbar_Report_Pdf_HintInputs = {};
export type Topbar_SaveInputs = {};
export type Topbar_Save_AsInputs = {};
export type Topbar_Save_As_TitleInputs = {};
export type Topbar_Save_TitleInputs = {};
export type Topbar_TeacherInputs = {};
export type Topbar_Teacher_TitleInputs = {};
export type Topbar_TemplatesInputs = {};
export type Topbar_Templates_TitleInputs = {};
export type Topbar_UndoInputs = {};
export type Topbar_Undo_TitleInputs = {};
