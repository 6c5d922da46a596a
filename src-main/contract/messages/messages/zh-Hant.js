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
	return /** @type {LocalizedString} */ (`${i?.title}，依層和訓練`)
};

export const activations_dead = /** @type {(inputs: Activations_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`死亡 ReLU`)
};

export const activations_dead_title = /** @type {(inputs: Activations_Dead_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`死亡 ReLU 單元`)
};

export const activations_dead_units = /** @type {(inputs: Activations_Dead_UnitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`死亡單元`)
};

export const activations_describe = /** @type {(inputs: Activations_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 輸出每輪的${i?.what}，每次訓練一條線`)
};

export const activations_history_title = /** @type {(inputs: Activations_History_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 每輪的${i?.what}`)
};

export const activations_layer_label = /** @type {(inputs: Activations_Layer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`依輪次檢視的層`)
};

export const activations_mean_std = /** @type {(inputs: Activations_Mean_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`平均值 ± 標準差`)
};

export const activations_none = /** @type {(inputs: Activations_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`勾選的訓練沒有記錄激活值。`)
};

export const activations_of = /** @type {(inputs: Activations_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`：`)
};

export const activations_spread = /** @type {(inputs: Activations_SpreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`離散程度 (std)`)
};

export const activations_spread_title = /** @type {(inputs: Activations_Spread_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每層輸出的平均值 ± 標準差`)
};

export const activations_stat_label = /** @type {(inputs: Activations_Stat_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`依輪次的統計量`)
};

export const activations_std = /** @type {(inputs: Activations_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸出的標準差`)
};

export const activations_tick = /** @type {(inputs: Activations_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`勾選一次訓練來檢視它的激活值。`)
};

export const aug_cval_help = /** @type {(inputs: Aug_Cval_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以模型的單位：0 為黑，1 為白`)
};

export const aug_fill_constant = /** @type {(inputs: Aug_Fill_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用 cval 填滿 (kkk|abcd|kkk)`)
};

export const aug_fill_mode = /** @type {(inputs: Aug_Fill_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`填補方式`)
};

export const aug_fill_nearest = /** @type {(inputs: Aug_Fill_NearestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重複邊緣像素 (aaa|abcd|ddd)`)
};

export const aug_fill_reflect = /** @type {(inputs: Aug_Fill_ReflectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`鏡像影像 (cba|abcd|dcb)`)
};

export const aug_fill_value = /** @type {(inputs: Aug_Fill_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`填補值`)
};

export const aug_fill_wrap = /** @type {(inputs: Aug_Fill_WrapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重複影像（abc|abcd|bcd：scipy 會讓兩端重疊）`)
};

export const aug_flip_lr = /** @type {(inputs: Aug_Flip_LrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`左右翻轉`)
};

export const aug_flip_ud = /** @type {(inputs: Aug_Flip_UdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上下翻轉`)
};

export const aug_height_shift = /** @type {(inputs: Aug_Height_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`垂直平移`)
};

export const aug_height_shift_help = /** @type {(inputs: Aug_Height_Shift_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`高度的比例（< 1）或像素數；Keras 用它左右移動影像`)
};

export const aug_label = /** @type {(inputs: Aug_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增設定`)
};

export const aug_not_images = /** @type {(inputs: Aug_Not_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`資料擴增變換的是影像；${i?.title} 的樣本是 ${i?.shape}，所以這裡不適用。`)
};

export const aug_on = /** @type {(inputs: Aug_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對訓練影像做資料擴增`)
};

export const aug_rotation = /** @type {(inputs: Aug_RotationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`旋轉°`)
};

export const aug_rotation_help = /** @type {(inputs: Aug_Rotation_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在 ±r 度之間隨機旋轉`)
};

export const aug_shear = /** @type {(inputs: Aug_ShearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`剪切°`)
};

export const aug_shear_help = /** @type {(inputs: Aug_Shear_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在 ±s 度之間隨機剪切`)
};

export const aug_title = /** @type {(inputs: Aug_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const aug_turn_off = /** @type {(inputs: Aug_Turn_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`關閉資料擴增`)
};

export const aug_width_shift = /** @type {(inputs: Aug_Width_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`水平平移`)
};

export const aug_width_shift_help = /** @type {(inputs: Aug_Width_Shift_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`寬度的比例（< 1）或像素數；Keras 用它上下移動影像`)
};

export const aug_zoom = /** @type {(inputs: Aug_ZoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`縮放`)
};

export const aug_zoom_help = /** @type {(inputs: Aug_Zoom_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`依 1 ± z 縮放，各軸獨立`)
};

export const augpreview_another = /** @type {(inputs: Augpreview_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`換一組樣本`)
};

export const augpreview_augmented = /** @type {(inputs: Augpreview_AugmentedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`擴增後`)
};

export const augpreview_hint = /** @type {(inputs: Augpreview_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原圖，然後是擴增後的版本`)
};

export const augpreview_label = /** @type {(inputs: Augpreview_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增預覽`)
};

export const augpreview_loading = /** @type {(inputs: Augpreview_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在載入前幾張訓練影像…`)
};

export const augpreview_original = /** @type {(inputs: Augpreview_OriginalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原圖`)
};

export const badge_browser = /** @type {(inputs: Badge_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`瀏覽器模式`)
};

export const badge_checking = /** @type {(inputs: Badge_CheckingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在檢查運算後端…`)
};

export const badge_desktop = /** @type {(inputs: Badge_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`桌面應用程式`)
};

export const badge_faster_not_used = /** @type {(inputs: Badge_Faster_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未使用的更快選項：`)
};

export const badge_fastest = /** @type {(inputs: Badge_FastestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這是 LayerLab 已知最快的後端。`)
};

export const badge_reconnecting = /** @type {(inputs: Badge_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在重新連線 LayerLab 伺服器…`)
};

export const badge_title = /** @type {(inputs: Badge_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練執行於 ${i?.backend}：訓練程序使用的運算後端`)
};

export const badge_trains_on = /** @type {(inputs: Badge_Trains_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練於`)
};

export const boundary_classes = /** @type {(inputs: Boundary_ClassesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`類別`)
};

export const boundary_key = /** @type {(inputs: Boundary_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`淺色：模型猶豫 · 深色：模型很確定`)
};

export const boundary_label = /** @type {(inputs: Boundary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`決策邊界`)
};

export const boundary_none_tick = /** @type {(inputs: Boundary_None_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有輸入為 2 個特徵的模型（產生的二維資料集、兩欄的 CSV）才會畫出決策邊界；勾選這樣的訓練來檢視。`)
};

export const boundary_none_ticked = /** @type {(inputs: Boundary_None_TickedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有輸入為 2 個特徵的模型（產生的二維資料集、兩欄的 CSV）才會畫出決策邊界；勾選的訓練都不是。`)
};

export const boundary_plot_label = /** @type {(inputs: Boundary_Plot_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 在第 ${i?.epoch} 輪的決策邊界：輸入平面上的預測類別，以及訓練資料點`)
};

export const cancel = /** @type {(inputs: CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取消`)
};

export const canvas_empty = /** @type {(inputs: Canvas_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`從左側把層拖曳到這裡，或選擇一個${i?.key}。`)
};

export const canvas_label = /** @type {(inputs: Canvas_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型圖。方向鍵在層之間移動，Delete 刪除，Alt+方向鍵調整順序。`)
};

export const canvas_layers = /** @type {(inputs: Canvas_LayersInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`${i?.count} 層`)
};

export const canvas_parameters = /** @type {(inputs: Canvas_ParametersInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`個參數`)
};

export const canvas_structure = /** @type {(inputs: Canvas_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型的層與連接`)
};

export const chart_accuracy = /** @type {(inputs: Chart_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`準確率 (accuracy)`)
};

export const chart_axis_epoch = /** @type {(inputs: Chart_Axis_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輪次 (epoch)`)
};

export const chart_boundary = /** @type {(inputs: Chart_BoundaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`決策邊界`)
};

export const chart_canvas_fallback = /** @type {(inputs: Chart_Canvas_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練曲線；具體數值在訓練紀錄列表中。`)
};

export const chart_canvas_label = /** @type {(inputs: Chart_Canvas_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`每輪的 ${i?.title}：訓練為實線，驗證為虛線`)
};

export const chart_empty = /** @type {(inputs: Chart_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`按${i?.key}觀察訓練與驗證曲線，或在列表中勾選訓練紀錄進行比較。`)
};

export const chart_enlarge = /** @type {(inputs: Chart_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`放大`)
};

export const chart_enlarge_label = /** @type {(inputs: Chart_Enlarge_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`放大 ${i?.title} 圖表`)
};

export const chart_enlarge_title = /** @type {(inputs: Chart_Enlarge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在視窗的大部分區域顯示這個圖表`)
};

export const chart_enlarged = /** @type {(inputs: Chart_EnlargedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} 圖表（放大）`)
};

export const chart_export_best = /** @type {(inputs: Chart_Export_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳輪次（val_loss 最低）`)
};

export const chart_export_early_stopping = /** @type {(inputs: Chart_Export_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提前停止`)
};

export const chart_export_penalty = /** @type {(inputs: Chart_Export_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1/L2 懲罰項（上方線條：資料損失）`)
};

export const chart_inside = /** @type {(inputs: Chart_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型內部：`)
};

export const chart_key_best = /** @type {(inputs: Chart_Key_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳 val_loss`)
};

export const chart_key_penalty = /** @type {(inputs: Chart_Key_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`懲罰項`)
};

export const chart_key_training = /** @type {(inputs: Chart_Key_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練`)
};

export const chart_key_validation = /** @type {(inputs: Chart_Key_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`驗證`)
};

export const chart_legend = /** @type {(inputs: Chart_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`圖例`)
};

export const chart_log = /** @type {(inputs: Chart_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對數座標`)
};

export const chart_log_title = /** @type {(inputs: Chart_Log_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`用對數座標軸顯示損失`)
};

export const chart_loss = /** @type {(inputs: Chart_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`損失 (loss)`)
};

export const chart_no_penalty = /** @type {(inputs: Chart_No_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這裡沒有訓練使用 L1/L2 懲罰項：資料損失就是全部損失。`)
};

export const chart_penalty_note = /** @type {(inputs: Chart_Penalty_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`線條：資料損失。點線：L1/L2 懲罰項，Keras 的 loss 和 val_loss 都包含它。`)
};

export const chart_png_title = /** @type {(inputs: Chart_Png_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把這個圖表儲存為 PNG 圖片用於報告（寬 1600 像素，含標題與圖例）`)
};

export const chart_predictions = /** @type {(inputs: Chart_PredictionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`預測`)
};

export const chart_section = /** @type {(inputs: Chart_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練曲線`)
};

export const chart_split = /** @type {(inputs: Chart_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`拆分懲罰項`)
};

export const chart_split_title = /** @type {(inputs: Chart_Split_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`畫出不含 L1/L2 懲罰項的損失（實線與虛線），並單獨畫出懲罰項（點線）`)
};

export const chart_validation_only = /** @type {(inputs: Chart_Validation_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只看驗證`)
};

export const chart_validation_only_title = /** @type {(inputs: Chart_Validation_Only_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隱藏訓練曲線`)
};

export const chart_view = /** @type {(inputs: Chart_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`圖表檢視`)
};

export const chart_weights = /** @type {(inputs: Chart_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`權重`)
};

export const cli_datasets_downloaded = /** @type {(inputs: Cli_Datasets_DownloadedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已把 ${i?.name} 下載到 ${i?.dir}`)
};

export const cli_datasets_found = /** @type {(inputs: Cli_Datasets_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`位於 ${i?.dir}`)
};

export const cli_datasets_missing = /** @type {(inputs: Cli_Datasets_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`缺少：${i?.hint}`)
};

export const cli_datasets_searched = /** @type {(inputs: Cli_Datasets_SearchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`依序搜尋了：${i?.dirs}`)
};

export const cli_datasets_synthetic = /** @type {(inputs: Cli_Datasets_SyntheticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`產生的資料集（synthetic:spirals、moons、circles、xor）不需要檔案。`)
};

export const cli_runs_backend = /** @type {(inputs: Cli_Runs_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`後端`)
};

export const cli_runs_created = /** @type {(inputs: Cli_Runs_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`建立時間`)
};

export const cli_runs_dataset = /** @type {(inputs: Cli_Runs_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料集`)
};

export const cli_runs_empty = /** @type {(inputs: Cli_Runs_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`還沒有訓練紀錄（紀錄庫：${i?.store}）。訓練一個：layerlab train LAB.layerlab.json`)
};

export const cli_runs_inside = /** @type {(inputs: Cli_Runs_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型內部（第一層，最後一輪）`)
};

export const cli_runs_name = /** @type {(inputs: Cli_Runs_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`名稱`)
};

export const cli_runs_status = /** @type {(inputs: Cli_Runs_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`狀態`)
};

export const cli_train_backend = /** @type {(inputs: Cli_Train_BackendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`後端：${i?.backend}。`)
};

export const cli_train_best = /** @type {(inputs: Cli_Train_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`；最佳 val_loss ${i?.loss}，在第 ${i?.epoch} 輪`)
};

export const cli_train_done = /** @type {(inputs: Cli_Train_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練 ${i?.run}「${i?.name}」${i?.status}${i?.how}，共 ${i?.epochs} 輪${i?.best}。`)
};

export const cli_train_early_stopped = /** @type {(inputs: Cli_Train_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`（第 ${i?.epoch} 輪後提前停止）`)
};

export const cli_train_started = /** @type {(inputs: Cli_Train_StartedInputs) => LocalizedString} */ (i) => {
	const epochsPlural = registry.plural("zh-Hant", i?.epochs, {});return /** @type {LocalizedString} */ (`在 ${i?.dataset} 上訓練「${i?.name}」：${i?.train} 個訓練樣本和 ${i?.val} 個驗證樣本，${i?.epochs} 輪。`)
};

