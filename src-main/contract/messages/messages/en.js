/* eslint-disable */
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
import * as registry from "../registry.js"


export const activations_bars_label = /** @type {(inputs: Activations_Bars_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}, per layer and run`)
};

export const activations_dead = /** @type {(inputs: Activations_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dead ReLUs`)
};

export const activations_dead_title = /** @type {(inputs: Activations_Dead_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dead ReLU units`)
};

export const activations_dead_units = /** @type {(inputs: Activations_Dead_UnitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dead units`)
};

export const activations_describe = /** @type {(inputs: Activations_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} of ${i?.layer}'s outputs by epoch, a line per run`)
};

export const activations_history_title = /** @type {(inputs: Activations_History_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} of ${i?.layer} by epoch`)
};

export const activations_layer_label = /** @type {(inputs: Activations_Layer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Layer by epoch`)
};

export const activations_mean_std = /** @type {(inputs: Activations_Mean_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mean ± std`)
};

export const activations_none = /** @type {(inputs: Activations_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The ticked runs recorded no activations.`)
};

export const activations_of = /** @type {(inputs: Activations_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`of`)
};

export const activations_spread = /** @type {(inputs: Activations_SpreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spread (std)`)
};

export const activations_spread_title = /** @type {(inputs: Activations_Spread_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mean ± std of each layer's outputs`)
};

export const activations_stat_label = /** @type {(inputs: Activations_Stat_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Statistic by epoch`)
};

export const activations_std = /** @type {(inputs: Activations_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`std of outputs`)
};

export const activations_tick = /** @type {(inputs: Activations_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick a run to see its activations.`)
};

export const aug_cval_help = /** @type {(inputs: Aug_Cval_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`in the model's units: 0 black, 1 white`)
};

export const aug_fill_constant = /** @type {(inputs: Aug_Fill_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fills with cval (kkk|abcd|kkk)`)
};

export const aug_fill_mode = /** @type {(inputs: Aug_Fill_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fill mode`)
};

export const aug_fill_nearest = /** @type {(inputs: Aug_Fill_NearestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`repeats the edge pixels (aaa|abcd|ddd)`)
};

export const aug_fill_reflect = /** @type {(inputs: Aug_Fill_ReflectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mirrors the image (cba|abcd|dcb)`)
};

export const aug_fill_value = /** @type {(inputs: Aug_Fill_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fill value`)
};

export const aug_fill_wrap = /** @type {(inputs: Aug_Fill_WrapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`repeats the image (abc|abcd|bcd: scipy overlaps the ends)`)
};

export const aug_flip_lr = /** @type {(inputs: Aug_Flip_LrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`flip left-right`)
};

export const aug_flip_ud = /** @type {(inputs: Aug_Flip_UdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`flip upside down`)
};

export const aug_height_shift = /** @type {(inputs: Aug_Height_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`height shift`)
};

export const aug_height_shift_help = /** @type {(inputs: Aug_Height_Shift_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fraction of the height (< 1) or pixels; Keras moves the image sideways for it`)
};

export const aug_label = /** @type {(inputs: Aug_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Augmentation settings`)
};

export const aug_not_images = /** @type {(inputs: Aug_Not_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Augmentation transforms images; ${i?.title} examples are ${i?.shape}, so it does not apply here.`)
};

export const aug_on = /** @type {(inputs: Aug_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`augment the training images`)
};

export const aug_rotation = /** @type {(inputs: Aug_RotationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rotation°`)
};

export const aug_rotation_help = /** @type {(inputs: Aug_Rotation_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a random angle in ±r degrees`)
};

export const aug_shear = /** @type {(inputs: Aug_ShearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shear°`)
};

export const aug_shear_help = /** @type {(inputs: Aug_Shear_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a random shear angle in ±s degrees`)
};

export const aug_title = /** @type {(inputs: Aug_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Augmentation`)
};

export const aug_turn_off = /** @type {(inputs: Aug_Turn_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Turn augmentation off`)
};

export const aug_width_shift = /** @type {(inputs: Aug_Width_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`width shift`)
};

export const aug_width_shift_help = /** @type {(inputs: Aug_Width_Shift_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fraction of the width (< 1) or pixels; Keras moves the image up and down for it`)
};

export const aug_zoom = /** @type {(inputs: Aug_ZoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`zoom`)
};

export const aug_zoom_help = /** @type {(inputs: Aug_Zoom_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`scale by 1 ± z, each axis on its own`)
};

export const augpreview_another = /** @type {(inputs: Augpreview_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Another sample`)
};

export const augpreview_augmented = /** @type {(inputs: Augpreview_AugmentedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`augmented`)
};

export const augpreview_hint = /** @type {(inputs: Augpreview_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Original, then augmented versions`)
};

export const augpreview_label = /** @type {(inputs: Augpreview_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Augmentation preview`)
};

export const augpreview_loading = /** @type {(inputs: Augpreview_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the first training images…`)
};

export const augpreview_original = /** @type {(inputs: Augpreview_OriginalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`original`)
};

export const badge_browser = /** @type {(inputs: Badge_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Browser host`)
};

export const badge_checking = /** @type {(inputs: Badge_CheckingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checking the compute backend…`)
};

export const badge_desktop = /** @type {(inputs: Badge_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Desktop app`)
};

export const badge_faster_not_used = /** @type {(inputs: Badge_Faster_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faster options not used:`)
};

export const badge_fastest = /** @type {(inputs: Badge_FastestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is the fastest backend LayerLab knows.`)
};

export const badge_reconnecting = /** @type {(inputs: Badge_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reconnecting to the LayerLab server…`)
};

export const badge_title = /** @type {(inputs: Badge_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trains on ${i?.backend}: the compute backend the trainer uses`)
};

export const badge_trains_on = /** @type {(inputs: Badge_Trains_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trains on`)
};

export const boundary_classes = /** @type {(inputs: Boundary_ClassesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Classes`)
};

export const boundary_key = /** @type {(inputs: Boundary_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pale: the model hesitates · strong: it is sure`)
};

export const boundary_label = /** @type {(inputs: Boundary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decision boundary`)
};

export const boundary_none_tick = /** @type {(inputs: Boundary_None_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The decision boundary is drawn for models that take 2 inputs (the generated 2-D sets, a 2-column CSV); tick such a run to see it.`)
};

export const boundary_none_ticked = /** @type {(inputs: Boundary_None_TickedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The decision boundary is drawn for models that take 2 inputs (the generated 2-D sets, a 2-column CSV); no ticked run has one.`)
};

export const boundary_plot_label = /** @type {(inputs: Boundary_Plot_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Decision boundary of ${i?.name} at epoch ${i?.epoch}: the predicted class over the input plane, with the training points`)
};

export const cancel = /** @type {(inputs: CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancel`)
};

export const canvas_empty = /** @type {(inputs: Canvas_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Drag layers here from the palette, or pick one of the ${i?.key}.`)
};

export const canvas_label = /** @type {(inputs: Canvas_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model graph. Arrow keys move between layers, Delete removes, Alt+arrows reorder.`)
};

export const canvas_layers = /** @type {(inputs: Canvas_LayersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} layer`);
	return /** @type {LocalizedString} */ (`${i?.count} layers`)
	
};

