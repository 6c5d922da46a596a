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
/** @typedef {{}} Cli_AndInputs */
/** @typedef {{ adapter: NonNullable<unknown> }} Cli_Bench_AdapterInputs */
/** @typedef {{ adapter: NonNullable<unknown> }} Cli_Bench_Adapter_SoftwareInputs */
/** @typedef {{}} Cli_Bench_Cannot_TrainInputs */
/** @typedef {{}} Cli_Bench_Col_BackendInputs */
/** @typedef {{}} Cli_Bench_Col_EngineInputs */
/** @typedef {{}} Cli_Bench_Col_Engine1Inputs */
/** @typedef {{}} Cli_Bench_Col_Epoch_SInputs */
/** @typedef {{}} Cli_Bench_Col_Ms_StepInputs */
/** @typedef {{}} Cli_Bench_Col_Native_ShareInputs */
/** @typedef {{}} Cli_Bench_Col_Peak_MbInputs */
/** @typedef {{}} Cli_Bench_Col_SpeedupInputs */
/** @typedef {{}} Cli_Bench_Col_StockInputs */
/** @typedef {{}} Cli_Bench_Col_Tf_PythonInputs */
/** @typedef {{}} Cli_Bench_Col_Wasm_ShareInputs */
/** @typedef {{}} Cli_Bench_Col_WorkloadInputs */
/** @typedef {{ workload: NonNullable<unknown> }} Cli_Bench_Cpu_SkippedInputs */
/** @typedef {{ one: NonNullable<unknown>, two: NonNullable<unknown>, ratio: NonNullable<unknown> }} Cli_Bench_GridInputs */
/** @typedef {{ backend: NonNullable<unknown>, repeats: NonNullable<unknown>, plain: NonNullable<unknown>, recorded: NonNullable<unknown>, overhead: NonNullable<unknown>, cpu: NonNullable<unknown>, cpuRecorded: NonNullable<unknown>, cpuOverhead: NonNullable<unknown>, insight: NonNullable<unknown>, insightShare: NonNullable<unknown>, initial: NonNullable<unknown> }} Cli_Bench_InsightsInputs */
/** @typedef {{ error: NonNullable<unknown> }} Cli_Bench_Insights_FailedInputs */
/** @typedef {{ mnist: NonNullable<unknown>, mnistMeta: NonNullable<unknown>, moons: NonNullable<unknown>, moonsMeta: NonNullable<unknown> }} Cli_Bench_Insights_StoredInputs */
/** @typedef {{ limits: NonNullable<unknown> }} Cli_Bench_MatmulInputs */
/** @typedef {{ limits: NonNullable<unknown>, version: NonNullable<unknown>, gflops: NonNullable<unknown> }} Cli_Bench_Matmul_NativeInputs */
/** @typedef {{ threads: NonNullable<unknown>, gflops: NonNullable<unknown> }} Cli_Bench_Matmul_ThreadsInputs */
/** @typedef {{ workload: NonNullable<unknown>, backend: NonNullable<unknown>, mode: NonNullable<unknown>, result: NonNullable<unknown> }} Cli_Bench_MeasuredInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Cli_Bench_Peer_FailedInputs */
/** @typedef {{ path: NonNullable<unknown> }} Cli_Bench_Peer_No_PythonInputs */
/** @typedef {{ value: NonNullable<unknown> }} Cli_Bench_Samples_Per_SInputs */
/** @typedef {{ gpu: NonNullable<unknown> }} Cli_Bench_Software_AdapterInputs */
/** @typedef {{ cores: NonNullable<unknown>, cpu: NonNullable<unknown>, node: NonNullable<unknown>, repeats: NonNullable<unknown>, seconds: NonNullable<unknown> }} Cli_Bench_StartInputs */
/** @typedef {{}} Cli_Bench_Unknown_CpuInputs */
/** @typedef {{ why: NonNullable<unknown> }} Cli_Bench_Webgpu_SkippedInputs */
/** @typedef {{}} Cli_Check_FailInputs */
/** @typedef {{ count: NonNullable<unknown>, name: NonNullable<unknown>, id: NonNullable<unknown> }} Cli_Check_LabInputs */
/** @typedef {{}} Cli_Check_PassInputs */
/** @typedef {{ passed: NonNullable<unknown>, count: NonNullable<unknown> }} Cli_Check_PassedInputs */
/** @typedef {{ passed: NonNullable<unknown>, count: NonNullable<unknown>, seconds: NonNullable<unknown> }} Cli_Check_Passed_InInputs */
/** @typedef {{ grid: NonNullable<unknown>, status: NonNullable<unknown> }} Cli_Check_Ran_GridInputs */
/** @typedef {{ step: NonNullable<unknown>, title: NonNullable<unknown>, did: NonNullable<unknown>, seconds: NonNullable<unknown> }} Cli_Check_StepInputs */
/** @typedef {{ name: NonNullable<unknown>, status: NonNullable<unknown> }} Cli_Check_TrainedInputs */
/** @typedef {{ name: NonNullable<unknown>, status: NonNullable<unknown>, error: NonNullable<unknown> }} Cli_Check_Trained_FailedInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Cli_Class_BestInputs */
/** @typedef {{}} Cli_Class_ChecksInputs */
/** @typedef {{}} Cli_Class_FileInputs */
/** @typedef {{}} Cli_Class_Host_AnyoneInputs */
/** @typedef {{ file: NonNullable<unknown> }} Cli_Class_Host_Codes_UnwrittenInputs */
/** @typedef {{ host: NonNullable<unknown> }} Cli_Class_Host_EverywhereInputs */
/** @typedef {{ count: NonNullable<unknown>, perStudent: NonNullable<unknown> }} Cli_Class_Host_LimitsInputs */
/** @typedef {{ where: NonNullable<unknown> }} Cli_Class_Host_ListeningInputs */
/** @typedef {{}} Cli_Class_Host_LoopbackInputs */
/** @typedef {{ host: NonNullable<unknown> }} Cli_Class_Host_NetworkInputs */
/** @typedef {{ count: NonNullable<unknown>, dir: NonNullable<unknown> }} Cli_Class_Host_No_StudentsInputs */
/** @typedef {{ urls: NonNullable<unknown> }} Cli_Class_Host_RunningInputs */
/** @typedef {{}} Cli_Class_Host_StopInputs */
/** @typedef {{}} Cli_Class_Host_Student_CanInputs */
/** @typedef {{ count: NonNullable<unknown>, dir: NonNullable<unknown> }} Cli_Class_Host_StudentsInputs */
/** @typedef {{ url: NonNullable<unknown> }} Cli_Class_Host_TeacherInputs */
/** @typedef {{}} Cli_Class_LocksInputs */
/** @typedef {{}} Cli_Class_Locks_ChangedInputs */
/** @typedef {{}} Cli_Class_Locks_OkInputs */
/** @typedef {{}} Cli_Class_Locks_UnknownInputs */
/** @typedef {{}} Cli_Class_No_NameInputs */
/** @typedef {{}} Cli_Class_StudentInputs */
/** @typedef {{ count: NonNullable<unknown>, lab: NonNullable<unknown> }} Cli_Class_TitleInputs */
/** @typedef {{ name: NonNullable<unknown>, dir: NonNullable<unknown> }} Cli_Datasets_DownloadedInputs */
/** @typedef {{ dir: NonNullable<unknown> }} Cli_Datasets_FoundInputs */
/** @typedef {{ hint: NonNullable<unknown> }} Cli_Datasets_MissingInputs */
/** @typedef {{ dirs: NonNullable<unknown> }} Cli_Datasets_SearchedInputs */
/** @typedef {{}} Cli_Datasets_SyntheticInputs */
/** @typedef {{ count: NonNullable<unknown>, dataset: NonNullable<unknown>, loss: NonNullable<unknown>, accuracy: NonNullable<unknown>, run: NonNullable<unknown>, name: NonNullable<unknown> }} Cli_Evaluate_ResultInputs */
/** @typedef {{ bar: NonNullable<unknown>, value: NonNullable<unknown>, total: NonNullable<unknown>, trials: NonNullable<unknown>, eta: NonNullable<unknown> }} Cli_Grid_BarInputs */
/** @typedef {{ setting: NonNullable<unknown>, metric: NonNullable<unknown>, mean: NonNullable<unknown>, std: NonNullable<unknown> }} Cli_Grid_BestInputs */
/** @typedef {{}} Cli_Grid_Default_BackendInputs */
/** @typedef {{ fold: NonNullable<unknown> }} Cli_Grid_FoldInputs */
/** @typedef {{}} Cli_Grid_HoldoutInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Cli_Grid_MeanInputs */
/** @typedef {{ dataset: NonNullable<unknown> }} Cli_Grid_No_DatasetInputs */
/** @typedef {{}} Cli_Grid_No_WorkerInputs */
/** @typedef {{ count: NonNullable<unknown>, url: NonNullable<unknown>, who: NonNullable<unknown> }} Cli_Grid_Pool_QueuingInputs */
/** @typedef {{ count: NonNullable<unknown>, url: NonNullable<unknown>, who: NonNullable<unknown> }} Cli_Grid_Pool_ResumingInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Cli_Grid_ProgressInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown>, seconds: NonNullable<unknown> }} Cli_Grid_Progress_EtaInputs */
/** @typedef {{ loss: NonNullable<unknown>, accuracy: NonNullable<unknown> }} Cli_Grid_RefitInputs */
/** @typedef {{ count: NonNullable<unknown>, total: NonNullable<unknown>, done: NonNullable<unknown>, backend: NonNullable<unknown> }} Cli_Grid_ResumingInputs */
/** @typedef {{ count: NonNullable<unknown>, total: NonNullable<unknown>, done: NonNullable<unknown>, backend: NonNullable<unknown> }} Cli_Grid_RunningInputs */
/** @typedef {{}} Cli_Grid_SettingInputs */
/** @typedef {{}} Cli_Grid_StoppingInputs */
/** @typedef {{}} Cli_Grid_Trial_DoneInputs */
/** @typedef {{}} Cli_Grid_Trial_PendingInputs */
/** @typedef {{ count: NonNullable<unknown>, names: NonNullable<unknown> }} Cli_Grid_Workers_NowInputs */
/** @typedef {{}} Cli_Grids_EmptyInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown>, metric: NonNullable<unknown>, best: NonNullable<unknown> }} Cli_Grids_RowInputs */
/** @typedef {{ line: NonNullable<unknown>, warning: NonNullable<unknown> }} Cli_Import_LineInputs */
/** @typedef {{ count: NonNullable<unknown>, file: NonNullable<unknown>, layers: NonNullable<unknown> }} Cli_Import_WroteInputs */
/** @typedef {{ layer: NonNullable<unknown>, mean: NonNullable<unknown>, std: NonNullable<unknown> }} Cli_Insight_ActivationInputs */
/** @typedef {{ layer: NonNullable<unknown>, mean: NonNullable<unknown>, std: NonNullable<unknown>, dead: NonNullable<unknown> }} Cli_Insight_Activation_DeadInputs */
/** @typedef {{ norm: NonNullable<unknown> }} Cli_Insight_GradientInputs */
/** @typedef {{}} Cli_Insight_No_GradientInputs */
/** @typedef {{ layer: NonNullable<unknown>, sparsity: NonNullable<unknown>, l1: NonNullable<unknown>, l2: NonNullable<unknown>, grad: NonNullable<unknown> }} Cli_Insight_WeightsInputs */
/** @typedef {{}} Cli_Inspect_ActivationsInputs */
/** @typedef {{}} Cli_Inspect_ConfidenceInputs */
/** @typedef {{}} Cli_Inspect_ConfusionInputs */
/** @typedef {{}} Cli_Inspect_CornerInputs */
/** @typedef {{}} Cli_Inspect_IndexInputs */
/** @typedef {{ count: NonNullable<unknown>, split: NonNullable<unknown> }} Cli_Inspect_No_ExamplesInputs */
/** @typedef {{}} Cli_Inspect_No_SplitInputs */
/** @typedef {{}} Cli_Inspect_No_ValidationInputs */
/** @typedef {{}} Cli_Inspect_None_WrongInputs */
/** @typedef {{ under: NonNullable<unknown>, over: NonNullable<unknown> }} Cli_Inspect_OutsideInputs */
/** @typedef {{}} Cli_Inspect_PredictedInputs */
/** @typedef {{ percent: NonNullable<unknown>, count: NonNullable<unknown>, split: NonNullable<unknown> }} Cli_Inspect_RightInputs */
/** @typedef {{ run: NonNullable<unknown>, name: NonNullable<unknown>, epoch: NonNullable<unknown>, last: NonNullable<unknown> }} Cli_Inspect_TitleInputs */
/** @typedef {{}} Cli_Inspect_TrueInputs */
/** @typedef {{}} Cli_Inspect_WeightsInputs */
/** @typedef {{}} Cli_Inspect_WrongInputs */
/** @typedef {{ minutes: NonNullable<unknown>, quick: NonNullable<unknown> }} Cli_Labs_MinutesInputs */
/** @typedef {{ count: NonNullable<unknown> }} Cli_Labs_StepsInputs */
/** @typedef {{ count: NonNullable<unknown>, passed: NonNullable<unknown>, checks: NonNullable<unknown> }} Cli_Report_WroteInputs */
/** @typedef {{}} Cli_Runs_BackendInputs */
/** @typedef {{}} Cli_Runs_CreatedInputs */
/** @typedef {{}} Cli_Runs_DatasetInputs */
/** @typedef {{ store: NonNullable<unknown> }} Cli_Runs_EmptyInputs */
/** @typedef {{}} Cli_Runs_InsideInputs */
/** @typedef {{}} Cli_Runs_NameInputs */
/** @typedef {{}} Cli_Runs_StatusInputs */
/** @typedef {{}} Cli_Serve_OpenInputs */
/** @typedef {{ count: NonNullable<unknown>, url: NonNullable<unknown> }} Cli_Serve_PoolInputs */
/** @typedef {{ url: NonNullable<unknown> }} Cli_Serve_RunningInputs */
/** @typedef {{}} Cli_Start_Browser_GivenInputs */
/** @typedef {{}} Cli_Start_BuildingInputs */
/** @typedef {{}} Cli_Start_No_BinaryInputs */
/** @typedef {{ why: NonNullable<unknown> }} Cli_Start_No_ElectronInputs */
/** @typedef {{}} Cli_Start_Not_InstalledInputs */
/** @typedef {{ count: NonNullable<unknown>, moved: NonNullable<unknown>, store: NonNullable<unknown> }} Cli_Store_RepairedInputs */
/** @typedef {{ backend: NonNullable<unknown> }} Cli_Train_BackendInputs */
/** @typedef {{ loss: NonNullable<unknown>, epoch: NonNullable<unknown> }} Cli_Train_BestInputs */
/** @typedef {{ run: NonNullable<unknown>, name: NonNullable<unknown>, status: NonNullable<unknown>, how: NonNullable<unknown>, epochs: NonNullable<unknown>, best: NonNullable<unknown> }} Cli_Train_DoneInputs */
/** @typedef {{ epoch: NonNullable<unknown> }} Cli_Train_Early_StoppedInputs */
/** @typedef {{ epochs: NonNullable<unknown>, name: NonNullable<unknown>, dataset: NonNullable<unknown>, train: NonNullable<unknown>, val: NonNullable<unknown> }} Cli_Train_StartedInputs */
/** @typedef {{}} Cli_Train_StoppingInputs */
/** @typedef {{ datasets: NonNullable<unknown> }} Cli_Worker_HasInputs */
/** @typedef {{}} Cli_Worker_Has_NoneInputs */
/** @typedef {{ count: NonNullable<unknown>, name: NonNullable<unknown>, url: NonNullable<unknown>, backend: NonNullable<unknown>, has: NonNullable<unknown> }} Cli_Worker_JoinedInputs */
/** @typedef {{}} Cli_Worker_LeavingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Cli_Worker_Leaving_JobsInputs */
/** @typedef {{ name: NonNullable<unknown> }} Cli_Worker_LeftInputs */
/** @typedef {{ url: NonNullable<unknown>, seconds: NonNullable<unknown> }} Cli_Worker_Left_AnywayInputs */
/** @typedef {{ files: NonNullable<unknown> }} Cli_WroteInputs */
/** @typedef {{ list: NonNullable<unknown> }} Clierr_ChoicesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Clierr_Did_You_MeanInputs */
/** @typedef {{ list: NonNullable<unknown> }} Clierr_Did_You_Mean_One_OfInputs */
/** @typedef {{}} Clierr_Help_HintInputs */
/** @typedef {{ value: NonNullable<unknown>, name: NonNullable<unknown>, reason: NonNullable<unknown> }} Clierr_Invalid_ArgumentInputs */
/** @typedef {{ option: NonNullable<unknown>, value: NonNullable<unknown>, reason: NonNullable<unknown> }} Clierr_Invalid_ValueInputs */
/** @typedef {{ name: NonNullable<unknown> }} Clierr_Missing_ArgumentInputs */
/** @typedef {{ option: NonNullable<unknown> }} Clierr_Missing_OptionInputs */
/** @typedef {{ value: NonNullable<unknown> }} Clierr_Not_NumberInputs */
/** @typedef {{ value: NonNullable<unknown>, list: NonNullable<unknown> }} Clierr_Not_One_OfInputs */
/** @typedef {{ value: NonNullable<unknown> }} Clierr_Not_PortInputs */
/** @typedef {{ value: NonNullable<unknown>, min: NonNullable<unknown> }} Clierr_Not_WholeInputs */
/** @typedef {{ option: NonNullable<unknown> }} Clierr_Option_No_ValueInputs */
/** @typedef {{ expected: NonNullable<unknown>, count: NonNullable<unknown> }} Clierr_Too_ManyInputs */
/** @typedef {{ expected: NonNullable<unknown>, count: NonNullable<unknown>, command: NonNullable<unknown> }} Clierr_Too_Many_ForInputs */
/** @typedef {{ command: NonNullable<unknown> }} Clierr_Unknown_CommandInputs */
/** @typedef {{ option: NonNullable<unknown> }} Clierr_Unknown_OptionInputs */
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
/** @typedef {{}} Cliopt_BackendInputs */
/** @typedef {{}} Cliopt_Bench_BackendsInputs */
/** @typedef {{}} Cliopt_Bench_Insights_OnlyInputs */
/** @typedef {{}} Cliopt_Bench_JsonInputs */
/** @typedef {{}} Cliopt_Bench_ModesInputs */
/** @typedef {{}} Cliopt_Bench_No_GridInputs */
/** @typedef {{}} Cliopt_Bench_No_InsightsInputs */
/** @typedef {{}} Cliopt_Bench_No_PeerInputs */
/** @typedef {{}} Cliopt_Bench_RepeatsInputs */
/** @typedef {{}} Cliopt_Bench_SecondsInputs */
/** @typedef {{}} Cliopt_Bench_WebgpuInputs */
/** @typedef {{ list: NonNullable<unknown> }} Cliopt_Bench_WorkloadsInputs */
/** @typedef {{}} Cliopt_Check_LabInputs */
/** @typedef {{}} Cliopt_Check_QuickInputs */
/** @typedef {{}} Cliopt_Check_WalkInputs */
/** @typedef {{ list: NonNullable<unknown> }} Cliopt_ChoicesInputs */
/** @typedef {{}} Cliopt_Class_CsvInputs */
/** @typedef {{}} Cliopt_Class_DirInputs */
/** @typedef {{}} Cliopt_Class_JsonInputs */
/** @typedef {{}} Cliopt_Class_LabInputs */
/** @typedef {{}} Cliopt_Data_DirInputs */
/** @typedef {{}} Cliopt_Datasets_Data_DirInputs */
/** @typedef {{}} Cliopt_Datasets_DownloadInputs */
/** @typedef {{}} Cliopt_Datasets_JsonInputs */
/** @typedef {{ value: NonNullable<unknown> }} Cliopt_DefaultInputs */
/** @typedef {{}} Cliopt_Evaluate_Data_DirInputs */
/** @typedef {{}} Cliopt_Evaluate_DatasetInputs */
/** @typedef {{}} Cliopt_Evaluate_RunInputs */
/** @typedef {{}} Cliopt_Export_FormatInputs */
/** @typedef {{}} Cliopt_Export_FormatsInputs */
/** @typedef {{}} Cliopt_Export_JsonInputs */
/** @typedef {{}} Cliopt_Export_OutInputs */
/** @typedef {{}} Cliopt_Export_Run_LabInputs */
/** @typedef {{ list: NonNullable<unknown> }} Cliopt_ExtrasInputs */
/** @typedef {{}} Cliopt_Grid_FoldsInputs */
/** @typedef {{}} Cliopt_Grid_HoldoutInputs */
/** @typedef {{}} Cliopt_Grid_LabInputs */
/** @typedef {{}} Cliopt_Grid_No_RefitInputs */
/** @typedef {{}} Cliopt_Grid_ParallelInputs */
/** @typedef {{}} Cliopt_Grid_RandomInputs */
/** @typedef {{}} Cliopt_Grid_Rank_ByInputs */
/** @typedef {{}} Cliopt_Grid_RedisInputs */
/** @typedef {{}} Cliopt_Grid_RestartInputs */
/** @typedef {{}} Cliopt_Grid_SweepInputs */
/** @typedef {{}} Cliopt_Grids_JsonInputs */
/** @typedef {{}} Cliopt_Import_CodeInputs */
/** @typedef {{}} Cliopt_Import_JsonInputs */
/** @typedef {{ ext: NonNullable<unknown> }} Cliopt_Import_OutInputs */
/** @typedef {{}} Cliopt_Inspect_EpochInputs */
/** @typedef {{}} Cliopt_Inspect_RunInputs */
/** @typedef {{}} Cliopt_Json_LinesInputs */
/** @typedef {{}} Cliopt_Json_OneInputs */
/** @typedef {{}} Cliopt_Labs_JsonInputs */
/** @typedef {{}} Cliopt_Report_FormatInputs */
/** @typedef {{}} Cliopt_Report_JsonInputs */
/** @typedef {{}} Cliopt_Report_LabInputs */
/** @typedef {{}} Cliopt_Report_OutInputs */
/** @typedef {{}} Cliopt_Report_RunsInputs */
/** @typedef {{}} Cliopt_Runs_JsonInputs */
/** @typedef {{}} Cliopt_SeparatorInputs */
/** @typedef {{}} Cliopt_Serve_ClassInputs */
/** @typedef {{}} Cliopt_Serve_Class_DirInputs */
/** @typedef {{}} Cliopt_Serve_Class_ListInputs */
/** @typedef {{}} Cliopt_Serve_HostInputs */
/** @typedef {{}} Cliopt_Serve_Max_TrainersInputs */
/** @typedef {{}} Cliopt_Serve_OpenInputs */
/** @typedef {{}} Cliopt_Serve_Per_StudentInputs */
/** @typedef {{}} Cliopt_Serve_PortInputs */
/** @typedef {{}} Cliopt_Serve_RebuildInputs */
/** @typedef {{}} Cliopt_Serve_RedisInputs */
/** @typedef {{}} Cliopt_Start_BrowserInputs */
/** @typedef {{}} Cliopt_Start_No_OpenInputs */
/** @typedef {{}} Cliopt_Start_PortInputs */
/** @typedef {{}} Cliopt_Start_RebuildInputs */
/** @typedef {{}} Cliopt_Store_RepairInputs */
/** @typedef {{}} Cliopt_Store_Repair_JsonInputs */
/** @typedef {{}} Cliopt_Train_Batch_SizeInputs */
/** @typedef {{}} Cliopt_Train_DatasetInputs */
/** @typedef {{}} Cliopt_Train_Early_Stopping_Min_DeltaInputs */
/** @typedef {{}} Cliopt_Train_Early_Stopping_MonitorInputs */
/** @typedef {{}} Cliopt_Train_Early_Stopping_PatienceInputs */
/** @typedef {{}} Cliopt_Train_EpochsInputs */
/** @typedef {{}} Cliopt_Train_LabInputs */
/** @typedef {{}} Cliopt_Train_Label_SmoothingInputs */
/** @typedef {{}} Cliopt_Train_Learning_RateInputs */
/** @typedef {{}} Cliopt_Train_LossInputs */
/** @typedef {{}} Cliopt_Train_ModelInputs */
/** @typedef {{}} Cliopt_Train_MomentumInputs */
/** @typedef {{}} Cliopt_Train_NameInputs */
/** @typedef {{}} Cliopt_Train_OptimizerInputs */
/** @typedef {{}} Cliopt_Train_Restore_Best_WeightsInputs */
/** @typedef {{}} Cliopt_Train_SeedInputs */
/** @typedef {{}} Cliopt_Train_Shuffle_LabelsInputs */
/** @typedef {{}} Cliopt_Train_Train_SubsetInputs */
/** @typedef {{}} Cliopt_Train_ValidationInputs */
/** @typedef {{}} Cliopt_Worker_ConcurrencyInputs */
/** @typedef {{}} Cliopt_Worker_Data_DirInputs */
/** @typedef {{}} Cliopt_Worker_NameInputs */
/** @typedef {{}} Cliopt_Worker_RedisInputs */
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
/** @typedef {{ name: NonNullable<unknown> }} Curves_Legend_BaselineInputs */
/** @typedef {{ changes: NonNullable<unknown> }} Curves_Legend_ChangesInputs */
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
/** @typedef {{ files: NonNullable<unknown>, folder: NonNullable<unknown> }} Dstext_Hint_ImdbInputs */
/** @typedef {{}} Dstext_ImdbInputs */
/** @typedef {{}} Dstext_MnistInputs */
/** @typedef {{}} Dstext_MoonsInputs */
/** @typedef {{}} Dstext_SpiralsInputs */
/** @typedef {{ name: NonNullable<unknown>, arms: NonNullable<unknown>, samples: NonNullable<unknown>, noise: NonNullable<unknown>, seed: NonNullable<unknown> }} Dstext_Spirals_TitleInputs */
/** @typedef {{ name: NonNullable<unknown>, samples: NonNullable<unknown>, noise: NonNullable<unknown>, seed: NonNullable<unknown> }} Dstext_Synthetic_TitleInputs */
/** @typedef {{ min: NonNullable<unknown>, s: NonNullable<unknown> }} Duration_MinutesInputs */
/** @typedef {{ s: NonNullable<unknown> }} Duration_SecondsInputs */
/** @typedef {{}} Edialog_LabInputs */
/** @typedef {{}} Edialog_Lab_Or_KerasInputs */
/** @typedef {{}} Edialog_Open_LabInputs */
/** @typedef {{}} Edialog_QuitInputs */
/** @typedef {{}} Edialog_Store_Cannot_OpenInputs */
/** @typedef {{}} Edialog_Store_DamagedInputs */
/** @typedef {{}} Edialog_Store_Move_AsideInputs */
/** @typedef {{ count: NonNullable<unknown>, moved: NonNullable<unknown> }} Edialog_Store_MovedInputs */
/** @typedef {{ title: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Augment_Needs_ImagesInputs */
/** @typedef {{ dataset: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Augment_Not_ImagesInputs */
/** @typedef {{ reasons: NonNullable<unknown> }} Error_Backend_NoneInputs */
/** @typedef {{ backend: NonNullable<unknown>, list: NonNullable<unknown> }} Error_Backend_UnknownInputs */
/** @typedef {{ total: NonNullable<unknown>, params: NonNullable<unknown>, paramBytes: NonNullable<unknown>, batch: NonNullable<unknown>, activations: NonNullable<unknown> }} Error_Budget_NeedsInputs */
/** @typedef {{ needs: NonNullable<unknown>, free: NonNullable<unknown> }} Error_Budget_Not_FreeInputs */
/** @typedef {{ needs: NonNullable<unknown>, machine: NonNullable<unknown>, cap: NonNullable<unknown> }} Error_Budget_Over_HalfInputs */
/** @typedef {{ title: NonNullable<unknown>, name: NonNullable<unknown>, searched: NonNullable<unknown>, hint: NonNullable<unknown> }} Error_Builtin_MissingInputs */
/** @typedef {{ title: NonNullable<unknown>, name: NonNullable<unknown>, searched: NonNullable<unknown>, partial: NonNullable<unknown>, hint: NonNullable<unknown> }} Error_Builtin_Missing_PartialInputs */
/** @typedef {{}} Error_Builtin_No_FoldersInputs */
/** @typedef {{}} Error_Busy_Delete_GridInputs */
/** @typedef {{}} Error_Busy_Delete_RunInputs */
/** @typedef {{}} Error_Busy_Grid_RunningInputs */
/** @typedef {{}} Error_Busy_Repair_StoreInputs */
/** @typedef {{ host: NonNullable<unknown>, list: NonNullable<unknown> }} Error_Class_HostInputs */
/** @typedef {{}} Error_Class_No_PoolInputs */
/** @typedef {{ flag: NonNullable<unknown> }} Error_Cli_Class_OnlyInputs */
/** @typedef {{ concurrency: NonNullable<unknown> }} Error_Cli_ConcurrencyInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Cli_Import_JsonInputs */
/** @typedef {{}} Error_Cli_Lab_And_ModelInputs */
/** @typedef {{ arg: NonNullable<unknown>, format: NonNullable<unknown> }} Error_Cli_Lab_No_WeightsInputs */
/** @typedef {{ lang: NonNullable<unknown>, list: NonNullable<unknown> }} Error_Cli_LangInputs */
/** @typedef {{}} Error_Cli_Model_File_And_ModelInputs */
/** @typedef {{ issues: NonNullable<unknown> }} Error_Cli_Model_InvalidInputs */
/** @typedef {{}} Error_Cli_Model_Needs_DatasetInputs */
/** @typedef {{ file: NonNullable<unknown>, megabytes: NonNullable<unknown> }} Error_Cli_Model_Too_LargeInputs */
/** @typedef {{ name: NonNullable<unknown>, epoch: NonNullable<unknown>, last: NonNullable<unknown> }} Error_Cli_No_EpochInputs */
/** @typedef {{}} Error_Cli_No_GridInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Cli_No_InsightsInputs */
/** @typedef {{ arg: NonNullable<unknown> }} Error_Cli_No_QuickInputs */
/** @typedef {{ arg: NonNullable<unknown> }} Error_Cli_No_RunInputs */
/** @typedef {{ arg: NonNullable<unknown> }} Error_Cli_No_Run_Or_LabInputs */
/** @typedef {{ arg: NonNullable<unknown> }} Error_Cli_No_Run_Or_ModelInputs */
/** @typedef {{ arg: NonNullable<unknown> }} Error_Cli_Not_GuidedInputs */
/** @typedef {{}} Error_Cli_Redis_Not_ClassInputs */
/** @typedef {{ dir: NonNullable<unknown> }} Error_Cli_Report_FolderInputs */
/** @typedef {{ format: NonNullable<unknown> }} Error_Cli_Report_FormatInputs */
/** @typedef {{ arg: NonNullable<unknown> }} Error_Cli_Run_No_WeightsInputs */
/** @typedef {{ text: NonNullable<unknown> }} Error_Cli_Sweep_SyntaxInputs */
/** @typedef {{}} Error_Cli_Train_WhatInputs */
/** @typedef {{ issues: NonNullable<unknown> }} Error_Cli_Training_SettingInputs */
/** @typedef {{ value: NonNullable<unknown> }} Error_Cli_Unknown_DatasetInputs */
/** @typedef {{ value: NonNullable<unknown> }} Error_Cli_ValidationInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Cli_Worker_NameInputs */
/** @typedef {{ context: NonNullable<unknown>, sentence: NonNullable<unknown> }} Error_ContextInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Csv_Label_ColumnInputs */
/** @typedef {{ file: NonNullable<unknown>, width: NonNullable<unknown>, last: NonNullable<unknown>, column: NonNullable<unknown> }} Error_Csv_No_Column_IndexInputs */
/** @typedef {{ file: NonNullable<unknown>, column: NonNullable<unknown>, columns: NonNullable<unknown> }} Error_Csv_No_Column_NameInputs */
/** @typedef {{ file: NonNullable<unknown>, column: NonNullable<unknown> }} Error_Csv_No_HeaderInputs */
/** @typedef {{ file: NonNullable<unknown>, line: NonNullable<unknown>, column: NonNullable<unknown>, name: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Csv_Not_NumberInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Csv_One_ColumnInputs */
/** @typedef {{ file: NonNullable<unknown>, line: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Csv_QuotesInputs */
/** @typedef {{ line: NonNullable<unknown> }} Error_Csv_RowInputs */
/** @typedef {{ file: NonNullable<unknown>, line: NonNullable<unknown>, cells: NonNullable<unknown>, first: NonNullable<unknown>, width: NonNullable<unknown> }} Error_Csv_Row_WidthInputs */
/** @typedef {{}} Error_Csv_The_HeaderInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Data_Bad_GzipInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Data_DeniedInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Data_Empty_FileInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Data_FolderInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Data_Header_OnlyInputs */
/** @typedef {{ file: NonNullable<unknown>, limit: NonNullable<unknown> }} Error_Data_InflatesInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Data_MissingInputs */
/** @typedef {{ dir: NonNullable<unknown>, example: NonNullable<unknown> }} Error_Data_No_Class_FoldersInputs */
/** @typedef {{ path: NonNullable<unknown> }} Error_Data_Npy_AloneInputs */
/** @typedef {{ folder: NonNullable<unknown>, found: NonNullable<unknown>, missing: NonNullable<unknown> }} Error_Data_Partial_FilesInputs */
/** @typedef {{ folder: NonNullable<unknown>, missing: NonNullable<unknown> }} Error_Data_Partial_FolderInputs */
/** @typedef {{ folder: NonNullable<unknown>, missing: NonNullable<unknown> }} Error_Data_Partial_FoldersInputs */
/** @typedef {{ path: NonNullable<unknown> }} Error_Data_Unknown_KindInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Data_UnreadableInputs */
/** @typedef {{ sentence: NonNullable<unknown>, log: NonNullable<unknown> }} Error_Details_In_LogInputs */
/** @typedef {{}} Error_DisconnectedInputs */
/** @typedef {{ epoch: NonNullable<unknown>, loss: NonNullable<unknown>, rate: NonNullable<unknown> }} Error_DivergedInputs */
/** @typedef {{}} Error_Doing_Check_StepsInputs */
/** @typedef {{}} Error_Doing_Delete_GridInputs */
/** @typedef {{}} Error_Doing_Delete_RunInputs */
/** @typedef {{}} Error_Doing_EvaluateInputs */
/** @typedef {{}} Error_Doing_List_GridsInputs */
/** @typedef {{}} Error_Doing_List_LabsInputs */
/** @typedef {{}} Error_Doing_List_LibraryInputs */
/** @typedef {{}} Error_Doing_List_RunsInputs */
/** @typedef {{}} Error_Doing_Load_GridInputs */
/** @typedef {{}} Error_Doing_Load_RunInputs */
/** @typedef {{}} Error_Doing_Open_FileInputs */
/** @typedef {{}} Error_Doing_Open_LabInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Doing_Open_NamedInputs */
/** @typedef {{}} Error_Doing_Rename_RunInputs */
/** @typedef {{}} Error_Doing_Repair_StoreInputs */
/** @typedef {{}} Error_Doing_Save_LabInputs */
/** @typedef {{}} Error_Doing_Start_GridInputs */
/** @typedef {{}} Error_Doing_Start_TrainingInputs */
/** @typedef {{}} Error_Doing_Stop_GridInputs */
/** @typedef {{ url: NonNullable<unknown>, detail: NonNullable<unknown>, byHand: NonNullable<unknown> }} Error_Download_BrokeInputs */
/** @typedef {{ folder: NonNullable<unknown> }} Error_Download_By_HandInputs */
/** @typedef {{ url: NonNullable<unknown>, status: NonNullable<unknown>, byHand: NonNullable<unknown> }} Error_Download_HttpInputs */
/** @typedef {{ url: NonNullable<unknown>, got: NonNullable<unknown>, md5: NonNullable<unknown>, received: NonNullable<unknown>, byHand: NonNullable<unknown> }} Error_Download_Md5Inputs */
/** @typedef {{ folder: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Download_MkdirInputs */
/** @typedef {{ url: NonNullable<unknown>, cause: NonNullable<unknown>, byHand: NonNullable<unknown> }} Error_Download_UnreachableInputs */
/** @typedef {{ monitor: NonNullable<unknown> }} Error_Early_Stopping_No_ValidationInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Export_No_HistoryInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Export_No_History_CliInputs */
/** @typedef {{ format: NonNullable<unknown> }} Error_Export_No_WeightsInputs */
/** @typedef {{ file: NonNullable<unknown>, what: NonNullable<unknown> }} Error_File_BinaryInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_File_MissingInputs */
/** @typedef {{ file: NonNullable<unknown>, megabytes: NonNullable<unknown>, what: NonNullable<unknown> }} Error_File_Too_LargeInputs */
/** @typedef {{ index: NonNullable<unknown>, folds: NonNullable<unknown> }} Error_Fold_MissingInputs */
/** @typedef {{ folds: NonNullable<unknown>, count: NonNullable<unknown> }} Error_Fold_Too_FewInputs */
/** @typedef {{}} Error_Fs_Action_MkdirInputs */
/** @typedef {{}} Error_Fs_Action_ReadInputs */
/** @typedef {{}} Error_Fs_Action_WriteInputs */
/** @typedef {{}} Error_Fs_Cannot_MkdirInputs */
/** @typedef {{}} Error_Fs_Disk_FullInputs */
/** @typedef {{}} Error_Fs_ExistsInputs */
/** @typedef {{ action: NonNullable<unknown>, file: NonNullable<unknown>, why: NonNullable<unknown> }} Error_Fs_FailedInputs */
/** @typedef {{}} Error_Fs_Is_FolderInputs */
/** @typedef {{}} Error_Fs_LoopInputs */
/** @typedef {{}} Error_Fs_MissingInputs */
/** @typedef {{}} Error_Fs_No_ParentInputs */
/** @typedef {{}} Error_Fs_Not_FolderInputs */
/** @typedef {{}} Error_Fs_PermissionInputs */
/** @typedef {{}} Error_Fs_Read_OnlyInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Error_Fs_SystemInputs */
/** @typedef {{}} Error_Fs_Too_LongInputs */
/** @typedef {{}} Error_Fs_Too_Many_OpenInputs */
/** @typedef {{ version: NonNullable<unknown>, current: NonNullable<unknown> }} Error_Future_Version_GraphInputs */
/** @typedef {{ version: NonNullable<unknown>, current: NonNullable<unknown> }} Error_Future_Version_LabInputs */
/** @typedef {{ issues: NonNullable<unknown> }} Error_Graph_InvalidInputs */
/** @typedef {{}} Error_Graph_Not_ObjectInputs */
/** @typedef {{ value: NonNullable<unknown>, limit: NonNullable<unknown> }} Error_Grid_At_LeastInputs */
/** @typedef {{ value: NonNullable<unknown>, limit: NonNullable<unknown> }} Error_Grid_At_MostInputs */
/** @typedef {{ value: NonNullable<unknown> }} Error_Grid_BoolInputs */
/** @typedef {{ issues: NonNullable<unknown> }} Error_Grid_InvalidInputs */
/** @typedef {{ value: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Grid_Is_ValueInputs */
/** @typedef {{ value: NonNullable<unknown>, limit: NonNullable<unknown> }} Error_Grid_Less_ThanInputs */
/** @typedef {{ value: NonNullable<unknown>, limit: NonNullable<unknown> }} Error_Grid_More_ThanInputs */
/** @typedef {{ param: NonNullable<unknown>, name: NonNullable<unknown>, kind: NonNullable<unknown> }} Error_Grid_No_ParamInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Grid_NoneInputs */
/** @typedef {{ value: NonNullable<unknown> }} Error_Grid_Not_NumberInputs */
/** @typedef {{ key: NonNullable<unknown>, list: NonNullable<unknown> }} Error_Grid_Not_SweepableInputs */
/** @typedef {{ value: NonNullable<unknown> }} Error_Grid_Not_WholeInputs */
/** @typedef {{ path: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Grid_NumbersInputs */
/** @typedef {{ list: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Grid_OptimizerInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Error_Grid_Refit_FailedInputs */
/** @typedef {{ name: NonNullable<unknown>, param: NonNullable<unknown> }} Error_Grid_Regularizer_PathInputs */
/** @typedef {{}} Error_Grid_See_Its_RunsInputs */
/** @typedef {{}} Error_Grid_See_Their_RunsInputs */
/** @typedef {{ path: NonNullable<unknown>, problem: NonNullable<unknown> }} Error_Grid_SelectorInputs */
/** @typedef {{ path: NonNullable<unknown>, problem: NonNullable<unknown> }} Error_Grid_SettingInputs */
/** @typedef {{ a: NonNullable<unknown>, b: NonNullable<unknown> }} Error_Grid_TimesInputs */
/** @typedef {{ count: NonNullable<unknown>, values: NonNullable<unknown>, max: NonNullable<unknown> }} Error_Grid_Too_ManyInputs */
/** @typedef {{ trial: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Grid_TrialInputs */
/** @typedef {{ trial: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Grid_Trial_FailedInputs */
/** @typedef {{ trial: NonNullable<unknown>, issue: NonNullable<unknown> }} Error_Grid_Trial_ModelInputs */
/** @typedef {{ trial: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Grid_Trial_No_StartInputs */
/** @typedef {{ trial: NonNullable<unknown>, path: NonNullable<unknown>, issue: NonNullable<unknown> }} Error_Grid_Trial_TrainingInputs */
/** @typedef {{ failed: NonNullable<unknown>, total: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Grid_Trials_FailedInputs */
/** @typedef {{ key: NonNullable<unknown>, other: NonNullable<unknown>, path: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Grid_TwiceInputs */
/** @typedef {{ count: NonNullable<unknown>, path: NonNullable<unknown> }} Error_Grid_Values_OfInputs */
/** @typedef {{ method: NonNullable<unknown>, issues: NonNullable<unknown> }} Error_Host_Invalid_ArgumentsInputs */
/** @typedef {{ method: NonNullable<unknown> }} Error_Host_Unknown_MethodInputs */
/** @typedef {{ file: NonNullable<unknown>, extra: NonNullable<unknown>, what: NonNullable<unknown> }} Error_Idx_ExtraInputs */
/** @typedef {{ count: NonNullable<unknown>, size: NonNullable<unknown> }} Error_Idx_Images_OfInputs */
/** @typedef {{ count: NonNullable<unknown> }} Error_Idx_Labels_OfInputs */
/** @typedef {{ file: NonNullable<unknown>, magic: NonNullable<unknown>, expected: NonNullable<unknown>, why: NonNullable<unknown> }} Error_Idx_MagicInputs */
/** @typedef {{}} Error_Idx_Not_ImagesInputs */
/** @typedef {{}} Error_Idx_Not_LabelsInputs */
/** @typedef {{ magic: NonNullable<unknown> }} Error_Idx_Swapped_ImagesInputs */
/** @typedef {{ magic: NonNullable<unknown> }} Error_Idx_Swapped_LabelsInputs */
/** @typedef {{ file: NonNullable<unknown>, bytes: NonNullable<unknown> }} Error_Idx_Too_ShortInputs */
/** @typedef {{ file: NonNullable<unknown>, what: NonNullable<unknown>, want: NonNullable<unknown>, bytes: NonNullable<unknown> }} Error_Idx_TruncatedInputs */
/** @typedef {{ file: NonNullable<unknown>, bytes: NonNullable<unknown> }} Error_Idx_Truncated_HeaderInputs */
/** @typedef {{ folder: NonNullable<unknown> }} Error_Images_NoneInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Images_Not_ImageInputs */
/** @typedef {{ dir: NonNullable<unknown>, names: NonNullable<unknown>, train: NonNullable<unknown> }} Error_Images_Test_ClassInputs */
/** @typedef {{ dir: NonNullable<unknown>, names: NonNullable<unknown>, train: NonNullable<unknown> }} Error_Images_Test_ClassesInputs */
/** @typedef {{ file: NonNullable<unknown>, size: NonNullable<unknown>, max: NonNullable<unknown> }} Error_Images_Too_BigInputs */
/** @typedef {{ root: NonNullable<unknown>, count: NonNullable<unknown>, size: NonNullable<unknown>, shape: NonNullable<unknown>, cap: NonNullable<unknown> }} Error_Images_Too_ManyInputs */
/** @typedef {{ file: NonNullable<unknown>, format: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Images_UndecodableInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown>, count: NonNullable<unknown> }} Error_Imdb_ArchiveInputs */
/** @typedef {{ folder: NonNullable<unknown>, source: NonNullable<unknown> }} Error_Imdb_InsideInputs */
/** @typedef {{ where: NonNullable<unknown>, layout: NonNullable<unknown> }} Error_Imdb_No_ReviewsInputs */
/** @typedef {{ where: NonNullable<unknown>, step: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_In_StepInputs */
/** @typedef {{ where: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_In_WhereInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Error_InternalInputs */
/** @typedef {{ where: NonNullable<unknown>, problem: NonNullable<unknown>, line: NonNullable<unknown>, column: NonNullable<unknown> }} Error_Json_AtInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Json_CharacterInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Json_EndsInputs */
/** @typedef {{ layer: NonNullable<unknown>, value: NonNullable<unknown>, fallback: NonNullable<unknown>, list: NonNullable<unknown> }} Error_Keras_ActivationInputs */
/** @typedef {{ layer: NonNullable<unknown>, key: NonNullable<unknown>, value: NonNullable<unknown>, expected: NonNullable<unknown> }} Error_Keras_Bad_ValueInputs */
/** @typedef {{ layer: NonNullable<unknown>, axis: NonNullable<unknown> }} Error_Keras_Batchnorm_AxisInputs */
/** @typedef {{}} Error_Keras_Expected_Batch_ShapeInputs */
/** @typedef {{}} Error_Keras_Expected_BoolInputs */
/** @typedef {{}} Error_Keras_Expected_Input_ShapeInputs */
/** @typedef {{}} Error_Keras_Expected_IntInputs */
/** @typedef {{}} Error_Keras_Expected_Int_ListInputs */
/** @typedef {{}} Error_Keras_Expected_NumberInputs */
/** @typedef {{}} Error_Keras_Expected_PairInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Error_Keras_Export_InvalidInputs */
/** @typedef {{ where: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Keras_InInputs */
/** @typedef {{ where: NonNullable<unknown>, detail: NonNullable<unknown>, line: NonNullable<unknown> }} Error_Keras_In_LineInputs */
/** @typedef {{ layer: NonNullable<unknown> }} Error_Keras_Inbound_EmptyInputs */
/** @typedef {{ layer: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Keras_Inbound_Not_ListInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Keras_Input_Not_FirstInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Keras_LayerInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Keras_Layer_NamedInputs */
/** @typedef {{ number: NonNullable<unknown> }} Error_Keras_Layer_NumberInputs */
/** @typedef {{ names: NonNullable<unknown> }} Error_Keras_LoopInputs */
/** @typedef {{ layer: NonNullable<unknown> }} Error_Keras_Merge_In_SequentialInputs */
/** @typedef {{ layer: NonNullable<unknown>, key: NonNullable<unknown>, value: NonNullable<unknown>, uses: NonNullable<unknown> }} Error_Keras_Needs_DefaultInputs */
/** @typedef {{}} Error_Keras_Nested_ModelInputs */
/** @typedef {{ number: NonNullable<unknown> }} Error_Keras_No_Class_NameInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Keras_No_Input_ShapeInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Keras_No_LayersInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Keras_No_Layers_SequentialInputs */
/** @typedef {{ where: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Keras_Not_JsonInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Keras_Not_ModelInputs */
/** @typedef {{ where: NonNullable<unknown>, kind: NonNullable<unknown> }} Error_Keras_Not_Model_ClassInputs */
/** @typedef {{ layer: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Keras_PaddingInputs */
/** @typedef {{}} Error_Keras_Place_CodeInputs */
/** @typedef {{}} Error_Keras_Place_Code_StartInputs */
/** @typedef {{}} Error_Keras_Place_ModelInputs */
/** @typedef {{}} Error_Keras_Place_Model_StartInputs */
/** @typedef {{ layer: NonNullable<unknown>, tensor: NonNullable<unknown>, node: NonNullable<unknown>, source: NonNullable<unknown> }} Error_Keras_Reads_Other_OutputInputs */
/** @typedef {{ layer: NonNullable<unknown>, key: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Keras_RegularizerInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Keras_Same_NameInputs */
/** @typedef {{ layer: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Keras_Shape_Not_FixedInputs */
/** @typedef {{ layer: NonNullable<unknown>, count: NonNullable<unknown> }} Error_Keras_Shared_LayerInputs */
/** @typedef {{ key: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Keras_Unknown_EndInputs */
/** @typedef {{ layer: NonNullable<unknown>, source: NonNullable<unknown> }} Error_Keras_Unknown_SourceInputs */
/** @typedef {{ layer: NonNullable<unknown>, className: NonNullable<unknown>, nested: NonNullable<unknown>, supported: NonNullable<unknown> }} Error_Keras_Unsupported_ClassInputs */
/** @typedef {{}} Error_Keras_Uses_Channels_LastInputs */
/** @typedef {{}} Error_Keras_Uses_Dense_TensorsInputs */
/** @typedef {{}} Error_Keras_Uses_Dilation_1Inputs */
/** @typedef {{}} Error_Keras_Uses_Float32_WeightsInputs */
/** @typedef {{}} Error_Keras_Uses_Groups_1Inputs */
/** @typedef {{}} Error_Keras_Uses_KeepdimsInputs */
/** @typedef {{}} Error_Keras_Uses_No_AdjustmentInputs */
/** @typedef {{}} Error_Keras_Uses_No_ConstraintInputs */
/** @typedef {{}} Error_Keras_Uses_No_LoraInputs */
/** @typedef {{}} Error_Keras_Uses_No_RenormInputs */
/** @typedef {{}} Error_Keras_Uses_No_SeedInputs */
/** @typedef {{}} Error_Keras_Uses_NoneInputs */
/** @typedef {{}} Error_Keras_Uses_One_MaskInputs */
/** @typedef {{}} Error_Keras_Uses_Required_InputInputs */
/** @typedef {{}} Error_Keras_Uses_UnsynchronizedInputs */
/** @typedef {{}} Error_Keras_Uses_Whole_BatchInputs */
/** @typedef {{ value: NonNullable<unknown>, fallback: NonNullable<unknown> }} Error_Kwarn_ActivationInputs */
/** @typedef {{ size: NonNullable<unknown> }} Error_Kwarn_Batch_SizeInputs */
/** @typedef {{ axis: NonNullable<unknown> }} Error_Kwarn_Batchnorm_AxisInputs */
/** @typedef {{ file: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Kwarn_Dataset_UnknownInputs */
/** @typedef {{ dtype: NonNullable<unknown> }} Error_Kwarn_DtypeInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Kwarn_From_LogitsInputs */
/** @typedef {{}} Error_Kwarn_FrozenInputs */
/** @typedef {{ layer: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Kwarn_LayerInputs */
/** @typedef {{ file: NonNullable<unknown>, loss: NonNullable<unknown> }} Error_Kwarn_LossInputs */
/** @typedef {{ file: NonNullable<unknown>, optimizer: NonNullable<unknown> }} Error_Kwarn_Lr_ScheduleInputs */
/** @typedef {{ file: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Kwarn_MnistInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Kwarn_NesterovInputs */
/** @typedef {{ key: NonNullable<unknown>, value: NonNullable<unknown>, uses: NonNullable<unknown> }} Error_Kwarn_Not_ModeledInputs */
/** @typedef {{ file: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Kwarn_OptimizerInputs */
/** @typedef {{ value: NonNullable<unknown> }} Error_Kwarn_PaddingInputs */
/** @typedef {{ key: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Kwarn_RegularizerInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Kwarn_Training_ConfigInputs */
/** @typedef {{ key: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Kwarn_Unknown_SettingInputs */
/** @typedef {{}} Error_Lab_No_NameInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Lab_Not_ObjectInputs */
/** @typedef {{ where: NonNullable<unknown>, issues: NonNullable<unknown> }} Error_Lab_SettingsInputs */
/** @typedef {{ where: NonNullable<unknown>, format: NonNullable<unknown>, expected: NonNullable<unknown> }} Error_Lab_Wrong_FormatInputs */
/** @typedef {{ file: NonNullable<unknown>, where: NonNullable<unknown> }} Error_Labels_EmptyInputs */
/** @typedef {{ file: NonNullable<unknown>, label: NonNullable<unknown>, where: NonNullable<unknown> }} Error_Labels_Not_WholeInputs */
/** @typedef {{ file: NonNullable<unknown>, where: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Labels_One_ClassInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Error_Layout_Invalid_ModelInputs */
/** @typedef {{ name: NonNullable<unknown>, dtype: NonNullable<unknown> }} Error_Layout_Not_Float32Inputs */
/** @typedef {{}} Error_Layout_Not_ValidInputs */
/** @typedef {{}} Error_Layout_QuantizedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Layout_Slash_In_NameInputs */
/** @typedef {{ key: NonNullable<unknown> }} Error_Layout_Weight_ExtraInputs */
/** @typedef {{ key: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Layout_Weight_MissingInputs */
/** @typedef {{ name: NonNullable<unknown>, bytes: NonNullable<unknown> }} Error_Layout_Weights_EndInputs */
/** @typedef {{ key: NonNullable<unknown>, labs: NonNullable<unknown> }} Error_Library_No_LabInputs */
/** @typedef {{ key: NonNullable<unknown> }} Error_Library_No_QuickInputs */
/** @typedef {{ where: NonNullable<unknown>, issues: NonNullable<unknown> }} Error_Library_Quick_InvalidInputs */
/** @typedef {{ labelsFile: NonNullable<unknown>, labels: NonNullable<unknown>, imagesFile: NonNullable<unknown>, images: NonNullable<unknown> }} Error_Mnist_CountInputs */
/** @typedef {{ file: NonNullable<unknown>, count: NonNullable<unknown>, dims: NonNullable<unknown> }} Error_Mnist_DimsInputs */
/** @typedef {{ file: NonNullable<unknown>, label: NonNullable<unknown>, index: NonNullable<unknown>, last: NonNullable<unknown> }} Error_Mnist_Label_RangeInputs */
/** @typedef {{ folder: NonNullable<unknown>, train: NonNullable<unknown>, test: NonNullable<unknown> }} Error_Mnist_Split_ShapesInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Model_File_Bad_Hdf5Inputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Model_File_Bad_ZipInputs */
/** @typedef {{ file: NonNullable<unknown>, name: NonNullable<unknown>, size: NonNullable<unknown>, actual: NonNullable<unknown> }} Error_Model_File_Member_SizeInputs */
/** @typedef {{ file: NonNullable<unknown>, name: NonNullable<unknown>, megabytes: NonNullable<unknown>, cap: NonNullable<unknown> }} Error_Model_File_Member_Too_LargeInputs */
/** @typedef {{ layer: NonNullable<unknown> }} Error_Model_File_No_WeightsInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Model_File_Not_KerasInputs */
/** @typedef {{ layer: NonNullable<unknown>, count: NonNullable<unknown>, needed: NonNullable<unknown>, names: NonNullable<unknown> }} Error_Model_File_Weight_CountInputs */
/** @typedef {{ path: NonNullable<unknown>, layer: NonNullable<unknown> }} Error_Model_File_Weight_MissingInputs */
/** @typedef {{ layer: NonNullable<unknown>, weight: NonNullable<unknown>, shape: NonNullable<unknown>, needed: NonNullable<unknown> }} Error_Model_File_Weight_ShapeInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Model_File_Weights_OnlyInputs */
/** @typedef {{ layer: NonNullable<unknown> }} Error_Model_File_Weights_OrphanInputs */
/** @typedef {{ file: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Model_File_Zip_WithoutInputs */
/** @typedef {{ title: NonNullable<unknown> }} Error_No_Test_Set_EvaluateInputs */
/** @typedef {{ title: NonNullable<unknown> }} Error_No_Test_Set_ValidateInputs */
/** @typedef {{ run: NonNullable<unknown> }} Error_No_Weights_GoneInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_No_Weights_RunInputs */
/** @typedef {{ grid: NonNullable<unknown> }} Error_Not_Found_GridInputs */
/** @typedef {{ run: NonNullable<unknown> }} Error_Not_Found_RunInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Not_Lab_Or_KerasInputs */
/** @typedef {{ grid: NonNullable<unknown> }} Error_Not_Running_GridInputs */
/** @typedef {{ run: NonNullable<unknown>, max: NonNullable<unknown> }} Error_Not_Running_QueuedInputs */
/** @typedef {{ run: NonNullable<unknown> }} Error_Not_Running_RunInputs */
/** @typedef {{ where: NonNullable<unknown>, header: NonNullable<unknown> }} Error_Npy_Bad_HeaderInputs */
/** @typedef {{ where: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Npy_Bad_ShapeInputs */
/** @typedef {{ where: NonNullable<unknown>, dtype: NonNullable<unknown> }} Error_Npy_Big_EndianInputs */
/** @typedef {{ where: NonNullable<unknown>, dtype: NonNullable<unknown> }} Error_Npy_DtypeInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Npy_FortranInputs */
/** @typedef {{ where: NonNullable<unknown>, magic: NonNullable<unknown> }} Error_Npy_Not_NpyInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Npy_ObjectsInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Npy_StructuredInputs */
/** @typedef {{ where: NonNullable<unknown>, shape: NonNullable<unknown>, dtype: NonNullable<unknown>, size: NonNullable<unknown>, cap: NonNullable<unknown> }} Error_Npy_Too_LargeInputs */
/** @typedef {{ where: NonNullable<unknown>, shape: NonNullable<unknown>, bytes: NonNullable<unknown>, dtype: NonNullable<unknown>, actual: NonNullable<unknown> }} Error_Npy_TruncatedInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Npy_Truncated_HeaderInputs */
/** @typedef {{ where: NonNullable<unknown>, version: NonNullable<unknown> }} Error_Npy_VersionInputs */
/** @typedef {{ file: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Npz_ArrayInputs */
/** @typedef {{ file: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Npz_Array_ThenInputs */
/** @typedef {{ file: NonNullable<unknown>, x: NonNullable<unknown>, examples: NonNullable<unknown>, y: NonNullable<unknown>, labels: NonNullable<unknown> }} Error_Npz_Count_MismatchInputs */
/** @typedef {{ file: NonNullable<unknown>, name: NonNullable<unknown>, size: NonNullable<unknown>, actual: NonNullable<unknown> }} Error_Npz_Entry_SizeInputs */
/** @typedef {{ where: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Npz_Feature_ShapeInputs */
/** @typedef {{ names: NonNullable<unknown> }} Error_Npz_Found_ArraysInputs */
/** @typedef {{}} Error_Npz_Found_NoneInputs */
/** @typedef {{ file: NonNullable<unknown>, there: NonNullable<unknown>, missing: NonNullable<unknown> }} Error_Npz_Half_TestInputs */
/** @typedef {{ where: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Npz_Label_ShapeInputs */
/** @typedef {{ file: NonNullable<unknown>, found: NonNullable<unknown> }} Error_Npz_No_ArraysInputs */
/** @typedef {{ where: NonNullable<unknown>, example: NonNullable<unknown>, index: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Npz_Not_FiniteInputs */
/** @typedef {{ where: NonNullable<unknown>, row: NonNullable<unknown> }} Error_Npz_Not_One_HotInputs */
/** @typedef {{ file: NonNullable<unknown>, train: NonNullable<unknown>, test: NonNullable<unknown> }} Error_Npz_Test_ShapeInputs */
/** @typedef {{ file: NonNullable<unknown>, size: NonNullable<unknown>, bytes: NonNullable<unknown>, cap: NonNullable<unknown> }} Error_Npz_Too_LargeInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Npz_UnreadableInputs */
/** @typedef {{ layer: NonNullable<unknown> }} Error_Onnx_Extra_LayerInputs */
/** @typedef {{ lab: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Onnx_Invalid_GraphInputs */
/** @typedef {{ weight: NonNullable<unknown>, dtype: NonNullable<unknown> }} Error_Onnx_Weight_DtypeInputs */
/** @typedef {{ layer: NonNullable<unknown>, weight: NonNullable<unknown>, shape: NonNullable<unknown> }} Error_Onnx_Weight_NoneInputs */
/** @typedef {{ layer: NonNullable<unknown>, weight: NonNullable<unknown>, shape: NonNullable<unknown>, has: NonNullable<unknown> }} Error_Onnx_Weight_ShapeInputs */
/** @typedef {{ weight: NonNullable<unknown> }} Error_Onnx_Weight_UnknownInputs */
/** @typedef {{ weight: NonNullable<unknown>, bytes: NonNullable<unknown> }} Error_Onnx_Weights_EndInputs */
/** @typedef {{}} Error_Path_For_DatasetsInputs */
/** @typedef {{}} Error_Path_For_ExportsInputs */
/** @typedef {{}} Error_Path_For_LabsInputs */
/** @typedef {{}} Error_Path_For_ReportsInputs */
/** @typedef {{ file: NonNullable<unknown>, real: NonNullable<unknown> }} Error_Path_Leads_ToInputs */
/** @typedef {{ file: NonNullable<unknown>, what: NonNullable<unknown>, folders: NonNullable<unknown> }} Error_Path_Outside_ReadsInputs */
/** @typedef {{ file: NonNullable<unknown>, what: NonNullable<unknown>, folders: NonNullable<unknown> }} Error_Path_Outside_WritesInputs */
/** @typedef {{ url: NonNullable<unknown> }} Error_Pool_DisconnectedInputs */
/** @typedef {{ url: NonNullable<unknown> }} Error_Pool_Grid_RunningInputs */
/** @typedef {{ where: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Pool_Job_MalformedInputs */
/** @typedef {{ version: NonNullable<unknown>, current: NonNullable<unknown> }} Error_Pool_Job_VersionInputs */
/** @typedef {{ where: NonNullable<unknown>, minutes: NonNullable<unknown>, why: NonNullable<unknown> }} Error_Pool_Lost_MinuteInputs */
/** @typedef {{ where: NonNullable<unknown>, minutes: NonNullable<unknown>, why: NonNullable<unknown> }} Error_Pool_Lost_MinutesInputs */
/** @typedef {{ url: NonNullable<unknown> }} Error_Pool_No_AnswerInputs */
/** @typedef {{ url: NonNullable<unknown> }} Error_Pool_No_HostInputs */
/** @typedef {{}} Error_Pool_NoneInputs */
/** @typedef {{ url: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Pool_Not_ConnectedInputs */
/** @typedef {{ url: NonNullable<unknown> }} Error_Pool_Not_Redis_UrlInputs */
/** @typedef {{ where: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Pool_Record_MalformedInputs */
/** @typedef {{}} Error_Pool_SilentInputs */
/** @typedef {{}} Error_Pool_The_JobInputs */
/** @typedef {{}} Error_Pool_The_RecordInputs */
/** @typedef {{ name: NonNullable<unknown>, host: NonNullable<unknown>, pid: NonNullable<unknown> }} Error_Pool_Worker_NameInputs */
/** @typedef {{ name: NonNullable<unknown>, host: NonNullable<unknown>, pid: NonNullable<unknown> }} Error_Pool_Worker_Name_HereInputs */
/** @typedef {{ url: NonNullable<unknown>, scheme: NonNullable<unknown> }} Error_Pool_Wrong_SchemeInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Python_EmptyInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Python_Is_JsonInputs */
/** @typedef {{ line: NonNullable<unknown> }} Error_Python_No_Input_ShapeInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Python_No_ModelInputs */
/** @typedef {{ line: NonNullable<unknown>, name: NonNullable<unknown>, inputLine: NonNullable<unknown> }} Error_Python_Other_InputInputs */
/** @typedef {{ line: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Python_Output_Not_From_InputInputs */
/** @typedef {{ line: NonNullable<unknown> }} Error_Python_Sequential_EmptyInputs */
/** @typedef {{ line: NonNullable<unknown>, count: NonNullable<unknown> }} Error_Python_Several_InputsInputs */
/** @typedef {{ where: NonNullable<unknown>, line: NonNullable<unknown> }} Error_Python_UnreadableInputs */
/** @typedef {{ key: NonNullable<unknown>, name: NonNullable<unknown>, value: NonNullable<unknown>, problem: NonNullable<unknown> }} Error_Pywarn_Argument_UnreadInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Pywarn_Augment_CallInputs */
/** @typedef {{ callback: NonNullable<unknown> }} Error_Pywarn_CallbackInputs */
/** @typedef {{ name: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Pywarn_Called_OnInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Pywarn_Called_On_NothingInputs */
/** @typedef {{}} Error_Pywarn_Condition_UnknownInputs */
/** @typedef {{ key: NonNullable<unknown> }} Error_Pywarn_Datagen_OptionInputs */
/** @typedef {{ key: NonNullable<unknown> }} Error_Pywarn_Early_Stopping_OptionInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Pywarn_Extra_ArgumentInputs */
/** @typedef {{ key: NonNullable<unknown> }} Error_Pywarn_Fit_OptionInputs */
/** @typedef {{}} Error_Pywarn_From_LogitsInputs */
/** @typedef {{ width: NonNullable<unknown>, count: NonNullable<unknown> }} Error_Pywarn_Imdb_WidthInputs */
/** @typedef {{ count: NonNullable<unknown> }} Error_Pywarn_Imdb_WordsInputs */
/** @typedef {{}} Error_Pywarn_Input_InsideInputs */
/** @typedef {{ value: NonNullable<unknown> }} Error_Pywarn_Learning_RateInputs */
/** @typedef {{}} Error_Pywarn_Loop_UnknownInputs */
/** @typedef {{ loss: NonNullable<unknown>, losses: NonNullable<unknown> }} Error_Pywarn_LossInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Pywarn_MergeInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Error_Pywarn_MetricInputs */
/** @typedef {{}} Error_Pywarn_Model_UntracedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Error_Pywarn_Models_CompiledInputs */
/** @typedef {{ count: NonNullable<unknown> }} Error_Pywarn_Models_MadeInputs */
/** @typedef {{ count: NonNullable<unknown> }} Error_Pywarn_Models_TrainedInputs */
/** @typedef {{}} Error_Pywarn_Nested_AddInputs */
/** @typedef {{}} Error_Pywarn_Nested_CallInputs */
/** @typedef {{}} Error_Pywarn_Never_CompiledInputs */
/** @typedef {{}} Error_Pywarn_Never_FitInputs */
/** @typedef {{}} Error_Pywarn_No_DatasetInputs */
/** @typedef {{}} Error_Pywarn_No_LossInputs */
/** @typedef {{ value: NonNullable<unknown> }} Error_Pywarn_Not_A_LayerInputs */
/** @typedef {{}} Error_Pywarn_Not_A_Layer_NothingInputs */
/** @typedef {{ issue: NonNullable<unknown> }} Error_Pywarn_Not_Valid_YetInputs */
/** @typedef {{}} Error_Pywarn_One_HotInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Pywarn_Optimizer_ClassInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Pywarn_Optimizer_NameInputs */
/** @typedef {{ key: NonNullable<unknown> }} Error_Pywarn_Optimizer_OptionInputs */
/** @typedef {{ optimizer: NonNullable<unknown> }} Error_Pywarn_Optimizer_UnreadInputs */
/** @typedef {{ steps: NonNullable<unknown> }} Error_Pywarn_Out_Of_StepsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Error_Pywarn_OutputsInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Pywarn_RecursionInputs */
/** @typedef {{ key: NonNullable<unknown>, name: NonNullable<unknown>, value: NonNullable<unknown> }} Error_Pywarn_Shape_UnreadInputs */
/** @typedef {{ layer: NonNullable<unknown>, copy: NonNullable<unknown> }} Error_Pywarn_Shared_LayerInputs */
/** @typedef {{ start: NonNullable<unknown>, end: NonNullable<unknown> }} Error_Pywarn_Train_SubsetInputs */
/** @typedef {{}} Error_Pywarn_Train_Test_SplitInputs */
/** @typedef {{ key: NonNullable<unknown>, value: NonNullable<unknown>, problem: NonNullable<unknown> }} Error_Pywarn_Training_SettingInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Pywarn_Unknown_DatasetInputs */
/** @typedef {{ name: NonNullable<unknown>, layers: NonNullable<unknown> }} Error_Pywarn_Unknown_LayerInputs */
/** @typedef {{}} Error_Pywarn_Unreadable_LineInputs */
/** @typedef {{ count: NonNullable<unknown> }} Error_Pywarn_Validation_FirstInputs */
/** @typedef {{ count: NonNullable<unknown> }} Error_Pywarn_Validation_Split_SubsetInputs */
/** @typedef {{ count: NonNullable<unknown>, rows: NonNullable<unknown> }} Error_Pywarn_Validation_Test_PartInputs */
/** @typedef {{}} Error_Pywarn_Validation_UnknownInputs */
/** @typedef {{}} Error_Pywarn_WhileInputs */
/** @typedef {{ low: NonNullable<unknown>, high: NonNullable<unknown>, zoom: NonNullable<unknown> }} Error_Pywarn_ZoomInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Redis_Bad_PasswordInputs */
/** @typedef {{ where: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Redis_FailedInputs */
/** @typedef {{ where: NonNullable<unknown>, seconds: NonNullable<unknown>, tls: NonNullable<unknown> }} Error_Redis_No_AnswerInputs */
/** @typedef {{}} Error_Redis_No_Answer_TlsInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Redis_No_HostInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Redis_RefusedInputs */
/** @typedef {{ where: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Redis_TlsInputs */
/** @typedef {{ where: NonNullable<unknown>, code: NonNullable<unknown> }} Error_Redis_UnreachableInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Redis_Wants_PasswordInputs */
/** @typedef {{}} Error_Report_Attachment_CutInputs */
/** @typedef {{}} Error_Report_Attachment_InflateInputs */
/** @typedef {{}} Error_Report_Data_CutInputs */
/** @typedef {{ path: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Report_InvalidInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Report_No_AttachmentInputs */
/** @typedef {{}} Error_Report_No_DataInputs */
/** @typedef {{}} Error_Report_Not_JsonInputs */
/** @typedef {{ file: NonNullable<unknown>, why: NonNullable<unknown> }} Error_Report_Not_ReportInputs */
/** @typedef {{}} Error_Report_The_DataInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Report_UnreadableInputs */
/** @typedef {{ dir: NonNullable<unknown> }} Error_Reports_FolderInputs */
/** @typedef {{ where: NonNullable<unknown>, code: NonNullable<unknown> }} Error_Roster_Bad_CodeInputs */
/** @typedef {{ file: NonNullable<unknown>, code: NonNullable<unknown>, name: NonNullable<unknown>, owner: NonNullable<unknown> }} Error_Roster_Code_TakenInputs */
/** @typedef {{ line: NonNullable<unknown>, file: NonNullable<unknown> }} Error_Roster_LineInputs */
/** @typedef {{ where: NonNullable<unknown>, name: NonNullable<unknown>, max: NonNullable<unknown> }} Error_Roster_Long_NameInputs */
/** @typedef {{}} Error_Roster_New_StudentInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_Roster_No_NameInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Roster_Not_RosterInputs */
/** @typedef {{ where: NonNullable<unknown>, name: NonNullable<unknown> }} Error_Roster_TwiceInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Roster_UnreadableInputs */
/** @typedef {{}} Error_Run_Name_EmptyInputs */
/** @typedef {{}} Error_Scriptwarn_AugmentationInputs */
/** @typedef {{ path: NonNullable<unknown> }} Error_Scriptwarn_Csv_HeaderInputs */
/** @typedef {{ fold: NonNullable<unknown>, folds: NonNullable<unknown> }} Error_Scriptwarn_FoldsInputs */
/** @typedef {{ fold: NonNullable<unknown>, folds: NonNullable<unknown> }} Error_Scriptwarn_Folds_StratifiedInputs */
/** @typedef {{}} Error_Scriptwarn_GridInputs */
/** @typedef {{}} Error_Scriptwarn_Grid_FoldsInputs */
/** @typedef {{ params: NonNullable<unknown>, why: NonNullable<unknown> }} Error_Scriptwarn_Grid_Left_OutInputs */
/** @typedef {{ path: NonNullable<unknown> }} Error_Scriptwarn_Image_FolderInputs */
/** @typedef {{}} Error_Scriptwarn_ImdbInputs */
/** @typedef {{}} Error_Scriptwarn_No_Test_SetInputs */
/** @typedef {{ issue: NonNullable<unknown> }} Error_Scriptwarn_Not_ValidInputs */
/** @typedef {{ path: NonNullable<unknown> }} Error_Scriptwarn_Sweeps_FixedInputs */
/** @typedef {{ path: NonNullable<unknown>, problem: NonNullable<unknown> }} Error_Scriptwarn_Sweeps_ProblemInputs */
/** @typedef {{ key: NonNullable<unknown> }} Error_Scriptwarn_Sweeps_TrainingInputs */
/** @typedef {{ shape: NonNullable<unknown> }} Error_Scriptwarn_SyntheticInputs */
/** @typedef {{}} Error_Scriptwarn_Why_AugmentsInputs */
/** @typedef {{ what: NonNullable<unknown> }} Error_Scriptwarn_Why_SweepsInputs */
/** @typedef {{ error: NonNullable<unknown> }} Error_Scriptwarn_Why_UnexpandableInputs */
/** @typedef {{ fraction: NonNullable<unknown>, count: NonNullable<unknown> }} Error_Split_EmptyInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Store_Cannot_OpenInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Store_ClosedInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown>, advice: NonNullable<unknown> }} Error_Store_DamagedInputs */
/** @typedef {{ file: NonNullable<unknown>, run: NonNullable<unknown>, epoch: NonNullable<unknown>, detail: NonNullable<unknown>, advice: NonNullable<unknown> }} Error_Store_Damaged_InsightsInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Store_FullInputs */
/** @typedef {{ file: NonNullable<unknown>, version: NonNullable<unknown>, current: NonNullable<unknown> }} Error_Store_FutureInputs */
/** @typedef {{ file: NonNullable<unknown>, code: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Store_IoInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Store_LockedInputs */
/** @typedef {{ why: NonNullable<unknown>, file: NonNullable<unknown> }} Error_Store_Needs_FolderInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Store_Nothing_To_MoveInputs */
/** @typedef {{ file: NonNullable<unknown>, detail: NonNullable<unknown> }} Error_Store_Read_OnlyInputs */
/** @typedef {{ file: NonNullable<unknown> }} Error_Store_Repair_AdviceInputs */
/** @typedef {{ subset: NonNullable<unknown>, count: NonNullable<unknown> }} Error_Subset_Too_LargeInputs */
/** @typedef {{ shape: NonNullable<unknown>, fixed: NonNullable<unknown>, classes: NonNullable<unknown> }} Error_Synthetic_ClassesInputs */
/** @typedef {{}} Error_Trainer_EndedInputs */
/** @typedef {{ code: NonNullable<unknown> }} Error_Trainer_How_ExitedInputs */
/** @typedef {{ signal: NonNullable<unknown> }} Error_Trainer_How_KilledInputs */
/** @typedef {{}} Error_Trainer_No_AnswerInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Error_Trainer_No_StartInputs */
/** @typedef {{ how: NonNullable<unknown> }} Error_Trainer_StoppedInputs */
/** @typedef {{ how: NonNullable<unknown>, tail: NonNullable<unknown> }} Error_Trainer_Stopped_SaidInputs */
/** @typedef {{ first: NonNullable<unknown>, second: NonNullable<unknown> }} Error_Two_SentencesInputs */
/** @typedef {{ source: NonNullable<unknown>, weight: NonNullable<unknown> }} Error_Weights_ExtraInputs */
/** @typedef {{ source: NonNullable<unknown>, weight: NonNullable<unknown>, layer: NonNullable<unknown> }} Error_Weights_No_WeightInputs */
/** @typedef {{ name: NonNullable<unknown> }} Error_Weights_RunInputs */
/** @typedef {{ source: NonNullable<unknown>, weight: NonNullable<unknown>, shape: NonNullable<unknown>, layer: NonNullable<unknown>, needs: NonNullable<unknown> }} Error_Weights_ShapeInputs */
/** @typedef {{ weight: NonNullable<unknown>, layer: NonNullable<unknown>, needs: NonNullable<unknown> }} Error_Weights_Stored_MissingInputs */
/** @typedef {{ weight: NonNullable<unknown>, shape: NonNullable<unknown>, layer: NonNullable<unknown>, needs: NonNullable<unknown> }} Error_Weights_Stored_ShapeInputs */
/** @typedef {{}} Error_What_Keras_JsonInputs */
/** @typedef {{}} Error_What_Lab_FileInputs */
/** @typedef {{}} Error_What_Python_FileInputs */
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
/** @typedef {{ kernels: NonNullable<unknown> }} Hosttext_Fast_KernelsInputs */
/** @typedef {{ fold: NonNullable<unknown>, folds: NonNullable<unknown> }} Hosttext_Name_FoldInputs */
/** @typedef {{ lab: NonNullable<unknown> }} Hosttext_Name_GridInputs */
/** @typedef {{}} Hosttext_Name_HoldoutInputs */
/** @typedef {{ file: NonNullable<unknown> }} Hosttext_Name_ImportedInputs */
/** @typedef {{ grid: NonNullable<unknown>, trial: NonNullable<unknown> }} Hosttext_Name_RefitInputs */
/** @typedef {{}} Hosttext_No_SimdInputs */
/** @typedef {{}} Hosttext_SimdInputs */
/** @typedef {{}} Hosttext_Single_ThreadInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Hosttext_Skip_Device_RefusedInputs */
/** @typedef {{ pkg: NonNullable<unknown>, detail: NonNullable<unknown> }} Hosttext_Skip_Load_FailedInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Hosttext_Skip_No_AdapterInputs */
/** @typedef {{ pkg: NonNullable<unknown> }} Hosttext_Skip_No_CudaInputs */
/** @typedef {{}} Hosttext_Skip_No_DriverInputs */
/** @typedef {{ pkg: NonNullable<unknown> }} Hosttext_Skip_Not_InstalledInputs */
/** @typedef {{ backend: NonNullable<unknown> }} Hosttext_Skip_Not_StartedInputs */
/** @typedef {{ backend: NonNullable<unknown>, detail: NonNullable<unknown> }} Hosttext_Skip_Not_Started_BecauseInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Hosttext_Skip_OptionalInputs */
/** @typedef {{ wanted: NonNullable<unknown> }} Hosttext_Skip_RequestedInputs */
/** @typedef {{ gpu: NonNullable<unknown> }} Hosttext_Skip_SoftwareInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Hosttext_Skip_Webgpu_BackendInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Hosttext_Skip_Webgpu_BindingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Hosttext_ThreadsInputs */
/** @typedef {{ count: NonNullable<unknown>, detail: NonNullable<unknown> }} Hosttext_Threads_FailedInputs */
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
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shapes: NonNullable<unknown> }} Issue_Add_ShapesInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shape: NonNullable<unknown> }} Issue_Already_FlatInputs */
/** @typedef {{ id: NonNullable<unknown> }} Issue_Bad_EdgeInputs */
/** @typedef {{ name: NonNullable<unknown>, activation: NonNullable<unknown> }} Issue_Binary_ActivationInputs */
/** @typedef {{ dataset: NonNullable<unknown>, classes: NonNullable<unknown> }} Issue_Binary_ClassesInputs */
/** @typedef {{ name: NonNullable<unknown>, shape: NonNullable<unknown> }} Issue_Binary_UnitsInputs */
/** @typedef {{ name: NonNullable<unknown>, activation: NonNullable<unknown>, loss: NonNullable<unknown> }} Issue_Class_ActivationInputs */
/** @typedef {{ name: NonNullable<unknown>, shape: NonNullable<unknown>, dataset: NonNullable<unknown>, classes: NonNullable<unknown> }} Issue_Class_UnitsInputs */
/** @typedef {{ name: NonNullable<unknown>, shape: NonNullable<unknown>, dataset: NonNullable<unknown>, classes: NonNullable<unknown> }} Issue_Class_Units_FlattenInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shapes: NonNullable<unknown>, axis: NonNullable<unknown> }} Issue_Concat_RankInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shapes: NonNullable<unknown>, axis: NonNullable<unknown> }} Issue_Concat_SizesInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown> }} Issue_CycleInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, count: NonNullable<unknown>, names: NonNullable<unknown> }} Issue_Dead_EndInputs */
/** @typedef {{ id: NonNullable<unknown> }} Issue_Duplicate_IdInputs */
/** @typedef {{ name: NonNullable<unknown> }} Issue_Duplicate_NameInputs */
/** @typedef {{}} Issue_EmptyInputs */
/** @typedef {{ trial: NonNullable<unknown>, issue: NonNullable<unknown> }} Issue_Grid_InvalidInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown> }} Issue_Input_Has_InputsInputs */
/** @typedef {{ name: NonNullable<unknown>, shape: NonNullable<unknown>, size: NonNullable<unknown>, dataset: NonNullable<unknown>, expected: NonNullable<unknown>, expectedSize: NonNullable<unknown> }} Issue_Input_ShapeInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown> }} Issue_Input_UnconnectedInputs */
/** @typedef {{}} Issue_Join_AndInputs */
/** @typedef {{}} Issue_Join_CommaInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, kernel: NonNullable<unknown>, image: NonNullable<unknown> }} Issue_Kernel_Too_BigInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shape: NonNullable<unknown> }} Issue_Needs_FlatInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shape: NonNullable<unknown> }} Issue_Needs_Flat_ImageInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shape: NonNullable<unknown> }} Issue_Needs_ImageInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shape: NonNullable<unknown>, image: NonNullable<unknown> }} Issue_Needs_Image_FlatInputs */
/** @typedef {{}} Issue_No_InputInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown> }} Issue_No_InputsInputs */
/** @typedef {{}} Issue_No_OutputInputs */
/** @typedef {{ why: NonNullable<unknown> }} Issue_Not_Ready_To_TrainInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, param: NonNullable<unknown>, problem: NonNullable<unknown> }} Issue_ParamInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, window: NonNullable<unknown>, image: NonNullable<unknown> }} Issue_Pool_WindowInputs */
/** @typedef {{ value: NonNullable<unknown>, min: NonNullable<unknown> }} Issue_Problem_At_LeastInputs */
/** @typedef {{ value: NonNullable<unknown>, min: NonNullable<unknown>, max: NonNullable<unknown> }} Issue_Problem_BelowInputs */
/** @typedef {{ value: NonNullable<unknown>, min: NonNullable<unknown>, max: NonNullable<unknown> }} Issue_Problem_BetweenInputs */
/** @typedef {{}} Issue_Problem_BoolInputs */
/** @typedef {{ value: NonNullable<unknown>, options: NonNullable<unknown> }} Issue_Problem_EnumInputs */
/** @typedef {{ value: NonNullable<unknown> }} Issue_Problem_Not_NumberInputs */
/** @typedef {{ value: NonNullable<unknown> }} Issue_Problem_Not_WholeInputs */
/** @typedef {{ value: NonNullable<unknown> }} Issue_Problem_PairInputs */
/** @typedef {{ l1: NonNullable<unknown>, l2: NonNullable<unknown> }} Issue_Problem_RegularizerInputs */
/** @typedef {{ value: NonNullable<unknown> }} Issue_Problem_ShapeInputs */
/** @typedef {{ value: NonNullable<unknown> }} Issue_Problem_Shape_InferInputs */
/** @typedef {{ name: NonNullable<unknown> }} Issue_QuotedInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shape: NonNullable<unknown>, total: NonNullable<unknown>, target: NonNullable<unknown>, known: NonNullable<unknown> }} Issue_Reshape_MultipleInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, shape: NonNullable<unknown>, total: NonNullable<unknown>, target: NonNullable<unknown>, known: NonNullable<unknown> }} Issue_Reshape_SizeInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown> }} Issue_Second_InputInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown> }} Issue_Self_LoopInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, min: NonNullable<unknown>, count: NonNullable<unknown> }} Issue_Too_Few_InputsInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown>, max: NonNullable<unknown> }} Issue_Too_LargeInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown>, total: NonNullable<unknown>, max: NonNullable<unknown> }} Issue_Too_Large_OfInputs */
/** @typedef {{ kind: NonNullable<unknown>, name: NonNullable<unknown>, count: NonNullable<unknown> }} Issue_Too_Many_InputsInputs */
/** @typedef {{}} Lab_AboutInputs */
/** @typedef {{}} Lab_About_PlaceholderInputs */
/** @typedef {{}} Lab_Info_RegionInputs */
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
/** @typedef {{ name: NonNullable<unknown> }} Lab_Quick_NameInputs */
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
/** @typedef {{ name: NonNullable<unknown>, warnings: NonNullable<unknown> }} Notice_File_WarningsInputs */
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
/** @typedef {{}} Tpl_Cnn_DescriptionInputs */
/** @typedef {{}} Tpl_Cnn_TitleInputs */
/** @typedef {{}} Tpl_Imdb_BlurbInputs */
/** @typedef {{}} Tpl_Imdb_DescriptionInputs */
/** @typedef {{}} Tpl_Logistic_BlurbInputs */
/** @typedef {{}} Tpl_Logistic_DescriptionInputs */
/** @typedef {{}} Tpl_Logistic_TitleInputs */
/** @typedef {{}} Tpl_Mlp16_BlurbInputs */
/** @typedef {{}} Tpl_Mlp16_DescriptionInputs */
/** @typedef {{}} Tpl_Mlp16_TitleInputs */
/** @typedef {{}} Tpl_Mlp512_BlurbInputs */
/** @typedef {{}} Tpl_Mlp512_DescriptionInputs */
/** @typedef {{}} Tpl_Moons_BlurbInputs */
/** @typedef {{}} Tpl_Moons_DescriptionInputs */
/** @typedef {{}} Tpl_Moons_NameInputs */
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
/** @typedef {{ phrase: NonNullable<unknown>, layers: NonNullable<unknown> }} Words_AfterInputs */
/** @typedef {{}} Words_All_ExamplesInputs */
/** @typedef {{ phrase: NonNullable<unknown> }} Words_At_StartInputs */
/** @typedef {{}} Words_Aug_FillInputs */
/** @typedef {{}} Words_Aug_Fill_ValueInputs */
/** @typedef {{}} Words_Aug_Height_ShiftInputs */
/** @typedef {{}} Words_Aug_Horizontal_FlipInputs */
/** @typedef {{}} Words_Aug_RotationInputs */
/** @typedef {{}} Words_Aug_ShearInputs */
/** @typedef {{}} Words_Aug_Vertical_FlipInputs */
/** @typedef {{}} Words_Aug_Width_ShiftInputs */
/** @typedef {{}} Words_Aug_ZoomInputs */
/** @typedef {{ list: NonNullable<unknown> }} Words_AugmentationInputs */
/** @typedef {{}} Words_Augmentation_NameInputs */
/** @typedef {{}} Words_Augmentation_NoneInputs */
/** @typedef {{ size: NonNullable<unknown> }} Words_BatchInputs */
/** @typedef {{}} Words_Batch_SizeInputs */
/** @typedef {{}} Words_Changes_JoinInputs */
/** @typedef {{}} Words_DatasetInputs */
/** @typedef {{}} Words_DefaultInputs */
/** @typedef {{ monitor: NonNullable<unknown>, patience: NonNullable<unknown> }} Words_Early_StoppingInputs */
/** @typedef {{ monitor: NonNullable<unknown>, patience: NonNullable<unknown> }} Words_Early_Stopping_BestInputs */
/** @typedef {{}} Words_Early_Stopping_NameInputs */
/** @typedef {{ setting: NonNullable<unknown> }} Words_Early_Stopping_SettingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Words_EpochsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Words_First_ExamplesInputs */
/** @typedef {{ fold: NonNullable<unknown>, folds: NonNullable<unknown> }} Words_FoldInputs */
/** @typedef {{ count: NonNullable<unknown> }} Words_ImdbInputs */
/** @typedef {{ what: NonNullable<unknown>, now: NonNullable<unknown>, before: NonNullable<unknown> }} Words_InsteadInputs */
/** @typedef {{ now: NonNullable<unknown>, before: NonNullable<unknown> }} Words_Instead_OfInputs */
/** @typedef {{ value: NonNullable<unknown> }} Words_Label_SmoothingInputs */
/** @typedef {{}} Words_Label_Smoothing_NameInputs */
/** @typedef {{ what: NonNullable<unknown> }} Words_NoInputs */
/** @typedef {{}} Words_NoneInputs */
/** @typedef {{}} Words_Not_Shuffled_Each_EpochInputs */
/** @typedef {{}} Words_OffInputs */
/** @typedef {{}} Words_OnInputs */
/** @typedef {{ phrase: NonNullable<unknown>, layer: NonNullable<unknown> }} Words_On_LayerInputs */
/** @typedef {{ phrase: NonNullable<unknown>, count: NonNullable<unknown> }} Words_On_LayersInputs */
/** @typedef {{}} Words_Shuffled_Each_EpochInputs */
/** @typedef {{}} Words_Shuffled_LabelsInputs */
/** @typedef {{ shape: NonNullable<unknown>, samples: NonNullable<unknown>, noise: NonNullable<unknown> }} Words_SyntheticInputs */
/** @typedef {{}} Words_The_StartInputs */
/** @typedef {{}} Words_True_LabelsInputs */
/** @typedef {{}} Words_Validation_NoneInputs */
/** @typedef {{ fraction: NonNullable<unknown> }} Words_Validation_SplitInputs */
/** @typedef {{}} Words_Validation_TestInputs */
import * as registry from "../registry.js"


export const activations_bars_label = /** @type {(inputs: Activations_Bars_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}, ppéér láýýéér áñdd rrüñ`)
};

export const activations_dead = /** @type {(inputs: Activations_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDééád RééLLÛs`)
};

export const activations_dead_title = /** @type {(inputs: Activations_Dead_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDééád RééLLÛ üñíítts`)
};

export const activations_dead_units = /** @type {(inputs: Activations_Dead_UnitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddééád üññííts`)
};

export const activations_describe = /** @type {(inputs: Activations_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} ööff ${i?.layer}'ss ööütpüütts bý ééppöçh, áá llíñé ppéér rüññ`)
};

export const activations_history_title = /** @type {(inputs: Activations_History_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} ööff ${i?.layer} bbýý épöççhh`)
};

export const activations_layer_label = /** @type {(inputs: Activations_Layer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýér bbýý épöççhh`)
};

export const activations_mean_std = /** @type {(inputs: Activations_Mean_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmééáñ ± sttdd`)
};

export const activations_none = /** @type {(inputs: Activations_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé tíççkkéd rüüññs réççöördédd ññö áçttíívátííööñs.`)
};

export const activations_of = /** @type {(inputs: Activations_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööff`)
};

export const activations_spread = /** @type {(inputs: Activations_SpreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSppréádd (sstd)`)
};

export const activations_spread_title = /** @type {(inputs: Activations_Spread_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMééáñ ± sttdd öf éááççh láýýéér's öüüttpütss`)
};

export const activations_stat_label = /** @type {(inputs: Activations_Stat_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttátíssttíç býý éépöçhh`)
};

export const activations_std = /** @type {(inputs: Activations_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttd öf ööüütpüttss`)
};

export const activations_tick = /** @type {(inputs: Activations_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTííçk á rrüüñ tö ssééé ítss ááçtívváátíöññss.`)
};

export const aug_cval_help = /** @type {(inputs: Aug_Cval_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ííññ thé mmöödél'ss üüñítss: 0 bbláçkk, 1 wwhítéé`)
};

export const aug_fill_constant = /** @type {(inputs: Aug_Fill_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffíílls wwííth çvváál (kkkk|áábçd|kkkkk)`)
};

export const aug_fill_mode = /** @type {(inputs: Aug_Fill_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffííll mööddé`)
};

export const aug_fill_nearest = /** @type {(inputs: Aug_Fill_NearestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rréépéáttss thé ééddgé pííxxéls (ááááá|ábççdd|ddd)`)
};

export const aug_fill_reflect = /** @type {(inputs: Aug_Fill_ReflectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmíírrörrss thé íímmágé (ççbbá|ábççdd|dçb)`)
};

export const aug_fill_value = /** @type {(inputs: Aug_Fill_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffííll váállüé`)
};

export const aug_fill_wrap = /** @type {(inputs: Aug_Fill_WrapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rréépéáttss thé íímmágé (áábbç|ábççdd|bçd: ssççípý öövvérláápps théé ééñds)`)
};

export const aug_flip_lr = /** @type {(inputs: Aug_Flip_LrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffllíp lééfft-rígghht`)
};

export const aug_flip_ud = /** @type {(inputs: Aug_Flip_UdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffllíp üppssídé ddööwñ`)
};

export const aug_height_shift = /** @type {(inputs: Aug_Height_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hhééíghtt sshíftt`)
};

export const aug_height_shift_help = /** @type {(inputs: Aug_Height_Shift_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffrráçtííööñ öf tthhé héíígght (< 1) örr ppíxéllss; Kérááss mövééss thé íímmágé ssíídéwááýýs förr íít`)
};

export const aug_label = /** @type {(inputs: Aug_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅüügméññttátíööññ sétttííñgs`)
};

export const aug_not_images = /** @type {(inputs: Aug_Not_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅüügméññttátíööññ tráññssförmmss ímággéés; ${i?.title} ééxxámplléés áréé ${i?.shape}, ssöö ít dööéés ñött áápplýý hhéré.`)
};

export const aug_on = /** @type {(inputs: Aug_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüügméññtt thé ttrráíñííññg ímáággés`)
};

export const aug_rotation = /** @type {(inputs: Aug_RotationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rröötátííööñ°`)
};

export const aug_rotation_help = /** @type {(inputs: Aug_Rotation_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá rráñdöömm áñglléé íñ ±r ddéégréééss`)
};

export const aug_shear = /** @type {(inputs: Aug_ShearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhéár°`)
};

export const aug_shear_help = /** @type {(inputs: Aug_Shear_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá rráñdöömm shéáárr áñglléé íñ ±s ddéégréééss`)
};

export const aug_title = /** @type {(inputs: Aug_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅüügméññttátíööññ`)
};

export const aug_turn_off = /** @type {(inputs: Aug_Turn_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTüürñ áüüggméñttáátíöññ ööff`)
};

export const aug_width_shift = /** @type {(inputs: Aug_Width_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwíídth sshhíft`)
};

export const aug_width_shift_help = /** @type {(inputs: Aug_Width_Shift_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffrráçtííööñ öf tthhé wíddtth (< 1) ör ppííxélss; KKéráss mmövéss tthé ímmáágé üpp ááñd dööwwñ förr íít`)
};

export const aug_zoom = /** @type {(inputs: Aug_ZoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`zzöööm`)
};

export const aug_zoom_help = /** @type {(inputs: Aug_Zoom_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssççálé bbýý 1 ± z, éáççhh áxíss ööñ ítss ööwñ`)
};

export const augpreview_another = /** @type {(inputs: Augpreview_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅññöthéérr sámppllé`)
};

export const augpreview_augmented = /** @type {(inputs: Augpreview_AugmentedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüügméññttéd`)
};

export const augpreview_hint = /** @type {(inputs: Augpreview_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØrrígíññáál, thééññ áügmmééñtédd vvérsííööñs`)
};

export const augpreview_label = /** @type {(inputs: Augpreview_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅüügméññttátíööññ prévvííéw`)
};

export const augpreview_loading = /** @type {(inputs: Augpreview_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööádíññgg thé ffíírst ttrráíñííññg ímáággés…`)
};

export const augpreview_original = /** @type {(inputs: Augpreview_OriginalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`öörrígíññáál`)
};

export const badge_browser = /** @type {(inputs: Badge_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBrröwséérr höstt`)
};

export const badge_checking = /** @type {(inputs: Badge_CheckingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhéçkííññg théé ççömpüütté báççkkéñd…`)
};

export const badge_desktop = /** @type {(inputs: Badge_DesktopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDéésktööpp ápp`)
};

export const badge_faster_not_used = /** @type {(inputs: Badge_Faster_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFáástérr ööptíööññs ñött üüséd:`)
};

export const badge_fastest = /** @type {(inputs: Badge_FastestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís íss tthé fáásstéstt bbáçkééññd LáýýéérLább kkñöwss.`)
};

export const badge_gpu_found = /** @type {(inputs: Badge_Gpu_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GGPPÛ föüüññd: ${i?.name}`)
};

export const badge_gpu_software = /** @type {(inputs: Badge_Gpu_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, áá ssöftwwááré áddááptérr (íít rüññss öñ thhéé ÇPÛ)`)
};

export const badge_reconnecting = /** @type {(inputs: Badge_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRééçöñññééçtíññgg tö thhéé LáýéérrLáb sséérvérr…`)
};

export const badge_title = /** @type {(inputs: Badge_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrráíñss ööñ ${i?.backend}: tthhé çömmppüté bbááçkéññdd thé ttrráíñéérr üséss`)
};

export const badge_trains_on = /** @type {(inputs: Badge_Trains_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñss ööñ`)
};

export const boundary_classes = /** @type {(inputs: Boundary_ClassesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇllássééss`)
};

export const boundary_key = /** @type {(inputs: Boundary_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppáálé: thhéé mödééll hésííttátéss · sströññgg: ít íss ssüré`)
};

export const boundary_label = /** @type {(inputs: Boundary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDééçísííööñ böüüññdárýý`)
};

export const boundary_none_tick = /** @type {(inputs: Boundary_None_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé déççíísíöññ bböüñddáárý íss ddráwññ fför mööddéls tthhát táákké 2 íñppüüts (thhéé géñéérrátédd 2-DD sétss, áá 2-çölüümmñ ÇSVV); ttíçk ssüüçh á rrüüñ tö ssééé ít.`)
};

export const boundary_none_ticked = /** @type {(inputs: Boundary_None_TickedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé déççíísíöññ bböüñddáárý íss ddráwññ fför mööddéls tthhát táákké 2 íñppüüts (thhéé géñéérrátédd 2-DD sétss, áá 2-çölüümmñ ÇSVV); ññö tíççkkéd rüüññ hás ööññé.`)
};

export const boundary_plot_label = /** @type {(inputs: Boundary_Plot_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`DDééçísííööñ böüüññdárýý ööf ${i?.name} áátt épöççhh ${i?.epoch}: tthhé prééddíçtéédd çlássss övérr tthé íññppüt pllááñé, wíítth théé ttráíññííñg pööííñts`)
};

export const cancel = /** @type {(inputs: CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇááñçéll`)
};

export const canvas_empty = /** @type {(inputs: Canvas_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`DDrrág lááýýérs hhééré frrööm théé ppálétttté, ör ppííçk öññéé öf thhéé ${i?.key}.`)
};

export const canvas_label = /** @type {(inputs: Canvas_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöödél ggrráph. ÅÅrrröw kkééýs möövvé béttwwééñ llááýérss, DDéléttéé rémöövvés, Ålltt+árrööwws réöörrdér.`)
};

export const canvas_layers = /** @type {(inputs: Canvas_LayersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} llááýér`);
	return /** @type {LocalizedString} */ (`${i?.count} llááýérss`)
	
};

export const canvas_parameters = /** @type {(inputs: Canvas_ParametersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`ppáárámééttér`);
	return /** @type {LocalizedString} */ (`ppáárámééttérs`)
	
};

export const canvas_structure = /** @type {(inputs: Canvas_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé möddéél's lááýýérs ááññd çöññññéçtííööñs`)
};

export const chart_accuracy = /** @type {(inputs: Chart_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅçççürááççý`)
};

export const chart_axis_epoch = /** @type {(inputs: Chart_Axis_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééppöçh`)
};

export const chart_boundary = /** @type {(inputs: Chart_BoundaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBööüñdáárrý`)
};

export const chart_canvas_fallback = /** @type {(inputs: Chart_Canvas_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñííññg çürrvvés; thhéé ñümbbéérs árréé íñ thhéé rüñss llíst.`)
};

export const chart_canvas_label = /** @type {(inputs: Chart_Canvas_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} ppéér épööççh: trááííñíñgg ssölídd, vválíddáátíöññ ddáshéédd`)
};

export const chart_empty = /** @type {(inputs: Chart_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`PPrréss ${i?.key} ttöö wátççhh thé ttrráíñííññg áñdd vválíddáátíöññ ççürvééss, ör tííççk rüññss íñ thhéé lístt ttö çömmppáré tthhém.`)
};

export const chart_enlarge = /** @type {(inputs: Chart_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉññlárggéé`)
};

export const chart_enlarge_label = /** @type {(inputs: Chart_Enlarge_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÉÉññlárggéé thé ${i?.title} ççhhárt`)
};

export const chart_enlarge_title = /** @type {(inputs: Chart_Enlarge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShhöw thhíís çháárrt övéérr möstt ööf théé wwíñdööww`)
};

export const chart_enlarged = /** @type {(inputs: Chart_EnlargedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} ççhhárt, ééññlárggééd`)
};

export const chart_export_best = /** @type {(inputs: Chart_Export_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbéést éppööçh (lööwwést vváál_lössss)`)
};

export const chart_export_early_stopping = /** @type {(inputs: Chart_Export_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg`)
};

export const chart_export_penalty = /** @type {(inputs: Chart_Export_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LL1/LL2 péñáálltý (lííññés ábböövé: dááttá lössss)`)
};

export const chart_inside = /** @type {(inputs: Chart_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎññsídéé:`)
};

export const chart_key_best = /** @type {(inputs: Chart_Key_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbéést vááll_lösss`)
};

export const chart_key_penalty = /** @type {(inputs: Chart_Key_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppééñálttýý`)
};

export const chart_key_training = /** @type {(inputs: Chart_Key_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg`)
};

export const chart_key_validation = /** @type {(inputs: Chart_Key_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vváálídááttíöñ`)
};

export const chart_legend = /** @type {(inputs: Chart_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLéégéñdd`)
};

export const chart_log = /** @type {(inputs: Chart_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLöög sçáállé`)
};

export const chart_log_title = /** @type {(inputs: Chart_Log_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé lössss öñ á llöögáríítthmíçç ááxís`)
};

export const chart_loss = /** @type {(inputs: Chart_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööss`)
};

export const chart_no_penalty = /** @type {(inputs: Chart_No_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö rüñ hhééré hááss áñ L1/LL2 ppéñállttý: théé ddátá llööss íss tthé whhöölé löösss.`)
};

export const chart_penalty_note = /** @type {(inputs: Chart_Penalty_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLííñés: ddáátá löösss. Döttttéd: thhéé L1/L2 pééññáltýý, wwhíçhh KKéráss' llöss ááññd váll_llöss ííññçlüddéé.`)
};

export const chart_png_title = /** @type {(inputs: Chart_Png_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé thhíís çháárrt ás áá PPÑG ímmáágé föörr á réppöört (1600 pxx wwídé, wwííth tííttlé áññdd légééññd)`)
};

export const chart_predictions = /** @type {(inputs: Chart_PredictionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPrrédíççttíöñss`)
};

export const chart_section = /** @type {(inputs: Chart_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñííññg çürrvvés`)
};

export const chart_split = /** @type {(inputs: Chart_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSpplít tthhé péññááltý`)
};

export const chart_split_title = /** @type {(inputs: Chart_Split_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDrráw thhéé lösss wwíthööüüt théé LL1/L2 péññááltý (ssöölíd ááññd dásshhéd) áññdd thé ppééñálttýý álöññéé (dötttééd)`)
};

export const chart_validation_only = /** @type {(inputs: Chart_Validation_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`VVáálídááttíöñ ööññlý`)
};

export const chart_validation_only_title = /** @type {(inputs: Chart_Validation_Only_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`HHíídé thhéé tráííññíñg ççüürvéss`)
};

export const chart_view = /** @type {(inputs: Chart_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhárt vvííéw`)
};

export const chart_weights = /** @type {(inputs: Chart_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWééíghttss`)
};

export const class_accuracy = /** @type {(inputs: Class_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅçççürááççý`)
};

export const class_best_accuracy = /** @type {(inputs: Class_Best_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBéést vááll_áççüürráçý`)
};

export const class_best_loss = /** @type {(inputs: Class_Best_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBéést vááll_lösss`)
};

export const class_changed = /** @type {(inputs: Class_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ ççhháñgéédd`)
};

export const class_changed_locks = /** @type {(inputs: Class_Changed_LocksInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} wwííth çhhááñgédd llöçkss`)
};

export const class_checks = /** @type {(inputs: Class_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✓ ÇÇhhéçkss`)
};

export const class_checks_title = /** @type {(inputs: Class_Checks_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhéçkss ppásséédd öf thhéé láb'ss ççhéçkkss`)
};

export const class_choose = /** @type {(inputs: Class_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhööséé…`)
};

export const class_close = /** @type {(inputs: Class_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇllösé`)
};

export const class_curve = /** @type {(inputs: Class_CurveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇüürvé`)
};

export const class_curve_of = /** @type {(inputs: Class_Curve_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇüürvé ööff ${i?.name}`)
};

export const class_empty = /** @type {(inputs: Class_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhööséé tthé föölldér ýýööür sttüüdéñttss' répöörrts árréé íñ (éááççh stüüddéñt ssáávés ööññé wítthh Répöörrt → HTMMLL ör PDDFF). Éáçhh rrépörrtt ís çöömmpáréédd wíthh tthé tééááçhérr'ss láb: áá rrépörrtt mádéé ffröm áá lláb whhöösé lööççkéd ppáárts wwééré çhhááñgédd íís fláágggéd.`)
};

export const class_export_csv = /** @type {(inputs: Class_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörtt ÇÇSV`)
};

export const class_locks = /** @type {(inputs: Class_LocksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööçks`)
};

export const class_locks_ok = /** @type {(inputs: Class_Locks_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`öökk`)
};

export const class_locks_ok_title = /** @type {(inputs: Class_Locks_Ok_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé löççkkéd páárrts árréé thé llááb's`)
};

export const class_locks_title = /** @type {(inputs: Class_Locks_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWhhéthéérr thé llááb's lööççkéd ppáárts wwééré çhhááñgédd`)
};

export const class_locks_unknown_title = /** @type {(inputs: Class_Locks_Unknown_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö láb ttöö çömppááré wíítth`)
};

export const class_loss = /** @type {(inputs: Class_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööss`)
};

export const class_none = /** @type {(inputs: Class_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const class_none_button = /** @type {(inputs: Class_None_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑööñé`)
};

export const class_open_files = /** @type {(inputs: Class_Open_FilesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ rééppört ffíílés…`)
};

export const class_open_folder = /** @type {(inputs: Class_Open_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ á ffööldérr ööf réppöörts…`)
};

export const class_open_lab = /** @type {(inputs: Class_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé öpééññ láb`)
};

export const class_overview_title = /** @type {(inputs: Class_Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇlláss öövvérvííééw`)
};

export const class_report = /** @type {(inputs: Class_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéépörtt`)
};

export const class_report_title = /** @type {(inputs: Class_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÝÝööür sttééps, áññsswérss, ççhéçkkss, çürvvéés, möddéél áñdd rrüñs ííññ öñé ffíílé föörr ýöürr ttéáçhhéér`)
};

export const class_reports = /** @type {(inputs: Class_ReportsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rréépörttss`)
};

export const class_reports_one = /** @type {(inputs: Class_Reports_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 rréépörtt`)
};

export const class_right_choice = /** @type {(inputs: Class_Right_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé rígghht çhööííçé`)
};

export const class_sign_out = /** @type {(inputs: Class_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSíígñ öüütt`)
};

export const class_signed_in_as = /** @type {(inputs: Class_Signed_In_AsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSíígñédd ííñ ás ${i?.student}`)
};

export const class_student = /** @type {(inputs: Class_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttüdéññtt`)
};

export const class_teacher_lab = /** @type {(inputs: Class_Teacher_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTééáçhéérr's lább:`)
};

export const class_wrong_choice = /** @type {(inputs: Class_Wrong_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑööt théé rríghtt ççhöíççéé`)
};

export const cli_and = /** @type {(inputs: Cli_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` ááññd `)
};

export const cli_bench_adapter = /** @type {(inputs: Cli_Bench_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WWéébGPÛÛ áádápttéér: ${i?.adapter}`)
};

export const cli_bench_adapter_software = /** @type {(inputs: Cli_Bench_Adapter_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WWéébGPÛÛ áádápttéér: ${i?.adapter} (áá rrástéérrízérr ööñ théé ÇÇPÛ: ñöött whátt áá GPÛ ddööés)`)
};

export const cli_bench_cannot_train = /** @type {(inputs: Cli_Bench_Cannot_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççááññött ttráíññ`)
};

export const cli_bench_col_backend = /** @type {(inputs: Cli_Bench_Col_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbááçkéññdd`)
};

export const cli_bench_col_engine = /** @type {(inputs: Cli_Bench_Col_EngineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééññgíñéé ááll çöörrés`)
};

export const cli_bench_col_engine1 = /** @type {(inputs: Cli_Bench_Col_Engine1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééññgíñéé 1 tthréáádd`)
};

export const cli_bench_col_epoch_s = /** @type {(inputs: Cli_Bench_Col_Epoch_SInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééppöçh ss`)
};

export const cli_bench_col_ms_step = /** @type {(inputs: Cli_Bench_Col_Ms_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmss/stépp`)
};

export const cli_bench_col_native_share = /** @type {(inputs: Cli_Bench_Col_Native_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`% ññáátívéé mmm`)
};

export const cli_bench_col_peak_mb = /** @type {(inputs: Cli_Bench_Col_Peak_MbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppééák MBB`)
};

export const cli_bench_col_speedup = /** @type {(inputs: Cli_Bench_Col_SpeedupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssppéédüüpp`)
};

export const cli_bench_col_stock = /** @type {(inputs: Cli_Bench_Col_StockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttöçk`)
};

export const cli_bench_col_tf_python = /** @type {(inputs: Cli_Bench_Col_Tf_PythonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTFF Pýthhööñ`)
};

export const cli_bench_col_wasm_share = /** @type {(inputs: Cli_Bench_Col_Wasm_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`% wwáásm mmm`)
};

export const cli_bench_col_workload = /** @type {(inputs: Cli_Bench_Col_WorkloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwöörklööáád`)
};

export const cli_bench_cpu_skipped = /** @type {(inputs: Cli_Bench_Cpu_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.workload} ççppü: skíípppéd (mmííñütééss pér ssttép öññ tthé JSS bbáçkééññd; --báççkkéñdss ççpü mééáásürééss ít)`)
};

export const cli_bench_grid = /** @type {(inputs: Cli_Bench_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GGrríd thhrröüghhppüt (4 séétttíñggss x 2 fölldds, géññéérátéédd dátáá): 1 ttráíññéér ${i?.one}ss, 2 ttráíññéérs ${i?.two}ss, rrátíöö ${i?.ratio} (ttáárgétt <= 0.60)`)
};

export const cli_bench_insights = /** @type {(inputs: Cli_Bench_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎññsíghhtts (${i?.backend}, MMLLP 784-512-512-10, öñéé 60,000-ééxámppllé épööççh, méddííáñs ööff ${i?.repeats}): ${i?.plain} ss wwíthööüüt réççöördíññgg, ${i?.recorded} ss wwíth, öövvérhééáád ${i?.overhead}% (ttáárgétt <= 10%); ÇÇPÛ ${i?.cpu} ss ááñd ${i?.cpuRecorded} ss (${i?.cpuOverhead}%, ééppöçh 0 ííññçlüddééd); mákkííñg thhéé íñsíígght ${i?.insight} mmss (${i?.insightShare}%); ééppöçh 0 bbééföréé ttráíññííñg ${i?.initial} ss.`)
};

export const cli_bench_insights_failed = /** @type {(inputs: Cli_Bench_Insights_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎññsíghhtts: ${i?.error}`)
};

export const cli_bench_insights_stored = /** @type {(inputs: Cli_Bench_Insights_StoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSttörédd ppér éppööçh: MÑÑÎÎST-shháápéd ${i?.mnist} (mméétá ${i?.mnistMeta}), mmöööñs-sshhápédd ${i?.moons} (mméétá ${i?.moonsMeta}).`)
};

export const cli_bench_matmul = /** @type {(inputs: Cli_Bench_MatmulInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`MMáátríxx-mmültíípplý líímmít: wáássm (XÑÑÑPPÅÇK, 1024^3) ${i?.limits}`)
};

export const cli_bench_matmul_native = /** @type {(inputs: Cli_Bench_Matmul_NativeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`MMáátríxx-mmültíípplý líímmít: wáássm (XÑÑÑPPÅÇK, 1024^3) ${i?.limits}; ññáátívéé TTéñsöörrFlöww (2048^3, ${i?.version}) ${i?.gflops} GGFFLØP/ss`)
};

export const cli_bench_matmul_threads = /** @type {(inputs: Cli_Bench_Matmul_ThreadsInputs) => LocalizedString} */ (i) => {const threadsPlural = registry.plural("en-XA", i?.threads, {});
	if (threadsPlural === "one") return /** @type {LocalizedString} */ (`${i?.gflops} GGFFLØP/ss ööñ ${i?.threads} tthhréádd`);
	return /** @type {LocalizedString} */ (`${i?.gflops} GGFFLØP/ss ööñ ${i?.threads} tthhréáddss`)
	
};

export const cli_bench_measured = /** @type {(inputs: Cli_Bench_MeasuredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.workload} ${i?.backend} ${i?.mode}: ${i?.result}`)
};

export const cli_bench_peer_failed = /** @type {(inputs: Cli_Bench_Peer_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ññöö TéñssöörFlööww péérr rröw: ${i?.detail}`)
};

export const cli_bench_peer_no_python = /** @type {(inputs: Cli_Bench_Peer_No_PythonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ññöö TéñssöörFlööww péérr rröw: ñöö PPýthööññ téstt ééñvírrööñméññtt át ${i?.path} (ssééé tésstt/kérááss/rüñ-kkéérás-ççhhéçkss.mmjs)`)
};

export const cli_bench_samples_per_s = /** @type {(inputs: Cli_Bench_Samples_Per_SInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} ssáámplééss/s`)
};

export const cli_bench_software_adapter = /** @type {(inputs: Cli_Bench_Software_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé öñllýý ádáppttér íss áá söfttwwáré ööññé (${i?.gpu}), ssllöwérr ttháñ WWéébÅssséémblýý; --wwébgppüü méássüürés íítt áñýwwááý`)
};

export const cli_bench_start = /** @type {(inputs: Cli_Bench_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb béññççhmárrkk: ${i?.cores} ççöörés (${i?.cpu}), ÑÑöödé ${i?.node}, ${i?.repeats} rréépéáttss öf ~${i?.seconds}ss`)
};

export const cli_bench_unknown_cpu = /** @type {(inputs: Cli_Bench_Unknown_CpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`üüññkñöwwññ ÇPÛ`)
};

export const cli_bench_webgpu_skipped = /** @type {(inputs: Cli_Bench_Webgpu_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wwéébgpüü: sskípppééd (${i?.why})`)
};

export const cli_check_fail = /** @type {(inputs: Cli_Check_FailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFÅÅÎL`)
};

export const cli_check_lab = /** @type {(inputs: Cli_Check_LabInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`LLááb '${i?.name}' (${i?.id}), ${i?.count} ssttép.`);
	return /** @type {LocalizedString} */ (`LLááb '${i?.name}' (${i?.id}), ${i?.count} ssttéps.`)
	
};

export const cli_check_pass = /** @type {(inputs: Cli_Check_PassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPÅÅSS`)
};

export const cli_check_passed = /** @type {(inputs: Cli_Check_PassedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.passed} ööff ${i?.count} ççhhéçkss ppásséédd.`)
};

export const cli_check_passed_in = /** @type {(inputs: Cli_Check_Passed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.passed} ööff ${i?.count} ççhhéçkss ppásséédd íñ ${i?.seconds} ss.`)
};

export const cli_check_ran_grid = /** @type {(inputs: Cli_Check_Ran_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`rrááñ gríídd ${i?.grid} (${i?.status})`)
};

export const cli_check_step = /** @type {(inputs: Cli_Check_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSttép ${i?.step} '${i?.title}': ${i?.did} ííññ ${i?.seconds} ss.`)
};

export const cli_check_trained = /** @type {(inputs: Cli_Check_TrainedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ttrráíñéédd rüñ '${i?.name}' (${i?.status})`)
};

export const cli_check_trained_failed = /** @type {(inputs: Cli_Check_Trained_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ttrráíñéédd rüñ '${i?.name}' (${i?.status}: ${i?.error})`)
};

export const cli_class_best = /** @type {(inputs: Cli_Class_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bbéést ${i?.metric}`)
};

export const cli_class_checks = /** @type {(inputs: Cli_Class_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççhhéçkss`)
};

export const cli_class_file = /** @type {(inputs: Cli_Class_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffíílé`)
};

export const cli_class_host_anyone = /** @type {(inputs: Cli_Class_Host_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅññýöñéé wwhö çááññ réáççhh thátt ááddréésss áñdd hhás á ççöödé frrööm théé ççlásss llíst ççááñ síggññ íñ áss tthát ssttüdéññtt.`)
};

export const cli_class_host_codes_unwritten = /** @type {(inputs: Cli_Class_Host_Codes_UnwrittenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇööüld ññööt wríítté théé ññéw çööddés íññttö ${i?.file}; hhééré thhééý áréé ííñstééáád:`)
};

export const cli_class_host_everywhere = /** @type {(inputs: Cli_Class_Host_EverywhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éévvérý ññéétwörrkk thíss mmáçhííññé ís ööññ (${i?.host} wwáás áskkééd förr ééxplííççítlýý)`)
};

export const cli_class_host_limits = /** @type {(inputs: Cli_Class_Host_LimitsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`LLíímítss: ${i?.count} ttrráíñéérr át öññççé förr tthé çllááss, ${i?.perStudent} ppéér stüüddéñt; ffüürthéérr rüñss wwáít ííññ líñéé, sstüdééññts táákkíñg ttüürñs.`);
	return /** @type {LocalizedString} */ (`LLíímítss: ${i?.count} ttrráíñéérrs át ööññçé föörr thé ççlláss, ${i?.perStudent} ppéér stüüddéñt; ffüürthéérr rüñss wwáít ííññ líñéé, sstüdééññts táákkíñg ttüürñs.`)
	
};

export const cli_class_host_listening = /** @type {(inputs: Cli_Class_Host_ListeningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLíístéññííñg öññ ${i?.where}.`)
};

export const cli_class_host_loopback = /** @type {(inputs: Cli_Class_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhís mááççhíñéé ööñlý (127.0.0.1); ggíívé --höösst <lább ññétwöörrk ádddrréss> ttöö öpéññ íít tö tthhé çláásss`)
};

export const cli_class_host_network = /** @type {(inputs: Cli_Class_Host_NetworkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé ñéttwwörk ööff ${i?.host}`)
};

export const cli_class_host_no_students = /** @type {(inputs: Cli_Class_Host_No_StudentsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ssttüdéññtts öñ tthhé çláásss lísstt (ádd tthhém öññ tthé tééááçhérr'ss págéé). TThé çllááss's ddáátá (láábbs, rüññss, éxpöörrts péérr stüddééñt) íss ííñ ${i?.dir}`)
};

export const cli_class_host_running = /** @type {(inputs: Cli_Class_Host_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb çláásss sérrvvér íss rrüññííññg át ${i?.urls}`)
};

export const cli_class_host_stop = /** @type {(inputs: Cli_Class_Host_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇttrl-Ç ssttöps tthhé sérrvvér (rüüññs íñ ttrráíñííññg kééépp théíírr fíñíísshéd ééppöçhss).`)
};

export const cli_class_host_student_can = /** @type {(inputs: Cli_Class_Host_Student_CanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ sstüdééññt çáññ: ööpéñ, ééddít áññdd sávéé tthéírr ööwñ láábbs, trááííñ (wítthhíñ thhéé límíítts), sééé ááñd éxxppört tthhéír ööwwñ rüññss áñd rréépörttss. Ñöt: ááññöthéérr stüddééñt's wwöörk, thhéé sérvvéér's fííllés, örr áá pööll ööf wörrkkérs.`)
};

export const cli_class_host_students = /** @type {(inputs: Cli_Class_Host_StudentsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ssttüdéññtt öñ thhéé çlássss lístt. TThé çllááss's ddáátá (láábbs, rüññss, éxpöörrts péérr stüddééñt) íss ííñ ${i?.dir}`);
	return /** @type {LocalizedString} */ (`${i?.count} ssttüdéññtts öñ tthhé çláásss lísstt. Thé ççlláss'ss ddátá (lláábs, rüüññs, éxppöörts ppéér stüüddéñt) ííss íñ ${i?.dir}`)
	
};

export const cli_class_host_teacher = /** @type {(inputs: Cli_Class_Host_TeacherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTééáçhéérr's pággéé (çödééss áñd llíívé prröögréssss; kéépp tthís áádddréssss tö ýööüürséllff): ${i?.url}`)
};

export const cli_class_locks = /** @type {(inputs: Cli_Class_LocksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llööçks`)
};

export const cli_class_locks_changed = /** @type {(inputs: Cli_Class_Locks_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇHHÅÑGÉÉDD`)
};

export const cli_class_locks_ok = /** @type {(inputs: Cli_Class_Locks_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`öökk`)
};

export const cli_class_locks_unknown = /** @type {(inputs: Cli_Class_Locks_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`üüññkñöwwññ`)
};

export const cli_class_no_name = /** @type {(inputs: Cli_Class_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(ññöö ñáméé)`)
};

export const cli_class_student = /** @type {(inputs: Cli_Class_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttüdéññtt`)
};

export const cli_class_title = /** @type {(inputs: Cli_Class_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.lab}: ${i?.count} rréépörtt`);
	return /** @type {LocalizedString} */ (`${i?.lab}: ${i?.count} rréépörttss`)
	
};

export const cli_datasets_downloaded = /** @type {(inputs: Cli_Datasets_DownloadedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`DDööwñlööáádéd ${i?.name} ííññtö ${i?.dir}`)
};

export const cli_datasets_found = /** @type {(inputs: Cli_Datasets_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffööüñd ííññ ${i?.dir}`)
};

export const cli_datasets_missing = /** @type {(inputs: Cli_Datasets_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmííssíññgg: ${i?.hint}`)
};

export const cli_datasets_searched = /** @type {(inputs: Cli_Datasets_SearchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSééárçhhééd, íñ öörrdér: ${i?.dirs}`)
};

export const cli_datasets_synthetic = /** @type {(inputs: Cli_Datasets_SyntheticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSýýñthééttíç séétts (sýññtthétííçç:spírrááls, mööööñs, çíírrçléss, xxör) ñééééd ñö ffíílés.`)
};

export const cli_evaluate_result = /** @type {(inputs: Cli_Evaluate_ResultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}/${i?.count} ttéést éxxáámplééss öf ${i?.dataset} - llööss: ${i?.loss} - ááçççürááççý: ${i?.accuracy}  (rrüüñ ${i?.run} '${i?.name}')`)
};

export const cli_grid_bar = /** @type {(inputs: Cli_Grid_BarInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GGrríd |${i?.bar}| ${i?.value}/${i?.total} fföölds - ${i?.trials} ttrríálss ddöñé - ÉÉTTÅ ${i?.eta}`)
};

export const cli_grid_best = /** @type {(inputs: Cli_Grid_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`BBéést: ${i?.setting} (mmééáñ ${i?.metric} ${i?.mean} ± ${i?.std})`)
};

export const cli_grid_default_backend = /** @type {(inputs: Cli_Grid_Default_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé déffááült bbááçkéññdd`)
};

export const cli_grid_fold = /** @type {(inputs: Cli_Grid_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffööld ${i?.fold}`)
};

export const cli_grid_holdout = /** @type {(inputs: Cli_Grid_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hhööldöüütt`)
};

export const cli_grid_mean = /** @type {(inputs: Cli_Grid_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmééáñ ${i?.metric} ± ssttd`)
};

export const cli_grid_no_dataset = /** @type {(inputs: Cli_Grid_No_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö wörkkéér ñöww hhás thhéé dátáássét '${i?.dataset}' ííññ íts ddáátá föölldérss: ííts fööllds wááíít förr ööñé thháát háss íít (çöppýý thé ddáátá töö tthé wöörrkérss' ddátá ffööldérrss).`)
};

export const cli_grid_no_worker = /** @type {(inputs: Cli_Grid_No_WorkerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö wörkkéér ýétt: sstártt ööñé öññ ééáçh PPÇÇ wíthh lláýérrlláb wöörrkér --rréédís ÅÅDDDRÉSSSS.`)
};

export const cli_grid_pool_queuing = /** @type {(inputs: Cli_Grid_Pool_QueuingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`QQüüéüíññgg ${i?.count} ffööld öññ tthé pööööl át ${i?.url}; ${i?.who}`);
	return /** @type {LocalizedString} */ (`QQüüéüíññgg ${i?.count} fföölds ööññ thé ppöööl átt ${i?.url}; ${i?.who}`)
	
};

export const cli_grid_pool_resuming = /** @type {(inputs: Cli_Grid_Pool_ResumingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`RRéésümííññg théé ggríd: qqüüéüíññgg ${i?.count} ffööld öññ tthé pööööl át ${i?.url}; ${i?.who}`);
	return /** @type {LocalizedString} */ (`RRéésümííññg théé ggríd: qqüüéüíññgg ${i?.count} fföölds ööññ thé ppöööl átt ${i?.url}; ${i?.who}`)
	
};

export const cli_grid_progress = /** @type {(inputs: Cli_Grid_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.total} fföölds ddööñé`)
};

export const cli_grid_progress_eta = /** @type {(inputs: Cli_Grid_Progress_EtaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.total} fföölds ddööñé, ábbööüt ${i?.seconds}ss lléft`)
};

export const cli_grid_refit = /** @type {(inputs: Cli_Grid_RefitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`BBéést séétttíñgg rrétrááííñéd ööññ áll tthhé gríídd's trááííñíñgg ddátá: ttéést löösss ${i?.loss}, ttéést áççççüráççýý ${i?.accuracy}`)
};

export const cli_grid_resuming = /** @type {(inputs: Cli_Grid_ResumingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`RRéésümííññg gríídd öf ${i?.total} ssééttíññggs (${i?.done} áállréáddýý döñéé) ööñ ${i?.backend}, ${i?.count} ttrráíñéérr át öññççé.`);
	return /** @type {LocalizedString} */ (`RRéésümííññg gríídd öf ${i?.total} ssééttíññggs (${i?.done} áállréáddýý döñéé) ööñ ${i?.backend}, ${i?.count} ttrráíñéérrs át ööññçé.`)
	
};

export const cli_grid_running = /** @type {(inputs: Cli_Grid_RunningInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`RRüüññíññgg grídd ööf ${i?.total} ssééttíññggs (${i?.done} áállréáddýý döñéé) ööñ ${i?.backend}, ${i?.count} ttrráíñéérr át öññççé.`);
	return /** @type {LocalizedString} */ (`RRüüññíññgg grídd ööf ${i?.total} ssééttíññggs (${i?.done} áállréáddýý döñéé) ööñ ${i?.backend}, ${i?.count} ttrráíñéérrs át ööññçé.`)
	
};

export const cli_grid_setting = /** @type {(inputs: Cli_Grid_SettingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééttíññgg`)
};

export const cli_grid_stopping = /** @type {(inputs: Cli_Grid_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttöppííññg théé ggríd ááfftér tthhé çürrrréñt bbáátçhééss; rüñ tthhé sámméé çömmmááñd ággááíñ töö rrésümméé.`)
};

export const cli_grid_trial_done = /** @type {(inputs: Cli_Grid_Trial_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddööñé`)
};

export const cli_grid_trial_pending = /** @type {(inputs: Cli_Grid_Trial_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppééñdíññgg`)
};

export const cli_grid_workers_now = /** @type {(inputs: Cli_Grid_Workers_NowInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} wwöörkérr ññöw: ${i?.names}.`);
	return /** @type {LocalizedString} */ (`${i?.count} wwöörkérrss ñöw: ${i?.names}.`)
	
};

export const cli_grids_empty = /** @type {(inputs: Cli_Grids_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö gríddss ýét. RRüüñ öñéé wwíth: llááýérllááb gríídd LÅB.llááýérllááb.jsööññ`)
};

export const cli_grids_row = /** @type {(inputs: Cli_Grids_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.total} ttrríálss  bbést ${i?.metric} ${i?.best}`)
};

export const cli_import_line = /** @type {(inputs: Cli_Import_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llííñé ${i?.line}: ${i?.warning}`)
};

export const cli_import_wrote = /** @type {(inputs: Cli_Import_WroteInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`WWrröté ${i?.file}: ${i?.layers} llááýérss, ${i?.count} wwáárñíññgg.`);
	return /** @type {LocalizedString} */ (`WWrröté ${i?.file}: ${i?.layers} llááýérss, ${i?.count} wwáárñíññggs.`)
	
};

export const cli_insight_activation = /** @type {(inputs: Cli_Insight_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}: mmééáñ ${i?.mean} ± ${i?.std}`)
};

export const cli_insight_activation_dead = /** @type {(inputs: Cli_Insight_Activation_DeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}: mmééáñ ${i?.mean} ± ${i?.std}, ${i?.dead} ddééád RééLLÛ`)
};

export const cli_insight_gradient = /** @type {(inputs: Cli_Insight_GradientInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ggrrád ${i?.norm}`)
};

export const cli_insight_no_gradient = /** @type {(inputs: Cli_Insight_No_GradientInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö gráddííéñt`)
};

export const cli_insight_weights = /** @type {(inputs: Cli_Insight_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}: ${i?.sparsity} ööff wéígghhts ~0 · L1 ${i?.l1} · LL2 ${i?.l2} · ${i?.grad}`)
};

export const cli_inspect_activations = /** @type {(inputs: Cli_Inspect_ActivationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅççtívááttíöñss (ööñ théé ffírstt vválíddáátíöññ ééxámppllés)`)
};

export const cli_inspect_confidence = /** @type {(inputs: Cli_Inspect_ConfidenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççööñfíddééñçé`)
};

export const cli_inspect_confusion = /** @type {(inputs: Cli_Inspect_ConfusionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööñfüssííöñ mááttríx (rrööws: trrüüé çláásss, çöllüümñs: pprrédíççttéd)`)
};

export const cli_inspect_corner = /** @type {(inputs: Cli_Inspect_CornerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrrüé \\ prréédíçttééd`)
};

export const cli_inspect_index = /** @type {(inputs: Cli_Inspect_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ííññdéx`)
};

export const cli_inspect_no_examples = /** @type {(inputs: Cli_Inspect_No_ExamplesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ññöö éxámmpplés ööff ${i?.count} vváálídááttíöñ ééxxámplléés (${i?.split} sspplít)`)
};

export const cli_inspect_no_split = /** @type {(inputs: Cli_Inspect_No_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const cli_inspect_no_validation = /** @type {(inputs: Cli_Inspect_No_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö válííddátíööññ dátáá: ññö çöññffüsíööññ mátrrííx ör mmíístákkéés.`)
};

export const cli_inspect_none_wrong = /** @type {(inputs: Cli_Inspect_None_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé: évvéérý váállídáttííöñ éxxáámpléé íís rígghht`)
};

export const cli_inspect_outside = /** @type {(inputs: Cli_Inspect_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.under} bbéélöw, ${i?.over} áábbövé)`)
};

export const cli_inspect_predicted = /** @type {(inputs: Cli_Inspect_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprrédíççttéd`)
};

export const cli_inspect_right = /** @type {(inputs: Cli_Inspect_RightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.percent} rrííght ööff ${i?.count} vváálídááttíöñ ééxxámplléés (${i?.split} sspplít)`)
};

export const cli_inspect_title = /** @type {(inputs: Cli_Inspect_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ ${i?.run} '${i?.name}', ééppöçh ${i?.epoch} (rrééçörddééd: 0 tö ${i?.last}; 0 ííss béföörré trááííñíñgg)`)
};

export const cli_inspect_true = /** @type {(inputs: Cli_Inspect_TrueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrrüé`)
};

export const cli_inspect_weights = /** @type {(inputs: Cli_Inspect_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWééíghttss`)
};

export const cli_inspect_wrong = /** @type {(inputs: Cli_Inspect_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMööst çööññfídééññtlý wwrröñg`)
};

export const cli_labs_minutes = /** @type {(inputs: Cli_Labs_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} mmííñ (qüííççk ${i?.quick})`)
};

export const cli_labs_steps = /** @type {(inputs: Cli_Labs_StepsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ssttép`);
	return /** @type {LocalizedString} */ (`${i?.count} ssttéps`)
	
};

export const cli_report_wrote = /** @type {(inputs: Cli_Report_WroteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.count} rrüüñs, çhhééçks ${i?.passed}/${i?.checks})`)
};

export const cli_runs_backend = /** @type {(inputs: Cli_Runs_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbááçkéññdd`)
};

export const cli_runs_created = /** @type {(inputs: Cli_Runs_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççrréátéédd`)
};

export const cli_runs_dataset = /** @type {(inputs: Cli_Runs_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddáátáséétt`)
};

export const cli_runs_empty = /** @type {(inputs: Cli_Runs_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö rüñss ýýét (sttööré: ${i?.store}). TTrráíñ ööññé wítthh: láýéérrláb ttrráíñ LLÅÅB.láýýéérlább.jjsöñ`)
};

export const cli_runs_inside = /** @type {(inputs: Cli_Runs_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ííññsídéé (ffírstt lláýérr, llást ééppöçh)`)
};

export const cli_runs_name = /** @type {(inputs: Cli_Runs_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññáámé`)
};

export const cli_runs_status = /** @type {(inputs: Cli_Runs_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttátüss`)
};

export const cli_serve_open = /** @type {(inputs: Cli_Serve_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ thháát ádddrréss ííññ á brööwwsér ööññ thíss mmáçhííññé (ít ííññçlüddéés théé ááççéssss tökééññ). Çtrll-ÇÇ stöppss.`)
};

export const cli_serve_pool = /** @type {(inputs: Cli_Serve_PoolInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`PPöööl öff wwörkéérrs át ${i?.url}: ${i?.count} wwöörkérr ññöw.`);
	return /** @type {LocalizedString} */ (`PPöööl öff wwörkéérrs át ${i?.url}: ${i?.count} wwöörkérrss ñöw.`)
	
};

export const cli_serve_running = /** @type {(inputs: Cli_Serve_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb ís rrüüññíññgg át ${i?.url}`)
};

export const cli_start_browser_given = /** @type {(inputs: Cli_Start_Browser_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--bbrröwséérr wás ggíívéñ`)
};

export const cli_start_building = /** @type {(inputs: Cli_Start_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBüüíldííññg LáýýéérLább fför Éllééçtrööññ...`)
};

export const cli_start_no_binary = /** @type {(inputs: Cli_Start_No_BinaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé élééççtröññ ppáçkáággé háss ññö bíññáárý`)
};

export const cli_start_no_electron = /** @type {(inputs: Cli_Start_No_ElectronInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö Éléççttröñ bbííñárýý (${i?.why}): ssttártííññg LáýýéérLább ííñ théé bbröwsséér íñssttéád.`)
};

export const cli_start_not_installed = /** @type {(inputs: Cli_Start_Not_InstalledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé élééççtröññ ppáçkáággé ís ññööt íñssttálléédd`)
};

export const cli_store_repaired = /** @type {(inputs: Cli_Store_RepairedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`MMöövéd tthhé rüññ sstöréé ttö ${i?.moved} (kkéépt áss íít wáss) ááñd çööppíéd ${i?.count} rrééádábbllé röww ííñtö áá ññéw sttööré átt ${i?.store}.`);
	return /** @type {LocalizedString} */ (`MMöövéd tthhé rüññ sstöréé ttö ${i?.moved} (kkéépt áss íít wáss) ááñd çööppíéd ${i?.count} rrééádábbllé röwwss íñtöö áá ñéw ssttöré áátt ${i?.store}.`)
	
};

export const cli_train_backend = /** @type {(inputs: Cli_Train_BackendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`BBááçkéññdd: ${i?.backend}.`)
};

export const cli_train_best = /** @type {(inputs: Cli_Train_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`; bbéést vááll_lösss ${i?.loss} áátt épöççhh ${i?.epoch}`)
};

export const cli_train_done = /** @type {(inputs: Cli_Train_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ ${i?.run} '${i?.name}' ${i?.status}${i?.how} ááfftér ${i?.epochs} ééppöçhss${i?.best}.`)
};

export const cli_train_early_stopped = /** @type {(inputs: Cli_Train_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (ééáárlý ssttöppííññg áfttéér épööççh ${i?.epoch})`)
};

export const cli_train_started = /** @type {(inputs: Cli_Train_StartedInputs) => LocalizedString} */ (i) => {const epochsPlural = registry.plural("en-XA", i?.epochs, {});
	if (epochsPlural === "one") return /** @type {LocalizedString} */ (`TTrráíñííññg '${i?.name}' ööññ ${i?.dataset}: ${i?.train} ttrráíñííññg áñdd ${i?.val} vváálídááttíöñ ééxxámplléés, ${i?.epochs} ééppöçh.`);
	return /** @type {LocalizedString} */ (`TTrráíñííññg '${i?.name}' ööññ ${i?.dataset}: ${i?.train} ttrráíñííññg áñdd ${i?.val} vváálídááttíöñ ééxxámplléés, ${i?.epochs} ééppöçhss.`)
	
};

export const cli_train_stopping = /** @type {(inputs: Cli_Train_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttöppííññg áfttéér thííss bátççhh (Çtrll-ÇÇ ágáííññ tö qüüíít át ööññçé)...`)
};

export const cli_worker_has = /** @type {(inputs: Cli_Worker_HasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`hháás ${i?.datasets}`)
};

export const cli_worker_has_none = /** @type {(inputs: Cli_Worker_Has_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hháás ñö bbüüílt-ííññ dátáásséts (ggééñérááttéd séétts öñllýý)`)
};

export const cli_worker_joined = /** @type {(inputs: Cli_Worker_JoinedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`WWöörkérr ${i?.name} jjööíñédd tthé pööööl át ${i?.url}: ${i?.count} jjööb át ööññçé, trrááíñs ööññ ${i?.backend}, ${i?.has}.`);
	return /** @type {LocalizedString} */ (`WWöörkérr ${i?.name} jjööíñédd tthé pööööl át ${i?.url}: ${i?.count} jjööbs átt ööñçé, ttrráíñss ööñ ${i?.backend}, ${i?.has}.`)
	
};

export const cli_worker_leaving = /** @type {(inputs: Cli_Worker_LeavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLééávíññgg thé ppöööl.`)
};

export const cli_worker_leaving_jobs = /** @type {(inputs: Cli_Worker_Leaving_JobsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`LLééávíññgg thé ppöööl: hááññdíñgg ${i?.count} jjööb báççkk tö thhéé qüéüüéé (Çtrll+ÇÇ ágáííññ tö qüüíít át ööññçé).`);
	return /** @type {LocalizedString} */ (`LLééávíññgg thé ppöööl: hááññdíñgg ${i?.count} jjööbs bááççk tö tthhé qüééüüé (Çtrrll+Ç ágááííñ tö qqüüít átt ööñçé).`)
	
};

export const cli_worker_left = /** @type {(inputs: Cli_Worker_LeftInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WWöörkérr ${i?.name} llééft thhéé pööll.`)
};

export const cli_worker_left_anyway = /** @type {(inputs: Cli_Worker_Left_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇööüld ññööt háññdd thé jjööbs bááççk tö ${i?.url} ííññ ${i?.seconds} ss; lléávííññg áñýýwwáý: thhééý gö bbááçk töö tthé qüüééüé whhééñ thééíír löççkks rüññ ööüt.`)
};

export const cli_wrote = /** @type {(inputs: Cli_WroteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WWrröté ${i?.files}`)
};

export const clierr_choices = /** @type {(inputs: Clierr_ChoicesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅlllöwéédd çhöííççés árréé ${i?.list}.`)
};

export const clierr_did_you_mean = /** @type {(inputs: Clierr_Did_You_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(DDííd ýöüü mméáñ ${i?.name}?)`)
};

export const clierr_did_you_mean_one_of = /** @type {(inputs: Clierr_Did_You_Mean_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(DDííd ýöüü mméáñ ööññé öf ${i?.list}?)`)
};

export const clierr_help_hint = /** @type {(inputs: Clierr_Help_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(rrüüñ wítthh --hélpp fför üssáágé)`)
};

export const clierr_invalid_argument = /** @type {(inputs: Clierr_Invalid_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éérrrör: ççöömmáññdd-árgüümméñt vváálüé '${i?.value}' ííss íñváállíd föörr árgüümméñt '${i?.name}'. ${i?.reason}`)
};

export const clierr_invalid_value = /** @type {(inputs: Clierr_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éérrrör: ööpptíöññ '${i?.option}' áárrgümééññt '${i?.value}' ííss íñváállíd. ${i?.reason}`)
};

export const clierr_missing_argument = /** @type {(inputs: Clierr_Missing_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éérrrör: mmííssíññgg réqüüííréd áárrgümééññt '${i?.name}'`)
};

export const clierr_missing_option = /** @type {(inputs: Clierr_Missing_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éérrrör: rrééqüírrééd öpttííöñ '${i?.option}' ññööt spééççífíéédd`)
};

export const clierr_not_number = /** @type {(inputs: Clierr_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.value}' ííss ñöt áá ññümbéérr öf átt lléástt 0.`)
};

export const clierr_not_one_of = /** @type {(inputs: Clierr_Not_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.value}' ííss ñöt ööññé öf ${i?.list}.`)
};

export const clierr_not_port = /** @type {(inputs: Clierr_Not_PortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.value}' ííss ñöt áá ppört ññüümbérr (0 ttö 65535; 0 píççkks á frrééé öñéé).`)
};

export const clierr_not_whole = /** @type {(inputs: Clierr_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.value}' ííss ñöt áá wwhöléé ññümbéérr öf átt lléástt ${i?.min}.`)
};

export const clierr_option_no_value = /** @type {(inputs: Clierr_Option_No_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éérrrör: ööpptíöññ '${i?.option}' áárrgümééññt míssssíñg`)
};

export const clierr_too_many = /** @type {(inputs: Clierr_Too_ManyInputs) => LocalizedString} */ (i) => {const expectedPlural = registry.plural("en-XA", i?.expected, {});
	if (expectedPlural === "one") return /** @type {LocalizedString} */ (`éérrrör: ttööö máññýý árgüümméñtss. ÉÉxpéççttéd ${i?.expected} áárrgümééññt bütt ggöt ${i?.count}.`);
	return /** @type {LocalizedString} */ (`éérrrör: ttööö máññýý árgüümméñtss. ÉÉxpéççttéd ${i?.expected} áárrgümééññts büütt göt ${i?.count}.`)
	
};

export const clierr_too_many_for = /** @type {(inputs: Clierr_Too_Many_ForInputs) => LocalizedString} */ (i) => {const expectedPlural = registry.plural("en-XA", i?.expected, {});
	if (expectedPlural === "one") return /** @type {LocalizedString} */ (`éérrrör: ttööö máññýý árgüümméñtss fför '${i?.command}'. ÉÉxxpéçttééd ${i?.expected} áárrgümééññt bütt ggöt ${i?.count}.`);
	return /** @type {LocalizedString} */ (`éérrrör: ttööö máññýý árgüümméñtss fför '${i?.command}'. ÉÉxxpéçttééd ${i?.expected} áárrgümééññts büütt göt ${i?.count}.`)
	
};

export const clierr_unknown_command = /** @type {(inputs: Clierr_Unknown_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éérrrör: üüññkñöwwññ çömmmááñd '${i?.command}'`)
};

export const clierr_unknown_option = /** @type {(inputs: Clierr_Unknown_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éérrrör: üüññkñöwwññ öptííööñ '${i?.option}'`)
};

export const clihelp_arguments = /** @type {(inputs: Clihelp_ArgumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅrrgümééññts:`)
};

export const clihelp_bench = /** @type {(inputs: Clihelp_BenchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMééásürréé tráííññíñg ssppééd ááññd mémmöörý: sttööçk TééññsörFFllöw.jss áágáíññsst théé LLáýérrLLáb éññggíñé.`)
};

export const clihelp_check = /** @type {(inputs: Clihelp_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉvválüáátté á güüíídéd llááb's çhhééçks ööññ thé ssttörédd rrüñs (--wwáálk: trrááíñ ítt sstép bbýý stépp ffírstt).`)
};

export const clihelp_class = /** @type {(inputs: Clihelp_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé çláásss övéérrvíéww ööf á föölldér ööff répöörrts: öññéé röw ppéér stüüddéñt.`)
};

export const clihelp_commands = /** @type {(inputs: Clihelp_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇöömmáññdds:`)
};

export const clihelp_datasets = /** @type {(inputs: Clihelp_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLííst thhéé büílltt-íñ dááttáséttss áñd wwhhéré tthhéý wéérré föüüññd.`)
};

export const clihelp_evaluate = /** @type {(inputs: Clihelp_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSççöré áá rrüñ's ttrráíñéédd mödééll (ör á KKéérás .kkéérás/.hh5 ffílé) ööññ á dáttáásét'ss ttést sséét, ás mmöödél.éévválüáátté döééss.`)
};

export const clihelp_export = /** @type {(inputs: Clihelp_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörtt áá störrééd rüññ'ss tráííññéd mööddél örr ttráíññííñg híísstörýý, öör á láább ás á KKéérás ssççríptt.`)
};

export const clihelp_grid = /** @type {(inputs: Clihelp_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñ á láább's hýppéérpárráámétéérr grídd wwíth ççrröss-vváálídááttíöñ (rréésümééss áñ üññffíñísshhéd öññéé).`)
};

export const clihelp_grids = /** @type {(inputs: Clihelp_GridsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLííst thhéé störrééd gríídds.`)
};

export const clihelp_help = /** @type {(inputs: Clihelp_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddíísplááýý hélpp fför çöömmmáñdd`)
};

export const clihelp_import = /** @type {(inputs: Clihelp_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTüürñ Kéérrás çööddé (á .pýý ffílé) ííññtö á llááb fílléé.`)
};

export const clihelp_inspect = /** @type {(inputs: Clihelp_InspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShhöw whháát á rüüññ réçöörrdéd ííññsídéé ííts mööddél átt ááñ épööççh: wéíígghts (ssppársííttý, ñörrmms, híssttögráámm), áçtíívvátíööññs, çöññffüsíööññ mátrrííx, mösstt çöñffíídéñtt mmístáákkés.`)
};

export const clihelp_labs = /** @type {(inputs: Clihelp_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLííst thhéé líbrráárý öff ggüídéédd lábss, bbý töppííç, wítthh théíírr éxpééççtéd mmííñütééss.`)
};

export const clihelp_lang = /** @type {(inputs: Clihelp_LangInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé láññggüágéé ööf théé hhümáññ ööütpüütt: éñ, zhh-HHáñs, zzhh-Háñtt (--jjsöñ ssttáýs ÉÉññglísshh)`)
};

export const clihelp_options = /** @type {(inputs: Clihelp_OptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØpptíöññss:`)
};

export const clihelp_program = /** @type {(inputs: Clihelp_ProgramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBüüíld, ttrráíñ ááññd çömmppáré ññééüráll ññétwöörrks; wááttçh thhéém övéérrfít.`)
};

export const clihelp_report = /** @type {(inputs: Clihelp_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWrríté áá ggüídéédd láb'ss rrépörrtt (stéppss, áñswwéérs, çhhééçks, ççüürvéss, mmödéll, rrüñs).`)
};

export const clihelp_runs = /** @type {(inputs: Clihelp_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLííst thhéé störrééd rüññss (ñéwéésst fírrsst).`)
};

export const clihelp_serve = /** @type {(inputs: Clihelp_ServeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSéérvé tthhé áppp ttö á brrööwsérr ööñ thííss máçhhííñé (127.0.0.1, wíítth áñ ááçççésss ttökéññ).`)
};

export const clihelp_start = /** @type {(inputs: Clihelp_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttárt tthhé désskktöp ááppp (ör, wwííthöüütt Éléççttröñ, tthhé brööwwsér hhööst).`)
};

export const clihelp_store = /** @type {(inputs: Clihelp_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööök áffttér thhéé rüñ ssttöré.`)
};

export const clihelp_train = /** @type {(inputs: Clihelp_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñ áá lláb (örr áá Kérááss mödééll JSØÑÑ ööñ á dááttásétt) ááñd sttööré thhéé rüñ.`)
};

export const clihelp_usage = /** @type {(inputs: Clihelp_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛsságé:`)
};

export const clihelp_version = /** @type {(inputs: Clihelp_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööüütpütt tthé véérrsíöññ ññümbéérr`)
};

export const clihelp_worker = /** @type {(inputs: Clihelp_WorkerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JJööíñ á ppöööl öff wwörkéérrs öñ áá RRédíss ssérvéérr áñd ttrráíñ áá ggríd'ss fföldss fför thhéé téáççhhér.`)
};

export const cliopt_backend = /** @type {(inputs: Cliopt_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fföörçé áá bbáçkééññd`)
};

export const cliopt_bench_backends = /** @type {(inputs: Cliopt_Bench_BackendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççöömmá-sséépárááttéd: tééññsörffllöw-gppüü, wébggppü, téññssörfllööw, wássmm, çpü`)
};

export const cliopt_bench_insights_only = /** @type {(inputs: Cliopt_Bench_Insights_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmééásürréé öñlýý wwhát rrééçörddííñg thhéé íñsíígghts ççöösts`)
};

export const cliopt_bench_json = /** @type {(inputs: Cliopt_Bench_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööññé JSØØÑÑ öbjééççt pérr mméásüürréméññtt`)
};

export const cliopt_bench_modes = /** @type {(inputs: Cliopt_Bench_ModesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttöçk, ééññgíñéé1 (ööñé wáássm thrrééád), éññggíñé (áá tthréáádd pér ççööré)`)
};

export const cliopt_bench_no_grid = /** @type {(inputs: Cliopt_Bench_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sskkíp thhéé grídd tthröüügghpütt mméásüürréméññtt (1 ágáííññst 2 páárrállééll tráííññérs)`)
};

export const cliopt_bench_no_insights = /** @type {(inputs: Cliopt_Bench_No_InsightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sskkíp thhéé íñsíígghts rrééçörddííñg mééáásüréémméñt (ááññ MÑÎSSTT épöççhh wíthh ááñd wíítthöütt)`)
};

export const cliopt_bench_no_peer = /** @type {(inputs: Cliopt_Bench_No_PeerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sskkíp thhéé mátrrííx-müllttíplýý llímíttss áñd tthhé TéññssörFllööw-förr-PPýthööññ péérr rröw (.vééññv-kérráás)`)
};

export const cliopt_bench_repeats = /** @type {(inputs: Cliopt_Bench_RepeatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttííméd rréépéáttss pér mmééásürrééméñtt (mmédíááññ répöörrtéd)`)
};

export const cliopt_bench_seconds = /** @type {(inputs: Cliopt_Bench_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttáárgétt lléñgtthh öf öññéé tíméédd répééáát`)
};

export const cliopt_bench_webgpu = /** @type {(inputs: Cliopt_Bench_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmééásürréé WébGGPPÛ öñ áá ssöftwwááré áddááptérr ttöö (SwwííftShháádér, llllvmpííppé); álssöö LÅÝÉÉRRLÅB_BBÉÉÑÇH_WWÉÉBGPÛÛ=1`)
};

export const cliopt_bench_workloads = /** @type {(inputs: Cliopt_Bench_WorkloadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ççöömmá-sséépárááttéd: ${i?.list}`)
};

export const cliopt_check_lab = /** @type {(inputs: Cliopt_Check_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá .lláýérrlláb.jssööñ güííddéd láább, ör á llííbrárrýý láb bbýý íd (lááýýérláább lábss)`)
};

export const cliopt_check_quick = /** @type {(inputs: Cliopt_Check_QuickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá llíbráárrý lább'ss qüíççkk vérssííöñ (fééwwér éppööçhs, ssmmálléérr sübssééts)`)
};

export const cliopt_check_walk = /** @type {(inputs: Cliopt_Check_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwáálk thhéé láb: ééááçh sttéép's sééttüp, öññéé rüñ (öörr grídd) ppér sttéép wítthh çhéççkks`)
};

export const cliopt_choices = /** @type {(inputs: Cliopt_ChoicesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ççhhöíçééss: ${i?.list}`)
};

export const cliopt_class_csv = /** @type {(inputs: Cliopt_Class_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áállsö wrrííté thhéé röwss áás ÇSVV (áá çölüümmñ pérr qqüésttííöñ)`)
};

export const cliopt_class_dir = /** @type {(inputs: Cliopt_Class_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé föllddér öff rrépörrtt fílééss (.htmll, .ppdf)`)
};

export const cliopt_class_json = /** @type {(inputs: Cliopt_Class_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt tthhé övéérrvíéww áás JSØØÑÑ`)
};

export const cliopt_class_lab = /** @type {(inputs: Cliopt_Class_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé téááççhér'ss lláb: rééppörtss wwhöséé llöçkéédd párttss díffféér áréé fflágggééd`)
};

export const cliopt_data_dir = /** @type {(inputs: Cliopt_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffööldérr wwíth ddáátáséétts (béffööré LÅÅÝÝÉRLÅÅBB_DÅTÅÅ_DDÎR áññdd thé ddééfáülltt földdéérs)`)
};

export const cliopt_datasets_data_dir = /** @type {(inputs: Cliopt_Datasets_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffööldérr wwíth ddáátáséétts (séáárrçhédd ffírstt)`)
};

export const cliopt_datasets_download = /** @type {(inputs: Cliopt_Datasets_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddööwñlööáád á büüíílt-íññ ddátásséét íñttöö thé üüssér dááttá föllddér`)
};

export const cliopt_datasets_json = /** @type {(inputs: Cliopt_Datasets_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt ööññé JSØØÑÑ öbjééççt pérr ddátásséét`)
};

export const cliopt_default = /** @type {(inputs: Cliopt_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ddééfáülltt: ${i?.value}`)
};

export const cliopt_evaluate_data_dir = /** @type {(inputs: Cliopt_Evaluate_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffööldérr wwíth ddáátáséétts (béffööré LÅÅÝÝÉRLÅÅBB_DÅTÅÅ_DDÎR áññdd thé ddééfáülltts)`)
};

export const cliopt_evaluate_dataset = /** @type {(inputs: Cliopt_Evaluate_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé dáttáásét wwhhösé ttéést séétt tö üsséé (défááüült: thhéé rüñ'ss ööwñ)`)
};

export const cliopt_evaluate_run = /** @type {(inputs: Cliopt_Evaluate_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá rrüñ ídd öör ñámméé (séé llááýérllááb rüññss), ör á .kkéérás öörr .h5 fílléé`)
};

export const cliopt_export_format = /** @type {(inputs: Cliopt_Export_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééxxpörtt fförmáátt`)
};

export const cliopt_export_formats = /** @type {(inputs: Cliopt_Export_FormatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFöörmáttss:`)
};

export const cliopt_export_json = /** @type {(inputs: Cliopt_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt tthhé wríítttéñ ffíílés ááss JSØÑÑ`)
};

export const cliopt_export_out = /** @type {(inputs: Cliopt_Export_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffööldérr ttö wríítté íñttöö`)
};

export const cliopt_export_run_lab = /** @type {(inputs: Cliopt_Export_Run_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrüüñ íd (öörr á üñííqqüé prrééfíx ööff ít, örr ííts ñáámmé), ör áá .lláýérrlláb.jssööñ fílléé`)
};

export const cliopt_extras = /** @type {(inputs: Cliopt_ExtrasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (${i?.list})`)
};

export const cliopt_grid_folds = /** @type {(inputs: Cliopt_Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kk-fföld ççrröss-vváálídááttíöñ (ddééfáülltt 3, strááttífíéédd)`)
};

export const cliopt_grid_holdout = /** @type {(inputs: Cliopt_Grid_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá ssíñglléé hölddööüt sppllít íññsstéádd ööf k fööllds`)
};

export const cliopt_grid_lab = /** @type {(inputs: Cliopt_Grid_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá .lláýérrlláb.jssööñ lább ffílé`)
};

export const cliopt_grid_no_refit = /** @type {(inputs: Cliopt_Grid_No_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddöö ñöt rréétráííññ thé bbéést séétttíñgg ööñ álll ttráíññííñg dááttá`)
};

export const cliopt_grid_parallel = /** @type {(inputs: Cliopt_Grid_ParallelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñéérr pröççéésséss áát öñççéé (défááüült: öññéé pér ççööré, öññéé öñ á GGPPÛ)`)
};

export const cliopt_grid_random = /** @type {(inputs: Cliopt_Grid_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrááñdömm sséárççhh: thíss mmáñý ssééttíññggs drááwwñ fröömm thé ssppáçé`)
};

export const cliopt_grid_rank_by = /** @type {(inputs: Cliopt_Grid_Rank_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mméétríçç ttö ráññkk sétttííñgs bbýý`)
};

export const cliopt_grid_redis = /** @type {(inputs: Cliopt_Grid_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`qqüüéüé tthhé fölldds öñ áá ppööl ööff wörkkéérs (lááýýérláább wörkkéér) át rréédís://[:PPÅÅSSWØØRRD@]HØSSTT:PØRTT, öör réddííss:// föörr TLS`)
};

export const cliopt_grid_restart = /** @type {(inputs: Cliopt_Grid_RestartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttárt áá ññéw grrííd évééññ íf áññ üüñfíññííshédd ööñé öff tthís llááb éxííssts`)
};

export const cliopt_grid_sweep = /** @type {(inputs: Cliopt_Grid_SweepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sswwéép áá sséttííññg: láýýéérs.drrööpöütt.rráté=0.3,0.5,0.7 öörr tráííññíñg.llééárñííññgRáttéé=0.0001:0.1:4:lög (rréépéáttááblé); ööññé vállüüé förr éévérýý DDröpööüüt: 'láýýéérs.*Drrööpöütt.rráté=0.3,0.5', fföör çhöösséñ lááýýérs: llááýérss.ddéñséé+ddéñséé_1.kkérñééllRégüüllárízzéér.l2=0.001,0.01`)
};

export const cliopt_grids_json = /** @type {(inputs: Cliopt_Grids_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööññé JSØØÑÑ öbjééççt pérr ggríd`)
};

export const cliopt_import_code = /** @type {(inputs: Cliopt_Import_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá PPýthööññ fíléé tthát bbüüíldss (ááñd çöömmpílééss áñd ffííts) á KKéérás mmöödél`)
};

export const cliopt_import_json = /** @type {(inputs: Cliopt_Import_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt {"ööüüt", "lább", "wwárñííññgs"} áss JJSØÑ`)
};

export const cliopt_import_out = /** @type {(inputs: Cliopt_Import_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé lább ffílé ttöö wríttéé (défááüült: ñééxxt tö tthhé çöddéé, ${i?.ext})`)
};

export const cliopt_inspect_epoch = /** @type {(inputs: Cliopt_Inspect_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé épööççh (0 ís bbééföréé ttráíññííñg; dééffáültt: tthé láásst)`)
};

export const cliopt_inspect_run = /** @type {(inputs: Cliopt_Inspect_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrüüñ íd (öörr á üñííqqüé prrééfíx ööff ít, örr ííts ñáámmé)`)
};

export const cliopt_json_lines = /** @type {(inputs: Cliopt_Json_LinesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt JJSSØÑ lííññés íññsstéádd ööf téxxtt`)
};

export const cliopt_json_one = /** @type {(inputs: Cliopt_Json_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt ööññé JSØØÑÑ öbjééççt`)
};

export const cliopt_labs_json = /** @type {(inputs: Cliopt_Labs_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt ööññé JSØØÑÑ öbjééççt pérr lláb`)
};

export const cliopt_report_format = /** @type {(inputs: Cliopt_Report_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hhttml (öññéé sélff-ççöñtááííñéd ffíílé) örr ppdf`)
};

export const cliopt_report_json = /** @type {(inputs: Cliopt_Report_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt JJSSØÑ íññsstéádd ööf téxxtt`)
};

export const cliopt_report_lab = /** @type {(inputs: Cliopt_Report_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé .láýýéérlább.jjsöñ llááb (ítss rrüñs áárré thöössé íñ tthhé stöörré wítthh íts ggüüídé íídd)`)
};

export const cliopt_report_out = /** @type {(inputs: Cliopt_Report_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffööldérr ttö wríítté théé rrépörrtt íñ`)
};

export const cliopt_report_runs = /** @type {(inputs: Cliopt_Report_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé rüññss tö shhööw (déffááült: éévvérý ffííñíshhééd rüññ ööf théé lláb)`)
};

export const cliopt_runs_json = /** @type {(inputs: Cliopt_Runs_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt ööññé JSØØÑÑ öbjééççt pérr rrüñ`)
};

export const cliopt_separator = /** @type {(inputs: Cliopt_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, `)
};

export const cliopt_serve_class = /** @type {(inputs: Cliopt_Serve_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sséérvé áá ççlásss: sstüdééññts sííggñ íñ wwííth çööddés, éááççh wítthh théíírr öwñ lláábs áññdd rüñss`)
};

export const cliopt_serve_class_dir = /** @type {(inputs: Cliopt_Serve_Class_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwííth --çllááss: thhéé çlássss's dáttáá (défááüült: <üsséér dáttáá>/çlássss)`)
};

export const cliopt_serve_class_list = /** @type {(inputs: Cliopt_Serve_Class_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwííth --çllááss: sttüüdéñttss' ñámééss, öñé ppéér líññéé (ör ñáámmé,çöddéé)`)
};

export const cliopt_serve_host = /** @type {(inputs: Cliopt_Serve_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwííth --çllááss: thhéé láb ññéétwörrkk áddrrééss töö llístééññ öñ (dééffáültt 127.0.0.1)`)
};

export const cliopt_serve_max_trainers = /** @type {(inputs: Cliopt_Serve_Max_TrainersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwííth --çllááss: trrááíñérrss át öññççé förr tthé çllááss`)
};

export const cliopt_serve_open = /** @type {(inputs: Cliopt_Serve_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööppéñ thhéé áddrrééss íññ tthé dééffáültt bbröwsséér`)
};

export const cliopt_serve_per_student = /** @type {(inputs: Cliopt_Serve_Per_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwííth --çllááss: trrááíñérrss át öññççé pérr sstüdééññt (déffááült 1)`)
};

export const cliopt_serve_port = /** @type {(inputs: Cliopt_Serve_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppöört töö llístééññ öñ (dééffáültt: tthé láásst öñéé wwhéñ ffrréé, éllssé á frrééé öñéé)`)
};

export const cliopt_serve_rebuild = /** @type {(inputs: Cliopt_Serve_RebuildInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rréébüílldd thé ííññtérffááçé bééfföré sséérvíññgg`)
};

export const cliopt_serve_redis = /** @type {(inputs: Cliopt_Serve_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççööññéççtt á pöööll öf wöörrkérss áát stáárrt: réddíís://[:PÅSSSSWØRDD@]HHØST:PPØØRT (rééddíss:// fföör TLSS)`)
};

export const cliopt_start_browser = /** @type {(inputs: Cliopt_Start_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`üüssé théé bbröwsséér hösstt évéññ wwhéréé ÉÉléçttrröñ íss ííñstáállléd`)
};

export const cliopt_start_no_open = /** @type {(inputs: Cliopt_Start_No_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddöö ñöt ööppéñ á bbrröwséérr (bröwwssér höösst)`)
};

export const cliopt_start_port = /** @type {(inputs: Cliopt_Start_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbrröwséérr höstt ppört (ddééfáülltt: thé lláást öññéé whéññ ffréé, ééllsé á ffrréé öññéé)`)
};

export const cliopt_start_rebuild = /** @type {(inputs: Cliopt_Start_RebuildInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rréébüílldd béföörré stáárrtíñgg`)
};

export const cliopt_store_repair = /** @type {(inputs: Cliopt_Store_RepairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövé á ddáámágéédd rüñ ssttöré áássídé (rrééñáméédd, ñévéérr délééttéd) áññdd çöpýý wwhát ççááñ stíílll bé rrééád íññttö á ñééww öñé.`)
};

export const cliopt_store_repair_json = /** @type {(inputs: Cliopt_Store_Repair_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprríñt tthhé réssüült áss JJSØÑ`)
};

export const cliopt_train_batch_size = /** @type {(inputs: Cliopt_Train_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééxxámplléés pérr sstép (KKéérás ddééfáülltt 32)`)
};

export const cliopt_train_dataset = /** @type {(inputs: Cliopt_Train_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmññíst, ffááshíööññ-mñísstt, ímdbb, ssýñthhéétíç:ssppírállss|mööññss|çírççllés|xöörr, ör á ffíílé örr fföldéérr`)
};

export const cliopt_train_early_stopping_min_delta = /** @type {(inputs: Cliopt_Train_Early_Stopping_Min_DeltaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssmmálléésst çhááññgé thháát çöüüññts áss ááñ ímpprrövémmééñt`)
};

export const cliopt_train_early_stopping_monitor = /** @type {(inputs: Cliopt_Train_Early_Stopping_MonitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwhhát éáárrlý sttööppíññgg wátççhhés (dééffáültt vvál_löösss)`)
};

export const cliopt_train_early_stopping_patience = /** @type {(inputs: Cliopt_Train_Early_Stopping_PatienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttöp áffttér ñ ééppöçhss wwíthööüüt ímpprrövémmééñt`)
};

export const cliopt_train_epochs = /** @type {(inputs: Cliopt_Train_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééppöçhss ttö trááííñ (Kérráás déffááült 1)`)
};

export const cliopt_train_lab = /** @type {(inputs: Cliopt_Train_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá .lláýérrlláb.jssööñ lább ffílé, KKéérás ççöödé íññ áá .pý fííllé, ör áá KKéráss .kkéráss/.hh5 mödééll tö trrááíñ öññ`)
};

export const cliopt_train_label_smoothing = /** @type {(inputs: Cliopt_Train_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lláábél ssmmööthhííñg íññ [0, 1) (ddéfáüüllt 0)`)
};

export const cliopt_train_learning_rate = /** @type {(inputs: Cliopt_Train_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llééárñííññg ráttéé (Kérááss défááüülts: ááddám 0.001, rmmsspröpp 0.001, ssgd 0.01)`)
};

export const cliopt_train_loss = /** @type {(inputs: Cliopt_Train_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llööss`)
};

export const cliopt_train_model = /** @type {(inputs: Cliopt_Train_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá KKéráss mmödéll ssávédd wwíth mmöödél.ttöö_jsöññ() (ttf.kérráás 2 ör KKéérás 3)`)
};

export const cliopt_train_momentum = /** @type {(inputs: Cliopt_Train_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSGGD mömmééñtümm (ddéfáüüllt 0)`)
};

export const cliopt_train_name = /** @type {(inputs: Cliopt_Train_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá llábéll fför thhéé rüñ ííññ lísttss áñd ççhhártss`)
};

export const cliopt_train_optimizer = /** @type {(inputs: Cliopt_Train_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööpptímíízzér`)
};

export const cliopt_train_restore_best_weights = /** @type {(inputs: Cliopt_Train_Restore_Best_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwhhéñ éáárrlý sttööppíññgg stöppss, gö bááççk tö tthhé bésstt épöççhh`)
};

export const cliopt_train_seed = /** @type {(inputs: Cliopt_Train_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sséééd föörr á répprrödüççííblé ÇÇPPÛ rüññ`)
};

export const cliopt_train_shuffle_labels = /** @type {(inputs: Cliopt_Train_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüfflléé thé ttrráíñííññg lábbééls (thhéé mémöörrízáttííöñ éxxppérímmééñt)`)
};

export const cliopt_train_train_subset = /** @type {(inputs: Cliopt_Train_Train_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñ ööññ öñlýý tthé fíírrst ñ ééxxámplléés`)
};

export const cliopt_train_validation = /** @type {(inputs: Cliopt_Train_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`'ttéést' (thhéé dátáássét's ttéést séétt), 'ñöñéé', öör á frrááçtíööññ líkéé 0.2 (KKéráss' vválíddáátíöññ_ssplítt)`)
};

export const cliopt_worker_concurrency = /** @type {(inputs: Cliopt_Worker_ConcurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jjööbs töö ttráíññ áát öñççéé`)
};

export const cliopt_worker_data_dir = /** @type {(inputs: Cliopt_Worker_Data_DirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffööldérr wwíth ddáátáséétts, séáárrçhédd bbéförréé thé ddééfáülltt öñéss (rrépéááttábléé)`)
};

export const cliopt_worker_name = /** @type {(inputs: Cliopt_Worker_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hhööw théé ttéáçhhéér séééss thíss wwörkéérr (défááüült: höösst ñámméé áñd pprröçéssss íd)`)
};

export const cliopt_worker_redis = /** @type {(inputs: Cliopt_Worker_RedisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé pöööll: rédííss://HØSTT:PPØRT, rréédís://:PPÅÅSSWØØRRD@HØSSTT:PØRTT, öör réddííss://... föörr TLS`)
};

export const close = /** @type {(inputs: CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇllösé`)
};

export const code_copied = /** @type {(inputs: Code_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööpíédd`)
};

export const code_copy = /** @type {(inputs: Code_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööpý`)
};

export const code_copy_failed = /** @type {(inputs: Code_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööpý fááííléd: ssééléçtt tthé çööddé áñdd ççöpý íítt`)
};

export const code_copy_title = /** @type {(inputs: Code_Copy_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööpý thhéé whölléé sçrííppt`)
};

export const code_download_title = /** @type {(inputs: Code_Download_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDööwñlööáád théé ssçrípptt ás á .ppýý fíléé`)
};

export const code_label = /** @type {(inputs: Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás ççöödé öff tthís llááb`)
};

export const code_title = /** @type {(inputs: Code_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás 3 ssççríptt`)
};

export const code_updating = /** @type {(inputs: Code_UpdatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛppdátííññg…`)
};

export const code_warnings = /** @type {(inputs: Code_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWhhát thhéé sçrííppt çáññññöt sááýý éxáççttlý`)
};

export const code_writing = /** @type {(inputs: Code_WritingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWrrítíññgg thé ssççríptt…`)
};

export const confusion_fallback = /** @type {(inputs: Confusion_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööñfüssííöñ mááttríx ööff thé vváálídááttíöñ ddáátá.`)
};

export const confusion_label = /** @type {(inputs: Confusion_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööñfüssííöñ mááttríx: ttrrüé çlláásséss ddöwñ, pprrédíççttéd çlláásséss ááçrössss; thé ttöötálss ááré bééssídé íítt`)
};

export const curves_baseline = /** @type {(inputs: Curves_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbáásélííññé`)
};

export const curves_confusion_label = /** @type {(inputs: Curves_Confusion_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ééxxámplléés, ${i?.percent}% ööff trüéé ${i?.truth}`)
};

export const curves_confusion_title = /** @type {(inputs: Curves_Confusion_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ttrrüé ${i?.truth}, pprrédíççttéd ${i?.predicted}`)
};

export const curves_dead_tooltip = /** @type {(inputs: Curves_Dead_TooltipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ${i?.percent}% ddééád`)
};

export const curves_early_stop = /** @type {(inputs: Curves_Early_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöp`)
};

export const curves_heat_across = /** @type {(inputs: Curves_Heat_AcrossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááççrösss`)
};

export const curves_heat_best = /** @type {(inputs: Curves_Heat_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; ★ bbéést`)
};

export const curves_heat_better = /** @type {(inputs: Curves_Heat_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbééttérr`)
};

export const curves_heat_caption_folds = /** @type {(inputs: Curves_Heat_Caption_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmééáñ ${i?.metric} ööff ${i?.folds} fföölds, ± ssttd`)
};

export const curves_heat_caption_holdout = /** @type {(inputs: Curves_Heat_Caption_HoldoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} ööññ thé hhööldöüütt splíítt`)
};

export const curves_heat_fixed = /** @type {(inputs: Curves_Heat_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ØØtthér ssééttíññggs hélldd át thhéé béstt: ${i?.settings}`)
};

export const curves_heat_folds = /** @type {(inputs: Curves_Heat_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmééáñ ${i?.metric} ${i?.score} ${i?.std} öövvér ${i?.folds} fföölds`)
};

export const curves_heat_holdout = /** @type {(inputs: Curves_Heat_HoldoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} ${i?.score} ööññ thé hhööldöüütt splíítt`)
};

export const curves_heat_unfinished = /** @type {(inputs: Curves_Heat_UnfinishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööt fíññííshédd ýýét`)
};

export const curves_heat_up = /** @type {(inputs: Curves_Heat_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`üüpp`)
};

export const curves_heat_worse = /** @type {(inputs: Curves_Heat_WorseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwöörsé`)
};

export const curves_input = /** @type {(inputs: Curves_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííññpüt ${i?.index}`)
};

export const curves_legend_baseline = /** @type {(inputs: Curves_Legend_BaselineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (bbáásélííññé)`)
};

export const curves_legend_changes = /** @type {(inputs: Curves_Legend_ChangesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇhháñgééss: ${i?.changes}`)
};

export const curves_predicted = /** @type {(inputs: Curves_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pprrédíççttéd`)
};

export const curves_spread_tooltip = /** @type {(inputs: Curves_Spread_TooltipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: mmééáñ ${i?.mean}, ssttd ${i?.std}`)
};

export const curves_true = /** @type {(inputs: Curves_TrueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrrüé`)
};

export const curves_weight_from = /** @type {(inputs: Curves_Weight_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ww ffröm ${i?.value}`)
};

export const dataset_examples = /** @type {(inputs: Dataset_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééxxámplléés`)
};

export const dataset_file = /** @type {(inputs: Dataset_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ ffílé öörr földdéér…`)
};

export const dataset_generated = /** @type {(inputs: Dataset_GeneratedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (ggééñérááttéd)`)
};

export const dataset_imdb = /** @type {(inputs: Dataset_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎMMDB réévvíéwss`)
};

export const dataset_info = /** @type {(inputs: Dataset_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}: ${i?.train} ttrráíñííññg áñdd ${i?.test} ttéést éxxáámplééss öf ${i?.shape}, ${i?.classes} ççllássééss.`)
};

export const dataset_loading = /** @type {(inputs: Dataset_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööádíññgg thé ddáátáséétt désççrríptííööñ…`)
};

export const dataset_mnist = /** @type {(inputs: Dataset_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMÑÑÎST ddíígítss`)
};

export const dataset_noise = /** @type {(inputs: Dataset_NoiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööísé`)
};

export const dataset_num_words = /** @type {(inputs: Dataset_Num_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmööst frrééqüéññtt wörddss képtt (ññüm_wöörrds)`)
};

export const dataset_path_computer = /** @type {(inputs: Dataset_Path_ComputerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPááth öññ tthé çöömmpütéérr (ÇSV, .ññppz, ör áá fföldéérr öf çllááss föölldérss)`)
};

export const dataset_path_server = /** @type {(inputs: Dataset_Path_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPááth öññ tthé séérrvér (ÇÇSSV, .ñpzz, öör á föölldér ööff çlássss földdéérs)`)
};

export const dataset_set_input = /** @type {(inputs: Dataset_Set_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSéét théé ÎÎñpütt lláýérr ttö ${i?.shape}`)
};

export const dataset_title = /** @type {(inputs: Dataset_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDáátáséétt`)
};

export const describe_augmentation = /** @type {(inputs: Describe_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüügméññttátíööññ`)
};

export const describe_batch = /** @type {(inputs: Describe_BatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bbáátçh ${i?.size}`)
};

export const describe_early_stopping = /** @type {(inputs: Describe_Early_StoppingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg (páttííéñçéé ${i?.patience})`)
};

export const describe_epochs = /** @type {(inputs: Describe_EpochsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ééppöçh`);
	return /** @type {LocalizedString} */ (`${i?.count} ééppöçhss`)
	
};

export const describe_fold = /** @type {(inputs: Describe_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffööld ${i?.fold} ööff ${i?.folds}`)
};

export const describe_label_smoothing = /** @type {(inputs: Describe_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lláábél ssmmööthhííñg ${i?.value}`)
};

export const describe_no_shuffling = /** @type {(inputs: Describe_No_ShufflingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö shüfffflíñgg`)
};

export const describe_no_validation = /** @type {(inputs: Describe_No_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö válííddátíööññ`)
};

export const describe_seed = /** @type {(inputs: Describe_SeedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sséééd ${i?.seed}`)
};

export const describe_separator = /** @type {(inputs: Describe_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, `)
};

export const describe_shuffled_labels = /** @type {(inputs: Describe_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüffllééd lábbééls`)
};

export const describe_subset = /** @type {(inputs: Describe_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ssüübsétt ${i?.count}`)
};

export const describe_validation_split = /** @type {(inputs: Describe_Validation_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vváálídááttíöñ ${i?.percent}%`)
};

export const describe_validation_test = /** @type {(inputs: Describe_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vváálídááttíöñ ööññ thé ttéést séétt`)
};

export const dstext_circles = /** @type {(inputs: Dstext_CirclesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇíírçlééss`)
};

export const dstext_fashion_mnist = /** @type {(inputs: Dstext_Fashion_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFááshíööññ-MÑÎSSTT çlötthhíñg íímmágéss`)
};

export const dstext_hint = /** @type {(inputs: Dstext_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`PPüüt ${i?.files} (ggzzíppéédd ör ñöött) íñ ${i?.folder}, öörr rüñ \`llááýérllááb dáttáásétss --ddöwñllööád ${i?.name}\` wwhhéñ öññllíñé.`)
};

export const dstext_hint_apt = /** @type {(inputs: Dstext_Hint_AptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ØØññ Débííááñ ör ÛÛbbüñtüü, \`áápt-géétt íñsttááll ${i?.apt}\` ííññstálllls théémm.`)
};

export const dstext_hint_imdb = /** @type {(inputs: Dstext_Hint_ImdbInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`PPüüt ${i?.files} (öörr íts üüññpáçkkééd áçllÎÎmdb/ ffööldérr) ííñ ${i?.folder}, öörr rüñ \`llááýérllááb dáttáásétss --ddöwñllööád ímmddb\` whééññ öñlííññé.`)
};

export const dstext_imdb = /** @type {(inputs: Dstext_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎMMDB möövvíé réévvíéwss`)
};

export const dstext_mnist = /** @type {(inputs: Dstext_MnistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMÑÑÎST hhááñdwrrííttéññ ddígíttss`)
};

export const dstext_moons = /** @type {(inputs: Dstext_MoonsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöööñs`)
};

export const dstext_spirals = /** @type {(inputs: Dstext_SpiralsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSppírállss`)
};

export const dstext_spirals_title = /** @type {(inputs: Dstext_Spirals_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.arms} áárrms, ${i?.samples} ppööíñtss, ññöíséé ${i?.noise}, sséééd ${i?.seed})`)
};

export const dstext_synthetic_title = /** @type {(inputs: Dstext_Synthetic_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.samples} ppööíñtss, ññöíséé ${i?.noise}, sséééd ${i?.seed})`)
};

export const duration_minutes = /** @type {(inputs: Duration_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} mmííñ ${i?.s} ss`)
};

export const duration_seconds = /** @type {(inputs: Duration_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} ss`)
};

export const edialog_lab = /** @type {(inputs: Edialog_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb lább`)
};

export const edialog_lab_or_keras = /** @type {(inputs: Edialog_Lab_Or_KerasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb lább öör Kérráás möddéél JSØØÑÑ`)
};

export const edialog_open_lab = /** @type {(inputs: Edialog_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ láább`)
};

export const edialog_quit = /** @type {(inputs: Edialog_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QQüüít`)
};

export const edialog_store_cannot_open = /** @type {(inputs: Edialog_Store_Cannot_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb çáññññöt öppééñ ítss rrüñ sttööré`)
};

export const edialog_store_damaged = /** @type {(inputs: Edialog_Store_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé íís dámmáágéd`)
};

export const edialog_store_move_aside = /** @type {(inputs: Edialog_Store_Move_AsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövé ítt áásídéé ááñd sttáárt á ññééw stöörré`)
};

export const edialog_store_moved = /** @type {(inputs: Edialog_Store_MovedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`TThhé dámmáágéd rrüüñ stöörré wáss mmövédd ttö ${i?.moved} ááññd képptt ás ítt wwás; ${i?.count} rrééádábbllé röww wwás çööppíéd ííññtö thhéé ñéw ssttöré.`);
	return /** @type {LocalizedString} */ (`TThhé dámmáágéd rrüüñ stöörré wáss mmövédd ttö ${i?.moved} ááññd képptt ás ítt wwás; ${i?.count} rrééádábbllé röwwss wéréé ççöpíéédd íñtöö tthé ñééww störréé.`)
	
};

export const error_augment_needs_images = /** @type {(inputs: Error_Augment_Needs_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎmmágé ááüügméññttátíööññ ñééddss ímággéés, bütt ${i?.title} ééxxámplléés áréé ${i?.shape}; ttüürñ áüüggméñttáátíöññ ööff föörr thíss ddátásséét.`)
};

export const error_augment_not_images = /** @type {(inputs: Error_Augment_Not_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅüügméññttátíööññ wörkkss öñ ímmáágés, bbüüt ${i?.dataset} ééxxámplléés áréé ${i?.shape}; ççhhööséé ááñ ímáággé dáttáásét ttöö prévvííéw ítt.`)
};

export const error_backend_none = /** @type {(inputs: Error_Backend_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö TéñssöörFlööww.js bááççkéñdd ççöüldd sstártt: ${i?.reasons}`)
};

export const error_backend_unknown = /** @type {(inputs: Error_Backend_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÛÛññkñöwwññ báçkkééñd '${i?.backend}': üüssé öñéé ööf ${i?.list} öörr áütöö.`)
};

export const error_budget_needs = /** @type {(inputs: Error_Budget_NeedsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís mööddél ñééééds ábbööüt ${i?.total} ööff mémöörrý tö ttrráíñ (${i?.params} ppáárámééttérs ttááké ${i?.paramBytes} wwííth thhééír grráádíéññtts áñdd ööptímmíízér ssllöts; ööññé báttççh öf ${i?.batch} ttáákés ${i?.activations} ööff láýéérr öütppüüts)`)
};

export const error_budget_not_free = /** @type {(inputs: Error_Budget_Not_FreeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.needs}, bbüüt öñllýý ${i?.free} ííss frééé ññöw: çllöösé ötthhér prröögrámmss ör fííññísh öötthér rrüüñs, örr üüsé á ssmmálléérr mödééll ör bááttçh síízzé.`)
};

export const error_budget_over_half = /** @type {(inputs: Error_Budget_Over_HalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.needs}, bbüüt LáýýéérLább ttráíññss íñ átt mmöst hháálf öff tthís mmááçhíññéé's ${i?.machine} (${i?.cap}): üüssé féwwéér üñíítts ör ffííltérrss, á smáálllér ííññpüt, öörr á smáálllér bbáátçh ssíízé.`)
};

export const error_builtin_missing = /** @type {(inputs: Error_Builtin_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.name}) wwáás ñött fföüñdd ííñ ${i?.searched}. ${i?.hint}`)
};

export const error_builtin_missing_partial = /** @type {(inputs: Error_Builtin_Missing_PartialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.name}) wwáás ñött fföüñdd ííñ ${i?.searched}. ${i?.partial} ${i?.hint}`)
};

export const error_builtin_no_folders = /** @type {(inputs: Error_Builtin_No_FoldersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö földdéérs`)
};

export const error_busy_delete_grid = /** @type {(inputs: Error_Busy_Delete_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís grrííd ís ssttíll rrüüññíññgg: stöpp íít béffööré dééllétíññgg ít.`)
};

export const error_busy_delete_run = /** @type {(inputs: Error_Busy_Delete_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís rüüññ ís sttííll trrááíñíññgg: stöpp íít béffööré dééllétíññgg ít.`)
};

export const error_busy_grid_running = /** @type {(inputs: Error_Busy_Grid_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís grrííd ís áállréáddýý rüñññííñg.`)
};

export const error_busy_repair_store = /** @type {(inputs: Error_Busy_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñs árréé tráííññíñg: ssttöp thhéém béffööré möövvíñg tthhé rüññ sstöréé áásídéé.`)
};

export const error_class_host = /** @type {(inputs: Error_Class_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--hhööst '${i?.host}' ííss ñöt ááññ áddrrééss öff tthís mmááçhíññéé; gívéé ööñé öff ${i?.list} (tthhé lább ññétwöörrk's), örr 0.0.0.0 fför évvéérý ñééttwörkk íít ís ööññ.`)
};

export const error_class_no_pool = /** @type {(inputs: Error_Class_No_PoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ ççlásss ssérvéérr tráííññs öñ íítts öwññ mmáçhííññé: stüüddéñtss ççáññöött çöñññééçt á ppöööl öff wwörkéérrs.`)
};

export const error_cli_class_only = /** @type {(inputs: Error_Cli_Class_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.flag} ííss för áá ççlásss ssérvéérr (ádd --ççlláss); áá ppláíññ ssérvéé llístééññs öñ 127.0.0.1 ööññlý.`)
};

export const error_cli_concurrency = /** @type {(inputs: Error_Cli_ConcurrencyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--ççööñçürrrréñçýý ${i?.concurrency} ííss möréé ttháñ 64.`)
};

export const error_cli_import_json = /** @type {(inputs: Error_Cli_Import_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.file}' ííss JSØÑÑ, ññöt Pýýtthöñ; llááýérllááb ímppöört rééááds Kéérrás çööddé sávvééd ás áá .ppý fílléé (tráííññ á lább öör á Kéérrás mööddél JSSØØÑ wítthh láýéérrláb ttrráíñ).`)
};

export const error_cli_lab_and_model = /** @type {(inputs: Error_Cli_Lab_And_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGíívé éíítthér áá lláb fííllé ör --mmöödél, ññööt bötthh.`)
};

export const error_cli_lab_no_weights = /** @type {(inputs: Error_Cli_Lab_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.arg}' ííss á lább ffílé, wwhhíçh hháás ñö ttrráíñéédd wéígghhts töö ééxpörrtt ás ${i?.format}: ttrráíñ íítt (láýéérrláb ttrráíñ ${i?.arg}) ááññd éxppöört thhéé rüñ, öörr éxpöörrt théé lláb wíítth --förrmmát pýýtthöñ.`)
};

export const error_cli_lang = /** @type {(inputs: Error_Cli_LangInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--llááñg ${i?.lang} ííss ñöt áá lláñgüüáágé LááýýérLáább spéáákks: üséé ööñé öff ${i?.list}.`)
};

export const error_cli_model_file_and_model = /** @type {(inputs: Error_Cli_Model_File_And_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGíívé éíítthér áá mmödéll ffílé öörr --mödééll, ñöt bbööth.`)
};

export const error_cli_model_invalid = /** @type {(inputs: Error_Cli_Model_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé möddéél ís ññööt vállííd: ${i?.issues}`)
};

export const error_cli_model_needs_dataset = /** @type {(inputs: Error_Cli_Model_Needs_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--mmöödél ññéééds --ddáátáséétt (för ééxxámplléé --dátáássét mññííst).`)
};

export const error_cli_model_too_large = /** @type {(inputs: Error_Cli_Model_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss övérr ${i?.megabytes} MMBB; LáýéérrLáb íímmpörttss smállllér Kéérrás mööddéls.`)
};

export const error_cli_no_epoch = /** @type {(inputs: Error_Cli_No_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ '${i?.name}' hháás ñö ééppöçh ${i?.epoch}: íítt réçöörrdéd ééppöçhss 0 ttö ${i?.last} (0 ííss béföörré trááííñíñgg); ççhöösséé --épöççhh bétwwéééñ 0 áññdd ${i?.last}.`)
};

export const error_cli_no_grid = /** @type {(inputs: Error_Cli_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís láább hás ññöö grídd: áádd á "ggrríd" sééççtíöññ ttö ít, öörr gívéé --sswéépp PPÅTH=VVÅÅLÛÉSS (fför éxxáámpléé --sswéépp lláýérrss.dröppööüt.ráátté=0.3,0.5,0.7).`)
};

export const error_cli_no_insights = /** @type {(inputs: Error_Cli_No_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ '${i?.name}' rrééçörddééd ñötthhíñg ííññsídéé ííts mööddél (ítt wwás ímmppörtéédd, fáíllééd béffööré trrááíñíññgg, ör wááss tráííññéd býý ááñ ölddéér LáýýéérLább): ttráíññ ííts láább ágáííññ tö íññsspéçtt íít.`)
};

export const error_cli_no_quick = /** @type {(inputs: Error_Cli_No_QuickInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.arg} ííss ñöt áá llíbráárrý lább wwíth áá qqüíçkk vvérsííööñ: léáávvé öütt --qqüíçkk.`)
};

export const error_cli_no_run = /** @type {(inputs: Error_Cli_No_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö rüñ mmáátçhééss '${i?.arg}'. LLííst thhéé rüñss wwíth: llááýérllááb rüññss.`)
};

export const error_cli_no_run_or_lab = /** @type {(inputs: Error_Cli_No_Run_Or_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö rüñ mmáátçhééss '${i?.arg}'. LLííst thhéé rüñss wwíth: llááýérllááb rüññss (ör gíívvé á .lááýýérláább.jsöññ ffílé).`)
};

export const error_cli_no_run_or_model = /** @type {(inputs: Error_Cli_No_Run_Or_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö rüñ mmáátçhééss '${i?.arg}'. LLííst thhéé rüñss wwíth: llááýérllááb rüññss (ör gíívvé á .kéérrás örr .hh5 fíléé).`)
};

export const error_cli_not_guided = /** @type {(inputs: Error_Cli_Not_GuidedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.arg} hháás ñö ssttéps öörr çhéççkks: ít ííss ñöt áá ggüídéédd láb.`)
};

export const error_cli_redis_not_class = /** @type {(inputs: Error_Cli_Redis_Not_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--rréédís ííss för \`llááýérllááb sérrvvé\`, ñött fför á ççlláss sséérvérr.`)
};

export const error_cli_report_folder = /** @type {(inputs: Error_Cli_Report_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} ççááññött bbé réáádd ás á ffööldérr: ggívé tthhé föllddér öff rrépörrtt fílééss.`)
};

export const error_cli_report_format = /** @type {(inputs: Error_Cli_Report_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--fföörmátt ${i?.format} ííss ñöt áá rrépörrtt förmmáát: üséé hhtml öörr pdf.`)
};

export const error_cli_run_no_weights = /** @type {(inputs: Error_Cli_Run_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ '${i?.arg}' hháás ñö ttrráíñéédd wéígghhts (ítt ffáíléédd béföörré ítss ffírstt rrésülltt); tráííññ ít ággááíñ.`)
};

export const error_cli_sweep_syntax = /** @type {(inputs: Error_Cli_Sweep_SyntaxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--sswwéép '${i?.text}' ññéééds PPÅÅTH=VÅÅLLÛÉS, llííké lááýýérs.ddrröpöüütt.rátéé=0.3,0.5,0.7 öör trááííñíñgg.lléárññííñgRáátté=0.0001:0.1:4:lögg.`)
};

export const error_cli_train_what = /** @type {(inputs: Error_Cli_Train_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGíívé á llááb fílléé (láýéérrláb ttrráíñ mmýý.láýéérrláb.jjssöñ) örr --mmödéll kkéráss_mmödéll.jjsöñ --ddáátáséétt mñísstt.`)
};

export const error_cli_training_setting = /** @type {(inputs: Error_Cli_Training_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎññválíídd tráííññíñg ssééttíññgg: ${i?.issues}`)
};

export const error_cli_unknown_dataset = /** @type {(inputs: Error_Cli_Unknown_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÛÛññkñöwwññ dátáássét '${i?.value}': üüssé mñíísst, fásshhíöñ-mmññíst, íímmdb, sýýññthéttííç:spíírráls|mmöööñs|ççíírçlééss|xör, öörr á pátthh tö á ÇÇSSV fílléé, .ñpz ffíílé örr íímágéé fföldéérr.`)
};

export const error_cli_validation = /** @type {(inputs: Error_Cli_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--vváálídááttíöñ '${i?.value}' mmüüst béé 'ttést', 'ññööñé' örr áá fráççttíöñ bbéétwéééññ 0 áñd 1 (llííké 0.2).`)
};

export const error_cli_worker_name = /** @type {(inputs: Error_Cli_Worker_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--ññáámé '${i?.name}' ííss ñöt áá wwörkéérr ñáméé: üüsé üpp ttö 100 léttttérs, ddíígítss, '.', '-', '_' öör '@' (ñö ssppáçéss).`)
};

export const error_context = /** @type {(inputs: Error_ContextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.context}: ${i?.sentence}`)
};

export const error_csv_label_column = /** @type {(inputs: Error_Csv_Label_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé lábbéél çöllüümñ${i?.name}`)
};

export const error_csv_no_column_index = /** @type {(inputs: Error_Csv_No_Column_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás ${i?.width} ççöölümññss (0..${i?.last}), ssöö thérréé ís ñöö llábéll ççölümmññ ${i?.column}. PPííçk áññööthérr ççölümmññ.`)
};

export const error_csv_no_column_name = /** @type {(inputs: Error_Csv_No_Column_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás ñö ççöölümññ ññámédd ${i?.column}; íítts çöllüümñs áárré ${i?.columns}.`)
};

export const error_csv_no_header = /** @type {(inputs: Error_Csv_No_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás ñö hhééádérr rröw, söö tthé láábbél çööllümñ ${i?.column} ççááññött bbé föüüññd bý ññáámé: gíívvé ítss 0-bbásédd ííñdéxx ííñstééáád.`)
};

export const error_csv_not_number = /** @type {(inputs: Error_Csv_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, rrööw ${i?.line}, ççöölümññ ${i?.column}${i?.name}: ${i?.value} ííss ñöt áá ññümbéérr. Évérrýý çölüümmñ éxççéépt thhéé lábééll çölüümmñ müsstt höldd ññümbéérrs; fíxx tthé çéélll ör ççhhööséé tthé láábbél çööllümñ.`)
};

export const error_csv_one_column = /** @type {(inputs: Error_Csv_One_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás á sííññglé ççöölümññ; íít ñééédds féááttüré ççöölümññss áñd áá llábéll ççölümmññ, sépáárrátédd bbý çömmmmás.`)
};

export const error_csv_quotes = /** @type {(inputs: Error_Csv_QuotesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, llííñé ${i?.line}: ${i?.detail}. FFííx théé qqüötííññg.`)
};

export const error_csv_row = /** @type {(inputs: Error_Csv_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`rrööw ${i?.line}`)
};

export const error_csv_row_width = /** @type {(inputs: Error_Csv_Row_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, rrööw ${i?.line} hháás ${i?.cells} ççéélls bbüüt ${i?.first} hháás ${i?.width}. ÉÉvvérý rrööw ñééédds théé ssámé ççöölümññss.`)
};

export const error_csv_the_header = /** @type {(inputs: Error_Csv_The_HeaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé héááddér`)
};

export const error_data_bad_gzip = /** @type {(inputs: Error_Data_Bad_GzipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss dámáággéd gzzííp dáttáá (${i?.detail}): tthhé döwwññlöádd wwás prrööbábllýý çüt sshhört. DDéélétéé íít áñdd ddöwñllööád ítt áágáíññ.`)
};

export const error_data_denied = /** @type {(inputs: Error_Data_DeniedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ççááññött bbé réáádd: pérmmííssíööññ déñííééd. Çhééççk théé ffílé'ss ppérmíísssíöññss.`)
};

export const error_data_empty_file = /** @type {(inputs: Error_Data_Empty_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss émpttýý.`)
};

export const error_data_folder = /** @type {(inputs: Error_Data_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss á föllddér, ñöött á fílléé.`)
};

export const error_data_header_only = /** @type {(inputs: Error_Data_Header_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás á hééáádér bbüüt ñö rrööws: ádddd öñé ééxxámplléé pér rrööw üñddéér ít.`)
};

export const error_data_inflates = /** @type {(inputs: Error_Data_InflatesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííññfláttéés tö mmööré thhááñ ${i?.limit}, tthhé mösstt LáýéérrLáb rrééáds ffrröm öññéé gzípp ffílé: íítt ís ñöött thé ffíílé ítt sshöülldd bé; dééllété íítt áñd ddööwñlööáád ít áággáíñ.`)
};

export const error_data_missing = /** @type {(inputs: Error_Data_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ddööés ñöött éxísstt: çhéççkk thé ppááth.`)
};

export const error_data_no_class_folders = /** @type {(inputs: Error_Data_No_Class_FoldersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} hhöölds ññöö çlássss földdéérs: püütt thé íímmágéss ííñ öñéé ssüb-föölldér ppéér çláásss, é.g. ${i?.example}.`)
};

export const error_data_npy_alone = /** @type {(inputs: Error_Data_Npy_AloneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}: áá ssíñglléé .ñpý áárrráý hhöölds ññöö lábéélls: sávvéé féáttüürés ááññd lábbééls tööggéthéérr wíthh ññümpýý.ssávézz(ppáth, xx=..., ýý=...).`)
};

export const error_data_partial_files = /** @type {(inputs: Error_Data_Partial_FilesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} hhöölds ${i?.found} bbüüt ñött ${i?.missing}.`)
};

export const error_data_partial_folder = /** @type {(inputs: Error_Data_Partial_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} hháás ñö ${i?.missing} ffööldérr.`)
};

export const error_data_partial_folders = /** @type {(inputs: Error_Data_Partial_FoldersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} hháás ñö ${i?.missing} ffööldérrss.`)
};

export const error_data_unknown_kind = /** @type {(inputs: Error_Data_Unknown_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}: LLááýérLLááb réáádds ÇSVV ffíléss (.ççsv), ÑüümmPý árrççhívééss (.ñpz) ááññd föllddérs ööff ímággéés.`)
};

export const error_data_unreadable = /** @type {(inputs: Error_Data_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ççööüld ññööt bé rrééád (${i?.detail}).`)
};

export const error_details_in_log = /** @type {(inputs: Error_Details_In_LogInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sentence} DDéétáíllss áré ííññ ${i?.log}.`)
};

export const error_disconnected = /** @type {(inputs: Error_DisconnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööst thhéé çöñññééçtíööññ tö thhéé LáýéérrLáb sséérvérr; íís \`láýýéérlább ssérvéé\` sstílll rrüññííññg?`)
};

export const error_diverged = /** @type {(inputs: Error_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrráíñííññg dívvéérgédd ííñ épööççh ${i?.epoch} (tthhé lössss béçáámmé ${i?.loss}). TThhé léáárrñíñgg rráté (${i?.rate}) ííss pröbbááblý ttööö hígghh: trý áá ssmállléér öñéé.`)
};

export const error_doing_check_steps = /** @type {(inputs: Error_Doing_Check_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhéçkííññg théé sstépss`)
};

export const error_doing_delete_grid = /** @type {(inputs: Error_Doing_Delete_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDéélétííññg théé ggríd`)
};

export const error_doing_delete_run = /** @type {(inputs: Error_Doing_Delete_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDéélétííññg théé rrüñ`)
};

export const error_doing_evaluate = /** @type {(inputs: Error_Doing_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉvválüááttíñg ööññ thé ttéést séétt`)
};

export const error_doing_list_grids = /** @type {(inputs: Error_Doing_List_GridsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLíístíññgg gríddss`)
};

export const error_doing_list_labs = /** @type {(inputs: Error_Doing_List_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLíístíññgg lábss`)
};

export const error_doing_list_library = /** @type {(inputs: Error_Doing_List_LibraryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLíístíññgg thé lláábs`)
};

export const error_doing_list_runs = /** @type {(inputs: Error_Doing_List_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLíístíññgg rüñss`)
};

export const error_doing_load_grid = /** @type {(inputs: Error_Doing_Load_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööádíññgg thé ggrríd`)
};

export const error_doing_load_run = /** @type {(inputs: Error_Doing_Load_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööádíññgg thé rrüüñ`)
};

export const error_doing_open_file = /** @type {(inputs: Error_Doing_Open_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñíññgg thé ffíílé`)
};

export const error_doing_open_lab = /** @type {(inputs: Error_Doing_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñíññgg thé llááb`)
};

export const error_doing_open_named = /** @type {(inputs: Error_Doing_Open_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ØØppéñíññgg ${i?.name}`)
};

export const error_doing_rename_run = /** @type {(inputs: Error_Doing_Rename_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRééñámííññg théé rrüñ`)
};

export const error_doing_repair_store = /** @type {(inputs: Error_Doing_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövíñgg tthé dáámmágédd sstöréé áásídéé`)
};

export const error_doing_save_lab = /** @type {(inputs: Error_Doing_Save_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávíñgg tthé láább`)
};

export const error_doing_start_grid = /** @type {(inputs: Error_Doing_Start_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttártííññg théé ggríd`)
};

export const error_doing_start_training = /** @type {(inputs: Error_Doing_Start_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttártííññg trááííñíñgg`)
};

export const error_doing_stop_grid = /** @type {(inputs: Error_Doing_Stop_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttöppííññg théé ggríd`)
};

export const error_download_broke = /** @type {(inputs: Error_Download_BrokeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`DDööwñlööáádíñgg ${i?.url} bbrröké ööfff (${i?.detail}): ttrrý ágááííñ. ${i?.byHand}`)
};

export const error_download_by_hand = /** @type {(inputs: Error_Download_By_HandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÝÝööü çáññ áálsö ddööwñlööáád ít bbýý háñdd ááñd püütt ít íññ ${i?.folder}.`)
};

export const error_download_http = /** @type {(inputs: Error_Download_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`DDööwñlööáádíñgg ${i?.url} ffááílédd wwíth HHTTTP ${i?.status}. ${i?.byHand}`)
};

export const error_download_md5 = /** @type {(inputs: Error_Download_Md5Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé döwwññlöádd ööf ${i?.url} hháás théé mmd5 çhééççksümm ${i?.got}, ññööt théé ééxpéççttéd ${i?.md5} (${i?.received} bbýýtés rrééçéívvééd), sö íítt wás ññööt képptt: trý áággáíñ. ${i?.byHand}`)
};

export const error_download_mkdir = /** @type {(inputs: Error_Download_MkdirInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇááññött ççréáttéé ${i?.folder} (${i?.detail}): ppííçk áññööthérr fföldéérr.`)
};

export const error_download_unreachable = /** @type {(inputs: Error_Download_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇööüld ññööt réááççh ${i?.url} (${i?.cause}): ççhhéçk tthhát ýööüü áré ööññlíñéé. ${i?.byHand}`)
};

export const error_early_stopping_no_validation = /** @type {(inputs: Error_Early_Stopping_No_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÉÉáárlý ssttöppííññg wáttççhés ${i?.monitor}, bbüüt thííss rüñ hháás ñö vváálídááttíöñ ddáátá: çhhööösé áá vválíddáátíöññ ssplítt öör théé ttést sséét, ör mmööñítöörr 'lösss'.`)
};

export const error_export_no_history = /** @type {(inputs: Error_Export_No_HistoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.name}' ííss á lább, wwhíçhh hhás ñöö ttráíññííñg híísstörýý ttö éxppöört áss TTráíññííñg híísstörýý (.ççsv): trrááíñ ítt ááñd éxxppört tthhé rüññ.`)
};

export const error_export_no_history_cli = /** @type {(inputs: Error_Export_No_History_CliInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.name}' ííss á lább, wwhíçhh hhás ñöö ttráíññííñg híísstörýý ttö éxppöört áss TTráíññííñg híísstörýý (.ççsv): trrááíñ ítt (lláýérrlláb trrááíñ ${i?.name}) ááññd éxppöört thhéé rüñ.`)
};

export const error_export_no_weights = /** @type {(inputs: Error_Export_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís rüüññ hás ññöö tráííññéd wééííghtss ttö éxppöört áss ${i?.format} (íítt fáíllééd béffööré fííññíshííññg áñ ééppöçh); ttrráíñ íítt ágáííññ, ör éxxppört íítt ás á PPýýthöññ ssçrípptt.`)
};

export const error_file_binary = /** @type {(inputs: Error_File_BinaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ñöt áá ttéxt ffíílé (ítt hhöldss bbíñárrýý dátáá), ssö ít ííss ñöt ${i?.what}; ççhhéçk tthhát ítt íís théé rríghtt ffílé.`)
};

export const error_file_missing = /** @type {(inputs: Error_File_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ddööés ñöött éxísstt.`)
};

export const error_file_too_large = /** @type {(inputs: Error_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss övérr ${i?.megabytes} MMBB, fár mmööré thhááñ ${i?.what} hhöölds; ççhhéçk tthhát ítt íís théé rríghtt ffílé.`)
};

export const error_fold_missing = /** @type {(inputs: Error_Fold_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`FFööld ${i?.index} ddööés ñöött éxísstt íñ ${i?.folds}-ffööld çrrööss-váállídáttííöñ.`)
};

export const error_fold_too_few = /** @type {(inputs: Error_Fold_Too_FewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folds}-ffööld çrrööss-váállídáttííöñ ñééééds átt lléástt ${i?.folds} ééxxámplléés, bütt tthéréé ááré ${i?.count}.`)
};

export const error_fs_action_mkdir = /** @type {(inputs: Error_Fs_Action_MkdirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççrréátéé tthé föölldér`)
};

export const error_fs_action_read = /** @type {(inputs: Error_Fs_Action_ReadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrééád`)
};

export const error_fs_action_write = /** @type {(inputs: Error_Fs_Action_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwrríté`)
};

export const error_fs_cannot_mkdir = /** @type {(inputs: Error_Fs_Cannot_MkdirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffööldérrss çáñññööt bé mmáádé íññ tthát pplláçé; ççhhööséé ááñöthhéér föllddér`)
};

export const error_fs_disk_full = /** @type {(inputs: Error_Fs_Disk_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé dísskk ís füülll; fréééé söméé sspáçéé ááñd trrýý ágáííññ`)
};

export const error_fs_exists = /** @type {(inputs: Error_Fs_ExistsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá ffílé ííss álrééáádý thhééré whhééré á ffööldérr íís ñéééddéd`)
};

export const error_fs_failed = /** @type {(inputs: Error_Fs_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇööüld ññööt ${i?.action} ${i?.file}: ${i?.why}.`)
};

export const error_fs_is_folder = /** @type {(inputs: Error_Fs_Is_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítt ís á ffööldérr, ññöt á ffíílé; gíívvé á fííllé ñámméé íñsííddé ít`)
};

export const error_fs_loop = /** @type {(inputs: Error_Fs_LoopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítt ís á llöööp öff ssýmbööllíç lííññks`)
};

export const error_fs_missing = /** @type {(inputs: Error_Fs_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítt döéss ññöt éxxííst`)
};

export const error_fs_no_parent = /** @type {(inputs: Error_Fs_No_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítts föllddér dööéés ñött ééxístt`)
};

export const error_fs_not_folder = /** @type {(inputs: Error_Fs_Not_FolderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá ppárt ööff thé ppááth íss áá fíléé, ññöt á ffööldérr`)
};

export const error_fs_permission = /** @type {(inputs: Error_Fs_PermissionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppéérmíssssíöñ ddééñíédd; ççhöösséé á föllddér ýööüü çáñ wwrríté ttöö`)
};

export const error_fs_read_only = /** @type {(inputs: Error_Fs_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítt ís öññ áá réádd-ööñlý ffíílé sýýsstém; ççhhööséé ááñöthhéér föllddér`)
};

export const error_fs_system = /** @type {(inputs: Error_Fs_SystemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé sýssttém sááííd ${i?.detail}`)
};

export const error_fs_too_long = /** @type {(inputs: Error_Fs_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé pátthh ís töööö löñgg`)
};

export const error_fs_too_many_open = /** @type {(inputs: Error_Fs_Too_Many_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttööö máññýý fílééss áré ööppéñ; çllöösé söömmé prööggrámss ááñd trrýý ágáííññ`)
};

export const error_future_version_graph = /** @type {(inputs: Error_Future_Version_GraphInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís grrááph wááss sávéédd bý á ññééwér LLááýérLLááb (förrmmát véérrsíöññ ${i?.version}; tthhís öññéé réáddss üp töö ${i?.current}). ÛÛppdátéé LLáýérrLLáb töö ööpéñ íítt.`)
};

export const error_future_version_lab = /** @type {(inputs: Error_Future_Version_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís láább wás ssáávéd bbýý á ñéwwéér LáýýéérLább (fförmáátt vérssííöñ ${i?.version}; tthhís öññéé réáddss üp töö ${i?.current}). ÛÛppdátéé LLáýérrLLáb töö ööpéñ íítt.`)
};

export const error_graph_invalid = /** @type {(inputs: Error_Graph_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé gráápph ís ññööt vállííd: ${i?.issues}.`)
};

export const error_graph_not_object = /** @type {(inputs: Error_Graph_Not_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ ggráphh mmüst bbéé á JSØØÑÑ öbjééççt wítthh ñödééss áñd ééddgés.`)
};

export const error_grid_at_least = /** @type {(inputs: Error_Grid_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé át llééást ${i?.limit}`)
};

export const error_grid_at_most = /** @type {(inputs: Error_Grid_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé át mmööst ${i?.limit}`)
};

export const error_grid_bool = /** @type {(inputs: Error_Grid_BoolInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg.áüggmméñtááttíöñ ttáákés ttrrüé örr ffálséé, ññöt ${i?.value}.`)
};

export const error_grid_invalid = /** @type {(inputs: Error_Grid_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎññválíídd grídd: ${i?.issues}.`)
};

export const error_grid_is_value = /** @type {(inputs: Error_Grid_Is_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}: ${i?.detail}`)
};

export const error_grid_less_than = /** @type {(inputs: Error_Grid_Less_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé léssss tháññ ${i?.limit}`)
};

export const error_grid_more_than = /** @type {(inputs: Error_Grid_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé mörréé tháññ ${i?.limit}`)
};

export const error_grid_no_param = /** @type {(inputs: Error_Grid_No_ParamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé gríídd swééépps ${i?.param} ööff láýéérr '${i?.name}', bbüüt á ${i?.kind} llááýér hháás ñö ssüüçh páárráméttéér.`)
};

export const error_grid_none = /** @type {(inputs: Error_Grid_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé lább '${i?.name}' hháás ñö ggrríd: ádddd á "gríídd" séçttííöñ (séééé döçss/ffílé-fföörmáttss.md).`)
};

export const error_grid_not_number = /** @type {(inputs: Error_Grid_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmüüst béé áá ñümbbéér, ñött ${i?.value}`)
};

export const error_grid_not_sweepable = /** @type {(inputs: Error_Grid_Not_SweepableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé gríídd swééépps trááííñíñgg.${i?.key}, wwhhíçh ççááññött bbé swééppt; swéééép öñéé ööf ${i?.list}.`)
};

export const error_grid_not_whole = /** @type {(inputs: Error_Grid_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmüüst béé áá whölléé ñümbbéér, ñött ${i?.value}`)
};

export const error_grid_numbers = /** @type {(inputs: Error_Grid_NumbersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} ttáákés ññüümbérrss, ñöt ${i?.value}.`)
};

export const error_grid_optimizer = /** @type {(inputs: Error_Grid_OptimizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg.öpttíímízéérr tákééss ${i?.list}, ññööt ${i?.value}.`)
};

export const error_grid_refit_failed = /** @type {(inputs: Error_Grid_Refit_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé réffíít öf tthhé bésstt sétttííñg fááííléd: ${i?.detail}`)
};

export const error_grid_regularizer_path = /** @type {(inputs: Error_Grid_Regularizer_PathInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSwwéép áá rrégülláárízéérr's strrééñgthh áás láýýéérs.${i?.name}.${i?.param}.ll1 öör .l2.`)
};

export const error_grid_see_its_runs = /** @type {(inputs: Error_Grid_See_Its_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééé ítss rrüñs fföör whýý.`)
};

export const error_grid_see_their_runs = /** @type {(inputs: Error_Grid_See_Their_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSééé thééíír rüññss för wwhhý.`)
};

export const error_grid_selector = /** @type {(inputs: Error_Grid_SelectorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé gríídd swééépps ${i?.path}, bbüüt ${i?.problem}.`)
};

export const error_grid_setting = /** @type {(inputs: Error_Grid_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} ${i?.problem}.`)
};

export const error_grid_times = /** @type {(inputs: Error_Grid_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.a} xx ${i?.b}`)
};

export const error_grid_too_many = /** @type {(inputs: Error_Grid_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé gríídd hás ${i?.count} ssééttíññggs (${i?.values}); LLááýérLLááb rüññss át möösst ${i?.max}: sswwéép ffééwér vváálüéss, öör üséé áá ráñddööm séáárrçh.`)
};

export const error_grid_trial = /** @type {(inputs: Error_Grid_TrialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrríál ${i?.trial}: ${i?.detail}`)
};

export const error_grid_trial_failed = /** @type {(inputs: Error_Grid_Trial_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrríál ${i?.trial} ffááílédd: ${i?.detail}`)
};

export const error_grid_trial_model = /** @type {(inputs: Error_Grid_Trial_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrríál ${i?.trial} mmáákés tthhé möddéél íñvváálíd: ${i?.issue}`)
};

export const error_grid_trial_no_start = /** @type {(inputs: Error_Grid_Trial_No_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrríál ${i?.trial} ççööüld ññööt stáárrt: ${i?.detail}`)
};

export const error_grid_trial_training = /** @type {(inputs: Error_Grid_Trial_TrainingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrríál ${i?.trial} mmáákés tthhé trááííñíñgg sséttííññgs íññvválídd: ${i?.path}: ${i?.issue}.`)
};

export const error_grid_trials_failed = /** @type {(inputs: Error_Grid_Trials_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.failed} ööff ${i?.total} ttrríálss ffáíléédd. ${i?.detail}`)
};

export const error_grid_twice = /** @type {(inputs: Error_Grid_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé gríídd swééépps ${i?.key} ttwwíçé, ííññ ${i?.other} ááññd íñ ${i?.path}: rréémövéé ööñé öff tthé twwöö swééépps, ör üüññtíçkk ${i?.name} ííññ öñé.`)
};

export const error_grid_values_of = /** @type {(inputs: Error_Grid_Values_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} vváálüéss ööf ${i?.path}`)
};

export const error_host_invalid_arguments = /** @type {(inputs: Error_Host_Invalid_ArgumentsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} ggööt íñvváálíd áárrgümééññts: ${i?.issues}.`)
};

export const error_host_unknown_method = /** @type {(inputs: Error_Host_Unknown_MethodInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.method}' ííss ñöt áá LLáýérrLLáb méétthöd.`)
};

export const error_idx_extra = /** @type {(inputs: Error_Idx_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás ${i?.extra} bbýýtés mmööré thhááñ théé ${i?.what} íítts héááddér áññññöüñççéés. Döwwññlöádd íít ágááííñ.`)
};

export const error_idx_images_of = /** @type {(inputs: Error_Idx_Images_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} íímmágéss ööf ${i?.size}`)
};

export const error_idx_labels_of = /** @type {(inputs: Error_Idx_Labels_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} lláábélss`)
};

export const error_idx_magic = /** @type {(inputs: Error_Idx_MagicInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ssttártss wwíth tthhé mággííç ñümmbbér ${i?.magic} ííññstéáádd öf ${i?.expected}${i?.why}. RRéépláççéé ít wíítth théé öörígííññál fííllé.`)
};

export const error_idx_not_images = /** @type {(inputs: Error_Idx_Not_ImagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, ssöö ít íss ññöt áññ ÎÎDX ímmáágés ffíílé`)
};

export const error_idx_not_labels = /** @type {(inputs: Error_Idx_Not_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, ssöö ít íss ññöt áññ ÎÎDX láábbéls ffíílé`)
};

export const error_idx_swapped_images = /** @type {(inputs: Error_Idx_Swapped_ImagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`: ${i?.magic} mmáárks ááññ ÎDX íímmágéss ffílé, ssöö thé ffíílé ñáámmés árréé pröbbááblý sswwáppéédd`)
};

export const error_idx_swapped_labels = /** @type {(inputs: Error_Idx_Swapped_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`: ${i?.magic} mmáárks ááññ ÎDX lláábélss ffílé, ssöö thé ffíílé ñáámmés árréé pröbbááblý sswwáppéédd`)
};

export const error_idx_too_short = /** @type {(inputs: Error_Idx_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss trüññççátédd: íít hölldds ${i?.bytes} bbýýtés, ttööö féww fför áññ ÎÎDX hééáádér. DDööwñlööáád ít áággáíñ.`)
};

export const error_idx_truncated = /** @type {(inputs: Error_Idx_TruncatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss trüññççátédd: ííts hééáádér ááñññöüññççés ${i?.what} (${i?.want} bbýýtés) bbüüt ít hhöölds ${i?.bytes} bbýýtés. DDööwñlööáád ít áággáíñ.`)
};

export const error_idx_truncated_header = /** @type {(inputs: Error_Idx_Truncated_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss trüññççátédd ííñsíddéé íts hhééádérr (${i?.bytes} bbýýtés). DDööwñlööáád ít áággáíñ.`)
};

export const error_images_none = /** @type {(inputs: Error_Images_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} hhöölds ññöö .pñg öörr .jpg íímmágéss: áádd söömmé ör rréémövéé tthé föölldér.`)
};

export const error_images_not_image = /** @type {(inputs: Error_Images_Not_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ñéítthhér á PPÑÑG ñörr áá JPÉGG íímágéé, wwhátéévvér íttss ñáméé ssáýs: ççööñvérrtt ít örr rrémövvéé ít.`)
};

export const error_images_test_class = /** @type {(inputs: Error_Images_Test_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} hháás théé ççlásss fföldéérr ${i?.names}, wwhhíçh ${i?.train} llááçks: tthhé tésstt çlássssés müüsst bé ttrráíñííññg çláásssés.`)
};

export const error_images_test_classes = /** @type {(inputs: Error_Images_Test_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} hháás théé ççlásss fföldéérrs ${i?.names}, wwhhíçh ${i?.train} llááçks: tthhé tésstt çlássssés müüsst bé ttrráíñííññg çláásssés.`)
};

export const error_images_too_big = /** @type {(inputs: Error_Images_Too_BigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ${i?.size} ppííxélss; LLáýérrLLáb rééááds ímmáágés ööff át möösst ${i?.max}: sshhríñkk íít (évéérrý ímáággé ís rréésízéédd tö thhéé láb'ss íímágéé ssízé ááññýwáýý) öör rémmöövé ítt.`)
};

export const error_images_too_many = /** @type {(inputs: Error_Images_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.root} hhöölds ${i?.count} íímmágéss, ${i?.size} ööññçé rééssízédd ttö ${i?.shape}; LLááýérLLááb hölldds át mmööst ${i?.cap} ööff ímággéés: üséé fféwérr íímágééss ör á ssmmálléérr ímággéé sízéé.`)
};

export const error_images_undecodable = /** @type {(inputs: Error_Images_UndecodableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ççööüld ññööt bé ddééçödéédd ás ${i?.format} (${i?.detail}): rréépláççéé ít örr rrémövvéé ít.`)
};

export const error_imdb_archive = /** @type {(inputs: Error_Imdb_ArchiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ççööüld ññööt bé rrééád áss áá .tár.ggzz árçhhíívé (${i?.detail}) ááfftér ${i?.count} rréévíéwwss: ít íss ppröbáábblý çüütt shörrtt. Déléétté ít ááññd döwwññlöádd íít ágááííñ.`)
};

export const error_imdb_inside = /** @type {(inputs: Error_Imdb_InsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder} ííññsídéé ${i?.source}`)
};

export const error_imdb_no_reviews = /** @type {(inputs: Error_Imdb_No_ReviewsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hhöölds ññöö révííééws: áññ ÎÎMDB ççööpý ñééééds thhéé öffííççíál llááýöütt ${i?.layout}. DDööwñlööáád áçllÎÎmdb_vv1.ttár.gzz áágáíññ.`)
};

export const error_in_step = /** @type {(inputs: Error_In_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}, ssttép "${i?.step}": ${i?.detail}`)
};

export const error_in_where = /** @type {(inputs: Error_In_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: ${i?.detail}`)
};

export const error_internal = /** @type {(inputs: Error_InternalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb hítt ááñ íñttéérñáll éérrörr (${i?.detail}); pplléáséé rrépörrtt ít wíítth wháátt ýöü wwééré dööííñg.`)
};

export const error_json_at = /** @type {(inputs: Error_Json_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt vváálíd JJSSØÑ: ${i?.problem} áátt líñéé ${i?.line}, ççöölümññ ${i?.column}.`)
};

export const error_json_character = /** @type {(inputs: Error_Json_CharacterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt vváálíd JJSSØÑ: ítt hhás á ççhháráççttér JSSØØÑ döééss ñöt áálllöw.`)
};

export const error_json_ends = /** @type {(inputs: Error_Json_EndsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt vváálíd JJSSØÑ: ítt ééñds bbééföréé tthé JSSØØÑ döééss.`)
};

export const error_keras_activation = /** @type {(inputs: Error_Keras_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás théé ááçtívváátíöññ ${i?.value}, wwhhíçh LLááýérLLááb döééss ñöt hháávé; ítt wwöüldd ttráíññ áás '${i?.fallback}', ááññöthéérr mödééll. Îñ Kéérrás, üsséé öñé ööff ${i?.list} ááññd éxppöört ággááíñ`)
};

export const error_keras_bad_value = /** @type {(inputs: Error_Keras_Bad_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás ${i?.key} ${i?.value}; ééxxpéçttééd ${i?.expected}`)
};

export const error_keras_batchnorm_axis = /** @type {(inputs: Error_Keras_Batchnorm_AxisInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} ññöörmállíízés ááxxís ${i?.axis}, wwhhíçh LLááýérLLááb döééss ñöt mmöödél; íítt wöülldd ñörmmáálízéé tthé láásst áxííss (thé ççhháññéélls), áñöötthér mmöödél. ÛÛssé áxííss=-1 íñ Kéérrás áññdd éxpöörrt ágááííñ`)
};

export const error_keras_expected_batch_shape = /** @type {(inputs: Error_Keras_Expected_Batch_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá bbátçhh sshápéé llíké [ññüüll, 28, 28, 1]`)
};

export const error_keras_expected_bool = /** @type {(inputs: Error_Keras_Expected_BoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrrüé örr ffálséé`)
};

export const error_keras_expected_input_shape = /** @type {(inputs: Error_Keras_Expected_Input_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé íñppüüt shááppé, líkkéé [ñülll, 28, 28, 1]`)
};

export const error_keras_expected_int = /** @type {(inputs: Error_Keras_Expected_IntInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá wwhöléé ññümbéérr`)
};

export const error_keras_expected_int_list = /** @type {(inputs: Error_Keras_Expected_Int_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá llíst ööff whölléé ñümbbéérs`)
};

export const error_keras_expected_number = /** @type {(inputs: Error_Keras_Expected_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá ññümbéérr`)
};

export const error_keras_expected_pair = /** @type {(inputs: Error_Keras_Expected_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá wwhöléé ññümbéérr ör twwöö, líkéé 3 öör [3, 3]`)
};

export const error_keras_export_invalid = /** @type {(inputs: Error_Keras_Export_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís mööddél çááñññöt bbéé éxpöörrtéd ttöö Kérááss ýét: ${i?.detail}`)
};

export const error_keras_in = /** @type {(inputs: Error_Keras_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎññ ${i?.where}, ${i?.detail}.`)
};

export const error_keras_in_line = /** @type {(inputs: Error_Keras_In_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎññ ${i?.where}, ${i?.detail} (llííñé ${i?.line}).`)
};

export const error_keras_inbound_empty = /** @type {(inputs: Error_Keras_Inbound_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás áñ ííññböüññdd ñödéé tthát ññáámés ññöö láýéérr`)
};

export const error_keras_inbound_not_list = /** @type {(inputs: Error_Keras_Inbound_Not_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás íñbbööüñd_ññöödés ${i?.value}; ééxxpéçttééd á líísst`)
};

export const error_keras_input_not_first = /** @type {(inputs: Error_Keras_Input_Not_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé ÎñppüütLáýýéér '${i?.name}' ííss ñöt tthhé fírrsst láýýéér öf tthhé Séqqüüéñtííáál möddéél`)
};

export const error_keras_layer = /** @type {(inputs: Error_Keras_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}'`)
};

export const error_keras_layer_named = /** @type {(inputs: Error_Keras_Layer_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llááýér '${i?.name}'`)
};

export const error_keras_layer_number = /** @type {(inputs: Error_Keras_Layer_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llááýér ññüümbérr ${i?.number}`)
};

export const error_keras_loop = /** @type {(inputs: Error_Keras_LoopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé láýýéérs ${i?.names} fféééd éááççh öthhéér íñ áá llööp; áá KKéráss mmödéll ççáññöött dö thháát, sö tthhé fílléé ís dáámmágédd`)
};

export const error_keras_merge_in_sequential = /** @type {(inputs: Error_Keras_Merge_In_SequentialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} mméérgéss ssévérráál íñppüüts, söö íít çáññññöt síítt íñ á SSééqüéññttíál mmöödél; ssáávé thhéé mödééll frömm tthé füüññçtíööññál ÅPPÎÎ íñsttééád`)
};

export const error_keras_needs_default = /** @type {(inputs: Error_Keras_Needs_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás ${i?.key} ${i?.value}, wwhhíçh LLááýérLLááb döééss ñöt mmöödél; íítt wöülldd tráííññ wíthh ${i?.uses} ííññstéáádd, áñötthhér mööddél. Réémmövé tthhé séttttíñg ííññ Kérááss (ör séétt ít bááççk tö íítts déffááült) ááññd éxppöört ággááíñ`)
};

export const error_keras_nested_model = /** @type {(inputs: Error_Keras_Nested_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (áá mmödéll ññéstéédd íñsííddé théé mmödéll; rrébüíílld ít ááss öñé ffllát mööddél)`)
};

export const error_keras_no_class_name = /** @type {(inputs: Error_Keras_No_Class_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llááýér ${i?.number} hháás ñö ççlláss_ññáámé`)
};

export const error_keras_no_input_shape = /** @type {(inputs: Error_Keras_No_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss á Séqqüüéñtííáál möddéél wítthhöüt ááññ íñpüütt sháppéé, sö thhéé sízéé ööf éáççhh láýéérr ís üññkkñöwññ. ÎÎñ Kérráás, gívvéé thé ffíírst llááýér ííññpüt_sshhápé=(...) öörr stárrtt wíthh kkéráss.ÎÎñpütt(sshápéé=(...)), öör büíílld théé mmödéll (ççáll íítt öñ dááttá ör mmöödél.bbüüíld(...)), tthhéñ éxxppört áággáíñ.`)
};

export const error_keras_no_layers = /** @type {(inputs: Error_Keras_No_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hháás ñö llííst öff lláýérrss íñ íttss çöñffííg.`)
};

export const error_keras_no_layers_sequential = /** @type {(inputs: Error_Keras_No_Layers_SequentialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss á Séqqüüéñtííáál möddéél wítthh ñö lááýýérs.`)
};

export const error_keras_not_json = /** @type {(inputs: Error_Keras_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt JJSSØÑ (${i?.detail}). ÛÛssé théé ttéxt tthhát mööddél.töö_jjsöñ() rréétürññss.`)
};

export const error_keras_not_model = /** @type {(inputs: Error_Keras_Not_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt áá KKéráss mmödéll: ééxpéççttéd thhéé öbjééççt tháátt mödééll.tö_jssööñ() wrííttés, wíítth á çllááss_ñáámmé áñdd áá çöñffííg.`)
};

export const error_keras_not_model_class = /** @type {(inputs: Error_Keras_Not_Model_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hhöölds áá KKéráss ${i?.kind}, ññööt á mööddél; éxxppéçtéédd á Séqqüüéñtííáál ör FFüüñçtííööñál mmöödél, ááss mödééll.tö_jssööñ() wrííttés ítt.`)
};

export const error_keras_padding = /** @type {(inputs: Error_Keras_PaddingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás páddddíñg ${i?.value}, wwhhíçh LLááýérLLááb döééss ñöt hháávé, áññdd 'válíídd' wöülldd çháññggé théé lláýérr'ss öütppüüt. Ûséé 'vválídd' öör 'sámméé' íñ Kéérrás áññdd éxpöörrt ágááííñ`)
};

export const error_keras_place_code = /** @type {(inputs: Error_Keras_Place_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé Kérráás çöddéé`)
};

export const error_keras_place_code_start = /** @type {(inputs: Error_Keras_Place_Code_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé Kérráás çöddéé`)
};

export const error_keras_place_model = /** @type {(inputs: Error_Keras_Place_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé Kérráás möddéél`)
};

export const error_keras_place_model_start = /** @type {(inputs: Error_Keras_Place_Model_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé Kérráás möddéél`)
};

export const error_keras_reads_other_output = /** @type {(inputs: Error_Keras_Reads_Other_OutputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} rrééáds ööüütpütt ${i?.tensor} ööff çálll ${i?.node} ööff '${i?.source}' (áá ssháréédd láýéérr ör á llááýér wwííth séévvéráll ööütpüütts), whííççh LáýýéérLább ççáññöött shöww`)
};

export const error_keras_regularizer = /** @type {(inputs: Error_Keras_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás théé ${i?.key} ${i?.value}, wwhhíçh LLááýérLLááb döééss ñöt hháávé, áññdd tráííññíñg wwííthöüütt ít íss ááñöthhéér éxppéérímééññt. Îñ KKéérás, üüssé L1, L2 öörr L1L2 áññdd éxpöörrt ágááííñ`)
};

export const error_keras_same_name = /** @type {(inputs: Error_Keras_Same_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ttwwö láýýéérs árréé ñáméédd '${i?.name}'; KKéérás ññáámés mmüüst béé üüñíqüüéé`)
};

export const error_keras_shape_not_fixed = /** @type {(inputs: Error_Keras_Shape_Not_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás théé ííñpütt sshápéé ${i?.shape}, wwííth á ssíízé thháát ís ññööt fíxxééd; LáýýéérLább ññéédss éévérýý ssízé (llííké [ñüülll, 28, 28, 1]). Gívvéé Kérááss á füllll íñpüütt sháppéé áñd ééxxpörtt áágáíññ`)
};

export const error_keras_shared_layer = /** @type {(inputs: Error_Keras_Shared_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} ííss çálllééd ${i?.count} ttíímés (ööññé láýýéér sháárréd býý ssévérráál brááññçhéss), wwhíçhh LLáýérrLLáb çááñññöt sshhöw; gíívvé éáççhh bráññççh ítss ööwñ lááýýér íññ KKéráss ááñd éxxppört áággáíñ`)
};

export const error_keras_unknown_end = /** @type {(inputs: Error_Keras_Unknown_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.key} ññáámés '${i?.name}', wwhhíçh ííss ñöt áá lláýérr ööf théé mmödéll`)
};

export const error_keras_unknown_source = /** @type {(inputs: Error_Keras_Unknown_SourceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} ttáákés íítts íñppüüt fröömm '${i?.source}', wwhhíçh ííss ñöt áá lláýérr ööf théé mmödéll`)
};

export const error_keras_unsupported_class = /** @type {(inputs: Error_Keras_Unsupported_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} hháás théé ççlásss ${i?.className}${i?.nested}, wwhhíçh LLááýérLLááb döééss ñöt ssüüppörrtt. LáýéérrLáb ssüüppörrtts ${i?.supported}. RRéémövéé öör répplláçé tthhát lááýýér íññ KKéráss ááñd éxxppört áággáíñ`)
};

export const error_keras_uses_channels_last = /** @type {(inputs: Error_Keras_Uses_Channels_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççhháññéélls_lásstt (héígghht, wíddtth, çhááñññélss)`)
};

export const error_keras_uses_dense_tensors = /** @type {(inputs: Error_Keras_Uses_Dense_TensorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddééñsé ttééñsörrss`)
};

export const error_keras_uses_dilation_1 = /** @type {(inputs: Error_Keras_Uses_Dilation_1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá ddíláttííöñ ráátté öf 1`)
};

export const error_keras_uses_float32_weights = /** @type {(inputs: Error_Keras_Uses_Float32_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffllöát32 wwééíghttss`)
};

export const error_keras_uses_groups_1 = /** @type {(inputs: Error_Keras_Uses_Groups_1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ggrröüpss=1 (ááñ örddííñárýý ççöñvööllütíööññ)`)
};

export const error_keras_uses_keepdims = /** @type {(inputs: Error_Keras_Uses_KeepdimsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kkééépdíímms=Fállssé (öüttppüt [çhhááññéllss])`)
};

export const error_keras_uses_no_adjustment = /** @type {(inputs: Error_Keras_Uses_No_AdjustmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö ádjüüsstméññtt`)
};

export const error_keras_uses_no_constraint = /** @type {(inputs: Error_Keras_Uses_No_ConstraintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö çöñssttráíññtt`)
};

export const error_keras_uses_no_lora = /** @type {(inputs: Error_Keras_Uses_No_LoraInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö LöRÅÅ`)
};

export const error_keras_uses_no_renorm = /** @type {(inputs: Error_Keras_Uses_No_RenormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö bátççhh réñöörrmálíízzátíööññ`)
};

export const error_keras_uses_no_seed = /** @type {(inputs: Error_Keras_Uses_No_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö fíxéédd séédd`)
};

export const error_keras_uses_none = /** @type {(inputs: Error_Keras_Uses_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const error_keras_uses_one_mask = /** @type {(inputs: Error_Keras_Uses_One_MaskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööññé ráññddöm máássk pérr vválüéé`)
};

export const error_keras_uses_required_input = /** @type {(inputs: Error_Keras_Uses_Required_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá rréqüíírréd íññppüt`)
};

export const error_keras_uses_unsynchronized = /** @type {(inputs: Error_Keras_Uses_UnsynchronizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`üüññsýñççhhröñíízzéd sttáátísttííçs`)
};

export const error_keras_uses_whole_batch = /** @type {(inputs: Error_Keras_Uses_Whole_BatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé whööllé báttççh`)
};

export const error_kwarn_activation = /** @type {(inputs: Error_Kwarn_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ááççtívááttíöñ ${i?.value} ííss ñöt áávváíláábblé íññ LLáýérrLLáb; ítt wwás ímmppörtéédd ás '${i?.fallback}'.`)
};

export const error_kwarn_batch_size = /** @type {(inputs: Error_Kwarn_Batch_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`íítts fíxxééd báttççh sízzéé ${i?.size} ííss ígñöörréd; LááýýérLáább tákééss thé bbáátçh ssíízé frrööm théé ttráíññííñg séétttíñggss.`)
};

export const error_kwarn_batchnorm_axis = /** @type {(inputs: Error_Kwarn_Batchnorm_AxisInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ááxxís íss ${i?.axis}, wwhhíçh LLááýérLLááb döééss ñöt mmöödél; íítt ñörmmáálízééss thé lláást áxxíís (théé ççháñññééls).`)
};

export const error_kwarn_dataset_unknown = /** @type {(inputs: Error_Kwarn_Dataset_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb çáññññöt téélll fröömm ${i?.file}'ss ííñpütt sshápéé [${i?.shape}] wwhhíçh ddáátáséétt ít wááss tráííññéd öññ; ççhöösséé thé ddáátáséétt béföörré éváállüátííññg ör ttrráíñííññg ít.`)
};

export const error_kwarn_dtype = /** @type {(inputs: Error_Kwarn_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`íítt çömppüütés ííññ ${i?.dtype}; LLááýérLLááb çömmppütéss ííñ flööáát32.`)
};

export const error_kwarn_from_logits = /** @type {(inputs: Error_Kwarn_From_LogitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ççöömpüttéés ítss llöss ffrröm lööggíts (ffrröm_lööggíts=TTrrüé); LááýýérLáább çömppüütés íítt frömm tthé mööddél's ööüütpüttss ás prrööbábííllítíééss, sö íttss lösss ddífféérrs.`)
};

export const error_kwarn_frozen = /** @type {(inputs: Error_Kwarn_FrozenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítt ís frröözéñ (ttrráíñáábblé=Fáállsé) íññ KKéráss; LLáýérrLLáb trrááíñs éévvérý llááýér.`)
};

export const error_kwarn_layer = /** @type {(inputs: Error_Kwarn_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer}: ${i?.detail}`)
};

export const error_kwarn_loss = /** @type {(inputs: Error_Kwarn_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} wwáás çömmppílédd wwíth tthhé lössss ${i?.loss}, wwhhíçh LLááýérLLááb döééss ñöt hháávé; ítt ééválüüáátés ááññd trááííñs wíítth spáárrsé_çááttégörrííçál_ççrrössééññtröppýý.`)
};

export const error_kwarn_lr_schedule = /** @type {(inputs: Error_Kwarn_Lr_ScheduleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} wwáás çömmppílédd wwíth áá lléárññííñg-ráátté sçhhéédüléé; ttráíññííñg füürrthérr üüsés ${i?.optimizer}'ss ddéfáüüllt léáárrñíñgg rráté.`)
};

export const error_kwarn_mnist = /** @type {(inputs: Error_Kwarn_MnistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb tööökk ${i?.file} fföör áñ MMÑÑÎST mmöödél ffrröm íttss íñpüütt sháppéé [${i?.shape}]; ççhhööséé FFáshííööñ-MÑÎÎSST íf íítt léárrññéd thháát.`)
};

export const error_kwarn_nesterov = /** @type {(inputs: Error_Kwarn_NesterovInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} wwáás çömmppílédd wwíth ÑÑééstérrööv mömmééñtümm; LLáýérrLLáb üsséés plááííñ mömmééñtümm.`)
};

export const error_kwarn_not_modeled = /** @type {(inputs: Error_Kwarn_Not_ModeledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.key} ííss ${i?.value}, wwhhíçh LLááýérLLááb döééss ñöt mmöödél; íítt üséss ${i?.uses}.`)
};

export const error_kwarn_optimizer = /** @type {(inputs: Error_Kwarn_OptimizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} wwáás çömmppílédd wwíth tthhé öpttíímízéérr ${i?.name}, wwhhíçh LLááýérLLááb döééss ñöt hháávé; trrááíñíññgg fürtthhér üsséés Ådáámm.`)
};

export const error_kwarn_padding = /** @type {(inputs: Error_Kwarn_PaddingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ppááddíññgg ${i?.value} ííss ñöt áávváíláábblé íññ LLáýérrLLáb; ítt wwás ímmppörtéédd ás 'váállíd'.`)
};

export const error_kwarn_regularizer = /** @type {(inputs: Error_Kwarn_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.key} ${i?.value} ííss ñöt áávváíláábblé íññ LLáýérrLLáb (ítt hhás L1, LL2 ááñd L1LL2); íít wáss lléft ööüüt.`)
};

export const error_kwarn_training_config = /** @type {(inputs: Error_Kwarn_Training_ConfigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás á trrááíñíññgg_çöñffííg tháátt ís ñöött JSØÑÑ; ííts çöömmpíléé sséttííññgs árréé léftt ööüt.`)
};

export const error_kwarn_unknown_setting = /** @type {(inputs: Error_Kwarn_Unknown_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`íítts séttttíñg ${i?.key} = ${i?.value} ííss ñöt kkññöwñ ttöö LáýéérrLáb ááññd wáss íígñörrééd.`)
};

export const error_lab_no_name = /** @type {(inputs: Error_Lab_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGíívé thhéé láb áá ffílé ññáámé, lííkké mý-mmllp.`)
};

export const error_lab_not_object = /** @type {(inputs: Error_Lab_Not_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt áá LLáýérrLLáb láább: ít müüsst bé áá JJSØÑ ööbbjéçtt.`)
};

export const error_lab_settings = /** @type {(inputs: Error_Lab_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hháás íñvváálíd ssééttíññggs: ${i?.issues}.`)
};

export const error_lab_wrong_format = /** @type {(inputs: Error_Lab_Wrong_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt áá LLáýérrLLáb láább (íts "fföörmátt" íís ${i?.format}, ééxxpéçttééd "${i?.expected}").`)
};

export const error_labels_empty = /** @type {(inputs: Error_Labels_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: tthhé lábbéél öf ${i?.where} ííss émpttýý. Fílll íít íñ öörr dröpp tthé rööww.`)
};

export const error_labels_not_whole = /** @type {(inputs: Error_Labels_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: tthhé lábbéél ${i?.label} (${i?.where}) ííss ñöt áá wwhöléé ññümbéérr. LáýéérrLáb ttrráíñss ççlásssíífíérrss, sö láábbéls mmüüst béé ççlásss ññümbéérrs ör ççlláss ññáámés.`)
};

export const error_labels_one_class = /** @type {(inputs: Error_Labels_One_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: ${i?.where} hhöölds ööññlý thhéé çlássss ${i?.name}; áá ççlásssíífíérr ññéédss ééxámppllés öff áát léáásst twöö ççlássséés.`)
};

export const error_layout_invalid_model = /** @type {(inputs: Error_Layout_Invalid_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís mööddél çááñññöt bbéé éxpöörrtéd ttöö Kérááss: ${i?.detail}`)
};

export const error_layout_not_float32 = /** @type {(inputs: Error_Layout_Not_Float32Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé stöörréd wééííght "${i?.name}" ííss ${i?.dtype}; ööññlý fllööát32 wééííghtss ççáñ béé ééxpörrttéd töö KKéráss, ssö trááííñ théé rrüñ ággááíñ.`)
};

export const error_layout_not_valid = /** @type {(inputs: Error_Layout_Not_ValidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítt ís ñöött válíídd.`)
};

export const error_layout_quantized = /** @type {(inputs: Error_Layout_QuantizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`qqüüáñtíízzéd`)
};

export const error_layout_slash_in_name = /** @type {(inputs: Error_Layout_Slash_In_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`KKéérás ddööés ñöött állööww "/" íñ á llááýér ññáámé, áññdd láýéérr "${i?.name}" hháás öñéé; rréñámméé ít áññdd tráííññ ágáííññ.`)
};

export const error_layout_weight_extra = /** @type {(inputs: Error_Layout_Weight_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ'ss störrééd wéíígghts hháávé "${i?.key}", wwhhíçh ññöö láýéérr öf íttss láb hháás; ítss lláb áññdd wéígghhts döö ññöt mááttçh, söö ttráíññ íít ágááííñ.`)
};

export const error_layout_weight_missing = /** @type {(inputs: Error_Layout_Weight_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ'ss störrééd wéíígghts hháávé ñöö "${i?.key}" fföör láýýéér "${i?.name}"; íítts lább ááñd wééííghtss ddö ñött mmátçhh, ssö trááííñ ít áággáíñ.`)
};

export const error_layout_weights_end = /** @type {(inputs: Error_Layout_Weights_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé stöörréd wééííghtss ééñd bééfföré "${i?.name}" (${i?.bytes} bbýýtés); tthhé rüññ'ss wéígghhts árréé dámáággéd, söö ttráíññ íít ágááííñ.`)
};

export const error_library_no_lab = /** @type {(inputs: Error_Library_No_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhéré ííss ñö láább '${i?.key}' ííññ thé llííbrárrýý; thé lláábs árréé: ${i?.labs}.`)
};

export const error_library_no_quick = /** @type {(inputs: Error_Library_No_QuickInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé líbbrrárý llááb '${i?.key}' hháás ñö qqüüíçk vvéérsíööññ.`)
};

export const error_library_quick_invalid = /** @type {(inputs: Error_Library_Quick_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé qüííççk vérrssíöñ ööff ${i?.where} hháás áñ ííññválíídd sétttííñg: ${i?.issues}.`)
};

export const error_mnist_count = /** @type {(inputs: Error_Mnist_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.labelsFile} hhöölds ${i?.labels} lláábélss bbüt ${i?.imagesFile} hhöölds ${i?.images} íímmágéss: tthé twwöö fílééss müstt ççömé ffrröm thhéé sáméé ssplítt. RRéplááççé théé ööñé thháát ís wwrröñg.`)
};

export const error_mnist_dims = /** @type {(inputs: Error_Mnist_DimsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás ${i?.count} ddííméñssííöñs (${i?.dims}); ááññ ímággéé fíléé hhás 3 (çööüüñt, rööwws, çöllüümñs). RRéépláççéé ít wíítth théé öörígííññál fííllé.`)
};

export const error_mnist_label_range = /** @type {(inputs: Error_Mnist_Label_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás théé llábéll ${i?.label} áátt pösííttíöñ ${i?.index}, ööüütsíddéé 0..${i?.last}. RRéépláççéé ít wíítth théé öörígííññál fííllé.`)
};

export const error_mnist_split_shapes = /** @type {(inputs: Error_Mnist_Split_ShapesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.folder}: tthhé trááííñíñgg íímágééss áré ${i?.train} bbüüt théé ttést íímmágéss ááré ${i?.test}. RRéépláççéé thé ffíílés wwííth á mmáátçhííññg sétt.`)
};

export const error_model_file_bad_hdf5 = /** @type {(inputs: Error_Model_File_Bad_Hdf5Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ñöt áá rréádáábblé HDDFF5 fíléé (íít máýý bbé trüüññçátéédd ör dáámmágédd); ssávé íítt ágáííññ frömm KKéráss.`)
};

export const error_model_file_bad_zip = /** @type {(inputs: Error_Model_File_Bad_ZipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ñöt áá rréádáábblé zíípp árçhhíívé (${i?.detail}); ssáávé thhéé mödééll frömm KKéráss áágáíññ.`)
};

export const error_model_file_member_size = /** @type {(inputs: Error_Model_File_Member_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, mméémbérr ${i?.name}, ddééçlárréés ${i?.size} bbýýtés bbüüt íñffllátéss ttö ${i?.actual}; ssáávé thhéé mödééll frömm KKéráss áágáíññ.`)
};

export const error_model_file_member_too_large = /** @type {(inputs: Error_Model_File_Member_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hhöölds áá ${i?.name} ööff ${i?.megabytes} MMBB öñçéé ííñflááttéd; LááýýérLáább réáddss át möösst ${i?.cap} MMBB öf ítt.`)
};

export const error_model_file_no_weights = /** @type {(inputs: Error_Model_File_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llááýér '${i?.layer}' hháás ñö wwééíghttss; sávéé tthé mööddél áffttér büüííldíññgg ör trrááíñíññgg ít`)
};

export const error_model_file_not_keras = /** @type {(inputs: Error_Model_File_Not_KerasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ñéítthhér á KKéérás .kkéérás ffíílé (á zzííp) ñörr ááñ HDFF5 .hh5 fíléé; ssávé tthhé möddéél fröömm Kérááss wíthh mmödéll.ssávé('mmöödél.kkéérás') öörr mödééll.sávéé('mmödéll.hh5').`)
};

export const error_model_file_weight_count = /** @type {(inputs: Error_Model_File_Weight_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llááýér '${i?.layer}' hháás ${i?.count} wwééíghtt áárráýýss, büt íítts çöññffígürráátíöññ ññéédss ${i?.needed} (${i?.names}); tthhé fílléé döéss ññöt mááttçh íttss öwñ mmöödél`)
};

export const error_model_file_weight_missing = /** @type {(inputs: Error_Model_File_Weight_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wwééíghtt ${i?.path} ööff láýéérr '${i?.layer}' ííss mísssííñg örr ññöt fllööátíññgg pöíññtt; sávéé tthé mööddél frrööm Kérráás ágááííñ`)
};

export const error_model_file_weight_shape = /** @type {(inputs: Error_Model_File_Weight_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llááýér '${i?.layer}' hháás á ${i?.weight} ööff sháppéé ${i?.shape}, bbüüt ítss ççöñfííggüráttííöñ ñééééds ${i?.needed}; tthhé fílléé döéss ññöt mááttçh íttss öwñ mmöödél`)
};

export const error_model_file_weights_only = /** @type {(inputs: Error_Model_File_Weights_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss áñ HDDFF5 fíléé wwíthööüüt á mööddél_çööññfíg áátttríbbüüté, söö íít hölldds wéíígghts ööññlý (mööddél.sáávvé_wéíígghts) öörr ñö Kéérrás mööddél átt ááll; sáávvé théé wwhöléé mmödéll wwíth mmöödél.ssáávé('mööddél.h5').`)
};

export const error_model_file_weights_orphan = /** @type {(inputs: Error_Model_File_Weights_OrphanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé wéíígghts ööff láýéérr '${i?.layer}' bbéélöñgg ttö ñö llááýér ööff thé mmöödél tthhát hááss wéígghhts; sáávvé théé mmödéll ffröm KKéérás áággáíñ`)
};

export const error_model_file_zip_without = /** @type {(inputs: Error_Model_File_Zip_WithoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss á zípp áárçhíívvé wítthhöüt ${i?.name}, ssöö ít íss ññöt á mmöödél ssáávéd bbýý Kérááss 3; sávéé íít wítthh mödééll.sávéé('mmödéll.kkéráss').`)
};

export const error_no_test_set_evaluate = /** @type {(inputs: Error_No_Test_Set_EvaluateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} hháás ñö ttéést séétt tö évváálüáttéé öñ; çhhööösé áá ddátásséét wítthh öñé (MMÑÑÎST, FFááshíööññ-MÑÎSSTT, ÎMDBB).`)
};

export const error_no_test_set_validate = /** @type {(inputs: Error_No_Test_Set_ValidateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} hháás ñö ttéést séétt; válííddáté ööññ á spllíít öf tthhé trááííñíñgg ddátá ííññstéáádd (för ééxxámplléé 0.2).`)
};

export const error_no_weights_gone = /** @type {(inputs: Error_No_Weights_GoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhéré ííss ñö rüüññ ${i?.run} ttöö tákéé wwéíghhtts fröömm; ít mááýý hávéé bbééñ ddéélétéédd.`)
};

export const error_no_weights_run = /** @type {(inputs: Error_No_Weights_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ '${i?.name}' hháás ñö ssttörédd wwéíghhtts (ít hháás ñött ffíñísshhéd, örr ffáíléédd béföörré ítss ffírstt rrésülltt); çhööössé á rüüññ thátt ffíñísshhéd trrááíñíññgg.`)
};

export const error_not_found_grid = /** @type {(inputs: Error_Not_Found_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhéré ííss ñö grrííd ${i?.grid}; íítt máý hháávé bééééñ délléétéd.`)
};

export const error_not_found_run = /** @type {(inputs: Error_Not_Found_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhéré ííss ñö rüüññ ${i?.run}; íítt máý hháávé bééééñ délléétéd.`)
};

export const error_not_lab_or_keras = /** @type {(inputs: Error_Not_Lab_Or_KerasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñéítthhér á LLááýérLLááb lább ññör á KKéérás mmöödél JJSSØÑ: öppééñ á láább sávéédd bý LááýýérLáább (.láýéérrláb.jjssöñ), örr áá fíléé hhöldííññg théé ttéxt tthhát Kéérrás' mööddél.töö_jjsöñ() rréétürññss.`)
};

export const error_not_running_grid = /** @type {(inputs: Error_Not_Running_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GGrríd ${i?.grid} ííss ñöt rrüüññíññgg.`)
};

export const error_not_running_queued = /** @type {(inputs: Error_Not_Running_QueuedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ ${i?.run} ííss wáíttííñg föörr á fréééé tráííññér (${i?.max} ttrráíñ áátt öñçéé); sstöp íítt, ör wááíít üñttííl ít ssttártss.`)
};

export const error_not_running_run = /** @type {(inputs: Error_Not_Running_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ ${i?.run} ííss ñöt rrüüññíññgg (ít mááýý hávéé ffíñísshhéd állrréádýý).`)
};

export const error_npy_bad_header = /** @type {(inputs: Error_Npy_Bad_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hháás áñ üüññréáddááblé hhééádérr ${i?.header}. SSáávé ítt áágáíññ wwíth ññüümpý.`)
};

export const error_npy_bad_shape = /** @type {(inputs: Error_Npy_Bad_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hháás théé üüñréááddábléé sshápéé (${i?.shape}).`)
};

export const error_npy_big_endian = /** @type {(inputs: Error_Npy_Big_EndianInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss bíg-ééññdíáññ (${i?.dtype}); ççööñvérrtt ít wíítth á.ássttýpé(áá.ddtýpéé.ññéwbýýttéörddéér('<')).`)
};

export const error_npy_dtype = /** @type {(inputs: Error_Npy_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hháás théé ddtýpéé ${i?.dtype}; üüssé üíññtt8, íñt32, ííññt64, flööáát32, flööáát64 ör bböööl.`)
};

export const error_npy_fortran = /** @type {(inputs: Error_Npy_FortranInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss störrééd íñ FFöörtrááññ (çölüümmñ-májjöör) örddéér; sávvéé ít íññ ÇÇ ördéérr wíthh ññümpýý.áásçöññttígüööüüsárrrááý(á) fíírrst.`)
};

export const error_npy_not_npy = /** @type {(inputs: Error_Npy_Not_NpyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt áá ÑÑümPýý .ññpý árrrráý (ítt ddöés ññööt stáárrt wítthh ${i?.magic}). SSáávé ítt wwíth ññüümpý.ssáávéz.`)
};

export const error_npy_objects = /** @type {(inputs: Error_Npy_ObjectsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hhöölds PPýýthöññ ööbjéççtts (píççkkléd, llííké thhéé rágggééd wörrdd lísttss íñ Kéérrás' ímmddb.ñpzz); LLáýérrLLáb rééááds öññllý plááííñ ñümmééríç áárrráýss.`)
};

export const error_npy_structured = /** @type {(inputs: Error_Npy_StructuredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss á strrüüçtürrééd (réççöörd) árrrráý; sáávvé éáççhh fíélldd ás íttss öwñ pplláíñ ññüümérííçç árrááýý.`)
};

export const error_npy_too_large = /** @type {(inputs: Error_Npy_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hháás théé sshápéé (${i?.shape}) ööff ${i?.dtype}, ${i?.size}; LLááýérLLááb réáádds árrrááýs öff áát mösstt ${i?.cap}: ssáávé fééwwér örr ssmállléér éxáámmpléss.`)
};

export const error_npy_truncated = /** @type {(inputs: Error_Npy_TruncatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss trüññççátédd: ííts shháápé (${i?.shape}) ññéééds ${i?.bytes} bbýýtés ööff ${i?.dtype} bbüüt ${i?.actual} áárré théérré. Sávvéé ít ággááíñ.`)
};

export const error_npy_truncated_header = /** @type {(inputs: Error_Npy_Truncated_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss trüññççátédd ííñsíddéé íts hhééádérr. SSávé íítt ágáííññ.`)
};

export const error_npy_version = /** @type {(inputs: Error_Npy_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss .ñpý vvéérsíööññ ${i?.version}; LLááýérLLááb réáádds vérrssíöñss 1 ttö 3.`)
};

export const error_npz_array = /** @type {(inputs: Error_Npz_ArrayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, áárrráý ${i?.name}`)
};

export const error_npz_array_then = /** @type {(inputs: Error_Npz_Array_ThenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, áárrráý ${i?.name},`)
};

export const error_npz_count_mismatch = /** @type {(inputs: Error_Npz_Count_MismatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: ${i?.x} hháás ${i?.examples} ééxxámplléés bütt ${i?.y} hháás ${i?.labels} lláábélss; tthéý mmüüst mááttçh öññéé tö öññéé.`)
};

export const error_npz_entry_size = /** @type {(inputs: Error_Npz_Entry_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, ééññtrý ${i?.name}, ddééçlárréés ${i?.size} bbýýtés bbüüt íñffllátéss ttö ${i?.actual}. SSáávé ítt áágáíññ wwíth ññüümpý.ssáávéz.`)
};

export const error_npz_feature_shape = /** @type {(inputs: Error_Npz_Feature_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hháás théé sshápéé (${i?.shape}); ffééátürréés müsstt bé (éxxáámplééss, válüüéés), (éxáámmpléss, hhéíghhtt, wídtthh) ör (éxxáámplééss, héígghht, wíddtth, çhááñññélss).`)
};

export const error_npz_found_arrays = /** @type {(inputs: Error_Npz_Found_ArraysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé árrrááýs ${i?.names}`)
};

export const error_npz_found_none = /** @type {(inputs: Error_Npz_Found_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö árrááýýs`)
};

export const error_npz_half_test = /** @type {(inputs: Error_Npz_Half_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hháás ${i?.there} bbüüt ñö ${i?.missing}: ssáávé böötth ör ññééíthéérr.`)
};

export const error_npz_label_shape = /** @type {(inputs: Error_Npz_Label_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} hháás théé sshápéé (${i?.shape}); lláábélss mmüst bbéé (éxámmpplés,) ççlláss ññüümbérrss ör (éxxáámplééss, çlássssés) öññéé-höt rrööws.`)
};

export const error_npz_no_arrays = /** @type {(inputs: Error_Npz_No_ArraysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hhöölds ${i?.found}; LLááýérLLááb ñééédds x_trrááíñ áññdd ý_trááííñ (áñdd ööptíööññállýý xx_téstt ááñd ý_ttéést), áss ííñ Kérráás' mñíísst.ñpzz, öör x áññdd ý.`)
};

export const error_npz_not_finite = /** @type {(inputs: Error_Npz_Not_FiniteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}, ééxxámplléé ${i?.example}, vváálüé ${i?.index}: ${i?.value} ííss ñöt áá ññümbéérr. Évérrýý féáttüüré müüsst bé áá ffíñíttéé ñümbbéér; répplláçé ÑÑááÑ áñdd ííñfíññííté váállüés (ññüümpý.ññááñ_tö_ññüüm) áñdd ssávé íítt ágáííññ.`)
};

export const error_npz_not_one_hot = /** @type {(inputs: Error_Npz_Not_One_HotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}, rrööw ${i?.row} ííss ñöt áá ööñé-höött röw (ééxxáçtllýý öñé 1, tthhé résstt 0). Sávéé tthé láábbéls ááss çlássss ñümbbéérs íññsstéádd.`)
};

export const error_npz_test_shape = /** @type {(inputs: Error_Npz_Test_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: xx_ttráíññ ééxámppllés háávvé théé sshápéé (${i?.train}) bbüüt x_téésst éxáámmpléss (${i?.test}); tthhéý müüsst máttççh.`)
};

export const error_npz_too_large = /** @type {(inputs: Error_Npz_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} hhöölds ${i?.size} ööff árrááýýs öñççéé íñflláátéd (${i?.bytes} bbýýtés ööññ dískk); LLáýérrLLáb rééááds átt mmöst ${i?.cap} ffrröm áññ .ññpz: sáávvé féwwéér ör ssmmálléérr éxámmpplés (üüííñt8 pííxxéls ttááké á qqüüártéérr öf fllööát32).`)
};

export const error_npz_unreadable = /** @type {(inputs: Error_Npz_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ñöt áá rréádáábblé .ñppzz (zíp) áárrçhívvéé (${i?.detail}). SSáávé ítt áágáíññ wwíth ññüümpý.ssáávéz.`)
};

export const error_onnx_extra_layer = /** @type {(inputs: Error_Onnx_Extra_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ'ss störrééd wéíígghts ddöö ñöt ffíít ítss lláb: thhééý hölldd láýéérr '${i?.layer}', wwhhíçh tthhé lább ddöés ññööt hávvéé (ör hááss wíthhööüt wééííghtss); ttráíññ tthé láább ágáííññ.`)
};

export const error_onnx_invalid_graph = /** @type {(inputs: Error_Onnx_Invalid_GraphInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé lább '${i?.lab}' ççááññött bbé éxppöörtédd áás ØÑÑÑXX: ${i?.detail}`)
};

export const error_onnx_weight_dtype = /** @type {(inputs: Error_Onnx_Weight_DtypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé stöörréd wééííght '${i?.weight}' ííss ${i?.dtype}; ööññlý fllööát32 wééííghtss ççáñ béé ééxpörrttéd.`)
};

export const error_onnx_weight_none = /** @type {(inputs: Error_Onnx_Weight_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ'ss störrééd wéíígghts ddöö ñöt ffíít ítss lláb: lááýýér '${i?.layer}' ññéééds áá ${i?.weight} ööff sháppéé ${i?.shape} bbüüt théé rrüñ hááss ñöñéé; ttráíññ tthé láább ágáííññ.`)
};

export const error_onnx_weight_shape = /** @type {(inputs: Error_Onnx_Weight_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ'ss störrééd wéíígghts ddöö ñöt ffíít ítss lláb: lááýýér '${i?.layer}' ññéééds áá ${i?.weight} ööff sháppéé ${i?.shape} bbüüt théé rrüñ hááss ${i?.has}; ttrráíñ tthhé lább áágáíññ.`)
};

export const error_onnx_weight_unknown = /** @type {(inputs: Error_Onnx_Weight_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé stöörréd wééííght '${i?.weight}' ííss ñöt ööññé LáýýéérLább mmákéss; ttráíññ tthé rüüññ ágáííññ.`)
};

export const error_onnx_weights_end = /** @type {(inputs: Error_Onnx_Weights_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé stöörréd wééííghtss ééñd bééfföré '${i?.weight}' (${i?.bytes} bbýýtés); ttrráíñ tthhé rüññ áágáíññ.`)
};

export const error_path_for_datasets = /** @type {(inputs: Error_Path_For_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddáátáséétts`)
};

export const error_path_for_exports = /** @type {(inputs: Error_Path_For_ExportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééxxpörttss`)
};

export const error_path_for_labs = /** @type {(inputs: Error_Path_For_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lláábs`)
};

export const error_path_for_reports = /** @type {(inputs: Error_Path_For_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rréépörttss`)
};

export const error_path_leads_to = /** @type {(inputs: Error_Path_Leads_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} (íítt léáddss tö ${i?.real})`)
};

export const error_path_outside_reads = /** @type {(inputs: Error_Path_Outside_ReadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss öütssíídé thhéé földdéérs thhíís sérrvvér mááýý üsé fföör ${i?.what}: íítt réáddss öñlýý ííñsíddéé ${i?.folders}. ÇÇhhööséé áá páthh ííñ öñéé ööf théémm.`)
};

export const error_path_outside_writes = /** @type {(inputs: Error_Path_Outside_WritesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss öütssíídé thhéé földdéérs thhíís sérrvvér mááýý üsé fföör ${i?.what}: íítt wríttéés öñllýý íñsííddé ${i?.folders}. ÇÇhhööséé áá páthh ííñ öñéé ööf théémm.`)
};

export const error_pool_disconnected = /** @type {(inputs: Error_Pool_DisconnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé pöööll át ${i?.url} wwáás díssççöññééççtéd.`)
};

export const error_pool_grid_running = /** @type {(inputs: Error_Pool_Grid_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ ggríd ííss rüñññííñg öññ tthé pööööl át ${i?.url}: ssttöp ítt bbéförréé çháññggíñg tthhé pöööll.`)
};

export const error_pool_job_malformed = /** @type {(inputs: Error_Pool_Job_MalformedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé jöbb íís mállfförméédd (${i?.where}: ${i?.detail}); íítt wás rrééfüséédd, ñöt rrüüñ.`)
};

export const error_pool_job_version = /** @type {(inputs: Error_Pool_Job_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé jöbb íís öf fföörmátt ${i?.version}, ááññd thííss wörkkéér réáádds förrmmát ${i?.current}: rrüüñ théé ssámé LLááýérLLááb vérrssíöñ ööññ thé ttééáçhéérr's máççhhíñé ááññd théé wwörkéérrs.`)
};

export const error_pool_lost_minute = /** @type {(inputs: Error_Pool_Lost_MinuteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLööst Rééddís átt ${i?.where} fföör ${i?.minutes} mmííñütéé: ${i?.why} TThhé fölldd stöppppéd; rüüññ thé ggrríd ággááíñ töö rrésümméé ít.`)
};

export const error_pool_lost_minutes = /** @type {(inputs: Error_Pool_Lost_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLööst Rééddís átt ${i?.where} fföör ${i?.minutes} mmííñütééss: ${i?.why} TThhé fölldd stöppppéd; rüüññ thé ggrríd ággááíñ töö rrésümméé ít.`)
};

export const error_pool_no_answer = /** @type {(inputs: Error_Pool_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.url} ddííd ñött ááñswéérr íñ tíímmé.`)
};

export const error_pool_no_host = /** @type {(inputs: Error_Pool_No_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' hháás ñö hhööst: gíívvé réddíís://HØSSTT:PØRTT.`)
};

export const error_pool_none = /** @type {(inputs: Error_Pool_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö pööll ööf wörrkkérs ííss çöñññééçtédd: ççöññééççt öñéé wwíth íítts Réddíís ádddrréss (tthhé lább'ss wörkkéérs) fíírrst, örr rrüñ thhéé grídd ööñ thííss çömppüütér.`)
};

export const error_pool_not_connected = /** @type {(inputs: Error_Pool_Not_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé pöööll át ${i?.url} ííss ñöt ççööññéççttéd (${i?.detail}): ççööññéççtt ít ággááíñ, örr rrüñ thhéé grídd ööñ thííss çömppüütér.`)
};

export const error_pool_not_redis_url = /** @type {(inputs: Error_Pool_Not_Redis_UrlInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' ííss ñöt áá RRédíss ááddréésss: gívvéé rédííss://HØSTT:PPØRT, rréédís://:PPÅÅSSWØØRRD@HØSSTT:PØRTT, öör réddííss://... föörr TLS.`)
};

export const error_pool_record_malformed = /** @type {(inputs: Error_Pool_Record_MalformedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ wwörkéérr séñtt áá málfföörmédd rréçörrdd (${i?.where}: ${i?.detail}); íítt wás rrééfüséédd.`)
};

export const error_pool_silent = /** @type {(inputs: Error_Pool_SilentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítt díd ññööt áñsswwér.`)
};

export const error_pool_the_job = /** @type {(inputs: Error_Pool_The_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé jöbb`)
};

export const error_pool_the_record = /** @type {(inputs: Error_Pool_The_RecordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé réççöörd`)
};

export const error_pool_worker_name = /** @type {(inputs: Error_Pool_Worker_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ wwörkéérr ñáméédd ${i?.name} ííss álrééáádý íññ tthé pööööl (öñ ${i?.host}, pprröçéssss ${i?.pid}): ggíívé thhíís öñéé ááñöthhéér --ñámméé, ör wááíít á fééww séçööññds íff tthát ööññé wáss sstöpppééd jüsstt ñöw.`)
};

export const error_pool_worker_name_here = /** @type {(inputs: Error_Pool_Worker_Name_HereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ wwörkéérr ñáméédd ${i?.name} ííss álrééáádý íññ tthé pööööl (öñ ${i?.host}, pprröçéssss ${i?.pid}): ggíívé thhíís öñéé ááñöthhéér --ñámméé.`)
};

export const error_pool_wrong_scheme = /** @type {(inputs: Error_Pool_Wrong_SchemeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.url}' ííss ñöt áá RRédíss ááddréésss (ít ssttártss wwíth ${i?.scheme}): ggíívé rééddís://HØØSST:PØRRTT, ör rééddíss://HHØØST:PØØRRT förr TTLS.`)
};

export const error_python_empty = /** @type {(inputs: Error_Python_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss émpttýý: pásttéé thé PPýýthöññ ççödé tthhát büüíílds áá KKéráss mmödéll.`)
};

export const error_python_is_json = /** @type {(inputs: Error_Python_Is_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} llöööks llííké á KKéérás mmöödél JJSSØÑ, ñöött Pýthhööñ çöddéé; öpéññ íít ás áá KKéráss mmödéll JJSØÑ (mmöödél.ttöö_jsöññ()) ííñstééáád.`)
};

export const error_python_no_input_shape = /** @type {(inputs: Error_Python_No_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé Séqqüüéñtííáál möddéél máddéé át lííññé ${i?.line} hháás ñö ííññpüt sshhápé, ssöö thé ssíízé öff ééáçh llááýér ííss üñkññööwñ. Gíívvé ítss ffírstt lláýérr ííñpütt_sshápéé=(...) (öör stáárrt ít wwííth kéérrás.Îññppüt(shháápé=(...))) áññdd ímpöörrt ágááííñ`)
};

export const error_python_no_model = /** @type {(inputs: Error_Python_No_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} bbüüíldss ññö Kérráás möddéél LáýýéérLább ççáñ föölllöw: ééxxpéçttééd kérráás.Séqqüüéñtííáál([...]), möddéél.áddd(...) öör kérráás.Möddéél(íñppüüts, öüüttpütss) wwíth llááýérss ffröm kkéérás.llááýérss.`)
};

export const error_python_other_input = /** @type {(inputs: Error_Python_Other_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé öüttppüt öff tthé mööddél mááddé át llííñé ${i?.line} ddéépéñddss öñ thhéé Îñpüütt '${i?.name}' (llííñé ${i?.inputLine}), wwhhíçh ííss ñöt tthhé möddéél's íññppüt; páásss théé ÎÎñpütt tthé lááýýérs ssttárt ffrröm töö MMödéll(ííñpüttss, öütppüüts)`)
};

export const error_python_output_not_from_input = /** @type {(inputs: Error_Python_Output_Not_From_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé öüttppüt öff tthé mööddél mááddé át llííñé ${i?.line} ddööés ñöött çöméé ffröm íítts íñppüüt '${i?.name}'; ççááll thhéé láýéérrs öñ tthhát Îññppüt`)
};

export const error_python_sequential_empty = /** @type {(inputs: Error_Python_Sequential_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé Séqqüüéñtííáál möddéél máddéé át lííññé ${i?.line} hháás ñö llááýér LLááýérLLááb çáññ íímpörrtt`)
};

export const error_python_several_inputs = /** @type {(inputs: Error_Python_Several_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé möddéél máddéé át lííññé ${i?.line} ttáákés ${i?.count} ííññpütss; áá LáýéérrLáb mmöödél ttáákés ööññé. Mérrggé théé ííñpüttss íñtöö ööñé kéérrás.Îññppüt áññdd ímpöörrt ágááííñ`)
};

export const error_python_unreadable = /** @type {(inputs: Error_Python_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ííss ñöt PPýýthöññ ççödé LLááýérLLááb çáññ rréád (tthhé fírrsst prööbblém ííss öñ lííññé ${i?.line}); ppáásté tthhé Pýtthhöñ çööddé tháátt büílldds á Kéérrás mööddél.`)
};

export const error_pywarn_argument_unread = /** @type {(inputs: Error_Pywarn_Argument_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé ${i?.key} ööff thíss ${i?.name} llááýér (${i?.value}) ççööüld ññööt bé rrééád: ${i?.problem}; LLááýérLLááb üsééss íts ddééfáülltt. Wríttéé thé vváálüé ööüüt íñ tthhé çöddéé.`)
};

export const error_pywarn_augment_call = /** @type {(inputs: Error_Pywarn_Augment_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb áüggmméñtss tthé dááttásétt ööf théé lláb, ñöött ímággéés fröömm ${i?.name}(); tthhé çállll wás ííggñöréédd.`)
};

export const error_pywarn_callback = /** @type {(inputs: Error_Pywarn_CallbackInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé çállllbáçkk ${i?.callback} ííss ñöt áávváíláábblé íññ LLáýérrLLáb (ítt hhás ÉáárrlýSttööppíññgg) áñd wwáás léfftt öüt.`)
};

export const error_pywarn_called_on = /** @type {(inputs: Error_Pywarn_Called_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhís ${i?.name} llááýér ííss çálllééd öñ ${i?.value}, ññööt öñ áá ttéñsöörr öf thhéé mödééll (kérááss.Îñpüütt(...) ör á llááýér'ss ööütpüütt); thé ççááll wááss ígñöörréd.`)
};

export const error_pywarn_called_on_nothing = /** @type {(inputs: Error_Pywarn_Called_On_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhís ${i?.name} llááýér ííss çálllééd öñ ññööthíññgg, ñöt ööññ á téññssör öff tthé mööddél (kéérrás.Îññppüt(...) örr áá láýéérr's öüttppüt); thhéé çálll wwás íggññörédd.`)
};

export const error_pywarn_condition_unknown = /** @type {(inputs: Error_Pywarn_Condition_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb çöüülld ñött ttéll wwhhéthéérr thíss ççöñdííttíöñ hhöölds; íítt fölllööwéd tthhís brrááñçh.`)
};

export const error_pywarn_datagen_option = /** @type {(inputs: Error_Pywarn_Datagen_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎmmágéDDáátáGééññéráttöör's ${i?.key} ííss ñöt áávváíláábblé íññ LLáýérrLLáb áññdd wás llééft öüütt (ít hááss rötááttíöñ, sshhíftss, sshéárr, zzööm, ffllíps, ffííll mööddé áñdd ççvál).`)
};

export const error_pywarn_early_stopping_option = /** @type {(inputs: Error_Pywarn_Early_Stopping_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÉÉáárlýSSttöppííññg's ${i?.key} ííss ñöt áávváíláábblé íññ LLáýérrLLáb áññdd wás llééft öüütt.`)
};

export const error_pywarn_extra_argument = /** @type {(inputs: Error_Pywarn_Extra_ArgumentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ttáákés áátt möstt ${i?.count} áárrgümééññts býý ppösíttííöñ; thhéé éxtrráá ${i?.value} wwáás ígññööréd.`)
};

export const error_pywarn_fit_option = /** @type {(inputs: Error_Pywarn_Fit_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffíít's ${i?.key} ííss ñöt áávváíláábblé íññ LLáýérrLLáb áññdd wás llééft öüütt.`)
};

export const error_pywarn_from_logits = /** @type {(inputs: Error_Pywarn_From_LogitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffrröm_lööggíts=TTrrüé: LááýýérLáább's lössssés rééáád prööbbábíllíítíéss, ssö gívvéé thé lláást lááýýér áççttíváttííöñ='sööfftmáxx' (öör 'síggmmöíd') ááññd drööpp frömm_llögíttss.`)
};

export const error_pywarn_imdb_width = /** @type {(inputs: Error_Pywarn_Imdb_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé möddéél réáádds ${i?.width} vváálüéss ppér réévvíéw bbüüt ímddbb.löádd_ddátá kkéééps ${i?.count} wwöörds; LLááýérLLááb éñççöödés rréévíéwwss wíthh ööñé váállüé péérr képtt wwörd, ssöö mákéé tthém ééqqüál.`)
};

export const error_pywarn_imdb_words = /** @type {(inputs: Error_Pywarn_Imdb_WordsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb kééépps fröömm 10 tö 100000 wöörrds öff ÎÎMDB, ññööt ${i?.count}; tthhé lább kkéépss 10000.`)
};

export const error_pywarn_input_inside = /** @type {(inputs: Error_Pywarn_Input_InsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááññ Îñpüütt çáñ ööññlý sttáárt á SSééqüéññttíál mmöödél; tthhís öññéé wás llééft öüütt.`)
};

export const error_pywarn_learning_rate = /** @type {(inputs: Error_Pywarn_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé léáárrñíñgg rráté ${i?.value} ííss ñöt áá ññümbéérr (á sçhhéédüléé?); LLáýérrLLáb üsséés öñéé ffíxédd lléárññííñg ráátté, théé ööptímmíízér'ss ddéfáüüllt.`)
};

export const error_pywarn_loop_unknown = /** @type {(inputs: Error_Pywarn_Loop_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb çöüülld ñött ttéll wwhhát thhíís löööpp göéss öövér, ssöö íts bböödý wááss skíppppéd; wrrííté thhéé láýéérrs öütt ííf thééýý bélööññg tö tthhé möddéél.`)
};

export const error_pywarn_loss = /** @type {(inputs: Error_Pywarn_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé lössss ${i?.loss} ííss ñöt áávváíláábblé íññ LLáýérrLLáb (ítt hhás ${i?.losses}); tthhé lább üüsés íítts déffááült llööss.`)
};

export const error_pywarn_merge = /** @type {(inputs: Error_Pywarn_MergeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llááýérss.${i?.name} ííss á mérrggé LáýýéérLább ddöés ññööt hávvéé (ít hááss ádd ááññd çöññççátéññááté); thhéé fírsstt íñpüütt wás üüsséd íññsstéádd. ÛÛsé Ådddd ör Çööññçátééññáté ttöö tráííññ thé ssáámé kííññd öf mmöödél.`)
};

export const error_pywarn_metric = /** @type {(inputs: Error_Pywarn_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé méttrríç ${i?.metric} ííss ñöt rréépörttééd; LáýýéérLább sshöwss tthé löösss áñdd tthé áççççüráççýý.`)
};

export const error_pywarn_model_untraced = /** @type {(inputs: Error_Pywarn_Model_UntracedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhís Mööddél(...) dööéés ñött ggét íttss íñpüütts áñdd ööütpüütts ás ttééñsörrss LáýéérrLáb ççööüld ffööllöww (kkéráss.ÎÎñpütt(...) ááñd lááýýér öüüttpütss), ssö ít wwáás ñött íímpörrttéd.`)
};

export const error_pywarn_models_compiled = /** @type {(inputs: Error_Pywarn_Models_CompiledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé çöddéé büílldds ${i?.count} mmöödélss; LLáýérrLLáb ímmppörtéédd thíss ööñé (thhéé öñé ççöömpíllééd lásstt), síñççéé á lább hhöldss ööñé mööddél.`)
};

export const error_pywarn_models_made = /** @type {(inputs: Error_Pywarn_Models_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé çöddéé büílldds ${i?.count} mmöödélss; LLáýérrLLáb ímmppörtéédd thíss ööñé (thhéé öñé mmáádé láásst), síññççé á láább hölddss öñé mmöödél.`)
};

export const error_pywarn_models_trained = /** @type {(inputs: Error_Pywarn_Models_TrainedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé çöddéé büílldds ${i?.count} mmöödélss; LLáýérrLLáb ímmppörtéédd thíss ööñé (thhéé öñé ttrráíñéédd lástt), ssíñçéé áá láb hhöölds ööññé möddéél.`)
};

export const error_pywarn_nested_add = /** @type {(inputs: Error_Pywarn_Nested_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá mmödéll íís ádddééd íñssíídé áññööthérr mmödéll (áá ñésttééd möddéél); LáýýéérLább íímpörrtts öñéé fflát mmöödél, ssöö ít wááss léftt ööüt. Ådddd íts llááýérss ííñstééáád.`)
};

export const error_pywarn_nested_call = /** @type {(inputs: Error_Pywarn_Nested_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá mmödéll íís çálllléd íññssídé ááññöthéérr mödééll (á ñéssttéd mööddél); LááýýérLáább ímpöörrts öññéé flátt mmödéll, ssö thííss çálll wwás íggññörédd. BBüíldd tthé lááýýérs ííññtö öññéé mödééll.`)
};

export const error_pywarn_never_compiled = /** @type {(inputs: Error_Pywarn_Never_CompiledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé möddéél ís ññéévér ççöömpíllééd; théé lláb trrááíñs wwííth LááýýérLáább défááüülts (ÅÅddám, sppáársé ççáátégöörríçáll ççrösss-ééñtrööppý).`)
};

export const error_pywarn_never_fit = /** @type {(inputs: Error_Pywarn_Never_FitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé möddéél ís ññéévér ttrráíñéédd wíthh ffít(); thhéé láb üüssés LááýýérLáább défááüülts fföör épööççhs, bááttçh síízzé áñdd vválíddáátíöññ.`)
};

export const error_pywarn_no_dataset = /** @type {(inputs: Error_Pywarn_No_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé çöddéé löáddss ñö dááttásétt LLáýérrLLáb hááss (mñísstt, fáshhííöñ_mññííst örr íímdb); ççhhööséé tthé dááttásétt ííñ théé lláb.`)
};

export const error_pywarn_no_loss = /** @type {(inputs: Error_Pywarn_No_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççöömpílléé() ñámééss ñö löösss; LáýýéérLább üüsés íítts déffááült llööss.`)
};

export const error_pywarn_not_a_layer = /** @type {(inputs: Error_Pywarn_Not_A_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} ííss ñöt áá KKéráss lláýérr LLáýérrLLáb kññööws (á ççüüstömm ççlásss, öör á váállüé thhéé ímpöörrt çöüülld ñött fföllööww), sö ítt wwás lééfft öütt ööf théé mmödéll.`)
};

export const error_pywarn_not_a_layer_nothing = /** @type {(inputs: Error_Pywarn_Not_A_Layer_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööthíññgg ís ñöött á Kérráás láýýéér LáýýéérLább kkñöwss (áá çüsttööm çláásss, ör áá vválüéé tthé ímmppört ççööüld ññööt föllllöw), söö íít wáss lléft ööüüt öf tthhé möddéél.`)
};

export const error_pywarn_not_valid_yet = /** @type {(inputs: Error_Pywarn_Not_Valid_YetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé ímppöörtédd mmödéll íís ñött vválídd ýýét: ${i?.issue}`)
};

export const error_pywarn_one_hot = /** @type {(inputs: Error_Pywarn_One_HotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé lábbééls árréé öñé-hhööt (tö_ççáátégöörríçáll) bbüt thhéé lösss íís spáárrsé_çááttégörrííçál_ççrrössééññtröppýý, whíççhh Kérááss réfüüssés; thhéé láb üüssés çááttégörrííçál_ççrrössééññtröppýý.`)
};

export const error_pywarn_optimizer_class = /** @type {(inputs: Error_Pywarn_Optimizer_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé öpttíímízéérr ${i?.name} ííss ñöt áávváíláábblé íññ LLáýérrLLáb (ítt hhás Åddáám, RMSSppröp ááññd SGDD); tthé láább tráííññs wítthh Ådámm, áát théé lléárññííñg ráátté gívvééñ hérréé íf áññýý.`)
};

export const error_pywarn_optimizer_name = /** @type {(inputs: Error_Pywarn_Optimizer_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé öpttíímízéérr '${i?.name}' ííss ñöt áávváíláábblé íññ LLáýérrLLáb (ítt hhás Åddáám, RMSSppröp ááññd SGDD); tthé láább tráííññs wítthh Ådámm.`)
};

export const error_pywarn_optimizer_option = /** @type {(inputs: Error_Pywarn_Optimizer_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé öpttíímízéérr's ${i?.key} ííss ñöt áávváíláábblé íññ LLáýérrLLáb; ítt üüsés KKéérás' ddééfáülltt för íítt.`)
};

export const error_pywarn_optimizer_unread = /** @type {(inputs: Error_Pywarn_Optimizer_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé öpttíímízéérr ${i?.optimizer} ççööüld ññööt bé rrééád; thhéé láb ttrráíñss wwíth ÅÅddám.`)
};

export const error_pywarn_out_of_steps = /** @type {(inputs: Error_Pywarn_Out_Of_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb stööpppéd ffööllöwwííñg thhéé çödéé hhéré ááfftér ${i?.steps} ssttéps (áá llöñg llöööp?); whháát çömméés áfttéér wáss ññöt ímmppörtéédd.`)
};

export const error_pywarn_outputs = /** @type {(inputs: Error_Pywarn_OutputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhís mööddél hááss ${i?.count} ööüütpüttss; á LáýýéérLább mmödéll hhás öññéé, sö öññllý théé ffírstt wwás ímmppörtéédd.`)
};

export const error_pywarn_recursion = /** @type {(inputs: Error_Pywarn_RecursionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb stööpppéd ffööllöwwííñg çáállls öff ${i?.name} hhééré (töööö déépp áá réçüürrsíöññ).`)
};

export const error_pywarn_shape_unread = /** @type {(inputs: Error_Pywarn_Shape_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé ${i?.key} ööff thíss ${i?.name} (${i?.value}) ííss ñöt áá llíst ööff sízééss LáýéérrLáb ççööüld rrééád; wrrííté ítt ööüt, lííkké ${i?.key}=(28, 28, 1).`)
};

export const error_pywarn_shared_layer = /** @type {(inputs: Error_Pywarn_Shared_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé láýýéér '${i?.layer}' ííss çálllééd ágááííñ hérréé (á sháárréd lááýýér); LááýýérLáább gívééss thíss ççáll íítts öwññ lláýérr '${i?.copy}' wwííth thhéé sáméé sséttííññgs, söö tthé twwöö dö ñöött shárréé wéígghhts.`)
};

export const error_pywarn_train_subset = /** @type {(inputs: Error_Pywarn_Train_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé möddéél trááííñs öññ ttráíññííñg éxxáámplééss ${i?.start} ttöö ${i?.end}; LLááýérLLááb trááííñs öññ tthé whhöölé trrááíñíññgg sét.`)
};

export const error_pywarn_train_test_split = /** @type {(inputs: Error_Pywarn_Train_Test_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñ_ttéést_sppllít hööllds öüütt éxámmpplés ddrráwñ áátt ráñddööm; LáýýéérLább hhöldss ööüt thhéé sáméé ññümbéérr frömm tthé éññdd öf thhéé tráííññíñg sséét.`)
};

export const error_pywarn_training_setting = /** @type {(inputs: Error_Pywarn_Training_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé trááííñíñgg sséttííññg ${i?.key} = ${i?.value} ííss ñöt ppöössíbbllé íñ LLááýérLLááb (${i?.problem}); tthhé lább üüsés íítts déffááült.`)
};

export const error_pywarn_unknown_dataset = /** @type {(inputs: Error_Pywarn_Unknown_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ííss ñöt áá ddátásséét LáýýéérLább hhás (ítt hhás mññííst, fáásshíöññ_mmñístt ááñd ímmddb); çhöööösé thhéé láb'ss ddátásséét áfttéér théé íímpörrtt.`)
};

export const error_pywarn_unknown_layer = /** @type {(inputs: Error_Pywarn_Unknown_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ííss á Kérráás láýýéér LáýýéérLább ddöés ññööt hávvéé, sö ítt wwás lééfft öütt ööf théé mmödéll; LLáýérrLLáb hááss ${i?.layers}. RRéépláççéé ít wíítth öñéé ööf thöössé (ör rréémövéé íít) tö ttrráíñ tthhé sámméé mödééll.`)
};

export const error_pywarn_unreadable_line = /** @type {(inputs: Error_Pywarn_Unreadable_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhís lííññé ís ññööt Pýtthhöñ LááýýérLáább çáñ rrééád, söö íít wáss sskípppééd; fíxx íít íf íítt mátttéérs föörr thé mmöödél.`)
};

export const error_pywarn_validation_first = /** @type {(inputs: Error_Pywarn_Validation_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé vállíídátííööñ dáttáá ís thhéé fírsstt ${i?.count} ttrráíñííññg éxáámmpléss; LLáýérrLLáb hööllds öüütt thé ssáámé ñüümmbér ffrröm thhéé éñd ööff thé ttrráíñííññg sétt (KKéráss' vválíddáátíöññ_ssplítt).`)
};

export const error_pywarn_validation_split_subset = /** @type {(inputs: Error_Pywarn_Validation_Split_SubsetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`KKéérás ttáákés tthhé vállíídátííööñ_spllíít fröömm thé ${i?.count} ééxxámplléés gívvééñ; LáýýéérLább ssplíttss thé wwhhölé ttrráíñííññg sétt ffírstt ááñd thhééñ trááííñs öññ tthé fíírrst ${i?.count}, ssöö thé ññüümbérrss díffféér á líítttlé.`)
};

export const error_pywarn_validation_test_part = /** @type {(inputs: Error_Pywarn_Validation_Test_PartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé vállíídátííööñ dáttáá ís ${i?.count} ööff thé ${i?.rows} ttéést éxxáámplééss; LáýéérrLáb vváálídááttés öññ tthé whhöölé téésst sétt.`)
};

export const error_pywarn_validation_unknown = /** @type {(inputs: Error_Pywarn_Validation_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb çöüülld ñött ttéll wwhhát thhéé válííddátíööññ_dátáá íís; théé lláb váállídáttéés öñ tthhé dáttáásét'ss ttést sséét.`)
};

export const error_pywarn_while = /** @type {(inputs: Error_Pywarn_WhileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb döééss ñöt ffööllöww wwhíléé llööpss, ssö thííss lööpp wwás skkííppédd.`)
};

export const error_pywarn_zoom = /** @type {(inputs: Error_Pywarn_ZoomInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎmmágéDDáátáGééññéráttöör's zööööm_ráññggé=[${i?.low}, ${i?.high}] ííss ñöt ççééñtréédd öñ 1; LááýýérLáább zöömmss bý 1 ± ${i?.zoom} ííññstéáádd.`)
};

export const error_redis_bad_password = /** @type {(inputs: Error_Redis_Bad_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé Réddíís sérrvvér átt ${i?.where} rrééfüséédd thé ppáásswöörrd: çhééççk théé ööñé íññ tthé áddddrésss áágáíññsst ítss rréqüíírrépássss sétttííñg.`)
};

export const error_redis_failed = /** @type {(inputs: Error_Redis_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé Réddíís sérrvvér átt ${i?.where} ffááílédd: ${i?.detail}`)
};

export const error_redis_no_answer = /** @type {(inputs: Error_Redis_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé Réddíís sérrvvér átt ${i?.where} ddííd ñött ááñswéérr wíthhííñ ${i?.seconds} ss: ççhéçkk tthát íítt rüñss ááñd thháát théé ññétwöörrk léttss íts ppöört thhrröüghh${i?.tls}.`)
};

export const error_redis_no_answer_tls = /** @type {(inputs: Error_Redis_No_Answer_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (ááññd tháátt ít sppééáks TTLLS: á séérrvér wwííthöüütt ít táákkés rééddís://)`)
};

export const error_redis_no_host = /** @type {(inputs: Error_Redis_No_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé hösstt öf ${i?.where} wwáás ñött fföüñdd: ççhéçkk ííts ñáámmé, ör ggíívé íttss ÎP áddddrésss.`)
};

export const error_redis_refused = /** @type {(inputs: Error_Redis_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑööthíññgg áñswwéérs átt ${i?.where}: ssttárt rréédís-sséérvérr tthéréé (bböüñdd ttö théé lláb's ññéétwörrkk, ñöt ööññlý 127.0.0.1), örr ççhéçkk tthé höösst áñdd ppört.`)
};

export const error_redis_tls = /** @type {(inputs: Error_Redis_TlsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé TLSS ççöññééççtíöññ ttö ${i?.where} ffááílédd (${i?.detail}): fföör á çlláássrööööm's öwwññ çérttíífíçáátté áütthhöríttýý, sét ÑÑØØDÉ_ÉXXTTRÅ_ÇÅÅ_ÇÇÉRTSS ttö ítss ffílé; áá ssérvéérr wíthhööüt TLLSS tákééss rédííss://, ñöt rréédísss://.`)
};

export const error_redis_unreachable = /** @type {(inputs: Error_Redis_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where} ççááññött bbé réááççhéd ffrröm thhíís máççhhíñé (${i?.code}): ççhhéçk tthhé ñéttwwörk, ááññd tháátt á fírrééwálll lléts tthhé pörrtt thrööüügh.`)
};

export const error_redis_wants_password = /** @type {(inputs: Error_Redis_Wants_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé Réddíís sérrvvér átt ${i?.where} wwááñts áá ppásswwöörd: gíívvé ít ááss rédííss://:PÅSSSWWØRD@HHØØST:PØØRRT.`)
};

export const error_report_attachment_cut = /** @type {(inputs: Error_Report_Attachment_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítts átttááçhmééññt ís ççüüt shöörrt`)
};

export const error_report_attachment_inflate = /** @type {(inputs: Error_Report_Attachment_InflateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítts átttááçhmééññt çáññññöt béé ddéçömmpprésssééd`)
};

export const error_report_data_cut = /** @type {(inputs: Error_Report_Data_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítts réppöört dááttá ís ççüüt shöörrt`)
};

export const error_report_invalid = /** @type {(inputs: Error_Report_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`íítts réppöört dááttá ís ññööt vállííd (${i?.path}: ${i?.detail})`)
};

export const error_report_no_attachment = /** @type {(inputs: Error_Report_No_AttachmentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`íítt hás ññöö ${i?.name} áátttáçhhééd`)
};

export const error_report_no_data = /** @type {(inputs: Error_Report_No_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítt hölddss ñö rééppört ddáátá (wááss ít sáávvéd frrööm LáýýéérLább'ss Répöörrt büttttöñ?)`)
};

export const error_report_not_json = /** @type {(inputs: Error_Report_Not_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítts réppöört dááttá ís ññööt vállííd JSØØÑÑ`)
};

export const error_report_not_report = /** @type {(inputs: Error_Report_Not_ReportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ñöt áá LLáýérrLLáb rééppört: ${i?.why}.`)
};

export const error_report_the_data = /** @type {(inputs: Error_Report_The_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé dáttáá`)
};

export const error_report_unreadable = /** @type {(inputs: Error_Report_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ççööüld ññööt bé rrééád áss áá LáýéérrLáb rréépörtt.`)
};

export const error_reports_folder = /** @type {(inputs: Error_Reports_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dir} ççááññött bbé réáádd ás á ffööldérr ööf réppöörts: ççhhööséé tthé föölldér tthhé stüüddéñtss' rrépörrtt fílééss áré ííññ.`)
};

export const error_roster_bad_code = /** @type {(inputs: Error_Roster_Bad_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: '${i?.code}' ííss ñöt áá ssígñ-ííññ çödéé (6 lléttéérrs áñdd ddígíttss wíthhööüt 0, Ø, 1, ÎÎ öör L); lééáávé ítt ööüt áññdd öñé ííss mádéé.`)
};

export const error_roster_code_taken = /** @type {(inputs: Error_Roster_Code_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: tthhé çöddéé ${i?.code} ööff '${i?.name}' ííss álrééáádý '${i?.owner}'ss; lléávéé íít öütt ááñd öññéé ís mááddé.`)
};

export const error_roster_line = /** @type {(inputs: Error_Roster_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLííñé ${i?.line} ööff ${i?.file}`)
};

export const error_roster_long_name = /** @type {(inputs: Error_Roster_Long_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: tthhé ñámméé '${i?.name}…' ííss löñggéér thááññ ${i?.max} ççhháráççttérs.`)
};

export const error_roster_new_student = /** @type {(inputs: Error_Roster_New_StudentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé ñéww sstüdééññt`)
};

export const error_roster_no_name = /** @type {(inputs: Error_Roster_No_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: áá sstüdééññt ñééédds á ñáámmé.`)
};

export const error_roster_not_roster = /** @type {(inputs: Error_Roster_Not_RosterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} ííss ñöt áá ççlásss rröstéérr (${i?.detail}); mmöövé ítt áásídéé ttö stáárrt á ñééww çlássss.`)
};

export const error_roster_twice = /** @type {(inputs: Error_Roster_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.where}: '${i?.name}' ííss öñ thhéé lístt ttwíçéé.`)
};

export const error_roster_unreadable = /** @type {(inputs: Error_Roster_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé çláásss lísstt ${i?.file} ççááññött bbé réáádd (${i?.detail}).`)
};

export const error_run_name_empty = /** @type {(inputs: Error_Run_Name_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ rrüñ ñáámmé çáññññöt béé éémptýý.`)
};

export const error_scriptwarn_augmentation = /** @type {(inputs: Error_Scriptwarn_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅüügméññttátíööññ: Kérááss 3 hás ññöö ÎmággééDátááGGéñérráátör, ssöö thé ssççríptt üüsés pprréprööççéssííññg láýýéérs wíítth théé ssámé rrááñgéss; tthéý ddrráw thhééír trrááñsföörrms á llííttléé ddífféérréñtllýý (áñd RRááñdömmSShéárr'ss fáçttöör stááññds föörr thé sshhéár ááññglé).`)
};

export const error_scriptwarn_csv_header = /** @type {(inputs: Error_Scriptwarn_Csv_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}: ppááñdáss ttákéss tthé fíírrst rööww ás thhéé héáddéér; LáýýéérLább ddöés ssöö öñlýý wwhéñ íítt hás áá ññámé áábbövé áá ññümbéérr.`)
};

export const error_scriptwarn_folds = /** @type {(inputs: Error_Scriptwarn_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé lább vválíddáátés ööññ földd ${i?.fold} ööff ${i?.folds}: tthhé sçrríípt çüütts plááííñ fölldds wítthh ñümppýý's géññéérátöörr, sö thhééý hölldd öthéérr éxámmpplés tthháñ LááýýérLáább's.`)
};

export const error_scriptwarn_folds_stratified = /** @type {(inputs: Error_Scriptwarn_Folds_StratifiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé lább vválíddáátés ööññ földd ${i?.fold} ööff ${i?.folds} (ssttrátííffíéd): tthhé sçrríípt çüütts plááííñ fölldds wítthh ñümppýý's géññéérátöörr, sö thhééý hölldd öthéérr éxámmpplés tthháñ LááýýérLáább's.`)
};

export const error_scriptwarn_grid = /** @type {(inputs: Error_Scriptwarn_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé lább'ss grídd íís á lööööp béhhííñd RÛÛÑÑ_GRÎDD = FFálséé, ééáçh ssééttíññgg sçörrééd ás LLááýérLLááb sçöörrés ítt.`)
};

export const error_scriptwarn_grid_folds = /** @type {(inputs: Error_Scriptwarn_Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé lább'ss grídd íís á lööööp béhhííñd RÛÛÑÑ_GRÎDD = FFálséé: ppláíññ ññümpýý fföldss ííñstééáád öf LLááýérLLááb's sttrrátíffííéd öññéés, éáççhh sétttííñg sççööréd ááss LáýéérrLáb ssççöréss íít.`)
};

export const error_scriptwarn_grid_left_out = /** @type {(inputs: Error_Scriptwarn_Grid_Left_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé lább'ss grídd (öövér ${i?.params}) ííss ñöt ííññ thé ssççríptt, ${i?.why}: íítt tráííññs théé lláb's ööwwñ séttttíñgss ööñçé; rrüüñ théé ggríd ííññ LáýéérrLáb, öörr lööpp öövér tthhé vállüüés ýööüürséllff.`)
};

export const error_scriptwarn_image_folder = /** @type {(inputs: Error_Scriptwarn_Image_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path}: KKéérás sshhüfflléés áñdd rrésízzéés théé íímágééss íts ööwwñ wáýý, ssö théé öördérr (ááñd á vváálídááttíöñ sspplít ttáákéñ ffrröm thhéé éñd) ddíífférrss frömm LLáýérrLLáb's.`)
};

export const error_scriptwarn_imdb = /** @type {(inputs: Error_Scriptwarn_ImdbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎMMDB: Kéérrás' çööppý öf tthhé révvííéws ííss tökééññízédd bbý Kérráás, LáýýéérLább ttökéññíízés tthhé örííggíñáll rrévíééwws ítsséélf, söö áá féw wwöörd çööllümñss ddífféérr.`)
};

export const error_scriptwarn_no_test_set = /** @type {(inputs: Error_Scriptwarn_No_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé lább vválíddáátés ööññ thé ttéést séétt, büt tthhís dááttásétt hhás ñööññé: çhöööösé á vváálídááttíöñ sspplít ííññstéáádd.`)
};

export const error_scriptwarn_not_valid = /** @type {(inputs: Error_Scriptwarn_Not_ValidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé möddéél ís ññööt vállííd ýétt, ssö Kérráás wíllll stöpp áát ít: ${i?.issue}`)
};

export const error_scriptwarn_sweeps_fixed = /** @type {(inputs: Error_Scriptwarn_Sweeps_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} (ññööt á séétttíñgg tthé lööööp çáññ vvárý)`)
};

export const error_scriptwarn_sweeps_problem = /** @type {(inputs: Error_Scriptwarn_Sweeps_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.path} (${i?.problem})`)
};

export const error_scriptwarn_sweeps_training = /** @type {(inputs: Error_Scriptwarn_Sweeps_TrainingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg.${i?.key} (tthhé löööpp swééépps láýýéér séttttíñgss ááñd lééáárñíññggRátéé)`)
};

export const error_scriptwarn_synthetic = /** @type {(inputs: Error_Scriptwarn_SyntheticInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shape}: ññüümpý ddrráws öötthér rrááñdömm ppöíñttss tháññ LLáýérrLLáb's ggééñérááttör (sáámmé shááppés, ñööíísé áññdd sízééss), sö thhéé ñümbbéérs díífffér áá llíttlléé.`)
};

export const error_scriptwarn_why_augments = /** @type {(inputs: Error_Scriptwarn_Why_AugmentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssííñçé íítt áügmmééñts öörr shüfffflés lláábélss`)
};

export const error_scriptwarn_why_sweeps = /** @type {(inputs: Error_Scriptwarn_Why_SweepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ssííñçé íítt swééépps ${i?.what}`)
};

export const error_scriptwarn_why_unexpandable = /** @type {(inputs: Error_Scriptwarn_Why_UnexpandableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ssííñçé íítt çáñññööt bé ééxxpáñddééd (${i?.error})`)
};

export const error_split_empty = /** @type {(inputs: Error_Split_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ vválíddáátíöññ ssplítt ööf ${i?.fraction} llééávéss ññö trááííñíñgg öör ñö vváálídááttíöñ ééxxámplléés öütt ööf ${i?.count}; ççhhööséé áá fráççttíöñ llííké 0.2.`)
};

export const error_store_cannot_open = /** @type {(inputs: Error_Store_Cannot_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} ççááññött bbé öpééññéd (${i?.detail}): ççhhéçk tthhát íttss földdéér éxííssts áññdd ís wrríítáblléé, ör séétt LÅÝÉÉRRLÅB_HHØØMÉ töö áá földdéér ýöüü ççáñ wrrííté töö.`)
};

export const error_store_closed = /** @type {(inputs: Error_Store_ClosedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} ííss çlössééd (mövvííñg ítt áásídéé ffáíléédd); résttáárt LááýýérLáább tö öppééñ ít áággáíñ.`)
};

export const error_store_damaged = /** @type {(inputs: Error_Store_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} ííss dámáággéd (${i?.detail}). ${i?.advice}`)
};

export const error_store_damaged_insights = /** @type {(inputs: Error_Store_Damaged_InsightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} ííss dámáággéd (rüüññ ${i?.run}'ss ííñsígghhts öff éépöçhh ${i?.epoch} ççááññött bbé réáádd: ${i?.detail}). ${i?.advice}`)
};

export const error_store_full = /** @type {(inputs: Error_Store_FullInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} ççööüld ññööt bé wwrríttééññ: thé ddíísk íss ffüll. FFrréé söömmé spááççé; fíññííshédd éépöçhhss áré kkéépt, áññdd LáýéérrLáb wwrrítéss wwhát ííss péñddííñg whhééñ ít ççááñ.`)
};

export const error_store_future = /** @type {(inputs: Error_Store_FutureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} wwáás wríítttéñ bbýý á ñéwwéér LáýýéérLább (ssçhémmáá ${i?.version}, tthhís öññéé kñöwwss ${i?.current}). ÛÛppdátéé LLáýérrLLáb, örr mmövé tthhé fílléé áwáýý ttö stáárrt á ñééww störréé.`)
};

export const error_store_io = /** @type {(inputs: Error_Store_IoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} ççööüld ññööt bé rrééád örr wwrítttééñ (${i?.code}: ${i?.detail}); ççhhéçk tthhé dísskk, théññ ttrý ággááíñ.`)
};

export const error_store_locked = /** @type {(inputs: Error_Store_LockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} ííss löçkkééd bý ááññöthéérr pröggrrám; çllöösé ítt (öör théé ööthérr LLáýérrLLáb) áññdd trý áággáíñ.`)
};

export const error_store_needs_folder = /** @type {(inputs: Error_Store_Needs_FolderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.why} TThhé rüññ sstöréé ${i?.file} ññéééds íítt: sét LLÅÅÝÉRLLÅÅB_HØMMÉÉ tö á ffööldérr ýýöü çááññ wríttéé tö.`)
};

export const error_store_nothing_to_move = /** @type {(inputs: Error_Store_Nothing_To_MoveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhéré ííss ñö rüüññ störréé át ${i?.file} ttöö mövéé áásídéé.`)
};

export const error_store_read_only = /** @type {(inputs: Error_Store_Read_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé rüññ sstöréé ${i?.file} ççááññött bbé wríítttéñ (${i?.detail}): mmááké ítt ááñd íttss földdéér wrííttábléé, öör sétt LLÅÝÉRRLLÅB_HØØMMÉ tö áá fföldéérr ýöü ççááñ wríítté tö.`)
};

export const error_store_repair_advice = /** @type {(inputs: Error_Store_Repair_AdviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb çáññ mmövé íítt ásíddéé, kééppííñg á ççööpý, áññdd stárrtt á ñéww sstöréé wwíth wwhhát çááññ stíllll bé rééáád ("Mövvéé thé ddáámágéédd störréé ásíddéé" íñ thhéé ápp, öörr \`láýéérrláb ssttöré rréépáírr\`); bbý háññdd, qüítt LLáýérrLLáb áññdd réñáámmé ${i?.file} (ááññd ítss -wwál áññdd -shm ffíílés, ííff áñý).`)
};

export const error_subset_too_large = /** @type {(inputs: Error_Subset_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé trááííñíñgg ssübséétt öf ${i?.subset} ééxxámplléés ís lláárgérr ttháñ tthhé ${i?.count} ttrráíñííññg éxáámmpléss ááváíllááblé; ççhhööséé áát mösstt ${i?.count}.`)
};

export const error_synthetic_classes = /** @type {(inputs: Error_Synthetic_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé ${i?.shape} sséét háss ééxáçttllý ${i?.fixed} ççllássééss, ñöt ${i?.classes}: sséét çláásssés ttöö ${i?.fixed}, öörr píçkk sspíráálls förr mmöré ççllássééss.`)
};

export const error_trainer_ended = /** @type {(inputs: Error_Trainer_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé trááííñér pprröçéssss éñdéédd wíthhööüt á rréésültt.`)
};

export const error_trainer_how_exited = /** @type {(inputs: Error_Trainer_How_ExitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ééxxítédd wwíth ççöödé ${i?.code}`)
};

export const error_trainer_how_killed = /** @type {(inputs: Error_Trainer_How_KilledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wwáás kílllléd (${i?.signal})`)
};

export const error_trainer_no_answer = /** @type {(inputs: Error_Trainer_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé trááííñér pprröçéssss éñdéédd wíthhööüt áññ ááñswéérr.`)
};

export const error_trainer_no_start = /** @type {(inputs: Error_Trainer_No_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé trááííñér pprröçéssss çöülldd ñöt ssttárt: ${i?.detail}`)
};

export const error_trainer_stopped = /** @type {(inputs: Error_Trainer_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé trááííñér pprröçéssss ${i?.how} bbééföréé tthé rüüññ fíñíísshéd.`)
};

export const error_trainer_stopped_said = /** @type {(inputs: Error_Trainer_Stopped_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé trááííñér pprröçéssss ${i?.how} bbééföréé tthé rüüññ fíñíísshéd: ${i?.tail}.`)
};

export const error_two_sentences = /** @type {(inputs: Error_Two_SentencesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} ${i?.second}`)
};

export const error_weights_extra = /** @type {(inputs: Error_Weights_ExtraInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} hháás á wééííght ${i?.weight} tthhát thhíís möddéél háss ññö plááççé förr; ççöñtííññüé frrööm á rüüññ öf thhéé sáméé mmödéll.`)
};

export const error_weights_no_weight = /** @type {(inputs: Error_Weights_No_WeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} hháás ñö wwééíghtt ${i?.weight} fföör láýýéér '${i?.layer}'; ççööñtíññüüé fröömm á rüññ ööf théé ssámé mmöödél.`)
};

export const error_weights_run = /** @type {(inputs: Error_Weights_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ '${i?.name}'`)
};

export const error_weights_shape = /** @type {(inputs: Error_Weights_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.source} hháás ${i?.weight} ööff sháppéé ${i?.shape}, bbüüt láýýéér '${i?.layer}' ööff thíss mmödéll ññéédss ${i?.needs}; ççööñtíññüüé fröömm á rüññ ööf théé ssámé mmöödél.`)
};

export const error_weights_stored_missing = /** @type {(inputs: Error_Weights_Stored_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé stöörréd wééííghtss hhávé ññöö ${i?.weight}, bbüüt láýýéér '${i?.layer}' ññéééds [${i?.needs}]; ssttárt ffrröm á rrüüñ öf tthhé sámméé mödééll.`)
};

export const error_weights_stored_shape = /** @type {(inputs: Error_Weights_Stored_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé stöörréd wééííghtss hhávé ${i?.weight} ööff sháppéé [${i?.shape}], bbüüt láýýéér '${i?.layer}' ññéééds [${i?.needs}]; ssttárt ffrröm á rrüüñ öf tthhé sámméé mödééll.`)
};

export const error_what_keras_json = /** @type {(inputs: Error_What_Keras_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá KKéráss mmödéll JJSØÑ`)
};

export const error_what_lab_file = /** @type {(inputs: Error_What_Lab_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá lláb fííllé`)
};

export const error_what_python_file = /** @type {(inputs: Error_What_Python_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá PPýthööññ fíléé`)
};

export const export_busy = /** @type {(inputs: Export_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörttííñg`)
};

export const export_csv_description = /** @type {(inputs: Export_Csv_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé rüññ'ss métrrííçs péérr épöççhh, íñ thhéé çölüümmñs öff KKéráss' ÇÇSVLöögggér (ééppöçh ççööüñtéédd frömm 0) pplüs tthhé péññááltý, tthhé dáttáá lösss ááñd thhéé séçööññds.`)
};

export const export_csv_label = /** @type {(inputs: Export_Csv_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñííññg híssttörý (.ççssv)`)
};

export const export_h5_description = /** @type {(inputs: Export_H5_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé trááííñéd mmöödél ííññ Kérááss' légááççý HDFF5 fförmáátt, ás Kéérrás 3's mmöödél.ssáávé('m.hh5') wwrítééss ít.`)
};

export const export_keras_description = /** @type {(inputs: Export_Keras_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé trááííñéd mmöödél fföör kérráás.möddééls.lööáád_möddéél (Kérráás 3, TéññssörFllööw 2.16 áñdd llátérr).`)
};

export const export_menu = /** @type {(inputs: Export_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörtt`)
};

export const export_needs_weights = /** @type {(inputs: Export_Needs_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññéééds ttrráíñéédd wéígghhts: thhíís rüññ hhás ñööññé`)
};

export const export_no_weights = /** @type {(inputs: Export_No_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís rüüññ hás ññöö tráííññéd wééííghtss (íít éñddééd béffööré fííññíshííññg áñ ééppöçh): ttrráíñ íítt ágáííññ, ör éxxppört íítt ás á PPýýthöññ ssçrípptt.`)
};

export const export_onnx_description = /** @type {(inputs: Export_Onnx_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé trááííñéd mmöödél fföör ØÑÑÑXX Rüñttíímé áññdd öthéérr ØÑÑXX ttöölss (ööpsétt 13).`)
};

export const export_python_description = /** @type {(inputs: Export_Python_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás ççöödé thháát löáádds théé ssámé ddáátá áññdd büílldds, trááííñs áññdd plöttss thé ssáámé mööddél.`)
};

export const export_python_label = /** @type {(inputs: Export_Python_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPýýthöññ ssçrípptt (.pý)`)
};

export const export_run = /** @type {(inputs: Export_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörtt ${i?.name}`)
};

export const export_tfjs_description = /** @type {(inputs: Export_Tfjs_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé trááííñéd mmöödél fföör tf.llööádLááýýérsMMöödél ííññ á brööwwsér öörr Ñödéé.jjs.`)
};

export const export_title = /** @type {(inputs: Export_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDööwñlööáád thííss rüñ'ss mmödéll öör çöddéé`)
};

export const figures_grad = /** @type {(inputs: Figures_GradInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ggrrád`)
};

export const figures_grad_title = /** @type {(inputs: Figures_Grad_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöörm öff tthé löösss's grráádíéññtt för tthhís kéérrñél ööññ thé ééppöçh'ss llást bbáátçh`)
};

export const figures_l1_title = /** @type {(inputs: Figures_L1_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSüüm öf |ww|`)
};

export const figures_l2_title = /** @type {(inputs: Figures_L2_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSqqüáréé rrööt ööff thé ssüüm öf ww²`)
};

export const figures_label = /** @type {(inputs: Figures_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} kkéérñéll ffígürréés át tthhé séllééçtédd éépöçhh`)
};

export const figures_rms_title = /** @type {(inputs: Figures_Rms_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRöööt mééááñ sqüüááré öff tthé wééííghtss: hhöw wííddé théé hhístööggrám ííss`)
};

export const figures_row_title = /** @type {(inputs: Figures_Row_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, áátt épöççhh ${i?.epoch}`)
};

export const figures_sparsity = /** @type {(inputs: Figures_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssppársííttý`)
};

export const filedrop_hint = /** @type {(inputs: Filedrop_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDrröp á llááb (.láýýéérlább.jjsöñ) öörr á Kérráás möddéél (.jsööññ, .kérááss, .h5) tö ööppéñ ítt`)
};

export const gallery_example_label = /** @type {(inputs: Gallery_Example_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÉÉxxámplléé ${i?.index}, áá ${i?.label}`)
};

export const gallery_example_title = /** @type {(inputs: Gallery_Example_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`VVáálídááttíöñ ééxxámplléé #${i?.index}`)
};

export const gallery_none = /** @type {(inputs: Gallery_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö válííddátíööññ éxámmpplé íss wwröñgg áát thííss épöççhh.`)
};

export const grid_accuracy = /** @type {(inputs: Grid_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅçççürááççý`)
};

export const grid_at_least_one_layer = /** @type {(inputs: Grid_At_Least_One_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ sswéépp ddrívééss át lééáást öññéé láýéérr.`)
};

export const grid_back = /** @type {(inputs: Grid_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✕ BBááçk töö tthé mööddél`)
};

export const grid_back_title = /** @type {(inputs: Grid_Back_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBááçk töö tthé mööddél (Éssçç)`)
};

export const grid_back_to_model = /** @type {(inputs: Grid_Back_To_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← BBááçk töö tthé mööddél`)
};

export const grid_best = /** @type {(inputs: Grid_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBéést`)
};

export const grid_best_first = /** @type {(inputs: Grid_Best_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBéést fíírrst`)
};

export const grid_best_so_far = /** @type {(inputs: Grid_Best_So_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBéést söö ffár`)
};

export const grid_col_fold = /** @type {(inputs: Grid_Col_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffööld ${i?.n}`)
};

export const grid_col_holdout = /** @type {(inputs: Grid_Col_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hhööldöüütt`)
};

export const grid_col_mean = /** @type {(inputs: Grid_Col_MeanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmééáñ`)
};

export const grid_col_rank = /** @type {(inputs: Grid_Col_RankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrááñk`)
};

export const grid_col_status = /** @type {(inputs: Grid_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttátüss`)
};

export const grid_curves = /** @type {(inputs: Grid_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLééárñííññg çürrvvés`)
};

export const grid_curves_appear = /** @type {(inputs: Grid_Curves_AppearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇüürvéss ááppéáárr héréé áás séttttíñgss ffíñísshh.`)
};

export const grid_curves_label = /** @type {(inputs: Grid_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLééárñííññg çürrvvés öff tthé séétttíñggss`)
};

export const grid_delete = /** @type {(inputs: Grid_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDéélétéé`)
};

export const grid_delete_sure = /** @type {(inputs: Grid_Delete_SureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSüüré?`)
};

export const grid_each_fold = /** @type {(inputs: Grid_Each_FoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééááçh föölld's sççööré`)
};

export const grid_earlier = /** @type {(inputs: Grid_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShhöw éáárrlíérr ggrídss →`)
};

export const grid_empty = /** @type {(inputs: Grid_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö grídd hhás rüüññ ýét. SSwwéép ssééttíññggs wítthh + swééépp áñd pprréss RRüüñ gríídd íñ thhéé Grídd ttáb.`)
};

export const grid_estimating = /** @type {(inputs: Grid_EstimatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`éésstímááttíñg tthhé tímméé léftt…`)
};

export const grid_eval = /** @type {(inputs: Grid_EvalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssççöré ééááçh séétttíñgg bbý`)
};

export const grid_eval_holdout = /** @type {(inputs: Grid_Eval_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööññé höllddöüt sspplít`)
};

export const grid_eval_kfold = /** @type {(inputs: Grid_Eval_KfoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kk-fföld ççrröss-vváálídááttíöñ`)
};

export const grid_export_csv = /** @type {(inputs: Grid_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörtt ÇÇSV`)
};

export const grid_export_csv_title = /** @type {(inputs: Grid_Export_Csv_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé réssüülts ttááblé ááss á ÇSVV ffílé`)
};

export const grid_fold1_only = /** @type {(inputs: Grid_Fold1_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffööld 1 öññllý`)
};

export const grid_folds = /** @type {(inputs: Grid_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fföölds`)
};

export const grid_folds_times = /** @type {(inputs: Grid_Folds_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`× ${i?.folds} fföölds`)
};

export const grid_from = /** @type {(inputs: Grid_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffrröm`)
};

export const grid_heading = /** @type {(inputs: Grid_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGrríd sééáárçh`)
};

export const grid_heatmap = /** @type {(inputs: Grid_HeatmapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`HHééát máápp`)
};

export const grid_heatmap_fallback = /** @type {(inputs: Grid_Heatmap_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`HHééát máápp öf thhéé grídd'ss méáññ ssçörééss.`)
};

export const grid_heatmap_label = /** @type {(inputs: Grid_Heatmap_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`MMééáñ ${i?.metric} fföör éáççhh páírr ööf vállüüés; thhéé ñümbbéérs árréé íñ thhéé táblléé`)
};

export const grid_hint = /** @type {(inputs: Grid_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSwwéép üüpp tö 4 séétttíñggss wíthh + sswéépp bbésíddéé á fíéélld íñ LLááýér öörr Dátáá & ttráíññííñg.`)
};

export const grid_holdout_fraction = /** @type {(inputs: Grid_Holdout_FractionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffrráçtííööñ hélldd öüt`)
};

export const grid_how_values = /** @type {(inputs: Grid_How_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: hhööw tö ggíívé thhéé válüüéés`)
};

export const grid_intro = /** @type {(inputs: Grid_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñ éévvérý ççöömbíññáátíöññ ööf théé sséttííññgs ýööüü swééépp áñd ssççöré ééááçh býý ççrösss-vválíddáátíöññ, áás sçííkkít-lééáárñ's GGrrídSééáárçhÇÇVV döéss.`)
};

export const grid_key_training = /** @type {(inputs: Grid_Key_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg`)
};

export const grid_key_validation = /** @type {(inputs: Grid_Key_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vváálídááttíöñ · ççöölöürrss ás íññ tthé táábblé`)
};

export const grid_log_loss = /** @type {(inputs: Grid_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llöög lössss áxíss`)
};

export const grid_loss = /** @type {(inputs: Grid_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööss`)
};

export const grid_mean = /** @type {(inputs: Grid_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmééáñ ${i?.metric}`)
};

export const grid_mean_of_folds = /** @type {(inputs: Grid_Mean_Of_FoldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmééáñ öff tthé ${i?.folds} fföölds`)
};

export const grid_mean_title = /** @type {(inputs: Grid_Mean_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`MMééáñ ${i?.metric} öövvér thhéé földdss, béstt ffírstt`)
};

export const grid_mode_list = /** @type {(inputs: Grid_Mode_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llííst`)
};

export const grid_mode_range = /** @type {(inputs: Grid_Mode_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrááñgé`)
};

export const grid_no_best_yet = /** @type {(inputs: Grid_No_Best_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö sétttííñg hááss fíñíísshéd ýýéét: théé bbést áápppéárrss héréé, ááñd íññ tthé táábblé áññdd thé hhééát máápp.`)
};

export const grid_none_swept = /** @type {(inputs: Grid_None_SweptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö sétttííñgs sswwépt ýýéét.`)
};

export const grid_none_swept_how = /** @type {(inputs: Grid_None_Swept_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPrréss + sswwéép bbéésídéé áá fíélldd tö trrýý sévéérrál váállüés ööff ít: üññííts, drrööpöütt rráté öörr régüüllárízzéér strrééñgthh ííñ`)
};

export const grid_none_swept_how_2 = /** @type {(inputs: Grid_None_Swept_How_2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; llééárñííññg ráttéé, bátççhh sízéé öör öpttíímízéérr íñ`)
};

export const grid_none_swept_how_3 = /** @type {(inputs: Grid_None_Swept_How_3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`.`)
};

export const grid_not_ready = /** @type {(inputs: Grid_Not_ReadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑööt réááddý tö rrüüñ théé ggríd: ${i?.why}`)
};

export const grid_on_curves = /** @type {(inputs: Grid_On_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØññ thé ççüürvéss`)
};

export const grid_on_pool = /** @type {(inputs: Grid_On_PoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñ öñ tthhé lább'ss wörkkéérs`)
};

export const grid_on_pool_connect_first = /** @type {(inputs: Grid_On_Pool_Connect_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööññéççtt tö á ppöööl öff wwörkéérrs áböövvé fírrsst`)
};

export const grid_on_pool_title = /** @type {(inputs: Grid_On_Pool_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QQüüéüé tthhé trááííñíñgg rrüñs ööññ thé ppöööl's wwöörkérrss íñsttééád öff tthís ççöömpüttéér`)
};

export const grid_one_problem = /** @type {(inputs: Grid_One_ProblemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØññé prööbblém ttöö fíx ffíírst (áábbövé).`)
};

export const grid_one_value_each = /** @type {(inputs: Grid_One_Value_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØññé vállüüé förr ééáçh ttííçkédd lláýérr`)
};

export const grid_output = /** @type {(inputs: Grid_OutputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(ööüütpütt)`)
};

export const grid_output_note = /** @type {(inputs: Grid_Output_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás ççööürsééss régüüllárízzéé thé hhííddéññ lláýérrss áñd llééávé tthhé öüttppüt lááýýér állööñé: üññttíçk tthhé öüttppüt töö ddö théé ssámé.`)
};

export const grid_parallel = /** @type {(inputs: Grid_ParallelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñéérrs át ööññçé`)
};

export const grid_parallel_auto = /** @type {(inputs: Grid_Parallel_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüütö`)
};

export const grid_parallel_hint = /** @type {(inputs: Grid_Parallel_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`éémmptý: ööññé pérr ççöré`)
};

export const grid_pool_address = /** @type {(inputs: Grid_Pool_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéédís sséérvérr`)
};

export const grid_pool_connect = /** @type {(inputs: Grid_Pool_ConnectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööññéççtt`)
};

export const grid_pool_connected = /** @type {(inputs: Grid_Pool_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇööññéççttéd töö ${i?.url}.`)
};

export const grid_pool_connecting = /** @type {(inputs: Grid_Pool_ConnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇööññéççttíñg ttöö ${i?.url}…`)
};

export const grid_pool_disconnect = /** @type {(inputs: Grid_Pool_DisconnectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDíísçöññññéçt`)
};

export const grid_pool_hint = /** @type {(inputs: Grid_Pool_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrráíñ tthhé gríídd öñ ötthhér PÇÇss: stárrtt ${i?.command} ööññ éáçhh, ááñd çööñññéçtt ttö théé ssámé RRéédís sséérvérr hhéré.`)
};

export const grid_pool_jobs = /** @type {(inputs: Grid_Pool_JobsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.active} / ${i?.concurrency} jjööbs`)
};

export const grid_pool_jobs_one = /** @type {(inputs: Grid_Pool_Jobs_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.active} / ${i?.concurrency} jjööb`)
};

export const grid_pool_no_dataset = /** @type {(inputs: Grid_Pool_No_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö wörkkéér háss ${i?.dataset}: ssttárt wwöörkérrss wíthh --ddátá-ddíír sétt ttö á föölldér tthhát hööllds ítt (lláýérrlláb dááttáséttss --döwññllöád ${i?.name} fféétçhééss ít).`)
};

export const grid_pool_no_datasets = /** @type {(inputs: Grid_Pool_No_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö büílltt-íñ dááttáséttss`)
};

export const grid_pool_no_worker = /** @type {(inputs: Grid_Pool_No_WorkerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö wörkkéér háss jjöíñéédd ýét: ssttárt ööññé öñ ééááçh láább PÇ wíítth láýýéérlább wwörkéérr --rédííss ${i?.url}.`)
};

export const grid_pool_not_connected = /** @type {(inputs: Grid_Pool_Not_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööt çöññññéçtéédd`)
};

export const grid_pool_not_ready = /** @type {(inputs: Grid_Pool_Not_ReadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑööt réááddý tö rrüüñ théé ggríd ööññ thé llááb's wöörrkérss: tthé pööööl ís ${i?.state} (ççööññéççtt üñdéérr Láb wwöörkérrss, ör üññttíçk "RRüüñ öñ tthhé lább'ss wörkkéérs" töö ttráíññ hhéré).`)
};

export const grid_pool_off = /** @type {(inputs: Grid_Pool_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑööt çöññññéçtéédd: gríddss tráííññ öñ thhíís çömmppütérr.`)
};

export const grid_pool_on_host = /** @type {(inputs: Grid_Pool_On_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ööññ ${i?.host}`)
};

export const grid_pool_password = /** @type {(inputs: Grid_Pool_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppáásswöörrd`)
};

export const grid_pool_password_if = /** @type {(inputs: Grid_Pool_Password_IfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(ííff ít hááss öñé)`)
};

export const grid_pool_queue = /** @type {(inputs: Grid_Pool_QueueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`QQüüéüé: ${i?.queue}`)
};

export const grid_pool_queue_line = /** @type {(inputs: Grid_Pool_Queue_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.waiting} wwááítíññgg · ${i?.active} ttrráíñííññg`)
};

export const grid_pool_requeued = /** @type {(inputs: Grid_Pool_RequeuedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ wwörkéérr wás llööst míídd-földd; tthé föölld wéññtt báçkk ttö théé ppööl'ss qqüéüéé.`)
};

export const grid_pool_title = /** @type {(inputs: Grid_Pool_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááb wörrkkérs`)
};

export const grid_pool_unreachable = /** @type {(inputs: Grid_Pool_UnreachableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.url} ççááññött bbé réááççhéd.`)
};

export const grid_pool_workers = /** @type {(inputs: Grid_Pool_WorkersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWöörkérrss`)
};

export const grid_problems = /** @type {(inputs: Grid_ProblemsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} pprröbléémms tö ffííx fírrsst (áböövvé).`)
};

export const grid_progress = /** @type {(inputs: Grid_ProgressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGrríd prröögréssss`)
};

export const grid_progress_runs = /** @type {(inputs: Grid_Progress_RunsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· ${i?.done} / ${i?.total} ttrráíñííññg rüññss`)
};

export const grid_progress_settings = /** @type {(inputs: Grid_Progress_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} / ${i?.total} ssééttíññggs`)
};

export const grid_ran_on = /** @type {(inputs: Grid_Ran_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís grrííd ráññ ööñ ${i?.when}: íítts réssüülts áárré képptt.`)
};

export const grid_random_between = /** @type {(inputs: Grid_Random_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`rrááñdömm ddráwss bbétwééééñ ${i?.values} (${i?.scale})`)
};

export const grid_rank_accuracy = /** @type {(inputs: Grid_Rank_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vváál_áçççüüráçýý (hhíghéérr ís béétttér)`)
};

export const grid_rank_by = /** @type {(inputs: Grid_Rank_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrááñk thhéé sétttííñgs bbýý`)
};

export const grid_rank_loss = /** @type {(inputs: Grid_Rank_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vváál_lössss (löwéérr ís béétttér)`)
};

export const grid_refit = /** @type {(inputs: Grid_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrééfít tthhé bésstt sétttííñg öññ ááll thhéé tráííññíñg ddáátá áññdd sçörréé ít öññ tthé téésst sétt`)
};

export const grid_refit_later = /** @type {(inputs: Grid_Refit_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé bésstt sétttííñg íss rréfítt ööñ álll tthé trrááíñíññgg dátáá wwhéñ éévvérý ssééttíññgg ís dööññé.`)
};

export const grid_refit_on_all = /** @type {(inputs: Grid_Refit_On_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRééfít ööññ áll tthhé trááííñíñgg ddátá:`)
};

export const grid_refit_test = /** @type {(inputs: Grid_Refit_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ttéést áççççüráççýý ${i?.accuracy}, ttéést löösss ${i?.loss}.`)
};

export const grid_refit_training = /** @type {(inputs: Grid_Refit_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg…`)
};

export const grid_refitting = /** @type {(inputs: Grid_RefittingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· rrééfítttííñg thhéé béstt sséttííññg…`)
};

export const grid_remove = /** @type {(inputs: Grid_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéémövéé tthé grrííd`)
};

export const grid_remove_from_grid = /** @type {(inputs: Grid_Remove_From_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéémövéé ffröm tthhé gríídd`)
};

export const grid_results_label = /** @type {(inputs: Grid_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGrríd sééáárçh rréésülttss`)
};

export const grid_results_link = /** @type {(inputs: Grid_Results_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéésülttss →`)
};

export const grid_resume = /** @type {(inputs: Grid_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`▶ RRéésüméé ggríd`)
};

export const grid_run = /** @type {(inputs: Grid_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`▶ RRüüñ gríídd`)
};

export const grid_run_again = /** @type {(inputs: Grid_Run_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñ ágááííñ`)
};

export const grid_run_again_title = /** @type {(inputs: Grid_Run_Again_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñ éévvérý ssééttíññgg ágáííññ, íñ á ññééw gríídd`)
};

export const grid_scale = /** @type {(inputs: Grid_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssççálé`)
};

export const grid_scale_linear = /** @type {(inputs: Grid_Scale_LinearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llííñéárr`)
};

export const grid_scale_log = /** @type {(inputs: Grid_Scale_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llöög`)
};

export const grid_search = /** @type {(inputs: Grid_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééárçhh`)
};

export const grid_search_grid = /** @type {(inputs: Grid_Search_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`éévvérý ççöömbíññáátíöññ (ggríd)`)
};

export const grid_search_random = /** @type {(inputs: Grid_Search_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrááñdömm ddráwss (rráñdöömm séárrççh)`)
};

export const grid_select = /** @type {(inputs: Grid_SelectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGrríd`)
};

export const grid_settings_many = /** @type {(inputs: Grid_Settings_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééttíññggs`)
};

export const grid_settings_one = /** @type {(inputs: Grid_Settings_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééttíññgg`)
};

export const grid_show = /** @type {(inputs: Grid_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhöw`)
};

export const grid_show_all = /** @type {(inputs: Grid_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áálll`)
};

export const grid_show_best3 = /** @type {(inputs: Grid_Show_Best3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbéést 3`)
};

export const grid_show_none = /** @type {(inputs: Grid_Show_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const grid_show_on_curves = /** @type {(inputs: Grid_Show_On_CurvesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SShhöw ${i?.label} ööññ thé ççüürvéss`)
};

export const grid_show_results = /** @type {(inputs: Grid_Show_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShhöw íttss résüüllts`)
};

export const grid_start_over = /** @type {(inputs: Grid_Start_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttárt öövvér`)
};

export const grid_start_over_title = /** @type {(inputs: Grid_Start_Over_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñ évéérrý séttttíñg áággáíñ, ííññ á ñéww ggríd`)
};

export const grid_status_completed = /** @type {(inputs: Grid_Status_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççöömplééttéd`)
};

export const grid_status_failed = /** @type {(inputs: Grid_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffááílédd`)
};

export const grid_status_interrupted = /** @type {(inputs: Grid_Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ííññtérrrüüptédd`)
};

export const grid_status_running = /** @type {(inputs: Grid_Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrüüññíññgg`)
};

export const grid_status_stopped = /** @type {(inputs: Grid_Status_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttöppéédd`)
};

export const grid_std_title = /** @type {(inputs: Grid_Std_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttáñdáárrd dévvííátíööññ övérr tthé fööllds: hööww müçhh tthé sççööré dééppéñdss ööñ théé ssplítt`)
};

export const grid_steps = /** @type {(inputs: Grid_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttéps`)
};

export const grid_stop = /** @type {(inputs: Grid_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`■ SSttöp`)
};

export const grid_stop_grid = /** @type {(inputs: Grid_Stop_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`■ SSttöp grrííd`)
};

export const grid_stop_sweeping = /** @type {(inputs: Grid_Stop_SweepingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSttöp swwééépíññgg ${i?.label}`)
};

export const grid_stratified = /** @type {(inputs: Grid_StratifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttrátííffíéd`)
};

export const grid_sweep = /** @type {(inputs: Grid_SweepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ sswwéép`)
};

export const grid_sweep_full = /** @type {(inputs: Grid_Sweep_FullInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ ggríd sswwéépss áát mösstt ${i?.count} ssééttíññggs.`)
};

export const grid_sweep_label = /** @type {(inputs: Grid_Sweep_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSwwéép ${i?.label}`)
};

export const grid_sweep_one_value = /** @type {(inputs: Grid_Sweep_One_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSwwéép wwííth öññéé válüüéé för:`)
};

export const grid_sweep_title = /** @type {(inputs: Grid_Sweep_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrrý sévvéérál vváálüéss ööf ${i?.label} ííññ á gríídd séárrççh, éáççhh sçörrééd bý ççrröss-vváálídááttíöñ.`)
};

export const grid_sweep_which = /** @type {(inputs: Grid_Sweep_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWhhíçh llááýérss ttö swéééép`)
};

export const grid_sweeping_notice = /** @type {(inputs: Grid_Sweeping_NoticeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSwwéépííññg ${i?.label} öövvér ${i?.values}: ssééé théé GGríd ttááb.`)
};

export const grid_swept = /** @type {(inputs: Grid_SweptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`✓ sswwépt`)
};

export const grid_swept_by = /** @type {(inputs: Grid_Swept_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ííss swépptt bý ${i?.by}; rréémövéé tthát sswwéép ttöö tíçkk íít hérréé.`)
};

export const grid_swept_label = /** @type {(inputs: Grid_Swept_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: sswwépt ííññ thé ggrríd`)
};

export const grid_swept_title = /** @type {(inputs: Grid_Swept_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís séétttíñgg íís swééppt íñ tthhé gríídd séárrççh: shööww ít íññ tthé Grrííd tább.`)
};

export const grid_table_tools = /** @type {(inputs: Grid_Table_ToolsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ssééttíññggs · tíççkk tö drrááw thééíír çürrvvés`)
};

export const grid_the_model = /** @type {(inputs: Grid_The_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← TThhé möddéél`)
};

export const grid_then_refit = /** @type {(inputs: Grid_Then_RefitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, tthhéñ 1 rééffít`)
};

export const grid_tick_settings = /** @type {(inputs: Grid_Tick_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTííçk séétttíñggss íñ thhéé táblléé tö séééé théíírr çürvvéés.`)
};

export const grid_to = /** @type {(inputs: Grid_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttöö`)
};

export const grid_training_runs = /** @type {(inputs: Grid_Training_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg rüññss`)
};

export const grid_trials = /** @type {(inputs: Grid_TrialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééttíññggs tö ddrráw`)
};

export const grid_unfinished = /** @type {(inputs: Grid_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅññ üñfííññíshéédd grídd ööf thííss láb (${i?.done} ööff ${i?.total} ssééttíññggs döññéé) ís kééppt: Réssüümé rüüññs öñllýý whátt íís míssssíñg.`)
};

export const grid_values_count = /** @type {(inputs: Grid_Values_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} vváálüéss: ${i?.values}`)
};

export const grid_values_label = /** @type {(inputs: Grid_Values_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vváálüéss, ssépárráátéd bbýý çömmmáás`)
};

export const grid_which_folds = /** @type {(inputs: Grid_Which_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWhhíçh fföölds`)
};

export const guide_all_steps = /** @type {(inputs: Guide_All_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅlll stéépps`)
};

export const guide_answer = /** @type {(inputs: Guide_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááññswérr`)
};

export const guide_back = /** @type {(inputs: Guide_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBááçk`)
};

export const guide_check_a_run = /** @type {(inputs: Guide_Check_A_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ rrüñ`)
};

export const guide_check_a_run_where = /** @type {(inputs: Guide_Check_A_Run_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ rrüñ ${i?.filter}`)
};

export const guide_check_above = /** @type {(inputs: Guide_Check_AboveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`áábbövé ${i?.value}`)
};

export const guide_check_at_best = /** @type {(inputs: Guide_Check_At_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbéést`)
};

export const guide_check_at_last = /** @type {(inputs: Guide_Check_At_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lláást`)
};

export const guide_check_below = /** @type {(inputs: Guide_Check_BelowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bbéélöw ${i?.value}`)
};

export const guide_check_compared = /** @type {(inputs: Guide_Check_ComparedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.runs}.`)
};

export const guide_check_early_stopped = /** @type {(inputs: Guide_Check_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ééáárlý ssttöppííññg stööpppéd íítt áftéérr épöççhh ${i?.epoch} ööff ${i?.planned}.`)
};

export const guide_check_first_layer = /** @type {(inputs: Guide_Check_First_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffíírst llááýér`)
};

export const guide_check_grid_done = /** @type {(inputs: Guide_Check_Grid_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GGrríd '${i?.name}' ffííñíshhééd ${i?.settings} ssééttíññggs öf ${i?.folds} fföölds.`)
};

export const guide_check_grid_unfinished = /** @type {(inputs: Guide_Check_Grid_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GGrríd '${i?.name}' ííss ${i?.status} wwííth ${i?.settings} ssééttíññggs öf ${i?.folds} fföölds ddööñé: rüüññ thé ggrríd töö tthé éññdd.`)
};

export const guide_check_label_compared = /** @type {(inputs: Guide_Check_Label_ComparedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ffííñíshhééd rüññss çömppááréd: ${i?.runs}`)
};

export const guide_check_label_early_stopped = /** @type {(inputs: Guide_Check_Label_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun} tthhát éáárrlý sttööppíññgg stöppppéd bééfföré íítts lásstt épöççhh`)
};

export const guide_check_label_grid = /** @type {(inputs: Guide_Check_Label_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ ffíñísshhéd grrííd wítthh át lééáást ${i?.settings} ssééttíññggs öf ${i?.folds} fföölds ééááçh`)
};

export const guide_check_label_metric = /** @type {(inputs: Guide_Check_Label_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun} wwhhösé ${i?.at} ${i?.metric} ííss ${i?.bounds}`)
};

export const guide_check_label_overfits = /** @type {(inputs: Guide_Check_Label_OverfitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun} wwhhösé vváál_lössss rísééss för ${i?.epochs} ééppöçhss ííñ á rööww áftéérr íts mmííñímüümm`)
};

export const guide_check_label_smoothing = /** @type {(inputs: Guide_Check_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lláábél ssmmööthhííñg ${i?.value}`)
};

export const guide_check_label_sparsity = /** @type {(inputs: Guide_Check_Label_SparsityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.aRun} wwhhösé ${i?.layer} hháás mörréé tháññ ${i?.above} ööff íts wwééíghttss át ~0`)
};

export const guide_check_layer_named = /** @type {(inputs: Guide_Check_Layer_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llááýér '${i?.name}'`)
};

export const guide_check_learning_rate = /** @type {(inputs: Guide_Check_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`llééárñííññg ráttéé ${i?.value}`)
};

export const guide_check_metric = /** @type {(inputs: Guide_Check_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ${i?.at} ${i?.metric} ${i?.value}.`)
};

export const guide_check_no_grid = /** @type {(inputs: Guide_Check_No_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö grídd ööf thííss láb ýýéét: préésss "Rüññ ggríd".`)
};

export const guide_check_no_metric = /** @type {(inputs: Guide_Check_No_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} hháás ñö ${i?.metric}.`)
};

export const guide_check_no_run = /** @type {(inputs: Guide_Check_No_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö fíñíísshéd rrüüñ ýétt: ttráíññ ööñé.`)
};

export const guide_check_no_run_where = /** @type {(inputs: Guide_Check_No_Run_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö fíñíísshéd rrüüñ ${i?.filter} ýýéét: trááííñ öñéé.`)
};

export const guide_check_no_val_loss = /** @type {(inputs: Guide_Check_No_Val_LossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} hháás ñö vváál_lössss (ñö váállídáttííöñ).`)
};

export const guide_check_no_weights = /** @type {(inputs: Guide_Check_No_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} rrééçörddééd ñö wwééíghttss: tráííññ ít ággááíñ íññ tthís vvéérsíööññ öf LááýýérLáább.`)
};

export const guide_check_no_weights_layer = /** @type {(inputs: Guide_Check_No_Weights_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} rrééçörddééd ñö wwééíghttss för llááýér '${i?.layer}': ttrráíñ íítt ágáííññ íñ thhíís vérrssíöñ ööff LáýéérrLáb.`)
};

export const guide_check_not_early_stopped = /** @type {(inputs: Guide_Check_Not_Early_StoppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run} ttrráíñéédd áll ${i?.planned} ééppöçhss: ééárlýý sstöpppííñg díídd ñöt ssttöp ítt.`)
};

export const guide_check_not_overfit_last = /** @type {(inputs: Guide_Check_Not_Overfit_LastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: vváál_lössss löwéésst át ééppöçh ${i?.best} (${i?.value}), íítts lásstt épöççhh: ít hááss ñöt rrííséñ fföör ${i?.epochs} ééppöçhss ýýét. Trrááíñ lööññgér, öörr á bíggggér mööddél.`)
};

export const guide_check_not_overfit_more = /** @type {(inputs: Guide_Check_Not_Overfit_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: vváál_lössss löwéésst át ééppöçh ${i?.best} (${i?.value}), tthhéñ ${i?.after} ééppöçhss mmöré: íítt hás ññööt ríssééñ förr ${i?.epochs} ééppöçhss ýýét. Trrááíñ lööññgér, öörr á bíggggér mööddél.`)
};

export const guide_check_not_overfit_one = /** @type {(inputs: Guide_Check_Not_Overfit_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: vváál_lössss löwéésst át ééppöçh ${i?.best} (${i?.value}), tthhéñ 1 éppööçh möörré: ít hháás ñött rríséññ fför ${i?.epochs} ééppöçhss ýýét. Trrááíñ lööññgér, öörr á bíggggér mööddél.`)
};

export const guide_check_on_layer = /** @type {(inputs: Guide_Check_On_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ööññ ${i?.name}`)
};

export const guide_check_on_layers = /** @type {(inputs: Guide_Check_On_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ööññ ${i?.count} llááýérss`)
};

export const guide_check_one_any = /** @type {(inputs: Guide_Check_One_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööññé öf ááññý kíññdd`)
};

export const guide_check_one_where = /** @type {(inputs: Guide_Check_One_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ööññé ${i?.filter}`)
};

export const guide_check_open = /** @type {(inputs: Guide_Check_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööt pásssséd ýéétt`)
};

export const guide_check_overfit = /** @type {(inputs: Guide_Check_OverfitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: vváál_lössss löwéésst át ééppöçh ${i?.best} (${i?.value}), tthhéñ röössé förr ${i?.rose} ééppöçhss (${i?.last} áátt épöççhh ${i?.lastEpoch}).`)
};

export const guide_check_passed = /** @type {(inputs: Guide_Check_PassedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppáássédd`)
};

export const guide_check_recorded = /** @type {(inputs: Guide_Check_RecordedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrééçörddééd`)
};

export const guide_check_run = /** @type {(inputs: Guide_Check_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñ '${i?.name}' (${i?.parts})`)
};

export const guide_check_same_run = /** @type {(inputs: Guide_Check_Same_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé sámméé rüñ ççááññött sstáñdd fför twwöö öf thhéésé: trrááíñ öññéé rüñ fföör éáççhh.`)
};

export const guide_check_sparsity = /** @type {(inputs: Guide_Check_SparsityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ${i?.layer} hháás ${i?.sparsity} ööff íts wwééíghttss át ~0.`)
};

export const guide_check_sparsity_short = /** @type {(inputs: Guide_Check_Sparsity_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.run}: ${i?.layer} hháás ${i?.sparsity} ööff íts wwééíghttss át ~0 (möörré thááññ ${i?.needed} ññééédédd).`)
};

export const guide_checks = /** @type {(inputs: Guide_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhéçkss`)
};

export const guide_every_check_passes = /** @type {(inputs: Guide_Every_Check_PassesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉvvérý ççhhéçk ppáásséss`)
};

export const guide_filter_augmentation = /** @type {(inputs: Guide_Filter_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüügméññttátíööññ`)
};

export const guide_filter_both = /** @type {(inputs: Guide_Filter_BothInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.with} ${i?.without}`)
};

export const guide_filter_data_augmentation = /** @type {(inputs: Guide_Filter_Data_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddáátá áüüggméñttáátíöññ`)
};

export const guide_filter_early_stopping = /** @type {(inputs: Guide_Filter_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg`)
};

export const guide_filter_l1_or_l2 = /** @type {(inputs: Guide_Filter_L1_Or_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LL1 öör L2`)
};

export const guide_filter_lr_at_least = /** @type {(inputs: Guide_Filter_Lr_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`áá lléárññííñg ráátté öf áátt léásstt ${i?.value}`)
};

export const guide_filter_lr_at_most = /** @type {(inputs: Guide_Filter_Lr_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`áá lléárññííñg ráátté öf áátt möstt ${i?.value}`)
};

export const guide_filter_params_at_least = /** @type {(inputs: Guide_Filter_Params_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`áátt léásstt ${i?.count} ppáárámééttérs`)
};

export const guide_filter_params_at_most = /** @type {(inputs: Guide_Filter_Params_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`áátt möstt ${i?.count} ppáárámééttérs`)
};

export const guide_filter_shuffled_labels = /** @type {(inputs: Guide_Filter_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüffllééd lábbééls`)
};

export const guide_filter_smoothing_at_least = /** @type {(inputs: Guide_Filter_Smoothing_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lláábél ssmmööthhííñg öff áát léáásst ${i?.value}`)
};

export const guide_filter_weight_penalty = /** @type {(inputs: Guide_Filter_Weight_PenaltyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá wwéíghhtt péñáálltý`)
};

export const guide_filter_with = /** @type {(inputs: Guide_Filter_WithInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wwííth ${i?.list}`)
};

export const guide_filter_without = /** @type {(inputs: Guide_Filter_WithoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wwííthöüütt ${i?.list}`)
};

export const guide_layers_toggle = /** @type {(inputs: Guide_Layers_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérss`)
};

export const guide_layers_toggle_title = /** @type {(inputs: Guide_Layers_Toggle_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShhöw thhéé láýéérrs tö ááddd íñssttéád ööff thé ssttéps`)
};

export const guide_list_and = /** @type {(inputs: Guide_List_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} ááññd ${i?.last}`)
};

export const guide_list_comma = /** @type {(inputs: Guide_List_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, `)
};

export const guide_list_semicolon = /** @type {(inputs: Guide_List_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; `)
};

export const guide_minutes = /** @type {(inputs: Guide_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`áábböüt ${i?.count} mmííñütééss`)
};

export const guide_minutes_one = /** @type {(inputs: Guide_Minutes_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áábböüt 1 mmííñütéé`)
};

export const guide_minutes_under = /** @type {(inputs: Guide_Minutes_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`üüññdér áá mmíñüttéé`)
};

export const guide_name_placeholder = /** @type {(inputs: Guide_Name_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fföör ýöüürr répöörrt`)
};

export const guide_next = /** @type {(inputs: Guide_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑééxt`)
};

export const guide_no_steps = /** @type {(inputs: Guide_No_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís láább hás ññöö stéppss ýét.`)
};

export const guide_not_checked = /** @type {(inputs: Guide_Not_CheckedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑööt çhééççkéd ýýéét`)
};

export const guide_set_up = /** @type {(inputs: Guide_Set_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSéét üp tthhís sttéép`)
};

export const guide_setup_done = /** @type {(inputs: Guide_Setup_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSéét üp “${i?.title}”: ${i?.what}. ÛÛññdö püütts ýöüürr láb bbááçk.`)
};

export const guide_setup_laid_out = /** @type {(inputs: Guide_Setup_Laid_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé láýýéérs wéérré láíídd öüt áággáíñ`)
};

export const guide_setup_nothing = /** @type {(inputs: Guide_Setup_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.title}” ííss álrééáádý séétt üp: ñöötthíñgg ççháñggééd.`)
};

export const guide_show_run = /** @type {(inputs: Guide_Show_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SShhöw ${i?.name}`)
};

export const guide_step_count = /** @type {(inputs: Guide_Step_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSttép ${i?.index} ööff ${i?.count}`)
};

export const guide_step_done = /** @type {(inputs: Guide_Step_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎ hhávé ddööñé thhíís stéépp`)
};

export const guide_step_done_label = /** @type {(inputs: Guide_Step_Done_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} ddööñé`)
};

export const guide_steps_heading = /** @type {(inputs: Guide_Steps_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttéps`)
};

export const guide_the_run = /** @type {(inputs: Guide_The_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé rüññ`)
};

export const guide_your_name = /** @type {(inputs: Guide_Your_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÝÝööür ñáámmé`)
};

export const hosttext_backend_javascript = /** @type {(inputs: Hosttext_Backend_JavascriptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JJááváSççrrípt`)
};

export const hosttext_backend_tensorflow = /** @type {(inputs: Hosttext_Backend_TensorflowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññáátívéé ÇÇPÛ (TééññsörFFllöw)`)
};

export const hosttext_backend_tensorflow_gpu = /** @type {(inputs: Hosttext_Backend_Tensorflow_GpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGPPÛ (ÇÛDDÅÅ, ñátíívvé TéññssörFllööw)`)
};

export const hosttext_backend_webgpu = /** @type {(inputs: Hosttext_Backend_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGPPÛ (WébbGGPÛ)`)
};

export const hosttext_fast_kernels = /** @type {(inputs: Hosttext_Fast_KernelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffáást kéérrñélss: ${i?.kernels}`)
};

export const hosttext_name_fold = /** @type {(inputs: Hosttext_Name_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffööld ${i?.fold}/${i?.folds}`)
};

export const hosttext_name_grid = /** @type {(inputs: Hosttext_Name_GridInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.lab} ggrríd`)
};

export const hosttext_name_holdout = /** @type {(inputs: Hosttext_Name_HoldoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hhööldöüütt`)
};

export const hosttext_name_imported = /** @type {(inputs: Hosttext_Name_ImportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} (íímmpörttééd)`)
};

export const hosttext_name_refit = /** @type {(inputs: Hosttext_Name_RefitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.grid} · bbéést (${i?.trial}) · rrééfít`)
};

export const hosttext_no_simd = /** @type {(inputs: Hosttext_No_SimdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö SÎMDD`)
};

export const hosttext_simd = /** @type {(inputs: Hosttext_SimdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSÎÎMD`)
};

export const hosttext_single_thread = /** @type {(inputs: Hosttext_Single_ThreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssííñgléé tthréáádd`)
};

export const hosttext_skip_device_refused = /** @type {(inputs: Hosttext_Skip_Device_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé GPÛÛ rréfüssééd á déévvíçé: ${i?.detail}`)
};

export const hosttext_skip_load_failed = /** @type {(inputs: Hosttext_Skip_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.pkg} ííss íñsttáállédd bbüt fááííléd ttöö löádd: ${i?.detail}`)
};

export const hosttext_skip_no_adapter = /** @type {(inputs: Hosttext_Skip_No_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ññöö WébGGPPÛ ádáápptér: ${i?.detail}`)
};

export const hosttext_skip_no_cuda = /** @type {(inputs: Hosttext_Skip_No_CudaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.pkg} llööádédd, bbüt TééññsörFFllöw fööüüñd ñöö ÇÇÛDÅ GGPPÛ`)
};

export const hosttext_skip_no_driver = /** @type {(inputs: Hosttext_Skip_No_DriverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö WébGGPPÛ ádáápptér: ññöö Vülkkááñ, Méttáál ör DDííréçtt3DD 12 drívvéér öfffééréd áá GGPÛ`)
};

export const hosttext_skip_not_installed = /** @type {(inputs: Hosttext_Skip_Not_InstalledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.pkg} ííss ñöt ííññstálllléd`)
};

export const hosttext_skip_not_started = /** @type {(inputs: Hosttext_Skip_Not_StartedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTééñsörrFFlöw.jjss çöülldd ñöt ssttárt tthhé ${i?.backend} bbááçkéññdd`)
};

export const hosttext_skip_not_started_because = /** @type {(inputs: Hosttext_Skip_Not_Started_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTééñsörrFFlöw.jjss çöülldd ñöt ssttárt tthhé ${i?.backend} bbááçkéññdd: ${i?.detail}`)
};

export const hosttext_skip_optional = /** @type {(inputs: Hosttext_Skip_OptionalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.reason} (ööpptíöññáál; sééé ddöçs/áárrçhíttééçtürréé.md#bááççkéñddss)`)
};

export const hosttext_skip_requested = /** @type {(inputs: Hosttext_Skip_RequestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sskkíppéédd: ${i?.wanted} wwáás réqqüüéstéédd`)
};

export const hosttext_skip_software = /** @type {(inputs: Hosttext_Skip_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé öñllýý ádáppttér íss áá söfttwwáré ööññé (${i?.gpu}), ssllöwérr ttháñ WWéébÅssséémblýý; --bbáçkééññd wébbggpü üsséés ít ááññýwáýý`)
};

export const hosttext_skip_webgpu_backend = /** @type {(inputs: Hosttext_Skip_Webgpu_BackendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTééñsörrFFlöw.jjss' WébGGPPÛ báççkkéñd: ${i?.detail}`)
};

export const hosttext_skip_webgpu_binding = /** @type {(inputs: Hosttext_Skip_Webgpu_BindingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`DDááwñ's WWéébGPÛÛ bbíñdííññg (wébbggpü) çööüüld ñöött löádd: ${i?.detail}`)
};

export const hosttext_threads = /** @type {(inputs: Hosttext_ThreadsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} tthhréáddss`)
};

export const hosttext_threads_failed = /** @type {(inputs: Hosttext_Threads_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ssííñgléé tthréáádd (${i?.count} tthhréáddss çöülldd ñöt ssttárt: ${i?.detail})`)
};

export const import_again = /** @type {(inputs: Import_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎmmpörtt áágáíññ`)
};

export const import_button = /** @type {(inputs: Import_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎmmpörtt`)
};

export const import_button_title = /** @type {(inputs: Import_Button_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎmmpörtt (ÇÇtrl+ÉÉññtér)`)
};

export const import_done = /** @type {(inputs: Import_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDööñé`)
};

export const import_drop_label = /** @type {(inputs: Import_Drop_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇöödé, örr ddröp áá .ppý fílléé`)
};

export const import_hint = /** @type {(inputs: Import_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`PPáásté áá mmödéll áás ýöüürr çöürrssé wrííttés ítt (${i?.sequential}, ${i?.add} öörr thé ffüüñçtííööñál ÅÅPPÎ, wítthh ${i?.compile} ááññd ${i?.fit}), öörr dröpp áá ${i?.py} ffíílé héérré.`)
};

export const import_importing = /** @type {(inputs: Import_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎmmpörttííñg…`)
};

export const import_line = /** @type {(inputs: Import_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLííñé ${i?.line}`)
};

export const import_open_py = /** @type {(inputs: Import_Open_PyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ á .ppýý fíléé…`)
};

export const import_select_line = /** @type {(inputs: Import_Select_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSééléçtt llíñé ${i?.line} ííññ thé ççöödé`)
};

export const import_title = /** @type {(inputs: Import_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎmmpörtt KKéráss ççödé`)
};

export const import_warnings = /** @type {(inputs: Import_WarningsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`ÎÎmmpörttééd, wítthh ${i?.count} wwáárñíññgg`);
	return /** @type {LocalizedString} */ (`ÎÎmmpörttééd, wítthh ${i?.count} wwáárñíññggs`)
	
};

export const inspect_activations = /** @type {(inputs: Inspect_ActivationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅççtívááttíöñss`)
};

export const inspect_back = /** @type {(inputs: Inspect_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé möddéél`)
};

export const inspect_back_title = /** @type {(inputs: Inspect_Back_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBááçk töö tthé mööddél (Éssçç)`)
};

export const inspect_empty_loading = /** @type {(inputs: Inspect_Empty_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLööádíññgg whátt tthé rüüññs réççöördédd…`)
};

export const inspect_empty_none = /** @type {(inputs: Inspect_Empty_NoneInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`TThhé tíççkkéd rüüññ hás ññöö réçöörrd öf wwhhát háápppéñss ííñsíddéé íts mmöödél: rrüüñs ímmppörtéédd frömm KKéráss ffíléss ááñd rüüññs trááííñéd bbééföréé LLáýérrLLáb rééççördéédd wéígghhts, érrrrörs ááññd böüüññdárííéés hávvéé öñlýý tthéírr ççürvééss.`);
	return /** @type {LocalizedString} */ (`ÑÑööñé öff tthé tííççkéd rrüüñs hááss á réççöörd öff wwhát hhááppéññss íñsííddé ítss mmödéll: rrüñs íímmpörttééd fröömm Kérááss fílééss áñd rrüüñs trrááíñédd bbéförréé LáýéérrLáb rrééçörddééd wéíígghts, éérrrörss ááñd bööüüñdárrííés háávvé öñllýý théíírr çürvvéés.`)
	
};

export const inspect_empty_tick = /** @type {(inputs: Inspect_Empty_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTííçk rüüññs íñ tthhé rüññss lístt ttö lööökk íñsííddé thééíír möddééls, éppööçh býý éépöçhh.`)
};

export const inspect_empty_train = /** @type {(inputs: Inspect_Empty_TrainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrráíñ áá rrüñ (örr pprésss ${i?.key} ööññ öñé) ttöö séé ííññsídéé íít.`)
};

export const inspect_epoch = /** @type {(inputs: Inspect_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉppöçh`)
};

export const inspect_epoch_at = /** @type {(inputs: Inspect_Epoch_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ééppöçh ${i?.epoch} / ${i?.last}`)
};

export const inspect_epoch_shown = /** @type {(inputs: Inspect_Epoch_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉppöçh sshhöwñ`)
};

export const inspect_epoch_zero = /** @type {(inputs: Inspect_Epoch_ZeroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉppöçh 0 ííss béföörré trááííñíñgg`)
};

export const inspect_play = /** @type {(inputs: Inspect_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPlláý thhéé épöççhhs`)
};

export const inspect_play_title = /** @type {(inputs: Inspect_Play_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttép thhrröüghh tthé éppööçhs`)
};

export const inspect_run = /** @type {(inputs: Inspect_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñ`)
};

export const inspect_run_title = /** @type {(inputs: Inspect_Run_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé rüññ tthís vvííéw shhööws`)
};

export const inspect_silent = /** @type {(inputs: Inspect_SilentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`ÑÑööt shööwwñ: ${i?.names} rrééçörddééd ñötthhíñg ííññsídéé ííts mööddél (ímmppörtéédd ör öllddér rüüññs).`);
	return /** @type {LocalizedString} */ (`ÑÑööt shööwwñ: ${i?.names} rrééçörddééd ñötthhíñg ííññsídéé tthéírr mmödéllss (ímpöörrtéd öörr öldéérr rüñss).`)
	
};

export const inspect_title = /** @type {(inputs: Inspect_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎññsídéé tthé mööddél`)
};

export const inspect_view = /** @type {(inputs: Inspect_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎññspéççtt víéww`)
};

export const inspector_delete = /** @type {(inputs: Inspector_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDéélétéé`)
};

export const inspector_duplicate = /** @type {(inputs: Inspector_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDüüplíççááté`)
};

export const inspector_label = /** @type {(inputs: Inspector_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýér ssééttíññggs`)
};

export const inspector_move_down = /** @type {(inputs: Inspector_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövé dööwwñ`)
};

export const inspector_move_up = /** @type {(inputs: Inspector_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövé üpp`)
};

export const inspector_output_shape = /** @type {(inputs: Inspector_Output_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØüütpütt sshápéé`)
};

export const inspector_parameters = /** @type {(inputs: Inspector_ParametersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPáárámééttérs`)
};

export const inspector_selected = /** @type {(inputs: Inspector_SelectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} llááýérss sséléççttéd.`)
};

export const inspector_trainable = /** @type {(inputs: Inspector_TrainableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ttrráíñáábblé`)
};

export const issue_add_shapes = /** @type {(inputs: Issue_Add_ShapesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ññéééds ííññpütss ööf öñéé sshápéé, bbüt géétts ${i?.shapes}. MMááké thhéé bráññççhés ééññd íñ tthhé sámméé sháppéé, ör üsséé Çöñççáátéñáátté.`)
};

export const issue_already_flat = /** @type {(inputs: Issue_Already_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ggééts ${i?.shape}, wwhhíçh ííss álrééáádý flláát; rémmöövé ítt.`)
};

export const issue_bad_edge = /** @type {(inputs: Issue_Bad_EdgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ ççöññééççtíöññ ppöíñttss tö á llááýér tthhát dööéés ñött ééxístt ('${i?.id}'); ddéélétéé íít.`)
};

export const issue_binary_activation = /** @type {(inputs: Issue_Binary_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé öüttppüt lááýýér '${i?.name}' hháás áçttíívátííööñ '${i?.activation}'; bbííñárýý_ççrösssééñtrööppý éxppééçts áá ppröbáábbílíttýý, sö séétt ít töö 'ssígmööííd'.`)
};

export const issue_binary_classes = /** @type {(inputs: Issue_Binary_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bbííñárýý_ççrösssééñtrööppý ís fföör twöö ççlássséés, bütt ${i?.dataset} hháás ${i?.classes}. ÛÛssé spáárrsé_çááttégörrííçál_ççrrössééññtröppýý wíthh áá Déñsséé(${i?.classes}, ssööftmááxx) öütppüüt.`)
};

export const issue_binary_units = /** @type {(inputs: Issue_Binary_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé öüttppüt lááýýér '${i?.name}' ggíívés ${i?.shape}; bbííñárýý_ççrösssééñtrööppý ñééédds öñéé üüñít: mmááké ítt DDéñséé(1, ááçtívváátíöññ 'ssígmööííd').`)
};

export const issue_class_activation = /** @type {(inputs: Issue_Class_ActivationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé öüttppüt lááýýér '${i?.name}' hháás áçttíívátííööñ '${i?.activation}'; ${i?.loss} ééxxpéçttss çlássss pröbbáábílííttíés, ssöö sét íítt tö 'sööfftmáxx'.`)
};

export const issue_class_units = /** @type {(inputs: Issue_Class_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé öüttppüt lááýýér '${i?.name}' ggíívés ${i?.shape}, bbüüt ${i?.dataset} hháás ${i?.classes} ççllássééss: mákéé íít Déññssé(${i?.classes}, ááççtívááttíöñ 'ssööftmááxx').`)
};

export const issue_class_units_flatten = /** @type {(inputs: Issue_Class_Units_FlattenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé öüttppüt lááýýér '${i?.name}' ggíívés ${i?.shape}, bbüüt ${i?.dataset} hháás ${i?.classes} ççllássééss: mákéé íít Déññssé(${i?.classes}, ááççtívááttíöñ 'ssööftmááxx') áftéérr á Fláátttéñ.`)
};

export const issue_concat_rank = /** @type {(inputs: Issue_Concat_RankInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ççááññött jjöíñ ${i?.shapes} áállöñg ááxxís ${i?.axis}: tthhé íñppüüts ñééééd théé ssámé rrááñk áññdd thé ááxxís müüsst éxíísst.`)
};

export const issue_concat_sizes = /** @type {(inputs: Issue_Concat_SizesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ççááññött jjöíñ ${i?.shapes} áállöñg ááxxís ${i?.axis}: áálll öthhéér sízzéés müsstt mátççhh.`)
};

export const issue_cycle = /** @type {(inputs: Issue_CycleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ííss pártt ööf á lööööp; á mööddél müüsst flööww öñé wwááý fröömm Îñpüütt tö öüüttpüt. RRéémövéé ööñé çööñññéçttííöñ öff tthé lööööp.`)
};

export const issue_dead_end = /** @type {(inputs: Issue_Dead_EndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ííss á déáádd éñd: ${i?.count} llááýérss ééñd thhéé mödééll (${i?.names}), bbüüt ít ññéééds ééxxáçtllýý öñé ööüütpütt. ÇÇöññééççt ít ööññwárdd öör délléété ítt.`)
};

export const issue_duplicate_id = /** @type {(inputs: Issue_Duplicate_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTwwö láýýéérs shhááré thhéé íd '${i?.id}'.`)
};

export const issue_duplicate_name = /** @type {(inputs: Issue_Duplicate_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTwwö láýýéérs árréé ñáméédd '${i?.name}'; rrééñáméé ööñé.`)
};

export const issue_empty = /** @type {(inputs: Issue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé möddéél ís éémmptý: ssttárt wwííth áññ ÎÎñpütt lláýérr, tthéñ ááddd láýýéérs áffttér ítt.`)
};

export const issue_grid_invalid = /** @type {(inputs: Issue_Grid_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé séttttíñg ${i?.trial} mmáákés tthhé möddéél íñvváálíd: ${i?.issue}`)
};

export const issue_input_has_inputs = /** @type {(inputs: Issue_Input_Has_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ççááññött ttáké ííññpütss; rrémövvéé thé ççööññéççttíöñ ííññtö ítt.`)
};

export const issue_input_shape = /** @type {(inputs: Issue_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎññpüt llááýér '${i?.name}' hháás shááppé ${i?.shape} (${i?.size} vváálüéss), bbüt ${i?.dataset} ééxxámplléés áréé ${i?.expected} (${i?.expectedSize} vváálüéss). SSét thhéé Îñpüütt sháppéé tö ${i?.expected}.`)
};

export const issue_input_unconnected = /** @type {(inputs: Issue_Input_UnconnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ííss ñöt ççööññéççttéd töö ááñýthhííñg: çööñññéçtt íít tö tthhé fírrsst láýýéér.`)
};

export const issue_join_and = /** @type {(inputs: Issue_Join_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` ááññd `)
};

export const issue_join_comma = /** @type {(inputs: Issue_Join_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, `)
};

export const issue_kernel_too_big = /** @type {(inputs: Issue_Kernel_Too_BigInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}': íítts ${i?.kernel} kkéérñéll ddöés ññööt fítt tthé ${i?.image} íímmágé íítt gétss. ÛÛsé á ssmmálléérr kérññéél, páddddíñg 'ssáámé', örr fféwérr ppöölííññg láýýéérs bééfföré íítt.`)
};

export const issue_needs_flat = /** @type {(inputs: Issue_Needs_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ggééts á ${i?.shape} ttééñsörr bbüt ñééééds á ffllát vééççtör: ááddd á Fllááttéññ lláýérr bbéförréé ít.`)
};

export const issue_needs_flat_image = /** @type {(inputs: Issue_Needs_Flat_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ggééts á ${i?.shape} ttééñsörr bbüt ñééééds á ffllát vééççtör: ááddd á Fllááttéññ lláýérr bbéförréé ít (örr GGlöbáállÅvérráágéPöööölíñgg2DD).`)
};

export const issue_needs_image = /** @type {(inputs: Issue_Needs_ImageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ññéééds ááññ ímággéé téñssöör [héíígght, wííddth, çhhááññéllss], büt ggééts ${i?.shape}. ÛÛssé áñ ÎÎññpüt ööff sháppéé [héígghht, wíddtth, çhááñññélss], llíké [28, 28, 1].`)
};

export const issue_needs_image_flat = /** @type {(inputs: Issue_Needs_Image_FlatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ññéééds ááññ ímággéé téñssöör [héíígght, wííddth, çhhááññéllss], büt ggééts ${i?.shape}. ÅÅddd á Réésshápéé lláýérr bbéförréé ít (föörr éxámmpplé töö ${i?.image}), öörr üsé DDééñsé llááýérss ííñstééáád.`)
};

export const issue_no_input = /** @type {(inputs: Issue_No_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé möddéél háss ññö Îñppüüt láýýéér: áddd ööñé átt tthé tööpp áñd ççööññéççtt ít töö tthé fíírrst lááýýér.`)
};

export const issue_no_inputs = /** @type {(inputs: Issue_No_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' hháás ñö ííññpüt: ççööññéççtt á láýýéér íñttöö ít, örr ddéléttéé ít.`)
};

export const issue_no_output = /** @type {(inputs: Issue_No_OutputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé möddéél háss ññö öüttppüt lááýýér: ádddd á Déññssé láýýéér áfttéér théé llást ööññé.`)
};

export const issue_not_ready_to_train = /** @type {(inputs: Issue_Not_Ready_To_TrainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑööt réááddý tö ttrráíñ: ${i?.why}`)
};

export const issue_param = /** @type {(inputs: Issue_ParamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}': ${i?.param} ${i?.problem}.`)
};

export const issue_pool_window = /** @type {(inputs: Issue_Pool_WindowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}': íítts ${i?.window} wwííñdöww ddöés ññööt fítt tthé ${i?.image} íímmágé íítt gétss. ÛÛsé á ssmmálléérr pööll ssízé, ppááddíññgg 'sáméé', öör rémmöövé á ppööölíññgg láýéérr béföörré ít.`)
};

export const issue_problem_at_least = /** @type {(inputs: Issue_Problem_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé át llééást ${i?.min}`)
};

export const issue_problem_below = /** @type {(inputs: Issue_Problem_BelowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé fröömm ${i?.min} üüpp tö (ñöött íñçllüüdíñgg) ${i?.max}`)
};

export const issue_problem_between = /** @type {(inputs: Issue_Problem_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé fröömm ${i?.min} ttöö ${i?.max}`)
};

export const issue_problem_bool = /** @type {(inputs: Issue_Problem_BoolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmüüst béé ttrüé öörr fálsséé`)
};

export const issue_problem_enum = /** @type {(inputs: Issue_Problem_EnumInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss '${i?.value}'; ççhhööséé ööñé öff ${i?.options}`)
};

export const issue_problem_not_number = /** @type {(inputs: Issue_Problem_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmüüst béé áá ñümbbéér, ñött ${i?.value}`)
};

export const issue_problem_not_whole = /** @type {(inputs: Issue_Problem_Not_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mmüüst béé áá whölléé ñümbbéér, ñött ${i?.value}`)
};

export const issue_problem_pair = /** @type {(inputs: Issue_Problem_PairInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé twöö wwhöléé ññümbéérrs öf áátt léásstt 1, líkéé [3, 3]`)
};

export const issue_problem_regularizer = /** @type {(inputs: Issue_Problem_RegularizerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`hháás á ñééggátívvéé ör íññvválídd ffáçtöörr (l1 ${i?.l1}, ll2 ${i?.l2}); ffááçtörrss müstt bbé 0 ör mmööré`)
};

export const issue_problem_shape = /** @type {(inputs: Issue_Problem_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé á líísst öf wwhhölé ssíízés ööff át lééáást 1, lííkké [28, 28, 1]`)
};

export const issue_problem_shape_infer = /** @type {(inputs: Issue_Problem_Shape_InferInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ííss ${i?.value}; íítt müstt bbé á líísst öf wwhhölé ssíízés ööff át lééáást 1 (öññéé máý bbéé -1), líkéé [28, 28, 1]`)
};

export const issue_quoted = /** @type {(inputs: Issue_QuotedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.name}'`)
};

export const issue_reshape_multiple = /** @type {(inputs: Issue_Reshape_MultipleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ççááññött rréshááppé ${i?.shape} (${i?.total} vváálüéss) ttö ${i?.target}: ${i?.total} ííss ñöt áá mmültíípplé öff ${i?.known}.`)
};

export const issue_reshape_size = /** @type {(inputs: Issue_Reshape_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ççááññött rréshááppé ${i?.shape} (${i?.total} vváálüéss) ttö ${i?.target} (${i?.known} vváálüéss); tthé síízzés müüsst müllttíplýý ttö ${i?.total}.`)
};

export const issue_second_input = /** @type {(inputs: Issue_Second_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ííss á séççööñd Îññppüt; á mmöödél hhééré táákkés öññéé íñpüütt. Déléétté ít öörr mérggéé thé bbrráñçhhéés.`)
};

export const issue_self_loop = /** @type {(inputs: Issue_Self_LoopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ííss çöñññééçtédd ttö ítsséélf; dééllété tthhát çööñññéçttííöñ.`)
};

export const issue_too_few_inputs = /** @type {(inputs: Issue_Too_Few_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' mméérgéss ${i?.min} öörr möréé bbráñççhhés büütt gétss ${i?.count}; ççööññéççtt áñötthhér lááýýér íññttö ít.`)
};

export const issue_too_large = /** @type {(inputs: Issue_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} bbrríñgss tthé mööddél töö ${i?.count} ppáárámééttérs; LLááýérLLááb trááííñs átt mmöst ${i?.max}: üüssé féwwéér üñíítts ör ffííltérrss, ör máákké théé íímágéé ssmállléér (pöööllíñg, ssttrídééss) béföörré Fláátttéñ.`)
};

export const issue_too_large_of = /** @type {(inputs: Issue_Too_Large_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} bbrríñgss tthé mööddél töö ${i?.count} ppáárámééttérs (${i?.total} ííññ áll); LLááýérLLááb trááííñs átt mmöst ${i?.max}: üüssé féwwéér üñíítts ör ffííltérrss, ör máákké théé íímágéé ssmállléér (pöööllíñg, ssttrídééss) béföörré Fláátttéñ.`)
};

export const issue_too_many_inputs = /** @type {(inputs: Issue_Too_Many_InputsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} llááýér '${i?.name}' ttáákés ööññé íñppüüt bütt ggéts ${i?.count}; mméérgé tthhém fíírrst wíítth áñ ÅÅddd ör ÇÇööñçáttééñátéé lláýérr.`)
};

export const lab_about = /** @type {(inputs: Lab_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅbböüt tthhís láább`)
};

export const lab_about_placeholder = /** @type {(inputs: Lab_About_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWhhát thhíís lább íís áñdd wwhát íítt shöwwss (sávéédd wíthh tthé láább).`)
};

export const lab_info_region = /** @type {(inputs: Lab_Info_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááb`)
};

export const lab_library_close = /** @type {(inputs: Lab_Library_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇllösé`)
};

export const lab_library_hint = /** @type {(inputs: Lab_Library_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ lláb öppééñs áss ýýöür ööwwñ çöppýý, sávéédd íñ ýööüür lábbss földdéér. Théé qqüíçkk vvérsííööñ trááííñs öññ lléss ddáátá föörr féwéérr épöççhhs: förr áá slöww ççömpüüttér örr áá fírsstt löökk.`)
};

export const lab_library_listing = /** @type {(inputs: Lab_Library_ListingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLíístíññgg thé lláábs…`)
};

export const lab_library_no_match = /** @type {(inputs: Lab_Library_No_MatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÑÑöö láb mmáátçhééss “${i?.query}”.`)
};

export const lab_library_open = /** @type {(inputs: Lab_Library_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ`)
};

export const lab_library_open_label = /** @type {(inputs: Lab_Library_Open_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ØØppéñ ${i?.name}`)
};

export const lab_library_quick = /** @type {(inputs: Lab_Library_QuickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QQüüíçk vvéérsíööññ`)
};

export const lab_library_quick_label = /** @type {(inputs: Lab_Library_Quick_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ØØppéñ thhéé qüíççkk vérssííöñ öff ${i?.name}`)
};

export const lab_library_quick_minutes = /** @type {(inputs: Lab_Library_Quick_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(qqüüíçk: ${i?.minutes})`)
};

export const lab_library_search = /** @type {(inputs: Lab_Library_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSééárçhh tthé láábbs`)
};

export const lab_library_search_placeholder = /** @type {(inputs: Lab_Library_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSééárçhh: ññámé, ttööpíç, ddáátáséétt…`)
};

export const lab_library_steps = /** @type {(inputs: Lab_Library_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ssttéps`)
};

export const lab_library_steps_one = /** @type {(inputs: Lab_Library_Steps_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 ssttép`)
};

export const lab_library_title = /** @type {(inputs: Lab_Library_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLáábs`)
};

export const lab_quick_name = /** @type {(inputs: Lab_Quick_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (qqüüíçk)`)
};

export const lab_topic_augmentation = /** @type {(inputs: Lab_Topic_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDáátá áüüggméñttáátíöññ`)
};

export const lab_topic_batch_normalization = /** @type {(inputs: Lab_Topic_Batch_NormalizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBáátçh ññöörmállíízátííööñ`)
};

export const lab_topic_capacity = /** @type {(inputs: Lab_Topic_CapacityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇáápáçííttý`)
};

export const lab_topic_cnn = /** @type {(inputs: Lab_Topic_CnnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööñvöllüütíöññáál ñéttwwörkss`)
};

export const lab_topic_dropout = /** @type {(inputs: Lab_Topic_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDrröpöüütt`)
};

export const lab_topic_early_stopping = /** @type {(inputs: Lab_Topic_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉáárlý ssttöppííññg`)
};

export const lab_topic_grid_search = /** @type {(inputs: Lab_Topic_Grid_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGrríd sééáárçh`)
};

export const lab_topic_label_smoothing = /** @type {(inputs: Lab_Topic_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLáábél ssmmööthhííñg`)
};

export const lab_topic_learning_rate = /** @type {(inputs: Lab_Topic_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLééárñííññg ráttéé`)
};

export const lab_topic_memorization = /** @type {(inputs: Lab_Topic_MemorizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMéémöríízzátíööññ`)
};

export const lab_topic_playground = /** @type {(inputs: Lab_Topic_PlaygroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPlláýgrrööüñd`)
};

export const lab_topic_text = /** @type {(inputs: Lab_Topic_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTééxt (ÎMMDDB)`)
};

export const lab_topic_weight_regularization = /** @type {(inputs: Lab_Topic_Weight_RegularizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LL1 ááñd L2`)
};

export const labdialog_bare = /** @type {(inputs: Labdialog_BareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ bbáré ññáámé mééááñs ${i?.key}.`)
};

export const labdialog_browse = /** @type {(inputs: Labdialog_BrowseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBrröwséé…`)
};

export const labdialog_download = /** @type {(inputs: Labdialog_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDööwñlööáád á çööppý`)
};

export const labdialog_existing = /** @type {(inputs: Labdialog_ExistingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉxxístííññg lábbss`)
};

export const labdialog_open = /** @type {(inputs: Labdialog_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ láább`)
};

export const labdialog_open_button = /** @type {(inputs: Labdialog_Open_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ`)
};

export const labdialog_open_model = /** @type {(inputs: Labdialog_Open_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ á KKéérás mmöödél (.kkéérás, .hh5)…`)
};

export const labdialog_path = /** @type {(inputs: Labdialog_PathInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFíílé ñáámmé ör ffüüll páátth`)
};

export const labdialog_recent = /** @type {(inputs: Labdialog_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRééçéñtt ááñd sáávvéd láábbs`)
};

export const labdialog_save = /** @type {(inputs: Labdialog_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé láább`)
};

export const labdialog_upload = /** @type {(inputs: Labdialog_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛpplöádd ffröm tthhís çöömmpütéérr (á lább, áá Kérááss mödééll JSØÑÑ öör .kérráás / .h5 mööddél)…`)
};

export const language_menu_title = /** @type {(inputs: Language_Menu_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááñgüáággé`)
};

export const language_system = /** @type {(inputs: Language_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSýýstémm lláñgüüáágé`)
};

export const layer_activation_summary = /** @type {(inputs: Layer_Activation_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅppplíééss áñ áççttíváttííöñ füüññçtíööññ öñ íttss öwñ.`)
};

export const layer_add_summary = /** @type {(inputs: Layer_Add_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅddds twwöö ör möörré téññssörs ööff thé ssáámé shháápé (rééssídüááll çöñññééçtíööññs).`)
};

export const layer_averagepooling2d_summary = /** @type {(inputs: Layer_Averagepooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅvvérággéés éáççhh wíñddööw: hállvvés thhéé ímággéé wíthh tthé dééffáültt 2xx2.`)
};

export const layer_batchnormalization_summary = /** @type {(inputs: Layer_Batchnormalization_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöörmállíízés ééááçh fééáátüréé öövér tthhé báttççh, thééññ léárrññs á sççáálé áññdd áñ öffffsét.`)
};

export const layer_category_convolution = /** @type {(inputs: Layer_Category_ConvolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööñvöllüütíöññ`)
};

export const layer_category_core = /** @type {(inputs: Layer_Category_CoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööré`)
};

export const layer_category_input = /** @type {(inputs: Layer_Category_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎññpüt`)
};

export const layer_category_merge = /** @type {(inputs: Layer_Category_MergeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMéérgé`)
};

export const layer_category_pooling = /** @type {(inputs: Layer_Category_PoolingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPööölíññgg`)
};

export const layer_category_regularization = /** @type {(inputs: Layer_Category_RegularizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéégüláárrízáttííöñ`)
};

export const layer_concatenate_summary = /** @type {(inputs: Layer_Concatenate_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JJööíñs ttwwö ör mmööré tééññsörss áálöñgg ááñ áxííss (thé lláást býý ddéfáüüllt).`)
};

export const layer_conv2d_summary = /** @type {(inputs: Layer_Conv2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSllídéss ssmálll ffíltéérrs övéérr áñ ímmáágé áññdd léárrññs löççáál páttttérñss.`)
};

export const layer_dense_summary = /** @type {(inputs: Layer_Dense_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFüüllý ççööññéççttéd lááýýér: évvéérý öüüttpüt ssééés évvéérý íññppüt.`)
};

export const layer_dropout_summary = /** @type {(inputs: Layer_Dropout_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDüüríñgg ttráíññííñg, zéérröés áá rráñdöömm fráççttíöñ ööff íts ííññpütss; ddöés ññööthíññgg át téésst tímméé.`)
};

export const layer_flatten_summary = /** @type {(inputs: Layer_Flatten_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýs áññ íímágéé ööüt áss ööñé lööññg véççttör, föörr Déñsséé láýéérrs.`)
};

export const layer_globalaveragepooling2d_summary = /** @type {(inputs: Layer_Globalaveragepooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅvvérággéés éáççhh çháññññél övvéér théé wwhöléé íímágéé: [hh, w, ç] bééççöméss [çç].`)
};

export const layer_input_summary = /** @type {(inputs: Layer_Input_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWhhéré tthhé dáttáá éñtéérrs: théé sshápéé ööf öñéé ééxámppllé, wítthhöüt tthhé báttççh.`)
};

export const layer_maxpooling2d_summary = /** @type {(inputs: Layer_Maxpooling2d_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéééps tthhé lárrggést vváálüé ööff éáçhh wwíñdööww: hálvvéés théé íímágéé wwíth tthhé déffááült 2xx2.`)
};

export const layer_reshape_summary = /** @type {(inputs: Layer_Reshape_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGíívés tthhé sámméé ñümbbéérs á ññééw shááppé; öñéé ssízé mmááý bé -1 (ííññférrrééd).`)
};

export const lockwhat_augmentation = /** @type {(inputs: Lockwhat_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddáátá áüüggméñttáátíöññ`)
};

export const lockwhat_batch_size = /** @type {(inputs: Lockwhat_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé báttççh sízzéé`)
};

export const lockwhat_dataset = /** @type {(inputs: Lockwhat_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé dáttáásét`)
};

export const lockwhat_early_stopping = /** @type {(inputs: Lockwhat_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg`)
};

export const lockwhat_epochs = /** @type {(inputs: Lockwhat_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé épööççhs`)
};

export const lockwhat_label_smoothing = /** @type {(inputs: Lockwhat_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé lábbéél smööööthíññgg`)
};

export const lockwhat_learning_rate = /** @type {(inputs: Lockwhat_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé léáárrñíñgg rráté`)
};

export const lockwhat_loss = /** @type {(inputs: Lockwhat_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé lössss`)
};

export const lockwhat_momentum = /** @type {(inputs: Lockwhat_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé mömmééñtümm`)
};

export const lockwhat_optimizer = /** @type {(inputs: Lockwhat_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé öpttíímízéérr`)
};

export const lockwhat_seed = /** @type {(inputs: Lockwhat_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé sééédd`)
};

export const lockwhat_shuffled_labels = /** @type {(inputs: Lockwhat_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüffllééd lábbééls`)
};

export const lockwhat_subset = /** @type {(inputs: Lockwhat_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé trááííñíñgg ssübséétt`)
};

export const lockwhat_validation = /** @type {(inputs: Lockwhat_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé vállíídátííööñ dáttáá`)
};

export const menu_edit = /** @type {(inputs: Menu_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉddít`)
};

export const menu_export_python = /** @type {(inputs: Menu_Export_PythonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörtt PPýthööññ Sçrííppt…`)
};

export const menu_file = /** @type {(inputs: Menu_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFíílé`)
};

export const menu_new_lab = /** @type {(inputs: Menu_New_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑééw Lább`)
};

export const menu_open_lab = /** @type {(inputs: Menu_Open_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ Láább…`)
};

export const menu_run = /** @type {(inputs: Menu_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñ`)
};

export const menu_save_as = /** @type {(inputs: Menu_Save_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé Åss…`)
};

export const menu_view = /** @type {(inputs: Menu_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`VVííéw`)
};

export const noconnection_needs = /** @type {(inputs: Noconnection_NeedsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís páággé ñééédds théé ááddréésss tháátt ${i?.key} pprríñtéédd:`)
};

export const noconnection_token = /** @type {(inputs: Noconnection_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé tökkééñ íñ íítt kééppss öthéérr pröggrráms ááññd wébb ppágéss ffröm üüssíñg ýýööür LááýýérLáább.`)
};

export const node_not_connected = /** @type {(inputs: Node_Not_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööt çöññññéçtéédd`)
};

export const node_shape_title = /** @type {(inputs: Node_Shape_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØüütpütt sshápéé, áás Kérráás' möddéél.sümmmmárý() pprríñtss íít`)
};

export const notice_dismiss = /** @type {(inputs: Notice_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDíísmíssss`)
};

export const notice_exported = /** @type {(inputs: Notice_ExportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörttééd ${i?.files}.`)
};

export const notice_exported_tfjs = /** @type {(inputs: Notice_Exported_TfjsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörttééd möddéél.jsööññ áñd wwééíghttss.bíñ (llööád thhéém wítthh tf.lööáádLáýýéérsMööddél).`)
};

export const notice_file_warnings = /** @type {(inputs: Notice_File_WarningsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}: ${i?.warnings}`)
};

export const notice_imported_code = /** @type {(inputs: Notice_Imported_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎmmpörttééd ${i?.what} ááss "${i?.name}"; ÛÛññdö brrííñgs bbááçk thhéé prévvííöüs llááb.`)
};

export const notice_opened = /** @type {(inputs: Notice_OpenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ØØppéñédd ${i?.path}`)
};

export const notice_opened_keras_json = /** @type {(inputs: Notice_Opened_Keras_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ØØppéñédd tthé Kéérrás mööddél JSSØØÑ ${i?.name} ááss á ñéww lláb: çhhééçk íttss dátáássét áññdd tráííññíñg ssééttíññggs, thééññ sávéé íít.`)
};

export const notice_opened_model = /** @type {(inputs: Notice_Opened_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ØØppéñédd ${i?.file} ááss thé rrüüñ "${i?.run}": éévválüáátté ít ööññ thé ttéést séétt ör çööññtíñüüéé tráííññíñg íítt frömm tthé rüüññs lísstt.`)
};

export const notice_repair_store = /** @type {(inputs: Notice_Repair_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövé thhéé dámáággéd sttööré ássíídé`)
};

export const notice_saved = /** @type {(inputs: Notice_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSáávéd ${i?.path}`)
};

export const notice_the_keras_code = /** @type {(inputs: Notice_The_Keras_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé Kérráás çöddéé`)
};

export const number_invalid = /** @type {(inputs: Number_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} mmüüst béé áá ñümbbéér.`)
};

export const number_needed = /** @type {(inputs: Number_NeededInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} ññéééds áá ññümbéérr.`)
};

export const overlay_baseline = /** @type {(inputs: Overlay_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBáásélííññé: théé ööthérr rrüñs áárré çömmppárédd wwíth tthhís öññéé`)
};

export const overlay_compared_baseline = /** @type {(inputs: Overlay_Compared_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇöömpárrééd wítthh thé bbáásélííññé`)
};

export const overlay_compared_baseline_named = /** @type {(inputs: Overlay_Compared_Baseline_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇöömpárrééd wítthh thé bbáásélííññé, ${i?.name}`)
};

export const overlay_compared_before = /** @type {(inputs: Overlay_Compared_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇöömpárrééd wítthh thé rrüüñ béffööré`)
};

export const overlay_compared_before_named = /** @type {(inputs: Overlay_Compared_Before_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÇÇöömpárrééd wítthh thé rrüüñ béffööré, ${i?.name}`)
};

export const overlay_same_baseline = /** @type {(inputs: Overlay_Same_BaselineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáámé séétttíñggss ás thhéé básééllíñé`)
};

export const overlay_same_before = /** @type {(inputs: Overlay_Same_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáámé séétttíñggss ás thhéé rüñ bbééföréé`)
};

export const overlay_vs_baseline = /** @type {(inputs: Overlay_Vs_BaselineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vvss thé bbáásélííññé: ${i?.changes}`)
};

export const overlay_vs_before = /** @type {(inputs: Overlay_Vs_BeforeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vvss thé rrüüñ béffööré: ${i?.changes}`)
};

export const overview_locks_class = /** @type {(inputs: Overview_Locks_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who}'ss rrépörrtt wás mmáádé frrööm á láább whösséé löçkkééd párrtts wérréé çháññggéd (fííññgérpprríñt ${i?.found} ííññstéáádd öf ${i?.expected}, tthhé résstt öf thhéé çlássss's).`)
};

export const overview_locks_declared = /** @type {(inputs: Overview_Locks_DeclaredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who}'ss rrépörrtt wás mmáádé frrööm á láább whösséé löçkkééd párrtts wérréé çháññggéd (fííññgérpprríñt ${i?.found} ííññstéáádd öf ${i?.expected}, tthhé öñéé ííts láább déçlláárés).`)
};

export const overview_locks_other_lab = /** @type {(inputs: Overview_Locks_Other_LabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who}'ss rrépörrtt wás mmáádé frrööm áñöötthér llááb (${i?.found} ííññstéáádd öf ${i?.expected}).`)
};

export const overview_locks_teacher = /** @type {(inputs: Overview_Locks_TeacherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who}'ss rrépörrtt wás mmáádé frrööm á láább whösséé löçkkééd párrtts wérréé çháññggéd (fííññgérpprríñt ${i?.found} ííññstéáádd öf ${i?.expected}, tthhé téááççhér'ss lláb).`)
};

export const palette_filter = /** @type {(inputs: Palette_FilterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFííltérr (pprésss /)`)
};

export const palette_filter_label = /** @type {(inputs: Palette_Filter_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFííltérr lláýérrss`)
};

export const palette_hint = /** @type {(inputs: Palette_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDrrág öññttö théé ççáñvááss, ör çllííçk töö áádd áffttér thhéé sélééççtéd llááýér.`)
};

export const palette_title = /** @type {(inputs: Palette_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérss`)
};

export const param_activity_regularizer_help = /** @type {(inputs: Param_Activity_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPééñálttýý öñ thhéé láýéérr öütppüüt, ádddééd tö tthhé lössss.`)
};

export const param_bias_regularizer_help = /** @type {(inputs: Param_Bias_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPééñálttýý öñ thhéé bíásséés, ádddééd tö tthhé lössss.`)
};

export const param_kernel_regularizer_help = /** @type {(inputs: Param_Kernel_Regularizer_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPééñálttýý öñ thhéé wéígghhts, áddddéd töö tthé löösss.`)
};

export const param_pair_height = /** @type {(inputs: Param_Pair_HeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (hhééíghtt)`)
};

export const param_pair_width = /** @type {(inputs: Param_Pair_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (wwíídth)`)
};

export const param_pool_strides_help = /** @type {(inputs: Param_Pool_Strides_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉmmptý mmééáñs tthhé pöööll sízéé, áás íñ KKéérás.`)
};

export const param_rate_help = /** @type {(inputs: Param_Rate_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFrráçtííööñ öf tthhé íñppüüts töö ddröp, ffrröm 0 üpp ttö (ñött ííñçlüüddíñg) 1.`)
};

export const param_regularizer_none = /** @type {(inputs: Param_Regularizer_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const param_regularizer_strength = /** @type {(inputs: Param_Regularizer_StrengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} ssttréñggtth`)
};

export const param_same_as_pool_size = /** @type {(inputs: Param_Same_As_Pool_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssáámé áss ppööl ssíízé`)
};

export const param_shape_help = /** @type {(inputs: Param_Shape_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShhápé ööff öñé ééxxámplléé.`)
};

export const param_shape_problem = /** @type {(inputs: Param_Shape_ProblemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWrríté ssíízés sséépárááttéd býý ççömmááss, líkéé 28, 28, 1.`)
};

export const predictions_caption = /** @type {(inputs: Predictions_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRööws: trrüüé çláásss. Çöllööür: shhááré öff tthé rööww (dárkkéér ís mmööré).`)
};

export const predictions_cells = /** @type {(inputs: Predictions_CellsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇéélls sshhöw`)
};

export const predictions_counts = /** @type {(inputs: Predictions_CountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççööüñtss`)
};

export const predictions_epoch = /** @type {(inputs: Predictions_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ééppöçh ${i?.epoch}`)
};

export const predictions_examples = /** @type {(inputs: Predictions_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééxxámplléés,`)
};

export const predictions_none = /** @type {(inputs: Predictions_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} hháás ñö vváálídááttíöñ ddáátá, söö tthéréé íís ñötthhíñg ttöö çömppááré íttss préddííçtíööññs wítthh: sét áá vválíddáátíöññ ssplítt (öör théé ttést sséét) íñ DDáátá & trrááíñíññgg áñd ttrráíñ áággáíñ.`)
};

export const predictions_on = /** @type {(inputs: Predictions_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ööññ ${i?.split}:`)
};

export const predictions_rates = /** @type {(inputs: Predictions_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rráátés`)
};

export const predictions_right = /** @type {(inputs: Predictions_RightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrííght`)
};

export const predictions_split = /** @type {(inputs: Predictions_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé hélldd-öüt sspplít`)
};

export const predictions_test_set = /** @type {(inputs: Predictions_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé tésstt sét`)
};

export const predictions_tick = /** @type {(inputs: Predictions_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTííçk á rrüüñ tháátt réçöörrdéd íítts íñssííghtss ttö sééé ííts prréédíçttííöñs.`)
};

export const predictions_wrong = /** @type {(inputs: Predictions_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMööst çööññfídééññtlý wwrröñg`)
};

export const queue_next = /** @type {(inputs: Queue_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QQüüéüédd: ññéxt ííññ líñéé fför á ttrráíñéérr`)
};

export const queue_place = /** @type {(inputs: Queue_PlaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`QQüüéüédd: ${i?.place} ííññ líñéé fför á ttrráíñéérr`)
};

export const report_col_best_val_accuracy = /** @type {(inputs: Report_Col_Best_Val_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBéést vááll_áççüürráçý`)
};

export const report_col_best_val_loss = /** @type {(inputs: Report_Col_Best_Val_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBéést vááll_lösss`)
};

export const report_col_epochs = /** @type {(inputs: Report_Col_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉppöçhss`)
};

export const report_col_kind = /** @type {(inputs: Report_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKííñd`)
};

export const report_col_last_accuracy = /** @type {(inputs: Report_Col_Last_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLáást áççççüráççýý`)
};

export const report_col_layer = /** @type {(inputs: Report_Col_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýér`)
};

export const report_col_params = /** @type {(inputs: Report_Col_ParamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPáárámss`)
};

export const report_col_run = /** @type {(inputs: Report_Col_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñ`)
};

export const report_col_settings = /** @type {(inputs: Report_Col_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSééttíññggs`)
};

export const report_col_shape = /** @type {(inputs: Report_Col_ShapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØüütpütt sshápéé`)
};

export const report_col_status = /** @type {(inputs: Report_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttátüss`)
};

export const report_curve_caption = /** @type {(inputs: Report_Curve_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} ppéér épööççh (trááííñíñgg ssölídd, vválíddáátíöññ ddáshéédd)`)
};

export const report_curves = /** @type {(inputs: Report_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇüürvéss`)
};

export const report_curves_label = /** @type {(inputs: Report_Curves_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} ççüürvéss`)
};

export const report_diagram_label = /** @type {(inputs: Report_Diagram_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöödél ddííágráámm`)
};

export const report_done = /** @type {(inputs: Report_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddööñé`)
};

export const report_fingerprint_none = /** @type {(inputs: Report_Fingerprint_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const report_meta = /** @type {(inputs: Report_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.student} · ${i?.when} ÛÛTTÇ · ${i?.app} · ççhhéçkss ${i?.passed}/${i?.total} · llááb fíññggérprrííñt ${i?.fingerprint}`)
};

export const report_model = /** @type {(inputs: Report_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöödél`)
};

export const report_no_answer = /** @type {(inputs: Report_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö áñswwéér`)
};

export const report_no_name = /** @type {(inputs: Report_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö ñáméé ggívéññ`)
};

export const report_no_runs = /** @type {(inputs: Report_No_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö fíñíísshéd rrüüñs.`)
};

export const report_params = /** @type {(inputs: Report_ParamsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ppáárámss`)
};

export const report_runs = /** @type {(inputs: Report_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñs`)
};

export const report_steps = /** @type {(inputs: Report_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttéps`)
};

export const report_title_fallback = /** @type {(inputs: Report_Title_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rréépörtt`)
};

export const report_total = /** @type {(inputs: Report_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTöötál`)
};

export const runbar_best = /** @type {(inputs: Runbar_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bbéést vááll_lösss ${i?.loss} áátt épöççhh ${i?.epoch} (${i?.accuracy} vváál áçççüüráçýý)`)
};

export const runbar_dataset_problem = /** @type {(inputs: Runbar_Dataset_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`DDáátáséétt pröbbllém: ${i?.error}`)
};

export const runbar_empty = /** @type {(inputs: Runbar_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅddd láýýéérs áffttér thhéé Îñpüütt tö büüííld á mmöödél, tthhéñ prrééss Trrááíñ.`)
};

export const runbar_epoch = /** @type {(inputs: Runbar_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ééppöçh ${i?.done}/${i?.planned}`)
};

export const runbar_pause = /** @type {(inputs: Runbar_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPááüsé`)
};

export const runbar_problems = /** @type {(inputs: Runbar_ProblemsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} pprröbléémm tö fííxx béföörré trááííñíñgg (sshöwññ ííñ rédd ööñ théé ççáñvááss).`);
	return /** @type {LocalizedString} */ (`${i?.count} pprröbléémms tö ffííx béffööré trrááíñíññgg (shöwwññ íñ réédd öñ thhéé çáñvváás).`)
	
};

export const runbar_progress = /** @type {(inputs: Runbar_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bbáátçh ${i?.batch}/${i?.batches} · llööss ${i?.loss} · ááçççürááççý ${i?.accuracy}`)
};

export const runbar_queued_place = /** @type {(inputs: Runbar_Queued_PlaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}; íítt stárrtts bý ííttsélff`)
};

export const runbar_ready = /** @type {(inputs: Runbar_ReadyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRééádý: pprréss TTrráíñ ttöö fít tthhé möddéél áñdd wwátçhh tthé çüürrvés.`)
};

export const runbar_resume = /** @type {(inputs: Runbar_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéésüméé`)
};

export const runbar_settings = /** @type {(inputs: Runbar_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.epochs} ééppöçhss · bbátçhh ${i?.batch}`)
};

export const runbar_settings_title = /** @type {(inputs: Runbar_Settings_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDáátáséétt áñd ttrráíñííññg séttttíñgss`)
};

export const runbar_started = /** @type {(inputs: Runbar_StartedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} ttrráíñ / ${i?.val} vváál öñ ${i?.backend}`)
};

export const runbar_stop = /** @type {(inputs: Runbar_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttöp`)
};

export const runbar_train = /** @type {(inputs: Runbar_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñ`)
};

export const runbar_train_title = /** @type {(inputs: Runbar_Train_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñ (ÇÇttrl+Éññttér)`)
};

export const runbar_waiting = /** @type {(inputs: Runbar_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwááítíññgg för áá ffréé ttrráíñéérr (öthéérr rüñss ááré trrááíñíññgg); ít sttáárts bbýý ítsééllf`)
};

export const runs_acc_title = /** @type {(inputs: Runs_Acc_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`BBéést váállídáttííöñ áççççüráççýý (át thhéé épöççhh wíthh tthé lööwwést vváál_lössss)`)
};

export const runs_baseline_stays = /** @type {(inputs: Runs_Baseline_StaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé básséélíñéé sstáýss ööñ théé ççhárttss: üñpííññ ít töö hhídé íítt`)
};

export const runs_continue = /** @type {(inputs: Runs_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööñtíññüüé`)
};

export const runs_continue_label = /** @type {(inputs: Runs_Continue_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇööñtíññüüé trááííñíñgg`)
};

export const runs_continue_title = /** @type {(inputs: Runs_Continue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñ tthhís rüüññ's möddéél ágááííñ fröömm thé wwééíghttss ít éññddéd wíítth: wítthh thé ééddítörr'ss sétttííñgs wwhhílé íítts lább íís théérré, élsséé ás ítt wwás trrááíñédd`)
};

export const runs_delete_sure = /** @type {(inputs: Runs_Delete_SureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSüüré?`)
};

export const runs_delete_title = /** @type {(inputs: Runs_Delete_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDéélétéé tthís rrüüñ`)
};

export const runs_empty = /** @type {(inputs: Runs_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑöö rüñss ýýét. Évvéérý trrááíñíññgg rüñ ííss képtt hhéré, ááççrösss sséssííööñs.`)
};

export const runs_epochs = /** @type {(inputs: Runs_EpochsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}/${i?.planned} ééppöçhss`)
};

export const runs_evaluate = /** @type {(inputs: Runs_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉvválüáátté`)
};

export const runs_evaluate_label = /** @type {(inputs: Runs_Evaluate_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉvválüáátté öñ ttéést séétt`)
};

export const runs_evaluate_title = /** @type {(inputs: Runs_Evaluate_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSççöré tthhé trááííñéd mmöödél ööññ thé ttéést séétt (lösss, ááççürrááçý): öff tthé dááttásétt ççhösééññ íñ thhéé édíttöör whííllé thííss rüñ'ss lláb íss tthéréé, éélsé ööff íts ööwwñ`)
};

export const runs_evaluating = /** @type {(inputs: Runs_EvaluatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉvválüááttíñg ööññ thé ttéést séétt`)
};

export const runs_imported = /** @type {(inputs: Runs_ImportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íímmpörttééd wéíígghts`)
};

export const runs_inside_title = /** @type {(inputs: Runs_Inside_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎññsídéé tthé mööddél átt ííts láásst réççöördédd éépöçhh: tthé fíírrst lááýýér's sshháré ööff wéígghhts ñééáár 0 (|w| < 0.001) áññdd íts kkéérñéll'ss L2 ñörrmm`)
};

export const runs_inspect = /** @type {(inputs: Runs_InspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎññspéççtt`)
};

export const runs_inspect_label = /** @type {(inputs: Runs_Inspect_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÎÎññspéççtt ${i?.name}`)
};

export const runs_inspect_title = /** @type {(inputs: Runs_Inspect_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSééé íñssíídé thhíís rüññ'ss mödééll, épöççhh bý éppööçh: íttss wéígghhts, íttss érröörrs áñdd, fför 2-D ddáátá, íttss déçííssíöñ bbööüñdáárrý`)
};

export const runs_lab = /** @type {(inputs: Runs_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááb`)
};

export const runs_lab_title = /** @type {(inputs: Runs_Lab_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPüüt thííss rüñ'ss mmödéll ááñd séétttíñggss íñ thhéé édíttöör`)
};

export const runs_name = /** @type {(inputs: Runs_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñ ñámméé`)
};

export const runs_name_title = /** @type {(inputs: Runs_Name_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (ddööübléé-ççlíçkk ttö réññáámé)`)
};

export const runs_no_weights_continue = /** @type {(inputs: Runs_No_Weights_ContinueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís rüüññ hás ññöö tráííññéd wééííghtss ttö stáárrt fröömm.`)
};

export const runs_no_weights_evaluate = /** @type {(inputs: Runs_No_Weights_EvaluateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís rüüññ hás ññöö tráííññéd wééííghtss ttö éváállüátéé.`)
};

export const runs_params = /** @type {(inputs: Runs_ParamsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ppáárámss`)
};

export const runs_pin = /** @type {(inputs: Runs_PinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPííñ`)
};

export const runs_pin_label = /** @type {(inputs: Runs_Pin_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`PPííñ ${i?.name} ááss thé bbáásélííññé`)
};

export const runs_pin_title = /** @type {(inputs: Runs_Pin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKééép thhíís rüññ ööñ évéérrý çháárrt áñdd ççömpáárré théé ööthérr rrüñs wwííth ítt`)
};

export const runs_rename = /** @type {(inputs: Runs_RenameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRééñáméé`)
};

export const runs_show = /** @type {(inputs: Runs_ShowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SShhöw ${i?.name} ööññ thé ççhhártss`)
};

export const runs_stopped_at = /** @type {(inputs: Runs_Stopped_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ssttöppéédd át ${i?.epoch}`)
};

export const runs_test_on = /** @type {(inputs: Runs_Test_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ööññ ${i?.dataset}`)
};

export const runs_test_result = /** @type {(inputs: Runs_Test_ResultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ááçççürááççý · lössss ${i?.loss} · ${i?.count} ééxxámplléés`)
};

export const runs_test_set = /** @type {(inputs: Runs_Test_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTéést séétt:`)
};

export const runs_tick = /** @type {(inputs: Runs_TickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttííçk töö ççömpáárré`)
};

export const runs_title = /** @type {(inputs: Runs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñs`)
};

export const runs_unpin = /** @type {(inputs: Runs_UnpinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛññpíñ`)
};

export const runs_unpin_label = /** @type {(inputs: Runs_Unpin_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛññpíñ tthhé básséélíñéé`)
};

export const runs_unpin_title = /** @type {(inputs: Runs_Unpin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛññpíñ: rrüüñs árréé çömppááréd wwííth thhéé rüñ bbééföréé ééáçh áággáíñ`)
};

export const status_completed = /** @type {(inputs: Status_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddööñé`)
};

export const status_early_stopped = /** @type {(inputs: Status_Early_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééáárlý-ssttöppéédd`)
};

export const status_failed = /** @type {(inputs: Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffááílédd`)
};

export const status_interrupted = /** @type {(inputs: Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ííññtérrrüüptédd`)
};

export const status_paused = /** @type {(inputs: Status_PausedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppááüsédd`)
};

export const status_queued = /** @type {(inputs: Status_QueuedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`qqüüéüédd`)
};

export const status_running = /** @type {(inputs: Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg`)
};

export const status_stopped = /** @type {(inputs: Status_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssttöppéédd`)
};

export const summary_hint = /** @type {(inputs: Summary_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSééléçtt áá láýéérr tö çhhááñgé íítts séttttíñgss. TThé mööddél söö ffár:`)
};

export const summary_key_copy = /** @type {(inputs: Summary_Key_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççööpý / páássté lááýýérs`)
};

export const summary_key_delete = /** @type {(inputs: Summary_Key_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddéélétéé tthé séélléçtííööñ`)
};

export const summary_key_duplicate = /** @type {(inputs: Summary_Key_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddüüplíççááté`)
};

export const summary_key_find = /** @type {(inputs: Summary_Key_FindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffííñd á llááýér; ${i?.key} ááddds ítt`)
};

export const summary_key_move = /** @type {(inputs: Summary_Key_MoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmöövé thhéé láýéérr üp / dööwwñ théé ççháíññ`)
};

export const summary_key_select = /** @type {(inputs: Summary_Key_SelectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééléçtt tthé prréévíöüüss / ñéxtt lláýérr`)
};

export const summary_key_train = /** @type {(inputs: Summary_Key_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñ`)
};

export const summary_key_undo = /** @type {(inputs: Summary_Key_UndoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`üüññdö (${i?.key} ttöö rédöö)`)
};

export const summary_keyboard = /** @type {(inputs: Summary_KeyboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKééýböáárrd`)
};

export const summary_label = /** @type {(inputs: Summary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöödél ssüümmárrýý`)
};

export const sweep_at_least = /** @type {(inputs: Sweep_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} mmüüst béé áát léáásst ${i?.limit}, ññööt ${i?.value}.`)
};

export const sweep_at_most = /** @type {(inputs: Sweep_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} mmüüst béé áát mösstt ${i?.limit}, ññööt ${i?.value}.`)
};

export const sweep_every = /** @type {(inputs: Sweep_EveryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`éévvérý ${i?.kind} llááýér (${i?.count})`)
};

export const sweep_give_value = /** @type {(inputs: Sweep_Give_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GGíívé ${i?.label} áátt léásstt öñé vváálüé, sséépárááttéd býý ççömmááss.`)
};

export const sweep_hidden = /** @type {(inputs: Sweep_HiddenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé ${i?.count} hhííddéññ ${i?.kind} llááýérss, ññöt thhéé öütppüüt`)
};

export const sweep_integer_range = /** @type {(inputs: Sweep_Integer_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.problem} ÇÇhháñgéé tthé éññdds ör tthhé stéépps, ör ggíívé á llííst.`)
};

export const sweep_less_than = /** @type {(inputs: Sweep_Less_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} mmüüst béé lléss tthháñ ${i?.limit}, ññööt ${i?.value}.`)
};

export const sweep_log_positive = /** @type {(inputs: Sweep_Log_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ llög rááññgé ñééééds pöössítívvéé éñdss; üüsé á llííñéárr rráñgéé fför ${i?.label} ttöö íñçllüüdé 0.`)
};

export const sweep_more_than = /** @type {(inputs: Sweep_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} mmüüst béé mmöré tthháñ ${i?.limit}, ññööt ${i?.value}.`)
};

export const sweep_no_range = /** @type {(inputs: Sweep_No_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} ttáákés áá llíst ööff válüüéés, ñött áá ráñggéé.`)
};

export const sweep_not_bool = /** @type {(inputs: Sweep_Not_BoolInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} ttáákés ttrrüé örr ffálséé (ööñ/öfff), ññöt '${i?.word}'.`)
};

export const sweep_not_number = /** @type {(inputs: Sweep_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.word}' ííss ñöt áá ññümbéérr; wríttéé ${i?.label} vváálüéss llíké 0.3, 0.5, 0.7.`)
};

export const sweep_not_option = /** @type {(inputs: Sweep_Not_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`'${i?.word}' ííss ñöt ööññé öf ${i?.options}.`)
};

export const sweep_only = /** @type {(inputs: Sweep_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ööññlý ${i?.layer}`)
};

export const sweep_range_ends = /** @type {(inputs: Sweep_Range_EndsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`GGíívé thhéé ráñggéé öf ${i?.label} áá sstártt ááñd áññ ééñd.`)
};

export const sweep_range_same = /** @type {(inputs: Sweep_Range_SameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé ráññggé öf ${i?.label} ssttártss ááñd éññdds át ${i?.value}: mmááké thhéé éñdss ddífféérr.`)
};

export const sweep_range_steps = /** @type {(inputs: Sweep_Range_StepsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ rráñgéé ttákéss 2 ttö ${i?.max} ssttéps, ññööt ${i?.steps}.`)
};

export const sweep_too_many = /** @type {(inputs: Sweep_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÅÅ sswéépp ttákéss áát mösstt ${i?.max} vváálüéss; ${i?.label} hháás ${i?.count}.`)
};

export const sweep_twice = /** @type {(inputs: Sweep_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} ííss lísttééd twííççé.`)
};

export const sweep_whole = /** @type {(inputs: Sweep_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} ttáákés wwhhölé ññüümbérrss, ñöt ${i?.value}.`)
};

export const tab_code = /** @type {(inputs: Tab_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás ççöödé`)
};

export const tab_grid = /** @type {(inputs: Tab_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGrríd`)
};

export const tab_grid_swept = /** @type {(inputs: Tab_Grid_SweptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} sswwépt`)
};

export const tab_layer = /** @type {(inputs: Tab_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýér`)
};

export const tab_training = /** @type {(inputs: Tab_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DDáátá & trrááíñíññgg`)
};

export const tabs_label = /** @type {(inputs: Tabs_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSééttíññggs`)
};

export const teach_a_file = /** @type {(inputs: Teach_A_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá ffílé`)
};

export const teach_above = /** @type {(inputs: Teach_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áábbövé`)
};

export const teach_add_check = /** @type {(inputs: Teach_Add_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅddd á çhhééçk`)
};

export const teach_add_check_first = /** @type {(inputs: Teach_Add_Check_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ ççhhéçk…`)
};

export const teach_add_question = /** @type {(inputs: Teach_Add_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅddd á qüüééstíööññ`)
};

export const teach_add_question_first = /** @type {(inputs: Teach_Add_Question_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ qqüüéstííööñ…`)
};

export const teach_add_step = /** @type {(inputs: Teach_Add_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ ÅÅddd á sttéép`)
};

export const teach_add_steps = /** @type {(inputs: Teach_Add_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅddd stéépps`)
};

export const teach_another_run = /** @type {(inputs: Teach_Another_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ ááññöthéérr rüñ`)
};

export const teach_at = /** @type {(inputs: Teach_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áátt`)
};

export const teach_at_best = /** @type {(inputs: Teach_At_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítts bésstt épöççhh`)
};

export const teach_at_last = /** @type {(inputs: Teach_At_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`íítts lásstt épöççhh`)
};

export const teach_author = /** @type {(inputs: Teach_AuthorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüüthörr`)
};

export const teach_below = /** @type {(inputs: Teach_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbéélöw`)
};

export const teach_bound_lr_max = /** @type {(inputs: Teach_Bound_Lr_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llééárñííññg ráttéé ≤`)
};

export const teach_bound_lr_min = /** @type {(inputs: Teach_Bound_Lr_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llééárñííññg ráttéé ≥`)
};

export const teach_bound_params_max = /** @type {(inputs: Teach_Bound_Params_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppáárámééttérs ≤`)
};

export const teach_bound_params_min = /** @type {(inputs: Teach_Bound_Params_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ppáárámééttérs ≥`)
};

export const teach_bound_smoothing_min = /** @type {(inputs: Teach_Bound_Smoothing_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lláábél ssmmööthhííñg ≥`)
};

export const teach_check_compared = /** @type {(inputs: Teach_Check_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñs çöömmpáréédd`)
};

export const teach_check_early_stopped = /** @type {(inputs: Teach_Check_Early_StoppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉáárlý ssttöppííññg stööpppéd áá rrüñ`)
};

export const teach_check_grid = /** @type {(inputs: Teach_Check_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ ggríd ffííñíshhééd`)
};

export const teach_check_kind = /** @type {(inputs: Teach_Check_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhéçk kkííñd`)
};

export const teach_check_metric = /** @type {(inputs: Teach_Check_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ mmétrííçç réáççhhés á bbööüñd`)
};

export const teach_check_overfits = /** @type {(inputs: Teach_Check_OverfitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ rrüñ övvéérfíttss`)
};

export const teach_check_problem = /** @type {(inputs: Teach_Check_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhís çhhééçk çááñññöt hhööld thháát: ${i?.path} ${i?.message}.`)
};

export const teach_check_sparsity = /** @type {(inputs: Teach_Check_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSppárséé wwéíghhtts`)
};

export const teach_choices = /** @type {(inputs: Teach_ChoicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇhhöíçééss`)
};

export const teach_choices_label = /** @type {(inputs: Teach_Choices_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ççhhöíçééss, öñé áá llíñé`)
};

export const teach_eg_dropout = /** @type {(inputs: Teach_Eg_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`éé.gg. Dröppööüt`)
};

export const teach_eg_flatten = /** @type {(inputs: Teach_Eg_FlattenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`éé.gg. Fláttttéñ`)
};

export const teach_either = /** @type {(inputs: Teach_EitherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééííthérr`)
};

export const teach_epochs_count = /** @type {(inputs: Teach_Epochs_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ééppöçhss`)
};

export const teach_epochs_of_rise = /** @type {(inputs: Teach_Epochs_Of_RiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééppöçhss ööf rísséé`)
};

export const teach_expected_minutes = /** @type {(inputs: Teach_Expected_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééxxpéçttééd míññüütés`)
};

export const teach_first_with_weights = /** @type {(inputs: Teach_First_With_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé fírrsst wítthh wéígghhts`)
};

export const teach_flag_augmentation = /** @type {(inputs: Teach_Flag_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüügméññttátíööññ`)
};

export const teach_flag_early_stopping = /** @type {(inputs: Teach_Flag_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg`)
};

export const teach_flag_shuffled_labels = /** @type {(inputs: Teach_Flag_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüffllééd lábbééls`)
};

export const teach_folds = /** @type {(inputs: Teach_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fföölds`)
};

export const teach_folds_at_least = /** @type {(inputs: Teach_Folds_At_LeastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fföölds áátt léásstt`)
};

export const teach_grid_locked = /** @type {(inputs: Teach_Grid_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé gríídd çáñññööt swéééép wháátt thé llááb löççkks: ítss rrüñs mmüüst kéééép théé llöçkéédd sétttííñgs ááññd láýýéérs.`)
};

export const teach_grid_locked_author = /** @type {(inputs: Teach_Grid_Locked_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé gríídd çáñññööt swéééép wháátt thé llááb löççkks (${i?.author}): íítts rüññss müstt kkéép tthhé löççkkéd séétttíñggss áñd llááýérss.`)
};

export const teach_is_locked = /** @type {(inputs: Teach_Is_LockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} ííss löçkkééd`)
};

export const teach_layer = /** @type {(inputs: Teach_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llááýér`)
};

export const teach_layers_count = /** @type {(inputs: Teach_Layers_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} llááýérss`)
};

export const teach_lock_label = /** @type {(inputs: Teach_Lock_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLööçk ${i?.what}`)
};

export const teach_lock_seed_title = /** @type {(inputs: Teach_Lock_Seed_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLööçk ${i?.what} fföör stüüddéñtss (sséts sséééd 1)`)
};

export const teach_lock_title = /** @type {(inputs: Teach_Lock_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLööçk ${i?.what} fföör stüüddéñtss`)
};

export const teach_locked_by = /** @type {(inputs: Teach_Locked_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLööçkédd bbý théé lláb: ${i?.why}.`)
};

export const teach_locked_by_author = /** @type {(inputs: Teach_Locked_By_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLööçkédd bbý théé lláb (${i?.author}): ${i?.why}.`)
};

export const teach_locked_changed = /** @type {(inputs: Teach_Locked_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís láább's löççkkéd páárrts wéérré çhááññgéd ssííñçé tthhé téááççhér ssáávéd íítt: ýöürr rrépörrtt wílll bbé fláágggéd.`)
};

export const teach_locked_title = /** @type {(inputs: Teach_Locked_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLööçkédd fför sttüüdéñttss: çlíççkk tö üññllöçk ${i?.what}`)
};

export const teach_metric = /** @type {(inputs: Teach_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mméétríçç`)
};

export const teach_minutes = /** @type {(inputs: Teach_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmííñütééss`)
};

export const teach_move_down = /** @type {(inputs: Teach_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövé sttéép döwwññ`)
};

export const teach_move_up = /** @type {(inputs: Teach_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövé sttéép üp`)
};

export const teach_no = /** @type {(inputs: Teach_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö`)
};

export const teach_no_steps_hint = /** @type {(inputs: Teach_No_Steps_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís láább hás ññöö stéppss. Ådd ssttéps ttöö wríttéé íñsttrrüçtííööñs, qüüééstíööññs áñdd ççhéçkkss, áñd ttöö löçkk wwhát ssttüdéññtts müsstt ñöt ççhháñgéé.`)
};

export const teach_none = /** @type {(inputs: Teach_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const teach_not_given = /** @type {(inputs: Teach_Not_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööt gívvééñ`)
};

export const teach_preview = /** @type {(inputs: Teach_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPrrévíééww`)
};

export const teach_question = /** @type {(inputs: Teach_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QQüüéstííööñ`)
};

export const teach_question_choice = /** @type {(inputs: Teach_Question_ChoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMüültíppllé çhööííçé`)
};

export const teach_question_kind = /** @type {(inputs: Teach_Question_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QQüüéstííööñ kíññdd`)
};

export const teach_question_number = /** @type {(inputs: Teach_Question_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ ññümbéérr`)
};

export const teach_question_placeholder = /** @type {(inputs: Teach_Question_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé qüéésstíöññ (MMárkddööwñ)`)
};

export const teach_question_text = /** @type {(inputs: Teach_Question_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShhört ááññswérr`)
};

export const teach_refused = /** @type {(inputs: Teach_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.subject} ííss löçkkééd bý tthhé lább: ${i?.why}.`)
};

export const teach_refused_author = /** @type {(inputs: Teach_Refused_AuthorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.subject} ííss löçkkééd bý tthhé lább (${i?.author}): ${i?.why}.`)
};

export const teach_regularizer = /** @type {(inputs: Teach_RegularizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rréégüláárrízérr`)
};

export const teach_remove_check = /** @type {(inputs: Teach_Remove_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéémövéé tthís ççhhéçk`)
};

export const teach_remove_question = /** @type {(inputs: Teach_Remove_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéémövéé tthís qqüüéstííööñ`)
};

export const teach_remove_run = /** @type {(inputs: Teach_Remove_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRéémövéé rrüñ ${i?.n}`)
};

export const teach_remove_step = /** @type {(inputs: Teach_Remove_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéémövéé sstép`)
};

export const teach_right_answer = /** @type {(inputs: Teach_Right_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRííght ááññswérr`)
};

export const teach_right_answer_label = /** @type {(inputs: Teach_Right_Answer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrííght ááññswérr`)
};

export const teach_rises_for = /** @type {(inputs: Teach_Rises_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rríísés fföör (épööççhs)`)
};

export const teach_runs_any = /** @type {(inputs: Teach_Runs_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRüüñs: áññýý fíñíísshéd rrüüñ`)
};

export const teach_runs_filter = /** @type {(inputs: Teach_Runs_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`RRüüñs: áññýý rüñ ${i?.filter}`)
};

export const teach_save_for_students = /** @type {(inputs: Teach_Save_For_StudentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé föörr stüddééñts…`)
};

export const teach_save_for_students_title = /** @type {(inputs: Teach_Save_For_Students_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé thhíís lább áás öñéé ffílé fföör stüüddéñtss: ííts lööççkéd ppáárts ffííñgérrppríñttééd, ýöüürr téstt ááñswéérrs çlééááréd`)
};

export const teach_seed_set = /** @type {(inputs: Teach_Seed_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ llöçkéédd séédd ññéédss áá válüüéé: thé sséééd íss ññöw 1 (çhhááñgé íítt íñ tééááçhérr mmödé).`)
};

export const teach_settings = /** @type {(inputs: Teach_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééttíññggs`)
};

export const teach_settings_at_least = /** @type {(inputs: Teach_Settings_At_LeastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ssééttíññggs át llééást`)
};

export const teach_setup = /** @type {(inputs: Teach_SetupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SSéétüp: ${i?.words}`)
};

export const teach_setup_clear = /** @type {(inputs: Teach_Setup_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇlléár`)
};

export const teach_setup_update = /** @type {(inputs: Teach_Setup_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛppdátéé`)
};

export const teach_setup_update_title = /** @type {(inputs: Teach_Setup_Update_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéépláççéé thé sséétüp wwííth thhéé mödééll, sétttííñgs ááññd dáttáásét ññööw íñ tthhé édííttör`)
};

export const teach_setup_use = /** @type {(inputs: Teach_Setup_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛssé théé ççürrééññt möddéél ás tthhís sttéép's sééttüp`)
};

export const teach_share_above = /** @type {(inputs: Teach_Share_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshháré áátt ~0 ábövvéé`)
};

export const teach_share_at_zero = /** @type {(inputs: Teach_Share_At_ZeroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshháré ööff wéígghhts átt zzérö`)
};

export const teach_step_text = /** @type {(inputs: Teach_Step_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttép tééxxt`)
};

export const teach_step_text_placeholder = /** @type {(inputs: Teach_Step_Text_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWhhát thhéé stüddééñt dööéés áñdd wwhý (Máárrkdöwwññ: **böldd**, llístss, llíñkss)`)
};

export const teach_step_title = /** @type {(inputs: Teach_Step_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttép tííttlé`)
};

export const teach_steps_are_teachers = /** @type {(inputs: Teach_Steps_Are_TeachersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé lább'ss stéppss áñd llööçks áárré théé ttéáçhhéér's: thhééý çhááññgé íññ ttéáçhhéér möddéé öñlýý.`)
};

export const teach_steps_editor = /** @type {(inputs: Teach_Steps_EditorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSttéps ééddítörr`)
};

export const teach_subject_dataset = /** @type {(inputs: Teach_Subject_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé dáttáásét`)
};

export const teach_subject_layer = /** @type {(inputs: Teach_Subject_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LLááýér ${i?.name}`)
};

export const teach_subject_setting = /** @type {(inputs: Teach_Subject_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé ${i?.setting} ssééttíññgg`)
};

export const teach_subject_structure = /** @type {(inputs: Teach_Subject_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé möddéél's lááýýérs ááññd çöññññéçtííööñs`)
};

export const teach_topic = /** @type {(inputs: Teach_TopicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttööpíç`)
};

export const teach_topic_none = /** @type {(inputs: Teach_Topic_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const teach_training_augmentation = /** @type {(inputs: Teach_Training_AugmentationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddáátá áüüggméñttáátíöññ`)
};

export const teach_training_batch_size = /** @type {(inputs: Teach_Training_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbáátçh ssíízé`)
};

export const teach_training_early_stopping = /** @type {(inputs: Teach_Training_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg`)
};

export const teach_training_epochs = /** @type {(inputs: Teach_Training_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééppöçhss`)
};

export const teach_training_label_smoothing = /** @type {(inputs: Teach_Training_Label_SmoothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lláábél ssmmööthhííñg`)
};

export const teach_training_learning_rate = /** @type {(inputs: Teach_Training_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llééárñííññg ráttéé`)
};

export const teach_training_loss = /** @type {(inputs: Teach_Training_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`llööss`)
};

export const teach_training_momentum = /** @type {(inputs: Teach_Training_MomentumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mmööméñttüüm`)
};

export const teach_training_optimizer = /** @type {(inputs: Teach_Training_OptimizerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööpptímíízzér`)
};

export const teach_training_seed = /** @type {(inputs: Teach_Training_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sséééd`)
};

export const teach_training_shuffle = /** @type {(inputs: Teach_Training_ShuffleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüffllííñg`)
};

export const teach_training_shuffle_labels = /** @type {(inputs: Teach_Training_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüffllééd lábbééls`)
};

export const teach_training_train_subset = /** @type {(inputs: Teach_Training_Train_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñííññg sübbssét`)
};

export const teach_training_validation = /** @type {(inputs: Teach_Training_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vváálídááttíöñ ddáátá`)
};

export const teach_unit = /** @type {(inputs: Teach_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛññít`)
};

export const teach_unit_label = /** @type {(inputs: Teach_Unit_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`üüññít`)
};

export const teach_unit_placeholder = /** @type {(inputs: Teach_Unit_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`éé.gg. épöççhhs`)
};

export const teach_unlock_label = /** @type {(inputs: Teach_Unlock_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÛÛññlöçkk ${i?.what}`)
};

export const teach_why_dataset = /** @type {(inputs: Teach_Why_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`éévvérý ssttüdéññtt tráííññs öñ tthhé sámméé dátáá`)
};

export const teach_why_layer = /** @type {(inputs: Teach_Why_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé léssssöñ sttüüdíéss tthís llááýér ááss ít íss`)
};

export const teach_why_seed = /** @type {(inputs: Teach_Why_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé léssssöñ çöömmpárééss rüñss ffröm tthhé sámméé séédd`)
};

export const teach_why_setting = /** @type {(inputs: Teach_Why_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tthhé léssssöñ çöömmpárééss rüñss wwíth tthhé sámméé ${i?.setting}`)
};

export const teach_why_structure = /** @type {(inputs: Teach_Why_StructureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé léssssöñ's mmöödél kkéééps íítts láýýéérs áññdd çöñññééçtíööññs`)
};

export const teach_with_layers = /** @type {(inputs: Teach_With_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwííth lááýýérs`)
};

export const teach_without_layers = /** @type {(inputs: Teach_Without_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwííthöüütt láýéérrs`)
};

export const teach_write = /** @type {(inputs: Teach_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWrríté`)
};

export const teach_write_or_preview = /** @type {(inputs: Teach_Write_Or_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWrríté öörr prévvííéw`)
};

export const teach_yes = /** @type {(inputs: Teach_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ýýéés`)
};

export const template_dataset_note = /** @type {(inputs: Template_Dataset_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TThhé témmpplátéé'ss mödééll tákééss öthéérr íñpüütts, sö ${i?.dataset} ççöömés wwííth ítt.`)
};

export const templatedialog_keep = /** @type {(inputs: Templatedialog_KeepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKééép mííññé`)
};

export const templatedialog_note = /** @type {(inputs: Templatedialog_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááýérLLááb rémméémbérrss ýöürr ááñswéérr üñtííll ýöü rréélöádd; ÛÛñdö ppüüts ýööüür lább bbáçk.`)
};

export const templatedialog_question = /** @type {(inputs: Templatedialog_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKééép ýööüür trááííñíñgg sséttííññgs, söö ííts rüüññs çömmppáré ffááírlýý wwíth tthhé öñééss béföörré, ör üüssé théé ttémpllááté's?`)
};

export const templatedialog_templates = /** @type {(inputs: Templatedialog_TemplatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé témmpplátéé'ss`)
};

export const templatedialog_title = /** @type {(inputs: Templatedialog_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TTrráíñííññg séttttíñgss fför ${i?.template}`)
};

export const templatedialog_use = /** @type {(inputs: Templatedialog_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛssé théé ttémpllááté's`)
};

export const templatedialog_yours = /** @type {(inputs: Templatedialog_YoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÝÝööürs`)
};

export const topbar_class = /** @type {(inputs: Topbar_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇlláss`)
};

export const topbar_class_overview = /** @type {(inputs: Topbar_Class_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÇÇlláss öövvérvííééw…`)
};

export const topbar_class_overview_hint = /** @type {(inputs: Topbar_Class_Overview_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÝÝööür sttüüdéñttss' répöörrts: áññsswérss, ççhéçkkss, béstt ssçörééss áñd ççüürvéss.`)
};

export const topbar_class_title = /** @type {(inputs: Topbar_Class_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááb réppöörts ááññd théé ççlásss öövérvvííéw`)
};

export const topbar_edited = /** @type {(inputs: Topbar_EditedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééddítédd`)
};

export const topbar_keras_export = /** @type {(inputs: Topbar_Keras_ExportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ÉÉxxpörtt: ${i?.format}`)
};

export const topbar_keras_import = /** @type {(inputs: Topbar_Keras_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÎÎmmpörtt KKéráss ççödé…`)
};

export const topbar_keras_import_hint = /** @type {(inputs: Topbar_Keras_Import_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PPáásté áá mmödéll ffröm ýýööür çööüürsé öörr öpéññ ííts .pýý ffílé: íítt béçöömmés thhíís lább.`)
};

export const topbar_keras_show = /** @type {(inputs: Topbar_Keras_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShhöw thhéé Kérááss çödéé`)
};

export const topbar_keras_show_hint = /** @type {(inputs: Topbar_Keras_Show_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís láább ás Kéérrás çööddé, képptt üp töö ddáté ááss ýöü ééddít, töö rréád öörr çöpýý.`)
};

export const topbar_keras_title = /** @type {(inputs: Topbar_Keras_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás ççöödé íññ ááñd öüütt`)
};

export const topbar_lab_name = /** @type {(inputs: Topbar_Lab_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááb ñámméé`)
};

export const topbar_labs = /** @type {(inputs: Topbar_LabsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLáábs`)
};

export const topbar_labs_title = /** @type {(inputs: Topbar_Labs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé líbbrrárý ööff güíddééd lábbss`)
};

export const topbar_nav_label = /** @type {(inputs: Topbar_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLááb`)
};

export const topbar_new = /** @type {(inputs: Topbar_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÑÑééw`)
};

export const topbar_new_title = /** @type {(inputs: Topbar_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ ññéw, émmpptý láább`)
};

export const topbar_not_saved = /** @type {(inputs: Topbar_Not_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööt sávvééd ýétt`)
};

export const topbar_not_saved_title = /** @type {(inputs: Topbar_Not_Saved_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.status}: tthhís láább hás ññööt béééññ sávéédd tö á ffíílé ýéétt.`)
};

export const topbar_open = /** @type {(inputs: Topbar_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ…`)
};

export const topbar_open_title = /** @type {(inputs: Topbar_Open_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØppéñ á llááb (Çtrrll+Ø)`)
};

export const topbar_redo = /** @type {(inputs: Topbar_RedoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéédö`)
};

export const topbar_redo_title = /** @type {(inputs: Topbar_Redo_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéédö (Çttrrl+Shíífft+Z)`)
};

export const topbar_report_html = /** @type {(inputs: Topbar_Report_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéépörtt (HHTML)`)
};

export const topbar_report_html_hint = /** @type {(inputs: Topbar_Report_Html_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØññé fílléé wíthh ýýöür ssttéps, ááññswérrss, çhéççkks, çürrvvés, mööddél áññdd rüñss.`)
};

export const topbar_report_needs_steps = /** @type {(inputs: Topbar_Report_Needs_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhís láább hás ññöö stéppss: öpéññ áá güíddééd lább ffírstt.`)
};

export const topbar_report_pdf = /** @type {(inputs: Topbar_Report_PdfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RRéépörtt (PPDF)`)
};

export const topbar_report_pdf_hint = /** @type {(inputs: Topbar_Report_Pdf_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé sámméé répöörrt ás áá PPDF.`)
};

export const topbar_save = /** @type {(inputs: Topbar_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé`)
};

export const topbar_save_as = /** @type {(inputs: Topbar_Save_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé áss…`)
};

export const topbar_save_as_title = /** @type {(inputs: Topbar_Save_As_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé üññddér áññööthérr ññámé (ÇÇttrl+Shhííft+S)`)
};

export const topbar_save_title = /** @type {(inputs: Topbar_Save_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSáávé (Çttrrl+S)`)
};

export const topbar_teacher = /** @type {(inputs: Topbar_TeacherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTééáçhéérr`)
};

export const topbar_teacher_title = /** @type {(inputs: Topbar_Teacher_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTééáçhéérr mödéé: wwrítéé tthé láább's stéépps, qüéésstíöññss áñd ççhhéçkss, ááñd lööççk wháátt stüddééñts mmüüst ñöött çháññggé`)
};

export const topbar_templates = /** @type {(inputs: Topbar_TemplatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTéémplááttés`)
};

export const topbar_templates_title = /** @type {(inputs: Topbar_Templates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé çláásssíç mmöödélss ööf théé ççöürsséé, réáddýý tö trrááíñ`)
};

export const topbar_undo = /** @type {(inputs: Topbar_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛññdö`)
};

export const topbar_undo_title = /** @type {(inputs: Topbar_Undo_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛññdö (Çttrrl+Z)`)
};

export const tpl_cnn_blurb = /** @type {(inputs: Tpl_Cnn_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTwwö çöññvvölüttííöñ bllööçks, DDrröpöüütt(0.5), söfttmmáx: thhéé Kérááss MÑÎSSTT çöñvvññét.`)
};

export const tpl_cnn_description = /** @type {(inputs: Tpl_Cnn_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás' mmññíst_ççööñvñéétt: Çöñvv2DD(32) -> MáxPPööölíññgg -> Çöñvv2DD(64) -> MáxPPööölíññgg -> Fláttttéñ -> Drrööpöütt(0.5) -> DDéñséé(10).`)
};

export const tpl_cnn_title = /** @type {(inputs: Tpl_Cnn_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSmmáll ÇÇÑÑÑ`)
};

export const tpl_imdb_blurb = /** @type {(inputs: Tpl_Imdb_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMöövíé rréévíéwwss ás 10,000-wöörrd müllttí-hött vvéçtöörrs; övéérrfítss ááftérr áá féw ééppöçhss.`)
};

export const tpl_imdb_description = /** @type {(inputs: Tpl_Imdb_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhé ÎMDDBB séñttííméñtt ññétwöörrk: 10,000 wörrdds -> Déññssé(16) -> Déññssé(16) -> Déññssé(1, síggmmöíd).`)
};

export const tpl_logistic_blurb = /** @type {(inputs: Tpl_Logistic_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMÑÑÎST ppííxélss sstráíígght íññttö á sööfftmáxx: tthé báássélíññéé évérrýý ñétwwöörk müüsst béáátt.`)
};

export const tpl_logistic_description = /** @type {(inputs: Tpl_Logistic_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FFlláttééññ -> Déñsséé(10, söfttmmáx) öññ MMÑÎSTT.`)
};

export const tpl_logistic_title = /** @type {(inputs: Tpl_Logistic_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLöögísttííç réggrréssííööñ`)
};

export const tpl_mlp16_blurb = /** @type {(inputs: Tpl_Mlp16_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØññé híddddéñ lááýýér öff 16: ttöö smmááll töö öövérffíít müççhh.`)
};

export const tpl_mlp16_description = /** @type {(inputs: Tpl_Mlp16_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØññé híddddéñ Dééññsé(16, rééllü) láýýéér öñ MMÑÑÎST.`)
};

export const tpl_mlp16_title = /** @type {(inputs: Tpl_Mlp16_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSmmáll MMLLP (16 üñíítts)`)
};

export const tpl_mlp512_blurb = /** @type {(inputs: Tpl_Mlp512_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás' ççllássííçç MÑÎSSTT MLP (784-512-512-10): bbííg éñööüügh töö öövérffíít; áddd DDröpööüüt tö ffííx ít.`)
};

export const tpl_mlp512_description = /** @type {(inputs: Tpl_Mlp512_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérás' mmññíst_mmllp wítthhöüt íítts Drööppöüt llááýérss: 784-512-512-10, rrélü, RRMMSprööpp.`)
};

export const tpl_moons_blurb = /** @type {(inputs: Tpl_Moons_BlurbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTwwö ñöííssý hállff-mööññss, géñéérrátédd ööñ théé sspöt: öövvérfíítts wítthhíñ á mmííñütéé ööñ áñýý mmáçhííññé.`)
};

export const tpl_moons_description = /** @type {(inputs: Tpl_Moons_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ ssmálll MMLP öññ ttwö ñööíísý háállf-möööññs; géññéérátéédd dátáá, ssö ít ññéééds ññöö dátáássét fííllés.`)
};

export const tpl_moons_name = /** @type {(inputs: Tpl_Moons_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTwwö möööññs`)
};

export const tpl_moons_title = /** @type {(inputs: Tpl_Moons_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTwwö möööññs (ñö ddööwñlööáád)`)
};

export const training_early_stopping = /** @type {(inputs: Training_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÉÉáárlý ssttöppííññg`)
};

export const training_fraction_held_out = /** @type {(inputs: Training_Fraction_Held_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffrráçtííööñ hélldd öüt`)
};

export const training_label = /** @type {(inputs: Training_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñííññg séttttíñgss`)
};

export const training_lr_default = /** @type {(inputs: Training_Lr_DefaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} (ddééfáülltt)`)
};

export const training_more = /** @type {(inputs: Training_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MMööré: süübbsét, sséééd, láábbéls`)
};

export const training_restore_best = /** @type {(inputs: Training_Restore_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrééstörréé thé bbéést wééííghtss`)
};

export const training_seed_random = /** @type {(inputs: Training_Seed_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rrááñdömm`)
};

export const training_shuffle_labels = /** @type {(inputs: Training_Shuffle_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüfflléé thé lláábélss (mmémörríízátííööñ éxppéérímééññt)`)
};

export const training_subset = /** @type {(inputs: Training_SubsetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrráíñ ööññ fírsstt Ñ`)
};

export const training_subset_all = /** @type {(inputs: Training_Subset_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áálll`)
};

export const training_title = /** @type {(inputs: Training_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTrráíñííññg`)
};

export const training_validation = /** @type {(inputs: Training_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`VVáálídááttíöñ`)
};

export const training_validation_data = /** @type {(inputs: Training_Validation_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`VVáálídááttíöñ ddáátá`)
};

export const training_validation_split = /** @type {(inputs: Training_Validation_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áá hhéld-ööüüt frááççtíöññ (vválíddáátíöññ_ssplítt)`)
};

export const training_validation_test = /** @type {(inputs: Training_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé dáttáásét'ss ttést sséét`)
};

export const untitled_lab = /** @type {(inputs: Untitled_LabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÛÛññtítllééd lább`)
};

export const weights_curve_describe = /** @type {(inputs: Weights_Curve_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} ööff ${i?.layer} ppéér épööççh, öñéé llíñé ppéér rüññ`)
};

export const weights_grad = /** @type {(inputs: Weights_GradInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GGrrádíééññt ñörrmm (lög)`)
};

export const weights_hist_describe = /** @type {(inputs: Weights_Hist_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`HHíístöggrrám öff tthé ${i?.layer} kkéérñéll'ss válüüéés át ééppöçh ${i?.epoch}, ööññé líññéé pér rrüüñ`)
};

export const weights_hist_title = /** @type {(inputs: Weights_Hist_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.layer} kkéérñéll vválüééss át éppööçh ${i?.epoch}`)
};

export const weights_histogram = /** @type {(inputs: Weights_HistogramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KKéérñéll hhístööggrám`)
};

export const weights_l1 = /** @type {(inputs: Weights_L1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LL1 ññörm`)
};

export const weights_l2 = /** @type {(inputs: Weights_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LL2 ññörm`)
};

export const weights_layer = /** @type {(inputs: Weights_LayerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WWééíghtt lláýérr`)
};

export const weights_log_title = /** @type {(inputs: Weights_Log_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ÅÅ llögárrííthmííçç ý áxííss: thé rréést öff tthé híísstögrráám stááýýs víssííblé bbéésídéé áá spíkkéé öf zéérrös`)
};

export const weights_none = /** @type {(inputs: Weights_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TThhésé rrüüñs' mööddéls hháávé ñöö lláýérr wwíth wwééíghttss tö shhööw.`)
};

export const weights_over = /** @type {(inputs: Weights_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ØØvvér thhéé épöççhhs`)
};

export const weights_sparsity = /** @type {(inputs: Weights_SparsityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SSppársííttý`)
};

export const weights_sparsity_describe = /** @type {(inputs: Weights_Sparsity_DescribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SShháré ööff wéígghhts wíítth |w| < 0.001`)
};

export const weights_x = /** @type {(inputs: Weights_XInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwééíghtt vválüéé ww`)
};

export const weights_y = /** @type {(inputs: Weights_YInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddééñsíttýý`)
};

export const words_after = /** @type {(inputs: Words_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase} ááfftér ${i?.layers}`)
};

export const words_all_examples = /** @type {(inputs: Words_All_ExamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`áálll éxáámmpléss`)
};

export const words_at_start = /** @type {(inputs: Words_At_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase} áátt thé ssttárt`)
};

export const words_aug_fill = /** @type {(inputs: Words_Aug_FillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffííll`)
};

export const words_aug_fill_value = /** @type {(inputs: Words_Aug_Fill_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ffííll váállüé`)
};

export const words_aug_height_shift = /** @type {(inputs: Words_Aug_Height_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hhééíghtt sshíftt`)
};

export const words_aug_horizontal_flip = /** @type {(inputs: Words_Aug_Horizontal_FlipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hhöörízööññtál ffllíp`)
};

export const words_aug_rotation = /** @type {(inputs: Words_Aug_RotationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rröötátííööñ`)
};

export const words_aug_shear = /** @type {(inputs: Words_Aug_ShearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhéár`)
};

export const words_aug_vertical_flip = /** @type {(inputs: Words_Aug_Vertical_FlipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vvéértíççáál flíípp`)
};

export const words_aug_width_shift = /** @type {(inputs: Words_Aug_Width_ShiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wwíídth sshhíft`)
};

export const words_aug_zoom = /** @type {(inputs: Words_Aug_ZoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`zzöööm`)
};

export const words_augmentation = /** @type {(inputs: Words_AugmentationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ááüügméññttátíööññ (${i?.list})`)
};

export const words_augmentation_name = /** @type {(inputs: Words_Augmentation_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüügméññttátíööññ`)
};

export const words_augmentation_none = /** @type {(inputs: Words_Augmentation_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ááüügméññttátíööññ (ñöñéé)`)
};

export const words_batch = /** @type {(inputs: Words_BatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bbáátçh ${i?.size}`)
};

export const words_batch_size = /** @type {(inputs: Words_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bbáátçh ssíízé`)
};

export const words_changes_join = /** @type {(inputs: Words_Changes_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; `)
};

export const words_dataset = /** @type {(inputs: Words_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddáátáséétt`)
};

export const words_default = /** @type {(inputs: Words_DefaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ddééfáülltt`)
};

export const words_early_stopping = /** @type {(inputs: Words_Early_StoppingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg (${i?.monitor}, ppáátíéññççé ${i?.patience})`)
};

export const words_early_stopping_best = /** @type {(inputs: Words_Early_Stopping_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg (${i?.monitor}, ppáátíéññççé ${i?.patience}, bbéést wééííghtss)`)
};

export const words_early_stopping_name = /** @type {(inputs: Words_Early_Stopping_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg`)
};

export const words_early_stopping_setting = /** @type {(inputs: Words_Early_Stopping_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ééáárlý ssttöppííññg ${i?.setting}`)
};

export const words_epochs = /** @type {(inputs: Words_EpochsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en-XA", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ééppöçh`);
	return /** @type {LocalizedString} */ (`${i?.count} ééppöçhss`)
	
};

export const words_first_examples = /** @type {(inputs: Words_First_ExamplesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffíírst ${i?.count} ééxxámplléés`)
};

export const words_fold = /** @type {(inputs: Words_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ffööld ${i?.fold} ööff ${i?.folds}`)
};

export const words_imdb = /** @type {(inputs: Words_ImdbInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`íímmdb (${i?.count} wwöörds)`)
};

export const words_instead = /** @type {(inputs: Words_InsteadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} ${i?.now} ííññstéáádd öf ${i?.before}`)
};

export const words_instead_of = /** @type {(inputs: Words_Instead_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.now} ííññstéáádd öf ${i?.before}`)
};

export const words_label_smoothing = /** @type {(inputs: Words_Label_SmoothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lláábél ssmmööthhííñg ${i?.value}`)
};

export const words_label_smoothing_name = /** @type {(inputs: Words_Label_Smoothing_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lláábél ssmmööthhííñg`)
};

export const words_no = /** @type {(inputs: Words_NoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ññöö ${i?.what}`)
};

export const words_none = /** @type {(inputs: Words_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööñé`)
};

export const words_not_shuffled_each_epoch = /** @type {(inputs: Words_Not_Shuffled_Each_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññööt shüüffflédd ééáçh ééppöçh`)
};

export const words_off = /** @type {(inputs: Words_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööfff`)
};

export const words_on = /** @type {(inputs: Words_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ööññ`)
};

export const words_on_layer = /** @type {(inputs: Words_On_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase} ööññ ${i?.layer}`)
};

export const words_on_layers = /** @type {(inputs: Words_On_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.phrase} ööññ ${i?.count} llááýérss`)
};

export const words_shuffled_each_epoch = /** @type {(inputs: Words_Shuffled_Each_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüffllééd éáççhh épöççhh`)
};

export const words_shuffled_labels = /** @type {(inputs: Words_Shuffled_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sshhüffllééd lábbééls`)
};

export const words_synthetic = /** @type {(inputs: Words_SyntheticInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shape} (${i?.samples} ssáámplééss, ñöísséé ${i?.noise})`)
};

export const words_the_start = /** @type {(inputs: Words_The_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tthhé stáárrt`)
};

export const words_true_labels = /** @type {(inputs: Words_True_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ttrrüé láábbéls`)
};

export const words_validation_none = /** @type {(inputs: Words_Validation_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ññöö válííddátíööññ`)
};

export const words_validation_split = /** @type {(inputs: Words_Validation_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vváálídááttíöñ sspplít ${i?.fraction}`)
};

export const words_validation_test = /** @type {(inputs: Words_Validation_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vváálídááttíöñ ööññ thé ttéést séétt`)
};