export const cli_train_stopping = /** @type {(inputs: Cli_Train_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個批次結束後停止（再按一次 Ctrl-C 立即結束）…`)
};

export const close = /** @type {(inputs: CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`關閉`)
};

export const code_copied = /** @type {(inputs: Code_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已複製`)
};

export const code_copy = /** @type {(inputs: Code_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製`)
};

export const code_copy_failed = /** @type {(inputs: Code_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製失敗：請選取程式碼後手動複製`)
};

export const code_copy_title = /** @type {(inputs: Code_Copy_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製整個指令碼`)
};

export const code_download_title = /** @type {(inputs: Code_Download_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把指令碼下載為 .py 檔`)
};

export const code_label = /** @type {(inputs: Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個實驗的 Keras 程式碼`)
};

export const code_title = /** @type {(inputs: Code_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 3 指令碼`)
};

export const code_updating = /** @type {(inputs: Code_UpdatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在更新…`)
};

export const code_warnings = /** @type {(inputs: Code_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`指令碼無法準確表達的部分`)
};

export const code_writing = /** @type {(inputs: Code_WritingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在產生指令碼…`)
};

export const confusion_fallback = /** @type {(inputs: Confusion_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`驗證資料的混淆矩陣。`)
};

export const confusion_label = /** @type {(inputs: Confusion_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`混淆矩陣：縱向為真實類別，橫向為預測類別；旁邊是合計`)
};

export const dataset_examples = /** @type {(inputs: Dataset_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`樣本數`)
};

export const dataset_file = /** @type {(inputs: Dataset_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檔案或資料夾…`)
};

export const dataset_generated = /** @type {(inputs: Dataset_GeneratedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}（產生）`)
};

export const dataset_imdb = /** @type {(inputs: Dataset_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMDB 影評`)
};

export const dataset_info = /** @type {(inputs: Dataset_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}：${i?.train} 個訓練樣本和 ${i?.test} 個測試樣本，形狀 ${i?.shape}，${i?.classes} 個類別。`)
};

export const dataset_loading = /** @type {(inputs: Dataset_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在載入資料集說明…`)
};

export const dataset_mnist = /** @type {(inputs: Dataset_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MNIST 手寫數字`)
};

export const dataset_noise = /** @type {(inputs: Dataset_NoiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`雜訊`)
};

export const dataset_num_words = /** @type {(inputs: Dataset_Num_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保留的最常見詞數 (num_words)`)
};

export const dataset_path_computer = /** @type {(inputs: Dataset_Path_ComputerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`電腦上的路徑（CSV、.npz，或依類別分資料夾的資料夾）`)
};

export const dataset_path_server = /** @type {(inputs: Dataset_Path_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`伺服器上的路徑（CSV、.npz，或依類別分資料夾的資料夾）`)
};

export const dataset_set_input = /** @type {(inputs: Dataset_Set_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`把 Input 層設為 ${i?.shape}`)
};

export const dataset_title = /** @type {(inputs: Dataset_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料集`)
};

export const describe_augmentation = /** @type {(inputs: Describe_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const describe_batch = /** @type {(inputs: Describe_BatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`批次 ${i?.size}`)
};

export const describe_early_stopping = /** @type {(inputs: Describe_Early_StoppingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`提前停止（patience ${i?.patience}）`)
};

export const describe_epochs = /** @type {(inputs: Describe_EpochsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`${i?.count} 輪`)
};

export const describe_fold = /** @type {(inputs: Describe_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.fold}/${i?.folds} 折`)
};

export const describe_label_smoothing = /** @type {(inputs: Describe_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`標籤平滑 ${i?.value}`)
};

export const describe_no_shuffling = /** @type {(inputs: Describe_No_ShufflingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不打亂順序`)
};

export const describe_no_validation = /** @type {(inputs: Describe_No_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不驗證`)
};

export const describe_seed = /** @type {(inputs: Describe_SeedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`隨機種子 ${i?.seed}`)
};

export const describe_separator = /** @type {(inputs: Describe_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`，`)
};

export const describe_shuffled_labels = /** @type {(inputs: Describe_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂的標籤`)
};

export const describe_subset = /** @type {(inputs: Describe_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`子集 ${i?.count}`)
};

export const describe_validation_split = /** @type {(inputs: Describe_Validation_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`驗證 ${i?.percent}%`)
};

export const describe_validation_test = /** @type {(inputs: Describe_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在測試集上驗證`)
};

export const duration_minutes = /** @type {(inputs: Duration_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} 分 ${i?.s} 秒`)
};

export const duration_seconds = /** @type {(inputs: Duration_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} 秒`)
};

export const export_busy = /** @type {(inputs: Export_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在匯出`)
};

export const export_csv_description = /** @type {(inputs: Export_Csv_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這次訓練每一輪的指標，欄位與 Keras 的 CSVLogger 相同（epoch 從 0 開始），另加懲罰項、資料損失和秒數。`)
};

export const export_csv_label = /** @type {(inputs: Export_Csv_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練歷程 (.csv)`)
};

export const export_h5_description = /** @type {(inputs: Export_H5_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 舊版 HDF5 格式的訓練好的模型，與 Keras 3 的 model.save('m.h5') 寫出的一樣。`)
};

export const export_keras_description = /** @type {(inputs: Export_Keras_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`供 keras.models.load_model 使用的訓練好的模型（Keras 3，TensorFlow 2.16 以上）。`)
};

export const export_menu = /** @type {(inputs: Export_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯出`)
};

export const export_needs_weights = /** @type {(inputs: Export_Needs_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`需要訓練好的權重：這次訓練沒有`)
};

export const export_no_weights = /** @type {(inputs: Export_No_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這次訓練沒有訓練好的權重（在完成一輪之前就結束了）：請重新訓練，或匯出為 Python 指令碼。`)
};

export const export_onnx_description = /** @type {(inputs: Export_Onnx_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`供 ONNX Runtime 和其他 ONNX 工具使用的訓練好的模型（opset 13）。`)
};

export const export_python_description = /** @type {(inputs: Export_Python_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`載入同樣資料、建立、訓練並繪製同一個模型的 Keras 程式碼。`)
};

export const export_python_label = /** @type {(inputs: Export_Python_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Python 指令碼 (.py)`)
};

export const export_run = /** @type {(inputs: Export_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`匯出 ${i?.name}`)
};

export const export_tfjs_description = /** @type {(inputs: Export_Tfjs_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`供瀏覽器或 Node.js 中的 tf.loadLayersModel 使用的訓練好的模型。`)
};

export const export_title = /** @type {(inputs: Export_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下載這次訓練的模型或程式碼`)
};

export const figures_grad = /** @type {(inputs: Figures_GradInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`梯度`)
};

export const figures_grad_title = /** @type {(inputs: Figures_Grad_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`該輪最後一個批次上，損失對這個 kernel 的梯度範數`)
};

export const figures_l1_title = /** @type {(inputs: Figures_L1_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`|w| 的總和`)
};

export const figures_l2_title = /** @type {(inputs: Figures_L2_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`w² 總和的平方根`)
};

export const figures_label = /** @type {(inputs: Figures_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`所選輪次時 ${i?.layer} kernel 的數值`)
};

export const figures_rms_title = /** @type {(inputs: Figures_Rms_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`權重的均方根：直方圖有多寬`)
};

export const figures_row_title = /** @type {(inputs: Figures_Row_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}，第 ${i?.epoch} 輪`)
};

export const figures_sparsity = /** @type {(inputs: Figures_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`稀疏度`)
};

export const filedrop_hint = /** @type {(inputs: Filedrop_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`拖入實驗 (.layerlab.json) 或 Keras 模型 (.json, .keras, .h5) 來開啟`)
};

export const gallery_example_label = /** @type {(inputs: Gallery_Example_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`樣本 ${i?.index}，真實類別 ${i?.label}`)
};

export const gallery_example_title = /** @type {(inputs: Gallery_Example_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`驗證樣本 #${i?.index}`)
};

export const gallery_none = /** @type {(inputs: Gallery_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這一輪沒有預測錯誤的驗證樣本。`)
};

export const import_again = /** @type {(inputs: Import_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新匯入`)
};

export const import_button = /** @type {(inputs: Import_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯入`)
};

export const import_button_title = /** @type {(inputs: Import_Button_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯入 (Ctrl+Enter)`)
};

export const import_done = /** @type {(inputs: Import_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`完成`)
};

export const import_drop_label = /** @type {(inputs: Import_Drop_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`程式碼，或拖入 .py 檔`)
};

export const import_hint = /** @type {(inputs: Import_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`依課程中的寫法貼上模型（${i?.sequential}、${i?.add} 或函數式 API，以及 ${i?.compile} 和 ${i?.fit}），或把 ${i?.py} 檔拖曳到這裡。`)
};

export const import_importing = /** @type {(inputs: Import_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在匯入…`)
};

export const import_line = /** @type {(inputs: Import_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.line} 行`)
};

export const import_open_py = /** @type {(inputs: Import_Open_PyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟 .py 檔…`)
};

export const import_select_line = /** @type {(inputs: Import_Select_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在程式碼中選取第 ${i?.line} 行`)
};

export const import_title = /** @type {(inputs: Import_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯入 Keras 程式碼`)
};

export const import_warnings = /** @type {(inputs: Import_WarningsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`已匯入，有 ${i?.count} 則警告`)
};

export const inspect_activations = /** @type {(inputs: Inspect_ActivationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`激活值`)
};

export const inspect_back = /** @type {(inputs: Inspect_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型`)
};

export const inspect_back_title = /** @type {(inputs: Inspect_Back_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回到模型 (Esc)`)
};

export const inspect_empty_loading = /** @type {(inputs: Inspect_Empty_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在載入訓練紀錄的資料…`)
};

export const inspect_empty_none = /** @type {(inputs: Inspect_Empty_NoneInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`勾選的 ${i?.count} 個訓練都沒有記錄模型內部的情況：從 Keras 檔匯入的訓練，以及在 LayerLab 開始記錄權重、錯誤和邊界之前訓練的，都只有曲線。`)
};

export const inspect_empty_tick = /** @type {(inputs: Inspect_Empty_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在訓練紀錄列表中勾選訓練，逐輪檢視它們的模型內部。`)
};

export const inspect_empty_train = /** @type {(inputs: Inspect_Empty_TrainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`訓練一次（或對某次訓練按${i?.key}）就能看到它的內部。`)
};

export const inspect_epoch = /** @type {(inputs: Inspect_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輪次`)
};

export const inspect_epoch_at = /** @type {(inputs: Inspect_Epoch_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.epoch} / ${i?.last} 輪`)
};

export const inspect_epoch_shown = /** @type {(inputs: Inspect_Epoch_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示的輪次`)
};

export const inspect_epoch_zero = /** @type {(inputs: Inspect_Epoch_ZeroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`第 0 輪是訓練開始之前`)
};

export const inspect_play = /** @type {(inputs: Inspect_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`逐輪播放`)
};

export const inspect_play_title = /** @type {(inputs: Inspect_Play_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一輪一輪地檢視`)
};

export const inspect_run = /** @type {(inputs: Inspect_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練`)
};

export const inspect_run_title = /** @type {(inputs: Inspect_Run_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個檢視顯示的訓練`)
};

export const inspect_silent = /** @type {(inputs: Inspect_SilentInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`未顯示：${i?.names} 沒有記錄模型內部的資料（匯入的或較早的訓練，共 ${i?.count} 個）。`)
};

export const inspect_title = /** @type {(inputs: Inspect_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型內部`)
};

export const inspect_view = /** @type {(inputs: Inspect_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檢視方式`)
};

export const inspector_delete = /** @type {(inputs: Inspector_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除`)
};

export const inspector_duplicate = /** @type {(inputs: Inspector_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製`)
};

export const inspector_label = /** @type {(inputs: Inspector_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`層設定`)
};

export const inspector_move_down = /** @type {(inputs: Inspector_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下移`)
};

export const inspector_move_up = /** @type {(inputs: Inspector_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上移`)
};

export const inspector_output_shape = /** @type {(inputs: Inspector_Output_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸出形狀`)
};

export const inspector_parameters = /** @type {(inputs: Inspector_ParametersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`參數量`)
};

export const inspector_selected = /** @type {(inputs: Inspector_SelectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已選取 ${i?.count} 個層。`)
};

export const inspector_trainable = /** @type {(inputs: Inspector_TrainableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個可訓練`)
};

export const labdialog_bare = /** @type {(inputs: Labdialog_BareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`只寫名稱表示 ${i?.key}。`)
};

export const labdialog_browse = /** @type {(inputs: Labdialog_BrowseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`瀏覽…`)
};

export const labdialog_download = /** @type {(inputs: Labdialog_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下載副本`)
};

export const labdialog_existing = /** @type {(inputs: Labdialog_ExistingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`現有的實驗`)
};

export const labdialog_open = /** @type {(inputs: Labdialog_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟實驗`)
};

export const labdialog_open_button = /** @type {(inputs: Labdialog_Open_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟`)
};

export const labdialog_open_model = /** @type {(inputs: Labdialog_Open_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟 Keras 模型 (.keras, .h5)…`)
};

export const labdialog_path = /** @type {(inputs: Labdialog_PathInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檔名或完整路徑`)
};

export const labdialog_recent = /** @type {(inputs: Labdialog_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最近與已儲存的實驗`)
};

export const labdialog_save = /** @type {(inputs: Labdialog_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`儲存實驗`)
};

export const labdialog_upload = /** @type {(inputs: Labdialog_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`從這台電腦上傳（實驗、Keras 模型 JSON 或 .keras / .h5 模型）…`)
};

export const language_menu_title = /** @type {(inputs: Language_Menu_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`語言`)
};

export const language_system = /** @type {(inputs: Language_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`跟隨系統語言`)
};

export const layer_activation_summary = /** @type {(inputs: Layer_Activation_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`單獨套用一個激活函數。`)
};

export const layer_add_summary = /** @type {(inputs: Layer_Add_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把兩個或多個形狀相同的張量相加（殘差連接）。`)
};

export const layer_averagepooling2d_summary = /** @type {(inputs: Layer_Averagepooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對每個視窗取平均：預設 2x2 時影像尺寸減半。`)
};

export const layer_batchnormalization_summary = /** @type {(inputs: Layer_Batchnormalization_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在批次上對每個特徵做正規化，再學習縮放與偏移。`)
};

export const layer_category_convolution = /** @type {(inputs: Layer_Category_ConvolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`卷積`)
};

export const layer_category_core = /** @type {(inputs: Layer_Category_CoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`核心層`)
};

export const layer_category_input = /** @type {(inputs: Layer_Category_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸入`)
};

export const layer_category_merge = /** @type {(inputs: Layer_Category_MergeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`合併`)
};

export const layer_category_pooling = /** @type {(inputs: Layer_Category_PoolingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`池化`)
};

export const layer_category_regularization = /** @type {(inputs: Layer_Category_RegularizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正規化`)
};

export const layer_concatenate_summary = /** @type {(inputs: Layer_Concatenate_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`沿某個軸串接兩個或多個張量（預設是最後一個軸）。`)
};

export const layer_conv2d_summary = /** @type {(inputs: Layer_Conv2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在影像上滑動小型卷積核，學習局部模式。`)
};

export const layer_dense_summary = /** @type {(inputs: Layer_Dense_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全連接層：每個輸出都連接到每個輸入。`)
};

export const layer_dropout_summary = /** @type {(inputs: Layer_Dropout_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練時隨機把一部分輸入設為零；測試時不起作用。`)
};

export const layer_flatten_summary = /** @type {(inputs: Layer_Flatten_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把影像展開成一個長向量，供 Dense 層使用。`)
};

export const layer_globalaveragepooling2d_summary = /** @type {(inputs: Layer_Globalaveragepooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對每個通道在整張影像上取平均：[h, w, c] 變為 [c]。`)
};

export const layer_input_summary = /** @type {(inputs: Layer_Input_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料從這裡進入：單一樣本的形狀，不含批次維度。`)
};

export const layer_maxpooling2d_summary = /** @type {(inputs: Layer_Maxpooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保留每個視窗中的最大值：預設 2x2 時影像尺寸減半。`)
};

export const layer_reshape_summary = /** @type {(inputs: Layer_Reshape_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把同樣的數值變成新的形狀；其中一個維度可以是 -1（自動推斷）。`)
};

export const lockwhat_augmentation = /** @type {(inputs: Lockwhat_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料擴增`)
};

export const lockwhat_batch_size = /** @type {(inputs: Lockwhat_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`批次大小 (batch size)`)
};

export const lockwhat_dataset = /** @type {(inputs: Lockwhat_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料集`)
};

export const lockwhat_early_stopping = /** @type {(inputs: Lockwhat_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提前停止`)
};

export const lockwhat_epochs = /** @type {(inputs: Lockwhat_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練輪數 (epochs)`)
};

export const lockwhat_label_smoothing = /** @type {(inputs: Lockwhat_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`標籤平滑 (label smoothing)`)
};

export const lockwhat_learning_rate = /** @type {(inputs: Lockwhat_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學習率 (learning rate)`)
};

export const lockwhat_loss = /** @type {(inputs: Lockwhat_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`損失函數 (loss)`)
};

export const lockwhat_momentum = /** @type {(inputs: Lockwhat_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`動量 (momentum)`)
};

export const lockwhat_optimizer = /** @type {(inputs: Lockwhat_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳化器 (optimizer)`)
};

export const lockwhat_seed = /** @type {(inputs: Lockwhat_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隨機種子`)
};

export const lockwhat_shuffled_labels = /** @type {(inputs: Lockwhat_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂的標籤`)
};

export const lockwhat_subset = /** @type {(inputs: Lockwhat_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練子集`)
};

export const lockwhat_validation = /** @type {(inputs: Lockwhat_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`驗證資料`)
};

export const menu_edit = /** @type {(inputs: Menu_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`編輯`)
};

export const menu_export_python = /** @type {(inputs: Menu_Export_PythonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯出 Python 指令碼…`)
};

export const menu_file = /** @type {(inputs: Menu_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檔案`)
};

export const menu_new_lab = /** @type {(inputs: Menu_New_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增實驗`)
};

export const menu_open_lab = /** @type {(inputs: Menu_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟實驗…`)
};

export const menu_run = /** @type {(inputs: Menu_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`執行`)
};

export const menu_save_as = /** @type {(inputs: Menu_Save_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`另存新檔…`)
};

export const menu_view = /** @type {(inputs: Menu_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檢視`)
};

export const noconnection_needs = /** @type {(inputs: Noconnection_NeedsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`這個頁面需要 ${i?.key} 印出的位址：`)
};

export const noconnection_token = /** @type {(inputs: Noconnection_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`位址中的權杖可以防止其他程式和網頁使用你的 LayerLab。`)
};

export const node_not_connected = /** @type {(inputs: Node_Not_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未連接`)
};

export const node_shape_title = /** @type {(inputs: Node_Shape_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`輸出形狀，與 Keras 的 model.summary() 印出的一樣`)
};

export const notice_dismiss = /** @type {(inputs: Notice_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`關閉提示`)
};

export const notice_exported = /** @type {(inputs: Notice_ExportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已匯出 ${i?.files}。`)
};

export const notice_exported_tfjs = /** @type {(inputs: Notice_Exported_TfjsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已匯出 model.json 和 weights.bin（用 tf.loadLayersModel 載入）。`)
};

export const notice_imported_code = /** @type {(inputs: Notice_Imported_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已把 ${i?.what} 匯入為「${i?.name}」；「復原」可以還原之前的實驗。`)
};

export const notice_opened = /** @type {(inputs: Notice_OpenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已開啟 ${i?.path}`)
};

export const notice_opened_keras_json = /** @type {(inputs: Notice_Opened_Keras_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已把 Keras 模型 JSON ${i?.name} 當作新實驗開啟：請檢查它的資料集與訓練設定，然後儲存。`)
};

export const notice_opened_model = /** @type {(inputs: Notice_Opened_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已把 ${i?.file} 當作訓練紀錄「${i?.run}」開啟：可以在訓練紀錄列表中用測試集評估它，或繼續訓練。`)
};

export const notice_repair_store = /** @type {(inputs: Notice_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`移開損壞的紀錄庫`)
};

export const notice_saved = /** @type {(inputs: Notice_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已儲存 ${i?.path}`)
};

export const notice_the_keras_code = /** @type {(inputs: Notice_The_Keras_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 程式碼`)
};

export const number_invalid = /** @type {(inputs: Number_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 必須是數字。`)
};

export const number_needed = /** @type {(inputs: Number_NeededInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 需要填一個數字。`)
};

export const overlay_baseline = /** @type {(inputs: Overlay_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`基準：其他訓練都和這次比較`)
};

export const overlay_compared_baseline = /** @type {(inputs: Overlay_Compared_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與基準比較`)
};

export const overlay_compared_baseline_named = /** @type {(inputs: Overlay_Compared_Baseline_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`與基準 ${i?.name} 比較`)
};

export const overlay_compared_before = /** @type {(inputs: Overlay_Compared_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與前一次訓練比較`)
};

export const overlay_compared_before_named = /** @type {(inputs: Overlay_Compared_Before_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`與前一次訓練 ${i?.name} 比較`)
};

export const overlay_same_baseline = /** @type {(inputs: Overlay_Same_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定與基準相同`)
};

export const overlay_same_before = /** @type {(inputs: Overlay_Same_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定與前一次訓練相同`)
};

export const overlay_vs_baseline = /** @type {(inputs: Overlay_Vs_BaselineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`與基準相比：${i?.changes}`)
};

export const overlay_vs_before = /** @type {(inputs: Overlay_Vs_BeforeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`與前一次相比：${i?.changes}`)
};

export const palette_filter = /** @type {(inputs: Palette_FilterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`篩選（按 /）`)
};

export const palette_filter_label = /** @type {(inputs: Palette_Filter_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`篩選層`)
};

export const palette_hint = /** @type {(inputs: Palette_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`拖曳到畫布上，或點擊加到所選層之後。`)
};

export const palette_title = /** @type {(inputs: Palette_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`層`)
};

export const param_activity_regularizer_help = /** @type {(inputs: Param_Activity_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對該層輸出的懲罰，加到損失上。`)
};

export const param_bias_regularizer_help = /** @type {(inputs: Param_Bias_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對偏差的懲罰，加到損失上。`)
};

export const param_kernel_regularizer_help = /** @type {(inputs: Param_Kernel_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對權重的懲罰，加到損失上。`)
};

export const param_pair_height = /** @type {(inputs: Param_Pair_HeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}（高）`)
};

export const param_pair_width = /** @type {(inputs: Param_Pair_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}（寬）`)
};

export const param_pool_strides_help = /** @type {(inputs: Param_Pool_Strides_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`留空表示與 pool size 相同，和 Keras 一樣。`)
};

export const param_rate_help = /** @type {(inputs: Param_Rate_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`要丟棄的輸入比例，從 0 到 1（不含 1）。`)
};

export const param_regularizer_none = /** @type {(inputs: Param_Regularizer_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`無`)
};

export const param_regularizer_strength = /** @type {(inputs: Param_Regularizer_StrengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} 強度`)
};

export const param_same_as_pool_size = /** @type {(inputs: Param_Same_As_Pool_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`與 pool size 相同`)
};

export const param_shape_help = /** @type {(inputs: Param_Shape_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`單一樣本的形狀。`)
};

export const param_shape_problem = /** @type {(inputs: Param_Shape_ProblemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`請用逗號分隔各個尺寸，例如 28, 28, 1。`)
};

export const predictions_caption = /** @type {(inputs: Predictions_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列：真實類別。顏色：占該列的比例（越深越多）。`)
};

export const predictions_cells = /** @type {(inputs: Predictions_CellsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`格子顯示`)
};

export const predictions_counts = /** @type {(inputs: Predictions_CountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`個數`)
};

export const predictions_epoch = /** @type {(inputs: Predictions_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.epoch} 輪`)
};

export const predictions_examples = /** @type {(inputs: Predictions_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`個樣本，`)
};

export const predictions_none = /** @type {(inputs: Predictions_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 沒有驗證資料，無法比較它的預測：請在「資料與訓練」中設定驗證資料（或測試集）後重新訓練。`)
};

export const predictions_on = /** @type {(inputs: Predictions_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在${i?.split}上：`)
};

export const predictions_rates = /** @type {(inputs: Predictions_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`比例`)
};

export const predictions_right = /** @type {(inputs: Predictions_RightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正確`)
};

export const predictions_split = /** @type {(inputs: Predictions_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保留的驗證資料`)
};

export const predictions_test_set = /** @type {(inputs: Predictions_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`測試集`)
};

export const predictions_tick = /** @type {(inputs: Predictions_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`勾選一次記錄了內部資料的訓練，檢視它的預測。`)
};

export const predictions_wrong = /** @type {(inputs: Predictions_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最有把握卻錯了的樣本`)
};

export const queue_next = /** @type {(inputs: Queue_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`排隊中：下一個就輪到你`)
};

export const queue_place = /** @type {(inputs: Queue_PlaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`排隊中：排在第 ${i?.place} 位，等待訓練程序`)
};

export const runbar_best = /** @type {(inputs: Runbar_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`最佳 val_loss ${i?.loss}，在第 ${i?.epoch} 輪（驗證準確率 ${i?.accuracy}）`)
};

export const runbar_dataset_problem = /** @type {(inputs: Runbar_Dataset_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`資料集問題：${i?.error}`)
};

export const runbar_empty = /** @type {(inputs: Runbar_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在 Input 之後加入層來建立模型，然後按「訓練」。`)
};

export const runbar_epoch = /** @type {(inputs: Runbar_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.done}/${i?.planned} 輪`)
};

export const runbar_pause = /** @type {(inputs: Runbar_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`暫停`)
};

export const runbar_problems = /** @type {(inputs: Runbar_ProblemsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("zh-Hant", i?.count, {});return /** @type {LocalizedString} */ (`訓練前有 ${i?.count} 個問題需要修正（在畫布上以紅色顯示）。`)
};