export const canvas_parameters = /** @type {(inputs: Canvas_ParametersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`parameter`);
	return /** @type {LocalizedString} */ (`parameters`)
	
};

export const canvas_structure = /** @type {(inputs: Canvas_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the model's layers and connections`)
};

export const chart_accuracy = /** @type {(inputs: Chart_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accuracy`)
};

export const chart_axis_epoch = /** @type {(inputs: Chart_Axis_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`epoch`)
};

export const chart_boundary = /** @type {(inputs: Chart_BoundaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boundary`)
};

export const chart_canvas_fallback = /** @type {(inputs: Chart_Canvas_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training curves; the numbers are in the runs list.`)
};

export const chart_canvas_label = /** @type {(inputs: Chart_Canvas_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} per epoch: training solid, validation dashed`)
};

export const chart_empty = /** @type {(inputs: Chart_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Press ${i?.key} to watch the training and validation curves, or tick runs in the list to compare them.`)
};

export const chart_enlarge = /** @type {(inputs: Chart_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enlarge`)
};

export const chart_enlarge_label = /** @type {(inputs: Chart_Enlarge_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enlarge the ${i?.title} chart`)
};

export const chart_enlarge_title = /** @type {(inputs: Chart_Enlarge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show this chart over most of the window`)
};

export const chart_enlarged = /** @type {(inputs: Chart_EnlargedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} chart, enlarged`)
};

export const chart_export_best = /** @type {(inputs: Chart_Export_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`best epoch (lowest val_loss)`)
};

export const chart_export_early_stopping = /** @type {(inputs: Chart_Export_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`early stopping`)
};

export const chart_export_penalty = /** @type {(inputs: Chart_Export_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1/L2 penalty (lines above: data loss)`)
};

export const chart_inside = /** @type {(inputs: Chart_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inside:`)
};

export const chart_key_best = /** @type {(inputs: Chart_Key_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`best val_loss`)
};

export const chart_key_penalty = /** @type {(inputs: Chart_Key_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`penalty`)
};

export const chart_key_training = /** @type {(inputs: Chart_Key_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`training`)
};

export const chart_key_validation = /** @type {(inputs: Chart_Key_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validation`)
};

export const chart_legend = /** @type {(inputs: Chart_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legend`)
};

export const chart_log = /** @type {(inputs: Chart_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log scale`)
};

export const chart_log_title = /** @type {(inputs: Chart_Log_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The loss on a logarithmic axis`)
};

export const chart_loss = /** @type {(inputs: Chart_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loss`)
};

export const chart_no_penalty = /** @type {(inputs: Chart_No_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No run here has an L1/L2 penalty: the data loss is the whole loss.`)
};

export const chart_penalty_note = /** @type {(inputs: Chart_Penalty_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lines: data loss. Dotted: the L1/L2 penalty, which Keras' loss and val_loss include.`)
};

export const chart_png_title = /** @type {(inputs: Chart_Png_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save this chart as a PNG image for a report (1600 px wide, with title and legend)`)
};

export const chart_predictions = /** @type {(inputs: Chart_PredictionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predictions`)
};

export const chart_section = /** @type {(inputs: Chart_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training curves`)
};

export const chart_split = /** @type {(inputs: Chart_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Split the penalty`)
};

export const chart_split_title = /** @type {(inputs: Chart_Split_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Draw the loss without the L1/L2 penalty (solid and dashed) and the penalty alone (dotted)`)
};

export const chart_validation_only = /** @type {(inputs: Chart_Validation_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation only`)
};

export const chart_validation_only_title = /** @type {(inputs: Chart_Validation_Only_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hide the training curves`)
};

export const chart_view = /** @type {(inputs: Chart_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chart view`)
};

export const chart_weights = /** @type {(inputs: Chart_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weights`)
};

export const cli_datasets_downloaded = /** @type {(inputs: Cli_Datasets_DownloadedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Downloaded ${i?.name} into ${i?.dir}`)
};

export const cli_datasets_found = /** @type {(inputs: Cli_Datasets_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`found in ${i?.dir}`)
};

export const cli_datasets_missing = /** @type {(inputs: Cli_Datasets_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`missing: ${i?.hint}`)
};

export const cli_datasets_searched = /** @type {(inputs: Cli_Datasets_SearchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Searched, in order: ${i?.dirs}`)
};

export const cli_datasets_synthetic = /** @type {(inputs: Cli_Datasets_SyntheticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Synthetic sets (synthetic:spirals, moons, circles, xor) need no files.`)
};

export const cli_runs_backend = /** @type {(inputs: Cli_Runs_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`backend`)
};

export const cli_runs_created = /** @type {(inputs: Cli_Runs_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`created`)
};

export const cli_runs_dataset = /** @type {(inputs: Cli_Runs_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dataset`)
};

export const cli_runs_empty = /** @type {(inputs: Cli_Runs_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No runs yet (store: ${i?.store}). Train one with: layerlab train LAB.layerlab.json`)
};

export const cli_runs_inside = /** @type {(inputs: Cli_Runs_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inside (first layer, last epoch)`)
};

export const cli_runs_name = /** @type {(inputs: Cli_Runs_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`name`)
};

export const cli_runs_status = /** @type {(inputs: Cli_Runs_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`status`)
};

export const cli_train_backend = /** @type {(inputs: Cli_Train_BackendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Backend: ${i?.backend}.`)
};

export const cli_train_best = /** @type {(inputs: Cli_Train_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`; best val_loss ${i?.loss} at epoch ${i?.epoch}`)
};

export const cli_train_done = /** @type {(inputs: Cli_Train_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.run} '${i?.name}' ${i?.status}${i?.how} after ${i?.epochs} epochs${i?.best}.`)
};

export const cli_train_early_stopped = /** @type {(inputs: Cli_Train_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (early stopping after epoch ${i?.epoch})`)
};

export const cli_train_started = /** @type {(inputs: Cli_Train_StartedInputs) => LocalizedString} */ (i) => {const epochsPlural = registry.plural("en", i?.epochs, {});
	if (epochsPlural === "one") return /** @type {LocalizedString} */ (`Training '${i?.name}' on ${i?.dataset}: ${i?.train} training and ${i?.val} validation examples, ${i?.epochs} epoch.`);
	return /** @type {LocalizedString} */ (`Training '${i?.name}' on ${i?.dataset}: ${i?.train} training and ${i?.val} validation examples, ${i?.epochs} epochs.`)
	
};

