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
/** @typedef {{ name: NonNullable<unknown> }} Badge_Gpu_FoundInputs */
/** @typedef {{ name: NonNullable<unknown> }} Badge_Gpu_SoftwareInputs */
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
/** @typedef {{}} Clihelp_ArgumentsInputs */
/** @typedef {{}} Clihelp_BenchInputs */
/** @typedef {{}} Clihelp_CheckInputs */
/** @typedef {{}} Clihelp_ClassInputs */
/** @typedef {{}} Clihelp_CommandsInputs */
/** @typedef {{}} Clihelp_DatasetsInputs */
/** @typedef {{}} Clihelp_EvaluateInputs */
/** @typedef {{}} Clihelp_ExportInputs */
/** @typedef {{}} Clihelp_GridInputs */
/** @typedef {{}} Clihelp_GridsInputs */
/** @typedef {{}} Clihelp_HelpInputs */
/** @typedef {{}} Clihelp_ImportInputs */
/** @typedef {{}} Clihelp_InspectInputs */
/** @typedef {{}} Clihelp_LabsInputs */
/** @typedef {{}} Clihelp_LangInputs */
/** @typedef {{}} Clihelp_OptionsInputs */
/** @typedef {{}} Clihelp_ProgramInputs */
/** @typedef {{}} Clihelp_ReportInputs */
/** @typedef {{}} Clihelp_RunsInputs */
/** @typedef {{}} Clihelp_ServeInputs */
/** @typedef {{}} Clihelp_StartInputs */
/** @typedef {{}} Clihelp_StoreInputs */
/** @typedef {{}} Clihelp_TrainInputs */
/** @typedef {{}} Clihelp_UsageInputs */
/** @typedef {{}} Clihelp_VersionInputs */
/** @typedef {{}} Clihelp_WorkerInputs */
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
/** @typedef {{}} Curves_BaselineInputs */
/** @typedef {{ count: NonNullable<unknown>, percent: NonNullable<unknown>, truth: NonNullable<unknown> }} Curves_Confusion_LabelInputs */
/** @typedef {{ truth: NonNullable<unknown>, predicted: NonNullable<unknown> }} Curves_Confusion_TitleInputs */
/** @typedef {{ run: NonNullable<unknown>, percent: NonNullable<unknown> }} Curves_Dead_TooltipInputs */
/** @typedef {{}} Curves_Early_StopInputs */
/** @typedef {{}} Curves_Heat_AcrossInputs */
/** @typedef {{}} Curves_Heat_BestInputs */
/** @typedef {{}} Curves_Heat_BetterInputs */
/** @typedef {{ metric: NonNullable<unknown>, folds: NonNullable<unknown> }} Curves_Heat_Caption_FoldsInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Curves_Heat_Caption_HoldoutInputs */
/** @typedef {{ settings: NonNullable<unknown> }} Curves_Heat_FixedInputs */
/** @typedef {{ metric: NonNullable<unknown>, score: NonNullable<unknown>, std: NonNullable<unknown>, folds: NonNullable<unknown> }} Curves_Heat_FoldsInputs */
/** @typedef {{ metric: NonNullable<unknown>, score: NonNullable<unknown> }} Curves_Heat_HoldoutInputs */
/** @typedef {{}} Curves_Heat_UnfinishedInputs */
/** @typedef {{}} Curves_Heat_UpInputs */
/** @typedef {{}} Curves_Heat_WorseInputs */
/** @typedef {{ index: NonNullable<unknown> }} Curves_InputInputs */
/** @typedef {{}} Curves_PredictedInputs */
/** @typedef {{ run: NonNullable<unknown>, mean: NonNullable<unknown>, std: NonNullable<unknown> }} Curves_Spread_TooltipInputs */
/** @typedef {{}} Curves_TrueInputs */
/** @typedef {{ value: NonNullable<unknown> }} Curves_Weight_FromInputs */
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
/** @typedef {{}} Dstext_CirclesInputs */
/** @typedef {{}} Dstext_Fashion_MnistInputs */
/** @typedef {{ files: NonNullable<unknown>, folder: NonNullable<unknown>, name: NonNullable<unknown> }} Dstext_HintInputs */
/** @typedef {{ apt: NonNullable<unknown> }} Dstext_Hint_AptInputs */
/** @typedef {{}} Dstext_ImdbInputs */
/** @typedef {{}} Dstext_MnistInputs */
/** @typedef {{}} Dstext_MoonsInputs */
/** @typedef {{}} Dstext_SpiralsInputs */
/** @typedef {{ name: NonNullable<unknown>, arms: NonNullable<unknown>, samples: NonNullable<unknown>, noise: NonNullable<unknown>, seed: NonNullable<unknown> }} Dstext_Spirals_TitleInputs */
/** @typedef {{ name: NonNullable<unknown>, samples: NonNullable<unknown>, noise: NonNullable<unknown>, seed: NonNullable<unknown> }} Dstext_Synthetic_TitleInputs */
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
/** @typedef {{}} Grid_AccuracyInputs */
/** @typedef {{}} Grid_At_Least_One_LayerInputs */
/** @typedef {{}} Grid_BackInputs */
/** @typedef {{}} Grid_Back_TitleInputs */
/** @typedef {{}} Grid_Back_To_ModelInputs */
/** @typedef {{}} Grid_BestInputs */
/** @typedef {{}} Grid_Best_FirstInputs */
/** @typedef {{}} Grid_Best_So_FarInputs */
/** @typedef {{ n: NonNullable<unknown> }} Grid_Col_FoldInputs */
/** @typedef {{}} Grid_Col_HoldoutInputs */
/** @typedef {{}} Grid_Col_MeanInputs */
/** @typedef {{}} Grid_Col_RankInputs */
/** @typedef {{}} Grid_Col_StatusInputs */
/** @typedef {{}} Grid_CurvesInputs */
/** @typedef {{}} Grid_Curves_AppearInputs */
/** @typedef {{}} Grid_Curves_LabelInputs */
/** @typedef {{}} Grid_DeleteInputs */
/** @typedef {{}} Grid_Delete_SureInputs */
/** @typedef {{}} Grid_Each_FoldInputs */
/** @typedef {{}} Grid_EarlierInputs */
/** @typedef {{}} Grid_EmptyInputs */
/** @typedef {{}} Grid_EstimatingInputs */
/** @typedef {{}} Grid_EvalInputs */
/** @typedef {{}} Grid_Eval_HoldoutInputs */
/** @typedef {{}} Grid_Eval_KfoldInputs */
/** @typedef {{}} Grid_Export_CsvInputs */
/** @typedef {{}} Grid_Export_Csv_TitleInputs */
/** @typedef {{}} Grid_Fold1_OnlyInputs */
/** @typedef {{}} Grid_FoldsInputs */
/** @typedef {{ folds: NonNullable<unknown> }} Grid_Folds_TimesInputs */
/** @typedef {{}} Grid_FromInputs */
/** @typedef {{}} Grid_HeadingInputs */
/** @typedef {{}} Grid_HeatmapInputs */
/** @typedef {{}} Grid_Heatmap_FallbackInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Grid_Heatmap_LabelInputs */
/** @typedef {{}} Grid_HintInputs */
/** @typedef {{}} Grid_Holdout_FractionInputs */
/** @typedef {{ label: NonNullable<unknown> }} Grid_How_ValuesInputs */
/** @typedef {{}} Grid_IntroInputs */
/** @typedef {{}} Grid_Key_TrainingInputs */
/** @typedef {{}} Grid_Key_ValidationInputs */
/** @typedef {{}} Grid_Log_LossInputs */
/** @typedef {{}} Grid_LossInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Grid_MeanInputs */
/** @typedef {{ folds: NonNullable<unknown> }} Grid_Mean_Of_FoldsInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Grid_Mean_TitleInputs */
/** @typedef {{}} Grid_Mode_ListInputs */
/** @typedef {{}} Grid_Mode_RangeInputs */
/** @typedef {{}} Grid_No_Best_YetInputs */
/** @typedef {{}} Grid_None_SweptInputs */
/** @typedef {{}} Grid_None_Swept_HowInputs */
/** @typedef {{}} Grid_None_Swept_How_2Inputs */
/** @typedef {{}} Grid_None_Swept_How_3Inputs */
/** @typedef {{ why: NonNullable<unknown> }} Grid_Not_ReadyInputs */
/** @typedef {{}} Grid_On_CurvesInputs */
/** @typedef {{}} Grid_On_PoolInputs */
/** @typedef {{}} Grid_On_Pool_Connect_FirstInputs */
/** @typedef {{}} Grid_On_Pool_TitleInputs */
/** @typedef {{}} Grid_One_ProblemInputs */
/** @typedef {{}} Grid_One_Value_EachInputs */
/** @typedef {{}} Grid_OutputInputs */
/** @typedef {{}} Grid_Output_NoteInputs */
/** @typedef {{}} Grid_ParallelInputs */
/** @typedef {{}} Grid_Parallel_AutoInputs */
/** @typedef {{}} Grid_Parallel_HintInputs */
/** @typedef {{}} Grid_Pool_AddressInputs */
/** @typedef {{}} Grid_Pool_ConnectInputs */
/** @typedef {{ url: NonNullable<unknown> }} Grid_Pool_ConnectedInputs */
/** @typedef {{ url: NonNullable<unknown> }} Grid_Pool_ConnectingInputs */
/** @typedef {{}} Grid_Pool_DisconnectInputs */
/** @typedef {{ command: NonNullable<unknown> }} Grid_Pool_HintInputs */
/** @typedef {{ active: NonNullable<unknown>, concurrency: NonNullable<unknown> }} Grid_Pool_JobsInputs */
/** @typedef {{ active: NonNullable<unknown>, concurrency: NonNullable<unknown> }} Grid_Pool_Jobs_OneInputs */
/** @typedef {{ dataset: NonNullable<unknown>, name: NonNullable<unknown> }} Grid_Pool_No_DatasetInputs */
/** @typedef {{}} Grid_Pool_No_DatasetsInputs */
/** @typedef {{ url: NonNullable<unknown> }} Grid_Pool_No_WorkerInputs */
/** @typedef {{}} Grid_Pool_Not_ConnectedInputs */
/** @typedef {{ state: NonNullable<unknown> }} Grid_Pool_Not_ReadyInputs */
/** @typedef {{}} Grid_Pool_OffInputs */
/** @typedef {{ host: NonNullable<unknown> }} Grid_Pool_On_HostInputs */
/** @typedef {{}} Grid_Pool_PasswordInputs */
/** @typedef {{}} Grid_Pool_Password_IfInputs */
/** @typedef {{ queue: NonNullable<unknown> }} Grid_Pool_QueueInputs */
/** @typedef {{ waiting: NonNullable<unknown>, active: NonNullable<unknown> }} Grid_Pool_Queue_LineInputs */
/** @typedef {{}} Grid_Pool_RequeuedInputs */
/** @typedef {{}} Grid_Pool_TitleInputs */
/** @typedef {{ url: NonNullable<unknown> }} Grid_Pool_UnreachableInputs */
/** @typedef {{}} Grid_Pool_WorkersInputs */
/** @typedef {{ count: NonNullable<unknown> }} Grid_ProblemsInputs */
/** @typedef {{}} Grid_ProgressInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Grid_Progress_RunsInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Grid_Progress_SettingsInputs */
/** @typedef {{ when: NonNullable<unknown> }} Grid_Ran_OnInputs */
/** @typedef {{ values: NonNullable<unknown>, scale: NonNullable<unknown> }} Grid_Random_BetweenInputs */
/** @typedef {{}} Grid_Rank_AccuracyInputs */
/** @typedef {{}} Grid_Rank_ByInputs */
/** @typedef {{}} Grid_Rank_LossInputs */
/** @typedef {{}} Grid_RefitInputs */
/** @typedef {{}} Grid_Refit_LaterInputs */
/** @typedef {{}} Grid_Refit_On_AllInputs */
/** @typedef {{ accuracy: NonNullable<unknown>, loss: NonNullable<unknown> }} Grid_Refit_TestInputs */
/** @typedef {{}} Grid_Refit_TrainingInputs */
/** @typedef {{}} Grid_RefittingInputs */
/** @typedef {{}} Grid_RemoveInputs */
/** @typedef {{}} Grid_Remove_From_GridInputs */
/** @typedef {{}} Grid_Results_LabelInputs */
/** @typedef {{}} Grid_Results_LinkInputs */
/** @typedef {{}} Grid_ResumeInputs */
/** @typedef {{}} Grid_RunInputs */
/** @typedef {{}} Grid_Run_AgainInputs */
/** @typedef {{}} Grid_Run_Again_TitleInputs */
/** @typedef {{}} Grid_ScaleInputs */
/** @typedef {{}} Grid_Scale_LinearInputs */
/** @typedef {{}} Grid_Scale_LogInputs */
/** @typedef {{}} Grid_SearchInputs */
/** @typedef {{}} Grid_Search_GridInputs */
/** @typedef {{}} Grid_Search_RandomInputs */
/** @typedef {{}} Grid_SelectInputs */
/** @typedef {{}} Grid_Settings_ManyInputs */
/** @typedef {{}} Grid_Settings_OneInputs */
/** @typedef {{}} Grid_ShowInputs */
/** @typedef {{}} Grid_Show_AllInputs */
/** @typedef {{}} Grid_Show_Best3Inputs */
/** @typedef {{}} Grid_Show_NoneInputs */
/** @typedef {{ label: NonNullable<unknown> }} Grid_Show_On_CurvesInputs */
/** @typedef {{}} Grid_Show_ResultsInputs */
/** @typedef {{}} Grid_Start_OverInputs */
/** @typedef {{}} Grid_Start_Over_TitleInputs */
/** @typedef {{}} Grid_Status_CompletedInputs */
/** @typedef {{}} Grid_Status_FailedInputs */
/** @typedef {{}} Grid_Status_InterruptedInputs */
/** @typedef {{}} Grid_Status_RunningInputs */
/** @typedef {{}} Grid_Status_StoppedInputs */
/** @typedef {{}} Grid_Std_TitleInputs */
/** @typedef {{}} Grid_StepsInputs */
/** @typedef {{}} Grid_StopInputs */
/** @typedef {{}} Grid_Stop_GridInputs */
/** @typedef {{ label: NonNullable<unknown> }} Grid_Stop_SweepingInputs */
/** @typedef {{}} Grid_StratifiedInputs */
/** @typedef {{}} Grid_SweepInputs */
/** @typedef {{ count: NonNullable<unknown> }} Grid_Sweep_FullInputs */
/** @typedef {{ label: NonNullable<unknown> }} Grid_Sweep_LabelInputs */
/** @typedef {{}} Grid_Sweep_One_ValueInputs */
/** @typedef {{ label: NonNullable<unknown> }} Grid_Sweep_TitleInputs */
/** @typedef {{}} Grid_Sweep_WhichInputs */
/** @typedef {{ label: NonNullable<unknown>, values: NonNullable<unknown> }} Grid_Sweeping_NoticeInputs */
/** @typedef {{}} Grid_SweptInputs */
/** @typedef {{ name: NonNullable<unknown>, by: NonNullable<unknown> }} Grid_Swept_ByInputs */
/** @typedef {{ label: NonNullable<unknown> }} Grid_Swept_LabelInputs */
/** @typedef {{}} Grid_Swept_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Grid_Table_ToolsInputs */
/** @typedef {{}} Grid_The_ModelInputs */
/** @typedef {{}} Grid_Then_RefitInputs */
/** @typedef {{}} Grid_Tick_SettingsInputs */
/** @typedef {{}} Grid_ToInputs */
/** @typedef {{}} Grid_Training_RunsInputs */
/** @typedef {{}} Grid_TrialsInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Grid_UnfinishedInputs */
/** @typedef {{ count: NonNullable<unknown>, values: NonNullable<unknown> }} Grid_Values_CountInputs */
/** @typedef {{}} Grid_Values_LabelInputs */
/** @typedef {{}} Grid_Which_FoldsInputs */
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
/** @typedef {{ title: NonNullable<unknown>, what: NonNullable<unknown> }} Guide_Setup_DoneInputs */
/** @typedef {{}} Guide_Setup_Laid_OutInputs */
/** @typedef {{ title: NonNullable<unknown> }} Guide_Setup_NothingInputs */
/** @typedef {{ name: NonNullable<unknown> }} Guide_Show_RunInputs */
/** @typedef {{ index: NonNullable<unknown>, count: NonNullable<unknown> }} Guide_Step_CountInputs */
/** @typedef {{}} Guide_Step_DoneInputs */
/** @typedef {{ title: NonNullable<unknown> }} Guide_Step_Done_LabelInputs */
/** @typedef {{}} Guide_Steps_HeadingInputs */
/** @typedef {{}} Guide_The_RunInputs */
/** @typedef {{}} Guide_Your_NameInputs */
/** @typedef {{}} Hosttext_Backend_JavascriptInputs */
/** @typedef {{}} Hosttext_Backend_TensorflowInputs */
/** @typedef {{}} Hosttext_Backend_Tensorflow_GpuInputs */
/** @typedef {{}} Hosttext_Backend_WebgpuInputs */
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
/** @typedef {{ who: NonNullable<unknown>, found: NonNullable<unknown>, expected: NonNullable<unknown> }} Overview_Locks_ClassInputs */
/** @typedef {{ who: NonNullable<unknown>, found: NonNullable<unknown>, expected: NonNullable<unknown> }} Overview_Locks_DeclaredInputs */
/** @typedef {{ who: NonNullable<unknown>, found: NonNullable<unknown>, expected: NonNullable<unknown> }} Overview_Locks_Other_LabInputs */
/** @typedef {{ who: NonNullable<unknown>, found: NonNullable<unknown>, expected: NonNullable<unknown> }} Overview_Locks_TeacherInputs */
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
/** @typedef {{}} Report_Col_Best_Val_AccuracyInputs */
/** @typedef {{}} Report_Col_Best_Val_LossInputs */
/** @typedef {{}} Report_Col_EpochsInputs */
/** @typedef {{}} Report_Col_KindInputs */
/** @typedef {{}} Report_Col_Last_AccuracyInputs */
/** @typedef {{}} Report_Col_LayerInputs */
/** @typedef {{}} Report_Col_ParamsInputs */
/** @typedef {{}} Report_Col_RunInputs */
/** @typedef {{}} Report_Col_SettingsInputs */
/** @typedef {{}} Report_Col_ShapeInputs */
/** @typedef {{}} Report_Col_StatusInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Curve_CaptionInputs */
/** @typedef {{}} Report_CurvesInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Curves_LabelInputs */
/** @typedef {{}} Report_Diagram_LabelInputs */
/** @typedef {{}} Report_DoneInputs */
/** @typedef {{}} Report_Fingerprint_NoneInputs */
/** @typedef {{ student: NonNullable<unknown>, when: NonNullable<unknown>, app: NonNullable<unknown>, passed: NonNullable<unknown>, total: NonNullable<unknown>, fingerprint: NonNullable<unknown> }} Report_MetaInputs */
/** @typedef {{}} Report_ModelInputs */
/** @typedef {{}} Report_No_AnswerInputs */
/** @typedef {{}} Report_No_NameInputs */
/** @typedef {{}} Report_No_RunsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_ParamsInputs */
/** @typedef {{}} Report_RunsInputs */
/** @typedef {{}} Report_StepsInputs */
/** @typedef {{}} Report_Title_FallbackInputs */
/** @typedef {{}} Report_TotalInputs */
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
/** @typedef {{ label: NonNullable<unknown>, limit: NonNullable<unknown>, value: NonNullable<unknown> }} Sweep_At_LeastInputs */
/** @typedef {{ label: NonNullable<unknown>, limit: NonNullable<unknown>, value: NonNullable<unknown> }} Sweep_At_MostInputs */
/** @typedef {{ kind: NonNullable<unknown>, count: NonNullable<unknown> }} Sweep_EveryInputs */
/** @typedef {{ label: NonNullable<unknown> }} Sweep_Give_ValueInputs */
/** @typedef {{ count: NonNullable<unknown>, kind: NonNullable<unknown> }} Sweep_HiddenInputs */
/** @typedef {{ problem: NonNullable<unknown> }} Sweep_Integer_RangeInputs */
/** @typedef {{ label: NonNullable<unknown>, limit: NonNullable<unknown>, value: NonNullable<unknown> }} Sweep_Less_ThanInputs */
/** @typedef {{ label: NonNullable<unknown> }} Sweep_Log_PositiveInputs */
/** @typedef {{ label: NonNullable<unknown>, limit: NonNullable<unknown>, value: NonNullable<unknown> }} Sweep_More_ThanInputs */
/** @typedef {{ label: NonNullable<unknown> }} Sweep_No_RangeInputs */
/** @typedef {{ label: NonNullable<unknown>, word: NonNullable<unknown> }} Sweep_Not_BoolInputs */
/** @typedef {{ word: NonNullable<unknown>, label: NonNullable<unknown> }} Sweep_Not_NumberInputs */
/** @typedef {{ word: NonNullable<unknown>, options: NonNullable<unknown> }} Sweep_Not_OptionInputs */
/** @typedef {{ layer: NonNullable<unknown> }} Sweep_OnlyInputs */
/** @typedef {{ label: NonNullable<unknown> }} Sweep_Range_EndsInputs */
/** @typedef {{ label: NonNullable<unknown>, value: NonNullable<unknown> }} Sweep_Range_SameInputs */
/** @typedef {{ max: NonNullable<unknown>, steps: NonNullable<unknown> }} Sweep_Range_StepsInputs */
/** @typedef {{ max: NonNullable<unknown>, label: NonNullable<unknown>, count: NonNullable<unknown> }} Sweep_Too_ManyInputs */
/** @typedef {{ value: NonNullable<unknown> }} Sweep_TwiceInputs */
/** @typedef {{ label: NonNullable<unknown>, value: NonNullable<unknown> }} Sweep_WholeInputs */
/** @typedef {{}} Tab_CodeInputs */
/** @typedef {{}} Tab_GridInputs */
/** @typedef {{ count: NonNullable<unknown> }} Tab_Grid_SweptInputs */
/** @typedef {{}} Tab_LayerInputs */
/** @typedef {{}} Tab_TrainingInputs */
/** @typedef {{}} Tabs_LabelInputs */
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
/** @typedef {{}} Teach_Grid_LockedInputs */
/** @typedef {{ author: NonNullable<unknown> }} Teach_Grid_Locked_AuthorInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Is_LockedInputs */
/** @typedef {{}} Teach_LayerInputs */
/** @typedef {{ count: NonNullable<unknown> }} Teach_Layers_CountInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Lock_LabelInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Lock_Seed_TitleInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Lock_TitleInputs */
/** @typedef {{ why: NonNullable<unknown> }} Teach_Locked_ByInputs */
/** @typedef {{ author: NonNullable<unknown>, why: NonNullable<unknown> }} Teach_Locked_By_AuthorInputs */
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
/** @typedef {{ subject: NonNullable<unknown>, why: NonNullable<unknown> }} Teach_RefusedInputs */
/** @typedef {{ subject: NonNullable<unknown>, author: NonNullable<unknown>, why: NonNullable<unknown> }} Teach_Refused_AuthorInputs */
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
/** @typedef {{}} Teach_Steps_Are_TeachersInputs */
/** @typedef {{}} Teach_Steps_EditorInputs */
/** @typedef {{}} Teach_Subject_DatasetInputs */
/** @typedef {{ name: NonNullable<unknown> }} Teach_Subject_LayerInputs */
/** @typedef {{ setting: NonNullable<unknown> }} Teach_Subject_SettingInputs */
/** @typedef {{}} Teach_Subject_StructureInputs */
/** @typedef {{}} Teach_TopicInputs */
/** @typedef {{}} Teach_Topic_NoneInputs */
/** @typedef {{}} Teach_Training_AugmentationInputs */
/** @typedef {{}} Teach_Training_Batch_SizeInputs */
/** @typedef {{}} Teach_Training_Early_StoppingInputs */
/** @typedef {{}} Teach_Training_EpochsInputs */
/** @typedef {{}} Teach_Training_Label_SmoothingInputs */
/** @typedef {{}} Teach_Training_Learning_RateInputs */
/** @typedef {{}} Teach_Training_LossInputs */
/** @typedef {{}} Teach_Training_MomentumInputs */
/** @typedef {{}} Teach_Training_OptimizerInputs */
/** @typedef {{}} Teach_Training_SeedInputs */
/** @typedef {{}} Teach_Training_ShuffleInputs */
/** @typedef {{}} Teach_Training_Shuffle_LabelsInputs */
/** @typedef {{}} Teach_Training_Train_SubsetInputs */
/** @typedef {{}} Teach_Training_ValidationInputs */
/** @typedef {{}} Teach_UnitInputs */
/** @typedef {{}} Teach_Unit_LabelInputs */
/** @typedef {{}} Teach_Unit_PlaceholderInputs */
/** @typedef {{ what: NonNullable<unknown> }} Teach_Unlock_LabelInputs */
/** @typedef {{}} Teach_Why_DatasetInputs */
/** @typedef {{}} Teach_Why_LayerInputs */
/** @typedef {{}} Teach_Why_SeedInputs */
/** @typedef {{ setting: NonNullable<unknown> }} Teach_Why_SettingInputs */
/** @typedef {{}} Teach_Why_StructureInputs */
/** @typedef {{}} Teach_With_LayersInputs */
/** @typedef {{}} Teach_Without_LayersInputs */
/** @typedef {{}} Teach_WriteInputs */
/** @typedef {{}} Teach_Write_Or_PreviewInputs */
/** @typedef {{}} Teach_YesInputs */
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
/** @typedef {{ list: NonNullable<unknown> }} Words_AugmentationInputs */
/** @typedef {{}} Words_Augmentation_NoneInputs */
/** @typedef {{ size: NonNullable<unknown> }} Words_BatchInputs */
/** @typedef {{ monitor: NonNullable<unknown>, patience: NonNullable<unknown> }} Words_Early_StoppingInputs */
/** @typedef {{ monitor: NonNullable<unknown>, patience: NonNullable<unknown> }} Words_Early_Stopping_BestInputs */
/** @typedef {{ count: NonNullable<unknown> }} Words_EpochsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Words_First_ExamplesInputs */
/** @typedef {{ value: NonNullable<unknown> }} Words_Label_SmoothingInputs */
/** @typedef {{ phrase: NonNullable<unknown>, layer: NonNullable<unknown> }} Words_On_LayerInputs */
/** @typedef {{ phrase: NonNullable<unknown>, count: NonNullable<unknown> }} Words_On_LayersInputs */
/** @typedef {{}} Words_Shuffled_LabelsInputs */
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
* | "GPU found: {name}" |
*
* @param {Badge_Gpu_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_gpu_found = /** @type {((inputs: Badge_Gpu_FoundInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_Gpu_FoundInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_gpu_found(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_gpu_found(inputs)
	if (locale === "en-XA") return __en_xa2.badge_gpu_found(inputs)
	return __en.badge_gpu_found(inputs)
});
/**
* | output |
* | --- |
* | "{name}, a software adapter (it runs on the CPU)" |
*
* @param {Badge_Gpu_SoftwareInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const badge_gpu_software = /** @type {((inputs: Badge_Gpu_SoftwareInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_Gpu_SoftwareInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.badge_gpu_software(inputs)
	if (locale === "zh-Hant") return __zh_hant1.badge_gpu_software(inputs)
	if (locale === "en-XA") return __en_xa2.badge_gpu_software(inputs)
	return __en.badge_gpu_software(inputs)
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
* | "Accuracy" |
*
* @param {Class_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_accuracy = /** @type {((inputs?: Class_AccuracyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_AccuracyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_accuracy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_accuracy(inputs)
	if (locale === "en-XA") return __en_xa2.class_accuracy(inputs)
	return __en.class_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Best val_accuracy" |
*
* @param {Class_Best_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_best_accuracy = /** @type {((inputs?: Class_Best_AccuracyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Best_AccuracyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_best_accuracy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_best_accuracy(inputs)
	if (locale === "en-XA") return __en_xa2.class_best_accuracy(inputs)
	return __en.class_best_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Best val_loss" |
*
* @param {Class_Best_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_best_loss = /** @type {((inputs?: Class_Best_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Best_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_best_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_best_loss(inputs)
	if (locale === "en-XA") return __en_xa2.class_best_loss(inputs)
	return __en.class_best_loss(inputs)
});
/**
* | output |
* | --- |
* | "⚠ changed" |
*
* @param {Class_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_changed = /** @type {((inputs?: Class_ChangedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_ChangedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_changed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_changed(inputs)
	if (locale === "en-XA") return __en_xa2.class_changed(inputs)
	return __en.class_changed(inputs)
});
/**
* | output |
* | --- |
* | "{count} with changed locks" |
*
* @param {Class_Changed_LocksInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_changed_locks = /** @type {((inputs: Class_Changed_LocksInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Changed_LocksInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_changed_locks(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_changed_locks(inputs)
	if (locale === "en-XA") return __en_xa2.class_changed_locks(inputs)
	return __en.class_changed_locks(inputs)
});
/**
* | output |
* | --- |
* | "✓ Checks" |
*
* @param {Class_ChecksInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_checks = /** @type {((inputs?: Class_ChecksInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_ChecksInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_checks(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_checks(inputs)
	if (locale === "en-XA") return __en_xa2.class_checks(inputs)
	return __en.class_checks(inputs)
});
/**
* | output |
* | --- |
* | "Checks passed of the lab's checks" |
*
* @param {Class_Checks_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_checks_title = /** @type {((inputs?: Class_Checks_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Checks_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_checks_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_checks_title(inputs)
	if (locale === "en-XA") return __en_xa2.class_checks_title(inputs)
	return __en.class_checks_title(inputs)
});
/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Class_ChooseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_choose = /** @type {((inputs?: Class_ChooseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_ChooseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_choose(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_choose(inputs)
	if (locale === "en-XA") return __en_xa2.class_choose(inputs)
	return __en.class_choose(inputs)
});
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Class_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_close = /** @type {((inputs?: Class_CloseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_CloseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_close(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_close(inputs)
	if (locale === "en-XA") return __en_xa2.class_close(inputs)
	return __en.class_close(inputs)
});
/**
* | output |
* | --- |
* | "Curve" |
*
* @param {Class_CurveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_curve = /** @type {((inputs?: Class_CurveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_CurveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_curve(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_curve(inputs)
	if (locale === "en-XA") return __en_xa2.class_curve(inputs)
	return __en.class_curve(inputs)
});
/**
* | output |
* | --- |
* | "Curve of {name}" |
*
* @param {Class_Curve_OfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_curve_of = /** @type {((inputs: Class_Curve_OfInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Curve_OfInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_curve_of(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_curve_of(inputs)
	if (locale === "en-XA") return __en_xa2.class_curve_of(inputs)
	return __en.class_curve_of(inputs)
});
/**
* | output |
* | --- |
* | "Choose the folder your students' reports are in (each student saves one with Report → HTML or PDF). Each report is compared with the teacher's lab: a report ..." |
*
* @param {Class_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_empty = /** @type {((inputs?: Class_EmptyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_EmptyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_empty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_empty(inputs)
	if (locale === "en-XA") return __en_xa2.class_empty(inputs)
	return __en.class_empty(inputs)
});
/**
* | output |
* | --- |
* | "Export CSV" |
*
* @param {Class_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_export_csv = /** @type {((inputs?: Class_Export_CsvInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Export_CsvInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_export_csv(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_export_csv(inputs)
	if (locale === "en-XA") return __en_xa2.class_export_csv(inputs)
	return __en.class_export_csv(inputs)
});
/**
* | output |
* | --- |
* | "Locks" |
*
* @param {Class_LocksInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks = /** @type {((inputs?: Class_LocksInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_LocksInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_locks(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_locks(inputs)
	if (locale === "en-XA") return __en_xa2.class_locks(inputs)
	return __en.class_locks(inputs)
});
/**
* | output |
* | --- |
* | "ok" |
*
* @param {Class_Locks_OkInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks_ok = /** @type {((inputs?: Class_Locks_OkInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Locks_OkInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_locks_ok(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_locks_ok(inputs)
	if (locale === "en-XA") return __en_xa2.class_locks_ok(inputs)
	return __en.class_locks_ok(inputs)
});
/**
* | output |
* | --- |
* | "The locked parts are the lab's" |
*
* @param {Class_Locks_Ok_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks_ok_title = /** @type {((inputs?: Class_Locks_Ok_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Locks_Ok_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_locks_ok_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_locks_ok_title(inputs)
	if (locale === "en-XA") return __en_xa2.class_locks_ok_title(inputs)
	return __en.class_locks_ok_title(inputs)
});
/**
* | output |
* | --- |
* | "Whether the lab's locked parts were changed" |
*
* @param {Class_Locks_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks_title = /** @type {((inputs?: Class_Locks_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Locks_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_locks_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_locks_title(inputs)
	if (locale === "en-XA") return __en_xa2.class_locks_title(inputs)
	return __en.class_locks_title(inputs)
});
/**
* | output |
* | --- |
* | "No lab to compare with" |
*
* @param {Class_Locks_Unknown_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_locks_unknown_title = /** @type {((inputs?: Class_Locks_Unknown_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Locks_Unknown_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_locks_unknown_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_locks_unknown_title(inputs)
	if (locale === "en-XA") return __en_xa2.class_locks_unknown_title(inputs)
	return __en.class_locks_unknown_title(inputs)
});
/**
* | output |
* | --- |
* | "Loss" |
*
* @param {Class_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_loss = /** @type {((inputs?: Class_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_loss(inputs)
	if (locale === "en-XA") return __en_xa2.class_loss(inputs)
	return __en.class_loss(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Class_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_none = /** @type {((inputs?: Class_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_none(inputs)
	if (locale === "en-XA") return __en_xa2.class_none(inputs)
	return __en.class_none(inputs)
});
/**
* | output |
* | --- |
* | "None" |
*
* @param {Class_None_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_none_button = /** @type {((inputs?: Class_None_ButtonInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_None_ButtonInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_none_button(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_none_button(inputs)
	if (locale === "en-XA") return __en_xa2.class_none_button(inputs)
	return __en.class_none_button(inputs)
});
/**
* | output |
* | --- |
* | "Open report files…" |
*
* @param {Class_Open_FilesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_open_files = /** @type {((inputs?: Class_Open_FilesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Open_FilesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_open_files(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_open_files(inputs)
	if (locale === "en-XA") return __en_xa2.class_open_files(inputs)
	return __en.class_open_files(inputs)
});
/**
* | output |
* | --- |
* | "Open a folder of reports…" |
*
* @param {Class_Open_FolderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_open_folder = /** @type {((inputs?: Class_Open_FolderInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Open_FolderInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_open_folder(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_open_folder(inputs)
	if (locale === "en-XA") return __en_xa2.class_open_folder(inputs)
	return __en.class_open_folder(inputs)
});
/**
* | output |
* | --- |
* | "The open lab" |
*
* @param {Class_Open_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_open_lab = /** @type {((inputs?: Class_Open_LabInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Open_LabInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_open_lab(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_open_lab(inputs)
	if (locale === "en-XA") return __en_xa2.class_open_lab(inputs)
	return __en.class_open_lab(inputs)
});
/**
* | output |
* | --- |
* | "Class overview" |
*
* @param {Class_Overview_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_overview_title = /** @type {((inputs?: Class_Overview_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Overview_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_overview_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_overview_title(inputs)
	if (locale === "en-XA") return __en_xa2.class_overview_title(inputs)
	return __en.class_overview_title(inputs)
});
/**
* | output |
* | --- |
* | "Report" |
*
* @param {Class_ReportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_report = /** @type {((inputs?: Class_ReportInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_ReportInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_report(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_report(inputs)
	if (locale === "en-XA") return __en_xa2.class_report(inputs)
	return __en.class_report(inputs)
});
/**
* | output |
* | --- |
* | "Your steps, answers, checks, curves, model and runs in one file for your teacher" |
*
* @param {Class_Report_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_report_title = /** @type {((inputs?: Class_Report_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Report_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_report_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_report_title(inputs)
	if (locale === "en-XA") return __en_xa2.class_report_title(inputs)
	return __en.class_report_title(inputs)
});
/**
* | output |
* | --- |
* | "{count} reports" |
*
* @param {Class_ReportsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_reports = /** @type {((inputs: Class_ReportsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_ReportsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_reports(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_reports(inputs)
	if (locale === "en-XA") return __en_xa2.class_reports(inputs)
	return __en.class_reports(inputs)
});
/**
* | output |
* | --- |
* | "1 report" |
*
* @param {Class_Reports_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_reports_one = /** @type {((inputs?: Class_Reports_OneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Reports_OneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_reports_one(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_reports_one(inputs)
	if (locale === "en-XA") return __en_xa2.class_reports_one(inputs)
	return __en.class_reports_one(inputs)
});
/**
* | output |
* | --- |
* | "The right choice" |
*
* @param {Class_Right_ChoiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_right_choice = /** @type {((inputs?: Class_Right_ChoiceInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Right_ChoiceInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_right_choice(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_right_choice(inputs)
	if (locale === "en-XA") return __en_xa2.class_right_choice(inputs)
	return __en.class_right_choice(inputs)
});
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Class_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_sign_out = /** @type {((inputs?: Class_Sign_OutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Sign_OutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_sign_out(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_sign_out(inputs)
	if (locale === "en-XA") return __en_xa2.class_sign_out(inputs)
	return __en.class_sign_out(inputs)
});
/**
* | output |
* | --- |
* | "Signed in as {student}" |
*
* @param {Class_Signed_In_AsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_signed_in_as = /** @type {((inputs: Class_Signed_In_AsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Signed_In_AsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_signed_in_as(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_signed_in_as(inputs)
	if (locale === "en-XA") return __en_xa2.class_signed_in_as(inputs)
	return __en.class_signed_in_as(inputs)
});
/**
* | output |
* | --- |
* | "Student" |
*
* @param {Class_StudentInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_student = /** @type {((inputs?: Class_StudentInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_StudentInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_student(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_student(inputs)
	if (locale === "en-XA") return __en_xa2.class_student(inputs)
	return __en.class_student(inputs)
});
/**
* | output |
* | --- |
* | "Teacher's lab:" |
*
* @param {Class_Teacher_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_teacher_lab = /** @type {((inputs?: Class_Teacher_LabInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Teacher_LabInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_teacher_lab(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_teacher_lab(inputs)
	if (locale === "en-XA") return __en_xa2.class_teacher_lab(inputs)
	return __en.class_teacher_lab(inputs)
});
/**
* | output |
* | --- |
* | "Not the right choice" |
*
* @param {Class_Wrong_ChoiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const class_wrong_choice = /** @type {((inputs?: Class_Wrong_ChoiceInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Class_Wrong_ChoiceInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.class_wrong_choice(inputs)
	if (locale === "zh-Hant") return __zh_hant1.class_wrong_choice(inputs)
	if (locale === "en-XA") return __en_xa2.class_wrong_choice(inputs)
	return __en.class_wrong_choice(inputs)
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
* | "Arguments:" |
*
* @param {Clihelp_ArgumentsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_arguments = /** @type {((inputs?: Clihelp_ArgumentsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_ArgumentsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_arguments(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_arguments(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_arguments(inputs)
	return __en.clihelp_arguments(inputs)
});
/**
* | output |
* | --- |
* | "Measure training speed and memory: stock TensorFlow.js against the LayerLab engine." |
*
* @param {Clihelp_BenchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_bench = /** @type {((inputs?: Clihelp_BenchInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_BenchInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_bench(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_bench(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_bench(inputs)
	return __en.clihelp_bench(inputs)
});
/**
* | output |
* | --- |
* | "Evaluate a guided lab's checks on the stored runs (--walk: train it step by step first)." |
*
* @param {Clihelp_CheckInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_check = /** @type {((inputs?: Clihelp_CheckInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_CheckInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_check(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_check(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_check(inputs)
	return __en.clihelp_check(inputs)
});
/**
* | output |
* | --- |
* | "The class overview of a folder of reports: one row per student." |
*
* @param {Clihelp_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_class = /** @type {((inputs?: Clihelp_ClassInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_ClassInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_class(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_class(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_class(inputs)
	return __en.clihelp_class(inputs)
});
/**
* | output |
* | --- |
* | "Commands:" |
*
* @param {Clihelp_CommandsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_commands = /** @type {((inputs?: Clihelp_CommandsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_CommandsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_commands(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_commands(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_commands(inputs)
	return __en.clihelp_commands(inputs)
});
/**
* | output |
* | --- |
* | "List the built-in datasets and where they were found." |
*
* @param {Clihelp_DatasetsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_datasets = /** @type {((inputs?: Clihelp_DatasetsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_DatasetsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_datasets(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_datasets(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_datasets(inputs)
	return __en.clihelp_datasets(inputs)
});
/**
* | output |
* | --- |
* | "Score a run's trained model (or a Keras .keras/.h5 file) on a dataset's test set, as model.evaluate does." |
*
* @param {Clihelp_EvaluateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_evaluate = /** @type {((inputs?: Clihelp_EvaluateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_EvaluateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_evaluate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_evaluate(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_evaluate(inputs)
	return __en.clihelp_evaluate(inputs)
});
/**
* | output |
* | --- |
* | "Export a stored run's trained model or training history, or a lab as a Keras script." |
*
* @param {Clihelp_ExportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_export = /** @type {((inputs?: Clihelp_ExportInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_ExportInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_export(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_export(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_export(inputs)
	return __en.clihelp_export(inputs)
});
/**
* | output |
* | --- |
* | "Run a lab's hyperparameter grid with cross-validation (resumes an unfinished one)." |
*
* @param {Clihelp_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_grid = /** @type {((inputs?: Clihelp_GridInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_GridInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_grid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_grid(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_grid(inputs)
	return __en.clihelp_grid(inputs)
});
/**
* | output |
* | --- |
* | "List the stored grids." |
*
* @param {Clihelp_GridsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_grids = /** @type {((inputs?: Clihelp_GridsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_GridsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_grids(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_grids(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_grids(inputs)
	return __en.clihelp_grids(inputs)
});
/**
* | output |
* | --- |
* | "display help for command" |
*
* @param {Clihelp_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_help = /** @type {((inputs?: Clihelp_HelpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_HelpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_help(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_help(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_help(inputs)
	return __en.clihelp_help(inputs)
});
/**
* | output |
* | --- |
* | "Turn Keras code (a .py file) into a lab file." |
*
* @param {Clihelp_ImportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_import = /** @type {((inputs?: Clihelp_ImportInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_ImportInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_import(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_import(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_import(inputs)
	return __en.clihelp_import(inputs)
});
/**
* | output |
* | --- |
* | "Show what a run recorded inside its model at an epoch: weights (sparsity, norms, histogram), activations, confusion matrix, most confident mistakes." |
*
* @param {Clihelp_InspectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_inspect = /** @type {((inputs?: Clihelp_InspectInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_InspectInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_inspect(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_inspect(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_inspect(inputs)
	return __en.clihelp_inspect(inputs)
});
/**
* | output |
* | --- |
* | "List the library of guided labs, by topic, with their expected minutes." |
*
* @param {Clihelp_LabsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_labs = /** @type {((inputs?: Clihelp_LabsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_LabsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_labs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_labs(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_labs(inputs)
	return __en.clihelp_labs(inputs)
});
/**
* | output |
* | --- |
* | "the language of the human output: en, zh-Hans, zh-Hant (--json stays English)" |
*
* @param {Clihelp_LangInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_lang = /** @type {((inputs?: Clihelp_LangInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_LangInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_lang(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_lang(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_lang(inputs)
	return __en.clihelp_lang(inputs)
});
/**
* | output |
* | --- |
* | "Options:" |
*
* @param {Clihelp_OptionsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_options = /** @type {((inputs?: Clihelp_OptionsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_OptionsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_options(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_options(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_options(inputs)
	return __en.clihelp_options(inputs)
});
/**
* | output |
* | --- |
* | "Build, train and compare neural networks; watch them overfit." |
*
* @param {Clihelp_ProgramInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_program = /** @type {((inputs?: Clihelp_ProgramInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_ProgramInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_program(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_program(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_program(inputs)
	return __en.clihelp_program(inputs)
});
/**
* | output |
* | --- |
* | "Write a guided lab's report (steps, answers, checks, curves, model, runs)." |
*
* @param {Clihelp_ReportInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_report = /** @type {((inputs?: Clihelp_ReportInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_ReportInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_report(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_report(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_report(inputs)
	return __en.clihelp_report(inputs)
});
/**
* | output |
* | --- |
* | "List the stored runs (newest first)." |
*
* @param {Clihelp_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_runs = /** @type {((inputs?: Clihelp_RunsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_RunsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_runs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_runs(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_runs(inputs)
	return __en.clihelp_runs(inputs)
});
/**
* | output |
* | --- |
* | "Serve the app to a browser on this machine (127.0.0.1, with an access token)." |
*
* @param {Clihelp_ServeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_serve = /** @type {((inputs?: Clihelp_ServeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_ServeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_serve(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_serve(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_serve(inputs)
	return __en.clihelp_serve(inputs)
});
/**
* | output |
* | --- |
* | "Start the desktop app (or, without Electron, the browser host)." |
*
* @param {Clihelp_StartInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_start = /** @type {((inputs?: Clihelp_StartInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_StartInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_start(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_start(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_start(inputs)
	return __en.clihelp_start(inputs)
});
/**
* | output |
* | --- |
* | "Look after the run store." |
*
* @param {Clihelp_StoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_store = /** @type {((inputs?: Clihelp_StoreInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_StoreInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_store(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_store(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_store(inputs)
	return __en.clihelp_store(inputs)
});
/**
* | output |
* | --- |
* | "Train a lab (or a Keras model JSON on a dataset) and store the run." |
*
* @param {Clihelp_TrainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_train = /** @type {((inputs?: Clihelp_TrainInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_TrainInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_train(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_train(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_train(inputs)
	return __en.clihelp_train(inputs)
});
/**
* | output |
* | --- |
* | "Usage:" |
*
* @param {Clihelp_UsageInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_usage = /** @type {((inputs?: Clihelp_UsageInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_UsageInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_usage(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_usage(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_usage(inputs)
	return __en.clihelp_usage(inputs)
});
/**
* | output |
* | --- |
* | "output the version number" |
*
* @param {Clihelp_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_version = /** @type {((inputs?: Clihelp_VersionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_VersionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_version(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_version(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_version(inputs)
	return __en.clihelp_version(inputs)
});
/**
* | output |
* | --- |
* | "Join a pool of workers on a Redis server and train a grid's folds for the teacher." |
*
* @param {Clihelp_WorkerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const clihelp_worker = /** @type {((inputs?: Clihelp_WorkerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Clihelp_WorkerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.clihelp_worker(inputs)
	if (locale === "zh-Hant") return __zh_hant1.clihelp_worker(inputs)
	if (locale === "en-XA") return __en_xa2.clihelp_worker(inputs)
	return __en.clihelp_worker(inputs)
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
* | "baseline" |
*
* @param {Curves_BaselineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_baseline = /** @type {((inputs?: Curves_BaselineInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_BaselineInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_baseline(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_baseline(inputs)
	if (locale === "en-XA") return __en_xa2.curves_baseline(inputs)
	return __en.curves_baseline(inputs)
});
/**
* | output |
* | --- |
* | "{count} examples, {percent}% of true {truth}" |
*
* @param {Curves_Confusion_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_confusion_label = /** @type {((inputs: Curves_Confusion_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Confusion_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_confusion_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_confusion_label(inputs)
	if (locale === "en-XA") return __en_xa2.curves_confusion_label(inputs)
	return __en.curves_confusion_label(inputs)
});
/**
* | output |
* | --- |
* | "true {truth}, predicted {predicted}" |
*
* @param {Curves_Confusion_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_confusion_title = /** @type {((inputs: Curves_Confusion_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Confusion_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_confusion_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_confusion_title(inputs)
	if (locale === "en-XA") return __en_xa2.curves_confusion_title(inputs)
	return __en.curves_confusion_title(inputs)
});
/**
* | output |
* | --- |
* | "{run}: {percent}% dead" |
*
* @param {Curves_Dead_TooltipInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_dead_tooltip = /** @type {((inputs: Curves_Dead_TooltipInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Dead_TooltipInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_dead_tooltip(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_dead_tooltip(inputs)
	if (locale === "en-XA") return __en_xa2.curves_dead_tooltip(inputs)
	return __en.curves_dead_tooltip(inputs)
});
/**
* | output |
* | --- |
* | "early stop" |
*
* @param {Curves_Early_StopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_early_stop = /** @type {((inputs?: Curves_Early_StopInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Early_StopInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_early_stop(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_early_stop(inputs)
	if (locale === "en-XA") return __en_xa2.curves_early_stop(inputs)
	return __en.curves_early_stop(inputs)
});
/**
* | output |
* | --- |
* | "across" |
*
* @param {Curves_Heat_AcrossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_across = /** @type {((inputs?: Curves_Heat_AcrossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_AcrossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_across(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_across(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_across(inputs)
	return __en.curves_heat_across(inputs)
});
/**
* | output |
* | --- |
* | "; ★ best" |
*
* @param {Curves_Heat_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_best = /** @type {((inputs?: Curves_Heat_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_best(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_best(inputs)
	return __en.curves_heat_best(inputs)
});
/**
* | output |
* | --- |
* | "better" |
*
* @param {Curves_Heat_BetterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_better = /** @type {((inputs?: Curves_Heat_BetterInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_BetterInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_better(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_better(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_better(inputs)
	return __en.curves_heat_better(inputs)
});
/**
* | output |
* | --- |
* | "mean {metric} of {folds} folds, ± std" |
*
* @param {Curves_Heat_Caption_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_caption_folds = /** @type {((inputs: Curves_Heat_Caption_FoldsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_Caption_FoldsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_caption_folds(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_caption_folds(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_caption_folds(inputs)
	return __en.curves_heat_caption_folds(inputs)
});
/**
* | output |
* | --- |
* | "{metric} on the holdout split" |
*
* @param {Curves_Heat_Caption_HoldoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_caption_holdout = /** @type {((inputs: Curves_Heat_Caption_HoldoutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_Caption_HoldoutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_caption_holdout(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_caption_holdout(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_caption_holdout(inputs)
	return __en.curves_heat_caption_holdout(inputs)
});
/**
* | output |
* | --- |
* | "Other settings held at the best: {settings}" |
*
* @param {Curves_Heat_FixedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_fixed = /** @type {((inputs: Curves_Heat_FixedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_FixedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_fixed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_fixed(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_fixed(inputs)
	return __en.curves_heat_fixed(inputs)
});
/**
* | output |
* | --- |
* | "mean {metric} {score} {std} over {folds} folds" |
*
* @param {Curves_Heat_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_folds = /** @type {((inputs: Curves_Heat_FoldsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_FoldsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_folds(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_folds(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_folds(inputs)
	return __en.curves_heat_folds(inputs)
});
/**
* | output |
* | --- |
* | "{metric} {score} on the holdout split" |
*
* @param {Curves_Heat_HoldoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_holdout = /** @type {((inputs: Curves_Heat_HoldoutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_HoldoutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_holdout(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_holdout(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_holdout(inputs)
	return __en.curves_heat_holdout(inputs)
});
/**
* | output |
* | --- |
* | "not finished yet" |
*
* @param {Curves_Heat_UnfinishedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_unfinished = /** @type {((inputs?: Curves_Heat_UnfinishedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_UnfinishedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_unfinished(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_unfinished(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_unfinished(inputs)
	return __en.curves_heat_unfinished(inputs)
});
/**
* | output |
* | --- |
* | "up" |
*
* @param {Curves_Heat_UpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_up = /** @type {((inputs?: Curves_Heat_UpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_UpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_up(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_up(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_up(inputs)
	return __en.curves_heat_up(inputs)
});
/**
* | output |
* | --- |
* | "worse" |
*
* @param {Curves_Heat_WorseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_heat_worse = /** @type {((inputs?: Curves_Heat_WorseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Heat_WorseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_heat_worse(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_heat_worse(inputs)
	if (locale === "en-XA") return __en_xa2.curves_heat_worse(inputs)
	return __en.curves_heat_worse(inputs)
});
/**
* | output |
* | --- |
* | "input {index}" |
*
* @param {Curves_InputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_input = /** @type {((inputs: Curves_InputInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_InputInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_input(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_input(inputs)
	if (locale === "en-XA") return __en_xa2.curves_input(inputs)
	return __en.curves_input(inputs)
});
/**
* | output |
* | --- |
* | "predicted" |
*
* @param {Curves_PredictedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_predicted = /** @type {((inputs?: Curves_PredictedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_PredictedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_predicted(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_predicted(inputs)
	if (locale === "en-XA") return __en_xa2.curves_predicted(inputs)
	return __en.curves_predicted(inputs)
});
/**
* | output |
* | --- |
* | "{run}: mean {mean}, std {std}" |
*
* @param {Curves_Spread_TooltipInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_spread_tooltip = /** @type {((inputs: Curves_Spread_TooltipInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Spread_TooltipInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_spread_tooltip(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_spread_tooltip(inputs)
	if (locale === "en-XA") return __en_xa2.curves_spread_tooltip(inputs)
	return __en.curves_spread_tooltip(inputs)
});
/**
* | output |
* | --- |
* | "true" |
*
* @param {Curves_TrueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_true = /** @type {((inputs?: Curves_TrueInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_TrueInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_true(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_true(inputs)
	if (locale === "en-XA") return __en_xa2.curves_true(inputs)
	return __en.curves_true(inputs)
});
/**
* | output |
* | --- |
* | "w from {value}" |
*
* @param {Curves_Weight_FromInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const curves_weight_from = /** @type {((inputs: Curves_Weight_FromInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Curves_Weight_FromInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.curves_weight_from(inputs)
	if (locale === "zh-Hant") return __zh_hant1.curves_weight_from(inputs)
	if (locale === "en-XA") return __en_xa2.curves_weight_from(inputs)
	return __en.curves_weight_from(inputs)
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
* | "Circles" |
*
* @param {Dstext_CirclesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_circles = /** @type {((inputs?: Dstext_CirclesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_CirclesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_circles(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_circles(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_circles(inputs)
	return __en.dstext_circles(inputs)
});
/**
* | output |
* | --- |
* | "Fashion-MNIST clothing images" |
*
* @param {Dstext_Fashion_MnistInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_fashion_mnist = /** @type {((inputs?: Dstext_Fashion_MnistInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_Fashion_MnistInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_fashion_mnist(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_fashion_mnist(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_fashion_mnist(inputs)
	return __en.dstext_fashion_mnist(inputs)
});
/**
* | output |
* | --- |
* | "Put {files} (gzipped or not) in {folder}, or run `layerlab datasets --download {name}` when online." |
*
* @param {Dstext_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_hint = /** @type {((inputs: Dstext_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_hint(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_hint(inputs)
	return __en.dstext_hint(inputs)
});
/**
* | output |
* | --- |
* | "On Debian or Ubuntu, `apt-get install {apt}` installs them." |
*
* @param {Dstext_Hint_AptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_hint_apt = /** @type {((inputs: Dstext_Hint_AptInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_Hint_AptInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_hint_apt(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_hint_apt(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_hint_apt(inputs)
	return __en.dstext_hint_apt(inputs)
});
/**
* | output |
* | --- |
* | "IMDB movie reviews" |
*
* @param {Dstext_ImdbInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_imdb = /** @type {((inputs?: Dstext_ImdbInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_ImdbInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_imdb(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_imdb(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_imdb(inputs)
	return __en.dstext_imdb(inputs)
});
/**
* | output |
* | --- |
* | "MNIST handwritten digits" |
*
* @param {Dstext_MnistInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_mnist = /** @type {((inputs?: Dstext_MnistInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_MnistInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_mnist(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_mnist(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_mnist(inputs)
	return __en.dstext_mnist(inputs)
});
/**
* | output |
* | --- |
* | "Moons" |
*
* @param {Dstext_MoonsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_moons = /** @type {((inputs?: Dstext_MoonsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_MoonsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_moons(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_moons(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_moons(inputs)
	return __en.dstext_moons(inputs)
});
/**
* | output |
* | --- |
* | "Spirals" |
*
* @param {Dstext_SpiralsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_spirals = /** @type {((inputs?: Dstext_SpiralsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_SpiralsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_spirals(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_spirals(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_spirals(inputs)
	return __en.dstext_spirals(inputs)
});
/**
* | output |
* | --- |
* | "{name} ({arms} arms, {samples} points, noise {noise}, seed {seed})" |
*
* @param {Dstext_Spirals_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_spirals_title = /** @type {((inputs: Dstext_Spirals_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_Spirals_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_spirals_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_spirals_title(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_spirals_title(inputs)
	return __en.dstext_spirals_title(inputs)
});
/**
* | output |
* | --- |
* | "{name} ({samples} points, noise {noise}, seed {seed})" |
*
* @param {Dstext_Synthetic_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const dstext_synthetic_title = /** @type {((inputs: Dstext_Synthetic_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dstext_Synthetic_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.dstext_synthetic_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.dstext_synthetic_title(inputs)
	if (locale === "en-XA") return __en_xa2.dstext_synthetic_title(inputs)
	return __en.dstext_synthetic_title(inputs)
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
* | "Accuracy" |
*
* @param {Grid_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_accuracy = /** @type {((inputs?: Grid_AccuracyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_AccuracyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_accuracy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_accuracy(inputs)
	if (locale === "en-XA") return __en_xa2.grid_accuracy(inputs)
	return __en.grid_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "A sweep drives at least one layer." |
*
* @param {Grid_At_Least_One_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_at_least_one_layer = /** @type {((inputs?: Grid_At_Least_One_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_At_Least_One_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_at_least_one_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_at_least_one_layer(inputs)
	if (locale === "en-XA") return __en_xa2.grid_at_least_one_layer(inputs)
	return __en.grid_at_least_one_layer(inputs)
});
/**
* | output |
* | --- |
* | "✕ Back to the model" |
*
* @param {Grid_BackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_back = /** @type {((inputs?: Grid_BackInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_BackInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_back(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_back(inputs)
	if (locale === "en-XA") return __en_xa2.grid_back(inputs)
	return __en.grid_back(inputs)
});
/**
* | output |
* | --- |
* | "Back to the model (Esc)" |
*
* @param {Grid_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_back_title = /** @type {((inputs?: Grid_Back_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Back_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_back_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_back_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_back_title(inputs)
	return __en.grid_back_title(inputs)
});
/**
* | output |
* | --- |
* | "← Back to the model" |
*
* @param {Grid_Back_To_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_back_to_model = /** @type {((inputs?: Grid_Back_To_ModelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Back_To_ModelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_back_to_model(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_back_to_model(inputs)
	if (locale === "en-XA") return __en_xa2.grid_back_to_model(inputs)
	return __en.grid_back_to_model(inputs)
});
/**
* | output |
* | --- |
* | "Best" |
*
* @param {Grid_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_best = /** @type {((inputs?: Grid_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_best(inputs)
	if (locale === "en-XA") return __en_xa2.grid_best(inputs)
	return __en.grid_best(inputs)
});
/**
* | output |
* | --- |
* | "Best first" |
*
* @param {Grid_Best_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_best_first = /** @type {((inputs?: Grid_Best_FirstInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Best_FirstInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_best_first(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_best_first(inputs)
	if (locale === "en-XA") return __en_xa2.grid_best_first(inputs)
	return __en.grid_best_first(inputs)
});
/**
* | output |
* | --- |
* | "Best so far" |
*
* @param {Grid_Best_So_FarInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_best_so_far = /** @type {((inputs?: Grid_Best_So_FarInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Best_So_FarInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_best_so_far(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_best_so_far(inputs)
	if (locale === "en-XA") return __en_xa2.grid_best_so_far(inputs)
	return __en.grid_best_so_far(inputs)
});
/**
* | output |
* | --- |
* | "fold {n}" |
*
* @param {Grid_Col_FoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_fold = /** @type {((inputs: Grid_Col_FoldInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Col_FoldInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_col_fold(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_col_fold(inputs)
	if (locale === "en-XA") return __en_xa2.grid_col_fold(inputs)
	return __en.grid_col_fold(inputs)
});
/**
* | output |
* | --- |
* | "holdout" |
*
* @param {Grid_Col_HoldoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_holdout = /** @type {((inputs?: Grid_Col_HoldoutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Col_HoldoutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_col_holdout(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_col_holdout(inputs)
	if (locale === "en-XA") return __en_xa2.grid_col_holdout(inputs)
	return __en.grid_col_holdout(inputs)
});
/**
* | output |
* | --- |
* | "mean" |
*
* @param {Grid_Col_MeanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_mean = /** @type {((inputs?: Grid_Col_MeanInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Col_MeanInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_col_mean(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_col_mean(inputs)
	if (locale === "en-XA") return __en_xa2.grid_col_mean(inputs)
	return __en.grid_col_mean(inputs)
});
/**
* | output |
* | --- |
* | "rank" |
*
* @param {Grid_Col_RankInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_rank = /** @type {((inputs?: Grid_Col_RankInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Col_RankInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_col_rank(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_col_rank(inputs)
	if (locale === "en-XA") return __en_xa2.grid_col_rank(inputs)
	return __en.grid_col_rank(inputs)
});
/**
* | output |
* | --- |
* | "status" |
*
* @param {Grid_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_col_status = /** @type {((inputs?: Grid_Col_StatusInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Col_StatusInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_col_status(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_col_status(inputs)
	if (locale === "en-XA") return __en_xa2.grid_col_status(inputs)
	return __en.grid_col_status(inputs)
});
/**
* | output |
* | --- |
* | "Learning curves" |
*
* @param {Grid_CurvesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_curves = /** @type {((inputs?: Grid_CurvesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_CurvesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_curves(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_curves(inputs)
	if (locale === "en-XA") return __en_xa2.grid_curves(inputs)
	return __en.grid_curves(inputs)
});
/**
* | output |
* | --- |
* | "Curves appear here as settings finish." |
*
* @param {Grid_Curves_AppearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_curves_appear = /** @type {((inputs?: Grid_Curves_AppearInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Curves_AppearInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_curves_appear(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_curves_appear(inputs)
	if (locale === "en-XA") return __en_xa2.grid_curves_appear(inputs)
	return __en.grid_curves_appear(inputs)
});
/**
* | output |
* | --- |
* | "Learning curves of the settings" |
*
* @param {Grid_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_curves_label = /** @type {((inputs?: Grid_Curves_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Curves_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_curves_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_curves_label(inputs)
	if (locale === "en-XA") return __en_xa2.grid_curves_label(inputs)
	return __en.grid_curves_label(inputs)
});
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Grid_DeleteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_delete = /** @type {((inputs?: Grid_DeleteInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_DeleteInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_delete(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_delete(inputs)
	if (locale === "en-XA") return __en_xa2.grid_delete(inputs)
	return __en.grid_delete(inputs)
});
/**
* | output |
* | --- |
* | "Sure?" |
*
* @param {Grid_Delete_SureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_delete_sure = /** @type {((inputs?: Grid_Delete_SureInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Delete_SureInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_delete_sure(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_delete_sure(inputs)
	if (locale === "en-XA") return __en_xa2.grid_delete_sure(inputs)
	return __en.grid_delete_sure(inputs)
});
/**
* | output |
* | --- |
* | "each fold's score" |
*
* @param {Grid_Each_FoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_each_fold = /** @type {((inputs?: Grid_Each_FoldInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Each_FoldInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_each_fold(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_each_fold(inputs)
	if (locale === "en-XA") return __en_xa2.grid_each_fold(inputs)
	return __en.grid_each_fold(inputs)
});
/**
* | output |
* | --- |
* | "Show earlier grids →" |
*
* @param {Grid_EarlierInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_earlier = /** @type {((inputs?: Grid_EarlierInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_EarlierInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_earlier(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_earlier(inputs)
	if (locale === "en-XA") return __en_xa2.grid_earlier(inputs)
	return __en.grid_earlier(inputs)
});
/**
* | output |
* | --- |
* | "No grid has run yet. Sweep settings with + sweep and press Run grid in the Grid tab." |
*
* @param {Grid_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_empty = /** @type {((inputs?: Grid_EmptyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_EmptyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_empty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_empty(inputs)
	if (locale === "en-XA") return __en_xa2.grid_empty(inputs)
	return __en.grid_empty(inputs)
});
/**
* | output |
* | --- |
* | "estimating the time left…" |
*
* @param {Grid_EstimatingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_estimating = /** @type {((inputs?: Grid_EstimatingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_EstimatingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_estimating(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_estimating(inputs)
	if (locale === "en-XA") return __en_xa2.grid_estimating(inputs)
	return __en.grid_estimating(inputs)
});
/**
* | output |
* | --- |
* | "score each setting by" |
*
* @param {Grid_EvalInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_eval = /** @type {((inputs?: Grid_EvalInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_EvalInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_eval(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_eval(inputs)
	if (locale === "en-XA") return __en_xa2.grid_eval(inputs)
	return __en.grid_eval(inputs)
});
/**
* | output |
* | --- |
* | "one holdout split" |
*
* @param {Grid_Eval_HoldoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_eval_holdout = /** @type {((inputs?: Grid_Eval_HoldoutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Eval_HoldoutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_eval_holdout(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_eval_holdout(inputs)
	if (locale === "en-XA") return __en_xa2.grid_eval_holdout(inputs)
	return __en.grid_eval_holdout(inputs)
});
/**
* | output |
* | --- |
* | "k-fold cross-validation" |
*
* @param {Grid_Eval_KfoldInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_eval_kfold = /** @type {((inputs?: Grid_Eval_KfoldInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Eval_KfoldInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_eval_kfold(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_eval_kfold(inputs)
	if (locale === "en-XA") return __en_xa2.grid_eval_kfold(inputs)
	return __en.grid_eval_kfold(inputs)
});
/**
* | output |
* | --- |
* | "Export CSV" |
*
* @param {Grid_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_export_csv = /** @type {((inputs?: Grid_Export_CsvInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Export_CsvInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_export_csv(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_export_csv(inputs)
	if (locale === "en-XA") return __en_xa2.grid_export_csv(inputs)
	return __en.grid_export_csv(inputs)
});
/**
* | output |
* | --- |
* | "The results table as a CSV file" |
*
* @param {Grid_Export_Csv_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_export_csv_title = /** @type {((inputs?: Grid_Export_Csv_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Export_Csv_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_export_csv_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_export_csv_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_export_csv_title(inputs)
	return __en.grid_export_csv_title(inputs)
});
/**
* | output |
* | --- |
* | "fold 1 only" |
*
* @param {Grid_Fold1_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_fold1_only = /** @type {((inputs?: Grid_Fold1_OnlyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Fold1_OnlyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_fold1_only(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_fold1_only(inputs)
	if (locale === "en-XA") return __en_xa2.grid_fold1_only(inputs)
	return __en.grid_fold1_only(inputs)
});
/**
* | output |
* | --- |
* | "folds" |
*
* @param {Grid_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_folds = /** @type {((inputs?: Grid_FoldsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_FoldsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_folds(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_folds(inputs)
	if (locale === "en-XA") return __en_xa2.grid_folds(inputs)
	return __en.grid_folds(inputs)
});
/**
* | output |
* | --- |
* | "× {folds} folds" |
*
* @param {Grid_Folds_TimesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_folds_times = /** @type {((inputs: Grid_Folds_TimesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Folds_TimesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_folds_times(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_folds_times(inputs)
	if (locale === "en-XA") return __en_xa2.grid_folds_times(inputs)
	return __en.grid_folds_times(inputs)
});
/**
* | output |
* | --- |
* | "from" |
*
* @param {Grid_FromInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_from = /** @type {((inputs?: Grid_FromInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_FromInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_from(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_from(inputs)
	if (locale === "en-XA") return __en_xa2.grid_from(inputs)
	return __en.grid_from(inputs)
});
/**
* | output |
* | --- |
* | "Grid search" |
*
* @param {Grid_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_heading = /** @type {((inputs?: Grid_HeadingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_HeadingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_heading(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_heading(inputs)
	if (locale === "en-XA") return __en_xa2.grid_heading(inputs)
	return __en.grid_heading(inputs)
});
/**
* | output |
* | --- |
* | "Heat map" |
*
* @param {Grid_HeatmapInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_heatmap = /** @type {((inputs?: Grid_HeatmapInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_HeatmapInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_heatmap(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_heatmap(inputs)
	if (locale === "en-XA") return __en_xa2.grid_heatmap(inputs)
	return __en.grid_heatmap(inputs)
});
/**
* | output |
* | --- |
* | "Heat map of the grid's mean scores." |
*
* @param {Grid_Heatmap_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_heatmap_fallback = /** @type {((inputs?: Grid_Heatmap_FallbackInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Heatmap_FallbackInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_heatmap_fallback(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_heatmap_fallback(inputs)
	if (locale === "en-XA") return __en_xa2.grid_heatmap_fallback(inputs)
	return __en.grid_heatmap_fallback(inputs)
});
/**
* | output |
* | --- |
* | "Mean {metric} for each pair of values; the numbers are in the table" |
*
* @param {Grid_Heatmap_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_heatmap_label = /** @type {((inputs: Grid_Heatmap_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Heatmap_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_heatmap_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_heatmap_label(inputs)
	if (locale === "en-XA") return __en_xa2.grid_heatmap_label(inputs)
	return __en.grid_heatmap_label(inputs)
});
/**
* | output |
* | --- |
* | "Sweep up to 4 settings with + sweep beside a field in Layer or Data & training." |
*
* @param {Grid_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_hint = /** @type {((inputs?: Grid_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_hint(inputs)
	if (locale === "en-XA") return __en_xa2.grid_hint(inputs)
	return __en.grid_hint(inputs)
});
/**
* | output |
* | --- |
* | "fraction held out" |
*
* @param {Grid_Holdout_FractionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_holdout_fraction = /** @type {((inputs?: Grid_Holdout_FractionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Holdout_FractionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_holdout_fraction(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_holdout_fraction(inputs)
	if (locale === "en-XA") return __en_xa2.grid_holdout_fraction(inputs)
	return __en.grid_holdout_fraction(inputs)
});
/**
* | output |
* | --- |
* | "{label}: how to give the values" |
*
* @param {Grid_How_ValuesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_how_values = /** @type {((inputs: Grid_How_ValuesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_How_ValuesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_how_values(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_how_values(inputs)
	if (locale === "en-XA") return __en_xa2.grid_how_values(inputs)
	return __en.grid_how_values(inputs)
});
/**
* | output |
* | --- |
* | "Train every combination of the settings you sweep and score each by cross-validation, as scikit-learn's GridSearchCV does." |
*
* @param {Grid_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_intro = /** @type {((inputs?: Grid_IntroInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_IntroInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_intro(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_intro(inputs)
	if (locale === "en-XA") return __en_xa2.grid_intro(inputs)
	return __en.grid_intro(inputs)
});
/**
* | output |
* | --- |
* | "training" |
*
* @param {Grid_Key_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_key_training = /** @type {((inputs?: Grid_Key_TrainingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Key_TrainingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_key_training(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_key_training(inputs)
	if (locale === "en-XA") return __en_xa2.grid_key_training(inputs)
	return __en.grid_key_training(inputs)
});
/**
* | output |
* | --- |
* | "validation · colours as in the table" |
*
* @param {Grid_Key_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_key_validation = /** @type {((inputs?: Grid_Key_ValidationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Key_ValidationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_key_validation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_key_validation(inputs)
	if (locale === "en-XA") return __en_xa2.grid_key_validation(inputs)
	return __en.grid_key_validation(inputs)
});
/**
* | output |
* | --- |
* | "log loss axis" |
*
* @param {Grid_Log_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_log_loss = /** @type {((inputs?: Grid_Log_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Log_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_log_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_log_loss(inputs)
	if (locale === "en-XA") return __en_xa2.grid_log_loss(inputs)
	return __en.grid_log_loss(inputs)
});
/**
* | output |
* | --- |
* | "Loss" |
*
* @param {Grid_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_loss = /** @type {((inputs?: Grid_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_loss(inputs)
	if (locale === "en-XA") return __en_xa2.grid_loss(inputs)
	return __en.grid_loss(inputs)
});
/**
* | output |
* | --- |
* | "mean {metric}" |
*
* @param {Grid_MeanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mean = /** @type {((inputs: Grid_MeanInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_MeanInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_mean(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_mean(inputs)
	if (locale === "en-XA") return __en_xa2.grid_mean(inputs)
	return __en.grid_mean(inputs)
});
/**
* | output |
* | --- |
* | "mean of the {folds} folds" |
*
* @param {Grid_Mean_Of_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mean_of_folds = /** @type {((inputs: Grid_Mean_Of_FoldsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Mean_Of_FoldsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_mean_of_folds(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_mean_of_folds(inputs)
	if (locale === "en-XA") return __en_xa2.grid_mean_of_folds(inputs)
	return __en.grid_mean_of_folds(inputs)
});
/**
* | output |
* | --- |
* | "Mean {metric} over the folds, best first" |
*
* @param {Grid_Mean_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mean_title = /** @type {((inputs: Grid_Mean_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Mean_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_mean_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_mean_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_mean_title(inputs)
	return __en.grid_mean_title(inputs)
});
/**
* | output |
* | --- |
* | "list" |
*
* @param {Grid_Mode_ListInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mode_list = /** @type {((inputs?: Grid_Mode_ListInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Mode_ListInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_mode_list(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_mode_list(inputs)
	if (locale === "en-XA") return __en_xa2.grid_mode_list(inputs)
	return __en.grid_mode_list(inputs)
});
/**
* | output |
* | --- |
* | "range" |
*
* @param {Grid_Mode_RangeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_mode_range = /** @type {((inputs?: Grid_Mode_RangeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Mode_RangeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_mode_range(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_mode_range(inputs)
	if (locale === "en-XA") return __en_xa2.grid_mode_range(inputs)
	return __en.grid_mode_range(inputs)
});
/**
* | output |
* | --- |
* | "No setting has finished yet: the best appears here, and in the table and the heat map." |
*
* @param {Grid_No_Best_YetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_no_best_yet = /** @type {((inputs?: Grid_No_Best_YetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_No_Best_YetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_no_best_yet(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_no_best_yet(inputs)
	if (locale === "en-XA") return __en_xa2.grid_no_best_yet(inputs)
	return __en.grid_no_best_yet(inputs)
});
/**
* | output |
* | --- |
* | "No settings swept yet." |
*
* @param {Grid_None_SweptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_none_swept = /** @type {((inputs?: Grid_None_SweptInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_None_SweptInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_none_swept(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_none_swept(inputs)
	if (locale === "en-XA") return __en_xa2.grid_none_swept(inputs)
	return __en.grid_none_swept(inputs)
});
/**
* | output |
* | --- |
* | "Press + sweep beside a field to try several values of it: units, dropout rate or regularizer strength in" |
*
* @param {Grid_None_Swept_HowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_none_swept_how = /** @type {((inputs?: Grid_None_Swept_HowInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_None_Swept_HowInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_none_swept_how(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_none_swept_how(inputs)
	if (locale === "en-XA") return __en_xa2.grid_none_swept_how(inputs)
	return __en.grid_none_swept_how(inputs)
});
/**
* | output |
* | --- |
* | "; learning rate, batch size or optimizer in" |
*
* @param {Grid_None_Swept_How_2Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_none_swept_how_2 = /** @type {((inputs?: Grid_None_Swept_How_2Inputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_None_Swept_How_2Inputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_none_swept_how_2(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_none_swept_how_2(inputs)
	if (locale === "en-XA") return __en_xa2.grid_none_swept_how_2(inputs)
	return __en.grid_none_swept_how_2(inputs)
});
/**
* | output |
* | --- |
* | "." |
*
* @param {Grid_None_Swept_How_3Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_none_swept_how_3 = /** @type {((inputs?: Grid_None_Swept_How_3Inputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_None_Swept_How_3Inputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_none_swept_how_3(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_none_swept_how_3(inputs)
	if (locale === "en-XA") return __en_xa2.grid_none_swept_how_3(inputs)
	return __en.grid_none_swept_how_3(inputs)
});
/**
* | output |
* | --- |
* | "Not ready to run the grid: {why}" |
*
* @param {Grid_Not_ReadyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_not_ready = /** @type {((inputs: Grid_Not_ReadyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Not_ReadyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_not_ready(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_not_ready(inputs)
	if (locale === "en-XA") return __en_xa2.grid_not_ready(inputs)
	return __en.grid_not_ready(inputs)
});
/**
* | output |
* | --- |
* | "On the curves" |
*
* @param {Grid_On_CurvesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_on_curves = /** @type {((inputs?: Grid_On_CurvesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_On_CurvesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_on_curves(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_on_curves(inputs)
	if (locale === "en-XA") return __en_xa2.grid_on_curves(inputs)
	return __en.grid_on_curves(inputs)
});
/**
* | output |
* | --- |
* | "Run on the lab's workers" |
*
* @param {Grid_On_PoolInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_on_pool = /** @type {((inputs?: Grid_On_PoolInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_On_PoolInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_on_pool(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_on_pool(inputs)
	if (locale === "en-XA") return __en_xa2.grid_on_pool(inputs)
	return __en.grid_on_pool(inputs)
});
/**
* | output |
* | --- |
* | "Connect to a pool of workers above first" |
*
* @param {Grid_On_Pool_Connect_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_on_pool_connect_first = /** @type {((inputs?: Grid_On_Pool_Connect_FirstInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_On_Pool_Connect_FirstInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_on_pool_connect_first(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_on_pool_connect_first(inputs)
	if (locale === "en-XA") return __en_xa2.grid_on_pool_connect_first(inputs)
	return __en.grid_on_pool_connect_first(inputs)
});
/**
* | output |
* | --- |
* | "Queue the training runs on the pool's workers instead of this computer" |
*
* @param {Grid_On_Pool_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_on_pool_title = /** @type {((inputs?: Grid_On_Pool_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_On_Pool_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_on_pool_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_on_pool_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_on_pool_title(inputs)
	return __en.grid_on_pool_title(inputs)
});
/**
* | output |
* | --- |
* | "One problem to fix first (above)." |
*
* @param {Grid_One_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_one_problem = /** @type {((inputs?: Grid_One_ProblemInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_One_ProblemInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_one_problem(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_one_problem(inputs)
	if (locale === "en-XA") return __en_xa2.grid_one_problem(inputs)
	return __en.grid_one_problem(inputs)
});
/**
* | output |
* | --- |
* | "One value for each ticked layer" |
*
* @param {Grid_One_Value_EachInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_one_value_each = /** @type {((inputs?: Grid_One_Value_EachInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_One_Value_EachInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_one_value_each(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_one_value_each(inputs)
	if (locale === "en-XA") return __en_xa2.grid_one_value_each(inputs)
	return __en.grid_one_value_each(inputs)
});
/**
* | output |
* | --- |
* | "(output)" |
*
* @param {Grid_OutputInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_output = /** @type {((inputs?: Grid_OutputInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_OutputInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_output(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_output(inputs)
	if (locale === "en-XA") return __en_xa2.grid_output(inputs)
	return __en.grid_output(inputs)
});
/**
* | output |
* | --- |
* | "Keras courses regularize the hidden layers and leave the output layer alone: untick the output to do the same." |
*
* @param {Grid_Output_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_output_note = /** @type {((inputs?: Grid_Output_NoteInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Output_NoteInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_output_note(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_output_note(inputs)
	if (locale === "en-XA") return __en_xa2.grid_output_note(inputs)
	return __en.grid_output_note(inputs)
});
/**
* | output |
* | --- |
* | "trainers at once" |
*
* @param {Grid_ParallelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_parallel = /** @type {((inputs?: Grid_ParallelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_ParallelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_parallel(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_parallel(inputs)
	if (locale === "en-XA") return __en_xa2.grid_parallel(inputs)
	return __en.grid_parallel(inputs)
});
/**
* | output |
* | --- |
* | "auto" |
*
* @param {Grid_Parallel_AutoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_parallel_auto = /** @type {((inputs?: Grid_Parallel_AutoInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Parallel_AutoInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_parallel_auto(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_parallel_auto(inputs)
	if (locale === "en-XA") return __en_xa2.grid_parallel_auto(inputs)
	return __en.grid_parallel_auto(inputs)
});
/**
* | output |
* | --- |
* | "empty: one per core" |
*
* @param {Grid_Parallel_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_parallel_hint = /** @type {((inputs?: Grid_Parallel_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Parallel_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_parallel_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_parallel_hint(inputs)
	if (locale === "en-XA") return __en_xa2.grid_parallel_hint(inputs)
	return __en.grid_parallel_hint(inputs)
});
/**
* | output |
* | --- |
* | "Redis server" |
*
* @param {Grid_Pool_AddressInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_address = /** @type {((inputs?: Grid_Pool_AddressInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_AddressInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_address(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_address(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_address(inputs)
	return __en.grid_pool_address(inputs)
});
/**
* | output |
* | --- |
* | "Connect" |
*
* @param {Grid_Pool_ConnectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_connect = /** @type {((inputs?: Grid_Pool_ConnectInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_ConnectInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_connect(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_connect(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_connect(inputs)
	return __en.grid_pool_connect(inputs)
});
/**
* | output |
* | --- |
* | "Connected to {url}." |
*
* @param {Grid_Pool_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_connected = /** @type {((inputs: Grid_Pool_ConnectedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_ConnectedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_connected(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_connected(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_connected(inputs)
	return __en.grid_pool_connected(inputs)
});
/**
* | output |
* | --- |
* | "Connecting to {url}…" |
*
* @param {Grid_Pool_ConnectingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_connecting = /** @type {((inputs: Grid_Pool_ConnectingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_ConnectingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_connecting(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_connecting(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_connecting(inputs)
	return __en.grid_pool_connecting(inputs)
});
/**
* | output |
* | --- |
* | "Disconnect" |
*
* @param {Grid_Pool_DisconnectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_disconnect = /** @type {((inputs?: Grid_Pool_DisconnectInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_DisconnectInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_disconnect(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_disconnect(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_disconnect(inputs)
	return __en.grid_pool_disconnect(inputs)
});
/**
* | output |
* | --- |
* | "Train the grid on other PCs: start {command} on each, and connect to the same Redis server here." |
*
* @param {Grid_Pool_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_hint = /** @type {((inputs: Grid_Pool_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_hint(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_hint(inputs)
	return __en.grid_pool_hint(inputs)
});
/**
* | output |
* | --- |
* | "{active} / {concurrency} jobs" |
*
* @param {Grid_Pool_JobsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_jobs = /** @type {((inputs: Grid_Pool_JobsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_JobsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_jobs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_jobs(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_jobs(inputs)
	return __en.grid_pool_jobs(inputs)
});
/**
* | output |
* | --- |
* | "{active} / {concurrency} job" |
*
* @param {Grid_Pool_Jobs_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_jobs_one = /** @type {((inputs: Grid_Pool_Jobs_OneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_Jobs_OneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_jobs_one(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_jobs_one(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_jobs_one(inputs)
	return __en.grid_pool_jobs_one(inputs)
});
/**
* | output |
* | --- |
* | "No worker has {dataset}: start workers with --data-dir set to a folder that holds it (layerlab datasets --download {name} fetches it)." |
*
* @param {Grid_Pool_No_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_no_dataset = /** @type {((inputs: Grid_Pool_No_DatasetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_No_DatasetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_no_dataset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_no_dataset(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_no_dataset(inputs)
	return __en.grid_pool_no_dataset(inputs)
});
/**
* | output |
* | --- |
* | "no built-in datasets" |
*
* @param {Grid_Pool_No_DatasetsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_no_datasets = /** @type {((inputs?: Grid_Pool_No_DatasetsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_No_DatasetsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_no_datasets(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_no_datasets(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_no_datasets(inputs)
	return __en.grid_pool_no_datasets(inputs)
});
/**
* | output |
* | --- |
* | "No worker has joined yet: start one on each lab PC with layerlab worker --redis {url}." |
*
* @param {Grid_Pool_No_WorkerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_no_worker = /** @type {((inputs: Grid_Pool_No_WorkerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_No_WorkerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_no_worker(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_no_worker(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_no_worker(inputs)
	return __en.grid_pool_no_worker(inputs)
});
/**
* | output |
* | --- |
* | "not connected" |
*
* @param {Grid_Pool_Not_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_not_connected = /** @type {((inputs?: Grid_Pool_Not_ConnectedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_Not_ConnectedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_not_connected(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_not_connected(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_not_connected(inputs)
	return __en.grid_pool_not_connected(inputs)
});
/**
* | output |
* | --- |
* | "Not ready to run the grid on the lab's workers: the pool is {state} (connect under Lab workers, or untick \"Run on the lab's workers\" to train here)." |
*
* @param {Grid_Pool_Not_ReadyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_not_ready = /** @type {((inputs: Grid_Pool_Not_ReadyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_Not_ReadyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_not_ready(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_not_ready(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_not_ready(inputs)
	return __en.grid_pool_not_ready(inputs)
});
/**
* | output |
* | --- |
* | "Not connected: grids train on this computer." |
*
* @param {Grid_Pool_OffInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_off = /** @type {((inputs?: Grid_Pool_OffInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_OffInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_off(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_off(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_off(inputs)
	return __en.grid_pool_off(inputs)
});
/**
* | output |
* | --- |
* | "on {host}" |
*
* @param {Grid_Pool_On_HostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_on_host = /** @type {((inputs: Grid_Pool_On_HostInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_On_HostInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_on_host(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_on_host(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_on_host(inputs)
	return __en.grid_pool_on_host(inputs)
});
/**
* | output |
* | --- |
* | "password" |
*
* @param {Grid_Pool_PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_password = /** @type {((inputs?: Grid_Pool_PasswordInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_PasswordInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_password(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_password(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_password(inputs)
	return __en.grid_pool_password(inputs)
});
/**
* | output |
* | --- |
* | "(if it has one)" |
*
* @param {Grid_Pool_Password_IfInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_password_if = /** @type {((inputs?: Grid_Pool_Password_IfInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_Password_IfInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_password_if(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_password_if(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_password_if(inputs)
	return __en.grid_pool_password_if(inputs)
});
/**
* | output |
* | --- |
* | "Queue: {queue}" |
*
* @param {Grid_Pool_QueueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_queue = /** @type {((inputs: Grid_Pool_QueueInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_QueueInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_queue(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_queue(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_queue(inputs)
	return __en.grid_pool_queue(inputs)
});
/**
* | output |
* | --- |
* | "{waiting} waiting · {active} training" |
*
* @param {Grid_Pool_Queue_LineInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_queue_line = /** @type {((inputs: Grid_Pool_Queue_LineInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_Queue_LineInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_queue_line(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_queue_line(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_queue_line(inputs)
	return __en.grid_pool_queue_line(inputs)
});
/**
* | output |
* | --- |
* | "A worker was lost mid-fold; the fold went back to the pool's queue." |
*
* @param {Grid_Pool_RequeuedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_requeued = /** @type {((inputs?: Grid_Pool_RequeuedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_RequeuedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_requeued(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_requeued(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_requeued(inputs)
	return __en.grid_pool_requeued(inputs)
});
/**
* | output |
* | --- |
* | "Lab workers" |
*
* @param {Grid_Pool_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_title = /** @type {((inputs?: Grid_Pool_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_title(inputs)
	return __en.grid_pool_title(inputs)
});
/**
* | output |
* | --- |
* | "{url} cannot be reached." |
*
* @param {Grid_Pool_UnreachableInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_unreachable = /** @type {((inputs: Grid_Pool_UnreachableInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_UnreachableInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_unreachable(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_unreachable(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_unreachable(inputs)
	return __en.grid_pool_unreachable(inputs)
});
/**
* | output |
* | --- |
* | "Workers" |
*
* @param {Grid_Pool_WorkersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_pool_workers = /** @type {((inputs?: Grid_Pool_WorkersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Pool_WorkersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_pool_workers(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_pool_workers(inputs)
	if (locale === "en-XA") return __en_xa2.grid_pool_workers(inputs)
	return __en.grid_pool_workers(inputs)
});
/**
* | output |
* | --- |
* | "{count} problems to fix first (above)." |
*
* @param {Grid_ProblemsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_problems = /** @type {((inputs: Grid_ProblemsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_ProblemsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_problems(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_problems(inputs)
	if (locale === "en-XA") return __en_xa2.grid_problems(inputs)
	return __en.grid_problems(inputs)
});
/**
* | output |
* | --- |
* | "Grid progress" |
*
* @param {Grid_ProgressInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_progress = /** @type {((inputs?: Grid_ProgressInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_ProgressInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_progress(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_progress(inputs)
	if (locale === "en-XA") return __en_xa2.grid_progress(inputs)
	return __en.grid_progress(inputs)
});
/**
* | output |
* | --- |
* | "· {done} / {total} training runs" |
*
* @param {Grid_Progress_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_progress_runs = /** @type {((inputs: Grid_Progress_RunsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Progress_RunsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_progress_runs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_progress_runs(inputs)
	if (locale === "en-XA") return __en_xa2.grid_progress_runs(inputs)
	return __en.grid_progress_runs(inputs)
});
/**
* | output |
* | --- |
* | "{done} / {total} settings" |
*
* @param {Grid_Progress_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_progress_settings = /** @type {((inputs: Grid_Progress_SettingsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Progress_SettingsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_progress_settings(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_progress_settings(inputs)
	if (locale === "en-XA") return __en_xa2.grid_progress_settings(inputs)
	return __en.grid_progress_settings(inputs)
});
/**
* | output |
* | --- |
* | "This grid ran on {when}: its results are kept." |
*
* @param {Grid_Ran_OnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_ran_on = /** @type {((inputs: Grid_Ran_OnInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Ran_OnInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_ran_on(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_ran_on(inputs)
	if (locale === "en-XA") return __en_xa2.grid_ran_on(inputs)
	return __en.grid_ran_on(inputs)
});
/**
* | output |
* | --- |
* | "random draws between {values} ({scale})" |
*
* @param {Grid_Random_BetweenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_random_between = /** @type {((inputs: Grid_Random_BetweenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Random_BetweenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_random_between(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_random_between(inputs)
	if (locale === "en-XA") return __en_xa2.grid_random_between(inputs)
	return __en.grid_random_between(inputs)
});
/**
* | output |
* | --- |
* | "val_accuracy (higher is better)" |
*
* @param {Grid_Rank_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_rank_accuracy = /** @type {((inputs?: Grid_Rank_AccuracyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Rank_AccuracyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_rank_accuracy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_rank_accuracy(inputs)
	if (locale === "en-XA") return __en_xa2.grid_rank_accuracy(inputs)
	return __en.grid_rank_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "rank the settings by" |
*
* @param {Grid_Rank_ByInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_rank_by = /** @type {((inputs?: Grid_Rank_ByInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Rank_ByInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_rank_by(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_rank_by(inputs)
	if (locale === "en-XA") return __en_xa2.grid_rank_by(inputs)
	return __en.grid_rank_by(inputs)
});
/**
* | output |
* | --- |
* | "val_loss (lower is better)" |
*
* @param {Grid_Rank_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_rank_loss = /** @type {((inputs?: Grid_Rank_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Rank_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_rank_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_rank_loss(inputs)
	if (locale === "en-XA") return __en_xa2.grid_rank_loss(inputs)
	return __en.grid_rank_loss(inputs)
});
/**
* | output |
* | --- |
* | "refit the best setting on all the training data and score it on the test set" |
*
* @param {Grid_RefitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit = /** @type {((inputs?: Grid_RefitInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_RefitInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_refit(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_refit(inputs)
	if (locale === "en-XA") return __en_xa2.grid_refit(inputs)
	return __en.grid_refit(inputs)
});
/**
* | output |
* | --- |
* | "The best setting is refit on all the training data when every setting is done." |
*
* @param {Grid_Refit_LaterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit_later = /** @type {((inputs?: Grid_Refit_LaterInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Refit_LaterInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_refit_later(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_refit_later(inputs)
	if (locale === "en-XA") return __en_xa2.grid_refit_later(inputs)
	return __en.grid_refit_later(inputs)
});
/**
* | output |
* | --- |
* | "Refit on all the training data:" |
*
* @param {Grid_Refit_On_AllInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit_on_all = /** @type {((inputs?: Grid_Refit_On_AllInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Refit_On_AllInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_refit_on_all(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_refit_on_all(inputs)
	if (locale === "en-XA") return __en_xa2.grid_refit_on_all(inputs)
	return __en.grid_refit_on_all(inputs)
});
/**
* | output |
* | --- |
* | "test accuracy {accuracy}, test loss {loss}." |
*
* @param {Grid_Refit_TestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit_test = /** @type {((inputs: Grid_Refit_TestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Refit_TestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_refit_test(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_refit_test(inputs)
	if (locale === "en-XA") return __en_xa2.grid_refit_test(inputs)
	return __en.grid_refit_test(inputs)
});
/**
* | output |
* | --- |
* | "training…" |
*
* @param {Grid_Refit_TrainingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refit_training = /** @type {((inputs?: Grid_Refit_TrainingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Refit_TrainingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_refit_training(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_refit_training(inputs)
	if (locale === "en-XA") return __en_xa2.grid_refit_training(inputs)
	return __en.grid_refit_training(inputs)
});
/**
* | output |
* | --- |
* | "· refitting the best setting…" |
*
* @param {Grid_RefittingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_refitting = /** @type {((inputs?: Grid_RefittingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_RefittingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_refitting(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_refitting(inputs)
	if (locale === "en-XA") return __en_xa2.grid_refitting(inputs)
	return __en.grid_refitting(inputs)
});
/**
* | output |
* | --- |
* | "Remove the grid" |
*
* @param {Grid_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_remove = /** @type {((inputs?: Grid_RemoveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_RemoveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_remove(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_remove(inputs)
	if (locale === "en-XA") return __en_xa2.grid_remove(inputs)
	return __en.grid_remove(inputs)
});
/**
* | output |
* | --- |
* | "Remove from the grid" |
*
* @param {Grid_Remove_From_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_remove_from_grid = /** @type {((inputs?: Grid_Remove_From_GridInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Remove_From_GridInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_remove_from_grid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_remove_from_grid(inputs)
	if (locale === "en-XA") return __en_xa2.grid_remove_from_grid(inputs)
	return __en.grid_remove_from_grid(inputs)
});
/**
* | output |
* | --- |
* | "Grid search results" |
*
* @param {Grid_Results_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_results_label = /** @type {((inputs?: Grid_Results_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Results_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_results_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_results_label(inputs)
	if (locale === "en-XA") return __en_xa2.grid_results_label(inputs)
	return __en.grid_results_label(inputs)
});
/**
* | output |
* | --- |
* | "Results →" |
*
* @param {Grid_Results_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_results_link = /** @type {((inputs?: Grid_Results_LinkInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Results_LinkInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_results_link(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_results_link(inputs)
	if (locale === "en-XA") return __en_xa2.grid_results_link(inputs)
	return __en.grid_results_link(inputs)
});
/**
* | output |
* | --- |
* | "▶ Resume grid" |
*
* @param {Grid_ResumeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_resume = /** @type {((inputs?: Grid_ResumeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_ResumeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_resume(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_resume(inputs)
	if (locale === "en-XA") return __en_xa2.grid_resume(inputs)
	return __en.grid_resume(inputs)
});
/**
* | output |
* | --- |
* | "▶ Run grid" |
*
* @param {Grid_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_run = /** @type {((inputs?: Grid_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_run(inputs)
	if (locale === "en-XA") return __en_xa2.grid_run(inputs)
	return __en.grid_run(inputs)
});
/**
* | output |
* | --- |
* | "Run again" |
*
* @param {Grid_Run_AgainInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_run_again = /** @type {((inputs?: Grid_Run_AgainInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Run_AgainInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_run_again(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_run_again(inputs)
	if (locale === "en-XA") return __en_xa2.grid_run_again(inputs)
	return __en.grid_run_again(inputs)
});
/**
* | output |
* | --- |
* | "Train every setting again, in a new grid" |
*
* @param {Grid_Run_Again_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_run_again_title = /** @type {((inputs?: Grid_Run_Again_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Run_Again_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_run_again_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_run_again_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_run_again_title(inputs)
	return __en.grid_run_again_title(inputs)
});
/**
* | output |
* | --- |
* | "scale" |
*
* @param {Grid_ScaleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_scale = /** @type {((inputs?: Grid_ScaleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_ScaleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_scale(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_scale(inputs)
	if (locale === "en-XA") return __en_xa2.grid_scale(inputs)
	return __en.grid_scale(inputs)
});
/**
* | output |
* | --- |
* | "linear" |
*
* @param {Grid_Scale_LinearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_scale_linear = /** @type {((inputs?: Grid_Scale_LinearInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Scale_LinearInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_scale_linear(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_scale_linear(inputs)
	if (locale === "en-XA") return __en_xa2.grid_scale_linear(inputs)
	return __en.grid_scale_linear(inputs)
});
/**
* | output |
* | --- |
* | "log" |
*
* @param {Grid_Scale_LogInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_scale_log = /** @type {((inputs?: Grid_Scale_LogInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Scale_LogInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_scale_log(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_scale_log(inputs)
	if (locale === "en-XA") return __en_xa2.grid_scale_log(inputs)
	return __en.grid_scale_log(inputs)
});
/**
* | output |
* | --- |
* | "search" |
*
* @param {Grid_SearchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_search = /** @type {((inputs?: Grid_SearchInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_SearchInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_search(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_search(inputs)
	if (locale === "en-XA") return __en_xa2.grid_search(inputs)
	return __en.grid_search(inputs)
});
/**
* | output |
* | --- |
* | "every combination (grid)" |
*
* @param {Grid_Search_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_search_grid = /** @type {((inputs?: Grid_Search_GridInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Search_GridInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_search_grid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_search_grid(inputs)
	if (locale === "en-XA") return __en_xa2.grid_search_grid(inputs)
	return __en.grid_search_grid(inputs)
});
/**
* | output |
* | --- |
* | "random draws (random search)" |
*
* @param {Grid_Search_RandomInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_search_random = /** @type {((inputs?: Grid_Search_RandomInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Search_RandomInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_search_random(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_search_random(inputs)
	if (locale === "en-XA") return __en_xa2.grid_search_random(inputs)
	return __en.grid_search_random(inputs)
});
/**
* | output |
* | --- |
* | "Grid" |
*
* @param {Grid_SelectInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_select = /** @type {((inputs?: Grid_SelectInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_SelectInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_select(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_select(inputs)
	if (locale === "en-XA") return __en_xa2.grid_select(inputs)
	return __en.grid_select(inputs)
});
/**
* | output |
* | --- |
* | "settings" |
*
* @param {Grid_Settings_ManyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_settings_many = /** @type {((inputs?: Grid_Settings_ManyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Settings_ManyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_settings_many(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_settings_many(inputs)
	if (locale === "en-XA") return __en_xa2.grid_settings_many(inputs)
	return __en.grid_settings_many(inputs)
});
/**
* | output |
* | --- |
* | "setting" |
*
* @param {Grid_Settings_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_settings_one = /** @type {((inputs?: Grid_Settings_OneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Settings_OneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_settings_one(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_settings_one(inputs)
	if (locale === "en-XA") return __en_xa2.grid_settings_one(inputs)
	return __en.grid_settings_one(inputs)
});
/**
* | output |
* | --- |
* | "show" |
*
* @param {Grid_ShowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show = /** @type {((inputs?: Grid_ShowInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_ShowInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_show(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_show(inputs)
	if (locale === "en-XA") return __en_xa2.grid_show(inputs)
	return __en.grid_show(inputs)
});
/**
* | output |
* | --- |
* | "all" |
*
* @param {Grid_Show_AllInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_all = /** @type {((inputs?: Grid_Show_AllInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Show_AllInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_show_all(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_show_all(inputs)
	if (locale === "en-XA") return __en_xa2.grid_show_all(inputs)
	return __en.grid_show_all(inputs)
});
/**
* | output |
* | --- |
* | "best 3" |
*
* @param {Grid_Show_Best3Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_best3 = /** @type {((inputs?: Grid_Show_Best3Inputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Show_Best3Inputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_show_best3(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_show_best3(inputs)
	if (locale === "en-XA") return __en_xa2.grid_show_best3(inputs)
	return __en.grid_show_best3(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Grid_Show_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_none = /** @type {((inputs?: Grid_Show_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Show_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_show_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_show_none(inputs)
	if (locale === "en-XA") return __en_xa2.grid_show_none(inputs)
	return __en.grid_show_none(inputs)
});
/**
* | output |
* | --- |
* | "Show {label} on the curves" |
*
* @param {Grid_Show_On_CurvesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_on_curves = /** @type {((inputs: Grid_Show_On_CurvesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Show_On_CurvesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_show_on_curves(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_show_on_curves(inputs)
	if (locale === "en-XA") return __en_xa2.grid_show_on_curves(inputs)
	return __en.grid_show_on_curves(inputs)
});
/**
* | output |
* | --- |
* | "Show its results" |
*
* @param {Grid_Show_ResultsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_show_results = /** @type {((inputs?: Grid_Show_ResultsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Show_ResultsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_show_results(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_show_results(inputs)
	if (locale === "en-XA") return __en_xa2.grid_show_results(inputs)
	return __en.grid_show_results(inputs)
});
/**
* | output |
* | --- |
* | "Start over" |
*
* @param {Grid_Start_OverInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_start_over = /** @type {((inputs?: Grid_Start_OverInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Start_OverInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_start_over(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_start_over(inputs)
	if (locale === "en-XA") return __en_xa2.grid_start_over(inputs)
	return __en.grid_start_over(inputs)
});
/**
* | output |
* | --- |
* | "Run every setting again, in a new grid" |
*
* @param {Grid_Start_Over_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_start_over_title = /** @type {((inputs?: Grid_Start_Over_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Start_Over_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_start_over_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_start_over_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_start_over_title(inputs)
	return __en.grid_start_over_title(inputs)
});
/**
* | output |
* | --- |
* | "completed" |
*
* @param {Grid_Status_CompletedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_completed = /** @type {((inputs?: Grid_Status_CompletedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Status_CompletedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_status_completed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_status_completed(inputs)
	if (locale === "en-XA") return __en_xa2.grid_status_completed(inputs)
	return __en.grid_status_completed(inputs)
});
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Grid_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_failed = /** @type {((inputs?: Grid_Status_FailedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Status_FailedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_status_failed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_status_failed(inputs)
	if (locale === "en-XA") return __en_xa2.grid_status_failed(inputs)
	return __en.grid_status_failed(inputs)
});
/**
* | output |
* | --- |
* | "interrupted" |
*
* @param {Grid_Status_InterruptedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_interrupted = /** @type {((inputs?: Grid_Status_InterruptedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Status_InterruptedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_status_interrupted(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_status_interrupted(inputs)
	if (locale === "en-XA") return __en_xa2.grid_status_interrupted(inputs)
	return __en.grid_status_interrupted(inputs)
});
/**
* | output |
* | --- |
* | "running" |
*
* @param {Grid_Status_RunningInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_running = /** @type {((inputs?: Grid_Status_RunningInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Status_RunningInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_status_running(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_status_running(inputs)
	if (locale === "en-XA") return __en_xa2.grid_status_running(inputs)
	return __en.grid_status_running(inputs)
});
/**
* | output |
* | --- |
* | "stopped" |
*
* @param {Grid_Status_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_status_stopped = /** @type {((inputs?: Grid_Status_StoppedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Status_StoppedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_status_stopped(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_status_stopped(inputs)
	if (locale === "en-XA") return __en_xa2.grid_status_stopped(inputs)
	return __en.grid_status_stopped(inputs)
});
/**
* | output |
* | --- |
* | "Standard deviation over the folds: how much the score depends on the split" |
*
* @param {Grid_Std_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_std_title = /** @type {((inputs?: Grid_Std_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Std_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_std_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_std_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_std_title(inputs)
	return __en.grid_std_title(inputs)
});
/**
* | output |
* | --- |
* | "steps" |
*
* @param {Grid_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_steps = /** @type {((inputs?: Grid_StepsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_StepsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_steps(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_steps(inputs)
	if (locale === "en-XA") return __en_xa2.grid_steps(inputs)
	return __en.grid_steps(inputs)
});
/**
* | output |
* | --- |
* | "■ Stop" |
*
* @param {Grid_StopInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_stop = /** @type {((inputs?: Grid_StopInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_StopInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_stop(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_stop(inputs)
	if (locale === "en-XA") return __en_xa2.grid_stop(inputs)
	return __en.grid_stop(inputs)
});
/**
* | output |
* | --- |
* | "■ Stop grid" |
*
* @param {Grid_Stop_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_stop_grid = /** @type {((inputs?: Grid_Stop_GridInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Stop_GridInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_stop_grid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_stop_grid(inputs)
	if (locale === "en-XA") return __en_xa2.grid_stop_grid(inputs)
	return __en.grid_stop_grid(inputs)
});
/**
* | output |
* | --- |
* | "Stop sweeping {label}" |
*
* @param {Grid_Stop_SweepingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_stop_sweeping = /** @type {((inputs: Grid_Stop_SweepingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Stop_SweepingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_stop_sweeping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_stop_sweeping(inputs)
	if (locale === "en-XA") return __en_xa2.grid_stop_sweeping(inputs)
	return __en.grid_stop_sweeping(inputs)
});
/**
* | output |
* | --- |
* | "stratified" |
*
* @param {Grid_StratifiedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_stratified = /** @type {((inputs?: Grid_StratifiedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_StratifiedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_stratified(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_stratified(inputs)
	if (locale === "en-XA") return __en_xa2.grid_stratified(inputs)
	return __en.grid_stratified(inputs)
});
/**
* | output |
* | --- |
* | "+ sweep" |
*
* @param {Grid_SweepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep = /** @type {((inputs?: Grid_SweepInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_SweepInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_sweep(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_sweep(inputs)
	if (locale === "en-XA") return __en_xa2.grid_sweep(inputs)
	return __en.grid_sweep(inputs)
});
/**
* | output |
* | --- |
* | "A grid sweeps at most {count} settings." |
*
* @param {Grid_Sweep_FullInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_full = /** @type {((inputs: Grid_Sweep_FullInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Sweep_FullInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_sweep_full(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_sweep_full(inputs)
	if (locale === "en-XA") return __en_xa2.grid_sweep_full(inputs)
	return __en.grid_sweep_full(inputs)
});
/**
* | output |
* | --- |
* | "Sweep {label}" |
*
* @param {Grid_Sweep_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_label = /** @type {((inputs: Grid_Sweep_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Sweep_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_sweep_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_sweep_label(inputs)
	if (locale === "en-XA") return __en_xa2.grid_sweep_label(inputs)
	return __en.grid_sweep_label(inputs)
});
/**
* | output |
* | --- |
* | "Sweep with one value for:" |
*
* @param {Grid_Sweep_One_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_one_value = /** @type {((inputs?: Grid_Sweep_One_ValueInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Sweep_One_ValueInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_sweep_one_value(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_sweep_one_value(inputs)
	if (locale === "en-XA") return __en_xa2.grid_sweep_one_value(inputs)
	return __en.grid_sweep_one_value(inputs)
});
/**
* | output |
* | --- |
* | "Try several values of {label} in a grid search, each scored by cross-validation." |
*
* @param {Grid_Sweep_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_title = /** @type {((inputs: Grid_Sweep_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Sweep_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_sweep_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_sweep_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_sweep_title(inputs)
	return __en.grid_sweep_title(inputs)
});
/**
* | output |
* | --- |
* | "Which layers to sweep" |
*
* @param {Grid_Sweep_WhichInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweep_which = /** @type {((inputs?: Grid_Sweep_WhichInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Sweep_WhichInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_sweep_which(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_sweep_which(inputs)
	if (locale === "en-XA") return __en_xa2.grid_sweep_which(inputs)
	return __en.grid_sweep_which(inputs)
});
/**
* | output |
* | --- |
* | "Sweeping {label} over {values}: see the Grid tab." |
*
* @param {Grid_Sweeping_NoticeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_sweeping_notice = /** @type {((inputs: Grid_Sweeping_NoticeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Sweeping_NoticeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_sweeping_notice(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_sweeping_notice(inputs)
	if (locale === "en-XA") return __en_xa2.grid_sweeping_notice(inputs)
	return __en.grid_sweeping_notice(inputs)
});
/**
* | output |
* | --- |
* | "✓ swept" |
*
* @param {Grid_SweptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_swept = /** @type {((inputs?: Grid_SweptInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_SweptInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_swept(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_swept(inputs)
	if (locale === "en-XA") return __en_xa2.grid_swept(inputs)
	return __en.grid_swept(inputs)
});
/**
* | output |
* | --- |
* | "{name} is swept by {by}; remove that sweep to tick it here." |
*
* @param {Grid_Swept_ByInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_swept_by = /** @type {((inputs: Grid_Swept_ByInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Swept_ByInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_swept_by(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_swept_by(inputs)
	if (locale === "en-XA") return __en_xa2.grid_swept_by(inputs)
	return __en.grid_swept_by(inputs)
});
/**
* | output |
* | --- |
* | "{label}: swept in the grid" |
*
* @param {Grid_Swept_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_swept_label = /** @type {((inputs: Grid_Swept_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Swept_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_swept_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_swept_label(inputs)
	if (locale === "en-XA") return __en_xa2.grid_swept_label(inputs)
	return __en.grid_swept_label(inputs)
});
/**
* | output |
* | --- |
* | "This setting is swept in the grid search: show it in the Grid tab." |
*
* @param {Grid_Swept_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_swept_title = /** @type {((inputs?: Grid_Swept_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Swept_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_swept_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_swept_title(inputs)
	if (locale === "en-XA") return __en_xa2.grid_swept_title(inputs)
	return __en.grid_swept_title(inputs)
});
/**
* | output |
* | --- |
* | "{count} settings · tick to draw their curves" |
*
* @param {Grid_Table_ToolsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_table_tools = /** @type {((inputs: Grid_Table_ToolsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Table_ToolsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_table_tools(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_table_tools(inputs)
	if (locale === "en-XA") return __en_xa2.grid_table_tools(inputs)
	return __en.grid_table_tools(inputs)
});
/**
* | output |
* | --- |
* | "← The model" |
*
* @param {Grid_The_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_the_model = /** @type {((inputs?: Grid_The_ModelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_The_ModelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_the_model(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_the_model(inputs)
	if (locale === "en-XA") return __en_xa2.grid_the_model(inputs)
	return __en.grid_the_model(inputs)
});
/**
* | output |
* | --- |
* | ", then 1 refit" |
*
* @param {Grid_Then_RefitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_then_refit = /** @type {((inputs?: Grid_Then_RefitInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Then_RefitInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_then_refit(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_then_refit(inputs)
	if (locale === "en-XA") return __en_xa2.grid_then_refit(inputs)
	return __en.grid_then_refit(inputs)
});
/**
* | output |
* | --- |
* | "Tick settings in the table to see their curves." |
*
* @param {Grid_Tick_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_tick_settings = /** @type {((inputs?: Grid_Tick_SettingsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Tick_SettingsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_tick_settings(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_tick_settings(inputs)
	if (locale === "en-XA") return __en_xa2.grid_tick_settings(inputs)
	return __en.grid_tick_settings(inputs)
});
/**
* | output |
* | --- |
* | "to" |
*
* @param {Grid_ToInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_to = /** @type {((inputs?: Grid_ToInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_ToInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_to(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_to(inputs)
	if (locale === "en-XA") return __en_xa2.grid_to(inputs)
	return __en.grid_to(inputs)
});
/**
* | output |
* | --- |
* | "training runs" |
*
* @param {Grid_Training_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_training_runs = /** @type {((inputs?: Grid_Training_RunsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Training_RunsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_training_runs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_training_runs(inputs)
	if (locale === "en-XA") return __en_xa2.grid_training_runs(inputs)
	return __en.grid_training_runs(inputs)
});
/**
* | output |
* | --- |
* | "settings to draw" |
*
* @param {Grid_TrialsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_trials = /** @type {((inputs?: Grid_TrialsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_TrialsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_trials(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_trials(inputs)
	if (locale === "en-XA") return __en_xa2.grid_trials(inputs)
	return __en.grid_trials(inputs)
});
/**
* | output |
* | --- |
* | "An unfinished grid of this lab ({done} of {total} settings done) is kept: Resume runs only what is missing." |
*
* @param {Grid_UnfinishedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_unfinished = /** @type {((inputs: Grid_UnfinishedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_UnfinishedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_unfinished(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_unfinished(inputs)
	if (locale === "en-XA") return __en_xa2.grid_unfinished(inputs)
	return __en.grid_unfinished(inputs)
});
/**
* | output |
* | --- |
* | "{count} values: {values}" |
*
* @param {Grid_Values_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_values_count = /** @type {((inputs: Grid_Values_CountInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Values_CountInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_values_count(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_values_count(inputs)
	if (locale === "en-XA") return __en_xa2.grid_values_count(inputs)
	return __en.grid_values_count(inputs)
});
/**
* | output |
* | --- |
* | "values, separated by commas" |
*
* @param {Grid_Values_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_values_label = /** @type {((inputs?: Grid_Values_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Values_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_values_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_values_label(inputs)
	if (locale === "en-XA") return __en_xa2.grid_values_label(inputs)
	return __en.grid_values_label(inputs)
});
/**
* | output |
* | --- |
* | "Which folds" |
*
* @param {Grid_Which_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const grid_which_folds = /** @type {((inputs?: Grid_Which_FoldsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Grid_Which_FoldsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.grid_which_folds(inputs)
	if (locale === "zh-Hant") return __zh_hant1.grid_which_folds(inputs)
	if (locale === "en-XA") return __en_xa2.grid_which_folds(inputs)
	return __en.grid_which_folds(inputs)
});
/**
* | output |
* | --- |
* | "All steps" |
*
* @param {Guide_All_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_all_steps = /** @type {((inputs?: Guide_All_StepsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_All_StepsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_all_steps(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_all_steps(inputs)
	if (locale === "en-XA") return __en_xa2.guide_all_steps(inputs)
	return __en.guide_all_steps(inputs)
});
/**
* | output |
* | --- |
* | "answer" |
*
* @param {Guide_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_answer = /** @type {((inputs?: Guide_AnswerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_AnswerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_answer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_answer(inputs)
	if (locale === "en-XA") return __en_xa2.guide_answer(inputs)
	return __en.guide_answer(inputs)
});
/**
* | output |
* | --- |
* | "Back" |
*
* @param {Guide_BackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_back = /** @type {((inputs?: Guide_BackInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_BackInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_back(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_back(inputs)
	if (locale === "en-XA") return __en_xa2.guide_back(inputs)
	return __en.guide_back(inputs)
});
/**
* | output |
* | --- |
* | "A run" |
*
* @param {Guide_Check_A_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_a_run = /** @type {((inputs?: Guide_Check_A_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_A_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_a_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_a_run(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_a_run(inputs)
	return __en.guide_check_a_run(inputs)
});
/**
* | output |
* | --- |
* | "A run {filter}" |
*
* @param {Guide_Check_A_Run_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_a_run_where = /** @type {((inputs: Guide_Check_A_Run_WhereInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_A_Run_WhereInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_a_run_where(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_a_run_where(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_a_run_where(inputs)
	return __en.guide_check_a_run_where(inputs)
});
/**
* | output |
* | --- |
* | "above {value}" |
*
* @param {Guide_Check_AboveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_above = /** @type {((inputs: Guide_Check_AboveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_AboveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_above(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_above(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_above(inputs)
	return __en.guide_check_above(inputs)
});
/**
* | output |
* | --- |
* | "best" |
*
* @param {Guide_Check_At_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_at_best = /** @type {((inputs?: Guide_Check_At_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_At_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_at_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_at_best(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_at_best(inputs)
	return __en.guide_check_at_best(inputs)
});
/**
* | output |
* | --- |
* | "last" |
*
* @param {Guide_Check_At_LastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_at_last = /** @type {((inputs?: Guide_Check_At_LastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_At_LastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_at_last(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_at_last(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_at_last(inputs)
	return __en.guide_check_at_last(inputs)
});
/**
* | output |
* | --- |
* | "below {value}" |
*
* @param {Guide_Check_BelowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_below = /** @type {((inputs: Guide_Check_BelowInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_BelowInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_below(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_below(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_below(inputs)
	return __en.guide_check_below(inputs)
});
/**
* | output |
* | --- |
* | "{runs}." |
*
* @param {Guide_Check_ComparedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_compared = /** @type {((inputs: Guide_Check_ComparedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_ComparedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_compared(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_compared(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_compared(inputs)
	return __en.guide_check_compared(inputs)
});
/**
* | output |
* | --- |
* | "{run}: early stopping stopped it after epoch {epoch} of {planned}." |
*
* @param {Guide_Check_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_early_stopped = /** @type {((inputs: Guide_Check_Early_StoppedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Early_StoppedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_early_stopped(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_early_stopped(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_early_stopped(inputs)
	return __en.guide_check_early_stopped(inputs)
});
/**
* | output |
* | --- |
* | "first layer" |
*
* @param {Guide_Check_First_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_first_layer = /** @type {((inputs?: Guide_Check_First_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_First_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_first_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_first_layer(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_first_layer(inputs)
	return __en.guide_check_first_layer(inputs)
});
/**
* | output |
* | --- |
* | "Grid '{name}' finished {settings} settings of {folds} folds." |
*
* @param {Guide_Check_Grid_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_grid_done = /** @type {((inputs: Guide_Check_Grid_DoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Grid_DoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_grid_done(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_grid_done(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_grid_done(inputs)
	return __en.guide_check_grid_done(inputs)
});
/**
* | output |
* | --- |
* | "Grid '{name}' is {status} with {settings} settings of {folds} folds done: run the grid to the end." |
*
* @param {Guide_Check_Grid_UnfinishedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_grid_unfinished = /** @type {((inputs: Guide_Check_Grid_UnfinishedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Grid_UnfinishedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_grid_unfinished(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_grid_unfinished(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_grid_unfinished(inputs)
	return __en.guide_check_grid_unfinished(inputs)
});
/**
* | output |
* | --- |
* | "{count} finished runs compared: {runs}" |
*
* @param {Guide_Check_Label_ComparedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_compared = /** @type {((inputs: Guide_Check_Label_ComparedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Label_ComparedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_label_compared(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_label_compared(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_label_compared(inputs)
	return __en.guide_check_label_compared(inputs)
});
/**
* | output |
* | --- |
* | "{aRun} that early stopping stopped before its last epoch" |
*
* @param {Guide_Check_Label_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_early_stopped = /** @type {((inputs: Guide_Check_Label_Early_StoppedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Label_Early_StoppedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_label_early_stopped(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_label_early_stopped(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_label_early_stopped(inputs)
	return __en.guide_check_label_early_stopped(inputs)
});
/**
* | output |
* | --- |
* | "A finished grid with at least {settings} settings of {folds} folds each" |
*
* @param {Guide_Check_Label_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_grid = /** @type {((inputs: Guide_Check_Label_GridInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Label_GridInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_label_grid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_label_grid(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_label_grid(inputs)
	return __en.guide_check_label_grid(inputs)
});
/**
* | output |
* | --- |
* | "{aRun} whose {at} {metric} is {bounds}" |
*
* @param {Guide_Check_Label_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_metric = /** @type {((inputs: Guide_Check_Label_MetricInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Label_MetricInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_label_metric(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_label_metric(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_label_metric(inputs)
	return __en.guide_check_label_metric(inputs)
});
/**
* | output |
* | --- |
* | "{aRun} whose val_loss rises for {epochs} epochs in a row after its minimum" |
*
* @param {Guide_Check_Label_OverfitsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_overfits = /** @type {((inputs: Guide_Check_Label_OverfitsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Label_OverfitsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_label_overfits(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_label_overfits(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_label_overfits(inputs)
	return __en.guide_check_label_overfits(inputs)
});
/**
* | output |
* | --- |
* | "label smoothing {value}" |
*
* @param {Guide_Check_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_smoothing = /** @type {((inputs: Guide_Check_Label_SmoothingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Label_SmoothingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_label_smoothing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_label_smoothing(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_label_smoothing(inputs)
	return __en.guide_check_label_smoothing(inputs)
});
/**
* | output |
* | --- |
* | "{aRun} whose {layer} has more than {above} of its weights at ~0" |
*
* @param {Guide_Check_Label_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_label_sparsity = /** @type {((inputs: Guide_Check_Label_SparsityInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Label_SparsityInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_label_sparsity(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_label_sparsity(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_label_sparsity(inputs)
	return __en.guide_check_label_sparsity(inputs)
});
/**
* | output |
* | --- |
* | "layer '{name}'" |
*
* @param {Guide_Check_Layer_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_layer_named = /** @type {((inputs: Guide_Check_Layer_NamedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Layer_NamedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_layer_named(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_layer_named(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_layer_named(inputs)
	return __en.guide_check_layer_named(inputs)
});
/**
* | output |
* | --- |
* | "learning rate {value}" |
*
* @param {Guide_Check_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_learning_rate = /** @type {((inputs: Guide_Check_Learning_RateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Learning_RateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_learning_rate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_learning_rate(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_learning_rate(inputs)
	return __en.guide_check_learning_rate(inputs)
});
/**
* | output |
* | --- |
* | "{run}: {at} {metric} {value}." |
*
* @param {Guide_Check_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_metric = /** @type {((inputs: Guide_Check_MetricInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_MetricInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_metric(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_metric(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_metric(inputs)
	return __en.guide_check_metric(inputs)
});
/**
* | output |
* | --- |
* | "No grid of this lab yet: press \"Run grid\"." |
*
* @param {Guide_Check_No_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_grid = /** @type {((inputs?: Guide_Check_No_GridInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_No_GridInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_no_grid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_no_grid(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_no_grid(inputs)
	return __en.guide_check_no_grid(inputs)
});
/**
* | output |
* | --- |
* | "{run} has no {metric}." |
*
* @param {Guide_Check_No_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_metric = /** @type {((inputs: Guide_Check_No_MetricInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_No_MetricInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_no_metric(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_no_metric(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_no_metric(inputs)
	return __en.guide_check_no_metric(inputs)
});
/**
* | output |
* | --- |
* | "No finished run yet: train one." |
*
* @param {Guide_Check_No_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_run = /** @type {((inputs?: Guide_Check_No_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_No_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_no_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_no_run(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_no_run(inputs)
	return __en.guide_check_no_run(inputs)
});
/**
* | output |
* | --- |
* | "No finished run {filter} yet: train one." |
*
* @param {Guide_Check_No_Run_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_run_where = /** @type {((inputs: Guide_Check_No_Run_WhereInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_No_Run_WhereInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_no_run_where(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_no_run_where(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_no_run_where(inputs)
	return __en.guide_check_no_run_where(inputs)
});
/**
* | output |
* | --- |
* | "{run} has no val_loss (no validation)." |
*
* @param {Guide_Check_No_Val_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_val_loss = /** @type {((inputs: Guide_Check_No_Val_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_No_Val_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_no_val_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_no_val_loss(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_no_val_loss(inputs)
	return __en.guide_check_no_val_loss(inputs)
});
/**
* | output |
* | --- |
* | "{run} recorded no weights: train it again in this version of LayerLab." |
*
* @param {Guide_Check_No_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_weights = /** @type {((inputs: Guide_Check_No_WeightsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_No_WeightsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_no_weights(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_no_weights(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_no_weights(inputs)
	return __en.guide_check_no_weights(inputs)
});
/**
* | output |
* | --- |
* | "{run} recorded no weights for layer '{layer}': train it again in this version of LayerLab." |
*
* @param {Guide_Check_No_Weights_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_no_weights_layer = /** @type {((inputs: Guide_Check_No_Weights_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_No_Weights_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_no_weights_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_no_weights_layer(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_no_weights_layer(inputs)
	return __en.guide_check_no_weights_layer(inputs)
});
/**
* | output |
* | --- |
* | "{run} trained all {planned} epochs: early stopping did not stop it." |
*
* @param {Guide_Check_Not_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_not_early_stopped = /** @type {((inputs: Guide_Check_Not_Early_StoppedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Not_Early_StoppedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_not_early_stopped(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_not_early_stopped(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_not_early_stopped(inputs)
	return __en.guide_check_not_early_stopped(inputs)
});
/**
* | output |
* | --- |
* | "{run}: val_loss lowest at epoch {best} ({value}), its last epoch: it has not risen for {epochs} epochs yet. Train longer, or a bigger model." |
*
* @param {Guide_Check_Not_Overfit_LastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_not_overfit_last = /** @type {((inputs: Guide_Check_Not_Overfit_LastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Not_Overfit_LastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_not_overfit_last(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_not_overfit_last(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_not_overfit_last(inputs)
	return __en.guide_check_not_overfit_last(inputs)
});
/**
* | output |
* | --- |
* | "{run}: val_loss lowest at epoch {best} ({value}), then {after} epochs more: it has not risen for {epochs} epochs yet. Train longer, or a bigger model." |
*
* @param {Guide_Check_Not_Overfit_MoreInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_not_overfit_more = /** @type {((inputs: Guide_Check_Not_Overfit_MoreInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Not_Overfit_MoreInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_not_overfit_more(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_not_overfit_more(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_not_overfit_more(inputs)
	return __en.guide_check_not_overfit_more(inputs)
});
/**
* | output |
* | --- |
* | "{run}: val_loss lowest at epoch {best} ({value}), then 1 epoch more: it has not risen for {epochs} epochs yet. Train longer, or a bigger model." |
*
* @param {Guide_Check_Not_Overfit_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_not_overfit_one = /** @type {((inputs: Guide_Check_Not_Overfit_OneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Not_Overfit_OneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_not_overfit_one(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_not_overfit_one(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_not_overfit_one(inputs)
	return __en.guide_check_not_overfit_one(inputs)
});
/**
* | output |
* | --- |
* | "on {name}" |
*
* @param {Guide_Check_On_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_on_layer = /** @type {((inputs: Guide_Check_On_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_On_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_on_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_on_layer(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_on_layer(inputs)
	return __en.guide_check_on_layer(inputs)
});
/**
* | output |
* | --- |
* | "on {count} layers" |
*
* @param {Guide_Check_On_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_on_layers = /** @type {((inputs: Guide_Check_On_LayersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_On_LayersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_on_layers(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_on_layers(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_on_layers(inputs)
	return __en.guide_check_on_layers(inputs)
});
/**
* | output |
* | --- |
* | "one of any kind" |
*
* @param {Guide_Check_One_AnyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_one_any = /** @type {((inputs?: Guide_Check_One_AnyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_One_AnyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_one_any(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_one_any(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_one_any(inputs)
	return __en.guide_check_one_any(inputs)
});
/**
* | output |
* | --- |
* | "one {filter}" |
*
* @param {Guide_Check_One_WhereInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_one_where = /** @type {((inputs: Guide_Check_One_WhereInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_One_WhereInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_one_where(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_one_where(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_one_where(inputs)
	return __en.guide_check_one_where(inputs)
});
/**
* | output |
* | --- |
* | "not passed yet" |
*
* @param {Guide_Check_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_open = /** @type {((inputs?: Guide_Check_OpenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_OpenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_open(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_open(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_open(inputs)
	return __en.guide_check_open(inputs)
});
/**
* | output |
* | --- |
* | "{run}: val_loss lowest at epoch {best} ({value}), then rose for {rose} epochs ({last} at epoch {lastEpoch})." |
*
* @param {Guide_Check_OverfitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_overfit = /** @type {((inputs: Guide_Check_OverfitInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_OverfitInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_overfit(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_overfit(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_overfit(inputs)
	return __en.guide_check_overfit(inputs)
});
/**
* | output |
* | --- |
* | "passed" |
*
* @param {Guide_Check_PassedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_passed = /** @type {((inputs?: Guide_Check_PassedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_PassedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_passed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_passed(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_passed(inputs)
	return __en.guide_check_passed(inputs)
});
/**
* | output |
* | --- |
* | "recorded" |
*
* @param {Guide_Check_RecordedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_recorded = /** @type {((inputs?: Guide_Check_RecordedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_RecordedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_recorded(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_recorded(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_recorded(inputs)
	return __en.guide_check_recorded(inputs)
});
/**
* | output |
* | --- |
* | "Run '{name}' ({parts})" |
*
* @param {Guide_Check_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_run = /** @type {((inputs: Guide_Check_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_run(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_run(inputs)
	return __en.guide_check_run(inputs)
});
/**
* | output |
* | --- |
* | "The same run cannot stand for two of these: train one run for each." |
*
* @param {Guide_Check_Same_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_same_run = /** @type {((inputs?: Guide_Check_Same_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Same_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_same_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_same_run(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_same_run(inputs)
	return __en.guide_check_same_run(inputs)
});
/**
* | output |
* | --- |
* | "{run}: {layer} has {sparsity} of its weights at ~0." |
*
* @param {Guide_Check_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_sparsity = /** @type {((inputs: Guide_Check_SparsityInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_SparsityInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_sparsity(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_sparsity(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_sparsity(inputs)
	return __en.guide_check_sparsity(inputs)
});
/**
* | output |
* | --- |
* | "{run}: {layer} has {sparsity} of its weights at ~0 (more than {needed} needed)." |
*
* @param {Guide_Check_Sparsity_ShortInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_check_sparsity_short = /** @type {((inputs: Guide_Check_Sparsity_ShortInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Check_Sparsity_ShortInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_check_sparsity_short(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_check_sparsity_short(inputs)
	if (locale === "en-XA") return __en_xa2.guide_check_sparsity_short(inputs)
	return __en.guide_check_sparsity_short(inputs)
});
/**
* | output |
* | --- |
* | "Checks" |
*
* @param {Guide_ChecksInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_checks = /** @type {((inputs?: Guide_ChecksInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_ChecksInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_checks(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_checks(inputs)
	if (locale === "en-XA") return __en_xa2.guide_checks(inputs)
	return __en.guide_checks(inputs)
});
/**
* | output |
* | --- |
* | "Every check passes" |
*
* @param {Guide_Every_Check_PassesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_every_check_passes = /** @type {((inputs?: Guide_Every_Check_PassesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Every_Check_PassesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_every_check_passes(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_every_check_passes(inputs)
	if (locale === "en-XA") return __en_xa2.guide_every_check_passes(inputs)
	return __en.guide_every_check_passes(inputs)
});
/**
* | output |
* | --- |
* | "augmentation" |
*
* @param {Guide_Filter_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_augmentation = /** @type {((inputs?: Guide_Filter_AugmentationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_AugmentationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_augmentation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_augmentation(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_augmentation(inputs)
	return __en.guide_filter_augmentation(inputs)
});
/**
* | output |
* | --- |
* | "{with} {without}" |
*
* @param {Guide_Filter_BothInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_both = /** @type {((inputs: Guide_Filter_BothInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_BothInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_both(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_both(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_both(inputs)
	return __en.guide_filter_both(inputs)
});
/**
* | output |
* | --- |
* | "data augmentation" |
*
* @param {Guide_Filter_Data_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_data_augmentation = /** @type {((inputs?: Guide_Filter_Data_AugmentationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Data_AugmentationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_data_augmentation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_data_augmentation(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_data_augmentation(inputs)
	return __en.guide_filter_data_augmentation(inputs)
});
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Guide_Filter_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_early_stopping = /** @type {((inputs?: Guide_Filter_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_early_stopping(inputs)
	return __en.guide_filter_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "L1 or L2" |
*
* @param {Guide_Filter_L1_Or_L2Inputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_l1_or_l2 = /** @type {((inputs?: Guide_Filter_L1_Or_L2Inputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_L1_Or_L2Inputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_l1_or_l2(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_l1_or_l2(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_l1_or_l2(inputs)
	return __en.guide_filter_l1_or_l2(inputs)
});
/**
* | output |
* | --- |
* | "a learning rate of at least {value}" |
*
* @param {Guide_Filter_Lr_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_lr_at_least = /** @type {((inputs: Guide_Filter_Lr_At_LeastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Lr_At_LeastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_lr_at_least(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_lr_at_least(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_lr_at_least(inputs)
	return __en.guide_filter_lr_at_least(inputs)
});
/**
* | output |
* | --- |
* | "a learning rate of at most {value}" |
*
* @param {Guide_Filter_Lr_At_MostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_lr_at_most = /** @type {((inputs: Guide_Filter_Lr_At_MostInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Lr_At_MostInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_lr_at_most(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_lr_at_most(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_lr_at_most(inputs)
	return __en.guide_filter_lr_at_most(inputs)
});
/**
* | output |
* | --- |
* | "at least {count} parameters" |
*
* @param {Guide_Filter_Params_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_params_at_least = /** @type {((inputs: Guide_Filter_Params_At_LeastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Params_At_LeastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_params_at_least(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_params_at_least(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_params_at_least(inputs)
	return __en.guide_filter_params_at_least(inputs)
});
/**
* | output |
* | --- |
* | "at most {count} parameters" |
*
* @param {Guide_Filter_Params_At_MostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_params_at_most = /** @type {((inputs: Guide_Filter_Params_At_MostInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Params_At_MostInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_params_at_most(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_params_at_most(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_params_at_most(inputs)
	return __en.guide_filter_params_at_most(inputs)
});
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Guide_Filter_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_shuffled_labels = /** @type {((inputs?: Guide_Filter_Shuffled_LabelsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Shuffled_LabelsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_shuffled_labels(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_shuffled_labels(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_shuffled_labels(inputs)
	return __en.guide_filter_shuffled_labels(inputs)
});
/**
* | output |
* | --- |
* | "label smoothing of at least {value}" |
*
* @param {Guide_Filter_Smoothing_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_smoothing_at_least = /** @type {((inputs: Guide_Filter_Smoothing_At_LeastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Smoothing_At_LeastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_smoothing_at_least(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_smoothing_at_least(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_smoothing_at_least(inputs)
	return __en.guide_filter_smoothing_at_least(inputs)
});
/**
* | output |
* | --- |
* | "a weight penalty" |
*
* @param {Guide_Filter_Weight_PenaltyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_weight_penalty = /** @type {((inputs?: Guide_Filter_Weight_PenaltyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_Weight_PenaltyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_weight_penalty(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_weight_penalty(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_weight_penalty(inputs)
	return __en.guide_filter_weight_penalty(inputs)
});
/**
* | output |
* | --- |
* | "with {list}" |
*
* @param {Guide_Filter_WithInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_with = /** @type {((inputs: Guide_Filter_WithInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_WithInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_with(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_with(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_with(inputs)
	return __en.guide_filter_with(inputs)
});
/**
* | output |
* | --- |
* | "without {list}" |
*
* @param {Guide_Filter_WithoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_filter_without = /** @type {((inputs: Guide_Filter_WithoutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Filter_WithoutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_filter_without(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_filter_without(inputs)
	if (locale === "en-XA") return __en_xa2.guide_filter_without(inputs)
	return __en.guide_filter_without(inputs)
});
/**
* | output |
* | --- |
* | "Layers" |
*
* @param {Guide_Layers_ToggleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_layers_toggle = /** @type {((inputs?: Guide_Layers_ToggleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Layers_ToggleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_layers_toggle(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_layers_toggle(inputs)
	if (locale === "en-XA") return __en_xa2.guide_layers_toggle(inputs)
	return __en.guide_layers_toggle(inputs)
});
/**
* | output |
* | --- |
* | "Show the layers to add instead of the steps" |
*
* @param {Guide_Layers_Toggle_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_layers_toggle_title = /** @type {((inputs?: Guide_Layers_Toggle_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Layers_Toggle_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_layers_toggle_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_layers_toggle_title(inputs)
	if (locale === "en-XA") return __en_xa2.guide_layers_toggle_title(inputs)
	return __en.guide_layers_toggle_title(inputs)
});
/**
* | output |
* | --- |
* | "{head} and {last}" |
*
* @param {Guide_List_AndInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_list_and = /** @type {((inputs: Guide_List_AndInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_List_AndInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_list_and(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_list_and(inputs)
	if (locale === "en-XA") return __en_xa2.guide_list_and(inputs)
	return __en.guide_list_and(inputs)
});
/**
* | output |
* | --- |
* | "," |
*
* @param {Guide_List_CommaInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_list_comma = /** @type {((inputs?: Guide_List_CommaInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_List_CommaInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_list_comma(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_list_comma(inputs)
	if (locale === "en-XA") return __en_xa2.guide_list_comma(inputs)
	return __en.guide_list_comma(inputs)
});
/**
* | output |
* | --- |
* | ";" |
*
* @param {Guide_List_SemicolonInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_list_semicolon = /** @type {((inputs?: Guide_List_SemicolonInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_List_SemicolonInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_list_semicolon(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_list_semicolon(inputs)
	if (locale === "en-XA") return __en_xa2.guide_list_semicolon(inputs)
	return __en.guide_list_semicolon(inputs)
});
/**
* | output |
* | --- |
* | "about {count} minutes" |
*
* @param {Guide_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_minutes = /** @type {((inputs: Guide_MinutesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_MinutesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_minutes(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_minutes(inputs)
	if (locale === "en-XA") return __en_xa2.guide_minutes(inputs)
	return __en.guide_minutes(inputs)
});
/**
* | output |
* | --- |
* | "about 1 minute" |
*
* @param {Guide_Minutes_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_minutes_one = /** @type {((inputs?: Guide_Minutes_OneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Minutes_OneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_minutes_one(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_minutes_one(inputs)
	if (locale === "en-XA") return __en_xa2.guide_minutes_one(inputs)
	return __en.guide_minutes_one(inputs)
});
/**
* | output |
* | --- |
* | "under a minute" |
*
* @param {Guide_Minutes_UnderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_minutes_under = /** @type {((inputs?: Guide_Minutes_UnderInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Minutes_UnderInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_minutes_under(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_minutes_under(inputs)
	if (locale === "en-XA") return __en_xa2.guide_minutes_under(inputs)
	return __en.guide_minutes_under(inputs)
});
/**
* | output |
* | --- |
* | "for your report" |
*
* @param {Guide_Name_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_name_placeholder = /** @type {((inputs?: Guide_Name_PlaceholderInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Name_PlaceholderInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_name_placeholder(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_name_placeholder(inputs)
	if (locale === "en-XA") return __en_xa2.guide_name_placeholder(inputs)
	return __en.guide_name_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Next" |
*
* @param {Guide_NextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_next = /** @type {((inputs?: Guide_NextInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_NextInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_next(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_next(inputs)
	if (locale === "en-XA") return __en_xa2.guide_next(inputs)
	return __en.guide_next(inputs)
});
/**
* | output |
* | --- |
* | "This lab has no steps yet." |
*
* @param {Guide_No_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_no_steps = /** @type {((inputs?: Guide_No_StepsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_No_StepsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_no_steps(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_no_steps(inputs)
	if (locale === "en-XA") return __en_xa2.guide_no_steps(inputs)
	return __en.guide_no_steps(inputs)
});
/**
* | output |
* | --- |
* | "Not checked yet" |
*
* @param {Guide_Not_CheckedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_not_checked = /** @type {((inputs?: Guide_Not_CheckedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Not_CheckedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_not_checked(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_not_checked(inputs)
	if (locale === "en-XA") return __en_xa2.guide_not_checked(inputs)
	return __en.guide_not_checked(inputs)
});
/**
* | output |
* | --- |
* | "Set up this step" |
*
* @param {Guide_Set_UpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_set_up = /** @type {((inputs?: Guide_Set_UpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Set_UpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_set_up(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_set_up(inputs)
	if (locale === "en-XA") return __en_xa2.guide_set_up(inputs)
	return __en.guide_set_up(inputs)
});
/**
* | output |
* | --- |
* | "Set up “{title}”: {what}. Undo puts your lab back." |
*
* @param {Guide_Setup_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_setup_done = /** @type {((inputs: Guide_Setup_DoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Setup_DoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_setup_done(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_setup_done(inputs)
	if (locale === "en-XA") return __en_xa2.guide_setup_done(inputs)
	return __en.guide_setup_done(inputs)
});
/**
* | output |
* | --- |
* | "the layers were laid out again" |
*
* @param {Guide_Setup_Laid_OutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_setup_laid_out = /** @type {((inputs?: Guide_Setup_Laid_OutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Setup_Laid_OutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_setup_laid_out(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_setup_laid_out(inputs)
	if (locale === "en-XA") return __en_xa2.guide_setup_laid_out(inputs)
	return __en.guide_setup_laid_out(inputs)
});
/**
* | output |
* | --- |
* | "“{title}” is already set up: nothing changed." |
*
* @param {Guide_Setup_NothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_setup_nothing = /** @type {((inputs: Guide_Setup_NothingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Setup_NothingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_setup_nothing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_setup_nothing(inputs)
	if (locale === "en-XA") return __en_xa2.guide_setup_nothing(inputs)
	return __en.guide_setup_nothing(inputs)
});
/**
* | output |
* | --- |
* | "Show {name}" |
*
* @param {Guide_Show_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_show_run = /** @type {((inputs: Guide_Show_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Show_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_show_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_show_run(inputs)
	if (locale === "en-XA") return __en_xa2.guide_show_run(inputs)
	return __en.guide_show_run(inputs)
});
/**
* | output |
* | --- |
* | "Step {index} of {count}" |
*
* @param {Guide_Step_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_step_count = /** @type {((inputs: Guide_Step_CountInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Step_CountInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_step_count(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_step_count(inputs)
	if (locale === "en-XA") return __en_xa2.guide_step_count(inputs)
	return __en.guide_step_count(inputs)
});
/**
* | output |
* | --- |
* | "I have done this step" |
*
* @param {Guide_Step_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_step_done = /** @type {((inputs?: Guide_Step_DoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Step_DoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_step_done(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_step_done(inputs)
	if (locale === "en-XA") return __en_xa2.guide_step_done(inputs)
	return __en.guide_step_done(inputs)
});
/**
* | output |
* | --- |
* | "{title} done" |
*
* @param {Guide_Step_Done_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_step_done_label = /** @type {((inputs: Guide_Step_Done_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Step_Done_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_step_done_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_step_done_label(inputs)
	if (locale === "en-XA") return __en_xa2.guide_step_done_label(inputs)
	return __en.guide_step_done_label(inputs)
});
/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Guide_Steps_HeadingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_steps_heading = /** @type {((inputs?: Guide_Steps_HeadingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Steps_HeadingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_steps_heading(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_steps_heading(inputs)
	if (locale === "en-XA") return __en_xa2.guide_steps_heading(inputs)
	return __en.guide_steps_heading(inputs)
});
/**
* | output |
* | --- |
* | "the run" |
*
* @param {Guide_The_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_the_run = /** @type {((inputs?: Guide_The_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_The_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_the_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_the_run(inputs)
	if (locale === "en-XA") return __en_xa2.guide_the_run(inputs)
	return __en.guide_the_run(inputs)
});
/**
* | output |
* | --- |
* | "Your name" |
*
* @param {Guide_Your_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const guide_your_name = /** @type {((inputs?: Guide_Your_NameInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Guide_Your_NameInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.guide_your_name(inputs)
	if (locale === "zh-Hant") return __zh_hant1.guide_your_name(inputs)
	if (locale === "en-XA") return __en_xa2.guide_your_name(inputs)
	return __en.guide_your_name(inputs)
});
/**
* | output |
* | --- |
* | "JavaScript" |
*
* @param {Hosttext_Backend_JavascriptInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_backend_javascript = /** @type {((inputs?: Hosttext_Backend_JavascriptInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hosttext_Backend_JavascriptInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.hosttext_backend_javascript(inputs)
	if (locale === "zh-Hant") return __zh_hant1.hosttext_backend_javascript(inputs)
	if (locale === "en-XA") return __en_xa2.hosttext_backend_javascript(inputs)
	return __en.hosttext_backend_javascript(inputs)
});
/**
* | output |
* | --- |
* | "native CPU (TensorFlow)" |
*
* @param {Hosttext_Backend_TensorflowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_backend_tensorflow = /** @type {((inputs?: Hosttext_Backend_TensorflowInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hosttext_Backend_TensorflowInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.hosttext_backend_tensorflow(inputs)
	if (locale === "zh-Hant") return __zh_hant1.hosttext_backend_tensorflow(inputs)
	if (locale === "en-XA") return __en_xa2.hosttext_backend_tensorflow(inputs)
	return __en.hosttext_backend_tensorflow(inputs)
});
/**
* | output |
* | --- |
* | "GPU (CUDA, native TensorFlow)" |
*
* @param {Hosttext_Backend_Tensorflow_GpuInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_backend_tensorflow_gpu = /** @type {((inputs?: Hosttext_Backend_Tensorflow_GpuInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hosttext_Backend_Tensorflow_GpuInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.hosttext_backend_tensorflow_gpu(inputs)
	if (locale === "zh-Hant") return __zh_hant1.hosttext_backend_tensorflow_gpu(inputs)
	if (locale === "en-XA") return __en_xa2.hosttext_backend_tensorflow_gpu(inputs)
	return __en.hosttext_backend_tensorflow_gpu(inputs)
});
/**
* | output |
* | --- |
* | "GPU (WebGPU)" |
*
* @param {Hosttext_Backend_WebgpuInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const hosttext_backend_webgpu = /** @type {((inputs?: Hosttext_Backend_WebgpuInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hosttext_Backend_WebgpuInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.hosttext_backend_webgpu(inputs)
	if (locale === "zh-Hant") return __zh_hant1.hosttext_backend_webgpu(inputs)
	if (locale === "en-XA") return __en_xa2.hosttext_backend_webgpu(inputs)
	return __en.hosttext_backend_webgpu(inputs)
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
* | "About this lab" |
*
* @param {Lab_AboutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_about = /** @type {((inputs?: Lab_AboutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_AboutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_about(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_about(inputs)
	if (locale === "en-XA") return __en_xa2.lab_about(inputs)
	return __en.lab_about(inputs)
});
/**
* | output |
* | --- |
* | "What this lab is and what it shows (saved with the lab)." |
*
* @param {Lab_About_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_about_placeholder = /** @type {((inputs?: Lab_About_PlaceholderInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_About_PlaceholderInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_about_placeholder(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_about_placeholder(inputs)
	if (locale === "en-XA") return __en_xa2.lab_about_placeholder(inputs)
	return __en.lab_about_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Lab_Library_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_close = /** @type {((inputs?: Lab_Library_CloseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_CloseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_close(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_close(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_close(inputs)
	return __en.lab_library_close(inputs)
});
/**
* | output |
* | --- |
* | "A lab opens as your own copy, saved in your labs folder. The quick version trains on less data for fewer epochs: for a slow computer or a first look." |
*
* @param {Lab_Library_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_hint = /** @type {((inputs?: Lab_Library_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_hint(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_hint(inputs)
	return __en.lab_library_hint(inputs)
});
/**
* | output |
* | --- |
* | "Listing the labs…" |
*
* @param {Lab_Library_ListingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_listing = /** @type {((inputs?: Lab_Library_ListingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_ListingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_listing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_listing(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_listing(inputs)
	return __en.lab_library_listing(inputs)
});
/**
* | output |
* | --- |
* | "No lab matches “{query}”." |
*
* @param {Lab_Library_No_MatchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_no_match = /** @type {((inputs: Lab_Library_No_MatchInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_No_MatchInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_no_match(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_no_match(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_no_match(inputs)
	return __en.lab_library_no_match(inputs)
});
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Lab_Library_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_open = /** @type {((inputs?: Lab_Library_OpenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_OpenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_open(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_open(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_open(inputs)
	return __en.lab_library_open(inputs)
});
/**
* | output |
* | --- |
* | "Open {name}" |
*
* @param {Lab_Library_Open_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_open_label = /** @type {((inputs: Lab_Library_Open_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_Open_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_open_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_open_label(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_open_label(inputs)
	return __en.lab_library_open_label(inputs)
});
/**
* | output |
* | --- |
* | "Quick version" |
*
* @param {Lab_Library_QuickInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_quick = /** @type {((inputs?: Lab_Library_QuickInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_QuickInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_quick(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_quick(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_quick(inputs)
	return __en.lab_library_quick(inputs)
});
/**
* | output |
* | --- |
* | "Open the quick version of {name}" |
*
* @param {Lab_Library_Quick_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_quick_label = /** @type {((inputs: Lab_Library_Quick_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_Quick_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_quick_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_quick_label(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_quick_label(inputs)
	return __en.lab_library_quick_label(inputs)
});
/**
* | output |
* | --- |
* | "(quick: {minutes})" |
*
* @param {Lab_Library_Quick_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_quick_minutes = /** @type {((inputs: Lab_Library_Quick_MinutesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_Quick_MinutesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_quick_minutes(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_quick_minutes(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_quick_minutes(inputs)
	return __en.lab_library_quick_minutes(inputs)
});
/**
* | output |
* | --- |
* | "Search the labs" |
*
* @param {Lab_Library_SearchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_search = /** @type {((inputs?: Lab_Library_SearchInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_SearchInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_search(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_search(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_search(inputs)
	return __en.lab_library_search(inputs)
});
/**
* | output |
* | --- |
* | "Search: name, topic, dataset…" |
*
* @param {Lab_Library_Search_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_search_placeholder = /** @type {((inputs?: Lab_Library_Search_PlaceholderInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_Search_PlaceholderInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_search_placeholder(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_search_placeholder(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_search_placeholder(inputs)
	return __en.lab_library_search_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "{count} steps" |
*
* @param {Lab_Library_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_steps = /** @type {((inputs: Lab_Library_StepsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_StepsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_steps(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_steps(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_steps(inputs)
	return __en.lab_library_steps(inputs)
});
/**
* | output |
* | --- |
* | "1 step" |
*
* @param {Lab_Library_Steps_OneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_steps_one = /** @type {((inputs?: Lab_Library_Steps_OneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_Steps_OneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_steps_one(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_steps_one(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_steps_one(inputs)
	return __en.lab_library_steps_one(inputs)
});
/**
* | output |
* | --- |
* | "Labs" |
*
* @param {Lab_Library_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_library_title = /** @type {((inputs?: Lab_Library_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Library_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_library_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_library_title(inputs)
	if (locale === "en-XA") return __en_xa2.lab_library_title(inputs)
	return __en.lab_library_title(inputs)
});
/**
* | output |
* | --- |
* | "Data augmentation" |
*
* @param {Lab_Topic_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_augmentation = /** @type {((inputs?: Lab_Topic_AugmentationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_AugmentationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_augmentation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_augmentation(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_augmentation(inputs)
	return __en.lab_topic_augmentation(inputs)
});
/**
* | output |
* | --- |
* | "Batch normalization" |
*
* @param {Lab_Topic_Batch_NormalizationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_batch_normalization = /** @type {((inputs?: Lab_Topic_Batch_NormalizationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_Batch_NormalizationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_batch_normalization(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_batch_normalization(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_batch_normalization(inputs)
	return __en.lab_topic_batch_normalization(inputs)
});
/**
* | output |
* | --- |
* | "Capacity" |
*
* @param {Lab_Topic_CapacityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_capacity = /** @type {((inputs?: Lab_Topic_CapacityInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_CapacityInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_capacity(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_capacity(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_capacity(inputs)
	return __en.lab_topic_capacity(inputs)
});
/**
* | output |
* | --- |
* | "Convolutional networks" |
*
* @param {Lab_Topic_CnnInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_cnn = /** @type {((inputs?: Lab_Topic_CnnInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_CnnInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_cnn(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_cnn(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_cnn(inputs)
	return __en.lab_topic_cnn(inputs)
});
/**
* | output |
* | --- |
* | "Dropout" |
*
* @param {Lab_Topic_DropoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_dropout = /** @type {((inputs?: Lab_Topic_DropoutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_DropoutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_dropout(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_dropout(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_dropout(inputs)
	return __en.lab_topic_dropout(inputs)
});
/**
* | output |
* | --- |
* | "Early stopping" |
*
* @param {Lab_Topic_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_early_stopping = /** @type {((inputs?: Lab_Topic_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_early_stopping(inputs)
	return __en.lab_topic_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "Grid search" |
*
* @param {Lab_Topic_Grid_SearchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_grid_search = /** @type {((inputs?: Lab_Topic_Grid_SearchInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_Grid_SearchInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_grid_search(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_grid_search(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_grid_search(inputs)
	return __en.lab_topic_grid_search(inputs)
});
/**
* | output |
* | --- |
* | "Label smoothing" |
*
* @param {Lab_Topic_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_label_smoothing = /** @type {((inputs?: Lab_Topic_Label_SmoothingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_Label_SmoothingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_label_smoothing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_label_smoothing(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_label_smoothing(inputs)
	return __en.lab_topic_label_smoothing(inputs)
});
/**
* | output |
* | --- |
* | "Learning rate" |
*
* @param {Lab_Topic_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_learning_rate = /** @type {((inputs?: Lab_Topic_Learning_RateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_Learning_RateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_learning_rate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_learning_rate(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_learning_rate(inputs)
	return __en.lab_topic_learning_rate(inputs)
});
/**
* | output |
* | --- |
* | "Memorization" |
*
* @param {Lab_Topic_MemorizationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_memorization = /** @type {((inputs?: Lab_Topic_MemorizationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_MemorizationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_memorization(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_memorization(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_memorization(inputs)
	return __en.lab_topic_memorization(inputs)
});
/**
* | output |
* | --- |
* | "Playground" |
*
* @param {Lab_Topic_PlaygroundInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_playground = /** @type {((inputs?: Lab_Topic_PlaygroundInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_PlaygroundInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_playground(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_playground(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_playground(inputs)
	return __en.lab_topic_playground(inputs)
});
/**
* | output |
* | --- |
* | "Text (IMDB)" |
*
* @param {Lab_Topic_TextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_text = /** @type {((inputs?: Lab_Topic_TextInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_TextInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_text(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_text(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_text(inputs)
	return __en.lab_topic_text(inputs)
});
/**
* | output |
* | --- |
* | "L1 and L2" |
*
* @param {Lab_Topic_Weight_RegularizationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const lab_topic_weight_regularization = /** @type {((inputs?: Lab_Topic_Weight_RegularizationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lab_Topic_Weight_RegularizationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.lab_topic_weight_regularization(inputs)
	if (locale === "zh-Hant") return __zh_hant1.lab_topic_weight_regularization(inputs)
	if (locale === "en-XA") return __en_xa2.lab_topic_weight_regularization(inputs)
	return __en.lab_topic_weight_regularization(inputs)
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
* | "{who}'s report was made from a lab whose locked parts were changed (fingerprint {found} instead of {expected}, the rest of the class's)." |
*
* @param {Overview_Locks_ClassInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overview_locks_class = /** @type {((inputs: Overview_Locks_ClassInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Locks_ClassInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overview_locks_class(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overview_locks_class(inputs)
	if (locale === "en-XA") return __en_xa2.overview_locks_class(inputs)
	return __en.overview_locks_class(inputs)
});
/**
* | output |
* | --- |
* | "{who}'s report was made from a lab whose locked parts were changed (fingerprint {found} instead of {expected}, the one its lab declares)." |
*
* @param {Overview_Locks_DeclaredInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overview_locks_declared = /** @type {((inputs: Overview_Locks_DeclaredInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Locks_DeclaredInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overview_locks_declared(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overview_locks_declared(inputs)
	if (locale === "en-XA") return __en_xa2.overview_locks_declared(inputs)
	return __en.overview_locks_declared(inputs)
});
/**
* | output |
* | --- |
* | "{who}'s report was made from another lab ({found} instead of {expected})." |
*
* @param {Overview_Locks_Other_LabInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overview_locks_other_lab = /** @type {((inputs: Overview_Locks_Other_LabInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Locks_Other_LabInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overview_locks_other_lab(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overview_locks_other_lab(inputs)
	if (locale === "en-XA") return __en_xa2.overview_locks_other_lab(inputs)
	return __en.overview_locks_other_lab(inputs)
});
/**
* | output |
* | --- |
* | "{who}'s report was made from a lab whose locked parts were changed (fingerprint {found} instead of {expected}, the teacher's lab)." |
*
* @param {Overview_Locks_TeacherInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const overview_locks_teacher = /** @type {((inputs: Overview_Locks_TeacherInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Locks_TeacherInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.overview_locks_teacher(inputs)
	if (locale === "zh-Hant") return __zh_hant1.overview_locks_teacher(inputs)
	if (locale === "en-XA") return __en_xa2.overview_locks_teacher(inputs)
	return __en.overview_locks_teacher(inputs)
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
* | "Best val_accuracy" |
*
* @param {Report_Col_Best_Val_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_best_val_accuracy = /** @type {((inputs?: Report_Col_Best_Val_AccuracyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Best_Val_AccuracyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_best_val_accuracy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_best_val_accuracy(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_best_val_accuracy(inputs)
	return __en.report_col_best_val_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Best val_loss" |
*
* @param {Report_Col_Best_Val_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_best_val_loss = /** @type {((inputs?: Report_Col_Best_Val_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Best_Val_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_best_val_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_best_val_loss(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_best_val_loss(inputs)
	return __en.report_col_best_val_loss(inputs)
});
/**
* | output |
* | --- |
* | "Epochs" |
*
* @param {Report_Col_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_epochs = /** @type {((inputs?: Report_Col_EpochsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_EpochsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_epochs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_epochs(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_epochs(inputs)
	return __en.report_col_epochs(inputs)
});
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Report_Col_KindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_kind = /** @type {((inputs?: Report_Col_KindInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_KindInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_kind(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_kind(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_kind(inputs)
	return __en.report_col_kind(inputs)
});
/**
* | output |
* | --- |
* | "Last accuracy" |
*
* @param {Report_Col_Last_AccuracyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_last_accuracy = /** @type {((inputs?: Report_Col_Last_AccuracyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Last_AccuracyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_last_accuracy(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_last_accuracy(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_last_accuracy(inputs)
	return __en.report_col_last_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Layer" |
*
* @param {Report_Col_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_layer = /** @type {((inputs?: Report_Col_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_layer(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_layer(inputs)
	return __en.report_col_layer(inputs)
});
/**
* | output |
* | --- |
* | "Params" |
*
* @param {Report_Col_ParamsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_params = /** @type {((inputs?: Report_Col_ParamsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_ParamsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_params(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_params(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_params(inputs)
	return __en.report_col_params(inputs)
});
/**
* | output |
* | --- |
* | "Run" |
*
* @param {Report_Col_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_run = /** @type {((inputs?: Report_Col_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_run(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_run(inputs)
	return __en.report_col_run(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Report_Col_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_settings = /** @type {((inputs?: Report_Col_SettingsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_SettingsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_settings(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_settings(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_settings(inputs)
	return __en.report_col_settings(inputs)
});
/**
* | output |
* | --- |
* | "Output shape" |
*
* @param {Report_Col_ShapeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_shape = /** @type {((inputs?: Report_Col_ShapeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_ShapeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_shape(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_shape(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_shape(inputs)
	return __en.report_col_shape(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Report_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_col_status = /** @type {((inputs?: Report_Col_StatusInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_StatusInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_col_status(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_col_status(inputs)
	if (locale === "en-XA") return __en_xa2.report_col_status(inputs)
	return __en.report_col_status(inputs)
});
/**
* | output |
* | --- |
* | "{metric} per epoch (training solid, validation dashed)" |
*
* @param {Report_Curve_CaptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_curve_caption = /** @type {((inputs: Report_Curve_CaptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Curve_CaptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_curve_caption(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_curve_caption(inputs)
	if (locale === "en-XA") return __en_xa2.report_curve_caption(inputs)
	return __en.report_curve_caption(inputs)
});
/**
* | output |
* | --- |
* | "Curves" |
*
* @param {Report_CurvesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_curves = /** @type {((inputs?: Report_CurvesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_CurvesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_curves(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_curves(inputs)
	if (locale === "en-XA") return __en_xa2.report_curves(inputs)
	return __en.report_curves(inputs)
});
/**
* | output |
* | --- |
* | "{metric} curves" |
*
* @param {Report_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_curves_label = /** @type {((inputs: Report_Curves_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Curves_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_curves_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_curves_label(inputs)
	if (locale === "en-XA") return __en_xa2.report_curves_label(inputs)
	return __en.report_curves_label(inputs)
});
/**
* | output |
* | --- |
* | "Model diagram" |
*
* @param {Report_Diagram_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_diagram_label = /** @type {((inputs?: Report_Diagram_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Diagram_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_diagram_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_diagram_label(inputs)
	if (locale === "en-XA") return __en_xa2.report_diagram_label(inputs)
	return __en.report_diagram_label(inputs)
});
/**
* | output |
* | --- |
* | "done" |
*
* @param {Report_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_done = /** @type {((inputs?: Report_DoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_DoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_done(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_done(inputs)
	if (locale === "en-XA") return __en_xa2.report_done(inputs)
	return __en.report_done(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Report_Fingerprint_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_fingerprint_none = /** @type {((inputs?: Report_Fingerprint_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fingerprint_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_fingerprint_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_fingerprint_none(inputs)
	if (locale === "en-XA") return __en_xa2.report_fingerprint_none(inputs)
	return __en.report_fingerprint_none(inputs)
});
/**
* | output |
* | --- |
* | "{student} · {when} UTC · {app} · checks {passed}/{total} · lab fingerprint {fingerprint}" |
*
* @param {Report_MetaInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_meta = /** @type {((inputs: Report_MetaInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_MetaInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_meta(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_meta(inputs)
	if (locale === "en-XA") return __en_xa2.report_meta(inputs)
	return __en.report_meta(inputs)
});
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Report_ModelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_model = /** @type {((inputs?: Report_ModelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_ModelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_model(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_model(inputs)
	if (locale === "en-XA") return __en_xa2.report_model(inputs)
	return __en.report_model(inputs)
});
/**
* | output |
* | --- |
* | "No answer" |
*
* @param {Report_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_no_answer = /** @type {((inputs?: Report_No_AnswerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_No_AnswerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_no_answer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_no_answer(inputs)
	if (locale === "en-XA") return __en_xa2.report_no_answer(inputs)
	return __en.report_no_answer(inputs)
});
/**
* | output |
* | --- |
* | "No name given" |
*
* @param {Report_No_NameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_no_name = /** @type {((inputs?: Report_No_NameInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_No_NameInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_no_name(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_no_name(inputs)
	if (locale === "en-XA") return __en_xa2.report_no_name(inputs)
	return __en.report_no_name(inputs)
});
/**
* | output |
* | --- |
* | "No finished runs." |
*
* @param {Report_No_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_no_runs = /** @type {((inputs?: Report_No_RunsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_No_RunsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_no_runs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_no_runs(inputs)
	if (locale === "en-XA") return __en_xa2.report_no_runs(inputs)
	return __en.report_no_runs(inputs)
});
/**
* | output |
* | --- |
* | "{count} params" |
*
* @param {Report_ParamsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_params = /** @type {((inputs: Report_ParamsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_ParamsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_params(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_params(inputs)
	if (locale === "en-XA") return __en_xa2.report_params(inputs)
	return __en.report_params(inputs)
});
/**
* | output |
* | --- |
* | "Runs" |
*
* @param {Report_RunsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_runs = /** @type {((inputs?: Report_RunsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_RunsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_runs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_runs(inputs)
	if (locale === "en-XA") return __en_xa2.report_runs(inputs)
	return __en.report_runs(inputs)
});
/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Report_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_steps = /** @type {((inputs?: Report_StepsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_StepsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_steps(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_steps(inputs)
	if (locale === "en-XA") return __en_xa2.report_steps(inputs)
	return __en.report_steps(inputs)
});
/**
* | output |
* | --- |
* | "report" |
*
* @param {Report_Title_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_title_fallback = /** @type {((inputs?: Report_Title_FallbackInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Title_FallbackInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_title_fallback(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_title_fallback(inputs)
	if (locale === "en-XA") return __en_xa2.report_title_fallback(inputs)
	return __en.report_title_fallback(inputs)
});
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Report_TotalInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const report_total = /** @type {((inputs?: Report_TotalInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_TotalInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.report_total(inputs)
	if (locale === "zh-Hant") return __zh_hant1.report_total(inputs)
	if (locale === "en-XA") return __en_xa2.report_total(inputs)
	return __en.report_total(inputs)
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
* | "{label} must be at least {limit}, not {value}." |
*
* @param {Sweep_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_at_least = /** @type {((inputs: Sweep_At_LeastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_At_LeastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_at_least(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_at_least(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_at_least(inputs)
	return __en.sweep_at_least(inputs)
});
/**
* | output |
* | --- |
* | "{label} must be at most {limit}, not {value}." |
*
* @param {Sweep_At_MostInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_at_most = /** @type {((inputs: Sweep_At_MostInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_At_MostInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_at_most(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_at_most(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_at_most(inputs)
	return __en.sweep_at_most(inputs)
});
/**
* | output |
* | --- |
* | "every {kind} layer ({count})" |
*
* @param {Sweep_EveryInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_every = /** @type {((inputs: Sweep_EveryInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_EveryInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_every(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_every(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_every(inputs)
	return __en.sweep_every(inputs)
});
/**
* | output |
* | --- |
* | "Give {label} at least one value, separated by commas." |
*
* @param {Sweep_Give_ValueInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_give_value = /** @type {((inputs: Sweep_Give_ValueInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Give_ValueInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_give_value(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_give_value(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_give_value(inputs)
	return __en.sweep_give_value(inputs)
});
/**
* | output |
* | --- |
* | "the {count} hidden {kind} layers, not the output" |
*
* @param {Sweep_HiddenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_hidden = /** @type {((inputs: Sweep_HiddenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_HiddenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_hidden(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_hidden(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_hidden(inputs)
	return __en.sweep_hidden(inputs)
});
/**
* | output |
* | --- |
* | "{problem} Change the ends or the steps, or give a list." |
*
* @param {Sweep_Integer_RangeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_integer_range = /** @type {((inputs: Sweep_Integer_RangeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Integer_RangeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_integer_range(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_integer_range(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_integer_range(inputs)
	return __en.sweep_integer_range(inputs)
});
/**
* | output |
* | --- |
* | "{label} must be less than {limit}, not {value}." |
*
* @param {Sweep_Less_ThanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_less_than = /** @type {((inputs: Sweep_Less_ThanInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Less_ThanInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_less_than(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_less_than(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_less_than(inputs)
	return __en.sweep_less_than(inputs)
});
/**
* | output |
* | --- |
* | "A log range needs positive ends; use a linear range for {label} to include 0." |
*
* @param {Sweep_Log_PositiveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_log_positive = /** @type {((inputs: Sweep_Log_PositiveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Log_PositiveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_log_positive(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_log_positive(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_log_positive(inputs)
	return __en.sweep_log_positive(inputs)
});
/**
* | output |
* | --- |
* | "{label} must be more than {limit}, not {value}." |
*
* @param {Sweep_More_ThanInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_more_than = /** @type {((inputs: Sweep_More_ThanInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_More_ThanInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_more_than(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_more_than(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_more_than(inputs)
	return __en.sweep_more_than(inputs)
});
/**
* | output |
* | --- |
* | "{label} takes a list of values, not a range." |
*
* @param {Sweep_No_RangeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_no_range = /** @type {((inputs: Sweep_No_RangeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_No_RangeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_no_range(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_no_range(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_no_range(inputs)
	return __en.sweep_no_range(inputs)
});
/**
* | output |
* | --- |
* | "{label} takes true or false (on/off), not '{word}'." |
*
* @param {Sweep_Not_BoolInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_not_bool = /** @type {((inputs: Sweep_Not_BoolInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Not_BoolInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_not_bool(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_not_bool(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_not_bool(inputs)
	return __en.sweep_not_bool(inputs)
});
/**
* | output |
* | --- |
* | "'{word}' is not a number; write {label} values like 0.3, 0.5, 0.7." |
*
* @param {Sweep_Not_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_not_number = /** @type {((inputs: Sweep_Not_NumberInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Not_NumberInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_not_number(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_not_number(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_not_number(inputs)
	return __en.sweep_not_number(inputs)
});
/**
* | output |
* | --- |
* | "'{word}' is not one of {options}." |
*
* @param {Sweep_Not_OptionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_not_option = /** @type {((inputs: Sweep_Not_OptionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Not_OptionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_not_option(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_not_option(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_not_option(inputs)
	return __en.sweep_not_option(inputs)
});
/**
* | output |
* | --- |
* | "only {layer}" |
*
* @param {Sweep_OnlyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_only = /** @type {((inputs: Sweep_OnlyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_OnlyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_only(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_only(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_only(inputs)
	return __en.sweep_only(inputs)
});
/**
* | output |
* | --- |
* | "Give the range of {label} a start and an end." |
*
* @param {Sweep_Range_EndsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_range_ends = /** @type {((inputs: Sweep_Range_EndsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Range_EndsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_range_ends(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_range_ends(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_range_ends(inputs)
	return __en.sweep_range_ends(inputs)
});
/**
* | output |
* | --- |
* | "The range of {label} starts and ends at {value}: make the ends differ." |
*
* @param {Sweep_Range_SameInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_range_same = /** @type {((inputs: Sweep_Range_SameInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Range_SameInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_range_same(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_range_same(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_range_same(inputs)
	return __en.sweep_range_same(inputs)
});
/**
* | output |
* | --- |
* | "A range takes 2 to {max} steps, not {steps}." |
*
* @param {Sweep_Range_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_range_steps = /** @type {((inputs: Sweep_Range_StepsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Range_StepsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_range_steps(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_range_steps(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_range_steps(inputs)
	return __en.sweep_range_steps(inputs)
});
/**
* | output |
* | --- |
* | "A sweep takes at most {max} values; {label} has {count}." |
*
* @param {Sweep_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_too_many = /** @type {((inputs: Sweep_Too_ManyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_Too_ManyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_too_many(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_too_many(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_too_many(inputs)
	return __en.sweep_too_many(inputs)
});
/**
* | output |
* | --- |
* | "{value} is listed twice." |
*
* @param {Sweep_TwiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_twice = /** @type {((inputs: Sweep_TwiceInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_TwiceInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_twice(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_twice(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_twice(inputs)
	return __en.sweep_twice(inputs)
});
/**
* | output |
* | --- |
* | "{label} takes whole numbers, not {value}." |
*
* @param {Sweep_WholeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const sweep_whole = /** @type {((inputs: Sweep_WholeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sweep_WholeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.sweep_whole(inputs)
	if (locale === "zh-Hant") return __zh_hant1.sweep_whole(inputs)
	if (locale === "en-XA") return __en_xa2.sweep_whole(inputs)
	return __en.sweep_whole(inputs)
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
* | "a file" |
*
* @param {Teach_A_FileInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_a_file = /** @type {((inputs?: Teach_A_FileInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_A_FileInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_a_file(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_a_file(inputs)
	if (locale === "en-XA") return __en_xa2.teach_a_file(inputs)
	return __en.teach_a_file(inputs)
});
/**
* | output |
* | --- |
* | "above" |
*
* @param {Teach_AboveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_above = /** @type {((inputs?: Teach_AboveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_AboveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_above(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_above(inputs)
	if (locale === "en-XA") return __en_xa2.teach_above(inputs)
	return __en.teach_above(inputs)
});
/**
* | output |
* | --- |
* | "Add a check" |
*
* @param {Teach_Add_CheckInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_check = /** @type {((inputs?: Teach_Add_CheckInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Add_CheckInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_add_check(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_add_check(inputs)
	if (locale === "en-XA") return __en_xa2.teach_add_check(inputs)
	return __en.teach_add_check(inputs)
});
/**
* | output |
* | --- |
* | "+ check…" |
*
* @param {Teach_Add_Check_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_check_first = /** @type {((inputs?: Teach_Add_Check_FirstInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Add_Check_FirstInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_add_check_first(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_add_check_first(inputs)
	if (locale === "en-XA") return __en_xa2.teach_add_check_first(inputs)
	return __en.teach_add_check_first(inputs)
});
/**
* | output |
* | --- |
* | "Add a question" |
*
* @param {Teach_Add_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_question = /** @type {((inputs?: Teach_Add_QuestionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Add_QuestionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_add_question(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_add_question(inputs)
	if (locale === "en-XA") return __en_xa2.teach_add_question(inputs)
	return __en.teach_add_question(inputs)
});
/**
* | output |
* | --- |
* | "+ question…" |
*
* @param {Teach_Add_Question_FirstInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_question_first = /** @type {((inputs?: Teach_Add_Question_FirstInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Add_Question_FirstInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_add_question_first(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_add_question_first(inputs)
	if (locale === "en-XA") return __en_xa2.teach_add_question_first(inputs)
	return __en.teach_add_question_first(inputs)
});
/**
* | output |
* | --- |
* | "+ Add a step" |
*
* @param {Teach_Add_StepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_step = /** @type {((inputs?: Teach_Add_StepInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Add_StepInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_add_step(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_add_step(inputs)
	if (locale === "en-XA") return __en_xa2.teach_add_step(inputs)
	return __en.teach_add_step(inputs)
});
/**
* | output |
* | --- |
* | "Add steps" |
*
* @param {Teach_Add_StepsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_add_steps = /** @type {((inputs?: Teach_Add_StepsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Add_StepsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_add_steps(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_add_steps(inputs)
	if (locale === "en-XA") return __en_xa2.teach_add_steps(inputs)
	return __en.teach_add_steps(inputs)
});
/**
* | output |
* | --- |
* | "+ another run" |
*
* @param {Teach_Another_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_another_run = /** @type {((inputs?: Teach_Another_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Another_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_another_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_another_run(inputs)
	if (locale === "en-XA") return __en_xa2.teach_another_run(inputs)
	return __en.teach_another_run(inputs)
});
/**
* | output |
* | --- |
* | "at" |
*
* @param {Teach_AtInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_at = /** @type {((inputs?: Teach_AtInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_AtInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_at(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_at(inputs)
	if (locale === "en-XA") return __en_xa2.teach_at(inputs)
	return __en.teach_at(inputs)
});
/**
* | output |
* | --- |
* | "its best epoch" |
*
* @param {Teach_At_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_at_best = /** @type {((inputs?: Teach_At_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_At_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_at_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_at_best(inputs)
	if (locale === "en-XA") return __en_xa2.teach_at_best(inputs)
	return __en.teach_at_best(inputs)
});
/**
* | output |
* | --- |
* | "its last epoch" |
*
* @param {Teach_At_LastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_at_last = /** @type {((inputs?: Teach_At_LastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_At_LastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_at_last(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_at_last(inputs)
	if (locale === "en-XA") return __en_xa2.teach_at_last(inputs)
	return __en.teach_at_last(inputs)
});
/**
* | output |
* | --- |
* | "author" |
*
* @param {Teach_AuthorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_author = /** @type {((inputs?: Teach_AuthorInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_AuthorInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_author(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_author(inputs)
	if (locale === "en-XA") return __en_xa2.teach_author(inputs)
	return __en.teach_author(inputs)
});
/**
* | output |
* | --- |
* | "below" |
*
* @param {Teach_BelowInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_below = /** @type {((inputs?: Teach_BelowInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_BelowInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_below(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_below(inputs)
	if (locale === "en-XA") return __en_xa2.teach_below(inputs)
	return __en.teach_below(inputs)
});
/**
* | output |
* | --- |
* | "learning rate ≤" |
*
* @param {Teach_Bound_Lr_MaxInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_lr_max = /** @type {((inputs?: Teach_Bound_Lr_MaxInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Bound_Lr_MaxInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_bound_lr_max(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_bound_lr_max(inputs)
	if (locale === "en-XA") return __en_xa2.teach_bound_lr_max(inputs)
	return __en.teach_bound_lr_max(inputs)
});
/**
* | output |
* | --- |
* | "learning rate ≥" |
*
* @param {Teach_Bound_Lr_MinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_lr_min = /** @type {((inputs?: Teach_Bound_Lr_MinInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Bound_Lr_MinInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_bound_lr_min(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_bound_lr_min(inputs)
	if (locale === "en-XA") return __en_xa2.teach_bound_lr_min(inputs)
	return __en.teach_bound_lr_min(inputs)
});
/**
* | output |
* | --- |
* | "parameters ≤" |
*
* @param {Teach_Bound_Params_MaxInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_params_max = /** @type {((inputs?: Teach_Bound_Params_MaxInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Bound_Params_MaxInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_bound_params_max(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_bound_params_max(inputs)
	if (locale === "en-XA") return __en_xa2.teach_bound_params_max(inputs)
	return __en.teach_bound_params_max(inputs)
});
/**
* | output |
* | --- |
* | "parameters ≥" |
*
* @param {Teach_Bound_Params_MinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_params_min = /** @type {((inputs?: Teach_Bound_Params_MinInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Bound_Params_MinInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_bound_params_min(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_bound_params_min(inputs)
	if (locale === "en-XA") return __en_xa2.teach_bound_params_min(inputs)
	return __en.teach_bound_params_min(inputs)
});
/**
* | output |
* | --- |
* | "label smoothing ≥" |
*
* @param {Teach_Bound_Smoothing_MinInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_bound_smoothing_min = /** @type {((inputs?: Teach_Bound_Smoothing_MinInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Bound_Smoothing_MinInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_bound_smoothing_min(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_bound_smoothing_min(inputs)
	if (locale === "en-XA") return __en_xa2.teach_bound_smoothing_min(inputs)
	return __en.teach_bound_smoothing_min(inputs)
});
/**
* | output |
* | --- |
* | "Runs compared" |
*
* @param {Teach_Check_ComparedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_compared = /** @type {((inputs?: Teach_Check_ComparedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Check_ComparedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_check_compared(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_check_compared(inputs)
	if (locale === "en-XA") return __en_xa2.teach_check_compared(inputs)
	return __en.teach_check_compared(inputs)
});
/**
* | output |
* | --- |
* | "Early stopping stopped a run" |
*
* @param {Teach_Check_Early_StoppedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_early_stopped = /** @type {((inputs?: Teach_Check_Early_StoppedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Check_Early_StoppedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_check_early_stopped(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_check_early_stopped(inputs)
	if (locale === "en-XA") return __en_xa2.teach_check_early_stopped(inputs)
	return __en.teach_check_early_stopped(inputs)
});
/**
* | output |
* | --- |
* | "A grid finished" |
*
* @param {Teach_Check_GridInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_grid = /** @type {((inputs?: Teach_Check_GridInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Check_GridInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_check_grid(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_check_grid(inputs)
	if (locale === "en-XA") return __en_xa2.teach_check_grid(inputs)
	return __en.teach_check_grid(inputs)
});
/**
* | output |
* | --- |
* | "Check kind" |
*
* @param {Teach_Check_KindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_kind = /** @type {((inputs?: Teach_Check_KindInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Check_KindInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_check_kind(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_check_kind(inputs)
	if (locale === "en-XA") return __en_xa2.teach_check_kind(inputs)
	return __en.teach_check_kind(inputs)
});
/**
* | output |
* | --- |
* | "A metric reaches a bound" |
*
* @param {Teach_Check_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_metric = /** @type {((inputs?: Teach_Check_MetricInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Check_MetricInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_check_metric(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_check_metric(inputs)
	if (locale === "en-XA") return __en_xa2.teach_check_metric(inputs)
	return __en.teach_check_metric(inputs)
});
/**
* | output |
* | --- |
* | "A run overfits" |
*
* @param {Teach_Check_OverfitsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_overfits = /** @type {((inputs?: Teach_Check_OverfitsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Check_OverfitsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_check_overfits(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_check_overfits(inputs)
	if (locale === "en-XA") return __en_xa2.teach_check_overfits(inputs)
	return __en.teach_check_overfits(inputs)
});
/**
* | output |
* | --- |
* | "This check cannot hold that: {path} {message}." |
*
* @param {Teach_Check_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_problem = /** @type {((inputs: Teach_Check_ProblemInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Check_ProblemInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_check_problem(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_check_problem(inputs)
	if (locale === "en-XA") return __en_xa2.teach_check_problem(inputs)
	return __en.teach_check_problem(inputs)
});
/**
* | output |
* | --- |
* | "Sparse weights" |
*
* @param {Teach_Check_SparsityInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_check_sparsity = /** @type {((inputs?: Teach_Check_SparsityInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Check_SparsityInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_check_sparsity(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_check_sparsity(inputs)
	if (locale === "en-XA") return __en_xa2.teach_check_sparsity(inputs)
	return __en.teach_check_sparsity(inputs)
});
/**
* | output |
* | --- |
* | "Choices" |
*
* @param {Teach_ChoicesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_choices = /** @type {((inputs?: Teach_ChoicesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_ChoicesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_choices(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_choices(inputs)
	if (locale === "en-XA") return __en_xa2.teach_choices(inputs)
	return __en.teach_choices(inputs)
});
/**
* | output |
* | --- |
* | "choices, one a line" |
*
* @param {Teach_Choices_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_choices_label = /** @type {((inputs?: Teach_Choices_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Choices_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_choices_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_choices_label(inputs)
	if (locale === "en-XA") return __en_xa2.teach_choices_label(inputs)
	return __en.teach_choices_label(inputs)
});
/**
* | output |
* | --- |
* | "e.g. Dropout" |
*
* @param {Teach_Eg_DropoutInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_eg_dropout = /** @type {((inputs?: Teach_Eg_DropoutInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Eg_DropoutInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_eg_dropout(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_eg_dropout(inputs)
	if (locale === "en-XA") return __en_xa2.teach_eg_dropout(inputs)
	return __en.teach_eg_dropout(inputs)
});
/**
* | output |
* | --- |
* | "e.g. Flatten" |
*
* @param {Teach_Eg_FlattenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_eg_flatten = /** @type {((inputs?: Teach_Eg_FlattenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Eg_FlattenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_eg_flatten(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_eg_flatten(inputs)
	if (locale === "en-XA") return __en_xa2.teach_eg_flatten(inputs)
	return __en.teach_eg_flatten(inputs)
});
/**
* | output |
* | --- |
* | "either" |
*
* @param {Teach_EitherInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_either = /** @type {((inputs?: Teach_EitherInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_EitherInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_either(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_either(inputs)
	if (locale === "en-XA") return __en_xa2.teach_either(inputs)
	return __en.teach_either(inputs)
});
/**
* | output |
* | --- |
* | "{count} epochs" |
*
* @param {Teach_Epochs_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_epochs_count = /** @type {((inputs: Teach_Epochs_CountInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Epochs_CountInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_epochs_count(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_epochs_count(inputs)
	if (locale === "en-XA") return __en_xa2.teach_epochs_count(inputs)
	return __en.teach_epochs_count(inputs)
});
/**
* | output |
* | --- |
* | "epochs of rise" |
*
* @param {Teach_Epochs_Of_RiseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_epochs_of_rise = /** @type {((inputs?: Teach_Epochs_Of_RiseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Epochs_Of_RiseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_epochs_of_rise(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_epochs_of_rise(inputs)
	if (locale === "en-XA") return __en_xa2.teach_epochs_of_rise(inputs)
	return __en.teach_epochs_of_rise(inputs)
});
/**
* | output |
* | --- |
* | "expected minutes" |
*
* @param {Teach_Expected_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_expected_minutes = /** @type {((inputs?: Teach_Expected_MinutesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Expected_MinutesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_expected_minutes(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_expected_minutes(inputs)
	if (locale === "en-XA") return __en_xa2.teach_expected_minutes(inputs)
	return __en.teach_expected_minutes(inputs)
});
/**
* | output |
* | --- |
* | "the first with weights" |
*
* @param {Teach_First_With_WeightsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_first_with_weights = /** @type {((inputs?: Teach_First_With_WeightsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_First_With_WeightsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_first_with_weights(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_first_with_weights(inputs)
	if (locale === "en-XA") return __en_xa2.teach_first_with_weights(inputs)
	return __en.teach_first_with_weights(inputs)
});
/**
* | output |
* | --- |
* | "augmentation" |
*
* @param {Teach_Flag_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_flag_augmentation = /** @type {((inputs?: Teach_Flag_AugmentationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Flag_AugmentationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_flag_augmentation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_flag_augmentation(inputs)
	if (locale === "en-XA") return __en_xa2.teach_flag_augmentation(inputs)
	return __en.teach_flag_augmentation(inputs)
});
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Teach_Flag_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_flag_early_stopping = /** @type {((inputs?: Teach_Flag_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Flag_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_flag_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_flag_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.teach_flag_early_stopping(inputs)
	return __en.teach_flag_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Teach_Flag_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_flag_shuffled_labels = /** @type {((inputs?: Teach_Flag_Shuffled_LabelsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Flag_Shuffled_LabelsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_flag_shuffled_labels(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_flag_shuffled_labels(inputs)
	if (locale === "en-XA") return __en_xa2.teach_flag_shuffled_labels(inputs)
	return __en.teach_flag_shuffled_labels(inputs)
});
/**
* | output |
* | --- |
* | "folds" |
*
* @param {Teach_FoldsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_folds = /** @type {((inputs?: Teach_FoldsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_FoldsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_folds(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_folds(inputs)
	if (locale === "en-XA") return __en_xa2.teach_folds(inputs)
	return __en.teach_folds(inputs)
});
/**
* | output |
* | --- |
* | "folds at least" |
*
* @param {Teach_Folds_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_folds_at_least = /** @type {((inputs?: Teach_Folds_At_LeastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Folds_At_LeastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_folds_at_least(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_folds_at_least(inputs)
	if (locale === "en-XA") return __en_xa2.teach_folds_at_least(inputs)
	return __en.teach_folds_at_least(inputs)
});
/**
* | output |
* | --- |
* | "The grid cannot sweep what the lab locks: its runs must keep the locked settings and layers." |
*
* @param {Teach_Grid_LockedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_grid_locked = /** @type {((inputs?: Teach_Grid_LockedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Grid_LockedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_grid_locked(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_grid_locked(inputs)
	if (locale === "en-XA") return __en_xa2.teach_grid_locked(inputs)
	return __en.teach_grid_locked(inputs)
});
/**
* | output |
* | --- |
* | "The grid cannot sweep what the lab locks ({author}): its runs must keep the locked settings and layers." |
*
* @param {Teach_Grid_Locked_AuthorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_grid_locked_author = /** @type {((inputs: Teach_Grid_Locked_AuthorInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Grid_Locked_AuthorInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_grid_locked_author(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_grid_locked_author(inputs)
	if (locale === "en-XA") return __en_xa2.teach_grid_locked_author(inputs)
	return __en.teach_grid_locked_author(inputs)
});
/**
* | output |
* | --- |
* | "{what} is locked" |
*
* @param {Teach_Is_LockedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_is_locked = /** @type {((inputs: Teach_Is_LockedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Is_LockedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_is_locked(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_is_locked(inputs)
	if (locale === "en-XA") return __en_xa2.teach_is_locked(inputs)
	return __en.teach_is_locked(inputs)
});
/**
* | output |
* | --- |
* | "layer" |
*
* @param {Teach_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_layer = /** @type {((inputs?: Teach_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_layer(inputs)
	if (locale === "en-XA") return __en_xa2.teach_layer(inputs)
	return __en.teach_layer(inputs)
});
/**
* | output |
* | --- |
* | "{count} layers" |
*
* @param {Teach_Layers_CountInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_layers_count = /** @type {((inputs: Teach_Layers_CountInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Layers_CountInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_layers_count(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_layers_count(inputs)
	if (locale === "en-XA") return __en_xa2.teach_layers_count(inputs)
	return __en.teach_layers_count(inputs)
});
/**
* | output |
* | --- |
* | "Lock {what}" |
*
* @param {Teach_Lock_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_lock_label = /** @type {((inputs: Teach_Lock_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Lock_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_lock_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_lock_label(inputs)
	if (locale === "en-XA") return __en_xa2.teach_lock_label(inputs)
	return __en.teach_lock_label(inputs)
});
/**
* | output |
* | --- |
* | "Lock {what} for students (sets seed 1)" |
*
* @param {Teach_Lock_Seed_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_lock_seed_title = /** @type {((inputs: Teach_Lock_Seed_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Lock_Seed_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_lock_seed_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_lock_seed_title(inputs)
	if (locale === "en-XA") return __en_xa2.teach_lock_seed_title(inputs)
	return __en.teach_lock_seed_title(inputs)
});
/**
* | output |
* | --- |
* | "Lock {what} for students" |
*
* @param {Teach_Lock_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_lock_title = /** @type {((inputs: Teach_Lock_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Lock_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_lock_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_lock_title(inputs)
	if (locale === "en-XA") return __en_xa2.teach_lock_title(inputs)
	return __en.teach_lock_title(inputs)
});
/**
* | output |
* | --- |
* | "Locked by the lab: {why}." |
*
* @param {Teach_Locked_ByInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_locked_by = /** @type {((inputs: Teach_Locked_ByInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Locked_ByInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_locked_by(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_locked_by(inputs)
	if (locale === "en-XA") return __en_xa2.teach_locked_by(inputs)
	return __en.teach_locked_by(inputs)
});
/**
* | output |
* | --- |
* | "Locked by the lab ({author}): {why}." |
*
* @param {Teach_Locked_By_AuthorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_locked_by_author = /** @type {((inputs: Teach_Locked_By_AuthorInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Locked_By_AuthorInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_locked_by_author(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_locked_by_author(inputs)
	if (locale === "en-XA") return __en_xa2.teach_locked_by_author(inputs)
	return __en.teach_locked_by_author(inputs)
});
/**
* | output |
* | --- |
* | "This lab's locked parts were changed since the teacher saved it: your report will be flagged." |
*
* @param {Teach_Locked_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_locked_changed = /** @type {((inputs?: Teach_Locked_ChangedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Locked_ChangedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_locked_changed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_locked_changed(inputs)
	if (locale === "en-XA") return __en_xa2.teach_locked_changed(inputs)
	return __en.teach_locked_changed(inputs)
});
/**
* | output |
* | --- |
* | "Locked for students: click to unlock {what}" |
*
* @param {Teach_Locked_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_locked_title = /** @type {((inputs: Teach_Locked_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Locked_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_locked_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_locked_title(inputs)
	if (locale === "en-XA") return __en_xa2.teach_locked_title(inputs)
	return __en.teach_locked_title(inputs)
});
/**
* | output |
* | --- |
* | "metric" |
*
* @param {Teach_MetricInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_metric = /** @type {((inputs?: Teach_MetricInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_MetricInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_metric(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_metric(inputs)
	if (locale === "en-XA") return __en_xa2.teach_metric(inputs)
	return __en.teach_metric(inputs)
});
/**
* | output |
* | --- |
* | "minutes" |
*
* @param {Teach_MinutesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_minutes = /** @type {((inputs?: Teach_MinutesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_MinutesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_minutes(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_minutes(inputs)
	if (locale === "en-XA") return __en_xa2.teach_minutes(inputs)
	return __en.teach_minutes(inputs)
});
/**
* | output |
* | --- |
* | "Move step down" |
*
* @param {Teach_Move_DownInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_move_down = /** @type {((inputs?: Teach_Move_DownInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Move_DownInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_move_down(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_move_down(inputs)
	if (locale === "en-XA") return __en_xa2.teach_move_down(inputs)
	return __en.teach_move_down(inputs)
});
/**
* | output |
* | --- |
* | "Move step up" |
*
* @param {Teach_Move_UpInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_move_up = /** @type {((inputs?: Teach_Move_UpInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Move_UpInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_move_up(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_move_up(inputs)
	if (locale === "en-XA") return __en_xa2.teach_move_up(inputs)
	return __en.teach_move_up(inputs)
});
/**
* | output |
* | --- |
* | "no" |
*
* @param {Teach_NoInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_no = /** @type {((inputs?: Teach_NoInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_NoInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_no(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_no(inputs)
	if (locale === "en-XA") return __en_xa2.teach_no(inputs)
	return __en.teach_no(inputs)
});
/**
* | output |
* | --- |
* | "This lab has no steps. Add steps to write instructions, questions and checks, and to lock what students must not change." |
*
* @param {Teach_No_Steps_HintInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_no_steps_hint = /** @type {((inputs?: Teach_No_Steps_HintInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_No_Steps_HintInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_no_steps_hint(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_no_steps_hint(inputs)
	if (locale === "en-XA") return __en_xa2.teach_no_steps_hint(inputs)
	return __en.teach_no_steps_hint(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Teach_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_none = /** @type {((inputs?: Teach_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_none(inputs)
	if (locale === "en-XA") return __en_xa2.teach_none(inputs)
	return __en.teach_none(inputs)
});
/**
* | output |
* | --- |
* | "not given" |
*
* @param {Teach_Not_GivenInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_not_given = /** @type {((inputs?: Teach_Not_GivenInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Not_GivenInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_not_given(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_not_given(inputs)
	if (locale === "en-XA") return __en_xa2.teach_not_given(inputs)
	return __en.teach_not_given(inputs)
});
/**
* | output |
* | --- |
* | "Preview" |
*
* @param {Teach_PreviewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_preview = /** @type {((inputs?: Teach_PreviewInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_PreviewInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_preview(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_preview(inputs)
	if (locale === "en-XA") return __en_xa2.teach_preview(inputs)
	return __en.teach_preview(inputs)
});
/**
* | output |
* | --- |
* | "Question" |
*
* @param {Teach_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question = /** @type {((inputs?: Teach_QuestionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_QuestionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_question(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_question(inputs)
	if (locale === "en-XA") return __en_xa2.teach_question(inputs)
	return __en.teach_question(inputs)
});
/**
* | output |
* | --- |
* | "Multiple choice" |
*
* @param {Teach_Question_ChoiceInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_choice = /** @type {((inputs?: Teach_Question_ChoiceInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Question_ChoiceInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_question_choice(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_question_choice(inputs)
	if (locale === "en-XA") return __en_xa2.teach_question_choice(inputs)
	return __en.teach_question_choice(inputs)
});
/**
* | output |
* | --- |
* | "Question kind" |
*
* @param {Teach_Question_KindInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_kind = /** @type {((inputs?: Teach_Question_KindInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Question_KindInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_question_kind(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_question_kind(inputs)
	if (locale === "en-XA") return __en_xa2.teach_question_kind(inputs)
	return __en.teach_question_kind(inputs)
});
/**
* | output |
* | --- |
* | "A number" |
*
* @param {Teach_Question_NumberInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_number = /** @type {((inputs?: Teach_Question_NumberInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Question_NumberInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_question_number(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_question_number(inputs)
	if (locale === "en-XA") return __en_xa2.teach_question_number(inputs)
	return __en.teach_question_number(inputs)
});
/**
* | output |
* | --- |
* | "The question (Markdown)" |
*
* @param {Teach_Question_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_placeholder = /** @type {((inputs?: Teach_Question_PlaceholderInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Question_PlaceholderInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_question_placeholder(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_question_placeholder(inputs)
	if (locale === "en-XA") return __en_xa2.teach_question_placeholder(inputs)
	return __en.teach_question_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Short answer" |
*
* @param {Teach_Question_TextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_question_text = /** @type {((inputs?: Teach_Question_TextInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Question_TextInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_question_text(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_question_text(inputs)
	if (locale === "en-XA") return __en_xa2.teach_question_text(inputs)
	return __en.teach_question_text(inputs)
});
/**
* | output |
* | --- |
* | "{subject} is locked by the lab: {why}." |
*
* @param {Teach_RefusedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_refused = /** @type {((inputs: Teach_RefusedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_RefusedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_refused(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_refused(inputs)
	if (locale === "en-XA") return __en_xa2.teach_refused(inputs)
	return __en.teach_refused(inputs)
});
/**
* | output |
* | --- |
* | "{subject} is locked by the lab ({author}): {why}." |
*
* @param {Teach_Refused_AuthorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_refused_author = /** @type {((inputs: Teach_Refused_AuthorInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Refused_AuthorInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_refused_author(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_refused_author(inputs)
	if (locale === "en-XA") return __en_xa2.teach_refused_author(inputs)
	return __en.teach_refused_author(inputs)
});
/**
* | output |
* | --- |
* | "regularizer" |
*
* @param {Teach_RegularizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_regularizer = /** @type {((inputs?: Teach_RegularizerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_RegularizerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_regularizer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_regularizer(inputs)
	if (locale === "en-XA") return __en_xa2.teach_regularizer(inputs)
	return __en.teach_regularizer(inputs)
});
/**
* | output |
* | --- |
* | "Remove this check" |
*
* @param {Teach_Remove_CheckInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_remove_check = /** @type {((inputs?: Teach_Remove_CheckInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Remove_CheckInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_remove_check(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_remove_check(inputs)
	if (locale === "en-XA") return __en_xa2.teach_remove_check(inputs)
	return __en.teach_remove_check(inputs)
});
/**
* | output |
* | --- |
* | "Remove this question" |
*
* @param {Teach_Remove_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_remove_question = /** @type {((inputs?: Teach_Remove_QuestionInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Remove_QuestionInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_remove_question(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_remove_question(inputs)
	if (locale === "en-XA") return __en_xa2.teach_remove_question(inputs)
	return __en.teach_remove_question(inputs)
});
/**
* | output |
* | --- |
* | "Remove run {n}" |
*
* @param {Teach_Remove_RunInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_remove_run = /** @type {((inputs: Teach_Remove_RunInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Remove_RunInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_remove_run(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_remove_run(inputs)
	if (locale === "en-XA") return __en_xa2.teach_remove_run(inputs)
	return __en.teach_remove_run(inputs)
});
/**
* | output |
* | --- |
* | "Remove step" |
*
* @param {Teach_Remove_StepInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_remove_step = /** @type {((inputs?: Teach_Remove_StepInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Remove_StepInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_remove_step(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_remove_step(inputs)
	if (locale === "en-XA") return __en_xa2.teach_remove_step(inputs)
	return __en.teach_remove_step(inputs)
});
/**
* | output |
* | --- |
* | "Right answer" |
*
* @param {Teach_Right_AnswerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_right_answer = /** @type {((inputs?: Teach_Right_AnswerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Right_AnswerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_right_answer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_right_answer(inputs)
	if (locale === "en-XA") return __en_xa2.teach_right_answer(inputs)
	return __en.teach_right_answer(inputs)
});
/**
* | output |
* | --- |
* | "right answer" |
*
* @param {Teach_Right_Answer_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_right_answer_label = /** @type {((inputs?: Teach_Right_Answer_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Right_Answer_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_right_answer_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_right_answer_label(inputs)
	if (locale === "en-XA") return __en_xa2.teach_right_answer_label(inputs)
	return __en.teach_right_answer_label(inputs)
});
/**
* | output |
* | --- |
* | "rises for (epochs)" |
*
* @param {Teach_Rises_ForInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_rises_for = /** @type {((inputs?: Teach_Rises_ForInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Rises_ForInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_rises_for(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_rises_for(inputs)
	if (locale === "en-XA") return __en_xa2.teach_rises_for(inputs)
	return __en.teach_rises_for(inputs)
});
/**
* | output |
* | --- |
* | "Runs: any finished run" |
*
* @param {Teach_Runs_AnyInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_runs_any = /** @type {((inputs?: Teach_Runs_AnyInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Runs_AnyInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_runs_any(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_runs_any(inputs)
	if (locale === "en-XA") return __en_xa2.teach_runs_any(inputs)
	return __en.teach_runs_any(inputs)
});
/**
* | output |
* | --- |
* | "Runs: any run {filter}" |
*
* @param {Teach_Runs_FilterInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_runs_filter = /** @type {((inputs: Teach_Runs_FilterInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Runs_FilterInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_runs_filter(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_runs_filter(inputs)
	if (locale === "en-XA") return __en_xa2.teach_runs_filter(inputs)
	return __en.teach_runs_filter(inputs)
});
/**
* | output |
* | --- |
* | "Save for students…" |
*
* @param {Teach_Save_For_StudentsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_save_for_students = /** @type {((inputs?: Teach_Save_For_StudentsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Save_For_StudentsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_save_for_students(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_save_for_students(inputs)
	if (locale === "en-XA") return __en_xa2.teach_save_for_students(inputs)
	return __en.teach_save_for_students(inputs)
});
/**
* | output |
* | --- |
* | "Save this lab as one file for students: its locked parts fingerprinted, your test answers cleared" |
*
* @param {Teach_Save_For_Students_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_save_for_students_title = /** @type {((inputs?: Teach_Save_For_Students_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Save_For_Students_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_save_for_students_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_save_for_students_title(inputs)
	if (locale === "en-XA") return __en_xa2.teach_save_for_students_title(inputs)
	return __en.teach_save_for_students_title(inputs)
});
/**
* | output |
* | --- |
* | "A locked seed needs a value: the seed is now 1 (change it in teacher mode)." |
*
* @param {Teach_Seed_SetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_seed_set = /** @type {((inputs?: Teach_Seed_SetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Seed_SetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_seed_set(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_seed_set(inputs)
	if (locale === "en-XA") return __en_xa2.teach_seed_set(inputs)
	return __en.teach_seed_set(inputs)
});
/**
* | output |
* | --- |
* | "settings" |
*
* @param {Teach_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_settings = /** @type {((inputs?: Teach_SettingsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_SettingsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_settings(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_settings(inputs)
	if (locale === "en-XA") return __en_xa2.teach_settings(inputs)
	return __en.teach_settings(inputs)
});
/**
* | output |
* | --- |
* | "settings at least" |
*
* @param {Teach_Settings_At_LeastInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_settings_at_least = /** @type {((inputs?: Teach_Settings_At_LeastInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Settings_At_LeastInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_settings_at_least(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_settings_at_least(inputs)
	if (locale === "en-XA") return __en_xa2.teach_settings_at_least(inputs)
	return __en.teach_settings_at_least(inputs)
});
/**
* | output |
* | --- |
* | "Setup: {words}" |
*
* @param {Teach_SetupInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup = /** @type {((inputs: Teach_SetupInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_SetupInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_setup(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_setup(inputs)
	if (locale === "en-XA") return __en_xa2.teach_setup(inputs)
	return __en.teach_setup(inputs)
});
/**
* | output |
* | --- |
* | "Clear" |
*
* @param {Teach_Setup_ClearInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup_clear = /** @type {((inputs?: Teach_Setup_ClearInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Setup_ClearInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_setup_clear(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_setup_clear(inputs)
	if (locale === "en-XA") return __en_xa2.teach_setup_clear(inputs)
	return __en.teach_setup_clear(inputs)
});
/**
* | output |
* | --- |
* | "Update" |
*
* @param {Teach_Setup_UpdateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup_update = /** @type {((inputs?: Teach_Setup_UpdateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Setup_UpdateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_setup_update(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_setup_update(inputs)
	if (locale === "en-XA") return __en_xa2.teach_setup_update(inputs)
	return __en.teach_setup_update(inputs)
});
/**
* | output |
* | --- |
* | "Replace the setup with the model, settings and dataset now in the editor" |
*
* @param {Teach_Setup_Update_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup_update_title = /** @type {((inputs?: Teach_Setup_Update_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Setup_Update_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_setup_update_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_setup_update_title(inputs)
	if (locale === "en-XA") return __en_xa2.teach_setup_update_title(inputs)
	return __en.teach_setup_update_title(inputs)
});
/**
* | output |
* | --- |
* | "Use the current model as this step's setup" |
*
* @param {Teach_Setup_UseInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_setup_use = /** @type {((inputs?: Teach_Setup_UseInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Setup_UseInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_setup_use(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_setup_use(inputs)
	if (locale === "en-XA") return __en_xa2.teach_setup_use(inputs)
	return __en.teach_setup_use(inputs)
});
/**
* | output |
* | --- |
* | "share at ~0 above" |
*
* @param {Teach_Share_AboveInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_share_above = /** @type {((inputs?: Teach_Share_AboveInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Share_AboveInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_share_above(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_share_above(inputs)
	if (locale === "en-XA") return __en_xa2.teach_share_above(inputs)
	return __en.teach_share_above(inputs)
});
/**
* | output |
* | --- |
* | "share of weights at zero" |
*
* @param {Teach_Share_At_ZeroInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_share_at_zero = /** @type {((inputs?: Teach_Share_At_ZeroInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Share_At_ZeroInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_share_at_zero(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_share_at_zero(inputs)
	if (locale === "en-XA") return __en_xa2.teach_share_at_zero(inputs)
	return __en.teach_share_at_zero(inputs)
});
/**
* | output |
* | --- |
* | "Step text" |
*
* @param {Teach_Step_TextInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_step_text = /** @type {((inputs?: Teach_Step_TextInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Step_TextInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_step_text(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_step_text(inputs)
	if (locale === "en-XA") return __en_xa2.teach_step_text(inputs)
	return __en.teach_step_text(inputs)
});
/**
* | output |
* | --- |
* | "What the student does and why (Markdown: **bold**, lists, links)" |
*
* @param {Teach_Step_Text_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_step_text_placeholder = /** @type {((inputs?: Teach_Step_Text_PlaceholderInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Step_Text_PlaceholderInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_step_text_placeholder(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_step_text_placeholder(inputs)
	if (locale === "en-XA") return __en_xa2.teach_step_text_placeholder(inputs)
	return __en.teach_step_text_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Step title" |
*
* @param {Teach_Step_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_step_title = /** @type {((inputs?: Teach_Step_TitleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Step_TitleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_step_title(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_step_title(inputs)
	if (locale === "en-XA") return __en_xa2.teach_step_title(inputs)
	return __en.teach_step_title(inputs)
});
/**
* | output |
* | --- |
* | "The lab's steps and locks are the teacher's: they change in teacher mode only." |
*
* @param {Teach_Steps_Are_TeachersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_steps_are_teachers = /** @type {((inputs?: Teach_Steps_Are_TeachersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Steps_Are_TeachersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_steps_are_teachers(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_steps_are_teachers(inputs)
	if (locale === "en-XA") return __en_xa2.teach_steps_are_teachers(inputs)
	return __en.teach_steps_are_teachers(inputs)
});
/**
* | output |
* | --- |
* | "Steps editor" |
*
* @param {Teach_Steps_EditorInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_steps_editor = /** @type {((inputs?: Teach_Steps_EditorInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Steps_EditorInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_steps_editor(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_steps_editor(inputs)
	if (locale === "en-XA") return __en_xa2.teach_steps_editor(inputs)
	return __en.teach_steps_editor(inputs)
});
/**
* | output |
* | --- |
* | "The dataset" |
*
* @param {Teach_Subject_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_subject_dataset = /** @type {((inputs?: Teach_Subject_DatasetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Subject_DatasetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_subject_dataset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_subject_dataset(inputs)
	if (locale === "en-XA") return __en_xa2.teach_subject_dataset(inputs)
	return __en.teach_subject_dataset(inputs)
});
/**
* | output |
* | --- |
* | "Layer {name}" |
*
* @param {Teach_Subject_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_subject_layer = /** @type {((inputs: Teach_Subject_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Subject_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_subject_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_subject_layer(inputs)
	if (locale === "en-XA") return __en_xa2.teach_subject_layer(inputs)
	return __en.teach_subject_layer(inputs)
});
/**
* | output |
* | --- |
* | "The {setting} setting" |
*
* @param {Teach_Subject_SettingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_subject_setting = /** @type {((inputs: Teach_Subject_SettingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Subject_SettingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_subject_setting(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_subject_setting(inputs)
	if (locale === "en-XA") return __en_xa2.teach_subject_setting(inputs)
	return __en.teach_subject_setting(inputs)
});
/**
* | output |
* | --- |
* | "The model's layers and connections" |
*
* @param {Teach_Subject_StructureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_subject_structure = /** @type {((inputs?: Teach_Subject_StructureInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Subject_StructureInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_subject_structure(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_subject_structure(inputs)
	if (locale === "en-XA") return __en_xa2.teach_subject_structure(inputs)
	return __en.teach_subject_structure(inputs)
});
/**
* | output |
* | --- |
* | "topic" |
*
* @param {Teach_TopicInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_topic = /** @type {((inputs?: Teach_TopicInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_TopicInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_topic(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_topic(inputs)
	if (locale === "en-XA") return __en_xa2.teach_topic(inputs)
	return __en.teach_topic(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Teach_Topic_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_topic_none = /** @type {((inputs?: Teach_Topic_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Topic_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_topic_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_topic_none(inputs)
	if (locale === "en-XA") return __en_xa2.teach_topic_none(inputs)
	return __en.teach_topic_none(inputs)
});
/**
* | output |
* | --- |
* | "data augmentation" |
*
* @param {Teach_Training_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_augmentation = /** @type {((inputs?: Teach_Training_AugmentationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_AugmentationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_augmentation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_augmentation(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_augmentation(inputs)
	return __en.teach_training_augmentation(inputs)
});
/**
* | output |
* | --- |
* | "batch size" |
*
* @param {Teach_Training_Batch_SizeInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_batch_size = /** @type {((inputs?: Teach_Training_Batch_SizeInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_Batch_SizeInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_batch_size(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_batch_size(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_batch_size(inputs)
	return __en.teach_training_batch_size(inputs)
});
/**
* | output |
* | --- |
* | "early stopping" |
*
* @param {Teach_Training_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_early_stopping = /** @type {((inputs?: Teach_Training_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_early_stopping(inputs)
	return __en.teach_training_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "epochs" |
*
* @param {Teach_Training_EpochsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_epochs = /** @type {((inputs?: Teach_Training_EpochsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_EpochsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_epochs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_epochs(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_epochs(inputs)
	return __en.teach_training_epochs(inputs)
});
/**
* | output |
* | --- |
* | "label smoothing" |
*
* @param {Teach_Training_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_label_smoothing = /** @type {((inputs?: Teach_Training_Label_SmoothingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_Label_SmoothingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_label_smoothing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_label_smoothing(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_label_smoothing(inputs)
	return __en.teach_training_label_smoothing(inputs)
});
/**
* | output |
* | --- |
* | "learning rate" |
*
* @param {Teach_Training_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_learning_rate = /** @type {((inputs?: Teach_Training_Learning_RateInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_Learning_RateInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_learning_rate(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_learning_rate(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_learning_rate(inputs)
	return __en.teach_training_learning_rate(inputs)
});
/**
* | output |
* | --- |
* | "loss" |
*
* @param {Teach_Training_LossInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_loss = /** @type {((inputs?: Teach_Training_LossInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_LossInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_loss(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_loss(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_loss(inputs)
	return __en.teach_training_loss(inputs)
});
/**
* | output |
* | --- |
* | "momentum" |
*
* @param {Teach_Training_MomentumInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_momentum = /** @type {((inputs?: Teach_Training_MomentumInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_MomentumInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_momentum(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_momentum(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_momentum(inputs)
	return __en.teach_training_momentum(inputs)
});
/**
* | output |
* | --- |
* | "optimizer" |
*
* @param {Teach_Training_OptimizerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_optimizer = /** @type {((inputs?: Teach_Training_OptimizerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_OptimizerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_optimizer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_optimizer(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_optimizer(inputs)
	return __en.teach_training_optimizer(inputs)
});
/**
* | output |
* | --- |
* | "seed" |
*
* @param {Teach_Training_SeedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_seed = /** @type {((inputs?: Teach_Training_SeedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_SeedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_seed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_seed(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_seed(inputs)
	return __en.teach_training_seed(inputs)
});
/**
* | output |
* | --- |
* | "shuffling" |
*
* @param {Teach_Training_ShuffleInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_shuffle = /** @type {((inputs?: Teach_Training_ShuffleInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_ShuffleInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_shuffle(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_shuffle(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_shuffle(inputs)
	return __en.teach_training_shuffle(inputs)
});
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Teach_Training_Shuffle_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_shuffle_labels = /** @type {((inputs?: Teach_Training_Shuffle_LabelsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_Shuffle_LabelsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_shuffle_labels(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_shuffle_labels(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_shuffle_labels(inputs)
	return __en.teach_training_shuffle_labels(inputs)
});
/**
* | output |
* | --- |
* | "training subset" |
*
* @param {Teach_Training_Train_SubsetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_train_subset = /** @type {((inputs?: Teach_Training_Train_SubsetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_Train_SubsetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_train_subset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_train_subset(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_train_subset(inputs)
	return __en.teach_training_train_subset(inputs)
});
/**
* | output |
* | --- |
* | "validation data" |
*
* @param {Teach_Training_ValidationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_training_validation = /** @type {((inputs?: Teach_Training_ValidationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Training_ValidationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_training_validation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_training_validation(inputs)
	if (locale === "en-XA") return __en_xa2.teach_training_validation(inputs)
	return __en.teach_training_validation(inputs)
});
/**
* | output |
* | --- |
* | "Unit" |
*
* @param {Teach_UnitInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_unit = /** @type {((inputs?: Teach_UnitInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_UnitInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_unit(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_unit(inputs)
	if (locale === "en-XA") return __en_xa2.teach_unit(inputs)
	return __en.teach_unit(inputs)
});
/**
* | output |
* | --- |
* | "unit" |
*
* @param {Teach_Unit_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_unit_label = /** @type {((inputs?: Teach_Unit_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Unit_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_unit_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_unit_label(inputs)
	if (locale === "en-XA") return __en_xa2.teach_unit_label(inputs)
	return __en.teach_unit_label(inputs)
});
/**
* | output |
* | --- |
* | "e.g. epochs" |
*
* @param {Teach_Unit_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_unit_placeholder = /** @type {((inputs?: Teach_Unit_PlaceholderInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Unit_PlaceholderInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_unit_placeholder(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_unit_placeholder(inputs)
	if (locale === "en-XA") return __en_xa2.teach_unit_placeholder(inputs)
	return __en.teach_unit_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Unlock {what}" |
*
* @param {Teach_Unlock_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_unlock_label = /** @type {((inputs: Teach_Unlock_LabelInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Unlock_LabelInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_unlock_label(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_unlock_label(inputs)
	if (locale === "en-XA") return __en_xa2.teach_unlock_label(inputs)
	return __en.teach_unlock_label(inputs)
});
/**
* | output |
* | --- |
* | "every student trains on the same data" |
*
* @param {Teach_Why_DatasetInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_dataset = /** @type {((inputs?: Teach_Why_DatasetInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Why_DatasetInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_why_dataset(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_why_dataset(inputs)
	if (locale === "en-XA") return __en_xa2.teach_why_dataset(inputs)
	return __en.teach_why_dataset(inputs)
});
/**
* | output |
* | --- |
* | "the lesson studies this layer as it is" |
*
* @param {Teach_Why_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_layer = /** @type {((inputs?: Teach_Why_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Why_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_why_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_why_layer(inputs)
	if (locale === "en-XA") return __en_xa2.teach_why_layer(inputs)
	return __en.teach_why_layer(inputs)
});
/**
* | output |
* | --- |
* | "the lesson compares runs from the same seed" |
*
* @param {Teach_Why_SeedInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_seed = /** @type {((inputs?: Teach_Why_SeedInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Why_SeedInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_why_seed(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_why_seed(inputs)
	if (locale === "en-XA") return __en_xa2.teach_why_seed(inputs)
	return __en.teach_why_seed(inputs)
});
/**
* | output |
* | --- |
* | "the lesson compares runs with the same {setting}" |
*
* @param {Teach_Why_SettingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_setting = /** @type {((inputs: Teach_Why_SettingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Why_SettingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_why_setting(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_why_setting(inputs)
	if (locale === "en-XA") return __en_xa2.teach_why_setting(inputs)
	return __en.teach_why_setting(inputs)
});
/**
* | output |
* | --- |
* | "the lesson's model keeps its layers and connections" |
*
* @param {Teach_Why_StructureInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_why_structure = /** @type {((inputs?: Teach_Why_StructureInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Why_StructureInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_why_structure(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_why_structure(inputs)
	if (locale === "en-XA") return __en_xa2.teach_why_structure(inputs)
	return __en.teach_why_structure(inputs)
});
/**
* | output |
* | --- |
* | "with layers" |
*
* @param {Teach_With_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_with_layers = /** @type {((inputs?: Teach_With_LayersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_With_LayersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_with_layers(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_with_layers(inputs)
	if (locale === "en-XA") return __en_xa2.teach_with_layers(inputs)
	return __en.teach_with_layers(inputs)
});
/**
* | output |
* | --- |
* | "without layers" |
*
* @param {Teach_Without_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_without_layers = /** @type {((inputs?: Teach_Without_LayersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Without_LayersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_without_layers(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_without_layers(inputs)
	if (locale === "en-XA") return __en_xa2.teach_without_layers(inputs)
	return __en.teach_without_layers(inputs)
});
/**
* | output |
* | --- |
* | "Write" |
*
* @param {Teach_WriteInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_write = /** @type {((inputs?: Teach_WriteInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_WriteInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_write(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_write(inputs)
	if (locale === "en-XA") return __en_xa2.teach_write(inputs)
	return __en.teach_write(inputs)
});
/**
* | output |
* | --- |
* | "Write or preview" |
*
* @param {Teach_Write_Or_PreviewInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_write_or_preview = /** @type {((inputs?: Teach_Write_Or_PreviewInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_Write_Or_PreviewInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_write_or_preview(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_write_or_preview(inputs)
	if (locale === "en-XA") return __en_xa2.teach_write_or_preview(inputs)
	return __en.teach_write_or_preview(inputs)
});
/**
* | output |
* | --- |
* | "yes" |
*
* @param {Teach_YesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const teach_yes = /** @type {((inputs?: Teach_YesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Teach_YesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.teach_yes(inputs)
	if (locale === "zh-Hant") return __zh_hant1.teach_yes(inputs)
	if (locale === "en-XA") return __en_xa2.teach_yes(inputs)
	return __en.teach_yes(inputs)
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
/**
* | output |
* | --- |
* | "augmentation ({list})" |
*
* @param {Words_AugmentationInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_augmentation = /** @type {((inputs: Words_AugmentationInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_AugmentationInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_augmentation(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_augmentation(inputs)
	if (locale === "en-XA") return __en_xa2.words_augmentation(inputs)
	return __en.words_augmentation(inputs)
});
/**
* | output |
* | --- |
* | "augmentation (none)" |
*
* @param {Words_Augmentation_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_augmentation_none = /** @type {((inputs?: Words_Augmentation_NoneInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Augmentation_NoneInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_augmentation_none(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_augmentation_none(inputs)
	if (locale === "en-XA") return __en_xa2.words_augmentation_none(inputs)
	return __en.words_augmentation_none(inputs)
});
/**
* | output |
* | --- |
* | "batch {size}" |
*
* @param {Words_BatchInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_batch = /** @type {((inputs: Words_BatchInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_BatchInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_batch(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_batch(inputs)
	if (locale === "en-XA") return __en_xa2.words_batch(inputs)
	return __en.words_batch(inputs)
});
/**
* | output |
* | --- |
* | "early stopping ({monitor}, patience {patience})" |
*
* @param {Words_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_early_stopping = /** @type {((inputs: Words_Early_StoppingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Early_StoppingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_early_stopping(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_early_stopping(inputs)
	if (locale === "en-XA") return __en_xa2.words_early_stopping(inputs)
	return __en.words_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "early stopping ({monitor}, patience {patience}, best weights)" |
*
* @param {Words_Early_Stopping_BestInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_early_stopping_best = /** @type {((inputs: Words_Early_Stopping_BestInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Early_Stopping_BestInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_early_stopping_best(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_early_stopping_best(inputs)
	if (locale === "en-XA") return __en_xa2.words_early_stopping_best(inputs)
	return __en.words_early_stopping_best(inputs)
});
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
export const words_epochs = /** @type {((inputs: Words_EpochsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_EpochsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_epochs(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_epochs(inputs)
	if (locale === "en-XA") return __en_xa2.words_epochs(inputs)
	return __en.words_epochs(inputs)
});
/**
* | output |
* | --- |
* | "first {count} examples" |
*
* @param {Words_First_ExamplesInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_first_examples = /** @type {((inputs: Words_First_ExamplesInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_First_ExamplesInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_first_examples(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_first_examples(inputs)
	if (locale === "en-XA") return __en_xa2.words_first_examples(inputs)
	return __en.words_first_examples(inputs)
});
/**
* | output |
* | --- |
* | "label smoothing {value}" |
*
* @param {Words_Label_SmoothingInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_label_smoothing = /** @type {((inputs: Words_Label_SmoothingInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Label_SmoothingInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_label_smoothing(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_label_smoothing(inputs)
	if (locale === "en-XA") return __en_xa2.words_label_smoothing(inputs)
	return __en.words_label_smoothing(inputs)
});
/**
* | output |
* | --- |
* | "{phrase} on {layer}" |
*
* @param {Words_On_LayerInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_on_layer = /** @type {((inputs: Words_On_LayerInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_On_LayerInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_on_layer(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_on_layer(inputs)
	if (locale === "en-XA") return __en_xa2.words_on_layer(inputs)
	return __en.words_on_layer(inputs)
});
/**
* | output |
* | --- |
* | "{phrase} on {count} layers" |
*
* @param {Words_On_LayersInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_on_layers = /** @type {((inputs: Words_On_LayersInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_On_LayersInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_on_layers(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_on_layers(inputs)
	if (locale === "en-XA") return __en_xa2.words_on_layers(inputs)
	return __en.words_on_layers(inputs)
});
/**
* | output |
* | --- |
* | "shuffled labels" |
*
* @param {Words_Shuffled_LabelsInputs} inputs
* @param {{ locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }} options
* @returns {LocalizedString}
*/
export const words_shuffled_labels = /** @type {((inputs?: Words_Shuffled_LabelsInputs, options?: { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Shuffled_LabelsInputs, { locale?: "en" | "zh-Hans" | "zh-Hant" | "en-XA" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-Hans") return __zh_hans1.words_shuffled_labels(inputs)
	if (locale === "zh-Hant") return __zh_hant1.words_shuffled_labels(inputs)
	if (locale === "en-XA") return __en_xa2.words_shuffled_labels(inputs)
	return __en.words_shuffled_labels(inputs)
});