export const runbar_progress = /** @type {(inputs: Runbar_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`批次 ${i?.batch}/${i?.batches} · loss ${i?.loss} · accuracy ${i?.accuracy}`)
};

export const runbar_queued_place = /** @type {(inputs: Runbar_Queued_PlaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}；會自動開始`)
};

export const runbar_ready = /** @type {(inputs: Runbar_ReadyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`準備就緒：按「訓練」來擬合模型並觀察曲線。`)
};

export const runbar_resume = /** @type {(inputs: Runbar_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續`)
};

export const runbar_settings = /** @type {(inputs: Runbar_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.epochs} 輪 · 批次 ${i?.batch}`)
};

export const runbar_settings_title = /** @type {(inputs: Runbar_Settings_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料集與訓練設定`)
};

export const runbar_started = /** @type {(inputs: Runbar_StartedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} 個訓練 / ${i?.val} 個驗證樣本，執行於 ${i?.backend}`)
};

export const runbar_stop = /** @type {(inputs: Runbar_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`停止`)
};

export const runbar_train = /** @type {(inputs: Runbar_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練`)
};

export const runbar_train_title = /** @type {(inputs: Runbar_Train_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練 (Ctrl+Enter)`)
};

export const runbar_waiting = /** @type {(inputs: Runbar_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在等待空閒的訓練程序（其他訓練正在進行）；會自動開始`)
};

export const runs_acc_title = /** @type {(inputs: Runs_Acc_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最佳驗證準確率（在 val_loss 最低的那一輪）`)
};

export const runs_baseline_stays = /** @type {(inputs: Runs_Baseline_StaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`基準會一直顯示在圖表上：取消釘選才能隱藏`)
};

export const runs_continue = /** @type {(inputs: Runs_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續訓練`)
};

export const runs_continue_label = /** @type {(inputs: Runs_Continue_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`繼續訓練`)
};

export const runs_continue_title = /** @type {(inputs: Runs_Continue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`從這次訓練結束時的權重繼續訓練：編輯器中是它的實驗時用編輯器的設定，否則按原來的方式訓練`)
};

export const runs_delete_sure = /** @type {(inputs: Runs_Delete_SureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`確定嗎？`)
};

export const runs_delete_title = /** @type {(inputs: Runs_Delete_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除這次訓練`)
};

export const runs_empty = /** @type {(inputs: Runs_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還沒有訓練紀錄。每次訓練都會保存在這裡，下次開啟仍然在。`)
};

export const runs_epochs = /** @type {(inputs: Runs_EpochsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.planned} 輪`)
};

export const runs_evaluate = /** @type {(inputs: Runs_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`評估`)
};

export const runs_evaluate_label = /** @type {(inputs: Runs_Evaluate_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在測試集上評估`)
};

export const runs_evaluate_title = /** @type {(inputs: Runs_Evaluate_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在測試集上為訓練好的模型評分（loss、accuracy）：編輯器中是這次訓練的實驗時，用編輯器所選的資料集，否則用它自己的`)
};

export const runs_evaluating = /** @type {(inputs: Runs_EvaluatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在測試集上評估`)
};

export const runs_imported = /** @type {(inputs: Runs_ImportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯入的權重`)
};

export const runs_inside_title = /** @type {(inputs: Runs_Inside_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最後記錄的一輪時模型內部的情況：第一層中接近 0 的權重比例（|w| < 0.001）及其 kernel 的 L2 範數`)
};

export const runs_inspect = /** @type {(inputs: Runs_InspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`檢視內部`)
};

export const runs_inspect_label = /** @type {(inputs: Runs_Inspect_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`檢視 ${i?.name} 的內部`)
};

export const runs_inspect_title = /** @type {(inputs: Runs_Inspect_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`逐輪檢視這次訓練的模型內部：權重、錯誤，以及二維資料的決策邊界`)
};

export const runs_lab = /** @type {(inputs: Runs_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`載入`)
};

export const runs_lab_title = /** @type {(inputs: Runs_Lab_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把這次訓練的模型和設定放進編輯器`)
};

export const runs_name = /** @type {(inputs: Runs_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練名稱`)
};

export const runs_name_title = /** @type {(inputs: Runs_Name_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}（按兩下重新命名）`)
};

export const runs_no_weights_continue = /** @type {(inputs: Runs_No_Weights_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這次訓練沒有可以接著訓練的權重。`)
};

export const runs_no_weights_evaluate = /** @type {(inputs: Runs_No_Weights_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這次訓練沒有可以評估的權重。`)
};

export const runs_params = /** @type {(inputs: Runs_ParamsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 個參數`)
};

export const runs_pin = /** @type {(inputs: Runs_PinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`釘選`)
};

export const runs_pin_label = /** @type {(inputs: Runs_Pin_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`把 ${i?.name} 釘選為基準`)
};

export const runs_pin_title = /** @type {(inputs: Runs_Pin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`讓這次訓練一直顯示在圖表上，並用它來比較其他訓練`)
};

export const runs_rename = /** @type {(inputs: Runs_RenameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新命名`)
};

export const runs_show = /** @type {(inputs: Runs_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`在圖表上顯示 ${i?.name}`)
};

export const runs_stopped_at = /** @type {(inputs: Runs_Stopped_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`停在第 ${i?.epoch} 輪`)
};

export const runs_test_on = /** @type {(inputs: Runs_Test_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`使用 ${i?.dataset}`)
};

export const runs_test_result = /** @type {(inputs: Runs_Test_ResultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`準確率 · loss ${i?.loss} · ${i?.count} 個樣本`)
};

export const runs_test_set = /** @type {(inputs: Runs_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`測試集：`)
};

export const runs_tick = /** @type {(inputs: Runs_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`勾選以比較`)
};

export const runs_title = /** @type {(inputs: Runs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練紀錄`)
};

export const runs_unpin = /** @type {(inputs: Runs_UnpinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取消釘選`)
};

export const runs_unpin_label = /** @type {(inputs: Runs_Unpin_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取消釘選基準`)
};

export const runs_unpin_title = /** @type {(inputs: Runs_Unpin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取消釘選：每次訓練重新和它前一次訓練比較`)
};

export const status_completed = /** @type {(inputs: Status_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已完成`)
};

export const status_early_stopped = /** @type {(inputs: Status_Early_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提前停止`)
};

export const status_failed = /** @type {(inputs: Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`失敗`)
};

export const status_interrupted = /** @type {(inputs: Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已中斷`)
};

export const status_paused = /** @type {(inputs: Status_PausedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已暫停`)
};

export const status_queued = /** @type {(inputs: Status_QueuedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`排隊中`)
};

export const status_running = /** @type {(inputs: Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練中`)
};

export const status_stopped = /** @type {(inputs: Status_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已停止`)
};

export const summary_hint = /** @type {(inputs: Summary_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選取一個層來修改設定。目前的模型：`)
};

export const summary_key_copy = /** @type {(inputs: Summary_Key_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製 / 貼上層`)
};

export const summary_key_delete = /** @type {(inputs: Summary_Key_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`刪除所選內容`)
};

export const summary_key_duplicate = /** @type {(inputs: Summary_Key_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`複製`)
};

export const summary_key_find = /** @type {(inputs: Summary_Key_FindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`尋找層；按 ${i?.key} 加入`)
};

export const summary_key_move = /** @type {(inputs: Summary_Key_MoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在鏈中上移 / 下移該層`)
};

export const summary_key_select = /** @type {(inputs: Summary_Key_SelectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選取上一個 / 下一個層`)
};

export const summary_key_train = /** @type {(inputs: Summary_Key_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練`)
};

export const summary_key_undo = /** @type {(inputs: Summary_Key_UndoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`復原（加 ${i?.key} 重做）`)
};

export const summary_keyboard = /** @type {(inputs: Summary_KeyboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`鍵盤`)
};

export const summary_label = /** @type {(inputs: Summary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模型摘要`)
};

export const tab_code = /** @type {(inputs: Tab_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 程式碼`)
};

export const tab_grid = /** @type {(inputs: Tab_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`網格搜尋`)
};

export const tab_grid_swept = /** @type {(inputs: Tab_Grid_SweptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 項掃描`)
};

export const tab_layer = /** @type {(inputs: Tab_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`層`)
};

export const tab_training = /** @type {(inputs: Tab_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料與訓練`)
};

export const tabs_label = /** @type {(inputs: Tabs_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`設定`)
};

export const template_dataset_note = /** @type {(inputs: Template_Dataset_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`範本的模型需要不同的輸入，所以會一起換成 ${i?.dataset}。`)
};

export const templatedialog_keep = /** @type {(inputs: Templatedialog_KeepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保留我的`)
};

export const templatedialog_note = /** @type {(inputs: Templatedialog_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LayerLab 會記住你的選擇直到重新載入；「復原」可以還原你的實驗。`)
};

export const templatedialog_question = /** @type {(inputs: Templatedialog_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保留你的訓練設定（這樣它的訓練結果能和之前的公平比較），還是使用範本的設定？`)
};

export const templatedialog_templates = /** @type {(inputs: Templatedialog_TemplatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`範本的`)
};

export const templatedialog_title = /** @type {(inputs: Templatedialog_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.template} 的訓練設定`)
};

export const templatedialog_use = /** @type {(inputs: Templatedialog_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`使用範本的`)
};

export const templatedialog_yours = /** @type {(inputs: Templatedialog_YoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你的`)
};

export const topbar_class = /** @type {(inputs: Topbar_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`課堂`)
};

export const topbar_class_overview = /** @type {(inputs: Topbar_Class_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全班概覽…`)
};

export const topbar_class_overview_hint = /** @type {(inputs: Topbar_Class_Overview_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`學生的報告：回答、檢查、最佳成績和曲線。`)
};

export const topbar_class_title = /** @type {(inputs: Topbar_Class_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗報告與全班概覽`)
};

export const topbar_edited = /** @type {(inputs: Topbar_EditedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已修改`)
};

export const topbar_keras_export = /** @type {(inputs: Topbar_Keras_ExportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`匯出：${i?.format}`)
};

export const topbar_keras_import = /** @type {(inputs: Topbar_Keras_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯入 Keras 程式碼…`)
};

export const topbar_keras_import_hint = /** @type {(inputs: Topbar_Keras_Import_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`貼上課程中的模型，或開啟它的 .py 檔：它會成為這個實驗。`)
};

export const topbar_keras_show = /** @type {(inputs: Topbar_Keras_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`顯示 Keras 程式碼`)
};

export const topbar_keras_show_hint = /** @type {(inputs: Topbar_Keras_Show_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個實驗的 Keras 程式碼，隨編輯即時更新，可閱讀或複製。`)
};

export const topbar_keras_title = /** @type {(inputs: Topbar_Keras_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`匯入與匯出 Keras 程式碼`)
};

export const topbar_lab_name = /** @type {(inputs: Topbar_Lab_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗名稱`)
};

export const topbar_labs = /** @type {(inputs: Topbar_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗庫`)
};

export const topbar_labs_title = /** @type {(inputs: Topbar_Labs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`引導式實驗庫`)
};

export const topbar_nav_label = /** @type {(inputs: Topbar_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`實驗`)
};

export const topbar_new = /** @type {(inputs: Topbar_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增`)
};

export const topbar_new_title = /** @type {(inputs: Topbar_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增一個空白實驗`)
};

export const topbar_not_saved = /** @type {(inputs: Topbar_Not_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未儲存`)
};

export const topbar_not_saved_title = /** @type {(inputs: Topbar_Not_Saved_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.status}：這個實驗還沒有儲存到檔案。`)
};

export const topbar_open = /** @type {(inputs: Topbar_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟…`)
};

export const topbar_open_title = /** @type {(inputs: Topbar_Open_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`開啟實驗 (Ctrl+O)`)
};

export const topbar_redo = /** @type {(inputs: Topbar_RedoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重做`)
};

export const topbar_redo_title = /** @type {(inputs: Topbar_Redo_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重做 (Ctrl+Shift+Z)`)
};

export const topbar_report_html = /** @type {(inputs: Topbar_Report_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`報告 (HTML)`)
};

export const topbar_report_html_hint = /** @type {(inputs: Topbar_Report_Html_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個檔案，包含你的步驟、回答、檢查、曲線、模型和訓練紀錄。`)
};

export const topbar_report_needs_steps = /** @type {(inputs: Topbar_Report_Needs_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這個實驗沒有步驟：請先開啟一個引導式實驗。`)
};

export const topbar_report_pdf = /** @type {(inputs: Topbar_Report_PdfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`報告 (PDF)`)
};

export const topbar_report_pdf_hint = /** @type {(inputs: Topbar_Report_Pdf_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同一份報告的 PDF 版本。`)
};

export const topbar_save = /** @type {(inputs: Topbar_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`儲存`)
};

export const topbar_save_as = /** @type {(inputs: Topbar_Save_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`另存新檔…`)
};

export const topbar_save_as_title = /** @type {(inputs: Topbar_Save_As_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`以另一個名稱儲存 (Ctrl+Shift+S)`)
};

export const topbar_save_title = /** @type {(inputs: Topbar_Save_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`儲存 (Ctrl+S)`)
};

export const topbar_teacher = /** @type {(inputs: Topbar_TeacherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`教師`)
};

export const topbar_teacher_title = /** @type {(inputs: Topbar_Teacher_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`教師模式：撰寫實驗的步驟、問題和檢查，並鎖定學生不應修改的部分`)
};

export const topbar_templates = /** @type {(inputs: Topbar_TemplatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`範本`)
};

export const topbar_templates_title = /** @type {(inputs: Topbar_Templates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`課程中的經典模型，可以直接訓練`)
};

export const topbar_undo = /** @type {(inputs: Topbar_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`復原`)
};

export const topbar_undo_title = /** @type {(inputs: Topbar_Undo_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`復原 (Ctrl+Z)`)
};

export const tpl_cnn_blurb = /** @type {(inputs: Tpl_Cnn_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`兩個卷積區塊、Dropout(0.5)、softmax：Keras 的 MNIST 卷積網路。`)
};

export const tpl_cnn_title = /** @type {(inputs: Tpl_Cnn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`小型 CNN`)
};

export const tpl_imdb_blurb = /** @type {(inputs: Tpl_Imdb_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把影評表示成 10,000 詞的 multi-hot 向量；幾輪之後就會過擬合。`)
};

export const tpl_logistic_blurb = /** @type {(inputs: Tpl_Logistic_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MNIST 像素直接接 softmax：每個網路都必須超越的基準。`)
};

export const tpl_logistic_title = /** @type {(inputs: Tpl_Logistic_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邏輯迴歸 (Logistic regression)`)
};

export const tpl_mlp16_blurb = /** @type {(inputs: Tpl_Mlp16_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一個 16 單元的隱藏層：太小，不太會過擬合。`)
};

export const tpl_mlp16_title = /** @type {(inputs: Tpl_Mlp16_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`小型 MLP（16 個單元）`)
};

export const tpl_mlp512_blurb = /** @type {(inputs: Tpl_Mlp512_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keras 經典的 MNIST MLP（784-512-512-10）：大到足以過擬合；加上 Dropout 來改善。`)
};

export const tpl_moons_blurb = /** @type {(inputs: Tpl_Moons_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`兩個帶雜訊的半月形，當場產生：在任何電腦上一分鐘內就會過擬合。`)
};

export const tpl_moons_title = /** @type {(inputs: Tpl_Moons_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`雙月資料（免下載）`)
};

export const training_early_stopping = /** @type {(inputs: Training_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提前停止 (EarlyStopping)`)
};

export const training_fraction_held_out = /** @type {(inputs: Training_Fraction_Held_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保留比例`)
};

export const training_label = /** @type {(inputs: Training_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練設定`)
};

export const training_lr_default = /** @type {(inputs: Training_Lr_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value}（預設）`)
};

export const training_more = /** @type {(inputs: Training_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`更多：子集、隨機種子、標籤`)
};

export const training_restore_best = /** @type {(inputs: Training_Restore_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`還原最佳權重 (restore_best_weights)`)
};

export const training_seed_random = /** @type {(inputs: Training_Seed_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隨機`)
};

export const training_shuffle_labels = /** @type {(inputs: Training_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打亂標籤（記憶實驗）`)
};

export const training_subset = /** @type {(inputs: Training_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只用前 N 個樣本訓練`)
};

export const training_subset_all = /** @type {(inputs: Training_Subset_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全部`)
};

export const training_title = /** @type {(inputs: Training_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`訓練`)
};

export const training_validation = /** @type {(inputs: Training_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`驗證`)
};

export const training_validation_data = /** @type {(inputs: Training_Validation_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`驗證資料`)
};

export const training_validation_split = /** @type {(inputs: Training_Validation_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保留一部分資料 (validation_split)`)
};

export const training_validation_test = /** @type {(inputs: Training_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`資料集的測試集`)
};

export const untitled_lab = /** @type {(inputs: Untitled_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未命名實驗`)
};

export const weights_curve_describe = /** @type {(inputs: Weights_Curve_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} 每輪的${i?.what}，每次訓練一條線`)
};

export const weights_grad = /** @type {(inputs: Weights_GradInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`梯度範數（對數）`)
};

export const weights_hist_describe = /** @type {(inputs: Weights_Hist_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.epoch} 輪時 ${i?.layer} 的 kernel 值的直方圖，每次訓練一條線`)
};

export const weights_hist_title = /** @type {(inputs: Weights_Hist_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.epoch} 輪時 ${i?.layer} 的 kernel 值`)
};

export const weights_histogram = /** @type {(inputs: Weights_HistogramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kernel 直方圖`)
};

export const weights_l1 = /** @type {(inputs: Weights_L1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L1 範數`)
};

export const weights_l2 = /** @type {(inputs: Weights_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L2 範數`)
};

export const weights_layer = /** @type {(inputs: Weights_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有權重的層`)
};

export const weights_log_title = /** @type {(inputs: Weights_Log_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`對數 y 軸：即使有一大堆零值，直方圖的其餘部分也看得見`)
};

export const weights_none = /** @type {(inputs: Weights_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`這些訓練的模型沒有可以顯示權重的層。`)
};

export const weights_over = /** @type {(inputs: Weights_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隨訓練輪次的變化`)
};

export const weights_sparsity = /** @type {(inputs: Weights_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`稀疏度`)
};

export const weights_sparsity_describe = /** @type {(inputs: Weights_Sparsity_DescribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`|w| < 0.001 的權重比例`)
};

export const weights_x = /** @type {(inputs: Weights_XInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`權重值 w`)
};

export const weights_y = /** @type {(inputs: Weights_YInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`密度`)
};