export const cli_train_stopping = /** @type {(inputs: Cli_Train_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stopping after this batch (Ctrl-C again to quit at once)...`)
};

export const close = /** @type {(inputs: CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close`)
};

export const code_copied = /** @type {(inputs: Code_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copied`)
};

export const code_copy = /** @type {(inputs: Code_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy`)
};

export const code_copy_failed = /** @type {(inputs: Code_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy failed: select the code and copy it`)
};

export const code_copy_title = /** @type {(inputs: Code_Copy_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy the whole script`)
};

export const code_download_title = /** @type {(inputs: Code_Download_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download the script as a .py file`)
};

export const code_label = /** @type {(inputs: Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras code of this lab`)
};

export const code_title = /** @type {(inputs: Code_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 3 script`)
};

export const code_updating = /** @type {(inputs: Code_UpdatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Updating…`)
};

export const code_warnings = /** @type {(inputs: Code_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What the script cannot say exactly`)
};

export const code_writing = /** @type {(inputs: Code_WritingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Writing the script…`)
};

export const confusion_fallback = /** @type {(inputs: Confusion_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confusion matrix of the validation data.`)
};

export const confusion_label = /** @type {(inputs: Confusion_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confusion matrix: true classes down, predicted classes across; the totals are beside it`)
};

export const dataset_examples = /** @type {(inputs: Dataset_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`examples`)
};

export const dataset_file = /** @type {(inputs: Dataset_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A file or folder…`)
};

export const dataset_generated = /** @type {(inputs: Dataset_GeneratedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (generated)`)
};

export const dataset_imdb = /** @type {(inputs: Dataset_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMDB reviews`)
};

export const dataset_info = /** @type {(inputs: Dataset_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}: ${i?.train} training and ${i?.test} test examples of ${i?.shape}, ${i?.classes} classes.`)
};

export const dataset_loading = /** @type {(inputs: Dataset_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the dataset description…`)
};

export const dataset_mnist = /** @type {(inputs: Dataset_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MNIST digits`)
};

export const dataset_noise = /** @type {(inputs: Dataset_NoiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`noise`)
};

export const dataset_num_words = /** @type {(inputs: Dataset_Num_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`most frequent words kept (num_words)`)
};

export const dataset_path_computer = /** @type {(inputs: Dataset_Path_ComputerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Path on the computer (CSV, .npz, or a folder of class folders)`)
};

export const dataset_path_server = /** @type {(inputs: Dataset_Path_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Path on the server (CSV, .npz, or a folder of class folders)`)
};

export const dataset_set_input = /** @type {(inputs: Dataset_Set_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Set the Input layer to ${i?.shape}`)
};

export const dataset_title = /** @type {(inputs: Dataset_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dataset`)
};

export const describe_augmentation = /** @type {(inputs: Describe_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`augmentation`)
};

export const describe_batch = /** @type {(inputs: Describe_BatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`batch ${i?.size}`)
};

export const describe_early_stopping = /** @type {(inputs: Describe_Early_StoppingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`early stopping (patience ${i?.patience})`)
};

export const describe_epochs = /** @type {(inputs: Describe_EpochsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} epoch`);
	return /** @type {LocalizedString} */ (`${i?.count} epochs`)
	
};

export const describe_fold = /** @type {(inputs: Describe_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fold ${i?.fold} of ${i?.folds}`)
};

export const describe_label_smoothing = /** @type {(inputs: Describe_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`label smoothing ${i?.value}`)
};

export const describe_no_shuffling = /** @type {(inputs: Describe_No_ShufflingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no shuffling`)
};

export const describe_no_validation = /** @type {(inputs: Describe_No_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no validation`)
};

export const describe_seed = /** @type {(inputs: Describe_SeedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`seed ${i?.seed}`)
};

export const describe_separator = /** @type {(inputs: Describe_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, `)
};

export const describe_shuffled_labels = /** @type {(inputs: Describe_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffled labels`)
};

export const describe_subset = /** @type {(inputs: Describe_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`subset ${i?.count}`)
};

export const describe_validation_split = /** @type {(inputs: Describe_Validation_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`validation ${i?.percent}%`)
};

export const describe_validation_test = /** @type {(inputs: Describe_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validation on the test set`)
};

export const duration_minutes = /** @type {(inputs: Duration_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} min ${i?.s} s`)
};

export const duration_seconds = /** @type {(inputs: Duration_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} s`)
};

export const export_busy = /** @type {(inputs: Export_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exporting`)
};

export const export_csv_description = /** @type {(inputs: Export_Csv_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The run's metrics per epoch, in the columns of Keras' CSVLogger (epoch counted from 0) plus the penalty, the data loss and the seconds.`)
};

export const export_csv_label = /** @type {(inputs: Export_Csv_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training history (.csv)`)
};

export const export_h5_description = /** @type {(inputs: Export_H5_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The trained model in Keras' legacy HDF5 format, as Keras 3's model.save('m.h5') writes it.`)
};

export const export_keras_description = /** @type {(inputs: Export_Keras_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The trained model for keras.models.load_model (Keras 3, TensorFlow 2.16 and later).`)
};

export const export_menu = /** @type {(inputs: Export_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export`)
};

export const export_needs_weights = /** @type {(inputs: Export_Needs_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`needs trained weights: this run has none`)
};

export const export_no_weights = /** @type {(inputs: Export_No_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This run has no trained weights (it ended before finishing an epoch): train it again, or export it as a Python script.`)
};

export const export_onnx_description = /** @type {(inputs: Export_Onnx_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The trained model for ONNX Runtime and other ONNX tools (opset 13).`)
};

export const export_python_description = /** @type {(inputs: Export_Python_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras code that loads the same data and builds, trains and plots the same model.`)
};

export const export_python_label = /** @type {(inputs: Export_Python_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Python script (.py)`)
};

export const export_run = /** @type {(inputs: Export_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Export ${i?.name}`)
};

export const export_tfjs_description = /** @type {(inputs: Export_Tfjs_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The trained model for tf.loadLayersModel in a browser or Node.js.`)
};

export const export_title = /** @type {(inputs: Export_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download this run's model or code`)
};

export const figures_grad = /** @type {(inputs: Figures_GradInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`grad`)
};

export const figures_grad_title = /** @type {(inputs: Figures_Grad_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Norm of the loss's gradient for this kernel on the epoch's last batch`)
};

export const figures_l1_title = /** @type {(inputs: Figures_L1_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sum of |w|`)
};

export const figures_l2_title = /** @type {(inputs: Figures_L2_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Square root of the sum of w²`)
};

export const figures_label = /** @type {(inputs: Figures_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} kernel figures at the selected epoch`)
};

export const figures_rms_title = /** @type {(inputs: Figures_Rms_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Root mean square of the weights: how wide the histogram is`)
};

export const figures_row_title = /** @type {(inputs: Figures_Row_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, at epoch ${i?.epoch}`)
};

export const figures_sparsity = /** @type {(inputs: Figures_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sparsity`)
};

export const filedrop_hint = /** @type {(inputs: Filedrop_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drop a lab (.layerlab.json) or a Keras model (.json, .keras, .h5) to open it`)
};

export const gallery_example_label = /** @type {(inputs: Gallery_Example_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Example ${i?.index}, a ${i?.label}`)
};

export const gallery_example_title = /** @type {(inputs: Gallery_Example_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Validation example #${i?.index}`)
};

export const gallery_none = /** @type {(inputs: Gallery_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No validation example is wrong at this epoch.`)
};

export const import_again = /** @type {(inputs: Import_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import again`)
};

export const import_button = /** @type {(inputs: Import_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import`)
};

export const import_button_title = /** @type {(inputs: Import_Button_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import (Ctrl+Enter)`)
};

export const import_done = /** @type {(inputs: Import_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Done`)
};

export const import_drop_label = /** @type {(inputs: Import_Drop_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code, or drop a .py file`)
};

export const import_hint = /** @type {(inputs: Import_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paste a model as your course writes it (${i?.sequential}, ${i?.add} or the functional API, with ${i?.compile} and ${i?.fit}), or drop a ${i?.py} file here.`)
};

export const import_importing = /** @type {(inputs: Import_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importing…`)
};

export const import_line = /** @type {(inputs: Import_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Line ${i?.line}`)
};

export const import_open_py = /** @type {(inputs: Import_Open_PyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open a .py file…`)
};

export const import_select_line = /** @type {(inputs: Import_Select_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Select line ${i?.line} in the code`)
};

export const import_title = /** @type {(inputs: Import_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import Keras code`)
};

export const import_warnings = /** @type {(inputs: Import_WarningsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Imported, with ${i?.count} warning`);
	return /** @type {LocalizedString} */ (`Imported, with ${i?.count} warnings`)
	
};

