/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ title: NonNullable<unknown> }} Activations_Bars_LabelInputs */
/** @typedef {{}} Activations_DeadInputs */
/** @typedef {{}} Activations_Dead_TitleInputs */
/** @typedef {{}} Activations_Dead_UnitsInputs */
/** @typedef {{ what: NonNullable<unknown>, layer: NonNullable<unknown> }} Activations_DescribeInputs */
/** @typedef {{ what: NonNullable<unknown>, layer: NonNullable<unknown> }} Activations_History_TitleInputs */
/** @typedef {{}} Activations_Layer_LabelInputs */
/** @typedef {{}} Activations_Mean_StdInputs */
/** @typedef {{}} Activations_NoneInputs */
/** @typedef {{}} Activations_OfInputs */
/** @typedef {{}} Activations_SpreadInputs */
/** @typedef {{}} Activations_Spread_TitleInputs */
/** @typedef {{}} Activations_Stat_LabelInputs */
/** @typedef {{}} Activations_StdInputs */
/** @typedef {{}} Activations_TickInputs */
/** @typedef {{}} Aug_Cval_HelpInputs */
/** @typedef {{}} Aug_Fill_ConstantInputs */
/** @typedef {{}} Aug_Fill_ModeInputs */
/** @typedef {{}} Aug_Fill_NearestInputs */
/** @typedef {{}} Aug_Fill_ReflectInputs */
/** @typedef {{}} Aug_Fill_ValueInputs */
/** @typedef {{}} Aug_Fill_WrapInputs */
/** @typedef {{}} Aug_Flip_LrInputs */
/** @typedef {{}} Aug_Flip_UdInputs */
/** @typedef {{}} Aug_Height_ShiftInputs */
/** @typedef {{}} Aug_Height_Shift_HelpInputs */
/** @typedef {{}} Aug_LabelInputs */
/** @typedef {{ title: NonNullable<unknown>, shape: NonNullable<unknown> }} Aug_Not_ImagesInputs */
/** @typedef {{}} Aug_OnInputs */
/** @typedef {{}} Aug_RotationInputs */
/** @typedef {{}} Aug_Rotation_HelpInputs */
/** @typedef {{}} Aug_ShearInputs */
/** @typedef {{}} Aug_Shear_HelpInputs */
/** @typedef {{}} Aug_TitleInputs */
/** @typedef {{}} Aug_Turn_OffInputs */
/** @typedef {{}} Aug_Width_ShiftInputs */
/** @typedef {{}} Aug_Width_Shift_HelpInputs */
/** @typedef {{}} Aug_ZoomInputs */
/** @typedef {{}} Aug_Zoom_HelpInputs */
/** @typedef {{}} Augpreview_AnotherInputs */
/** @typedef {{}} Augpreview_AugmentedInputs */
/** @typedef {{}} Augpreview_HintInputs */
/** @typedef {{}} Augpreview_LabelInputs */
/** @typedef {{}} Augpreview_LoadingInputs */
/** @typedef {{}} Augpreview_OriginalInputs */
/** @typedef {{}} Badge_BrowserInputs */
/** @typedef {{}} Badge_CheckingInputs */
/** @typedef {{}} Badge_DesktopInputs */
/** @typedef {{}} Badge_Faster_Not_UsedInputs */
/** @typedef {{}} Badge_FastestInputs */
/** @typedef {{}} Badge_ReconnectingInputs */
/** @typedef {{ backend: NonNullable<unknown> }} Badge_TitleInputs */
/** @typedef {{}} Badge_Trains_OnInputs */
/** @typedef {{}} Boundary_ClassesInputs */
/** @typedef {{}} Boundary_KeyInputs */
/** @typedef {{}} Boundary_LabelInputs */
/** @typedef {{}} Boundary_None_TickInputs */
/** @typedef {{}} Boundary_None_TickedInputs */
/** @typedef {{ name: NonNullable<unknown>, epoch: NonNullable<unknown> }} Boundary_Plot_LabelInputs */
/** @typedef {{}} CancelInputs */
/** @typedef {{ key: NonNullable<unknown> }} Canvas_EmptyInputs */
/** @typedef {{}} Canvas_LabelInputs */
/** @typedef {{ count: NonNullable<unknown> }} Canvas_LayersInputs */
/** @typedef {{ count: NonNullable<unknown> }} Canvas_ParametersInputs */
/** @typedef {{}} Canvas_StructureInputs */
/** @typedef {{}} Chart_AccuracyInputs */
/** @typedef {{}} Chart_Axis_EpochInputs */
/** @typedef {{}} Chart_BoundaryInputs */
/** @typedef {{}} Chart_Canvas_FallbackInputs */
/** @typedef {{ title: NonNullable<unknown> }} Chart_Canvas_LabelInputs */
/** @typedef {{ key: NonNullable<unknown> }} Chart_EmptyInputs */
/** @typedef {{}} Chart_EnlargeInputs */
/** @typedef {{ title: NonNullable<unknown> }} Chart_Enlarge_LabelInputs */
/** @typedef {{}} Chart_Enlarge_TitleInputs */
/** @typedef {{ title: NonNullable<unknown> }} Chart_EnlargedInputs */
/** @typedef {{}} Chart_Export_BestInputs */
/** @typedef {{}} Chart_Export_Early_StoppingInputs */
/** @typedef {{}} Chart_Export_PenaltyInputs */
/** @typedef {{}} Chart_InsideInputs */
/** @typedef {{}} Chart_Key_BestInputs */
/** @typedef {{}} Chart_Key_PenaltyInputs */
/** @typedef {{}} Chart_Key_TrainingInputs */
/** @typedef {{}} Chart_Key_ValidationInputs */
/** @typedef {{}} Chart_LegendInputs */
/** @typedef {{}} Chart_LogInputs */
/** @typedef {{}} Chart_Log_TitleInputs */
/** @typedef {{}} Chart_LossInputs */
/** @typedef {{}} Chart_No_PenaltyInputs */
/** @typedef {{}} Chart_Penalty_NoteInputs */
/** @typedef {{}} Chart_Png_TitleInputs */
/** @typedef {{}} Chart_PredictionsInputs */
/** @typedef {{}} Chart_SectionInputs */
/** @typedef {{}} Chart_SplitInputs */
/** @typedef {{}} Chart_Split_TitleInputs */
/** @typedef {{}} Chart_Validation_OnlyInputs */
/** @typedef {{}} Chart_Validation_Only_TitleInputs */
/** @typedef {{}} Chart_ViewInputs */
/** @typedef {{}} Chart_WeightsInputs */
/** @typedef {{ name: NonNullable<unknown>, dir: NonNullable<unknown> }} Cli_Datasets_DownloadedInputs */
/** @typedef {{ dir: NonNullable<unknown> }} Cli_Datasets_FoundInputs */
/** @typedef {{ hint: NonNullable<unknown> }} Cli_Datasets_MissingInputs */
/** @typedef {{ dirs: NonNullable<unknown> }} Cli_Datasets_SearchedInputs */
/** @typedef {{}} Cli_Datasets_SyntheticInputs */
/** @typedef {{}} Cli_Runs_BackendInputs */
/** @typedef {{}} Cli_Runs_CreatedInputs */
/** @typedef {{}} Cli_Runs_DatasetInputs */
/** @typedef {{ store: NonNullable<unknown> }} Cli_Runs_EmptyInputs */
/** @typedef {{}} Cli_Runs_InsideInputs */
/** @typedef {{}} Cli_Runs_NameInputs */
/** @typedef {{}} Cli_Runs_StatusInputs */
/** @typedef {{ backend: NonNullable<unknown> }} Cli_Train_BackendInputs */
/** @typedef {{ loss: NonNullable<unknown>, epoch: NonNullable<unknown> }} Cli_Train_BestInputs */
/** @typedef {{ run: NonNullable<unknown>, name: NonNullable<unknown>, status: NonNullable<unknown>, how: NonNullable<unknown>, epochs: NonNullable<unknown>, best: NonNullable<unknown> }} Cli_Train_DoneInputs */
/** @typedef {{ epoch: NonNullable<unknown> }} Cli_Train_Early_StoppedInputs */
/** @typedef {{ epochs: NonNullable<unknown>, name: NonNullable<unknown>, dataset: NonNullable<unknown>, train: NonNullable<unknown>, val: NonNullable<unknown> }} Cli_Train_StartedInputs */
/** @typedef {{}} Cli_Train_StoppingInputs */
/** @typedef {{}} CloseInputs */
/** @typedef {{}} Code_CopiedInputs */
/** @typedef {{}} Code_CopyInputs */
/** @typedef {{}} Code_Copy_FailedInputs */
/** @typedef {{}} Code_Copy_TitleInputs */
/** @typedef {{}} Code_Download_TitleInputs */
/** @typedef {{}} Code_LabelInputs */
/** @typedef {{}} Code_TitleInputs */
/** @typedef {{}} Code_UpdatingInputs */
/** @typedef {{}} Code_WarningsInputs */
/** @typedef {{}} Code_WritingInputs */
/** @typedef {{}} Confusion_FallbackInputs */
/** @typedef {{}} Confusion_LabelInputs */
/** @typedef {{}} Dataset_ExamplesInputs */
/** @typedef {{}} Dataset_FileInputs */
/** @typedef {{ name: NonNullable<unknown> }} Dataset_GeneratedInputs */
/** @typedef {{}} Dataset_ImdbInputs */
/** @typedef {{ title: NonNullable<unknown>, train: NonNullable<unknown>, test: NonNullable<unknown>, shape: NonNullable<unknown>, classes: NonNullable<unknown> }} Dataset_InfoInputs */
/** @typedef {{}} Dataset_LoadingInputs */
/** @typedef {{}} Dataset_MnistInputs */
/** @typedef {{}} Dataset_NoiseInputs */
/** @typedef {{}} Dataset_Num_WordsInputs */
/** @typedef {{}} Dataset_Path_ComputerInputs */
/** @typedef {{}} Dataset_Path_ServerInputs */
/** @typedef {{ shape: NonNullable<unknown> }} Dataset_Set_InputInputs */
/** @typedef {{}} Dataset_TitleInputs */
/** @typedef {{}} Describe_AugmentationInputs */
/** @typedef {{ size: NonNullable<unknown> }} Describe_BatchInputs */
/** @typedef {{ patience: NonNullable<unknown> }} Describe_Early_StoppingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Describe_EpochsInputs */
/** @typedef {{ fold: NonNullable<unknown>, folds: NonNullable<unknown> }} Describe_FoldInputs */
/** @typedef {{ value: NonNullable<unknown> }} Describe_Label_SmoothingInputs */
/** @typedef {{}} Describe_No_ShufflingInputs */
/** @typedef {{}} Describe_No_ValidationInputs */
/** @typedef {{ seed: NonNullable<unknown> }} Describe_SeedInputs */
/** @typedef {{}} Describe_SeparatorInputs */
/** @typedef {{}} Describe_Shuffled_LabelsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Describe_SubsetInputs */
/** @typedef {{ percent: NonNullable<unknown> }} Describe_Validation_SplitInputs */
/** @typedef {{}} Describe_Validation_TestInputs */
/** @typedef {{ min: NonNullable<unknown>, s: NonNullable<unknown> }} Duration_MinutesInputs */
/** @typedef {{ s: NonNullable<unknown> }} Duration_SecondsInputs */
/** @typedef {{}} Export_BusyInputs */
/** @typedef {{}} Export_Csv_DescriptionInputs */
/** @typedef {{}} Export_Csv_LabelInputs */
/** @typedef {{}} Export_H5_DescriptionInputs */
/** @typedef {{}} Export_Keras_DescriptionInputs */
/** @typedef {{}} Export_MenuInputs */
/** @typedef {{}} Export_Needs_WeightsInputs */
/** @typedef {{}} Export_No_WeightsInputs */
/** @typedef {{}} Export_Onnx_DescriptionInputs */
/** @typedef {{}} Export_Python_DescriptionInputs */
/** @typedef {{}} Export_Python_LabelInputs */
/** @typedef {{ name: NonNullable<unknown> }} Export_RunInputs */
/** @typedef {{}} Export_Tfjs_DescriptionInputs */
/** @typedef {{}} Export_TitleInputs */
/** @typedef {{}} Figures_GradInputs */
/** @typedef {{}} Figures_Grad_TitleInputs */
/** @typedef {{}} Figures_L1_TitleInputs */
/** @typedef {{}} Figures_L2_TitleInputs */
/** @typedef {{ layer: NonNullable<unknown> }} Figures_LabelInputs */
/** @typedef {{}} Figures_Rms_TitleInputs */
/** @typedef {{ name: NonNullable<unknown>, epoch: NonNullable<unknown> }} Figures_Row_TitleInputs */
/** @typedef {{}} Figures_SparsityInputs */
/** @typedef {{}} Filedrop_HintInputs */
/** @typedef {{ index: NonNullable<unknown>, label: NonNullable<unknown> }} Gallery_Example_LabelInputs */
/** @typedef {{ index: NonNullable<unknown> }} Gallery_Example_TitleInputs */
/** @typedef {{}} Gallery_NoneInputs */
/** @typedef {{}} Import_AgainInputs */
/** @typedef {{}} Import_ButtonInputs */
/** @typedef {{}} Import_Button_TitleInputs */
/** @typedef {{}} Import_DoneInputs */
/** @typedef {{}} Import_Drop_LabelInputs */
/** @typedef {{ sequential: NonNullable<unknown>, add: NonNullable<unknown>, compile: NonNullable<unknown>, fit: NonNullable<unknown>, py: NonNullable<unknown> }} Import_HintInputs */
/** @typedef {{}} Import_ImportingInputs */
/** @typedef {{ line: NonNullable<unknown> }} Import_LineInputs */
/** @typedef {{}} Import_Open_PyInputs */
/** @typedef {{ line: NonNullable<unknown> }} Import_Select_LineInputs */
/** @typedef {{}} Import_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Import_WarningsInputs */
/** @typedef {{}} Inspect_ActivationsInputs */
/** @typedef {{}} Inspect_BackInputs */
/** @typedef {{}} Inspect_Back_TitleInputs */
/** @typedef {{}} Inspect_Empty_LoadingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Inspect_Empty_NoneInputs */
/** @typedef {{}} Inspect_Empty_TickInputs */
/** @typedef {{ key: NonNullable<unknown> }} Inspect_Empty_TrainInputs */
/** @typedef {{}} Inspect_EpochInputs */
/** @typedef {{ epoch: NonNullable<unknown>, last: NonNullable<unknown> }} Inspect_Epoch_AtInputs */
/** @typedef {{}} Inspect_Epoch_ShownInputs */
/** @typedef {{}} Inspect_Epoch_ZeroInputs */
/** @typedef {{}} Inspect_PlayInputs */
/** @typedef {{}} Inspect_Play_TitleInputs */
/** @typedef {{}} Inspect_RunInputs */
/** @typedef {{}} Inspect_Run_TitleInputs */
/** @typedef {{ count: NonNullable<unknown>, names: NonNullable<unknown> }} Inspect_SilentInputs */
/** @typedef {{}} Inspect_TitleInputs */
/** @typedef {{}} Inspect_ViewInputs */
/** @typedef {{}} Inspector_DeleteInputs */
/** @typedef {{}} Inspector_DuplicateInputs */
/** @typedef {{}} Inspector_LabelInputs */
/** @typedef {{}} Inspector_Move_DownInputs */
/** @typedef {{}} Inspector_Move_UpInputs */
/** @typedef {{}} Inspector_Output_ShapeInputs */
/** @typedef {{}} Inspector_ParametersInputs */
/** @typedef {{ count: NonNullable<unknown> }} Inspector_SelectedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Inspector_TrainableInputs */
/** @typedef {{ key: NonNullable<unknown> }} Labdialog_BareInputs */
/** @typedef {{}} Labdialog_BrowseInputs */
/** @typedef {{}} Labdialog_DownloadInputs */
/** @typedef {{}} Labdialog_ExistingInputs */
/** @typedef {{}} Labdialog_OpenInputs */
/** @typedef {{}} Labdialog_Open_ButtonInputs */
/** @typedef {{}} Labdialog_Open_ModelInputs */
/** @typedef {{}} Labdialog_PathInputs */
/** @typedef {{}} Labdialog_RecentInputs */
/** @typedef {{}} Labdialog_SaveInputs */
/** @typedef {{}} Labdialog_UploadInputs */
/** @typedef {{}} Language_Menu_TitleInputs */
/** @typedef {{}} Language_SystemInputs */
/** @typedef {{}} Layer_Activation_SummaryInputs */
/** @typedef {{}} Layer_Add_SummaryInputs */
/** @typedef {{}} Layer_Averagepooling2d_SummaryInputs */
/** @typedef {{}} Layer_Batchnormalization_SummaryInputs */
/** @typedef {{}} Layer_Category_ConvolutionInputs */
/** @typedef {{}} Layer_Category_CoreInputs */
/** @typedef {{}} Layer_Category_InputInputs */
/** @typedef {{}} Layer_Category_MergeInputs */
/** @typedef {{}} Layer_Category_PoolingInputs */
/** @typedef {{}} Layer_Category_RegularizationInputs */
/** @typedef {{}} Layer_Concatenate_SummaryInputs */
/** @typedef {{}} Layer_Conv2d_SummaryInputs */
/** @typedef {{}} Layer_Dense_SummaryInputs */
/** @typedef {{}} Layer_Dropout_SummaryInputs */
/** @typedef {{}} Layer_Flatten_SummaryInputs */
/** @typedef {{}} Layer_Globalaveragepooling2d_SummaryInputs */
/** @typedef {{}} Layer_Input_SummaryInputs */
/** @typedef {{}} Layer_Maxpooling2d_SummaryInputs */
/** @typedef {{}} Layer_Reshape_SummaryInputs */
/** @typedef {{}} Lockwhat_AugmentationInputs */
/** @typedef {{}} Lockwhat_Batch_SizeInputs */
/** @typedef {{}} Lockwhat_DatasetInputs */
/** @typedef {{}} Lockwhat_Early_StoppingInputs */
/** @typedef {{}} Lockwhat_EpochsInputs */
/** @typedef {{}} Lockwhat_Label_SmoothingInputs */
/** @typedef {{}} Lockwhat_Learning_RateInputs */
/** @typedef {{}} Lockwhat_LossInputs */
/** @typedef {{}} Lockwhat_MomentumInputs */
/** @typedef {{}} Lockwhat_OptimizerInputs */
/** @typedef {{}} Lockwhat_SeedInputs */
/** @typedef {{}} Lockwhat_Shuffled_LabelsInputs */
/** @typedef {{}} Lockwhat_SubsetInputs */
/** @typedef {{}} Lockwhat_ValidationInputs */
/** @typedef {{}} Menu_EditInputs */
/** @typedef {{}} Menu_Export_PythonInputs */
/** @typedef {{}} Menu_FileInputs */
/** @typedef {{}} Menu_New_LabInputs */
/** @typedef {{}} Menu_Open_LabInputs */
/** @typedef {{}} Menu_RunInputs */
/** @typedef {{}} Menu_Save_AsInputs */
/** @typedef {{}} Menu_ViewInputs */
/** @typedef {{ key: NonNullable<unknown> }} Noconnection_NeedsInputs */
/** @typedef {{}} Noconnection_TokenInputs */
/** @typedef {{}} Node_Not_ConnectedInputs */
/** @typedef {{}} Node_Shape_TitleInputs */
/** @typedef {{}} Notice_DismissInputs */
/** @typedef {{ files: NonNullable<unknown> }} Notice_ExportedInputs */
/** @typedef {{}} Notice_Exported_TfjsInputs */
/** @typedef {{ what: NonNullable<unknown>, name: NonNullable<unknown> }} Notice_Imported_CodeInputs */
/** @typedef {{ path: NonNullable<unknown> }} Notice_OpenedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Notice_Opened_Keras_JsonInputs */
/** @typedef {{ file: NonNullable<unknown>, run: NonNullable<unknown> }} Notice_Opened_ModelInputs */
/** @typedef {{}} Notice_Repair_StoreInputs */
/** @typedef {{ path: NonNullable<unknown> }} Notice_SavedInputs */
/** @typedef {{}} Notice_The_Keras_CodeInputs */
/** @typedef {{ label: NonNullable<unknown> }} Number_InvalidInputs */
/** @typedef {{ label: NonNullable<unknown> }} Number_NeededInputs */
/** @typedef {{}} Overlay_BaselineInputs */
/** @typedef {{}} Overlay_Compared_BaselineInputs */
/** @typedef {{ name: NonNullable<unknown> }} Overlay_Compared_Baseline_NamedInputs */
/** @typedef {{}} Overlay_Compared_BeforeInputs */
/** @typedef {{ name: NonNullable<unknown> }} Overlay_Compared_Before_NamedInputs */
/** @typedef {{}} Overlay_Same_BaselineInputs */
/** @typedef {{}} Overlay_Same_BeforeInputs */
/** @typedef {{ changes: NonNullable<unknown> }} Overlay_Vs_BaselineInputs */
/** @typedef {{ changes: NonNullable<unknown> }} Overlay_Vs_BeforeInputs */
/** @typedef {{}} Palette_FilterInputs */
/** @typedef {{}} Palette_Filter_LabelInputs */
/** @typedef {{}} Palette_HintInputs */
/** @typedef {{}} Palette_TitleInputs */
/** @typedef {{}} Param_Activity_Regularizer_HelpInputs */
/** @typedef {{}} Param_Bias_Regularizer_HelpInputs */
/** @typedef {{}} Param_Kernel_Regularizer_HelpInputs */
/** @typedef {{ label: NonNullable<unknown> }} Param_Pair_HeightInputs */
/** @typedef {{ label: NonNullable<unknown> }} Param_Pair_WidthInputs */
/** @typedef {{}} Param_Pool_Strides_HelpInputs */
/** @typedef {{}} Param_Rate_HelpInputs */
/** @typedef {{}} Param_Regularizer_NoneInputs */
/** @typedef {{ label: NonNullable<unknown> }} Param_Regularizer_StrengthInputs */
/** @typedef {{}} Param_Same_As_Pool_SizeInputs */
/** @typedef {{}} Param_Shape_HelpInputs */
/** @typedef {{}} Param_Shape_ProblemInputs */
/** @typedef {{}} Predictions_CaptionInputs */
/** @typedef {{}} Predictions_CellsInputs */
/** @typedef {{}} Predictions_CountsInputs */
/** @typedef {{ epoch: NonNullable<unknown> }} Predictions_EpochInputs */
/** @typedef {{}} Predictions_ExamplesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Predictions_NoneInputs */
/** @typedef {{ split: NonNullable<unknown> }} Predictions_OnInputs */
/** @typedef {{}} Predictions_RatesInputs */
/** @typedef {{}} Predictions_RightInputs */
/** @typedef {{}} Predictions_SplitInputs */
/** @typedef {{}} Predictions_Test_SetInputs */
/** @typedef {{}} Predictions_TickInputs */
/** @typedef {{}} Predictions_WrongInputs */
/** @typedef {{}} Queue_NextInputs */
/** @typedef {{ place: NonNullable<unknown> }} Queue_PlaceInputs */
/** @typedef {{ loss: NonNullable<unknown>, epoch: NonNullable<unknown>, accuracy: NonNullable<unknown> }} Runbar_BestInputs */
/** @typedef {{ error: NonNullable<unknown> }} Runbar_Dataset_ProblemInputs */
/** @typedef {{}} Runbar_EmptyInputs */
/** @typedef {{ done: NonNullable<unknown>, planned: NonNullable<unknown> }} Runbar_EpochInputs */
/** @typedef {{}} Runbar_PauseInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runbar_ProblemsInputs */
/** @typedef {{ batch: NonNullable<unknown>, batches: NonNullable<unknown>, loss: NonNullable<unknown>, accuracy: NonNullable<unknown> }} Runbar_ProgressInputs */
/** @typedef {{ place: NonNullable<unknown> }} Runbar_Queued_PlaceInputs */
/** @typedef {{}} Runbar_ReadyInputs */
/** @typedef {{}} Runbar_ResumeInputs */
/** @typedef {{ epochs: NonNullable<unknown>, batch: NonNullable<unknown> }} Runbar_SettingsInputs */
/** @typedef {{}} Runbar_Settings_TitleInputs */
/** @typedef {{ train: NonNullable<unknown>, val: NonNullable<unknown>, backend: NonNullable<unknown> }} Runbar_StartedInputs */
/** @typedef {{}} Runbar_StopInputs */
/** @typedef {{}} Runbar_TrainInputs */
/** @typedef {{}} Runbar_Train_TitleInputs */
/** @typedef {{}} Runbar_WaitingInputs */
/** @typedef {{}} Runs_Acc_TitleInputs */
/** @typedef {{}} Runs_Baseline_StaysInputs */
/** @typedef {{}} Runs_ContinueInputs */
/** @typedef {{}} Runs_Continue_LabelInputs */
/** @typedef {{}} Runs_Continue_TitleInputs */
/** @typedef {{}} Runs_Delete_SureInputs */
/** @typedef {{}} Runs_Delete_TitleInputs */
/** @typedef {{}} Runs_EmptyInputs */
/** @typedef {{ done: NonNullable<unknown>, planned: NonNullable<unknown> }} Runs_EpochsInputs */
/** @typedef {{}} Runs_EvaluateInputs */
/** @typedef {{}} Runs_Evaluate_LabelInputs */
/** @typedef {{}} Runs_Evaluate_TitleInputs */
/** @typedef {{}} Runs_EvaluatingInputs */
/** @typedef {{}} Runs_ImportedInputs */
/** @typedef {{}} Runs_Inside_TitleInputs */
/** @typedef {{}} Runs_InspectInputs */
/** @typedef {{ name: NonNullable<unknown> }} Runs_Inspect_LabelInputs */
/** @typedef {{}} Runs_Inspect_TitleInputs */
/** @typedef {{}} Runs_LabInputs */
/** @typedef {{}} Runs_Lab_TitleInputs */
/** @typedef {{}} Runs_NameInputs */
/** @typedef {{ name: NonNullable<unknown> }} Runs_Name_TitleInputs */
/** @typedef {{}} Runs_No_Weights_ContinueInputs */
/** @typedef {{}} Runs_No_Weights_EvaluateInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_ParamsInputs */
/** @typedef {{}} Runs_PinInputs */
/** @typedef {{ name: NonNullable<unknown> }} Runs_Pin_LabelInputs */
/** @typedef {{}} Runs_Pin_TitleInputs */
/** @typedef {{}} Runs_RenameInputs */
/** @typedef {{ name: NonNullable<unknown> }} Runs_ShowInputs */
/** @typedef {{ epoch: NonNullable<unknown> }} Runs_Stopped_AtInputs */
/** @typedef {{ dataset: NonNullable<unknown> }} Runs_Test_OnInputs */
/** @typedef {{ loss: NonNullable<unknown>, count: NonNullable<unknown> }} Runs_Test_ResultInputs */
/** @typedef {{}} Runs_Test_SetInputs */
/** @typedef {{}} Runs_TickInputs */
/** @typedef {{}} Runs_TitleInputs */
/** @typedef {{}} Runs_UnpinInputs */
/** @typedef {{}} Runs_Unpin_LabelInputs */
/** @typedef {{}} Runs_Unpin_TitleInputs */
/** @typedef {{}} Status_CompletedInputs */
/** @typedef {{}} Status_Early_StoppedInputs */
/** @typedef {{}} Status_FailedInputs */
/** @typedef {{}} Status_InterruptedInputs */
/** @typedef {{}} Status_PausedInputs */
/** @typedef {{}} Status_QueuedInputs */
/** @typedef {{}} Status_RunningInputs */
/** @typedef {{}} Status_StoppedInputs */
/** @typedef {{}} Summary_HintInputs */
/** @typedef {{}} Summary_Key_CopyInputs */
/** @typedef {{}} Summary_Key_DeleteInputs */
/** @typedef {{}} Summary_Key_DuplicateInputs */
/** @typedef {{ key: NonNullable<unknown> }} Summary_Key_FindInputs */
/** @typedef {{}} Summary_Key_MoveInputs */
/** @typedef {{}} Summary_Key_SelectInputs */
/** @typedef {{}} Summary_Key_TrainInputs */
/** @typedef {{ key: NonNullable<unknown> }} Summary_Key_UndoInputs */
/** @typedef {{}} Summary_KeyboardInputs */
/** @typedef {{}} Summary_LabelInputs */
/** @typedef {{}} Tab_CodeInputs */
/** @typedef {{}} Tab_GridInputs */
/** @typedef {{ count: NonNullable<unknown> }} Tab_Grid_SweptInputs */
/** @typedef {{}} Tab_LayerInputs */
/** @typedef {{}} Tab_TrainingInputs */
/** @typedef {{}} Tabs_LabelInputs */
/** @typedef {{ dataset: NonNullable<unknown> }} Template_Dataset_NoteInputs */
/** @typedef {{}} Templatedialog_KeepInputs */
/** @typedef {{}} Templatedialog_NoteInputs */
/** @typedef {{}} Templatedialog_QuestionInputs */
/** @typedef {{}} Templatedialog_TemplatesInputs */
/** @typedef {{ template: NonNullable<unknown> }} Templatedialog_TitleInputs */
/** @typedef {{}} Templatedialog_UseInputs */
/** @typedef {{}} Templatedialog_YoursInputs */
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
/** @typedef {{}} Tpl_Cnn_BlurbInputs */
/** @typedef {{}} Tpl_Cnn_TitleInputs */
/** @typedef {{}} Tpl_Imdb_BlurbInputs */
/** @typedef {{}} Tpl_Logistic_BlurbInputs */
/** @typedef {{}} Tpl_Logistic_TitleInputs */
/** @typedef {{}} Tpl_Mlp16_BlurbInputs */
/** @typedef {{}} Tpl_Mlp16_TitleInputs */
/** @typedef {{}} Tpl_Mlp512_BlurbInputs */
/** @typedef {{}} Tpl_Moons_BlurbInputs */
/** @typedef {{}} Tpl_Moons_TitleInputs */
/** @typedef {{}} Training_Early_StoppingInputs */
/** @typedef {{}} Training_Fraction_Held_OutInputs */
/** @typedef {{}} Training_LabelInputs */
/** @typedef {{ value: NonNullable<unknown> }} Training_Lr_DefaultInputs */
/** @typedef {{}} Training_MoreInputs */
/** @typedef {{}} Training_Restore_BestInputs */
/** @typedef {{}} Training_Seed_RandomInputs */
/** @typedef {{}} Training_Shuffle_LabelsInputs */
/** @typedef {{}} Training_SubsetInputs */
/** @typedef {{}} Training_Subset_AllInputs */
/** @typedef {{}} Training_TitleInputs */
/** @typedef {{}} Training_ValidationInputs */
/** @typedef {{}} Training_Validation_DataInputs */
/** @typedef {{}} Training_Validation_SplitInputs */
/** @typedef {{}} Training_Validation_TestInputs */
/** @typedef {{}} Untitled_LabInputs */
/** @typedef {{ what: NonNullable<unknown>, layer: NonNullable<unknown> }} Weights_Curve_DescribeInputs */
/** @typedef {{}} Weights_GradInputs */
/** @typedef {{ layer: NonNullable<unknown>, epoch: NonNullable<unknown> }} Weights_Hist_DescribeInputs */
/** @typedef {{ layer: NonNullable<unknown>, epoch: NonNullable<unknown> }} Weights_Hist_TitleInputs */
/** @typedef {{}} Weights_HistogramInputs */
/** @typedef {{}} Weights_L1Inputs */
/** @typedef {{}} Weights_L2Inputs */
/** @typedef {{}} Weights_LayerInputs */
/** @typedef {{}} Weights_Log_TitleInputs */
/** @typedef {{}} Weights_NoneInputs */
/** @typedef {{}} Weights_OverInputs */
/** @typedef {{}} Weights_SparsityInputs */
/** @typedef {{}} Weights_Sparsity_DescribeInputs */
/** @typedef {{}} Weights_XInputs */
/** @typedef {{}} Weights_YInputs */
import * as __en from "./en.js"
import * as __zh_hans1 from "./zh-Hans.js"
import * as __zh_hant1 from "./zh-Hant.js"
import * as __en_xa2 from "./en-XA.js"
/**
* | output |
* | --- |
* | "{title}, per layer and run" |
*
* @param {Activations_Bars_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_bars_label = /** @type {((inputs: Activations_Bars_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_Bars_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_bars_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_bars_label(inputs)
	if (locale === "en-XA") return __en_xa2.activations_bars_label(inputs)
	return __en.activations_bars_label(inputs)
});
/**
* | output |
* | --- |
* | "Dead ReLUs" |
*
* @param {Activations_DeadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_dead = /** @type {((inputs?: Activations_DeadInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_DeadInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_dead(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_dead(inputs)
	if (locale === "en-XA") return __en_xa2.activations_dead(inputs)
	return __en.activations_dead(inputs)
});
/**
* | output |
* | --- |
* | "Dead ReLU units" |
*
* @param {Activations_Dead_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_dead_title = /** @type {((inputs?: Activations_Dead_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_Dead_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_dead_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_dead_title(inputs)
	if (locale === "en-XA") return __en_xa2.activations_dead_title(inputs)
	return __en.activations_dead_title(inputs)
});
/**
* | output |
* | --- |
* | "dead units" |
*
* @param {Activations_Dead_UnitsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_dead_units = /** @type {((inputs?: Activations_Dead_UnitsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_Dead_UnitsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_dead_units(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_dead_units(inputs)
	if (locale === "en-XA") return __en_xa2.activations_dead_units(inputs)
	return __en.activations_dead_units(inputs)
});
/**
* | output |
* | --- |
* | "{what} of {layer}'s outputs by epoch, a line per run" |
*
* @param {Activations_DescribeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_describe = /** @type {((inputs: Activations_DescribeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_DescribeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_describe(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_describe(inputs)
	if (locale === "en-XA") return __en_xa2.activations_describe(inputs)
	return __en.activations_describe(inputs)
});
/**
* | output |
* | --- |
* | "{what} of {layer} by epoch" |
*
* @param {Activations_History_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_history_title = /** @type {((inputs: Activations_History_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_History_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_history_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_history_title(inputs)
	if (locale === "en-XA") return __en_xa2.activations_history_title(inputs)
	return __en.activations_history_title(inputs)
});
/**
* | output |
* | --- |
* | "Layer by epoch" |
*
* @param {Activations_Layer_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_layer_label = /** @type {((inputs?: Activations_Layer_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_Layer_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_layer_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_layer_label(inputs)
	if (locale === "en-XA") return __en_xa2.activations_layer_label(inputs)
	return __en.activations_layer_label(inputs)
});
/**
* | output |
* | --- |
* | "mean ± std" |
*
* @param {Activations_Mean_StdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_mean_std = /** @type {((inputs?: Activations_Mean_StdInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_Mean_StdInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_mean_std(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_mean_std(inputs)
	if (locale === "en-XA") return __en_xa2.activations_mean_std(inputs)
	return __en.activations_mean_std(inputs)
});
/**
* | output |
* | --- |
* | "The ticked runs recorded no activations." |
*
* @param {Activations_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_none = /** @type {((inputs?: Activations_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_none(inputs)
	if (locale === "en-XA") return __en_xa2.activations_none(inputs)
	return __en.activations_none(inputs)
});
/**
* | output |
* | --- |
* | "of" |
*
* @param {Activations_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_of = /** @type {((inputs?: Activations_OfInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_OfInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_of(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_of(inputs)
	if (locale === "en-XA") return __en_xa2.activations_of(inputs)
	return __en.activations_of(inputs)
});
/**
* | output |
* | --- |
* | "Spread (std)" |
*
* @param {Activations_SpreadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_spread = /** @type {((inputs?: Activations_SpreadInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_SpreadInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_spread(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_spread(inputs)
	if (locale === "en-XA") return __en_xa2.activations_spread(inputs)
	return __en.activations_spread(inputs)
});
/**
* | output |
* | --- |
* | "Mean ± std of each layer's outputs" |
*
* @param {Activations_Spread_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_spread_title = /** @type {((inputs?: Activations_Spread_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_Spread_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_spread_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_spread_title(inputs)
	if (locale === "en-XA") return __en_xa2.activations_spread_title(inputs)
	return __en.activations_spread_title(inputs)
});
/**
* | output |
* | --- |
* | "Statistic by epoch" |
*
* @param {Activations_Stat_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_stat_label = /** @type {((inputs?: Activations_Stat_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_Stat_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_stat_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_stat_label(inputs)
	if (locale === "en-XA") return __en_xa2.activations_stat_label(inputs)
	return __en.activations_stat_label(inputs)
});
/**
* | output |
* | --- |
* | "std of outputs" |
*
* @param {Activations_StdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_std = /** @type {((inputs?: Activations_StdInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_StdInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_std(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_std(inputs)
	if (locale === "en-XA") return __en_xa2.activations_std(inputs)
	return __en.activations_std(inputs)
});
/**
* | output |
* | --- |
* | "Tick a run to see its activations." |
*
* @param {Activations_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const activations_tick = /** @type {((inputs?: Activations_TickInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activations_TickInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.activations_tick(inputs)
	if (locale === "zh-Hant") return __zh_hant1.activations_tick(inputs)
	if (locale === "en-XA") return __en_xa2.activations_tick(inputs)
	return __en.activations_tick(inputs)
});
/**
* | output |
* | --- |
* | "in the model's units: 0 black, 1 white" |
*
* @param {Aug_Cval_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_cval_help = /** @type {((inputs?: Aug_Cval_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Cval_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_cval_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_cval_help(inputs)
	if (locale === "en-XA") return __en_xa2.aug_cval_help(inputs)
	return __en.aug_cval_help(inputs)
});
/**
* | output |
* | --- |
* | "fills with cval (kkk\|abcd\|kkk)" |
*
* @param {Aug_Fill_ConstantInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_constant = /** @type {((inputs?: Aug_Fill_ConstantInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Fill_ConstantInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_fill_constant(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_fill_constant(inputs)
	if (locale === "en-XA") return __en_xa2.aug_fill_constant(inputs)
	return __en.aug_fill_constant(inputs)
});
/**
* | output |
* | --- |
* | "fill mode" |
*
* @param {Aug_Fill_ModeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_mode = /** @type {((inputs?: Aug_Fill_ModeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Fill_ModeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_fill_mode(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_fill_mode(inputs)
	if (locale === "en-XA") return __en_xa2.aug_fill_mode(inputs)
	return __en.aug_fill_mode(inputs)
});
/**
* | output |
* | --- |
* | "repeats the edge pixels (aaa\|abcd\|ddd)" |
*
* @param {Aug_Fill_NearestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_nearest = /** @type {((inputs?: Aug_Fill_NearestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Fill_NearestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_fill_nearest(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_fill_nearest(inputs)
	if (locale === "en-XA") return __en_xa2.aug_fill_nearest(inputs)
	return __en.aug_fill_nearest(inputs)
});
/**
* | output |
* | --- |
* | "mirrors the image (cba\|abcd\|dcb)" |
*
* @param {Aug_Fill_ReflectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_reflect = /** @type {((inputs?: Aug_Fill_ReflectInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Fill_ReflectInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_fill_reflect(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_fill_reflect(inputs)
	if (locale === "en-XA") return __en_xa2.aug_fill_reflect(inputs)
	return __en.aug_fill_reflect(inputs)
});
/**
* | output |
* | --- |
* | "fill value" |
*
* @param {Aug_Fill_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_value = /** @type {((inputs?: Aug_Fill_ValueInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Fill_ValueInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_fill_value(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_fill_value(inputs)
	if (locale === "en-XA") return __en_xa2.aug_fill_value(inputs)
	return __en.aug_fill_value(inputs)
});
/**
* | output |
* | --- |
* | "repeats the image (abc\|abcd\|bcd: scipy overlaps the ends)" |
*
* @param {Aug_Fill_WrapInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_fill_wrap = /** @type {((inputs?: Aug_Fill_WrapInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Fill_WrapInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_fill_wrap(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_fill_wrap(inputs)
	if (locale === "en-XA") return __en_xa2.aug_fill_wrap(inputs)
	return __en.aug_fill_wrap(inputs)
});
/**
* | output |
* | --- |
* | "flip left-right" |
*
* @param {Aug_Flip_LrInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_flip_lr = /** @type {((inputs?: Aug_Flip_LrInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Flip_LrInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_flip_lr(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_flip_lr(inputs)
	if (locale === "en-XA") return __en_xa2.aug_flip_lr(inputs)
	return __en.aug_flip_lr(inputs)
});
/**
* | output |
* | --- |
* | "flip upside down" |
*
* @param {Aug_Flip_UdInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_flip_ud = /** @type {((inputs?: Aug_Flip_UdInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Flip_UdInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_flip_ud(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_flip_ud(inputs)
	if (locale === "en-XA") return __en_xa2.aug_flip_ud(inputs)
	return __en.aug_flip_ud(inputs)
});
/**
* | output |
* | --- |
* | "height shift" |
*
* @param {Aug_Height_ShiftInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_height_shift = /** @type {((inputs?: Aug_Height_ShiftInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Height_ShiftInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_height_shift(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_height_shift(inputs)
	if (locale === "en-XA") return __en_xa2.aug_height_shift(inputs)
	return __en.aug_height_shift(inputs)
});
/**
* | output |
* | --- |
* | "fraction of the height (< 1) or pixels; Keras moves the image sideways for it" |
*
* @param {Aug_Height_Shift_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_height_shift_help = /** @type {((inputs?: Aug_Height_Shift_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Height_Shift_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_height_shift_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_height_shift_help(inputs)
	if (locale === "en-XA") return __en_xa2.aug_height_shift_help(inputs)
	return __en.aug_height_shift_help(inputs)
});
/**
* | output |
* | --- |
* | "Augmentation settings" |
*
* @param {Aug_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_label = /** @type {((inputs?: Aug_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_label(inputs)
	if (locale === "en-XA") return __en_xa2.aug_label(inputs)
	return __en.aug_label(inputs)
});
/**
* | output |
* | --- |
* | "Augmentation transforms images; {title} examples are {shape}, so it does not apply here." |
*
* @param {Aug_Not_ImagesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_not_images = /** @type {((inputs: Aug_Not_ImagesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Not_ImagesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_not_images(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_not_images(inputs)
	if (locale === "en-XA") return __en_xa2.aug_not_images(inputs)
	return __en.aug_not_images(inputs)
});
/**
* | output |
* | --- |
* | "augment the training images" |
*
* @param {Aug_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_on = /** @type {((inputs?: Aug_OnInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_OnInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_on(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_on(inputs)
	if (locale === "en-XA") return __en_xa2.aug_on(inputs)
	return __en.aug_on(inputs)
});
/**
* | output |
* | --- |
* | "rotation°" |
*
* @param {Aug_RotationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_rotation = /** @type {((inputs?: Aug_RotationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_RotationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_rotation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_rotation(inputs)
	if (locale === "en-XA") return __en_xa2.aug_rotation(inputs)
	return __en.aug_rotation(inputs)
});
/**
* | output |
* | --- |
* | "a random angle in ±r degrees" |
*
* @param {Aug_Rotation_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_rotation_help = /** @type {((inputs?: Aug_Rotation_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Rotation_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_rotation_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_rotation_help(inputs)
	if (locale === "en-XA") return __en_xa2.aug_rotation_help(inputs)
	return __en.aug_rotation_help(inputs)
});
/**
* | output |
* | --- |
* | "shear°" |
*
* @param {Aug_ShearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_shear = /** @type {((inputs?: Aug_ShearInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_ShearInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_shear(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_shear(inputs)
	if (locale === "en-XA") return __en_xa2.aug_shear(inputs)
	return __en.aug_shear(inputs)
});
/**
* | output |
* | --- |
* | "a random shear angle in ±s degrees" |
*
* @param {Aug_Shear_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_shear_help = /** @type {((inputs?: Aug_Shear_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Shear_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_shear_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_shear_help(inputs)
	if (locale === "en-XA") return __en_xa2.aug_shear_help(inputs)
	return __en.aug_shear_help(inputs)
});
/**
* | output |
* | --- |
* | "Augmentation" |
*
* @param {Aug_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_title = /** @type {((inputs?: Aug_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_title(inputs)
	if (locale === "en-XA") return __en_xa2.aug_title(inputs)
	return __en.aug_title(inputs)
});
/**
* | output |
* | --- |
* | "Turn augmentation off" |
*
* @param {Aug_Turn_OffInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_turn_off = /** @type {((inputs?: Aug_Turn_OffInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Turn_OffInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_turn_off(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_turn_off(inputs)
	if (locale === "en-XA") return __en_xa2.aug_turn_off(inputs)
	return __en.aug_turn_off(inputs)
});
/**
* | output |
* | --- |
* | "width shift" |
*
* @param {Aug_Width_ShiftInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_width_shift = /** @type {((inputs?: Aug_Width_ShiftInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Width_ShiftInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_width_shift(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_width_shift(inputs)
	if (locale === "en-XA") return __en_xa2.aug_width_shift(inputs)
	return __en.aug_width_shift(inputs)
});
/**
* | output |
* | --- |
* | "fraction of the width (< 1) or pixels; Keras moves the image up and down for it" |
*
* @param {Aug_Width_Shift_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_width_shift_help = /** @type {((inputs?: Aug_Width_Shift_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Width_Shift_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_width_shift_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_width_shift_help(inputs)
	if (locale === "en-XA") return __en_xa2.aug_width_shift_help(inputs)
	return __en.aug_width_shift_help(inputs)
});
/**
* | output |
* | --- |
* | "zoom" |
*
* @param {Aug_ZoomInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_zoom = /** @type {((inputs?: Aug_ZoomInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_ZoomInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_zoom(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_zoom(inputs)
	if (locale === "en-XA") return __en_xa2.aug_zoom(inputs)
	return __en.aug_zoom(inputs)
});
/**
* | output |
* | --- |
* | "scale by 1 ± z, each axis on its own" |
*
* @param {Aug_Zoom_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const aug_zoom_help = /** @type {((inputs?: Aug_Zoom_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Aug_Zoom_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.aug_zoom_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.aug_zoom_help(inputs)
	if (locale === "en-XA") return __en_xa2.aug_zoom_help(inputs)
	return __en.aug_zoom_help(inputs)
});
/**
* | output |
* | --- |
* | "Another sample" |
*
* @param {Augpreview_AnotherInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_another = /** @type {((inputs?: Augpreview_AnotherInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Augpreview_AnotherInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.augpreview_another(inputs)
	if (locale === "zh-Hant") return __zh_hant1.augpreview_another(inputs)
	if (locale === "en-XA") return __en_xa2.augpreview_another(inputs)
	return __en.augpreview_another(inputs)
});
/**
* | output |
* | --- |
* | "augmented" |
*
* @param {Augpreview_AugmentedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_augmented = /** @type {((inputs?: Augpreview_AugmentedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Augpreview_AugmentedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.augpreview_augmented(inputs)
	if (locale === "zh-Hant") return __zh_hant1.augpreview_augmented(inputs)
	if (locale === "en-XA") return __en_xa2.augpreview_augmented(inputs)
	return __en.augpreview_augmented(inputs)
});
/**
* | output |
* | --- |
* | "Original, then augmented versions" |
*
* @param {Augpreview_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_hint = /** @type {((inputs?: Augpreview_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Augpreview_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.augpreview_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.augpreview_hint(inputs)
	if (locale === "en-XA") return __en_xa2.augpreview_hint(inputs)
	return __en.augpreview_hint(inputs)
});
/**
* | output |
* | --- |
* | "Augmentation preview" |
*
* @param {Augpreview_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_label = /** @type {((inputs?: Augpreview_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Augpreview_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.augpreview_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.augpreview_label(inputs)
	if (locale === "en-XA") return __en_xa2.augpreview_label(inputs)
	return __en.augpreview_label(inputs)
});
/**
* | output |
* | --- |
* | "Loading the first training images…" |
*
* @param {Augpreview_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_loading = /** @type {((inputs?: Augpreview_LoadingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Augpreview_LoadingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.augpreview_loading(inputs)
	if (locale === "zh-Hant") return __zh_hant1.augpreview_loading(inputs)
	if (locale === "en-XA") return __en_xa2.augpreview_loading(inputs)
	return __en.augpreview_loading(inputs)
});
/**
* | output |
* | --- |
* | "original" |
*
* @param {Augpreview_OriginalInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const augpreview_original = /** @type {((inputs?: Augpreview_OriginalInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Augpreview_OriginalInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.augpreview_original(inputs)
	if (locale === "zh-Hant") return __zh_hant1.augpreview_original(inputs)
	if (locale === "en-XA") return __en_xa2.augpreview_original(inputs)
	return __en.augpreview_original(inputs)
});
/**
* | output |
* | --- |
* | "Browser host" |
*
* @param {Badge_BrowserInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_browser = /** @type {((inputs?: Badge_BrowserInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_BrowserInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_browser(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_browser(inputs)
	if (locale === "en-XA") return __en_xa2.badge_browser(inputs)
	return __en.badge_browser(inputs)
});
/**
* | output |
* | --- |
* | "Checking the compute backend…" |
*
* @param {Badge_CheckingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_checking = /** @type {((inputs?: Badge_CheckingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_CheckingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_checking(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_checking(inputs)
	if (locale === "en-XA") return __en_xa2.badge_checking(inputs)
	return __en.badge_checking(inputs)
});
/**
* | output |
* | --- |
* | "Desktop app" |
*
* @param {Badge_DesktopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_desktop = /** @type {((inputs?: Badge_DesktopInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_DesktopInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_desktop(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_desktop(inputs)
	if (locale === "en-XA") return __en_xa2.badge_desktop(inputs)
	return __en.badge_desktop(inputs)
});
/**
* | output |
* | --- |
* | "Faster options not used:" |
*
* @param {Badge_Faster_Not_UsedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_faster_not_used = /** @type {((inputs?: Badge_Faster_Not_UsedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_Faster_Not_UsedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_faster_not_used(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_faster_not_used(inputs)
	if (locale === "en-XA") return __en_xa2.badge_faster_not_used(inputs)
	return __en.badge_faster_not_used(inputs)
});
/**
* | output |
* | --- |
* | "This is the fastest backend LayerLab knows." |
*
* @param {Badge_FastestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_fastest = /** @type {((inputs?: Badge_FastestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_FastestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_fastest(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_fastest(inputs)
	if (locale === "en-XA") return __en_xa2.badge_fastest(inputs)
	return __en.badge_fastest(inputs)
});
/**
* | output |
* | --- |
* | "Reconnecting to the LayerLab server…" |
*
* @param {Badge_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_reconnecting = /** @type {((inputs?: Badge_ReconnectingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_ReconnectingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_reconnecting(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_reconnecting(inputs)
	if (locale === "en-XA") return __en_xa2.badge_reconnecting(inputs)
	return __en.badge_reconnecting(inputs)
});
/**
* | output |
* | --- |
* | "Trains on {backend}: the compute backend the trainer uses" |
*
* @param {Badge_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_title = /** @type {((inputs: Badge_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_title(inputs)
	if (locale === "en-XA") return __en_xa2.badge_title(inputs)
	return __en.badge_title(inputs)
});
/**
* | output |
* | --- |
* | "Trains on" |
*
* @param {Badge_Trains_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_trains_on = /** @type {((inputs?: Badge_Trains_OnInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_Trains_OnInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_trains_on(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_trains_on(inputs)
	if (locale === "en-XA") return __en_xa2.badge_trains_on(inputs)
	return __en.badge_trains_on(inputs)
});
/**
* | output |
* | --- |
* | "Classes" |
*
* @param {Boundary_ClassesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_classes = /** @type {((inputs?: Boundary_ClassesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Boundary_ClassesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.boundary_classes(inputs)
	if (locale === "zh-Hant") return __zh_hant1.boundary_classes(inputs)
	if (locale === "en-XA") return __en_xa2.boundary_classes(inputs)
	return __en.boundary_classes(inputs)
});
/**
* | output |
* | --- |
* | "pale: the model hesitates · strong: it is sure" |
*
* @param {Boundary_KeyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_key = /** @type {((inputs?: Boundary_KeyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Boundary_KeyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.boundary_key(inputs)
	if (locale === "zh-Hant") return __zh_hant1.boundary_key(inputs)
	if (locale === "en-XA") return __en_xa2.boundary_key(inputs)
	return __en.boundary_key(inputs)
});
/**
* | output |
* | --- |
* | "Decision boundary" |
*
* @param {Boundary_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_label = /** @type {((inputs?: Boundary_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Boundary_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.boundary_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.boundary_label(inputs)
	if (locale === "en-XA") return __en_xa2.boundary_label(inputs)
	return __en.boundary_label(inputs)
});
/**
* | output |
* | --- |
* | "The decision boundary is drawn for models that take 2 inputs (the generated 2-D sets, a 2-column CSV); tick such a run to see it." |
*
* @param {Boundary_None_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_none_tick = /** @type {((inputs?: Boundary_None_TickInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Boundary_None_TickInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.boundary_none_tick(inputs)
	if (locale === "zh-Hant") return __zh_hant1.boundary_none_tick(inputs)
	if (locale === "en-XA") return __en_xa2.boundary_none_tick(inputs)
	return __en.boundary_none_tick(inputs)
});
/**
* | output |
* | --- |
* | "The decision boundary is drawn for models that take 2 inputs (the generated 2-D sets, a 2-column CSV); no ticked run has one." |
*
* @param {Boundary_None_TickedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_none_ticked = /** @type {((inputs?: Boundary_None_TickedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Boundary_None_TickedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.boundary_none_ticked(inputs)
	if (locale === "zh-Hant") return __zh_hant1.boundary_none_ticked(inputs)
	if (locale === "en-XA") return __en_xa2.boundary_none_ticked(inputs)
	return __en.boundary_none_ticked(inputs)
});
/**
* | output |
* | --- |
* | "Decision boundary of {name} at epoch {epoch}: the predicted class over the input plane, with the training points" |
*
* @param {Boundary_Plot_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const boundary_plot_label = /** @type {((inputs: Boundary_Plot_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Boundary_Plot_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.boundary_plot_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.boundary_plot_label(inputs)
	if (locale === "en-XA") return __en_xa2.boundary_plot_label(inputs)
	return __en.boundary_plot_label(inputs)
});
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {CancelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cancel = /** @type {((inputs?: CancelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<CancelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cancel(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cancel(inputs)
	if (locale === "en-XA") return __en_xa2.cancel(inputs)
	return __en.cancel(inputs)
});
/**
* | output |
* | --- |
* | "Drag layers here from the palette, or pick one of the {key}." |
*
* @param {Canvas_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const canvas_empty = /** @type {((inputs: Canvas_EmptyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Canvas_EmptyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.canvas_empty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.canvas_empty(inputs)
	if (locale === "en-XA") return __en_xa2.canvas_empty(inputs)
	return __en.canvas_empty(inputs)
});
/**
* | output |
* | --- |
* | "Model graph. Arrow keys move between layers, Delete removes, Alt+arrows reorder." |
*
* @param {Canvas_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const canvas_label = /** @type {((inputs?: Canvas_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Canvas_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.canvas_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.canvas_label(inputs)
	if (locale === "en-XA") return __en_xa2.canvas_label(inputs)
	return __en.canvas_label(inputs)
});
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
export const canvas_layers = /** @type {((inputs: Canvas_LayersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Canvas_LayersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.canvas_layers(inputs)
	if (locale === "zh-Hant") return __zh_hant1.canvas_layers(inputs)
	if (locale === "en-XA") return __en_xa2.canvas_layers(inputs)
	return __en.canvas_layers(inputs)
});
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
export const canvas_parameters = /** @type {((inputs: Canvas_ParametersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Canvas_ParametersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.canvas_parameters(inputs)
	if (locale === "zh-Hant") return __zh_hant1.canvas_parameters(inputs)
	if (locale === "en-XA") return __en_xa2.canvas_parameters(inputs)
	return __en.canvas_parameters(inputs)
});
/**
* | output |
* | --- |
* | "the model's layers and connections" |
*
* @param {Canvas_StructureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const canvas_structure = /** @type {((inputs?: Canvas_StructureInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Canvas_StructureInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.canvas_structure(inputs)
	if (locale === "zh-Hant") return __zh_hant1.canvas_structure(inputs)
	if (locale === "en-XA") return __en_xa2.canvas_structure(inputs)
	return __en.canvas_structure(inputs)
});
/**
* | output |
* | --- |
* | "Accuracy" |
*
* @param {Chart_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_accuracy = /** @type {((inputs?: Chart_AccuracyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_AccuracyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_accuracy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_accuracy(inputs)
	if (locale === "en-XA") return __en_xa2.chart_accuracy(inputs)
	return __en.chart_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "epoch" |
*
* @param {Chart_Axis_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_axis_epoch = /** @type {((inputs?: Chart_Axis_EpochInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Axis_EpochInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_axis_epoch(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_axis_epoch(inputs)
	if (locale === "en-XA") return __en_xa2.chart_axis_epoch(inputs)
	return __en.chart_axis_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Boundary" |
*
* @param {Chart_BoundaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_boundary = /** @type {((inputs?: Chart_BoundaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_BoundaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_boundary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_boundary(inputs)
	if (locale === "en-XA") return __en_xa2.chart_boundary(inputs)
	return __en.chart_boundary(inputs)
});
/**
* | output |
* | --- |
* | "Training curves; the numbers are in the runs list." |
*
* @param {Chart_Canvas_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_canvas_fallback = /** @type {((inputs?: Chart_Canvas_FallbackInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Canvas_FallbackInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_canvas_fallback(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_canvas_fallback(inputs)
	if (locale === "en-XA") return __en_xa2.chart_canvas_fallback(inputs)
	return __en.chart_canvas_fallback(inputs)
});
/**
* | output |
* | --- |
* | "{title} per epoch: training solid, validation dashed" |
*
* @param {Chart_Canvas_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_canvas_label = /** @type {((inputs: Chart_Canvas_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Canvas_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_canvas_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_canvas_label(inputs)
	if (locale === "en-XA") return __en_xa2.chart_canvas_label(inputs)
	return __en.chart_canvas_label(inputs)
});
/**
* | output |
* | --- |
* | "Press {key} to watch the training and validation curves, or tick runs in the list to compare them." |
*
* @param {Chart_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_empty = /** @type {((inputs: Chart_EmptyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_EmptyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_empty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_empty(inputs)
	if (locale === "en-XA") return __en_xa2.chart_empty(inputs)
	return __en.chart_empty(inputs)
});
/**
* | output |
* | --- |
* | "Enlarge" |
*
* @param {Chart_EnlargeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_enlarge = /** @type {((inputs?: Chart_EnlargeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_EnlargeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_enlarge(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_enlarge(inputs)
	if (locale === "en-XA") return __en_xa2.chart_enlarge(inputs)
	return __en.chart_enlarge(inputs)
});
/**
* | output |
* | --- |
* | "Enlarge the {title} chart" |
*
* @param {Chart_Enlarge_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_enlarge_label = /** @type {((inputs: Chart_Enlarge_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Enlarge_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_enlarge_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_enlarge_label(inputs)
	if (locale === "en-XA") return __en_xa2.chart_enlarge_label(inputs)
	return __en.chart_enlarge_label(inputs)
});
/**
* | output |
* | --- |
* | "Show this chart over most of the window" |
*
* @param {Chart_Enlarge_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_enlarge_title = /** @type {((inputs?: Chart_Enlarge_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Enlarge_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_enlarge_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_enlarge_title(inputs)
	if (locale === "en-XA") return __en_xa2.chart_enlarge_title(inputs)
	return __en.chart_enlarge_title(inputs)
});
/**
* | output |
* | --- |
* | "{title} chart, enlarged" |
*
* @param {Chart_EnlargedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_enlarged = /** @type {((inputs: Chart_EnlargedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_EnlargedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_enlarged(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_enlarged(inputs)
	if (locale === "en-XA") return __en_xa2.chart_enlarged(inputs)
	return __en.chart_enlarged(inputs)
});
/**
* | output |
* | --- |
* | "best epoch (lowest val_loss)" |
*
* @param {Chart_Export_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_export_best = /** @type {((inputs?: Chart_Export_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Export_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_export_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_export_best(inputs)
	if (locale === "en-XA") return __en_xa2.chart_export_best(inputs)
	return __en.chart_export_best(inputs)
});
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Chart_Export_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_export_early_stopping = /** @type {((inputs?: Chart_Export_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Export_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_export_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_export_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.chart_export_early_stopping(inputs)
	return __en.chart_export_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "L1/L2 penalty (lines above: data loss)" |
*
* @param {Chart_Export_PenaltyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_export_penalty = /** @type {((inputs?: Chart_Export_PenaltyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Export_PenaltyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_export_penalty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_export_penalty(inputs)
	if (locale === "en-XA") return __en_xa2.chart_export_penalty(inputs)
	return __en.chart_export_penalty(inputs)
});
/**
* | output |
* | --- |
* | "Inside:" |
*
* @param {Chart_InsideInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_inside = /** @type {((inputs?: Chart_InsideInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_InsideInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_inside(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_inside(inputs)
	if (locale === "en-XA") return __en_xa2.chart_inside(inputs)
	return __en.chart_inside(inputs)
});
/**
* | output |
* | --- |
* | "best val_loss" |
*
* @param {Chart_Key_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_key_best = /** @type {((inputs?: Chart_Key_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Key_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_key_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_key_best(inputs)
	if (locale === "en-XA") return __en_xa2.chart_key_best(inputs)
	return __en.chart_key_best(inputs)
});
/**
* | output |
* | --- |
* | "penalty" |
*
* @param {Chart_Key_PenaltyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_key_penalty = /** @type {((inputs?: Chart_Key_PenaltyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Key_PenaltyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_key_penalty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_key_penalty(inputs)
	if (locale === "en-XA") return __en_xa2.chart_key_penalty(inputs)
	return __en.chart_key_penalty(inputs)
});
/**
* | output |
* | --- |
* | "training" |
*
* @param {Chart_Key_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_key_training = /** @type {((inputs?: Chart_Key_TrainingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Key_TrainingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_key_training(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_key_training(inputs)
	if (locale === "en-XA") return __en_xa2.chart_key_training(inputs)
	return __en.chart_key_training(inputs)
});
/**
* | output |
* | --- |
* | "validation" |
*
* @param {Chart_Key_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_key_validation = /** @type {((inputs?: Chart_Key_ValidationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Key_ValidationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_key_validation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_key_validation(inputs)
	if (locale === "en-XA") return __en_xa2.chart_key_validation(inputs)
	return __en.chart_key_validation(inputs)
});
/**
* | output |
* | --- |
* | "Legend" |
*
* @param {Chart_LegendInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_legend = /** @type {((inputs?: Chart_LegendInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_LegendInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_legend(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_legend(inputs)
	if (locale === "en-XA") return __en_xa2.chart_legend(inputs)
	return __en.chart_legend(inputs)
});
/**
* | output |
* | --- |
* | "Log scale" |
*
* @param {Chart_LogInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_log = /** @type {((inputs?: Chart_LogInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_LogInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_log(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_log(inputs)
	if (locale === "en-XA") return __en_xa2.chart_log(inputs)
	return __en.chart_log(inputs)
});
/**
* | output |
* | --- |
* | "The loss on a logarithmic axis" |
*
* @param {Chart_Log_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_log_title = /** @type {((inputs?: Chart_Log_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Log_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_log_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_log_title(inputs)
	if (locale === "en-XA") return __en_xa2.chart_log_title(inputs)
	return __en.chart_log_title(inputs)
});
/**
* | output |
* | --- |
* | "Loss" |
*
* @param {Chart_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_loss = /** @type {((inputs?: Chart_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_loss(inputs)
	if (locale === "en-XA") return __en_xa2.chart_loss(inputs)
	return __en.chart_loss(inputs)
});
/**
* | output |
* | --- |
* | "No run here has an L1/L2 penalty: the data loss is the whole loss." |
*
* @param {Chart_No_PenaltyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_no_penalty = /** @type {((inputs?: Chart_No_PenaltyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_No_PenaltyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_no_penalty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_no_penalty(inputs)
	if (locale === "en-XA") return __en_xa2.chart_no_penalty(inputs)
	return __en.chart_no_penalty(inputs)
});
/**
* | output |
* | --- |
* | "Lines: data loss. Dotted: the L1/L2 penalty, which Keras' loss and val_loss include." |
*
* @param {Chart_Penalty_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_penalty_note = /** @type {((inputs?: Chart_Penalty_NoteInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Penalty_NoteInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_penalty_note(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_penalty_note(inputs)
	if (locale === "en-XA") return __en_xa2.chart_penalty_note(inputs)
	return __en.chart_penalty_note(inputs)
});
/**
* | output |
* | --- |
* | "Save this chart as a PNG image for a report (1600 px wide, with title and legend)" |
*
* @param {Chart_Png_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_png_title = /** @type {((inputs?: Chart_Png_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Png_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_png_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_png_title(inputs)
	if (locale === "en-XA") return __en_xa2.chart_png_title(inputs)
	return __en.chart_png_title(inputs)
});
/**
* | output |
* | --- |
* | "Predictions" |
*
* @param {Chart_PredictionsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_predictions = /** @type {((inputs?: Chart_PredictionsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_PredictionsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_predictions(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_predictions(inputs)
	if (locale === "en-XA") return __en_xa2.chart_predictions(inputs)
	return __en.chart_predictions(inputs)
});
/**
* | output |
* | --- |
* | "Training curves" |
*
* @param {Chart_SectionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_section = /** @type {((inputs?: Chart_SectionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_SectionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_section(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_section(inputs)
	if (locale === "en-XA") return __en_xa2.chart_section(inputs)
	return __en.chart_section(inputs)
});
/**
* | output |
* | --- |
* | "Split the penalty" |
*
* @param {Chart_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_split = /** @type {((inputs?: Chart_SplitInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_SplitInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_split(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_split(inputs)
	if (locale === "en-XA") return __en_xa2.chart_split(inputs)
	return __en.chart_split(inputs)
});
/**
* | output |
* | --- |
* | "Draw the loss without the L1/L2 penalty (solid and dashed) and the penalty alone (dotted)" |
*
* @param {Chart_Split_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_split_title = /** @type {((inputs?: Chart_Split_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Split_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_split_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_split_title(inputs)
	if (locale === "en-XA") return __en_xa2.chart_split_title(inputs)
	return __en.chart_split_title(inputs)
});
/**
* | output |
* | --- |
* | "Validation only" |
*
* @param {Chart_Validation_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_validation_only = /** @type {((inputs?: Chart_Validation_OnlyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Validation_OnlyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_validation_only(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_validation_only(inputs)
	if (locale === "en-XA") return __en_xa2.chart_validation_only(inputs)
	return __en.chart_validation_only(inputs)
});
/**
* | output |
* | --- |
* | "Hide the training curves" |
*
* @param {Chart_Validation_Only_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_validation_only_title = /** @type {((inputs?: Chart_Validation_Only_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Validation_Only_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_validation_only_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_validation_only_title(inputs)
	if (locale === "en-XA") return __en_xa2.chart_validation_only_title(inputs)
	return __en.chart_validation_only_title(inputs)
});
/**
* | output |
* | --- |
* | "Chart view" |
*
* @param {Chart_ViewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_view = /** @type {((inputs?: Chart_ViewInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_ViewInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_view(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_view(inputs)
	if (locale === "en-XA") return __en_xa2.chart_view(inputs)
	return __en.chart_view(inputs)
});
/**
* | output |
* | --- |
* | "Weights" |
*
* @param {Chart_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const chart_weights = /** @type {((inputs?: Chart_WeightsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_WeightsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.chart_weights(inputs)
	if (locale === "zh-Hant") return __zh_hant1.chart_weights(inputs)
	if (locale === "en-XA") return __en_xa2.chart_weights(inputs)
	return __en.chart_weights(inputs)
});
/**
* | output |
* | --- |
* | "Downloaded {name} into {dir}" |
*
* @param {Cli_Datasets_DownloadedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_downloaded = /** @type {((inputs: Cli_Datasets_DownloadedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Datasets_DownloadedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_datasets_downloaded(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_datasets_downloaded(inputs)
	if (locale === "en-XA") return __en_xa2.cli_datasets_downloaded(inputs)
	return __en.cli_datasets_downloaded(inputs)
});
/**
* | output |
* | --- |
* | "found in {dir}" |
*
* @param {Cli_Datasets_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_found = /** @type {((inputs: Cli_Datasets_FoundInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Datasets_FoundInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_datasets_found(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_datasets_found(inputs)
	if (locale === "en-XA") return __en_xa2.cli_datasets_found(inputs)
	return __en.cli_datasets_found(inputs)
});
/**
* | output |
* | --- |
* | "missing: {hint}" |
*
* @param {Cli_Datasets_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_missing = /** @type {((inputs: Cli_Datasets_MissingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Datasets_MissingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_datasets_missing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_datasets_missing(inputs)
	if (locale === "en-XA") return __en_xa2.cli_datasets_missing(inputs)
	return __en.cli_datasets_missing(inputs)
});
/**
* | output |
* | --- |
* | "Searched, in order: {dirs}" |
*
* @param {Cli_Datasets_SearchedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_searched = /** @type {((inputs: Cli_Datasets_SearchedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Datasets_SearchedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_datasets_searched(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_datasets_searched(inputs)
	if (locale === "en-XA") return __en_xa2.cli_datasets_searched(inputs)
	return __en.cli_datasets_searched(inputs)
});
/**
* | output |
* | --- |
* | "Synthetic sets (synthetic:spirals, moons, circles, xor) need no files." |
*
* @param {Cli_Datasets_SyntheticInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_datasets_synthetic = /** @type {((inputs?: Cli_Datasets_SyntheticInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Datasets_SyntheticInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_datasets_synthetic(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_datasets_synthetic(inputs)
	if (locale === "en-XA") return __en_xa2.cli_datasets_synthetic(inputs)
	return __en.cli_datasets_synthetic(inputs)
});
/**
* | output |
* | --- |
* | "backend" |
*
* @param {Cli_Runs_BackendInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_backend = /** @type {((inputs?: Cli_Runs_BackendInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Runs_BackendInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_runs_backend(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_runs_backend(inputs)
	if (locale === "en-XA") return __en_xa2.cli_runs_backend(inputs)
	return __en.cli_runs_backend(inputs)
});
/**
* | output |
* | --- |
* | "created" |
*
* @param {Cli_Runs_CreatedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_created = /** @type {((inputs?: Cli_Runs_CreatedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Runs_CreatedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_runs_created(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_runs_created(inputs)
	if (locale === "en-XA") return __en_xa2.cli_runs_created(inputs)
	return __en.cli_runs_created(inputs)
});
/**
* | output |
* | --- |
* | "dataset" |
*
* @param {Cli_Runs_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_dataset = /** @type {((inputs?: Cli_Runs_DatasetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Runs_DatasetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_runs_dataset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_runs_dataset(inputs)
	if (locale === "en-XA") return __en_xa2.cli_runs_dataset(inputs)
	return __en.cli_runs_dataset(inputs)
});
/**
* | output |
* | --- |
* | "No runs yet (store: {store}). Train one with: layerlab train LAB.layerlab.json" |
*
* @param {Cli_Runs_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_empty = /** @type {((inputs: Cli_Runs_EmptyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Runs_EmptyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_runs_empty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_runs_empty(inputs)
	if (locale === "en-XA") return __en_xa2.cli_runs_empty(inputs)
	return __en.cli_runs_empty(inputs)
});
/**
* | output |
* | --- |
* | "inside (first layer, last epoch)" |
*
* @param {Cli_Runs_InsideInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_inside = /** @type {((inputs?: Cli_Runs_InsideInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Runs_InsideInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_runs_inside(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_runs_inside(inputs)
	if (locale === "en-XA") return __en_xa2.cli_runs_inside(inputs)
	return __en.cli_runs_inside(inputs)
});
/**
* | output |
* | --- |
* | "name" |
*
* @param {Cli_Runs_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_name = /** @type {((inputs?: Cli_Runs_NameInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Runs_NameInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_runs_name(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_runs_name(inputs)
	if (locale === "en-XA") return __en_xa2.cli_runs_name(inputs)
	return __en.cli_runs_name(inputs)
});
/**
* | output |
* | --- |
* | "status" |
*
* @param {Cli_Runs_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_runs_status = /** @type {((inputs?: Cli_Runs_StatusInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Runs_StatusInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_runs_status(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_runs_status(inputs)
	if (locale === "en-XA") return __en_xa2.cli_runs_status(inputs)
	return __en.cli_runs_status(inputs)
});
/**
* | output |
* | --- |
* | "Backend: {backend}." |
*
* @param {Cli_Train_BackendInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_backend = /** @type {((inputs: Cli_Train_BackendInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Train_BackendInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_train_backend(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_train_backend(inputs)
	if (locale === "en-XA") return __en_xa2.cli_train_backend(inputs)
	return __en.cli_train_backend(inputs)
});
/**
* | output |
* | --- |
* | "; best val_loss {loss} at epoch {epoch}" |
*
* @param {Cli_Train_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_best = /** @type {((inputs: Cli_Train_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Train_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_train_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_train_best(inputs)
	if (locale === "en-XA") return __en_xa2.cli_train_best(inputs)
	return __en.cli_train_best(inputs)
});
/**
* | output |
* | --- |
* | "Run {run} '{name}' {status}{how} after {epochs} epochs{best}." |
*
* @param {Cli_Train_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_done = /** @type {((inputs: Cli_Train_DoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Train_DoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_train_done(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_train_done(inputs)
	if (locale === "en-XA") return __en_xa2.cli_train_done(inputs)
	return __en.cli_train_done(inputs)
});
/**
* | output |
* | --- |
* | "(early stopping after epoch {epoch})" |
*
* @param {Cli_Train_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_early_stopped = /** @type {((inputs: Cli_Train_Early_StoppedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Train_Early_StoppedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_train_early_stopped(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_train_early_stopped(inputs)
	if (locale === "en-XA") return __en_xa2.cli_train_early_stopped(inputs)
	return __en.cli_train_early_stopped(inputs)
});
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
export const cli_train_started = /** @type {((inputs: Cli_Train_StartedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Train_StartedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_train_started(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_train_started(inputs)
	if (locale === "en-XA") return __en_xa2.cli_train_started(inputs)
	return __en.cli_train_started(inputs)
});
/**
* | output |
* | --- |
* | "Stopping after this batch (Ctrl-C again to quit at once)..." |
*
* @param {Cli_Train_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const cli_train_stopping = /** @type {((inputs?: Cli_Train_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Train_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.cli_train_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.cli_train_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.cli_train_stopping(inputs)
	return __en.cli_train_stopping(inputs)
});
/**
* | output |
* | --- |
* | "Close" |
*
* @param {CloseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const close = /** @type {((inputs?: CloseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<CloseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.close(inputs)
	if (locale === "zh-Hant") return __zh_hant1.close(inputs)
	if (locale === "en-XA") return __en_xa2.close(inputs)
	return __en.close(inputs)
});
/**
* | output |
* | --- |
* | "Copied" |
*
* @param {Code_CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_copied = /** @type {((inputs?: Code_CopiedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_CopiedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_copied(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_copied(inputs)
	if (locale === "en-XA") return __en_xa2.code_copied(inputs)
	return __en.code_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy" |
*
* @param {Code_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_copy = /** @type {((inputs?: Code_CopyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_CopyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_copy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_copy(inputs)
	if (locale === "en-XA") return __en_xa2.code_copy(inputs)
	return __en.code_copy(inputs)
});
/**
* | output |
* | --- |
* | "Copy failed: select the code and copy it" |
*
* @param {Code_Copy_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_copy_failed = /** @type {((inputs?: Code_Copy_FailedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_Copy_FailedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_copy_failed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_copy_failed(inputs)
	if (locale === "en-XA") return __en_xa2.code_copy_failed(inputs)
	return __en.code_copy_failed(inputs)
});
/**
* | output |
* | --- |
* | "Copy the whole script" |
*
* @param {Code_Copy_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_copy_title = /** @type {((inputs?: Code_Copy_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_Copy_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_copy_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_copy_title(inputs)
	if (locale === "en-XA") return __en_xa2.code_copy_title(inputs)
	return __en.code_copy_title(inputs)
});
/**
* | output |
* | --- |
* | "Download the script as a .py file" |
*
* @param {Code_Download_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_download_title = /** @type {((inputs?: Code_Download_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_Download_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_download_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_download_title(inputs)
	if (locale === "en-XA") return __en_xa2.code_download_title(inputs)
	return __en.code_download_title(inputs)
});
/**
* | output |
* | --- |
* | "Keras code of this lab" |
*
* @param {Code_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_label = /** @type {((inputs?: Code_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_label(inputs)
	if (locale === "en-XA") return __en_xa2.code_label(inputs)
	return __en.code_label(inputs)
});
/**
* | output |
* | --- |
* | "Keras 3 script" |
*
* @param {Code_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_title = /** @type {((inputs?: Code_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_title(inputs)
	if (locale === "en-XA") return __en_xa2.code_title(inputs)
	return __en.code_title(inputs)
});
/**
* | output |
* | --- |
* | "Updating…" |
*
* @param {Code_UpdatingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_updating = /** @type {((inputs?: Code_UpdatingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_UpdatingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_updating(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_updating(inputs)
	if (locale === "en-XA") return __en_xa2.code_updating(inputs)
	return __en.code_updating(inputs)
});
/**
* | output |
* | --- |
* | "What the script cannot say exactly" |
*
* @param {Code_WarningsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_warnings = /** @type {((inputs?: Code_WarningsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_WarningsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_warnings(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_warnings(inputs)
	if (locale === "en-XA") return __en_xa2.code_warnings(inputs)
	return __en.code_warnings(inputs)
});
/**
* | output |
* | --- |
* | "Writing the script…" |
*
* @param {Code_WritingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const code_writing = /** @type {((inputs?: Code_WritingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_WritingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.code_writing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.code_writing(inputs)
	if (locale === "en-XA") return __en_xa2.code_writing(inputs)
	return __en.code_writing(inputs)
});
/**
* | output |
* | --- |
* | "Confusion matrix of the validation data." |
*
* @param {Confusion_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const confusion_fallback = /** @type {((inputs?: Confusion_FallbackInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Confusion_FallbackInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.confusion_fallback(inputs)
	if (locale === "zh-Hant") return __zh_hant1.confusion_fallback(inputs)
	if (locale === "en-XA") return __en_xa2.confusion_fallback(inputs)
	return __en.confusion_fallback(inputs)
});
/**
* | output |
* | --- |
* | "Confusion matrix: true classes down, predicted classes across; the totals are beside it" |
*
* @param {Confusion_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const confusion_label = /** @type {((inputs?: Confusion_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Confusion_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.confusion_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.confusion_label(inputs)
	if (locale === "en-XA") return __en_xa2.confusion_label(inputs)
	return __en.confusion_label(inputs)
});
/**
* | output |
* | --- |
* | "examples" |
*
* @param {Dataset_ExamplesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_examples = /** @type {((inputs?: Dataset_ExamplesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_ExamplesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_examples(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_examples(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_examples(inputs)
	return __en.dataset_examples(inputs)
});
/**
* | output |
* | --- |
* | "A file or folder…" |
*
* @param {Dataset_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_file = /** @type {((inputs?: Dataset_FileInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_FileInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_file(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_file(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_file(inputs)
	return __en.dataset_file(inputs)
});
/**
* | output |
* | --- |
* | "{name} (generated)" |
*
* @param {Dataset_GeneratedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_generated = /** @type {((inputs: Dataset_GeneratedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_GeneratedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_generated(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_generated(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_generated(inputs)
	return __en.dataset_generated(inputs)
});
/**
* | output |
* | --- |
* | "IMDB reviews" |
*
* @param {Dataset_ImdbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_imdb = /** @type {((inputs?: Dataset_ImdbInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_ImdbInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_imdb(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_imdb(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_imdb(inputs)
	return __en.dataset_imdb(inputs)
});
/**
* | output |
* | --- |
* | "{title}: {train} training and {test} test examples of {shape}, {classes} classes." |
*
* @param {Dataset_InfoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_info = /** @type {((inputs: Dataset_InfoInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_InfoInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_info(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_info(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_info(inputs)
	return __en.dataset_info(inputs)
});
/**
* | output |
* | --- |
* | "Loading the dataset description…" |
*
* @param {Dataset_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_loading = /** @type {((inputs?: Dataset_LoadingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_LoadingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_loading(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_loading(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_loading(inputs)
	return __en.dataset_loading(inputs)
});
/**
* | output |
* | --- |
* | "MNIST digits" |
*
* @param {Dataset_MnistInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_mnist = /** @type {((inputs?: Dataset_MnistInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_MnistInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_mnist(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_mnist(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_mnist(inputs)
	return __en.dataset_mnist(inputs)
});
/**
* | output |
* | --- |
* | "noise" |
*
* @param {Dataset_NoiseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_noise = /** @type {((inputs?: Dataset_NoiseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_NoiseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_noise(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_noise(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_noise(inputs)
	return __en.dataset_noise(inputs)
});
/**
* | output |
* | --- |
* | "most frequent words kept (num_words)" |
*
* @param {Dataset_Num_WordsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_num_words = /** @type {((inputs?: Dataset_Num_WordsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_Num_WordsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_num_words(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_num_words(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_num_words(inputs)
	return __en.dataset_num_words(inputs)
});
/**
* | output |
* | --- |
* | "Path on the computer (CSV, .npz, or a folder of class folders)" |
*
* @param {Dataset_Path_ComputerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_path_computer = /** @type {((inputs?: Dataset_Path_ComputerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_Path_ComputerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_path_computer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_path_computer(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_path_computer(inputs)
	return __en.dataset_path_computer(inputs)
});
/**
* | output |
* | --- |
* | "Path on the server (CSV, .npz, or a folder of class folders)" |
*
* @param {Dataset_Path_ServerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_path_server = /** @type {((inputs?: Dataset_Path_ServerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_Path_ServerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_path_server(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_path_server(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_path_server(inputs)
	return __en.dataset_path_server(inputs)
});
/**
* | output |
* | --- |
* | "Set the Input layer to {shape}" |
*
* @param {Dataset_Set_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_set_input = /** @type {((inputs: Dataset_Set_InputInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_Set_InputInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_set_input(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_set_input(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_set_input(inputs)
	return __en.dataset_set_input(inputs)
});
/**
* | output |
* | --- |
* | "Dataset" |
*
* @param {Dataset_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dataset_title = /** @type {((inputs?: Dataset_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dataset_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dataset_title(inputs)
	if (locale === "en-XA") return __en_xa2.dataset_title(inputs)
	return __en.dataset_title(inputs)
});
/**
* | output |
* | --- |
* | "augmentation" |
*
* @param {Describe_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_augmentation = /** @type {((inputs?: Describe_AugmentationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_AugmentationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_augmentation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_augmentation(inputs)
	if (locale === "en-XA") return __en_xa2.describe_augmentation(inputs)
	return __en.describe_augmentation(inputs)
});
/**
* | output |
* | --- |
* | "batch {size}" |
*
* @param {Describe_BatchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_batch = /** @type {((inputs: Describe_BatchInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_BatchInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_batch(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_batch(inputs)
	if (locale === "en-XA") return __en_xa2.describe_batch(inputs)
	return __en.describe_batch(inputs)
});
/**
* | output |
* | --- |
* | "early stopping (patience {patience})" |
*
* @param {Describe_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_early_stopping = /** @type {((inputs: Describe_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.describe_early_stopping(inputs)
	return __en.describe_early_stopping(inputs)
});
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
export const describe_epochs = /** @type {((inputs: Describe_EpochsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_EpochsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_epochs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_epochs(inputs)
	if (locale === "en-XA") return __en_xa2.describe_epochs(inputs)
	return __en.describe_epochs(inputs)
});
/**
* | output |
* | --- |
* | "fold {fold} of {folds}" |
*
* @param {Describe_FoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_fold = /** @type {((inputs: Describe_FoldInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_FoldInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_fold(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_fold(inputs)
	if (locale === "en-XA") return __en_xa2.describe_fold(inputs)
	return __en.describe_fold(inputs)
});
/**
* | output |
* | --- |
* | "label smoothing {value}" |
*
* @param {Describe_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_label_smoothing = /** @type {((inputs: Describe_Label_SmoothingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Label_SmoothingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_label_smoothing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_label_smoothing(inputs)
	if (locale === "en-XA") return __en_xa2.describe_label_smoothing(inputs)
	return __en.describe_label_smoothing(inputs)
});
/**
* | output |
* | --- |
* | "no shuffling" |
*
* @param {Describe_No_ShufflingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_no_shuffling = /** @type {((inputs?: Describe_No_ShufflingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_No_ShufflingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_no_shuffling(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_no_shuffling(inputs)
	if (locale === "en-XA") return __en_xa2.describe_no_shuffling(inputs)
	return __en.describe_no_shuffling(inputs)
});
/**
* | output |
* | --- |
* | "no validation" |
*
* @param {Describe_No_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_no_validation = /** @type {((inputs?: Describe_No_ValidationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_No_ValidationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_no_validation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_no_validation(inputs)
	if (locale === "en-XA") return __en_xa2.describe_no_validation(inputs)
	return __en.describe_no_validation(inputs)
});
/**
* | output |
* | --- |
* | "seed {seed}" |
*
* @param {Describe_SeedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_seed = /** @type {((inputs: Describe_SeedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_SeedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_seed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_seed(inputs)
	if (locale === "en-XA") return __en_xa2.describe_seed(inputs)
	return __en.describe_seed(inputs)
});
/**
* | output |
* | --- |
* | "," |
*
* @param {Describe_SeparatorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_separator = /** @type {((inputs?: Describe_SeparatorInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_SeparatorInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_separator(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_separator(inputs)
	if (locale === "en-XA") return __en_xa2.describe_separator(inputs)
	return __en.describe_separator(inputs)
});
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Describe_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_shuffled_labels = /** @type {((inputs?: Describe_Shuffled_LabelsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Shuffled_LabelsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_shuffled_labels(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_shuffled_labels(inputs)
	if (locale === "en-XA") return __en_xa2.describe_shuffled_labels(inputs)
	return __en.describe_shuffled_labels(inputs)
});
/**
* | output |
* | --- |
* | "subset {count}" |
*
* @param {Describe_SubsetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_subset = /** @type {((inputs: Describe_SubsetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_SubsetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_subset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_subset(inputs)
	if (locale === "en-XA") return __en_xa2.describe_subset(inputs)
	return __en.describe_subset(inputs)
});
/**
* | output |
* | --- |
* | "validation {percent}%" |
*
* @param {Describe_Validation_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_validation_split = /** @type {((inputs: Describe_Validation_SplitInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Validation_SplitInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_validation_split(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_validation_split(inputs)
	if (locale === "en-XA") return __en_xa2.describe_validation_split(inputs)
	return __en.describe_validation_split(inputs)
});
/**
* | output |
* | --- |
* | "validation on the test set" |
*
* @param {Describe_Validation_TestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const describe_validation_test = /** @type {((inputs?: Describe_Validation_TestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Validation_TestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.describe_validation_test(inputs)
	if (locale === "zh-Hant") return __zh_hant1.describe_validation_test(inputs)
	if (locale === "en-XA") return __en_xa2.describe_validation_test(inputs)
	return __en.describe_validation_test(inputs)
});
/**
* | output |
* | --- |
* | "{min} min {s} s" |
*
* @param {Duration_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const duration_minutes = /** @type {((inputs: Duration_MinutesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Duration_MinutesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.duration_minutes(inputs)
	if (locale === "zh-Hant") return __zh_hant1.duration_minutes(inputs)
	if (locale === "en-XA") return __en_xa2.duration_minutes(inputs)
	return __en.duration_minutes(inputs)
});
/**
* | output |
* | --- |
* | "{s} s" |
*
* @param {Duration_SecondsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const duration_seconds = /** @type {((inputs: Duration_SecondsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Duration_SecondsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.duration_seconds(inputs)
	if (locale === "zh-Hant") return __zh_hant1.duration_seconds(inputs)
	if (locale === "en-XA") return __en_xa2.duration_seconds(inputs)
	return __en.duration_seconds(inputs)
});
/**
* | output |
* | --- |
* | "Exporting" |
*
* @param {Export_BusyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_busy = /** @type {((inputs?: Export_BusyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_BusyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_busy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_busy(inputs)
	if (locale === "en-XA") return __en_xa2.export_busy(inputs)
	return __en.export_busy(inputs)
});
/**
* | output |
* | --- |
* | "The run's metrics per epoch, in the columns of Keras' CSVLogger (epoch counted from 0) plus the penalty, the data loss and the seconds." |
*
* @param {Export_Csv_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_csv_description = /** @type {((inputs?: Export_Csv_DescriptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Csv_DescriptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_csv_description(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_csv_description(inputs)
	if (locale === "en-XA") return __en_xa2.export_csv_description(inputs)
	return __en.export_csv_description(inputs)
});
/**
* | output |
* | --- |
* | "Training history (.csv)" |
*
* @param {Export_Csv_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_csv_label = /** @type {((inputs?: Export_Csv_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Csv_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_csv_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_csv_label(inputs)
	if (locale === "en-XA") return __en_xa2.export_csv_label(inputs)
	return __en.export_csv_label(inputs)
});
/**
* | output |
* | --- |
* | "The trained model in Keras' legacy HDF5 format, as Keras 3's model.save('m.h5') writes it." |
*
* @param {Export_H5_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_h5_description = /** @type {((inputs?: Export_H5_DescriptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_H5_DescriptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_h5_description(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_h5_description(inputs)
	if (locale === "en-XA") return __en_xa2.export_h5_description(inputs)
	return __en.export_h5_description(inputs)
});
/**
* | output |
* | --- |
* | "The trained model for keras.models.load_model (Keras 3, TensorFlow 2.16 and later)." |
*
* @param {Export_Keras_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_keras_description = /** @type {((inputs?: Export_Keras_DescriptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Keras_DescriptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_keras_description(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_keras_description(inputs)
	if (locale === "en-XA") return __en_xa2.export_keras_description(inputs)
	return __en.export_keras_description(inputs)
});
/**
* | output |
* | --- |
* | "Export" |
*
* @param {Export_MenuInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_menu = /** @type {((inputs?: Export_MenuInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_MenuInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_menu(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_menu(inputs)
	if (locale === "en-XA") return __en_xa2.export_menu(inputs)
	return __en.export_menu(inputs)
});
/**
* | output |
* | --- |
* | "needs trained weights: this run has none" |
*
* @param {Export_Needs_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_needs_weights = /** @type {((inputs?: Export_Needs_WeightsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Needs_WeightsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_needs_weights(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_needs_weights(inputs)
	if (locale === "en-XA") return __en_xa2.export_needs_weights(inputs)
	return __en.export_needs_weights(inputs)
});
/**
* | output |
* | --- |
* | "This run has no trained weights (it ended before finishing an epoch): train it again, or export it as a Python script." |
*
* @param {Export_No_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_no_weights = /** @type {((inputs?: Export_No_WeightsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_No_WeightsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_no_weights(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_no_weights(inputs)
	if (locale === "en-XA") return __en_xa2.export_no_weights(inputs)
	return __en.export_no_weights(inputs)
});
/**
* | output |
* | --- |
* | "The trained model for ONNX Runtime and other ONNX tools (opset 13)." |
*
* @param {Export_Onnx_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_onnx_description = /** @type {((inputs?: Export_Onnx_DescriptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Onnx_DescriptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_onnx_description(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_onnx_description(inputs)
	if (locale === "en-XA") return __en_xa2.export_onnx_description(inputs)
	return __en.export_onnx_description(inputs)
});
/**
* | output |
* | --- |
* | "Keras code that loads the same data and builds, trains and plots the same model." |
*
* @param {Export_Python_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_python_description = /** @type {((inputs?: Export_Python_DescriptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Python_DescriptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_python_description(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_python_description(inputs)
	if (locale === "en-XA") return __en_xa2.export_python_description(inputs)
	return __en.export_python_description(inputs)
});
/**
* | output |
* | --- |
* | "Python script (.py)" |
*
* @param {Export_Python_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_python_label = /** @type {((inputs?: Export_Python_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Python_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_python_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_python_label(inputs)
	if (locale === "en-XA") return __en_xa2.export_python_label(inputs)
	return __en.export_python_label(inputs)
});
/**
* | output |
* | --- |
* | "Export {name}" |
*
* @param {Export_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_run = /** @type {((inputs: Export_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_run(inputs)
	if (locale === "en-XA") return __en_xa2.export_run(inputs)
	return __en.export_run(inputs)
});
/**
* | output |
* | --- |
* | "The trained model for tf.loadLayersModel in a browser or Node.js." |
*
* @param {Export_Tfjs_DescriptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_tfjs_description = /** @type {((inputs?: Export_Tfjs_DescriptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Tfjs_DescriptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_tfjs_description(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_tfjs_description(inputs)
	if (locale === "en-XA") return __en_xa2.export_tfjs_description(inputs)
	return __en.export_tfjs_description(inputs)
});
/**
* | output |
* | --- |
* | "Download this run's model or code" |
*
* @param {Export_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const export_title = /** @type {((inputs?: Export_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.export_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.export_title(inputs)
	if (locale === "en-XA") return __en_xa2.export_title(inputs)
	return __en.export_title(inputs)
});
/**
* | output |
* | --- |
* | "grad" |
*
* @param {Figures_GradInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_grad = /** @type {((inputs?: Figures_GradInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_GradInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.figures_grad(inputs)
	if (locale === "zh-Hant") return __zh_hant1.figures_grad(inputs)
	if (locale === "en-XA") return __en_xa2.figures_grad(inputs)
	return __en.figures_grad(inputs)
});
/**
* | output |
* | --- |
* | "Norm of the loss's gradient for this kernel on the epoch's last batch" |
*
* @param {Figures_Grad_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_grad_title = /** @type {((inputs?: Figures_Grad_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_Grad_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.figures_grad_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.figures_grad_title(inputs)
	if (locale === "en-XA") return __en_xa2.figures_grad_title(inputs)
	return __en.figures_grad_title(inputs)
});
/**
* | output |
* | --- |
* | "Sum of \|w\|" |
*
* @param {Figures_L1_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_l1_title = /** @type {((inputs?: Figures_L1_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_L1_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.figures_l1_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.figures_l1_title(inputs)
	if (locale === "en-XA") return __en_xa2.figures_l1_title(inputs)
	return __en.figures_l1_title(inputs)
});
/**
* | output |
* | --- |
* | "Square root of the sum of w²" |
*
* @param {Figures_L2_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_l2_title = /** @type {((inputs?: Figures_L2_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_L2_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.figures_l2_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.figures_l2_title(inputs)
	if (locale === "en-XA") return __en_xa2.figures_l2_title(inputs)
	return __en.figures_l2_title(inputs)
});
/**
* | output |
* | --- |
* | "{layer} kernel figures at the selected epoch" |
*
* @param {Figures_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_label = /** @type {((inputs: Figures_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.figures_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.figures_label(inputs)
	if (locale === "en-XA") return __en_xa2.figures_label(inputs)
	return __en.figures_label(inputs)
});
/**
* | output |
* | --- |
* | "Root mean square of the weights: how wide the histogram is" |
*
* @param {Figures_Rms_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_rms_title = /** @type {((inputs?: Figures_Rms_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_Rms_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.figures_rms_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.figures_rms_title(inputs)
	if (locale === "en-XA") return __en_xa2.figures_rms_title(inputs)
	return __en.figures_rms_title(inputs)
});
/**
* | output |
* | --- |
* | "{name}, at epoch {epoch}" |
*
* @param {Figures_Row_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_row_title = /** @type {((inputs: Figures_Row_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_Row_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.figures_row_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.figures_row_title(inputs)
	if (locale === "en-XA") return __en_xa2.figures_row_title(inputs)
	return __en.figures_row_title(inputs)
});
/**
* | output |
* | --- |
* | "sparsity" |
*
* @param {Figures_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const figures_sparsity = /** @type {((inputs?: Figures_SparsityInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_SparsityInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.figures_sparsity(inputs)
	if (locale === "zh-Hant") return __zh_hant1.figures_sparsity(inputs)
	if (locale === "en-XA") return __en_xa2.figures_sparsity(inputs)
	return __en.figures_sparsity(inputs)
});
/**
* | output |
* | --- |
* | "Drop a lab (.layerlab.json) or a Keras model (.json, .keras, .h5) to open it" |
*
* @param {Filedrop_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const filedrop_hint = /** @type {((inputs?: Filedrop_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filedrop_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.filedrop_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.filedrop_hint(inputs)
	if (locale === "en-XA") return __en_xa2.filedrop_hint(inputs)
	return __en.filedrop_hint(inputs)
});
/**
* | output |
* | --- |
* | "Example {index}, a {label}" |
*
* @param {Gallery_Example_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const gallery_example_label = /** @type {((inputs: Gallery_Example_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Gallery_Example_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.gallery_example_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.gallery_example_label(inputs)
	if (locale === "en-XA") return __en_xa2.gallery_example_label(inputs)
	return __en.gallery_example_label(inputs)
});
/**
* | output |
* | --- |
* | "Validation example #{index}" |
*
* @param {Gallery_Example_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const gallery_example_title = /** @type {((inputs: Gallery_Example_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Gallery_Example_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.gallery_example_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.gallery_example_title(inputs)
	if (locale === "en-XA") return __en_xa2.gallery_example_title(inputs)
	return __en.gallery_example_title(inputs)
});
/**
* | output |
* | --- |
* | "No validation example is wrong at this epoch." |
*
* @param {Gallery_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const gallery_none = /** @type {((inputs?: Gallery_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Gallery_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.gallery_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.gallery_none(inputs)
	if (locale === "en-XA") return __en_xa2.gallery_none(inputs)
	return __en.gallery_none(inputs)
});
/**
* | output |
* | --- |
* | "Import again" |
*
* @param {Import_AgainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_again = /** @type {((inputs?: Import_AgainInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_AgainInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_again(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_again(inputs)
	if (locale === "en-XA") return __en_xa2.import_again(inputs)
	return __en.import_again(inputs)
});
/**
* | output |
* | --- |
* | "Import" |
*
* @param {Import_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_button = /** @type {((inputs?: Import_ButtonInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_ButtonInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_button(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_button(inputs)
	if (locale === "en-XA") return __en_xa2.import_button(inputs)
	return __en.import_button(inputs)
});
/**
* | output |
* | --- |
* | "Import (Ctrl+Enter)" |
*
* @param {Import_Button_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_button_title = /** @type {((inputs?: Import_Button_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Button_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_button_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_button_title(inputs)
	if (locale === "en-XA") return __en_xa2.import_button_title(inputs)
	return __en.import_button_title(inputs)
});
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Import_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_done = /** @type {((inputs?: Import_DoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_done(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_done(inputs)
	if (locale === "en-XA") return __en_xa2.import_done(inputs)
	return __en.import_done(inputs)
});
/**
* | output |
* | --- |
* | "Code, or drop a .py file" |
*
* @param {Import_Drop_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_drop_label = /** @type {((inputs?: Import_Drop_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Drop_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_drop_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_drop_label(inputs)
	if (locale === "en-XA") return __en_xa2.import_drop_label(inputs)
	return __en.import_drop_label(inputs)
});
/**
* | output |
* | --- |
* | "Paste a model as your course writes it ({sequential}, {add} or the functional API, with {compile} and {fit}), or drop a {py} file here." |
*
* @param {Import_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_hint = /** @type {((inputs: Import_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_hint(inputs)
	if (locale === "en-XA") return __en_xa2.import_hint(inputs)
	return __en.import_hint(inputs)
});
/**
* | output |
* | --- |
* | "Importing…" |
*
* @param {Import_ImportingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_importing = /** @type {((inputs?: Import_ImportingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_ImportingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_importing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_importing(inputs)
	if (locale === "en-XA") return __en_xa2.import_importing(inputs)
	return __en.import_importing(inputs)
});
/**
* | output |
* | --- |
* | "Line {line}" |
*
* @param {Import_LineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_line = /** @type {((inputs: Import_LineInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_LineInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_line(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_line(inputs)
	if (locale === "en-XA") return __en_xa2.import_line(inputs)
	return __en.import_line(inputs)
});
/**
* | output |
* | --- |
* | "Open a .py file…" |
*
* @param {Import_Open_PyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_open_py = /** @type {((inputs?: Import_Open_PyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Open_PyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_open_py(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_open_py(inputs)
	if (locale === "en-XA") return __en_xa2.import_open_py(inputs)
	return __en.import_open_py(inputs)
});
/**
* | output |
* | --- |
* | "Select line {line} in the code" |
*
* @param {Import_Select_LineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_select_line = /** @type {((inputs: Import_Select_LineInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Select_LineInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_select_line(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_select_line(inputs)
	if (locale === "en-XA") return __en_xa2.import_select_line(inputs)
	return __en.import_select_line(inputs)
});
/**
* | output |
* | --- |
* | "Import Keras code" |
*
* @param {Import_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const import_title = /** @type {((inputs?: Import_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_title(inputs)
	if (locale === "en-XA") return __en_xa2.import_title(inputs)
	return __en.import_title(inputs)
});
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
export const import_warnings = /** @type {((inputs: Import_WarningsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_WarningsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.import_warnings(inputs)
	if (locale === "zh-Hant") return __zh_hant1.import_warnings(inputs)
	if (locale === "en-XA") return __en_xa2.import_warnings(inputs)
	return __en.import_warnings(inputs)
});
/**
* | output |
* | --- |
* | "Activations" |
*
* @param {Inspect_ActivationsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_activations = /** @type {((inputs?: Inspect_ActivationsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_ActivationsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_activations(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_activations(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_activations(inputs)
	return __en.inspect_activations(inputs)
});
/**
* | output |
* | --- |
* | "The model" |
*
* @param {Inspect_BackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_back = /** @type {((inputs?: Inspect_BackInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_BackInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_back(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_back(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_back(inputs)
	return __en.inspect_back(inputs)
});
/**
* | output |
* | --- |
* | "Back to the model (Esc)" |
*
* @param {Inspect_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_back_title = /** @type {((inputs?: Inspect_Back_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Back_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_back_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_back_title(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_back_title(inputs)
	return __en.inspect_back_title(inputs)
});
/**
* | output |
* | --- |
* | "Loading what the runs recorded…" |
*
* @param {Inspect_Empty_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_empty_loading = /** @type {((inputs?: Inspect_Empty_LoadingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Empty_LoadingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_empty_loading(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_empty_loading(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_empty_loading(inputs)
	return __en.inspect_empty_loading(inputs)
});
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
export const inspect_empty_none = /** @type {((inputs: Inspect_Empty_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Empty_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_empty_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_empty_none(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_empty_none(inputs)
	return __en.inspect_empty_none(inputs)
});
/**
* | output |
* | --- |
* | "Tick runs in the runs list to look inside their models, epoch by epoch." |
*
* @param {Inspect_Empty_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_empty_tick = /** @type {((inputs?: Inspect_Empty_TickInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Empty_TickInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_empty_tick(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_empty_tick(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_empty_tick(inputs)
	return __en.inspect_empty_tick(inputs)
});
/**
* | output |
* | --- |
* | "Train a run (or press {key} on one) to see inside it." |
*
* @param {Inspect_Empty_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_empty_train = /** @type {((inputs: Inspect_Empty_TrainInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Empty_TrainInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_empty_train(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_empty_train(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_empty_train(inputs)
	return __en.inspect_empty_train(inputs)
});
/**
* | output |
* | --- |
* | "Epoch" |
*
* @param {Inspect_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_epoch = /** @type {((inputs?: Inspect_EpochInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_EpochInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_epoch(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_epoch(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_epoch(inputs)
	return __en.inspect_epoch(inputs)
});
/**
* | output |
* | --- |
* | "epoch {epoch} / {last}" |
*
* @param {Inspect_Epoch_AtInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_epoch_at = /** @type {((inputs: Inspect_Epoch_AtInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Epoch_AtInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_epoch_at(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_epoch_at(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_epoch_at(inputs)
	return __en.inspect_epoch_at(inputs)
});
/**
* | output |
* | --- |
* | "Epoch shown" |
*
* @param {Inspect_Epoch_ShownInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_epoch_shown = /** @type {((inputs?: Inspect_Epoch_ShownInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Epoch_ShownInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_epoch_shown(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_epoch_shown(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_epoch_shown(inputs)
	return __en.inspect_epoch_shown(inputs)
});
/**
* | output |
* | --- |
* | "Epoch 0 is before training" |
*
* @param {Inspect_Epoch_ZeroInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_epoch_zero = /** @type {((inputs?: Inspect_Epoch_ZeroInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Epoch_ZeroInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_epoch_zero(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_epoch_zero(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_epoch_zero(inputs)
	return __en.inspect_epoch_zero(inputs)
});
/**
* | output |
* | --- |
* | "Play the epochs" |
*
* @param {Inspect_PlayInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_play = /** @type {((inputs?: Inspect_PlayInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_PlayInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_play(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_play(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_play(inputs)
	return __en.inspect_play(inputs)
});
/**
* | output |
* | --- |
* | "Step through the epochs" |
*
* @param {Inspect_Play_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_play_title = /** @type {((inputs?: Inspect_Play_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Play_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_play_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_play_title(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_play_title(inputs)
	return __en.inspect_play_title(inputs)
});
/**
* | output |
* | --- |
* | "Run" |
*
* @param {Inspect_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_run = /** @type {((inputs?: Inspect_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_run(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_run(inputs)
	return __en.inspect_run(inputs)
});
/**
* | output |
* | --- |
* | "The run this view shows" |
*
* @param {Inspect_Run_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_run_title = /** @type {((inputs?: Inspect_Run_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_Run_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_run_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_run_title(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_run_title(inputs)
	return __en.inspect_run_title(inputs)
});
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
export const inspect_silent = /** @type {((inputs: Inspect_SilentInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_SilentInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_silent(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_silent(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_silent(inputs)
	return __en.inspect_silent(inputs)
});
/**
* | output |
* | --- |
* | "Inside the model" |
*
* @param {Inspect_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_title = /** @type {((inputs?: Inspect_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_title(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_title(inputs)
	return __en.inspect_title(inputs)
});
/**
* | output |
* | --- |
* | "Inspect view" |
*
* @param {Inspect_ViewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspect_view = /** @type {((inputs?: Inspect_ViewInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspect_ViewInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspect_view(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspect_view(inputs)
	if (locale === "en-XA") return __en_xa2.inspect_view(inputs)
	return __en.inspect_view(inputs)
});
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Inspector_DeleteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_delete = /** @type {((inputs?: Inspector_DeleteInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_DeleteInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_delete(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_delete(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_delete(inputs)
	return __en.inspector_delete(inputs)
});
/**
* | output |
* | --- |
* | "Duplicate" |
*
* @param {Inspector_DuplicateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_duplicate = /** @type {((inputs?: Inspector_DuplicateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_DuplicateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_duplicate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_duplicate(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_duplicate(inputs)
	return __en.inspector_duplicate(inputs)
});
/**
* | output |
* | --- |
* | "Layer settings" |
*
* @param {Inspector_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_label = /** @type {((inputs?: Inspector_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_label(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_label(inputs)
	return __en.inspector_label(inputs)
});
/**
* | output |
* | --- |
* | "Move down" |
*
* @param {Inspector_Move_DownInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_move_down = /** @type {((inputs?: Inspector_Move_DownInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_Move_DownInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_move_down(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_move_down(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_move_down(inputs)
	return __en.inspector_move_down(inputs)
});
/**
* | output |
* | --- |
* | "Move up" |
*
* @param {Inspector_Move_UpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_move_up = /** @type {((inputs?: Inspector_Move_UpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_Move_UpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_move_up(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_move_up(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_move_up(inputs)
	return __en.inspector_move_up(inputs)
});
/**
* | output |
* | --- |
* | "Output shape" |
*
* @param {Inspector_Output_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_output_shape = /** @type {((inputs?: Inspector_Output_ShapeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_Output_ShapeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_output_shape(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_output_shape(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_output_shape(inputs)
	return __en.inspector_output_shape(inputs)
});
/**
* | output |
* | --- |
* | "Parameters" |
*
* @param {Inspector_ParametersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_parameters = /** @type {((inputs?: Inspector_ParametersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_ParametersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_parameters(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_parameters(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_parameters(inputs)
	return __en.inspector_parameters(inputs)
});
/**
* | output |
* | --- |
* | "{count} layers selected." |
*
* @param {Inspector_SelectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_selected = /** @type {((inputs: Inspector_SelectedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_SelectedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_selected(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_selected(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_selected(inputs)
	return __en.inspector_selected(inputs)
});
/**
* | output |
* | --- |
* | "{count} trainable" |
*
* @param {Inspector_TrainableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const inspector_trainable = /** @type {((inputs: Inspector_TrainableInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inspector_TrainableInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.inspector_trainable(inputs)
	if (locale === "zh-Hant") return __zh_hant1.inspector_trainable(inputs)
	if (locale === "en-XA") return __en_xa2.inspector_trainable(inputs)
	return __en.inspector_trainable(inputs)
});
/**
* | output |
* | --- |
* | "A bare name means {key}." |
*
* @param {Labdialog_BareInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_bare = /** @type {((inputs: Labdialog_BareInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_BareInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_bare(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_bare(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_bare(inputs)
	return __en.labdialog_bare(inputs)
});
/**
* | output |
* | --- |
* | "Browse…" |
*
* @param {Labdialog_BrowseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_browse = /** @type {((inputs?: Labdialog_BrowseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_BrowseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_browse(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_browse(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_browse(inputs)
	return __en.labdialog_browse(inputs)
});
/**
* | output |
* | --- |
* | "Download a copy" |
*
* @param {Labdialog_DownloadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_download = /** @type {((inputs?: Labdialog_DownloadInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_DownloadInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_download(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_download(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_download(inputs)
	return __en.labdialog_download(inputs)
});
/**
* | output |
* | --- |
* | "Existing labs" |
*
* @param {Labdialog_ExistingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_existing = /** @type {((inputs?: Labdialog_ExistingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_ExistingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_existing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_existing(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_existing(inputs)
	return __en.labdialog_existing(inputs)
});
/**
* | output |
* | --- |
* | "Open lab" |
*
* @param {Labdialog_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_open = /** @type {((inputs?: Labdialog_OpenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_OpenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_open(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_open(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_open(inputs)
	return __en.labdialog_open(inputs)
});
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Labdialog_Open_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_open_button = /** @type {((inputs?: Labdialog_Open_ButtonInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_Open_ButtonInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_open_button(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_open_button(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_open_button(inputs)
	return __en.labdialog_open_button(inputs)
});
/**
* | output |
* | --- |
* | "Open a Keras model (.keras, .h5)…" |
*
* @param {Labdialog_Open_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_open_model = /** @type {((inputs?: Labdialog_Open_ModelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_Open_ModelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_open_model(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_open_model(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_open_model(inputs)
	return __en.labdialog_open_model(inputs)
});
/**
* | output |
* | --- |
* | "File name or full path" |
*
* @param {Labdialog_PathInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_path = /** @type {((inputs?: Labdialog_PathInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_PathInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_path(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_path(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_path(inputs)
	return __en.labdialog_path(inputs)
});
/**
* | output |
* | --- |
* | "Recent and saved labs" |
*
* @param {Labdialog_RecentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_recent = /** @type {((inputs?: Labdialog_RecentInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_RecentInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_recent(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_recent(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_recent(inputs)
	return __en.labdialog_recent(inputs)
});
/**
* | output |
* | --- |
* | "Save lab" |
*
* @param {Labdialog_SaveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_save = /** @type {((inputs?: Labdialog_SaveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_SaveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_save(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_save(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_save(inputs)
	return __en.labdialog_save(inputs)
});
/**
* | output |
* | --- |
* | "Upload from this computer (a lab, a Keras model JSON or .keras / .h5 model)…" |
*
* @param {Labdialog_UploadInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const labdialog_upload = /** @type {((inputs?: Labdialog_UploadInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Labdialog_UploadInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.labdialog_upload(inputs)
	if (locale === "zh-Hant") return __zh_hant1.labdialog_upload(inputs)
	if (locale === "en-XA") return __en_xa2.labdialog_upload(inputs)
	return __en.labdialog_upload(inputs)
});
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
* | "Applies an activation function on its own." |
*
* @param {Layer_Activation_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_activation_summary = /** @type {((inputs?: Layer_Activation_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Activation_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_activation_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_activation_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_activation_summary(inputs)
	return __en.layer_activation_summary(inputs)
});
/**
* | output |
* | --- |
* | "Adds two or more tensors of the same shape (residual connections)." |
*
* @param {Layer_Add_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_add_summary = /** @type {((inputs?: Layer_Add_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Add_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_add_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_add_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_add_summary(inputs)
	return __en.layer_add_summary(inputs)
});
/**
* | output |
* | --- |
* | "Averages each window: halves the image with the default 2x2." |
*
* @param {Layer_Averagepooling2d_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_averagepooling2d_summary = /** @type {((inputs?: Layer_Averagepooling2d_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Averagepooling2d_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_averagepooling2d_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_averagepooling2d_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_averagepooling2d_summary(inputs)
	return __en.layer_averagepooling2d_summary(inputs)
});
/**
* | output |
* | --- |
* | "Normalizes each feature over the batch, then learns a scale and an offset." |
*
* @param {Layer_Batchnormalization_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_batchnormalization_summary = /** @type {((inputs?: Layer_Batchnormalization_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Batchnormalization_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_batchnormalization_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_batchnormalization_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_batchnormalization_summary(inputs)
	return __en.layer_batchnormalization_summary(inputs)
});
/**
* | output |
* | --- |
* | "Convolution" |
*
* @param {Layer_Category_ConvolutionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_convolution = /** @type {((inputs?: Layer_Category_ConvolutionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Category_ConvolutionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_category_convolution(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_category_convolution(inputs)
	if (locale === "en-XA") return __en_xa2.layer_category_convolution(inputs)
	return __en.layer_category_convolution(inputs)
});
/**
* | output |
* | --- |
* | "Core" |
*
* @param {Layer_Category_CoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_core = /** @type {((inputs?: Layer_Category_CoreInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Category_CoreInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_category_core(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_category_core(inputs)
	if (locale === "en-XA") return __en_xa2.layer_category_core(inputs)
	return __en.layer_category_core(inputs)
});
/**
* | output |
* | --- |
* | "Input" |
*
* @param {Layer_Category_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_input = /** @type {((inputs?: Layer_Category_InputInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Category_InputInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_category_input(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_category_input(inputs)
	if (locale === "en-XA") return __en_xa2.layer_category_input(inputs)
	return __en.layer_category_input(inputs)
});
/**
* | output |
* | --- |
* | "Merge" |
*
* @param {Layer_Category_MergeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_merge = /** @type {((inputs?: Layer_Category_MergeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Category_MergeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_category_merge(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_category_merge(inputs)
	if (locale === "en-XA") return __en_xa2.layer_category_merge(inputs)
	return __en.layer_category_merge(inputs)
});
/**
* | output |
* | --- |
* | "Pooling" |
*
* @param {Layer_Category_PoolingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_pooling = /** @type {((inputs?: Layer_Category_PoolingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Category_PoolingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_category_pooling(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_category_pooling(inputs)
	if (locale === "en-XA") return __en_xa2.layer_category_pooling(inputs)
	return __en.layer_category_pooling(inputs)
});
/**
* | output |
* | --- |
* | "Regularization" |
*
* @param {Layer_Category_RegularizationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_category_regularization = /** @type {((inputs?: Layer_Category_RegularizationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Category_RegularizationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_category_regularization(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_category_regularization(inputs)
	if (locale === "en-XA") return __en_xa2.layer_category_regularization(inputs)
	return __en.layer_category_regularization(inputs)
});
/**
* | output |
* | --- |
* | "Joins two or more tensors along an axis (the last by default)." |
*
* @param {Layer_Concatenate_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_concatenate_summary = /** @type {((inputs?: Layer_Concatenate_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Concatenate_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_concatenate_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_concatenate_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_concatenate_summary(inputs)
	return __en.layer_concatenate_summary(inputs)
});
/**
* | output |
* | --- |
* | "Slides small filters over an image and learns local patterns." |
*
* @param {Layer_Conv2d_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_conv2d_summary = /** @type {((inputs?: Layer_Conv2d_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Conv2d_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_conv2d_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_conv2d_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_conv2d_summary(inputs)
	return __en.layer_conv2d_summary(inputs)
});
/**
* | output |
* | --- |
* | "Fully connected layer: every output sees every input." |
*
* @param {Layer_Dense_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_dense_summary = /** @type {((inputs?: Layer_Dense_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Dense_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_dense_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_dense_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_dense_summary(inputs)
	return __en.layer_dense_summary(inputs)
});
/**
* | output |
* | --- |
* | "During training, zeroes a random fraction of its inputs; does nothing at test time." |
*
* @param {Layer_Dropout_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_dropout_summary = /** @type {((inputs?: Layer_Dropout_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Dropout_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_dropout_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_dropout_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_dropout_summary(inputs)
	return __en.layer_dropout_summary(inputs)
});
/**
* | output |
* | --- |
* | "Lays an image out as one long vector, for Dense layers." |
*
* @param {Layer_Flatten_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_flatten_summary = /** @type {((inputs?: Layer_Flatten_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Flatten_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_flatten_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_flatten_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_flatten_summary(inputs)
	return __en.layer_flatten_summary(inputs)
});
/**
* | output |
* | --- |
* | "Averages each channel over the whole image: [h, w, c] becomes [c]." |
*
* @param {Layer_Globalaveragepooling2d_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_globalaveragepooling2d_summary = /** @type {((inputs?: Layer_Globalaveragepooling2d_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Globalaveragepooling2d_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_globalaveragepooling2d_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_globalaveragepooling2d_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_globalaveragepooling2d_summary(inputs)
	return __en.layer_globalaveragepooling2d_summary(inputs)
});
/**
* | output |
* | --- |
* | "Where the data enters: the shape of one example, without the batch." |
*
* @param {Layer_Input_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_input_summary = /** @type {((inputs?: Layer_Input_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Input_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_input_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_input_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_input_summary(inputs)
	return __en.layer_input_summary(inputs)
});
/**
* | output |
* | --- |
* | "Keeps the largest value of each window: halves the image with the default 2x2." |
*
* @param {Layer_Maxpooling2d_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_maxpooling2d_summary = /** @type {((inputs?: Layer_Maxpooling2d_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Maxpooling2d_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_maxpooling2d_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_maxpooling2d_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_maxpooling2d_summary(inputs)
	return __en.layer_maxpooling2d_summary(inputs)
});
/**
* | output |
* | --- |
* | "Gives the same numbers a new shape; one size may be -1 (inferred)." |
*
* @param {Layer_Reshape_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const layer_reshape_summary = /** @type {((inputs?: Layer_Reshape_SummaryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layer_Reshape_SummaryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.layer_reshape_summary(inputs)
	if (locale === "zh-Hant") return __zh_hant1.layer_reshape_summary(inputs)
	if (locale === "en-XA") return __en_xa2.layer_reshape_summary(inputs)
	return __en.layer_reshape_summary(inputs)
});
/**
* | output |
* | --- |
* | "data augmentation" |
*
* @param {Lockwhat_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_augmentation = /** @type {((inputs?: Lockwhat_AugmentationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_AugmentationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_augmentation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_augmentation(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_augmentation(inputs)
	return __en.lockwhat_augmentation(inputs)
});
/**
* | output |
* | --- |
* | "the batch size" |
*
* @param {Lockwhat_Batch_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_batch_size = /** @type {((inputs?: Lockwhat_Batch_SizeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_Batch_SizeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_batch_size(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_batch_size(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_batch_size(inputs)
	return __en.lockwhat_batch_size(inputs)
});
/**
* | output |
* | --- |
* | "the dataset" |
*
* @param {Lockwhat_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_dataset = /** @type {((inputs?: Lockwhat_DatasetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_DatasetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_dataset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_dataset(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_dataset(inputs)
	return __en.lockwhat_dataset(inputs)
});
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Lockwhat_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_early_stopping = /** @type {((inputs?: Lockwhat_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_early_stopping(inputs)
	return __en.lockwhat_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "the epochs" |
*
* @param {Lockwhat_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_epochs = /** @type {((inputs?: Lockwhat_EpochsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_EpochsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_epochs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_epochs(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_epochs(inputs)
	return __en.lockwhat_epochs(inputs)
});
/**
* | output |
* | --- |
* | "the label smoothing" |
*
* @param {Lockwhat_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_label_smoothing = /** @type {((inputs?: Lockwhat_Label_SmoothingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_Label_SmoothingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_label_smoothing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_label_smoothing(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_label_smoothing(inputs)
	return __en.lockwhat_label_smoothing(inputs)
});
/**
* | output |
* | --- |
* | "the learning rate" |
*
* @param {Lockwhat_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_learning_rate = /** @type {((inputs?: Lockwhat_Learning_RateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_Learning_RateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_learning_rate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_learning_rate(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_learning_rate(inputs)
	return __en.lockwhat_learning_rate(inputs)
});
/**
* | output |
* | --- |
* | "the loss" |
*
* @param {Lockwhat_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_loss = /** @type {((inputs?: Lockwhat_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_loss(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_loss(inputs)
	return __en.lockwhat_loss(inputs)
});
/**
* | output |
* | --- |
* | "the momentum" |
*
* @param {Lockwhat_MomentumInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_momentum = /** @type {((inputs?: Lockwhat_MomentumInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_MomentumInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_momentum(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_momentum(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_momentum(inputs)
	return __en.lockwhat_momentum(inputs)
});
/**
* | output |
* | --- |
* | "the optimizer" |
*
* @param {Lockwhat_OptimizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_optimizer = /** @type {((inputs?: Lockwhat_OptimizerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_OptimizerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_optimizer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_optimizer(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_optimizer(inputs)
	return __en.lockwhat_optimizer(inputs)
});
/**
* | output |
* | --- |
* | "the seed" |
*
* @param {Lockwhat_SeedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_seed = /** @type {((inputs?: Lockwhat_SeedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_SeedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_seed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_seed(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_seed(inputs)
	return __en.lockwhat_seed(inputs)
});
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Lockwhat_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_shuffled_labels = /** @type {((inputs?: Lockwhat_Shuffled_LabelsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_Shuffled_LabelsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_shuffled_labels(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_shuffled_labels(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_shuffled_labels(inputs)
	return __en.lockwhat_shuffled_labels(inputs)
});
/**
* | output |
* | --- |
* | "the training subset" |
*
* @param {Lockwhat_SubsetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_subset = /** @type {((inputs?: Lockwhat_SubsetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_SubsetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_subset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_subset(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_subset(inputs)
	return __en.lockwhat_subset(inputs)
});
/**
* | output |
* | --- |
* | "the validation data" |
*
* @param {Lockwhat_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lockwhat_validation = /** @type {((inputs?: Lockwhat_ValidationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lockwhat_ValidationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lockwhat_validation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lockwhat_validation(inputs)
	if (locale === "en-XA") return __en_xa2.lockwhat_validation(inputs)
	return __en.lockwhat_validation(inputs)
});
/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Menu_EditInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_edit = /** @type {((inputs?: Menu_EditInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_EditInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.menu_edit(inputs)
	if (locale === "zh-Hant") return __zh_hant1.menu_edit(inputs)
	if (locale === "en-XA") return __en_xa2.menu_edit(inputs)
	return __en.menu_edit(inputs)
});
/**
* | output |
* | --- |
* | "Export Python Script…" |
*
* @param {Menu_Export_PythonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_export_python = /** @type {((inputs?: Menu_Export_PythonInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Export_PythonInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.menu_export_python(inputs)
	if (locale === "zh-Hant") return __zh_hant1.menu_export_python(inputs)
	if (locale === "en-XA") return __en_xa2.menu_export_python(inputs)
	return __en.menu_export_python(inputs)
});
/**
* | output |
* | --- |
* | "File" |
*
* @param {Menu_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_file = /** @type {((inputs?: Menu_FileInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_FileInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.menu_file(inputs)
	if (locale === "zh-Hant") return __zh_hant1.menu_file(inputs)
	if (locale === "en-XA") return __en_xa2.menu_file(inputs)
	return __en.menu_file(inputs)
});
/**
* | output |
* | --- |
* | "New Lab" |
*
* @param {Menu_New_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_new_lab = /** @type {((inputs?: Menu_New_LabInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_New_LabInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.menu_new_lab(inputs)
	if (locale === "zh-Hant") return __zh_hant1.menu_new_lab(inputs)
	if (locale === "en-XA") return __en_xa2.menu_new_lab(inputs)
	return __en.menu_new_lab(inputs)
});
/**
* | output |
* | --- |
* | "Open Lab…" |
*
* @param {Menu_Open_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_open_lab = /** @type {((inputs?: Menu_Open_LabInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Open_LabInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.menu_open_lab(inputs)
	if (locale === "zh-Hant") return __zh_hant1.menu_open_lab(inputs)
	if (locale === "en-XA") return __en_xa2.menu_open_lab(inputs)
	return __en.menu_open_lab(inputs)
});
/**
* | output |
* | --- |
* | "Run" |
*
* @param {Menu_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_run = /** @type {((inputs?: Menu_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.menu_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.menu_run(inputs)
	if (locale === "en-XA") return __en_xa2.menu_run(inputs)
	return __en.menu_run(inputs)
});
/**
* | output |
* | --- |
* | "Save As…" |
*
* @param {Menu_Save_AsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_save_as = /** @type {((inputs?: Menu_Save_AsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Save_AsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.menu_save_as(inputs)
	if (locale === "zh-Hant") return __zh_hant1.menu_save_as(inputs)
	if (locale === "en-XA") return __en_xa2.menu_save_as(inputs)
	return __en.menu_save_as(inputs)
});
/**
* | output |
* | --- |
* | "View" |
*
* @param {Menu_ViewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const menu_view = /** @type {((inputs?: Menu_ViewInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_ViewInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.menu_view(inputs)
	if (locale === "zh-Hant") return __zh_hant1.menu_view(inputs)
	if (locale === "en-XA") return __en_xa2.menu_view(inputs)
	return __en.menu_view(inputs)
});
/**
* | output |
* | --- |
* | "This page needs the address that {key} printed:" |
*
* @param {Noconnection_NeedsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const noconnection_needs = /** @type {((inputs: Noconnection_NeedsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Noconnection_NeedsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.noconnection_needs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.noconnection_needs(inputs)
	if (locale === "en-XA") return __en_xa2.noconnection_needs(inputs)
	return __en.noconnection_needs(inputs)
});
/**
* | output |
* | --- |
* | "The token in it keeps other programs and web pages from using your LayerLab." |
*
* @param {Noconnection_TokenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const noconnection_token = /** @type {((inputs?: Noconnection_TokenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Noconnection_TokenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.noconnection_token(inputs)
	if (locale === "zh-Hant") return __zh_hant1.noconnection_token(inputs)
	if (locale === "en-XA") return __en_xa2.noconnection_token(inputs)
	return __en.noconnection_token(inputs)
});
/**
* | output |
* | --- |
* | "not connected" |
*
* @param {Node_Not_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const node_not_connected = /** @type {((inputs?: Node_Not_ConnectedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Node_Not_ConnectedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.node_not_connected(inputs)
	if (locale === "zh-Hant") return __zh_hant1.node_not_connected(inputs)
	if (locale === "en-XA") return __en_xa2.node_not_connected(inputs)
	return __en.node_not_connected(inputs)
});
/**
* | output |
* | --- |
* | "Output shape, as Keras' model.summary() prints it" |
*
* @param {Node_Shape_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const node_shape_title = /** @type {((inputs?: Node_Shape_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Node_Shape_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.node_shape_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.node_shape_title(inputs)
	if (locale === "en-XA") return __en_xa2.node_shape_title(inputs)
	return __en.node_shape_title(inputs)
});
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Notice_DismissInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_dismiss = /** @type {((inputs?: Notice_DismissInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_DismissInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_dismiss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_dismiss(inputs)
	if (locale === "en-XA") return __en_xa2.notice_dismiss(inputs)
	return __en.notice_dismiss(inputs)
});
/**
* | output |
* | --- |
* | "Exported {files}." |
*
* @param {Notice_ExportedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_exported = /** @type {((inputs: Notice_ExportedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_ExportedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_exported(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_exported(inputs)
	if (locale === "en-XA") return __en_xa2.notice_exported(inputs)
	return __en.notice_exported(inputs)
});
/**
* | output |
* | --- |
* | "Exported model.json and weights.bin (load them with tf.loadLayersModel)." |
*
* @param {Notice_Exported_TfjsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_exported_tfjs = /** @type {((inputs?: Notice_Exported_TfjsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_Exported_TfjsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_exported_tfjs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_exported_tfjs(inputs)
	if (locale === "en-XA") return __en_xa2.notice_exported_tfjs(inputs)
	return __en.notice_exported_tfjs(inputs)
});
/**
* | output |
* | --- |
* | "Imported {what} as \"{name}\"; Undo brings back the previous lab." |
*
* @param {Notice_Imported_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_imported_code = /** @type {((inputs: Notice_Imported_CodeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_Imported_CodeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_imported_code(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_imported_code(inputs)
	if (locale === "en-XA") return __en_xa2.notice_imported_code(inputs)
	return __en.notice_imported_code(inputs)
});
/**
* | output |
* | --- |
* | "Opened {path}" |
*
* @param {Notice_OpenedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_opened = /** @type {((inputs: Notice_OpenedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_OpenedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_opened(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_opened(inputs)
	if (locale === "en-XA") return __en_xa2.notice_opened(inputs)
	return __en.notice_opened(inputs)
});
/**
* | output |
* | --- |
* | "Opened the Keras model JSON {name} as a new lab: check its dataset and training settings, then save it." |
*
* @param {Notice_Opened_Keras_JsonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_opened_keras_json = /** @type {((inputs: Notice_Opened_Keras_JsonInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_Opened_Keras_JsonInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_opened_keras_json(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_opened_keras_json(inputs)
	if (locale === "en-XA") return __en_xa2.notice_opened_keras_json(inputs)
	return __en.notice_opened_keras_json(inputs)
});
/**
* | output |
* | --- |
* | "Opened {file} as the run \"{run}\": evaluate it on the test set or continue training it from the runs list." |
*
* @param {Notice_Opened_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_opened_model = /** @type {((inputs: Notice_Opened_ModelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_Opened_ModelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_opened_model(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_opened_model(inputs)
	if (locale === "en-XA") return __en_xa2.notice_opened_model(inputs)
	return __en.notice_opened_model(inputs)
});
/**
* | output |
* | --- |
* | "Move the damaged store aside" |
*
* @param {Notice_Repair_StoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_repair_store = /** @type {((inputs?: Notice_Repair_StoreInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_Repair_StoreInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_repair_store(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_repair_store(inputs)
	if (locale === "en-XA") return __en_xa2.notice_repair_store(inputs)
	return __en.notice_repair_store(inputs)
});
/**
* | output |
* | --- |
* | "Saved {path}" |
*
* @param {Notice_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_saved = /** @type {((inputs: Notice_SavedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_SavedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_saved(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_saved(inputs)
	if (locale === "en-XA") return __en_xa2.notice_saved(inputs)
	return __en.notice_saved(inputs)
});
/**
* | output |
* | --- |
* | "the Keras code" |
*
* @param {Notice_The_Keras_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const notice_the_keras_code = /** @type {((inputs?: Notice_The_Keras_CodeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_The_Keras_CodeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.notice_the_keras_code(inputs)
	if (locale === "zh-Hant") return __zh_hant1.notice_the_keras_code(inputs)
	if (locale === "en-XA") return __en_xa2.notice_the_keras_code(inputs)
	return __en.notice_the_keras_code(inputs)
});
/**
* | output |
* | --- |
* | "{label} must be a number." |
*
* @param {Number_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const number_invalid = /** @type {((inputs: Number_InvalidInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Number_InvalidInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.number_invalid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.number_invalid(inputs)
	if (locale === "en-XA") return __en_xa2.number_invalid(inputs)
	return __en.number_invalid(inputs)
});
/**
* | output |
* | --- |
* | "{label} needs a number." |
*
* @param {Number_NeededInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const number_needed = /** @type {((inputs: Number_NeededInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Number_NeededInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.number_needed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.number_needed(inputs)
	if (locale === "en-XA") return __en_xa2.number_needed(inputs)
	return __en.number_needed(inputs)
});
/**
* | output |
* | --- |
* | "Baseline: the other runs are compared with this one" |
*
* @param {Overlay_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_baseline = /** @type {((inputs?: Overlay_BaselineInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_BaselineInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_baseline(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_baseline(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_baseline(inputs)
	return __en.overlay_baseline(inputs)
});
/**
* | output |
* | --- |
* | "Compared with the baseline" |
*
* @param {Overlay_Compared_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_compared_baseline = /** @type {((inputs?: Overlay_Compared_BaselineInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Compared_BaselineInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_compared_baseline(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_compared_baseline(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_compared_baseline(inputs)
	return __en.overlay_compared_baseline(inputs)
});
/**
* | output |
* | --- |
* | "Compared with the baseline, {name}" |
*
* @param {Overlay_Compared_Baseline_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_compared_baseline_named = /** @type {((inputs: Overlay_Compared_Baseline_NamedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Compared_Baseline_NamedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_compared_baseline_named(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_compared_baseline_named(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_compared_baseline_named(inputs)
	return __en.overlay_compared_baseline_named(inputs)
});
/**
* | output |
* | --- |
* | "Compared with the run before" |
*
* @param {Overlay_Compared_BeforeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_compared_before = /** @type {((inputs?: Overlay_Compared_BeforeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Compared_BeforeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_compared_before(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_compared_before(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_compared_before(inputs)
	return __en.overlay_compared_before(inputs)
});
/**
* | output |
* | --- |
* | "Compared with the run before, {name}" |
*
* @param {Overlay_Compared_Before_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_compared_before_named = /** @type {((inputs: Overlay_Compared_Before_NamedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Compared_Before_NamedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_compared_before_named(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_compared_before_named(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_compared_before_named(inputs)
	return __en.overlay_compared_before_named(inputs)
});
/**
* | output |
* | --- |
* | "Same settings as the baseline" |
*
* @param {Overlay_Same_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_same_baseline = /** @type {((inputs?: Overlay_Same_BaselineInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Same_BaselineInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_same_baseline(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_same_baseline(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_same_baseline(inputs)
	return __en.overlay_same_baseline(inputs)
});
/**
* | output |
* | --- |
* | "Same settings as the run before" |
*
* @param {Overlay_Same_BeforeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_same_before = /** @type {((inputs?: Overlay_Same_BeforeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Same_BeforeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_same_before(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_same_before(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_same_before(inputs)
	return __en.overlay_same_before(inputs)
});
/**
* | output |
* | --- |
* | "vs the baseline: {changes}" |
*
* @param {Overlay_Vs_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_vs_baseline = /** @type {((inputs: Overlay_Vs_BaselineInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Vs_BaselineInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_vs_baseline(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_vs_baseline(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_vs_baseline(inputs)
	return __en.overlay_vs_baseline(inputs)
});
/**
* | output |
* | --- |
* | "vs the run before: {changes}" |
*
* @param {Overlay_Vs_BeforeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overlay_vs_before = /** @type {((inputs: Overlay_Vs_BeforeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Vs_BeforeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overlay_vs_before(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overlay_vs_before(inputs)
	if (locale === "en-XA") return __en_xa2.overlay_vs_before(inputs)
	return __en.overlay_vs_before(inputs)
});
/**
* | output |
* | --- |
* | "Filter (press /)" |
*
* @param {Palette_FilterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const palette_filter = /** @type {((inputs?: Palette_FilterInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Palette_FilterInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.palette_filter(inputs)
	if (locale === "zh-Hant") return __zh_hant1.palette_filter(inputs)
	if (locale === "en-XA") return __en_xa2.palette_filter(inputs)
	return __en.palette_filter(inputs)
});
/**
* | output |
* | --- |
* | "Filter layers" |
*
* @param {Palette_Filter_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const palette_filter_label = /** @type {((inputs?: Palette_Filter_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Palette_Filter_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.palette_filter_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.palette_filter_label(inputs)
	if (locale === "en-XA") return __en_xa2.palette_filter_label(inputs)
	return __en.palette_filter_label(inputs)
});
/**
* | output |
* | --- |
* | "Drag onto the canvas, or click to add after the selected layer." |
*
* @param {Palette_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const palette_hint = /** @type {((inputs?: Palette_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Palette_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.palette_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.palette_hint(inputs)
	if (locale === "en-XA") return __en_xa2.palette_hint(inputs)
	return __en.palette_hint(inputs)
});
/**
* | output |
* | --- |
* | "Layers" |
*
* @param {Palette_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const palette_title = /** @type {((inputs?: Palette_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Palette_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.palette_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.palette_title(inputs)
	if (locale === "en-XA") return __en_xa2.palette_title(inputs)
	return __en.palette_title(inputs)
});
/**
* | output |
* | --- |
* | "Penalty on the layer output, added to the loss." |
*
* @param {Param_Activity_Regularizer_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_activity_regularizer_help = /** @type {((inputs?: Param_Activity_Regularizer_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Activity_Regularizer_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_activity_regularizer_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_activity_regularizer_help(inputs)
	if (locale === "en-XA") return __en_xa2.param_activity_regularizer_help(inputs)
	return __en.param_activity_regularizer_help(inputs)
});
/**
* | output |
* | --- |
* | "Penalty on the biases, added to the loss." |
*
* @param {Param_Bias_Regularizer_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_bias_regularizer_help = /** @type {((inputs?: Param_Bias_Regularizer_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Bias_Regularizer_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_bias_regularizer_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_bias_regularizer_help(inputs)
	if (locale === "en-XA") return __en_xa2.param_bias_regularizer_help(inputs)
	return __en.param_bias_regularizer_help(inputs)
});
/**
* | output |
* | --- |
* | "Penalty on the weights, added to the loss." |
*
* @param {Param_Kernel_Regularizer_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_kernel_regularizer_help = /** @type {((inputs?: Param_Kernel_Regularizer_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Kernel_Regularizer_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_kernel_regularizer_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_kernel_regularizer_help(inputs)
	if (locale === "en-XA") return __en_xa2.param_kernel_regularizer_help(inputs)
	return __en.param_kernel_regularizer_help(inputs)
});
/**
* | output |
* | --- |
* | "{label} (height)" |
*
* @param {Param_Pair_HeightInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_pair_height = /** @type {((inputs: Param_Pair_HeightInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Pair_HeightInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_pair_height(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_pair_height(inputs)
	if (locale === "en-XA") return __en_xa2.param_pair_height(inputs)
	return __en.param_pair_height(inputs)
});
/**
* | output |
* | --- |
* | "{label} (width)" |
*
* @param {Param_Pair_WidthInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_pair_width = /** @type {((inputs: Param_Pair_WidthInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Pair_WidthInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_pair_width(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_pair_width(inputs)
	if (locale === "en-XA") return __en_xa2.param_pair_width(inputs)
	return __en.param_pair_width(inputs)
});
/**
* | output |
* | --- |
* | "Empty means the pool size, as in Keras." |
*
* @param {Param_Pool_Strides_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_pool_strides_help = /** @type {((inputs?: Param_Pool_Strides_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Pool_Strides_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_pool_strides_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_pool_strides_help(inputs)
	if (locale === "en-XA") return __en_xa2.param_pool_strides_help(inputs)
	return __en.param_pool_strides_help(inputs)
});
/**
* | output |
* | --- |
* | "Fraction of the inputs to drop, from 0 up to (not including) 1." |
*
* @param {Param_Rate_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_rate_help = /** @type {((inputs?: Param_Rate_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Rate_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_rate_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_rate_help(inputs)
	if (locale === "en-XA") return __en_xa2.param_rate_help(inputs)
	return __en.param_rate_help(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Param_Regularizer_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_regularizer_none = /** @type {((inputs?: Param_Regularizer_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Regularizer_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_regularizer_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_regularizer_none(inputs)
	if (locale === "en-XA") return __en_xa2.param_regularizer_none(inputs)
	return __en.param_regularizer_none(inputs)
});
/**
* | output |
* | --- |
* | "{label} strength" |
*
* @param {Param_Regularizer_StrengthInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_regularizer_strength = /** @type {((inputs: Param_Regularizer_StrengthInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Regularizer_StrengthInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_regularizer_strength(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_regularizer_strength(inputs)
	if (locale === "en-XA") return __en_xa2.param_regularizer_strength(inputs)
	return __en.param_regularizer_strength(inputs)
});
/**
* | output |
* | --- |
* | "same as pool size" |
*
* @param {Param_Same_As_Pool_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_same_as_pool_size = /** @type {((inputs?: Param_Same_As_Pool_SizeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Same_As_Pool_SizeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_same_as_pool_size(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_same_as_pool_size(inputs)
	if (locale === "en-XA") return __en_xa2.param_same_as_pool_size(inputs)
	return __en.param_same_as_pool_size(inputs)
});
/**
* | output |
* | --- |
* | "Shape of one example." |
*
* @param {Param_Shape_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_shape_help = /** @type {((inputs?: Param_Shape_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Shape_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_shape_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_shape_help(inputs)
	if (locale === "en-XA") return __en_xa2.param_shape_help(inputs)
	return __en.param_shape_help(inputs)
});
/**
* | output |
* | --- |
* | "Write sizes separated by commas, like 28, 28, 1." |
*
* @param {Param_Shape_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const param_shape_problem = /** @type {((inputs?: Param_Shape_ProblemInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Param_Shape_ProblemInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.param_shape_problem(inputs)
	if (locale === "zh-Hant") return __zh_hant1.param_shape_problem(inputs)
	if (locale === "en-XA") return __en_xa2.param_shape_problem(inputs)
	return __en.param_shape_problem(inputs)
});
/**
* | output |
* | --- |
* | "Rows: true class. Colour: share of the row (darker is more)." |
*
* @param {Predictions_CaptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_caption = /** @type {((inputs?: Predictions_CaptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_CaptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_caption(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_caption(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_caption(inputs)
	return __en.predictions_caption(inputs)
});
/**
* | output |
* | --- |
* | "Cells show" |
*
* @param {Predictions_CellsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_cells = /** @type {((inputs?: Predictions_CellsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_CellsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_cells(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_cells(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_cells(inputs)
	return __en.predictions_cells(inputs)
});
/**
* | output |
* | --- |
* | "counts" |
*
* @param {Predictions_CountsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_counts = /** @type {((inputs?: Predictions_CountsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_CountsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_counts(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_counts(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_counts(inputs)
	return __en.predictions_counts(inputs)
});
/**
* | output |
* | --- |
* | "epoch {epoch}" |
*
* @param {Predictions_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_epoch = /** @type {((inputs: Predictions_EpochInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_EpochInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_epoch(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_epoch(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_epoch(inputs)
	return __en.predictions_epoch(inputs)
});
/**
* | output |
* | --- |
* | "examples," |
*
* @param {Predictions_ExamplesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_examples = /** @type {((inputs?: Predictions_ExamplesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_ExamplesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_examples(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_examples(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_examples(inputs)
	return __en.predictions_examples(inputs)
});
/**
* | output |
* | --- |
* | "{name} has no validation data, so there is nothing to compare its predictions with: set a validation split (or the test set) in Data & training and train again." |
*
* @param {Predictions_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_none = /** @type {((inputs: Predictions_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_none(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_none(inputs)
	return __en.predictions_none(inputs)
});
/**
* | output |
* | --- |
* | "on {split}:" |
*
* @param {Predictions_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_on = /** @type {((inputs: Predictions_OnInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_OnInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_on(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_on(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_on(inputs)
	return __en.predictions_on(inputs)
});
/**
* | output |
* | --- |
* | "rates" |
*
* @param {Predictions_RatesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_rates = /** @type {((inputs?: Predictions_RatesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_RatesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_rates(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_rates(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_rates(inputs)
	return __en.predictions_rates(inputs)
});
/**
* | output |
* | --- |
* | "right" |
*
* @param {Predictions_RightInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_right = /** @type {((inputs?: Predictions_RightInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_RightInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_right(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_right(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_right(inputs)
	return __en.predictions_right(inputs)
});
/**
* | output |
* | --- |
* | "the held-out split" |
*
* @param {Predictions_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_split = /** @type {((inputs?: Predictions_SplitInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_SplitInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_split(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_split(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_split(inputs)
	return __en.predictions_split(inputs)
});
/**
* | output |
* | --- |
* | "the test set" |
*
* @param {Predictions_Test_SetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_test_set = /** @type {((inputs?: Predictions_Test_SetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_Test_SetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_test_set(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_test_set(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_test_set(inputs)
	return __en.predictions_test_set(inputs)
});
/**
* | output |
* | --- |
* | "Tick a run that recorded its insights to see its predictions." |
*
* @param {Predictions_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_tick = /** @type {((inputs?: Predictions_TickInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_TickInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_tick(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_tick(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_tick(inputs)
	return __en.predictions_tick(inputs)
});
/**
* | output |
* | --- |
* | "Most confidently wrong" |
*
* @param {Predictions_WrongInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const predictions_wrong = /** @type {((inputs?: Predictions_WrongInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predictions_WrongInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.predictions_wrong(inputs)
	if (locale === "zh-Hant") return __zh_hant1.predictions_wrong(inputs)
	if (locale === "en-XA") return __en_xa2.predictions_wrong(inputs)
	return __en.predictions_wrong(inputs)
});
/**
* | output |
* | --- |
* | "Queued: next in line for a trainer" |
*
* @param {Queue_NextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const queue_next = /** @type {((inputs?: Queue_NextInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Queue_NextInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.queue_next(inputs)
	if (locale === "zh-Hant") return __zh_hant1.queue_next(inputs)
	if (locale === "en-XA") return __en_xa2.queue_next(inputs)
	return __en.queue_next(inputs)
});
/**
* | output |
* | --- |
* | "Queued: {place} in line for a trainer" |
*
* @param {Queue_PlaceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const queue_place = /** @type {((inputs: Queue_PlaceInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Queue_PlaceInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.queue_place(inputs)
	if (locale === "zh-Hant") return __zh_hant1.queue_place(inputs)
	if (locale === "en-XA") return __en_xa2.queue_place(inputs)
	return __en.queue_place(inputs)
});
/**
* | output |
* | --- |
* | "best val_loss {loss} at epoch {epoch} ({accuracy} val accuracy)" |
*
* @param {Runbar_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_best = /** @type {((inputs: Runbar_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_best(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_best(inputs)
	return __en.runbar_best(inputs)
});
/**
* | output |
* | --- |
* | "Dataset problem: {error}" |
*
* @param {Runbar_Dataset_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_dataset_problem = /** @type {((inputs: Runbar_Dataset_ProblemInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_Dataset_ProblemInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_dataset_problem(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_dataset_problem(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_dataset_problem(inputs)
	return __en.runbar_dataset_problem(inputs)
});
/**
* | output |
* | --- |
* | "Add layers after the Input to build a model, then press Train." |
*
* @param {Runbar_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_empty = /** @type {((inputs?: Runbar_EmptyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_EmptyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_empty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_empty(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_empty(inputs)
	return __en.runbar_empty(inputs)
});
/**
* | output |
* | --- |
* | "epoch {done}/{planned}" |
*
* @param {Runbar_EpochInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_epoch = /** @type {((inputs: Runbar_EpochInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_EpochInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_epoch(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_epoch(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_epoch(inputs)
	return __en.runbar_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Pause" |
*
* @param {Runbar_PauseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_pause = /** @type {((inputs?: Runbar_PauseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_PauseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_pause(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_pause(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_pause(inputs)
	return __en.runbar_pause(inputs)
});
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
export const runbar_problems = /** @type {((inputs: Runbar_ProblemsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_ProblemsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_problems(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_problems(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_problems(inputs)
	return __en.runbar_problems(inputs)
});
/**
* | output |
* | --- |
* | "batch {batch}/{batches} · loss {loss} · accuracy {accuracy}" |
*
* @param {Runbar_ProgressInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_progress = /** @type {((inputs: Runbar_ProgressInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_ProgressInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_progress(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_progress(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_progress(inputs)
	return __en.runbar_progress(inputs)
});
/**
* | output |
* | --- |
* | "{place}; it starts by itself" |
*
* @param {Runbar_Queued_PlaceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_queued_place = /** @type {((inputs: Runbar_Queued_PlaceInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_Queued_PlaceInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_queued_place(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_queued_place(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_queued_place(inputs)
	return __en.runbar_queued_place(inputs)
});
/**
* | output |
* | --- |
* | "Ready: press Train to fit the model and watch the curves." |
*
* @param {Runbar_ReadyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_ready = /** @type {((inputs?: Runbar_ReadyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_ReadyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_ready(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_ready(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_ready(inputs)
	return __en.runbar_ready(inputs)
});
/**
* | output |
* | --- |
* | "Resume" |
*
* @param {Runbar_ResumeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_resume = /** @type {((inputs?: Runbar_ResumeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_ResumeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_resume(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_resume(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_resume(inputs)
	return __en.runbar_resume(inputs)
});
/**
* | output |
* | --- |
* | "{epochs} epochs · batch {batch}" |
*
* @param {Runbar_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_settings = /** @type {((inputs: Runbar_SettingsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_SettingsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_settings(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_settings(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_settings(inputs)
	return __en.runbar_settings(inputs)
});
/**
* | output |
* | --- |
* | "Dataset and training settings" |
*
* @param {Runbar_Settings_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_settings_title = /** @type {((inputs?: Runbar_Settings_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_Settings_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_settings_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_settings_title(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_settings_title(inputs)
	return __en.runbar_settings_title(inputs)
});
/**
* | output |
* | --- |
* | "{train} train / {val} val on {backend}" |
*
* @param {Runbar_StartedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_started = /** @type {((inputs: Runbar_StartedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_StartedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_started(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_started(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_started(inputs)
	return __en.runbar_started(inputs)
});
/**
* | output |
* | --- |
* | "Stop" |
*
* @param {Runbar_StopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_stop = /** @type {((inputs?: Runbar_StopInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_StopInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_stop(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_stop(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_stop(inputs)
	return __en.runbar_stop(inputs)
});
/**
* | output |
* | --- |
* | "Train" |
*
* @param {Runbar_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_train = /** @type {((inputs?: Runbar_TrainInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_TrainInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_train(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_train(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_train(inputs)
	return __en.runbar_train(inputs)
});
/**
* | output |
* | --- |
* | "Train (Ctrl+Enter)" |
*
* @param {Runbar_Train_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_train_title = /** @type {((inputs?: Runbar_Train_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_Train_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_train_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_train_title(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_train_title(inputs)
	return __en.runbar_train_title(inputs)
});
/**
* | output |
* | --- |
* | "waiting for a free trainer (other runs are training); it starts by itself" |
*
* @param {Runbar_WaitingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runbar_waiting = /** @type {((inputs?: Runbar_WaitingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runbar_WaitingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runbar_waiting(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runbar_waiting(inputs)
	if (locale === "en-XA") return __en_xa2.runbar_waiting(inputs)
	return __en.runbar_waiting(inputs)
});
/**
* | output |
* | --- |
* | "Best validation accuracy (at the epoch with the lowest val_loss)" |
*
* @param {Runs_Acc_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_acc_title = /** @type {((inputs?: Runs_Acc_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Acc_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_acc_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_acc_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_acc_title(inputs)
	return __en.runs_acc_title(inputs)
});
/**
* | output |
* | --- |
* | "The baseline stays on the charts: unpin it to hide it" |
*
* @param {Runs_Baseline_StaysInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_baseline_stays = /** @type {((inputs?: Runs_Baseline_StaysInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Baseline_StaysInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_baseline_stays(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_baseline_stays(inputs)
	if (locale === "en-XA") return __en_xa2.runs_baseline_stays(inputs)
	return __en.runs_baseline_stays(inputs)
});
/**
* | output |
* | --- |
* | "Continue" |
*
* @param {Runs_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_continue = /** @type {((inputs?: Runs_ContinueInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ContinueInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_continue(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_continue(inputs)
	if (locale === "en-XA") return __en_xa2.runs_continue(inputs)
	return __en.runs_continue(inputs)
});
/**
* | output |
* | --- |
* | "Continue training" |
*
* @param {Runs_Continue_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_continue_label = /** @type {((inputs?: Runs_Continue_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Continue_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_continue_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_continue_label(inputs)
	if (locale === "en-XA") return __en_xa2.runs_continue_label(inputs)
	return __en.runs_continue_label(inputs)
});
/**
* | output |
* | --- |
* | "Train this run's model again from the weights it ended with: with the editor's settings while its lab is there, else as it was trained" |
*
* @param {Runs_Continue_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_continue_title = /** @type {((inputs?: Runs_Continue_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Continue_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_continue_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_continue_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_continue_title(inputs)
	return __en.runs_continue_title(inputs)
});
/**
* | output |
* | --- |
* | "Sure?" |
*
* @param {Runs_Delete_SureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_delete_sure = /** @type {((inputs?: Runs_Delete_SureInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Delete_SureInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_delete_sure(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_delete_sure(inputs)
	if (locale === "en-XA") return __en_xa2.runs_delete_sure(inputs)
	return __en.runs_delete_sure(inputs)
});
/**
* | output |
* | --- |
* | "Delete this run" |
*
* @param {Runs_Delete_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_delete_title = /** @type {((inputs?: Runs_Delete_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Delete_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_delete_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_delete_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_delete_title(inputs)
	return __en.runs_delete_title(inputs)
});
/**
* | output |
* | --- |
* | "No runs yet. Every training run is kept here, across sessions." |
*
* @param {Runs_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_empty = /** @type {((inputs?: Runs_EmptyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_EmptyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_empty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_empty(inputs)
	if (locale === "en-XA") return __en_xa2.runs_empty(inputs)
	return __en.runs_empty(inputs)
});
/**
* | output |
* | --- |
* | "{done}/{planned} epochs" |
*
* @param {Runs_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_epochs = /** @type {((inputs: Runs_EpochsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_EpochsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_epochs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_epochs(inputs)
	if (locale === "en-XA") return __en_xa2.runs_epochs(inputs)
	return __en.runs_epochs(inputs)
});
/**
* | output |
* | --- |
* | "Evaluate" |
*
* @param {Runs_EvaluateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_evaluate = /** @type {((inputs?: Runs_EvaluateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_EvaluateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_evaluate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_evaluate(inputs)
	if (locale === "en-XA") return __en_xa2.runs_evaluate(inputs)
	return __en.runs_evaluate(inputs)
});
/**
* | output |
* | --- |
* | "Evaluate on test set" |
*
* @param {Runs_Evaluate_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_evaluate_label = /** @type {((inputs?: Runs_Evaluate_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Evaluate_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_evaluate_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_evaluate_label(inputs)
	if (locale === "en-XA") return __en_xa2.runs_evaluate_label(inputs)
	return __en.runs_evaluate_label(inputs)
});
/**
* | output |
* | --- |
* | "Score the trained model on the test set (loss, accuracy): of the dataset chosen in the editor while this run's lab is there, else of its own" |
*
* @param {Runs_Evaluate_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_evaluate_title = /** @type {((inputs?: Runs_Evaluate_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Evaluate_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_evaluate_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_evaluate_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_evaluate_title(inputs)
	return __en.runs_evaluate_title(inputs)
});
/**
* | output |
* | --- |
* | "Evaluating on the test set" |
*
* @param {Runs_EvaluatingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_evaluating = /** @type {((inputs?: Runs_EvaluatingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_EvaluatingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_evaluating(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_evaluating(inputs)
	if (locale === "en-XA") return __en_xa2.runs_evaluating(inputs)
	return __en.runs_evaluating(inputs)
});
/**
* | output |
* | --- |
* | "imported weights" |
*
* @param {Runs_ImportedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_imported = /** @type {((inputs?: Runs_ImportedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ImportedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_imported(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_imported(inputs)
	if (locale === "en-XA") return __en_xa2.runs_imported(inputs)
	return __en.runs_imported(inputs)
});
/**
* | output |
* | --- |
* | "Inside the model at its last recorded epoch: the first layer's share of weights near 0 (\|w\| < 0.001) and its kernel's L2 norm" |
*
* @param {Runs_Inside_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_inside_title = /** @type {((inputs?: Runs_Inside_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Inside_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_inside_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_inside_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_inside_title(inputs)
	return __en.runs_inside_title(inputs)
});
/**
* | output |
* | --- |
* | "Inspect" |
*
* @param {Runs_InspectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_inspect = /** @type {((inputs?: Runs_InspectInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_InspectInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_inspect(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_inspect(inputs)
	if (locale === "en-XA") return __en_xa2.runs_inspect(inputs)
	return __en.runs_inspect(inputs)
});
/**
* | output |
* | --- |
* | "Inspect {name}" |
*
* @param {Runs_Inspect_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_inspect_label = /** @type {((inputs: Runs_Inspect_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Inspect_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_inspect_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_inspect_label(inputs)
	if (locale === "en-XA") return __en_xa2.runs_inspect_label(inputs)
	return __en.runs_inspect_label(inputs)
});
/**
* | output |
* | --- |
* | "See inside this run's model, epoch by epoch: its weights, its errors and, for 2-D data, its decision boundary" |
*
* @param {Runs_Inspect_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_inspect_title = /** @type {((inputs?: Runs_Inspect_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Inspect_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_inspect_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_inspect_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_inspect_title(inputs)
	return __en.runs_inspect_title(inputs)
});
/**
* | output |
* | --- |
* | "Lab" |
*
* @param {Runs_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_lab = /** @type {((inputs?: Runs_LabInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_LabInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_lab(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_lab(inputs)
	if (locale === "en-XA") return __en_xa2.runs_lab(inputs)
	return __en.runs_lab(inputs)
});
/**
* | output |
* | --- |
* | "Put this run's model and settings in the editor" |
*
* @param {Runs_Lab_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_lab_title = /** @type {((inputs?: Runs_Lab_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Lab_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_lab_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_lab_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_lab_title(inputs)
	return __en.runs_lab_title(inputs)
});
/**
* | output |
* | --- |
* | "Run name" |
*
* @param {Runs_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_name = /** @type {((inputs?: Runs_NameInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_NameInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_name(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_name(inputs)
	if (locale === "en-XA") return __en_xa2.runs_name(inputs)
	return __en.runs_name(inputs)
});
/**
* | output |
* | --- |
* | "{name} (double-click to rename)" |
*
* @param {Runs_Name_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_name_title = /** @type {((inputs: Runs_Name_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Name_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_name_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_name_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_name_title(inputs)
	return __en.runs_name_title(inputs)
});
/**
* | output |
* | --- |
* | "This run has no trained weights to start from." |
*
* @param {Runs_No_Weights_ContinueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_no_weights_continue = /** @type {((inputs?: Runs_No_Weights_ContinueInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_No_Weights_ContinueInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_no_weights_continue(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_no_weights_continue(inputs)
	if (locale === "en-XA") return __en_xa2.runs_no_weights_continue(inputs)
	return __en.runs_no_weights_continue(inputs)
});
/**
* | output |
* | --- |
* | "This run has no trained weights to evaluate." |
*
* @param {Runs_No_Weights_EvaluateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_no_weights_evaluate = /** @type {((inputs?: Runs_No_Weights_EvaluateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_No_Weights_EvaluateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_no_weights_evaluate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_no_weights_evaluate(inputs)
	if (locale === "en-XA") return __en_xa2.runs_no_weights_evaluate(inputs)
	return __en.runs_no_weights_evaluate(inputs)
});
/**
* | output |
* | --- |
* | "{count} params" |
*
* @param {Runs_ParamsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_params = /** @type {((inputs: Runs_ParamsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ParamsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_params(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_params(inputs)
	if (locale === "en-XA") return __en_xa2.runs_params(inputs)
	return __en.runs_params(inputs)
});
/**
* | output |
* | --- |
* | "Pin" |
*
* @param {Runs_PinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_pin = /** @type {((inputs?: Runs_PinInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_PinInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_pin(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_pin(inputs)
	if (locale === "en-XA") return __en_xa2.runs_pin(inputs)
	return __en.runs_pin(inputs)
});
/**
* | output |
* | --- |
* | "Pin {name} as the baseline" |
*
* @param {Runs_Pin_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_pin_label = /** @type {((inputs: Runs_Pin_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Pin_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_pin_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_pin_label(inputs)
	if (locale === "en-XA") return __en_xa2.runs_pin_label(inputs)
	return __en.runs_pin_label(inputs)
});
/**
* | output |
* | --- |
* | "Keep this run on every chart and compare the other runs with it" |
*
* @param {Runs_Pin_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_pin_title = /** @type {((inputs?: Runs_Pin_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Pin_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_pin_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_pin_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_pin_title(inputs)
	return __en.runs_pin_title(inputs)
});
/**
* | output |
* | --- |
* | "Rename" |
*
* @param {Runs_RenameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_rename = /** @type {((inputs?: Runs_RenameInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_RenameInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_rename(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_rename(inputs)
	if (locale === "en-XA") return __en_xa2.runs_rename(inputs)
	return __en.runs_rename(inputs)
});
/**
* | output |
* | --- |
* | "Show {name} on the charts" |
*
* @param {Runs_ShowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_show = /** @type {((inputs: Runs_ShowInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ShowInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_show(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_show(inputs)
	if (locale === "en-XA") return __en_xa2.runs_show(inputs)
	return __en.runs_show(inputs)
});
/**
* | output |
* | --- |
* | "stopped at {epoch}" |
*
* @param {Runs_Stopped_AtInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_stopped_at = /** @type {((inputs: Runs_Stopped_AtInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Stopped_AtInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_stopped_at(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_stopped_at(inputs)
	if (locale === "en-XA") return __en_xa2.runs_stopped_at(inputs)
	return __en.runs_stopped_at(inputs)
});
/**
* | output |
* | --- |
* | "on {dataset}" |
*
* @param {Runs_Test_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_test_on = /** @type {((inputs: Runs_Test_OnInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Test_OnInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_test_on(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_test_on(inputs)
	if (locale === "en-XA") return __en_xa2.runs_test_on(inputs)
	return __en.runs_test_on(inputs)
});
/**
* | output |
* | --- |
* | "accuracy · loss {loss} · {count} examples" |
*
* @param {Runs_Test_ResultInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_test_result = /** @type {((inputs: Runs_Test_ResultInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Test_ResultInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_test_result(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_test_result(inputs)
	if (locale === "en-XA") return __en_xa2.runs_test_result(inputs)
	return __en.runs_test_result(inputs)
});
/**
* | output |
* | --- |
* | "Test set:" |
*
* @param {Runs_Test_SetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_test_set = /** @type {((inputs?: Runs_Test_SetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Test_SetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_test_set(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_test_set(inputs)
	if (locale === "en-XA") return __en_xa2.runs_test_set(inputs)
	return __en.runs_test_set(inputs)
});
/**
* | output |
* | --- |
* | "tick to compare" |
*
* @param {Runs_TickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_tick = /** @type {((inputs?: Runs_TickInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_TickInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_tick(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_tick(inputs)
	if (locale === "en-XA") return __en_xa2.runs_tick(inputs)
	return __en.runs_tick(inputs)
});
/**
* | output |
* | --- |
* | "Runs" |
*
* @param {Runs_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_title = /** @type {((inputs?: Runs_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_title(inputs)
	return __en.runs_title(inputs)
});
/**
* | output |
* | --- |
* | "Unpin" |
*
* @param {Runs_UnpinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_unpin = /** @type {((inputs?: Runs_UnpinInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_UnpinInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_unpin(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_unpin(inputs)
	if (locale === "en-XA") return __en_xa2.runs_unpin(inputs)
	return __en.runs_unpin(inputs)
});
/**
* | output |
* | --- |
* | "Unpin the baseline" |
*
* @param {Runs_Unpin_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_unpin_label = /** @type {((inputs?: Runs_Unpin_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Unpin_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_unpin_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_unpin_label(inputs)
	if (locale === "en-XA") return __en_xa2.runs_unpin_label(inputs)
	return __en.runs_unpin_label(inputs)
});
/**
* | output |
* | --- |
* | "Unpin: runs are compared with the run before each again" |
*
* @param {Runs_Unpin_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const runs_unpin_title = /** @type {((inputs?: Runs_Unpin_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Unpin_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.runs_unpin_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.runs_unpin_title(inputs)
	if (locale === "en-XA") return __en_xa2.runs_unpin_title(inputs)
	return __en.runs_unpin_title(inputs)
});
/**
* | output |
* | --- |
* | "done" |
*
* @param {Status_CompletedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_completed = /** @type {((inputs?: Status_CompletedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_CompletedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.status_completed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.status_completed(inputs)
	if (locale === "en-XA") return __en_xa2.status_completed(inputs)
	return __en.status_completed(inputs)
});
/**
* | output |
* | --- |
* | "early-stopped" |
*
* @param {Status_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_early_stopped = /** @type {((inputs?: Status_Early_StoppedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_Early_StoppedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.status_early_stopped(inputs)
	if (locale === "zh-Hant") return __zh_hant1.status_early_stopped(inputs)
	if (locale === "en-XA") return __en_xa2.status_early_stopped(inputs)
	return __en.status_early_stopped(inputs)
});
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Status_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_failed = /** @type {((inputs?: Status_FailedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_FailedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.status_failed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.status_failed(inputs)
	if (locale === "en-XA") return __en_xa2.status_failed(inputs)
	return __en.status_failed(inputs)
});
/**
* | output |
* | --- |
* | "interrupted" |
*
* @param {Status_InterruptedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_interrupted = /** @type {((inputs?: Status_InterruptedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_InterruptedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.status_interrupted(inputs)
	if (locale === "zh-Hant") return __zh_hant1.status_interrupted(inputs)
	if (locale === "en-XA") return __en_xa2.status_interrupted(inputs)
	return __en.status_interrupted(inputs)
});
/**
* | output |
* | --- |
* | "paused" |
*
* @param {Status_PausedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_paused = /** @type {((inputs?: Status_PausedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_PausedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.status_paused(inputs)
	if (locale === "zh-Hant") return __zh_hant1.status_paused(inputs)
	if (locale === "en-XA") return __en_xa2.status_paused(inputs)
	return __en.status_paused(inputs)
});
/**
* | output |
* | --- |
* | "queued" |
*
* @param {Status_QueuedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_queued = /** @type {((inputs?: Status_QueuedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_QueuedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.status_queued(inputs)
	if (locale === "zh-Hant") return __zh_hant1.status_queued(inputs)
	if (locale === "en-XA") return __en_xa2.status_queued(inputs)
	return __en.status_queued(inputs)
});
/**
* | output |
* | --- |
* | "training" |
*
* @param {Status_RunningInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_running = /** @type {((inputs?: Status_RunningInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_RunningInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.status_running(inputs)
	if (locale === "zh-Hant") return __zh_hant1.status_running(inputs)
	if (locale === "en-XA") return __en_xa2.status_running(inputs)
	return __en.status_running(inputs)
});
/**
* | output |
* | --- |
* | "stopped" |
*
* @param {Status_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const status_stopped = /** @type {((inputs?: Status_StoppedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_StoppedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.status_stopped(inputs)
	if (locale === "zh-Hant") return __zh_hant1.status_stopped(inputs)
	if (locale === "en-XA") return __en_xa2.status_stopped(inputs)
	return __en.status_stopped(inputs)
});
/**
* | output |
* | --- |
* | "Select a layer to change its settings. The model so far:" |
*
* @param {Summary_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_hint = /** @type {((inputs?: Summary_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_hint(inputs)
	if (locale === "en-XA") return __en_xa2.summary_hint(inputs)
	return __en.summary_hint(inputs)
});
/**
* | output |
* | --- |
* | "copy / paste layers" |
*
* @param {Summary_Key_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_copy = /** @type {((inputs?: Summary_Key_CopyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_Key_CopyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_key_copy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_key_copy(inputs)
	if (locale === "en-XA") return __en_xa2.summary_key_copy(inputs)
	return __en.summary_key_copy(inputs)
});
/**
* | output |
* | --- |
* | "delete the selection" |
*
* @param {Summary_Key_DeleteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_delete = /** @type {((inputs?: Summary_Key_DeleteInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_Key_DeleteInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_key_delete(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_key_delete(inputs)
	if (locale === "en-XA") return __en_xa2.summary_key_delete(inputs)
	return __en.summary_key_delete(inputs)
});
/**
* | output |
* | --- |
* | "duplicate" |
*
* @param {Summary_Key_DuplicateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_duplicate = /** @type {((inputs?: Summary_Key_DuplicateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_Key_DuplicateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_key_duplicate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_key_duplicate(inputs)
	if (locale === "en-XA") return __en_xa2.summary_key_duplicate(inputs)
	return __en.summary_key_duplicate(inputs)
});
/**
* | output |
* | --- |
* | "find a layer; {key} adds it" |
*
* @param {Summary_Key_FindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_find = /** @type {((inputs: Summary_Key_FindInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_Key_FindInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_key_find(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_key_find(inputs)
	if (locale === "en-XA") return __en_xa2.summary_key_find(inputs)
	return __en.summary_key_find(inputs)
});
/**
* | output |
* | --- |
* | "move the layer up / down the chain" |
*
* @param {Summary_Key_MoveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_move = /** @type {((inputs?: Summary_Key_MoveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_Key_MoveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_key_move(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_key_move(inputs)
	if (locale === "en-XA") return __en_xa2.summary_key_move(inputs)
	return __en.summary_key_move(inputs)
});
/**
* | output |
* | --- |
* | "select the previous / next layer" |
*
* @param {Summary_Key_SelectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_select = /** @type {((inputs?: Summary_Key_SelectInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_Key_SelectInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_key_select(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_key_select(inputs)
	if (locale === "en-XA") return __en_xa2.summary_key_select(inputs)
	return __en.summary_key_select(inputs)
});
/**
* | output |
* | --- |
* | "train" |
*
* @param {Summary_Key_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_train = /** @type {((inputs?: Summary_Key_TrainInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_Key_TrainInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_key_train(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_key_train(inputs)
	if (locale === "en-XA") return __en_xa2.summary_key_train(inputs)
	return __en.summary_key_train(inputs)
});
/**
* | output |
* | --- |
* | "undo ({key} to redo)" |
*
* @param {Summary_Key_UndoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_key_undo = /** @type {((inputs: Summary_Key_UndoInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_Key_UndoInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_key_undo(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_key_undo(inputs)
	if (locale === "en-XA") return __en_xa2.summary_key_undo(inputs)
	return __en.summary_key_undo(inputs)
});
/**
* | output |
* | --- |
* | "Keyboard" |
*
* @param {Summary_KeyboardInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_keyboard = /** @type {((inputs?: Summary_KeyboardInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_KeyboardInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_keyboard(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_keyboard(inputs)
	if (locale === "en-XA") return __en_xa2.summary_keyboard(inputs)
	return __en.summary_keyboard(inputs)
});
/**
* | output |
* | --- |
* | "Model summary" |
*
* @param {Summary_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const summary_label = /** @type {((inputs?: Summary_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Summary_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.summary_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.summary_label(inputs)
	if (locale === "en-XA") return __en_xa2.summary_label(inputs)
	return __en.summary_label(inputs)
});
/**
* | output |
* | --- |
* | "Keras code" |
*
* @param {Tab_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_code = /** @type {((inputs?: Tab_CodeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_CodeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tab_code(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tab_code(inputs)
	if (locale === "en-XA") return __en_xa2.tab_code(inputs)
	return __en.tab_code(inputs)
});
/**
* | output |
* | --- |
* | "Grid" |
*
* @param {Tab_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_grid = /** @type {((inputs?: Tab_GridInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_GridInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tab_grid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tab_grid(inputs)
	if (locale === "en-XA") return __en_xa2.tab_grid(inputs)
	return __en.tab_grid(inputs)
});
/**
* | output |
* | --- |
* | "{count} swept" |
*
* @param {Tab_Grid_SweptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_grid_swept = /** @type {((inputs: Tab_Grid_SweptInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_Grid_SweptInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tab_grid_swept(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tab_grid_swept(inputs)
	if (locale === "en-XA") return __en_xa2.tab_grid_swept(inputs)
	return __en.tab_grid_swept(inputs)
});
/**
* | output |
* | --- |
* | "Layer" |
*
* @param {Tab_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_layer = /** @type {((inputs?: Tab_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tab_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tab_layer(inputs)
	if (locale === "en-XA") return __en_xa2.tab_layer(inputs)
	return __en.tab_layer(inputs)
});
/**
* | output |
* | --- |
* | "Data & training" |
*
* @param {Tab_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tab_training = /** @type {((inputs?: Tab_TrainingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_TrainingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tab_training(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tab_training(inputs)
	if (locale === "en-XA") return __en_xa2.tab_training(inputs)
	return __en.tab_training(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Tabs_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tabs_label = /** @type {((inputs?: Tabs_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tabs_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tabs_label(inputs)
	if (locale === "en-XA") return __en_xa2.tabs_label(inputs)
	return __en.tabs_label(inputs)
});
/**
* | output |
* | --- |
* | "The template's model takes other inputs, so {dataset} comes with it." |
*
* @param {Template_Dataset_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const template_dataset_note = /** @type {((inputs: Template_Dataset_NoteInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Dataset_NoteInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.template_dataset_note(inputs)
	if (locale === "zh-Hant") return __zh_hant1.template_dataset_note(inputs)
	if (locale === "en-XA") return __en_xa2.template_dataset_note(inputs)
	return __en.template_dataset_note(inputs)
});
/**
* | output |
* | --- |
* | "Keep mine" |
*
* @param {Templatedialog_KeepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_keep = /** @type {((inputs?: Templatedialog_KeepInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templatedialog_KeepInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.templatedialog_keep(inputs)
	if (locale === "zh-Hant") return __zh_hant1.templatedialog_keep(inputs)
	if (locale === "en-XA") return __en_xa2.templatedialog_keep(inputs)
	return __en.templatedialog_keep(inputs)
});
/**
* | output |
* | --- |
* | "LayerLab remembers your answer until you reload; Undo puts your lab back." |
*
* @param {Templatedialog_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_note = /** @type {((inputs?: Templatedialog_NoteInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templatedialog_NoteInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.templatedialog_note(inputs)
	if (locale === "zh-Hant") return __zh_hant1.templatedialog_note(inputs)
	if (locale === "en-XA") return __en_xa2.templatedialog_note(inputs)
	return __en.templatedialog_note(inputs)
});
/**
* | output |
* | --- |
* | "Keep your training settings, so its runs compare fairly with the ones before, or use the template's?" |
*
* @param {Templatedialog_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_question = /** @type {((inputs?: Templatedialog_QuestionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templatedialog_QuestionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.templatedialog_question(inputs)
	if (locale === "zh-Hant") return __zh_hant1.templatedialog_question(inputs)
	if (locale === "en-XA") return __en_xa2.templatedialog_question(inputs)
	return __en.templatedialog_question(inputs)
});
/**
* | output |
* | --- |
* | "The template's" |
*
* @param {Templatedialog_TemplatesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_templates = /** @type {((inputs?: Templatedialog_TemplatesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templatedialog_TemplatesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.templatedialog_templates(inputs)
	if (locale === "zh-Hant") return __zh_hant1.templatedialog_templates(inputs)
	if (locale === "en-XA") return __en_xa2.templatedialog_templates(inputs)
	return __en.templatedialog_templates(inputs)
});
/**
* | output |
* | --- |
* | "Training settings for {template}" |
*
* @param {Templatedialog_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_title = /** @type {((inputs: Templatedialog_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templatedialog_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.templatedialog_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.templatedialog_title(inputs)
	if (locale === "en-XA") return __en_xa2.templatedialog_title(inputs)
	return __en.templatedialog_title(inputs)
});
/**
* | output |
* | --- |
* | "Use the template's" |
*
* @param {Templatedialog_UseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_use = /** @type {((inputs?: Templatedialog_UseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templatedialog_UseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.templatedialog_use(inputs)
	if (locale === "zh-Hant") return __zh_hant1.templatedialog_use(inputs)
	if (locale === "en-XA") return __en_xa2.templatedialog_use(inputs)
	return __en.templatedialog_use(inputs)
});
/**
* | output |
* | --- |
* | "Yours" |
*
* @param {Templatedialog_YoursInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const templatedialog_yours = /** @type {((inputs?: Templatedialog_YoursInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templatedialog_YoursInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.templatedialog_yours(inputs)
	if (locale === "zh-Hant") return __zh_hant1.templatedialog_yours(inputs)
	if (locale === "en-XA") return __en_xa2.templatedialog_yours(inputs)
	return __en.templatedialog_yours(inputs)
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
/**
* | output |
* | --- |
* | "Two convolution blocks, Dropout(0.5), softmax: the Keras MNIST convnet." |
*
* @param {Tpl_Cnn_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_cnn_blurb = /** @type {((inputs?: Tpl_Cnn_BlurbInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Cnn_BlurbInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_cnn_blurb(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_cnn_blurb(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_cnn_blurb(inputs)
	return __en.tpl_cnn_blurb(inputs)
});
/**
* | output |
* | --- |
* | "Small CNN" |
*
* @param {Tpl_Cnn_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_cnn_title = /** @type {((inputs?: Tpl_Cnn_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Cnn_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_cnn_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_cnn_title(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_cnn_title(inputs)
	return __en.tpl_cnn_title(inputs)
});
/**
* | output |
* | --- |
* | "Movie reviews as 10,000-word multi-hot vectors; overfits after a few epochs." |
*
* @param {Tpl_Imdb_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_imdb_blurb = /** @type {((inputs?: Tpl_Imdb_BlurbInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Imdb_BlurbInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_imdb_blurb(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_imdb_blurb(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_imdb_blurb(inputs)
	return __en.tpl_imdb_blurb(inputs)
});
/**
* | output |
* | --- |
* | "MNIST pixels straight into a softmax: the baseline every network must beat." |
*
* @param {Tpl_Logistic_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_logistic_blurb = /** @type {((inputs?: Tpl_Logistic_BlurbInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Logistic_BlurbInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_logistic_blurb(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_logistic_blurb(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_logistic_blurb(inputs)
	return __en.tpl_logistic_blurb(inputs)
});
/**
* | output |
* | --- |
* | "Logistic regression" |
*
* @param {Tpl_Logistic_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_logistic_title = /** @type {((inputs?: Tpl_Logistic_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Logistic_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_logistic_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_logistic_title(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_logistic_title(inputs)
	return __en.tpl_logistic_title(inputs)
});
/**
* | output |
* | --- |
* | "One hidden layer of 16: too small to overfit much." |
*
* @param {Tpl_Mlp16_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_mlp16_blurb = /** @type {((inputs?: Tpl_Mlp16_BlurbInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Mlp16_BlurbInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_mlp16_blurb(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_mlp16_blurb(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_mlp16_blurb(inputs)
	return __en.tpl_mlp16_blurb(inputs)
});
/**
* | output |
* | --- |
* | "Small MLP (16 units)" |
*
* @param {Tpl_Mlp16_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_mlp16_title = /** @type {((inputs?: Tpl_Mlp16_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Mlp16_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_mlp16_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_mlp16_title(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_mlp16_title(inputs)
	return __en.tpl_mlp16_title(inputs)
});
/**
* | output |
* | --- |
* | "Keras' classic MNIST MLP (784-512-512-10): big enough to overfit; add Dropout to fix it." |
*
* @param {Tpl_Mlp512_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_mlp512_blurb = /** @type {((inputs?: Tpl_Mlp512_BlurbInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Mlp512_BlurbInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_mlp512_blurb(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_mlp512_blurb(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_mlp512_blurb(inputs)
	return __en.tpl_mlp512_blurb(inputs)
});
/**
* | output |
* | --- |
* | "Two noisy half-moons, generated on the spot: overfits within a minute on any machine." |
*
* @param {Tpl_Moons_BlurbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_moons_blurb = /** @type {((inputs?: Tpl_Moons_BlurbInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Moons_BlurbInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_moons_blurb(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_moons_blurb(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_moons_blurb(inputs)
	return __en.tpl_moons_blurb(inputs)
});
/**
* | output |
* | --- |
* | "Two moons (no download)" |
*
* @param {Tpl_Moons_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const tpl_moons_title = /** @type {((inputs?: Tpl_Moons_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tpl_Moons_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.tpl_moons_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.tpl_moons_title(inputs)
	if (locale === "en-XA") return __en_xa2.tpl_moons_title(inputs)
	return __en.tpl_moons_title(inputs)
});
/**
* | output |
* | --- |
* | "Early stopping" |
*
* @param {Training_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_early_stopping = /** @type {((inputs?: Training_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.training_early_stopping(inputs)
	return __en.training_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "fraction held out" |
*
* @param {Training_Fraction_Held_OutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_fraction_held_out = /** @type {((inputs?: Training_Fraction_Held_OutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Fraction_Held_OutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_fraction_held_out(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_fraction_held_out(inputs)
	if (locale === "en-XA") return __en_xa2.training_fraction_held_out(inputs)
	return __en.training_fraction_held_out(inputs)
});
/**
* | output |
* | --- |
* | "Training settings" |
*
* @param {Training_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_label = /** @type {((inputs?: Training_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_label(inputs)
	if (locale === "en-XA") return __en_xa2.training_label(inputs)
	return __en.training_label(inputs)
});
/**
* | output |
* | --- |
* | "{value} (default)" |
*
* @param {Training_Lr_DefaultInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_lr_default = /** @type {((inputs: Training_Lr_DefaultInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Lr_DefaultInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_lr_default(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_lr_default(inputs)
	if (locale === "en-XA") return __en_xa2.training_lr_default(inputs)
	return __en.training_lr_default(inputs)
});
/**
* | output |
* | --- |
* | "More: subset, seed, labels" |
*
* @param {Training_MoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_more = /** @type {((inputs?: Training_MoreInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_MoreInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_more(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_more(inputs)
	if (locale === "en-XA") return __en_xa2.training_more(inputs)
	return __en.training_more(inputs)
});
/**
* | output |
* | --- |
* | "restore the best weights" |
*
* @param {Training_Restore_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_restore_best = /** @type {((inputs?: Training_Restore_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Restore_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_restore_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_restore_best(inputs)
	if (locale === "en-XA") return __en_xa2.training_restore_best(inputs)
	return __en.training_restore_best(inputs)
});
/**
* | output |
* | --- |
* | "random" |
*
* @param {Training_Seed_RandomInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_seed_random = /** @type {((inputs?: Training_Seed_RandomInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Seed_RandomInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_seed_random(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_seed_random(inputs)
	if (locale === "en-XA") return __en_xa2.training_seed_random(inputs)
	return __en.training_seed_random(inputs)
});
/**
* | output |
* | --- |
* | "shuffle the labels (memorization experiment)" |
*
* @param {Training_Shuffle_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_shuffle_labels = /** @type {((inputs?: Training_Shuffle_LabelsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Shuffle_LabelsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_shuffle_labels(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_shuffle_labels(inputs)
	if (locale === "en-XA") return __en_xa2.training_shuffle_labels(inputs)
	return __en.training_shuffle_labels(inputs)
});
/**
* | output |
* | --- |
* | "train on first N" |
*
* @param {Training_SubsetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_subset = /** @type {((inputs?: Training_SubsetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_SubsetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_subset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_subset(inputs)
	if (locale === "en-XA") return __en_xa2.training_subset(inputs)
	return __en.training_subset(inputs)
});
/**
* | output |
* | --- |
* | "all" |
*
* @param {Training_Subset_AllInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_subset_all = /** @type {((inputs?: Training_Subset_AllInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Subset_AllInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_subset_all(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_subset_all(inputs)
	if (locale === "en-XA") return __en_xa2.training_subset_all(inputs)
	return __en.training_subset_all(inputs)
});
/**
* | output |
* | --- |
* | "Training" |
*
* @param {Training_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_title = /** @type {((inputs?: Training_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_title(inputs)
	if (locale === "en-XA") return __en_xa2.training_title(inputs)
	return __en.training_title(inputs)
});
/**
* | output |
* | --- |
* | "Validation" |
*
* @param {Training_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_validation = /** @type {((inputs?: Training_ValidationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_ValidationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_validation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_validation(inputs)
	if (locale === "en-XA") return __en_xa2.training_validation(inputs)
	return __en.training_validation(inputs)
});
/**
* | output |
* | --- |
* | "Validation data" |
*
* @param {Training_Validation_DataInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_validation_data = /** @type {((inputs?: Training_Validation_DataInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Validation_DataInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_validation_data(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_validation_data(inputs)
	if (locale === "en-XA") return __en_xa2.training_validation_data(inputs)
	return __en.training_validation_data(inputs)
});
/**
* | output |
* | --- |
* | "a held-out fraction (validation_split)" |
*
* @param {Training_Validation_SplitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_validation_split = /** @type {((inputs?: Training_Validation_SplitInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Validation_SplitInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_validation_split(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_validation_split(inputs)
	if (locale === "en-XA") return __en_xa2.training_validation_split(inputs)
	return __en.training_validation_split(inputs)
});
/**
* | output |
* | --- |
* | "the dataset's test set" |
*
* @param {Training_Validation_TestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const training_validation_test = /** @type {((inputs?: Training_Validation_TestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Training_Validation_TestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.training_validation_test(inputs)
	if (locale === "zh-Hant") return __zh_hant1.training_validation_test(inputs)
	if (locale === "en-XA") return __en_xa2.training_validation_test(inputs)
	return __en.training_validation_test(inputs)
});
/**
* | output |
* | --- |
* | "Untitled lab" |
*
* @param {Untitled_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const untitled_lab = /** @type {((inputs?: Untitled_LabInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Untitled_LabInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.untitled_lab(inputs)
	if (locale === "zh-Hant") return __zh_hant1.untitled_lab(inputs)
	if (locale === "en-XA") return __en_xa2.untitled_lab(inputs)
	return __en.untitled_lab(inputs)
});
/**
* | output |
* | --- |
* | "{what} of {layer} per epoch, one line per run" |
*
* @param {Weights_Curve_DescribeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_curve_describe = /** @type {((inputs: Weights_Curve_DescribeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_Curve_DescribeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_curve_describe(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_curve_describe(inputs)
	if (locale === "en-XA") return __en_xa2.weights_curve_describe(inputs)
	return __en.weights_curve_describe(inputs)
});
/**
* | output |
* | --- |
* | "Gradient norm (log)" |
*
* @param {Weights_GradInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_grad = /** @type {((inputs?: Weights_GradInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_GradInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_grad(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_grad(inputs)
	if (locale === "en-XA") return __en_xa2.weights_grad(inputs)
	return __en.weights_grad(inputs)
});
/**
* | output |
* | --- |
* | "Histogram of the {layer} kernel's values at epoch {epoch}, one line per run" |
*
* @param {Weights_Hist_DescribeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_hist_describe = /** @type {((inputs: Weights_Hist_DescribeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_Hist_DescribeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_hist_describe(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_hist_describe(inputs)
	if (locale === "en-XA") return __en_xa2.weights_hist_describe(inputs)
	return __en.weights_hist_describe(inputs)
});
/**
* | output |
* | --- |
* | "{layer} kernel values at epoch {epoch}" |
*
* @param {Weights_Hist_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_hist_title = /** @type {((inputs: Weights_Hist_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_Hist_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_hist_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_hist_title(inputs)
	if (locale === "en-XA") return __en_xa2.weights_hist_title(inputs)
	return __en.weights_hist_title(inputs)
});
/**
* | output |
* | --- |
* | "Kernel histogram" |
*
* @param {Weights_HistogramInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_histogram = /** @type {((inputs?: Weights_HistogramInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_HistogramInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_histogram(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_histogram(inputs)
	if (locale === "en-XA") return __en_xa2.weights_histogram(inputs)
	return __en.weights_histogram(inputs)
});
/**
* | output |
* | --- |
* | "L1 norm" |
*
* @param {Weights_L1Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_l1 = /** @type {((inputs?: Weights_L1Inputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_L1Inputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_l1(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_l1(inputs)
	if (locale === "en-XA") return __en_xa2.weights_l1(inputs)
	return __en.weights_l1(inputs)
});
/**
* | output |
* | --- |
* | "L2 norm" |
*
* @param {Weights_L2Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_l2 = /** @type {((inputs?: Weights_L2Inputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_L2Inputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_l2(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_l2(inputs)
	if (locale === "en-XA") return __en_xa2.weights_l2(inputs)
	return __en.weights_l2(inputs)
});
/**
* | output |
* | --- |
* | "Weight layer" |
*
* @param {Weights_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_layer = /** @type {((inputs?: Weights_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_layer(inputs)
	if (locale === "en-XA") return __en_xa2.weights_layer(inputs)
	return __en.weights_layer(inputs)
});
/**
* | output |
* | --- |
* | "A logarithmic y axis: the rest of the histogram stays visible beside a spike of zeros" |
*
* @param {Weights_Log_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_log_title = /** @type {((inputs?: Weights_Log_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_Log_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_log_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_log_title(inputs)
	if (locale === "en-XA") return __en_xa2.weights_log_title(inputs)
	return __en.weights_log_title(inputs)
});
/**
* | output |
* | --- |
* | "These runs' models have no layer with weights to show." |
*
* @param {Weights_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_none = /** @type {((inputs?: Weights_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_none(inputs)
	if (locale === "en-XA") return __en_xa2.weights_none(inputs)
	return __en.weights_none(inputs)
});
/**
* | output |
* | --- |
* | "Over the epochs" |
*
* @param {Weights_OverInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_over = /** @type {((inputs?: Weights_OverInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_OverInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_over(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_over(inputs)
	if (locale === "en-XA") return __en_xa2.weights_over(inputs)
	return __en.weights_over(inputs)
});
/**
* | output |
* | --- |
* | "Sparsity" |
*
* @param {Weights_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_sparsity = /** @type {((inputs?: Weights_SparsityInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_SparsityInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_sparsity(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_sparsity(inputs)
	if (locale === "en-XA") return __en_xa2.weights_sparsity(inputs)
	return __en.weights_sparsity(inputs)
});
/**
* | output |
* | --- |
* | "Share of weights with \|w\| < 0.001" |
*
* @param {Weights_Sparsity_DescribeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_sparsity_describe = /** @type {((inputs?: Weights_Sparsity_DescribeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_Sparsity_DescribeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_sparsity_describe(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_sparsity_describe(inputs)
	if (locale === "en-XA") return __en_xa2.weights_sparsity_describe(inputs)
	return __en.weights_sparsity_describe(inputs)
});
/**
* | output |
* | --- |
* | "weight value w" |
*
* @param {Weights_XInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_x = /** @type {((inputs?: Weights_XInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_XInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_x(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_x(inputs)
	if (locale === "en-XA") return __en_xa2.weights_x(inputs)
	return __en.weights_x(inputs)
});
/**
* | output |
* | --- |
* | "density" |
*
* @param {Weights_YInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const weights_y = /** @type {((inputs?: Weights_YInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Weights_YInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.weights_y(inputs)
	if (locale === "zh-Hant") return __zh_hant1.weights_y(inputs)
	if (locale === "en-XA") return __en_xa2.weights_y(inputs)
	return __en.weights_y(inputs)
});