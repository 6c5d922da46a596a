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
export type Duration_MinutesInputs = {
    min: NonNullable<unknown>;
    s: NonNullable<unknown>;
};
export type Duration_SecondsInputs = {
    s: NonNullable<unknown>;
};
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
export type Tab_CodeInputs = {};
export type Tab_GridInputs = {};
export type Tab_Grid_SweptInputs = {
    count: NonNullable<unknown>;
};
export type Tab_LayerInputs = {};
export type Tab_TrainingInputs = {};
export type Tabs_LabelInputs = {};
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
export type Tpl_Cnn_TitleInputs = {};
export type Tpl_Imdb_BlurbInputs = {};
export type Tpl_Logistic_BlurbInputs = {};
export type Tpl_Logistic_TitleInputs = {};
export type Tpl_Mlp16_BlurbInputs = {};
export type Tpl_Mlp16_TitleInputs = {};
export type Tpl_Mlp512_BlurbInputs = {};
export type Tpl_Moons_BlurbInputs = {};
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