export const inspect_activations = /** @type {(inputs: Inspect_ActivationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activations`)
};

export const inspect_back = /** @type {(inputs: Inspect_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model`)
};

export const inspect_back_title = /** @type {(inputs: Inspect_Back_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the model (Esc)`)
};

export const inspect_empty_loading = /** @type {(inputs: Inspect_Empty_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading what the runs recorded…`)
};

export const inspect_empty_none = /** @type {(inputs: Inspect_Empty_NoneInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`The ticked run has no record of what happens inside its model: runs imported from Keras files and runs trained before LayerLab recorded weights, errors and boundaries have only their curves.`);
	return /** @type {LocalizedString} */ (`None of the ticked runs has a record of what happens inside its model: runs imported from Keras files and runs trained before LayerLab recorded weights, errors and boundaries have only their curves.`)
	
};

export const inspect_empty_tick = /** @type {(inputs: Inspect_Empty_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick runs in the runs list to look inside their models, epoch by epoch.`)
};

export const inspect_empty_train = /** @type {(inputs: Inspect_Empty_TrainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Train a run (or press ${i?.key} on one) to see inside it.`)
};

export const inspect_epoch = /** @type {(inputs: Inspect_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epoch`)
};

export const inspect_epoch_at = /** @type {(inputs: Inspect_Epoch_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`epoch ${i?.epoch} / ${i?.last}`)
};

export const inspect_epoch_shown = /** @type {(inputs: Inspect_Epoch_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epoch shown`)
};

export const inspect_epoch_zero = /** @type {(inputs: Inspect_Epoch_ZeroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epoch 0 is before training`)
};

export const inspect_play = /** @type {(inputs: Inspect_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the epochs`)
};

export const inspect_play_title = /** @type {(inputs: Inspect_Play_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step through the epochs`)
};

export const inspect_run = /** @type {(inputs: Inspect_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run`)
};

export const inspect_run_title = /** @type {(inputs: Inspect_Run_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The run this view shows`)
};

export const inspect_silent = /** @type {(inputs: Inspect_SilentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Not shown: ${i?.names} recorded nothing inside its model (imported or older runs).`);
	return /** @type {LocalizedString} */ (`Not shown: ${i?.names} recorded nothing inside their models (imported or older runs).`)
	
};

