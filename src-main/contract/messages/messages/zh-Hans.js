/* eslint-disable */
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Class_AccuracyInputs */
/** @typedef {{}} Class_Best_AccuracyInputs */
/** @typedef {{}} Class_Best_LossInputs */
/** @typedef {{}} Class_ChangedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Class_Changed_LocksInputs */
/** @typedef {{}} Class_ChecksInputs */
/** @typedef {{}} Class_Checks_TitleInputs */
/** @typedef {{}} Class_ChooseInputs */
/** @typedef {{}} Class_CloseInputs */
/** @typedef {{}} Class_CurveInputs */
/** @typedef {{ name: NonNullable<unknown> }} Class_Curve_OfInputs */
/** @typedef {{}} Class_EmptyInputs */
/** @typedef {{}} Class_Export_CsvInputs */
/** @typedef {{}} Class_LocksInputs */
/** @typedef {{}} Class_Locks_OkInputs */
/** @typedef {{}} Class_Locks_Ok_TitleInputs */
/** @typedef {{}} Class_Locks_TitleInputs */
/** @typedef {{}} Class_Locks_Unknown_TitleInputs */
/** @typedef {{}} Class_LossInputs */
/** @typedef {{}} Class_NoneInputs */
/** @typedef {{}} Class_None_ButtonInputs */
/** @typedef {{}} Class_Open_FilesInputs */
/** @typedef {{}} Class_Open_FolderInputs */
/** @typedef {{}} Class_Open_LabInputs */
/** @typedef {{}} Class_Overview_TitleInputs */
/** @typedef {{}} Class_ReportInputs */
/** @typedef {{}} Class_Report_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Class_ReportsInputs */
/** @typedef {{}} Class_Reports_OneInputs */
/** @typedef {{}} Class_Right_ChoiceInputs */
/** @typedef {{}} Class_Sign_OutInputs */
/** @typedef {{ student: NonNullable<unknown> }} Class_Signed_In_AsInputs */
/** @typedef {{}} Class_StudentInputs */
/** @typedef {{}} Class_Teacher_LabInputs */
/** @typedef {{}} Class_Wrong_ChoiceInputs */
/** @typedef {{}} Grid_Status_CompletedInputs */
/** @typedef {{}} Grid_Status_FailedInputs */
/** @typedef {{}} Grid_Status_InterruptedInputs */
/** @typedef {{}} Grid_Status_RunningInputs */
/** @typedef {{}} Grid_Status_StoppedInputs */
/** @typedef {{}} Guide_All_StepsInputs */
/** @typedef {{}} Guide_AnswerInputs */
/** @typedef {{}} Guide_BackInputs */
/** @typedef {{}} Guide_Check_A_RunInputs */
/** @typedef {{ filter: NonNullable<unknown> }} Guide_Check_A_Run_WhereInputs */
/** @typedef {{ value: NonNullable<unknown> }} Guide_Check_AboveInputs */
/** @typedef {{}} Guide_Check_At_BestInputs */
/** @typedef {{}} Guide_Check_At_LastInputs */
/** @typedef {{ value: NonNullable<unknown> }} Guide_Check_BelowInputs */
/** @typedef {{ runs: NonNullable<unknown> }} Guide_Check_ComparedInputs */
/** @typedef {{ run: NonNullable<unknown>, epoch: NonNullable<unknown>, planned: NonNullable<unknown> }} Guide_Check_Early_StoppedInputs */
/** @typedef {{}} Guide_Check_First_LayerInputs */
/** @typedef {{ name: NonNullable<unknown>, settings: NonNullable<unknown>, folds: NonNullable<unknown> }} Guide_Check_Grid_DoneInputs */
/** @typedef {{ name: NonNullable<unknown>, status: NonNullable<unknown>, settings: NonNullable<unknown>, folds: NonNullable<unknown> }} Guide_Check_Grid_UnfinishedInputs */
/** @typedef {{ count: NonNullable<unknown>, runs: NonNullable<unknown> }} Guide_Check_Label_ComparedInputs */
/** @typedef {{ aRun: NonNullable<unknown> }} Guide_Check_Label_Early_StoppedInputs */
/** @typedef {{ settings: NonNullable<unknown>, folds: NonNullable<unknown> }} Guide_Check_Label_GridInputs */
/** @typedef {{ aRun: NonNullable<unknown>, at: NonNullable<unknown>, metric: NonNullable<unknown>, bounds: NonNullable<unknown> }} Guide_Check_Label_MetricInputs */
/** @typedef {{ aRun: NonNullable<unknown>, epochs: NonNullable<unknown> }} Guide_Check_Label_OverfitsInputs */
/** @typedef {{ value: NonNullable<unknown> }} Guide_Check_Label_SmoothingInputs */
/** @typedef {{ aRun: NonNullable<unknown>, layer: NonNullable<unknown>, above: NonNullable<unknown> }} Guide_Check_Label_SparsityInputs */
/** @typedef {{ name: NonNullable<unknown> }} Guide_Check_Layer_NamedInputs */
/** @typedef {{ value: NonNullable<unknown> }} Guide_Check_Learning_RateInputs */
/** @typedef {{ run: NonNullable<unknown>, at: NonNullable<unknown>, metric: NonNullable<unknown>, value: NonNullable<unknown> }} Guide_Check_MetricInputs */
/** @typedef {{}} Guide_Check_No_GridInputs */
/** @typedef {{ run: NonNullable<unknown>, metric: NonNullable<unknown> }} Guide_Check_No_MetricInputs */
/** @typedef {{}} Guide_Check_No_RunInputs */
/** @typedef {{ filter: NonNullable<unknown> }} Guide_Check_No_Run_WhereInputs */
/** @typedef {{ run: NonNullable<unknown> }} Guide_Check_No_Val_LossInputs */
/** @typedef {{ run: NonNullable<unknown> }} Guide_Check_No_WeightsInputs */
/** @typedef {{ run: NonNullable<unknown>, layer: NonNullable<unknown> }} Guide_Check_No_Weights_LayerInputs */
/** @typedef {{ run: NonNullable<unknown>, planned: NonNullable<unknown> }} Guide_Check_Not_Early_StoppedInputs */
/** @typedef {{ run: NonNullable<unknown>, best: NonNullable<unknown>, value: NonNullable<unknown>, epochs: NonNullable<unknown> }} Guide_Check_Not_Overfit_LastInputs */
/** @typedef {{ run: NonNullable<unknown>, best: NonNullable<unknown>, value: NonNullable<unknown>, after: NonNullable<unknown>, epochs: NonNullable<unknown> }} Guide_Check_Not_Overfit_MoreInputs */
/** @typedef {{ run: NonNullable<unknown>, best: NonNullable<unknown>, value: NonNullable<unknown>, epochs: NonNullable<unknown> }} Guide_Check_Not_Overfit_OneInputs */
/** @typedef {{ name: NonNullable<unknown> }} Guide_Check_On_LayerInputs */
/** @typedef {{ count: NonNullable<unknown> }} Guide_Check_On_LayersInputs */
/** @typedef {{}} Guide_Check_One_AnyInputs */
/** @typedef {{ filter: NonNullable<unknown> }} Guide_Check_One_WhereInputs */
/** @typedef {{}} Guide_Check_OpenInputs */
/** @typedef {{ run: NonNullable<unknown>, best: NonNullable<unknown>, value: NonNullable<unknown>, rose: NonNullable<unknown>, last: NonNullable<unknown>, lastEpoch: NonNullable<unknown> }} Guide_Check_OverfitInputs */
/** @typedef {{}} Guide_Check_PassedInputs */
/** @typedef {{}} Guide_Check_RecordedInputs */
/** @typedef {{ name: NonNullable<unknown>, parts: NonNullable<unknown> }} Guide_Check_RunInputs */
/** @typedef {{}} Guide_Check_Same_RunInputs */
/** @typedef {{ run: NonNullable<unknown>, layer: NonNullable<unknown>, sparsity: NonNullable<unknown> }} Guide_Check_SparsityInputs */
/** @typedef {{ run: NonNullable<unknown>, layer: NonNullable<unknown>, sparsity: NonNullable<unknown>, needed: NonNullable<unknown> }} Guide_Check_Sparsity_ShortInputs */
/** @typedef {{}} Guide_ChecksInputs */
/** @typedef {{}} Guide_Every_Check_PassesInputs */
/** @typedef {{}} Guide_Filter_AugmentationInputs */
/** @typedef {{ with: NonNullable<unknown>, without: NonNullable<unknown> }} Guide_Filter_BothInputs */
/** @typedef {{}} Guide_Filter_Data_AugmentationInputs */
/** @typedef {{}} Guide_Filter_Early_StoppingInputs */
/** @typedef {{}} Guide_Filter_L1_Or_L2Inputs */
/** @typedef {{ value: NonNullable<unknown> }} Guide_Filter_Lr_At_LeastInputs */
/** @typedef {{ value: NonNullable<unknown> }} Guide_Filter_Lr_At_MostInputs */
/** @typedef {{ count: NonNullable<unknown> }} Guide_Filter_Params_At_LeastInputs */
/** @typedef {{ count: NonNullable<unknown> }} Guide_Filter_Params_At_MostInputs */
/** @typedef {{}} Guide_Filter_Shuffled_LabelsInputs */
/** @typedef {{ value: NonNullable<unknown> }} Guide_Filter_Smoothing_At_LeastInputs */
/** @typedef {{}} Guide_Filter_Weight_PenaltyInputs */
/** @typedef {{ list: NonNullable<unknown> }} Guide_Filter_WithInputs */
/** @typedef {{ list: NonNullable<unknown> }} Guide_Filter_WithoutInputs */
/** @typedef {{}} Guide_Layers_ToggleInputs */
/** @typedef {{}} Guide_Layers_Toggle_TitleInputs */
/** @typedef {{ head: NonNullable<unknown>, last: NonNullable<unknown> }} Guide_List_AndInputs */
/** @typedef {{}} Guide_List_CommaInputs */
/** @typedef {{}} Guide_List_SemicolonInputs */
/** @typedef {{ count: NonNullable<unknown> }} Guide_MinutesInputs */
/** @typedef {{}} Guide_Minutes_OneInputs */
/** @typedef {{}} Guide_Minutes_UnderInputs */
/** @typedef {{}} Guide_Name_PlaceholderInputs */
/** @typedef {{}} Guide_NextInputs */
/** @typedef {{}} Guide_No_StepsInputs */
/** @typedef {{}} Guide_Not_CheckedInputs */
/** @typedef {{}} Guide_Set_UpInputs */
/** @typedef {{ name: NonNullable<unknown> }} Guide_Show_RunInputs */
/** @typedef {{ index: NonNullable<unknown>, count: NonNullable<unknown> }} Guide_Step_CountInputs */
/** @typedef {{}} Guide_Step_DoneInputs */
/** @typedef {{ title: NonNullable<unknown> }} Guide_Step_Done_LabelInputs */
/** @typedef {{}} Guide_Steps_HeadingInputs */
/** @typedef {{}} Guide_The_RunInputs */
/** @typedef {{}} Guide_Your_NameInputs */
/** @typedef {{}} Lab_AboutInputs */
/** @typedef {{}} Lab_About_PlaceholderInputs */
/** @typedef {{}} Lab_Library_CloseInputs */
/** @typedef {{}} Lab_Library_HintInputs */
/** @typedef {{}} Lab_Library_ListingInputs */
/** @typedef {{ query: NonNullable<unknown> }} Lab_Library_No_MatchInputs */
/** @typedef {{}} Lab_Library_OpenInputs */
/** @typedef {{ name: NonNullable<unknown> }} Lab_Library_Open_LabelInputs */
/** @typedef {{}} Lab_Library_QuickInputs */
/** @typedef {{ name: NonNullable<unknown> }} Lab_Library_Quick_LabelInputs */
/** @typedef {{ minutes: NonNullable<unknown> }} Lab_Library_Quick_MinutesInputs */
/** @typedef {{}} Lab_Library_SearchInputs */
/** @typedef {{}} Lab_Library_Search_PlaceholderInputs */
/** @typedef {{ count: NonNullable<unknown> }} Lab_Library_StepsInputs */
/** @typedef {{}} Lab_Library_Steps_OneInputs */
/** @typedef {{}} Lab_Library_TitleInputs */
/** @typedef {{}} Lab_Topic_AugmentationInputs */
/** @typedef {{}} Lab_Topic_Batch_NormalizationInputs */
/** @typedef {{}} Lab_Topic_CapacityInputs */
/** @typedef {{}} Lab_Topic_CnnInputs */
/** @typedef {{}} Lab_Topic_DropoutInputs */
/** @typedef {{}} Lab_Topic_Early_StoppingInputs */
/** @typedef {{}} Lab_Topic_Grid_SearchInputs */
/** @typedef {{}} Lab_Topic_Label_SmoothingInputs */
/** @typedef {{}} Lab_Topic_Learning_RateInputs */
/** @typedef {{}} Lab_Topic_MemorizationInputs */
/** @typedef {{}} Lab_Topic_PlaygroundInputs */
/** @typedef {{}} Lab_Topic_TextInputs */
/** @typedef {{}} Lab_Topic_Weight_RegularizationInputs */
/** @typedef {{}} Language_Menu_TitleInputs */
/** @typedef {{}} Language_SystemInputs */
/** @typedef {{}} Teach_A_FileInputs */
/** @typedef {{}} Teach_AboveInputs */
/** @typedef {{}} Teach_Add_CheckInputs */
/** @typedef {{}} Teach_Add_Check_FirstInputs */
/** @typedef {{}} Teach_Add_QuestionInputs */
/** @typedef {{}} Teach_Add_Question_FirstInputs */
/** @typedef {{}} Teach_Add_StepInputs */
/** @typedef {{}} Teach_Add_StepsInputs */
/** @typedef {{}} Teach_Another_RunInputs */
/** @typedef {{}} Teach_AtInputs */
/** @typedef {{}} Teach_At_BestInputs */
/** @typedef {{}} Teach_At_LastInputs */
/** @typedef {{}} Teach_AuthorInputs */
/** @typedef {{}} Teach_BelowInputs */
/** @typedef {{}} Teach_Bound_Lr_MaxInputs */
/** @typedef {{}} Teach_Bound_Lr_MinInputs */
/** @typedef {{}} Teach_Bound_Params_MaxInputs */
/** @typedef {{}} Teach_Bound_Params_MinInputs */
/** @typedef {{}} Teach_Bound_Smoothing_MinInputs */
/** @typedef {{}} Teach_Check_ComparedInputs */
/** @typedef {{}} Teach_Check_Early_StoppedInputs */
/** @typedef {{}} Teach_Check_GridInputs */
/** @typedef {{}} Teach_Check_KindInputs */
/** @typedef {{}} Teach_Check_MetricInputs */
/** @typedef {{}} Teach_Check_OverfitsInputs */
/** @typedef {{ path: NonNullable<unknown>, message: NonNullable<unknown> }} Teach_Check_ProblemInputs */
/** @typedef {{}} Teach_Check_SparsityInputs */
/** @typedef {{}} Teach_ChoicesInputs */
/** @typedef {{}} Teach_Choices_LabelInputs */
/** @typedef {{}} Teach_Eg_DropoutInputs */
/** @typedef {{}} Teach_Eg_FlattenInputs */
/** @typedef {{}} Teach_EitherInputs */
/** @typedef {{ count: NonNullable<unknown> }} Teach_Epochs_CountInputs */
/** @typedef {{}} Teach_Epochs_Of_RiseInputs */
/** @typedef {{}} Teach_Expected_MinutesInputs */
/** @typedef {{}} Teach_First_With_WeightsInputs */
/** @typedef {{}} Teach_Flag_AugmentationInputs */
/** @typedef {{}} Teach_Flag_Early_StoppingInputs */
/** @typedef {{}} Teach_Flag_Shuffled_LabelsInputs */
/** @typedef {{}} Teach_FoldsInputs */
/** @typedef {{}} Teach_Folds_At_LeastInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Is_LockedInputs */
/** @typedef {{}} Teach_LayerInputs */
/** @typedef {{ count: NonNullable<unknown> }} Teach_Layers_CountInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Lock_LabelInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Lock_Seed_TitleInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Lock_TitleInputs */
/** @typedef {{}} Teach_Locked_ChangedInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Locked_TitleInputs */
/** @typedef {{}} Teach_MetricInputs */
/** @typedef {{}} Teach_MinutesInputs */
/** @typedef {{}} Teach_Move_DownInputs */
/** @typedef {{}} Teach_Move_UpInputs */
/** @typedef {{}} Teach_NoInputs */
/** @typedef {{}} Teach_No_Steps_HintInputs */
/** @typedef {{}} Teach_NoneInputs */
/** @typedef {{}} Teach_Not_GivenInputs */
/** @typedef {{}} Teach_PreviewInputs */
/** @typedef {{}} Teach_QuestionInputs */
/** @typedef {{}} Teach_Question_ChoiceInputs */
/** @typedef {{}} Teach_Question_KindInputs */
/** @typedef {{}} Teach_Question_NumberInputs */
/** @typedef {{}} Teach_Question_PlaceholderInputs */
/** @typedef {{}} Teach_Question_TextInputs */
/** @typedef {{}} Teach_RegularizerInputs */
/** @typedef {{}} Teach_Remove_CheckInputs */
/** @typedef {{}} Teach_Remove_QuestionInputs */
/** @typedef {{ n: NonNullable<unknown> }} Teach_Remove_RunInputs */
/** @typedef {{}} Teach_Remove_StepInputs */
/** @typedef {{}} Teach_Right_AnswerInputs */
/** @typedef {{}} Teach_Right_Answer_LabelInputs */
/** @typedef {{}} Teach_Rises_ForInputs */
/** @typedef {{}} Teach_Runs_AnyInputs */
/** @typedef {{ filter: NonNullable<unknown> }} Teach_Runs_FilterInputs */
/** @typedef {{}} Teach_Save_For_StudentsInputs */
/** @typedef {{}} Teach_Save_For_Students_TitleInputs */
/** @typedef {{}} Teach_Seed_SetInputs */
/** @typedef {{}} Teach_SettingsInputs */
/** @typedef {{}} Teach_Settings_At_LeastInputs */
/** @typedef {{ words: NonNullable<unknown> }} Teach_SetupInputs */
/** @typedef {{}} Teach_Setup_ClearInputs */
/** @typedef {{}} Teach_Setup_UpdateInputs */
/** @typedef {{}} Teach_Setup_Update_TitleInputs */
/** @typedef {{}} Teach_Setup_UseInputs */
/** @typedef {{}} Teach_Share_AboveInputs */
/** @typedef {{}} Teach_Share_At_ZeroInputs */
/** @typedef {{}} Teach_Step_TextInputs */
/** @typedef {{}} Teach_Step_Text_PlaceholderInputs */
/** @typedef {{}} Teach_Step_TitleInputs */
/** @typedef {{}} Teach_Steps_EditorInputs */
/** @typedef {{}} Teach_TopicInputs */
/** @typedef {{}} Teach_Topic_NoneInputs */
/** @typedef {{}} Teach_UnitInputs */
/** @typedef {{}} Teach_Unit_LabelInputs */
/** @typedef {{}} Teach_Unit_PlaceholderInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Unlock_LabelInputs */
/** @typedef {{}} Teach_With_LayersInputs */
/** @typedef {{}} Teach_Without_LayersInputs */
/** @typedef {{}} Teach_WriteInputs */
/** @typedef {{}} Teach_Write_Or_PreviewInputs */
/** @typedef {{}} Teach_YesInputs */
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


