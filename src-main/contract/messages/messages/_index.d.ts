/**
* | output |
* | --- |
* | "{title}, per layer and run" |
*
* @param {Activations_Bars_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_bars_label: ((inputs: Activations_Bars_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_Bars_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Dead ReLUs" |
*
* @param {Activations_DeadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_dead: ((inputs?: Activations_DeadInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_DeadInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Dead ReLU units" |
*
* @param {Activations_Dead_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_dead_title: ((inputs?: Activations_Dead_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_Dead_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "dead units" |
*
* @param {Activations_Dead_UnitsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_dead_units: ((inputs?: Activations_Dead_UnitsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_Dead_UnitsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{what} of {layer}'s outputs by epoch, a line per run" |
*
* @param {Activations_DescribeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_describe: ((inputs: Activations_DescribeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_DescribeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{what} of {layer} by epoch" |
*
* @param {Activations_History_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_history_title: ((inputs: Activations_History_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_History_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Layer by epoch" |
*
* @param {Activations_Layer_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_layer_label: ((inputs?: Activations_Layer_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_Layer_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "mean ± std" |
*
* @param {Activations_Mean_StdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_mean_std: ((inputs?: Activations_Mean_StdInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_Mean_StdInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The ticked runs recorded no activations." |
*
* @param {Activations_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_none: ((inputs?: Activations_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "of" |
*
* @param {Activations_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_of: ((inputs?: Activations_OfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_OfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Spread (std)" |
*
* @param {Activations_SpreadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_spread: ((inputs?: Activations_SpreadInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_SpreadInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Mean ± std of each layer's outputs" |
*
* @param {Activations_Spread_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_spread_title: ((inputs?: Activations_Spread_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_Spread_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Statistic by epoch" |
*
* @param {Activations_Stat_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_stat_label: ((inputs?: Activations_Stat_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_Stat_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "std of outputs" |
*
* @param {Activations_StdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_std: ((inputs?: Activations_StdInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_StdInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Tick a run to see its activations." |
*
* @param {Activations_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_tick: ((inputs?: Activations_TickInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activations_TickInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "in the model's units: 0 black, 1 white" |
*
* @param {Aug_Cval_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_cval_help: ((inputs?: Aug_Cval_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Cval_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fills with cval (kkk\|abcd\|kkk)" |
*
* @param {Aug_Fill_ConstantInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_constant: ((inputs?: Aug_Fill_ConstantInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Fill_ConstantInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fill mode" |
*
* @param {Aug_Fill_ModeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_mode: ((inputs?: Aug_Fill_ModeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Fill_ModeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "repeats the edge pixels (aaa\|abcd\|ddd)" |
*
* @param {Aug_Fill_NearestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_nearest: ((inputs?: Aug_Fill_NearestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Fill_NearestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "mirrors the image (cba\|abcd\|dcb)" |
*
* @param {Aug_Fill_ReflectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_reflect: ((inputs?: Aug_Fill_ReflectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Fill_ReflectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fill value" |
*
* @param {Aug_Fill_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_value: ((inputs?: Aug_Fill_ValueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Fill_ValueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "repeats the image (abc\|abcd\|bcd: scipy overlaps the ends)" |
*
* @param {Aug_Fill_WrapInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_wrap: ((inputs?: Aug_Fill_WrapInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Fill_WrapInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "flip left-right" |
*
* @param {Aug_Flip_LrInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_flip_lr: ((inputs?: Aug_Flip_LrInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Flip_LrInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "flip upside down" |
*
* @param {Aug_Flip_UdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_flip_ud: ((inputs?: Aug_Flip_UdInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Flip_UdInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "height shift" |
*
* @param {Aug_Height_ShiftInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_height_shift: ((inputs?: Aug_Height_ShiftInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Height_ShiftInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fraction of the height (< 1) or pixels; Keras moves the image sideways for it" |
*
* @param {Aug_Height_Shift_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_height_shift_help: ((inputs?: Aug_Height_Shift_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Height_Shift_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Augmentation settings" |
*
* @param {Aug_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_label: ((inputs?: Aug_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Augmentation transforms images; {title} examples are {shape}, so it does not apply here." |
*
* @param {Aug_Not_ImagesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_not_images: ((inputs: Aug_Not_ImagesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Not_ImagesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "augment the training images" |
*
* @param {Aug_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_on: ((inputs?: Aug_OnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_OnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "rotation°" |
*
* @param {Aug_RotationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_rotation: ((inputs?: Aug_RotationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_RotationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a random angle in ±r degrees" |
*
* @param {Aug_Rotation_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_rotation_help: ((inputs?: Aug_Rotation_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Rotation_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shear°" |
*
* @param {Aug_ShearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_shear: ((inputs?: Aug_ShearInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_ShearInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a random shear angle in ±s degrees" |
*
* @param {Aug_Shear_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_shear_help: ((inputs?: Aug_Shear_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Shear_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Augmentation" |
*
* @param {Aug_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_title: ((inputs?: Aug_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Turn augmentation off" |
*
* @param {Aug_Turn_OffInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_turn_off: ((inputs?: Aug_Turn_OffInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Turn_OffInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "width shift" |
*
* @param {Aug_Width_ShiftInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_width_shift: ((inputs?: Aug_Width_ShiftInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Width_ShiftInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fraction of the width (< 1) or pixels; Keras moves the image up and down for it" |
*
* @param {Aug_Width_Shift_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_width_shift_help: ((inputs?: Aug_Width_Shift_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Width_Shift_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "zoom" |
*
* @param {Aug_ZoomInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_zoom: ((inputs?: Aug_ZoomInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_ZoomInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "scale by 1 ± z, each axis on its own" |
*
* @param {Aug_Zoom_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_zoom_help: ((inputs?: Aug_Zoom_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Aug_Zoom_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Another sample" |
*
* @param {Augpreview_AnotherInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_another: ((inputs?: Augpreview_AnotherInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Augpreview_AnotherInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "augmented" |
*
* @param {Augpreview_AugmentedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_augmented: ((inputs?: Augpreview_AugmentedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Augpreview_AugmentedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Original, then augmented versions" |
*
* @param {Augpreview_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_hint: ((inputs?: Augpreview_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Augpreview_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Augmentation preview" |
*
* @param {Augpreview_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_label: ((inputs?: Augpreview_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Augpreview_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Loading the first training images…" |
*
* @param {Augpreview_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_loading: ((inputs?: Augpreview_LoadingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Augpreview_LoadingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "original" |
*
* @param {Augpreview_OriginalInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_original: ((inputs?: Augpreview_OriginalInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Augpreview_OriginalInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Browser host" |
*
* @param {Badge_BrowserInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_browser: ((inputs?: Badge_BrowserInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_BrowserInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Checking the compute backend…" |
*
* @param {Badge_CheckingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_checking: ((inputs?: Badge_CheckingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_CheckingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Desktop app" |
*
* @param {Badge_DesktopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_desktop: ((inputs?: Badge_DesktopInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_DesktopInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Faster options not used:" |
*
* @param {Badge_Faster_Not_UsedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_faster_not_used: ((inputs?: Badge_Faster_Not_UsedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_Faster_Not_UsedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This is the fastest backend LayerLab knows." |
*
* @param {Badge_FastestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_fastest: ((inputs?: Badge_FastestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_FastestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "GPU found: {name}" |
*
* @param {Badge_Gpu_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_gpu_found: ((inputs: Badge_Gpu_FoundInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_Gpu_FoundInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name}, a software adapter (it runs on the CPU)" |
*
* @param {Badge_Gpu_SoftwareInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_gpu_software: ((inputs: Badge_Gpu_SoftwareInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_Gpu_SoftwareInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Reconnecting to the LayerLab server…" |
*
* @param {Badge_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_reconnecting: ((inputs?: Badge_ReconnectingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_ReconnectingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Trains on {backend}: the compute backend the trainer uses" |
*
* @param {Badge_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_title: ((inputs: Badge_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Trains on" |
*
* @param {Badge_Trains_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_trains_on: ((inputs?: Badge_Trains_OnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Badge_Trains_OnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Classes" |
*
* @param {Boundary_ClassesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_classes: ((inputs?: Boundary_ClassesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Boundary_ClassesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "pale: the model hesitates · strong: it is sure" |
*
* @param {Boundary_KeyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_key: ((inputs?: Boundary_KeyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Boundary_KeyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Decision boundary" |
*
* @param {Boundary_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_label: ((inputs?: Boundary_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Boundary_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The decision boundary is drawn for models that take 2 inputs (the generated 2-D sets, a 2-column CSV); tick such a run to see it." |
*
* @param {Boundary_None_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_none_tick: ((inputs?: Boundary_None_TickInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Boundary_None_TickInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The decision boundary is drawn for models that take 2 inputs (the generated 2-D sets, a 2-column CSV); no ticked run has one." |
*
* @param {Boundary_None_TickedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_none_ticked: ((inputs?: Boundary_None_TickedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Boundary_None_TickedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Decision boundary of {name} at epoch {epoch}: the predicted class over the input plane, with the training points" |
*
* @param {Boundary_Plot_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_plot_label: ((inputs: Boundary_Plot_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Boundary_Plot_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {CancelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cancel: ((inputs?: CancelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<CancelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Drag layers here from the palette, or pick one of the {key}." |
*
* @param {Canvas_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const canvas_empty: ((inputs: Canvas_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Canvas_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Model graph. Arrow keys move between layers, Delete removes, Alt+arrows reorder." |
*
* @param {Canvas_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const canvas_label: ((inputs?: Canvas_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Canvas_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} layer" |
* | * | "{count} layers" |
*
* @param {Canvas_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const canvas_layers: ((inputs: Canvas_LayersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Canvas_LayersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "parameter" |
* | * | "parameters" |
*
* @param {Canvas_ParametersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const canvas_parameters: ((inputs: Canvas_ParametersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Canvas_ParametersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the model's layers and connections" |
*
* @param {Canvas_StructureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const canvas_structure: ((inputs?: Canvas_StructureInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Canvas_StructureInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Accuracy" |
*
* @param {Chart_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_accuracy: ((inputs?: Chart_AccuracyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_AccuracyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "epoch" |
*
* @param {Chart_Axis_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_axis_epoch: ((inputs?: Chart_Axis_EpochInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Axis_EpochInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Boundary" |
*
* @param {Chart_BoundaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_boundary: ((inputs?: Chart_BoundaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_BoundaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Training curves; the numbers are in the runs list." |
*
* @param {Chart_Canvas_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_canvas_fallback: ((inputs?: Chart_Canvas_FallbackInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Canvas_FallbackInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{title} per epoch: training solid, validation dashed" |
*
* @param {Chart_Canvas_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_canvas_label: ((inputs: Chart_Canvas_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Canvas_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Press {key} to watch the training and validation curves, or tick runs in the list to compare them." |
*
* @param {Chart_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_empty: ((inputs: Chart_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Enlarge" |
*
* @param {Chart_EnlargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_enlarge: ((inputs?: Chart_EnlargeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_EnlargeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Enlarge the {title} chart" |
*
* @param {Chart_Enlarge_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_enlarge_label: ((inputs: Chart_Enlarge_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Enlarge_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show this chart over most of the window" |
*
* @param {Chart_Enlarge_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_enlarge_title: ((inputs?: Chart_Enlarge_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Enlarge_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{title} chart, enlarged" |
*
* @param {Chart_EnlargedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_enlarged: ((inputs: Chart_EnlargedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_EnlargedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "best epoch (lowest val_loss)" |
*
* @param {Chart_Export_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_export_best: ((inputs?: Chart_Export_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Export_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Chart_Export_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_export_early_stopping: ((inputs?: Chart_Export_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Export_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "L1/L2 penalty (lines above: data loss)" |
*
* @param {Chart_Export_PenaltyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_export_penalty: ((inputs?: Chart_Export_PenaltyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Export_PenaltyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Inside:" |
*
* @param {Chart_InsideInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_inside: ((inputs?: Chart_InsideInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_InsideInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "best val_loss" |
*
* @param {Chart_Key_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_key_best: ((inputs?: Chart_Key_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Key_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "penalty" |
*
* @param {Chart_Key_PenaltyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_key_penalty: ((inputs?: Chart_Key_PenaltyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Key_PenaltyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "training" |
*
* @param {Chart_Key_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_key_training: ((inputs?: Chart_Key_TrainingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Key_TrainingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "validation" |
*
* @param {Chart_Key_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_key_validation: ((inputs?: Chart_Key_ValidationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Key_ValidationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Legend" |
*
* @param {Chart_LegendInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_legend: ((inputs?: Chart_LegendInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_LegendInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Log scale" |
*
* @param {Chart_LogInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_log: ((inputs?: Chart_LogInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_LogInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The loss on a logarithmic axis" |
*
* @param {Chart_Log_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_log_title: ((inputs?: Chart_Log_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Log_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Loss" |
*
* @param {Chart_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_loss: ((inputs?: Chart_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No run here has an L1/L2 penalty: the data loss is the whole loss." |
*
* @param {Chart_No_PenaltyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_no_penalty: ((inputs?: Chart_No_PenaltyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_No_PenaltyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lines: data loss. Dotted: the L1/L2 penalty, which Keras' loss and val_loss include." |
*
* @param {Chart_Penalty_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_penalty_note: ((inputs?: Chart_Penalty_NoteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Penalty_NoteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save this chart as a PNG image for a report (1600 px wide, with title and legend)" |
*
* @param {Chart_Png_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_png_title: ((inputs?: Chart_Png_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Png_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Predictions" |
*
* @param {Chart_PredictionsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_predictions: ((inputs?: Chart_PredictionsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_PredictionsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Training curves" |
*
* @param {Chart_SectionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_section: ((inputs?: Chart_SectionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_SectionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Split the penalty" |
*
* @param {Chart_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_split: ((inputs?: Chart_SplitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_SplitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Draw the loss without the L1/L2 penalty (solid and dashed) and the penalty alone (dotted)" |
*
* @param {Chart_Split_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_split_title: ((inputs?: Chart_Split_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Split_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Validation only" |
*
* @param {Chart_Validation_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_validation_only: ((inputs?: Chart_Validation_OnlyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Validation_OnlyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Hide the training curves" |
*
* @param {Chart_Validation_Only_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_validation_only_title: ((inputs?: Chart_Validation_Only_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Validation_Only_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Chart view" |
*
* @param {Chart_ViewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_view: ((inputs?: Chart_ViewInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_ViewInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Weights" |
*
* @param {Chart_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_weights: ((inputs?: Chart_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Accuracy" |
*
* @param {Class_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_accuracy: ((inputs?: Class_AccuracyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_AccuracyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Best val_accuracy" |
*
* @param {Class_Best_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_best_accuracy: ((inputs?: Class_Best_AccuracyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Best_AccuracyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Best val_loss" |
*
* @param {Class_Best_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_best_loss: ((inputs?: Class_Best_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Best_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "⚠ changed" |
*
* @param {Class_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_changed: ((inputs?: Class_ChangedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_ChangedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} with changed locks" |
*
* @param {Class_Changed_LocksInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_changed_locks: ((inputs: Class_Changed_LocksInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Changed_LocksInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "✓ Checks" |
*
* @param {Class_ChecksInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_checks: ((inputs?: Class_ChecksInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_ChecksInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Checks passed of the lab's checks" |
*
* @param {Class_Checks_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_checks_title: ((inputs?: Class_Checks_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Checks_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Class_ChooseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_choose: ((inputs?: Class_ChooseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_ChooseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Class_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_close: ((inputs?: Class_CloseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_CloseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Curve" |
*
* @param {Class_CurveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_curve: ((inputs?: Class_CurveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_CurveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Curve of {name}" |
*
* @param {Class_Curve_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_curve_of: ((inputs: Class_Curve_OfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Curve_OfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the folder your students' reports are in (each student saves one with Report → HTML or PDF). Each report is compared with the teacher's lab: a report ..." |
*
* @param {Class_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_empty: ((inputs?: Class_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Export CSV" |
*
* @param {Class_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_export_csv: ((inputs?: Class_Export_CsvInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Export_CsvInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Locks" |
*
* @param {Class_LocksInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks: ((inputs?: Class_LocksInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_LocksInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "ok" |
*
* @param {Class_Locks_OkInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks_ok: ((inputs?: Class_Locks_OkInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Locks_OkInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The locked parts are the lab's" |
*
* @param {Class_Locks_Ok_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks_ok_title: ((inputs?: Class_Locks_Ok_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Locks_Ok_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Whether the lab's locked parts were changed" |
*
* @param {Class_Locks_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks_title: ((inputs?: Class_Locks_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Locks_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No lab to compare with" |
*
* @param {Class_Locks_Unknown_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks_unknown_title: ((inputs?: Class_Locks_Unknown_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Locks_Unknown_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Loss" |
*
* @param {Class_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_loss: ((inputs?: Class_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Class_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_none: ((inputs?: Class_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "None" |
*
* @param {Class_None_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_none_button: ((inputs?: Class_None_ButtonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_None_ButtonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open report files…" |
*
* @param {Class_Open_FilesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_open_files: ((inputs?: Class_Open_FilesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Open_FilesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open a folder of reports…" |
*
* @param {Class_Open_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_open_folder: ((inputs?: Class_Open_FolderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Open_FolderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The open lab" |
*
* @param {Class_Open_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_open_lab: ((inputs?: Class_Open_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Open_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Class overview" |
*
* @param {Class_Overview_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_overview_title: ((inputs?: Class_Overview_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Overview_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Report" |
*
* @param {Class_ReportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_report: ((inputs?: Class_ReportInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_ReportInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Your steps, answers, checks, curves, model and runs in one file for your teacher" |
*
* @param {Class_Report_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_report_title: ((inputs?: Class_Report_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Report_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} reports" |
*
* @param {Class_ReportsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_reports: ((inputs: Class_ReportsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_ReportsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "1 report" |
*
* @param {Class_Reports_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_reports_one: ((inputs?: Class_Reports_OneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Reports_OneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The right choice" |
*
* @param {Class_Right_ChoiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_right_choice: ((inputs?: Class_Right_ChoiceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Right_ChoiceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Class_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_sign_out: ((inputs?: Class_Sign_OutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Sign_OutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Signed in as {student}" |
*
* @param {Class_Signed_In_AsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_signed_in_as: ((inputs: Class_Signed_In_AsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Signed_In_AsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Student" |
*
* @param {Class_StudentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_student: ((inputs?: Class_StudentInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_StudentInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Teacher's lab:" |
*
* @param {Class_Teacher_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_teacher_lab: ((inputs?: Class_Teacher_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Teacher_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Not the right choice" |
*
* @param {Class_Wrong_ChoiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_wrong_choice: ((inputs?: Class_Wrong_ChoiceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Class_Wrong_ChoiceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Downloaded {name} into {dir}" |
*
* @param {Cli_Datasets_DownloadedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_downloaded: ((inputs: Cli_Datasets_DownloadedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Datasets_DownloadedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "found in {dir}" |
*
* @param {Cli_Datasets_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_found: ((inputs: Cli_Datasets_FoundInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Datasets_FoundInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "missing: {hint}" |
*
* @param {Cli_Datasets_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_missing: ((inputs: Cli_Datasets_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Datasets_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Searched, in order: {dirs}" |
*
* @param {Cli_Datasets_SearchedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_searched: ((inputs: Cli_Datasets_SearchedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Datasets_SearchedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Synthetic sets (synthetic:spirals, moons, circles, xor) need no files." |
*
* @param {Cli_Datasets_SyntheticInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_synthetic: ((inputs?: Cli_Datasets_SyntheticInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Datasets_SyntheticInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "backend" |
*
* @param {Cli_Runs_BackendInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_backend: ((inputs?: Cli_Runs_BackendInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Runs_BackendInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "created" |
*
* @param {Cli_Runs_CreatedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_created: ((inputs?: Cli_Runs_CreatedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Runs_CreatedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "dataset" |
*
* @param {Cli_Runs_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_dataset: ((inputs?: Cli_Runs_DatasetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Runs_DatasetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No runs yet (store: {store}). Train one with: layerlab train LAB.layerlab.json" |
*
* @param {Cli_Runs_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_empty: ((inputs: Cli_Runs_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Runs_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "inside (first layer, last epoch)" |
*
* @param {Cli_Runs_InsideInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_inside: ((inputs?: Cli_Runs_InsideInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Runs_InsideInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "name" |
*
* @param {Cli_Runs_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_name: ((inputs?: Cli_Runs_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Runs_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "status" |
*
* @param {Cli_Runs_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_status: ((inputs?: Cli_Runs_StatusInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Runs_StatusInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Backend: {backend}." |
*
* @param {Cli_Train_BackendInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_backend: ((inputs: Cli_Train_BackendInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Train_BackendInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "; best val_loss {loss} at epoch {epoch}" |
*
* @param {Cli_Train_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_best: ((inputs: Cli_Train_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Train_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run {run} '{name}' {status}{how} after {epochs} epochs{best}." |
*
* @param {Cli_Train_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_done: ((inputs: Cli_Train_DoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Train_DoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "(early stopping after epoch {epoch})" |
*
* @param {Cli_Train_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_early_stopped: ((inputs: Cli_Train_Early_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Train_Early_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | epochsPlural | output |
* | --- | --- |
* | "one" | "Training '{name}' on {dataset}: {train} training and {val} validation examples, {epochs} epoch." |
* | * | "Training '{name}' on {dataset}: {train} training and {val} validation examples, {epochs} epochs." |
*
* @param {Cli_Train_StartedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_started: ((inputs: Cli_Train_StartedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Train_StartedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Stopping after this batch (Ctrl-C again to quit at once)..." |
*
* @param {Cli_Train_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_stopping: ((inputs?: Cli_Train_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Train_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Arguments:" |
*
* @param {Clihelp_ArgumentsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_arguments: ((inputs?: Clihelp_ArgumentsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_ArgumentsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Measure training speed and memory: stock TensorFlow.js against the LayerLab engine." |
*
* @param {Clihelp_BenchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_bench: ((inputs?: Clihelp_BenchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_BenchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Evaluate a guided lab's checks on the stored runs (--walk: train it step by step first)." |
*
* @param {Clihelp_CheckInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_check: ((inputs?: Clihelp_CheckInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_CheckInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The class overview of a folder of reports: one row per student." |
*
* @param {Clihelp_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_class: ((inputs?: Clihelp_ClassInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_ClassInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Commands:" |
*
* @param {Clihelp_CommandsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_commands: ((inputs?: Clihelp_CommandsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_CommandsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "List the built-in datasets and where they were found." |
*
* @param {Clihelp_DatasetsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_datasets: ((inputs?: Clihelp_DatasetsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_DatasetsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Score a run's trained model (or a Keras .keras/.h5 file) on a dataset's test set, as model.evaluate does." |
*
* @param {Clihelp_EvaluateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_evaluate: ((inputs?: Clihelp_EvaluateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_EvaluateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Export a stored run's trained model or training history, or a lab as a Keras script." |
*
* @param {Clihelp_ExportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_export: ((inputs?: Clihelp_ExportInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_ExportInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run a lab's hyperparameter grid with cross-validation (resumes an unfinished one)." |
*
* @param {Clihelp_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_grid: ((inputs?: Clihelp_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "List the stored grids." |
*
* @param {Clihelp_GridsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_grids: ((inputs?: Clihelp_GridsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_GridsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "display help for command" |
*
* @param {Clihelp_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_help: ((inputs?: Clihelp_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Turn Keras code (a .py file) into a lab file." |
*
* @param {Clihelp_ImportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_import: ((inputs?: Clihelp_ImportInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_ImportInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show what a run recorded inside its model at an epoch: weights (sparsity, norms, histogram), activations, confusion matrix, most confident mistakes." |
*
* @param {Clihelp_InspectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_inspect: ((inputs?: Clihelp_InspectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_InspectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "List the library of guided labs, by topic, with their expected minutes." |
*
* @param {Clihelp_LabsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_labs: ((inputs?: Clihelp_LabsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_LabsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the language of the human output: en, zh-Hans, zh-Hant (--json stays English)" |
*
* @param {Clihelp_LangInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_lang: ((inputs?: Clihelp_LangInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_LangInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Options:" |
*
* @param {Clihelp_OptionsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_options: ((inputs?: Clihelp_OptionsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_OptionsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Build, train and compare neural networks; watch them overfit." |
*
* @param {Clihelp_ProgramInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_program: ((inputs?: Clihelp_ProgramInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_ProgramInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Write a guided lab's report (steps, answers, checks, curves, model, runs)." |
*
* @param {Clihelp_ReportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_report: ((inputs?: Clihelp_ReportInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_ReportInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "List the stored runs (newest first)." |
*
* @param {Clihelp_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_runs: ((inputs?: Clihelp_RunsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_RunsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Serve the app to a browser on this machine (127.0.0.1, with an access token)." |
*
* @param {Clihelp_ServeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_serve: ((inputs?: Clihelp_ServeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_ServeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Start the desktop app (or, without Electron, the browser host)." |
*
* @param {Clihelp_StartInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_start: ((inputs?: Clihelp_StartInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_StartInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Look after the run store." |
*
* @param {Clihelp_StoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_store: ((inputs?: Clihelp_StoreInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_StoreInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Train a lab (or a Keras model JSON on a dataset) and store the run." |
*
* @param {Clihelp_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_train: ((inputs?: Clihelp_TrainInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_TrainInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Usage:" |
*
* @param {Clihelp_UsageInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_usage: ((inputs?: Clihelp_UsageInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_UsageInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "output the version number" |
*
* @param {Clihelp_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_version: ((inputs?: Clihelp_VersionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_VersionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Join a pool of workers on a Redis server and train a grid's folds for the teacher." |
*
* @param {Clihelp_WorkerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_worker: ((inputs?: Clihelp_WorkerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Clihelp_WorkerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Close" |
*
* @param {CloseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const close: ((inputs?: CloseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<CloseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Copied" |
*
* @param {Code_CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_copied: ((inputs?: Code_CopiedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_CopiedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Copy" |
*
* @param {Code_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_copy: ((inputs?: Code_CopyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_CopyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Copy failed: select the code and copy it" |
*
* @param {Code_Copy_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_copy_failed: ((inputs?: Code_Copy_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_Copy_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Copy the whole script" |
*
* @param {Code_Copy_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_copy_title: ((inputs?: Code_Copy_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_Copy_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Download the script as a .py file" |
*
* @param {Code_Download_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_download_title: ((inputs?: Code_Download_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_Download_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras code of this lab" |
*
* @param {Code_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_label: ((inputs?: Code_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras 3 script" |
*
* @param {Code_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_title: ((inputs?: Code_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Updating…" |
*
* @param {Code_UpdatingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_updating: ((inputs?: Code_UpdatingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_UpdatingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "What the script cannot say exactly" |
*
* @param {Code_WarningsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_warnings: ((inputs?: Code_WarningsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_WarningsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Writing the script…" |
*
* @param {Code_WritingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_writing: ((inputs?: Code_WritingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Code_WritingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Confusion matrix of the validation data." |
*
* @param {Confusion_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const confusion_fallback: ((inputs?: Confusion_FallbackInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Confusion_FallbackInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Confusion matrix: true classes down, predicted classes across; the totals are beside it" |
*
* @param {Confusion_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const confusion_label: ((inputs?: Confusion_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Confusion_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "baseline" |
*
* @param {Curves_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_baseline: ((inputs?: Curves_BaselineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_BaselineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} examples, {percent}% of true {truth}" |
*
* @param {Curves_Confusion_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_confusion_label: ((inputs: Curves_Confusion_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Confusion_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "true {truth}, predicted {predicted}" |
*
* @param {Curves_Confusion_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_confusion_title: ((inputs: Curves_Confusion_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Confusion_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: {percent}% dead" |
*
* @param {Curves_Dead_TooltipInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_dead_tooltip: ((inputs: Curves_Dead_TooltipInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Dead_TooltipInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stop" |
*
* @param {Curves_Early_StopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_early_stop: ((inputs?: Curves_Early_StopInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Early_StopInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "across" |
*
* @param {Curves_Heat_AcrossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_across: ((inputs?: Curves_Heat_AcrossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_AcrossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "; ★ best" |
*
* @param {Curves_Heat_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_best: ((inputs?: Curves_Heat_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "better" |
*
* @param {Curves_Heat_BetterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_better: ((inputs?: Curves_Heat_BetterInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_BetterInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "mean {metric} of {folds} folds, ± std" |
*
* @param {Curves_Heat_Caption_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_caption_folds: ((inputs: Curves_Heat_Caption_FoldsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_Caption_FoldsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} on the holdout split" |
*
* @param {Curves_Heat_Caption_HoldoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_caption_holdout: ((inputs: Curves_Heat_Caption_HoldoutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_Caption_HoldoutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Other settings held at the best: {settings}" |
*
* @param {Curves_Heat_FixedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_fixed: ((inputs: Curves_Heat_FixedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_FixedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "mean {metric} {score} {std} over {folds} folds" |
*
* @param {Curves_Heat_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_folds: ((inputs: Curves_Heat_FoldsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_FoldsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} {score} on the holdout split" |
*
* @param {Curves_Heat_HoldoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_holdout: ((inputs: Curves_Heat_HoldoutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_HoldoutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "not finished yet" |
*
* @param {Curves_Heat_UnfinishedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_unfinished: ((inputs?: Curves_Heat_UnfinishedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_UnfinishedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "up" |
*
* @param {Curves_Heat_UpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_up: ((inputs?: Curves_Heat_UpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_UpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "worse" |
*
* @param {Curves_Heat_WorseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_worse: ((inputs?: Curves_Heat_WorseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Heat_WorseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "input {index}" |
*
* @param {Curves_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_input: ((inputs: Curves_InputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_InputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "predicted" |
*
* @param {Curves_PredictedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_predicted: ((inputs?: Curves_PredictedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_PredictedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: mean {mean}, std {std}" |
*
* @param {Curves_Spread_TooltipInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_spread_tooltip: ((inputs: Curves_Spread_TooltipInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Spread_TooltipInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "true" |
*
* @param {Curves_TrueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_true: ((inputs?: Curves_TrueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_TrueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "w from {value}" |
*
* @param {Curves_Weight_FromInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_weight_from: ((inputs: Curves_Weight_FromInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Curves_Weight_FromInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "examples" |
*
* @param {Dataset_ExamplesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_examples: ((inputs?: Dataset_ExamplesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_ExamplesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A file or folder…" |
*
* @param {Dataset_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_file: ((inputs?: Dataset_FileInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_FileInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} (generated)" |
*
* @param {Dataset_GeneratedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_generated: ((inputs: Dataset_GeneratedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_GeneratedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "IMDB reviews" |
*
* @param {Dataset_ImdbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_imdb: ((inputs?: Dataset_ImdbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_ImdbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{title}: {train} training and {test} test examples of {shape}, {classes} classes." |
*
* @param {Dataset_InfoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_info: ((inputs: Dataset_InfoInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_InfoInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Loading the dataset description…" |
*
* @param {Dataset_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_loading: ((inputs?: Dataset_LoadingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_LoadingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "MNIST digits" |
*
* @param {Dataset_MnistInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_mnist: ((inputs?: Dataset_MnistInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_MnistInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "noise" |
*
* @param {Dataset_NoiseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_noise: ((inputs?: Dataset_NoiseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_NoiseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "most frequent words kept (num_words)" |
*
* @param {Dataset_Num_WordsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_num_words: ((inputs?: Dataset_Num_WordsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_Num_WordsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Path on the computer (CSV, .npz, or a folder of class folders)" |
*
* @param {Dataset_Path_ComputerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_path_computer: ((inputs?: Dataset_Path_ComputerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_Path_ComputerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Path on the server (CSV, .npz, or a folder of class folders)" |
*
* @param {Dataset_Path_ServerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_path_server: ((inputs?: Dataset_Path_ServerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_Path_ServerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Set the Input layer to {shape}" |
*
* @param {Dataset_Set_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_set_input: ((inputs: Dataset_Set_InputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_Set_InputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Dataset" |
*
* @param {Dataset_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_title: ((inputs?: Dataset_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dataset_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "augmentation" |
*
* @param {Describe_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_augmentation: ((inputs?: Describe_AugmentationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_AugmentationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "batch {size}" |
*
* @param {Describe_BatchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_batch: ((inputs: Describe_BatchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_BatchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping (patience {patience})" |
*
* @param {Describe_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_early_stopping: ((inputs: Describe_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} epoch" |
* | * | "{count} epochs" |
*
* @param {Describe_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_epochs: ((inputs: Describe_EpochsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_EpochsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fold {fold} of {folds}" |
*
* @param {Describe_FoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_fold: ((inputs: Describe_FoldInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_FoldInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "label smoothing {value}" |
*
* @param {Describe_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_label_smoothing: ((inputs: Describe_Label_SmoothingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_Label_SmoothingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no shuffling" |
*
* @param {Describe_No_ShufflingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_no_shuffling: ((inputs?: Describe_No_ShufflingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_No_ShufflingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no validation" |
*
* @param {Describe_No_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_no_validation: ((inputs?: Describe_No_ValidationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_No_ValidationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "seed {seed}" |
*
* @param {Describe_SeedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_seed: ((inputs: Describe_SeedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_SeedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "," |
*
* @param {Describe_SeparatorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_separator: ((inputs?: Describe_SeparatorInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_SeparatorInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Describe_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_shuffled_labels: ((inputs?: Describe_Shuffled_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_Shuffled_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "subset {count}" |
*
* @param {Describe_SubsetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_subset: ((inputs: Describe_SubsetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_SubsetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "validation {percent}%" |
*
* @param {Describe_Validation_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_validation_split: ((inputs: Describe_Validation_SplitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_Validation_SplitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "validation on the test set" |
*
* @param {Describe_Validation_TestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_validation_test: ((inputs?: Describe_Validation_TestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Describe_Validation_TestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Circles" |
*
* @param {Dstext_CirclesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_circles: ((inputs?: Dstext_CirclesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_CirclesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Fashion-MNIST clothing images" |
*
* @param {Dstext_Fashion_MnistInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_fashion_mnist: ((inputs?: Dstext_Fashion_MnistInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_Fashion_MnistInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Put {files} (gzipped or not) in {folder}, or run `layerlab datasets --download {name}` when online." |
*
* @param {Dstext_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_hint: ((inputs: Dstext_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "On Debian or Ubuntu, `apt-get install {apt}` installs them." |
*
* @param {Dstext_Hint_AptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_hint_apt: ((inputs: Dstext_Hint_AptInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_Hint_AptInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Put {files} (or its unpacked aclImdb/ folder) in {folder}, or run `layerlab datasets --download imdb` when online." |
*
* @param {Dstext_Hint_ImdbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_hint_imdb: ((inputs: Dstext_Hint_ImdbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_Hint_ImdbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "IMDB movie reviews" |
*
* @param {Dstext_ImdbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_imdb: ((inputs?: Dstext_ImdbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_ImdbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "MNIST handwritten digits" |
*
* @param {Dstext_MnistInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_mnist: ((inputs?: Dstext_MnistInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_MnistInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Moons" |
*
* @param {Dstext_MoonsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_moons: ((inputs?: Dstext_MoonsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_MoonsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Spirals" |
*
* @param {Dstext_SpiralsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_spirals: ((inputs?: Dstext_SpiralsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_SpiralsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} ({arms} arms, {samples} points, noise {noise}, seed {seed})" |
*
* @param {Dstext_Spirals_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_spirals_title: ((inputs: Dstext_Spirals_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_Spirals_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} ({samples} points, noise {noise}, seed {seed})" |
*
* @param {Dstext_Synthetic_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_synthetic_title: ((inputs: Dstext_Synthetic_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dstext_Synthetic_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{min} min {s} s" |
*
* @param {Duration_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const duration_minutes: ((inputs: Duration_MinutesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Duration_MinutesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{s} s" |
*
* @param {Duration_SecondsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const duration_seconds: ((inputs: Duration_SecondsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Duration_SecondsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Image augmentation needs images, but {title} examples are {shape}; turn augmentation off for this dataset." |
*
* @param {Error_Augment_Needs_ImagesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_augment_needs_images: ((inputs: Error_Augment_Needs_ImagesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Augment_Needs_ImagesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Augmentation works on images, but {dataset} examples are {shape}; choose an image dataset to preview it." |
*
* @param {Error_Augment_Not_ImagesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_augment_not_images: ((inputs: Error_Augment_Not_ImagesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Augment_Not_ImagesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No TensorFlow.js backend could start: {reasons}" |
*
* @param {Error_Backend_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_backend_none: ((inputs: Error_Backend_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Backend_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Unknown backend '{backend}': use one of {list} or auto." |
*
* @param {Error_Backend_UnknownInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_backend_unknown: ((inputs: Error_Backend_UnknownInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Backend_UnknownInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This model needs about {total} of memory to train ({params} parameters take {paramBytes} with their gradients and optimizer slots; one batch of {batch} takes..." |
*
* @param {Error_Budget_NeedsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_budget_needs: ((inputs: Error_Budget_NeedsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Budget_NeedsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{needs}, but only {free} is free now: close other programs or finish other runs, or use a smaller model or batch size." |
*
* @param {Error_Budget_Not_FreeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_budget_not_free: ((inputs: Error_Budget_Not_FreeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Budget_Not_FreeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{needs}, but LayerLab trains in at most half of this machine's {machine} ({cap}): use fewer units or filters, a smaller input, or a smaller batch size." |
*
* @param {Error_Budget_Over_HalfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_budget_over_half: ((inputs: Error_Budget_Over_HalfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Budget_Over_HalfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{title} ({name}) was not found in {searched}. {hint}" |
*
* @param {Error_Builtin_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_builtin_missing: ((inputs: Error_Builtin_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Builtin_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{title} ({name}) was not found in {searched}. {partial} {hint}" |
*
* @param {Error_Builtin_Missing_PartialInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_builtin_missing_partial: ((inputs: Error_Builtin_Missing_PartialInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Builtin_Missing_PartialInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no folders" |
*
* @param {Error_Builtin_No_FoldersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_builtin_no_folders: ((inputs?: Error_Builtin_No_FoldersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Builtin_No_FoldersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This grid is still running: stop it before deleting it." |
*
* @param {Error_Busy_Delete_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_busy_delete_grid: ((inputs?: Error_Busy_Delete_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Busy_Delete_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This run is still training: stop it before deleting it." |
*
* @param {Error_Busy_Delete_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_busy_delete_run: ((inputs?: Error_Busy_Delete_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Busy_Delete_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This grid is already running." |
*
* @param {Error_Busy_Grid_RunningInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_busy_grid_running: ((inputs?: Error_Busy_Grid_RunningInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Busy_Grid_RunningInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Runs are training: stop them before moving the run store aside." |
*
* @param {Error_Busy_Repair_StoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_busy_repair_store: ((inputs?: Error_Busy_Repair_StoreInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Busy_Repair_StoreInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--host '{host}' is not an address of this machine; give one of {list} (the lab network's), or 0.0.0.0 for every network it is on." |
*
* @param {Error_Class_HostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_class_host: ((inputs: Error_Class_HostInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Class_HostInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A class server trains on its own machine: students cannot connect a pool of workers." |
*
* @param {Error_Class_No_PoolInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_class_no_pool: ((inputs?: Error_Class_No_PoolInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Class_No_PoolInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{flag} is for a class server (add --class); a plain serve listens on 127.0.0.1 only." |
*
* @param {Error_Cli_Class_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_class_only: ((inputs: Error_Cli_Class_OnlyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Class_OnlyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--concurrency {concurrency} is more than 64." |
*
* @param {Error_Cli_ConcurrencyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_concurrency: ((inputs: Error_Cli_ConcurrencyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_ConcurrencyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{file}' is JSON, not Python; layerlab import reads Keras code saved as a .py file (train a lab or a Keras model JSON with layerlab train)." |
*
* @param {Error_Cli_Import_JsonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_import_json: ((inputs: Error_Cli_Import_JsonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Import_JsonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Give either a lab file or --model, not both." |
*
* @param {Error_Cli_Lab_And_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_lab_and_model: ((inputs?: Error_Cli_Lab_And_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Lab_And_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{arg}' is a lab file, which has no trained weights to export as {format}: train it (layerlab train {arg}) and export the run, or export the lab with --forma..." |
*
* @param {Error_Cli_Lab_No_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_lab_no_weights: ((inputs: Error_Cli_Lab_No_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Lab_No_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--lang {lang} is not a language LayerLab speaks: use one of {list}." |
*
* @param {Error_Cli_LangInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_lang: ((inputs: Error_Cli_LangInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_LangInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Give either a model file or --model, not both." |
*
* @param {Error_Cli_Model_File_And_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_model_file_and_model: ((inputs?: Error_Cli_Model_File_And_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Model_File_And_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The model is not valid: {issues}" |
*
* @param {Error_Cli_Model_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_model_invalid: ((inputs: Error_Cli_Model_InvalidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Model_InvalidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--model needs --dataset (for example --dataset mnist)." |
*
* @param {Error_Cli_Model_Needs_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_model_needs_dataset: ((inputs?: Error_Cli_Model_Needs_DatasetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Model_Needs_DatasetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is over {megabytes} MB; LayerLab imports smaller Keras models." |
*
* @param {Error_Cli_Model_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_model_too_large: ((inputs: Error_Cli_Model_Too_LargeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Model_Too_LargeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run '{name}' has no epoch {epoch}: it recorded epochs 0 to {last} (0 is before training); choose --epoch between 0 and {last}." |
*
* @param {Error_Cli_No_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_no_epoch: ((inputs: Error_Cli_No_EpochInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_No_EpochInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This lab has no grid: add a \"grid\" section to it, or give --sweep PATH=VALUES (for example --sweep layers.dropout.rate=0.3,0.5,0.7)." |
*
* @param {Error_Cli_No_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_no_grid: ((inputs?: Error_Cli_No_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_No_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run '{name}' recorded nothing inside its model (it was imported, failed before training, or was trained by an older LayerLab): train its lab again to inspect..." |
*
* @param {Error_Cli_No_InsightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_no_insights: ((inputs: Error_Cli_No_InsightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_No_InsightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{arg} is not a library lab with a quick version: leave out --quick." |
*
* @param {Error_Cli_No_QuickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_no_quick: ((inputs: Error_Cli_No_QuickInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_No_QuickInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No run matches '{arg}'. List the runs with: layerlab runs." |
*
* @param {Error_Cli_No_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_no_run: ((inputs: Error_Cli_No_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_No_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No run matches '{arg}'. List the runs with: layerlab runs (or give a .layerlab.json file)." |
*
* @param {Error_Cli_No_Run_Or_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_no_run_or_lab: ((inputs: Error_Cli_No_Run_Or_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_No_Run_Or_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No run matches '{arg}'. List the runs with: layerlab runs (or give a .keras or .h5 file)." |
*
* @param {Error_Cli_No_Run_Or_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_no_run_or_model: ((inputs: Error_Cli_No_Run_Or_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_No_Run_Or_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{arg} has no steps or checks: it is not a guided lab." |
*
* @param {Error_Cli_Not_GuidedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_not_guided: ((inputs: Error_Cli_Not_GuidedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Not_GuidedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--redis is for `layerlab serve`, not for a class server." |
*
* @param {Error_Cli_Redis_Not_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_redis_not_class: ((inputs?: Error_Cli_Redis_Not_ClassInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Redis_Not_ClassInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{dir} cannot be read as a folder: give the folder of report files." |
*
* @param {Error_Cli_Report_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_report_folder: ((inputs: Error_Cli_Report_FolderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Report_FolderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--format {format} is not a report format: use html or pdf." |
*
* @param {Error_Cli_Report_FormatInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_report_format: ((inputs: Error_Cli_Report_FormatInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Report_FormatInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run '{arg}' has no trained weights (it failed before its first result); train it again." |
*
* @param {Error_Cli_Run_No_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_run_no_weights: ((inputs: Error_Cli_Run_No_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Run_No_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--sweep '{text}' needs PATH=VALUES, like layers.dropout.rate=0.3,0.5,0.7 or training.learningRate=0.0001:0.1:4:log." |
*
* @param {Error_Cli_Sweep_SyntaxInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_sweep_syntax: ((inputs: Error_Cli_Sweep_SyntaxInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Sweep_SyntaxInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Give a lab file (layerlab train my.layerlab.json) or --model keras_model.json --dataset mnist." |
*
* @param {Error_Cli_Train_WhatInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_train_what: ((inputs?: Error_Cli_Train_WhatInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Train_WhatInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Invalid training setting: {issues}" |
*
* @param {Error_Cli_Training_SettingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_training_setting: ((inputs: Error_Cli_Training_SettingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Training_SettingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Unknown dataset '{value}': use mnist, fashion-mnist, imdb, synthetic:spirals\|moons\|circles\|xor, or a path to a CSV file, .npz file or image folder." |
*
* @param {Error_Cli_Unknown_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_unknown_dataset: ((inputs: Error_Cli_Unknown_DatasetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Unknown_DatasetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--validation '{value}' must be 'test', 'none' or a fraction between 0 and 1 (like 0.2)." |
*
* @param {Error_Cli_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_validation: ((inputs: Error_Cli_ValidationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_ValidationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "--name '{name}' is not a worker name: use up to 100 letters, digits, '.', '-', '_' or '@' (no spaces)." |
*
* @param {Error_Cli_Worker_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_cli_worker_name: ((inputs: Error_Cli_Worker_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Cli_Worker_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{context}: {sentence}" |
*
* @param {Error_ContextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_context: ((inputs: Error_ContextInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_ContextInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the label column{name}" |
*
* @param {Error_Csv_Label_ColumnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_label_column: ((inputs: Error_Csv_Label_ColumnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_Label_ColumnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has {width} columns (0..{last}), so there is no label column {column}. Pick another column." |
*
* @param {Error_Csv_No_Column_IndexInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_no_column_index: ((inputs: Error_Csv_No_Column_IndexInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_No_Column_IndexInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has no column named {column}; its columns are {columns}." |
*
* @param {Error_Csv_No_Column_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_no_column_name: ((inputs: Error_Csv_No_Column_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_No_Column_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has no header row, so the label column {column} cannot be found by name: give its 0-based index instead." |
*
* @param {Error_Csv_No_HeaderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_no_header: ((inputs: Error_Csv_No_HeaderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_No_HeaderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, row {line}, column {column}{name}: {value} is not a number. Every column except the label column must hold numbers; fix the cell or choose the label ..." |
*
* @param {Error_Csv_Not_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_not_number: ((inputs: Error_Csv_Not_NumberInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_Not_NumberInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has a single column; it needs feature columns and a label column, separated by commas." |
*
* @param {Error_Csv_One_ColumnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_one_column: ((inputs: Error_Csv_One_ColumnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_One_ColumnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, line {line}: {detail}. Fix the quoting." |
*
* @param {Error_Csv_QuotesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_quotes: ((inputs: Error_Csv_QuotesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_QuotesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "row {line}" |
*
* @param {Error_Csv_RowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_row: ((inputs: Error_Csv_RowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_RowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, row {line} has {cells} cells but {first} has {width}. Every row needs the same columns." |
*
* @param {Error_Csv_Row_WidthInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_row_width: ((inputs: Error_Csv_Row_WidthInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_Row_WidthInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the header" |
*
* @param {Error_Csv_The_HeaderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_csv_the_header: ((inputs?: Error_Csv_The_HeaderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Csv_The_HeaderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is damaged gzip data ({detail}): the download was probably cut short. Delete it and download it again." |
*
* @param {Error_Data_Bad_GzipInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_bad_gzip: ((inputs: Error_Data_Bad_GzipInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_Bad_GzipInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} cannot be read: permission denied. Check the file's permissions." |
*
* @param {Error_Data_DeniedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_denied: ((inputs: Error_Data_DeniedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_DeniedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is empty." |
*
* @param {Error_Data_Empty_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_empty_file: ((inputs: Error_Data_Empty_FileInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_Empty_FileInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is a folder, not a file." |
*
* @param {Error_Data_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_folder: ((inputs: Error_Data_FolderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_FolderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has a header but no rows: add one example per row under it." |
*
* @param {Error_Data_Header_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_header_only: ((inputs: Error_Data_Header_OnlyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_Header_OnlyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} inflates to more than {limit}, the most LayerLab reads from one gzip file: it is not the file it should be; delete it and download it again." |
*
* @param {Error_Data_InflatesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_inflates: ((inputs: Error_Data_InflatesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_InflatesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} does not exist: check the path." |
*
* @param {Error_Data_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_missing: ((inputs: Error_Data_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{dir} holds no class folders: put the images in one sub-folder per class, e.g. {example}." |
*
* @param {Error_Data_No_Class_FoldersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_no_class_folders: ((inputs: Error_Data_No_Class_FoldersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_No_Class_FoldersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{path}: a single .npy array holds no labels: save features and labels together with numpy.savez(path, x=..., y=...)." |
*
* @param {Error_Data_Npy_AloneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_npy_alone: ((inputs: Error_Data_Npy_AloneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_Npy_AloneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{folder} holds {found} but not {missing}." |
*
* @param {Error_Data_Partial_FilesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_partial_files: ((inputs: Error_Data_Partial_FilesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_Partial_FilesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{folder} has no {missing} folder." |
*
* @param {Error_Data_Partial_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_partial_folder: ((inputs: Error_Data_Partial_FolderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_Partial_FolderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{folder} has no {missing} folders." |
*
* @param {Error_Data_Partial_FoldersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_partial_folders: ((inputs: Error_Data_Partial_FoldersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_Partial_FoldersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{path}: LayerLab reads CSV files (.csv), NumPy archives (.npz) and folders of images." |
*
* @param {Error_Data_Unknown_KindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_unknown_kind: ((inputs: Error_Data_Unknown_KindInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_Unknown_KindInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} could not be read ({detail})." |
*
* @param {Error_Data_UnreadableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_data_unreadable: ((inputs: Error_Data_UnreadableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Data_UnreadableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lost the connection to the LayerLab server; is `layerlab serve` still running?" |
*
* @param {Error_DisconnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_disconnected: ((inputs?: Error_DisconnectedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_DisconnectedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Training diverged in epoch {epoch} (the loss became {loss}). The learning rate ({rate}) is probably too high: try a smaller one." |
*
* @param {Error_DivergedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_diverged: ((inputs: Error_DivergedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_DivergedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Checking the steps" |
*
* @param {Error_Doing_Check_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_check_steps: ((inputs?: Error_Doing_Check_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Check_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Deleting the grid" |
*
* @param {Error_Doing_Delete_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_delete_grid: ((inputs?: Error_Doing_Delete_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Delete_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Deleting the run" |
*
* @param {Error_Doing_Delete_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_delete_run: ((inputs?: Error_Doing_Delete_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Delete_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Evaluating on the test set" |
*
* @param {Error_Doing_EvaluateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_evaluate: ((inputs?: Error_Doing_EvaluateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_EvaluateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Listing grids" |
*
* @param {Error_Doing_List_GridsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_list_grids: ((inputs?: Error_Doing_List_GridsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_List_GridsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Listing labs" |
*
* @param {Error_Doing_List_LabsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_list_labs: ((inputs?: Error_Doing_List_LabsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_List_LabsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Listing the labs" |
*
* @param {Error_Doing_List_LibraryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_list_library: ((inputs?: Error_Doing_List_LibraryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_List_LibraryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Listing runs" |
*
* @param {Error_Doing_List_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_list_runs: ((inputs?: Error_Doing_List_RunsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_List_RunsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Loading the grid" |
*
* @param {Error_Doing_Load_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_load_grid: ((inputs?: Error_Doing_Load_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Load_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Loading the run" |
*
* @param {Error_Doing_Load_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_load_run: ((inputs?: Error_Doing_Load_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Load_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Opening the file" |
*
* @param {Error_Doing_Open_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_open_file: ((inputs?: Error_Doing_Open_FileInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Open_FileInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Opening the lab" |
*
* @param {Error_Doing_Open_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_open_lab: ((inputs?: Error_Doing_Open_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Open_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Opening {name}" |
*
* @param {Error_Doing_Open_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_open_named: ((inputs: Error_Doing_Open_NamedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Open_NamedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Renaming the run" |
*
* @param {Error_Doing_Rename_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_rename_run: ((inputs?: Error_Doing_Rename_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Rename_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Moving the damaged store aside" |
*
* @param {Error_Doing_Repair_StoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_repair_store: ((inputs?: Error_Doing_Repair_StoreInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Repair_StoreInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Saving the lab" |
*
* @param {Error_Doing_Save_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_save_lab: ((inputs?: Error_Doing_Save_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Save_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Starting the grid" |
*
* @param {Error_Doing_Start_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_start_grid: ((inputs?: Error_Doing_Start_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Start_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Starting training" |
*
* @param {Error_Doing_Start_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_start_training: ((inputs?: Error_Doing_Start_TrainingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Start_TrainingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Stopping the grid" |
*
* @param {Error_Doing_Stop_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_doing_stop_grid: ((inputs?: Error_Doing_Stop_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Doing_Stop_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Downloading {url} broke off ({detail}): try again. {byHand}" |
*
* @param {Error_Download_BrokeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_download_broke: ((inputs: Error_Download_BrokeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Download_BrokeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "You can also download it by hand and put it in {folder}." |
*
* @param {Error_Download_By_HandInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_download_by_hand: ((inputs: Error_Download_By_HandInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Download_By_HandInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Downloading {url} failed with HTTP {status}. {byHand}" |
*
* @param {Error_Download_HttpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_download_http: ((inputs: Error_Download_HttpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Download_HttpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The download of {url} has the md5 checksum {got}, not the expected {md5} ({received} bytes received), so it was not kept: try again. {byHand}" |
*
* @param {Error_Download_Md5Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_download_md5: ((inputs: Error_Download_Md5Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Download_Md5Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Cannot create {folder} ({detail}): pick another folder." |
*
* @param {Error_Download_MkdirInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_download_mkdir: ((inputs: Error_Download_MkdirInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Download_MkdirInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Could not reach {url} ({cause}): check that you are online. {byHand}" |
*
* @param {Error_Download_UnreachableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_download_unreachable: ((inputs: Error_Download_UnreachableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Download_UnreachableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Early stopping watches {monitor}, but this run has no validation data: choose a validation split or the test set, or monitor 'loss'." |
*
* @param {Error_Early_Stopping_No_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_early_stopping_no_validation: ((inputs: Error_Early_Stopping_No_ValidationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Early_Stopping_No_ValidationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{name}' is a lab, which has no training history to export as Training history (.csv): train it and export the run." |
*
* @param {Error_Export_No_HistoryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_export_no_history: ((inputs: Error_Export_No_HistoryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Export_No_HistoryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{name}' is a lab, which has no training history to export as Training history (.csv): train it (layerlab train {name}) and export the run." |
*
* @param {Error_Export_No_History_CliInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_export_no_history_cli: ((inputs: Error_Export_No_History_CliInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Export_No_History_CliInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This run has no trained weights to export as {format} (it failed before finishing an epoch); train it again, or export it as a Python script." |
*
* @param {Error_Export_No_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_export_no_weights: ((inputs: Error_Export_No_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Export_No_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not a text file (it holds binary data), so it is not {what}; check that it is the right file." |
*
* @param {Error_File_BinaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_file_binary: ((inputs: Error_File_BinaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_File_BinaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} does not exist." |
*
* @param {Error_File_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_file_missing: ((inputs: Error_File_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_File_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is over {megabytes} MB, far more than {what} holds; check that it is the right file." |
*
* @param {Error_File_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_file_too_large: ((inputs: Error_File_Too_LargeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_File_Too_LargeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Fold {index} does not exist in {folds}-fold cross-validation." |
*
* @param {Error_Fold_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fold_missing: ((inputs: Error_Fold_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fold_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{folds}-fold cross-validation needs at least {folds} examples, but there are {count}." |
*
* @param {Error_Fold_Too_FewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fold_too_few: ((inputs: Error_Fold_Too_FewInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fold_Too_FewInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "create the folder" |
*
* @param {Error_Fs_Action_MkdirInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_action_mkdir: ((inputs?: Error_Fs_Action_MkdirInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Action_MkdirInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "read" |
*
* @param {Error_Fs_Action_ReadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_action_read: ((inputs?: Error_Fs_Action_ReadInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Action_ReadInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "write" |
*
* @param {Error_Fs_Action_WriteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_action_write: ((inputs?: Error_Fs_Action_WriteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Action_WriteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "folders cannot be made in that place; choose another folder" |
*
* @param {Error_Fs_Cannot_MkdirInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_cannot_mkdir: ((inputs?: Error_Fs_Cannot_MkdirInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Cannot_MkdirInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the disk is full; free some space and try again" |
*
* @param {Error_Fs_Disk_FullInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_disk_full: ((inputs?: Error_Fs_Disk_FullInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Disk_FullInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a file is already there where a folder is needed" |
*
* @param {Error_Fs_ExistsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_exists: ((inputs?: Error_Fs_ExistsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_ExistsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Could not {action} {file}: {why}." |
*
* @param {Error_Fs_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_failed: ((inputs: Error_Fs_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "it is a folder, not a file; give a file name inside it" |
*
* @param {Error_Fs_Is_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_is_folder: ((inputs?: Error_Fs_Is_FolderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Is_FolderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "it is a loop of symbolic links" |
*
* @param {Error_Fs_LoopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_loop: ((inputs?: Error_Fs_LoopInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_LoopInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "it does not exist" |
*
* @param {Error_Fs_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_missing: ((inputs?: Error_Fs_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "its folder does not exist" |
*
* @param {Error_Fs_No_ParentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_no_parent: ((inputs?: Error_Fs_No_ParentInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_No_ParentInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a part of the path is a file, not a folder" |
*
* @param {Error_Fs_Not_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_not_folder: ((inputs?: Error_Fs_Not_FolderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Not_FolderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "permission denied; choose a folder you can write to" |
*
* @param {Error_Fs_PermissionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_permission: ((inputs?: Error_Fs_PermissionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_PermissionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "it is on a read-only file system; choose another folder" |
*
* @param {Error_Fs_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_read_only: ((inputs?: Error_Fs_Read_OnlyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Read_OnlyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the system said {detail}" |
*
* @param {Error_Fs_SystemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_system: ((inputs: Error_Fs_SystemInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_SystemInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the path is too long" |
*
* @param {Error_Fs_Too_LongInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_too_long: ((inputs?: Error_Fs_Too_LongInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Too_LongInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "too many files are open; close some programs and try again" |
*
* @param {Error_Fs_Too_Many_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_fs_too_many_open: ((inputs?: Error_Fs_Too_Many_OpenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Fs_Too_Many_OpenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This graph was saved by a newer LayerLab (format version {version}; this one reads up to {current}). Update LayerLab to open it." |
*
* @param {Error_Future_Version_GraphInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_future_version_graph: ((inputs: Error_Future_Version_GraphInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Future_Version_GraphInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This lab was saved by a newer LayerLab (format version {version}; this one reads up to {current}). Update LayerLab to open it." |
*
* @param {Error_Future_Version_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_future_version_lab: ((inputs: Error_Future_Version_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Future_Version_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The graph is not valid: {issues}." |
*
* @param {Error_Graph_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_graph_invalid: ((inputs: Error_Graph_InvalidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Graph_InvalidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A graph must be a JSON object with nodes and edges." |
*
* @param {Error_Graph_Not_ObjectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_graph_not_object: ((inputs?: Error_Graph_Not_ObjectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Graph_Not_ObjectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be at least {limit}" |
*
* @param {Error_Grid_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_at_least: ((inputs: Error_Grid_At_LeastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_At_LeastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be at most {limit}" |
*
* @param {Error_Grid_At_MostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_at_most: ((inputs: Error_Grid_At_MostInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_At_MostInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "training.augmentation takes true or false, not {value}." |
*
* @param {Error_Grid_BoolInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_bool: ((inputs: Error_Grid_BoolInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_BoolInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Invalid grid: {issues}." |
*
* @param {Error_Grid_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_invalid: ((inputs: Error_Grid_InvalidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_InvalidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}: {detail}" |
*
* @param {Error_Grid_Is_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_is_value: ((inputs: Error_Grid_Is_ValueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Is_ValueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be less than {limit}" |
*
* @param {Error_Grid_Less_ThanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_less_than: ((inputs: Error_Grid_Less_ThanInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Less_ThanInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be more than {limit}" |
*
* @param {Error_Grid_More_ThanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_more_than: ((inputs: Error_Grid_More_ThanInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_More_ThanInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The grid sweeps {param} of layer '{name}', but a {kind} layer has no such parameter." |
*
* @param {Error_Grid_No_ParamInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_no_param: ((inputs: Error_Grid_No_ParamInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_No_ParamInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The lab '{name}' has no grid: add a \"grid\" section (see docs/file-formats.md)." |
*
* @param {Error_Grid_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_none: ((inputs: Error_Grid_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "must be a number, not {value}" |
*
* @param {Error_Grid_Not_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_not_number: ((inputs: Error_Grid_Not_NumberInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Not_NumberInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The grid sweeps training.{key}, which cannot be swept; sweep one of {list}." |
*
* @param {Error_Grid_Not_SweepableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_not_sweepable: ((inputs: Error_Grid_Not_SweepableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Not_SweepableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "must be a whole number, not {value}" |
*
* @param {Error_Grid_Not_WholeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_not_whole: ((inputs: Error_Grid_Not_WholeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Not_WholeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{path} takes numbers, not {value}." |
*
* @param {Error_Grid_NumbersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_numbers: ((inputs: Error_Grid_NumbersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_NumbersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "training.optimizer takes {list}, not {value}." |
*
* @param {Error_Grid_OptimizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_optimizer: ((inputs: Error_Grid_OptimizerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_OptimizerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The refit of the best setting failed: {detail}" |
*
* @param {Error_Grid_Refit_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_refit_failed: ((inputs: Error_Grid_Refit_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Refit_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sweep a regularizer's strength as layers.{name}.{param}.l1 or .l2." |
*
* @param {Error_Grid_Regularizer_PathInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_regularizer_path: ((inputs: Error_Grid_Regularizer_PathInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Regularizer_PathInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "see its runs for why." |
*
* @param {Error_Grid_See_Its_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_see_its_runs: ((inputs?: Error_Grid_See_Its_RunsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_See_Its_RunsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "See their runs for why." |
*
* @param {Error_Grid_See_Their_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_see_their_runs: ((inputs?: Error_Grid_See_Their_RunsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_See_Their_RunsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The grid sweeps {path}, but {problem}." |
*
* @param {Error_Grid_SelectorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_selector: ((inputs: Error_Grid_SelectorInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_SelectorInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{path} {problem}." |
*
* @param {Error_Grid_SettingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_setting: ((inputs: Error_Grid_SettingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_SettingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{a} x {b}" |
*
* @param {Error_Grid_TimesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_times: ((inputs: Error_Grid_TimesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_TimesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The grid has {count} settings ({values}); LayerLab runs at most {max}: sweep fewer values, or use a random search." |
*
* @param {Error_Grid_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_too_many: ((inputs: Error_Grid_Too_ManyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Too_ManyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Trial {trial}: {detail}" |
*
* @param {Error_Grid_TrialInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_trial: ((inputs: Error_Grid_TrialInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_TrialInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Trial {trial} failed: {detail}" |
*
* @param {Error_Grid_Trial_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_trial_failed: ((inputs: Error_Grid_Trial_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Trial_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Trial {trial} makes the model invalid: {issue}" |
*
* @param {Error_Grid_Trial_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_trial_model: ((inputs: Error_Grid_Trial_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Trial_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Trial {trial} could not start: {detail}" |
*
* @param {Error_Grid_Trial_No_StartInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_trial_no_start: ((inputs: Error_Grid_Trial_No_StartInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Trial_No_StartInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Trial {trial} makes the training settings invalid: {path}: {issue}." |
*
* @param {Error_Grid_Trial_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_trial_training: ((inputs: Error_Grid_Trial_TrainingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Trial_TrainingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{failed} of {total} trials failed. {detail}" |
*
* @param {Error_Grid_Trials_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_trials_failed: ((inputs: Error_Grid_Trials_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Trials_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The grid sweeps {key} twice, in {other} and in {path}: remove one of the two sweeps, or untick {name} in one." |
*
* @param {Error_Grid_TwiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_twice: ((inputs: Error_Grid_TwiceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_TwiceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} values of {path}" |
*
* @param {Error_Grid_Values_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_grid_values_of: ((inputs: Error_Grid_Values_OfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Grid_Values_OfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{method} got invalid arguments: {issues}." |
*
* @param {Error_Host_Invalid_ArgumentsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_host_invalid_arguments: ((inputs: Error_Host_Invalid_ArgumentsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Host_Invalid_ArgumentsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{method}' is not a LayerLab method." |
*
* @param {Error_Host_Unknown_MethodInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_host_unknown_method: ((inputs: Error_Host_Unknown_MethodInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Host_Unknown_MethodInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has {extra} bytes more than the {what} its header announces. Download it again." |
*
* @param {Error_Idx_ExtraInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_extra: ((inputs: Error_Idx_ExtraInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_ExtraInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} images of {size}" |
*
* @param {Error_Idx_Images_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_images_of: ((inputs: Error_Idx_Images_OfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_Images_OfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} labels" |
*
* @param {Error_Idx_Labels_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_labels_of: ((inputs: Error_Idx_Labels_OfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_Labels_OfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} starts with the magic number {magic} instead of {expected}{why}. Replace it with the original file." |
*
* @param {Error_Idx_MagicInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_magic: ((inputs: Error_Idx_MagicInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_MagicInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | ", so it is not an IDX images file" |
*
* @param {Error_Idx_Not_ImagesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_not_images: ((inputs?: Error_Idx_Not_ImagesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_Not_ImagesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | ", so it is not an IDX labels file" |
*
* @param {Error_Idx_Not_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_not_labels: ((inputs?: Error_Idx_Not_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_Not_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | ": {magic} marks an IDX images file, so the file names are probably swapped" |
*
* @param {Error_Idx_Swapped_ImagesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_swapped_images: ((inputs: Error_Idx_Swapped_ImagesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_Swapped_ImagesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | ": {magic} marks an IDX labels file, so the file names are probably swapped" |
*
* @param {Error_Idx_Swapped_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_swapped_labels: ((inputs: Error_Idx_Swapped_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_Swapped_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is truncated: it holds {bytes} bytes, too few for an IDX header. Download it again." |
*
* @param {Error_Idx_Too_ShortInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_too_short: ((inputs: Error_Idx_Too_ShortInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_Too_ShortInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is truncated: its header announces {what} ({want} bytes) but it holds {bytes} bytes. Download it again." |
*
* @param {Error_Idx_TruncatedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_truncated: ((inputs: Error_Idx_TruncatedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_TruncatedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is truncated inside its header ({bytes} bytes). Download it again." |
*
* @param {Error_Idx_Truncated_HeaderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_idx_truncated_header: ((inputs: Error_Idx_Truncated_HeaderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Idx_Truncated_HeaderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{folder} holds no .png or .jpg images: add some or remove the folder." |
*
* @param {Error_Images_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_images_none: ((inputs: Error_Images_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Images_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is neither a PNG nor a JPEG image, whatever its name says: convert it or remove it." |
*
* @param {Error_Images_Not_ImageInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_images_not_image: ((inputs: Error_Images_Not_ImageInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Images_Not_ImageInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{dir} has the class folder {names}, which {train} lacks: the test classes must be training classes." |
*
* @param {Error_Images_Test_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_images_test_class: ((inputs: Error_Images_Test_ClassInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Images_Test_ClassInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{dir} has the class folders {names}, which {train} lacks: the test classes must be training classes." |
*
* @param {Error_Images_Test_ClassesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_images_test_classes: ((inputs: Error_Images_Test_ClassesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Images_Test_ClassesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is {size} pixels; LayerLab reads images of at most {max}: shrink it (every image is resized to the lab's image size anyway) or remove it." |
*
* @param {Error_Images_Too_BigInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_images_too_big: ((inputs: Error_Images_Too_BigInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Images_Too_BigInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{root} holds {count} images, {size} once resized to {shape}; LayerLab holds at most {cap} of images: use fewer images or a smaller image size." |
*
* @param {Error_Images_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_images_too_many: ((inputs: Error_Images_Too_ManyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Images_Too_ManyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} could not be decoded as {format} ({detail}): replace it or remove it." |
*
* @param {Error_Images_UndecodableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_images_undecodable: ((inputs: Error_Images_UndecodableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Images_UndecodableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} could not be read as a .tar.gz archive ({detail}) after {count} reviews: it is probably cut short. Delete it and download it again." |
*
* @param {Error_Imdb_ArchiveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_imdb_archive: ((inputs: Error_Imdb_ArchiveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Imdb_ArchiveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{folder} inside {source}" |
*
* @param {Error_Imdb_InsideInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_imdb_inside: ((inputs: Error_Imdb_InsideInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Imdb_InsideInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} holds no reviews: an IMDB copy needs the official layout {layout}. Download aclImdb_v1.tar.gz again." |
*
* @param {Error_Imdb_No_ReviewsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_imdb_no_reviews: ((inputs: Error_Imdb_No_ReviewsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Imdb_No_ReviewsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where}, step \"{step}\": {detail}" |
*
* @param {Error_In_StepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_in_step: ((inputs: Error_In_StepInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_In_StepInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where}: {detail}" |
*
* @param {Error_In_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_in_where: ((inputs: Error_In_WhereInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_In_WhereInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "LayerLab hit an internal error ({detail}); please report it with what you were doing." |
*
* @param {Error_InternalInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_internal: ((inputs: Error_InternalInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_InternalInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not valid JSON: {problem} at line {line}, column {column}." |
*
* @param {Error_Json_AtInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_json_at: ((inputs: Error_Json_AtInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Json_AtInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not valid JSON: it has a character JSON does not allow." |
*
* @param {Error_Json_CharacterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_json_character: ((inputs: Error_Json_CharacterInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Json_CharacterInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not valid JSON: it ends before the JSON does." |
*
* @param {Error_Json_EndsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_json_ends: ((inputs: Error_Json_EndsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Json_EndsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has the activation {value}, which LayerLab does not have; it would train as '{fallback}', another model. In Keras, use one of {list} and export again" |
*
* @param {Error_Keras_ActivationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_activation: ((inputs: Error_Keras_ActivationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_ActivationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has {key} {value}; expected {expected}" |
*
* @param {Error_Keras_Bad_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_bad_value: ((inputs: Error_Keras_Bad_ValueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Bad_ValueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} normalizes axis {axis}, which LayerLab does not model; it would normalize the last axis (the channels), another model. Use axis=-1 in Keras and expor..." |
*
* @param {Error_Keras_Batchnorm_AxisInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_batchnorm_axis: ((inputs: Error_Keras_Batchnorm_AxisInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Batchnorm_AxisInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a batch shape like [null, 28, 28, 1]" |
*
* @param {Error_Keras_Expected_Batch_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_expected_batch_shape: ((inputs?: Error_Keras_Expected_Batch_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Expected_Batch_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "true or false" |
*
* @param {Error_Keras_Expected_BoolInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_expected_bool: ((inputs?: Error_Keras_Expected_BoolInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Expected_BoolInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the input shape, like [null, 28, 28, 1]" |
*
* @param {Error_Keras_Expected_Input_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_expected_input_shape: ((inputs?: Error_Keras_Expected_Input_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Expected_Input_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a whole number" |
*
* @param {Error_Keras_Expected_IntInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_expected_int: ((inputs?: Error_Keras_Expected_IntInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Expected_IntInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a list of whole numbers" |
*
* @param {Error_Keras_Expected_Int_ListInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_expected_int_list: ((inputs?: Error_Keras_Expected_Int_ListInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Expected_Int_ListInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a number" |
*
* @param {Error_Keras_Expected_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_expected_number: ((inputs?: Error_Keras_Expected_NumberInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Expected_NumberInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a whole number or two, like 3 or [3, 3]" |
*
* @param {Error_Keras_Expected_PairInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_expected_pair: ((inputs?: Error_Keras_Expected_PairInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Expected_PairInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This model cannot be exported to Keras yet: {detail}" |
*
* @param {Error_Keras_Export_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_export_invalid: ((inputs: Error_Keras_Export_InvalidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Export_InvalidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "In {where}, {detail}." |
*
* @param {Error_Keras_InInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_in: ((inputs: Error_Keras_InInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_InInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "In {where}, {detail} (line {line})." |
*
* @param {Error_Keras_In_LineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_in_line: ((inputs: Error_Keras_In_LineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_In_LineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has an inbound node that names no layer" |
*
* @param {Error_Keras_Inbound_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_inbound_empty: ((inputs: Error_Keras_Inbound_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Inbound_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has inbound_nodes {value}; expected a list" |
*
* @param {Error_Keras_Inbound_Not_ListInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_inbound_not_list: ((inputs: Error_Keras_Inbound_Not_ListInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Inbound_Not_ListInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the InputLayer '{name}' is not the first layer of the Sequential model" |
*
* @param {Error_Keras_Input_Not_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_input_not_first: ((inputs: Error_Keras_Input_Not_FirstInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Input_Not_FirstInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}'" |
*
* @param {Error_Keras_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_layer: ((inputs: Error_Keras_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "layer '{name}'" |
*
* @param {Error_Keras_Layer_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_layer_named: ((inputs: Error_Keras_Layer_NamedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Layer_NamedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "layer number {number}" |
*
* @param {Error_Keras_Layer_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_layer_number: ((inputs: Error_Keras_Layer_NumberInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Layer_NumberInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the layers {names} feed each other in a loop; a Keras model cannot do that, so the file is damaged" |
*
* @param {Error_Keras_LoopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_loop: ((inputs: Error_Keras_LoopInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_LoopInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} merges several inputs, so it cannot sit in a Sequential model; save the model from the functional API instead" |
*
* @param {Error_Keras_Merge_In_SequentialInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_merge_in_sequential: ((inputs: Error_Keras_Merge_In_SequentialInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Merge_In_SequentialInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has {key} {value}, which LayerLab does not model; it would train with {uses} instead, another model. Remove the setting in Keras (or set it back to i..." |
*
* @param {Error_Keras_Needs_DefaultInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_needs_default: ((inputs: Error_Keras_Needs_DefaultInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Needs_DefaultInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "(a model nested inside the model; rebuild it as one flat model)" |
*
* @param {Error_Keras_Nested_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_nested_model: ((inputs?: Error_Keras_Nested_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Nested_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "layer {number} has no class_name" |
*
* @param {Error_Keras_No_Class_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_no_class_name: ((inputs: Error_Keras_No_Class_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_No_Class_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is a Sequential model without an input shape, so the size of each layer is unknown. In Keras, give the first layer input_shape=(...) or start with ke..." |
*
* @param {Error_Keras_No_Input_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_no_input_shape: ((inputs: Error_Keras_No_Input_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_No_Input_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} has no list of layers in its config." |
*
* @param {Error_Keras_No_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_no_layers: ((inputs: Error_Keras_No_LayersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_No_LayersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is a Sequential model with no layers." |
*
* @param {Error_Keras_No_Layers_SequentialInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_no_layers_sequential: ((inputs: Error_Keras_No_Layers_SequentialInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_No_Layers_SequentialInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not JSON ({detail}). Use the text that model.to_json() returns." |
*
* @param {Error_Keras_Not_JsonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_not_json: ((inputs: Error_Keras_Not_JsonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Not_JsonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not a Keras model: expected the object that model.to_json() writes, with a class_name and a config." |
*
* @param {Error_Keras_Not_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_not_model: ((inputs: Error_Keras_Not_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Not_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} holds a Keras {kind}, not a model; expected a Sequential or Functional model, as model.to_json() writes it." |
*
* @param {Error_Keras_Not_Model_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_not_model_class: ((inputs: Error_Keras_Not_Model_ClassInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Not_Model_ClassInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has padding {value}, which LayerLab does not have, and 'valid' would change the layer's output. Use 'valid' or 'same' in Keras and export again" |
*
* @param {Error_Keras_PaddingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_padding: ((inputs: Error_Keras_PaddingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_PaddingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the Keras code" |
*
* @param {Error_Keras_Place_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_place_code: ((inputs?: Error_Keras_Place_CodeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Place_CodeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The Keras code" |
*
* @param {Error_Keras_Place_Code_StartInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_place_code_start: ((inputs?: Error_Keras_Place_Code_StartInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Place_Code_StartInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the Keras model" |
*
* @param {Error_Keras_Place_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_place_model: ((inputs?: Error_Keras_Place_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Place_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The Keras model" |
*
* @param {Error_Keras_Place_Model_StartInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_place_model_start: ((inputs?: Error_Keras_Place_Model_StartInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Place_Model_StartInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} reads output {tensor} of call {node} of '{source}' (a shared layer or a layer with several outputs), which LayerLab cannot show" |
*
* @param {Error_Keras_Reads_Other_OutputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_reads_other_output: ((inputs: Error_Keras_Reads_Other_OutputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Reads_Other_OutputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has the {key} {value}, which LayerLab does not have, and training without it is another experiment. In Keras, use L1, L2 or L1L2 and export again" |
*
* @param {Error_Keras_RegularizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_regularizer: ((inputs: Error_Keras_RegularizerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_RegularizerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "two layers are named '{name}'; Keras names must be unique" |
*
* @param {Error_Keras_Same_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_same_name: ((inputs: Error_Keras_Same_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Same_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has the input shape {shape}, with a size that is not fixed; LayerLab needs every size (like [null, 28, 28, 1]). Give Keras a full input shape and exp..." |
*
* @param {Error_Keras_Shape_Not_FixedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_shape_not_fixed: ((inputs: Error_Keras_Shape_Not_FixedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Shape_Not_FixedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} is called {count} times (one layer shared by several branches), which LayerLab cannot show; give each branch its own layer in Keras and export again" |
*
* @param {Error_Keras_Shared_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_shared_layer: ((inputs: Error_Keras_Shared_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Shared_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{key} names '{name}', which is not a layer of the model" |
*
* @param {Error_Keras_Unknown_EndInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_unknown_end: ((inputs: Error_Keras_Unknown_EndInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Unknown_EndInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} takes its input from '{source}', which is not a layer of the model" |
*
* @param {Error_Keras_Unknown_SourceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_unknown_source: ((inputs: Error_Keras_Unknown_SourceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Unknown_SourceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} has the class {className}{nested}, which LayerLab does not support. LayerLab supports {supported}. Remove or replace that layer in Keras and export a..." |
*
* @param {Error_Keras_Unsupported_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_unsupported_class: ((inputs: Error_Keras_Unsupported_ClassInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Unsupported_ClassInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "channels_last (height, width, channels)" |
*
* @param {Error_Keras_Uses_Channels_LastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_channels_last: ((inputs?: Error_Keras_Uses_Channels_LastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_Channels_LastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a dilation rate of 1" |
*
* @param {Error_Keras_Uses_Dilation_1Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_dilation_1: ((inputs?: Error_Keras_Uses_Dilation_1Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_Dilation_1Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "groups=1 (an ordinary convolution)" |
*
* @param {Error_Keras_Uses_Groups_1Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_groups_1: ((inputs?: Error_Keras_Uses_Groups_1Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_Groups_1Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "keepdims=False (output [channels])" |
*
* @param {Error_Keras_Uses_KeepdimsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_keepdims: ((inputs?: Error_Keras_Uses_KeepdimsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_KeepdimsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no adjustment" |
*
* @param {Error_Keras_Uses_No_AdjustmentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_no_adjustment: ((inputs?: Error_Keras_Uses_No_AdjustmentInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_No_AdjustmentInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no constraint" |
*
* @param {Error_Keras_Uses_No_ConstraintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_no_constraint: ((inputs?: Error_Keras_Uses_No_ConstraintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_No_ConstraintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no LoRA" |
*
* @param {Error_Keras_Uses_No_LoraInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_no_lora: ((inputs?: Error_Keras_Uses_No_LoraInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_No_LoraInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no batch renormalization" |
*
* @param {Error_Keras_Uses_No_RenormInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_no_renorm: ((inputs?: Error_Keras_Uses_No_RenormInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_No_RenormInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Error_Keras_Uses_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_none: ((inputs?: Error_Keras_Uses_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "one random mask per value" |
*
* @param {Error_Keras_Uses_One_MaskInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_one_mask: ((inputs?: Error_Keras_Uses_One_MaskInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_One_MaskInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the whole batch" |
*
* @param {Error_Keras_Uses_Whole_BatchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_keras_uses_whole_batch: ((inputs?: Error_Keras_Uses_Whole_BatchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Keras_Uses_Whole_BatchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Give the lab a file name, like my-mlp." |
*
* @param {Error_Lab_No_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_lab_no_name: ((inputs?: Error_Lab_No_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Lab_No_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not a LayerLab lab: it must be a JSON object." |
*
* @param {Error_Lab_Not_ObjectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_lab_not_object: ((inputs: Error_Lab_Not_ObjectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Lab_Not_ObjectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} has invalid settings: {issues}." |
*
* @param {Error_Lab_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_lab_settings: ((inputs: Error_Lab_SettingsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Lab_SettingsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not a LayerLab lab (its \"format\" is {format}, expected \"{expected}\")." |
*
* @param {Error_Lab_Wrong_FormatInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_lab_wrong_format: ((inputs: Error_Lab_Wrong_FormatInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Lab_Wrong_FormatInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}: the label of {where} is empty. Fill it in or drop the row." |
*
* @param {Error_Labels_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_labels_empty: ((inputs: Error_Labels_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Labels_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}: the label {label} ({where}) is not a whole number. LayerLab trains classifiers, so labels must be class numbers or class names." |
*
* @param {Error_Labels_Not_WholeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_labels_not_whole: ((inputs: Error_Labels_Not_WholeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Labels_Not_WholeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}: {where} holds only the class {name}; a classifier needs examples of at least two classes." |
*
* @param {Error_Labels_One_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_labels_one_class: ((inputs: Error_Labels_One_ClassInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Labels_One_ClassInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This model cannot be exported to Keras: {detail}" |
*
* @param {Error_Layout_Invalid_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_layout_invalid_model: ((inputs: Error_Layout_Invalid_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Layout_Invalid_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The stored weight \"{name}\" is {dtype}; only float32 weights can be exported to Keras, so train the run again." |
*
* @param {Error_Layout_Not_Float32Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_layout_not_float32: ((inputs: Error_Layout_Not_Float32Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Layout_Not_Float32Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "it is not valid." |
*
* @param {Error_Layout_Not_ValidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_layout_not_valid: ((inputs?: Error_Layout_Not_ValidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Layout_Not_ValidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "quantized" |
*
* @param {Error_Layout_QuantizedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_layout_quantized: ((inputs?: Error_Layout_QuantizedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Layout_QuantizedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras does not allow \"/\" in a layer name, and layer \"{name}\" has one; rename it and train again." |
*
* @param {Error_Layout_Slash_In_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_layout_slash_in_name: ((inputs: Error_Layout_Slash_In_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Layout_Slash_In_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run's stored weights have \"{key}\", which no layer of its lab has; its lab and weights do not match, so train it again." |
*
* @param {Error_Layout_Weight_ExtraInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_layout_weight_extra: ((inputs: Error_Layout_Weight_ExtraInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Layout_Weight_ExtraInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run's stored weights have no \"{key}\" for layer \"{name}\"; its lab and weights do not match, so train it again." |
*
* @param {Error_Layout_Weight_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_layout_weight_missing: ((inputs: Error_Layout_Weight_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Layout_Weight_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The stored weights end before \"{name}\" ({bytes} bytes); the run's weights are damaged, so train it again." |
*
* @param {Error_Layout_Weights_EndInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_layout_weights_end: ((inputs: Error_Layout_Weights_EndInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Layout_Weights_EndInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "There is no lab '{key}' in the library; the labs are: {labs}." |
*
* @param {Error_Library_No_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_library_no_lab: ((inputs: Error_Library_No_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Library_No_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The library lab '{key}' has no quick version." |
*
* @param {Error_Library_No_QuickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_library_no_quick: ((inputs: Error_Library_No_QuickInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Library_No_QuickInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The quick version of {where} has an invalid setting: {issues}." |
*
* @param {Error_Library_Quick_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_library_quick_invalid: ((inputs: Error_Library_Quick_InvalidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Library_Quick_InvalidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{labelsFile} holds {labels} labels but {imagesFile} holds {images} images: the two files must come from the same split. Replace the one that is wrong." |
*
* @param {Error_Mnist_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_mnist_count: ((inputs: Error_Mnist_CountInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Mnist_CountInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has {count} dimensions ({dims}); an image file has 3 (count, rows, columns). Replace it with the original file." |
*
* @param {Error_Mnist_DimsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_mnist_dims: ((inputs: Error_Mnist_DimsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Mnist_DimsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has the label {label} at position {index}, outside 0..{last}. Replace it with the original file." |
*
* @param {Error_Mnist_Label_RangeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_mnist_label_range: ((inputs: Error_Mnist_Label_RangeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Mnist_Label_RangeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{folder}: the training images are {train} but the test images are {test}. Replace the files with a matching set." |
*
* @param {Error_Mnist_Split_ShapesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_mnist_split_shapes: ((inputs: Error_Mnist_Split_ShapesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Mnist_Split_ShapesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not a readable HDF5 file (it may be truncated or damaged); save it again from Keras." |
*
* @param {Error_Model_File_Bad_Hdf5Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_bad_hdf5: ((inputs: Error_Model_File_Bad_Hdf5Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Bad_Hdf5Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not a readable zip archive ({detail}); save the model from Keras again." |
*
* @param {Error_Model_File_Bad_ZipInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_bad_zip: ((inputs: Error_Model_File_Bad_ZipInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Bad_ZipInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, member {name}, declares {size} bytes but inflates to {actual}; save the model from Keras again." |
*
* @param {Error_Model_File_Member_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_member_size: ((inputs: Error_Model_File_Member_SizeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Member_SizeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} holds a {name} of {megabytes} MB once inflated; LayerLab reads at most {cap} MB of it." |
*
* @param {Error_Model_File_Member_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_member_too_large: ((inputs: Error_Model_File_Member_Too_LargeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Member_Too_LargeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "layer '{layer}' has no weights; save the model after building or training it" |
*
* @param {Error_Model_File_No_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_no_weights: ((inputs: Error_Model_File_No_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_No_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is neither a Keras .keras file (a zip) nor an HDF5 .h5 file; save the model from Keras with model.save('model.keras') or model.save('model.h5')." |
*
* @param {Error_Model_File_Not_KerasInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_not_keras: ((inputs: Error_Model_File_Not_KerasInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Not_KerasInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "layer '{layer}' has {count} weight arrays, but its configuration needs {needed} ({names}); the file does not match its own model" |
*
* @param {Error_Model_File_Weight_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_weight_count: ((inputs: Error_Model_File_Weight_CountInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Weight_CountInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "weight {path} of layer '{layer}' is missing or not floating point; save the model from Keras again" |
*
* @param {Error_Model_File_Weight_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_weight_missing: ((inputs: Error_Model_File_Weight_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Weight_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "layer '{layer}' has a {weight} of shape {shape}, but its configuration needs {needed}; the file does not match its own model" |
*
* @param {Error_Model_File_Weight_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_weight_shape: ((inputs: Error_Model_File_Weight_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Weight_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is an HDF5 file without a model_config attribute, so it holds weights only (model.save_weights) or no Keras model at all; save the whole model with mo..." |
*
* @param {Error_Model_File_Weights_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_weights_only: ((inputs: Error_Model_File_Weights_OnlyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Weights_OnlyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the weights of layer '{layer}' belong to no layer of the model that has weights; save the model from Keras again" |
*
* @param {Error_Model_File_Weights_OrphanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_weights_orphan: ((inputs: Error_Model_File_Weights_OrphanInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Weights_OrphanInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is a zip archive without {name}, so it is not a model saved by Keras 3; save it with model.save('model.keras')." |
*
* @param {Error_Model_File_Zip_WithoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_model_file_zip_without: ((inputs: Error_Model_File_Zip_WithoutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Model_File_Zip_WithoutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{title} has no test set to evaluate on; choose a dataset with one (MNIST, Fashion-MNIST, IMDB)." |
*
* @param {Error_No_Test_Set_EvaluateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_no_test_set_evaluate: ((inputs: Error_No_Test_Set_EvaluateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_No_Test_Set_EvaluateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{title} has no test set; validate on a split of the training data instead (for example 0.2)." |
*
* @param {Error_No_Test_Set_ValidateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_no_test_set_validate: ((inputs: Error_No_Test_Set_ValidateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_No_Test_Set_ValidateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "There is no run {run} to take weights from; it may have been deleted." |
*
* @param {Error_No_Weights_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_no_weights_gone: ((inputs: Error_No_Weights_GoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_No_Weights_GoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run '{name}' has no stored weights (it has not finished, or failed before its first result); choose a run that finished training." |
*
* @param {Error_No_Weights_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_no_weights_run: ((inputs: Error_No_Weights_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_No_Weights_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "There is no grid {grid}; it may have been deleted." |
*
* @param {Error_Not_Found_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_not_found_grid: ((inputs: Error_Not_Found_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_Found_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "There is no run {run}; it may have been deleted." |
*
* @param {Error_Not_Found_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_not_found_run: ((inputs: Error_Not_Found_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_Found_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is neither a LayerLab lab nor a Keras model JSON: open a lab saved by LayerLab (.layerlab.json), or a file holding the text that Keras' model.to_json..." |
*
* @param {Error_Not_Lab_Or_KerasInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_not_lab_or_keras: ((inputs: Error_Not_Lab_Or_KerasInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_Lab_Or_KerasInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid {grid} is not running." |
*
* @param {Error_Not_Running_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_not_running_grid: ((inputs: Error_Not_Running_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_Running_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run {run} is waiting for a free trainer ({max} train at once); stop it, or wait until it starts." |
*
* @param {Error_Not_Running_QueuedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_not_running_queued: ((inputs: Error_Not_Running_QueuedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_Running_QueuedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run {run} is not running (it may have finished already)." |
*
* @param {Error_Not_Running_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_not_running_run: ((inputs: Error_Not_Running_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_Running_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} has an unreadable header {header}. Save it again with numpy." |
*
* @param {Error_Npy_Bad_HeaderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_bad_header: ((inputs: Error_Npy_Bad_HeaderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_Bad_HeaderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} has the unreadable shape ({shape})." |
*
* @param {Error_Npy_Bad_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_bad_shape: ((inputs: Error_Npy_Bad_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_Bad_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is big-endian ({dtype}); convert it with a.astype(a.dtype.newbyteorder('<'))." |
*
* @param {Error_Npy_Big_EndianInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_big_endian: ((inputs: Error_Npy_Big_EndianInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_Big_EndianInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} has the dtype {dtype}; use uint8, int32, int64, float32, float64 or bool." |
*
* @param {Error_Npy_DtypeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_dtype: ((inputs: Error_Npy_DtypeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_DtypeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is stored in Fortran (column-major) order; save it in C order with numpy.ascontiguousarray(a) first." |
*
* @param {Error_Npy_FortranInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_fortran: ((inputs: Error_Npy_FortranInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_FortranInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not a NumPy .npy array (it does not start with {magic}). Save it with numpy.savez." |
*
* @param {Error_Npy_Not_NpyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_not_npy: ((inputs: Error_Npy_Not_NpyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_Not_NpyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} holds Python objects (pickled, like the ragged word lists in Keras' imdb.npz); LayerLab reads only plain numeric arrays." |
*
* @param {Error_Npy_ObjectsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_objects: ((inputs: Error_Npy_ObjectsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_ObjectsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is a structured (record) array; save each field as its own plain numeric array." |
*
* @param {Error_Npy_StructuredInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_structured: ((inputs: Error_Npy_StructuredInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_StructuredInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} has the shape ({shape}) of {dtype}, {size}; LayerLab reads arrays of at most {cap}: save fewer or smaller examples." |
*
* @param {Error_Npy_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_too_large: ((inputs: Error_Npy_Too_LargeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_Too_LargeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is truncated: its shape ({shape}) needs {bytes} bytes of {dtype} but {actual} are there. Save it again." |
*
* @param {Error_Npy_TruncatedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_truncated: ((inputs: Error_Npy_TruncatedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_TruncatedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is truncated inside its header. Save it again." |
*
* @param {Error_Npy_Truncated_HeaderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_truncated_header: ((inputs: Error_Npy_Truncated_HeaderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_Truncated_HeaderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is .npy version {version}; LayerLab reads versions 1 to 3." |
*
* @param {Error_Npy_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npy_version: ((inputs: Error_Npy_VersionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npy_VersionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, array {name}" |
*
* @param {Error_Npz_ArrayInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_array: ((inputs: Error_Npz_ArrayInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_ArrayInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, array {name}," |
*
* @param {Error_Npz_Array_ThenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_array_then: ((inputs: Error_Npz_Array_ThenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Array_ThenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}: {x} has {examples} examples but {y} has {labels} labels; they must match one to one." |
*
* @param {Error_Npz_Count_MismatchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_count_mismatch: ((inputs: Error_Npz_Count_MismatchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Count_MismatchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, entry {name}, declares {size} bytes but inflates to {actual}. Save it again with numpy.savez." |
*
* @param {Error_Npz_Entry_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_entry_size: ((inputs: Error_Npz_Entry_SizeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Entry_SizeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} has the shape ({shape}); features must be (examples, values), (examples, height, width) or (examples, height, width, channels)." |
*
* @param {Error_Npz_Feature_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_feature_shape: ((inputs: Error_Npz_Feature_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Feature_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the arrays {names}" |
*
* @param {Error_Npz_Found_ArraysInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_found_arrays: ((inputs: Error_Npz_Found_ArraysInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Found_ArraysInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no arrays" |
*
* @param {Error_Npz_Found_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_found_none: ((inputs?: Error_Npz_Found_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Found_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has {there} but no {missing}: save both or neither." |
*
* @param {Error_Npz_Half_TestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_half_test: ((inputs: Error_Npz_Half_TestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Half_TestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} has the shape ({shape}); labels must be (examples,) class numbers or (examples, classes) one-hot rows." |
*
* @param {Error_Npz_Label_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_label_shape: ((inputs: Error_Npz_Label_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Label_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} holds {found}; LayerLab needs x_train and y_train (and optionally x_test and y_test), as in Keras' mnist.npz, or x and y." |
*
* @param {Error_Npz_No_ArraysInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_no_arrays: ((inputs: Error_Npz_No_ArraysInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_No_ArraysInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where}, example {example}, value {index}: {value} is not a number. Every feature must be a finite number; replace NaN and infinite values (numpy.nan_to_num)..." |
*
* @param {Error_Npz_Not_FiniteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_not_finite: ((inputs: Error_Npz_Not_FiniteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Not_FiniteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where}, row {row} is not a one-hot row (exactly one 1, the rest 0). Save the labels as class numbers instead." |
*
* @param {Error_Npz_Not_One_HotInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_not_one_hot: ((inputs: Error_Npz_Not_One_HotInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Not_One_HotInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}: x_train examples have the shape ({train}) but x_test examples ({test}); they must match." |
*
* @param {Error_Npz_Test_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_test_shape: ((inputs: Error_Npz_Test_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Test_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} holds {size} of arrays once inflated ({bytes} bytes on disk); LayerLab reads at most {cap} from an .npz: save fewer or smaller examples (uint8 pixels ..." |
*
* @param {Error_Npz_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_too_large: ((inputs: Error_Npz_Too_LargeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_Too_LargeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not a readable .npz (zip) archive ({detail}). Save it again with numpy.savez." |
*
* @param {Error_Npz_UnreadableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_npz_unreadable: ((inputs: Error_Npz_UnreadableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Npz_UnreadableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run's stored weights do not fit its lab: they hold layer '{layer}', which the lab does not have (or has without weights); train the lab again." |
*
* @param {Error_Onnx_Extra_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_onnx_extra_layer: ((inputs: Error_Onnx_Extra_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Onnx_Extra_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The lab '{lab}' cannot be exported as ONNX: {detail}" |
*
* @param {Error_Onnx_Invalid_GraphInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_onnx_invalid_graph: ((inputs: Error_Onnx_Invalid_GraphInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Onnx_Invalid_GraphInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The stored weight '{weight}' is {dtype}; only float32 weights can be exported." |
*
* @param {Error_Onnx_Weight_DtypeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_onnx_weight_dtype: ((inputs: Error_Onnx_Weight_DtypeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Onnx_Weight_DtypeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run's stored weights do not fit its lab: layer '{layer}' needs a {weight} of shape {shape} but the run has none; train the lab again." |
*
* @param {Error_Onnx_Weight_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_onnx_weight_none: ((inputs: Error_Onnx_Weight_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Onnx_Weight_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run's stored weights do not fit its lab: layer '{layer}' needs a {weight} of shape {shape} but the run has {has}; train the lab again." |
*
* @param {Error_Onnx_Weight_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_onnx_weight_shape: ((inputs: Error_Onnx_Weight_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Onnx_Weight_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The stored weight '{weight}' is not one LayerLab makes; train the run again." |
*
* @param {Error_Onnx_Weight_UnknownInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_onnx_weight_unknown: ((inputs: Error_Onnx_Weight_UnknownInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Onnx_Weight_UnknownInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The stored weights end before '{weight}' ({bytes} bytes); train the run again." |
*
* @param {Error_Onnx_Weights_EndInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_onnx_weights_end: ((inputs: Error_Onnx_Weights_EndInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Onnx_Weights_EndInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "datasets" |
*
* @param {Error_Path_For_DatasetsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_path_for_datasets: ((inputs?: Error_Path_For_DatasetsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Path_For_DatasetsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "exports" |
*
* @param {Error_Path_For_ExportsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_path_for_exports: ((inputs?: Error_Path_For_ExportsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Path_For_ExportsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "labs" |
*
* @param {Error_Path_For_LabsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_path_for_labs: ((inputs?: Error_Path_For_LabsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Path_For_LabsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "reports" |
*
* @param {Error_Path_For_ReportsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_path_for_reports: ((inputs?: Error_Path_For_ReportsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Path_For_ReportsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} (it leads to {real})" |
*
* @param {Error_Path_Leads_ToInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_path_leads_to: ((inputs: Error_Path_Leads_ToInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Path_Leads_ToInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is outside the folders this server may use for {what}: it reads only inside {folders}. Choose a path in one of them." |
*
* @param {Error_Path_Outside_ReadsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_path_outside_reads: ((inputs: Error_Path_Outside_ReadsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Path_Outside_ReadsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is outside the folders this server may use for {what}: it writes only inside {folders}. Choose a path in one of them." |
*
* @param {Error_Path_Outside_WritesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_path_outside_writes: ((inputs: Error_Path_Outside_WritesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Path_Outside_WritesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The pool at {url} was disconnected." |
*
* @param {Error_Pool_DisconnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_disconnected: ((inputs: Error_Pool_DisconnectedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_DisconnectedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A grid is running on the pool at {url}: stop it before changing the pool." |
*
* @param {Error_Pool_Grid_RunningInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_grid_running: ((inputs: Error_Pool_Grid_RunningInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Grid_RunningInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The job is malformed ({where}: {detail}); it was refused, not run." |
*
* @param {Error_Pool_Job_MalformedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_job_malformed: ((inputs: Error_Pool_Job_MalformedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Job_MalformedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The job is of format {version}, and this worker reads format {current}: run the same LayerLab version on the teacher's machine and the workers." |
*
* @param {Error_Pool_Job_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_job_version: ((inputs: Error_Pool_Job_VersionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Job_VersionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lost Redis at {where} for {minutes} minute: {why} The fold stopped; run the grid again to resume it." |
*
* @param {Error_Pool_Lost_MinuteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_lost_minute: ((inputs: Error_Pool_Lost_MinuteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Lost_MinuteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lost Redis at {where} for {minutes} minutes: {why} The fold stopped; run the grid again to resume it." |
*
* @param {Error_Pool_Lost_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_lost_minutes: ((inputs: Error_Pool_Lost_MinutesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Lost_MinutesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{url} did not answer in time." |
*
* @param {Error_Pool_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_no_answer: ((inputs: Error_Pool_No_AnswerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_No_AnswerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{url}' has no host: give redis://HOST:PORT." |
*
* @param {Error_Pool_No_HostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_no_host: ((inputs: Error_Pool_No_HostInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_No_HostInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No pool of workers is connected: connect one with its Redis address (the lab's workers) first, or run the grid on this computer." |
*
* @param {Error_Pool_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_none: ((inputs?: Error_Pool_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The pool at {url} is not connected ({detail}): connect it again, or run the grid on this computer." |
*
* @param {Error_Pool_Not_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_not_connected: ((inputs: Error_Pool_Not_ConnectedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Not_ConnectedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{url}' is not a Redis address: give redis://HOST:PORT, redis://:PASSWORD@HOST:PORT, or rediss://... for TLS." |
*
* @param {Error_Pool_Not_Redis_UrlInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_not_redis_url: ((inputs: Error_Pool_Not_Redis_UrlInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Not_Redis_UrlInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A worker sent a malformed record ({where}: {detail}); it was refused." |
*
* @param {Error_Pool_Record_MalformedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_record_malformed: ((inputs: Error_Pool_Record_MalformedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Record_MalformedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "it did not answer." |
*
* @param {Error_Pool_SilentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_silent: ((inputs?: Error_Pool_SilentInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_SilentInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the job" |
*
* @param {Error_Pool_The_JobInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_the_job: ((inputs?: Error_Pool_The_JobInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_The_JobInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the record" |
*
* @param {Error_Pool_The_RecordInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_the_record: ((inputs?: Error_Pool_The_RecordInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_The_RecordInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A worker named {name} is already in the pool (on {host}, process {pid}): give this one another --name, or wait a few seconds if that one was stopped just now." |
*
* @param {Error_Pool_Worker_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_worker_name: ((inputs: Error_Pool_Worker_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Worker_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A worker named {name} is already in the pool (on {host}, process {pid}): give this one another --name." |
*
* @param {Error_Pool_Worker_Name_HereInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_worker_name_here: ((inputs: Error_Pool_Worker_Name_HereInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Worker_Name_HereInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{url}' is not a Redis address (it starts with {scheme}): give redis://HOST:PORT, or rediss://HOST:PORT for TLS." |
*
* @param {Error_Pool_Wrong_SchemeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_pool_wrong_scheme: ((inputs: Error_Pool_Wrong_SchemeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Pool_Wrong_SchemeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is empty: paste the Python code that builds a Keras model." |
*
* @param {Error_Python_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_empty: ((inputs: Error_Python_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} looks like a Keras model JSON, not Python code; open it as a Keras model JSON (model.to_json()) instead." |
*
* @param {Error_Python_Is_JsonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_is_json: ((inputs: Error_Python_Is_JsonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_Is_JsonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the Sequential model made at line {line} has no input shape, so the size of each layer is unknown. Give its first layer input_shape=(...) (or start it with k..." |
*
* @param {Error_Python_No_Input_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_no_input_shape: ((inputs: Error_Python_No_Input_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_No_Input_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} builds no Keras model LayerLab can follow: expected keras.Sequential([...]), model.add(...) or keras.Model(inputs, outputs) with layers from keras.la..." |
*
* @param {Error_Python_No_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_no_model: ((inputs: Error_Python_No_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_No_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the output of the model made at line {line} depends on the Input '{name}' (line {inputLine}), which is not the model's input; pass the Input the layers start..." |
*
* @param {Error_Python_Other_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_other_input: ((inputs: Error_Python_Other_InputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_Other_InputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the output of the model made at line {line} does not come from its input '{name}'; call the layers on that Input" |
*
* @param {Error_Python_Output_Not_From_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_output_not_from_input: ((inputs: Error_Python_Output_Not_From_InputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_Output_Not_From_InputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the Sequential model made at line {line} has no layer LayerLab can import" |
*
* @param {Error_Python_Sequential_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_sequential_empty: ((inputs: Error_Python_Sequential_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_Sequential_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the model made at line {line} takes {count} inputs; a LayerLab model takes one. Merge the inputs into one keras.Input and import again" |
*
* @param {Error_Python_Several_InputsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_several_inputs: ((inputs: Error_Python_Several_InputsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_Several_InputsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} is not Python code LayerLab can read (the first problem is on line {line}); paste the Python code that builds a Keras model." |
*
* @param {Error_Python_UnreadableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_python_unreadable: ((inputs: Error_Python_UnreadableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Python_UnreadableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The Redis server at {where} refused the password: check the one in the address against its requirepass setting." |
*
* @param {Error_Redis_Bad_PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_bad_password: ((inputs: Error_Redis_Bad_PasswordInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_Bad_PasswordInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The Redis server at {where} failed: {detail}" |
*
* @param {Error_Redis_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_failed: ((inputs: Error_Redis_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The Redis server at {where} did not answer within {seconds} s: check that it runs and that the network lets its port through{tls}." |
*
* @param {Error_Redis_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_no_answer: ((inputs: Error_Redis_No_AnswerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_No_AnswerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "(and that it speaks TLS: a server without it takes redis://)" |
*
* @param {Error_Redis_No_Answer_TlsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_no_answer_tls: ((inputs?: Error_Redis_No_Answer_TlsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_No_Answer_TlsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The host of {where} was not found: check its name, or give its IP address." |
*
* @param {Error_Redis_No_HostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_no_host: ((inputs: Error_Redis_No_HostInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_No_HostInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing answers at {where}: start redis-server there (bound to the lab's network, not only 127.0.0.1), or check the host and port." |
*
* @param {Error_Redis_RefusedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_refused: ((inputs: Error_Redis_RefusedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_RefusedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The TLS connection to {where} failed ({detail}): for a classroom's own certificate authority, set NODE_EXTRA_CA_CERTS to its file; a server without TLS takes..." |
*
* @param {Error_Redis_TlsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_tls: ((inputs: Error_Redis_TlsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_TlsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where} cannot be reached from this machine ({code}): check the network, and that a firewall lets the port through." |
*
* @param {Error_Redis_UnreachableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_unreachable: ((inputs: Error_Redis_UnreachableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_UnreachableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The Redis server at {where} wants a password: give it as redis://:PASSWORD@HOST:PORT." |
*
* @param {Error_Redis_Wants_PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_redis_wants_password: ((inputs: Error_Redis_Wants_PasswordInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Redis_Wants_PasswordInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "its attachment is cut short" |
*
* @param {Error_Report_Attachment_CutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_attachment_cut: ((inputs?: Error_Report_Attachment_CutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_Attachment_CutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "its attachment cannot be decompressed" |
*
* @param {Error_Report_Attachment_InflateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_attachment_inflate: ((inputs?: Error_Report_Attachment_InflateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_Attachment_InflateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "its report data is cut short" |
*
* @param {Error_Report_Data_CutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_data_cut: ((inputs?: Error_Report_Data_CutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_Data_CutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "its report data is not valid ({path}: {detail})" |
*
* @param {Error_Report_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_invalid: ((inputs: Error_Report_InvalidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_InvalidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "it has no {name} attached" |
*
* @param {Error_Report_No_AttachmentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_no_attachment: ((inputs: Error_Report_No_AttachmentInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_No_AttachmentInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "it holds no report data (was it saved from LayerLab's Report button?)" |
*
* @param {Error_Report_No_DataInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_no_data: ((inputs?: Error_Report_No_DataInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_No_DataInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "its report data is not valid JSON" |
*
* @param {Error_Report_Not_JsonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_not_json: ((inputs?: Error_Report_Not_JsonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_Not_JsonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not a LayerLab report: {why}." |
*
* @param {Error_Report_Not_ReportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_not_report: ((inputs: Error_Report_Not_ReportInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_Not_ReportInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the data" |
*
* @param {Error_Report_The_DataInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_the_data: ((inputs?: Error_Report_The_DataInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_The_DataInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} could not be read as a LayerLab report." |
*
* @param {Error_Report_UnreadableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_report_unreadable: ((inputs: Error_Report_UnreadableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Report_UnreadableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{dir} cannot be read as a folder of reports: choose the folder the students' report files are in." |
*
* @param {Error_Reports_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_reports_folder: ((inputs: Error_Reports_FolderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Reports_FolderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where}: '{code}' is not a sign-in code (6 letters and digits without 0, O, 1, I or L); leave it out and one is made." |
*
* @param {Error_Roster_Bad_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_bad_code: ((inputs: Error_Roster_Bad_CodeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_Bad_CodeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file}: the code {code} of '{name}' is already '{owner}'s; leave it out and one is made." |
*
* @param {Error_Roster_Code_TakenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_code_taken: ((inputs: Error_Roster_Code_TakenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_Code_TakenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Line {line} of {file}" |
*
* @param {Error_Roster_LineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_line: ((inputs: Error_Roster_LineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_LineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where}: the name '{name}…' is longer than {max} characters." |
*
* @param {Error_Roster_Long_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_long_name: ((inputs: Error_Roster_Long_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_Long_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The new student" |
*
* @param {Error_Roster_New_StudentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_new_student: ((inputs?: Error_Roster_New_StudentInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_New_StudentInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where}: a student needs a name." |
*
* @param {Error_Roster_No_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_no_name: ((inputs: Error_Roster_No_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_No_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not a class roster ({detail}); move it aside to start a new class." |
*
* @param {Error_Roster_Not_RosterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_not_roster: ((inputs: Error_Roster_Not_RosterInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_Not_RosterInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{where}: '{name}' is on the list twice." |
*
* @param {Error_Roster_TwiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_twice: ((inputs: Error_Roster_TwiceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_TwiceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The class list {file} cannot be read ({detail})." |
*
* @param {Error_Roster_UnreadableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_roster_unreadable: ((inputs: Error_Roster_UnreadableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Roster_UnreadableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A run name cannot be empty." |
*
* @param {Error_Run_Name_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_run_name_empty: ((inputs?: Error_Run_Name_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Run_Name_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A validation split of {fraction} leaves no training or no validation examples out of {count}; choose a fraction like 0.2." |
*
* @param {Error_Split_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_split_empty: ((inputs: Error_Split_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Split_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} cannot be opened ({detail}): check that its folder exists and is writable, or set LAYERLAB_HOME to a folder you can write to." |
*
* @param {Error_Store_Cannot_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_cannot_open: ((inputs: Error_Store_Cannot_OpenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_Cannot_OpenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} is closed (moving it aside failed); restart LayerLab to open it again." |
*
* @param {Error_Store_ClosedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_closed: ((inputs: Error_Store_ClosedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_ClosedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} is damaged ({detail}). {advice}" |
*
* @param {Error_Store_DamagedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_damaged: ((inputs: Error_Store_DamagedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_DamagedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} is damaged (run {run}'s insights of epoch {epoch} cannot be read: {detail}). {advice}" |
*
* @param {Error_Store_Damaged_InsightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_damaged_insights: ((inputs: Error_Store_Damaged_InsightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_Damaged_InsightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} could not be written: the disk is full. Free some space; finished epochs are kept, and LayerLab writes what is pending when it can." |
*
* @param {Error_Store_FullInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_full: ((inputs: Error_Store_FullInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_FullInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} was written by a newer LayerLab (schema {version}, this one knows {current}). Update LayerLab, or move the file away to start a new store." |
*
* @param {Error_Store_FutureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_future: ((inputs: Error_Store_FutureInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_FutureInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} could not be read or written ({code}: {detail}); check the disk, then try again." |
*
* @param {Error_Store_IoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_io: ((inputs: Error_Store_IoInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_IoInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} is locked by another program; close it (or the other LayerLab) and try again." |
*
* @param {Error_Store_LockedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_locked: ((inputs: Error_Store_LockedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_LockedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{why} The run store {file} needs it: set LAYERLAB_HOME to a folder you can write to." |
*
* @param {Error_Store_Needs_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_needs_folder: ((inputs: Error_Store_Needs_FolderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_Needs_FolderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "There is no run store at {file} to move aside." |
*
* @param {Error_Store_Nothing_To_MoveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_nothing_to_move: ((inputs: Error_Store_Nothing_To_MoveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_Nothing_To_MoveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run store {file} cannot be written ({detail}): make it and its folder writable, or set LAYERLAB_HOME to a folder you can write to." |
*
* @param {Error_Store_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_read_only: ((inputs: Error_Store_Read_OnlyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_Read_OnlyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "LayerLab can move it aside, keeping a copy, and start a new store with what can still be read (\"Move the damaged store aside\" in the app, or `layerlab store ..." |
*
* @param {Error_Store_Repair_AdviceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_store_repair_advice: ((inputs: Error_Store_Repair_AdviceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Store_Repair_AdviceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The training subset of {subset} examples is larger than the {count} training examples available; choose at most {count}." |
*
* @param {Error_Subset_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_subset_too_large: ((inputs: Error_Subset_Too_LargeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Subset_Too_LargeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The {shape} set has exactly {fixed} classes, not {classes}: set classes to {fixed}, or pick spirals for more classes." |
*
* @param {Error_Synthetic_ClassesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_synthetic_classes: ((inputs: Error_Synthetic_ClassesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Synthetic_ClassesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trainer process ended without a result." |
*
* @param {Error_Trainer_EndedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_trainer_ended: ((inputs?: Error_Trainer_EndedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Trainer_EndedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "exited with code {code}" |
*
* @param {Error_Trainer_How_ExitedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_trainer_how_exited: ((inputs: Error_Trainer_How_ExitedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Trainer_How_ExitedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "was killed ({signal})" |
*
* @param {Error_Trainer_How_KilledInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_trainer_how_killed: ((inputs: Error_Trainer_How_KilledInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Trainer_How_KilledInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trainer process ended without an answer." |
*
* @param {Error_Trainer_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_trainer_no_answer: ((inputs?: Error_Trainer_No_AnswerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Trainer_No_AnswerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trainer process could not start: {detail}" |
*
* @param {Error_Trainer_No_StartInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_trainer_no_start: ((inputs: Error_Trainer_No_StartInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Trainer_No_StartInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trainer process {how} before the run finished." |
*
* @param {Error_Trainer_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_trainer_stopped: ((inputs: Error_Trainer_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Trainer_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trainer process {how} before the run finished: {tail}." |
*
* @param {Error_Trainer_Stopped_SaidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_trainer_stopped_said: ((inputs: Error_Trainer_Stopped_SaidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Trainer_Stopped_SaidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{first} {second}" |
*
* @param {Error_Two_SentencesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_two_sentences: ((inputs: Error_Two_SentencesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Two_SentencesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{source} has a weight {weight} that this model has no place for; continue from a run of the same model." |
*
* @param {Error_Weights_ExtraInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_weights_extra: ((inputs: Error_Weights_ExtraInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Weights_ExtraInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{source} has no weight {weight} for layer '{layer}'; continue from a run of the same model." |
*
* @param {Error_Weights_No_WeightInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_weights_no_weight: ((inputs: Error_Weights_No_WeightInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Weights_No_WeightInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run '{name}'" |
*
* @param {Error_Weights_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_weights_run: ((inputs: Error_Weights_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Weights_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{source} has {weight} of shape {shape}, but layer '{layer}' of this model needs {needs}; continue from a run of the same model." |
*
* @param {Error_Weights_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_weights_shape: ((inputs: Error_Weights_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Weights_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The stored weights have no {weight}, but layer '{layer}' needs [{needs}]; start from a run of the same model." |
*
* @param {Error_Weights_Stored_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_weights_stored_missing: ((inputs: Error_Weights_Stored_MissingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Weights_Stored_MissingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The stored weights have {weight} of shape [{shape}], but layer '{layer}' needs [{needs}]; start from a run of the same model." |
*
* @param {Error_Weights_Stored_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_weights_stored_shape: ((inputs: Error_Weights_Stored_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Weights_Stored_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a Keras model JSON" |
*
* @param {Error_What_Keras_JsonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_what_keras_json: ((inputs?: Error_What_Keras_JsonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_What_Keras_JsonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a lab file" |
*
* @param {Error_What_Lab_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_what_lab_file: ((inputs?: Error_What_Lab_FileInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_What_Lab_FileInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a Python file" |
*
* @param {Error_What_Python_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const error_what_python_file: ((inputs?: Error_What_Python_FileInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_What_Python_FileInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Exporting" |
*
* @param {Export_BusyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_busy: ((inputs?: Export_BusyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_BusyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run's metrics per epoch, in the columns of Keras' CSVLogger (epoch counted from 0) plus the penalty, the data loss and the seconds." |
*
* @param {Export_Csv_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_csv_description: ((inputs?: Export_Csv_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_Csv_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Training history (.csv)" |
*
* @param {Export_Csv_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_csv_label: ((inputs?: Export_Csv_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_Csv_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trained model in Keras' legacy HDF5 format, as Keras 3's model.save('m.h5') writes it." |
*
* @param {Export_H5_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_h5_description: ((inputs?: Export_H5_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_H5_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trained model for keras.models.load_model (Keras 3, TensorFlow 2.16 and later)." |
*
* @param {Export_Keras_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_keras_description: ((inputs?: Export_Keras_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_Keras_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Export" |
*
* @param {Export_MenuInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_menu: ((inputs?: Export_MenuInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_MenuInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "needs trained weights: this run has none" |
*
* @param {Export_Needs_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_needs_weights: ((inputs?: Export_Needs_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_Needs_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This run has no trained weights (it ended before finishing an epoch): train it again, or export it as a Python script." |
*
* @param {Export_No_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_no_weights: ((inputs?: Export_No_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_No_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trained model for ONNX Runtime and other ONNX tools (opset 13)." |
*
* @param {Export_Onnx_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_onnx_description: ((inputs?: Export_Onnx_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_Onnx_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras code that loads the same data and builds, trains and plots the same model." |
*
* @param {Export_Python_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_python_description: ((inputs?: Export_Python_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_Python_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Python script (.py)" |
*
* @param {Export_Python_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_python_label: ((inputs?: Export_Python_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_Python_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Export {name}" |
*
* @param {Export_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_run: ((inputs: Export_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The trained model for tf.loadLayersModel in a browser or Node.js." |
*
* @param {Export_Tfjs_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_tfjs_description: ((inputs?: Export_Tfjs_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_Tfjs_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Download this run's model or code" |
*
* @param {Export_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_title: ((inputs?: Export_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Export_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "grad" |
*
* @param {Figures_GradInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_grad: ((inputs?: Figures_GradInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Figures_GradInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Norm of the loss's gradient for this kernel on the epoch's last batch" |
*
* @param {Figures_Grad_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_grad_title: ((inputs?: Figures_Grad_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Figures_Grad_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sum of \|w\|" |
*
* @param {Figures_L1_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_l1_title: ((inputs?: Figures_L1_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Figures_L1_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Square root of the sum of w²" |
*
* @param {Figures_L2_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_l2_title: ((inputs?: Figures_L2_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Figures_L2_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} kernel figures at the selected epoch" |
*
* @param {Figures_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_label: ((inputs: Figures_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Figures_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Root mean square of the weights: how wide the histogram is" |
*
* @param {Figures_Rms_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_rms_title: ((inputs?: Figures_Rms_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Figures_Rms_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name}, at epoch {epoch}" |
*
* @param {Figures_Row_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_row_title: ((inputs: Figures_Row_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Figures_Row_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "sparsity" |
*
* @param {Figures_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_sparsity: ((inputs?: Figures_SparsityInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Figures_SparsityInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Drop a lab (.layerlab.json) or a Keras model (.json, .keras, .h5) to open it" |
*
* @param {Filedrop_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const filedrop_hint: ((inputs?: Filedrop_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Filedrop_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Example {index}, a {label}" |
*
* @param {Gallery_Example_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const gallery_example_label: ((inputs: Gallery_Example_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Gallery_Example_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Validation example #{index}" |
*
* @param {Gallery_Example_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const gallery_example_title: ((inputs: Gallery_Example_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Gallery_Example_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No validation example is wrong at this epoch." |
*
* @param {Gallery_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const gallery_none: ((inputs?: Gallery_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Gallery_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Accuracy" |
*
* @param {Grid_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_accuracy: ((inputs?: Grid_AccuracyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_AccuracyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A sweep drives at least one layer." |
*
* @param {Grid_At_Least_One_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_at_least_one_layer: ((inputs?: Grid_At_Least_One_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_At_Least_One_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "✕ Back to the model" |
*
* @param {Grid_BackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_back: ((inputs?: Grid_BackInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_BackInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Back to the model (Esc)" |
*
* @param {Grid_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_back_title: ((inputs?: Grid_Back_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Back_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "← Back to the model" |
*
* @param {Grid_Back_To_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_back_to_model: ((inputs?: Grid_Back_To_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Back_To_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Best" |
*
* @param {Grid_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_best: ((inputs?: Grid_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Best first" |
*
* @param {Grid_Best_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_best_first: ((inputs?: Grid_Best_FirstInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Best_FirstInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Best so far" |
*
* @param {Grid_Best_So_FarInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_best_so_far: ((inputs?: Grid_Best_So_FarInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Best_So_FarInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fold {n}" |
*
* @param {Grid_Col_FoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_fold: ((inputs: Grid_Col_FoldInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Col_FoldInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "holdout" |
*
* @param {Grid_Col_HoldoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_holdout: ((inputs?: Grid_Col_HoldoutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Col_HoldoutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "mean" |
*
* @param {Grid_Col_MeanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_mean: ((inputs?: Grid_Col_MeanInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Col_MeanInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "rank" |
*
* @param {Grid_Col_RankInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_rank: ((inputs?: Grid_Col_RankInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Col_RankInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "status" |
*
* @param {Grid_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_status: ((inputs?: Grid_Col_StatusInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Col_StatusInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Learning curves" |
*
* @param {Grid_CurvesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_curves: ((inputs?: Grid_CurvesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_CurvesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Curves appear here as settings finish." |
*
* @param {Grid_Curves_AppearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_curves_appear: ((inputs?: Grid_Curves_AppearInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Curves_AppearInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Learning curves of the settings" |
*
* @param {Grid_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_curves_label: ((inputs?: Grid_Curves_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Curves_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Grid_DeleteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_delete: ((inputs?: Grid_DeleteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_DeleteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sure?" |
*
* @param {Grid_Delete_SureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_delete_sure: ((inputs?: Grid_Delete_SureInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Delete_SureInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "each fold's score" |
*
* @param {Grid_Each_FoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_each_fold: ((inputs?: Grid_Each_FoldInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Each_FoldInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show earlier grids →" |
*
* @param {Grid_EarlierInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_earlier: ((inputs?: Grid_EarlierInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_EarlierInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No grid has run yet. Sweep settings with + sweep and press Run grid in the Grid tab." |
*
* @param {Grid_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_empty: ((inputs?: Grid_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "estimating the time left…" |
*
* @param {Grid_EstimatingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_estimating: ((inputs?: Grid_EstimatingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_EstimatingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "score each setting by" |
*
* @param {Grid_EvalInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_eval: ((inputs?: Grid_EvalInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_EvalInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "one holdout split" |
*
* @param {Grid_Eval_HoldoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_eval_holdout: ((inputs?: Grid_Eval_HoldoutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Eval_HoldoutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "k-fold cross-validation" |
*
* @param {Grid_Eval_KfoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_eval_kfold: ((inputs?: Grid_Eval_KfoldInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Eval_KfoldInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Export CSV" |
*
* @param {Grid_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_export_csv: ((inputs?: Grid_Export_CsvInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Export_CsvInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The results table as a CSV file" |
*
* @param {Grid_Export_Csv_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_export_csv_title: ((inputs?: Grid_Export_Csv_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Export_Csv_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fold 1 only" |
*
* @param {Grid_Fold1_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_fold1_only: ((inputs?: Grid_Fold1_OnlyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Fold1_OnlyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "folds" |
*
* @param {Grid_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_folds: ((inputs?: Grid_FoldsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_FoldsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "× {folds} folds" |
*
* @param {Grid_Folds_TimesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_folds_times: ((inputs: Grid_Folds_TimesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Folds_TimesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "from" |
*
* @param {Grid_FromInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_from: ((inputs?: Grid_FromInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_FromInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid search" |
*
* @param {Grid_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_heading: ((inputs?: Grid_HeadingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_HeadingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Heat map" |
*
* @param {Grid_HeatmapInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_heatmap: ((inputs?: Grid_HeatmapInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_HeatmapInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Heat map of the grid's mean scores." |
*
* @param {Grid_Heatmap_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_heatmap_fallback: ((inputs?: Grid_Heatmap_FallbackInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Heatmap_FallbackInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Mean {metric} for each pair of values; the numbers are in the table" |
*
* @param {Grid_Heatmap_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_heatmap_label: ((inputs: Grid_Heatmap_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Heatmap_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sweep up to 4 settings with + sweep beside a field in Layer or Data & training." |
*
* @param {Grid_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_hint: ((inputs?: Grid_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fraction held out" |
*
* @param {Grid_Holdout_FractionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_holdout_fraction: ((inputs?: Grid_Holdout_FractionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Holdout_FractionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label}: how to give the values" |
*
* @param {Grid_How_ValuesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_how_values: ((inputs: Grid_How_ValuesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_How_ValuesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Train every combination of the settings you sweep and score each by cross-validation, as scikit-learn's GridSearchCV does." |
*
* @param {Grid_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_intro: ((inputs?: Grid_IntroInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_IntroInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "training" |
*
* @param {Grid_Key_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_key_training: ((inputs?: Grid_Key_TrainingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Key_TrainingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "validation · colours as in the table" |
*
* @param {Grid_Key_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_key_validation: ((inputs?: Grid_Key_ValidationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Key_ValidationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "log loss axis" |
*
* @param {Grid_Log_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_log_loss: ((inputs?: Grid_Log_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Log_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Loss" |
*
* @param {Grid_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_loss: ((inputs?: Grid_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "mean {metric}" |
*
* @param {Grid_MeanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mean: ((inputs: Grid_MeanInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_MeanInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "mean of the {folds} folds" |
*
* @param {Grid_Mean_Of_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mean_of_folds: ((inputs: Grid_Mean_Of_FoldsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Mean_Of_FoldsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Mean {metric} over the folds, best first" |
*
* @param {Grid_Mean_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mean_title: ((inputs: Grid_Mean_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Mean_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "list" |
*
* @param {Grid_Mode_ListInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mode_list: ((inputs?: Grid_Mode_ListInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Mode_ListInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "range" |
*
* @param {Grid_Mode_RangeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mode_range: ((inputs?: Grid_Mode_RangeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Mode_RangeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No setting has finished yet: the best appears here, and in the table and the heat map." |
*
* @param {Grid_No_Best_YetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_no_best_yet: ((inputs?: Grid_No_Best_YetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_No_Best_YetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No settings swept yet." |
*
* @param {Grid_None_SweptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_none_swept: ((inputs?: Grid_None_SweptInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_None_SweptInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Press + sweep beside a field to try several values of it: units, dropout rate or regularizer strength in" |
*
* @param {Grid_None_Swept_HowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_none_swept_how: ((inputs?: Grid_None_Swept_HowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_None_Swept_HowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "; learning rate, batch size or optimizer in" |
*
* @param {Grid_None_Swept_How_2Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_none_swept_how_2: ((inputs?: Grid_None_Swept_How_2Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_None_Swept_How_2Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "." |
*
* @param {Grid_None_Swept_How_3Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_none_swept_how_3: ((inputs?: Grid_None_Swept_How_3Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_None_Swept_How_3Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Not ready to run the grid: {why}" |
*
* @param {Grid_Not_ReadyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_not_ready: ((inputs: Grid_Not_ReadyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Not_ReadyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "On the curves" |
*
* @param {Grid_On_CurvesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_on_curves: ((inputs?: Grid_On_CurvesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_On_CurvesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run on the lab's workers" |
*
* @param {Grid_On_PoolInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_on_pool: ((inputs?: Grid_On_PoolInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_On_PoolInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Connect to a pool of workers above first" |
*
* @param {Grid_On_Pool_Connect_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_on_pool_connect_first: ((inputs?: Grid_On_Pool_Connect_FirstInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_On_Pool_Connect_FirstInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Queue the training runs on the pool's workers instead of this computer" |
*
* @param {Grid_On_Pool_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_on_pool_title: ((inputs?: Grid_On_Pool_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_On_Pool_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "One problem to fix first (above)." |
*
* @param {Grid_One_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_one_problem: ((inputs?: Grid_One_ProblemInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_One_ProblemInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "One value for each ticked layer" |
*
* @param {Grid_One_Value_EachInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_one_value_each: ((inputs?: Grid_One_Value_EachInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_One_Value_EachInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "(output)" |
*
* @param {Grid_OutputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_output: ((inputs?: Grid_OutputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_OutputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras courses regularize the hidden layers and leave the output layer alone: untick the output to do the same." |
*
* @param {Grid_Output_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_output_note: ((inputs?: Grid_Output_NoteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Output_NoteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "trainers at once" |
*
* @param {Grid_ParallelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_parallel: ((inputs?: Grid_ParallelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_ParallelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "auto" |
*
* @param {Grid_Parallel_AutoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_parallel_auto: ((inputs?: Grid_Parallel_AutoInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Parallel_AutoInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "empty: one per core" |
*
* @param {Grid_Parallel_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_parallel_hint: ((inputs?: Grid_Parallel_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Parallel_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Redis server" |
*
* @param {Grid_Pool_AddressInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_address: ((inputs?: Grid_Pool_AddressInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_AddressInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Connect" |
*
* @param {Grid_Pool_ConnectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_connect: ((inputs?: Grid_Pool_ConnectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_ConnectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Connected to {url}." |
*
* @param {Grid_Pool_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_connected: ((inputs: Grid_Pool_ConnectedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_ConnectedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Connecting to {url}…" |
*
* @param {Grid_Pool_ConnectingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_connecting: ((inputs: Grid_Pool_ConnectingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_ConnectingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Disconnect" |
*
* @param {Grid_Pool_DisconnectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_disconnect: ((inputs?: Grid_Pool_DisconnectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_DisconnectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Train the grid on other PCs: start {command} on each, and connect to the same Redis server here." |
*
* @param {Grid_Pool_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_hint: ((inputs: Grid_Pool_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{active} / {concurrency} jobs" |
*
* @param {Grid_Pool_JobsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_jobs: ((inputs: Grid_Pool_JobsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_JobsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{active} / {concurrency} job" |
*
* @param {Grid_Pool_Jobs_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_jobs_one: ((inputs: Grid_Pool_Jobs_OneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_Jobs_OneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No worker has {dataset}: start workers with --data-dir set to a folder that holds it (layerlab datasets --download {name} fetches it)." |
*
* @param {Grid_Pool_No_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_no_dataset: ((inputs: Grid_Pool_No_DatasetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_No_DatasetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no built-in datasets" |
*
* @param {Grid_Pool_No_DatasetsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_no_datasets: ((inputs?: Grid_Pool_No_DatasetsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_No_DatasetsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No worker has joined yet: start one on each lab PC with layerlab worker --redis {url}." |
*
* @param {Grid_Pool_No_WorkerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_no_worker: ((inputs: Grid_Pool_No_WorkerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_No_WorkerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "not connected" |
*
* @param {Grid_Pool_Not_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_not_connected: ((inputs?: Grid_Pool_Not_ConnectedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_Not_ConnectedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Not ready to run the grid on the lab's workers: the pool is {state} (connect under Lab workers, or untick \"Run on the lab's workers\" to train here)." |
*
* @param {Grid_Pool_Not_ReadyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_not_ready: ((inputs: Grid_Pool_Not_ReadyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_Not_ReadyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Not connected: grids train on this computer." |
*
* @param {Grid_Pool_OffInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_off: ((inputs?: Grid_Pool_OffInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_OffInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "on {host}" |
*
* @param {Grid_Pool_On_HostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_on_host: ((inputs: Grid_Pool_On_HostInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_On_HostInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "password" |
*
* @param {Grid_Pool_PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_password: ((inputs?: Grid_Pool_PasswordInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_PasswordInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "(if it has one)" |
*
* @param {Grid_Pool_Password_IfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_password_if: ((inputs?: Grid_Pool_Password_IfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_Password_IfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Queue: {queue}" |
*
* @param {Grid_Pool_QueueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_queue: ((inputs: Grid_Pool_QueueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_QueueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{waiting} waiting · {active} training" |
*
* @param {Grid_Pool_Queue_LineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_queue_line: ((inputs: Grid_Pool_Queue_LineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_Queue_LineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A worker was lost mid-fold; the fold went back to the pool's queue." |
*
* @param {Grid_Pool_RequeuedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_requeued: ((inputs?: Grid_Pool_RequeuedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_RequeuedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lab workers" |
*
* @param {Grid_Pool_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_title: ((inputs?: Grid_Pool_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{url} cannot be reached." |
*
* @param {Grid_Pool_UnreachableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_unreachable: ((inputs: Grid_Pool_UnreachableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_UnreachableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Workers" |
*
* @param {Grid_Pool_WorkersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_workers: ((inputs?: Grid_Pool_WorkersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Pool_WorkersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} problems to fix first (above)." |
*
* @param {Grid_ProblemsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_problems: ((inputs: Grid_ProblemsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_ProblemsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid progress" |
*
* @param {Grid_ProgressInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_progress: ((inputs?: Grid_ProgressInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_ProgressInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "· {done} / {total} training runs" |
*
* @param {Grid_Progress_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_progress_runs: ((inputs: Grid_Progress_RunsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Progress_RunsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{done} / {total} settings" |
*
* @param {Grid_Progress_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_progress_settings: ((inputs: Grid_Progress_SettingsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Progress_SettingsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This grid ran on {when}: its results are kept." |
*
* @param {Grid_Ran_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_ran_on: ((inputs: Grid_Ran_OnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Ran_OnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "random draws between {values} ({scale})" |
*
* @param {Grid_Random_BetweenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_random_between: ((inputs: Grid_Random_BetweenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Random_BetweenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "val_accuracy (higher is better)" |
*
* @param {Grid_Rank_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_rank_accuracy: ((inputs?: Grid_Rank_AccuracyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Rank_AccuracyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "rank the settings by" |
*
* @param {Grid_Rank_ByInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_rank_by: ((inputs?: Grid_Rank_ByInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Rank_ByInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "val_loss (lower is better)" |
*
* @param {Grid_Rank_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_rank_loss: ((inputs?: Grid_Rank_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Rank_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "refit the best setting on all the training data and score it on the test set" |
*
* @param {Grid_RefitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit: ((inputs?: Grid_RefitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_RefitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The best setting is refit on all the training data when every setting is done." |
*
* @param {Grid_Refit_LaterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit_later: ((inputs?: Grid_Refit_LaterInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Refit_LaterInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Refit on all the training data:" |
*
* @param {Grid_Refit_On_AllInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit_on_all: ((inputs?: Grid_Refit_On_AllInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Refit_On_AllInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "test accuracy {accuracy}, test loss {loss}." |
*
* @param {Grid_Refit_TestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit_test: ((inputs: Grid_Refit_TestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Refit_TestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "training…" |
*
* @param {Grid_Refit_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit_training: ((inputs?: Grid_Refit_TrainingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Refit_TrainingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "· refitting the best setting…" |
*
* @param {Grid_RefittingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refitting: ((inputs?: Grid_RefittingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_RefittingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Remove the grid" |
*
* @param {Grid_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_remove: ((inputs?: Grid_RemoveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_RemoveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Remove from the grid" |
*
* @param {Grid_Remove_From_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_remove_from_grid: ((inputs?: Grid_Remove_From_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Remove_From_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid search results" |
*
* @param {Grid_Results_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_results_label: ((inputs?: Grid_Results_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Results_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Results →" |
*
* @param {Grid_Results_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_results_link: ((inputs?: Grid_Results_LinkInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Results_LinkInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "▶ Resume grid" |
*
* @param {Grid_ResumeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_resume: ((inputs?: Grid_ResumeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_ResumeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "▶ Run grid" |
*
* @param {Grid_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_run: ((inputs?: Grid_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run again" |
*
* @param {Grid_Run_AgainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_run_again: ((inputs?: Grid_Run_AgainInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Run_AgainInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Train every setting again, in a new grid" |
*
* @param {Grid_Run_Again_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_run_again_title: ((inputs?: Grid_Run_Again_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Run_Again_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "scale" |
*
* @param {Grid_ScaleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_scale: ((inputs?: Grid_ScaleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_ScaleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "linear" |
*
* @param {Grid_Scale_LinearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_scale_linear: ((inputs?: Grid_Scale_LinearInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Scale_LinearInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "log" |
*
* @param {Grid_Scale_LogInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_scale_log: ((inputs?: Grid_Scale_LogInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Scale_LogInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "search" |
*
* @param {Grid_SearchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_search: ((inputs?: Grid_SearchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_SearchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "every combination (grid)" |
*
* @param {Grid_Search_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_search_grid: ((inputs?: Grid_Search_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Search_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "random draws (random search)" |
*
* @param {Grid_Search_RandomInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_search_random: ((inputs?: Grid_Search_RandomInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Search_RandomInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid" |
*
* @param {Grid_SelectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_select: ((inputs?: Grid_SelectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_SelectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "settings" |
*
* @param {Grid_Settings_ManyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_settings_many: ((inputs?: Grid_Settings_ManyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Settings_ManyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "setting" |
*
* @param {Grid_Settings_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_settings_one: ((inputs?: Grid_Settings_OneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Settings_OneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "show" |
*
* @param {Grid_ShowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show: ((inputs?: Grid_ShowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_ShowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "all" |
*
* @param {Grid_Show_AllInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_all: ((inputs?: Grid_Show_AllInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Show_AllInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "best 3" |
*
* @param {Grid_Show_Best3Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_best3: ((inputs?: Grid_Show_Best3Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Show_Best3Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Grid_Show_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_none: ((inputs?: Grid_Show_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Show_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show {label} on the curves" |
*
* @param {Grid_Show_On_CurvesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_on_curves: ((inputs: Grid_Show_On_CurvesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Show_On_CurvesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show its results" |
*
* @param {Grid_Show_ResultsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_results: ((inputs?: Grid_Show_ResultsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Show_ResultsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Start over" |
*
* @param {Grid_Start_OverInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_start_over: ((inputs?: Grid_Start_OverInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Start_OverInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run every setting again, in a new grid" |
*
* @param {Grid_Start_Over_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_start_over_title: ((inputs?: Grid_Start_Over_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Start_Over_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "completed" |
*
* @param {Grid_Status_CompletedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_completed: ((inputs?: Grid_Status_CompletedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Status_CompletedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Grid_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_failed: ((inputs?: Grid_Status_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Status_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "interrupted" |
*
* @param {Grid_Status_InterruptedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_interrupted: ((inputs?: Grid_Status_InterruptedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Status_InterruptedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "running" |
*
* @param {Grid_Status_RunningInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_running: ((inputs?: Grid_Status_RunningInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Status_RunningInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "stopped" |
*
* @param {Grid_Status_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_stopped: ((inputs?: Grid_Status_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Status_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Standard deviation over the folds: how much the score depends on the split" |
*
* @param {Grid_Std_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_std_title: ((inputs?: Grid_Std_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Std_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "steps" |
*
* @param {Grid_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_steps: ((inputs?: Grid_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "■ Stop" |
*
* @param {Grid_StopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_stop: ((inputs?: Grid_StopInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_StopInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "■ Stop grid" |
*
* @param {Grid_Stop_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_stop_grid: ((inputs?: Grid_Stop_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Stop_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Stop sweeping {label}" |
*
* @param {Grid_Stop_SweepingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_stop_sweeping: ((inputs: Grid_Stop_SweepingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Stop_SweepingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "stratified" |
*
* @param {Grid_StratifiedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_stratified: ((inputs?: Grid_StratifiedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_StratifiedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "+ sweep" |
*
* @param {Grid_SweepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep: ((inputs?: Grid_SweepInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_SweepInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A grid sweeps at most {count} settings." |
*
* @param {Grid_Sweep_FullInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_full: ((inputs: Grid_Sweep_FullInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Sweep_FullInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sweep {label}" |
*
* @param {Grid_Sweep_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_label: ((inputs: Grid_Sweep_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Sweep_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sweep with one value for:" |
*
* @param {Grid_Sweep_One_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_one_value: ((inputs?: Grid_Sweep_One_ValueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Sweep_One_ValueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Try several values of {label} in a grid search, each scored by cross-validation." |
*
* @param {Grid_Sweep_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_title: ((inputs: Grid_Sweep_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Sweep_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Which layers to sweep" |
*
* @param {Grid_Sweep_WhichInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_which: ((inputs?: Grid_Sweep_WhichInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Sweep_WhichInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sweeping {label} over {values}: see the Grid tab." |
*
* @param {Grid_Sweeping_NoticeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweeping_notice: ((inputs: Grid_Sweeping_NoticeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Sweeping_NoticeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "✓ swept" |
*
* @param {Grid_SweptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_swept: ((inputs?: Grid_SweptInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_SweptInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} is swept by {by}; remove that sweep to tick it here." |
*
* @param {Grid_Swept_ByInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_swept_by: ((inputs: Grid_Swept_ByInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Swept_ByInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label}: swept in the grid" |
*
* @param {Grid_Swept_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_swept_label: ((inputs: Grid_Swept_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Swept_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This setting is swept in the grid search: show it in the Grid tab." |
*
* @param {Grid_Swept_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_swept_title: ((inputs?: Grid_Swept_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Swept_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} settings · tick to draw their curves" |
*
* @param {Grid_Table_ToolsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_table_tools: ((inputs: Grid_Table_ToolsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Table_ToolsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "← The model" |
*
* @param {Grid_The_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_the_model: ((inputs?: Grid_The_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_The_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | ", then 1 refit" |
*
* @param {Grid_Then_RefitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_then_refit: ((inputs?: Grid_Then_RefitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Then_RefitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Tick settings in the table to see their curves." |
*
* @param {Grid_Tick_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_tick_settings: ((inputs?: Grid_Tick_SettingsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Tick_SettingsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "to" |
*
* @param {Grid_ToInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_to: ((inputs?: Grid_ToInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_ToInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "training runs" |
*
* @param {Grid_Training_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_training_runs: ((inputs?: Grid_Training_RunsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Training_RunsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "settings to draw" |
*
* @param {Grid_TrialsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_trials: ((inputs?: Grid_TrialsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_TrialsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "An unfinished grid of this lab ({done} of {total} settings done) is kept: Resume runs only what is missing." |
*
* @param {Grid_UnfinishedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_unfinished: ((inputs: Grid_UnfinishedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_UnfinishedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} values: {values}" |
*
* @param {Grid_Values_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_values_count: ((inputs: Grid_Values_CountInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Values_CountInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "values, separated by commas" |
*
* @param {Grid_Values_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_values_label: ((inputs?: Grid_Values_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Values_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Which folds" |
*
* @param {Grid_Which_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_which_folds: ((inputs?: Grid_Which_FoldsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Grid_Which_FoldsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "All steps" |
*
* @param {Guide_All_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_all_steps: ((inputs?: Guide_All_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_All_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "answer" |
*
* @param {Guide_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_answer: ((inputs?: Guide_AnswerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_AnswerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Back" |
*
* @param {Guide_BackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_back: ((inputs?: Guide_BackInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_BackInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A run" |
*
* @param {Guide_Check_A_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_a_run: ((inputs?: Guide_Check_A_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_A_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A run {filter}" |
*
* @param {Guide_Check_A_Run_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_a_run_where: ((inputs: Guide_Check_A_Run_WhereInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_A_Run_WhereInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "above {value}" |
*
* @param {Guide_Check_AboveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_above: ((inputs: Guide_Check_AboveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_AboveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "best" |
*
* @param {Guide_Check_At_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_at_best: ((inputs?: Guide_Check_At_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_At_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "last" |
*
* @param {Guide_Check_At_LastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_at_last: ((inputs?: Guide_Check_At_LastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_At_LastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "below {value}" |
*
* @param {Guide_Check_BelowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_below: ((inputs: Guide_Check_BelowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_BelowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{runs}." |
*
* @param {Guide_Check_ComparedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_compared: ((inputs: Guide_Check_ComparedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_ComparedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: early stopping stopped it after epoch {epoch} of {planned}." |
*
* @param {Guide_Check_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_early_stopped: ((inputs: Guide_Check_Early_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Early_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "first layer" |
*
* @param {Guide_Check_First_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_first_layer: ((inputs?: Guide_Check_First_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_First_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid '{name}' finished {settings} settings of {folds} folds." |
*
* @param {Guide_Check_Grid_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_grid_done: ((inputs: Guide_Check_Grid_DoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Grid_DoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid '{name}' is {status} with {settings} settings of {folds} folds done: run the grid to the end." |
*
* @param {Guide_Check_Grid_UnfinishedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_grid_unfinished: ((inputs: Guide_Check_Grid_UnfinishedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Grid_UnfinishedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} finished runs compared: {runs}" |
*
* @param {Guide_Check_Label_ComparedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_compared: ((inputs: Guide_Check_Label_ComparedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Label_ComparedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{aRun} that early stopping stopped before its last epoch" |
*
* @param {Guide_Check_Label_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_early_stopped: ((inputs: Guide_Check_Label_Early_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Label_Early_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A finished grid with at least {settings} settings of {folds} folds each" |
*
* @param {Guide_Check_Label_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_grid: ((inputs: Guide_Check_Label_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Label_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{aRun} whose {at} {metric} is {bounds}" |
*
* @param {Guide_Check_Label_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_metric: ((inputs: Guide_Check_Label_MetricInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Label_MetricInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{aRun} whose val_loss rises for {epochs} epochs in a row after its minimum" |
*
* @param {Guide_Check_Label_OverfitsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_overfits: ((inputs: Guide_Check_Label_OverfitsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Label_OverfitsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "label smoothing {value}" |
*
* @param {Guide_Check_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_smoothing: ((inputs: Guide_Check_Label_SmoothingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Label_SmoothingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{aRun} whose {layer} has more than {above} of its weights at ~0" |
*
* @param {Guide_Check_Label_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_sparsity: ((inputs: Guide_Check_Label_SparsityInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Label_SparsityInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "layer '{name}'" |
*
* @param {Guide_Check_Layer_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_layer_named: ((inputs: Guide_Check_Layer_NamedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Layer_NamedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "learning rate {value}" |
*
* @param {Guide_Check_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_learning_rate: ((inputs: Guide_Check_Learning_RateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Learning_RateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: {at} {metric} {value}." |
*
* @param {Guide_Check_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_metric: ((inputs: Guide_Check_MetricInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_MetricInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No grid of this lab yet: press \"Run grid\"." |
*
* @param {Guide_Check_No_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_grid: ((inputs?: Guide_Check_No_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_No_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run} has no {metric}." |
*
* @param {Guide_Check_No_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_metric: ((inputs: Guide_Check_No_MetricInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_No_MetricInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No finished run yet: train one." |
*
* @param {Guide_Check_No_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_run: ((inputs?: Guide_Check_No_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_No_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No finished run {filter} yet: train one." |
*
* @param {Guide_Check_No_Run_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_run_where: ((inputs: Guide_Check_No_Run_WhereInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_No_Run_WhereInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run} has no val_loss (no validation)." |
*
* @param {Guide_Check_No_Val_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_val_loss: ((inputs: Guide_Check_No_Val_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_No_Val_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run} recorded no weights: train it again in this version of LayerLab." |
*
* @param {Guide_Check_No_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_weights: ((inputs: Guide_Check_No_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_No_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run} recorded no weights for layer '{layer}': train it again in this version of LayerLab." |
*
* @param {Guide_Check_No_Weights_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_weights_layer: ((inputs: Guide_Check_No_Weights_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_No_Weights_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run} trained all {planned} epochs: early stopping did not stop it." |
*
* @param {Guide_Check_Not_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_not_early_stopped: ((inputs: Guide_Check_Not_Early_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Not_Early_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: val_loss lowest at epoch {best} ({value}), its last epoch: it has not risen for {epochs} epochs yet. Train longer, or a bigger model." |
*
* @param {Guide_Check_Not_Overfit_LastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_not_overfit_last: ((inputs: Guide_Check_Not_Overfit_LastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Not_Overfit_LastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: val_loss lowest at epoch {best} ({value}), then {after} epochs more: it has not risen for {epochs} epochs yet. Train longer, or a bigger model." |
*
* @param {Guide_Check_Not_Overfit_MoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_not_overfit_more: ((inputs: Guide_Check_Not_Overfit_MoreInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Not_Overfit_MoreInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: val_loss lowest at epoch {best} ({value}), then 1 epoch more: it has not risen for {epochs} epochs yet. Train longer, or a bigger model." |
*
* @param {Guide_Check_Not_Overfit_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_not_overfit_one: ((inputs: Guide_Check_Not_Overfit_OneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Not_Overfit_OneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "on {name}" |
*
* @param {Guide_Check_On_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_on_layer: ((inputs: Guide_Check_On_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_On_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "on {count} layers" |
*
* @param {Guide_Check_On_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_on_layers: ((inputs: Guide_Check_On_LayersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_On_LayersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "one of any kind" |
*
* @param {Guide_Check_One_AnyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_one_any: ((inputs?: Guide_Check_One_AnyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_One_AnyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "one {filter}" |
*
* @param {Guide_Check_One_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_one_where: ((inputs: Guide_Check_One_WhereInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_One_WhereInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "not passed yet" |
*
* @param {Guide_Check_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_open: ((inputs?: Guide_Check_OpenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_OpenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: val_loss lowest at epoch {best} ({value}), then rose for {rose} epochs ({last} at epoch {lastEpoch})." |
*
* @param {Guide_Check_OverfitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_overfit: ((inputs: Guide_Check_OverfitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_OverfitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "passed" |
*
* @param {Guide_Check_PassedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_passed: ((inputs?: Guide_Check_PassedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_PassedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "recorded" |
*
* @param {Guide_Check_RecordedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_recorded: ((inputs?: Guide_Check_RecordedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_RecordedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run '{name}' ({parts})" |
*
* @param {Guide_Check_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_run: ((inputs: Guide_Check_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The same run cannot stand for two of these: train one run for each." |
*
* @param {Guide_Check_Same_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_same_run: ((inputs?: Guide_Check_Same_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Same_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: {layer} has {sparsity} of its weights at ~0." |
*
* @param {Guide_Check_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_sparsity: ((inputs: Guide_Check_SparsityInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_SparsityInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{run}: {layer} has {sparsity} of its weights at ~0 (more than {needed} needed)." |
*
* @param {Guide_Check_Sparsity_ShortInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_sparsity_short: ((inputs: Guide_Check_Sparsity_ShortInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Check_Sparsity_ShortInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Checks" |
*
* @param {Guide_ChecksInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_checks: ((inputs?: Guide_ChecksInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_ChecksInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Every check passes" |
*
* @param {Guide_Every_Check_PassesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_every_check_passes: ((inputs?: Guide_Every_Check_PassesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Every_Check_PassesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "augmentation" |
*
* @param {Guide_Filter_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_augmentation: ((inputs?: Guide_Filter_AugmentationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_AugmentationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{with} {without}" |
*
* @param {Guide_Filter_BothInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_both: ((inputs: Guide_Filter_BothInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_BothInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "data augmentation" |
*
* @param {Guide_Filter_Data_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_data_augmentation: ((inputs?: Guide_Filter_Data_AugmentationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Data_AugmentationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Guide_Filter_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_early_stopping: ((inputs?: Guide_Filter_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "L1 or L2" |
*
* @param {Guide_Filter_L1_Or_L2Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_l1_or_l2: ((inputs?: Guide_Filter_L1_Or_L2Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_L1_Or_L2Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a learning rate of at least {value}" |
*
* @param {Guide_Filter_Lr_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_lr_at_least: ((inputs: Guide_Filter_Lr_At_LeastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Lr_At_LeastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a learning rate of at most {value}" |
*
* @param {Guide_Filter_Lr_At_MostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_lr_at_most: ((inputs: Guide_Filter_Lr_At_MostInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Lr_At_MostInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "at least {count} parameters" |
*
* @param {Guide_Filter_Params_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_params_at_least: ((inputs: Guide_Filter_Params_At_LeastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Params_At_LeastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "at most {count} parameters" |
*
* @param {Guide_Filter_Params_At_MostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_params_at_most: ((inputs: Guide_Filter_Params_At_MostInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Params_At_MostInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Guide_Filter_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_shuffled_labels: ((inputs?: Guide_Filter_Shuffled_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Shuffled_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "label smoothing of at least {value}" |
*
* @param {Guide_Filter_Smoothing_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_smoothing_at_least: ((inputs: Guide_Filter_Smoothing_At_LeastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Smoothing_At_LeastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a weight penalty" |
*
* @param {Guide_Filter_Weight_PenaltyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_weight_penalty: ((inputs?: Guide_Filter_Weight_PenaltyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_Weight_PenaltyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "with {list}" |
*
* @param {Guide_Filter_WithInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_with: ((inputs: Guide_Filter_WithInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_WithInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "without {list}" |
*
* @param {Guide_Filter_WithoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_without: ((inputs: Guide_Filter_WithoutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Filter_WithoutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Layers" |
*
* @param {Guide_Layers_ToggleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_layers_toggle: ((inputs?: Guide_Layers_ToggleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Layers_ToggleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show the layers to add instead of the steps" |
*
* @param {Guide_Layers_Toggle_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_layers_toggle_title: ((inputs?: Guide_Layers_Toggle_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Layers_Toggle_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{head} and {last}" |
*
* @param {Guide_List_AndInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_list_and: ((inputs: Guide_List_AndInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_List_AndInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "," |
*
* @param {Guide_List_CommaInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_list_comma: ((inputs?: Guide_List_CommaInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_List_CommaInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | ";" |
*
* @param {Guide_List_SemicolonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_list_semicolon: ((inputs?: Guide_List_SemicolonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_List_SemicolonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "about {count} minutes" |
*
* @param {Guide_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_minutes: ((inputs: Guide_MinutesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_MinutesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "about 1 minute" |
*
* @param {Guide_Minutes_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_minutes_one: ((inputs?: Guide_Minutes_OneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Minutes_OneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "under a minute" |
*
* @param {Guide_Minutes_UnderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_minutes_under: ((inputs?: Guide_Minutes_UnderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Minutes_UnderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "for your report" |
*
* @param {Guide_Name_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_name_placeholder: ((inputs?: Guide_Name_PlaceholderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Name_PlaceholderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Next" |
*
* @param {Guide_NextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_next: ((inputs?: Guide_NextInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_NextInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This lab has no steps yet." |
*
* @param {Guide_No_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_no_steps: ((inputs?: Guide_No_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_No_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Not checked yet" |
*
* @param {Guide_Not_CheckedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_not_checked: ((inputs?: Guide_Not_CheckedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Not_CheckedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Set up this step" |
*
* @param {Guide_Set_UpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_set_up: ((inputs?: Guide_Set_UpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Set_UpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Set up “{title}”: {what}. Undo puts your lab back." |
*
* @param {Guide_Setup_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_setup_done: ((inputs: Guide_Setup_DoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Setup_DoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the layers were laid out again" |
*
* @param {Guide_Setup_Laid_OutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_setup_laid_out: ((inputs?: Guide_Setup_Laid_OutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Setup_Laid_OutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "“{title}” is already set up: nothing changed." |
*
* @param {Guide_Setup_NothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_setup_nothing: ((inputs: Guide_Setup_NothingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Setup_NothingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show {name}" |
*
* @param {Guide_Show_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_show_run: ((inputs: Guide_Show_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Show_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Step {index} of {count}" |
*
* @param {Guide_Step_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_step_count: ((inputs: Guide_Step_CountInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Step_CountInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "I have done this step" |
*
* @param {Guide_Step_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_step_done: ((inputs?: Guide_Step_DoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Step_DoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{title} done" |
*
* @param {Guide_Step_Done_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_step_done_label: ((inputs: Guide_Step_Done_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Step_Done_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Guide_Steps_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_steps_heading: ((inputs?: Guide_Steps_HeadingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Steps_HeadingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the run" |
*
* @param {Guide_The_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_the_run: ((inputs?: Guide_The_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_The_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Your name" |
*
* @param {Guide_Your_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_your_name: ((inputs?: Guide_Your_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Guide_Your_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "JavaScript" |
*
* @param {Hosttext_Backend_JavascriptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_backend_javascript: ((inputs?: Hosttext_Backend_JavascriptInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_Backend_JavascriptInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "native CPU (TensorFlow)" |
*
* @param {Hosttext_Backend_TensorflowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_backend_tensorflow: ((inputs?: Hosttext_Backend_TensorflowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_Backend_TensorflowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "GPU (CUDA, native TensorFlow)" |
*
* @param {Hosttext_Backend_Tensorflow_GpuInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_backend_tensorflow_gpu: ((inputs?: Hosttext_Backend_Tensorflow_GpuInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_Backend_Tensorflow_GpuInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "GPU (WebGPU)" |
*
* @param {Hosttext_Backend_WebgpuInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_backend_webgpu: ((inputs?: Hosttext_Backend_WebgpuInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_Backend_WebgpuInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fast kernels: {kernels}" |
*
* @param {Hosttext_Fast_KernelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_fast_kernels: ((inputs: Hosttext_Fast_KernelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_Fast_KernelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no SIMD" |
*
* @param {Hosttext_No_SimdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_no_simd: ((inputs?: Hosttext_No_SimdInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_No_SimdInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "SIMD" |
*
* @param {Hosttext_SimdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_simd: ((inputs?: Hosttext_SimdInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_SimdInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "single thread" |
*
* @param {Hosttext_Single_ThreadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_single_thread: ((inputs?: Hosttext_Single_ThreadInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_Single_ThreadInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} threads" |
*
* @param {Hosttext_ThreadsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_threads: ((inputs: Hosttext_ThreadsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_ThreadsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "single thread ({count} threads could not start: {detail})" |
*
* @param {Hosttext_Threads_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_threads_failed: ((inputs: Hosttext_Threads_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Hosttext_Threads_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Import again" |
*
* @param {Import_AgainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_again: ((inputs?: Import_AgainInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_AgainInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Import" |
*
* @param {Import_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_button: ((inputs?: Import_ButtonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_ButtonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Import (Ctrl+Enter)" |
*
* @param {Import_Button_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_button_title: ((inputs?: Import_Button_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_Button_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Import_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_done: ((inputs?: Import_DoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_DoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Code, or drop a .py file" |
*
* @param {Import_Drop_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_drop_label: ((inputs?: Import_Drop_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_Drop_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Paste a model as your course writes it ({sequential}, {add} or the functional API, with {compile} and {fit}), or drop a {py} file here." |
*
* @param {Import_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_hint: ((inputs: Import_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Importing…" |
*
* @param {Import_ImportingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_importing: ((inputs?: Import_ImportingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_ImportingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Line {line}" |
*
* @param {Import_LineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_line: ((inputs: Import_LineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_LineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open a .py file…" |
*
* @param {Import_Open_PyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_open_py: ((inputs?: Import_Open_PyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_Open_PyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Select line {line} in the code" |
*
* @param {Import_Select_LineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_select_line: ((inputs: Import_Select_LineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_Select_LineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Import Keras code" |
*
* @param {Import_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_title: ((inputs?: Import_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Imported, with {count} warning" |
* | * | "Imported, with {count} warnings" |
*
* @param {Import_WarningsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_warnings: ((inputs: Import_WarningsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Import_WarningsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Activations" |
*
* @param {Inspect_ActivationsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_activations: ((inputs?: Inspect_ActivationsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_ActivationsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The model" |
*
* @param {Inspect_BackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_back: ((inputs?: Inspect_BackInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_BackInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Back to the model (Esc)" |
*
* @param {Inspect_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_back_title: ((inputs?: Inspect_Back_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Back_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Loading what the runs recorded…" |
*
* @param {Inspect_Empty_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_empty_loading: ((inputs?: Inspect_Empty_LoadingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Empty_LoadingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "The ticked run has no record of what happens inside its model: runs imported from Keras files and runs trained before LayerLab recorded weights, errors and b..." |
* | * | "None of the ticked runs has a record of what happens inside its model: runs imported from Keras files and runs trained before LayerLab recorded weights, erro..." |
*
* @param {Inspect_Empty_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_empty_none: ((inputs: Inspect_Empty_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Empty_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Tick runs in the runs list to look inside their models, epoch by epoch." |
*
* @param {Inspect_Empty_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_empty_tick: ((inputs?: Inspect_Empty_TickInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Empty_TickInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Train a run (or press {key} on one) to see inside it." |
*
* @param {Inspect_Empty_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_empty_train: ((inputs: Inspect_Empty_TrainInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Empty_TrainInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Epoch" |
*
* @param {Inspect_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_epoch: ((inputs?: Inspect_EpochInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_EpochInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "epoch {epoch} / {last}" |
*
* @param {Inspect_Epoch_AtInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_epoch_at: ((inputs: Inspect_Epoch_AtInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Epoch_AtInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Epoch shown" |
*
* @param {Inspect_Epoch_ShownInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_epoch_shown: ((inputs?: Inspect_Epoch_ShownInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Epoch_ShownInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Epoch 0 is before training" |
*
* @param {Inspect_Epoch_ZeroInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_epoch_zero: ((inputs?: Inspect_Epoch_ZeroInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Epoch_ZeroInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Play the epochs" |
*
* @param {Inspect_PlayInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_play: ((inputs?: Inspect_PlayInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_PlayInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Step through the epochs" |
*
* @param {Inspect_Play_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_play_title: ((inputs?: Inspect_Play_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Play_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run" |
*
* @param {Inspect_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_run: ((inputs?: Inspect_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The run this view shows" |
*
* @param {Inspect_Run_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_run_title: ((inputs?: Inspect_Run_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_Run_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Not shown: {names} recorded nothing inside its model (imported or older runs)." |
* | * | "Not shown: {names} recorded nothing inside their models (imported or older runs)." |
*
* @param {Inspect_SilentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_silent: ((inputs: Inspect_SilentInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_SilentInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Inside the model" |
*
* @param {Inspect_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_title: ((inputs?: Inspect_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Inspect view" |
*
* @param {Inspect_ViewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_view: ((inputs?: Inspect_ViewInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspect_ViewInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Inspector_DeleteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_delete: ((inputs?: Inspector_DeleteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_DeleteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Duplicate" |
*
* @param {Inspector_DuplicateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_duplicate: ((inputs?: Inspector_DuplicateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_DuplicateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Layer settings" |
*
* @param {Inspector_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_label: ((inputs?: Inspector_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Move down" |
*
* @param {Inspector_Move_DownInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_move_down: ((inputs?: Inspector_Move_DownInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_Move_DownInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Move up" |
*
* @param {Inspector_Move_UpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_move_up: ((inputs?: Inspector_Move_UpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_Move_UpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Output shape" |
*
* @param {Inspector_Output_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_output_shape: ((inputs?: Inspector_Output_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_Output_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Parameters" |
*
* @param {Inspector_ParametersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_parameters: ((inputs?: Inspector_ParametersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_ParametersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} layers selected." |
*
* @param {Inspector_SelectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_selected: ((inputs: Inspector_SelectedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_SelectedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} trainable" |
*
* @param {Inspector_TrainableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_trainable: ((inputs: Inspector_TrainableInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Inspector_TrainableInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' needs inputs of one shape, but gets {shapes}. Make the branches end in the same shape, or use Concatenate." |
*
* @param {Issue_Add_ShapesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_add_shapes: ((inputs: Issue_Add_ShapesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Add_ShapesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' gets {shape}, which is already flat; remove it." |
*
* @param {Issue_Already_FlatInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_already_flat: ((inputs: Issue_Already_FlatInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Already_FlatInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A connection points to a layer that does not exist ('{id}'); delete it." |
*
* @param {Issue_Bad_EdgeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_bad_edge: ((inputs: Issue_Bad_EdgeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Bad_EdgeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The output layer '{name}' has activation '{activation}'; binary_crossentropy expects a probability, so set it to 'sigmoid'." |
*
* @param {Issue_Binary_ActivationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_binary_activation: ((inputs: Issue_Binary_ActivationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Binary_ActivationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "binary_crossentropy is for two classes, but {dataset} has {classes}. Use sparse_categorical_crossentropy with a Dense({classes}, softmax) output." |
*
* @param {Issue_Binary_ClassesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_binary_classes: ((inputs: Issue_Binary_ClassesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Binary_ClassesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The output layer '{name}' gives {shape}; binary_crossentropy needs one unit: make it Dense(1, activation 'sigmoid')." |
*
* @param {Issue_Binary_UnitsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_binary_units: ((inputs: Issue_Binary_UnitsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Binary_UnitsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The output layer '{name}' has activation '{activation}'; {loss} expects class probabilities, so set it to 'softmax'." |
*
* @param {Issue_Class_ActivationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_class_activation: ((inputs: Issue_Class_ActivationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Class_ActivationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The output layer '{name}' gives {shape}, but {dataset} has {classes} classes: make it Dense({classes}, activation 'softmax')." |
*
* @param {Issue_Class_UnitsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_class_units: ((inputs: Issue_Class_UnitsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Class_UnitsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The output layer '{name}' gives {shape}, but {dataset} has {classes} classes: make it Dense({classes}, activation 'softmax') after a Flatten." |
*
* @param {Issue_Class_Units_FlattenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_class_units_flatten: ((inputs: Issue_Class_Units_FlattenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Class_Units_FlattenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' cannot join {shapes} along axis {axis}: the inputs need the same rank and the axis must exist." |
*
* @param {Issue_Concat_RankInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_concat_rank: ((inputs: Issue_Concat_RankInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Concat_RankInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' cannot join {shapes} along axis {axis}: all other sizes must match." |
*
* @param {Issue_Concat_SizesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_concat_sizes: ((inputs: Issue_Concat_SizesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Concat_SizesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' is part of a loop; a model must flow one way from Input to output. Remove one connection of the loop." |
*
* @param {Issue_CycleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_cycle: ((inputs: Issue_CycleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_CycleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' is a dead end: {count} layers end the model ({names}), but it needs exactly one output. Connect it onward or delete it." |
*
* @param {Issue_Dead_EndInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_dead_end: ((inputs: Issue_Dead_EndInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Dead_EndInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Two layers share the id '{id}'." |
*
* @param {Issue_Duplicate_IdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_duplicate_id: ((inputs: Issue_Duplicate_IdInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Duplicate_IdInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Two layers are named '{name}'; rename one." |
*
* @param {Issue_Duplicate_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_duplicate_name: ((inputs: Issue_Duplicate_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Duplicate_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The model is empty: start with an Input layer, then add layers after it." |
*
* @param {Issue_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_empty: ((inputs?: Issue_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The setting {trial} makes the model invalid: {issue}" |
*
* @param {Issue_Grid_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_grid_invalid: ((inputs: Issue_Grid_InvalidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Grid_InvalidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' cannot take inputs; remove the connection into it." |
*
* @param {Issue_Input_Has_InputsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_input_has_inputs: ((inputs: Issue_Input_Has_InputsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Input_Has_InputsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Input layer '{name}' has shape {shape} ({size} values), but {dataset} examples are {expected} ({expectedSize} values). Set the Input shape to {expected}." |
*
* @param {Issue_Input_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_input_shape: ((inputs: Issue_Input_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Input_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' is not connected to anything: connect it to the first layer." |
*
* @param {Issue_Input_UnconnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_input_unconnected: ((inputs: Issue_Input_UnconnectedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Input_UnconnectedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "and" |
*
* @param {Issue_Join_AndInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_join_and: ((inputs?: Issue_Join_AndInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Join_AndInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "," |
*
* @param {Issue_Join_CommaInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_join_comma: ((inputs?: Issue_Join_CommaInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Join_CommaInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}': its {kernel} kernel does not fit the {image} image it gets. Use a smaller kernel, padding 'same', or fewer pooling layers before it." |
*
* @param {Issue_Kernel_Too_BigInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_kernel_too_big: ((inputs: Issue_Kernel_Too_BigInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Kernel_Too_BigInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' gets a {shape} tensor but needs a flat vector: add a Flatten layer before it." |
*
* @param {Issue_Needs_FlatInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_needs_flat: ((inputs: Issue_Needs_FlatInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Needs_FlatInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' gets a {shape} tensor but needs a flat vector: add a Flatten layer before it (or GlobalAveragePooling2D)." |
*
* @param {Issue_Needs_Flat_ImageInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_needs_flat_image: ((inputs: Issue_Needs_Flat_ImageInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Needs_Flat_ImageInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' needs an image tensor [height, width, channels], but gets {shape}. Use an Input of shape [height, width, channels], like [28, 28, 1]." |
*
* @param {Issue_Needs_ImageInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_needs_image: ((inputs: Issue_Needs_ImageInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Needs_ImageInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' needs an image tensor [height, width, channels], but gets {shape}. Add a Reshape layer before it (for example to {image}), or use Dense..." |
*
* @param {Issue_Needs_Image_FlatInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_needs_image_flat: ((inputs: Issue_Needs_Image_FlatInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Needs_Image_FlatInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The model has no Input layer: add one at the top and connect it to the first layer." |
*
* @param {Issue_No_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_no_input: ((inputs?: Issue_No_InputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_No_InputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' has no input: connect a layer into it, or delete it." |
*
* @param {Issue_No_InputsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_no_inputs: ((inputs: Issue_No_InputsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_No_InputsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The model has no output layer: add a Dense layer after the last one." |
*
* @param {Issue_No_OutputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_no_output: ((inputs?: Issue_No_OutputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_No_OutputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Not ready to train: {why}" |
*
* @param {Issue_Not_Ready_To_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_not_ready_to_train: ((inputs: Issue_Not_Ready_To_TrainInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Not_Ready_To_TrainInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}': {param} {problem}." |
*
* @param {Issue_ParamInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_param: ((inputs: Issue_ParamInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_ParamInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}': its {window} window does not fit the {image} image it gets. Use a smaller pool size, padding 'same', or remove a pooling layer before it." |
*
* @param {Issue_Pool_WindowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_pool_window: ((inputs: Issue_Pool_WindowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Pool_WindowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be at least {min}" |
*
* @param {Issue_Problem_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_at_least: ((inputs: Issue_Problem_At_LeastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_At_LeastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be from {min} up to (not including) {max}" |
*
* @param {Issue_Problem_BelowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_below: ((inputs: Issue_Problem_BelowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_BelowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be from {min} to {max}" |
*
* @param {Issue_Problem_BetweenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_between: ((inputs: Issue_Problem_BetweenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_BetweenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "must be true or false" |
*
* @param {Issue_Problem_BoolInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_bool: ((inputs?: Issue_Problem_BoolInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_BoolInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is '{value}'; choose one of {options}" |
*
* @param {Issue_Problem_EnumInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_enum: ((inputs: Issue_Problem_EnumInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_EnumInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "must be a number, not {value}" |
*
* @param {Issue_Problem_Not_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_not_number: ((inputs: Issue_Problem_Not_NumberInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_Not_NumberInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "must be a whole number, not {value}" |
*
* @param {Issue_Problem_Not_WholeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_not_whole: ((inputs: Issue_Problem_Not_WholeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_Not_WholeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be two whole numbers of at least 1, like [3, 3]" |
*
* @param {Issue_Problem_PairInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_pair: ((inputs: Issue_Problem_PairInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_PairInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "has a negative or invalid factor (l1 {l1}, l2 {l2}); factors must be 0 or more" |
*
* @param {Issue_Problem_RegularizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_regularizer: ((inputs: Issue_Problem_RegularizerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_RegularizerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be a list of whole sizes of at least 1, like [28, 28, 1]" |
*
* @param {Issue_Problem_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_shape: ((inputs: Issue_Problem_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "is {value}; it must be a list of whole sizes of at least 1 (one may be -1), like [28, 28, 1]" |
*
* @param {Issue_Problem_Shape_InferInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_problem_shape_infer: ((inputs: Issue_Problem_Shape_InferInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Problem_Shape_InferInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{name}'" |
*
* @param {Issue_QuotedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_quoted: ((inputs: Issue_QuotedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_QuotedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' cannot reshape {shape} ({total} values) to {target}: {total} is not a multiple of {known}." |
*
* @param {Issue_Reshape_MultipleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_reshape_multiple: ((inputs: Issue_Reshape_MultipleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Reshape_MultipleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' cannot reshape {shape} ({total} values) to {target} ({known} values); the sizes must multiply to {total}." |
*
* @param {Issue_Reshape_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_reshape_size: ((inputs: Issue_Reshape_SizeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Reshape_SizeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' is a second Input; a model here takes one input. Delete it or merge the branches." |
*
* @param {Issue_Second_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_second_input: ((inputs: Issue_Second_InputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Second_InputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' is connected to itself; delete that connection." |
*
* @param {Issue_Self_LoopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_self_loop: ((inputs: Issue_Self_LoopInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Self_LoopInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' merges {min} or more branches but gets {count}; connect another layer into it." |
*
* @param {Issue_Too_Few_InputsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_too_few_inputs: ((inputs: Issue_Too_Few_InputsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Too_Few_InputsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} brings the model to {count} parameters; LayerLab trains at most {max}: use fewer units or filters, or make the image smaller (pooling, strides) before..." |
*
* @param {Issue_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_too_large: ((inputs: Issue_Too_LargeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Too_LargeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} brings the model to {count} parameters ({total} in all); LayerLab trains at most {max}: use fewer units or filters, or make the image smaller (pooling..." |
*
* @param {Issue_Too_Large_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_too_large_of: ((inputs: Issue_Too_Large_OfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Too_Large_OfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} layer '{name}' takes one input but gets {count}; merge them first with an Add or Concatenate layer." |
*
* @param {Issue_Too_Many_InputsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const issue_too_many_inputs: ((inputs: Issue_Too_Many_InputsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Issue_Too_Many_InputsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "About this lab" |
*
* @param {Lab_AboutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_about: ((inputs?: Lab_AboutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_AboutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "What this lab is and what it shows (saved with the lab)." |
*
* @param {Lab_About_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_about_placeholder: ((inputs?: Lab_About_PlaceholderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_About_PlaceholderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lab" |
*
* @param {Lab_Info_RegionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_info_region: ((inputs?: Lab_Info_RegionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Info_RegionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Lab_Library_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_close: ((inputs?: Lab_Library_CloseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_CloseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A lab opens as your own copy, saved in your labs folder. The quick version trains on less data for fewer epochs: for a slow computer or a first look." |
*
* @param {Lab_Library_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_hint: ((inputs?: Lab_Library_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Listing the labs…" |
*
* @param {Lab_Library_ListingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_listing: ((inputs?: Lab_Library_ListingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_ListingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No lab matches “{query}”." |
*
* @param {Lab_Library_No_MatchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_no_match: ((inputs: Lab_Library_No_MatchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_No_MatchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Lab_Library_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_open: ((inputs?: Lab_Library_OpenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_OpenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open {name}" |
*
* @param {Lab_Library_Open_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_open_label: ((inputs: Lab_Library_Open_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_Open_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Quick version" |
*
* @param {Lab_Library_QuickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_quick: ((inputs?: Lab_Library_QuickInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_QuickInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open the quick version of {name}" |
*
* @param {Lab_Library_Quick_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_quick_label: ((inputs: Lab_Library_Quick_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_Quick_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "(quick: {minutes})" |
*
* @param {Lab_Library_Quick_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_quick_minutes: ((inputs: Lab_Library_Quick_MinutesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_Quick_MinutesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Search the labs" |
*
* @param {Lab_Library_SearchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_search: ((inputs?: Lab_Library_SearchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_SearchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Search: name, topic, dataset…" |
*
* @param {Lab_Library_Search_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_search_placeholder: ((inputs?: Lab_Library_Search_PlaceholderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_Search_PlaceholderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} steps" |
*
* @param {Lab_Library_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_steps: ((inputs: Lab_Library_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "1 step" |
*
* @param {Lab_Library_Steps_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_steps_one: ((inputs?: Lab_Library_Steps_OneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_Steps_OneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Labs" |
*
* @param {Lab_Library_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_title: ((inputs?: Lab_Library_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Library_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} (quick)" |
*
* @param {Lab_Quick_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_quick_name: ((inputs: Lab_Quick_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Quick_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Data augmentation" |
*
* @param {Lab_Topic_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_augmentation: ((inputs?: Lab_Topic_AugmentationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_AugmentationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Batch normalization" |
*
* @param {Lab_Topic_Batch_NormalizationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_batch_normalization: ((inputs?: Lab_Topic_Batch_NormalizationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_Batch_NormalizationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Capacity" |
*
* @param {Lab_Topic_CapacityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_capacity: ((inputs?: Lab_Topic_CapacityInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_CapacityInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Convolutional networks" |
*
* @param {Lab_Topic_CnnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_cnn: ((inputs?: Lab_Topic_CnnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_CnnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Dropout" |
*
* @param {Lab_Topic_DropoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_dropout: ((inputs?: Lab_Topic_DropoutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_DropoutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Early stopping" |
*
* @param {Lab_Topic_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_early_stopping: ((inputs?: Lab_Topic_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid search" |
*
* @param {Lab_Topic_Grid_SearchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_grid_search: ((inputs?: Lab_Topic_Grid_SearchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_Grid_SearchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Label smoothing" |
*
* @param {Lab_Topic_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_label_smoothing: ((inputs?: Lab_Topic_Label_SmoothingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_Label_SmoothingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Learning rate" |
*
* @param {Lab_Topic_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_learning_rate: ((inputs?: Lab_Topic_Learning_RateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_Learning_RateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Memorization" |
*
* @param {Lab_Topic_MemorizationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_memorization: ((inputs?: Lab_Topic_MemorizationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_MemorizationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Playground" |
*
* @param {Lab_Topic_PlaygroundInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_playground: ((inputs?: Lab_Topic_PlaygroundInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_PlaygroundInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Text (IMDB)" |
*
* @param {Lab_Topic_TextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_text: ((inputs?: Lab_Topic_TextInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_TextInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "L1 and L2" |
*
* @param {Lab_Topic_Weight_RegularizationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_weight_regularization: ((inputs?: Lab_Topic_Weight_RegularizationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lab_Topic_Weight_RegularizationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A bare name means {key}." |
*
* @param {Labdialog_BareInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_bare: ((inputs: Labdialog_BareInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_BareInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Browse…" |
*
* @param {Labdialog_BrowseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_browse: ((inputs?: Labdialog_BrowseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_BrowseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Download a copy" |
*
* @param {Labdialog_DownloadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_download: ((inputs?: Labdialog_DownloadInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_DownloadInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Existing labs" |
*
* @param {Labdialog_ExistingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_existing: ((inputs?: Labdialog_ExistingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_ExistingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open lab" |
*
* @param {Labdialog_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_open: ((inputs?: Labdialog_OpenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_OpenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Labdialog_Open_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_open_button: ((inputs?: Labdialog_Open_ButtonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_Open_ButtonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open a Keras model (.keras, .h5)…" |
*
* @param {Labdialog_Open_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_open_model: ((inputs?: Labdialog_Open_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_Open_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "File name or full path" |
*
* @param {Labdialog_PathInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_path: ((inputs?: Labdialog_PathInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_PathInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Recent and saved labs" |
*
* @param {Labdialog_RecentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_recent: ((inputs?: Labdialog_RecentInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_RecentInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save lab" |
*
* @param {Labdialog_SaveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_save: ((inputs?: Labdialog_SaveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_SaveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Upload from this computer (a lab, a Keras model JSON or .keras / .h5 model)…" |
*
* @param {Labdialog_UploadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_upload: ((inputs?: Labdialog_UploadInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Labdialog_UploadInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
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
* | "Applies an activation function on its own." |
*
* @param {Layer_Activation_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_activation_summary: ((inputs?: Layer_Activation_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Activation_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Adds two or more tensors of the same shape (residual connections)." |
*
* @param {Layer_Add_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_add_summary: ((inputs?: Layer_Add_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Add_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Averages each window: halves the image with the default 2x2." |
*
* @param {Layer_Averagepooling2d_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_averagepooling2d_summary: ((inputs?: Layer_Averagepooling2d_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Averagepooling2d_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Normalizes each feature over the batch, then learns a scale and an offset." |
*
* @param {Layer_Batchnormalization_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_batchnormalization_summary: ((inputs?: Layer_Batchnormalization_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Batchnormalization_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Convolution" |
*
* @param {Layer_Category_ConvolutionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_convolution: ((inputs?: Layer_Category_ConvolutionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Category_ConvolutionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Core" |
*
* @param {Layer_Category_CoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_core: ((inputs?: Layer_Category_CoreInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Category_CoreInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Input" |
*
* @param {Layer_Category_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_input: ((inputs?: Layer_Category_InputInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Category_InputInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Merge" |
*
* @param {Layer_Category_MergeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_merge: ((inputs?: Layer_Category_MergeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Category_MergeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Pooling" |
*
* @param {Layer_Category_PoolingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_pooling: ((inputs?: Layer_Category_PoolingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Category_PoolingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Regularization" |
*
* @param {Layer_Category_RegularizationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_regularization: ((inputs?: Layer_Category_RegularizationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Category_RegularizationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Joins two or more tensors along an axis (the last by default)." |
*
* @param {Layer_Concatenate_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_concatenate_summary: ((inputs?: Layer_Concatenate_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Concatenate_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Slides small filters over an image and learns local patterns." |
*
* @param {Layer_Conv2d_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_conv2d_summary: ((inputs?: Layer_Conv2d_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Conv2d_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Fully connected layer: every output sees every input." |
*
* @param {Layer_Dense_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_dense_summary: ((inputs?: Layer_Dense_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Dense_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "During training, zeroes a random fraction of its inputs; does nothing at test time." |
*
* @param {Layer_Dropout_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_dropout_summary: ((inputs?: Layer_Dropout_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Dropout_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lays an image out as one long vector, for Dense layers." |
*
* @param {Layer_Flatten_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_flatten_summary: ((inputs?: Layer_Flatten_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Flatten_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Averages each channel over the whole image: [h, w, c] becomes [c]." |
*
* @param {Layer_Globalaveragepooling2d_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_globalaveragepooling2d_summary: ((inputs?: Layer_Globalaveragepooling2d_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Globalaveragepooling2d_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Where the data enters: the shape of one example, without the batch." |
*
* @param {Layer_Input_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_input_summary: ((inputs?: Layer_Input_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Input_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keeps the largest value of each window: halves the image with the default 2x2." |
*
* @param {Layer_Maxpooling2d_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_maxpooling2d_summary: ((inputs?: Layer_Maxpooling2d_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Maxpooling2d_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Gives the same numbers a new shape; one size may be -1 (inferred)." |
*
* @param {Layer_Reshape_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_reshape_summary: ((inputs?: Layer_Reshape_SummaryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layer_Reshape_SummaryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "data augmentation" |
*
* @param {Lockwhat_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_augmentation: ((inputs?: Lockwhat_AugmentationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_AugmentationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the batch size" |
*
* @param {Lockwhat_Batch_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_batch_size: ((inputs?: Lockwhat_Batch_SizeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_Batch_SizeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the dataset" |
*
* @param {Lockwhat_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_dataset: ((inputs?: Lockwhat_DatasetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_DatasetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Lockwhat_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_early_stopping: ((inputs?: Lockwhat_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the epochs" |
*
* @param {Lockwhat_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_epochs: ((inputs?: Lockwhat_EpochsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_EpochsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the label smoothing" |
*
* @param {Lockwhat_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_label_smoothing: ((inputs?: Lockwhat_Label_SmoothingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_Label_SmoothingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the learning rate" |
*
* @param {Lockwhat_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_learning_rate: ((inputs?: Lockwhat_Learning_RateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_Learning_RateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the loss" |
*
* @param {Lockwhat_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_loss: ((inputs?: Lockwhat_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the momentum" |
*
* @param {Lockwhat_MomentumInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_momentum: ((inputs?: Lockwhat_MomentumInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_MomentumInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the optimizer" |
*
* @param {Lockwhat_OptimizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_optimizer: ((inputs?: Lockwhat_OptimizerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_OptimizerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the seed" |
*
* @param {Lockwhat_SeedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_seed: ((inputs?: Lockwhat_SeedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_SeedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Lockwhat_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_shuffled_labels: ((inputs?: Lockwhat_Shuffled_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_Shuffled_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the training subset" |
*
* @param {Lockwhat_SubsetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_subset: ((inputs?: Lockwhat_SubsetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_SubsetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the validation data" |
*
* @param {Lockwhat_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_validation: ((inputs?: Lockwhat_ValidationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Lockwhat_ValidationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Menu_EditInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_edit: ((inputs?: Menu_EditInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_EditInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Export Python Script…" |
*
* @param {Menu_Export_PythonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_export_python: ((inputs?: Menu_Export_PythonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Export_PythonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "File" |
*
* @param {Menu_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_file: ((inputs?: Menu_FileInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_FileInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "New Lab" |
*
* @param {Menu_New_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_new_lab: ((inputs?: Menu_New_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_New_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Open Lab…" |
*
* @param {Menu_Open_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_open_lab: ((inputs?: Menu_Open_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Open_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run" |
*
* @param {Menu_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_run: ((inputs?: Menu_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save As…" |
*
* @param {Menu_Save_AsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_save_as: ((inputs?: Menu_Save_AsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Save_AsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "View" |
*
* @param {Menu_ViewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_view: ((inputs?: Menu_ViewInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_ViewInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This page needs the address that {key} printed:" |
*
* @param {Noconnection_NeedsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const noconnection_needs: ((inputs: Noconnection_NeedsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Noconnection_NeedsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The token in it keeps other programs and web pages from using your LayerLab." |
*
* @param {Noconnection_TokenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const noconnection_token: ((inputs?: Noconnection_TokenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Noconnection_TokenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "not connected" |
*
* @param {Node_Not_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const node_not_connected: ((inputs?: Node_Not_ConnectedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Node_Not_ConnectedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Output shape, as Keras' model.summary() prints it" |
*
* @param {Node_Shape_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const node_shape_title: ((inputs?: Node_Shape_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Node_Shape_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Notice_DismissInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_dismiss: ((inputs?: Notice_DismissInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_DismissInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Exported {files}." |
*
* @param {Notice_ExportedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_exported: ((inputs: Notice_ExportedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_ExportedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Exported model.json and weights.bin (load them with tf.loadLayersModel)." |
*
* @param {Notice_Exported_TfjsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_exported_tfjs: ((inputs?: Notice_Exported_TfjsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_Exported_TfjsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Imported {what} as \"{name}\"; Undo brings back the previous lab." |
*
* @param {Notice_Imported_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_imported_code: ((inputs: Notice_Imported_CodeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_Imported_CodeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Opened {path}" |
*
* @param {Notice_OpenedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_opened: ((inputs: Notice_OpenedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_OpenedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Opened the Keras model JSON {name} as a new lab: check its dataset and training settings, then save it." |
*
* @param {Notice_Opened_Keras_JsonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_opened_keras_json: ((inputs: Notice_Opened_Keras_JsonInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_Opened_Keras_JsonInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Opened {file} as the run \"{run}\": evaluate it on the test set or continue training it from the runs list." |
*
* @param {Notice_Opened_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_opened_model: ((inputs: Notice_Opened_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_Opened_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Move the damaged store aside" |
*
* @param {Notice_Repair_StoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_repair_store: ((inputs?: Notice_Repair_StoreInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_Repair_StoreInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Saved {path}" |
*
* @param {Notice_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_saved: ((inputs: Notice_SavedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_SavedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the Keras code" |
*
* @param {Notice_The_Keras_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_the_keras_code: ((inputs?: Notice_The_Keras_CodeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notice_The_Keras_CodeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} must be a number." |
*
* @param {Number_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const number_invalid: ((inputs: Number_InvalidInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Number_InvalidInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} needs a number." |
*
* @param {Number_NeededInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const number_needed: ((inputs: Number_NeededInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Number_NeededInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Baseline: the other runs are compared with this one" |
*
* @param {Overlay_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_baseline: ((inputs?: Overlay_BaselineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_BaselineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Compared with the baseline" |
*
* @param {Overlay_Compared_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_compared_baseline: ((inputs?: Overlay_Compared_BaselineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_Compared_BaselineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Compared with the baseline, {name}" |
*
* @param {Overlay_Compared_Baseline_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_compared_baseline_named: ((inputs: Overlay_Compared_Baseline_NamedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_Compared_Baseline_NamedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Compared with the run before" |
*
* @param {Overlay_Compared_BeforeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_compared_before: ((inputs?: Overlay_Compared_BeforeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_Compared_BeforeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Compared with the run before, {name}" |
*
* @param {Overlay_Compared_Before_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_compared_before_named: ((inputs: Overlay_Compared_Before_NamedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_Compared_Before_NamedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Same settings as the baseline" |
*
* @param {Overlay_Same_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_same_baseline: ((inputs?: Overlay_Same_BaselineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_Same_BaselineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Same settings as the run before" |
*
* @param {Overlay_Same_BeforeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_same_before: ((inputs?: Overlay_Same_BeforeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_Same_BeforeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "vs the baseline: {changes}" |
*
* @param {Overlay_Vs_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_vs_baseline: ((inputs: Overlay_Vs_BaselineInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_Vs_BaselineInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "vs the run before: {changes}" |
*
* @param {Overlay_Vs_BeforeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_vs_before: ((inputs: Overlay_Vs_BeforeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overlay_Vs_BeforeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{who}'s report was made from a lab whose locked parts were changed (fingerprint {found} instead of {expected}, the rest of the class's)." |
*
* @param {Overview_Locks_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overview_locks_class: ((inputs: Overview_Locks_ClassInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Locks_ClassInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{who}'s report was made from a lab whose locked parts were changed (fingerprint {found} instead of {expected}, the one its lab declares)." |
*
* @param {Overview_Locks_DeclaredInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overview_locks_declared: ((inputs: Overview_Locks_DeclaredInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Locks_DeclaredInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{who}'s report was made from another lab ({found} instead of {expected})." |
*
* @param {Overview_Locks_Other_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overview_locks_other_lab: ((inputs: Overview_Locks_Other_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Locks_Other_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{who}'s report was made from a lab whose locked parts were changed (fingerprint {found} instead of {expected}, the teacher's lab)." |
*
* @param {Overview_Locks_TeacherInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overview_locks_teacher: ((inputs: Overview_Locks_TeacherInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Locks_TeacherInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Filter (press /)" |
*
* @param {Palette_FilterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const palette_filter: ((inputs?: Palette_FilterInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Palette_FilterInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Filter layers" |
*
* @param {Palette_Filter_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const palette_filter_label: ((inputs?: Palette_Filter_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Palette_Filter_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Drag onto the canvas, or click to add after the selected layer." |
*
* @param {Palette_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const palette_hint: ((inputs?: Palette_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Palette_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Layers" |
*
* @param {Palette_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const palette_title: ((inputs?: Palette_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Palette_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Penalty on the layer output, added to the loss." |
*
* @param {Param_Activity_Regularizer_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_activity_regularizer_help: ((inputs?: Param_Activity_Regularizer_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Activity_Regularizer_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Penalty on the biases, added to the loss." |
*
* @param {Param_Bias_Regularizer_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_bias_regularizer_help: ((inputs?: Param_Bias_Regularizer_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Bias_Regularizer_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Penalty on the weights, added to the loss." |
*
* @param {Param_Kernel_Regularizer_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_kernel_regularizer_help: ((inputs?: Param_Kernel_Regularizer_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Kernel_Regularizer_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} (height)" |
*
* @param {Param_Pair_HeightInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_pair_height: ((inputs: Param_Pair_HeightInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Pair_HeightInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} (width)" |
*
* @param {Param_Pair_WidthInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_pair_width: ((inputs: Param_Pair_WidthInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Pair_WidthInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Empty means the pool size, as in Keras." |
*
* @param {Param_Pool_Strides_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_pool_strides_help: ((inputs?: Param_Pool_Strides_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Pool_Strides_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Fraction of the inputs to drop, from 0 up to (not including) 1." |
*
* @param {Param_Rate_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_rate_help: ((inputs?: Param_Rate_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Rate_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Param_Regularizer_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_regularizer_none: ((inputs?: Param_Regularizer_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Regularizer_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} strength" |
*
* @param {Param_Regularizer_StrengthInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_regularizer_strength: ((inputs: Param_Regularizer_StrengthInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Regularizer_StrengthInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "same as pool size" |
*
* @param {Param_Same_As_Pool_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_same_as_pool_size: ((inputs?: Param_Same_As_Pool_SizeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Same_As_Pool_SizeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Shape of one example." |
*
* @param {Param_Shape_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_shape_help: ((inputs?: Param_Shape_HelpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Shape_HelpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Write sizes separated by commas, like 28, 28, 1." |
*
* @param {Param_Shape_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_shape_problem: ((inputs?: Param_Shape_ProblemInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Param_Shape_ProblemInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Rows: true class. Colour: share of the row (darker is more)." |
*
* @param {Predictions_CaptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_caption: ((inputs?: Predictions_CaptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_CaptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Cells show" |
*
* @param {Predictions_CellsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_cells: ((inputs?: Predictions_CellsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_CellsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "counts" |
*
* @param {Predictions_CountsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_counts: ((inputs?: Predictions_CountsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_CountsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "epoch {epoch}" |
*
* @param {Predictions_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_epoch: ((inputs: Predictions_EpochInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_EpochInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "examples," |
*
* @param {Predictions_ExamplesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_examples: ((inputs?: Predictions_ExamplesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_ExamplesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} has no validation data, so there is nothing to compare its predictions with: set a validation split (or the test set) in Data & training and train again." |
*
* @param {Predictions_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_none: ((inputs: Predictions_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "on {split}:" |
*
* @param {Predictions_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_on: ((inputs: Predictions_OnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_OnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "rates" |
*
* @param {Predictions_RatesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_rates: ((inputs?: Predictions_RatesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_RatesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "right" |
*
* @param {Predictions_RightInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_right: ((inputs?: Predictions_RightInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_RightInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the held-out split" |
*
* @param {Predictions_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_split: ((inputs?: Predictions_SplitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_SplitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the test set" |
*
* @param {Predictions_Test_SetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_test_set: ((inputs?: Predictions_Test_SetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_Test_SetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Tick a run that recorded its insights to see its predictions." |
*
* @param {Predictions_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_tick: ((inputs?: Predictions_TickInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_TickInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Most confidently wrong" |
*
* @param {Predictions_WrongInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_wrong: ((inputs?: Predictions_WrongInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predictions_WrongInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Queued: next in line for a trainer" |
*
* @param {Queue_NextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const queue_next: ((inputs?: Queue_NextInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Queue_NextInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Queued: {place} in line for a trainer" |
*
* @param {Queue_PlaceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const queue_place: ((inputs: Queue_PlaceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Queue_PlaceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Best val_accuracy" |
*
* @param {Report_Col_Best_Val_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_best_val_accuracy: ((inputs?: Report_Col_Best_Val_AccuracyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Best_Val_AccuracyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Best val_loss" |
*
* @param {Report_Col_Best_Val_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_best_val_loss: ((inputs?: Report_Col_Best_Val_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Best_Val_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Epochs" |
*
* @param {Report_Col_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_epochs: ((inputs?: Report_Col_EpochsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_EpochsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Report_Col_KindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_kind: ((inputs?: Report_Col_KindInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_KindInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Last accuracy" |
*
* @param {Report_Col_Last_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_last_accuracy: ((inputs?: Report_Col_Last_AccuracyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Last_AccuracyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Layer" |
*
* @param {Report_Col_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_layer: ((inputs?: Report_Col_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Params" |
*
* @param {Report_Col_ParamsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_params: ((inputs?: Report_Col_ParamsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_ParamsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run" |
*
* @param {Report_Col_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_run: ((inputs?: Report_Col_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Report_Col_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_settings: ((inputs?: Report_Col_SettingsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_SettingsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Output shape" |
*
* @param {Report_Col_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_shape: ((inputs?: Report_Col_ShapeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_ShapeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Report_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_status: ((inputs?: Report_Col_StatusInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_StatusInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} per epoch (training solid, validation dashed)" |
*
* @param {Report_Curve_CaptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_curve_caption: ((inputs: Report_Curve_CaptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Curve_CaptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Curves" |
*
* @param {Report_CurvesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_curves: ((inputs?: Report_CurvesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_CurvesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} curves" |
*
* @param {Report_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_curves_label: ((inputs: Report_Curves_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Curves_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Model diagram" |
*
* @param {Report_Diagram_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_diagram_label: ((inputs?: Report_Diagram_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Diagram_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "done" |
*
* @param {Report_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_done: ((inputs?: Report_DoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_DoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Report_Fingerprint_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_fingerprint_none: ((inputs?: Report_Fingerprint_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fingerprint_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{student} · {when} UTC · {app} · checks {passed}/{total} · lab fingerprint {fingerprint}" |
*
* @param {Report_MetaInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_meta: ((inputs: Report_MetaInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_MetaInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Report_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_model: ((inputs?: Report_ModelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_ModelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No answer" |
*
* @param {Report_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_no_answer: ((inputs?: Report_No_AnswerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_No_AnswerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No name given" |
*
* @param {Report_No_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_no_name: ((inputs?: Report_No_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_No_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No finished runs." |
*
* @param {Report_No_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_no_runs: ((inputs?: Report_No_RunsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_No_RunsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} params" |
*
* @param {Report_ParamsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_params: ((inputs: Report_ParamsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_ParamsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Runs" |
*
* @param {Report_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_runs: ((inputs?: Report_RunsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_RunsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Report_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_steps: ((inputs?: Report_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "report" |
*
* @param {Report_Title_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_title_fallback: ((inputs?: Report_Title_FallbackInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Title_FallbackInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Report_TotalInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_total: ((inputs?: Report_TotalInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_TotalInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "best val_loss {loss} at epoch {epoch} ({accuracy} val accuracy)" |
*
* @param {Runbar_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_best: ((inputs: Runbar_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Dataset problem: {error}" |
*
* @param {Runbar_Dataset_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_dataset_problem: ((inputs: Runbar_Dataset_ProblemInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_Dataset_ProblemInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Add layers after the Input to build a model, then press Train." |
*
* @param {Runbar_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_empty: ((inputs?: Runbar_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "epoch {done}/{planned}" |
*
* @param {Runbar_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_epoch: ((inputs: Runbar_EpochInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_EpochInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Pause" |
*
* @param {Runbar_PauseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_pause: ((inputs?: Runbar_PauseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_PauseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} problem to fix before training (shown in red on the canvas)." |
* | * | "{count} problems to fix before training (shown in red on the canvas)." |
*
* @param {Runbar_ProblemsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_problems: ((inputs: Runbar_ProblemsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_ProblemsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "batch {batch}/{batches} · loss {loss} · accuracy {accuracy}" |
*
* @param {Runbar_ProgressInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_progress: ((inputs: Runbar_ProgressInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_ProgressInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{place}; it starts by itself" |
*
* @param {Runbar_Queued_PlaceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_queued_place: ((inputs: Runbar_Queued_PlaceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_Queued_PlaceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Ready: press Train to fit the model and watch the curves." |
*
* @param {Runbar_ReadyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_ready: ((inputs?: Runbar_ReadyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_ReadyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Resume" |
*
* @param {Runbar_ResumeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_resume: ((inputs?: Runbar_ResumeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_ResumeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{epochs} epochs · batch {batch}" |
*
* @param {Runbar_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_settings: ((inputs: Runbar_SettingsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_SettingsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Dataset and training settings" |
*
* @param {Runbar_Settings_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_settings_title: ((inputs?: Runbar_Settings_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_Settings_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{train} train / {val} val on {backend}" |
*
* @param {Runbar_StartedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_started: ((inputs: Runbar_StartedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_StartedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Stop" |
*
* @param {Runbar_StopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_stop: ((inputs?: Runbar_StopInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_StopInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Train" |
*
* @param {Runbar_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_train: ((inputs?: Runbar_TrainInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_TrainInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Train (Ctrl+Enter)" |
*
* @param {Runbar_Train_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_train_title: ((inputs?: Runbar_Train_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_Train_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "waiting for a free trainer (other runs are training); it starts by itself" |
*
* @param {Runbar_WaitingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_waiting: ((inputs?: Runbar_WaitingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runbar_WaitingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Best validation accuracy (at the epoch with the lowest val_loss)" |
*
* @param {Runs_Acc_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_acc_title: ((inputs?: Runs_Acc_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Acc_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The baseline stays on the charts: unpin it to hide it" |
*
* @param {Runs_Baseline_StaysInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_baseline_stays: ((inputs?: Runs_Baseline_StaysInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Baseline_StaysInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Continue" |
*
* @param {Runs_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_continue: ((inputs?: Runs_ContinueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ContinueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Continue training" |
*
* @param {Runs_Continue_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_continue_label: ((inputs?: Runs_Continue_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Continue_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Train this run's model again from the weights it ended with: with the editor's settings while its lab is there, else as it was trained" |
*
* @param {Runs_Continue_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_continue_title: ((inputs?: Runs_Continue_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Continue_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sure?" |
*
* @param {Runs_Delete_SureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_delete_sure: ((inputs?: Runs_Delete_SureInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Delete_SureInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Delete this run" |
*
* @param {Runs_Delete_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_delete_title: ((inputs?: Runs_Delete_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Delete_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "No runs yet. Every training run is kept here, across sessions." |
*
* @param {Runs_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_empty: ((inputs?: Runs_EmptyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_EmptyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{done}/{planned} epochs" |
*
* @param {Runs_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_epochs: ((inputs: Runs_EpochsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_EpochsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Evaluate" |
*
* @param {Runs_EvaluateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_evaluate: ((inputs?: Runs_EvaluateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_EvaluateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Evaluate on test set" |
*
* @param {Runs_Evaluate_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_evaluate_label: ((inputs?: Runs_Evaluate_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Evaluate_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Score the trained model on the test set (loss, accuracy): of the dataset chosen in the editor while this run's lab is there, else of its own" |
*
* @param {Runs_Evaluate_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_evaluate_title: ((inputs?: Runs_Evaluate_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Evaluate_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Evaluating on the test set" |
*
* @param {Runs_EvaluatingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_evaluating: ((inputs?: Runs_EvaluatingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_EvaluatingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "imported weights" |
*
* @param {Runs_ImportedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_imported: ((inputs?: Runs_ImportedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ImportedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Inside the model at its last recorded epoch: the first layer's share of weights near 0 (\|w\| < 0.001) and its kernel's L2 norm" |
*
* @param {Runs_Inside_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_inside_title: ((inputs?: Runs_Inside_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Inside_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Inspect" |
*
* @param {Runs_InspectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_inspect: ((inputs?: Runs_InspectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_InspectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Inspect {name}" |
*
* @param {Runs_Inspect_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_inspect_label: ((inputs: Runs_Inspect_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Inspect_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "See inside this run's model, epoch by epoch: its weights, its errors and, for 2-D data, its decision boundary" |
*
* @param {Runs_Inspect_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_inspect_title: ((inputs?: Runs_Inspect_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Inspect_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lab" |
*
* @param {Runs_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_lab: ((inputs?: Runs_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Put this run's model and settings in the editor" |
*
* @param {Runs_Lab_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_lab_title: ((inputs?: Runs_Lab_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Lab_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Run name" |
*
* @param {Runs_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_name: ((inputs?: Runs_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{name} (double-click to rename)" |
*
* @param {Runs_Name_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_name_title: ((inputs: Runs_Name_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Name_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This run has no trained weights to start from." |
*
* @param {Runs_No_Weights_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_no_weights_continue: ((inputs?: Runs_No_Weights_ContinueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_No_Weights_ContinueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This run has no trained weights to evaluate." |
*
* @param {Runs_No_Weights_EvaluateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_no_weights_evaluate: ((inputs?: Runs_No_Weights_EvaluateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_No_Weights_EvaluateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} params" |
*
* @param {Runs_ParamsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_params: ((inputs: Runs_ParamsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ParamsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Pin" |
*
* @param {Runs_PinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_pin: ((inputs?: Runs_PinInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_PinInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Pin {name} as the baseline" |
*
* @param {Runs_Pin_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_pin_label: ((inputs: Runs_Pin_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Pin_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keep this run on every chart and compare the other runs with it" |
*
* @param {Runs_Pin_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_pin_title: ((inputs?: Runs_Pin_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Pin_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Rename" |
*
* @param {Runs_RenameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_rename: ((inputs?: Runs_RenameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_RenameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Show {name} on the charts" |
*
* @param {Runs_ShowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_show: ((inputs: Runs_ShowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ShowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "stopped at {epoch}" |
*
* @param {Runs_Stopped_AtInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_stopped_at: ((inputs: Runs_Stopped_AtInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Stopped_AtInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "on {dataset}" |
*
* @param {Runs_Test_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_test_on: ((inputs: Runs_Test_OnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Test_OnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "accuracy · loss {loss} · {count} examples" |
*
* @param {Runs_Test_ResultInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_test_result: ((inputs: Runs_Test_ResultInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Test_ResultInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Test set:" |
*
* @param {Runs_Test_SetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_test_set: ((inputs?: Runs_Test_SetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Test_SetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "tick to compare" |
*
* @param {Runs_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_tick: ((inputs?: Runs_TickInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_TickInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Runs" |
*
* @param {Runs_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_title: ((inputs?: Runs_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Unpin" |
*
* @param {Runs_UnpinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_unpin: ((inputs?: Runs_UnpinInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_UnpinInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Unpin the baseline" |
*
* @param {Runs_Unpin_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_unpin_label: ((inputs?: Runs_Unpin_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Unpin_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Unpin: runs are compared with the run before each again" |
*
* @param {Runs_Unpin_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_unpin_title: ((inputs?: Runs_Unpin_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Unpin_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "done" |
*
* @param {Status_CompletedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_completed: ((inputs?: Status_CompletedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_CompletedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early-stopped" |
*
* @param {Status_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_early_stopped: ((inputs?: Status_Early_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_Early_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Status_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_failed: ((inputs?: Status_FailedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_FailedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "interrupted" |
*
* @param {Status_InterruptedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_interrupted: ((inputs?: Status_InterruptedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_InterruptedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "paused" |
*
* @param {Status_PausedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_paused: ((inputs?: Status_PausedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_PausedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "queued" |
*
* @param {Status_QueuedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_queued: ((inputs?: Status_QueuedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_QueuedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "training" |
*
* @param {Status_RunningInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_running: ((inputs?: Status_RunningInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_RunningInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "stopped" |
*
* @param {Status_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_stopped: ((inputs?: Status_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Select a layer to change its settings. The model so far:" |
*
* @param {Summary_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_hint: ((inputs?: Summary_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "copy / paste layers" |
*
* @param {Summary_Key_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_copy: ((inputs?: Summary_Key_CopyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_Key_CopyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "delete the selection" |
*
* @param {Summary_Key_DeleteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_delete: ((inputs?: Summary_Key_DeleteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_Key_DeleteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "duplicate" |
*
* @param {Summary_Key_DuplicateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_duplicate: ((inputs?: Summary_Key_DuplicateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_Key_DuplicateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "find a layer; {key} adds it" |
*
* @param {Summary_Key_FindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_find: ((inputs: Summary_Key_FindInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_Key_FindInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "move the layer up / down the chain" |
*
* @param {Summary_Key_MoveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_move: ((inputs?: Summary_Key_MoveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_Key_MoveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "select the previous / next layer" |
*
* @param {Summary_Key_SelectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_select: ((inputs?: Summary_Key_SelectInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_Key_SelectInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "train" |
*
* @param {Summary_Key_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_train: ((inputs?: Summary_Key_TrainInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_Key_TrainInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "undo ({key} to redo)" |
*
* @param {Summary_Key_UndoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_undo: ((inputs: Summary_Key_UndoInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_Key_UndoInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keyboard" |
*
* @param {Summary_KeyboardInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_keyboard: ((inputs?: Summary_KeyboardInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_KeyboardInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Model summary" |
*
* @param {Summary_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_label: ((inputs?: Summary_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Summary_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} must be at least {limit}, not {value}." |
*
* @param {Sweep_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_at_least: ((inputs: Sweep_At_LeastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_At_LeastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} must be at most {limit}, not {value}." |
*
* @param {Sweep_At_MostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_at_most: ((inputs: Sweep_At_MostInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_At_MostInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "every {kind} layer ({count})" |
*
* @param {Sweep_EveryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_every: ((inputs: Sweep_EveryInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_EveryInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Give {label} at least one value, separated by commas." |
*
* @param {Sweep_Give_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_give_value: ((inputs: Sweep_Give_ValueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Give_ValueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the {count} hidden {kind} layers, not the output" |
*
* @param {Sweep_HiddenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_hidden: ((inputs: Sweep_HiddenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_HiddenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{problem} Change the ends or the steps, or give a list." |
*
* @param {Sweep_Integer_RangeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_integer_range: ((inputs: Sweep_Integer_RangeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Integer_RangeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} must be less than {limit}, not {value}." |
*
* @param {Sweep_Less_ThanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_less_than: ((inputs: Sweep_Less_ThanInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Less_ThanInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A log range needs positive ends; use a linear range for {label} to include 0." |
*
* @param {Sweep_Log_PositiveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_log_positive: ((inputs: Sweep_Log_PositiveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Log_PositiveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} must be more than {limit}, not {value}." |
*
* @param {Sweep_More_ThanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_more_than: ((inputs: Sweep_More_ThanInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_More_ThanInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} takes a list of values, not a range." |
*
* @param {Sweep_No_RangeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_no_range: ((inputs: Sweep_No_RangeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_No_RangeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} takes true or false (on/off), not '{word}'." |
*
* @param {Sweep_Not_BoolInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_not_bool: ((inputs: Sweep_Not_BoolInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Not_BoolInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{word}' is not a number; write {label} values like 0.3, 0.5, 0.7." |
*
* @param {Sweep_Not_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_not_number: ((inputs: Sweep_Not_NumberInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Not_NumberInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "'{word}' is not one of {options}." |
*
* @param {Sweep_Not_OptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_not_option: ((inputs: Sweep_Not_OptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Not_OptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "only {layer}" |
*
* @param {Sweep_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_only: ((inputs: Sweep_OnlyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_OnlyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Give the range of {label} a start and an end." |
*
* @param {Sweep_Range_EndsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_range_ends: ((inputs: Sweep_Range_EndsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Range_EndsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The range of {label} starts and ends at {value}: make the ends differ." |
*
* @param {Sweep_Range_SameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_range_same: ((inputs: Sweep_Range_SameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Range_SameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A range takes 2 to {max} steps, not {steps}." |
*
* @param {Sweep_Range_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_range_steps: ((inputs: Sweep_Range_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Range_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A sweep takes at most {max} values; {label} has {count}." |
*
* @param {Sweep_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_too_many: ((inputs: Sweep_Too_ManyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_Too_ManyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{value} is listed twice." |
*
* @param {Sweep_TwiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_twice: ((inputs: Sweep_TwiceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_TwiceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{label} takes whole numbers, not {value}." |
*
* @param {Sweep_WholeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_whole: ((inputs: Sweep_WholeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sweep_WholeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras code" |
*
* @param {Tab_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_code: ((inputs?: Tab_CodeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_CodeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Grid" |
*
* @param {Tab_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_grid: ((inputs?: Tab_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} swept" |
*
* @param {Tab_Grid_SweptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_grid_swept: ((inputs: Tab_Grid_SweptInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_Grid_SweptInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Layer" |
*
* @param {Tab_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_layer: ((inputs?: Tab_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Data & training" |
*
* @param {Tab_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_training: ((inputs?: Tab_TrainingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_TrainingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Tabs_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tabs_label: ((inputs?: Tabs_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a file" |
*
* @param {Teach_A_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_a_file: ((inputs?: Teach_A_FileInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_A_FileInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "above" |
*
* @param {Teach_AboveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_above: ((inputs?: Teach_AboveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_AboveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Add a check" |
*
* @param {Teach_Add_CheckInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_check: ((inputs?: Teach_Add_CheckInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Add_CheckInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "+ check…" |
*
* @param {Teach_Add_Check_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_check_first: ((inputs?: Teach_Add_Check_FirstInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Add_Check_FirstInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Add a question" |
*
* @param {Teach_Add_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_question: ((inputs?: Teach_Add_QuestionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Add_QuestionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "+ question…" |
*
* @param {Teach_Add_Question_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_question_first: ((inputs?: Teach_Add_Question_FirstInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Add_Question_FirstInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "+ Add a step" |
*
* @param {Teach_Add_StepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_step: ((inputs?: Teach_Add_StepInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Add_StepInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Add steps" |
*
* @param {Teach_Add_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_steps: ((inputs?: Teach_Add_StepsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Add_StepsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "+ another run" |
*
* @param {Teach_Another_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_another_run: ((inputs?: Teach_Another_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Another_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "at" |
*
* @param {Teach_AtInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_at: ((inputs?: Teach_AtInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_AtInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "its best epoch" |
*
* @param {Teach_At_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_at_best: ((inputs?: Teach_At_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_At_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "its last epoch" |
*
* @param {Teach_At_LastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_at_last: ((inputs?: Teach_At_LastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_At_LastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "author" |
*
* @param {Teach_AuthorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_author: ((inputs?: Teach_AuthorInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_AuthorInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "below" |
*
* @param {Teach_BelowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_below: ((inputs?: Teach_BelowInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_BelowInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "learning rate ≤" |
*
* @param {Teach_Bound_Lr_MaxInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_lr_max: ((inputs?: Teach_Bound_Lr_MaxInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Bound_Lr_MaxInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "learning rate ≥" |
*
* @param {Teach_Bound_Lr_MinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_lr_min: ((inputs?: Teach_Bound_Lr_MinInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Bound_Lr_MinInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "parameters ≤" |
*
* @param {Teach_Bound_Params_MaxInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_params_max: ((inputs?: Teach_Bound_Params_MaxInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Bound_Params_MaxInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "parameters ≥" |
*
* @param {Teach_Bound_Params_MinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_params_min: ((inputs?: Teach_Bound_Params_MinInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Bound_Params_MinInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "label smoothing ≥" |
*
* @param {Teach_Bound_Smoothing_MinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_smoothing_min: ((inputs?: Teach_Bound_Smoothing_MinInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Bound_Smoothing_MinInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Runs compared" |
*
* @param {Teach_Check_ComparedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_compared: ((inputs?: Teach_Check_ComparedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Check_ComparedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Early stopping stopped a run" |
*
* @param {Teach_Check_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_early_stopped: ((inputs?: Teach_Check_Early_StoppedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Check_Early_StoppedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A grid finished" |
*
* @param {Teach_Check_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_grid: ((inputs?: Teach_Check_GridInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Check_GridInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Check kind" |
*
* @param {Teach_Check_KindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_kind: ((inputs?: Teach_Check_KindInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Check_KindInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A metric reaches a bound" |
*
* @param {Teach_Check_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_metric: ((inputs?: Teach_Check_MetricInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Check_MetricInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A run overfits" |
*
* @param {Teach_Check_OverfitsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_overfits: ((inputs?: Teach_Check_OverfitsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Check_OverfitsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This check cannot hold that: {path} {message}." |
*
* @param {Teach_Check_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_problem: ((inputs: Teach_Check_ProblemInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Check_ProblemInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sparse weights" |
*
* @param {Teach_Check_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_sparsity: ((inputs?: Teach_Check_SparsityInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Check_SparsityInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Choices" |
*
* @param {Teach_ChoicesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_choices: ((inputs?: Teach_ChoicesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_ChoicesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "choices, one a line" |
*
* @param {Teach_Choices_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_choices_label: ((inputs?: Teach_Choices_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Choices_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. Dropout" |
*
* @param {Teach_Eg_DropoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_eg_dropout: ((inputs?: Teach_Eg_DropoutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Eg_DropoutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. Flatten" |
*
* @param {Teach_Eg_FlattenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_eg_flatten: ((inputs?: Teach_Eg_FlattenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Eg_FlattenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "either" |
*
* @param {Teach_EitherInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_either: ((inputs?: Teach_EitherInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_EitherInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} epochs" |
*
* @param {Teach_Epochs_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_epochs_count: ((inputs: Teach_Epochs_CountInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Epochs_CountInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "epochs of rise" |
*
* @param {Teach_Epochs_Of_RiseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_epochs_of_rise: ((inputs?: Teach_Epochs_Of_RiseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Epochs_Of_RiseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "expected minutes" |
*
* @param {Teach_Expected_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_expected_minutes: ((inputs?: Teach_Expected_MinutesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Expected_MinutesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the first with weights" |
*
* @param {Teach_First_With_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_first_with_weights: ((inputs?: Teach_First_With_WeightsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_First_With_WeightsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "augmentation" |
*
* @param {Teach_Flag_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_flag_augmentation: ((inputs?: Teach_Flag_AugmentationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Flag_AugmentationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Teach_Flag_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_flag_early_stopping: ((inputs?: Teach_Flag_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Flag_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Teach_Flag_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_flag_shuffled_labels: ((inputs?: Teach_Flag_Shuffled_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Flag_Shuffled_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "folds" |
*
* @param {Teach_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_folds: ((inputs?: Teach_FoldsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_FoldsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "folds at least" |
*
* @param {Teach_Folds_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_folds_at_least: ((inputs?: Teach_Folds_At_LeastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Folds_At_LeastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The grid cannot sweep what the lab locks: its runs must keep the locked settings and layers." |
*
* @param {Teach_Grid_LockedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_grid_locked: ((inputs?: Teach_Grid_LockedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Grid_LockedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The grid cannot sweep what the lab locks ({author}): its runs must keep the locked settings and layers." |
*
* @param {Teach_Grid_Locked_AuthorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_grid_locked_author: ((inputs: Teach_Grid_Locked_AuthorInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Grid_Locked_AuthorInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{what} is locked" |
*
* @param {Teach_Is_LockedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_is_locked: ((inputs: Teach_Is_LockedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Is_LockedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "layer" |
*
* @param {Teach_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_layer: ((inputs?: Teach_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{count} layers" |
*
* @param {Teach_Layers_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_layers_count: ((inputs: Teach_Layers_CountInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Layers_CountInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lock {what}" |
*
* @param {Teach_Lock_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_lock_label: ((inputs: Teach_Lock_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Lock_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lock {what} for students (sets seed 1)" |
*
* @param {Teach_Lock_Seed_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_lock_seed_title: ((inputs: Teach_Lock_Seed_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Lock_Seed_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Lock {what} for students" |
*
* @param {Teach_Lock_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_lock_title: ((inputs: Teach_Lock_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Lock_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Locked by the lab: {why}." |
*
* @param {Teach_Locked_ByInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_locked_by: ((inputs: Teach_Locked_ByInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Locked_ByInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Locked by the lab ({author}): {why}." |
*
* @param {Teach_Locked_By_AuthorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_locked_by_author: ((inputs: Teach_Locked_By_AuthorInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Locked_By_AuthorInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This lab's locked parts were changed since the teacher saved it: your report will be flagged." |
*
* @param {Teach_Locked_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_locked_changed: ((inputs?: Teach_Locked_ChangedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Locked_ChangedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Locked for students: click to unlock {what}" |
*
* @param {Teach_Locked_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_locked_title: ((inputs: Teach_Locked_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Locked_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "metric" |
*
* @param {Teach_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_metric: ((inputs?: Teach_MetricInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_MetricInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "minutes" |
*
* @param {Teach_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_minutes: ((inputs?: Teach_MinutesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_MinutesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Move step down" |
*
* @param {Teach_Move_DownInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_move_down: ((inputs?: Teach_Move_DownInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Move_DownInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Move step up" |
*
* @param {Teach_Move_UpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_move_up: ((inputs?: Teach_Move_UpInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Move_UpInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no" |
*
* @param {Teach_NoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_no: ((inputs?: Teach_NoInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_NoInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "This lab has no steps. Add steps to write instructions, questions and checks, and to lock what students must not change." |
*
* @param {Teach_No_Steps_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_no_steps_hint: ((inputs?: Teach_No_Steps_HintInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_No_Steps_HintInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Teach_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_none: ((inputs?: Teach_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "not given" |
*
* @param {Teach_Not_GivenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_not_given: ((inputs?: Teach_Not_GivenInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Not_GivenInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Preview" |
*
* @param {Teach_PreviewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_preview: ((inputs?: Teach_PreviewInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_PreviewInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Question" |
*
* @param {Teach_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question: ((inputs?: Teach_QuestionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_QuestionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Multiple choice" |
*
* @param {Teach_Question_ChoiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_choice: ((inputs?: Teach_Question_ChoiceInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Question_ChoiceInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Question kind" |
*
* @param {Teach_Question_KindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_kind: ((inputs?: Teach_Question_KindInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Question_KindInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A number" |
*
* @param {Teach_Question_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_number: ((inputs?: Teach_Question_NumberInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Question_NumberInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The question (Markdown)" |
*
* @param {Teach_Question_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_placeholder: ((inputs?: Teach_Question_PlaceholderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Question_PlaceholderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Short answer" |
*
* @param {Teach_Question_TextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_text: ((inputs?: Teach_Question_TextInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Question_TextInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{subject} is locked by the lab: {why}." |
*
* @param {Teach_RefusedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_refused: ((inputs: Teach_RefusedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_RefusedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{subject} is locked by the lab ({author}): {why}." |
*
* @param {Teach_Refused_AuthorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_refused_author: ((inputs: Teach_Refused_AuthorInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Refused_AuthorInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "regularizer" |
*
* @param {Teach_RegularizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_regularizer: ((inputs?: Teach_RegularizerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_RegularizerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Remove this check" |
*
* @param {Teach_Remove_CheckInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_remove_check: ((inputs?: Teach_Remove_CheckInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Remove_CheckInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Remove this question" |
*
* @param {Teach_Remove_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_remove_question: ((inputs?: Teach_Remove_QuestionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Remove_QuestionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Remove run {n}" |
*
* @param {Teach_Remove_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_remove_run: ((inputs: Teach_Remove_RunInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Remove_RunInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Remove step" |
*
* @param {Teach_Remove_StepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_remove_step: ((inputs?: Teach_Remove_StepInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Remove_StepInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Right answer" |
*
* @param {Teach_Right_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_right_answer: ((inputs?: Teach_Right_AnswerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Right_AnswerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "right answer" |
*
* @param {Teach_Right_Answer_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_right_answer_label: ((inputs?: Teach_Right_Answer_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Right_Answer_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "rises for (epochs)" |
*
* @param {Teach_Rises_ForInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_rises_for: ((inputs?: Teach_Rises_ForInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Rises_ForInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Runs: any finished run" |
*
* @param {Teach_Runs_AnyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_runs_any: ((inputs?: Teach_Runs_AnyInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Runs_AnyInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Runs: any run {filter}" |
*
* @param {Teach_Runs_FilterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_runs_filter: ((inputs: Teach_Runs_FilterInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Runs_FilterInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save for students…" |
*
* @param {Teach_Save_For_StudentsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_save_for_students: ((inputs?: Teach_Save_For_StudentsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Save_For_StudentsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Save this lab as one file for students: its locked parts fingerprinted, your test answers cleared" |
*
* @param {Teach_Save_For_Students_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_save_for_students_title: ((inputs?: Teach_Save_For_Students_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Save_For_Students_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A locked seed needs a value: the seed is now 1 (change it in teacher mode)." |
*
* @param {Teach_Seed_SetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_seed_set: ((inputs?: Teach_Seed_SetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Seed_SetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "settings" |
*
* @param {Teach_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_settings: ((inputs?: Teach_SettingsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_SettingsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "settings at least" |
*
* @param {Teach_Settings_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_settings_at_least: ((inputs?: Teach_Settings_At_LeastInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Settings_At_LeastInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Setup: {words}" |
*
* @param {Teach_SetupInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup: ((inputs: Teach_SetupInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_SetupInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Clear" |
*
* @param {Teach_Setup_ClearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup_clear: ((inputs?: Teach_Setup_ClearInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Setup_ClearInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Update" |
*
* @param {Teach_Setup_UpdateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup_update: ((inputs?: Teach_Setup_UpdateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Setup_UpdateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Replace the setup with the model, settings and dataset now in the editor" |
*
* @param {Teach_Setup_Update_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup_update_title: ((inputs?: Teach_Setup_Update_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Setup_Update_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Use the current model as this step's setup" |
*
* @param {Teach_Setup_UseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup_use: ((inputs?: Teach_Setup_UseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Setup_UseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "share at ~0 above" |
*
* @param {Teach_Share_AboveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_share_above: ((inputs?: Teach_Share_AboveInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Share_AboveInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "share of weights at zero" |
*
* @param {Teach_Share_At_ZeroInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_share_at_zero: ((inputs?: Teach_Share_At_ZeroInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Share_At_ZeroInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Step text" |
*
* @param {Teach_Step_TextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_step_text: ((inputs?: Teach_Step_TextInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Step_TextInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "What the student does and why (Markdown: **bold**, lists, links)" |
*
* @param {Teach_Step_Text_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_step_text_placeholder: ((inputs?: Teach_Step_Text_PlaceholderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Step_Text_PlaceholderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Step title" |
*
* @param {Teach_Step_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_step_title: ((inputs?: Teach_Step_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Step_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The lab's steps and locks are the teacher's: they change in teacher mode only." |
*
* @param {Teach_Steps_Are_TeachersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_steps_are_teachers: ((inputs?: Teach_Steps_Are_TeachersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Steps_Are_TeachersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Steps editor" |
*
* @param {Teach_Steps_EditorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_steps_editor: ((inputs?: Teach_Steps_EditorInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Steps_EditorInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The dataset" |
*
* @param {Teach_Subject_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_subject_dataset: ((inputs?: Teach_Subject_DatasetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Subject_DatasetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Layer {name}" |
*
* @param {Teach_Subject_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_subject_layer: ((inputs: Teach_Subject_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Subject_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The {setting} setting" |
*
* @param {Teach_Subject_SettingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_subject_setting: ((inputs: Teach_Subject_SettingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Subject_SettingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The model's layers and connections" |
*
* @param {Teach_Subject_StructureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_subject_structure: ((inputs?: Teach_Subject_StructureInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Subject_StructureInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "topic" |
*
* @param {Teach_TopicInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_topic: ((inputs?: Teach_TopicInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_TopicInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Teach_Topic_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_topic_none: ((inputs?: Teach_Topic_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Topic_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "data augmentation" |
*
* @param {Teach_Training_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_augmentation: ((inputs?: Teach_Training_AugmentationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_AugmentationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "batch size" |
*
* @param {Teach_Training_Batch_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_batch_size: ((inputs?: Teach_Training_Batch_SizeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_Batch_SizeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Teach_Training_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_early_stopping: ((inputs?: Teach_Training_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "epochs" |
*
* @param {Teach_Training_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_epochs: ((inputs?: Teach_Training_EpochsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_EpochsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "label smoothing" |
*
* @param {Teach_Training_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_label_smoothing: ((inputs?: Teach_Training_Label_SmoothingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_Label_SmoothingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "learning rate" |
*
* @param {Teach_Training_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_learning_rate: ((inputs?: Teach_Training_Learning_RateInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_Learning_RateInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "loss" |
*
* @param {Teach_Training_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_loss: ((inputs?: Teach_Training_LossInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_LossInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "momentum" |
*
* @param {Teach_Training_MomentumInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_momentum: ((inputs?: Teach_Training_MomentumInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_MomentumInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "optimizer" |
*
* @param {Teach_Training_OptimizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_optimizer: ((inputs?: Teach_Training_OptimizerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_OptimizerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "seed" |
*
* @param {Teach_Training_SeedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_seed: ((inputs?: Teach_Training_SeedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_SeedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffling" |
*
* @param {Teach_Training_ShuffleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_shuffle: ((inputs?: Teach_Training_ShuffleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_ShuffleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Teach_Training_Shuffle_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_shuffle_labels: ((inputs?: Teach_Training_Shuffle_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_Shuffle_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "training subset" |
*
* @param {Teach_Training_Train_SubsetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_train_subset: ((inputs?: Teach_Training_Train_SubsetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_Train_SubsetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "validation data" |
*
* @param {Teach_Training_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_validation: ((inputs?: Teach_Training_ValidationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Training_ValidationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Unit" |
*
* @param {Teach_UnitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_unit: ((inputs?: Teach_UnitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_UnitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "unit" |
*
* @param {Teach_Unit_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_unit_label: ((inputs?: Teach_Unit_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Unit_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. epochs" |
*
* @param {Teach_Unit_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_unit_placeholder: ((inputs?: Teach_Unit_PlaceholderInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Unit_PlaceholderInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Unlock {what}" |
*
* @param {Teach_Unlock_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_unlock_label: ((inputs: Teach_Unlock_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Unlock_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "every student trains on the same data" |
*
* @param {Teach_Why_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_dataset: ((inputs?: Teach_Why_DatasetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Why_DatasetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the lesson studies this layer as it is" |
*
* @param {Teach_Why_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_layer: ((inputs?: Teach_Why_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Why_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the lesson compares runs from the same seed" |
*
* @param {Teach_Why_SeedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_seed: ((inputs?: Teach_Why_SeedInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Why_SeedInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the lesson compares runs with the same {setting}" |
*
* @param {Teach_Why_SettingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_setting: ((inputs: Teach_Why_SettingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Why_SettingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the lesson's model keeps its layers and connections" |
*
* @param {Teach_Why_StructureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_structure: ((inputs?: Teach_Why_StructureInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Why_StructureInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "with layers" |
*
* @param {Teach_With_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_with_layers: ((inputs?: Teach_With_LayersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_With_LayersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "without layers" |
*
* @param {Teach_Without_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_without_layers: ((inputs?: Teach_Without_LayersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Without_LayersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Write" |
*
* @param {Teach_WriteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_write: ((inputs?: Teach_WriteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_WriteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Write or preview" |
*
* @param {Teach_Write_Or_PreviewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_write_or_preview: ((inputs?: Teach_Write_Or_PreviewInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_Write_Or_PreviewInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "yes" |
*
* @param {Teach_YesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_yes: ((inputs?: Teach_YesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Teach_YesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The template's model takes other inputs, so {dataset} comes with it." |
*
* @param {Template_Dataset_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const template_dataset_note: ((inputs: Template_Dataset_NoteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Template_Dataset_NoteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keep mine" |
*
* @param {Templatedialog_KeepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_keep: ((inputs?: Templatedialog_KeepInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Templatedialog_KeepInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "LayerLab remembers your answer until you reload; Undo puts your lab back." |
*
* @param {Templatedialog_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_note: ((inputs?: Templatedialog_NoteInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Templatedialog_NoteInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keep your training settings, so its runs compare fairly with the ones before, or use the template's?" |
*
* @param {Templatedialog_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_question: ((inputs?: Templatedialog_QuestionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Templatedialog_QuestionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The template's" |
*
* @param {Templatedialog_TemplatesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_templates: ((inputs?: Templatedialog_TemplatesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Templatedialog_TemplatesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Training settings for {template}" |
*
* @param {Templatedialog_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_title: ((inputs: Templatedialog_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Templatedialog_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Use the template's" |
*
* @param {Templatedialog_UseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_use: ((inputs?: Templatedialog_UseInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Templatedialog_UseInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Yours" |
*
* @param {Templatedialog_YoursInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_yours: ((inputs?: Templatedialog_YoursInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Templatedialog_YoursInputs, {
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
/**
* | output |
* | --- |
* | "Two convolution blocks, Dropout(0.5), softmax: the Keras MNIST convnet." |
*
* @param {Tpl_Cnn_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_cnn_blurb: ((inputs?: Tpl_Cnn_BlurbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Cnn_BlurbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras' mnist_convnet: Conv2D(32) -> MaxPooling -> Conv2D(64) -> MaxPooling -> Flatten -> Dropout(0.5) -> Dense(10)." |
*
* @param {Tpl_Cnn_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_cnn_description: ((inputs?: Tpl_Cnn_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Cnn_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Small CNN" |
*
* @param {Tpl_Cnn_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_cnn_title: ((inputs?: Tpl_Cnn_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Cnn_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Movie reviews as 10,000-word multi-hot vectors; overfits after a few epochs." |
*
* @param {Tpl_Imdb_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_imdb_blurb: ((inputs?: Tpl_Imdb_BlurbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Imdb_BlurbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "The IMDB sentiment network: 10,000 words -> Dense(16) -> Dense(16) -> Dense(1, sigmoid)." |
*
* @param {Tpl_Imdb_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_imdb_description: ((inputs?: Tpl_Imdb_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Imdb_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "MNIST pixels straight into a softmax: the baseline every network must beat." |
*
* @param {Tpl_Logistic_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_logistic_blurb: ((inputs?: Tpl_Logistic_BlurbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Logistic_BlurbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Flatten -> Dense(10, softmax) on MNIST." |
*
* @param {Tpl_Logistic_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_logistic_description: ((inputs?: Tpl_Logistic_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Logistic_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Logistic regression" |
*
* @param {Tpl_Logistic_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_logistic_title: ((inputs?: Tpl_Logistic_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Logistic_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "One hidden layer of 16: too small to overfit much." |
*
* @param {Tpl_Mlp16_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_mlp16_blurb: ((inputs?: Tpl_Mlp16_BlurbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Mlp16_BlurbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "One hidden Dense(16, relu) layer on MNIST." |
*
* @param {Tpl_Mlp16_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_mlp16_description: ((inputs?: Tpl_Mlp16_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Mlp16_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Small MLP (16 units)" |
*
* @param {Tpl_Mlp16_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_mlp16_title: ((inputs?: Tpl_Mlp16_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Mlp16_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras' classic MNIST MLP (784-512-512-10): big enough to overfit; add Dropout to fix it." |
*
* @param {Tpl_Mlp512_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_mlp512_blurb: ((inputs?: Tpl_Mlp512_BlurbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Mlp512_BlurbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Keras' mnist_mlp without its Dropout layers: 784-512-512-10, relu, RMSprop." |
*
* @param {Tpl_Mlp512_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_mlp512_description: ((inputs?: Tpl_Mlp512_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Mlp512_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Two noisy half-moons, generated on the spot: overfits within a minute on any machine." |
*
* @param {Tpl_Moons_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_moons_blurb: ((inputs?: Tpl_Moons_BlurbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Moons_BlurbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A small MLP on two noisy half-moons; generated data, so it needs no dataset files." |
*
* @param {Tpl_Moons_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_moons_description: ((inputs?: Tpl_Moons_DescriptionInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Moons_DescriptionInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Two moons" |
*
* @param {Tpl_Moons_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_moons_name: ((inputs?: Tpl_Moons_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Moons_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Two moons (no download)" |
*
* @param {Tpl_Moons_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_moons_title: ((inputs?: Tpl_Moons_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tpl_Moons_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Early stopping" |
*
* @param {Training_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_early_stopping: ((inputs?: Training_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fraction held out" |
*
* @param {Training_Fraction_Held_OutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_fraction_held_out: ((inputs?: Training_Fraction_Held_OutInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Fraction_Held_OutInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Training settings" |
*
* @param {Training_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_label: ((inputs?: Training_LabelInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_LabelInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{value} (default)" |
*
* @param {Training_Lr_DefaultInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_lr_default: ((inputs: Training_Lr_DefaultInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Lr_DefaultInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "More: subset, seed, labels" |
*
* @param {Training_MoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_more: ((inputs?: Training_MoreInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_MoreInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "restore the best weights" |
*
* @param {Training_Restore_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_restore_best: ((inputs?: Training_Restore_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Restore_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "random" |
*
* @param {Training_Seed_RandomInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_seed_random: ((inputs?: Training_Seed_RandomInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Seed_RandomInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffle the labels (memorization experiment)" |
*
* @param {Training_Shuffle_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_shuffle_labels: ((inputs?: Training_Shuffle_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Shuffle_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "train on first N" |
*
* @param {Training_SubsetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_subset: ((inputs?: Training_SubsetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_SubsetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "all" |
*
* @param {Training_Subset_AllInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_subset_all: ((inputs?: Training_Subset_AllInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Subset_AllInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Training" |
*
* @param {Training_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_title: ((inputs?: Training_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Validation" |
*
* @param {Training_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_validation: ((inputs?: Training_ValidationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_ValidationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Validation data" |
*
* @param {Training_Validation_DataInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_validation_data: ((inputs?: Training_Validation_DataInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Validation_DataInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "a held-out fraction (validation_split)" |
*
* @param {Training_Validation_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_validation_split: ((inputs?: Training_Validation_SplitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Validation_SplitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the dataset's test set" |
*
* @param {Training_Validation_TestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_validation_test: ((inputs?: Training_Validation_TestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Training_Validation_TestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Untitled lab" |
*
* @param {Untitled_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const untitled_lab: ((inputs?: Untitled_LabInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Untitled_LabInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{what} of {layer} per epoch, one line per run" |
*
* @param {Weights_Curve_DescribeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_curve_describe: ((inputs: Weights_Curve_DescribeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_Curve_DescribeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Gradient norm (log)" |
*
* @param {Weights_GradInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_grad: ((inputs?: Weights_GradInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_GradInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Histogram of the {layer} kernel's values at epoch {epoch}, one line per run" |
*
* @param {Weights_Hist_DescribeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_hist_describe: ((inputs: Weights_Hist_DescribeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_Hist_DescribeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{layer} kernel values at epoch {epoch}" |
*
* @param {Weights_Hist_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_hist_title: ((inputs: Weights_Hist_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_Hist_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Kernel histogram" |
*
* @param {Weights_HistogramInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_histogram: ((inputs?: Weights_HistogramInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_HistogramInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "L1 norm" |
*
* @param {Weights_L1Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_l1: ((inputs?: Weights_L1Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_L1Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "L2 norm" |
*
* @param {Weights_L2Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_l2: ((inputs?: Weights_L2Inputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_L2Inputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Weight layer" |
*
* @param {Weights_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_layer: ((inputs?: Weights_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "A logarithmic y axis: the rest of the histogram stays visible beside a spike of zeros" |
*
* @param {Weights_Log_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_log_title: ((inputs?: Weights_Log_TitleInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_Log_TitleInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "These runs' models have no layer with weights to show." |
*
* @param {Weights_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_none: ((inputs?: Weights_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Over the epochs" |
*
* @param {Weights_OverInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_over: ((inputs?: Weights_OverInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_OverInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Sparsity" |
*
* @param {Weights_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_sparsity: ((inputs?: Weights_SparsityInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_SparsityInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "Share of weights with \|w\| < 0.001" |
*
* @param {Weights_Sparsity_DescribeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_sparsity_describe: ((inputs?: Weights_Sparsity_DescribeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_Sparsity_DescribeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "weight value w" |
*
* @param {Weights_XInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_x: ((inputs?: Weights_XInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_XInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "density" |
*
* @param {Weights_YInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_y: ((inputs?: Weights_YInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Weights_YInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{phrase} after {layers}" |
*
* @param {Words_AfterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_after: ((inputs: Words_AfterInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_AfterInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "all examples" |
*
* @param {Words_All_ExamplesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_all_examples: ((inputs?: Words_All_ExamplesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_All_ExamplesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{phrase} at the start" |
*
* @param {Words_At_StartInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_at_start: ((inputs: Words_At_StartInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_At_StartInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fill" |
*
* @param {Words_Aug_FillInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_fill: ((inputs?: Words_Aug_FillInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_FillInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fill value" |
*
* @param {Words_Aug_Fill_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_fill_value: ((inputs?: Words_Aug_Fill_ValueInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_Fill_ValueInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "height shift" |
*
* @param {Words_Aug_Height_ShiftInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_height_shift: ((inputs?: Words_Aug_Height_ShiftInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_Height_ShiftInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "horizontal flip" |
*
* @param {Words_Aug_Horizontal_FlipInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_horizontal_flip: ((inputs?: Words_Aug_Horizontal_FlipInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_Horizontal_FlipInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "rotation" |
*
* @param {Words_Aug_RotationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_rotation: ((inputs?: Words_Aug_RotationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_RotationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shear" |
*
* @param {Words_Aug_ShearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_shear: ((inputs?: Words_Aug_ShearInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_ShearInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "vertical flip" |
*
* @param {Words_Aug_Vertical_FlipInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_vertical_flip: ((inputs?: Words_Aug_Vertical_FlipInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_Vertical_FlipInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "width shift" |
*
* @param {Words_Aug_Width_ShiftInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_width_shift: ((inputs?: Words_Aug_Width_ShiftInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_Width_ShiftInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "zoom" |
*
* @param {Words_Aug_ZoomInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_aug_zoom: ((inputs?: Words_Aug_ZoomInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Aug_ZoomInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "augmentation ({list})" |
*
* @param {Words_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_augmentation: ((inputs: Words_AugmentationInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_AugmentationInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "augmentation" |
*
* @param {Words_Augmentation_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_augmentation_name: ((inputs?: Words_Augmentation_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Augmentation_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "augmentation (none)" |
*
* @param {Words_Augmentation_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_augmentation_none: ((inputs?: Words_Augmentation_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Augmentation_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "batch {size}" |
*
* @param {Words_BatchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_batch: ((inputs: Words_BatchInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_BatchInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "batch size" |
*
* @param {Words_Batch_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_batch_size: ((inputs?: Words_Batch_SizeInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Batch_SizeInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "dataset" |
*
* @param {Words_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_dataset: ((inputs?: Words_DatasetInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_DatasetInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "default" |
*
* @param {Words_DefaultInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_default: ((inputs?: Words_DefaultInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_DefaultInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping ({monitor}, patience {patience})" |
*
* @param {Words_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_early_stopping: ((inputs: Words_Early_StoppingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Early_StoppingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping ({monitor}, patience {patience}, best weights)" |
*
* @param {Words_Early_Stopping_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_early_stopping_best: ((inputs: Words_Early_Stopping_BestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Early_Stopping_BestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Words_Early_Stopping_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_early_stopping_name: ((inputs?: Words_Early_Stopping_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Early_Stopping_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "early stopping {setting}" |
*
* @param {Words_Early_Stopping_SettingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_early_stopping_setting: ((inputs: Words_Early_Stopping_SettingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Early_Stopping_SettingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} epoch" |
* | * | "{count} epochs" |
*
* @param {Words_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_epochs: ((inputs: Words_EpochsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_EpochsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "first {count} examples" |
*
* @param {Words_First_ExamplesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_first_examples: ((inputs: Words_First_ExamplesInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_First_ExamplesInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "fold {fold} of {folds}" |
*
* @param {Words_FoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_fold: ((inputs: Words_FoldInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_FoldInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "imdb ({count} words)" |
*
* @param {Words_ImdbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_imdb: ((inputs: Words_ImdbInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_ImdbInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{what} {now} instead of {before}" |
*
* @param {Words_InsteadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_instead: ((inputs: Words_InsteadInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_InsteadInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{now} instead of {before}" |
*
* @param {Words_Instead_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_instead_of: ((inputs: Words_Instead_OfInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Instead_OfInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "label smoothing {value}" |
*
* @param {Words_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_label_smoothing: ((inputs: Words_Label_SmoothingInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Label_SmoothingInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "label smoothing" |
*
* @param {Words_Label_Smoothing_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_label_smoothing_name: ((inputs?: Words_Label_Smoothing_NameInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Label_Smoothing_NameInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no {what}" |
*
* @param {Words_NoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_no: ((inputs: Words_NoInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_NoInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Words_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_none: ((inputs?: Words_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "not shuffled each epoch" |
*
* @param {Words_Not_Shuffled_Each_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_not_shuffled_each_epoch: ((inputs?: Words_Not_Shuffled_Each_EpochInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Not_Shuffled_Each_EpochInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "off" |
*
* @param {Words_OffInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_off: ((inputs?: Words_OffInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_OffInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "on" |
*
* @param {Words_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_on: ((inputs?: Words_OnInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_OnInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{phrase} on {layer}" |
*
* @param {Words_On_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_on_layer: ((inputs: Words_On_LayerInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_On_LayerInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{phrase} on {count} layers" |
*
* @param {Words_On_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_on_layers: ((inputs: Words_On_LayersInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_On_LayersInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffled each epoch" |
*
* @param {Words_Shuffled_Each_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_shuffled_each_epoch: ((inputs?: Words_Shuffled_Each_EpochInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Shuffled_Each_EpochInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Words_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_shuffled_labels: ((inputs?: Words_Shuffled_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Shuffled_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "{shape} ({samples} samples, noise {noise})" |
*
* @param {Words_SyntheticInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_synthetic: ((inputs: Words_SyntheticInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_SyntheticInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "the start" |
*
* @param {Words_The_StartInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_the_start: ((inputs?: Words_The_StartInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_The_StartInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "true labels" |
*
* @param {Words_True_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_true_labels: ((inputs?: Words_True_LabelsInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_True_LabelsInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "no validation" |
*
* @param {Words_Validation_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_validation_none: ((inputs?: Words_Validation_NoneInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Validation_NoneInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "validation split {fraction}" |
*
* @param {Words_Validation_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_validation_split: ((inputs: Words_Validation_SplitInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Validation_SplitInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
/**
* | output |
* | --- |
* | "validation on the test set" |
*
* @param {Words_Validation_TestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_validation_test: ((inputs?: Words_Validation_TestInputs, options?: {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Validation_TestInputs, {
    locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activations_Bars_LabelInputs = {
    title: NonNullable<unknown>;
};
export type Activations_DeadInputs = {};
export type Activations_Dead_TitleInputs = {};
export type Activations_Dead_UnitsInputs = {};
export type Activations_DescribeInputs = {
    what: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Activations_History_TitleInputs = {
    what: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Activations_Layer_LabelInputs = {};
export type Activations_Mean_StdInputs = {};
export type Activations_NoneInputs = {};
export type Activations_OfInputs = {};
export type Activations_SpreadInputs = {};
export type Activations_Spread_TitleInputs = {};
export type Activations_Stat_LabelInputs = {};
export type Activations_StdInputs = {};
export type Activations_TickInputs = {};
export type Aug_Cval_HelpInputs = {};
export type Aug_Fill_ConstantInputs = {};
export type Aug_Fill_ModeInputs = {};
export type Aug_Fill_NearestInputs = {};
export type Aug_Fill_ReflectInputs = {};
export type Aug_Fill_ValueInputs = {};
export type Aug_Fill_WrapInputs = {};
export type Aug_Flip_LrInputs = {};
export type Aug_Flip_UdInputs = {};
export type Aug_Height_ShiftInputs = {};
export type Aug_Height_Shift_HelpInputs = {};
export type Aug_LabelInputs = {};
export type Aug_Not_ImagesInputs = {
    title: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Aug_OnInputs = {};
export type Aug_RotationInputs = {};
export type Aug_Rotation_HelpInputs = {};
export type Aug_ShearInputs = {};
export type Aug_Shear_HelpInputs = {};
export type Aug_TitleInputs = {};
export type Aug_Turn_OffInputs = {};
export type Aug_Width_ShiftInputs = {};
export type Aug_Width_Shift_HelpInputs = {};
export type Aug_ZoomInputs = {};
export type Aug_Zoom_HelpInputs = {};
export type Augpreview_AnotherInputs = {};
export type Augpreview_AugmentedInputs = {};
export type Augpreview_HintInputs = {};
export type Augpreview_LabelInputs = {};
export type Augpreview_LoadingInputs = {};
export type Augpreview_OriginalInputs = {};
export type Badge_BrowserInputs = {};
export type Badge_CheckingInputs = {};
export type Badge_DesktopInputs = {};
export type Badge_Faster_Not_UsedInputs = {};
export type Badge_FastestInputs = {};
export type Badge_Gpu_FoundInputs = {
    name: NonNullable<unknown>;
};
export type Badge_Gpu_SoftwareInputs = {
    name: NonNullable<unknown>;
};
export type Badge_ReconnectingInputs = {};
export type Badge_TitleInputs = {
    backend: NonNullable<unknown>;
};
export type Badge_Trains_OnInputs = {};
export type Boundary_ClassesInputs = {};
export type Boundary_KeyInputs = {};
export type Boundary_LabelInputs = {};
export type Boundary_None_TickInputs = {};
export type Boundary_None_TickedInputs = {};
export type Boundary_Plot_LabelInputs = {
    name: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
};
export type CancelInputs = {};
export type Canvas_EmptyInputs = {
    key: NonNullable<unknown>;
};
export type Canvas_LabelInputs = {};
export type Canvas_LayersInputs = {
    count: NonNullable<unknown>;
};
export type Canvas_ParametersInputs = {
    count: NonNullable<unknown>;
};
export type Canvas_StructureInputs = {};
export type Chart_AccuracyInputs = {};
export type Chart_Axis_EpochInputs = {};
export type Chart_BoundaryInputs = {};
export type Chart_Canvas_FallbackInputs = {};
export type Chart_Canvas_LabelInputs = {
    title: NonNullable<unknown>;
};
export type Chart_EmptyInputs = {
    key: NonNullable<unknown>;
};
export type Chart_EnlargeInputs = {};
export type Chart_Enlarge_LabelInputs = {
    title: NonNullable<unknown>;
};
export type Chart_Enlarge_TitleInputs = {};
export type Chart_EnlargedInputs = {
    title: NonNullable<unknown>;
};
export type Chart_Export_BestInputs = {};
export type Chart_Export_Early_StoppingInputs = {};
export type Chart_Export_PenaltyInputs = {};
export type Chart_InsideInputs = {};
export type Chart_Key_BestInputs = {};
export type Chart_Key_PenaltyInputs = {};
export type Chart_Key_TrainingInputs = {};
export type Chart_Key_ValidationInputs = {};
export type Chart_LegendInputs = {};
export type Chart_LogInputs = {};
export type Chart_Log_TitleInputs = {};
export type Chart_LossInputs = {};
export type Chart_No_PenaltyInputs = {};
export type Chart_Penalty_NoteInputs = {};
export type Chart_Png_TitleInputs = {};
export type Chart_PredictionsInputs = {};
export type Chart_SectionInputs = {};
export type Chart_SplitInputs = {};
export type Chart_Split_TitleInputs = {};
export type Chart_Validation_OnlyInputs = {};
export type Chart_Validation_Only_TitleInputs = {};
export type Chart_ViewInputs = {};
export type Chart_WeightsInputs = {};
export type Class_AccuracyInputs = {};
export type Class_Best_AccuracyInputs = {};
export type Class_Best_LossInputs = {};
export type Class_ChangedInputs = {};
export type Class_Changed_LocksInputs = {
    count: NonNullable<unknown>;
};
export type Class_ChecksInputs = {};
export type Class_Checks_TitleInputs = {};
export type Class_ChooseInputs = {};
export type Class_CloseInputs = {};
export type Class_CurveInputs = {};
export type Class_Curve_OfInputs = {
    name: NonNullable<unknown>;
};
export type Class_EmptyInputs = {};
export type Class_Export_CsvInputs = {};
export type Class_LocksInputs = {};
export type Class_Locks_OkInputs = {};
export type Class_Locks_Ok_TitleInputs = {};
export type Class_Locks_TitleInputs = {};
export type Class_Locks_Unknown_TitleInputs = {};
export type Class_LossInputs = {};
export type Class_NoneInputs = {};
export type Class_None_ButtonInputs = {};
export type Class_Open_FilesInputs = {};
export type Class_Open_FolderInputs = {};
export type Class_Open_LabInputs = {};
export type Class_Overview_TitleInputs = {};
export type Class_ReportInputs = {};
export type Class_Report_TitleInputs = {};
export type Class_ReportsInputs = {
    count: NonNullable<unknown>;
};
export type Class_Reports_OneInputs = {};
export type Class_Right_ChoiceInputs = {};
export type Class_Sign_OutInputs = {};
export type Class_Signed_In_AsInputs = {
    student: NonNullable<unknown>;
};
export type Class_StudentInputs = {};
export type Class_Teacher_LabInputs = {};
export type Class_Wrong_ChoiceInputs = {};
export type Cli_Datasets_DownloadedInputs = {
    name: NonNullable<unknown>;
    dir: NonNullable<unknown>;
};
export type Cli_Datasets_FoundInputs = {
    dir: NonNullable<unknown>;
};
export type Cli_Datasets_MissingInputs = {
    hint: NonNullable<unknown>;
};
export type Cli_Datasets_SearchedInputs = {
    dirs: NonNullable<unknown>;
};
export type Cli_Datasets_SyntheticInputs = {};
export type Cli_Runs_BackendInputs = {};
export type Cli_Runs_CreatedInputs = {};
export type Cli_Runs_DatasetInputs = {};
export type Cli_Runs_EmptyInputs = {
    store: NonNullable<unknown>;
};
export type Cli_Runs_InsideInputs = {};
export type Cli_Runs_NameInputs = {};
export type Cli_Runs_StatusInputs = {};
export type Cli_Train_BackendInputs = {
    backend: NonNullable<unknown>;
};
export type Cli_Train_BestInputs = {
    loss: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
};
export type Cli_Train_DoneInputs = {
    run: NonNullable<unknown>;
    name: NonNullable<unknown>;
    status: NonNullable<unknown>;
    how: NonNullable<unknown>;
    epochs: NonNullable<unknown>;
    best: NonNullable<unknown>;
};
export type Cli_Train_Early_StoppedInputs = {
    epoch: NonNullable<unknown>;
};
export type Cli_Train_StartedInputs = {
    epochs: NonNullable<unknown>;
    name: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    train: NonNullable<unknown>;
    val: NonNullable<unknown>;
};
export type Cli_Train_StoppingInputs = {};
export type Clihelp_ArgumentsInputs = {};
export type Clihelp_BenchInputs = {};
export type Clihelp_CheckInputs = {};
export type Clihelp_ClassInputs = {};
export type Clihelp_CommandsInputs = {};
export type Clihelp_DatasetsInputs = {};
export type Clihelp_EvaluateInputs = {};
export type Clihelp_ExportInputs = {};
export type Clihelp_GridInputs = {};
export type Clihelp_GridsInputs = {};
export type Clihelp_HelpInputs = {};
export type Clihelp_ImportInputs = {};
export type Clihelp_InspectInputs = {};
export type Clihelp_LabsInputs = {};
export type Clihelp_LangInputs = {};
export type Clihelp_OptionsInputs = {};
export type Clihelp_ProgramInputs = {};
export type Clihelp_ReportInputs = {};
export type Clihelp_RunsInputs = {};
export type Clihelp_ServeInputs = {};
export type Clihelp_StartInputs = {};
export type Clihelp_StoreInputs = {};
export type Clihelp_TrainInputs = {};
export type Clihelp_UsageInputs = {};
export type Clihelp_VersionInputs = {};
export type Clihelp_WorkerInputs = {};
export type CloseInputs = {};
export type Code_CopiedInputs = {};
export type Code_CopyInputs = {};
export type Code_Copy_FailedInputs = {};
export type Code_Copy_TitleInputs = {};
export type Code_Download_TitleInputs = {};
export type Code_LabelInputs = {};
export type Code_TitleInputs = {};
export type Code_UpdatingInputs = {};
export type Code_WarningsInputs = {};
export type Code_WritingInputs = {};
export type Confusion_FallbackInputs = {};
export type Confusion_LabelInputs = {};
export type Curves_BaselineInputs = {};
export type Curves_Confusion_LabelInputs = {
    count: NonNullable<unknown>;
    percent: NonNullable<unknown>;
    truth: NonNullable<unknown>;
};
export type Curves_Confusion_TitleInputs = {
    truth: NonNullable<unknown>;
    predicted: NonNullable<unknown>;
};
export type Curves_Dead_TooltipInputs = {
    run: NonNullable<unknown>;
    percent: NonNullable<unknown>;
};
export type Curves_Early_StopInputs = {};
export type Curves_Heat_AcrossInputs = {};
export type Curves_Heat_BestInputs = {};
export type Curves_Heat_BetterInputs = {};
export type Curves_Heat_Caption_FoldsInputs = {
    metric: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Curves_Heat_Caption_HoldoutInputs = {
    metric: NonNullable<unknown>;
};
export type Curves_Heat_FixedInputs = {
    settings: NonNullable<unknown>;
};
export type Curves_Heat_FoldsInputs = {
    metric: NonNullable<unknown>;
    score: NonNullable<unknown>;
    std: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Curves_Heat_HoldoutInputs = {
    metric: NonNullable<unknown>;
    score: NonNullable<unknown>;
};
export type Curves_Heat_UnfinishedInputs = {};
export type Curves_Heat_UpInputs = {};
export type Curves_Heat_WorseInputs = {};
export type Curves_InputInputs = {
    index: NonNullable<unknown>;
};
export type Curves_PredictedInputs = {};
export type Curves_Spread_TooltipInputs = {
    run: NonNullable<unknown>;
    mean: NonNullable<unknown>;
    std: NonNullable<unknown>;
};
export type Curves_TrueInputs = {};
export type Curves_Weight_FromInputs = {
    value: NonNullable<unknown>;
};
export type Dataset_ExamplesInputs = {};
export type Dataset_FileInputs = {};
export type Dataset_GeneratedInputs = {
    name: NonNullable<unknown>;
};
export type Dataset_ImdbInputs = {};
export type Dataset_InfoInputs = {
    title: NonNullable<unknown>;
    train: NonNullable<unknown>;
    test: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Dataset_LoadingInputs = {};
export type Dataset_MnistInputs = {};
export type Dataset_NoiseInputs = {};
export type Dataset_Num_WordsInputs = {};
export type Dataset_Path_ComputerInputs = {};
export type Dataset_Path_ServerInputs = {};
export type Dataset_Set_InputInputs = {
    shape: NonNullable<unknown>;
};
export type Dataset_TitleInputs = {};
export type Describe_AugmentationInputs = {};
export type Describe_BatchInputs = {
    size: NonNullable<unknown>;
};
export type Describe_Early_StoppingInputs = {
    patience: NonNullable<unknown>;
};
export type Describe_EpochsInputs = {
    count: NonNullable<unknown>;
};
export type Describe_FoldInputs = {
    fold: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Describe_Label_SmoothingInputs = {
    value: NonNullable<unknown>;
};
export type Describe_No_ShufflingInputs = {};
export type Describe_No_ValidationInputs = {};
export type Describe_SeedInputs = {
    seed: NonNullable<unknown>;
};
export type Describe_SeparatorInputs = {};
export type Describe_Shuffled_LabelsInputs = {};
export type Describe_SubsetInputs = {
    count: NonNullable<unknown>;
};
export type Describe_Validation_SplitInputs = {
    percent: NonNullable<unknown>;
};
export type Describe_Validation_TestInputs = {};
export type Dstext_CirclesInputs = {};
export type Dstext_Fashion_MnistInputs = {};
export type Dstext_HintInputs = {
    files: NonNullable<unknown>;
    folder: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Dstext_Hint_AptInputs = {
    apt: NonNullable<unknown>;
};
export type Dstext_Hint_ImdbInputs = {
    files: NonNullable<unknown>;
    folder: NonNullable<unknown>;
};
export type Dstext_ImdbInputs = {};
export type Dstext_MnistInputs = {};
export type Dstext_MoonsInputs = {};
export type Dstext_SpiralsInputs = {};
export type Dstext_Spirals_TitleInputs = {
    name: NonNullable<unknown>;
    arms: NonNullable<unknown>;
    samples: NonNullable<unknown>;
    noise: NonNullable<unknown>;
    seed: NonNullable<unknown>;
};
export type Dstext_Synthetic_TitleInputs = {
    name: NonNullable<unknown>;
    samples: NonNullable<unknown>;
    noise: NonNullable<unknown>;
    seed: NonNullable<unknown>;
};
export type Duration_MinutesInputs = {
    min: NonNullable<unknown>;
    s: NonNullable<unknown>;
};
export type Duration_SecondsInputs = {
    s: NonNullable<unknown>;
};
export type Error_Augment_Needs_ImagesInputs = {
    title: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Augment_Not_ImagesInputs = {
    dataset: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Backend_NoneInputs = {
    reasons: NonNullable<unknown>;
};
export type Error_Backend_UnknownInputs = {
    backend: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Budget_NeedsInputs = {
    total: NonNullable<unknown>;
    params: NonNullable<unknown>;
    paramBytes: NonNullable<unknown>;
    batch: NonNullable<unknown>;
    activations: NonNullable<unknown>;
};
export type Error_Budget_Not_FreeInputs = {
    needs: NonNullable<unknown>;
    free: NonNullable<unknown>;
};
export type Error_Budget_Over_HalfInputs = {
    needs: NonNullable<unknown>;
    machine: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Builtin_MissingInputs = {
    title: NonNullable<unknown>;
    name: NonNullable<unknown>;
    searched: NonNullable<unknown>;
    hint: NonNullable<unknown>;
};
export type Error_Builtin_Missing_PartialInputs = {
    title: NonNullable<unknown>;
    name: NonNullable<unknown>;
    searched: NonNullable<unknown>;
    partial: NonNullable<unknown>;
    hint: NonNullable<unknown>;
};
export type Error_Builtin_No_FoldersInputs = {};
export type Error_Busy_Delete_GridInputs = {};
export type Error_Busy_Delete_RunInputs = {};
export type Error_Busy_Grid_RunningInputs = {};
export type Error_Busy_Repair_StoreInputs = {};
export type Error_Class_HostInputs = {
    host: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Class_No_PoolInputs = {};
export type Error_Cli_Class_OnlyInputs = {
    flag: NonNullable<unknown>;
};
export type Error_Cli_ConcurrencyInputs = {
    concurrency: NonNullable<unknown>;
};
export type Error_Cli_Import_JsonInputs = {
    file: NonNullable<unknown>;
};
export type Error_Cli_Lab_And_ModelInputs = {};
export type Error_Cli_Lab_No_WeightsInputs = {
    arg: NonNullable<unknown>;
    format: NonNullable<unknown>;
};
export type Error_Cli_LangInputs = {
    lang: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Cli_Model_File_And_ModelInputs = {};
export type Error_Cli_Model_InvalidInputs = {
    issues: NonNullable<unknown>;
};
export type Error_Cli_Model_Needs_DatasetInputs = {};
export type Error_Cli_Model_Too_LargeInputs = {
    file: NonNullable<unknown>;
    megabytes: NonNullable<unknown>;
};
export type Error_Cli_No_EpochInputs = {
    name: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Error_Cli_No_GridInputs = {};
export type Error_Cli_No_InsightsInputs = {
    name: NonNullable<unknown>;
};
export type Error_Cli_No_QuickInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_No_RunInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_No_Run_Or_LabInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_No_Run_Or_ModelInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_Not_GuidedInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_Redis_Not_ClassInputs = {};
export type Error_Cli_Report_FolderInputs = {
    dir: NonNullable<unknown>;
};
export type Error_Cli_Report_FormatInputs = {
    format: NonNullable<unknown>;
};
export type Error_Cli_Run_No_WeightsInputs = {
    arg: NonNullable<unknown>;
};
export type Error_Cli_Sweep_SyntaxInputs = {
    text: NonNullable<unknown>;
};
export type Error_Cli_Train_WhatInputs = {};
export type Error_Cli_Training_SettingInputs = {
    issues: NonNullable<unknown>;
};
export type Error_Cli_Unknown_DatasetInputs = {
    value: NonNullable<unknown>;
};
export type Error_Cli_ValidationInputs = {
    value: NonNullable<unknown>;
};
export type Error_Cli_Worker_NameInputs = {
    name: NonNullable<unknown>;
};
export type Error_ContextInputs = {
    context: NonNullable<unknown>;
    sentence: NonNullable<unknown>;
};
export type Error_Csv_Label_ColumnInputs = {
    name: NonNullable<unknown>;
};
export type Error_Csv_No_Column_IndexInputs = {
    file: NonNullable<unknown>;
    width: NonNullable<unknown>;
    last: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Error_Csv_No_Column_NameInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    columns: NonNullable<unknown>;
};
export type Error_Csv_No_HeaderInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Error_Csv_Not_NumberInputs = {
    file: NonNullable<unknown>;
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Csv_One_ColumnInputs = {
    file: NonNullable<unknown>;
};
export type Error_Csv_QuotesInputs = {
    file: NonNullable<unknown>;
    line: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Csv_RowInputs = {
    line: NonNullable<unknown>;
};
export type Error_Csv_Row_WidthInputs = {
    file: NonNullable<unknown>;
    line: NonNullable<unknown>;
    cells: NonNullable<unknown>;
    first: NonNullable<unknown>;
    width: NonNullable<unknown>;
};
export type Error_Csv_The_HeaderInputs = {};
export type Error_Data_Bad_GzipInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Data_DeniedInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_Empty_FileInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_FolderInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_Header_OnlyInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_InflatesInputs = {
    file: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Data_MissingInputs = {
    file: NonNullable<unknown>;
};
export type Error_Data_No_Class_FoldersInputs = {
    dir: NonNullable<unknown>;
    example: NonNullable<unknown>;
};
export type Error_Data_Npy_AloneInputs = {
    path: NonNullable<unknown>;
};
export type Error_Data_Partial_FilesInputs = {
    folder: NonNullable<unknown>;
    found: NonNullable<unknown>;
    missing: NonNullable<unknown>;
};
export type Error_Data_Partial_FolderInputs = {
    folder: NonNullable<unknown>;
    missing: NonNullable<unknown>;
};
export type Error_Data_Partial_FoldersInputs = {
    folder: NonNullable<unknown>;
    missing: NonNullable<unknown>;
};
export type Error_Data_Unknown_KindInputs = {
    path: NonNullable<unknown>;
};
export type Error_Data_UnreadableInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_DisconnectedInputs = {};
export type Error_DivergedInputs = {
    epoch: NonNullable<unknown>;
    loss: NonNullable<unknown>;
    rate: NonNullable<unknown>;
};
export type Error_Doing_Check_StepsInputs = {};
export type Error_Doing_Delete_GridInputs = {};
export type Error_Doing_Delete_RunInputs = {};
export type Error_Doing_EvaluateInputs = {};
export type Error_Doing_List_GridsInputs = {};
export type Error_Doing_List_LabsInputs = {};
export type Error_Doing_List_LibraryInputs = {};
export type Error_Doing_List_RunsInputs = {};
export type Error_Doing_Load_GridInputs = {};
export type Error_Doing_Load_RunInputs = {};
export type Error_Doing_Open_FileInputs = {};
export type Error_Doing_Open_LabInputs = {};
export type Error_Doing_Open_NamedInputs = {
    name: NonNullable<unknown>;
};
export type Error_Doing_Rename_RunInputs = {};
export type Error_Doing_Repair_StoreInputs = {};
export type Error_Doing_Save_LabInputs = {};
export type Error_Doing_Start_GridInputs = {};
export type Error_Doing_Start_TrainingInputs = {};
export type Error_Doing_Stop_GridInputs = {};
export type Error_Download_BrokeInputs = {
    url: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    byHand: NonNullable<unknown>;
};
export type Error_Download_By_HandInputs = {
    folder: NonNullable<unknown>;
};
export type Error_Download_HttpInputs = {
    url: NonNullable<unknown>;
    status: NonNullable<unknown>;
    byHand: NonNullable<unknown>;
};
export type Error_Download_Md5Inputs = {
    url: NonNullable<unknown>;
    got: NonNullable<unknown>;
    md5: NonNullable<unknown>;
    received: NonNullable<unknown>;
    byHand: NonNullable<unknown>;
};
export type Error_Download_MkdirInputs = {
    folder: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Download_UnreachableInputs = {
    url: NonNullable<unknown>;
    cause: NonNullable<unknown>;
    byHand: NonNullable<unknown>;
};
export type Error_Early_Stopping_No_ValidationInputs = {
    monitor: NonNullable<unknown>;
};
export type Error_Export_No_HistoryInputs = {
    name: NonNullable<unknown>;
};
export type Error_Export_No_History_CliInputs = {
    name: NonNullable<unknown>;
};
export type Error_Export_No_WeightsInputs = {
    format: NonNullable<unknown>;
};
export type Error_File_BinaryInputs = {
    file: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Error_File_MissingInputs = {
    file: NonNullable<unknown>;
};
export type Error_File_Too_LargeInputs = {
    file: NonNullable<unknown>;
    megabytes: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Error_Fold_MissingInputs = {
    index: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Error_Fold_Too_FewInputs = {
    folds: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Fs_Action_MkdirInputs = {};
export type Error_Fs_Action_ReadInputs = {};
export type Error_Fs_Action_WriteInputs = {};
export type Error_Fs_Cannot_MkdirInputs = {};
export type Error_Fs_Disk_FullInputs = {};
export type Error_Fs_ExistsInputs = {};
export type Error_Fs_FailedInputs = {
    action: NonNullable<unknown>;
    file: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Fs_Is_FolderInputs = {};
export type Error_Fs_LoopInputs = {};
export type Error_Fs_MissingInputs = {};
export type Error_Fs_No_ParentInputs = {};
export type Error_Fs_Not_FolderInputs = {};
export type Error_Fs_PermissionInputs = {};
export type Error_Fs_Read_OnlyInputs = {};
export type Error_Fs_SystemInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Fs_Too_LongInputs = {};
export type Error_Fs_Too_Many_OpenInputs = {};
export type Error_Future_Version_GraphInputs = {
    version: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Error_Future_Version_LabInputs = {
    version: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Error_Graph_InvalidInputs = {
    issues: NonNullable<unknown>;
};
export type Error_Graph_Not_ObjectInputs = {};
export type Error_Grid_At_LeastInputs = {
    value: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Grid_At_MostInputs = {
    value: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Grid_BoolInputs = {
    value: NonNullable<unknown>;
};
export type Error_Grid_InvalidInputs = {
    issues: NonNullable<unknown>;
};
export type Error_Grid_Is_ValueInputs = {
    value: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_Less_ThanInputs = {
    value: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Grid_More_ThanInputs = {
    value: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Error_Grid_No_ParamInputs = {
    param: NonNullable<unknown>;
    name: NonNullable<unknown>;
    kind: NonNullable<unknown>;
};
export type Error_Grid_NoneInputs = {
    name: NonNullable<unknown>;
};
export type Error_Grid_Not_NumberInputs = {
    value: NonNullable<unknown>;
};
export type Error_Grid_Not_SweepableInputs = {
    key: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Grid_Not_WholeInputs = {
    value: NonNullable<unknown>;
};
export type Error_Grid_NumbersInputs = {
    path: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Grid_OptimizerInputs = {
    list: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Grid_Refit_FailedInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Grid_Regularizer_PathInputs = {
    name: NonNullable<unknown>;
    param: NonNullable<unknown>;
};
export type Error_Grid_See_Its_RunsInputs = {};
export type Error_Grid_See_Their_RunsInputs = {};
export type Error_Grid_SelectorInputs = {
    path: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Error_Grid_SettingInputs = {
    path: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Error_Grid_TimesInputs = {
    a: NonNullable<unknown>;
    b: NonNullable<unknown>;
};
export type Error_Grid_Too_ManyInputs = {
    count: NonNullable<unknown>;
    values: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Error_Grid_TrialInputs = {
    trial: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_Trial_FailedInputs = {
    trial: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_Trial_ModelInputs = {
    trial: NonNullable<unknown>;
    issue: NonNullable<unknown>;
};
export type Error_Grid_Trial_No_StartInputs = {
    trial: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_Trial_TrainingInputs = {
    trial: NonNullable<unknown>;
    path: NonNullable<unknown>;
    issue: NonNullable<unknown>;
};
export type Error_Grid_Trials_FailedInputs = {
    failed: NonNullable<unknown>;
    total: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Grid_TwiceInputs = {
    key: NonNullable<unknown>;
    other: NonNullable<unknown>;
    path: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Grid_Values_OfInputs = {
    count: NonNullable<unknown>;
    path: NonNullable<unknown>;
};
export type Error_Host_Invalid_ArgumentsInputs = {
    method: NonNullable<unknown>;
    issues: NonNullable<unknown>;
};
export type Error_Host_Unknown_MethodInputs = {
    method: NonNullable<unknown>;
};
export type Error_Idx_ExtraInputs = {
    file: NonNullable<unknown>;
    extra: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Error_Idx_Images_OfInputs = {
    count: NonNullable<unknown>;
    size: NonNullable<unknown>;
};
export type Error_Idx_Labels_OfInputs = {
    count: NonNullable<unknown>;
};
export type Error_Idx_MagicInputs = {
    file: NonNullable<unknown>;
    magic: NonNullable<unknown>;
    expected: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Idx_Not_ImagesInputs = {};
export type Error_Idx_Not_LabelsInputs = {};
export type Error_Idx_Swapped_ImagesInputs = {
    magic: NonNullable<unknown>;
};
export type Error_Idx_Swapped_LabelsInputs = {
    magic: NonNullable<unknown>;
};
export type Error_Idx_Too_ShortInputs = {
    file: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Idx_TruncatedInputs = {
    file: NonNullable<unknown>;
    what: NonNullable<unknown>;
    want: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Idx_Truncated_HeaderInputs = {
    file: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Images_NoneInputs = {
    folder: NonNullable<unknown>;
};
export type Error_Images_Not_ImageInputs = {
    file: NonNullable<unknown>;
};
export type Error_Images_Test_ClassInputs = {
    dir: NonNullable<unknown>;
    names: NonNullable<unknown>;
    train: NonNullable<unknown>;
};
export type Error_Images_Test_ClassesInputs = {
    dir: NonNullable<unknown>;
    names: NonNullable<unknown>;
    train: NonNullable<unknown>;
};
export type Error_Images_Too_BigInputs = {
    file: NonNullable<unknown>;
    size: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Error_Images_Too_ManyInputs = {
    root: NonNullable<unknown>;
    count: NonNullable<unknown>;
    size: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Images_UndecodableInputs = {
    file: NonNullable<unknown>;
    format: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Imdb_ArchiveInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Imdb_InsideInputs = {
    folder: NonNullable<unknown>;
    source: NonNullable<unknown>;
};
export type Error_Imdb_No_ReviewsInputs = {
    where: NonNullable<unknown>;
    layout: NonNullable<unknown>;
};
export type Error_In_StepInputs = {
    where: NonNullable<unknown>;
    step: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_In_WhereInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_InternalInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Json_AtInputs = {
    where: NonNullable<unknown>;
    problem: NonNullable<unknown>;
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Error_Json_CharacterInputs = {
    where: NonNullable<unknown>;
};
export type Error_Json_EndsInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_ActivationInputs = {
    layer: NonNullable<unknown>;
    value: NonNullable<unknown>;
    fallback: NonNullable<unknown>;
    list: NonNullable<unknown>;
};
export type Error_Keras_Bad_ValueInputs = {
    layer: NonNullable<unknown>;
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Error_Keras_Batchnorm_AxisInputs = {
    layer: NonNullable<unknown>;
    axis: NonNullable<unknown>;
};
export type Error_Keras_Expected_Batch_ShapeInputs = {};
export type Error_Keras_Expected_BoolInputs = {};
export type Error_Keras_Expected_Input_ShapeInputs = {};
export type Error_Keras_Expected_IntInputs = {};
export type Error_Keras_Expected_Int_ListInputs = {};
export type Error_Keras_Expected_NumberInputs = {};
export type Error_Keras_Expected_PairInputs = {};
export type Error_Keras_Export_InvalidInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Keras_InInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Keras_In_LineInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    line: NonNullable<unknown>;
};
export type Error_Keras_Inbound_EmptyInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Keras_Inbound_Not_ListInputs = {
    layer: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Keras_Input_Not_FirstInputs = {
    name: NonNullable<unknown>;
};
export type Error_Keras_LayerInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Keras_Layer_NamedInputs = {
    name: NonNullable<unknown>;
};
export type Error_Keras_Layer_NumberInputs = {
    number: NonNullable<unknown>;
};
export type Error_Keras_LoopInputs = {
    names: NonNullable<unknown>;
};
export type Error_Keras_Merge_In_SequentialInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Keras_Needs_DefaultInputs = {
    layer: NonNullable<unknown>;
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
    uses: NonNullable<unknown>;
};
export type Error_Keras_Nested_ModelInputs = {};
export type Error_Keras_No_Class_NameInputs = {
    number: NonNullable<unknown>;
};
export type Error_Keras_No_Input_ShapeInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_No_LayersInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_No_Layers_SequentialInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_Not_JsonInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Keras_Not_ModelInputs = {
    where: NonNullable<unknown>;
};
export type Error_Keras_Not_Model_ClassInputs = {
    where: NonNullable<unknown>;
    kind: NonNullable<unknown>;
};
export type Error_Keras_PaddingInputs = {
    layer: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Keras_Place_CodeInputs = {};
export type Error_Keras_Place_Code_StartInputs = {};
export type Error_Keras_Place_ModelInputs = {};
export type Error_Keras_Place_Model_StartInputs = {};
export type Error_Keras_Reads_Other_OutputInputs = {
    layer: NonNullable<unknown>;
    tensor: NonNullable<unknown>;
    node: NonNullable<unknown>;
    source: NonNullable<unknown>;
};
export type Error_Keras_RegularizerInputs = {
    layer: NonNullable<unknown>;
    key: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Keras_Same_NameInputs = {
    name: NonNullable<unknown>;
};
export type Error_Keras_Shape_Not_FixedInputs = {
    layer: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Keras_Shared_LayerInputs = {
    layer: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Keras_Unknown_EndInputs = {
    key: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Keras_Unknown_SourceInputs = {
    layer: NonNullable<unknown>;
    source: NonNullable<unknown>;
};
export type Error_Keras_Unsupported_ClassInputs = {
    layer: NonNullable<unknown>;
    className: NonNullable<unknown>;
    nested: NonNullable<unknown>;
    supported: NonNullable<unknown>;
};
export type Error_Keras_Uses_Channels_LastInputs = {};
export type Error_Keras_Uses_Dilation_1Inputs = {};
export type Error_Keras_Uses_Groups_1Inputs = {};
export type Error_Keras_Uses_KeepdimsInputs = {};
export type Error_Keras_Uses_No_AdjustmentInputs = {};
export type Error_Keras_Uses_No_ConstraintInputs = {};
export type Error_Keras_Uses_No_LoraInputs = {};
export type Error_Keras_Uses_No_RenormInputs = {};
export type Error_Keras_Uses_NoneInputs = {};
export type Error_Keras_Uses_One_MaskInputs = {};
export type Error_Keras_Uses_Whole_BatchInputs = {};
export type Error_Lab_No_NameInputs = {};
export type Error_Lab_Not_ObjectInputs = {
    where: NonNullable<unknown>;
};
export type Error_Lab_SettingsInputs = {
    where: NonNullable<unknown>;
    issues: NonNullable<unknown>;
};
export type Error_Lab_Wrong_FormatInputs = {
    where: NonNullable<unknown>;
    format: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Error_Labels_EmptyInputs = {
    file: NonNullable<unknown>;
    where: NonNullable<unknown>;
};
export type Error_Labels_Not_WholeInputs = {
    file: NonNullable<unknown>;
    label: NonNullable<unknown>;
    where: NonNullable<unknown>;
};
export type Error_Labels_One_ClassInputs = {
    file: NonNullable<unknown>;
    where: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Layout_Invalid_ModelInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Layout_Not_Float32Inputs = {
    name: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
};
export type Error_Layout_Not_ValidInputs = {};
export type Error_Layout_QuantizedInputs = {};
export type Error_Layout_Slash_In_NameInputs = {
    name: NonNullable<unknown>;
};
export type Error_Layout_Weight_ExtraInputs = {
    key: NonNullable<unknown>;
};
export type Error_Layout_Weight_MissingInputs = {
    key: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Layout_Weights_EndInputs = {
    name: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Library_No_LabInputs = {
    key: NonNullable<unknown>;
    labs: NonNullable<unknown>;
};
export type Error_Library_No_QuickInputs = {
    key: NonNullable<unknown>;
};
export type Error_Library_Quick_InvalidInputs = {
    where: NonNullable<unknown>;
    issues: NonNullable<unknown>;
};
export type Error_Mnist_CountInputs = {
    labelsFile: NonNullable<unknown>;
    labels: NonNullable<unknown>;
    imagesFile: NonNullable<unknown>;
    images: NonNullable<unknown>;
};
export type Error_Mnist_DimsInputs = {
    file: NonNullable<unknown>;
    count: NonNullable<unknown>;
    dims: NonNullable<unknown>;
};
export type Error_Mnist_Label_RangeInputs = {
    file: NonNullable<unknown>;
    label: NonNullable<unknown>;
    index: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Error_Mnist_Split_ShapesInputs = {
    folder: NonNullable<unknown>;
    train: NonNullable<unknown>;
    test: NonNullable<unknown>;
};
export type Error_Model_File_Bad_Hdf5Inputs = {
    file: NonNullable<unknown>;
};
export type Error_Model_File_Bad_ZipInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Model_File_Member_SizeInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
    size: NonNullable<unknown>;
    actual: NonNullable<unknown>;
};
export type Error_Model_File_Member_Too_LargeInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
    megabytes: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Model_File_No_WeightsInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Model_File_Not_KerasInputs = {
    file: NonNullable<unknown>;
};
export type Error_Model_File_Weight_CountInputs = {
    layer: NonNullable<unknown>;
    count: NonNullable<unknown>;
    needed: NonNullable<unknown>;
    names: NonNullable<unknown>;
};
export type Error_Model_File_Weight_MissingInputs = {
    path: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Error_Model_File_Weight_ShapeInputs = {
    layer: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    needed: NonNullable<unknown>;
};
export type Error_Model_File_Weights_OnlyInputs = {
    file: NonNullable<unknown>;
};
export type Error_Model_File_Weights_OrphanInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Model_File_Zip_WithoutInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_No_Test_Set_EvaluateInputs = {
    title: NonNullable<unknown>;
};
export type Error_No_Test_Set_ValidateInputs = {
    title: NonNullable<unknown>;
};
export type Error_No_Weights_GoneInputs = {
    run: NonNullable<unknown>;
};
export type Error_No_Weights_RunInputs = {
    name: NonNullable<unknown>;
};
export type Error_Not_Found_GridInputs = {
    grid: NonNullable<unknown>;
};
export type Error_Not_Found_RunInputs = {
    run: NonNullable<unknown>;
};
export type Error_Not_Lab_Or_KerasInputs = {
    where: NonNullable<unknown>;
};
export type Error_Not_Running_GridInputs = {
    grid: NonNullable<unknown>;
};
export type Error_Not_Running_QueuedInputs = {
    run: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Error_Not_Running_RunInputs = {
    run: NonNullable<unknown>;
};
export type Error_Npy_Bad_HeaderInputs = {
    where: NonNullable<unknown>;
    header: NonNullable<unknown>;
};
export type Error_Npy_Bad_ShapeInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Npy_Big_EndianInputs = {
    where: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
};
export type Error_Npy_DtypeInputs = {
    where: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
};
export type Error_Npy_FortranInputs = {
    where: NonNullable<unknown>;
};
export type Error_Npy_Not_NpyInputs = {
    where: NonNullable<unknown>;
    magic: NonNullable<unknown>;
};
export type Error_Npy_ObjectsInputs = {
    where: NonNullable<unknown>;
};
export type Error_Npy_StructuredInputs = {
    where: NonNullable<unknown>;
};
export type Error_Npy_Too_LargeInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
    size: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Npy_TruncatedInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
    actual: NonNullable<unknown>;
};
export type Error_Npy_Truncated_HeaderInputs = {
    where: NonNullable<unknown>;
};
export type Error_Npy_VersionInputs = {
    where: NonNullable<unknown>;
    version: NonNullable<unknown>;
};
export type Error_Npz_ArrayInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Npz_Array_ThenInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Npz_Count_MismatchInputs = {
    file: NonNullable<unknown>;
    x: NonNullable<unknown>;
    examples: NonNullable<unknown>;
    y: NonNullable<unknown>;
    labels: NonNullable<unknown>;
};
export type Error_Npz_Entry_SizeInputs = {
    file: NonNullable<unknown>;
    name: NonNullable<unknown>;
    size: NonNullable<unknown>;
    actual: NonNullable<unknown>;
};
export type Error_Npz_Feature_ShapeInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Npz_Found_ArraysInputs = {
    names: NonNullable<unknown>;
};
export type Error_Npz_Found_NoneInputs = {};
export type Error_Npz_Half_TestInputs = {
    file: NonNullable<unknown>;
    there: NonNullable<unknown>;
    missing: NonNullable<unknown>;
};
export type Error_Npz_Label_ShapeInputs = {
    where: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Npz_No_ArraysInputs = {
    file: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Error_Npz_Not_FiniteInputs = {
    where: NonNullable<unknown>;
    example: NonNullable<unknown>;
    index: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Error_Npz_Not_One_HotInputs = {
    where: NonNullable<unknown>;
    row: NonNullable<unknown>;
};
export type Error_Npz_Test_ShapeInputs = {
    file: NonNullable<unknown>;
    train: NonNullable<unknown>;
    test: NonNullable<unknown>;
};
export type Error_Npz_Too_LargeInputs = {
    file: NonNullable<unknown>;
    size: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
    cap: NonNullable<unknown>;
};
export type Error_Npz_UnreadableInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Onnx_Extra_LayerInputs = {
    layer: NonNullable<unknown>;
};
export type Error_Onnx_Invalid_GraphInputs = {
    lab: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Onnx_Weight_DtypeInputs = {
    weight: NonNullable<unknown>;
    dtype: NonNullable<unknown>;
};
export type Error_Onnx_Weight_NoneInputs = {
    layer: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Error_Onnx_Weight_ShapeInputs = {
    layer: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    has: NonNullable<unknown>;
};
export type Error_Onnx_Weight_UnknownInputs = {
    weight: NonNullable<unknown>;
};
export type Error_Onnx_Weights_EndInputs = {
    weight: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
};
export type Error_Path_For_DatasetsInputs = {};
export type Error_Path_For_ExportsInputs = {};
export type Error_Path_For_LabsInputs = {};
export type Error_Path_For_ReportsInputs = {};
export type Error_Path_Leads_ToInputs = {
    file: NonNullable<unknown>;
    real: NonNullable<unknown>;
};
export type Error_Path_Outside_ReadsInputs = {
    file: NonNullable<unknown>;
    what: NonNullable<unknown>;
    folders: NonNullable<unknown>;
};
export type Error_Path_Outside_WritesInputs = {
    file: NonNullable<unknown>;
    what: NonNullable<unknown>;
    folders: NonNullable<unknown>;
};
export type Error_Pool_DisconnectedInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_Grid_RunningInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_Job_MalformedInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Pool_Job_VersionInputs = {
    version: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Error_Pool_Lost_MinuteInputs = {
    where: NonNullable<unknown>;
    minutes: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Pool_Lost_MinutesInputs = {
    where: NonNullable<unknown>;
    minutes: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Pool_No_AnswerInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_No_HostInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_NoneInputs = {};
export type Error_Pool_Not_ConnectedInputs = {
    url: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Pool_Not_Redis_UrlInputs = {
    url: NonNullable<unknown>;
};
export type Error_Pool_Record_MalformedInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Pool_SilentInputs = {};
export type Error_Pool_The_JobInputs = {};
export type Error_Pool_The_RecordInputs = {};
export type Error_Pool_Worker_NameInputs = {
    name: NonNullable<unknown>;
    host: NonNullable<unknown>;
    pid: NonNullable<unknown>;
};
export type Error_Pool_Worker_Name_HereInputs = {
    name: NonNullable<unknown>;
    host: NonNullable<unknown>;
    pid: NonNullable<unknown>;
};
export type Error_Pool_Wrong_SchemeInputs = {
    url: NonNullable<unknown>;
    scheme: NonNullable<unknown>;
};
export type Error_Python_EmptyInputs = {
    where: NonNullable<unknown>;
};
export type Error_Python_Is_JsonInputs = {
    where: NonNullable<unknown>;
};
export type Error_Python_No_Input_ShapeInputs = {
    line: NonNullable<unknown>;
};
export type Error_Python_No_ModelInputs = {
    where: NonNullable<unknown>;
};
export type Error_Python_Other_InputInputs = {
    line: NonNullable<unknown>;
    name: NonNullable<unknown>;
    inputLine: NonNullable<unknown>;
};
export type Error_Python_Output_Not_From_InputInputs = {
    line: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Python_Sequential_EmptyInputs = {
    line: NonNullable<unknown>;
};
export type Error_Python_Several_InputsInputs = {
    line: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Python_UnreadableInputs = {
    where: NonNullable<unknown>;
    line: NonNullable<unknown>;
};
export type Error_Redis_Bad_PasswordInputs = {
    where: NonNullable<unknown>;
};
export type Error_Redis_FailedInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Redis_No_AnswerInputs = {
    where: NonNullable<unknown>;
    seconds: NonNullable<unknown>;
    tls: NonNullable<unknown>;
};
export type Error_Redis_No_Answer_TlsInputs = {};
export type Error_Redis_No_HostInputs = {
    where: NonNullable<unknown>;
};
export type Error_Redis_RefusedInputs = {
    where: NonNullable<unknown>;
};
export type Error_Redis_TlsInputs = {
    where: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Redis_UnreachableInputs = {
    where: NonNullable<unknown>;
    code: NonNullable<unknown>;
};
export type Error_Redis_Wants_PasswordInputs = {
    where: NonNullable<unknown>;
};
export type Error_Report_Attachment_CutInputs = {};
export type Error_Report_Attachment_InflateInputs = {};
export type Error_Report_Data_CutInputs = {};
export type Error_Report_InvalidInputs = {
    path: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Report_No_AttachmentInputs = {
    name: NonNullable<unknown>;
};
export type Error_Report_No_DataInputs = {};
export type Error_Report_Not_JsonInputs = {};
export type Error_Report_Not_ReportInputs = {
    file: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Error_Report_The_DataInputs = {};
export type Error_Report_UnreadableInputs = {
    file: NonNullable<unknown>;
};
export type Error_Reports_FolderInputs = {
    dir: NonNullable<unknown>;
};
export type Error_Roster_Bad_CodeInputs = {
    where: NonNullable<unknown>;
    code: NonNullable<unknown>;
};
export type Error_Roster_Code_TakenInputs = {
    file: NonNullable<unknown>;
    code: NonNullable<unknown>;
    name: NonNullable<unknown>;
    owner: NonNullable<unknown>;
};
export type Error_Roster_LineInputs = {
    line: NonNullable<unknown>;
    file: NonNullable<unknown>;
};
export type Error_Roster_Long_NameInputs = {
    where: NonNullable<unknown>;
    name: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Error_Roster_New_StudentInputs = {};
export type Error_Roster_No_NameInputs = {
    where: NonNullable<unknown>;
};
export type Error_Roster_Not_RosterInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Roster_TwiceInputs = {
    where: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Error_Roster_UnreadableInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Run_Name_EmptyInputs = {};
export type Error_Split_EmptyInputs = {
    fraction: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Store_Cannot_OpenInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Store_ClosedInputs = {
    file: NonNullable<unknown>;
};
export type Error_Store_DamagedInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    advice: NonNullable<unknown>;
};
export type Error_Store_Damaged_InsightsInputs = {
    file: NonNullable<unknown>;
    run: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
    detail: NonNullable<unknown>;
    advice: NonNullable<unknown>;
};
export type Error_Store_FullInputs = {
    file: NonNullable<unknown>;
};
export type Error_Store_FutureInputs = {
    file: NonNullable<unknown>;
    version: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Error_Store_IoInputs = {
    file: NonNullable<unknown>;
    code: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Store_LockedInputs = {
    file: NonNullable<unknown>;
};
export type Error_Store_Needs_FolderInputs = {
    why: NonNullable<unknown>;
    file: NonNullable<unknown>;
};
export type Error_Store_Nothing_To_MoveInputs = {
    file: NonNullable<unknown>;
};
export type Error_Store_Read_OnlyInputs = {
    file: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Error_Store_Repair_AdviceInputs = {
    file: NonNullable<unknown>;
};
export type Error_Subset_Too_LargeInputs = {
    subset: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Error_Synthetic_ClassesInputs = {
    shape: NonNullable<unknown>;
    fixed: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Error_Trainer_EndedInputs = {};
export type Error_Trainer_How_ExitedInputs = {
    code: NonNullable<unknown>;
};
export type Error_Trainer_How_KilledInputs = {
    signal: NonNullable<unknown>;
};
export type Error_Trainer_No_AnswerInputs = {};
export type Error_Trainer_No_StartInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Trainer_StoppedInputs = {
    how: NonNullable<unknown>;
};
export type Error_Trainer_Stopped_SaidInputs = {
    how: NonNullable<unknown>;
    tail: NonNullable<unknown>;
};
export type Error_Two_SentencesInputs = {
    first: NonNullable<unknown>;
    second: NonNullable<unknown>;
};
export type Error_Weights_ExtraInputs = {
    source: NonNullable<unknown>;
    weight: NonNullable<unknown>;
};
export type Error_Weights_No_WeightInputs = {
    source: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Error_Weights_RunInputs = {
    name: NonNullable<unknown>;
};
export type Error_Weights_ShapeInputs = {
    source: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    needs: NonNullable<unknown>;
};
export type Error_Weights_Stored_MissingInputs = {
    weight: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    needs: NonNullable<unknown>;
};
export type Error_Weights_Stored_ShapeInputs = {
    weight: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    needs: NonNullable<unknown>;
};
export type Error_What_Keras_JsonInputs = {};
export type Error_What_Lab_FileInputs = {};
export type Error_What_Python_FileInputs = {};
export type Export_BusyInputs = {};
export type Export_Csv_DescriptionInputs = {};
export type Export_Csv_LabelInputs = {};
export type Export_H5_DescriptionInputs = {};
export type Export_Keras_DescriptionInputs = {};
export type Export_MenuInputs = {};
export type Export_Needs_WeightsInputs = {};
export type Export_No_WeightsInputs = {};
export type Export_Onnx_DescriptionInputs = {};
export type Export_Python_DescriptionInputs = {};
export type Export_Python_LabelInputs = {};
export type Export_RunInputs = {
    name: NonNullable<unknown>;
};
export type Export_Tfjs_DescriptionInputs = {};
export type Export_TitleInputs = {};
export type Figures_GradInputs = {};
export type Figures_Grad_TitleInputs = {};
export type Figures_L1_TitleInputs = {};
export type Figures_L2_TitleInputs = {};
export type Figures_LabelInputs = {
    layer: NonNullable<unknown>;
};
export type Figures_Rms_TitleInputs = {};
export type Figures_Row_TitleInputs = {
    name: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
};
export type Figures_SparsityInputs = {};
export type Filedrop_HintInputs = {};
export type Gallery_Example_LabelInputs = {
    index: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Gallery_Example_TitleInputs = {
    index: NonNullable<unknown>;
};
export type Gallery_NoneInputs = {};
export type Grid_AccuracyInputs = {};
export type Grid_At_Least_One_LayerInputs = {};
export type Grid_BackInputs = {};
export type Grid_Back_TitleInputs = {};
export type Grid_Back_To_ModelInputs = {};
export type Grid_BestInputs = {};
export type Grid_Best_FirstInputs = {};
export type Grid_Best_So_FarInputs = {};
export type Grid_Col_FoldInputs = {
    n: NonNullable<unknown>;
};
export type Grid_Col_HoldoutInputs = {};
export type Grid_Col_MeanInputs = {};
export type Grid_Col_RankInputs = {};
export type Grid_Col_StatusInputs = {};
export type Grid_CurvesInputs = {};
export type Grid_Curves_AppearInputs = {};
export type Grid_Curves_LabelInputs = {};
export type Grid_DeleteInputs = {};
export type Grid_Delete_SureInputs = {};
export type Grid_Each_FoldInputs = {};
export type Grid_EarlierInputs = {};
export type Grid_EmptyInputs = {};
export type Grid_EstimatingInputs = {};
export type Grid_EvalInputs = {};
export type Grid_Eval_HoldoutInputs = {};
export type Grid_Eval_KfoldInputs = {};
export type Grid_Export_CsvInputs = {};
export type Grid_Export_Csv_TitleInputs = {};
export type Grid_Fold1_OnlyInputs = {};
export type Grid_FoldsInputs = {};
export type Grid_Folds_TimesInputs = {
    folds: NonNullable<unknown>;
};
export type Grid_FromInputs = {};
export type Grid_HeadingInputs = {};
export type Grid_HeatmapInputs = {};
export type Grid_Heatmap_FallbackInputs = {};
export type Grid_Heatmap_LabelInputs = {
    metric: NonNullable<unknown>;
};
export type Grid_HintInputs = {};
export type Grid_Holdout_FractionInputs = {};
export type Grid_How_ValuesInputs = {
    label: NonNullable<unknown>;
};
export type Grid_IntroInputs = {};
export type Grid_Key_TrainingInputs = {};
export type Grid_Key_ValidationInputs = {};
export type Grid_Log_LossInputs = {};
export type Grid_LossInputs = {};
export type Grid_MeanInputs = {
    metric: NonNullable<unknown>;
};
export type Grid_Mean_Of_FoldsInputs = {
    folds: NonNullable<unknown>;
};
export type Grid_Mean_TitleInputs = {
    metric: NonNullable<unknown>;
};
export type Grid_Mode_ListInputs = {};
export type Grid_Mode_RangeInputs = {};
export type Grid_No_Best_YetInputs = {};
export type Grid_None_SweptInputs = {};
export type Grid_None_Swept_HowInputs = {};
export type Grid_None_Swept_How_2Inputs = {};
export type Grid_None_Swept_How_3Inputs = {};
export type Grid_Not_ReadyInputs = {
    why: NonNullable<unknown>;
};
export type Grid_On_CurvesInputs = {};
export type Grid_On_PoolInputs = {};
export type Grid_On_Pool_Connect_FirstInputs = {};
export type Grid_On_Pool_TitleInputs = {};
export type Grid_One_ProblemInputs = {};
export type Grid_One_Value_EachInputs = {};
export type Grid_OutputInputs = {};
export type Grid_Output_NoteInputs = {};
export type Grid_ParallelInputs = {};
export type Grid_Parallel_AutoInputs = {};
export type Grid_Parallel_HintInputs = {};
export type Grid_Pool_AddressInputs = {};
export type Grid_Pool_ConnectInputs = {};
export type Grid_Pool_ConnectedInputs = {
    url: NonNullable<unknown>;
};
export type Grid_Pool_ConnectingInputs = {
    url: NonNullable<unknown>;
};
export type Grid_Pool_DisconnectInputs = {};
export type Grid_Pool_HintInputs = {
    command: NonNullable<unknown>;
};
export type Grid_Pool_JobsInputs = {
    active: NonNullable<unknown>;
    concurrency: NonNullable<unknown>;
};
export type Grid_Pool_Jobs_OneInputs = {
    active: NonNullable<unknown>;
    concurrency: NonNullable<unknown>;
};
export type Grid_Pool_No_DatasetInputs = {
    dataset: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Grid_Pool_No_DatasetsInputs = {};
export type Grid_Pool_No_WorkerInputs = {
    url: NonNullable<unknown>;
};
export type Grid_Pool_Not_ConnectedInputs = {};
export type Grid_Pool_Not_ReadyInputs = {
    state: NonNullable<unknown>;
};
export type Grid_Pool_OffInputs = {};
export type Grid_Pool_On_HostInputs = {
    host: NonNullable<unknown>;
};
export type Grid_Pool_PasswordInputs = {};
export type Grid_Pool_Password_IfInputs = {};
export type Grid_Pool_QueueInputs = {
    queue: NonNullable<unknown>;
};
export type Grid_Pool_Queue_LineInputs = {
    waiting: NonNullable<unknown>;
    active: NonNullable<unknown>;
};
export type Grid_Pool_RequeuedInputs = {};
export type Grid_Pool_TitleInputs = {};
export type Grid_Pool_UnreachableInputs = {
    url: NonNullable<unknown>;
};
export type Grid_Pool_WorkersInputs = {};
export type Grid_ProblemsInputs = {
    count: NonNullable<unknown>;
};
export type Grid_ProgressInputs = {};
export type Grid_Progress_RunsInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Grid_Progress_SettingsInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Grid_Ran_OnInputs = {
    when: NonNullable<unknown>;
};
export type Grid_Random_BetweenInputs = {
    values: NonNullable<unknown>;
    scale: NonNullable<unknown>;
};
export type Grid_Rank_AccuracyInputs = {};
export type Grid_Rank_ByInputs = {};
export type Grid_Rank_LossInputs = {};
export type Grid_RefitInputs = {};
export type Grid_Refit_LaterInputs = {};
export type Grid_Refit_On_AllInputs = {};
export type Grid_Refit_TestInputs = {
    accuracy: NonNullable<unknown>;
    loss: NonNullable<unknown>;
};
export type Grid_Refit_TrainingInputs = {};
export type Grid_RefittingInputs = {};
export type Grid_RemoveInputs = {};
export type Grid_Remove_From_GridInputs = {};
export type Grid_Results_LabelInputs = {};
export type Grid_Results_LinkInputs = {};
export type Grid_ResumeInputs = {};
export type Grid_RunInputs = {};
export type Grid_Run_AgainInputs = {};
export type Grid_Run_Again_TitleInputs = {};
export type Grid_ScaleInputs = {};
export type Grid_Scale_LinearInputs = {};
export type Grid_Scale_LogInputs = {};
export type Grid_SearchInputs = {};
export type Grid_Search_GridInputs = {};
export type Grid_Search_RandomInputs = {};
export type Grid_SelectInputs = {};
export type Grid_Settings_ManyInputs = {};
export type Grid_Settings_OneInputs = {};
export type Grid_ShowInputs = {};
export type Grid_Show_AllInputs = {};
export type Grid_Show_Best3Inputs = {};
export type Grid_Show_NoneInputs = {};
export type Grid_Show_On_CurvesInputs = {
    label: NonNullable<unknown>;
};
export type Grid_Show_ResultsInputs = {};
export type Grid_Start_OverInputs = {};
export type Grid_Start_Over_TitleInputs = {};
export type Grid_Status_CompletedInputs = {};
export type Grid_Status_FailedInputs = {};
export type Grid_Status_InterruptedInputs = {};
export type Grid_Status_RunningInputs = {};
export type Grid_Status_StoppedInputs = {};
export type Grid_Std_TitleInputs = {};
export type Grid_StepsInputs = {};
export type Grid_StopInputs = {};
export type Grid_Stop_GridInputs = {};
export type Grid_Stop_SweepingInputs = {
    label: NonNullable<unknown>;
};
export type Grid_StratifiedInputs = {};
export type Grid_SweepInputs = {};
export type Grid_Sweep_FullInputs = {
    count: NonNullable<unknown>;
};
export type Grid_Sweep_LabelInputs = {
    label: NonNullable<unknown>;
};
export type Grid_Sweep_One_ValueInputs = {};
export type Grid_Sweep_TitleInputs = {
    label: NonNullable<unknown>;
};
export type Grid_Sweep_WhichInputs = {};
export type Grid_Sweeping_NoticeInputs = {
    label: NonNullable<unknown>;
    values: NonNullable<unknown>;
};
export type Grid_SweptInputs = {};
export type Grid_Swept_ByInputs = {
    name: NonNullable<unknown>;
    by: NonNullable<unknown>;
};
export type Grid_Swept_LabelInputs = {
    label: NonNullable<unknown>;
};
export type Grid_Swept_TitleInputs = {};
export type Grid_Table_ToolsInputs = {
    count: NonNullable<unknown>;
};
export type Grid_The_ModelInputs = {};
export type Grid_Then_RefitInputs = {};
export type Grid_Tick_SettingsInputs = {};
export type Grid_ToInputs = {};
export type Grid_Training_RunsInputs = {};
export type Grid_TrialsInputs = {};
export type Grid_UnfinishedInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Grid_Values_CountInputs = {
    count: NonNullable<unknown>;
    values: NonNullable<unknown>;
};
export type Grid_Values_LabelInputs = {};
export type Grid_Which_FoldsInputs = {};
export type Guide_All_StepsInputs = {};
export type Guide_AnswerInputs = {};
export type Guide_BackInputs = {};
export type Guide_Check_A_RunInputs = {};
export type Guide_Check_A_Run_WhereInputs = {
    filter: NonNullable<unknown>;
};
export type Guide_Check_AboveInputs = {
    value: NonNullable<unknown>;
};
export type Guide_Check_At_BestInputs = {};
export type Guide_Check_At_LastInputs = {};
export type Guide_Check_BelowInputs = {
    value: NonNullable<unknown>;
};
export type Guide_Check_ComparedInputs = {
    runs: NonNullable<unknown>;
};
export type Guide_Check_Early_StoppedInputs = {
    run: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
    planned: NonNullable<unknown>;
};
export type Guide_Check_First_LayerInputs = {};
export type Guide_Check_Grid_DoneInputs = {
    name: NonNullable<unknown>;
    settings: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Guide_Check_Grid_UnfinishedInputs = {
    name: NonNullable<unknown>;
    status: NonNullable<unknown>;
    settings: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Guide_Check_Label_ComparedInputs = {
    count: NonNullable<unknown>;
    runs: NonNullable<unknown>;
};
export type Guide_Check_Label_Early_StoppedInputs = {
    aRun: NonNullable<unknown>;
};
export type Guide_Check_Label_GridInputs = {
    settings: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Guide_Check_Label_MetricInputs = {
    aRun: NonNullable<unknown>;
    at: NonNullable<unknown>;
    metric: NonNullable<unknown>;
    bounds: NonNullable<unknown>;
};
export type Guide_Check_Label_OverfitsInputs = {
    aRun: NonNullable<unknown>;
    epochs: NonNullable<unknown>;
};
export type Guide_Check_Label_SmoothingInputs = {
    value: NonNullable<unknown>;
};
export type Guide_Check_Label_SparsityInputs = {
    aRun: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    above: NonNullable<unknown>;
};
export type Guide_Check_Layer_NamedInputs = {
    name: NonNullable<unknown>;
};
export type Guide_Check_Learning_RateInputs = {
    value: NonNullable<unknown>;
};
export type Guide_Check_MetricInputs = {
    run: NonNullable<unknown>;
    at: NonNullable<unknown>;
    metric: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Guide_Check_No_GridInputs = {};
export type Guide_Check_No_MetricInputs = {
    run: NonNullable<unknown>;
    metric: NonNullable<unknown>;
};
export type Guide_Check_No_RunInputs = {};
export type Guide_Check_No_Run_WhereInputs = {
    filter: NonNullable<unknown>;
};
export type Guide_Check_No_Val_LossInputs = {
    run: NonNullable<unknown>;
};
export type Guide_Check_No_WeightsInputs = {
    run: NonNullable<unknown>;
};
export type Guide_Check_No_Weights_LayerInputs = {
    run: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Guide_Check_Not_Early_StoppedInputs = {
    run: NonNullable<unknown>;
    planned: NonNullable<unknown>;
};
export type Guide_Check_Not_Overfit_LastInputs = {
    run: NonNullable<unknown>;
    best: NonNullable<unknown>;
    value: NonNullable<unknown>;
    epochs: NonNullable<unknown>;
};
export type Guide_Check_Not_Overfit_MoreInputs = {
    run: NonNullable<unknown>;
    best: NonNullable<unknown>;
    value: NonNullable<unknown>;
    after: NonNullable<unknown>;
    epochs: NonNullable<unknown>;
};
export type Guide_Check_Not_Overfit_OneInputs = {
    run: NonNullable<unknown>;
    best: NonNullable<unknown>;
    value: NonNullable<unknown>;
    epochs: NonNullable<unknown>;
};
export type Guide_Check_On_LayerInputs = {
    name: NonNullable<unknown>;
};
export type Guide_Check_On_LayersInputs = {
    count: NonNullable<unknown>;
};
export type Guide_Check_One_AnyInputs = {};
export type Guide_Check_One_WhereInputs = {
    filter: NonNullable<unknown>;
};
export type Guide_Check_OpenInputs = {};
export type Guide_Check_OverfitInputs = {
    run: NonNullable<unknown>;
    best: NonNullable<unknown>;
    value: NonNullable<unknown>;
    rose: NonNullable<unknown>;
    last: NonNullable<unknown>;
    lastEpoch: NonNullable<unknown>;
};
export type Guide_Check_PassedInputs = {};
export type Guide_Check_RecordedInputs = {};
export type Guide_Check_RunInputs = {
    name: NonNullable<unknown>;
    parts: NonNullable<unknown>;
};
export type Guide_Check_Same_RunInputs = {};
export type Guide_Check_SparsityInputs = {
    run: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    sparsity: NonNullable<unknown>;
};
export type Guide_Check_Sparsity_ShortInputs = {
    run: NonNullable<unknown>;
    layer: NonNullable<unknown>;
    sparsity: NonNullable<unknown>;
    needed: NonNullable<unknown>;
};
export type Guide_ChecksInputs = {};
export type Guide_Every_Check_PassesInputs = {};
export type Guide_Filter_AugmentationInputs = {};
export type Guide_Filter_BothInputs = {
    with: NonNullable<unknown>;
    without: NonNullable<unknown>;
};
export type Guide_Filter_Data_AugmentationInputs = {};
export type Guide_Filter_Early_StoppingInputs = {};
export type Guide_Filter_L1_Or_L2Inputs = {};
export type Guide_Filter_Lr_At_LeastInputs = {
    value: NonNullable<unknown>;
};
export type Guide_Filter_Lr_At_MostInputs = {
    value: NonNullable<unknown>;
};
export type Guide_Filter_Params_At_LeastInputs = {
    count: NonNullable<unknown>;
};
export type Guide_Filter_Params_At_MostInputs = {
    count: NonNullable<unknown>;
};
export type Guide_Filter_Shuffled_LabelsInputs = {};
export type Guide_Filter_Smoothing_At_LeastInputs = {
    value: NonNullable<unknown>;
};
export type Guide_Filter_Weight_PenaltyInputs = {};
export type Guide_Filter_WithInputs = {
    list: NonNullable<unknown>;
};
export type Guide_Filter_WithoutInputs = {
    list: NonNullable<unknown>;
};
export type Guide_Layers_ToggleInputs = {};
export type Guide_Layers_Toggle_TitleInputs = {};
export type Guide_List_AndInputs = {
    head: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Guide_List_CommaInputs = {};
export type Guide_List_SemicolonInputs = {};
export type Guide_MinutesInputs = {
    count: NonNullable<unknown>;
};
export type Guide_Minutes_OneInputs = {};
export type Guide_Minutes_UnderInputs = {};
export type Guide_Name_PlaceholderInputs = {};
export type Guide_NextInputs = {};
export type Guide_No_StepsInputs = {};
export type Guide_Not_CheckedInputs = {};
export type Guide_Set_UpInputs = {};
export type Guide_Setup_DoneInputs = {
    title: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Guide_Setup_Laid_OutInputs = {};
export type Guide_Setup_NothingInputs = {
    title: NonNullable<unknown>;
};
export type Guide_Show_RunInputs = {
    name: NonNullable<unknown>;
};
export type Guide_Step_CountInputs = {
    index: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Guide_Step_DoneInputs = {};
export type Guide_Step_Done_LabelInputs = {
    title: NonNullable<unknown>;
};
export type Guide_Steps_HeadingInputs = {};
export type Guide_The_RunInputs = {};
export type Guide_Your_NameInputs = {};
export type Hosttext_Backend_JavascriptInputs = {};
export type Hosttext_Backend_TensorflowInputs = {};
export type Hosttext_Backend_Tensorflow_GpuInputs = {};
export type Hosttext_Backend_WebgpuInputs = {};
export type Hosttext_Fast_KernelsInputs = {
    kernels: NonNullable<unknown>;
};
export type Hosttext_No_SimdInputs = {};
export type Hosttext_SimdInputs = {};
export type Hosttext_Single_ThreadInputs = {};
export type Hosttext_ThreadsInputs = {
    count: NonNullable<unknown>;
};
export type Hosttext_Threads_FailedInputs = {
    count: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Import_AgainInputs = {};
export type Import_ButtonInputs = {};
export type Import_Button_TitleInputs = {};
export type Import_DoneInputs = {};
export type Import_Drop_LabelInputs = {};
export type Import_HintInputs = {
    sequential: NonNullable<unknown>;
    add: NonNullable<unknown>;
    compile: NonNullable<unknown>;
    fit: NonNullable<unknown>;
    py: NonNullable<unknown>;
};
export type Import_ImportingInputs = {};
export type Import_LineInputs = {
    line: NonNullable<unknown>;
};
export type Import_Open_PyInputs = {};
export type Import_Select_LineInputs = {
    line: NonNullable<unknown>;
};
export type Import_TitleInputs = {};
export type Import_WarningsInputs = {
    count: NonNullable<unknown>;
};
export type Inspect_ActivationsInputs = {};
export type Inspect_BackInputs = {};
export type Inspect_Back_TitleInputs = {};
export type Inspect_Empty_LoadingInputs = {};
export type Inspect_Empty_NoneInputs = {
    count: NonNullable<unknown>;
};
export type Inspect_Empty_TickInputs = {};
export type Inspect_Empty_TrainInputs = {
    key: NonNullable<unknown>;
};
export type Inspect_EpochInputs = {};
export type Inspect_Epoch_AtInputs = {
    epoch: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Inspect_Epoch_ShownInputs = {};
export type Inspect_Epoch_ZeroInputs = {};
export type Inspect_PlayInputs = {};
export type Inspect_Play_TitleInputs = {};
export type Inspect_RunInputs = {};
export type Inspect_Run_TitleInputs = {};
export type Inspect_SilentInputs = {
    count: NonNullable<unknown>;
    names: NonNullable<unknown>;
};
export type Inspect_TitleInputs = {};
export type Inspect_ViewInputs = {};
export type Inspector_DeleteInputs = {};
export type Inspector_DuplicateInputs = {};
export type Inspector_LabelInputs = {};
export type Inspector_Move_DownInputs = {};
export type Inspector_Move_UpInputs = {};
export type Inspector_Output_ShapeInputs = {};
export type Inspector_ParametersInputs = {};
export type Inspector_SelectedInputs = {
    count: NonNullable<unknown>;
};
export type Inspector_TrainableInputs = {
    count: NonNullable<unknown>;
};
export type Issue_Add_ShapesInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shapes: NonNullable<unknown>;
};
export type Issue_Already_FlatInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Bad_EdgeInputs = {
    id: NonNullable<unknown>;
};
export type Issue_Binary_ActivationInputs = {
    name: NonNullable<unknown>;
    activation: NonNullable<unknown>;
};
export type Issue_Binary_ClassesInputs = {
    dataset: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Issue_Binary_UnitsInputs = {
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Class_ActivationInputs = {
    name: NonNullable<unknown>;
    activation: NonNullable<unknown>;
    loss: NonNullable<unknown>;
};
export type Issue_Class_UnitsInputs = {
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Issue_Class_Units_FlattenInputs = {
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Issue_Concat_RankInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shapes: NonNullable<unknown>;
    axis: NonNullable<unknown>;
};
export type Issue_Concat_SizesInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shapes: NonNullable<unknown>;
    axis: NonNullable<unknown>;
};
export type Issue_CycleInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Dead_EndInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    names: NonNullable<unknown>;
};
export type Issue_Duplicate_IdInputs = {
    id: NonNullable<unknown>;
};
export type Issue_Duplicate_NameInputs = {
    name: NonNullable<unknown>;
};
export type Issue_EmptyInputs = {};
export type Issue_Grid_InvalidInputs = {
    trial: NonNullable<unknown>;
    issue: NonNullable<unknown>;
};
export type Issue_Input_Has_InputsInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Input_ShapeInputs = {
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    size: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    expected: NonNullable<unknown>;
    expectedSize: NonNullable<unknown>;
};
export type Issue_Input_UnconnectedInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Join_AndInputs = {};
export type Issue_Join_CommaInputs = {};
export type Issue_Kernel_Too_BigInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    kernel: NonNullable<unknown>;
    image: NonNullable<unknown>;
};
export type Issue_Needs_FlatInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Needs_Flat_ImageInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Needs_ImageInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
};
export type Issue_Needs_Image_FlatInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    image: NonNullable<unknown>;
};
export type Issue_No_InputInputs = {};
export type Issue_No_InputsInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_No_OutputInputs = {};
export type Issue_Not_Ready_To_TrainInputs = {
    why: NonNullable<unknown>;
};
export type Issue_ParamInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    param: NonNullable<unknown>;
    problem: NonNullable<unknown>;
};
export type Issue_Pool_WindowInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    window: NonNullable<unknown>;
    image: NonNullable<unknown>;
};
export type Issue_Problem_At_LeastInputs = {
    value: NonNullable<unknown>;
    min: NonNullable<unknown>;
};
export type Issue_Problem_BelowInputs = {
    value: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Issue_Problem_BetweenInputs = {
    value: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Issue_Problem_BoolInputs = {};
export type Issue_Problem_EnumInputs = {
    value: NonNullable<unknown>;
    options: NonNullable<unknown>;
};
export type Issue_Problem_Not_NumberInputs = {
    value: NonNullable<unknown>;
};
export type Issue_Problem_Not_WholeInputs = {
    value: NonNullable<unknown>;
};
export type Issue_Problem_PairInputs = {
    value: NonNullable<unknown>;
};
export type Issue_Problem_RegularizerInputs = {
    l1: NonNullable<unknown>;
    l2: NonNullable<unknown>;
};
export type Issue_Problem_ShapeInputs = {
    value: NonNullable<unknown>;
};
export type Issue_Problem_Shape_InferInputs = {
    value: NonNullable<unknown>;
};
export type Issue_QuotedInputs = {
    name: NonNullable<unknown>;
};
export type Issue_Reshape_MultipleInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    total: NonNullable<unknown>;
    target: NonNullable<unknown>;
    known: NonNullable<unknown>;
};
export type Issue_Reshape_SizeInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    shape: NonNullable<unknown>;
    total: NonNullable<unknown>;
    target: NonNullable<unknown>;
    known: NonNullable<unknown>;
};
export type Issue_Second_InputInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Self_LoopInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Issue_Too_Few_InputsInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    min: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Issue_Too_LargeInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Issue_Too_Large_OfInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    total: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Issue_Too_Many_InputsInputs = {
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Lab_AboutInputs = {};
export type Lab_About_PlaceholderInputs = {};
export type Lab_Info_RegionInputs = {};
export type Lab_Library_CloseInputs = {};
export type Lab_Library_HintInputs = {};
export type Lab_Library_ListingInputs = {};
export type Lab_Library_No_MatchInputs = {
    query: NonNullable<unknown>;
};
export type Lab_Library_OpenInputs = {};
export type Lab_Library_Open_LabelInputs = {
    name: NonNullable<unknown>;
};
export type Lab_Library_QuickInputs = {};
export type Lab_Library_Quick_LabelInputs = {
    name: NonNullable<unknown>;
};
export type Lab_Library_Quick_MinutesInputs = {
    minutes: NonNullable<unknown>;
};
export type Lab_Library_SearchInputs = {};
export type Lab_Library_Search_PlaceholderInputs = {};
export type Lab_Library_StepsInputs = {
    count: NonNullable<unknown>;
};
export type Lab_Library_Steps_OneInputs = {};
export type Lab_Library_TitleInputs = {};
export type Lab_Quick_NameInputs = {
    name: NonNullable<unknown>;
};
export type Lab_Topic_AugmentationInputs = {};
export type Lab_Topic_Batch_NormalizationInputs = {};
export type Lab_Topic_CapacityInputs = {};
export type Lab_Topic_CnnInputs = {};
export type Lab_Topic_DropoutInputs = {};
export type Lab_Topic_Early_StoppingInputs = {};
export type Lab_Topic_Grid_SearchInputs = {};
export type Lab_Topic_Label_SmoothingInputs = {};
export type Lab_Topic_Learning_RateInputs = {};
export type Lab_Topic_MemorizationInputs = {};
export type Lab_Topic_PlaygroundInputs = {};
export type Lab_Topic_TextInputs = {};
export type Lab_Topic_Weight_RegularizationInputs = {};
export type Labdialog_BareInputs = {
    key: NonNullable<unknown>;
};
export type Labdialog_BrowseInputs = {};
export type Labdialog_DownloadInputs = {};
export type Labdialog_ExistingInputs = {};
export type Labdialog_OpenInputs = {};
export type Labdialog_Open_ButtonInputs = {};
export type Labdialog_Open_ModelInputs = {};
export type Labdialog_PathInputs = {};
export type Labdialog_RecentInputs = {};
export type Labdialog_SaveInputs = {};
export type Labdialog_UploadInputs = {};
export type Language_Menu_TitleInputs = {};
export type Language_SystemInputs = {};
export type Layer_Activation_SummaryInputs = {};
export type Layer_Add_SummaryInputs = {};
export type Layer_Averagepooling2d_SummaryInputs = {};
export type Layer_Batchnormalization_SummaryInputs = {};
export type Layer_Category_ConvolutionInputs = {};
export type Layer_Category_CoreInputs = {};
export type Layer_Category_InputInputs = {};
export type Layer_Category_MergeInputs = {};
export type Layer_Category_PoolingInputs = {};
export type Layer_Category_RegularizationInputs = {};
export type Layer_Concatenate_SummaryInputs = {};
export type Layer_Conv2d_SummaryInputs = {};
export type Layer_Dense_SummaryInputs = {};
export type Layer_Dropout_SummaryInputs = {};
export type Layer_Flatten_SummaryInputs = {};
export type Layer_Globalaveragepooling2d_SummaryInputs = {};
export type Layer_Input_SummaryInputs = {};
export type Layer_Maxpooling2d_SummaryInputs = {};
export type Layer_Reshape_SummaryInputs = {};
export type Lockwhat_AugmentationInputs = {};
export type Lockwhat_Batch_SizeInputs = {};
export type Lockwhat_DatasetInputs = {};
export type Lockwhat_Early_StoppingInputs = {};
export type Lockwhat_EpochsInputs = {};
export type Lockwhat_Label_SmoothingInputs = {};
export type Lockwhat_Learning_RateInputs = {};
export type Lockwhat_LossInputs = {};
export type Lockwhat_MomentumInputs = {};
export type Lockwhat_OptimizerInputs = {};
export type Lockwhat_SeedInputs = {};
export type Lockwhat_Shuffled_LabelsInputs = {};
export type Lockwhat_SubsetInputs = {};
export type Lockwhat_ValidationInputs = {};
export type Menu_EditInputs = {};
export type Menu_Export_PythonInputs = {};
export type Menu_FileInputs = {};
export type Menu_New_LabInputs = {};
export type Menu_Open_LabInputs = {};
export type Menu_RunInputs = {};
export type Menu_Save_AsInputs = {};
export type Menu_ViewInputs = {};
export type Noconnection_NeedsInputs = {
    key: NonNullable<unknown>;
};
export type Noconnection_TokenInputs = {};
export type Node_Not_ConnectedInputs = {};
export type Node_Shape_TitleInputs = {};
export type Notice_DismissInputs = {};
export type Notice_ExportedInputs = {
    files: NonNullable<unknown>;
};
export type Notice_Exported_TfjsInputs = {};
export type Notice_Imported_CodeInputs = {
    what: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Notice_OpenedInputs = {
    path: NonNullable<unknown>;
};
export type Notice_Opened_Keras_JsonInputs = {
    name: NonNullable<unknown>;
};
export type Notice_Opened_ModelInputs = {
    file: NonNullable<unknown>;
    run: NonNullable<unknown>;
};
export type Notice_Repair_StoreInputs = {};
export type Notice_SavedInputs = {
    path: NonNullable<unknown>;
};
export type Notice_The_Keras_CodeInputs = {};
export type Number_InvalidInputs = {
    label: NonNullable<unknown>;
};
export type Number_NeededInputs = {
    label: NonNullable<unknown>;
};
export type Overlay_BaselineInputs = {};
export type Overlay_Compared_BaselineInputs = {};
export type Overlay_Compared_Baseline_NamedInputs = {
    name: NonNullable<unknown>;
};
export type Overlay_Compared_BeforeInputs = {};
export type Overlay_Compared_Before_NamedInputs = {
    name: NonNullable<unknown>;
};
export type Overlay_Same_BaselineInputs = {};
export type Overlay_Same_BeforeInputs = {};
export type Overlay_Vs_BaselineInputs = {
    changes: NonNullable<unknown>;
};
export type Overlay_Vs_BeforeInputs = {
    changes: NonNullable<unknown>;
};
export type Overview_Locks_ClassInputs = {
    who: NonNullable<unknown>;
    found: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Overview_Locks_DeclaredInputs = {
    who: NonNullable<unknown>;
    found: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Overview_Locks_Other_LabInputs = {
    who: NonNullable<unknown>;
    found: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Overview_Locks_TeacherInputs = {
    who: NonNullable<unknown>;
    found: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Palette_FilterInputs = {};
export type Palette_Filter_LabelInputs = {};
export type Palette_HintInputs = {};
export type Palette_TitleInputs = {};
export type Param_Activity_Regularizer_HelpInputs = {};
export type Param_Bias_Regularizer_HelpInputs = {};
export type Param_Kernel_Regularizer_HelpInputs = {};
export type Param_Pair_HeightInputs = {
    label: NonNullable<unknown>;
};
export type Param_Pair_WidthInputs = {
    label: NonNullable<unknown>;
};
export type Param_Pool_Strides_HelpInputs = {};
export type Param_Rate_HelpInputs = {};
export type Param_Regularizer_NoneInputs = {};
export type Param_Regularizer_StrengthInputs = {
    label: NonNullable<unknown>;
};
export type Param_Same_As_Pool_SizeInputs = {};
export type Param_Shape_HelpInputs = {};
export type Param_Shape_ProblemInputs = {};
export type Predictions_CaptionInputs = {};
export type Predictions_CellsInputs = {};
export type Predictions_CountsInputs = {};
export type Predictions_EpochInputs = {
    epoch: NonNullable<unknown>;
};
export type Predictions_ExamplesInputs = {};
export type Predictions_NoneInputs = {
    name: NonNullable<unknown>;
};
export type Predictions_OnInputs = {
    split: NonNullable<unknown>;
};
export type Predictions_RatesInputs = {};
export type Predictions_RightInputs = {};
export type Predictions_SplitInputs = {};
export type Predictions_Test_SetInputs = {};
export type Predictions_TickInputs = {};
export type Predictions_WrongInputs = {};
export type Queue_NextInputs = {};
export type Queue_PlaceInputs = {
    place: NonNullable<unknown>;
};
export type Report_Col_Best_Val_AccuracyInputs = {};
export type Report_Col_Best_Val_LossInputs = {};
export type Report_Col_EpochsInputs = {};
export type Report_Col_KindInputs = {};
export type Report_Col_Last_AccuracyInputs = {};
export type Report_Col_LayerInputs = {};
export type Report_Col_ParamsInputs = {};
export type Report_Col_RunInputs = {};
export type Report_Col_SettingsInputs = {};
export type Report_Col_ShapeInputs = {};
export type Report_Col_StatusInputs = {};
export type Report_Curve_CaptionInputs = {
    metric: NonNullable<unknown>;
};
export type Report_CurvesInputs = {};
export type Report_Curves_LabelInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Diagram_LabelInputs = {};
export type Report_DoneInputs = {};
export type Report_Fingerprint_NoneInputs = {};
export type Report_MetaInputs = {
    student: NonNullable<unknown>;
    when: NonNullable<unknown>;
    app: NonNullable<unknown>;
    passed: NonNullable<unknown>;
    total: NonNullable<unknown>;
    fingerprint: NonNullable<unknown>;
};
export type Report_ModelInputs = {};
export type Report_No_AnswerInputs = {};
export type Report_No_NameInputs = {};
export type Report_No_RunsInputs = {};
export type Report_ParamsInputs = {
    count: NonNullable<unknown>;
};
export type Report_RunsInputs = {};
export type Report_StepsInputs = {};
export type Report_Title_FallbackInputs = {};
export type Report_TotalInputs = {};
export type Runbar_BestInputs = {
    loss: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
    accuracy: NonNullable<unknown>;
};
export type Runbar_Dataset_ProblemInputs = {
    error: NonNullable<unknown>;
};
export type Runbar_EmptyInputs = {};
export type Runbar_EpochInputs = {
    done: NonNullable<unknown>;
    planned: NonNullable<unknown>;
};
export type Runbar_PauseInputs = {};
export type Runbar_ProblemsInputs = {
    count: NonNullable<unknown>;
};
export type Runbar_ProgressInputs = {
    batch: NonNullable<unknown>;
    batches: NonNullable<unknown>;
    loss: NonNullable<unknown>;
    accuracy: NonNullable<unknown>;
};
export type Runbar_Queued_PlaceInputs = {
    place: NonNullable<unknown>;
};
export type Runbar_ReadyInputs = {};
export type Runbar_ResumeInputs = {};
export type Runbar_SettingsInputs = {
    epochs: NonNullable<unknown>;
    batch: NonNullable<unknown>;
};
export type Runbar_Settings_TitleInputs = {};
export type Runbar_StartedInputs = {
    train: NonNullable<unknown>;
    val: NonNullable<unknown>;
    backend: NonNullable<unknown>;
};
export type Runbar_StopInputs = {};
export type Runbar_TrainInputs = {};
export type Runbar_Train_TitleInputs = {};
export type Runbar_WaitingInputs = {};
export type Runs_Acc_TitleInputs = {};
export type Runs_Baseline_StaysInputs = {};
export type Runs_ContinueInputs = {};
export type Runs_Continue_LabelInputs = {};
export type Runs_Continue_TitleInputs = {};
export type Runs_Delete_SureInputs = {};
export type Runs_Delete_TitleInputs = {};
export type Runs_EmptyInputs = {};
export type Runs_EpochsInputs = {
    done: NonNullable<unknown>;
    planned: NonNullable<unknown>;
};
export type Runs_EvaluateInputs = {};
export type Runs_Evaluate_LabelInputs = {};
export type Runs_Evaluate_TitleInputs = {};
export type Runs_EvaluatingInputs = {};
export type Runs_ImportedInputs = {};
export type Runs_Inside_TitleInputs = {};
export type Runs_InspectInputs = {};
export type Runs_Inspect_LabelInputs = {
    name: NonNullable<unknown>;
};
export type Runs_Inspect_TitleInputs = {};
export type Runs_LabInputs = {};
export type Runs_Lab_TitleInputs = {};
export type Runs_NameInputs = {};
export type Runs_Name_TitleInputs = {
    name: NonNullable<unknown>;
};
export type Runs_No_Weights_ContinueInputs = {};
export type Runs_No_Weights_EvaluateInputs = {};
export type Runs_ParamsInputs = {
    count: NonNullable<unknown>;
};
export type Runs_PinInputs = {};
export type Runs_Pin_LabelInputs = {
    name: NonNullable<unknown>;
};
export type Runs_Pin_TitleInputs = {};
export type Runs_RenameInputs = {};
export type Runs_ShowInputs = {
    name: NonNullable<unknown>;
};
export type Runs_Stopped_AtInputs = {
    epoch: NonNullable<unknown>;
};
export type Runs_Test_OnInputs = {
    dataset: NonNullable<unknown>;
};
export type Runs_Test_ResultInputs = {
    loss: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Runs_Test_SetInputs = {};
export type Runs_TickInputs = {};
export type Runs_TitleInputs = {};
export type Runs_UnpinInputs = {};
export type Runs_Unpin_LabelInputs = {};
export type Runs_Unpin_TitleInputs = {};
export type Status_CompletedInputs = {};
export type Status_Early_StoppedInputs = {};
export type Status_FailedInputs = {};
export type Status_InterruptedInputs = {};
export type Status_PausedInputs = {};
export type Status_QueuedInputs = {};
export type Status_RunningInputs = {};
export type Status_StoppedInputs = {};
export type Summary_HintInputs = {};
export type Summary_Key_CopyInputs = {};
export type Summary_Key_DeleteInputs = {};
export type Summary_Key_DuplicateInputs = {};
export type Summary_Key_FindInputs = {
    key: NonNullable<unknown>;
};
export type Summary_Key_MoveInputs = {};
export type Summary_Key_SelectInputs = {};
export type Summary_Key_TrainInputs = {};
export type Summary_Key_UndoInputs = {
    key: NonNullable<unknown>;
};
export type Summary_KeyboardInputs = {};
export type Summary_LabelInputs = {};
export type Sweep_At_LeastInputs = {
    label: NonNullable<unknown>;
    limit: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_At_MostInputs = {
    label: NonNullable<unknown>;
    limit: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_EveryInputs = {
    kind: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Sweep_Give_ValueInputs = {
    label: NonNullable<unknown>;
};
export type Sweep_HiddenInputs = {
    count: NonNullable<unknown>;
    kind: NonNullable<unknown>;
};
export type Sweep_Integer_RangeInputs = {
    problem: NonNullable<unknown>;
};
export type Sweep_Less_ThanInputs = {
    label: NonNullable<unknown>;
    limit: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_Log_PositiveInputs = {
    label: NonNullable<unknown>;
};
export type Sweep_More_ThanInputs = {
    label: NonNullable<unknown>;
    limit: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_No_RangeInputs = {
    label: NonNullable<unknown>;
};
export type Sweep_Not_BoolInputs = {
    label: NonNullable<unknown>;
    word: NonNullable<unknown>;
};
export type Sweep_Not_NumberInputs = {
    word: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Sweep_Not_OptionInputs = {
    word: NonNullable<unknown>;
    options: NonNullable<unknown>;
};
export type Sweep_OnlyInputs = {
    layer: NonNullable<unknown>;
};
export type Sweep_Range_EndsInputs = {
    label: NonNullable<unknown>;
};
export type Sweep_Range_SameInputs = {
    label: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Sweep_Range_StepsInputs = {
    max: NonNullable<unknown>;
    steps: NonNullable<unknown>;
};
export type Sweep_Too_ManyInputs = {
    max: NonNullable<unknown>;
    label: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Sweep_TwiceInputs = {
    value: NonNullable<unknown>;
};
export type Sweep_WholeInputs = {
    label: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Tab_CodeInputs = {};
export type Tab_GridInputs = {};
export type Tab_Grid_SweptInputs = {
    count: NonNullable<unknown>;
};
export type Tab_LayerInputs = {};
export type Tab_TrainingInputs = {};
export type Tabs_LabelInputs = {};
export type Teach_A_FileInputs = {};
export type Teach_AboveInputs = {};
export type Teach_Add_CheckInputs = {};
export type Teach_Add_Check_FirstInputs = {};
export type Teach_Add_QuestionInputs = {};
export type Teach_Add_Question_FirstInputs = {};
export type Teach_Add_StepInputs = {};
export type Teach_Add_StepsInputs = {};
export type Teach_Another_RunInputs = {};
export type Teach_AtInputs = {};
export type Teach_At_BestInputs = {};
export type Teach_At_LastInputs = {};
export type Teach_AuthorInputs = {};
export type Teach_BelowInputs = {};
export type Teach_Bound_Lr_MaxInputs = {};
export type Teach_Bound_Lr_MinInputs = {};
export type Teach_Bound_Params_MaxInputs = {};
export type Teach_Bound_Params_MinInputs = {};
export type Teach_Bound_Smoothing_MinInputs = {};
export type Teach_Check_ComparedInputs = {};
export type Teach_Check_Early_StoppedInputs = {};
export type Teach_Check_GridInputs = {};
export type Teach_Check_KindInputs = {};
export type Teach_Check_MetricInputs = {};
export type Teach_Check_OverfitsInputs = {};
export type Teach_Check_ProblemInputs = {
    path: NonNullable<unknown>;
    message: NonNullable<unknown>;
};
export type Teach_Check_SparsityInputs = {};
export type Teach_ChoicesInputs = {};
export type Teach_Choices_LabelInputs = {};
export type Teach_Eg_DropoutInputs = {};
export type Teach_Eg_FlattenInputs = {};
export type Teach_EitherInputs = {};
export type Teach_Epochs_CountInputs = {
    count: NonNullable<unknown>;
};
export type Teach_Epochs_Of_RiseInputs = {};
export type Teach_Expected_MinutesInputs = {};
export type Teach_First_With_WeightsInputs = {};
export type Teach_Flag_AugmentationInputs = {};
export type Teach_Flag_Early_StoppingInputs = {};
export type Teach_Flag_Shuffled_LabelsInputs = {};
export type Teach_FoldsInputs = {};
export type Teach_Folds_At_LeastInputs = {};
export type Teach_Grid_LockedInputs = {};
export type Teach_Grid_Locked_AuthorInputs = {
    author: NonNullable<unknown>;
};
export type Teach_Is_LockedInputs = {
    what: NonNullable<unknown>;
};
export type Teach_LayerInputs = {};
export type Teach_Layers_CountInputs = {
    count: NonNullable<unknown>;
};
export type Teach_Lock_LabelInputs = {
    what: NonNullable<unknown>;
};
export type Teach_Lock_Seed_TitleInputs = {
    what: NonNullable<unknown>;
};
export type Teach_Lock_TitleInputs = {
    what: NonNullable<unknown>;
};
export type Teach_Locked_ByInputs = {
    why: NonNullable<unknown>;
};
export type Teach_Locked_By_AuthorInputs = {
    author: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Teach_Locked_ChangedInputs = {};
export type Teach_Locked_TitleInputs = {
    what: NonNullable<unknown>;
};
export type Teach_MetricInputs = {};
export type Teach_MinutesInputs = {};
export type Teach_Move_DownInputs = {};
export type Teach_Move_UpInputs = {};
export type Teach_NoInputs = {};
export type Teach_No_Steps_HintInputs = {};
export type Teach_NoneInputs = {};
export type Teach_Not_GivenInputs = {};
export type Teach_PreviewInputs = {};
export type Teach_QuestionInputs = {};
export type Teach_Question_ChoiceInputs = {};
export type Teach_Question_KindInputs = {};
export type Teach_Question_NumberInputs = {};
export type Teach_Question_PlaceholderInputs = {};
export type Teach_Question_TextInputs = {};
export type Teach_RefusedInputs = {
    subject: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Teach_Refused_AuthorInputs = {
    subject: NonNullable<unknown>;
    author: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Teach_RegularizerInputs = {};
export type Teach_Remove_CheckInputs = {};
export type Teach_Remove_QuestionInputs = {};
export type Teach_Remove_RunInputs = {
    n: NonNullable<unknown>;
};
export type Teach_Remove_StepInputs = {};
export type Teach_Right_AnswerInputs = {};
export type Teach_Right_Answer_LabelInputs = {};
export type Teach_Rises_ForInputs = {};
export type Teach_Runs_AnyInputs = {};
export type Teach_Runs_FilterInputs = {
    filter: NonNullable<unknown>;
};
export type Teach_Save_For_StudentsInputs = {};
export type Teach_Save_For_Students_TitleInputs = {};
export type Teach_Seed_SetInputs = {};
export type Teach_SettingsInputs = {};
export type Teach_Settings_At_LeastInputs = {};
export type Teach_SetupInputs = {
    words: NonNullable<unknown>;
};
export type Teach_Setup_ClearInputs = {};
export type Teach_Setup_UpdateInputs = {};
export type Teach_Setup_Update_TitleInputs = {};
export type Teach_Setup_UseInputs = {};
export type Teach_Share_AboveInputs = {};
export type Teach_Share_At_ZeroInputs = {};
export type Teach_Step_TextInputs = {};
export type Teach_Step_Text_PlaceholderInputs = {};
export type Teach_Step_TitleInputs = {};
export type Teach_Steps_Are_TeachersInputs = {};
export type Teach_Steps_EditorInputs = {};
export type Teach_Subject_DatasetInputs = {};
export type Teach_Subject_LayerInputs = {
    name: NonNullable<unknown>;
};
export type Teach_Subject_SettingInputs = {
    setting: NonNullable<unknown>;
};
export type Teach_Subject_StructureInputs = {};
export type Teach_TopicInputs = {};
export type Teach_Topic_NoneInputs = {};
export type Teach_Training_AugmentationInputs = {};
export type Teach_Training_Batch_SizeInputs = {};
export type Teach_Training_Early_StoppingInputs = {};
export type Teach_Training_EpochsInputs = {};
export type Teach_Training_Label_SmoothingInputs = {};
export type Teach_Training_Learning_RateInputs = {};
export type Teach_Training_LossInputs = {};
export type Teach_Training_MomentumInputs = {};
export type Teach_Training_OptimizerInputs = {};
export type Teach_Training_SeedInputs = {};
export type Teach_Training_ShuffleInputs = {};
export type Teach_Training_Shuffle_LabelsInputs = {};
export type Teach_Training_Train_SubsetInputs = {};
export type Teach_Training_ValidationInputs = {};
export type Teach_UnitInputs = {};
export type Teach_Unit_LabelInputs = {};
export type Teach_Unit_PlaceholderInputs = {};
export type Teach_Unlock_LabelInputs = {
    what: NonNullable<unknown>;
};
export type Teach_Why_DatasetInputs = {};
export type Teach_Why_LayerInputs = {};
export type Teach_Why_SeedInputs = {};
export type Teach_Why_SettingInputs = {
    setting: NonNullable<unknown>;
};
export type Teach_Why_StructureInputs = {};
export type Teach_With_LayersInputs = {};
export type Teach_Without_LayersInputs = {};
export type Teach_WriteInputs = {};
export type Teach_Write_Or_PreviewInputs = {};
export type Teach_YesInputs = {};
export type Template_Dataset_NoteInputs = {
    dataset: NonNullable<unknown>;
};
export type Templatedialog_KeepInputs = {};
export type Templatedialog_NoteInputs = {};
export type Templatedialog_QuestionInputs = {};
export type Templatedialog_TemplatesInputs = {};
export type Templatedialog_TitleInputs = {
    template: NonNullable<unknown>;
};
export type Templatedialog_UseInputs = {};
export type Templatedialog_YoursInputs = {};
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
export type Tpl_Cnn_BlurbInputs = {};
export type Tpl_Cnn_DescriptionInputs = {};
export type Tpl_Cnn_TitleInputs = {};
export type Tpl_Imdb_BlurbInputs = {};
export type Tpl_Imdb_DescriptionInputs = {};
export type Tpl_Logistic_BlurbInputs = {};
export type Tpl_Logistic_DescriptionInputs = {};
export type Tpl_Logistic_TitleInputs = {};
export type Tpl_Mlp16_BlurbInputs = {};
export type Tpl_Mlp16_DescriptionInputs = {};
export type Tpl_Mlp16_TitleInputs = {};
export type Tpl_Mlp512_BlurbInputs = {};
export type Tpl_Mlp512_DescriptionInputs = {};
export type Tpl_Moons_BlurbInputs = {};
export type Tpl_Moons_DescriptionInputs = {};
export type Tpl_Moons_NameInputs = {};
export type Tpl_Moons_TitleInputs = {};
export type Training_Early_StoppingInputs = {};
export type Training_Fraction_Held_OutInputs = {};
export type Training_LabelInputs = {};
export type Training_Lr_DefaultInputs = {
    value: NonNullable<unknown>;
};
export type Training_MoreInputs = {};
export type Training_Restore_BestInputs = {};
export type Training_Seed_RandomInputs = {};
export type Training_Shuffle_LabelsInputs = {};
export type Training_SubsetInputs = {};
export type Training_Subset_AllInputs = {};
export type Training_TitleInputs = {};
export type Training_ValidationInputs = {};
export type Training_Validation_DataInputs = {};
export type Training_Validation_SplitInputs = {};
export type Training_Validation_TestInputs = {};
export type Untitled_LabInputs = {};
export type Weights_Curve_DescribeInputs = {
    what: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Weights_GradInputs = {};
export type Weights_Hist_DescribeInputs = {
    layer: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
};
export type Weights_Hist_TitleInputs = {
    layer: NonNullable<unknown>;
    epoch: NonNullable<unknown>;
};
export type Weights_HistogramInputs = {};
export type Weights_L1Inputs = {};
export type Weights_L2Inputs = {};
export type Weights_LayerInputs = {};
export type Weights_Log_TitleInputs = {};
export type Weights_NoneInputs = {};
export type Weights_OverInputs = {};
export type Weights_SparsityInputs = {};
export type Weights_Sparsity_DescribeInputs = {};
export type Weights_XInputs = {};
export type Weights_YInputs = {};
export type Words_AfterInputs = {
    phrase: NonNullable<unknown>;
    layers: NonNullable<unknown>;
};
export type Words_All_ExamplesInputs = {};
export type Words_At_StartInputs = {
    phrase: NonNullable<unknown>;
};
export type Words_Aug_FillInputs = {};
export type Words_Aug_Fill_ValueInputs = {};
export type Words_Aug_Height_ShiftInputs = {};
export type Words_Aug_Horizontal_FlipInputs = {};
export type Words_Aug_RotationInputs = {};
export type Words_Aug_ShearInputs = {};
export type Words_Aug_Vertical_FlipInputs = {};
export type Words_Aug_Width_ShiftInputs = {};
export type Words_Aug_ZoomInputs = {};
export type Words_AugmentationInputs = {
    list: NonNullable<unknown>;
};
export type Words_Augmentation_NameInputs = {};
export type Words_Augmentation_NoneInputs = {};
export type Words_BatchInputs = {
    size: NonNullable<unknown>;
};
export type Words_Batch_SizeInputs = {};
export type Words_DatasetInputs = {};
export type Words_DefaultInputs = {};
export type Words_Early_StoppingInputs = {
    monitor: NonNullable<unknown>;
    patience: NonNullable<unknown>;
};
export type Words_Early_Stopping_BestInputs = {
    monitor: NonNullable<unknown>;
    patience: NonNullable<unknown>;
};
export type Words_Early_Stopping_NameInputs = {};
export type Words_Early_Stopping_SettingInputs = {
    setting: NonNullable<unknown>;
};
export type Words_EpochsInputs = {
    count: NonNullable<unknown>;
};
export type Words_First_ExamplesInputs = {
    count: NonNullable<unknown>;
};
export type Words_FoldInputs = {
    fold: NonNullable<unknown>;
    folds: NonNullable<unknown>;
};
export type Words_ImdbInputs = {
    count: NonNullable<unknown>;
};
export type Words_InsteadInputs = {
    what: NonNullable<unknown>;
    now: NonNullable<unknown>;
    before: NonNullable<unknown>;
};
export type Words_Instead_OfInputs = {
    now: NonNullable<unknown>;
    before: NonNullable<unknown>;
};
export type Words_Label_SmoothingInputs = {
    value: NonNullable<unknown>;
};
export type Words_Label_Smoothing_NameInputs = {};
export type Words_NoInputs = {
    what: NonNullable<unknown>;
};
export type Words_NoneInputs = {};
export type Words_Not_Shuffled_Each_EpochInputs = {};
export type Words_OffInputs = {};
export type Words_OnInputs = {};
export type Words_On_LayerInputs = {
    phrase: NonNullable<unknown>;
    layer: NonNullable<unknown>;
};
export type Words_On_LayersInputs = {
    phrase: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Words_Shuffled_Each_EpochInputs = {};
export type Words_Shuffled_LabelsInputs = {};
export type Words_SyntheticInputs = {
    shape: NonNullable<unknown>;
    samples: NonNullable<unknown>;
    noise: NonNullable<unknown>;
};
export type Words_The_StartInputs = {};
export type Words_True_LabelsInputs = {};
export type Words_Validation_NoneInputs = {};
export type Words_Validation_SplitInputs = {
    fraction: NonNullable<unknown>;
};
export type Words_Validation_TestInputs = {};