export const inspect_title = /** @type {(inputs: Inspect_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inside the model`)
};

export const inspect_view = /** @type {(inputs: Inspect_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inspect view`)
};

export const inspector_delete = /** @type {(inputs: Inspector_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete`)
};

export const inspector_duplicate = /** @type {(inputs: Inspector_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicate`)
};

export const inspector_label = /** @type {(inputs: Inspector_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Layer settings`)
};

export const inspector_move_down = /** @type {(inputs: Inspector_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move down`)
};

export const inspector_move_up = /** @type {(inputs: Inspector_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move up`)
};

export const inspector_output_shape = /** @type {(inputs: Inspector_Output_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Output shape`)
};

export const inspector_parameters = /** @type {(inputs: Inspector_ParametersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parameters`)
};

export const inspector_selected = /** @type {(inputs: Inspector_SelectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} layers selected.`)
};

export const inspector_trainable = /** @type {(inputs: Inspector_TrainableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} trainable`)
};

export const labdialog_bare = /** @type {(inputs: Labdialog_BareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A bare name means ${i?.key}.`)
};

export const labdialog_browse = /** @type {(inputs: Labdialog_BrowseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Browse…`)
};

export const labdialog_download = /** @type {(inputs: Labdialog_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download a copy`)
};

export const labdialog_existing = /** @type {(inputs: Labdialog_ExistingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Existing labs`)
};

export const labdialog_open = /** @type {(inputs: Labdialog_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open lab`)
};

export const labdialog_open_button = /** @type {(inputs: Labdialog_Open_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

export const labdialog_open_model = /** @type {(inputs: Labdialog_Open_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open a Keras model (.keras, .h5)…`)
};

export const labdialog_path = /** @type {(inputs: Labdialog_PathInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`File name or full path`)
};

export const labdialog_recent = /** @type {(inputs: Labdialog_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recent and saved labs`)
};

export const labdialog_save = /** @type {(inputs: Labdialog_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save lab`)
};

export const labdialog_upload = /** @type {(inputs: Labdialog_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Upload from this computer (a lab, a Keras model JSON or .keras / .h5 model)…`)
};

export const language_menu_title = /** @type {(inputs: Language_Menu_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const language_system = /** @type {(inputs: Language_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System language`)
};

export const layer_activation_summary = /** @type {(inputs: Layer_Activation_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Applies an activation function on its own.`)
};

export const layer_add_summary = /** @type {(inputs: Layer_Add_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adds two or more tensors of the same shape (residual connections).`)
};

export const layer_averagepooling2d_summary = /** @type {(inputs: Layer_Averagepooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Averages each window: halves the image with the default 2x2.`)
};

export const layer_batchnormalization_summary = /** @type {(inputs: Layer_Batchnormalization_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Normalizes each feature over the batch, then learns a scale and an offset.`)
};

export const layer_category_convolution = /** @type {(inputs: Layer_Category_ConvolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Convolution`)
};

export const layer_category_core = /** @type {(inputs: Layer_Category_CoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Core`)
};

export const layer_category_input = /** @type {(inputs: Layer_Category_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Input`)
};

export const layer_category_merge = /** @type {(inputs: Layer_Category_MergeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Merge`)
};

export const layer_category_pooling = /** @type {(inputs: Layer_Category_PoolingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pooling`)
};

export const layer_category_regularization = /** @type {(inputs: Layer_Category_RegularizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regularization`)
};

export const layer_concatenate_summary = /** @type {(inputs: Layer_Concatenate_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Joins two or more tensors along an axis (the last by default).`)
};

export const layer_conv2d_summary = /** @type {(inputs: Layer_Conv2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slides small filters over an image and learns local patterns.`)
};

export const layer_dense_summary = /** @type {(inputs: Layer_Dense_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fully connected layer: every output sees every input.`)
};

export const layer_dropout_summary = /** @type {(inputs: Layer_Dropout_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`During training, zeroes a random fraction of its inputs; does nothing at test time.`)
};

export const layer_flatten_summary = /** @type {(inputs: Layer_Flatten_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lays an image out as one long vector, for Dense layers.`)
};

export const layer_globalaveragepooling2d_summary = /** @type {(inputs: Layer_Globalaveragepooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Averages each channel over the whole image: [h, w, c] becomes [c].`)
};

export const layer_input_summary = /** @type {(inputs: Layer_Input_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where the data enters: the shape of one example, without the batch.`)
};

export const layer_maxpooling2d_summary = /** @type {(inputs: Layer_Maxpooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keeps the largest value of each window: halves the image with the default 2x2.`)
};

export const layer_reshape_summary = /** @type {(inputs: Layer_Reshape_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gives the same numbers a new shape; one size may be -1 (inferred).`)
};

export const lockwhat_augmentation = /** @type {(inputs: Lockwhat_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`data augmentation`)
};

export const lockwhat_batch_size = /** @type {(inputs: Lockwhat_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the batch size`)
};

export const lockwhat_dataset = /** @type {(inputs: Lockwhat_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the dataset`)
};

export const lockwhat_early_stopping = /** @type {(inputs: Lockwhat_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`early stopping`)
};

export const lockwhat_epochs = /** @type {(inputs: Lockwhat_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the epochs`)
};

export const lockwhat_label_smoothing = /** @type {(inputs: Lockwhat_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the label smoothing`)
};

export const lockwhat_learning_rate = /** @type {(inputs: Lockwhat_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the learning rate`)
};

export const lockwhat_loss = /** @type {(inputs: Lockwhat_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the loss`)
};

export const lockwhat_momentum = /** @type {(inputs: Lockwhat_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the momentum`)
};

export const lockwhat_optimizer = /** @type {(inputs: Lockwhat_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the optimizer`)
};

export const lockwhat_seed = /** @type {(inputs: Lockwhat_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the seed`)
};

export const lockwhat_shuffled_labels = /** @type {(inputs: Lockwhat_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffled labels`)
};

export const lockwhat_subset = /** @type {(inputs: Lockwhat_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the training subset`)
};

export const lockwhat_validation = /** @type {(inputs: Lockwhat_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the validation data`)
};

export const menu_edit = /** @type {(inputs: Menu_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Edit`)
};

export const menu_export_python = /** @type {(inputs: Menu_Export_PythonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export Python Script…`)
};

export const menu_file = /** @type {(inputs: Menu_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`File`)
};

export const menu_new_lab = /** @type {(inputs: Menu_New_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New Lab`)
};

export const menu_open_lab = /** @type {(inputs: Menu_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open Lab…`)
};

export const menu_run = /** @type {(inputs: Menu_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run`)
};

export const menu_save_as = /** @type {(inputs: Menu_Save_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save As…`)
};

export const menu_view = /** @type {(inputs: Menu_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`View`)
};

export const noconnection_needs = /** @type {(inputs: Noconnection_NeedsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This page needs the address that ${i?.key} printed:`)
};

export const noconnection_token = /** @type {(inputs: Noconnection_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The token in it keeps other programs and web pages from using your LayerLab.`)
};

export const node_not_connected = /** @type {(inputs: Node_Not_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not connected`)
};

export const node_shape_title = /** @type {(inputs: Node_Shape_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Output shape, as Keras' model.summary() prints it`)
};

export const notice_dismiss = /** @type {(inputs: Notice_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dismiss`)
};

export const notice_exported = /** @type {(inputs: Notice_ExportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Exported ${i?.files}.`)
};

export const notice_exported_tfjs = /** @type {(inputs: Notice_Exported_TfjsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exported model.json and weights.bin (load them with tf.loadLayersModel).`)
};

export const notice_imported_code = /** @type {(inputs: Notice_Imported_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Imported ${i?.what} as "${i?.name}"; Undo brings back the previous lab.`)
};

export const notice_opened = /** @type {(inputs: Notice_OpenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Opened ${i?.path}`)
};

export const notice_opened_keras_json = /** @type {(inputs: Notice_Opened_Keras_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Opened the Keras model JSON ${i?.name} as a new lab: check its dataset and training settings, then save it.`)
};

export const notice_opened_model = /** @type {(inputs: Notice_Opened_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Opened ${i?.file} as the run "${i?.run}": evaluate it on the test set or continue training it from the runs list.`)
};

export const notice_repair_store = /** @type {(inputs: Notice_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move the damaged store aside`)
};

export const notice_saved = /** @type {(inputs: Notice_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Saved ${i?.path}`)
};

export const notice_the_keras_code = /** @type {(inputs: Notice_The_Keras_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the Keras code`)
};

export const number_invalid = /** @type {(inputs: Number_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} must be a number.`)
};

export const number_needed = /** @type {(inputs: Number_NeededInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} needs a number.`)
};

export const overlay_baseline = /** @type {(inputs: Overlay_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Baseline: the other runs are compared with this one`)
};

export const overlay_compared_baseline = /** @type {(inputs: Overlay_Compared_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compared with the baseline`)
};

export const overlay_compared_baseline_named = /** @type {(inputs: Overlay_Compared_Baseline_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compared with the baseline, ${i?.name}`)
};

export const overlay_compared_before = /** @type {(inputs: Overlay_Compared_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compared with the run before`)
};

export const overlay_compared_before_named = /** @type {(inputs: Overlay_Compared_Before_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compared with the run before, ${i?.name}`)
};

export const overlay_same_baseline = /** @type {(inputs: Overlay_Same_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Same settings as the baseline`)
};

export const overlay_same_before = /** @type {(inputs: Overlay_Same_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Same settings as the run before`)
};

export const overlay_vs_baseline = /** @type {(inputs: Overlay_Vs_BaselineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vs the baseline: ${i?.changes}`)
};

export const overlay_vs_before = /** @type {(inputs: Overlay_Vs_BeforeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vs the run before: ${i?.changes}`)
};

export const palette_filter = /** @type {(inputs: Palette_FilterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter (press /)`)
};

export const palette_filter_label = /** @type {(inputs: Palette_Filter_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter layers`)
};

export const palette_hint = /** @type {(inputs: Palette_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drag onto the canvas, or click to add after the selected layer.`)
};

export const palette_title = /** @type {(inputs: Palette_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Layers`)
};

export const param_activity_regularizer_help = /** @type {(inputs: Param_Activity_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Penalty on the layer output, added to the loss.`)
};

export const param_bias_regularizer_help = /** @type {(inputs: Param_Bias_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Penalty on the biases, added to the loss.`)
};

export const param_kernel_regularizer_help = /** @type {(inputs: Param_Kernel_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Penalty on the weights, added to the loss.`)
};

export const param_pair_height = /** @type {(inputs: Param_Pair_HeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (height)`)
};

export const param_pair_width = /** @type {(inputs: Param_Pair_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (width)`)
};

export const param_pool_strides_help = /** @type {(inputs: Param_Pool_Strides_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empty means the pool size, as in Keras.`)
};

export const param_rate_help = /** @type {(inputs: Param_Rate_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fraction of the inputs to drop, from 0 up to (not including) 1.`)
};

export const param_regularizer_none = /** @type {(inputs: Param_Regularizer_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const param_regularizer_strength = /** @type {(inputs: Param_Regularizer_StrengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} strength`)
};

export const param_same_as_pool_size = /** @type {(inputs: Param_Same_As_Pool_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`same as pool size`)
};

export const param_shape_help = /** @type {(inputs: Param_Shape_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shape of one example.`)
};

export const param_shape_problem = /** @type {(inputs: Param_Shape_ProblemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write sizes separated by commas, like 28, 28, 1.`)
};

export const predictions_caption = /** @type {(inputs: Predictions_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows: true class. Colour: share of the row (darker is more).`)
};

export const predictions_cells = /** @type {(inputs: Predictions_CellsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cells show`)
};

export const predictions_counts = /** @type {(inputs: Predictions_CountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`counts`)
};

export const predictions_epoch = /** @type {(inputs: Predictions_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`epoch ${i?.epoch}`)
};

export const predictions_examples = /** @type {(inputs: Predictions_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`examples,`)
};

export const predictions_none = /** @type {(inputs: Predictions_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} has no validation data, so there is nothing to compare its predictions with: set a validation split (or the test set) in Data & training and train again.`)
};

export const predictions_on = /** @type {(inputs: Predictions_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on ${i?.split}:`)
};

export const predictions_rates = /** @type {(inputs: Predictions_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rates`)
};

export const predictions_right = /** @type {(inputs: Predictions_RightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`right`)
};

export const predictions_split = /** @type {(inputs: Predictions_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the held-out split`)
};

export const predictions_test_set = /** @type {(inputs: Predictions_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the test set`)
};

export const predictions_tick = /** @type {(inputs: Predictions_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick a run that recorded its insights to see its predictions.`)
};

export const predictions_wrong = /** @type {(inputs: Predictions_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Most confidently wrong`)
};

export const queue_next = /** @type {(inputs: Queue_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Queued: next in line for a trainer`)
};

export const queue_place = /** @type {(inputs: Queue_PlaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Queued: ${i?.place} in line for a trainer`)
};

export const runbar_best = /** @type {(inputs: Runbar_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`best val_loss ${i?.loss} at epoch ${i?.epoch} (${i?.accuracy} val accuracy)`)
};

export const runbar_dataset_problem = /** @type {(inputs: Runbar_Dataset_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dataset problem: ${i?.error}`)
};

export const runbar_empty = /** @type {(inputs: Runbar_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add layers after the Input to build a model, then press Train.`)
};

export const runbar_epoch = /** @type {(inputs: Runbar_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`epoch ${i?.done}/${i?.planned}`)
};

export const runbar_pause = /** @type {(inputs: Runbar_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

export const runbar_problems = /** @type {(inputs: Runbar_ProblemsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} problem to fix before training (shown in red on the canvas).`);
	return /** @type {LocalizedString} */ (`${i?.count} problems to fix before training (shown in red on the canvas).`)
	
};