export const class_accuracy = /** @type {(inputs: Class_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`准确率`)
};

export const class_best_accuracy = /** @type {(inputs: Class_Best_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最好的 val_accuracy`)
};

export const class_best_loss = /** @type {(inputs: Class_Best_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最好的 val_loss`)
};

export const class_changed = /** @type {(inputs: Class_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ 已改动`)
};

export const class_changed_locks = /** @type {(inputs: Class_Changed_LocksInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 份锁定被改动`)
};

export const class_checks = /** @type {(inputs: Class_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✓ 检查`)
};

export const class_checks_title = /** @type {(inputs: Class_Checks_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实验的检查中已通过的数量`)
};

export const class_choose = /** @type {(inputs: Class_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`选择……`)
};

export const class_close = /** @type {(inputs: Class_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`关闭`)
};

export const class_curve = /** @type {(inputs: Class_CurveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`曲线`)
};

export const class_curve_of = /** @type {(inputs: Class_Curve_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 的曲线`)
};

export const class_empty = /** @type {(inputs: Class_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`选择存放学生报告的文件夹（每个学生通过“报告 → HTML 或 PDF”保存一份）。每份报告都会与教师的实验比较：如果报告所用实验的锁定部分被改动过，它会被标记出来。`)
};

export const class_export_csv = /** @type {(inputs: Class_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导出 CSV`)
};

export const class_locks = /** @type {(inputs: Class_LocksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`锁定`)
};

export const class_locks_ok = /** @type {(inputs: Class_Locks_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一致`)
};

export const class_locks_ok_title = /** @type {(inputs: Class_Locks_Ok_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`锁定部分与实验一致`)
};

export const class_locks_title = /** @type {(inputs: Class_Locks_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实验的锁定部分是否被改动`)
};

export const class_locks_unknown_title = /** @type {(inputs: Class_Locks_Unknown_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`没有可比较的实验`)
};

export const class_loss = /** @type {(inputs: Class_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`损失`)
};

export const class_none = /** @type {(inputs: Class_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无`)
};

export const class_none_button = /** @type {(inputs: Class_None_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不用`)
};

export const class_open_files = /** @type {(inputs: Class_Open_FilesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打开报告文件……`)
};

export const class_open_folder = /** @type {(inputs: Class_Open_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打开报告文件夹……`)
};

export const class_open_lab = /** @type {(inputs: Class_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前打开的实验`)
};

export const class_overview_title = /** @type {(inputs: Class_Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`班级总览`)
};

export const class_report = /** @type {(inputs: Class_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`报告`)
};

export const class_report_title = /** @type {(inputs: Class_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把你的步骤、答案、检查、曲线、模型和运行放进一个文件交给老师`)
};

export const class_reports = /** @type {(inputs: Class_ReportsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 份报告`)
};

export const class_reports_one = /** @type {(inputs: Class_Reports_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 份报告`)
};

export const class_right_choice = /** @type {(inputs: Class_Right_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`选对了`)
};

export const class_sign_out = /** @type {(inputs: Class_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退出登录`)
};

export const class_signed_in_as = /** @type {(inputs: Class_Signed_In_AsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已登录为 ${i?.student}`)
};

export const class_student = /** @type {(inputs: Class_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`学生`)
};

export const class_teacher_lab = /** @type {(inputs: Class_Teacher_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`教师的实验：`)
};

export const class_wrong_choice = /** @type {(inputs: Class_Wrong_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`没有选对`)
};

export const grid_status_completed = /** @type {(inputs: Grid_Status_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已完成`)
};

export const grid_status_failed = /** @type {(inputs: Grid_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`失败`)
};

export const grid_status_interrupted = /** @type {(inputs: Grid_Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`被中断`)
};

export const grid_status_running = /** @type {(inputs: Grid_Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在运行`)
};

export const grid_status_stopped = /** @type {(inputs: Grid_Status_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已停止`)
};

export const guide_all_steps = /** @type {(inputs: Guide_All_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有步骤`)
};

export const guide_answer = /** @type {(inputs: Guide_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`答案`)
};

export const guide_back = /** @type {(inputs: Guide_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上一步`)
};

export const guide_check_a_run = /** @type {(inputs: Guide_Check_A_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一次运行`)
};

export const guide_check_a_run_where = /** @type {(inputs: Guide_Check_A_Run_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一次${i?.filter}的运行`)
};

export const guide_check_above = /** @type {(inputs: Guide_Check_AboveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`高于 ${i?.value}`)
};

export const guide_check_at_best = /** @type {(inputs: Guide_Check_At_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最好的`)
};

export const guide_check_at_last = /** @type {(inputs: Guide_Check_At_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最后的`)
};

export const guide_check_below = /** @type {(inputs: Guide_Check_BelowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`低于 ${i?.value}`)
};

export const guide_check_compared = /** @type {(inputs: Guide_Check_ComparedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.runs}。`)
};

export const guide_check_early_stopped = /** @type {(inputs: Guide_Check_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：早停在第 ${i?.epoch} 轮之后停止了它（计划 ${i?.planned} 轮）。`)
};

export const guide_check_first_layer = /** @type {(inputs: Guide_Check_First_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`第一层`)
};

export const guide_check_grid_done = /** @type {(inputs: Guide_Check_Grid_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`网格“${i?.name}”完成了 ${i?.settings} 种设置，每种 ${i?.folds} 折。`)
};

export const guide_check_grid_unfinished = /** @type {(inputs: Guide_Check_Grid_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`网格“${i?.name}”${i?.status}，已完成 ${i?.settings} 种设置（每种 ${i?.folds} 折）：请把网格运行完。`)
};

export const guide_check_label_compared = /** @type {(inputs: Guide_Check_Label_ComparedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`比较 ${i?.count} 次已完成的运行：${i?.runs}`)
};

export const guide_check_label_early_stopped = /** @type {(inputs: Guide_Check_Label_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun}，被早停在最后一轮之前停止`)
};

export const guide_check_label_grid = /** @type {(inputs: Guide_Check_Label_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一个已完成的网格，至少 ${i?.settings} 种设置，每种 ${i?.folds} 折`)
};

export const guide_check_label_metric = /** @type {(inputs: Guide_Check_Label_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun}，其${i?.at} ${i?.metric}${i?.bounds}`)
};

export const guide_check_label_overfits = /** @type {(inputs: Guide_Check_Label_OverfitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun}，其 val_loss 在最低点之后连续 ${i?.epochs} 轮上升`)
};

export const guide_check_label_smoothing = /** @type {(inputs: Guide_Check_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`标签平滑 ${i?.value}`)
};

export const guide_check_label_sparsity = /** @type {(inputs: Guide_Check_Label_SparsityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun}，其${i?.layer}中超过 ${i?.above} 的权重约为 0`)
};

export const guide_check_layer_named = /** @type {(inputs: Guide_Check_Layer_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`层“${i?.name}”`)
};

export const guide_check_learning_rate = /** @type {(inputs: Guide_Check_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`学习率 ${i?.value}`)
};

export const guide_check_metric = /** @type {(inputs: Guide_Check_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：${i?.at} ${i?.metric} 为 ${i?.value}。`)
};

export const guide_check_no_grid = /** @type {(inputs: Guide_Check_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`这个实验还没有网格：请点击“运行网格”。`)
};

export const guide_check_no_metric = /** @type {(inputs: Guide_Check_No_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}没有 ${i?.metric}。`)
};

export const guide_check_no_run = /** @type {(inputs: Guide_Check_No_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有已完成的运行：请训练一次。`)
};

export const guide_check_no_run_where = /** @type {(inputs: Guide_Check_No_Run_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`还没有${i?.filter}的已完成运行：请训练一次。`)
};

export const guide_check_no_val_loss = /** @type {(inputs: Guide_Check_No_Val_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}没有 val_loss（没有验证数据）。`)
};

export const guide_check_no_weights = /** @type {(inputs: Guide_Check_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}没有记录权重：请在这个版本的 LayerLab 中重新训练它。`)
};

export const guide_check_no_weights_layer = /** @type {(inputs: Guide_Check_No_Weights_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}没有记录层“${i?.layer}”的权重：请在这个版本的 LayerLab 中重新训练它。`)
};

export const guide_check_not_early_stopped = /** @type {(inputs: Guide_Check_Not_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}训练完了全部 ${i?.planned} 轮：早停没有停止它。`)
};

export const guide_check_not_overfit_last = /** @type {(inputs: Guide_Check_Not_Overfit_LastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：val_loss 在第 ${i?.best} 轮最低（${i?.value}），也就是最后一轮：还没有连续上升 ${i?.epochs} 轮。请训练更久，或换一个更大的模型。`)
};

export const guide_check_not_overfit_more = /** @type {(inputs: Guide_Check_Not_Overfit_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：val_loss 在第 ${i?.best} 轮最低（${i?.value}），之后只有 ${i?.after} 轮：还没有连续上升 ${i?.epochs} 轮。请训练更久，或换一个更大的模型。`)
};

export const guide_check_not_overfit_one = /** @type {(inputs: Guide_Check_Not_Overfit_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：val_loss 在第 ${i?.best} 轮最低（${i?.value}），之后只有 1 轮：还没有连续上升 ${i?.epochs} 轮。请训练更久，或换一个更大的模型。`)
};

export const guide_check_on_layer = /** @type {(inputs: Guide_Check_On_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`作用于 ${i?.name}`)
};

export const guide_check_on_layers = /** @type {(inputs: Guide_Check_On_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`作用于 ${i?.count} 层`)
};

export const guide_check_one_any = /** @type {(inputs: Guide_Check_One_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`任意一次`)
};

export const guide_check_one_where = /** @type {(inputs: Guide_Check_One_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`一次${i?.filter}的`)
};

export const guide_check_open = /** @type {(inputs: Guide_Check_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未通过`)
};

export const guide_check_overfit = /** @type {(inputs: Guide_Check_OverfitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：val_loss 在第 ${i?.best} 轮最低（${i?.value}），之后上升了 ${i?.rose} 轮（第 ${i?.lastEpoch} 轮为 ${i?.last}）。`)
};

export const guide_check_passed = /** @type {(inputs: Guide_Check_PassedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已通过`)
};

export const guide_check_recorded = /** @type {(inputs: Guide_Check_RecordedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有记录`)
};

export const guide_check_run = /** @type {(inputs: Guide_Check_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`运行“${i?.name}”（${i?.parts}）`)
};

export const guide_check_same_run = /** @type {(inputs: Guide_Check_Same_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同一次运行不能同时算作其中两项：请为每一项各训练一次。`)
};

export const guide_check_sparsity = /** @type {(inputs: Guide_Check_SparsityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：${i?.layer} 有 ${i?.sparsity} 的权重约为 0。`)
};

export const guide_check_sparsity_short = /** @type {(inputs: Guide_Check_Sparsity_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}：${i?.layer} 有 ${i?.sparsity} 的权重约为 0（需要超过 ${i?.needed}）。`)
};

export const guide_checks = /** @type {(inputs: Guide_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`检查`)
};

export const guide_every_check_passes = /** @type {(inputs: Guide_Every_Check_PassesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有检查都已通过`)
};

export const guide_filter_augmentation = /** @type {(inputs: Guide_Filter_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`数据增强`)
};

export const guide_filter_both = /** @type {(inputs: Guide_Filter_BothInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.with}、${i?.without}`)
};

export const guide_filter_data_augmentation = /** @type {(inputs: Guide_Filter_Data_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`数据增强`)
};

export const guide_filter_early_stopping = /** @type {(inputs: Guide_Filter_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停`)
};

export const guide_filter_l1_or_l2 = /** @type {(inputs: Guide_Filter_L1_Or_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1 或 L2`)
};

export const guide_filter_lr_at_least = /** @type {(inputs: Guide_Filter_Lr_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至少 ${i?.value} 的学习率`)
};

export const guide_filter_lr_at_most = /** @type {(inputs: Guide_Filter_Lr_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至多 ${i?.value} 的学习率`)
};

export const guide_filter_params_at_least = /** @type {(inputs: Guide_Filter_Params_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至少 ${i?.count} 个参数`)
};

export const guide_filter_params_at_most = /** @type {(inputs: Guide_Filter_Params_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至多 ${i?.count} 个参数`)
};

export const guide_filter_shuffled_labels = /** @type {(inputs: Guide_Filter_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打乱的标签`)
};

export const guide_filter_smoothing_at_least = /** @type {(inputs: Guide_Filter_Smoothing_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`至少 ${i?.value} 的标签平滑`)
};

export const guide_filter_weight_penalty = /** @type {(inputs: Guide_Filter_Weight_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`权重惩罚`)
};

export const guide_filter_with = /** @type {(inputs: Guide_Filter_WithInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`带 ${i?.list}`)
};

export const guide_filter_without = /** @type {(inputs: Guide_Filter_WithoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`不带 ${i?.list}`)
};

export const guide_layers_toggle = /** @type {(inputs: Guide_Layers_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`层`)
};

export const guide_layers_toggle_title = /** @type {(inputs: Guide_Layers_Toggle_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`显示可添加的层，而不是步骤`)
};

export const guide_list_and = /** @type {(inputs: Guide_List_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} 和 ${i?.last}`)
};

export const guide_list_comma = /** @type {(inputs: Guide_List_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`、`)
};

export const guide_list_semicolon = /** @type {(inputs: Guide_List_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`；`)
};

export const guide_minutes = /** @type {(inputs: Guide_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`约 ${i?.count} 分钟`)
};

export const guide_minutes_one = /** @type {(inputs: Guide_Minutes_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`约 1 分钟`)
};

export const guide_minutes_under = /** @type {(inputs: Guide_Minutes_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不到一分钟`)
};

export const guide_name_placeholder = /** @type {(inputs: Guide_Name_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用于你的报告`)
};

export const guide_next = /** @type {(inputs: Guide_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下一步`)
};

export const guide_no_steps = /** @type {(inputs: Guide_No_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`这个实验还没有步骤。`)
};

export const guide_not_checked = /** @type {(inputs: Guide_Not_CheckedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未检查`)
};

export const guide_set_up = /** @type {(inputs: Guide_Set_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设置本步骤`)
};

export const guide_show_run = /** @type {(inputs: Guide_Show_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`显示 ${i?.name}`)
};

export const guide_step_count = /** @type {(inputs: Guide_Step_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.index} 步，共 ${i?.count} 步`)
};

export const guide_step_done = /** @type {(inputs: Guide_Step_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我已完成这一步`)
};

export const guide_step_done_label = /** @type {(inputs: Guide_Step_Done_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} 已完成`)
};

export const guide_steps_heading = /** @type {(inputs: Guide_Steps_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步骤`)
};

export const guide_the_run = /** @type {(inputs: Guide_The_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该运行`)
};

export const guide_your_name = /** @type {(inputs: Guide_Your_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你的姓名`)
};

export const lab_about = /** @type {(inputs: Lab_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`关于这个实验`)
};

export const lab_about_placeholder = /** @type {(inputs: Lab_About_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`这个实验是什么、展示了什么（与实验一起保存）。`)
};

export const lab_library_close = /** @type {(inputs: Lab_Library_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`关闭`)
};

export const lab_library_hint = /** @type {(inputs: Lab_Library_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实验会以你自己的副本打开，保存在你的实验文件夹中。快速版用更少的数据训练更少的轮数：适合较慢的电脑或先大致看一看。`)
};

export const lab_library_listing = /** @type {(inputs: Lab_Library_ListingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在列出实验……`)
};

export const lab_library_no_match = /** @type {(inputs: Lab_Library_No_MatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`没有与“${i?.query}”匹配的实验。`)
};

export const lab_library_open = /** @type {(inputs: Lab_Library_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打开`)
};

export const lab_library_open_label = /** @type {(inputs: Lab_Library_Open_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`打开 ${i?.name}`)
};

export const lab_library_quick = /** @type {(inputs: Lab_Library_QuickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`快速版`)
};

export const lab_library_quick_label = /** @type {(inputs: Lab_Library_Quick_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`打开 ${i?.name} 的快速版`)
};

export const lab_library_quick_minutes = /** @type {(inputs: Lab_Library_Quick_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`（快速版：${i?.minutes}）`)
};

export const lab_library_search = /** @type {(inputs: Lab_Library_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`搜索实验`)
};

export const lab_library_search_placeholder = /** @type {(inputs: Lab_Library_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`搜索：名称、主题、数据集……`)
};

export const lab_library_steps = /** @type {(inputs: Lab_Library_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 个步骤`)
};

export const lab_library_steps_one = /** @type {(inputs: Lab_Library_Steps_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 个步骤`)
};

export const lab_library_title = /** @type {(inputs: Lab_Library_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实验`)
};

export const lab_topic_augmentation = /** @type {(inputs: Lab_Topic_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`数据增强`)
};

export const lab_topic_batch_normalization = /** @type {(inputs: Lab_Topic_Batch_NormalizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`批归一化`)
};

export const lab_topic_capacity = /** @type {(inputs: Lab_Topic_CapacityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`容量`)
};

export const lab_topic_cnn = /** @type {(inputs: Lab_Topic_CnnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`卷积网络`)
};

export const lab_topic_dropout = /** @type {(inputs: Lab_Topic_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dropout（随机失活）`)
};

export const lab_topic_early_stopping = /** @type {(inputs: Lab_Topic_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停`)
};

export const lab_topic_grid_search = /** @type {(inputs: Lab_Topic_Grid_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`网格搜索`)
};

export const lab_topic_label_smoothing = /** @type {(inputs: Lab_Topic_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`标签平滑`)
};

export const lab_topic_learning_rate = /** @type {(inputs: Lab_Topic_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`学习率`)
};

export const lab_topic_memorization = /** @type {(inputs: Lab_Topic_MemorizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`死记硬背`)
};

export const lab_topic_playground = /** @type {(inputs: Lab_Topic_PlaygroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`演练场`)
};

export const lab_topic_text = /** @type {(inputs: Lab_Topic_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文本（IMDB）`)
};

export const lab_topic_weight_regularization = /** @type {(inputs: Lab_Topic_Weight_RegularizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1 与 L2`)
};

export const language_menu_title = /** @type {(inputs: Language_Menu_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`语言`)
};

export const language_system = /** @type {(inputs: Language_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`跟随系统语言`)
};

export const teach_a_file = /** @type {(inputs: Teach_A_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一个文件`)
};

export const teach_above = /** @type {(inputs: Teach_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`高于`)
};

export const teach_add_check = /** @type {(inputs: Teach_Add_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加检查`)
};

export const teach_add_check_first = /** @type {(inputs: Teach_Add_Check_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 检查……`)
};

export const teach_add_question = /** @type {(inputs: Teach_Add_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加问题`)
};

export const teach_add_question_first = /** @type {(inputs: Teach_Add_Question_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 问题……`)
};

export const teach_add_step = /** @type {(inputs: Teach_Add_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 添加一个步骤`)
};

export const teach_add_steps = /** @type {(inputs: Teach_Add_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加步骤`)
};

export const teach_another_run = /** @type {(inputs: Teach_Another_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ 再加一次运行`)
};

export const teach_at = /** @type {(inputs: Teach_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取值`)
};

export const teach_at_best = /** @type {(inputs: Teach_At_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最好的一轮`)
};

export const teach_at_last = /** @type {(inputs: Teach_At_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最后一轮`)
};

export const teach_author = /** @type {(inputs: Teach_AuthorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`作者`)
};

export const teach_below = /** @type {(inputs: Teach_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`低于`)
};

export const teach_bound_lr_max = /** @type {(inputs: Teach_Bound_Lr_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`学习率 ≤`)
};

export const teach_bound_lr_min = /** @type {(inputs: Teach_Bound_Lr_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`学习率 ≥`)
};

export const teach_bound_params_max = /** @type {(inputs: Teach_Bound_Params_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`参数 ≤`)
};

export const teach_bound_params_min = /** @type {(inputs: Teach_Bound_Params_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`参数 ≥`)
};

export const teach_bound_smoothing_min = /** @type {(inputs: Teach_Bound_Smoothing_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`标签平滑 ≥`)
};

export const teach_check_compared = /** @type {(inputs: Teach_Check_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`比较多次运行`)
};

export const teach_check_early_stopped = /** @type {(inputs: Teach_Check_Early_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停停止了一次运行`)
};

export const teach_check_grid = /** @type {(inputs: Teach_Check_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一个网格完成了`)
};

export const teach_check_kind = /** @type {(inputs: Teach_Check_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`检查类型`)
};

export const teach_check_metric = /** @type {(inputs: Teach_Check_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`某个指标达到界限`)
};

export const teach_check_overfits = /** @type {(inputs: Teach_Check_OverfitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一次运行过拟合`)
};

export const teach_check_problem = /** @type {(inputs: Teach_Check_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`这个检查不能接受该值：${i?.path} ${i?.message}。`)
};

export const teach_check_sparsity = /** @type {(inputs: Teach_Check_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`稀疏的权重`)
};

export const teach_choices = /** @type {(inputs: Teach_ChoicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`选项`)
};

export const teach_choices_label = /** @type {(inputs: Teach_Choices_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`选项，每行一个`)
};

export const teach_eg_dropout = /** @type {(inputs: Teach_Eg_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`例如 Dropout`)
};

export const teach_eg_flatten = /** @type {(inputs: Teach_Eg_FlattenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`例如 Flatten`)
};

export const teach_either = /** @type {(inputs: Teach_EitherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`都可以`)
};

export const teach_epochs_count = /** @type {(inputs: Teach_Epochs_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 轮`)
};

export const teach_epochs_of_rise = /** @type {(inputs: Teach_Epochs_Of_RiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上升的轮数`)
};

export const teach_expected_minutes = /** @type {(inputs: Teach_Expected_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计分钟数`)
};

export const teach_first_with_weights = /** @type {(inputs: Teach_First_With_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`第一个有权重的层`)
};

export const teach_flag_augmentation = /** @type {(inputs: Teach_Flag_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`数据增强`)
};

export const teach_flag_early_stopping = /** @type {(inputs: Teach_Flag_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`早停`)
};

export const teach_flag_shuffled_labels = /** @type {(inputs: Teach_Flag_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打乱的标签`)
};

export const teach_folds = /** @type {(inputs: Teach_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`折数`)
};

export const teach_folds_at_least = /** @type {(inputs: Teach_Folds_At_LeastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`折数至少`)
};

export const teach_is_locked = /** @type {(inputs: Teach_Is_LockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}已锁定`)
};

export const teach_layer = /** @type {(inputs: Teach_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`层`)
};

export const teach_layers_count = /** @type {(inputs: Teach_Layers_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 层`)
};

export const teach_lock_label = /** @type {(inputs: Teach_Lock_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`锁定${i?.what}`)
};

export const teach_lock_seed_title = /** @type {(inputs: Teach_Lock_Seed_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`为学生锁定${i?.what}（会把种子设为 1）`)
};

export const teach_lock_title = /** @type {(inputs: Teach_Lock_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`为学生锁定${i?.what}`)
};

export const teach_locked_changed = /** @type {(inputs: Teach_Locked_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自教师保存以来，这个实验被锁定的部分已被改动：你的报告会被标记出来。`)
};

export const teach_locked_title = /** @type {(inputs: Teach_Locked_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已对学生锁定：点击解锁${i?.what}`)
};

export const teach_metric = /** @type {(inputs: Teach_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`指标`)
};

export const teach_minutes = /** @type {(inputs: Teach_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`分钟`)
};

export const teach_move_down = /** @type {(inputs: Teach_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下移步骤`)
};

export const teach_move_up = /** @type {(inputs: Teach_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上移步骤`)
};

export const teach_no = /** @type {(inputs: Teach_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`否`)
};

export const teach_no_steps_hint = /** @type {(inputs: Teach_No_Steps_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`这个实验没有步骤。添加步骤后，可以编写说明、问题和检查，并锁定学生不能修改的部分。`)
};

export const teach_none = /** @type {(inputs: Teach_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无`)
};

export const teach_not_given = /** @type {(inputs: Teach_Not_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未指定`)
};

export const teach_preview = /** @type {(inputs: Teach_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预览`)
};

export const teach_question = /** @type {(inputs: Teach_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`问题`)
};

export const teach_question_choice = /** @type {(inputs: Teach_Question_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`选择题`)
};

export const teach_question_kind = /** @type {(inputs: Teach_Question_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`问题类型`)
};

export const teach_question_number = /** @type {(inputs: Teach_Question_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`数字`)
};

export const teach_question_placeholder = /** @type {(inputs: Teach_Question_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`问题（Markdown）`)
};

export const teach_question_text = /** @type {(inputs: Teach_Question_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`简答`)
};

export const teach_regularizer = /** @type {(inputs: Teach_RegularizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正则化`)
};

export const teach_remove_check = /** @type {(inputs: Teach_Remove_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除这个检查`)
};

export const teach_remove_question = /** @type {(inputs: Teach_Remove_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除这个问题`)
};

export const teach_remove_run = /** @type {(inputs: Teach_Remove_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除第 ${i?.n} 次运行`)
};

export const teach_remove_step = /** @type {(inputs: Teach_Remove_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除步骤`)
};

export const teach_right_answer = /** @type {(inputs: Teach_Right_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正确答案`)
};

export const teach_right_answer_label = /** @type {(inputs: Teach_Right_Answer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正确答案`)
};

export const teach_rises_for = /** @type {(inputs: Teach_Rises_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上升轮数`)
};

export const teach_runs_any = /** @type {(inputs: Teach_Runs_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`运行：任意已完成的运行`)
};

export const teach_runs_filter = /** @type {(inputs: Teach_Runs_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`运行：任意${i?.filter}的运行`)
};

export const teach_save_for_students = /** @type {(inputs: Teach_Save_For_StudentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`为学生保存……`)
};

export const teach_save_for_students_title = /** @type {(inputs: Teach_Save_For_Students_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把这个实验保存为一个给学生的文件：为锁定的部分生成指纹，并清除你测试时填写的答案`)
};

export const teach_seed_set = /** @type {(inputs: Teach_Seed_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`锁定的种子需要一个值：种子现在是 1（可在教师模式中修改）。`)
};

export const teach_settings = /** @type {(inputs: Teach_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设置数`)
};

export const teach_settings_at_least = /** @type {(inputs: Teach_Settings_At_LeastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设置数至少`)
};

export const teach_setup = /** @type {(inputs: Teach_SetupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`设置：${i?.words}`)
};

export const teach_setup_clear = /** @type {(inputs: Teach_Setup_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`清除`)
};

export const teach_setup_update = /** @type {(inputs: Teach_Setup_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`更新`)
};

export const teach_setup_update_title = /** @type {(inputs: Teach_Setup_Update_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用编辑器中当前的模型、设置和数据集替换这一设置`)
};

export const teach_setup_use = /** @type {(inputs: Teach_Setup_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把当前模型用作本步骤的设置`)
};

export const teach_share_above = /** @type {(inputs: Teach_Share_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`约为 0 的比例高于`)
};

export const teach_share_at_zero = /** @type {(inputs: Teach_Share_At_ZeroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`约为 0 的权重比例`)
};

export const teach_step_text = /** @type {(inputs: Teach_Step_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步骤正文`)
};

export const teach_step_text_placeholder = /** @type {(inputs: Teach_Step_Text_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`学生要做什么、为什么（Markdown：**粗体**、列表、链接）`)
};

export const teach_step_title = /** @type {(inputs: Teach_Step_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步骤标题`)
};

export const teach_steps_editor = /** @type {(inputs: Teach_Steps_EditorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`步骤编辑器`)
};

export const teach_topic = /** @type {(inputs: Teach_TopicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`主题`)
};

export const teach_topic_none = /** @type {(inputs: Teach_Topic_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无`)
};

export const teach_unit = /** @type {(inputs: Teach_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`单位`)
};

export const teach_unit_label = /** @type {(inputs: Teach_Unit_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`单位`)
};

export const teach_unit_placeholder = /** @type {(inputs: Teach_Unit_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`例如：轮`)
};

export const teach_unlock_label = /** @type {(inputs: Teach_Unlock_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`解锁${i?.what}`)
};

export const teach_with_layers = /** @type {(inputs: Teach_With_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`带这些层`)
};

export const teach_without_layers = /** @type {(inputs: Teach_Without_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不带这些层`)
};

export const teach_write = /** @type {(inputs: Teach_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`编写`)
};

export const teach_write_or_preview = /** @type {(inputs: Teach_Write_Or_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`编写或预览`)
};

export const teach_yes = /** @type {(inputs: Teach_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`是`)
};

export const topbar_class = /** @type {(inputs: Topbar_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`课堂`)
};

export const topbar_class_overview = /** @type {(inputs: Topbar_Class_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全班概览…`)
};

export const topbar_class_overview_hint = /** @type {(inputs: Topbar_Class_Overview_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`学生的报告：回答、检查、最佳成绩和曲线。`)
};

export const topbar_class_title = /** @type {(inputs: Topbar_Class_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实验报告和全班概览`)
};

export const topbar_edited = /** @type {(inputs: Topbar_EditedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已修改`)
};

export const topbar_keras_export = /** @type {(inputs: Topbar_Keras_ExportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`导出：${i?.format}`)
};

export const topbar_keras_import = /** @type {(inputs: Topbar_Keras_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导入 Keras 代码…`)
};

export const topbar_keras_import_hint = /** @type {(inputs: Topbar_Keras_Import_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`粘贴课程里的模型，或打开它的 .py 文件：它会成为这个实验。`)
};

export const topbar_keras_show = /** @type {(inputs: Topbar_Keras_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`显示 Keras 代码`)
};

export const topbar_keras_show_hint = /** @type {(inputs: Topbar_Keras_Show_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`这个实验的 Keras 代码，随编辑实时更新，可阅读或复制。`)
};

export const topbar_keras_title = /** @type {(inputs: Topbar_Keras_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导入和导出 Keras 代码`)
};

export const topbar_lab_name = /** @type {(inputs: Topbar_Lab_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实验名称`)
};

export const topbar_labs = /** @type {(inputs: Topbar_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实验库`)
};

export const topbar_labs_title = /** @type {(inputs: Topbar_Labs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`引导式实验库`)
};

export const topbar_nav_label = /** @type {(inputs: Topbar_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实验`)
};

export const topbar_new = /** @type {(inputs: Topbar_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建`)
};

export const topbar_new_title = /** @type {(inputs: Topbar_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建一个空白实验`)
};

export const topbar_not_saved = /** @type {(inputs: Topbar_Not_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未保存`)
};

export const topbar_not_saved_title = /** @type {(inputs: Topbar_Not_Saved_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.status}：这个实验还没有保存到文件。`)
};

export const topbar_open = /** @type {(inputs: Topbar_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打开…`)
};

export const topbar_open_title = /** @type {(inputs: Topbar_Open_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打开实验 (Ctrl+O)`)
};

export const topbar_redo = /** @type {(inputs: Topbar_RedoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重做`)
};

export const topbar_redo_title = /** @type {(inputs: Topbar_Redo_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重做 (Ctrl+Shift+Z)`)
};

export const topbar_report_html = /** @type {(inputs: Topbar_Report_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`报告 (HTML)`)
};

export const topbar_report_html_hint = /** @type {(inputs: Topbar_Report_Html_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一个文件，包含你的步骤、回答、检查、曲线、模型和训练记录。`)
};

export const topbar_report_needs_steps = /** @type {(inputs: Topbar_Report_Needs_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`这个实验没有步骤：请先打开一个引导式实验。`)
};

export const topbar_report_pdf = /** @type {(inputs: Topbar_Report_PdfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`报告 (PDF)`)
};

export const topbar_report_pdf_hint = /** @type {(inputs: Topbar_Report_Pdf_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同一份报告的 PDF 版本。`)
};

export const topbar_save = /** @type {(inputs: Topbar_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存`)
};

export const topbar_save_as = /** @type {(inputs: Topbar_Save_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`另存为…`)
};

export const topbar_save_as_title = /** @type {(inputs: Topbar_Save_As_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以另一个名称保存 (Ctrl+Shift+S)`)
};

export const topbar_save_title = /** @type {(inputs: Topbar_Save_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存 (Ctrl+S)`)
};

export const topbar_teacher = /** @type {(inputs: Topbar_TeacherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`教师`)
};

export const topbar_teacher_title = /** @type {(inputs: Topbar_Teacher_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`教师模式：编写实验的步骤、问题和检查，并锁定学生不应修改的部分`)
};

export const topbar_templates = /** @type {(inputs: Topbar_TemplatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模板`)
};

export const topbar_templates_title = /** @type {(inputs: Topbar_Templates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`课程里的经典模型，可以直接训练`)
};

export const topbar_undo = /** @type {(inputs: Topbar_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`撤销`)
};

export const topbar_undo_title = /** @type {(inputs: Topbar_Undo_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`撤销 (Ctrl+Z)`)
};