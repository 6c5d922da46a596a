/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_Menu_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const language_menu_title: ((inputs?: Language_Menu_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Language_Menu_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "System language" |
*
* @param {Language_SystemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const language_system: ((inputs?: Language_SystemInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Language_SystemInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Class" |
*
* @param {Topbar_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_class: ((inputs?: Topbar_ClassInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_ClassInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Class overview…" |
*
* @param {Topbar_Class_OverviewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_class_overview: ((inputs?: Topbar_Class_OverviewInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Class_OverviewInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Your students' reports: answers, checks, best scores and curves." |
*
* @param {Topbar_Class_Overview_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_class_overview_hint: ((inputs?: Topbar_Class_Overview_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Class_Overview_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lab reports and the class overview" |
*
* @param {Topbar_Class_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_class_title: ((inputs?: Topbar_Class_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Class_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "edited" |
*
* @param {Topbar_EditedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_edited: ((inputs?: Topbar_EditedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_EditedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Export: {format}" |
*
* @param {Topbar_Keras_ExportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_export: ((inputs: Topbar_Keras_ExportInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Keras_ExportInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Import Keras code…" |
*
* @param {Topbar_Keras_ImportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_import: ((inputs?: Topbar_Keras_ImportInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Keras_ImportInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Paste a model from your course or open its .py file: it becomes this lab." |
*
* @param {Topbar_Keras_Import_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_import_hint: ((inputs?: Topbar_Keras_Import_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Keras_Import_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show the Keras code" |
*
* @param {Topbar_Keras_ShowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_show: ((inputs?: Topbar_Keras_ShowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Keras_ShowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This lab as Keras code, kept up to date as you edit, to read or copy." |
*
* @param {Topbar_Keras_Show_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_show_hint: ((inputs?: Topbar_Keras_Show_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Keras_Show_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras code in and out" |
*
* @param {Topbar_Keras_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_keras_title: ((inputs?: Topbar_Keras_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Keras_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lab name" |
*
* @param {Topbar_Lab_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_lab_name: ((inputs?: Topbar_Lab_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Lab_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Labs" |
*
* @param {Topbar_LabsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_labs: ((inputs?: Topbar_LabsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_LabsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The library of guided labs" |
*
* @param {Topbar_Labs_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_labs_title: ((inputs?: Topbar_Labs_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Labs_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lab" |
*
* @param {Topbar_Nav_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_nav_label: ((inputs?: Topbar_Nav_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Nav_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "New" |
*
* @param {Topbar_NewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_new: ((inputs?: Topbar_NewInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_NewInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A new, empty lab" |
*
* @param {Topbar_New_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_new_title: ((inputs?: Topbar_New_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_New_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "not saved yet" |
*
* @param {Topbar_Not_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_not_saved: ((inputs?: Topbar_Not_SavedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Not_SavedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{status}: this lab has not been saved to a file yet." |
*
* @param {Topbar_Not_Saved_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_not_saved_title: ((inputs: Topbar_Not_Saved_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Not_Saved_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open…" |
*
* @param {Topbar_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_open: ((inputs?: Topbar_OpenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_OpenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open a lab (Ctrl+O)" |
*
* @param {Topbar_Open_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_open_title: ((inputs?: Topbar_Open_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Open_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Redo" |
*
* @param {Topbar_RedoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_redo: ((inputs?: Topbar_RedoInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_RedoInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Redo (Ctrl+Shift+Z)" |
*
* @param {Topbar_Redo_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_redo_title: ((inputs?: Topbar_Redo_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Redo_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Report (HTML)" |
*
* @param {Topbar_Report_HtmlInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_html: ((inputs?: Topbar_Report_HtmlInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Report_HtmlInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "One file with your steps, answers, checks, curves, model and runs." |
*
* @param {Topbar_Report_Html_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_html_hint: ((inputs?: Topbar_Report_Html_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Report_Html_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This lab has no steps: open a guided lab first." |
*
* @param {Topbar_Report_Needs_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_needs_steps: ((inputs?: Topbar_Report_Needs_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Report_Needs_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Report (PDF)" |
*
* @param {Topbar_Report_PdfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_pdf: ((inputs?: Topbar_Report_PdfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Report_PdfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The same report as a PDF." |
*
* @param {Topbar_Report_Pdf_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_report_pdf_hint: ((inputs?: Topbar_Report_Pdf_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Report_Pdf_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Topbar_SaveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_save: ((inputs?: Topbar_SaveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_SaveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save as…" |
*
* @param {Topbar_Save_AsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_save_as: ((inputs?: Topbar_Save_AsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Save_AsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save under another name (Ctrl+Shift+S)" |
*
* @param {Topbar_Save_As_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_save_as_title: ((inputs?: Topbar_Save_As_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Save_As_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save (Ctrl+S)" |
*
* @param {Topbar_Save_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_save_title: ((inputs?: Topbar_Save_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Save_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Teacher" |
*
* @param {Topbar_TeacherInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_teacher: ((inputs?: Topbar_TeacherInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_TeacherInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Teacher mode: write the lab's steps, questions and checks, and lock what students must not change" |
*
* @param {Topbar_Teacher_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_teacher_title: ((inputs?: Topbar_Teacher_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Teacher_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Templates" |
*
* @param {Topbar_TemplatesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_templates: ((inputs?: Topbar_TemplatesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_TemplatesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The classic models of the course, ready to train" |
*
* @param {Topbar_Templates_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_templates_title: ((inputs?: Topbar_Templates_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Templates_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Undo" |
*
* @param {Topbar_UndoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_undo: ((inputs?: Topbar_UndoInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_UndoInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Undo (Ctrl+Z)" |
*
* @param {Topbar_Undo_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const topbar_undo_title: ((inputs?: Topbar_Undo_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Topbar_Undo_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
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