export const runbar_progress = /** @type {(inputs: Runbar_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`batch ${i?.batch}/${i?.batches} · loss ${i?.loss} · accuracy ${i?.accuracy}`)
};

export const runbar_queued_place = /** @type {(inputs: Runbar_Queued_PlaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}; it starts by itself`)
};

export const runbar_ready = /** @type {(inputs: Runbar_ReadyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ready: press Train to fit the model and watch the curves.`)
};

export const runbar_resume = /** @type {(inputs: Runbar_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resume`)
};

export const runbar_settings = /** @type {(inputs: Runbar_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.epochs} epochs · batch ${i?.batch}`)
};

export const runbar_settings_title = /** @type {(inputs: Runbar_Settings_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dataset and training settings`)
};

export const runbar_started = /** @type {(inputs: Runbar_StartedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} train / ${i?.val} val on ${i?.backend}`)
};

export const runbar_stop = /** @type {(inputs: Runbar_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop`)
};

export const runbar_train = /** @type {(inputs: Runbar_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train`)
};

export const runbar_train_title = /** @type {(inputs: Runbar_Train_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train (Ctrl+Enter)`)
};

export const runbar_waiting = /** @type {(inputs: Runbar_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`waiting for a free trainer (other runs are training); it starts by itself`)
};

export const runs_acc_title = /** @type {(inputs: Runs_Acc_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best validation accuracy (at the epoch with the lowest val_loss)`)
};

export const runs_baseline_stays = /** @type {(inputs: Runs_Baseline_StaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The baseline stays on the charts: unpin it to hide it`)
};

export const runs_continue = /** @type {(inputs: Runs_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue`)
};

export const runs_continue_label = /** @type {(inputs: Runs_Continue_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continue training`)
};

export const runs_continue_title = /** @type {(inputs: Runs_Continue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train this run's model again from the weights it ended with: with the editor's settings while its lab is there, else as it was trained`)
};

export const runs_delete_sure = /** @type {(inputs: Runs_Delete_SureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sure?`)
};

export const runs_delete_title = /** @type {(inputs: Runs_Delete_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete this run`)
};

export const runs_empty = /** @type {(inputs: Runs_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No runs yet. Every training run is kept here, across sessions.`)
};

export const runs_epochs = /** @type {(inputs: Runs_EpochsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.planned} epochs`)
};

export const runs_evaluate = /** @type {(inputs: Runs_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluate`)
};

export const runs_evaluate_label = /** @type {(inputs: Runs_Evaluate_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluate on test set`)
};

export const runs_evaluate_title = /** @type {(inputs: Runs_Evaluate_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Score the trained model on the test set (loss, accuracy): of the dataset chosen in the editor while this run's lab is there, else of its own`)
};

export const runs_evaluating = /** @type {(inputs: Runs_EvaluatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluating on the test set`)
};

export const runs_imported = /** @type {(inputs: Runs_ImportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`imported weights`)
};

export const runs_inside_title = /** @type {(inputs: Runs_Inside_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inside the model at its last recorded epoch: the first layer's share of weights near 0 (|w| < 0.001) and its kernel's L2 norm`)
};

export const runs_inspect = /** @type {(inputs: Runs_InspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inspect`)
};

export const runs_inspect_label = /** @type {(inputs: Runs_Inspect_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inspect ${i?.name}`)
};

export const runs_inspect_title = /** @type {(inputs: Runs_Inspect_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See inside this run's model, epoch by epoch: its weights, its errors and, for 2-D data, its decision boundary`)
};

export const runs_lab = /** @type {(inputs: Runs_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lab`)
};

export const runs_lab_title = /** @type {(inputs: Runs_Lab_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put this run's model and settings in the editor`)
};

export const runs_name = /** @type {(inputs: Runs_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run name`)
};

export const runs_name_title = /** @type {(inputs: Runs_Name_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (double-click to rename)`)
};

export const runs_no_weights_continue = /** @type {(inputs: Runs_No_Weights_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This run has no trained weights to start from.`)
};

export const runs_no_weights_evaluate = /** @type {(inputs: Runs_No_Weights_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This run has no trained weights to evaluate.`)
};

export const runs_params = /** @type {(inputs: Runs_ParamsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} params`)
};

export const runs_pin = /** @type {(inputs: Runs_PinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pin`)
};

export const runs_pin_label = /** @type {(inputs: Runs_Pin_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pin ${i?.name} as the baseline`)
};

export const runs_pin_title = /** @type {(inputs: Runs_Pin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep this run on every chart and compare the other runs with it`)
};

export const runs_rename = /** @type {(inputs: Runs_RenameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rename`)
};

export const runs_show = /** @type {(inputs: Runs_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show ${i?.name} on the charts`)
};

export const runs_stopped_at = /** @type {(inputs: Runs_Stopped_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`stopped at ${i?.epoch}`)
};

export const runs_test_on = /** @type {(inputs: Runs_Test_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on ${i?.dataset}`)
};

export const runs_test_result = /** @type {(inputs: Runs_Test_ResultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`accuracy · loss ${i?.loss} · ${i?.count} examples`)
};

export const runs_test_set = /** @type {(inputs: Runs_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Test set:`)
};

export const runs_tick = /** @type {(inputs: Runs_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tick to compare`)
};

export const runs_title = /** @type {(inputs: Runs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Runs`)
};

export const runs_unpin = /** @type {(inputs: Runs_UnpinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unpin`)
};

export const runs_unpin_label = /** @type {(inputs: Runs_Unpin_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unpin the baseline`)
};

export const runs_unpin_title = /** @type {(inputs: Runs_Unpin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unpin: runs are compared with the run before each again`)
};

export const status_completed = /** @type {(inputs: Status_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`done`)
};

export const status_early_stopped = /** @type {(inputs: Status_Early_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`early-stopped`)
};

export const status_failed = /** @type {(inputs: Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`failed`)
};

export const status_interrupted = /** @type {(inputs: Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`interrupted`)
};

export const status_paused = /** @type {(inputs: Status_PausedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`paused`)
};

export const status_queued = /** @type {(inputs: Status_QueuedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`queued`)
};

export const status_running = /** @type {(inputs: Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`training`)
};

export const status_stopped = /** @type {(inputs: Status_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stopped`)
};

export const summary_hint = /** @type {(inputs: Summary_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select a layer to change its settings. The model so far:`)
};

export const summary_key_copy = /** @type {(inputs: Summary_Key_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`copy / paste layers`)
};

export const summary_key_delete = /** @type {(inputs: Summary_Key_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`delete the selection`)
};

export const summary_key_duplicate = /** @type {(inputs: Summary_Key_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicate`)
};

export const summary_key_find = /** @type {(inputs: Summary_Key_FindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`find a layer; ${i?.key} adds it`)
};

export const summary_key_move = /** @type {(inputs: Summary_Key_MoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`move the layer up / down the chain`)
};

export const summary_key_select = /** @type {(inputs: Summary_Key_SelectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`select the previous / next layer`)
};

export const summary_key_train = /** @type {(inputs: Summary_Key_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`train`)
};

export const summary_key_undo = /** @type {(inputs: Summary_Key_UndoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`undo (${i?.key} to redo)`)
};

export const summary_keyboard = /** @type {(inputs: Summary_KeyboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keyboard`)
};

export const summary_label = /** @type {(inputs: Summary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model summary`)
};

export const tab_code = /** @type {(inputs: Tab_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras code`)
};

export const tab_grid = /** @type {(inputs: Tab_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grid`)
};

export const tab_grid_swept = /** @type {(inputs: Tab_Grid_SweptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} swept`)
};

export const tab_layer = /** @type {(inputs: Tab_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Layer`)
};

export const tab_training = /** @type {(inputs: Tab_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data & training`)
};

export const tabs_label = /** @type {(inputs: Tabs_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const template_dataset_note = /** @type {(inputs: Template_Dataset_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The template's model takes other inputs, so ${i?.dataset} comes with it.`)
};

export const templatedialog_keep = /** @type {(inputs: Templatedialog_KeepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep mine`)
};

export const templatedialog_note = /** @type {(inputs: Templatedialog_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab remembers your answer until you reload; Undo puts your lab back.`)
};

export const templatedialog_question = /** @type {(inputs: Templatedialog_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep your training settings, so its runs compare fairly with the ones before, or use the template's?`)
};

export const templatedialog_templates = /** @type {(inputs: Templatedialog_TemplatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The template's`)
};

export const templatedialog_title = /** @type {(inputs: Templatedialog_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Training settings for ${i?.template}`)
};

export const templatedialog_use = /** @type {(inputs: Templatedialog_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use the template's`)
};

export const templatedialog_yours = /** @type {(inputs: Templatedialog_YoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yours`)
};

export const topbar_class = /** @type {(inputs: Topbar_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class`)
};

export const topbar_class_overview = /** @type {(inputs: Topbar_Class_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class overview…`)
};

export const topbar_class_overview_hint = /** @type {(inputs: Topbar_Class_Overview_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your students' reports: answers, checks, best scores and curves.`)
};

export const topbar_class_title = /** @type {(inputs: Topbar_Class_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lab reports and the class overview`)
};

export const topbar_edited = /** @type {(inputs: Topbar_EditedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`edited`)
};

export const topbar_keras_export = /** @type {(inputs: Topbar_Keras_ExportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Export: ${i?.format}`)
};

export const topbar_keras_import = /** @type {(inputs: Topbar_Keras_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import Keras code…`)
};

export const topbar_keras_import_hint = /** @type {(inputs: Topbar_Keras_Import_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paste a model from your course or open its .py file: it becomes this lab.`)
};

export const topbar_keras_show = /** @type {(inputs: Topbar_Keras_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the Keras code`)
};

export const topbar_keras_show_hint = /** @type {(inputs: Topbar_Keras_Show_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This lab as Keras code, kept up to date as you edit, to read or copy.`)
};

export const topbar_keras_title = /** @type {(inputs: Topbar_Keras_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras code in and out`)
};

export const topbar_lab_name = /** @type {(inputs: Topbar_Lab_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lab name`)
};

export const topbar_labs = /** @type {(inputs: Topbar_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Labs`)
};

export const topbar_labs_title = /** @type {(inputs: Topbar_Labs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The library of guided labs`)
};

export const topbar_nav_label = /** @type {(inputs: Topbar_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lab`)
};

export const topbar_new = /** @type {(inputs: Topbar_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New`)
};

export const topbar_new_title = /** @type {(inputs: Topbar_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A new, empty lab`)
};

export const topbar_not_saved = /** @type {(inputs: Topbar_Not_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not saved yet`)
};

export const topbar_not_saved_title = /** @type {(inputs: Topbar_Not_Saved_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.status}: this lab has not been saved to a file yet.`)
};

export const topbar_open = /** @type {(inputs: Topbar_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open…`)
};

export const topbar_open_title = /** @type {(inputs: Topbar_Open_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open a lab (Ctrl+O)`)
};

export const topbar_redo = /** @type {(inputs: Topbar_RedoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redo`)
};

export const topbar_redo_title = /** @type {(inputs: Topbar_Redo_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redo (Ctrl+Shift+Z)`)
};

export const topbar_report_html = /** @type {(inputs: Topbar_Report_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report (HTML)`)
};

export const topbar_report_html_hint = /** @type {(inputs: Topbar_Report_Html_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One file with your steps, answers, checks, curves, model and runs.`)
};

export const topbar_report_needs_steps = /** @type {(inputs: Topbar_Report_Needs_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This lab has no steps: open a guided lab first.`)
};

export const topbar_report_pdf = /** @type {(inputs: Topbar_Report_PdfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report (PDF)`)
};

export const topbar_report_pdf_hint = /** @type {(inputs: Topbar_Report_Pdf_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same report as a PDF.`)
};

export const topbar_save = /** @type {(inputs: Topbar_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save`)
};

export const topbar_save_as = /** @type {(inputs: Topbar_Save_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save as…`)
};

export const topbar_save_as_title = /** @type {(inputs: Topbar_Save_As_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save under another name (Ctrl+Shift+S)`)
};

export const topbar_save_title = /** @type {(inputs: Topbar_Save_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save (Ctrl+S)`)
};

export const topbar_teacher = /** @type {(inputs: Topbar_TeacherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teacher`)
};

export const topbar_teacher_title = /** @type {(inputs: Topbar_Teacher_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teacher mode: write the lab's steps, questions and checks, and lock what students must not change`)
};

export const topbar_templates = /** @type {(inputs: Topbar_TemplatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Templates`)
};

export const topbar_templates_title = /** @type {(inputs: Topbar_Templates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The classic models of the course, ready to train`)
};

export const topbar_undo = /** @type {(inputs: Topbar_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo`)
};

export const topbar_undo_title = /** @type {(inputs: Topbar_Undo_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo (Ctrl+Z)`)
};

export const tpl_cnn_blurb = /** @type {(inputs: Tpl_Cnn_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Two convolution blocks, Dropout(0.5), softmax: the Keras MNIST convnet.`)
};

export const tpl_cnn_title = /** @type {(inputs: Tpl_Cnn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Small CNN`)
};

export const tpl_imdb_blurb = /** @type {(inputs: Tpl_Imdb_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Movie reviews as 10,000-word multi-hot vectors; overfits after a few epochs.`)
};

export const tpl_logistic_blurb = /** @type {(inputs: Tpl_Logistic_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MNIST pixels straight into a softmax: the baseline every network must beat.`)
};

export const tpl_logistic_title = /** @type {(inputs: Tpl_Logistic_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logistic regression`)
};

export const tpl_mlp16_blurb = /** @type {(inputs: Tpl_Mlp16_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One hidden layer of 16: too small to overfit much.`)
};

export const tpl_mlp16_title = /** @type {(inputs: Tpl_Mlp16_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Small MLP (16 units)`)
};

export const tpl_mlp512_blurb = /** @type {(inputs: Tpl_Mlp512_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras' classic MNIST MLP (784-512-512-10): big enough to overfit; add Dropout to fix it.`)
};

export const tpl_moons_blurb = /** @type {(inputs: Tpl_Moons_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Two noisy half-moons, generated on the spot: overfits within a minute on any machine.`)
};

export const tpl_moons_title = /** @type {(inputs: Tpl_Moons_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Two moons (no download)`)
};

export const training_early_stopping = /** @type {(inputs: Training_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Early stopping`)
};

export const training_fraction_held_out = /** @type {(inputs: Training_Fraction_Held_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fraction held out`)
};

export const training_label = /** @type {(inputs: Training_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training settings`)
};

export const training_lr_default = /** @type {(inputs: Training_Lr_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} (default)`)
};

export const training_more = /** @type {(inputs: Training_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`More: subset, seed, labels`)
};

export const training_restore_best = /** @type {(inputs: Training_Restore_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`restore the best weights`)
};

export const training_seed_random = /** @type {(inputs: Training_Seed_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random`)
};

export const training_shuffle_labels = /** @type {(inputs: Training_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shuffle the labels (memorization experiment)`)
};

export const training_subset = /** @type {(inputs: Training_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`train on first N`)
};

export const training_subset_all = /** @type {(inputs: Training_Subset_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`all`)
};

export const training_title = /** @type {(inputs: Training_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training`)
};

export const training_validation = /** @type {(inputs: Training_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation`)
};

export const training_validation_data = /** @type {(inputs: Training_Validation_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation data`)
};

export const training_validation_split = /** @type {(inputs: Training_Validation_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a held-out fraction (validation_split)`)
};

export const training_validation_test = /** @type {(inputs: Training_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the dataset's test set`)
};

export const untitled_lab = /** @type {(inputs: Untitled_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Untitled lab`)
};

export const weights_curve_describe = /** @type {(inputs: Weights_Curve_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} of ${i?.layer} per epoch, one line per run`)
};

export const weights_grad = /** @type {(inputs: Weights_GradInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gradient norm (log)`)
};

export const weights_hist_describe = /** @type {(inputs: Weights_Hist_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Histogram of the ${i?.layer} kernel's values at epoch ${i?.epoch}, one line per run`)
};

export const weights_hist_title = /** @type {(inputs: Weights_Hist_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} kernel values at epoch ${i?.epoch}`)
};

export const weights_histogram = /** @type {(inputs: Weights_HistogramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kernel histogram`)
};

export const weights_l1 = /** @type {(inputs: Weights_L1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1 norm`)
};

export const weights_l2 = /** @type {(inputs: Weights_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L2 norm`)
};

export const weights_layer = /** @type {(inputs: Weights_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weight layer`)
};

export const weights_log_title = /** @type {(inputs: Weights_Log_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A logarithmic y axis: the rest of the histogram stays visible beside a spike of zeros`)
};

export const weights_none = /** @type {(inputs: Weights_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These runs' models have no layer with weights to show.`)
};

export const weights_over = /** @type {(inputs: Weights_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Over the epochs`)
};

export const weights_sparsity = /** @type {(inputs: Weights_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sparsity`)
};

export const weights_sparsity_describe = /** @type {(inputs: Weights_Sparsity_DescribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of weights with |w| < 0.001`)
};

export const weights_x = /** @type {(inputs: Weights_XInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`weight value w`)
};

export const weights_y = /** @type {(inputs: Weights_YInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`density`)
};