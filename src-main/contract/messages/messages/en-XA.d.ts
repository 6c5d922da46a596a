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
export const class_accuracy: (inputs: Class_AccuracyInputs) => LocalizedString;
export const class_best_accuracy: (inputs: Class_Best_AccuracyInputs) => LocalizedString;
export const class_best_loss: (inputs: Class_Best_LossInputs) => LocalizedString;
export const class_changed: (inputs: Class_ChangedInputs) => LocalizedString;
export const class_changed_locks: (inputs: Class_Changed_LocksInputs) => LocalizedString;
export const class_checks: (inputs: Class_ChecksInputs) => LocalizedString;
export const class_checks_title: (inputs: Class_Checks_TitleInputs) => LocalizedString;
export const class_choose: (inputs: Class_ChooseInputs) => LocalizedString;
export const class_close: (inputs: Class_CloseInputs) => LocalizedString;
export const class_curve: (inputs: Class_CurveInputs) => LocalizedString;
export const class_curve_of: (inputs: Class_Curve_OfInputs) => LocalizedString;
export const class_empty: (inputs: Class_EmptyInputs) => LocalizedString;
export const class_export_csv: (inputs: Class_Export_CsvInputs) => LocalizedString;
export const class_locks: (inputs: Class_LocksInputs) => LocalizedString;
export const class_locks_ok: (inputs: Class_Locks_OkInputs) => LocalizedString;
export const class_locks_ok_title: (inputs: Class_Locks_Ok_TitleInputs) => LocalizedString;
export const class_locks_title: (inputs: Class_Locks_TitleInputs) => LocalizedString;
export const class_locks_unknown_title: (inputs: Class_Locks_Unknown_TitleInputs) => LocalizedString;
export const class_loss: (inputs: Class_LossInputs) => LocalizedString;
export const class_none: (inputs: Class_NoneInputs) => LocalizedString;
export const class_none_button: (inputs: Class_None_ButtonInputs) => LocalizedString;
export const class_open_files: (inputs: Class_Open_FilesInputs) => LocalizedString;
export const class_open_folder: (inputs: Class_Open_FolderInputs) => LocalizedString;
export const class_open_lab: (inputs: Class_Open_LabInputs) => LocalizedString;
export const class_overview_title: (inputs: Class_Overview_TitleInputs) => LocalizedString;
export const class_report: (inputs: Class_ReportInputs) => LocalizedString;
export const class_report_title: (inputs: Class_Report_TitleInputs) => LocalizedString;
export const class_reports: (inputs: Class_ReportsInputs) => LocalizedString;
export const class_reports_one: (inputs: Class_Reports_OneInputs) => LocalizedString;
export const class_right_choice: (inputs: Class_Right_ChoiceInputs) => LocalizedString;
export const class_sign_out: (inputs: Class_Sign_OutInputs) => LocalizedString;
export const class_signed_in_as: (inputs: Class_Signed_In_AsInputs) => LocalizedString;
export const class_student: (inputs: Class_StudentInputs) => LocalizedString;
export const class_teacher_lab: (inputs: Class_Teacher_LabInputs) => LocalizedString;
export const class_wrong_choice: (inputs: Class_Wrong_ChoiceInputs) => LocalizedString;
export const grid_status_completed: (inputs: Grid_Status_CompletedInputs) => LocalizedString;
export const grid_status_failed: (inputs: Grid_Status_FailedInputs) => LocalizedString;
export const grid_status_interrupted: (inputs: Grid_Status_InterruptedInputs) => LocalizedString;
export const grid_status_running: (inputs: Grid_Status_RunningInputs) => LocalizedString;
export const grid_status_stopped: (inputs: Grid_Status_StoppedInputs) => LocalizedString;
export const guide_all_steps: (inputs: Guide_All_StepsInputs) => LocalizedString;
export const guide_answer: (inputs: Guide_AnswerInputs) => LocalizedString;
export const guide_back: (inputs: Guide_BackInputs) => LocalizedString;
export const guide_check_a_run: (inputs: Guide_Check_A_RunInputs) => LocalizedString;
export const guide_check_a_run_where: (inputs: Guide_Check_A_Run_WhereInputs) => LocalizedString;
export const guide_check_above: (inputs: Guide_Check_AboveInputs) => LocalizedString;
export const guide_check_at_best: (inputs: Guide_Check_At_BestInputs) => LocalizedString;
export const guide_check_at_last: (inputs: Guide_Check_At_LastInputs) => LocalizedString;
export const guide_check_below: (inputs: Guide_Check_BelowInputs) => LocalizedString;
export const guide_check_compared: (inputs: Guide_Check_ComparedInputs) => LocalizedString;
export const guide_check_early_stopped: (inputs: Guide_Check_Early_StoppedInputs) => LocalizedString;
export const guide_check_first_layer: (inputs: Guide_Check_First_LayerInputs) => LocalizedString;
export const guide_check_grid_done: (inputs: Guide_Check_Grid_DoneInputs) => LocalizedString;
export const guide_check_grid_unfinished: (inputs: Guide_Check_Grid_UnfinishedInputs) => LocalizedString;
export const guide_check_label_compared: (inputs: Guide_Check_Label_ComparedInputs) => LocalizedString;
export const guide_check_label_early_stopped: (inputs: Guide_Check_Label_Early_StoppedInputs) => LocalizedString;
export const guide_check_label_grid: (inputs: Guide_Check_Label_GridInputs) => LocalizedString;
export const guide_check_label_metric: (inputs: Guide_Check_Label_MetricInputs) => LocalizedString;
export const guide_check_label_overfits: (inputs: Guide_Check_Label_OverfitsInputs) => LocalizedString;
export const guide_check_label_smoothing: (inputs: Guide_Check_Label_SmoothingInputs) => LocalizedString;
export const guide_check_label_sparsity: (inputs: Guide_Check_Label_SparsityInputs) => LocalizedString;
export const guide_check_layer_named: (inputs: Guide_Check_Layer_NamedInputs) => LocalizedString;
export const guide_check_learning_rate: (inputs: Guide_Check_Learning_RateInputs) => LocalizedString;
export const guide_check_metric: (inputs: Guide_Check_MetricInputs) => LocalizedString;
export const guide_check_no_grid: (inputs: Guide_Check_No_GridInputs) => LocalizedString;
export const guide_check_no_metric: (inputs: Guide_Check_No_MetricInputs) => LocalizedString;
export const guide_check_no_run: (inputs: Guide_Check_No_RunInputs) => LocalizedString;
export const guide_check_no_run_where: (inputs: Guide_Check_No_Run_WhereInputs) => LocalizedString;
export const guide_check_no_val_loss: (inputs: Guide_Check_No_Val_LossInputs) => LocalizedString;
export const guide_check_no_weights: (inputs: Guide_Check_No_WeightsInputs) => LocalizedString;
export const guide_check_no_weights_layer: (inputs: Guide_Check_No_Weights_LayerInputs) => LocalizedString;
export const guide_check_not_early_stopped: (inputs: Guide_Check_Not_Early_StoppedInputs) => LocalizedString;
export const guide_check_not_overfit_last: (inputs: Guide_Check_Not_Overfit_LastInputs) => LocalizedString;
export const guide_check_not_overfit_more: (inputs: Guide_Check_Not_Overfit_MoreInputs) => LocalizedString;
export const guide_check_not_overfit_one: (inputs: Guide_Check_Not_Overfit_OneInputs) => LocalizedString;
export const guide_check_on_layer: (inputs: Guide_Check_On_LayerInputs) => LocalizedString;
export const guide_check_on_layers: (inputs: Guide_Check_On_LayersInputs) => LocalizedString;
export const guide_check_one_any: (inputs: Guide_Check_One_AnyInputs) => LocalizedString;
export const guide_check_one_where: (inputs: Guide_Check_One_WhereInputs) => LocalizedString;
export const guide_check_open: (inputs: Guide_Check_OpenInputs) => LocalizedString;
export const guide_check_overfit: (inputs: Guide_Check_OverfitInputs) => LocalizedString;
export const guide_check_passed: (inputs: Guide_Check_PassedInputs) => LocalizedString;
export const guide_check_recorded: (inputs: Guide_Check_RecordedInputs) => LocalizedString;
export const guide_check_run: (inputs: Guide_Check_RunInputs) => LocalizedString;
export const guide_check_same_run: (inputs: Guide_Check_Same_RunInputs) => LocalizedString;
export const guide_check_sparsity: (inputs: Guide_Check_SparsityInputs) => LocalizedString;
export const guide_check_sparsity_short: (inputs: Guide_Check_Sparsity_ShortInputs) => LocalizedString;
export const guide_checks: (inputs: Guide_ChecksInputs) => LocalizedString;
export const guide_every_check_passes: (inputs: Guide_Every_Check_PassesInputs) => LocalizedString;
export const guide_filter_augmentation: (inputs: Guide_Filter_AugmentationInputs) => LocalizedString;
export const guide_filter_both: (inputs: Guide_Filter_BothInputs) => LocalizedString;
export const guide_filter_data_augmentation: (inputs: Guide_Filter_Data_AugmentationInputs) => LocalizedString;
export const guide_filter_early_stopping: (inputs: Guide_Filter_Early_StoppingInputs) => LocalizedString;
export const guide_filter_l1_or_l2: (inputs: Guide_Filter_L1_Or_L2Inputs) => LocalizedString;
export const guide_filter_lr_at_least: (inputs: Guide_Filter_Lr_At_LeastInputs) => LocalizedString;
export const guide_filter_lr_at_most: (inputs: Guide_Filter_Lr_At_MostInputs) => LocalizedString;
export const guide_filter_params_at_least: (inputs: Guide_Filter_Params_At_LeastInputs) => LocalizedString;
export const guide_filter_params_at_most: (inputs: Guide_Filter_Params_At_MostInputs) => LocalizedString;
export const guide_filter_shuffled_labels: (inputs: Guide_Filter_Shuffled_LabelsInputs) => LocalizedString;
export const guide_filter_smoothing_at_least: (inputs: Guide_Filter_Smoothing_At_LeastInputs) => LocalizedString;
export const guide_filter_weight_penalty: (inputs: Guide_Filter_Weight_PenaltyInputs) => LocalizedString;
export const guide_filter_with: (inputs: Guide_Filter_WithInputs) => LocalizedString;
export const guide_filter_without: (inputs: Guide_Filter_WithoutInputs) => LocalizedString;
export const guide_layers_toggle: (inputs: Guide_Layers_ToggleInputs) => LocalizedString;
export const guide_layers_toggle_title: (inputs: Guide_Layers_Toggle_TitleInputs) => LocalizedString;
export const guide_list_and: (inputs: Guide_List_AndInputs) => LocalizedString;
export const guide_list_comma: (inputs: Guide_List_CommaInputs) => LocalizedString;
export const guide_list_semicolon: (inputs: Guide_List_SemicolonInputs) => LocalizedString;
export const guide_minutes: (inputs: Guide_MinutesInputs) => LocalizedString;
export const guide_minutes_one: (inputs: Guide_Minutes_OneInputs) => LocalizedString;
export const guide_minutes_under: (inputs: Guide_Minutes_UnderInputs) => LocalizedString;
export const guide_name_placeholder: (inputs: Guide_Name_PlaceholderInputs) => LocalizedString;
export const guide_next: (inputs: Guide_NextInputs) => LocalizedString;
export const guide_no_steps: (inputs: Guide_No_StepsInputs) => LocalizedString;
export const guide_not_checked: (inputs: Guide_Not_CheckedInputs) => LocalizedString;
export const guide_set_up: (inputs: Guide_Set_UpInputs) => LocalizedString;
export const guide_show_run: (inputs: Guide_Show_RunInputs) => LocalizedString;
export const guide_step_count: (inputs: Guide_Step_CountInputs) => LocalizedString;
export const guide_step_done: (inputs: Guide_Step_DoneInputs) => LocalizedString;
export const guide_step_done_label: (inputs: Guide_Step_Done_LabelInputs) => LocalizedString;
export const guide_steps_heading: (inputs: Guide_Steps_HeadingInputs) => LocalizedString;
export const guide_the_run: (inputs: Guide_The_RunInputs) => LocalizedString;
export const guide_your_name: (inputs: Guide_Your_NameInputs) => LocalizedString;
export const lab_about: (inputs: Lab_AboutInputs) => LocalizedString;
export const lab_about_placeholder: (inputs: Lab_About_PlaceholderInputs) => LocalizedString;
export const lab_library_close: (inputs: Lab_Library_CloseInputs) => LocalizedString;
export const lab_library_hint: (inputs: Lab_Library_HintInputs) => LocalizedString;
export const lab_library_listing: (inputs: Lab_Library_ListingInputs) => LocalizedString;
export const lab_library_no_match: (inputs: Lab_Library_No_MatchInputs) => LocalizedString;
export const lab_library_open: (inputs: Lab_Library_OpenInputs) => LocalizedString;
export const lab_library_open_label: (inputs: Lab_Library_Open_LabelInputs) => LocalizedString;
export const lab_library_quick: (inputs: Lab_Library_QuickInputs) => LocalizedString;
export const lab_library_quick_label: (inputs: Lab_Library_Quick_LabelInputs) => LocalizedString;
export const lab_library_quick_minutes: (inputs: Lab_Library_Quick_MinutesInputs) => LocalizedString;
export const lab_library_search: (inputs: Lab_Library_SearchInputs) => LocalizedString;
export const lab_library_search_placeholder: (inputs: Lab_Library_Search_PlaceholderInputs) => LocalizedString;
export const lab_library_steps: (inputs: Lab_Library_StepsInputs) => LocalizedString;
export const lab_library_steps_one: (inputs: Lab_Library_Steps_OneInputs) => LocalizedString;
export const lab_library_title: (inputs: Lab_Library_TitleInputs) => LocalizedString;
export const lab_topic_augmentation: (inputs: Lab_Topic_AugmentationInputs) => LocalizedString;
export const lab_topic_batch_normalization: (inputs: Lab_Topic_Batch_NormalizationInputs) => LocalizedString;
export const lab_topic_capacity: (inputs: Lab_Topic_CapacityInputs) => LocalizedString;
export const lab_topic_cnn: (inputs: Lab_Topic_CnnInputs) => LocalizedString;
export const lab_topic_dropout: (inputs: Lab_Topic_DropoutInputs) => LocalizedString;
export const lab_topic_early_stopping: (inputs: Lab_Topic_Early_StoppingInputs) => LocalizedString;
export const lab_topic_grid_search: (inputs: Lab_Topic_Grid_SearchInputs) => LocalizedString;
export const lab_topic_label_smoothing: (inputs: Lab_Topic_Label_SmoothingInputs) => LocalizedString;
export const lab_topic_learning_rate: (inputs: Lab_Topic_Learning_RateInputs) => LocalizedString;
export const lab_topic_memorization: (inputs: Lab_Topic_MemorizationInputs) => LocalizedString;
export const lab_topic_playground: (inputs: Lab_Topic_PlaygroundInputs) => LocalizedString;
export const lab_topic_text: (inputs: Lab_Topic_TextInputs) => LocalizedString;
export const lab_topic_weight_regularization: (inputs: Lab_Topic_Weight_RegularizationInputs) => LocalizedString;
export const language_menu_title: (inputs: Language_Menu_TitleInputs) => LocalizedString;
export const language_system: (inputs: Language_SystemInputs) => LocalizedString;
export const teach_a_file: (inputs: Teach_A_FileInputs) => LocalizedString;
export const teach_above: (inputs: Teach_AboveInputs) => LocalizedString;
export const teach_add_check: (inputs: Teach_Add_CheckInputs) => LocalizedString;
export const teach_add_check_first: (inputs: Teach_Add_Check_FirstInputs) => LocalizedString;
export const teach_add_question: (inputs: Teach_Add_QuestionInputs) => LocalizedString;
export const teach_add_question_first: (inputs: Teach_Add_Question_FirstInputs) => LocalizedString;
export const teach_add_step: (inputs: Teach_Add_StepInputs) => LocalizedString;
export const teach_add_steps: (inputs: Teach_Add_StepsInputs) => LocalizedString;
export const teach_another_run: (inputs: Teach_Another_RunInputs) => LocalizedString;
export const teach_at: (inputs: Teach_AtInputs) => LocalizedString;
export const teach_at_best: (inputs: Teach_At_BestInputs) => LocalizedString;
export const teach_at_last: (inputs: Teach_At_LastInputs) => LocalizedString;
export const teach_author: (inputs: Teach_AuthorInputs) => LocalizedString;
export const teach_below: (inputs: Teach_BelowInputs) => LocalizedString;
export const teach_bound_lr_max: (inputs: Teach_Bound_Lr_MaxInputs) => LocalizedString;
export const teach_bound_lr_min: (inputs: Teach_Bound_Lr_MinInputs) => LocalizedString;
export const teach_bound_params_max: (inputs: Teach_Bound_Params_MaxInputs) => LocalizedString;
export const teach_bound_params_min: (inputs: Teach_Bound_Params_MinInputs) => LocalizedString;
export const teach_bound_smoothing_min: (inputs: Teach_Bound_Smoothing_MinInputs) => LocalizedString;
export const teach_check_compared: (inputs: Teach_Check_ComparedInputs) => LocalizedString;
export const teach_check_early_stopped: (inputs: Teach_Check_Early_StoppedInputs) => LocalizedString;
export const teach_check_grid: (inputs: Teach_Check_GridInputs) => LocalizedString;
export const teach_check_kind: (inputs: Teach_Check_KindInputs) => LocalizedString;
export const teach_check_metric: (inputs: Teach_Check_MetricInputs) => LocalizedString;
export const teach_check_overfits: (inputs: Teach_Check_OverfitsInputs) => LocalizedString;
export const teach_check_problem: (inputs: Teach_Check_ProblemInputs) => LocalizedString;
export const teach_check_sparsity: (inputs: Teach_Check_SparsityInputs) => LocalizedString;
export const teach_choices: (inputs: Teach_ChoicesInputs) => LocalizedString;
export const teach_choices_label: (inputs: Teach_Choices_LabelInputs) => LocalizedString;
export const teach_eg_dropout: (inputs: Teach_Eg_DropoutInputs) => LocalizedString;
export const teach_eg_flatten: (inputs: Teach_Eg_FlattenInputs) => LocalizedString;
export const teach_either: (inputs: Teach_EitherInputs) => LocalizedString;
export const teach_epochs_count: (inputs: Teach_Epochs_CountInputs) => LocalizedString;
export const teach_epochs_of_rise: (inputs: Teach_Epochs_Of_RiseInputs) => LocalizedString;
export const teach_expected_minutes: (inputs: Teach_Expected_MinutesInputs) => LocalizedString;
export const teach_first_with_weights: (inputs: Teach_First_With_WeightsInputs) => LocalizedString;
export const teach_flag_augmentation: (inputs: Teach_Flag_AugmentationInputs) => LocalizedString;
export const teach_flag_early_stopping: (inputs: Teach_Flag_Early_StoppingInputs) => LocalizedString;
export const teach_flag_shuffled_labels: (inputs: Teach_Flag_Shuffled_LabelsInputs) => LocalizedString;
export const teach_folds: (inputs: Teach_FoldsInputs) => LocalizedString;
export const teach_folds_at_least: (inputs: Teach_Folds_At_LeastInputs) => LocalizedString;
export const teach_is_locked: (inputs: Teach_Is_LockedInputs) => LocalizedString;
export const teach_layer: (inputs: Teach_LayerInputs) => LocalizedString;
export const teach_layers_count: (inputs: Teach_Layers_CountInputs) => LocalizedString;
export const teach_lock_label: (inputs: Teach_Lock_LabelInputs) => LocalizedString;
export const teach_lock_seed_title: (inputs: Teach_Lock_Seed_TitleInputs) => LocalizedString;
export const teach_lock_title: (inputs: Teach_Lock_TitleInputs) => LocalizedString;
export const teach_locked_changed: (inputs: Teach_Locked_ChangedInputs) => LocalizedString;
export const teach_locked_title: (inputs: Teach_Locked_TitleInputs) => LocalizedString;
export const teach_metric: (inputs: Teach_MetricInputs) => LocalizedString;
export const teach_minutes: (inputs: Teach_MinutesInputs) => LocalizedString;
export const teach_move_down: (inputs: Teach_Move_DownInputs) => LocalizedString;
export const teach_move_up: (inputs: Teach_Move_UpInputs) => LocalizedString;
export const teach_no: (inputs: Teach_NoInputs) => LocalizedString;
export const teach_no_steps_hint: (inputs: Teach_No_Steps_HintInputs) => LocalizedString;
export const teach_none: (inputs: Teach_NoneInputs) => LocalizedString;
export const teach_not_given: (inputs: Teach_Not_GivenInputs) => LocalizedString;
export const teach_preview: (inputs: Teach_PreviewInputs) => LocalizedString;
export const teach_question: (inputs: Teach_QuestionInputs) => LocalizedString;
export const teach_question_choice: (inputs: Teach_Question_ChoiceInputs) => LocalizedString;
export const teach_question_kind: (inputs: Teach_Question_KindInputs) => LocalizedString;
export const teach_question_number: (inputs: Teach_Question_NumberInputs) => LocalizedString;
export const teach_question_placeholder: (inputs: Teach_Question_PlaceholderInputs) => LocalizedString;
export const teach_question_text: (inputs: Teach_Question_TextInputs) => LocalizedString;
export const teach_regularizer: (inputs: Teach_RegularizerInputs) => LocalizedString;
export const teach_remove_check: (inputs: Teach_Remove_CheckInputs) => LocalizedString;
export const teach_remove_question: (inputs: Teach_Remove_QuestionInputs) => LocalizedString;
export const teach_remove_run: (inputs: Teach_Remove_RunInputs) => LocalizedString;
export const teach_remove_step: (inputs: Teach_Remove_StepInputs) => LocalizedString;
export const teach_right_answer: (inputs: Teach_Right_AnswerInputs) => LocalizedString;
export const teach_right_answer_label: (inputs: Teach_Right_Answer_LabelInputs) => LocalizedString;
export const teach_rises_for: (inputs: Teach_Rises_ForInputs) => LocalizedString;
export const teach_runs_any: (inputs: Teach_Runs_AnyInputs) => LocalizedString;
export const teach_runs_filter: (inputs: Teach_Runs_FilterInputs) => LocalizedString;
export const teach_save_for_students: (inputs: Teach_Save_For_StudentsInputs) => LocalizedString;
export const teach_save_for_students_title: (inputs: Teach_Save_For_Students_TitleInputs) => LocalizedString;
export const teach_seed_set: (inputs: Teach_Seed_SetInputs) => LocalizedString;
export const teach_settings: (inputs: Teach_SettingsInputs) => LocalizedString;
export const teach_settings_at_least: (inputs: Teach_Settings_At_LeastInputs) => LocalizedString;
export const teach_setup: (inputs: Teach_SetupInputs) => LocalizedString;
export const teach_setup_clear: (inputs: Teach_Setup_ClearInputs) => LocalizedString;
export const teach_setup_update: (inputs: Teach_Setup_UpdateInputs) => LocalizedString;
export const teach_setup_update_title: (inputs: Teach_Setup_Update_TitleInputs) => LocalizedString;
export const teach_setup_use: (inputs: Teach_Setup_UseInputs) => LocalizedString;
export const teach_share_above: (inputs: Teach_Share_AboveInputs) => LocalizedString;
export const teach_share_at_zero: (inputs: Teach_Share_At_ZeroInputs) => LocalizedString;
export const teach_step_text: (inputs: Teach_Step_TextInputs) => LocalizedString;
export const teach_step_text_placeholder: (inputs: Teach_Step_Text_PlaceholderInputs) => LocalizedString;
export const teach_step_title: (inputs: Teach_Step_TitleInputs) => LocalizedString;
export const teach_steps_editor: (inputs: Teach_Steps_EditorInputs) => LocalizedString;
export const teach_topic: (inputs: Teach_TopicInputs) => LocalizedString;
export const teach_topic_none: (inputs: Teach_Topic_NoneInputs) => LocalizedString;
export const teach_unit: (inputs: Teach_UnitInputs) => LocalizedString;
export const teach_unit_label: (inputs: Teach_Unit_LabelInputs) => LocalizedString;
export const teach_unit_placeholder: (inputs: Teach_Unit_PlaceholderInputs) => LocalizedString;
export const teach_unlock_label: (inputs: Teach_Unlock_LabelInputs) => LocalizedString;
export const teach_with_layers: (inputs: Teach_With_LayersInputs) => LocalizedString;
export const teach_without_layers: (inputs: Teach_Without_LayersInputs) => LocalizedString;
export const teach_write: (inputs: Teach_WriteInputs) => LocalizedString;
export const teach_write_or_preview: (inputs: Teach_Write_Or_PreviewInputs) => LocalizedString;
export const teach_yes: (inputs: Teach_YesInputs) => LocalizedString;
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
export type Grid_Status_CompletedInputs = {};
export type Grid_Status_FailedInputs = {};
export type Grid_Status_InterruptedInputs = {};
export type Grid_Status_RunningInputs = {};
export type Grid_Status_StoppedInputs = {};
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
export type Lab_AboutInputs = {};
export type Lab_About_PlaceholderInputs = {};
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
export type Language_Menu_TitleInputs = {};
export type Language_SystemInputs = {};
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
export type Teach_Steps_EditorInputs = {};
export type Teach_TopicInputs = {};
export type Teach_Topic_NoneInputs = {};
export type Teach_UnitInputs = {};
export type Teach_Unit_LabelInputs = {};
export type Teach_Unit_PlaceholderInputs = {};
export type Teach_Unlock_LabelInputs = {
    what: NonNullable<unknown>;
};
export type Teach_With_LayersInputs = {};
export type Teach_Without_LayersInputs = {};
export type Teach_WriteInputs = {};
export type Teach_Write_Or_PreviewInputs = {};
export type Teach_YesInputs = {};
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
